// Access on a shared PostgreSQL catalog: every role against the engine, and
// the same matrix enforced by the database itself for plain SQL (psql).
#include "TestPostgres.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "volumes/VolumeBackend.h"

#include <QDirIterator>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;
using namespace cb::test;

namespace {

struct Person
{
    QString name;
    Role role;
    QString password;
};

const QList<Person> &people()
{
    // Passwords with quotes, backslashes, a semicolon and non-ASCII letters.
    static const QList<Person> list = {
        {QStringLiteral("pga_admin"), Role::CloudAdmin, QStringLiteral("Adm'in\\pw; --1")},
        {QStringLiteral("pga_dept"), Role::DeptAdmin, QStringLiteral("De\"pt'pw\\2")},
        {QStringLiteral("pga_padmin"), Role::ProjectAdmin, QStringLiteral("Pa$$w0rd'%3")},
        {QStringLiteral("pga_member"), Role::Member, QStringLiteral("密码-Grüße'\\4")},
    };
    return list;
}

const Person &person(Role role)
{
    for (const Person &p : people()) {
        if (p.role == role)
            return p;
    }
    qFatal("no such role");
}

} // namespace

class TestPgAccess : public QObject
{
    Q_OBJECT

    QString m_url;
    QTemporaryDir m_home; // one OS user, one home: file volumes are shared by every engine
    std::shared_ptr<Engine> m_owner;
    QHash<QString, Backup> m_backup; // project -> a backup of its volume
    QHash<QString, Volume> m_volume; // project -> its volume
    QStringList m_errors;            // every refusal's text, checked for passwords

    EngineConfig config(const QString &account = {}, const QString &password = {}) const
    {
        EngineConfig c;
        c.home = m_home.path();
        c.catalogUrl = m_url;
        c.account = account;
        c.password = password;
        return c;
    }

    std::shared_ptr<Engine> login(const Person &p)
    {
        auto e = Engine::open(config(p.name, p.password));
        if (!e)
            qFatal("%s cannot log in: %s", qPrintable(p.name), qPrintable(e.error()));
        return *e;
    }

    Psql psql(const QString &account, const QString &password, const QString &sql) const
    {
        return runPsql(m_url, account, password, sql);
    }

    // The newest audit row of an account, read as the owner.
    AuditEntry lastAudit(const QString &account)
    {
        AuditFilter f;
        f.account = account;
        f.limit = 1;
        auto rows = m_owner->auditLog(f);
        if (!rows || rows->isEmpty())
            return {};
        return rows->first();
    }

    // A refused action: an error, audited as denied with the real account.
    bool refused(const QString &account, const QString &what, const Result<void> &r)
    {
        if (r.ok()) {
            qWarning("%s was allowed to %s", qPrintable(account), qPrintable(what));
            return false;
        }
        m_errors << r.error();
        const AuditEntry e = lastAudit(account);
        if (e.result != QLatin1String("denied") || e.account != account) {
            qWarning("%s: refusal to %s not audited as denied (last: %s %s)", qPrintable(account),
                     qPrintable(what), qPrintable(e.action), qPrintable(e.result));
            return false;
        }
        return true;
    }

    template<typename T> static Result<void> plain(const Result<T> &r)
    {
        return r ? Result<void>() : Result<void>(fail(r.error()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_url = postgresUrl();
        if (m_url.isEmpty())
            QSKIP("Runs under CTest with the PostgreSQL fixture.");
        QVERIFY(m_home.isValid());
        {
            // A fresh catalog, and none of this test's roles left from an earlier run.
            auto c = Catalog::open(m_url);
            QVERIFY2(c.ok(), qPrintable(c.error()));
            QSqlQuery q((*c)->db());
            for (const char *t :
                 {"backup_tags", "tags", "backups", "volumes", "projects", "users", "user_projects", "policy",
                  "job_log", "jobs", "audit", "catalog_state", "schema_version", "backup_policies",
                  "policy_runs", "backup_protection", "backup_locations"})
                q.exec(QStringLiteral("DROP TABLE IF EXISTS %1 CASCADE").arg(QLatin1String(t)));
            for (const Person &p : people())
                q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(p.name));
            q.exec(QStringLiteral("DROP ROLE IF EXISTS pga_new"));
        }
        auto owner = Engine::open(config());
        QVERIFY2(owner.ok(), qPrintable(owner.error()));
        m_owner = *owner;
        QCOMPARE(m_owner->caller().account, QStringLiteral("postgres"));
        QCOMPARE(m_owner->caller().role, Role::CloudAdmin); // the database's owner is the first cloud admin
        for (const QString &p : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            QVERIFY2(m_owner->createProject(p).ok(), qPrintable(p));
            CreateVolumeParams v;
            v.name = QStringLiteral("vol-") + p;
            v.project = p;
            v.size = 4 << 20;
            auto vol = m_owner->createVolume(v);
            QVERIFY2(vol.ok(), qPrintable(vol.error()));
            writeRandom(vol->device, 0, 4 << 20, 7);
            m_volume.insert(p, *vol);
            m_backup.insert(p, backupOrDie(*m_owner, vol->id, false, QStringLiteral("b-") + p));
        }
        for (const Person &p : people()) {
            Account a;
            a.name = p.name;
            a.role = p.role;
            a.projects = {QStringLiteral("p1")};
            auto made = m_owner->createAccount(a, p.password);
            QVERIFY2(made.ok(), qPrintable(made.error()));
            QCOMPARE(made->role, p.role);
            QCOMPARE(made->projects, QStringList{QStringLiteral("p1")});
        }
    }

    void engineMatrix_data()
    {
        QTest::addColumn<int>("role");
        for (const Person &p : people())
            QTest::newRow(qPrintable(roleKey(p.role))) << int(p.role);
    }
    void engineMatrix()
    {
        QFETCH(int, role);
        const Person &me = person(Role(role));
        const bool admin = me.role == Role::CloudAdmin;
        auto e = login(me);
        QCOMPARE(e->caller().account, me.name); // the database's current_user, not $USER
        QCOMPARE(e->caller().role, me.role);

        // Viewing: a cloud admin sees everything, every other role only p1.
        auto visible = e->backups();
        QVERIFY2(visible.ok(), qPrintable(visible.error()));
        QStringList projects;
        for (const Backup &b : std::as_const(*visible))
            projects << b.project;
        projects.removeDuplicates();
        projects.sort();
        QCOMPARE(projects, admin ? (QStringList{QStringLiteral("p1"), QStringLiteral("p2")})
                                 : QStringList{QStringLiteral("p1")});
        QVERIFY(e->backup(m_backup[QStringLiteral("p1")].id).ok());
        QCOMPARE(e->backup(m_backup[QStringLiteral("p2")].id).ok(), admin);
        auto projectList = e->projects();
        QVERIFY(projectList.ok());
        QCOMPARE(projectList->contains(QStringLiteral("p2")), admin);
        auto vols = e->volumes();
        QVERIFY(vols.ok());
        bool seesP2Volume = false;
        for (const Volume &v : std::as_const(*vols))
            seesP2Volume = seesP2Volume || v.project == QLatin1String("p2");
        QCOMPARE(seesP2Volume, admin);

        for (const QString &project : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            const Backup target = *m_owner->backup(m_backup[project].id);
            const Volume volume = m_volume[project];
            const QString tag = me.name + u'-' + project;
            JobControl control;
            BackupParams bp;
            bp.volume = volume.id;
            bp.name = tag;
            auto made = e->createBackup(bp, control);
            RestoreParams rp;
            rp.backupId = target.id;
            rp.newVolumeName = QStringLiteral("r-") + tag.section(u'_', 1);
            auto restored = e->restore(rp, control);
            auto edited = e->editBackup(target.id, QStringLiteral("edited by ") + me.name, std::nullopt);
            auto tagged = e->setTags(target.id, {tag});
            auto verified = e->verifyBackup(target.id, control);
            CreateVolumeParams cv;
            cv.name = QStringLiteral("n-") + tag.section(u'_', 1);
            cv.project = project;
            cv.size = 1 << 20;
            auto created = e->createVolume(cv);
            if (admin) {
                QVERIFY2(made.ok(), qPrintable(made.error()));
                QVERIFY2(restored.ok(), qPrintable(restored.error()));
                QVERIFY2(edited.ok(), qPrintable(edited.error()));
                QVERIFY2(tagged.ok(), qPrintable(tagged.error()));
                QVERIFY2(verified.ok(), qPrintable(verified.error()));
                QVERIFY2(created.ok(), qPrintable(created.error()));
                QVERIFY2(e->deleteVolume(created->id).ok(), qPrintable(project));
                QVERIFY2(e->deleteVolume(restored->id).ok(), qPrintable(project));
                auto deleted = e->deleteBackups({made->id}, control);
                QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
                QCOMPARE(lastAudit(me.name).result, QStringLiteral("ok"));
                continue;
            }
            QVERIFY(refused(me.name, QStringLiteral("back up in ") + project, plain(made)));
            QVERIFY(refused(me.name, QStringLiteral("restore in ") + project, plain(restored)));
            if (project == QLatin1String("p1")) { // p2's backup is not even found
                QVERIFY(refused(me.name, QStringLiteral("edit in ") + project, plain(edited)));
                QVERIFY(refused(me.name, QStringLiteral("tag in ") + project, plain(tagged)));
                QVERIFY(refused(me.name, QStringLiteral("verify in ") + project, plain(verified)));
                QVERIFY(refused(me.name, QStringLiteral("delete in ") + project,
                                plain(e->deleteBackups({target.id}, control))));
                QVERIFY(refused(me.name, QStringLiteral("delete a volume in ") + project,
                                e->deleteVolume(volume.id)));
            } else {
                QVERIFY(!edited.ok() && !tagged.ok() && !verified.ok());
                QVERIFY(!e->deleteBackups({target.id}, control).ok());
                QVERIFY(!e->deleteVolume(volume.id).ok());
            }
            QVERIFY(refused(me.name, QStringLiteral("create a volume in ") + project, plain(created)));
            // Nothing changed.
            auto still = m_owner->backup(target.id);
            QVERIFY(still.ok());
            QCOMPARE(still->name, target.name);
            QVERIFY(!still->tags.contains(tag));
        }

        // Accounts and the audit log.
        Account extra;
        extra.name = QStringLiteral("pga_new");
        extra.role = Role::Member;
        auto account = e->createAccount(extra, QStringLiteral("new-account-pw"));
        auto audit = e->auditLog({});
        auto project = e->createProject(QStringLiteral("p-") + me.name.section(u'_', 1));
        if (admin) {
            QVERIFY2(account.ok(), qPrintable(account.error()));
            QVERIFY2(audit.ok(), qPrintable(audit.error()));
            QVERIFY2(project.ok(), qPrintable(project.error()));
            QVERIFY(e->setAccountRole(extra.name, Role::ProjectAdmin).ok());
            QVERIFY(e->addAccountProject(extra.name, QStringLiteral("p2")).ok());
            QVERIFY(e->setAccountEnabled(extra.name, false).ok());
            auto shown = m_owner->account(extra.name);
            QVERIFY(shown.ok());
            QCOMPARE(shown->role, Role::ProjectAdmin);
            QCOMPARE(shown->projects, QStringList{QStringLiteral("p2")});
            QVERIFY(!shown->enabled);
            QVERIFY(e->deleteProject(QStringLiteral("p-admin")).ok());
        } else {
            QVERIFY(refused(me.name, QStringLiteral("create an account"), plain(account)));
            QVERIFY(refused(me.name, QStringLiteral("view the audit"), plain(audit)));
            QVERIFY(refused(me.name, QStringLiteral("create a project"), project));
            QVERIFY(refused(me.name, QStringLiteral("disable an account"),
                            plain(e->setAccountEnabled(person(Role::CloudAdmin).name, false))));
            // Everyone may change their own password.
            const QString fresh = me.password + QStringLiteral("-new");
            QVERIFY2(e->setAccountPassword(me.name, fresh).ok(), qPrintable(me.name));
            auto again = Engine::open(config(me.name, fresh));
            QVERIFY2(again.ok(), qPrintable(again.error()));
            QVERIFY(!Engine::open(config(me.name, me.password)).ok());
            QVERIFY(e->setAccountPassword(me.name, me.password).ok());
        }
    }

    void psqlMatrix_data() { engineMatrix_data(); }
    void psqlMatrix()
    {
        QFETCH(int, role);
        const Person &me = person(Role(role));
        const bool admin = me.role == Role::CloudAdmin;
        const auto count = [&](const QString &table, const QString &project) {
            const Psql r =
                psql(me.name, me.password,
                     QStringLiteral("SELECT count(*) FROM %1 WHERE project = '%2'").arg(table, project));
            if (r.exitCode != 0)
                qFatal("psql as %s: %s", qPrintable(me.name), qPrintable(r.err));
            return r.out.toInt();
        };
        for (const char *table : {"backups", "volumes", "audit"}) {
            const QString t = QLatin1String(table);
            QVERIFY2(count(t, QStringLiteral("p1")) > 0, table);
            QCOMPARE(count(t, QStringLiteral("p2")) > 0, admin);
        }
        const Psql tags = psql(me.name, me.password,
                               QStringLiteral("SELECT count(*) FROM backup_tags WHERE backup_id = '%1'")
                                   .arg(m_backup[QStringLiteral("p2")].id));
        QCOMPARE(tags.exitCode, 0);
        QCOMPARE(tags.out.toInt() > 0, admin); // the cloud admin tagged p2's backup

        const QStringList writes = {
            QStringLiteral(
                "INSERT INTO backups (id, name, volume_id, volume_name, project, volume_type, kind,"
                " status, size, created_at) VALUES ('f00d', 'x', 'v', 'v', 'p1', 'file', 'full',"
                " 'available', 1, 1)"),
            QStringLiteral("UPDATE backups SET name = 'hacked'"),
            QStringLiteral("DELETE FROM backups"),
            QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('mallory', 'cloud-admin', 1)"),
            QStringLiteral("UPDATE users SET role = 'cloud-admin'"),
            QStringLiteral("DELETE FROM users"),
            QStringLiteral("INSERT INTO policy (action, role, scope) VALUES ('delete', 'member', 'all')"),
            QStringLiteral("UPDATE policy SET scope = 'all'"),
            QStringLiteral("DELETE FROM policy"),
        };
        if (!admin) {
            for (const QString &sql : writes) {
                const Psql r = psql(me.name, me.password, sql);
                QVERIFY2(r.exitCode != 0, qPrintable(sql));
                QVERIFY2(r.err.contains(QLatin1String("permission denied")), qPrintable(r.err));
            }
        }
        // Nobody alters the audit, not even a cloud admin.
        for (const QString &sql :
             {QStringLiteral("UPDATE audit SET detail = 'rewritten'"), QStringLiteral("DELETE FROM audit")}) {
            const Psql r = psql(me.name, me.password, sql);
            QVERIFY2(r.exitCode != 0, qPrintable(me.name + u' ' + sql));
        }
        // An audit row in another's name is stored with the real author.
        const QString marker = QStringLiteral("forged-by-") + me.name;
        const Psql forged =
            psql(me.name, me.password,
                 QStringLiteral("INSERT INTO audit (at, user_name, action, object, detail, project)"
                                " VALUES (1, 'postgres', 'forged', '%1', '', 'p1')")
                     .arg(marker));
        QVERIFY2(forged.exitCode == 0, qPrintable(forged.err));
        AuditFilter f;
        f.action = QStringLiteral("forged");
        auto rows = m_owner->auditLog(f);
        QVERIFY(rows.ok());
        bool found = false;
        for (const AuditEntry &e : std::as_const(*rows)) {
            if (e.object == marker) {
                QCOMPARE(e.account, me.name);
                found = true;
            }
        }
        QVERIFY(found);
        // The data is still there.
        QVERIFY(m_owner->backup(m_backup[QStringLiteral("p1")].id).ok());
        QVERIFY(m_owner->account(QStringLiteral("postgres")).ok());
    }

    // Viewing needs only the catalog: an account that may change nothing
    // works without the repository, which only cloud admins are given.
    void viewingNeedsOnlyTheCatalog()
    {
        QTemporaryDir elsewhere;
        const QString missing = elsewhere.filePath(QStringLiteral("not-given"));
        for (Role r : {Role::Member, Role::ProjectAdmin, Role::DeptAdmin}) {
            EngineConfig c = config(person(r).name, person(r).password);
            c.repositoryPath = missing;
            c.cephConf = elsewhere.filePath(QStringLiteral("no-keyring/ceph.conf")); // no Ceph access given
            auto viewer = Engine::open(c);
            QVERIFY2(viewer, qPrintable(viewer.error()));
            auto list = (*viewer)->backups();
            QVERIFY2(list, qPrintable(list.error()));
            QVERIFY(!list->isEmpty());
            for (const Backup &b : std::as_const(*list))
                QCOMPARE(b.project, QStringLiteral("p1"));
            QCOMPARE((*viewer)->info(true).repositoryBackups, -1);
            JobControl control;
            QVERIFY(!(*viewer)->verifyBackup(list->first().id, control)); // refused, not a crash
        }
        EngineConfig admin = config(person(Role::CloudAdmin).name, person(Role::CloudAdmin).password);
        admin.repositoryPath = missing;
        QVERIFY(!Engine::open(admin).ok());
        QVERIFY(!QFileInfo::exists(missing));
    }

    void badLoginsAreRefused()
    {
        const Person &member = person(Role::Member);
        const QString wrong = QStringLiteral("not-the-password-4711");
        auto bad = Engine::open(config(member.name, wrong));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().contains(QLatin1String("password is wrong")), qPrintable(bad.error()));
        QVERIFY(!bad.error().contains(wrong));
        m_errors << bad.error();
        auto nobody = Engine::open(config(QStringLiteral("pga_nobody"), wrong));
        QVERIFY(!nobody.ok());
        QVERIFY(!nobody.error().contains(wrong));

        // Disabled: refused by the database itself, with a clear reason.
        QVERIFY(m_owner->setAccountEnabled(member.name, false).ok());
        auto disabled = Engine::open(config(member.name, member.password));
        QVERIFY(!disabled.ok());
        QVERIFY2(disabled.error().contains(QLatin1String("disabled")), qPrintable(disabled.error()));
        QVERIFY(psql(member.name, member.password, QStringLiteral("SELECT 1")).exitCode != 0);
        QVERIFY(m_owner->setAccountEnabled(member.name, true).ok());
        QVERIFY(Engine::open(config(member.name, member.password)).ok());

        // No password given: libpq's PGPASSWORD is used.
        const QByteArray ownerPassword = qgetenv("PGPASSWORD");
        qputenv("PGPASSWORD", member.password.toUtf8());
        auto fromEnv = Catalog::open(m_url, CatalogLogin{member.name, {}});
        qputenv("PGPASSWORD", ownerPassword);
        QVERIFY2(fromEnv.ok(), qPrintable(fromEnv.error()));
        QCOMPARE((*fromEnv)->account(), member.name);

        // A password in the URL is refused, and not repeated.
        QString withPassword = m_url;
        withPassword.replace(QStringLiteral("postgres@"), QStringLiteral("postgres:s3cr3t-in-url@"));
        auto inUrl = Catalog::open(withPassword);
        QVERIFY(!inUrl.ok());
        QVERIFY2(inUrl.error().contains(QLatin1String("PGPASSWORD")), qPrintable(inUrl.error()));
        QVERIFY(!inUrl.error().contains(QLatin1String("s3cr3t")));

        // Only the owner sets up or upgrades the catalog; an account gets a clear error.
        QSqlQuery q(catalogOf(*m_owner).db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 3")));
        auto early = Catalog::open(m_url, CatalogLogin{member.name, member.password});
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(Catalog::SchemaVersion)));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().contains(QLatin1String("owner")), qPrintable(early.error()));
    }

    void metacharactersStoreCleanly()
    {
        const QString evil = QStringLiteral("x'; DROP TABLE backups; --");
        const QString description = QStringLiteral("it's \"quoted\" \\ back\\slash \\' %_ ?");
        const QString id = m_backup[QStringLiteral("p1")].id;
        auto edited = m_owner->editBackup(id, evil, description);
        QVERIFY2(edited.ok(), qPrintable(edited.error()));
        auto tagged = m_owner->setTags(id, {evil, QStringLiteral("a\\b"), QStringLiteral("\"q\"")});
        QVERIFY2(tagged.ok(), qPrintable(tagged.error()));
        auto back = m_owner->backup(id);
        QVERIFY(back.ok());
        QCOMPARE(back->name, evil);
        QCOMPARE(back->description, description);
        QVERIFY(back->tags.contains(evil));
        QVERIFY(back->tags.contains(QStringLiteral("a\\b")));
        QVERIFY(back->tags.contains(QStringLiteral("\"q\"")));
        QVERIFY(m_owner->backups().ok()); // the table is still there
        // Audit filters with metacharacters match exactly, nothing more.
        AuditFilter f;
        f.account = evil;
        auto none = m_owner->auditLog(f);
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        f = {};
        f.action = QStringLiteral("backup.");
        auto prefixed = m_owner->auditLog(f);
        QVERIFY(prefixed.ok());
        QVERIFY(!prefixed->isEmpty());
        for (const AuditEntry &e : std::as_const(*prefixed))
            QVERIFY(e.action.startsWith(QLatin1String("backup.")));
        QVERIFY(prefixed->first().at >= prefixed->last().at); // newest first
    }

    // Policies and protection: only cloud admins change them; every account
    // sees the policies of its projects, through the engine and through psql.
    void policiesFollowProjects()
    {
        for (const QString &p : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            BackupPolicy policy;
            policy.name = QStringLiteral("nightly-") + p;
            policy.project = p;
            policy.schedule = QStringLiteral("daily");
            policy.retention.daily = 7;
            auto made = m_owner->createBackupPolicy(policy);
            QVERIFY2(made.ok(), qPrintable(made.error()));
        }
        const Backup &b1 = m_backup[QStringLiteral("p1")];
        QVERIFY(m_owner->setProtected(b1.id, true).ok());
        for (const Person &me : people()) {
            if (me.role == Role::CloudAdmin)
                continue;
            auto e = login(me);
            auto seen = e->backupPolicies();
            QVERIFY2(seen.ok(), qPrintable(seen.error()));
            QCOMPARE(seen->size(), 1);
            QCOMPARE(seen->first().name, QStringLiteral("nightly-p1"));
            BackupPolicy mine;
            mine.name = QStringLiteral("mine");
            mine.project = QStringLiteral("p1");
            mine.schedule = QStringLiteral("daily");
            QVERIFY(refused(me.name, QStringLiteral("create a policy"), plain(e->createBackupPolicy(mine))));
            QVERIFY(refused(me.name, QStringLiteral("delete a policy"),
                            e->deleteBackupPolicy(QStringLiteral("nightly-p1"))));
            QVERIFY(refused(me.name, QStringLiteral("unprotect"), plain(e->setProtected(b1.id, false))));
            const Psql rows = psql(me.name, me.password, QStringLiteral("SELECT name FROM backup_policies"));
            QCOMPARE(rows.exitCode, 0);
            QCOMPARE(rows.out.trimmed(), QStringLiteral("nightly-p1"));
            for (const QString &sql :
                 {QStringLiteral("DELETE FROM backup_protection"),
                  QStringLiteral("DELETE FROM backup_policies"),
                  QStringLiteral("INSERT INTO policy_runs (policy, slot, host, pid, claimed_at) VALUES "
                                 "('nightly-p1', 1, 'h', 1, 1)")}) {
                const Psql w = psql(me.name, me.password, sql);
                QVERIFY2(w.exitCode != 0 && w.err.contains(QLatin1String("permission denied")),
                         qPrintable(sql + QStringLiteral(": ") + w.err));
            }
        }
        // Not even the owner deletes a protected backup's row, through psql or the engine.
        const Psql owner = psql(QStringLiteral("postgres"), postgresPassword(),
                                QStringLiteral("DELETE FROM backups WHERE id = '%1'").arg(b1.id));
        QVERIFY2(owner.exitCode != 0 && owner.err.contains(QLatin1String("protected")),
                 qPrintable(owner.err));
        JobControl control;
        QVERIFY(!m_owner->deleteBackups({b1.id}, control).ok());
        QVERIFY(m_owner->setProtected(b1.id, false).ok());
    }

    void passwordsAppearNowhere()
    {
        QStringList secrets;
        for (const Person &p : people())
            secrets << p.password << p.password + QStringLiteral("-new");
        secrets << QStringLiteral("new-account-pw") << QStringLiteral("not-the-password-4711");
        auto audit = m_owner->auditLog({});
        QVERIFY(audit.ok());
        QVERIFY(audit->size() > 10);
        auto jobs = m_owner->jobs(false);
        QVERIFY(jobs.ok());
        QVERIFY(!jobs->isEmpty());
        QStringList texts = m_errors;
        for (const AuditEntry &e : std::as_const(*audit))
            texts << e.account << e.action << e.object << e.detail << e.project;
        for (const JobRecord &j : std::as_const(*jobs))
            texts << j.error << j.host << j.backupId << j.volumeId;
        // The server logs every statement in the test cluster.
        QFile log(postgresDir() + QStringLiteral("/server.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString serverLog = QString::fromUtf8(log.readAll());
        QVERIFY(serverLog.contains(QLatin1String("CREATE ROLE")));
        // No process's command line, ours or any other.
        QStringList commandLines;
        QDirIterator procs(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
        while (procs.hasNext()) {
            QFile f(procs.next() + QStringLiteral("/cmdline"));
            if (f.open(QIODevice::ReadOnly))
                commandLines << QString::fromUtf8(f.readAll());
        }
        QVERIFY(commandLines.size() > 1);
        for (const QString &secret : std::as_const(secrets)) {
            for (const QString &t : std::as_const(texts))
                QVERIFY2(!t.contains(secret), qPrintable(t));
            QVERIFY2(!serverLog.contains(secret), "a password is in the server log");
            for (const QString &c : std::as_const(commandLines))
                QVERIFY2(!c.contains(secret), "a password is on a command line");
        }
    }
};

QTEST_GUILESS_MAIN(TestPgAccess)
#include "tst_pgaccess.moc"
