#pragma once

#include <QString>
#include <QStringList>

namespace cb {

// A user-facing message kept untranslated: the context and English source
// given to tr(), its arguments and plural count. text() translates it in the
// language active when it is shown, so a message stored in a shared catalog
// (encode()) reads in each reader's language (display()). code() is stable
// for as long as the English source is unchanged.
class Message
{
public:
    Message() = default;
    Message(const char *context, const char *source, int n = -1);
    // Text that is already final: a library's message, a path, an older release's stored text.
    static Message plain(const QString &text);

    Message arg(const QString &a) const;
    Message arg(const QString &a1, const QString &a2) const;
    Message arg(const QString &a1, const QString &a2, const QString &a3) const;
    Message arg(const QString &a1, const QString &a2, const QString &a3, const QString &a4) const;
    Message arg(qint64 a) const;
    Message arg(qulonglong a) const;
    Message arg(int a) const { return arg(qint64(a)); }
    Message arg(uint a) const { return arg(qint64(a)); }
    Message arg(long a) const { return arg(qint64(a)); }
    Message arg(double a) const;
    Message arg(QLatin1String a) const { return arg(QString(a)); }
    Message arg(QStringView a) const { return arg(a.toString()); }
    Message arg(QChar a) const { return arg(QString(a)); }

    bool isEmpty() const { return m_source.isEmpty() && m_plain.isEmpty(); }
    QString code() const; // "ENGINE-3F2A91C0"; empty for plain text
    QString text() const;
    QString encode() const;
    // The text of what encode() stored, in the current language; any other text as is.
    static QString display(const QString &stored);
    static Message decode(const QString &stored);

private:
    QByteArray m_context;
    QByteArray m_source;
    int m_n = -1;
    QList<QStringList> m_args; // one entry per arg() call, substituted in order
    QString m_plain;
};

// Like QCoreApplication::translate, but deferred: lupdate reads it as
// translate (translations/CMakeLists.txt, -tr-function-alias).
inline Message deferTr(const char *context, const char *source, const char * /*disambiguation*/ = nullptr,
                       int n = -1)
{
    return Message(context, source, n);
}

} // namespace cb
