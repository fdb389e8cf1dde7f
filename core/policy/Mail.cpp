#include "policy/Mail.h"

#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

namespace cb {

namespace {

// RFC 2047: a subject in any language survives every mail transfer agent.
QByteArray encodedHeader(const QString &text)
{
    return "=?UTF-8?B?" + text.toUtf8().toBase64() + "?=";
}

} // namespace

bool isMailAddress(const QString &address)
{
    // No spaces, commas, angle brackets or line breaks: nothing can add a
    // recipient or a header.
    static const QRegularExpression re(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9]([A-Za-z0-9.-]{0,253}[A-Za-z0-9])?$)"));
    return re.match(address).hasMatch();
}

Result<void> sendMail(const QString &to, const QString &subject, const QString &body)
{
    if (!isMailAddress(to))
        return fail(deferTr("Mail", "\"%1\" is not a mail address.").arg(to));
    QString program = qEnvironmentVariable("CLOUDBACKUP_SENDMAIL");
    if (program.isEmpty())
        program = QStringLiteral("/usr/sbin/sendmail");
    if (!QFileInfo(program).isExecutable())
        return fail(deferTr("Mail", "There is no sendmail program at %1; install a mail transfer agent.")
                        .arg(program));
    QByteArray message = "To: " + to.toUtf8() + "\nSubject: " + encodedHeader(subject) +
                         "\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
                         "Content-Transfer-Encoding: 8bit\nAuto-Submitted: auto-generated\n\n" +
                         body.toUtf8();
    if (!message.endsWith('\n'))
        message += '\n';
    QProcess sendmail;
    sendmail.setProcessChannelMode(QProcess::MergedChannels);
    sendmail.start(program, {QStringLiteral("-t"), QStringLiteral("-oi")});
    if (!sendmail.waitForStarted())
        return fail(deferTr("Mail", "Could not start %1: %2").arg(program, sendmail.errorString()));
    sendmail.write(message);
    sendmail.closeWriteChannel();
    if (!sendmail.waitForFinished(60000)) {
        sendmail.kill();
        sendmail.waitForFinished();
        return fail(deferTr("Mail", "%1 did not finish within a minute.").arg(program));
    }
    if (sendmail.exitStatus() != QProcess::NormalExit || sendmail.exitCode() != 0)
        return fail(deferTr("Mail", "%1 refused the mail (exit %2): %3")
                        .arg(program)
                        .arg(sendmail.exitCode())
                        .arg(QString::fromUtf8(sendmail.readAll()).trimmed().left(500)));
    return {};
}

} // namespace cb
