// What the doctor asks the catalog: is it sound, and what time is it there.
#include "catalog/Catalog.h"
#include "catalog/CatalogSql.h"

namespace cb {

using namespace catalogsql;

Result<QStringList> Catalog::integrityProblems()
{
    if (isShared())
        return QStringList();
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return fail(dbError(q.lastError()));
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

Result<QDateTime> Catalog::serverTime()
{
    if (!isShared())
        return QDateTime::currentDateTimeUtc();
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint")) || !q.next())
        return fail(dbError(q.lastError()));
    return QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
}

} // namespace cb
