// What every command shares: errors, JSON and table output, progress, passwords.
#include "cli/Command.h"

#include "engine/Engine.h"
#include "engine/Job.h"
#include "util/Validate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cb::cli {

namespace {

std::atomic_bool *g_cancel = nullptr;

void onSignal(int)
{
    if (g_cancel && !g_cancel->load()) {
        g_cancel->store(true); // a second signal kills as usual
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
}

} // namespace

QString trCli(const char *text)
{
    return text ? QCoreApplication::translate("Cli", text) : QString();
}

int showError(QTextStream &err, const QString &message)
{
    err << QCoreApplication::translate("Cli", "cloudbackupctl: error: %1").arg(message) << Qt::endl;
    return ExitFailed;
}

int showError(QTextStream &err, const cb::Error &error)
{
    showError(err, error.message);
    return cb::Policy::isRefusal(error.what) ? ExitDenied : ExitFailed;
}

void Output::printJson(const QJsonValue &v)
{
    out << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
               .toJson(QJsonDocument::Indented);
    out.flush();
}

QString Output::size(qint64 bytes)
{
    return validate::formatSize(bytes);
}

QString Output::time(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                       : QString();
}

qsizetype Output::displayWidth(const QString &s)
{
    qsizetype w = 0;
    for (QChar c : s) // CJK characters take two columns
        w += (c.unicode() >= 0x1100 &&
              (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf) ||
               (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3) ||
               (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff) ||
               (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)))
                 ? 2
                 : 1;
    return w;
}

void Output::widen(QList<qsizetype> &widths, const QStringList &cells)
{
    widths.resize(std::max(widths.size(), cells.size()));
    for (int i = 0; i < cells.size(); ++i)
        widths[i] = std::max(widths[i], displayWidth(cells[i]));
}

void Output::tableLine(const QList<qsizetype> &widths, const QStringList &cells)
{
    QString s;
    for (int i = 0; i < cells.size(); ++i) {
        s += cells[i];
        if (i + 1 < cells.size())
            s += QString(widths[i] - displayWidth(cells[i]) + 2, u' ');
    }
    out << s.trimmed() << '\n';
}

void Output::table(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    widen(widths, header);
    for (const auto &r : rows)
        widen(widths, r);
    tableLine(widths, header);
    for (const auto &r : rows)
        tableLine(widths, r);
    out.flush();
}

void Output::jsonArrayItem(const QJsonObject &o, bool first)
{
    // The layout QJsonDocument gives a whole array, one element at a time.
    const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Indented);
    out << (first ? "[\n" : ",\n");
    const QList<QByteArray> lines = text.trimmed().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i)
        out << "    " << lines[i] << (i + 1 < lines.size() ? "\n" : "");
}

void Output::jsonArrayEnd(bool empty)
{
    out << (empty ? "[\n]\n" : "\n]\n");
    out.flush();
}

void Output::fieldTable(const QList<QStringList> &rows)
{
    table({QCoreApplication::translate("Cli", "FIELD"), QCoreApplication::translate("Cli", "VALUE")}, rows);
}

void Output::runWithProgress(const QString &label, const std::function<void(JobControl &)> &operation)
{
    JobControl control;
    control.rateLimit = rateLimit;
    ProgressMeter meter;
    meter.start();
    const bool tty = ::isatty(STDERR_FILENO) && !json;
    qint64 lastDraw = -1;
    control.progress = [&](qint64 done, qint64 total) {
        meter.update(done, total);
        if (!tty || total <= 0)
            return;
        const qint64 now = meter.elapsedMs();
        if (now - lastDraw < 200 && done < total)
            return;
        lastDraw = now;
        const int width = 30;
        const int filled = static_cast<int>(double(done) / double(total) * width);
        const qint64 eta = meter.etaSeconds();
        err << '\r' << label << " [" << QString(filled, u'#') << QString(width - filled, u' ') << "] "
            << QString::number(100.0 * double(done) / double(total), 'f', 0) << "% "
            << size(static_cast<qint64>(meter.bytesPerSecond())) << "/s"
            << (eta >= 0 ? QCoreApplication::translate("Cli", " ETA %1:%2")
                               .arg(eta / 60)
                               .arg(eta % 60, 2, 10, QLatin1Char('0'))
                         : QString())
            << "   ";
        err.flush();
    };
    g_cancel = &control.cancel;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    operation(control);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    g_cancel = nullptr;
    if (tty && lastDraw >= 0)
        err << '\n';
    err.flush();
}

Invocation::Invocation(const Command &command, const QCommandLineParser &parser, QStringList arguments,
                       Output &output)
    : io(output), m_command(command), m_parser(parser), m_arguments(std::move(arguments))
{}

bool Invocation::has(const QString &option) const
{
    return m_parser.isSet(option);
}

std::optional<QString> Invocation::value(const QString &option) const
{
    if (!m_parser.isSet(option))
        return std::nullopt;
    return m_parser.value(option);
}

QString Invocation::valueOr(const QString &option, const QString &fallback) const
{
    return value(option).value_or(fallback);
}

QStringList Invocation::values(const QString &option) const
{
    return m_parser.isSet(option) ? m_parser.values(option) : QStringList();
}

namespace {

// One line from the terminal without echo; nullopt at end of input.
std::optional<QString> readHidden(const QString &prompt)
{
    QTextStream tty(stderr);
    tty << prompt;
    tty.flush();
    termios old{};
    const bool restore = ::tcgetattr(STDIN_FILENO, &old) == 0;
    if (restore) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    bool ended = true;
    for (int c; (c = std::fgetc(stdin)) != EOF;) {
        if (c == '\n') {
            ended = false;
            break;
        }
        line.append(char(c));
    }
    if (restore)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
    if (ended && line.isEmpty())
        return std::nullopt;
    QString text = QString::fromLocal8Bit(line);
    line.fill('\0');
    return text;
}

} // namespace

QString readPassword(const char *envVar, const QString &prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(envVar))
        return qEnvironmentVariable(envVar);
    if (!::isatty(STDIN_FILENO))
        throw InputError{QCoreApplication::translate(
                             "Cli", "A password is needed: set %1 or run on a terminal to be asked for it.")
                             .arg(QLatin1String(envVar))};
    const auto first = readHidden(prompt);
    if (!first)
        throw InputError{QCoreApplication::translate("Cli", "No password was given.")};
    if (confirm) {
        const auto again = readHidden(QCoreApplication::translate("Cli", "Repeat the password: "));
        if (!again || *again != *first)
            throw InputError{QCoreApplication::translate("Cli", "The passwords do not match.")};
    }
    return *first;
}

} // namespace cb::cli
