// policy create | list | show | edit | delete | run; prune; backup protect |
// unprotect; daemon (runs due policies).
#include "cli/Command.h"

#include "engine/Engine.h"
#include "policy/Calendar.h"
#include "policy/Mail.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

#include <csignal>

namespace cb::cli {

namespace {

const Argument policyArgument{.name = "NAME", .what = QT_TRANSLATE_NOOP("Cli", "the policy name")};
const Argument backupArgument{
    .name = "ID", .what = QT_TRANSLATE_NOOP("Cli", "the backup id"), .complete = Complete::Backup};

struct KeepRule
{
    const char *option;
    int RetentionRules::*field;
    const char *help;
};
const KeepRule keepRules[] = {
    {"keep-last", &RetentionRules::last, QT_TRANSLATE_NOOP("Cli", "keep the newest N backups")},
    {"keep-hourly", &RetentionRules::hourly,
     QT_TRANSLATE_NOOP("Cli", "keep the newest backup of each of the last N hours")},
    {"keep-daily", &RetentionRules::daily,
     QT_TRANSLATE_NOOP("Cli", "keep the newest backup of each of the last N days")},
    {"keep-weekly", &RetentionRules::weekly,
     QT_TRANSLATE_NOOP("Cli", "keep the newest backup of each of the last N weeks")},
    {"keep-monthly", &RetentionRules::monthly,
     QT_TRANSLATE_NOOP("Cli", "keep the newest backup of each of the last N months")},
    {"keep-yearly", &RetentionRules::yearly,
     QT_TRANSLATE_NOOP("Cli", "keep the newest backup of each of the last N years")},
};

QList<Option> retentionOptions()
{
    QList<Option> out;
    for (const KeepRule &k : keepRules)
        out << Option{.name = QLatin1String(k.option), .valueName = "N", .help = k.help, .nonEmpty = true};
    return out;
}

int count(const Invocation &call, const QString &option, int fallback)
{
    const auto v = call.value(option);
    if (!v)
        return fallback;
    bool ok = false;
    const int n = v->toInt(&ok);
    if (!ok || n < 0)
        throw InputError{
            QCoreApplication::translate("Cli", "--%1 needs a whole number of 0 or more, not \"%2\".")
                .arg(option, *v)};
    return n;
}

RetentionRules retentionFrom(const Invocation &call, RetentionRules rules)
{
    for (const KeepRule &k : keepRules)
        rules.*k.field = count(call, QLatin1String(k.option), rules.*k.field);
    if (const auto age = call.value(QStringLiteral("min-age"))) {
        rules.minAgeSeconds = parseDuration(*age);
        if (rules.minAgeSeconds < 0)
            throw InputError{QCoreApplication::translate(
                                 "Cli", "\"%1\" is not a duration; write for example 7d, 12h, 2w or 1d12h.")
                                 .arg(*age)};
    }
    return rules;
}

// The policy the options describe, on top of `base` (edit keeps what is not given).
BackupPolicy policyFrom(const Invocation &call, BackupPolicy base)
{
    const QStringList volumes = call.values(QStringLiteral("volume"));
    const auto project = call.value(QStringLiteral("project"));
    const auto match = call.value(QStringLiteral("match"));
    if (!volumes.isEmpty() || project || match) {
        base.volumes = volumes;
        base.project = project.value_or(QString());
        base.match = match.value_or(QString());
    }
    if (const auto kind = call.value(QStringLiteral("kind")))
        base.kind = BackupPolicy::kindFromKey(*kind).value_or(BackupPolicy::Kind::Backup);
    base.retries = count(call, QStringLiteral("retries"), base.retries);
    base.schedule = call.valueOr(QStringLiteral("schedule"), base.schedule);
    if (const auto every = call.value(QStringLiteral("full-every"))) {
        const bool days = every->endsWith(u'd');
        bool ok = false;
        const int n = (days ? every->chopped(1) : *every).toInt(&ok);
        if (!ok || n < 0)
            throw InputError{
                QCoreApplication::translate(
                    "Cli", "--full-every takes a number of backups (7) or of days (30d), not \"%1\".")
                    .arg(*every)};
        base.fullEvery = days ? 0 : n;
        base.fullEveryDays = days ? n : 0;
    }
    if (const auto to = call.value(QStringLiteral("mail-to")))
        base.mailTo = to->trimmed();
    if (call.command().word == QLatin1String("edit") && call.has(QStringLiteral("no-mail")))
        base.mailTo.clear();
    if (call.has(QStringLiteral("force")))
        base.force = true;
    if (call.command().word == QLatin1String("edit") && call.has(QStringLiteral("no-force")))
        base.force = false;
    base.retention = retentionFrom(call, base.retention);
    return base;
}

QJsonArray nextRuns(const BackupPolicy &p, int n)
{
    QJsonArray out;
    if (auto spec = CalendarSpec::parse(p.schedule)) {
        for (const QDateTime &t : spec->next(QDateTime::currentDateTimeUtc(), n))
            out.append(t.toString(Qt::ISODate));
    }
    return out;
}

QString targetText(const BackupPolicy &p)
{
    if (!p.volumes.isEmpty())
        return p.volumes.join(QLatin1String(", "));
    if (!p.project.isEmpty())
        return QCoreApplication::translate("Cli", "project %1").arg(p.project);
    return QCoreApplication::translate("Cli", "volumes matching %1").arg(p.match);
}

QString retentionText(const RetentionRules &r)
{
    QStringList parts;
    for (const KeepRule &k : keepRules) {
        if (r.*k.field > 0)
            parts << QStringLiteral("%1 %2").arg(QLatin1String(k.option)).arg(r.*k.field);
    }
    if (r.minAgeSeconds > 0)
        parts << QStringLiteral("min-age %1").arg(formatDuration(r.minAgeSeconds));
    return parts.isEmpty() ? QCoreApplication::translate("Cli", "keep everything")
                           : parts.join(QLatin1String(", "));
}

int showPolicy(Output &io, const BackupPolicy &p)
{
    if (io.json) {
        QJsonObject o = p.toJson();
        o.insert(QStringLiteral("next_runs"), nextRuns(p, 5));
        io.printJson(o);
        return 0;
    }
    QStringList runs;
    for (const auto &t : nextRuns(p, 5))
        runs << Output::time(QDateTime::fromString(t.toString(), Qt::ISODate));
    const QString kind =
        p.fullEvery == 1 ? QCoreApplication::translate("Cli", "always full")
        : p.fullEvery > 1
            ? QCoreApplication::translate("Cli", "incremental, a full every %1 backups").arg(p.fullEvery)
        : p.fullEveryDays > 0
            ? QCoreApplication::translate("Cli", "incremental, a full every %1 days").arg(p.fullEveryDays)
            : QCoreApplication::translate("Cli", "incremental after the first full");
    io.fieldTable({{QCoreApplication::translate("Cli", "name"), p.name},
                   {QCoreApplication::translate("Cli", "volumes"), targetText(p)},
                   {QCoreApplication::translate("Cli", "schedule"), p.schedule},
                   {QCoreApplication::translate("Cli", "kind"), kind},
                   {QCoreApplication::translate("Cli", "in use"),
                    p.force ? QCoreApplication::translate("Cli", "backed up anyway (force)")
                            : QCoreApplication::translate("Cli", "skipped")},
                   {QCoreApplication::translate("Cli", "retries"), QString::number(p.retries)},
                   {QCoreApplication::translate("Cli", "retention"), retentionText(p.retention)},
                   {QCoreApplication::translate("Cli", "mail on failure"),
                    p.mailTo.isEmpty() ? QCoreApplication::translate("Cli", "nobody") : p.mailTo},
                   {QCoreApplication::translate("Cli", "next runs"), runs.join(QLatin1String(", "))}});
    return 0;
}

void policyCreateCheck(const Invocation &call)
{
    if (!call.has(QStringLiteral("schedule")))
        throw UsageError{QCoreApplication::translate("Cli", "A policy needs --schedule.")};
}

int policyCreate(Invocation &call)
{
    BackupPolicy p;
    p.name = call.argument(0);
    auto r = call.engine->createBackupPolicy(policyFrom(call, p));
    if (!r)
        return call.io.failed(r.failure());
    return showPolicy(call.io, *r);
}

int policyEdit(Invocation &call)
{
    auto existing = call.engine->backupPolicy(call.argument(0));
    if (!existing)
        return call.io.failed(existing.failure());
    auto r = call.engine->editBackupPolicy(policyFrom(call, *existing));
    if (!r)
        return call.io.failed(r.failure());
    return showPolicy(call.io, *r);
}

int policyList(Invocation &call)
{
    Output &io = call.io;
    auto all = call.engine->backupPolicies();
    if (!all)
        return io.failed(all.failure());
    QJsonArray json;
    QList<QStringList> rows;
    for (const BackupPolicy &p : std::as_const(*all)) {
        QJsonObject o = p.toJson();
        const QJsonArray next = nextRuns(p, 1);
        o.insert(QStringLiteral("next_runs"), nextRuns(p, 5));
        json.append(o);
        rows << QStringList{p.name, targetText(p), p.schedule, retentionText(p.retention),
                            next.isEmpty()
                                ? QString()
                                : Output::time(QDateTime::fromString(next.first().toString(), Qt::ISODate))};
    }
    if (io.json)
        io.printJson(json);
    else
        io.table({QCoreApplication::translate("Cli", "NAME"), QCoreApplication::translate("Cli", "VOLUMES"),
                  QCoreApplication::translate("Cli", "SCHEDULE"),
                  QCoreApplication::translate("Cli", "RETENTION"),
                  QCoreApplication::translate("Cli", "NEXT RUN")},
                 rows);
    return 0;
}

int policyShow(Invocation &call)
{
    auto p = call.engine->backupPolicy(call.argument(0));
    if (!p)
        return call.io.failed(p.failure());
    return showPolicy(call.io, *p);
}

int policyDelete(Invocation &call)
{
    if (auto r = call.engine->deleteBackupPolicy(call.argument(0)); !r)
        return call.io.failed(r.failure());
    call.io.out << QCoreApplication::translate("Cli", "Deleted policy %1.").arg(call.argument(0)) << Qt::endl;
    return 0;
}

// Under systemd (stdout and stderr connected to the journal) a line's
// priority is a "<N>" prefix (sd-daemon(3)): failures show as errors in
// `journalctl -p err`, outside systemd nothing is added.
QString priority(int level)
{
    static const bool journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    return journal ? QStringLiteral("<%1>").arg(level) : QString();
}

int printRun(Output &io, const QString &policy, const PolicyRunReport &report)
{
    if (io.json) {
        QJsonArray failed;
        for (const auto &[volume, why] : report.failed)
            failed.append(QJsonObject{{QStringLiteral("volume"), volume},
                                      {QStringLiteral("error"), Message::display(why)}});
        io.printJson(QJsonObject{{QStringLiteral("policy"), policy},
                                 {QStringLiteral("created"), QJsonArray::fromStringList(report.created)},
                                 {QStringLiteral("failed"), failed},
                                 {QStringLiteral("pruned"), QJsonArray::fromStringList(report.pruned)}});
    } else {
        io.out << priority(6)
               << QCoreApplication::translate("Cli", "Policy %1: %2 backup(s) made, %3 failed, %4 pruned.")
                      .arg(policy)
                      .arg(report.created.size())
                      .arg(report.failed.size())
                      .arg(report.pruned.size())
               << Qt::endl;
    }
    // Failures reach the journal (stderr) with --json too.
    for (const auto &[volume, why] : report.failed)
        io.err << priority(3)
               << QCoreApplication::translate("Cli", "Policy %1 failed for %2: %3")
                      .arg(policy, volume, Message::display(why))
               << Qt::endl;
    if (!report.pruneError.isEmpty())
        io.err << priority(3)
               << QCoreApplication::translate("Cli", "Policy %1 could not prune: %2")
                      .arg(policy, Message::display(report.pruneError))
               << Qt::endl;
    return report.failed.isEmpty() && report.pruneError.isEmpty() ? ExitOk : ExitFailed;
}

// A failed scheduled run, told to the policy's mail address (issue 14): the
// policy, the host, and each volume with its error and code. What the mail
// transfer agent says when it cannot take the mail goes to the journal.
void mailFailure(Output &io, const BackupPolicy &p, qint64 slot, const PolicyRunReport &report)
{
    if (p.mailTo.isEmpty() || (report.failed.isEmpty() && report.pruneError.isEmpty()))
        return;
    const QString host = QHostInfo::localHostName();
    const QString when = QDateTime::fromMSecsSinceEpoch(slot, Qt::UTC).toString(Qt::ISODate);
    QString body = QCoreApplication::translate("Cli", "The policy %1 on %2, run for %3, failed.")
                       .arg(p.name, host, when) +
                   QStringLiteral("\n\n");
    const auto describe = [](const QString &stored) {
        const QString code = Message::decode(stored).code();
        return QCoreApplication::translate("Cli", "Error: %1\nCode: %2\n")
            .arg(Message::display(stored), code.isEmpty() ? QStringLiteral("-") : code);
    };
    for (const auto &[volume, why] : report.failed)
        body += QCoreApplication::translate("Cli", "Volume: %1\n").arg(volume) + describe(why) + u'\n';
    if (!report.pruneError.isEmpty())
        body += QCoreApplication::translate("Cli", "The prune after the backups failed.\n") +
                describe(report.pruneError) + u'\n';
    body += QCoreApplication::translate("Cli", "The job history (cloudbackupctl job list) has the details.");
    const QString subject =
        QCoreApplication::translate("Cli", "cloudbackup: policy %1 failed on %2 (%n volume(s))", nullptr,
                                    int(report.failed.size()))
            .arg(p.name, host);
    if (auto sent = sendMail(p.mailTo, subject, body); !sent)
        io.err << priority(3)
               << QCoreApplication::translate("Cli", "Policy %1 could not mail %2: %3")
                      .arg(p.name, p.mailTo, sent.what().text())
               << Qt::endl;
}

QDateTime slotTime(std::optional<qint64> slot)
{
    return slot ? QDateTime::fromMSecsSinceEpoch(*slot, Qt::UTC) : QDateTime();
}

int policyRun(Invocation &call)
{
    Output &io = call.io;
    const QString name = call.argument(0);
    std::optional<qint64> slot;
    if (!call.has(QStringLiteral("now"))) {
        auto p = call.engine->backupPolicy(name);
        if (!p)
            return io.failed(p.failure());
        auto claimed = call.engine->claimDueRun(*p, QDateTime::currentDateTimeUtc());
        if (!claimed)
            return io.failed(claimed.failure());
        if (!*claimed) {
            io.out
                << QCoreApplication::translate("Cli", "Policy %1 is not due; --now runs it anyway.").arg(name)
                << Qt::endl;
            return ExitOk;
        }
        slot = *claimed;
    }
    auto r =
        io.withProgress<PolicyRunReport>(QCoreApplication::translate("Cli", "Policy"), [&](JobControl &c) {
            return call.engine->runBackupPolicy(name, c, slotTime(slot));
        });
    if (!r)
        return io.failed(r.failure());
    if (slot)
        (void)call.engine->finishPolicyRun(name, *slot, *r);
    return printRun(io, name, *r);
}

int prune(Invocation &call)
{
    Output &io = call.io;
    PruneRequest request;
    request.policy = call.valueOr(QStringLiteral("policy"));
    request.volumeId = call.valueOr(QStringLiteral("volume"));
    request.rules = retentionFrom(call, {});
    auto plan = call.engine->prunePlan(request);
    if (!plan)
        return io.failed(plan.failure());
    QStringList removed;
    if (!call.has(QStringLiteral("dry-run"))) {
        auto r = io.withProgress<QStringList>(QCoreApplication::translate("Cli", "Prune"),
                                              [&](JobControl &c) { return call.engine->prune(request, c); });
        if (!r)
            return io.failed(r.failure());
        removed = *r;
    }
    QJsonArray json;
    QList<QStringList> rows;
    for (const PruneDecision &d : std::as_const(*plan)) {
        json.append(
            QJsonObject{{QStringLiteral("id"), d.decision.id},
                        {QStringLiteral("created_at"), d.decision.createdAt.toUTC().toString(Qt::ISODate)},
                        {QStringLiteral("keep"), d.decision.keep},
                        {QStringLiteral("rules"), QJsonArray::fromStringList(d.decision.rules)},
                        {QStringLiteral("volume"), d.volumeId}});
        rows << QStringList{d.decision.id, d.volumeId, Output::time(d.decision.createdAt),
                            d.decision.keep ? QCoreApplication::translate("Cli", "keep")
                                            : QCoreApplication::translate("Cli", "remove"),
                            d.decision.rules.join(QLatin1String(", "))};
    }
    if (io.json) {
        io.printJson(json);
    } else {
        io.table({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "VOLUME"),
                  QCoreApplication::translate("Cli", "CREATED"),
                  QCoreApplication::translate("Cli", "DECISION"),
                  QCoreApplication::translate("Cli", "KEPT BY")},
                 rows);
        if (!call.has(QStringLiteral("dry-run")))
            io.out << QCoreApplication::translate("Cli", "Removed %1 backup(s).").arg(removed.size())
                   << Qt::endl;
    }
    return ExitOk;
}

void pruneCheck(const Invocation &call)
{
    const bool policy = call.has(QStringLiteral("policy"));
    bool rules = call.has(QStringLiteral("min-age"));
    for (const KeepRule &k : keepRules)
        rules = rules || call.has(QLatin1String(k.option));
    if (policy == call.has(QStringLiteral("volume")))
        throw UsageError{QCoreApplication::translate("Cli", "Give either --policy NAME or --volume VOLUME.")};
    if (policy && rules)
        throw UsageError{QCoreApplication::translate("Cli", "--policy uses the policy's own retention; "
                                                            "change it with \"policy edit\".")};
}

int protect(Invocation &call, bool on)
{
    auto b = call.engine->setProtected(call.argument(0), on);
    if (!b)
        return call.io.failed(b.failure());
    if (call.io.json)
        call.io.printJson(b->shownJson());
    else
        call.io.out << (on ? QCoreApplication::translate("Cli",
                                                         "Backup %1 is protected: nobody can delete it until "
                                                         "it is unprotected.")
                           : QCoreApplication::translate("Cli", "Backup %1 is no longer protected."))
                           .arg(b->id)
                    << Qt::endl;
    return ExitOk;
}

std::atomic_bool stopDaemon{false};

void onStopSignal(int)
{
    stopDaemon = true;
}

// The runner: claims and runs every due policy, then sleeps until the next
// elapse (at most a minute, so new and changed policies are seen). Nothing
// but the catalog holds its state: a restart, or a second runner on another
// host sharing a PostgreSQL catalog, never runs one slot twice.
int daemon(Invocation &call)
{
    Output &io = call.io;
    std::signal(SIGTERM, onStopSignal);
    std::signal(SIGINT, onStopSignal);
    const bool once = call.has(QStringLiteral("once"));
    int status = ExitOk;
    while (!stopDaemon) {
        auto policies = call.engine->backupPolicies();
        if (!policies)
            return io.failed(policies.failure());
        QDateTime wake = QDateTime::currentDateTimeUtc().addSecs(60);
        for (const BackupPolicy &p : std::as_const(*policies)) {
            auto slot = call.engine->claimDueRun(p, QDateTime::currentDateTimeUtc());
            if (!slot) {
                io.failed(slot.failure());
                continue;
            }
            if (*slot) {
                JobControl control;
                auto report = call.engine->runBackupPolicy(p.name, control, slotTime(*slot));
                if (!report) {
                    io.failed(report.failure());
                    const PolicyRunReport failed{{}, {}, {}, report.what().encode()};
                    (void)call.engine->finishPolicyRun(p.name, **slot, failed);
                    mailFailure(io, p, **slot, failed);
                    status = ExitFailed;
                } else {
                    (void)call.engine->finishPolicyRun(p.name, **slot, *report);
                    if (printRun(io, p.name, *report) != ExitOk)
                        status = ExitFailed;
                    mailFailure(io, p, **slot, *report);
                }
            }
            if (auto spec = CalendarSpec::parse(p.schedule)) {
                if (auto next = spec->nextAfter(QDateTime::currentDateTimeUtc()); next && *next < wake)
                    wake = *next;
            }
        }
        if (once)
            return status;
        while (!stopDaemon && QDateTime::currentDateTimeUtc() < wake)
            QThread::msleep(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(wake), 1, 1000));
    }
    return ExitOk;
}

} // namespace

void addPolicyCommands(QList<Command> &table)
{
    const QString policy = QStringLiteral("policy");
    QList<Option> definition = {
        {.name = QStringLiteral("volume"),
         .valueName = "VOLUME",
         .help = QT_TRANSLATE_NOOP("Cli", "back up this volume (repeatable)"),
         .repeatable = true,
         .nonEmpty = true,
         .complete = Complete::Volume},
        projectOption(QT_TRANSLATE_NOOP("Cli", "back up every volume of this project")),
        {.name = QStringLiteral("match"),
         .valueName = "GLOB",
         .help = QT_TRANSLATE_NOOP("Cli", "back up every volume whose name matches (for example web-*)"),
         .nonEmpty = true},
        {.name = QStringLiteral("schedule"),
         .valueName = "EXPR",
         .help = QT_TRANSLATE_NOOP("Cli",
                                   "when, in systemd calendar syntax (daily, Mon..Fri 22:00, *-*-01 03:00)"),
         .nonEmpty = true},
        {.name = QStringLiteral("full-every"),
         .valueName = "N",
         .help = QT_TRANSLATE_NOOP("Cli",
                                   "a full backup every N backups (1: always full), or every N days (30d)"),
         .nonEmpty = true},
        {.name = QStringLiteral("force"),
         .help = QT_TRANSLATE_NOOP("Cli", "back up volumes that are in use")},
        {.name = QStringLiteral("kind"),
         .valueName = "KIND",
         .help = QT_TRANSLATE_NOOP(
             "Cli", "backup (default), verify or gc: the last two work on the whole repository"),
         .choices = {QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("gc")},
         .complete = Complete::Choices},
        {.name = QStringLiteral("retries"),
         .valueName = "N",
         .help = QT_TRANSLATE_NOOP("Cli", "try a failed volume again N times in the same run"),
         .nonEmpty = true},
        {.name = QStringLiteral("min-age"),
         .valueName = "DURATION",
         .help = QT_TRANSLATE_NOOP("Cli", "never delete a backup younger than this (7d, 12h)"),
         .nonEmpty = true},
        {.name = QStringLiteral("mail-to"),
         .valueName = "ADDR",
         .help = QT_TRANSLATE_NOOP("Cli", "mail this address (through sendmail) when a scheduled run fails"),
         .nonEmpty = true},
    };
    definition += retentionOptions();
    const QString keepSynopsis =
        QStringLiteral("[--keep-last N] [--keep-hourly N] [--keep-daily N] [--keep-weekly N] "
                       "[--keep-monthly N] [--keep-yearly N]");
    table << Command{.group = policy,
                     .word = QStringLiteral("create"),
                     .synopsis =
                         QStringLiteral("NAME (--volume V... | --project P | --match GLOB) --schedule EXPR "
                                        "[--full-every N] [--force] ") +
                         keepSynopsis + QStringLiteral(" [--min-age DURATION] [--mail-to ADDR]"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Create a backup policy."),
                     .arguments = {policyArgument},
                     .options = definition,
                     .check = policyCreateCheck,
                     .run = policyCreate};
    table << Command{.group = policy,
                     .word = QStringLiteral("list"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "List the backup policies."),
                     .run = policyList};
    table << Command{.group = policy,
                     .word = QStringLiteral("show"),
                     .synopsis = QStringLiteral("NAME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Show a policy and its next five runs."),
                     .arguments = {policyArgument},
                     .run = policyShow};
    QList<Option> editOptions = definition;
    editOptions << Option{.name = QStringLiteral("no-force"),
                          .help = QT_TRANSLATE_NOOP("Cli", "skip volumes that are in use")}
                << Option{.name = QStringLiteral("no-mail"),
                          .help = QT_TRANSLATE_NOOP("Cli", "send no mail when a scheduled run fails")};
    table << Command{.group = policy,
                     .word = QStringLiteral("edit"),
                     .synopsis = QStringLiteral("NAME [options of create]"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Change a policy; what is not given stays."),
                     .arguments = {policyArgument},
                     .options = editOptions,
                     .run = policyEdit};
    table << Command{.group = policy,
                     .word = QStringLiteral("delete"),
                     .synopsis = QStringLiteral("NAME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Delete a policy (its backups stay)."),
                     .arguments = {policyArgument},
                     .run = policyDelete};
    table << Command{.group = policy,
                     .word = QStringLiteral("run"),
                     .synopsis = QStringLiteral("NAME [--now]"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Run a policy if it is due (with --now: at once)."),
                     .arguments = {policyArgument},
                     .options = {{.name = QStringLiteral("now"),
                                  .help = QT_TRANSLATE_NOOP("Cli", "run now even if it is not due")}},
                     .run = policyRun};
    QList<Option> pruneOptions = {
        {.name = QStringLiteral("policy"),
         .valueName = "NAME",
         .help = QT_TRANSLATE_NOOP("Cli", "prune by this policy's retention"),
         .nonEmpty = true},
        {.name = QStringLiteral("volume"),
         .valueName = "VOLUME",
         .help = QT_TRANSLATE_NOOP("Cli", "prune this volume's backups by the rules given"),
         .nonEmpty = true,
         .complete = Complete::Volume},
        {.name = QStringLiteral("min-age"),
         .valueName = "DURATION",
         .help = QT_TRANSLATE_NOOP("Cli", "keep backups younger than this"),
         .nonEmpty = true},
        {.name = QStringLiteral("dry-run"),
         .help = QT_TRANSLATE_NOOP("Cli", "only show what would be kept and removed")}};
    pruneOptions += retentionOptions();
    table << Command{
        .group = QStringLiteral("prune"),
        .word = QString(),
        .synopsis = QStringLiteral("(--policy NAME | --volume V ") + keepSynopsis +
                    QStringLiteral(") [--dry-run] [--json]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "Delete the backups a retention does not keep, leaf first."),
        .options = pruneOptions,
        .check = pruneCheck,
        .run = prune};
    table << Command{.group = QStringLiteral("backup"),
                     .word = QStringLiteral("protect"),
                     .synopsis = QStringLiteral("ID"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Protect a backup: nobody can delete or prune it."),
                     .arguments = {backupArgument},
                     .run = [](Invocation &call) { return protect(call, true); }};
    table << Command{.group = QStringLiteral("backup"),
                     .word = QStringLiteral("unprotect"),
                     .synopsis = QStringLiteral("ID"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Remove a backup's protection."),
                     .arguments = {backupArgument},
                     .run = [](Invocation &call) { return protect(call, false); }};
    table << Command{
        .group = QStringLiteral("daemon"),
        .word = QString(),
        .synopsis = QStringLiteral("[--once]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "Run due policies and their prune, then wait for the next."),
        .options = {{.name = QStringLiteral("once"),
                     .help = QT_TRANSLATE_NOOP("Cli", "run what is due once and exit")}},
        .run = daemon};
}

} // namespace cb::cli
