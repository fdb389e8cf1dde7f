// Access (rule R8) on the embedded catalog: the seed's matrix as data, a
// site's widening file, the home's owner as the one cloud admin, and every
// change and refusal audited under the account the system authenticated.
#include "TestSupport.h"
#include "auth/Access.h"
#include "engine/Engine.h"
#include "volumes/VolumeBackend.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace cb;
using namespace cb::test;

constexpr qint64 MiB = 1024 * 1024;

namespace {

QString osAccount()
{
    return QString::fromLocal8Bit(getpwuid(geteuid())->pw_name);
}

bool isChange(Action a)
{
    return a != Action::View;
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

} // namespace

class TestAccess : public QObject
{
    Q_OBJECT

private slots:
    // The seed's table: the cloud admin may do everything in every project;
    // every other role sees its own projects and changes nothing.
    void seedMatrix_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<int>("action");
        for (Role r : allRoles()) {
            for (Action a : allActions())
                QTest::addRow("%s %s", qPrintable(roleKey(r)), qPrintable(actionKey(a))) << int(r) << int(a);
        }
    }
    void seedMatrix()
    {
        QFETCH(int, role);
        QFETCH(int, action);
        const Policy p = Policy::seedDefaults();
        const Caller c{QStringLiteral("someone"), Role(role), {QStringLiteral("p1")}};
        const Action a = Action(action);
        const bool admin = Role(role) == Role::CloudAdmin;
        QCOMPARE(p.allows(c, a, QStringLiteral("p1")), admin || a == Action::View);
        QCOMPARE(p.allows(c, a, QStringLiteral("p2")), admin);
        auto refused = p.check(c, a, QStringLiteral("p2"));
        QCOMPARE(refused.ok(), admin);
        if (!admin)
            QVERIFY2(refused.error().contains(QLatin1String("someone")), qPrintable(refused.error()));
        if (!admin && isChange(a))
            QVERIFY(!p.check(c, a, QStringLiteral("p1")).ok());
    }

    // A site widens the matrix with a file; it can never narrow the defaults.
    void permissionFileWidens()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("permissions.json"));
        writeFile(file, R"({"allow": [{"role": "project-admin", "action": "restore", "scope": "own"},
                                      {"role": "cloud-admin", "action": "delete", "scope": "none"},
                                      {"role": "member", "action": "view", "scope": "all"}]})");
        auto p = Policy::load(file);
        QVERIFY2(p, qPrintable(p.error()));
        const Caller pa{QStringLiteral("pat"), Role::ProjectAdmin, {QStringLiteral("p1")}};
        QVERIFY(p->allows(pa, Action::Restore, QStringLiteral("p1")));
        QVERIFY(!p->allows(pa, Action::Restore, QStringLiteral("p2")));
        QVERIFY(!p->allows(pa, Action::Delete, QStringLiteral("p1")));
        const Caller admin{QStringLiteral("root"), Role::CloudAdmin, {}};
        QVERIFY(p->allows(admin, Action::Delete, QStringLiteral("p2")));
        const Caller member{QStringLiteral("m"), Role::Member, {QStringLiteral("p1")}};
        QVERIFY(p->sees(member, QStringLiteral("p2")));
        QVERIFY(!p->allows(member, Action::Edit, QStringLiteral("p1")));
    }

    // An invalid file is refused at start, with the file and the reason, before anything is created.
    void invalidPermissionFileRefusedAtStart_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{allow: ") << QString();
        QTest::newRow("unknown role")
            << QByteArray(R"({"allow": [{"role": "root", "action": "restore", "scope": "own"}]})")
            << QStringLiteral("\"root\"");
        QTest::newRow("unknown action")
            << QByteArray(R"({"allow": [{"role": "member", "action": "format-disk", "scope": "own"}]})")
            << QStringLiteral("format-disk");
        QTest::newRow("unknown scope")
            << QByteArray(R"({"allow": [{"role": "member", "action": "restore", "scope": "mine"}]})")
            << QStringLiteral("mine");
        QTest::newRow("unknown key") << QByteArray(R"({"deny": []})") << QStringLiteral("deny");
        QTest::newRow("extra field")
            << QByteArray(R"({"allow": [{"role": "member", "action": "view", "scope": "all", "x": 1}]})")
            << QStringLiteral("\"x\"");
    }
    void invalidPermissionFileRefusedAtStart()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("site-permissions.json"));
        writeFile(file, content);
        EngineConfig c;
        c.home = dir.filePath(QStringLiteral("home"));
        c.permissionsFile = file;
        auto e = Engine::open(c);
        QVERIFY(!e);
        QVERIFY2(e.error().contains(file), qPrintable(e.error()));
        QVERIFY2(e.error().contains(reason), qPrintable(e.error()));
        QVERIFY2(!QFileInfo::exists(c.home), "nothing may be created before the policy is valid");
    }

    // The home's owner is its one account, whatever $USER says.
    void ownerIsTheOnlyAccount()
    {
        QTemporaryDir dir;
        qputenv("USER", "mallory");
        auto e = openEngineOrDie(dir.path());
        qunsetenv("USER");
        QCOMPARE(e->caller().account, osAccount());
        QCOMPARE(e->caller().role, Role::CloudAdmin);
        auto accounts = e->accounts();
        QVERIFY2(accounts, qPrintable(accounts.error()));
        QCOMPARE(accounts->size(), 1);
        QCOMPARE(accounts->first().name, osAccount());
        e.reset();

        EngineConfig c;
        c.home = dir.path();
        c.account = QStringLiteral("alice");
        auto alice = Engine::open(c);
        QVERIFY(!alice);
        QVERIFY2(alice.error().contains(QLatin1String("alice")) &&
                     alice.error().contains(QLatin1String("PostgreSQL")),
                 qPrintable(alice.error()));

        auto again = openEngineOrDie(dir.path());
        auto created = again->createAccount(Account{QStringLiteral("bob"), Role::Member, {}, true, {}},
                                            QStringLiteral("secret-pw-1"));
        QVERIFY(!created);
        QVERIFY2(created.error().contains(QLatin1String("PostgreSQL")), qPrintable(created.error()));
        QCOMPARE(again->accounts()->size(), 1);
    }

    // A volume the catalog knows on storage this engine does not reach is
    // shown unreachable, not deleted, and refuses backups with the reason.
    void volumeOfAnUnreachableBackendIsUnreachable()
    {
        QTemporaryDir dir;
        auto e = openEngineOrDie(dir.path());
        Volume rbd;
        rbd.id = QStringLiteral("rbd:volumes/vm-disk");
        rbd.name = QStringLiteral("vm-disk");
        rbd.project = QStringLiteral("admin");
        rbd.type = QStringLiteral("volumes");
        rbd.size = 8 * MiB;
        QVERIFY(catalogOf(*e).upsertVolume(rbd));
        auto list = e->volumes();
        QVERIFY2(list, qPrintable(list.error()));
        bool found = false;
        for (const Volume &v : std::as_const(*list)) {
            if (v.id == rbd.id) {
                found = true;
                QCOMPARE(v.status, VolumeStatus::Unreachable);
            }
        }
        QVERIFY(found);
        auto b = runBackup(*e, rbd.id, false);
        QVERIFY(!b);
        QVERIFY2(b.error().contains(QLatin1String("cannot be reached")), qPrintable(b.error()));
    }

    // The cloud admin's every action, in two projects, succeeds and is audited
    // under the authenticated account, with its project.
    void adminTakesEveryActionAndIsAudited()
    {
        QTemporaryDir dir;
        qputenv("USER", "mallory");
        auto e = openEngineOrDie(dir.path());
        for (const QString &project : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            QVERIFY(e->createProject(project));
            CreateVolumeParams p;
            p.name = QStringLiteral("vol-") + project;
            p.project = project;
            p.size = 8 * MiB;
            auto v = e->createVolume(p);
            QVERIFY2(v, qPrintable(v.error()));
            writeRandom(v->device, 0, 8 * MiB, 7);
            auto full = runBackup(*e, v->id, false);
            QVERIFY2(full, qPrintable(full.error()));
            auto incr = runBackup(*e, v->id, true);
            QVERIFY2(incr, qPrintable(incr.error()));
            QVERIFY(e->editBackup(incr->id, QStringLiteral("renamed"), std::nullopt));
            QVERIFY(e->editTags(incr->id, {QStringLiteral("prod")}, {}));
            JobControl control;
            QVERIFY(e->verifyBackup(incr->id, control));
            auto restored = restoreToNew(*e, incr->id, QStringLiteral("copy-") + project);
            QVERIFY2(restored, qPrintable(restored.error()));
            QVERIFY(sameContent(restored->device, v->device));
            QVERIFY(e->deleteBackups(QStringList{incr->id}, control));
            QVERIFY(e->deleteVolume(restored->id));
        }
        qunsetenv("USER");
        auto log = e->auditLog({});
        QVERIFY2(log, qPrintable(log.error()));
        QStringList seen;
        for (const AuditEntry &a : std::as_const(*log)) {
            QCOMPARE(a.account, osAccount());
            QCOMPARE(a.result, QStringLiteral("ok"));
            if (a.action.startsWith(QLatin1String("backup.")))
                QVERIFY2(a.project == QLatin1String("p1") || a.project == QLatin1String("p2"),
                         qPrintable(a.action + u' ' + a.project));
            seen << a.action;
        }
        for (const char *action :
             {"project.create", "volume.create", "backup.create", "backup.edit", "backup.tags",
              "backup.verify", "backup.restore", "backup.delete", "volume.delete"})
            QVERIFY2(seen.count(QLatin1String(action)) >= 2, action);
        AuditFilter onlyP2;
        onlyP2.project = QStringLiteral("p2");
        onlyP2.action = QStringLiteral("backup.");
        auto p2 = e->auditLog(onlyP2);
        QVERIFY2(p2, qPrintable(p2.error()));
        QVERIFY(!p2->isEmpty());
        for (const AuditEntry &a : std::as_const(*p2)) {
            QCOMPARE(a.project, QStringLiteral("p2"));
            QVERIFY(a.action.startsWith(QLatin1String("backup.")));
        }
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
