// Backup policies, their claimed runs and backup protection.
#include "catalog/Catalog.h"
#include "catalog/CatalogSql.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>

#include <cerrno>
#include <csignal>

namespace cb {

using namespace catalogsql;

namespace {

BackupPolicy policyFromRow(const QSqlQuery &q)
{
    BackupPolicy p = BackupPolicy::fromJson(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    p.name = q.value(0).toString();
    p.createdAt = fromMs(q.value(2));
    p.updatedAt = fromMs(q.value(3));
    return p;
}

QString definition(const BackupPolicy &policy)
{
    QJsonObject o = policy.toJson();
    // Kept in their own columns.
    for (const char *key : {"name", "created_at", "updated_at"})
        o.remove(QLatin1String(key));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QList<BackupPolicy>> Catalog::backupPolicies()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral(
            "SELECT name, definition, created_at, updated_at FROM backup_policies ORDER BY name")))
        return fail(dbError(q.lastError()));
    QList<BackupPolicy> out;
    while (q.next())
        out << policyFromRow(q);
    return out;
}

Result<std::optional<BackupPolicy>> Catalog::findBackupPolicy(const QString &name)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT name, definition, created_at, updated_at FROM backup_policies WHERE name = ?"));
    if (auto r = exec(q, {name}); !r)
        return fail(r);
    if (!q.next())
        return std::optional<BackupPolicy>();
    return std::optional<BackupPolicy>(policyFromRow(q));
}

Result<void> Catalog::insertBackupPolicy(const BackupPolicy &policy, const QString &project)
{
    auto existing = findBackupPolicy(policy.name);
    if (!existing)
        return fail(existing);
    if (*existing)
        return fail(deferTr("Catalog", "A policy named \"%1\" exists already.").arg(policy.name));
    return run(
        db(),
        QStringLiteral("INSERT INTO backup_policies (name, project, definition, created_at, updated_at)"
                       " VALUES (?, ?, ?, ?, ?)"),
        {policy.name, str(project), definition(policy), toMs(policy.createdAt), toMs(policy.updatedAt)});
}

Result<void> Catalog::updateBackupPolicy(const BackupPolicy &policy, const QString &project)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "UPDATE backup_policies SET project = ?, definition = ?, updated_at = ? WHERE name = ?"));
    if (auto r = exec(q, {str(project), definition(policy), toMs(policy.updatedAt), policy.name}); !r)
        return r;
    if (q.numRowsAffected() == 0)
        return fail(deferTr("Catalog", "There is no policy named \"%1\".").arg(policy.name));
    return {};
}

Result<void> Catalog::deleteBackupPolicy(const QString &name)
{
    return transaction([&]() -> Result<void> {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("DELETE FROM backup_policies WHERE name = ?"));
        if (auto r = exec(q, {name}); !r)
            return r;
        if (q.numRowsAffected() == 0)
            return fail(deferTr("Catalog", "There is no policy named \"%1\".").arg(name));
        return run(db(), QStringLiteral("DELETE FROM policy_runs WHERE policy = ?"), {name});
    });
}

Result<bool> Catalog::claimPolicyRun(const QString &policy, qint64 slot)
{
    // The primary key (policy, slot) decides between runners on any host.
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("INSERT INTO policy_runs (policy, slot, host, pid, claimed_at) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT DO NOTHING"));
    if (auto r = exec(q, {policy, slot, QHostInfo::localHostName(), QCoreApplication::applicationPid(),
                          QDateTime::currentMSecsSinceEpoch()});
        !r)
        return fail(r);
    return q.numRowsAffected() == 1;
}

Result<std::optional<qint64>> Catalog::takeOverDeadRun(const QString &policy)
{
    // Only runs of this host: whether a process of another host lives cannot be told from here.
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "SELECT slot, pid FROM policy_runs WHERE policy = ? AND host = ? AND finished_at IS NULL"
        " ORDER BY slot"));
    if (auto r = exec(q, {policy, QHostInfo::localHostName()}); !r)
        return fail(r);
    while (q.next()) {
        const qint64 slot = q.value(0).toLongLong();
        const qint64 pid = q.value(1).toLongLong();
        if (pid == QCoreApplication::applicationPid() || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
            continue;
        QSqlQuery take(db());
        take.prepare(
            QStringLiteral("UPDATE policy_runs SET pid = ?, claimed_at = ? WHERE policy = ? AND slot = ?"
                           " AND pid = ? AND finished_at IS NULL"));
        if (auto r = exec(take, {QCoreApplication::applicationPid(), QDateTime::currentMSecsSinceEpoch(),
                                 policy, slot, pid});
            !r)
            return fail(r);
        if (take.numRowsAffected() == 1)
            return std::optional<qint64>(slot);
    }
    return std::optional<qint64>();
}

Result<void> Catalog::finishPolicyRun(const QString &policy, qint64 slot, const QString &result,
                                      const QString &detail)
{
    return run(db(),
               QStringLiteral("UPDATE policy_runs SET finished_at = ?, result = ?, detail = ?"
                              " WHERE policy = ? AND slot = ?"),
               {QDateTime::currentMSecsSinceEpoch(), result, str(detail), policy, slot});
}

Result<qint64> Catalog::lastPolicyRun(const QString &policy)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT MAX(slot) FROM policy_runs WHERE policy = ?"));
    if (auto r = exec(q, {policy}); !r)
        return fail(r);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<void> Catalog::setBackupProtected(const QString &id, bool on)
{
    if (auto r = bump(); !r)
        return r;
    if (!on)
        return run(db(), QStringLiteral("DELETE FROM backup_protection WHERE backup_id = ?"), {id});
    return run(db(),
               QStringLiteral("INSERT INTO backup_protection (backup_id, protected_at, protected_by)"
                              " VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
               {id, QDateTime::currentMSecsSinceEpoch(), account()});
}

Result<void> Catalog::readProtection(const QString &where, const QVariantList &binds, QSet<QString> &ids)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT backup_protection.backup_id FROM backup_protection"
                                  " JOIN backups ON backups.id = backup_protection.backup_id") +
                   where))
        return fail(dbError(q.lastError()));
    if (auto r = exec(q, binds); !r)
        return r;
    while (q.next())
        ids.insert(q.value(0).toString());
    return {};
}

// A protected backup's row stays until it is unprotected, whatever deletes it.
QStringList Catalog::protectionTriggers()
{
    return {QStringLiteral("CREATE TRIGGER cb_keep_protected BEFORE DELETE ON backups FOR EACH ROW"
                           " WHEN EXISTS (SELECT 1 FROM backup_protection p WHERE p.backup_id = OLD.id)"
                           " BEGIN SELECT RAISE(ABORT, 'the backup is protected; unprotect it first'); END")};
}

// Who sees and changes policies on PostgreSQL: cloud admins (the
// manage-policies action is theirs alone in the seed's matrix) change them;
// every account reads the policies of its projects and the runs of those.
QStringList Catalog::postgresPolicyTables() const
{
    QStringList groups;
    for (Role r : allRoles())
        groups << quoteIdent(groupRole(r));
    const QString all = groups.join(QLatin1String(", "));
    const QString admin = quoteIdent(groupRole(Role::CloudAdmin));
    const QString ownProjects = QStringLiteral(
        "project IN (SELECT up.project FROM user_projects up WHERE up.user_name = current_user)");
    QStringList s;
    const QString tables = QStringLiteral("backup_policies, policy_runs, backup_protection");
    s << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(tables);
    s << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(tables, all);
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(tables, admin);
    const QList<QPair<QString, QString>> visible = {
        {QStringLiteral("backup_policies"), ownProjects},
        {QStringLiteral("policy_runs"), QStringLiteral("policy IN (SELECT p.name FROM backup_policies p)")},
        {QStringLiteral("backup_protection"), QStringLiteral("backup_id IN (SELECT b.id FROM backups b)")}};
    for (const auto &[table, rule] : visible) {
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        s << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table);
        s << QStringLiteral("CREATE POLICY cb_admin ON %1 TO %2 USING (true) WITH CHECK (true)")
                 .arg(table, admin);
        s << QStringLiteral("CREATE POLICY cb_own ON %1 FOR SELECT USING (%2)").arg(table, rule);
    }
    s << QStringLiteral("CREATE OR REPLACE FUNCTION cb_keep_protected() RETURNS trigger LANGUAGE plpgsql"
                        " SECURITY DEFINER SET search_path FROM CURRENT AS $cb$BEGIN"
                        " IF EXISTS (SELECT 1 FROM backup_protection p WHERE p.backup_id = OLD.id) THEN"
                        "  RAISE EXCEPTION 'the backup % is protected; unprotect it first', OLD.id; END IF;"
                        " RETURN OLD; END$cb$");
    s << QStringLiteral("REVOKE ALL ON FUNCTION cb_keep_protected() FROM PUBLIC");
    s << QStringLiteral("CREATE TRIGGER cb_keep_protected BEFORE DELETE ON backups FOR EACH ROW"
                        " EXECUTE FUNCTION cb_keep_protected()");
    return s;
}

} // namespace cb
