// volume list | show | create | delete | attach
#include "cli/Command.h"

#include "engine/Engine.h"
#include "util/Validate.h"
#include "volumes/FileBackend.h"
#include "volumes/VolumeBackend.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <csignal>
#include <unistd.h>

namespace cb::cli {

namespace {

const Argument volumeArgument{
    .name = "VOLUME", .what = QT_TRANSLATE_NOOP("Cli", "the volume"), .complete = Complete::Volume};

int volumeList(Invocation &call)
{
    Output &io = call.io;
    auto list = call.engine->volumes();
    if (!list)
        return io.failed(list.failure());
    auto backups = call.engine->backups();
    if (!backups)
        return io.failed(backups.failure());
    QHash<QString, int> counts;
    for (const Backup &b : std::as_const(*backups))
        counts[b.volumeId]++;
    const QString project = call.valueOr(QStringLiteral("project"));
    QJsonArray json;
    QList<QStringList> rows;
    QStringList reasons; // why volumes are unreachable, each once
    for (const Volume &v : std::as_const(*list)) {
        if (!project.isEmpty() && v.project != project)
            continue;
        if (isGone(v.status) && counts.value(v.id) == 0)
            continue; // deleted and nothing left to restore
        if (v.status == VolumeStatus::Unreachable && !v.reason.isEmpty() &&
            !reasons.contains(Message::display(v.reason)))
            reasons << Message::display(v.reason);
        QJsonObject o = v.toJson();
        o.insert(QStringLiteral("backups"), counts.value(v.id));
        json.append(o);
        rows << QStringList{v.id,
                            v.name,
                            v.project,
                            v.type,
                            Output::size(v.size),
                            volumeStatusText(v.status),
                            QString::number(counts.value(v.id))};
    }
    if (io.json)
        io.printJson(json);
    else
        io.table({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "NAME"),
                  QCoreApplication::translate("Cli", "PROJECT"), QCoreApplication::translate("Cli", "TYPE"),
                  QCoreApplication::translate("Cli", "SIZE"), QCoreApplication::translate("Cli", "STATUS"),
                  QCoreApplication::translate("Cli", "BACKUPS")},
                 rows);
    if (!io.json) {
        for (const QString &why : std::as_const(reasons))
            io.err << QCoreApplication::translate("Cli", "Unreachable: %1").arg(why) << Qt::endl;
    }
    return 0;
}

int volumeShow(Invocation &call)
{
    Output &io = call.io;
    auto v = call.engine->resolveVolume(call.argument(0));
    if (!v)
        return io.failed(v.failure());
    if (io.json) {
        io.printJson(v->toJson());
    } else {
        QList<QStringList> fields{{QCoreApplication::translate("Cli", "id"), v->id},
                                  {QCoreApplication::translate("Cli", "name"), v->name},
                                  {QCoreApplication::translate("Cli", "project"), v->project},
                                  {QCoreApplication::translate("Cli", "type"), v->type},
                                  {QCoreApplication::translate("Cli", "size"), Output::size(v->size)},
                                  {QCoreApplication::translate("Cli", "status"), volumeStatusText(v->status)},
                                  {QCoreApplication::translate("Cli", "device"), v->device}};
        if (!v->reason.isEmpty())
            fields.append({QCoreApplication::translate("Cli", "reason"), Message::display(v->reason)});
        io.fieldTable(fields);
    }
    return 0;
}

void volumeCreateCheck(const Invocation &call)
{
    const auto sizeText = call.value(QStringLiteral("size"));
    if (!sizeText)
        throw UsageError{
            QCoreApplication::translate("Cli", "volume create needs --size (for example --size 10G).")};
    if (auto bytes = validate::parseSize(*sizeText); !bytes)
        throw InputError{bytes.error()};
    if (auto r = validate::volumeName(call.argument(0)); !r)
        throw InputError{r.error()};
}

int volumeCreate(Invocation &call)
{
    Output &io = call.io;
    CreateVolumeParams p;
    p.name = call.argument(0);
    p.size = *validate::parseSize(call.valueOr(QStringLiteral("size")));
    p.project = call.valueOr(QStringLiteral("project"));
    p.type = call.valueOr(QStringLiteral("type"));
    auto v = call.engine->createVolume(p);
    if (!v)
        return io.failed(v.failure());
    if (io.json)
        io.printJson(v->toJson());
    else
        io.out
            << QCoreApplication::translate("Cli", "Created volume %1 (%2).").arg(v->id, Output::size(v->size))
            << Qt::endl;
    return 0;
}

int volumeDelete(Invocation &call)
{
    Output &io = call.io;
    const QString id = call.argument(0);
    if (auto r = call.engine->deleteVolume(id); !r)
        return io.failed(r.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("deleted"), id}});
    else
        io.out << QCoreApplication::translate("Cli", "Deleted volume %1. Its backups are kept.").arg(id)
               << Qt::endl;
    return 0;
}

int volumeAttach(Invocation &call)
{
    Output &io = call.io;
    auto v = call.engine->resolveVolume(call.argument(0));
    if (!v)
        return io.failed(v.failure());
    if (!v->id.startsWith(QLatin1String("file:")))
        return io.failed(
            QCoreApplication::translate("Cli", "Only file volumes can be attached from the command line."));
    auto fd = FileBackend::attach(v->device);
    if (!fd)
        return io.failed(fd.failure());
    io.out
        << QCoreApplication::translate("Cli", "Volume %1 is now in use. Press Ctrl-C to detach.").arg(v->id)
        << Qt::endl;
    std::signal(SIGINT, [](int) {});
    std::signal(SIGTERM, [](int) {});
    ::pause();
    ::close(*fd);
    return 0;
}

} // namespace

Option projectOption(const char *help)
{
    return {.name = QStringLiteral("project"),
            .valueName = "PROJECT",
            .help = help,
            .nonEmpty = true,
            .complete = Complete::Project};
}

void addVolumeCommands(QList<Command> &table)
{
    const QString volume = QStringLiteral("volume");
    table << Command{.group = volume,
                     .word = QStringLiteral("list"),
                     .synopsis = QStringLiteral("[--project PROJECT]"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "List volumes and how many backups each has."),
                     .options = {projectOption(QT_TRANSLATE_NOOP("Cli", "only the volumes of this project"))},
                     .run = volumeList};
    table << Command{.group = volume,
                     .word = QStringLiteral("show"),
                     .synopsis = QStringLiteral("VOLUME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Show one volume."),
                     .arguments = {volumeArgument},
                     .run = volumeShow};
    table << Command{
        .group = volume,
        .word = QStringLiteral("create"),
        .synopsis = QStringLiteral("NAME --size SIZE [--project PROJECT] [--type TYPE]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "Create a volume (a file volume unless --type names another)."),
        .arguments = {{.name = "NAME", .what = QT_TRANSLATE_NOOP("Cli", "the volume name")}},
        .options = {{.name = QStringLiteral("size"),
                     .valueName = "SIZE",
                     .help = QT_TRANSLATE_NOOP("Cli", "the size, for example 10G"),
                     .nonEmpty = true},
                    projectOption(QT_TRANSLATE_NOOP("Cli", "the project (default: the Default project)")),
                    {.name = QStringLiteral("type"),
                     .valueName = "TYPE",
                     .help = QT_TRANSLATE_NOOP("Cli", "the volume type (default: file)"),
                     .nonEmpty = true}},
        .check = volumeCreateCheck,
        .run = volumeCreate};
    table << Command{.group = volume,
                     .word = QStringLiteral("delete"),
                     .synopsis = QStringLiteral("VOLUME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Delete a volume; its backups are kept."),
                     .arguments = {volumeArgument},
                     .run = volumeDelete};
    table << Command{.group = volume,
                     .word = QStringLiteral("attach"),
                     .synopsis = QStringLiteral("VOLUME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Hold a file volume in use until interrupted."),
                     .arguments = {volumeArgument},
                     .run = volumeAttach};
}

} // namespace cb::cli
