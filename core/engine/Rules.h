#pragma once

#include "model/Types.h"
#include "util/Result.h"

namespace cb::rules {

// The seed's rules R1-R7 as pure functions over catalog records, so every
// caller (CLI, GUI, tests) gets the same answer.

// R1: may this volume be backed up now?
Result<void> checkBackupAllowed(const Volume &volume, bool force);

// R2: the parent of a new backup (empty for a full one). An incremental needs
// an available backup of the volume; its parent is the newest of those.
Result<QString> chooseParent(const QList<Backup> &volumeBackups, bool incremental);

// R4: can this backup be restored over that volume?
Result<void> checkRestoreTarget(const Backup &backup, const Volume &target);

// R7: the order in which the selection can be deleted (leaf first), or the
// reason it cannot, naming the backups that depend on the selection.
Result<QStringList> deletionOrder(const QStringList &selected, const QList<Backup> &all);

// R7 for a selection that may be partly blocked: what can be deleted now
// (leaf first, in deletionOrder's order) and, for every selected backup that
// cannot, the reason. Time linear in the backups (plus sorting the order).
struct DeletionPlan
{
    QStringList order;
    QList<QPair<QString, QString>> blocked; // backup id (or the unknown id), reason
    qint64 storedBytes = 0;                 // stored by the deletable backups
};
DeletionPlan deletionPlan(const QStringList &selected, const QList<Backup> &all);

// The backups that depend on `id` directly.
QList<Backup> children(const QString &id, const QList<Backup> &all);

// The chain from the full backup down to `id` (full first).
Result<QList<Backup>> chainTo(const QString &id, const QList<Backup> &all);

} // namespace cb::rules
