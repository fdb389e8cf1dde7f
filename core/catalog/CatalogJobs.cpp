// The job history (every job of every console and of the command line), each
// job's log, and each backup's last verify.
#include "catalog/Catalog.h"
#include "catalog/CatalogSql.h"

namespace cb {

using namespace catalogsql;

namespace {

const QString jobColumns =
    QStringLiteral("id, kind, status, backup_id, volume_id, host, pid, started_at, finished_at, error");

JobRecord jobFrom(const QSqlQuery &q)
{
    JobRecord j;
    j.id = q.value(0).toString();
    const QString kind = q.value(1).toString();
    for (auto k :
         {JobKind::Backup, JobKind::Restore, JobKind::Verify, JobKind::Delete, JobKind::Gc, JobKind::Sync}) {
        if (jobKindKey(k) == kind)
            j.kind = k;
    }
    const QString status = q.value(2).toString();
    for (auto s : {JobStatus::Running, JobStatus::Done, JobStatus::Error, JobStatus::Cancelled}) {
        if (jobStatusKey(s) == status)
            j.status = s;
    }
    j.backupId = q.value(3).toString();
    j.volumeId = q.value(4).toString();
    j.host = q.value(5).toString();
    j.pid = q.value(6).toLongLong();
    j.startedAt = fromMs(q.value(7));
    j.finishedAt = fromMs(q.value(8));
    j.error = q.value(9).toString();
    return j;
}

} // namespace

Result<void> Catalog::insertJob(const JobRecord &j)
{
    if (auto r = bump(); !r)
        return r;
    return run(
        db(),
        QStringLiteral("INSERT INTO jobs (id, kind, status, backup_id, volume_id, host, pid, started_at,"
                       " finished_at, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, '')"),
        {j.id, jobKindKey(j.kind), jobStatusKey(j.status), nullable(j.backupId), nullable(j.volumeId), j.host,
         j.pid, toMs(j.startedAt)});
}

Result<void> Catalog::finishJob(const QString &id, JobStatus status, const QString &error)
{
    if (auto r = bump(); !r)
        return r;
    if (auto r =
            run(db(), QStringLiteral("UPDATE jobs SET status = ?, finished_at = ?, error = ? WHERE id = ?"),
                {jobStatusKey(status), QDateTime::currentMSecsSinceEpoch(), str(error), id});
        !r)
        return r;
    // The history never grows without bound; a failed prune is retried at the next finish.
    (void)pruneJobs(JobHistoryLimit);
    return {};
}

Result<QList<JobRecord>> Catalog::jobs(bool runningOnly, int limit)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT ") + jobColumns + QStringLiteral(" FROM jobs") +
                  (runningOnly ? QStringLiteral(" WHERE status = 'running'") : QString());
    if (limit > 0)
        sql += QStringLiteral(" ORDER BY started_at DESC, id DESC LIMIT %1").arg(limit);
    else
        sql += QStringLiteral(" ORDER BY started_at, id");
    if (!q.exec(sql))
        return fail(dbError(q.lastError()));
    QList<JobRecord> out;
    while (q.next())
        out << jobFrom(q);
    if (limit > 0)
        std::reverse(out.begin(), out.end());
    return out;
}

Result<JobRecord> Catalog::job(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT ") + jobColumns + QStringLiteral(" FROM jobs WHERE id = ?"));
    if (auto r = exec(q, {id}); !r)
        return fail(r);
    if (!q.next())
        return fail(deferTr("Catalog", "There is no job with id \"%1\".").arg(id));
    return jobFrom(q);
}

Result<QString> Catalog::resolveJobId(const QString &input)
{
    return resolveIdPrefix(
        db(), QStringLiteral("jobs"), input,
        {deferTr("Catalog", "\"%1\" is not a job id.").arg(input),
         deferTr("Catalog", "There is no job with id \"%1\".").arg(input), [&](int) {
             return deferTr("Catalog", "The job id \"%1\" is ambiguous; give more of it.").arg(input);
         }});
}

Result<void> Catalog::appendJobLog(const QString &jobId, JobLogLevel level, const QString &message)
{
    return run(db(), QStringLiteral("INSERT INTO job_log (job_id, at, level, message) VALUES (?, ?, ?, ?)"),
               {jobId, QDateTime::currentMSecsSinceEpoch(), jobLogLevelKey(level), str(message)});
}

Result<QList<JobLogEntry>> Catalog::jobLog(const QString &jobId)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT at, level, message FROM job_log WHERE job_id = ? ORDER BY id"));
    if (auto r = exec(q, {jobId}); !r)
        return fail(r);
    QList<JobLogEntry> out;
    while (q.next()) {
        JobLogEntry e;
        e.at = fromMs(q.value(0));
        e.level = jobLogLevelFromKey(q.value(1).toString());
        e.message = q.value(2).toString();
        out << e;
    }
    return out;
}

Result<int> Catalog::pruneJobs(int keep)
{
    if (keep < 1)
        return fail(deferTr("Catalog", "The job history must keep at least one job."));
    QSqlDatabase d = db();
    if (isShared()) {
        // Accounts may not delete jobs: the owner's function does it for them.
        QSqlQuery q(d);
        q.prepare(QStringLiteral("SELECT cb_prune_jobs(?)"));
        if (auto r = exec(q, {keep}); !r)
            return fail(r);
        return q.next() ? q.value(0).toInt() : 0;
    }
    QSqlQuery cut(d);
    cut.prepare(QStringLiteral("SELECT started_at FROM jobs ORDER BY started_at DESC LIMIT 1 OFFSET ?"));
    if (auto r = exec(cut, {keep - 1}); !r)
        return fail(r);
    if (!cut.next())
        return 0;
    const qint64 cutoff = cut.value(0).toLongLong();
    const QString old = QStringLiteral("SELECT id FROM jobs WHERE status <> 'running' AND started_at < ?");
    if (auto r = run(d, QStringLiteral("DELETE FROM job_log WHERE job_id IN (") + old + u')', {cutoff}); !r)
        return fail(r);
    QSqlQuery del(d);
    del.prepare(QStringLiteral("DELETE FROM jobs WHERE status <> 'running' AND started_at < ?"));
    if (auto r = exec(del, {cutoff}); !r)
        return fail(r);
    return del.numRowsAffected();
}

Result<void> Catalog::setVerified(const QStringList &ids, const QDateTime &at, const QString &result)
{
    if (ids.isEmpty())
        return {};
    const auto update = [&]() -> Result<void> {
        if (auto r = bump(); !r)
            return r;
        QSqlQuery q(db());
        if (!q.prepare(QStringLiteral("UPDATE backups SET verified_at = ?, verify_result = ? WHERE id = ?")))
            return fail(dbError(q.lastError()));
        for (const QString &id : ids) {
            if (auto r = exec(q, {toMs(at), result, id}); !r)
                return r;
        }
        return {};
    };
    // One transaction: a whole repository's backups are written at once, not one commit each.
    return ids.size() == 1 ? update() : transaction(update);
}

// PostgreSQL: the job log follows the jobs it belongs to. Whoever may write a
// job may add lines to its log; whoever sees the job sees its log; pruning
// the history is the owner's function, open to every account.
QStringList Catalog::postgresJobLogSecurity() const
{
    QStringList groups;
    for (Role r : allRoles())
        groups << quoteIdent(groupRole(r));
    const QString all = groups.join(QLatin1String(", "));
    const QString admin = quoteIdent(groupRole(Role::CloudAdmin));
    QStringList s;
    s << QStringLiteral("REVOKE ALL ON job_log FROM PUBLIC");
    s << QStringLiteral("GRANT SELECT, INSERT ON job_log TO %1").arg(all);
    s << QStringLiteral("GRANT DELETE ON job_log TO %1").arg(admin);
    s << QStringLiteral("GRANT USAGE ON SEQUENCE job_log_id_seq TO %1").arg(all);
    s << QStringLiteral("ALTER TABLE job_log ENABLE ROW LEVEL SECURITY");
    s << QStringLiteral("ALTER TABLE job_log FORCE ROW LEVEL SECURITY");
    s << QStringLiteral("CREATE POLICY cb_admin ON job_log TO %1 USING (true) WITH CHECK (true)").arg(admin);
    s << QStringLiteral(
        "CREATE POLICY cb_own ON job_log FOR SELECT USING (job_id IN (SELECT j.id FROM jobs j))");
    s << QStringLiteral(
        "CREATE POLICY cb_insert ON job_log FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM jobs j WHERE"
        " j.id = job_id AND cb_job_allowed(current_user::text, j.kind, j.backup_id, j.volume_id)))");
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION cb_prune_jobs(keep integer) RETURNS integer LANGUAGE plpgsql"
        " SECURITY DEFINER SET search_path FROM CURRENT AS $cb$DECLARE cutoff bigint; n integer; BEGIN"
        " SELECT started_at INTO cutoff FROM jobs ORDER BY started_at DESC LIMIT 1 OFFSET keep - 1;"
        " IF cutoff IS NULL THEN RETURN 0; END IF;"
        " DELETE FROM job_log WHERE job_id IN (SELECT id FROM jobs WHERE status <> 'running'"
        "  AND started_at < cutoff);"
        " DELETE FROM jobs WHERE status <> 'running' AND started_at < cutoff;"
        " GET DIAGNOSTICS n = ROW_COUNT; RETURN n; END$cb$");
    s << QStringLiteral("REVOKE ALL ON FUNCTION cb_prune_jobs(integer) FROM PUBLIC");
    s << QStringLiteral("GRANT EXECUTE ON FUNCTION cb_prune_jobs(integer) TO %1").arg(all);
    return s;
}

} // namespace cb
