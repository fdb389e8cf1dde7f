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
        if (!v.reason.isEmpty())
            return fail(deferTr("Rules", "The volume \"%1\" cannot be reached from here: %2")
                            .arg(v.name, Message::display(v.reason)));
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

namespace {

// Every backup by id and its dependants (a failed backup holds no data, so it
// depends on nothing), built once: the rules below stay linear in the backups.
struct ChainIndex
{
    QHash<QString, const Backup *> byId;
    QHash<QString, QList<const Backup *>> kids;

    explicit ChainIndex(const QList<Backup> &all)
    {
        byId.reserve(all.size());
        for (const Backup &b : all) {
            byId.insert(b.id, &b);
            if (!b.parentId.isEmpty() && b.status != BackupStatus::Error)
                kids[b.parentId] << &b;
        }
    }
};

bool isBusy(const Backup &b)
{
    return b.status == BackupStatus::Creating || b.status == BackupStatus::Restoring ||
           b.status == BackupStatus::Deleting;
}

// Busy, protected, or kept by a policy's minimum age: not deletable now.
bool isHeld(const Backup &b)
{
    return isBusy(b) || b.protectedBackup ||
           (b.heldUntil.isValid() && b.heldUntil > QDateTime::currentDateTimeUtc());
}

Message heldReason(const Backup &b)
{
    if (b.protectedBackup)
        return deferTr("Rules", "The backup %1 is protected; unprotect it first (backup unprotect).")
            .arg(label(b));
    if (!isBusy(b))
        return deferTr("Rules",
                       "The backup %1 is younger than the minimum age of policy %2; it can be deleted "
                       "after %3.")
            .arg(label(b), b.heldBy, b.heldUntil.toLocalTime().toString(Qt::ISODate));
    return deferTr("Rules", "The backup %1 is busy (%2); try again when it is done.")
        .arg(label(b), backupStatusText(b.status).toLower());
}

// Leaf first: a backup's round is one more than the highest round of its
// dependants in the set; round by round, newest first. (The same order as
// taking, again and again, the backups none of whose dependants remain.)
Result<QStringList> leafFirst(const QSet<QString> &set, const ChainIndex &index)
{
    QHash<QString, int> height; // -1 while being visited
    height.reserve(set.size());
    for (const QString &start : set) {
        if (height.contains(start))
            continue;
        // Iterative depth first: a 3,000-backup chain must not recurse 3,000 deep.
        QList<QPair<QString, int>> stack{{start, 0}};
        height.insert(start, -1);
        while (!stack.isEmpty()) {
            auto &[id, next] = stack.last();
            const QList<const Backup *> kids = index.kids.value(id);
            bool descended = false;
            while (next < kids.size()) {
                const QString kid = kids.at(next++)->id;
                if (!set.contains(kid))
                    continue;
                const int h = height.value(kid, -2);
                if (h == -1)
                    return fail(deferTr("Rules", "The backup chain is inconsistent (a cycle of parents)."));
                if (h == -2) {
                    height.insert(kid, -1);
                    stack.append({kid, 0});
                    descended = true;
                    break;
                }
            }
            if (descended)
                continue;
            int h = 0;
            for (const Backup *k : kids) {
                if (set.contains(k->id))
                    h = qMax(h, height.value(k->id) + 1);
            }
            height.insert(id, h);
            stack.removeLast();
        }
    }
    QList<const Backup *> sorted;
    sorted.reserve(set.size());
    for (const QString &id : set)
        sorted << index.byId.value(id);
    std::sort(sorted.begin(), sorted.end(), [&height](const Backup *a, const Backup *b) {
        const int ha = height.value(a->id), hb = height.value(b->id);
        if (ha != hb)
            return ha < hb;
        return a->createdAt != b->createdAt ? a->createdAt > b->createdAt : a->id > b->id;
    });
    QStringList order;
    order.reserve(sorted.size());
    for (const Backup *b : std::as_const(sorted))
        order << b->id;
    return order;
}

QString dependantsReason(const Backup &b, const QStringList &blockers)
{
    return QCoreApplication::translate(
               "Rules",
               "%1 cannot be deleted while these backups depend on it: %2. Delete them first (newest "
               "first) or select them too.")
        .arg(label(b), blockers.join(QLatin1String(", ")));
}

} // namespace

Result<QStringList> deletionOrder(const QStringList &selectedIds, const QList<Backup> &all)
{
    const ChainIndex index(all);
    QSet<QString> selected;
    for (const QString &id : selectedIds) {
        const Backup *b = index.byId.value(id);
        if (!b)
            return fail(deferTr("Rules", "There is no backup with id \"%1\".").arg(id));
        if (isHeld(*b))
            return fail(heldReason(*b));
        selected.insert(id);
    }
    // Every dependant of a selected backup must be selected too.
    QStringList problems;
    for (const QString &id : selectedIds) {
        QStringList blockers;
        for (const Backup *c : index.kids.value(id)) {
            if (!selected.contains(c->id))
                blockers << label(*c);
        }
        if (!blockers.isEmpty())
            problems << dependantsReason(*index.byId.value(id), blockers);
    }
    if (!problems.isEmpty())
        return fail(problems.join(u'\n'));
    return leafFirst(selected, index);
}

DeletionPlan deletionPlan(const QStringList &selectedIds, const QList<Backup> &all)
{
    const ChainIndex index(all);
    DeletionPlan plan;
    QSet<QString> selected;
    for (const QString &id : selectedIds) {
        if (!index.byId.contains(id))
            plan.blocked.append({id, deferTr("Rules", "There is no backup with id \"%1\".").arg(id).text()});
        else
            selected.insert(id);
    }
    // Deletable: selected, not busy, and every dependant deletable too.
    // Settled depth first from each selected backup (linear overall).
    QHash<QString, bool> ok; // absent: not settled yet
    ok.reserve(selected.size());
    QSet<QString> visiting;
    for (const QString &start : std::as_const(selected)) {
        if (ok.contains(start))
            continue;
        QList<QPair<QString, int>> stack{{start, 0}};
        visiting.insert(start);
        while (!stack.isEmpty()) {
            auto &[id, next] = stack.last();
            const QList<const Backup *> kids = index.kids.value(id);
            bool descended = false;
            while (next < kids.size()) {
                const QString kid = kids.at(next++)->id;
                if (!selected.contains(kid) || ok.contains(kid))
                    continue;
                if (visiting.contains(kid)) { // a cycle: nothing in it can go
                    ok.insert(kid, false);
                    continue;
                }
                visiting.insert(kid);
                stack.append({kid, 0});
                descended = true;
                break;
            }
            if (descended)
                continue;
            bool deletable = !isHeld(*index.byId.value(id));
            for (const Backup *k : kids)
                deletable = deletable && selected.contains(k->id) && ok.value(k->id, false);
            ok.insert(id, deletable);
            visiting.remove(id);
            stack.removeLast();
        }
    }
    QSet<QString> deletable;
    for (const QString &id : selectedIds) {
        if (!selected.contains(id) || deletable.contains(id))
            continue;
        const Backup &b = *index.byId.value(id);
        if (ok.value(id, false)) {
            deletable.insert(id);
            plan.storedBytes += b.storedBytes;
            continue;
        }
        if (isHeld(b)) {
            plan.blocked.append({id, heldReason(b).text()});
            continue;
        }
        QStringList notSelected, stuck;
        for (const Backup *c : index.kids.value(id))
            (selected.contains(c->id) ? stuck : notSelected) << label(*c);
        if (!notSelected.isEmpty()) {
            plan.blocked.append({id, dependantsReason(b, notSelected)});
        } else {
            plan.blocked.append(
                {id, QCoreApplication::translate(
                         "Rules", "%1 cannot be deleted while a backup that depends on it cannot: %2.")
                         .arg(label(b), stuck.join(QLatin1String(", ")))});
        }
    }
    auto order = leafFirst(deletable, index);
    if (order) {
        plan.order = *order;
    } else {
        for (const QString &id : std::as_const(deletable))
            plan.blocked.append({id, order.error()});
        plan.storedBytes = 0;
    }
    return plan;
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
