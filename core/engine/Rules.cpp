#include "engine/Rules.h"

#include "util/Validate.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace cb::rules {

static QString label(const Backup &b)
{
    return QStringLiteral("%1 (%2)").arg(b.name, b.id.left(8));
}

Result<void> checkBackupAllowed(const Volume &v, bool force)
{
    switch (v.status) {
    case VolumeStatus::Available:
        return {};
    case VolumeStatus::InUse:
        if (force)
            return {};
        return fail(
            deferTr("Rules",
                    "The volume \"%1\" is in use (attached). Use the force option to back it up anyway; it "
                    "will see brief I/O latency and the backup is crash-consistent.")
                .arg(v.name));
    case VolumeStatus::Restoring:
        return fail(
            deferTr("Rules", "The volume \"%1\" is being restored and cannot be backed up now.").arg(v.name));
    case VolumeStatus::Error:
        return fail(deferTr("Rules",
                            "The volume \"%1\" is in error (an interrupted restore) and cannot be backed up.")
                        .arg(v.name));
    case VolumeStatus::Missing:
        return fail(deferTr("Rules", "The volume \"%1\" no longer exists.").arg(v.name));
    case VolumeStatus::Unreachable:
        return fail(deferTr("Rules", "The volume \"%1\" cannot be reached from here (its storage is not "
                                     "connected).")
                        .arg(v.name));
    }
    return {};
}

Result<QString> chooseParent(const QList<Backup> &backups, bool incremental)
{
    if (!incremental)
        return QString();
    const Backup *newest = nullptr;
    for (const Backup &b : backups) {
        // A damaged backup stays in the chain: the incremental that builds on
        // it reads the whole volume and heals what it can.
        if (b.status != BackupStatus::Available && b.status != BackupStatus::Damaged)
            continue;
        if (!newest || b.createdAt > newest->createdAt ||
            (b.createdAt == newest->createdAt && b.id > newest->id))
            newest = &b;
    }
    if (!newest)
        return fail(deferTr(
            "Rules",
            "The volume has no available backup yet, so the backup must be full. An incremental backup "
            "needs a previous backup to build on."));
    return newest->id;
}

Result<void> checkRestoreTarget(const Backup &backup, const Volume &target)
{
    if (backup.status != BackupStatus::Available && backup.status != BackupStatus::Damaged)
        return fail(deferTr("Rules", "The backup \"%1\" is not available (status: %2).")
                        .arg(backup.name, backupStatusText(backup.status)));
    // A volume left in error by an interrupted restore is not in use: restoring
    // it again is how it is repaired.
    if (target.status != VolumeStatus::Available && target.status != VolumeStatus::Error)
        return fail(
            deferTr("Rules", "The volume \"%1\" is %2; only an available volume can be restored over.")
                .arg(target.name, volumeStatusText(target.status).toLower()));
    if (target.size < backup.size)
        return fail(
            deferTr("Rules", "The volume \"%1\" (%2) is smaller than the backup (%3).")
                .arg(target.name, validate::formatSize(target.size), validate::formatSize(backup.size)));
    return {};
}

QList<Backup> children(const QString &id, const QList<Backup> &all)
{
    QList<Backup> out;
    for (const Backup &b : all) {
        // A failed backup holds no data, so it depends on nothing.
        if (b.parentId == id && b.status != BackupStatus::Error)
            out << b;
    }
    return out;
}

Result<QStringList> deletionOrder(const QStringList &selectedIds, const QList<Backup> &all)
{
    QHash<QString, const Backup *> byId;
    for (const Backup &b : all)
        byId.insert(b.id, &b);
    QSet<QString> selected;
    for (const QString &id : selectedIds) {
        const Backup *b = byId.value(id);
        if (!b)
            return fail(deferTr("Rules", "There is no backup with id \"%1\".").arg(id));
        if (b->status == BackupStatus::Creating || b->status == BackupStatus::Restoring ||
            b->status == BackupStatus::Deleting)
            return fail(deferTr("Rules", "The backup %1 is busy (%2); try again when it is done.")
                            .arg(label(*b), backupStatusText(b->status).toLower()));
        selected.insert(id);
    }
    // Every dependant of a selected backup must be selected too.
    QStringList problems;
    for (const QString &id : selectedIds) {
        QStringList blockers;
        const auto kids = children(id, all);
        for (const Backup &c : kids) {
            if (!selected.contains(c.id))
                blockers << label(c);
        }
        if (!blockers.isEmpty())
            problems
                << QCoreApplication::translate(
                       "Rules",
                       "%1 cannot be deleted while these backups depend on it: %2. Delete them first (newest "
                       "first) or select them too.")
                       .arg(label(*byId.value(id)), blockers.join(QLatin1String(", ")));
    }
    if (!problems.isEmpty())
        return fail(problems.join(u'\n'));
    // Leaf first: repeatedly take the selected backups none of whose
    // remaining dependants are still to be deleted; newest first among them.
    QStringList order;
    QSet<QString> remaining = selected;
    while (!remaining.isEmpty()) {
        QList<const Backup *> leaves;
        for (const QString &id : std::as_const(remaining)) {
            bool leaf = true;
            const auto kids = children(id, all);
            for (const Backup &c : kids)
                leaf = leaf && !remaining.contains(c.id);
            if (leaf)
                leaves << byId.value(id);
        }
        if (leaves.isEmpty())
            return fail(deferTr("Rules", "The backup chain is inconsistent (a cycle of parents)."));
        std::sort(leaves.begin(), leaves.end(), [](const Backup *a, const Backup *b) {
            return a->createdAt != b->createdAt ? a->createdAt > b->createdAt : a->id > b->id;
        });
        for (const Backup *b : leaves) {
            order << b->id;
            remaining.remove(b->id);
        }
    }
    return order;
}

Result<QList<Backup>> chainTo(const QString &id, const QList<Backup> &all)
{
    QHash<QString, const Backup *> byId;
    for (const Backup &b : all)
        byId.insert(b.id, &b);
    QList<Backup> chain;
    QString cur = id;
    while (!cur.isEmpty()) {
        const Backup *b = byId.value(cur);
        if (!b)
            return fail(deferTr("Rules", "The backup chain is broken: backup %1 is missing.").arg(cur));
        if (chain.size() > all.size())
            return fail(deferTr("Rules", "The backup chain is inconsistent (a cycle of parents)."));
        chain.prepend(*b);
        cur = b->parentId;
    }
    return chain;
}

} // namespace cb::rules
