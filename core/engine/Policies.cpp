// Backup policies, protection and pruning (issue "Policies"). Only accounts
// with ManagePolicies (cloud admins in the seed's matrix) change them; anyone
// sees the policies of the projects they see.
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "engine/JobScope.h"
#include "engine/Rules.h"
#include "policy/Calendar.h"

#include <QRegularExpression>

namespace cb {

namespace {

Volume volumeOf(const Backup &b)
{
    Volume v;
    v.id = b.volumeId;
    v.name = b.volumeName;
    v.project = b.project;
    return v;
}

} // namespace

Result<QList<BackupPolicy>> Engine::backupPolicies()
{
    auto all = m_catalog->backupPolicies();
    if (!all || m_policy.seesAll(m_caller))
        return all;
    auto known = m_catalog->knownVolumes();
    if (!known)
        return fail(known);
    QList<BackupPolicy> out;
    for (const BackupPolicy &p : std::as_const(*all)) {
        const QString project = p.owningProject(*known);
        if (!project.isEmpty() && m_policy.sees(m_caller, project))
            out << p;
    }
    return out;
}

Result<BackupPolicy> Engine::backupPolicy(const QString &name)
{
    auto all = backupPolicies();
    if (!all)
        return fail(all);
    for (const BackupPolicy &p : std::as_const(*all)) {
        if (p.name == name)
            return p;
    }
    return fail(deferTr("Engine", "There is no policy named \"%1\".").arg(name));
}

Result<BackupPolicy> Engine::saveBackupPolicy(BackupPolicy policy, bool create)
{
    const QString action = create ? QStringLiteral("policy.create") : QStringLiteral("policy.edit");
    if (auto r = requireEverywhere(Action::ManagePolicies, action, policy.name); !r)
        return fail(r);
    if (auto r = policy.validate(); !r)
        return fail(r);
    for (QString &id : policy.volumes) {
        auto v = resolveVolume(id);
        if (!v)
            return fail(v);
        id = v->id; // names change meaning when volumes come and go; ids do not
    }
    policy.volumes.removeDuplicates();
    if (!policy.project.isEmpty() && !m_catalog->projects()->contains(policy.project))
        return fail(deferTr("Engine", "There is no project \"%1\".").arg(policy.project));
    auto known = m_catalog->knownVolumes();
    if (!known)
        return fail(known);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    policy.updatedAt = now;
    if (create)
        policy.createdAt = now;
    const QString project = policy.owningProject(*known);
    auto r = create ? m_catalog->insertBackupPolicy(policy, project)
                    : m_catalog->updateBackupPolicy(policy, project);
    if (!r)
        return fail(r);
    record(action, policy.name, project, policy.schedule);
    return policy;
}

Result<BackupPolicy> Engine::createBackupPolicy(const BackupPolicy &policy)
{
    return saveBackupPolicy(policy, true);
}

Result<BackupPolicy> Engine::editBackupPolicy(const BackupPolicy &policy)
{
    auto existing = m_catalog->findBackupPolicy(policy.name);
    if (!existing)
        return fail(existing);
    if (!*existing)
        return fail(deferTr("Engine", "There is no policy named \"%1\".").arg(policy.name));
    BackupPolicy changed = policy;
    changed.createdAt = (*existing)->createdAt;
    return saveBackupPolicy(changed, false);
}

Result<void> Engine::deleteBackupPolicy(const QString &name)
{
    if (auto r = requireEverywhere(Action::ManagePolicies, QStringLiteral("policy.delete"), name); !r)
        return r;
    if (auto r = m_catalog->deleteBackupPolicy(name); !r)
        return r;
    record(QStringLiteral("policy.delete"), name, QString(), QString());
    return {};
}

Result<Backup> Engine::setProtected(const QString &id, bool on)
{
    auto b = backup(id);
    if (!b)
        return b;
    const QString action = on ? QStringLiteral("backup.protect") : QStringLiteral("backup.unprotect");
    if (auto r = require(Action::ManagePolicies, b->project, action, b->id); !r)
        return fail(r);
    if (on && b->status != BackupStatus::Available && b->status != BackupStatus::Damaged)
        return fail(deferTr("Engine", "Only a complete backup can be protected; %1 is %2.")
                        .arg(b->id, backupStatusText(b->status).toLower()));
    if (auto r = m_catalog->setBackupProtected(b->id, on); !r)
        return fail(r);
    b->protectedBackup = on;
    // The repository's record carries it too, so a rebuilt catalog keeps it.
    if (m_repository && m_repository->hasIndex(b->id))
        (void)m_repository->writeRecord(*b);
    record(action, b->id, b->project, b->name);
    return b;
}

// What marks the backups a policy's minimum age still keeps (Backup::heldUntil).
std::function<void(Backup &)> Engine::youngBackupHolder()
{
    struct Holding
    {
        QString name;
        qint64 minAge;
        std::function<bool(const Volume &)> covers;
    };
    QList<Holding> holding;
    if (auto policies = m_catalog->backupPolicies()) {
        for (const BackupPolicy &p : std::as_const(*policies)) {
            if (p.retention.minAgeSeconds > 0)
                holding << Holding{p.name, p.retention.minAgeSeconds, p.coverage()};
        }
    }
    return [holding](Backup &b) {
        for (const Holding &p : holding) {
            const QDateTime until = b.createdAt.addSecs(p.minAge);
            if ((!b.heldUntil.isValid() || until > b.heldUntil) && p.covers(volumeOf(b))) {
                b.heldUntil = until;
                b.heldBy = p.name;
            }
        }
    };
}

void Engine::holdYoungBackups(QList<Backup> &backups)
{
    const auto hold = youngBackupHolder();
    for (Backup &b : backups)
        hold(b);
}

Result<QList<PruneDecision>> Engine::prunePlan(const PruneRequest &request)
{
    RetentionRules rules = request.rules;
    std::function<bool(const Volume &)> covered; // empty: every volume
    if (!request.policy.isEmpty()) {
        auto p = backupPolicy(request.policy);
        if (!p)
            return fail(p);
        rules = p->retention;
        covered = p->coverage();
    }
    if (!rules.keepsByRule())
        return fail(deferTr("Engine", "Say what to keep (--keep-last, --keep-daily, …): a prune without any "
                                      "keep rule would remove everything, so nothing is removed."));
    QString volumeId;
    if (!request.volumeId.isEmpty()) {
        auto v = resolveVolume(request.volumeId);
        if (!v)
            return fail(v);
        volumeId = v->id;
    }
    auto all = backups(volumeId);
    if (!all)
        return fail(all);
    QHash<QString, QList<RetentionCandidate>> byVolume;
    QHash<QString, const Backup *> byId;
    for (const Backup &b : std::as_const(*all)) {
        if (covered && !covered(volumeOf(b)))
            continue;
        if (b.status != BackupStatus::Available && b.status != BackupStatus::Damaged)
            continue; // failed ones are not backups to keep or prune; busy ones are not ours
        byVolume[b.volumeId] << RetentionCandidate{b.id, b.createdAt, b.parentId, b.protectedBackup};
        byId.insert(b.id, &b);
    }
    QList<PruneDecision> out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = byVolume.cbegin(); it != byVolume.cend(); ++it) {
        for (RetentionDecision &d : applyRetention(*it, rules, now, QTimeZone::systemTimeZone())) {
            const Backup *b = byId.value(d.id);
            out << PruneDecision{std::move(d), b->volumeId, b->project};
        }
    }
    return out;
}

Result<QStringList> Engine::prune(const PruneRequest &request, JobControl &control)
{
    auto plan = prunePlan(request);
    if (!plan)
        return fail(plan);
    QStringList remove;
    for (const PruneDecision &d : std::as_const(*plan)) {
        if (!d.decision.keep)
            remove << d.decision.id;
    }
    if (remove.isEmpty())
        return QStringList();
    // deleteBackups checks permissions, chains, protection and busy backups
    // again under the catalog's write lock, and deletes leaf first.
    return deleteBackups(remove, control);
}

} // namespace cb

namespace cb {

namespace {

// Whether the next backup of a volume under this policy is a full one: its
// first, every fullEvery-th, or when the chain's full is fullEveryDays old.
bool wantsFull(const BackupPolicy &policy, const QList<Backup> &volumeBackups, const QDateTime &now)
{
    const Backup *newest = nullptr;
    for (const Backup &b : volumeBackups) {
        if (b.status == BackupStatus::Available && (!newest || b.createdAt > newest->createdAt))
            newest = &b;
    }
    if (!newest || policy.fullEvery == 1)
        return true;
    auto chain = rules::chainTo(newest->id, volumeBackups);
    if (!chain)
        return true;
    if (policy.fullEvery > 1 && chain->size() >= policy.fullEvery)
        return true;
    return policy.fullEveryDays > 0 && chain->first().createdAt.daysTo(now) >= policy.fullEveryDays;
}

} // namespace

Result<PolicyRunReport> Engine::runBackupPolicy(const QString &name, JobControl &control,
                                                const QDateTime &slot)
{
    auto policy = backupPolicy(name);
    if (!policy)
        return fail(policy);
    PolicyRunReport report;
    switch (policy->kind) {
    case BackupPolicy::Kind::Verify:
        if (auto r = verifyRepository(control); !r)
            report.failed.append({QStringLiteral("repository"), r.what().encode()});
        else if (!r->problems.isEmpty())
            report.failed.append(
                {QStringLiteral("repository"),
                 deferTr("Engine", "The repository has %n problem(s): %1", nullptr, int(r->problems.size()))
                     .arg(r->problems.first())
                     .encode()});
        return report;
    case BackupPolicy::Kind::Gc:
        if (auto r = gc(control); !r)
            report.failed.append({QStringLiteral("repository"), r.what().encode()});
        return report;
    case BackupPolicy::Kind::Backup:
        break;
    }
    auto volumes = this->volumes();
    if (!volumes)
        return fail(volumes);
    QList<Volume> pending;
    const auto covered = policy->coverage();
    for (const Volume &v : std::as_const(*volumes)) {
        if (!isGone(v.status) && covered(v))
            pending << v;
    }
    // A failed volume is tried again after the others, as often as the policy says.
    for (int attempt = 0; attempt <= policy->retries && !pending.isEmpty() && !control.cancel; ++attempt) {
        QList<Volume> failed;
        report.failed.clear();
        for (const Volume &v : std::as_const(pending)) {
            if (control.cancel)
                break;
            auto made = backupForPolicy(*policy, v, slot);
            if (made) {
                report.created << made->id;
            } else {
                failed << v;
                report.failed.append({v.id, made.what().encode()});
            }
        }
        pending = failed;
    }
    if (policy->retention.keepsByRule() && !control.cancel) {
        auto pruned = prune(PruneRequest{policy->name, {}, {}}, control);
        if (pruned)
            report.pruned = *pruned;
        else
            report.pruneError = pruned.what().encode();
    }
    return report;
}

// A runner killed in the middle of a slot has made some of its backups; the
// runner that takes the slot over must not make them twice. A backup made
// since the slot's time is that slot's.
Result<Backup> Engine::backupForPolicy(const BackupPolicy &policy, const Volume &volume,
                                       const QDateTime &since)
{
    auto existing = backups(volume.id);
    if (existing && since.isValid()) {
        for (const Backup &b : std::as_const(*existing)) {
            if (b.status == BackupStatus::Available && b.createdAt >= since)
                return b;
        }
    }
    BackupParams params;
    params.volume = volume.id;
    params.force = policy.force;
    params.incremental = existing && !wantsFull(policy, *existing, QDateTime::currentDateTimeUtc());
    params.description = deferTr("Engine", "By policy %1").arg(policy.name).text();
    bool recorded = false;
    JobControl one;
    one.recorded = [&recorded](const QString &) { recorded = true; };
    auto made = createBackup(params, one);
    if (!made && !recorded) {
        // Refused before it started (in use, gone, not allowed): the job
        // history still shows that the scheduled backup did not happen.
        JobScope job(*this, JobKind::Backup, QString(), volume.id, nullptr);
        job.log(JobLogLevel::Info, deferTr("Engine", "Scheduled by policy %1.").arg(policy.name));
        job.finish(JobStatus::Error, made.what().encode());
    }
    return made;
}

// The newest elapse at or before `now` that no runner has claimed yet, after
// the last claimed one: missed runs (the runner was down) make one run, not
// one per missed slot.
static std::optional<QDateTime> dueSlot(const CalendarSpec &spec, const QDateTime &since,
                                        const QDateTime &now)
{
    std::optional<QDateTime> due;
    for (auto at = spec.nextAfter(since); at && *at <= now; at = spec.nextAfter(*at))
        due = at;
    return due;
}

Result<std::optional<qint64>> Engine::claimDueRun(const BackupPolicy &policy, const QDateTime &now)
{
    auto spec = CalendarSpec::parse(policy.schedule);
    if (!spec)
        return fail(spec);
    auto orphan = m_catalog->takeOverDeadRun(policy.name);
    if (!orphan || *orphan)
        return orphan;
    auto last = m_catalog->lastPolicyRun(policy.name);
    if (!last)
        return fail(last);
    QDateTime since = policy.createdAt;
    if (*last > 0)
        since = std::max(since, QDateTime::fromMSecsSinceEpoch(*last, Qt::UTC));
    const auto due = dueSlot(*spec, since, now);
    if (!due)
        return std::optional<qint64>();
    const qint64 slot = due->toMSecsSinceEpoch();
    auto claimed = m_catalog->claimPolicyRun(policy.name, slot);
    if (!claimed)
        return fail(claimed);
    return *claimed ? std::optional<qint64>(slot) : std::optional<qint64>();
}

Result<void> Engine::finishPolicyRun(const QString &policy, qint64 slot, const PolicyRunReport &report)
{
    const bool ok = report.failed.isEmpty() && report.pruneError.isEmpty();
    const QString detail = QStringLiteral("created=%1 failed=%2 pruned=%3")
                               .arg(report.created.size())
                               .arg(report.failed.size())
                               .arg(report.pruned.size());
    record(QStringLiteral("policy.run"), policy, QString(), detail,
           ok ? QStringLiteral("ok") : QStringLiteral("failed"));
    return m_catalog->finishPolicyRun(policy, slot, ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                                      detail);
}

} // namespace cb
