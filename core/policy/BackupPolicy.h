#pragma once

#include "policy/Retention.h"
#include "util/Result.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace cb {

struct Volume;

// "Back up these volumes on this schedule, keep this much": one row of the
// catalog's backup_policies table, its definition stored as JSON.
struct BackupPolicy
{
    // What a run does: back up the covered volumes (then prune), verify the
    // whole repository, or collect its garbage.
    enum class Kind
    {
        Backup,
        Verify,
        Gc
    };
    static QString kindKey(Kind k); // "backup", "verify", "gc"
    static std::optional<Kind> kindFromKey(const QString &key);

    QString name;
    Kind kind = Kind::Backup;
    // Which volumes, evaluated at each run so new volumes are picked up:
    // exactly one of a list of ids, a project, or a glob over names and ids.
    QStringList volumes;
    QString project;
    QString match;
    QString schedule; // systemd calendar event (CalendarSpec)
    // A full backup every N backups of a volume (1: always full); 0: incremental
    // after the first full. fullEveryDays: also a full once the chain's full is
    // that many days old.
    int fullEvery = 0;
    int fullEveryDays = 0;
    bool force = false; // back up volumes in use
    int retries = 0;    // a volume whose backup failed is tried again this many times in the run
    RetentionRules retention;
    QString mailTo; // who gets a mail when a scheduled run fails; empty: nobody
    QDateTime createdAt;
    QDateTime updatedAt;

    // The project the policy belongs to for permissions: its project, or the
    // one project of its listed volumes; empty when it spans projects.
    QString owningProject(const QList<Volume> &known) const;
    bool covers(const Volume &volume) const;
    // The same test, prepared once for asking about many volumes.
    std::function<bool(const Volume &)> coverage() const;
    // Checks names, the schedule, counts and that one kind of target is given.
    Result<void> validate() const;

    QJsonObject toJson() const; // as stored and as `policy show --json` prints it
    static BackupPolicy fromJson(const QJsonObject &o);
};

// "30d", "12h", "2w", "1d12h", "90m", "45s", plain seconds. -1 when not a duration.
qint64 parseDuration(const QString &text);
QString formatDuration(qint64 seconds);

} // namespace cb
