#include "policy/Retention.h"

#include <QHash>

#include <algorithm>

namespace cb {

namespace {

// One keep-* rule: how many periods it may still keep, and the period of the
// backup it kept last. The period keys are restic's.
struct Bucket
{
    const char *rule;
    int left;
    qint64 (*period)(const QDateTime &local, int position);
    qint64 lastKept = -1;
};

qint64 yearOf(const QDateTime &t, int)
{
    return t.date().year();
}
qint64 monthOf(const QDateTime &t, int)
{
    return t.date().year() * 100LL + t.date().month();
}
qint64 dayOf(const QDateTime &t, int)
{
    return monthOf(t, 0) * 100 + t.date().day();
}
qint64 hourOf(const QDateTime &t, int)
{
    return dayOf(t, 0) * 100 + t.time().hour();
}
qint64 positionOf(const QDateTime &, int position)
{
    return position;
}
qint64 weekOf(const QDateTime &t, int)
{
    int isoYear = 0;
    const int week = t.date().weekNumber(&isoYear);
    return isoYear * 100LL + week;
}

QList<Bucket> bucketsFor(const RetentionRules &rules)
{
    return {{"keep-last", rules.last, positionOf},    {"keep-hourly", rules.hourly, hourOf},
            {"keep-daily", rules.daily, dayOf},       {"keep-weekly", rules.weekly, weekOf},
            {"keep-monthly", rules.monthly, monthOf}, {"keep-yearly", rules.yearly, yearOf}};
}

void keepParents(QList<RetentionDecision> &decisions, const QList<RetentionCandidate> &backups)
{
    QHash<QString, int> position;
    for (int i = 0; i < decisions.size(); ++i)
        position.insert(decisions.at(i).id, i);
    // Newest first, so a parent is always visited after its children.
    for (int i = 0; i < decisions.size(); ++i) {
        if (!decisions.at(i).keep)
            continue;
        const auto parent = position.constFind(backups.at(i).parentId);
        if (parent == position.cend())
            continue;
        RetentionDecision &p = decisions[*parent];
        if (!p.rules.contains(QLatin1String("parent")))
            p.rules.append(QStringLiteral("parent"));
        p.keep = true;
    }
}

} // namespace

QList<RetentionDecision> applyRetention(QList<RetentionCandidate> backups, const RetentionRules &rules,
                                        const QDateTime &now, const QTimeZone &zone)
{
    std::stable_sort(backups.begin(), backups.end(), [](const auto &a, const auto &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    QList<Bucket> buckets = bucketsFor(rules);
    QList<RetentionDecision> decisions;
    decisions.reserve(backups.size());
    for (int i = 0; i < backups.size(); ++i) {
        const RetentionCandidate &b = backups.at(i);
        RetentionDecision d{b.id, b.createdAt, false, {}};
        const QDateTime local = b.createdAt.toTimeZone(zone);
        for (Bucket &bucket : buckets) {
            if (bucket.left <= 0)
                continue;
            if (const qint64 period = bucket.period(local, i); period != bucket.lastKept) {
                bucket.lastKept = period;
                --bucket.left;
                d.rules.append(QLatin1String(bucket.rule));
            }
        }
        if (b.protectedBackup)
            d.rules.append(QStringLiteral("protected"));
        if (rules.minAgeSeconds > 0 && b.createdAt.secsTo(now) < rules.minAgeSeconds)
            d.rules.append(QStringLiteral("min-age"));
        d.keep = !d.rules.isEmpty() || !rules.keepsByRule();
        decisions.append(d);
    }
    keepParents(decisions, backups);
    return decisions;
}

} // namespace cb
