// backup create | list | show | chain | edit | tags | restore | delete | verify
#include "cli/Command.h"
#include "cli/OtherRepository.h"

#include "engine/Engine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::cli {

namespace {

const Argument backupArgument{
    .name = "ID", .what = QT_TRANSLATE_NOOP("Cli", "the backup id"), .complete = Complete::Backup};
const Argument volumeArgument{
    .name = "VOLUME", .what = QT_TRANSLATE_NOOP("Cli", "the volume"), .complete = Complete::Volume};

// The statuses `backup list --status` accepts: those a backup can be in.
QStringList statusKeys()
{
    QStringList keys;
    for (auto s : {BackupStatus::Creating, BackupStatus::Available, BackupStatus::Error,
                   BackupStatus::Deleting, BackupStatus::Damaged})
        keys << backupStatusKey(s);
    return keys;
}

void backupCreateCheck(const Invocation &call)
{
    if (call.has(QStringLiteral("name")) && call.valueOr(QStringLiteral("name")).isEmpty())
        throw InputError{QCoreApplication::translate("Cli", "The backup name must not be empty.")};
}

int backupCreate(Invocation &call)
{
    Output &io = call.io;
    BackupParams p;
    p.volume = call.argument(0);
    p.incremental = call.has(QStringLiteral("incremental"));
    p.force = call.has(QStringLiteral("force"));
    p.name = call.valueOr(QStringLiteral("name"));
    p.description = call.valueOr(QStringLiteral("description"));
    auto r = io.withProgress<Backup>(QCoreApplication::translate("Cli", "Backup"),
                                     [&](JobControl &c) { return call.engine->createBackup(p, c); });
    if (!r)
        return io.failed(r.failure());
    if (io.json) {
        io.printJson(r->shownJson());
    } else {
        io.out << QCoreApplication::translate("Cli", "Backup %1 (%2) of %3 is available: read %4, stored %5.")
                      .arg(r->id, backupKindText(r->kind), r->volumeName, Output::size(r->readBytes),
                           Output::size(r->storedBytes))
               << Qt::endl;
        if (!r->warning.isEmpty())
            io.out << QCoreApplication::translate("Cli", "Warning: %1").arg(r->warningText()) << Qt::endl;
    }
    return 0;
}

QStringList backupRow(const Backup &b)
{
    return {b.id,
            b.name,
            b.volumeName,
            b.project,
            backupKindText(b.kind),
            b.protectedBackup
                ? QCoreApplication::translate("Cli", "%1 (protected)").arg(backupStatusText(b.status))
                : backupStatusText(b.status),
            Output::size(b.size),
            Output::size(b.storedBytes),
            Output::time(b.createdAt),
            b.tags.join(u',')};
}

QStringList backupHeader()
{
    return {QCoreApplication::translate("Cli", "ID"),      QCoreApplication::translate("Cli", "NAME"),
            QCoreApplication::translate("Cli", "VOLUME"),  QCoreApplication::translate("Cli", "PROJECT"),
            QCoreApplication::translate("Cli", "TYPE"),    QCoreApplication::translate("Cli", "STATUS"),
            QCoreApplication::translate("Cli", "SIZE"),    QCoreApplication::translate("Cli", "STORED"),
            QCoreApplication::translate("Cli", "CREATED"), QCoreApplication::translate("Cli", "TAGS")};
}

int backupList(Invocation &call)
{
    Output &io = call.io;
    BackupQuery f;
    if (auto v = call.value(QStringLiteral("volume"))) {
        auto vol = call.engine->resolveVolume(*v);
        if (!vol)
            return io.failed(vol.failure());
        f.volumeId = vol->id;
    }
    f.project = call.valueOr(QStringLiteral("project"));
    f.status = call.valueOr(QStringLiteral("status"));
    // Streamed: memory stays flat at any catalog size. The text table reads
    // the backups twice, once for the column widths.
    const auto tag = call.value(QStringLiteral("tag"));
    const auto each = [&](const std::function<void(const Backup &)> &use) {
        return call.engine->forEachBackup(f, [&](const Backup &b) {
            if (!tag || b.tags.contains(*tag))
                use(b);
            return true;
        });
    };
    if (io.json) {
        bool first = true;
        auto r = each([&](const Backup &b) {
            io.jsonArrayItem(b.shownJson(), first);
            first = false;
        });
        if (!r)
            return io.failed(r.failure());
        io.jsonArrayEnd(first);
        return 0;
    }
    QList<qsizetype> widths;
    Output::widen(widths, backupHeader());
    if (auto r = each([&](const Backup &b) { Output::widen(widths, backupRow(b)); }); !r)
        return io.failed(r.failure());
    io.tableLine(widths, backupHeader());
    auto r = each([&](const Backup &b) { io.tableLine(widths, backupRow(b)); });
    io.out.flush();
    if (!r)
        return io.failed(r.failure());
    return 0;
}

// Where the backup is stored: the engine's repository (implied while the
// backup holds data), then each verified copy.
QJsonArray locationsJson(const Backup &b, const QString &repository)
{
    QJsonArray out;
    if (b.status == BackupStatus::Available || b.status == BackupStatus::Damaged)
        out.append(QJsonObject{{QStringLiteral("location"), repository},
                               {QStringLiteral("primary"), true},
                               {QStringLiteral("verified_at"), b.verifiedAt.toString(Qt::ISODateWithMs)}});
    for (const BackupLocation &l : b.copies)
        out.append(QJsonObject{{QStringLiteral("location"), l.location},
                               {QStringLiteral("primary"), false},
                               {QStringLiteral("verified_at"), l.verifiedAt.toString(Qt::ISODateWithMs)}});
    return out;
}

QString locationsText(const Backup &b)
{
    QStringList lines;
    for (const BackupLocation &l : b.copies)
        lines << QCoreApplication::translate("Cli", "%1 (verified %2)")
                     .arg(l.location, Output::time(l.verifiedAt));
    return lines.join(u'\n');
}

int showBackup(Output &io, const Backup &b, const QString &repository)
{
    if (io.json) {
        QJsonObject o = b.shownJson();
        o.insert(QStringLiteral("locations"), locationsJson(b, repository));
        io.printJson(o);
        return 0;
    }
    QList<QStringList> rows = {
        {QCoreApplication::translate("Cli", "id"), b.id},
        {QCoreApplication::translate("Cli", "name"), b.name},
        {QCoreApplication::translate("Cli", "description"), b.description},
        {QCoreApplication::translate("Cli", "volume"), b.volumeId},
        {QCoreApplication::translate("Cli", "project"), b.project},
        {QCoreApplication::translate("Cli", "type"), backupKindText(b.kind)},
        {QCoreApplication::translate("Cli", "parent"), b.parentId},
        {QCoreApplication::translate("Cli", "status"), backupStatusText(b.status)},
        {QCoreApplication::translate("Cli", "size"), Output::size(b.size)},
        {QCoreApplication::translate("Cli", "read"), Output::size(b.readBytes)},
        {QCoreApplication::translate("Cli", "stored"), Output::size(b.storedBytes)},
        {QCoreApplication::translate("Cli", "created"), Output::time(b.createdAt)},
        {QCoreApplication::translate("Cli", "tags"), b.tags.join(QLatin1String(", "))},
        {QCoreApplication::translate("Cli", "forced"),
         b.forced ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no")}};
    if (b.protectedBackup)
        rows << QStringList{
            QCoreApplication::translate("Cli", "protected"),
            QCoreApplication::translate("Cli", "yes: nobody can delete it until it is unprotected")};
    if (b.heldUntil.isValid() && b.heldUntil > QDateTime::currentDateTimeUtc())
        rows << QStringList{QCoreApplication::translate("Cli", "kept until"),
                            QCoreApplication::translate("Cli", "%1 (minimum age of policy %2)")
                                .arg(Output::time(b.heldUntil), b.heldBy)};
    if (!b.warning.isEmpty())
        rows << QStringList{QCoreApplication::translate("Cli", "warning"), b.warningText()};
    if (!b.error.isEmpty())
        rows << QStringList{QCoreApplication::translate("Cli", "error"), b.errorText()};
    rows << QStringList{QCoreApplication::translate("Cli", "verified"),
                        b.verifiedAt.isValid()
                            ? QCoreApplication::translate("Cli", "%1 (%2)")
                                  .arg(Output::time(b.verifiedAt), verifyResultText(b.verifyResult))
                            : verifyResultText(QString())};
    if (!b.copies.isEmpty())
        rows << QStringList{QCoreApplication::translate("Cli", "copies"), locationsText(b)};
    io.fieldTable(rows);
    return 0;
}

int backupShow(Invocation &call)
{
    auto b = call.engine->backup(call.argument(0));
    if (!b)
        return call.io.failed(b.failure());
    return showBackup(call.io, *b, call.engine->info().repositoryPath);
}

int backupChain(Invocation &call)
{
    Output &io = call.io;
    auto v = call.engine->resolveVolume(call.argument(0));
    if (!v)
        return io.failed(v.failure());
    auto list = call.engine->backups(v->id);
    if (!list)
        return io.failed(list.failure());
    if (io.json) {
        QJsonArray arr;
        for (const Backup &b : std::as_const(*list))
            arr.append(b.shownJson());
        io.printJson(QJsonObject{{QStringLiteral("volume"), v->toJson()}, {QStringLiteral("backups"), arr}});
        return 0;
    }
    io.out << QCoreApplication::translate("Cli", "Backup chain of %1 (%n backup(s))", nullptr,
                                          int(list->size()))
                  .arg(v->id)
           << '\n';
    QHash<QString, int> depth;
    for (const Backup &b : std::as_const(*list)) {
        const int d = b.parentId.isEmpty() ? 0 : depth.value(b.parentId, 0) + 1;
        depth.insert(b.id, d);
        io.out << QString(2 * d, u' ') << (b.kind == BackupKind::Full ? "● " : "└─○ ") << b.id.left(8) << "  "
               << b.name << "  " << backupKindText(b.kind) << "  " << backupStatusText(b.status) << "  "
               << Output::time(b.createdAt) << "  " << Output::size(b.storedBytes) << '\n';
    }
    io.out.flush();
    return 0;
}

void backupEditCheck(const Invocation &call)
{
    if (!call.has(QStringLiteral("name")) && !call.has(QStringLiteral("description")))
        throw UsageError{QCoreApplication::translate("Cli", "backup edit needs --name or --description.")};
}

int backupEdit(Invocation &call)
{
    auto b = call.engine->editBackup(call.argument(0), call.value(QStringLiteral("name")),
                                     call.value(QStringLiteral("description")));
    if (!b)
        return call.io.failed(b.failure());
    return showBackup(call.io, *b, call.engine->info().repositoryPath);
}

int backupTags(Invocation &call)
{
    Output &io = call.io;
    Result<Backup> b = call.engine->backup(call.argument(0));
    if (b && call.has(QStringLiteral("set"))) {
        const QString set = call.valueOr(QStringLiteral("set"));
        b = call.engine->setTags(b->id, set.isEmpty() ? QStringList() : set.split(u','));
    }
    if (b && (call.has(QStringLiteral("add")) || call.has(QStringLiteral("remove"))))
        b = call.engine->editTags(b->id, call.values(QStringLiteral("add")),
                                  call.values(QStringLiteral("remove")));
    if (!b)
        return io.failed(b.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("id"), b->id},
                                 {QStringLiteral("tags"), QJsonArray::fromStringList(b->tags)}});
    else
        io.out << (b->tags.isEmpty() ? QCoreApplication::translate("Cli", "(no tags)")
                                     : b->tags.join(QLatin1String(", ")))
               << Qt::endl;
    return 0;
}

void backupRestoreCheck(const Invocation &call)
{
    const bool toNew = call.has(QStringLiteral("new-volume"));
    const bool over = call.has(QStringLiteral("to"));
    if (toNew == over)
        throw UsageError{QCoreApplication::translate(
            "Cli", "backup restore needs either --new-volume NAME or --to VOLUME --yes.")};
    if (toNew && call.valueOr(QStringLiteral("new-volume")).isEmpty())
        throw InputError{QCoreApplication::translate("Cli", "The volume name must not be empty.")};
    if (over && !call.has(QStringLiteral("yes")))
        throw InputError{QCoreApplication::translate(
                             "Cli", "Restoring over %1 overwrites all its data. Add --yes to confirm.")
                             .arg(call.valueOr(QStringLiteral("to")))};
}

int backupRestore(Invocation &call)
{
    Output &io = call.io;
    RestoreParams p;
    p.backupId = call.argument(0);
    QList<ByteRange> zeroed;
    p.allowDamaged = call.has(QStringLiteral("allow-damaged"));
    p.zeroed = &zeroed;
    p.newVolumeName = call.valueOr(QStringLiteral("new-volume"));
    p.targetVolume = call.valueOr(QStringLiteral("to"));
    if (auto from = call.value(QStringLiteral("from"))) {
        auto ref = otherRepository(call, *from, OtherSide::From);
        if (!ref)
            return io.failed(ref.failure());
        p.from = *ref;
    }
    auto v = io.withProgress<Volume>(QCoreApplication::translate("Cli", "Restore"),
                                     [&](JobControl &c) { return call.engine->restore(p, c); });
    if (!v)
        return io.failed(v.failure());
    if (io.json) {
        QJsonObject o = v->toJson();
        QJsonArray ranges;
        for (const ByteRange &r : std::as_const(zeroed))
            ranges.append(
                QJsonObject{{QStringLiteral("offset"), r.offset}, {QStringLiteral("length"), r.length}});
        o.insert(QStringLiteral("zeroed_ranges"), ranges);
        io.printJson(o);
    } else {
        io.out << QCoreApplication::translate("Cli", "Restored to volume %1.").arg(v->id) << Qt::endl;
    }
    if (!zeroed.isEmpty())
        io.err << QCoreApplication::translate("Cli", "Damaged data was written as zeros at %1.")
                      .arg(describeRanges(zeroed))
               << Qt::endl;
    return 0;
}

int backupDelete(Invocation &call)
{
    Output &io = call.io;
    const QStringList ids = call.arguments();
    if (call.has(QStringLiteral("dry-run"))) {
        auto plan = call.engine->deletionPlan(ids);
        if (!plan)
            return io.failed(plan.failure());
        if (io.json)
            io.printJson(QJsonObject{{QStringLiteral("order"), QJsonArray::fromStringList(*plan)}});
        else
            io.out << QCoreApplication::translate("Cli", "Would delete, in this order: %1")
                          .arg(plan->join(QLatin1String(", ")))
                   << Qt::endl;
        return 0;
    }
    auto r = io.withProgress<QStringList>(QCoreApplication::translate("Cli", "Delete"),
                                          [&](JobControl &c) { return call.engine->deleteBackups(ids, c); });
    if (!r)
        return io.failed(r.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("deleted"), QJsonArray::fromStringList(*r)}});
    else
        for (const QString &id : std::as_const(*r))
            io.out << QCoreApplication::translate("Cli", "Deleted backup %1.").arg(id) << '\n';
    io.out.flush();
    return 0;
}

int backupVerify(Invocation &call)
{
    Output &io = call.io;
    const QString id = call.argument(0);
    auto r = io.withProgress<VerifyStats>(QCoreApplication::translate("Cli", "Verify"),
                                          [&](JobControl &c) { return call.engine->verifyBackup(id, c); });
    if (!r)
        return io.failed(r.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                 {QStringLiteral("chunks"), r->chunksChecked},
                                 {QStringLiteral("bytes"), r->bytesChecked}});
    else
        io.out << QCoreApplication::translate("Cli", "The backup is intact: %n chunk(s), %1 checked.",
                                              nullptr, int(r->chunksChecked))
                      .arg(Output::size(r->bytesChecked))
               << Qt::endl;
    return 0;
}

Option nameOption(const char *help)
{
    return {.name = QStringLiteral("name"), .valueName = "NAME", .help = help};
}

Option descriptionOption()
{
    return {.name = QStringLiteral("description"),
            .valueName = "TEXT",
            .help = QT_TRANSLATE_NOOP("Cli", "the description")};
}

Option flag(const char *name, const char *help)
{
    return {.name = QString::fromLatin1(name), .help = help};
}

} // namespace

void addBackupCommands(QList<Command> &table)
{
    const QString backup = QStringLiteral("backup");
    table << Command{
        .group = backup,
        .word = QStringLiteral("create"),
        .synopsis = QStringLiteral("VOLUME [--incremental] [--force] [--name NAME] [--description TEXT]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "Back up a volume, in full or incrementally."),
        .arguments = {volumeArgument},
        .options = {flag("incremental",
                         QT_TRANSLATE_NOOP("Cli", "store only what changed since the last backup")),
                    flag("full", QT_TRANSLATE_NOOP("Cli", "a full backup (the default)")),
                    flag("force", QT_TRANSLATE_NOOP("Cli", "back up a volume that is in use")),
                    nameOption(QT_TRANSLATE_NOOP("Cli", "the backup's name (default: VOLUME-TIME)")),
                    descriptionOption()},
        .check = backupCreateCheck,
        .run = backupCreate};
    table << Command{
        .group = backup,
        .word = QStringLiteral("list"),
        .synopsis = QStringLiteral("[--volume VOLUME] [--project PROJECT] [--status STATUS] [--tag TAG]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "List backups."),
        .options = {{.name = QStringLiteral("volume"),
                     .valueName = "VOLUME",
                     .help = QT_TRANSLATE_NOOP("Cli", "only the backups of this volume"),
                     .nonEmpty = true,
                     .complete = Complete::Volume},
                    projectOption(QT_TRANSLATE_NOOP("Cli", "only the backups of this project")),
                    {.name = QStringLiteral("status"),
                     .valueName = "STATUS",
                     .help = QT_TRANSLATE_NOOP("Cli", "only the backups with this status"),
                     .choices = statusKeys(),
                     .complete = Complete::Choices},
                    {.name = QStringLiteral("tag"),
                     .valueName = "TAG",
                     .help = QT_TRANSLATE_NOOP("Cli", "only the backups with this tag"),
                     .nonEmpty = true}},
        .run = backupList};
    table << Command{.group = backup,
                     .word = QStringLiteral("show"),
                     .synopsis = QStringLiteral("ID"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Show one backup."),
                     .arguments = {backupArgument},
                     .run = backupShow};
    table << Command{.group = backup,
                     .word = QStringLiteral("chain"),
                     .synopsis = QStringLiteral("VOLUME"),
                     .summary =
                         QT_TRANSLATE_NOOP("Cli", "Show a volume's chain of full and incremental backups."),
                     .arguments = {volumeArgument},
                     .run = backupChain};
    table << Command{.group = backup,
                     .word = QStringLiteral("edit"),
                     .synopsis = QStringLiteral("ID [--name NAME] [--description TEXT]"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Change a backup's name or description."),
                     .arguments = {backupArgument},
                     .options = {nameOption(QT_TRANSLATE_NOOP("Cli", "the new name")), descriptionOption()},
                     .check = backupEditCheck,
                     .run = backupEdit};
    table << Command{.group = backup,
                     .word = QStringLiteral("tags"),
                     .synopsis = QStringLiteral("ID [--add TAG]... [--remove TAG]... [--set TAG,TAG]"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Show or change a backup's tags."),
                     .arguments = {backupArgument},
                     .options = {{.name = QStringLiteral("add"),
                                  .valueName = "TAG",
                                  .help = QT_TRANSLATE_NOOP("Cli", "add a tag"),
                                  .repeatable = true},
                                 {.name = QStringLiteral("remove"),
                                  .valueName = "TAG",
                                  .help = QT_TRANSLATE_NOOP("Cli", "remove a tag"),
                                  .repeatable = true},
                                 {.name = QStringLiteral("set"),
                                  .valueName = "TAG,TAG",
                                  .help = QT_TRANSLATE_NOOP("Cli", "replace every tag (empty: none)")}},
                     .run = backupTags};
    table << Command{
        .group = backup,
        .word = QStringLiteral("restore"),
        .synopsis =
            QStringLiteral("ID (--new-volume NAME | --to VOLUME --yes) [--allow-damaged] [--from LOCATION]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "Restore a backup to a new volume or over an existing one."),
        .arguments = {backupArgument},
        .options =
            QList<Option>{
                {.name = QStringLiteral("new-volume"),
                 .valueName = "NAME",
                 .help = QT_TRANSLATE_NOOP("Cli", "restore to a new volume of this name")},
                {.name = QStringLiteral("to"),
                 .valueName = "VOLUME",
                 .help = QT_TRANSLATE_NOOP("Cli", "restore over this volume, overwriting all its data"),
                 .nonEmpty = true,
                 .complete = Complete::Volume},
                flag("yes", QT_TRANSLATE_NOOP("Cli", "confirm overwriting the --to volume")),
                flag("allow-damaged",
                     QT_TRANSLATE_NOOP("Cli", "restore what is intact and write zeros for damaged data")),
                {.name = QStringLiteral("from"),
                 .valueName = "LOCATION",
                 .help = QT_TRANSLATE_NOOP("Cli", "read the backup from this copy (repo sync) instead of "
                                                  "the repository"),
                 .nonEmpty = true,
                 .complete = Complete::Directory}} +
            otherRepositoryOptions(OtherSide::From),
        .check = backupRestoreCheck,
        .run = backupRestore};
    table << Command{
        .group = backup,
        .word = QStringLiteral("delete"),
        .synopsis = QStringLiteral("ID... [--dry-run]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "Delete backups, incrementals before their parents."),
        .arguments = {{.name = "ID",
                       .what = QT_TRANSLATE_NOOP("Cli", "the backup id"),
                       .count = Argument::OneOrMore,
                       .complete = Complete::Backup}},
        .options = {flag("dry-run", QT_TRANSLATE_NOOP("Cli", "only show the order of deletion")),
                    flag("yes", QT_TRANSLATE_NOOP("Cli", "do not ask (the command never asks)"))},
        .run = backupDelete};
    table << Command{.group = backup,
                     .word = QStringLiteral("verify"),
                     .synopsis = QStringLiteral("ID"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Read every chunk of a backup and check it."),
                     .arguments = {backupArgument},
                     .run = backupVerify};
}

} // namespace cb::cli
