#pragma once

// Helpers shared by the catalog's sources (not part of its interface).
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <functional>

namespace cb::catalogsql {

inline qint64 toMs(const QDateTime &t)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

inline QDateTime fromMs(const QVariant &v)
{
    if (v.isNull() || v.toLongLong() == 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

inline QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// A null QString binds as SQL NULL; NOT NULL text columns want ''.
inline QVariant str(const QString &s)
{
    return s.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(s);
}

inline QString dbError(const QSqlError &e)
{
    // SQLite reports a full disk as SQLITE_FULL (13), or, when a WAL or
    // journal write hits it, as SQLITE_IOERR (10): say what the user can do.
    const int code = e.nativeErrorCode().toInt() & 0xff; // primary code of an extended one
    if (code == 13 || code == 10)
        return QCoreApplication::translate(
                   "Catalog", "Catalog error: the catalog could not be written; the disk that holds it "
                              "may be full or failing. Free some space and try again. (%1)")
            .arg(e.text().trimmed());
    return QCoreApplication::translate("Catalog", "Catalog error: %1").arg(e.text().trimmed());
}

inline Result<void> exec(QSqlQuery &q, const QVariantList &binds = {})
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds[i]);
    if (!q.exec())
        return fail(dbError(q.lastError()));
    return {};
}

inline Result<void> run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    if (binds.isEmpty()) { // DDL and constant statements: PostgreSQL cannot PREPARE DDL
        if (!q.exec(sql))
            return fail(dbError(q.lastError()));
        return {};
    }
    if (!q.prepare(sql))
        return fail(dbError(q.lastError()));
    return exec(q, binds);
}

// A full id of TABLE, or an unambiguous prefix of one (4 to 40 hex digits
// and dashes). The messages take the input; `ambiguous` also the count.
struct IdMessages
{
    Message notAnId, none;
    std::function<Message(int count)> ambiguous;
};
inline Result<QString> resolveIdPrefix(const QSqlDatabase &db, const QString &table, const QString &input,
                                       const IdMessages &say)
{
    const QString s = input.trimmed().toLower();
    static const QRegularExpression hexish(QStringLiteral("^[0-9a-f-]{4,40}$"));
    if (!hexish.match(s).hasMatch())
        return fail(say.notAnId);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE id LIKE ? ORDER BY id").arg(table));
    if (auto r = exec(q, {QVariant(s + u'%')}); !r)
        return fail(r);
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    if (ids.contains(s))
        return s;
    if (ids.isEmpty())
        return fail(say.none);
    if (ids.size() > 1)
        return fail(say.ambiguous(int(ids.size())));
    return ids.first();
}

// PostgreSQL quoting for the statements that cannot take bound parameters
// (roles, grants). Identifiers in double quotes, literals in single quotes
// (standard_conforming_strings is on: a backslash is an ordinary character).
inline QString quoteIdent(const QString &name)
{
    QString s = name;
    s.replace(u'"', QLatin1String("\"\""));
    return u'"' + s + u'"';
}

inline QString quoteLiteral(const QString &text)
{
    QString s = text;
    s.replace(u'\'', QLatin1String("''"));
    return u'\'' + s + u'\'';
}

} // namespace cb::catalogsql
