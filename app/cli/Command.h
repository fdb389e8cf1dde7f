#pragma once

// cloudbackupctl's command table: every command is declared once, here and
// in the group files (BackupCommands.cpp, ...). The table yields the usage
// text, the parsing and validation, the dispatch and the bash completion.

#include "engine/Engine.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QDateTime;
class QJsonObject;
class QJsonValue;

namespace cb {
struct JobControl;
} // namespace cb

namespace cb::cli {

// Exit statuses (documented in README and `cloudbackupctl help`).
enum Exit
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitDenied = 3 // the caller's role may not do this
};

// A usage error: exit 2, nothing opened or changed.
struct UsageError
{
    QString message;
};
// Bad input found before the engine opens: exit 1, nothing opened or changed.
struct InputError
{
    QString message;
};

// What bash may complete for a value or an argument.
enum class Complete
{
    Nothing,
    File,
    Directory,
    Choices, // the option's choices
    Volume,  // names from `volume list`
    Backup,  // ids from `backup list`
    Project,
    User,
    Role,    // the role keys
    Language // en, zh_CN
};

struct Option
{
    QString name;               // long name, without "--"
    const char *valueName = {}; // "DIR"; null: a flag
    const char *help = {};      // QT_TRANSLATE_NOOP("Cli", ...), translated when shown
    bool repeatable = false;    // may be given several times; every value is used
    bool nonEmpty = false;      // an empty value is a usage error
    QStringList choices;        // when not empty: the only values accepted
    Complete complete = Complete::Nothing;
};

struct Argument
{
    enum Count
    {
        One,
        Optional,
        OneOrMore
    };
    const char *name = {}; // "VOLUME"
    const char *what = {}; // QT_TRANSLATE_NOOP("Cli", "the volume"), for "Missing the volume."
    Count count = One;
    Complete complete = Complete::Nothing;
    QStringList choices; // Complete::Choices: the words bash offers
};

class Invocation;

enum class Needs
{
    Nothing,          // runs without opening the engine
    Engine,           // opens the engine (creating a new home)
    RebuildingEngine, // opens an empty catalog beside a repository with backups
    EngineOrFailure,  // opens the engine; when it cannot, runs with openFailure set
    Catalog           // opens the catalog and the caller only (EngineConfig::catalogOnly)
};

struct Command
{
    QString group; // "backup"
    QString word;  // "create"
    // After "cloudbackupctl GROUP WORD ": arguments and options as the user types them.
    QString synopsis;
    const char *summary = {}; // QT_TRANSLATE_NOOP("Cli", ...)
    QList<Argument> arguments;
    QList<Option> options;
    Needs needs = Needs::Engine;
    // Checks what the table cannot express; throws UsageError or InputError.
    // Runs before the engine opens.
    std::function<void(const Invocation &)> check;
    std::function<int(Invocation &)> run;
};

struct Group
{
    QString name;
    const char *title = {}; // QT_TRANSLATE_NOOP("Cli", "Backups")
};

// The table, in the order of the usage text.
const QList<Group> &groups();
const QList<Command> &commands();
const QList<Option> &globalOptions();
const Command *findCommand(const QString &group, const QString &word);

// Usage texts.
QString usageText();
QString groupUsage(const QString &group);
QString commandUsage(const Command &command);
// `cloudbackupctl completion bash`.
QString bashCompletion();
// `cloudbackupctl help --man` (hidden; the build installs it as cloudbackupctl.1).
QString manPage(const QString &version);

// A translated text of the table (QT_TRANSLATE_NOOP("Cli", ...)).
QString trCli(const char *text);
// --project, as every command that takes it declares it.
Option projectOption(const char *help);

// The group files' parts of the table.
void addVolumeCommands(QList<Command> &table);
void addBackupCommands(QList<Command> &table);
void addRepoCommands(QList<Command> &table);
void addAccessCommands(QList<Command> &table);
void addPolicyCommands(QList<Command> &table);
void addDoctorCommand(QList<Command> &table);
void addKeyCommands(QList<Command> &table);

// The one way errors are shown: "cloudbackupctl: error: MESSAGE". Returns
// the exit status: ExitDenied for a permission refusal (known by its code),
// else ExitFailed.
int showError(QTextStream &err, const QString &message);
int showError(QTextStream &err, const cb::Error &error);

// Output of one command run: text or JSON, tables, progress.
class Output
{
public:
    Output(QTextStream &out, QTextStream &err) : out(out), err(err) {}

    QTextStream &out;
    QTextStream &err;
    bool json = false;
    qint64 rateLimit = 0;

    int failed(const QString &message) { return showError(err, message); }
    int failed(const cb::Error &error) { return showError(err, error); }
    void printJson(const QJsonValue &v);
    void table(const QStringList &header, const QList<QStringList> &rows);
    // A table too large to hold: widen() over every row first, then tableLine() each.
    static qsizetype displayWidth(const QString &s);
    static void widen(QList<qsizetype> &widths, const QStringList &cells);
    void tableLine(const QList<qsizetype> &widths, const QStringList &cells);
    // A JSON array printed an element at a time, as printJson would print it whole.
    void jsonArrayItem(const QJsonObject &o, bool first);
    void jsonArrayEnd(bool empty);
    void fieldTable(const QList<QStringList> &rows); // FIELD / VALUE
    static QString size(qint64 bytes);
    static QString time(const QDateTime &t);

    // Runs an engine operation with Ctrl-C as cancel and a progress bar on a terminal.
    void runWithProgress(const QString &label, const std::function<void(JobControl &)> &operation);
    template<typename T, typename F> Result<T> withProgress(const QString &label, F &&operation)
    {
        std::optional<Result<T>> r;
        runWithProgress(label, [&](JobControl &c) { r.emplace(operation(c)); });
        return std::move(*r);
    }
};

// One parsed command line, handed to a command's check and run.
class Invocation
{
public:
    Invocation(const Command &command, const QCommandLineParser &parser, QStringList arguments,
               Output &output);

    const Command &command() const { return m_command; }
    bool has(const QString &option) const;
    std::optional<QString> value(const QString &option) const; // the last one given
    QString valueOr(const QString &option, const QString &fallback = {}) const;
    QStringList values(const QString &option) const; // every one given
    const QStringList &arguments() const { return m_arguments; }
    QString argument(int i) const { return m_arguments.value(i); }

    Output &io;
    EngineConfig config;              // what the global options asked for
    QString passwordFile;             // --password-file: the repository passphrase's file
    QString keyFile;                  // --key-file: the repository's key file
    std::shared_ptr<Engine> engine;   // set when the command needs it
    std::optional<Error> openFailure; // Needs::EngineOrFailure: why the engine did not open

private:
    const Command &m_command;
    const QCommandLineParser &m_parser;
    QStringList m_arguments;
};

// The password of a login or a new account: from the environment variable
// when set, else read from the terminal without echo (twice when confirm),
// only when stdin is a terminal. InputError when none can be had.
QString readPassword(const char *envVar, const QString &prompt, bool confirm);

} // namespace cb::cli
