// The shared (PostgreSQL) catalog's own enforcement: group roles per
// cloudbackup role, row-level security, grants, the audit's author set by the
// database, and role statements that never carry a clear-text password.
#include "catalog/Catalog.h"
#include "catalog/CatalogSql.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace cb {

using namespace catalogsql;

QString Catalog::groupRole(Role role) const
{
    QString key = roleKey(role);
    key.replace(u'-', u'_');
    const QString suffix = u'_' + key;
    QString base = m_database;
    // Role names are at most 63 bytes: a long database name is shortened and
    // made unique again with a hash of the whole name.
    if ((QStringLiteral("cb_") + base + suffix).toUtf8().size() > 63)
        base = base.left(20) + u'_' +
               QString::fromLatin1(
                   QCryptographicHash::hash(m_database.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return QStringLiteral("cb_") + base + suffix;
}

QStringList Catalog::postgresSecurity() const
{
    const QString admin = quoteIdent(groupRole(Role::CloudAdmin));
    QStringList groups;
    for (Role r : allRoles())
        groups << quoteIdent(groupRole(r));
    const QString all = groups.join(QLatin1String(", "));
    QStringList s;
    for (Role r : allRoles()) {
        const QString name = groupRole(r);
        s << QStringLiteral("DO $cb$BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN"
                            " CREATE ROLE %2 NOLOGIN; END IF; END$cb$")
                 .arg(quoteLiteral(name), quoteIdent(name));
    }
    // The owner is the first cloud admin.
    s << QStringLiteral("GRANT %1 TO CURRENT_USER").arg(admin);
    s << QStringLiteral(
             "INSERT INTO users (name, role, created_at, disabled) SELECT current_user, 'cloud-admin',"
             " %1, 0 WHERE NOT EXISTS (SELECT 1 FROM users WHERE name = current_user)")
             .arg(QDateTime::currentMSecsSinceEpoch());
    s << QStringLiteral("UPDATE users SET role = 'cloud-admin', disabled = 0 WHERE name = current_user");

    const QString tables =
        QStringLiteral("projects, volumes, backups, tags, backup_tags, users, user_projects,"
                       " policy, jobs, audit, catalog_state, schema_version");
    s << QStringLiteral("REVOKE ALL ON %1 FROM PUBLIC").arg(tables);
    s << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(tables, all);
    s << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON backups, volumes, tags, backup_tags, jobs, projects,"
                        " users, user_projects, policy, catalog_state TO %1")
             .arg(admin);
    // Refusals are audited by whoever was refused; nobody but the owner may
    // change or remove a row.
    s << QStringLiteral("GRANT INSERT ON audit TO %1").arg(all);
    s << QStringLiteral("GRANT USAGE ON SEQUENCE audit_id_seq TO %1").arg(all);
    s << QStringLiteral("CREATE OR REPLACE FUNCTION cb_audit_author() RETURNS trigger LANGUAGE plpgsql AS"
                        " $cb$BEGIN NEW.user_name := current_user; RETURN NEW; END$cb$");
    s << QStringLiteral("CREATE TRIGGER cb_audit_author BEFORE INSERT OR UPDATE ON audit FOR EACH ROW"
                        " EXECUTE FUNCTION cb_audit_author()");
    // How many backups there are, also those an account may not see: a count
    // only, so an account's empty view is not taken for a lost catalog.
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION cb_backup_count() RETURNS bigint LANGUAGE sql STABLE"
        " SECURITY DEFINER SET search_path FROM CURRENT AS $cb$SELECT COUNT(*) FROM backups$cb$");
    s << QStringLiteral("REVOKE ALL ON FUNCTION cb_backup_count() FROM PUBLIC");
    s << QStringLiteral("GRANT EXECUTE ON FUNCTION cb_backup_count() TO %1").arg(all);

    // Row-level security: the cloud-admin group sees and changes every row
    // (the owner is in it); every other account reads only its projects' rows.
    const QString ownProjects = QStringLiteral(
        "project IN (SELECT up.project FROM user_projects up WHERE up.user_name = current_user)");
    struct Rule
    {
        const char *table;
        QString visible;
    };
    const QList<Rule> rules = {
        {"backups", ownProjects},
        {"volumes", ownProjects},
        {"backup_tags", QStringLiteral("backup_id IN (SELECT b.id FROM backups b)")},
        {"jobs", QStringLiteral("backup_id IN (SELECT b.id FROM backups b) OR volume_id IN (SELECT v.id FROM "
                                "volumes v)")},
    };
    for (const Rule &r : rules) {
        const QString t = QLatin1String(r.table);
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t);
        s << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(t);
        s << QStringLiteral("CREATE POLICY cb_admin ON %1 TO %2 USING (true) WITH CHECK (true)")
                 .arg(t, admin);
        s << QStringLiteral("CREATE POLICY cb_own ON %1 FOR SELECT USING (%2)").arg(t, r.visible);
    }
    s << QStringLiteral("ALTER TABLE audit ENABLE ROW LEVEL SECURITY");
    s << QStringLiteral("ALTER TABLE audit FORCE ROW LEVEL SECURITY");
    s << QStringLiteral("CREATE POLICY cb_admin ON audit FOR SELECT TO %1 USING (true)").arg(admin);
    s << QStringLiteral("CREATE POLICY cb_own ON audit FOR SELECT USING (%1)").arg(ownProjects);
    s << QStringLiteral("CREATE POLICY cb_insert ON audit FOR INSERT WITH CHECK (true)");
    return s;
}

// The database follows the policy table (written by cloud admins), so a
// site's widened matrix holds for plain SQL as it does in the engine:
// - cb_allowed(account, action, project) answers from users, user_projects and
//   policy: a cloud admin may everything; any role views its own projects (the
//   seed's floor); otherwise the policy's scope for the role and action (none,
//   own, all). A NULL project asks "anywhere" (as Policy::allows does), ''
//   matches no project (only "all"), action '*' asks for any change at all.
// - cb_may(action, project) asks it for current_user; the row-level security
//   policies of every changing command call it with the actions that
//   legitimately write that table.
// - A group gets INSERT, UPDATE and DELETE on the catalog's data tables only
//   while its role has a changing action in the policy table (a trigger keeps
//   the grants following the table), so under the seed's matrix every other
//   role is refused by privilege exactly as before; row-level security then
//   decides which rows. Accounts, their projects and the policy stay writable
//   by the cloud-admin group only.
QStringList Catalog::postgresPolicySecurity() const
{
    QStringList groups;
    QStringList others; // ('role-key', 'group name') of every role but the cloud admin
    for (Role r : allRoles()) {
        groups << quoteIdent(groupRole(r));
        if (r != Role::CloudAdmin)
            others << QStringLiteral("(%1, %2)").arg(quoteLiteral(roleKey(r)), quoteLiteral(groupRole(r)));
    }
    const QString all = groups.join(QLatin1String(", "));
    const QString admin = quoteIdent(groupRole(Role::CloudAdmin));
    const QString dataTables =
        QStringLiteral("backups, volumes, tags, backup_tags, jobs, projects, catalog_state");
    QStringList s;
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION cb_allowed(who text, act text, proj text) RETURNS boolean"
        " LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $cb$"
        " SELECT EXISTS (SELECT 1 FROM users u WHERE u.name = who AND u.disabled = 0 AND ("
        "  u.role = 'cloud-admin' OR EXISTS ("
        "   SELECT 1 FROM (SELECT p.scope FROM policy p WHERE p.role = u.role AND (p.action = act"
        "     OR (act = '*' AND p.action NOT IN ('view', 'view-audit')))"
        "    UNION ALL SELECT 'own' WHERE act = 'view') s"
        "   WHERE s.scope = 'all' OR (s.scope = 'own' AND (act = '*'"
        "    OR (proj IS NULL AND EXISTS (SELECT 1 FROM user_projects up WHERE up.user_name = who))"
        "    OR EXISTS (SELECT 1 FROM user_projects up WHERE up.user_name = who AND up.project = proj))))))"
        "$cb$");
    s << QStringLiteral("CREATE OR REPLACE FUNCTION cb_may(act text, proj text) RETURNS boolean"
                        " LANGUAGE sql STABLE SET search_path FROM CURRENT AS"
                        " $cb$SELECT cb_allowed(current_user::text, act, proj)$cb$");
    // A job's project is its backup's, else its volume's (read past row-level
    // security: an unknown or hidden one is '', allowed only with "all").
    s << QStringLiteral(
        "CREATE OR REPLACE FUNCTION cb_job_allowed(who text, kind text, bid text, vid text)"
        " RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $cb$"
        " SELECT cb_allowed(who, CASE kind WHEN 'backup' THEN 'create-backup' WHEN 'restore' THEN 'restore'"
        "  WHEN 'verify' THEN 'verify' WHEN 'delete' THEN 'delete' ELSE 'manage-repository' END,"
        "  CASE WHEN bid IS NOT NULL THEN COALESCE((SELECT b.project FROM backups b WHERE b.id = bid), '')"
        "   WHEN vid IS NOT NULL THEN COALESCE((SELECT v.project FROM volumes v WHERE v.id = vid), '')"
        "   WHEN kind IN ('backup', 'restore', 'verify', 'delete') THEN NULL ELSE '' END)"
        "$cb$");
    for (const char *f :
         {"cb_allowed(text, text, text)", "cb_may(text, text)", "cb_job_allowed(text, text, text, text)"}) {
        s << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(f));
        s << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(QLatin1String(f), all);
    }
    s << QStringLiteral(
             "CREATE OR REPLACE FUNCTION cb_apply_policy_grants() RETURNS void LANGUAGE plpgsql"
             " SECURITY DEFINER SET search_path FROM CURRENT AS $cb$DECLARE g record; BEGIN"
             " FOR g IN SELECT * FROM (VALUES %1) AS t(role, grp) LOOP"
             "  IF EXISTS (SELECT 1 FROM policy p WHERE p.role = g.role AND p.scope IN ('own', 'all')"
             "   AND p.action NOT IN ('view', 'view-audit')) THEN"
             "   EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %2 TO %I', g.grp);"
             "  ELSE"
             "   EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %2 FROM %I', g.grp);"
             "  END IF;"
             " END LOOP; END$cb$")
             .arg(others.join(QLatin1String(", ")), dataTables);
    s << QStringLiteral("REVOKE ALL ON FUNCTION cb_apply_policy_grants() FROM PUBLIC");
    s << QStringLiteral("CREATE OR REPLACE FUNCTION cb_policy_changed() RETURNS trigger LANGUAGE plpgsql"
                        " SECURITY DEFINER SET search_path FROM CURRENT AS"
                        " $cb$BEGIN PERFORM cb_apply_policy_grants(); RETURN NULL; END$cb$");
    s << QStringLiteral("REVOKE ALL ON FUNCTION cb_policy_changed() FROM PUBLIC");
    s << QStringLiteral("DROP TRIGGER IF EXISTS cb_policy_grants ON policy");
    s << QStringLiteral(
        "CREATE TRIGGER cb_policy_grants AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON policy"
        " FOR EACH STATEMENT EXECUTE FUNCTION cb_policy_changed()");
    s << QStringLiteral("SELECT cb_apply_policy_grants()");

    // Tables every account reads whole, now written by more than the cloud admins.
    for (const char *t : {"tags", "projects", "catalog_state"}) {
        const QString table = QLatin1String(t);
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table);
        s << QStringLiteral("ALTER TABLE %1 FORCE ROW LEVEL SECURITY").arg(table);
        s << QStringLiteral("DROP POLICY IF EXISTS cb_admin ON %1").arg(table);
        s << QStringLiteral("CREATE POLICY cb_admin ON %1 TO %2 USING (true) WITH CHECK (true)")
                 .arg(table, admin);
        s << QStringLiteral("DROP POLICY IF EXISTS cb_read ON %1").arg(table);
        s << QStringLiteral("CREATE POLICY cb_read ON %1 FOR SELECT USING (true)").arg(table);
    }

    struct Rule
    {
        const char *table;
        const char *command;
        QString check;       // USING and WITH CHECK, unless the two differ
        QString before = {}; // USING when it differs from check
    };
    const auto may = [](QStringList actions, const QString &project) {
        QStringList any;
        for (const QString &a : actions)
            any << QStringLiteral("cb_may('%1', %2)").arg(a, project);
        return any.join(QLatin1String(" OR "));
    };
    const QString p = QStringLiteral("project");
    const QString tagged =
        QStringLiteral("COALESCE((SELECT b.project FROM backups b WHERE b.id = backup_id), '')");
    const QString volumeWriters = may(
        {QStringLiteral("create-backup"), QStringLiteral("manage-volumes"), QStringLiteral("restore")}, p);
    const QString job = QStringLiteral("cb_job_allowed(current_user::text, kind, backup_id, volume_id)");
    const QList<Rule> rules = {
        // Backups: made by a backup (which then finishes its own "creating"
        // row, or removes it when cancelled), edited, verified, deleted.
        {"backups", "INSERT", may({QStringLiteral("create-backup")}, p)},
        {"backups", "UPDATE",
         may({QStringLiteral("edit"), QStringLiteral("verify"), QStringLiteral("delete"),
              QStringLiteral("create-backup")},
             p),
         may({QStringLiteral("edit"), QStringLiteral("verify"), QStringLiteral("delete")}, p) +
             QStringLiteral(" OR (status = 'creating' AND cb_may('create-backup', project))")},
        {"backups", "DELETE",
         may({QStringLiteral("delete")}, p) +
             QStringLiteral(" OR (status = 'creating' AND cb_may('create-backup', project))")},
        {"backup_tags", "INSERT", may({QStringLiteral("edit-tags")}, tagged)},
        {"backup_tags", "UPDATE", may({QStringLiteral("edit-tags")}, tagged)},
        {"backup_tags", "DELETE", may({QStringLiteral("edit-tags"), QStringLiteral("delete")}, tagged)},
        {"tags", "INSERT", may({QStringLiteral("edit-tags")}, QStringLiteral("NULL"))},
        // Volumes are recorded by a backup, a restore to a new volume, and "volume create".
        {"volumes", "INSERT", volumeWriters},
        {"volumes", "UPDATE", volumeWriters},
        {"volumes", "DELETE", may({QStringLiteral("manage-volumes")}, p)},
        {"jobs", "INSERT", job},
        {"jobs", "UPDATE", job},
        // A backup or a volume first seen in a project the role may work in anywhere.
        {"projects", "INSERT",
         may({QStringLiteral("create-backup"), QStringLiteral("manage-volumes"), QStringLiteral("restore")},
             QStringLiteral("name"))},
        // The change stamp: bumped by anyone allowed any change.
        {"catalog_state", "UPDATE", QStringLiteral("cb_may('*', NULL)")},
    };
    for (const Rule &r : rules) {
        const QString t = QLatin1String(r.table);
        const QString command = QLatin1String(r.command);
        const QString name = QStringLiteral("cb_") + command.toLower();
        s << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(name, t);
        QString sql = QStringLiteral("CREATE POLICY %1 ON %2 FOR %3").arg(name, t, command);
        if (command == QLatin1String("INSERT"))
            sql += QStringLiteral(" WITH CHECK (%1)").arg(r.check);
        else if (command == QLatin1String("DELETE"))
            sql += QStringLiteral(" USING (%1)").arg(r.check);
        else
            sql += QStringLiteral(" USING (%1) WITH CHECK (%2)")
                       .arg(r.before.isEmpty() ? r.check : r.before, r.check);
        s << sql;
    }
    // Viewing follows the table too: a role the site lets view every project
    // sees every row (asked once per statement).
    for (const char *t : {"backups", "volumes"}) {
        s << QStringLiteral("DROP POLICY IF EXISTS cb_view_all ON %1").arg(QLatin1String(t));
        s << QStringLiteral("CREATE POLICY cb_view_all ON %1 FOR SELECT USING ((SELECT cb_may('view', '')))")
                 .arg(QLatin1String(t));
    }
    // A job deleting several backups names none of them: visible to whoever may delete.
    s << QStringLiteral("DROP POLICY IF EXISTS cb_view_delete ON jobs");
    s << QStringLiteral("CREATE POLICY cb_view_delete ON jobs FOR SELECT USING (backup_id IS NULL AND"
                        " volume_id IS NULL AND kind = 'delete' AND cb_may('delete', NULL))");
    return s;
}

namespace {

// RFC 4013 SASLprep as PostgreSQL applies it, enough for real passwords:
// ASCII stays as it is; otherwise non-ASCII spaces become spaces, the
// characters mapped to nothing go, and the result is NFKC-normalised.
QByteArray saslPrep(const QString &password)
{
    bool ascii = true;
    for (QChar c : password)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        return password.toUtf8();
    QString out;
    for (QChar c : password) {
        const char16_t u = c.unicode();
        if (u == 0x00AD || u == 0x034F || u == 0x1806 || (u >= 0x180B && u <= 0x180D) || u == 0x200B ||
            u == 0x200C || u == 0x200D || u == 0x2060 || (u >= 0xFE00 && u <= 0xFE0F) || u == 0xFEFF)
            continue;
        if (u == 0x00A0 || u == 0x1680 || (u >= 0x2000 && u <= 0x200B) || u == 0x202F || u == 0x205F ||
            u == 0x3000)
            out += u' ';
        else
            out += c;
    }
    return out.normalized(QString::NormalizationForm_KC).toUtf8();
}

// The SCRAM-SHA-256 verifier PostgreSQL stores for a password, computed
// here so the clear-text password never reaches the server or its log.
QString scramVerifier(const QString &password)
{
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256,
                                                                 saslPrep(password), salt, iterations, 32);
    const QByteArray clientKey =
        QMessageAuthenticationCode::hash(QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey =
        QMessageAuthenticationCode::hash(QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

} // namespace

// A role statement with a password (as its SCRAM verifier), inside the
// caller's transaction. The server is asked not to log it (allowed for
// superusers); its error text never carries the secret.
Result<void> Catalog::runSecret(const QString &sql, const QString &password)
{
    QSqlDatabase d = db();
    for (const char *setting :
         {"log_statement = 'none'", "log_min_error_statement = 'panic'", "log_min_duration_statement = -1"}) {
        QSqlQuery q(d);
        q.exec(QStringLiteral("SAVEPOINT cb_quiet"));
        if (!q.exec(QStringLiteral("SET LOCAL ") + QLatin1String(setting)))
            q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT cb_quiet"));
        q.exec(QStringLiteral("RELEASE SAVEPOINT cb_quiet"));
    }
    if (auto r = run(d, QStringLiteral("SET LOCAL password_encryption = 'scram-sha-256'")); !r)
        return r;
    const QString verifier = scramVerifier(password);
    QString statement = sql;
    statement.replace(QLatin1String("%PASSWORD%"), quoteLiteral(verifier));
    QSqlQuery q(d);
    if (!q.exec(statement)) {
        QString why = q.lastError().databaseText().trimmed();
        why.replace(verifier, QStringLiteral("****"));
        if (!password.isEmpty())
            why.replace(password, QStringLiteral("****"));
        return fail(deferTr("Catalog", "Catalog error: %1").arg(why));
    }
    return {};
}

} // namespace cb
