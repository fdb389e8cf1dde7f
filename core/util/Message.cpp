#include "util/Message.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace cb {

namespace {

// Stored messages start with a character no typed text holds.
constexpr char16_t Marker = u'\x1e';
const auto Prefix = QStringLiteral("\x1e"
                                   "cbmsg1:");

} // namespace

Message::Message(const char *context, const char *source, int n)
    : m_context(context), m_source(source), m_n(n)
{}

Message Message::plain(const QString &text)
{
    Message m;
    m.m_plain = text;
    return m;
}

Message Message::arg(const QString &a) const
{
    Message m = *this;
    m.m_args.append(QStringList{a});
    return m;
}

Message Message::arg(const QString &a1, const QString &a2) const
{
    Message m = *this;
    m.m_args.append(QStringList{a1, a2});
    return m;
}

Message Message::arg(const QString &a1, const QString &a2, const QString &a3) const
{
    Message m = *this;
    m.m_args.append(QStringList{a1, a2, a3});
    return m;
}

Message Message::arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) const
{
    Message m = *this;
    m.m_args.append(QStringList{a1, a2, a3, a4});
    return m;
}

Message Message::arg(qint64 a) const
{
    return arg(QString::number(a));
}

Message Message::arg(qulonglong a) const
{
    return arg(QString::number(a));
}

Message Message::arg(double a) const
{
    return arg(QString::number(a, 'g', QLocale::FloatingPointShortest));
}

QString Message::code() const
{
    if (m_source.isEmpty())
        return {};
    const QByteArray digest =
        QCryptographicHash::hash(QByteArray(m_context + '\0' + m_source), QCryptographicHash::Sha256);
    return QString::fromLatin1(m_context).toUpper() + u'-' +
           QString::fromLatin1(digest.left(4).toHex().toUpper());
}

QString Message::text() const
{
    if (m_source.isEmpty())
        return m_plain;
    QString s = QCoreApplication::translate(m_context.constData(), m_source.constData(), nullptr, m_n);
    for (const QStringList &g : m_args) {
        switch (g.size()) {
        case 1:
            s = s.arg(g[0]);
            break;
        case 2:
            s = s.arg(g[0], g[1]);
            break;
        case 3:
            s = s.arg(g[0], g[1], g[2]);
            break;
        default:
            s = s.arg(g[0], g[1], g[2], g[3]);
            break;
        }
    }
    return s;
}

QString Message::encode() const
{
    if (m_source.isEmpty())
        return m_plain;
    QJsonArray args;
    for (const QStringList &g : m_args)
        args.append(QJsonArray::fromStringList(g));
    const QJsonObject o{{QStringLiteral("c"), QString::fromLatin1(m_context)},
                        {QStringLiteral("s"), QString::fromUtf8(m_source)},
                        {QStringLiteral("n"), m_n},
                        {QStringLiteral("a"), args}};
    return Prefix + QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString Message::display(const QString &stored)
{
    return decode(stored).text();
}

Message Message::decode(const QString &stored)
{
    if (stored.isEmpty() || stored.front() != QChar(Marker) || !stored.startsWith(Prefix))
        return plain(stored);
    const QJsonObject o = QJsonDocument::fromJson(stored.mid(Prefix.size()).toUtf8()).object();
    Message m(nullptr, nullptr, o.value(QLatin1String("n")).toInt(-1));
    m.m_context = o.value(QLatin1String("c")).toString().toLatin1();
    m.m_source = o.value(QLatin1String("s")).toString().toUtf8();
    for (const QJsonValue &g : o.value(QLatin1String("a")).toArray()) {
        QStringList group;
        for (const QJsonValue &v : g.toArray())
            group << v.toString();
        m.m_args.append(group);
    }
    return m;
}

} // namespace cb
