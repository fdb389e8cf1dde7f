#include "model/Types.h"

#include "util/Message.h"

#include "util/Validate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace cb {

QString volumeStatusKey(VolumeStatus s)
{
    switch (s) {
    case VolumeStatus::Available:
        return QStringLiteral("available");
    case VolumeStatus::InUse:
        return QStringLiteral("in-use");
    case VolumeStatus::Restoring:
        return QStringLiteral("restoring");
    case VolumeStatus::Error:
        return QStringLiteral("error");
    case VolumeStatus::Missing:
        return QStringLiteral("deleted");
    case VolumeStatus::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

QString volumeStatusText(VolumeStatus s)
{
    switch (s) {
    case VolumeStatus::Available:
        return QCoreApplication::translate("Volume", "Available");
    case VolumeStatus::InUse:
        return QCoreApplication::translate("Volume", "In use");
    case VolumeStatus::Restoring:
        return QCoreApplication::translate("Volume", "Restoring");
    case VolumeStatus::Error:
        return QCoreApplication::translate("Volume", "Error");
    case VolumeStatus::Missing:
        return QCoreApplication::translate("Volume", "Deleted");
    case VolumeStatus::Unreachable:
        return QCoreApplication::translate("Volume", "Unreachable");
    }
    return {};
}

VolumeStatus volumeStatusFromKey(const QString &key)
{
    for (auto s : {VolumeStatus::Available, VolumeStatus::InUse, VolumeStatus::Restoring, VolumeStatus::Error,
                   VolumeStatus::Missing, VolumeStatus::Unreachable}) {
        if (volumeStatusKey(s) == key)
            return s;
    }
    return VolumeStatus::Error;
}

QJsonObject Volume::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},           {QStringLiteral("name"), name},
                  {QStringLiteral("project"), project}, {QStringLiteral("type"), type},
                  {QStringLiteral("size"), size},       {QStringLiteral("status"), volumeStatusKey(status)},
                  {QStringLiteral("device"), device}};
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), Message::display(reason));
    return o;
}

QString backupKindKey(BackupKind k)
{
    return k == BackupKind::Full ? QStringLiteral("full") : QStringLiteral("incremental");
}

QString backupKindText(BackupKind k)
{
    return k == BackupKind::Full ? QCoreApplication::translate("Backup", "Full")
                                 : QCoreApplication::translate("Backup", "Incremental");
}

BackupKind backupKindFromKey(const QString &key)
{
    return key == QLatin1String("incremental") ? BackupKind::Incremental : BackupKind::Full;
}

QString backupStatusKey(BackupStatus s)
{
    switch (s) {
    case BackupStatus::Creating:
        return QStringLiteral("creating");
    case BackupStatus::Available:
        return QStringLiteral("available");
    case BackupStatus::Error:
        return QStringLiteral("error");
    case BackupStatus::Deleting:
        return QStringLiteral("deleting");
    case BackupStatus::Restoring:
        return QStringLiteral("restoring");
    case BackupStatus::Damaged:
        return QStringLiteral("damaged");
    }
    return {};
}

QString backupStatusText(BackupStatus s)
{
    switch (s) {
    case BackupStatus::Creating:
        return QCoreApplication::translate("Backup", "Creating");
    case BackupStatus::Available:
        return QCoreApplication::translate("Backup", "Available");
    case BackupStatus::Error:
        return QCoreApplication::translate("Backup", "Error");
    case BackupStatus::Deleting:
        return QCoreApplication::translate("Backup", "Deleting");
    case BackupStatus::Restoring:
        return QCoreApplication::translate("Backup", "Restoring");
    case BackupStatus::Damaged:
        return QCoreApplication::translate("Backup", "Damaged");
    }
    return {};
}

BackupStatus backupStatusFromKey(const QString &key)
{
    for (auto s : {BackupStatus::Creating, BackupStatus::Available, BackupStatus::Error,
                   BackupStatus::Deleting, BackupStatus::Restoring, BackupStatus::Damaged}) {
        if (backupStatusKey(s) == key)
            return s;
    }
    return BackupStatus::Error;
}

QString describeRanges(const QList<ByteRange> &ranges)
{
    QStringList parts;
    for (const ByteRange &r : ranges)
        parts << QStringLiteral("%1–%2").arg(validate::formatSize(r.offset),
                                             validate::formatSize(r.offset + r.length));
    return parts.join(QStringLiteral(", "));
}

bool isSettled(BackupStatus s)
{
    return s == BackupStatus::Available || s == BackupStatus::Error || s == BackupStatus::Damaged;
}

static QString isoOrEmpty(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonObject Backup::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("name"), name},
                  {QStringLiteral("description"), description},
                  {QStringLiteral("volume"), volumeId},
                  {QStringLiteral("volume_name"), volumeName},
                  {QStringLiteral("project"), project},
                  {QStringLiteral("volume_type"), volumeType},
                  {QStringLiteral("kind"), backupKindKey(kind)},
                  {QStringLiteral("parent"), parentId.isEmpty() ? QJsonValue() : QJsonValue(parentId)},
                  {QStringLiteral("status"), backupStatusKey(status)},
                  {QStringLiteral("size"), size},
                  {QStringLiteral("read_bytes"), readBytes},
                  {QStringLiteral("stored_bytes"), storedBytes},
                  {QStringLiteral("created_at"), isoOrEmpty(createdAt)},
                  {QStringLiteral("completed_at"),
                   completedAt.isValid() ? QJsonValue(isoOrEmpty(completedAt)) : QJsonValue()},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
                  {QStringLiteral("forced"), forced},
                  {QStringLiteral("protected"), protectedBackup}};
    if (!warning.isEmpty())
        o.insert(QStringLiteral("warning"), warning);
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString Backup::warningText() const
{
    return Message::display(warning);
}

QString Backup::errorText() const
{
    return Message::display(error);
}

QJsonObject Backup::shownJson() const
{
    QJsonObject o = toJson();
    for (const auto &[key, stored] :
         {std::pair{QStringLiteral("warning"), warning}, {QStringLiteral("error"), error}}) {
        if (stored.isEmpty())
            continue;
        const Message m = Message::decode(stored);
        o.insert(key, m.text());
        if (!m.code().isEmpty())
            o.insert(key + QStringLiteral("_code"), m.code());
    }
    if (verifiedAt.isValid()) {
        o.insert(QStringLiteral("verified_at"), verifiedAt.toString(Qt::ISODateWithMs));
        o.insert(QStringLiteral("verify_result"), verifyResult);
    }
    return o;
}

QString JobRecord::errorText() const
{
    return Message::display(error);
}

QString verifyResultText(const QString &key)
{
    if (key == QLatin1String("ok"))
        return QCoreApplication::translate("Job", "Intact");
    if (key == QLatin1String("damaged"))
        return QCoreApplication::translate("Job", "Damaged");
    return QCoreApplication::translate("Job", "Not verified");
}

QString jobLogLevelKey(JobLogLevel l)
{
    switch (l) {
    case JobLogLevel::Info:
        return QStringLiteral("info");
    case JobLogLevel::Warning:
        return QStringLiteral("warning");
    case JobLogLevel::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString jobLogLevelText(JobLogLevel l)
{
    switch (l) {
    case JobLogLevel::Info:
        return QCoreApplication::translate("Job", "Info");
    case JobLogLevel::Warning:
        return QCoreApplication::translate("Job", "Warning");
    case JobLogLevel::Error:
        return QCoreApplication::translate("Job", "Error");
    }
    return {};
}

JobLogLevel jobLogLevelFromKey(const QString &key)
{
    if (key == QLatin1String("warning"))
        return JobLogLevel::Warning;
    if (key == QLatin1String("error"))
        return JobLogLevel::Error;
    return JobLogLevel::Info;
}

QString JobLogEntry::text() const
{
    return Message::display(message);
}

Backup Backup::fromJson(const QJsonObject &o)
{
    Backup b;
    b.id = o.value(QStringLiteral("id")).toString();
    b.name = o.value(QStringLiteral("name")).toString();
    b.description = o.value(QStringLiteral("description")).toString();
    b.volumeId = o.value(QStringLiteral("volume")).toString();
    b.volumeName = o.value(QStringLiteral("volume_name")).toString();
    b.project = o.value(QStringLiteral("project")).toString();
    b.volumeType = o.value(QStringLiteral("volume_type")).toString();
    b.kind = backupKindFromKey(o.value(QStringLiteral("kind")).toString());
    b.parentId = o.value(QStringLiteral("parent")).toString();
    b.status = backupStatusFromKey(o.value(QStringLiteral("status")).toString());
    b.size = o.value(QStringLiteral("size")).toInteger();
    b.readBytes = o.value(QStringLiteral("read_bytes")).toInteger();
    b.storedBytes = o.value(QStringLiteral("stored_bytes")).toInteger();
    b.createdAt = QDateTime::fromString(o.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
    b.completedAt =
        QDateTime::fromString(o.value(QStringLiteral("completed_at")).toString(), Qt::ISODateWithMs);
    const auto tags = o.value(QStringLiteral("tags")).toArray();
    for (const auto &t : tags)
        b.tags << t.toString();
    b.forced = o.value(QStringLiteral("forced")).toBool();
    b.protectedBackup = o.value(QStringLiteral("protected")).toBool();
    b.warning = o.value(QStringLiteral("warning")).toString();
    b.error = o.value(QStringLiteral("error")).toString();
    return b;
}

QString jobKindKey(JobKind k)
{
    switch (k) {
    case JobKind::Backup:
        return QStringLiteral("backup");
    case JobKind::Restore:
        return QStringLiteral("restore");
    case JobKind::Verify:
        return QStringLiteral("verify");
    case JobKind::Delete:
        return QStringLiteral("delete");
    case JobKind::Gc:
        return QStringLiteral("gc");
    case JobKind::Sync:
        return QStringLiteral("sync");
    }
    return {};
}

QString jobKindText(JobKind k)
{
    switch (k) {
    case JobKind::Backup:
        return QCoreApplication::translate("Job", "Backup");
    case JobKind::Restore:
        return QCoreApplication::translate("Job", "Restore");
    case JobKind::Verify:
        return QCoreApplication::translate("Job", "Verify");
    case JobKind::Delete:
        return QCoreApplication::translate("Job", "Delete");
    case JobKind::Gc:
        return QCoreApplication::translate("Job", "Garbage collection");
    case JobKind::Sync:
        return QCoreApplication::translate("Job", "Off-site copy");
    }
    return {};
}

QString jobStatusKey(JobStatus s)
{
    switch (s) {
    case JobStatus::Running:
        return QStringLiteral("running");
    case JobStatus::Done:
        return QStringLiteral("done");
    case JobStatus::Error:
        return QStringLiteral("error");
    case JobStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString jobStatusText(JobStatus s)
{
    switch (s) {
    case JobStatus::Running:
        return QCoreApplication::translate("Job", "Running");
    case JobStatus::Done:
        return QCoreApplication::translate("Job", "Done");
    case JobStatus::Error:
        return QCoreApplication::translate("Job", "Failed");
    case JobStatus::Cancelled:
        return QCoreApplication::translate("Job", "Cancelled");
    }
    return {};
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace cb
