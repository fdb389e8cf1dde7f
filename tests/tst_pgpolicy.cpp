// A site's widened permission matrix on a shared PostgreSQL catalog: the
// policy table a cloud admin publishes is what every engine follows, and what
// the database itself enforces for plain SQL (psql).
#include "TestPostgres.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "volumes/VolumeBackend.h"

#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;
using namespace cb::test;

namespace {

const QString padmin = QStringLiteral("pgp_padmin");
const QString padminPassword = QStringLiteral("Pa'dmin\\pw; 1");
const QString member = QStringLiteral("pgp_member");
const QString memberPassword = QStringLiteral("Mem\"ber-pw 2");
const QString database = QStringLiteral("cloudbackup_policy");

} // namespace

class TestPgPolicy : public QObject
{
    Q_OBJECT

    QString m_url;
    QTemporaryDir m_home; // one OS user, one home: file volumes and the repository are shared
    QTemporaryDir m_files;
    std::shared_ptr<Engine> m_owner;
    QHash<QString, Backup> m_backup; // project -> a backup of its volume
    QHash<QString, Volume> m_volume; // project -> its volume

    EngineConfig config(const QString &account = {}, const QString &password = {},
                        const QString &permissions = {}) const
    {
        EngineConfig c;
        c.home = m_home.path();
        c.catalogUrl = m_url;
        c.account = account;
        c.password = password;
        c.permissionsFile = permissions;
        return c;
    }

    std::shared_ptr<Engine> open(const EngineConfig &c)
    {
        auto e = Engine::open(c);
        if (!e)
            qFatal("%s cannot log in: %s", qPrintable(c.account), qPrintable(e.error()));
        return *e;
    }

    QString permissionFile(const QString &name, const QByteArray &json)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    // The cloud admin publishes a matrix: its engine opened with that file.
    void publish(const QString &file) { m_owner = open(config({}, {}, file)); }

    Psql psql(const QString &account, const QString &password, const QString &sql) const
    {
        return runPsql(m_url, account, password, sql);
    }

    // Rows as the owner sees them (every project).
    int ownerCount(const QString &sql)
    {
        QSqlQuery q(catalogOf(*m_owner).db());
        if (!q.exec(sql) || !q.next())
            qFatal("%s failed", qPrintable(sql));
        return q.value(0).toInt();
    }

    AuditEntry lastAudit(const QString &account)
    {
        AuditFilter f;
        f.account = account;
        f.limit = 1;
        auto rows = m_owner->auditLog(f);
        return rows && !rows->isEmpty() ? rows->first() : AuditEntry{};
    }

    bool denied(const QString &account, const QString &what, bool ok)
    {
        if (ok) {
            qWarning("%s was allowed to %s", qPrintable(account), qPrintable(what));
            return false;
        }
        const AuditEntry e = lastAudit(account);
        if (e.result != QLatin1String("denied")) {
            qWarning("%s: refusal to %s not audited as denied", qPrintable(account), qPrintable(what));
            return false;
        }
        return true;
    }

    // What a project admin of p1 can do through its engine under the current table.
    struct Outcome
    {
        bool backedUp = false;
        bool tagged = false;
        bool restored = false;
    };
    Outcome tryInP1(Engine &e, const QString &name)
    {
        Outcome o;
        JobControl control;
        BackupParams bp;
        bp.volume = m_volume[QStringLiteral("p1")].id;
        bp.name = name;
        o.backedUp = e.createBackup(bp, control).ok();
        o.tagged = e.setTags(m_backup[QStringLiteral("p1")].id, {name}).ok();
        RestoreParams rp;
        rp.backupId = m_backup[QStringLiteral("p1")].id;
        rp.newVolumeName = name;
        auto restored = e.restore(rp, control);
        o.restored = restored.ok();
        return o;
    }

    static QString insertBackup(const QString &id, const QString &project, const QString &status)
    {
        return QStringLiteral(
                   "INSERT INTO backups (id, name, volume_id, volume_name, project, volume_type, kind,"
                   " status, size, created_at) VALUES ('%1', 'x', 'v', 'v', '%2', 'file', 'full',"
                   " '%3', 1, 1)")
            .arg(id, project, status);
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString fixture = postgresUrl(); // the owner's password goes to PGPASSWORD
        if (fixture.isEmpty())
            QSKIP("Runs under CTest with the PostgreSQL fixture.");
        QVERIFY(m_home.isValid() && m_files.isValid());
        // A database of its own, and none of this test's roles left from an earlier run.
        m_url = fixture; // psql below connects to the fixture's database as its owner
        const QString owner = QUrl(fixture).userName();
        const QString ownerPassword = postgresPassword();
        QCOMPARE(psql(owner, ownerPassword, QStringLiteral("DROP DATABASE IF EXISTS ") + database).exitCode,
                 0);
        for (const QString &r : {padmin, member})
            QCOMPARE(psql(owner, ownerPassword, QStringLiteral("DROP ROLE IF EXISTS ") + r).exitCode, 0);
        QCOMPARE(psql(owner, ownerPassword, QStringLiteral("CREATE DATABASE ") + database).exitCode, 0);
        QUrl u(fixture);
        u.setPath(u'/' + database);
        m_url = u.toString();

        m_owner = open(config());
        QCOMPARE(m_owner->caller().role, Role::CloudAdmin);
        for (const QString &p : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            QVERIFY2(m_owner->createProject(p).ok(), qPrintable(p));
            CreateVolumeParams v;
            v.name = QStringLiteral("vol-") + p;
            v.project = p;
            v.size = 2 << 20;
            auto vol = m_owner->createVolume(v);
            QVERIFY2(vol.ok(), qPrintable(vol.error()));
            writeRandom(vol->device, 0, 2 << 20, 11);
            m_volume.insert(p, *vol);
            m_backup.insert(p, backupOrDie(*m_owner, vol->id, false, QStringLiteral("b-") + p));
        }
        struct Person
        {
            QString name;
            Role role;
            QString password;
        };
        for (const Person &p : {Person{padmin, Role::ProjectAdmin, padminPassword},
                                Person{member, Role::Member, memberPassword}}) {
            Account a;
            a.name = p.name;
            a.role = p.role;
            a.projects = {QStringLiteral("p1")};
            auto made = m_owner->createAccount(a, p.password);
            QVERIFY2(made.ok(), qPrintable(made.error()));
        }
    }

    // The seed's matrix: a project admin changes nothing, in the engine or by SQL.
    void seedRefusesEverywhere()
    {
        auto e = open(config(padmin, padminPassword));
        QVERIFY(!e->may(Action::Restore, QStringLiteral("p1")));
        const Outcome o = tryInP1(*e, QStringLiteral("seed"));
        QVERIFY(!o.backedUp && !o.tagged && !o.restored);
        QCOMPARE(lastAudit(padmin).result, QStringLiteral("denied"));
        const Psql tag = psql(padmin, padminPassword,
                              QStringLiteral("INSERT INTO backup_tags (backup_id, tag) VALUES ('%1', 'seed')")
                                  .arg(m_backup[QStringLiteral("p1")].id));
        QVERIFY(tag.exitCode != 0);
        QVERIFY2(tag.err.contains(QLatin1String("permission denied")), qPrintable(tag.err));
    }

    void widenedForProjectAdmins()
    {
        const QString p1 = QStringLiteral("p1");
        const QString p2 = QStringLiteral("p2");
        publish(permissionFile(QStringLiteral("widen.json"),
                               R"({"allow": [{"role": "project-admin", "action": "restore", "scope": "own"},
                          {"role": "project-admin", "action": "create-backup", "scope": "own"},
                          {"role": "project-admin", "action": "edit-tags", "scope": "own"}]})"));
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM policy WHERE role = 'project-admin'"
                                           " AND scope = 'own' AND action IN ('restore', 'create-backup',"
                                           " 'edit-tags')")),
                 3);

        // The project admin's engine has no file: it follows the table.
        auto e = open(config(padmin, padminPassword));
        QVERIFY(e->may(Action::Restore, p1));
        QVERIFY(!e->may(Action::Restore, p2));
        QVERIFY(!e->may(Action::Delete, p1));
        const int before = ownerCount(QStringLiteral("SELECT count(*) FROM backups WHERE project = 'p1'"));
        const Outcome o = tryInP1(*e, QStringLiteral("by-padmin"));
        QVERIFY(o.backedUp && o.tagged && o.restored);
        // The rows really changed.
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM backups WHERE project = 'p1'")), before + 1);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM backups WHERE name = 'by-padmin'"
                                           " AND status = 'available'")),
                 1);
        auto tagged = m_owner->backup(m_backup[p1].id);
        QVERIFY(tagged.ok());
        QCOMPARE(tagged->tags, QStringList{QStringLiteral("by-padmin")});
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM volumes WHERE name = 'by-padmin'"
                                           " AND project = 'p1'")),
                 1);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM jobs WHERE status = 'running'")), 0);
        QCOMPARE(lastAudit(padmin).result, QStringLiteral("ok"));

        // p2: refused by the engine (its backup and volume are not even visible).
        JobControl control;
        BackupParams bp;
        bp.volume = m_volume[p2].id;
        QVERIFY(!e->createBackup(bp, control).ok());
        QVERIFY(!e->setTags(m_backup[p2].id, {QStringLiteral("x")}).ok());
        RestoreParams over; // p1's backup over p2's volume
        over.backupId = m_backup[p1].id;
        over.targetVolume = m_volume[p2].id;
        QVERIFY(!e->restore(over, control).ok());
        // An action the file did not widen stays refused in p1 too.
        QVERIFY(denied(padmin, QStringLiteral("edit in p1"),
                       e->editBackup(m_backup[p1].id, QStringLiteral("renamed"), std::nullopt).ok()));
        QVERIFY(denied(padmin, QStringLiteral("delete in p1"),
                       e->deleteBackups({m_backup[p1].id}, control).ok()));
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM backups WHERE project = 'p2'")), 1);

        // The database enforces the same table for plain SQL.
        const QString b1 = m_backup[p1].id;
        const QString b2 = m_backup[p2].id;
        const Psql ownTag =
            psql(padmin, padminPassword,
                 QStringLiteral("INSERT INTO backup_tags (backup_id, tag) VALUES ('%1', 'psql')").arg(b1));
        QVERIFY2(ownTag.exitCode == 0, qPrintable(ownTag.err));
        QCOMPARE(ownerCount(QStringLiteral(
                                "SELECT count(*) FROM backup_tags WHERE backup_id = '%1' AND tag = 'psql'")
                                .arg(b1)),
                 1);
        const QStringList refusedWrites = {
            QStringLiteral("INSERT INTO backup_tags (backup_id, tag) VALUES ('%1', 'psql')").arg(b2),
            insertBackup(QStringLiteral("beef"), p2, QStringLiteral("creating")),
            QStringLiteral("INSERT INTO volumes (id, name, project, type, size, first_seen, last_seen)"
                           " VALUES ('file:p2/evil', 'evil', 'p2', 'file', 1, 1, 1)"),
            QStringLiteral("INSERT INTO jobs (id, kind, status, backup_id, host, pid, started_at)"
                           " VALUES ('j2', 'restore', 'running', '%1', 'h', 1, 1)")
                .arg(b2),
            QStringLiteral("INSERT INTO users (name, role, created_at) VALUES ('mallory', 'cloud-admin', 1)"),
            QStringLiteral("UPDATE users SET role = 'cloud-admin'"),
            QStringLiteral("INSERT INTO user_projects (user_name, project) VALUES ('pgp_padmin', 'p2')"),
            QStringLiteral("UPDATE policy SET scope = 'all'"),
            QStringLiteral("DELETE FROM policy"),
        };
        for (const QString &sql : refusedWrites) {
            const Psql r = psql(padmin, padminPassword, sql);
            QVERIFY2(r.exitCode != 0, qPrintable(sql));
        }
        // Updates and deletes of rows the role may not change change nothing.
        const QStringList noEffect = {
            QStringLiteral("UPDATE backups SET name = 'hacked'"),
            QStringLiteral("UPDATE backups SET name = 'hacked' WHERE id = '%1'").arg(b2),
            QStringLiteral("DELETE FROM backups"),
            QStringLiteral("DELETE FROM backup_tags WHERE backup_id = '%1'").arg(b2),
            QStringLiteral("UPDATE volumes SET project = 'p1'"),
            QStringLiteral("UPDATE backups SET project = 'p2' WHERE id = '%1'").arg(b1),
        };
        for (const QString &sql : noEffect)
            psql(padmin, padminPassword, sql);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM backups WHERE name = 'hacked'")), 0);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM backups WHERE id = '%1'").arg(b2)), 1);
        QCOMPARE(
            ownerCount(QStringLiteral("SELECT count(*) FROM backup_tags WHERE backup_id = '%1'").arg(b2)), 0);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM volumes WHERE project = 'p2'")), 1);
        QCOMPARE(
            ownerCount(
                QStringLiteral("SELECT count(*) FROM backups WHERE id = '%1' AND project = 'p1'").arg(b1)),
            1);
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM users WHERE name = 'mallory'")), 0);
        // Creating a backup in its own project: the row, and removing it while it is being made.
        const Psql made = psql(padmin, padminPassword,
                               insertBackup(QStringLiteral("cafe"), p1, QStringLiteral("creating")));
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY(psql(padmin, padminPassword,
                     QStringLiteral("UPDATE backups SET project = 'p2' WHERE id = 'cafe'"))
                    .exitCode != 0);
        const Psql removed =
            psql(padmin, padminPassword, QStringLiteral("DELETE FROM backups WHERE id = 'cafe'"));
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM backups WHERE id = 'cafe'")), 0);

        // A member stays read-only, even with a file of its own that widens its role.
        const QString memberFile =
            permissionFile(QStringLiteral("member.json"),
                           R"({"allow": [{"role": "member", "action": "edit-tags", "scope": "all"}]})");
        auto m = open(config(member, memberPassword, memberFile));
        QVERIFY(!m->may(Action::EditTags, p1));
        QVERIFY(denied(member, QStringLiteral("tag in p1"), m->setTags(b1, {QStringLiteral("m")}).ok()));
        const Outcome mo = tryInP1(*m, QStringLiteral("by-member"));
        QVERIFY(!mo.backedUp && !mo.tagged && !mo.restored);
        const Psql memberTag =
            psql(member, memberPassword,
                 QStringLiteral("INSERT INTO backup_tags (backup_id, tag) VALUES ('%1', 'm')").arg(b1));
        QVERIFY(memberTag.exitCode != 0);
        QVERIFY2(memberTag.err.contains(QLatin1String("permission denied")), qPrintable(memberTag.err));
        QCOMPARE(ownerCount(QStringLiteral(
                     "SELECT count(*) FROM policy WHERE role = 'member' AND action <> 'view'")),
                 0);
    }

    // Another cloud admin's engine without a file follows the table; one with
    // a file that widens nothing narrows the table back to the seed's matrix.
    void narrowedAgain()
    {
        m_owner = open(config());
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM policy WHERE role = 'project-admin'"
                                           " AND action <> 'view'")),
                 3);
        publish(permissionFile(QStringLiteral("seed.json"), R"({"allow": []})"));
        QCOMPARE(ownerCount(QStringLiteral("SELECT count(*) FROM policy WHERE role = 'project-admin'"
                                           " AND action <> 'view'")),
                 0);
        auto e = open(config(padmin, padminPassword));
        QVERIFY(!e->may(Action::Restore, QStringLiteral("p1")));
        const Outcome o = tryInP1(*e, QStringLiteral("again"));
        QVERIFY(!o.backedUp && !o.tagged && !o.restored);
        const Psql tag =
            psql(padmin, padminPassword,
                 QStringLiteral("INSERT INTO backup_tags (backup_id, tag) VALUES ('%1', 'again')")
                     .arg(m_backup[QStringLiteral("p1")].id));
        QVERIFY(tag.exitCode != 0);
        QVERIFY2(tag.err.contains(QLatin1String("permission denied")), qPrintable(tag.err));
    }
};

QTEST_GUILESS_MAIN(TestPgPolicy)
#include "tst_pgpolicy.moc"
