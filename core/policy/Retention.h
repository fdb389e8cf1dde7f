#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QTimeZone>

namespace cb {

// How many backups a policy keeps. Each keep-* rule keeps the newest backup of
// each of the last N periods that have backups, counted on its own, in the
// sense of restic's `forget` (and Proxmox Backup Server's prune); a backup kept
// by any rule stays. keep-last keeps the newest N.
struct RetentionRules
{
    int last = 0;
    int hourly = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    int yearly = 0;
    qint64 minAgeSeconds = 0; // backups younger than this are never removed

    bool keepsByRule() const { return last || hourly || daily || weekly || monthly || yearly; }
};

struct RetentionCandidate
{
    QString id;
    QDateTime createdAt;
    QString parentId; // empty for a full backup
    bool protectedBackup = false;
};

struct RetentionDecision
{
    QString id;
    QDateTime createdAt;
    bool keep = false;
    // What keeps it: keep-last, keep-hourly, keep-daily, keep-weekly,
    // keep-monthly, keep-yearly, parent, protected, min-age. Empty: removed.
    QStringList rules;
};

// Decides which of one volume's backups a retention keeps, newest first.
// Periods are taken on the wall clock of `zone`. Protected backups and those
// younger than minAgeSeconds at `now` are kept and also count for the rules
// like any other backup. A kept backup keeps every backup it is built on
// ("parent"), so pruning never breaks a chain. Rules without any keep-*
// count keep everything: an empty policy must never delete.
QList<RetentionDecision> applyRetention(QList<RetentionCandidate> backups, const RetentionRules &rules,
                                        const QDateTime &now, const QTimeZone &zone);

} // namespace cb
