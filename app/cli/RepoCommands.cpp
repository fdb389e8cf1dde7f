// repo init | gc | verify | sync | rebuild-catalog | info | upgrade, job list | log
#include "cli/Command.h"
#include "cli/KeyCommands.h"
#include "cli/OtherRepository.h"

#include "engine/Engine.h"
#include "engine/Job.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::cli {

namespace {

int repoGc(Invocation &call)
{
    Output &io = call.io;
    auto r = io.withProgress<GcStats>(QCoreApplication::translate("Cli", "Garbage collection"),
                                      [&](JobControl &c) { return call.engine->gc(c); });
    if (!r)
        return io.failed(r.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("chunks_removed"), r->chunksRemoved},
                                 {QStringLiteral("bytes_freed"), r->bytesFreed},
                                 {QStringLiteral("chunks_kept"), r->chunksKept}});
    else
        io.out << QCoreApplication::translate("Cli", "Removed %n unreferenced chunk(s) (%1 freed); %2 kept.",
                                              nullptr, int(r->chunksRemoved))
                      .arg(Output::size(r->bytesFreed),
                           QCoreApplication::translate("Cli", "%n chunk(s)", nullptr, int(r->chunksKept)))
               << Qt::endl;
    return 0;
}

int repoVerify(Invocation &call)
{
    Output &io = call.io;
    auto r = io.withProgress<VerifyStats>(QCoreApplication::translate("Cli", "Verify"),
                                          [&](JobControl &c) { return call.engine->verifyRepository(c); });
    if (!r)
        return io.failed(r.failure());
    if (io.json) {
        io.printJson(QJsonObject{{QStringLiteral("ok"), r->problems.isEmpty()},
                                 {QStringLiteral("chunks"), r->chunksChecked},
                                 {QStringLiteral("bytes"), r->bytesChecked},
                                 {QStringLiteral("problems"), QJsonArray::fromStringList(r->problems)}});
    } else {
        for (const QString &p : std::as_const(r->problems))
            io.err << p << '\n';
        io.out << QCoreApplication::translate("Cli", "%n chunk(s) (%1) checked, %2.", nullptr,
                                              int(r->chunksChecked))
                      .arg(Output::size(r->bytesChecked),
                           QCoreApplication::translate("Cli", "%n problem(s)", nullptr,
                                                       int(r->problems.size())))
               << Qt::endl;
    }
    return r->problems.isEmpty() ? 0 : 1;
}

int repoSync(Invocation &call)
{
    Output &io = call.io;
    auto target = otherRepository(call, call.valueOr(QStringLiteral("to")), OtherSide::To);
    if (!target)
        return io.failed(target.failure());
    SyncParams p;
    p.target = *target;
    p.volumes = call.values(QStringLiteral("volume"));
    p.projects = call.values(QStringLiteral("project"));
    auto r = io.withProgress<SyncReport>(QCoreApplication::translate("Cli", "Copy"),
                                         [&](JobControl &c) { return call.engine->sync(p, c); });
    if (!r)
        return io.failed(r.failure());
    if (io.json) {
        io.printJson(QJsonObject{{QStringLiteral("target"), r->target},
                                 {QStringLiteral("copied"), QJsonArray::fromStringList(r->copied)},
                                 {QStringLiteral("skipped"), QJsonArray::fromStringList(r->skipped)},
                                 {QStringLiteral("chunks_copied"), r->chunksCopied},
                                 {QStringLiteral("bytes_copied"), r->bytesCopied},
                                 {QStringLiteral("chunks_verified"), r->chunksVerified}});
        return 0;
    }
    io.out << QCoreApplication::translate("Cli",
                                          "Copied %n backup(s) to %1 (%2 already there); wrote %3 chunk(s), "
                                          "%4. Every copy was read back and verified.",
                                          nullptr, int(r->copied.size()))
                  .arg(r->target)
                  .arg(r->skipped.size())
                  .arg(r->chunksCopied)
                  .arg(Output::size(r->bytesCopied))
           << Qt::endl;
    return 0;
}

StoreOptions storeOptions(const Invocation &call)
{
    StoreOptions options;
    options.cephConf =
        call.config.repositoryCephConf.isEmpty() ? call.config.cephConf : call.config.repositoryCephConf;
    return options;
}

// The repository the engine would open: --repository, CLOUDBACKUP_REPOSITORY, else HOME/repository.
QString repositoryLocation(const Invocation &call)
{
    if (!call.config.repositoryPath.isEmpty())
        return call.config.repositoryPath;
    const QString env = qEnvironmentVariable("CLOUDBACKUP_REPOSITORY");
    if (!env.isEmpty())
        return env;
    const QString home = call.config.home.isEmpty() ? EngineConfig::defaultHome() : call.config.home;
    return QDir(home).filePath(QStringLiteral("repository"));
}

Result<void> initRepository(Invocation &call, const QString &location)
{
    Output &io = call.io;
    const StoreOptions options = storeOptions(call);
    // Checked before a passphrase is asked for; init() checks again.
    if (auto r = Repository::canInit(location, options); !r)
        return fail(r);
    QString recoveryKey;
    if (call.has(QStringLiteral("encrypt"))) {
        KeyOptions keys;
        keys.passwordFile = call.passwordFile;
        keys.recoveryKeyOut = &recoveryKey;
        keys.writeKeyFile = [&](const QByteArray &keyFile) {
            return Repository::init(location, options, keyFile);
        };
        if (auto r = initKey(io, keys); !r)
            return r;
    } else if (auto r = Repository::init(location, options); !r) {
        return fail(r);
    }
    const QString shown = isRemoteLocation(location) ? location : QFileInfo(location).absoluteFilePath();
    if (io.json) {
        QJsonObject o{{QStringLiteral("repository"), shown},
                      {QStringLiteral("format"), Repository::FormatVersion},
                      {QStringLiteral("encryption"), call.has(QStringLiteral("encrypt"))
                                                         ? QStringLiteral("aes-256-gcm")
                                                         : QStringLiteral("none")}};
        if (!recoveryKey.isEmpty())
            o.insert(QStringLiteral("recovery_key"), recoveryKey);
        io.printJson(o);
    } else
        io.out << QCoreApplication::translate("Cli", "Created a repository in %1.").arg(location) << Qt::endl;
    return {};
}

int repoInit(Invocation &call)
{
    const QString location = call.argument(0);
    return runAudited(call, QStringLiteral("repo.init"), location,
                      [&] { return initRepository(call, location); });
}

int repoRebuild(Invocation &call)
{
    Output &io = call.io;
    auto r = call.engine->rebuildCatalog();
    if (!r)
        return io.failed(r.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("changed"), *r}});
    else
        io.out << QCoreApplication::translate(
                      "Cli", "Catalog rebuilt from the repository: %n record(s) added or corrected.", nullptr,
                      int(*r))
               << Qt::endl;
    return 0;
}

int repoInfo(Invocation &call)
{
    Output &io = call.io;
    const StoreInfo info = call.engine->info(true);
    const QJsonObject o{{QStringLiteral("home"), call.engine->config().home},
                        {QStringLiteral("repository"), info.repositoryPath},
                        {QStringLiteral("catalog"), info.catalog},
                        {QStringLiteral("schema_version"), info.schemaVersion},
                        {QStringLiteral("format"), info.repositoryFormat},
                        {QStringLiteral("backups"), info.repositoryBackups},
                        {QStringLiteral("backend"), info.repositoryBackend},
                        {QStringLiteral("encryption"), info.repositoryEncryption},
                        {QStringLiteral("kdf"), info.repositoryKdf},
                        {QStringLiteral("key_file"), info.repositoryKeyFile},
                        {QStringLiteral("size"), info.repositorySize},
                        {QStringLiteral("chunks"), info.repositoryChunks}};
    if (io.json) {
        io.printJson(o);
    } else {
        QList<QStringList> rows;
        for (auto it = o.begin(); it != o.end(); ++it)
            rows << QStringList{it.key(), it.value().toVariant().toString()};
        io.fieldTable(rows);
    }
    return 0;
}

// Without --all, the newest jobs only: the history keeps thousands.
constexpr int recentJobs = 50;

int jobList(Invocation &call)
{
    Output &io = call.io;
    auto jobs = call.engine->jobs(call.has(QStringLiteral("running")),
                                  call.has(QStringLiteral("all")) ? 0 : recentJobs);
    if (!jobs)
        return io.failed(jobs.failure());
    QJsonArray arr;
    QList<QStringList> rows;
    for (const JobRecord &j : std::as_const(*jobs)) {
        arr.append(QJsonObject{{QStringLiteral("id"), j.id},
                               {QStringLiteral("kind"), jobKindKey(j.kind)},
                               {QStringLiteral("status"), jobStatusKey(j.status)},
                               {QStringLiteral("backup"), j.backupId},
                               {QStringLiteral("volume"), j.volumeId},
                               {QStringLiteral("started_at"), j.startedAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("finished_at"), j.finishedAt.toString(Qt::ISODateWithMs)},
                               {QStringLiteral("error"), j.errorText()}});
        rows << QStringList{j.id.left(8),       jobKindText(j.kind),       jobStatusText(j.status),
                            j.backupId.left(8), Output::time(j.startedAt), j.errorText().left(60)};
    }
    if (io.json)
        io.printJson(arr);
    else
        io.table({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "KIND"),
                  QCoreApplication::translate("Cli", "STATUS"), QCoreApplication::translate("Cli", "BACKUP"),
                  QCoreApplication::translate("Cli", "STARTED"), QCoreApplication::translate("Cli", "ERROR")},
                 rows);
    return 0;
}

int jobLog(Invocation &call)
{
    Output &io = call.io;
    auto job = call.engine->job(call.argument(0));
    if (!job)
        return io.failed(job.failure());
    auto log = call.engine->jobLog(job->id);
    if (!log)
        return io.failed(log.failure());
    if (io.json) {
        QJsonArray lines;
        for (const JobLogEntry &e : std::as_const(*log)) {
            QJsonObject line{{QStringLiteral("at"), e.at.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("level"), jobLogLevelKey(e.level)},
                             {QStringLiteral("message"), e.text()}};
            const QString code = Message::decode(e.message).code();
            if (!code.isEmpty())
                line.insert(QStringLiteral("code"), code);
            lines.append(line);
        }
        io.printJson(QJsonObject{{QStringLiteral("id"), job->id},
                                 {QStringLiteral("kind"), jobKindKey(job->kind)},
                                 {QStringLiteral("status"), jobStatusKey(job->status)},
                                 {QStringLiteral("log"), lines}});
        return 0;
    }
    io.out << QCoreApplication::translate("Cli", "Job %1: %2, %3")
                  .arg(job->id, jobKindText(job->kind), jobStatusText(job->status))
           << '\n';
    for (const JobLogEntry &e : std::as_const(*log))
        io.out << Output::time(e.at) << "  " << jobLogLevelText(e.level).leftJustified(8) << e.text() << '\n';
    io.out.flush();
    return 0;
}

const QStringList KeyActions{QStringLiteral("change-passphrase"), QStringLiteral("export"),
                             QStringLiteral("recover"), QStringLiteral("add-key-file"),
                             QStringLiteral("remove-key-file")};

int repoKey(Invocation &call)
{
    const QString location = repositoryLocation(call);
    const StoreOptions options = storeOptions(call);
    KeyOptions keys;
    keys.readKeyFile = [&] { return Repository::readKeyFile(location, options); };
    keys.writeKeyFile = [&](const QByteArray &keyFile) {
        return Repository::replaceKeyFile(location, options, keyFile);
    };
    keys.passwordFile = call.passwordFile;
    keys.newPasswordFile = call.valueOr(QStringLiteral("new-password-file"));
    keys.recoveryFile = call.valueOr(QStringLiteral("recovery-key-file"));
    keys.keyFile = call.keyFile;
    keys.newKeyFile = call.valueOr(QStringLiteral("new-key-file"));
    const QString action = call.argument(0);
    const std::function<Result<void>(Output &, const KeyOptions &)> run[] = {
        changePassphrase, exportKey, recoverKey, addKeyFile, removeKeyFile};
    return runAudited(call, QStringLiteral("repo.key.") + action, location,
                      [&] { return run[KeyActions.indexOf(action)](call.io, keys); });
}

} // namespace

void addRepoCommands(QList<Command> &table)
{
    const QString repo = QStringLiteral("repo");
    table << Command{
        .group = repo,
        .word = QStringLiteral("init"),
        .synopsis = QStringLiteral("LOCATION [--encrypt]"),
        .summary = QT_TRANSLATE_NOOP(
            "Cli", "Create a repository in a new or empty folder, or an empty RADOS pool or namespace."),
        .arguments = {{.name = "LOCATION",
                       .what = QT_TRANSLATE_NOOP("Cli", "a folder or rados:POOL[/NAMESPACE]"),
                       .complete = Complete::Directory}},
        .options = {{.name = QStringLiteral("encrypt"),
                     .help =
                         QT_TRANSLATE_NOOP("Cli", "encrypt chunks, indexes and records (AES-256-GCM) under "
                                                  "a passphrase; prints the recovery key once")}},
        .needs = Needs::Catalog,
        .run = repoInit};
    table << Command{
        .group = repo,
        .word = QStringLiteral("key"),
        .synopsis =
            QStringLiteral("change-passphrase|export|recover|add-key-file|remove-key-file "
                           "[--new-password-file FILE] [--recovery-key-file FILE] [--new-key-file FILE]"),
        .summary =
            QT_TRANSLATE_NOOP("Cli", "Change an encrypted repository's passphrase, print its recovery "
                                     "key, set a new passphrase with the recovery key, or add or remove "
                                     "a key file that opens it without the passphrase."),
        .arguments = {{.name = "ACTION",
                       .what = QT_TRANSLATE_NOOP(
                           "Cli", "change-passphrase, export, recover, add-key-file or remove-key-file"),
                       .complete = Complete::Choices,
                       .choices = KeyActions}},
        .options = {{.name = QStringLiteral("new-password-file"),
                     .valueName = "FILE",
                     .help =
                         QT_TRANSLATE_NOOP("Cli", "the new passphrase, from this private file (or "
                                                  "CLOUDBACKUP_NEW_REPOSITORY_PASSWORD; else asked twice)"),
                     .nonEmpty = true,
                     .complete = Complete::File},
                    {.name = QStringLiteral("recovery-key-file"),
                     .valueName = "FILE",
                     .help = QT_TRANSLATE_NOOP("Cli", "recover: the recovery key, from this private file"),
                     .nonEmpty = true,
                     .complete = Complete::File},
                    {.name = QStringLiteral("new-key-file"),
                     .valueName = "FILE",
                     .help = QT_TRANSLATE_NOOP("Cli", "add-key-file: the key file to make (a new private "
                                                      "file; never over an existing one)"),
                     .nonEmpty = true,
                     .complete = Complete::File}},
        .needs = Needs::Catalog,
        .check =
            [](const Invocation &call) {
                if (!KeyActions.contains(call.argument(0)))
                    throw UsageError{
                        QCoreApplication::translate("Cli", "Unknown key action \"%1\"; the actions are %2.")
                            .arg(call.argument(0), KeyActions.join(QLatin1String(", ")))};
            },
        .run = repoKey};
    table << Command{.group = repo,
                     .word = QStringLiteral("gc"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Remove chunks no backup uses."),
                     .run = repoGc};
    table << Command{.group = repo,
                     .word = QStringLiteral("verify"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Read and check every chunk of the repository."),
                     .run = repoVerify};
    table << Command{
        .group = repo,
        .word = QStringLiteral("sync"),
        .synopsis =
            QStringLiteral("--to LOCATION [--volume VOLUME]... [--project PROJECT]... [--to-ceph-conf "
                           "FILE] [--to-password-file FILE]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "Copy the backups another repository lacks there (off-site "
                                            "copies), verifying each copy."),
        .options =
            QList<Option>{{.name = QStringLiteral("to"),
                           .valueName = "LOCATION",
                           .help = QT_TRANSLATE_NOOP("Cli", "the target repository: a folder or "
                                                            "rados:POOL[/NAMESPACE] made by repo init"),
                           .nonEmpty = true,
                           .complete = Complete::Directory},
                          {.name = QStringLiteral("volume"),
                           .valueName = "VOLUME",
                           .help = QT_TRANSLATE_NOOP("Cli", "only the backups of this volume"),
                           .repeatable = true,
                           .nonEmpty = true,
                           .complete = Complete::Volume},
                          {.name = QStringLiteral("project"),
                           .valueName = "PROJECT",
                           .help = QT_TRANSLATE_NOOP("Cli", "only the backups of this project"),
                           .repeatable = true,
                           .nonEmpty = true,
                           .complete = Complete::Project}} +
            otherRepositoryOptions(OtherSide::To),
        .check =
            [](const Invocation &call) {
                if (!call.has(QStringLiteral("to")))
                    throw UsageError{QCoreApplication::translate("Cli", "repo sync needs --to LOCATION.")};
            },
        .run = repoSync};
    table << Command{.group = repo,
                     .word = QStringLiteral("rebuild-catalog"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Rebuild a lost catalog from the repository."),
                     .needs = Needs::RebuildingEngine,
                     .run = repoRebuild};
    table << Command{.group = repo,
                     .word = QStringLiteral("info"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Show the home, repository and catalog."),
                     .run = repoInfo};
    table << Command{.group = repo,
                     .word = QStringLiteral("upgrade"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Upgrade the repository to the current format."),
                     .run = repoInfo};
    table << Command{.group = QStringLiteral("job"),
                     .word = QStringLiteral("list"),
                     .synopsis = QStringLiteral("[--running] [--all]"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "List jobs: backups, restores, deletes, checks."),
                     .options = {{.name = QStringLiteral("running"),
                                  .help = QT_TRANSLATE_NOOP("Cli", "only the jobs still running")},
                                 {.name = QStringLiteral("all"),
                                  .help = QT_TRANSLATE_NOOP(
                                      "Cli", "every job the history keeps (default: the newest 50)")}},
                     .run = jobList};
    table << Command{.group = QStringLiteral("job"),
                     .word = QStringLiteral("log"),
                     .synopsis = QStringLiteral("ID"),
                     .summary =
                         QT_TRANSLATE_NOOP("Cli", "Show the log of a job: its steps, warnings and error."),
                     .arguments = {{.name = "ID", .what = QT_TRANSLATE_NOOP("Cli", "the job id")}},
                     .run = jobLog};
}

} // namespace cb::cli
