// Every role × every CLI action × own/other project, through cloudbackupctl
// on a shared PostgreSQL catalog: a cloud admin may everything; every other
// role sees only its project p1 and changes nothing (exit 3, audited as denied
// under its own account).
#include "CtlSupport.h"
#include "TestPostgres.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cb::test;

namespace {

struct Person
{
    QString name;
    QString role;
    QString password;
};

const QList<Person> &people()
{
    static const QList<Person> list = {
        {QStringLiteral("cm_admin"), QStringLiteral("cloud-admin"), QStringLiteral("Adm'in pw\\1")},
        {QStringLiteral("cm_dept"), QStringLiteral("dept-admin"), QStringLiteral("De\"pt pw;2")},
        {QStringLiteral("cm_padmin"), QStringLiteral("project-admin"), QStringLiteral("Pa$$ pw 3")},
        {QStringLiteral("cm_member"), QStringLiteral("member"), QStringLiteral("Mem-密码 4")},
    };
    return list;
}

const QString database = QStringLiteral("cloudbackup_climatrix");

} // namespace

class TestCliMatrix : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home; // one OS user, one home, one repository for every account
    std::unique_ptr<Ctl> m_ctl;
    QByteArray m_ownerPassword;
    QHash<QString, QString> m_backup; // project -> id of its backup
    QHash<QString, QString> m_volume; // project -> id of its volume

    // As an account (--user NAME, its password in CLOUDBACKUP_PASSWORD), or as
    // the database's owner when name is empty (PGPASSWORD).
    CtlRun as(const Person *who, const QStringList &args)
    {
        if (who) {
            qunsetenv("PGPASSWORD");
            qputenv("CLOUDBACKUP_PASSWORD", who->password.toUtf8());
        } else {
            qputenv("PGPASSWORD", m_ownerPassword);
            qunsetenv("CLOUDBACKUP_PASSWORD");
        }
        return m_ctl->run(who ? QStringList{QStringLiteral("--user"), who->name} + args : args);
    }

    static int psqlAsOwner(const QString &url, const QString &sql)
    {
        const QUrl u(url);
        QProcess p;
        p.start(postgresBinDir() + QStringLiteral("/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), u.host(),
                 QStringLiteral("-p"), QString::number(u.port()), QStringLiteral("-U"), u.userName(),
                 QStringLiteral("-d"), u.path().mid(1), QStringLiteral("-c"), sql});
        if (!p.waitForFinished(60000))
            qFatal("psql hung");
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString fixture = postgresUrl(); // the owner's password in PGPASSWORD
        if (fixture.isEmpty())
            QSKIP("Runs under CTest with the PostgreSQL fixture.");
        QVERIFY(m_home.isValid());
        m_ownerPassword = qgetenv("PGPASSWORD");
        // A database of its own, and none of this test's roles left from an earlier run.
        QCOMPARE(psqlAsOwner(fixture, QStringLiteral("DROP DATABASE IF EXISTS ") + database), 0);
        for (const Person &p : people()) {
            for (const QString &name : QStringList{p.name, p.name + QStringLiteral("_new")})
                QCOMPARE(psqlAsOwner(fixture, QStringLiteral("DROP ROLE IF EXISTS ") + name), 0);
        }
        QCOMPARE(psqlAsOwner(fixture, QStringLiteral("CREATE DATABASE ") + database), 0);
        QUrl u(fixture);
        u.setPath(u'/' + database);
        m_ctl = std::make_unique<Ctl>(m_home.path(), QStringList{QStringLiteral("--catalog"), u.toString()});
        qputenv("CLOUDBACKUP_NEW_PASSWORD", "New account pw 5");

        // The owner sets up p1 and p2, each with a volume and a backup, and the four accounts.
        for (const QString &p : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            CtlRun r = as(nullptr, {QStringLiteral("project"), QStringLiteral("create"), p});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            r = as(nullptr, {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("vol-") + p,
                             QStringLiteral("--size"), QStringLiteral("1M"), QStringLiteral("--project"), p});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            m_volume.insert(p, r.object()[QStringLiteral("id")].toString());
            r = as(nullptr, {QStringLiteral("backup"), QStringLiteral("create"), m_volume[p]});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            m_backup.insert(p, r.object()[QStringLiteral("id")].toString());
            QVERIFY(!m_backup[p].isEmpty());
        }
        // And copies them off-site: every account sees where its projects' backups are.
        const QString offsite = m_home.filePath(QStringLiteral("offsite"));
        QVERIFY(as(nullptr, {QStringLiteral("repo"), QStringLiteral("init"), offsite}).ok());
        const CtlRun synced =
            as(nullptr, {QStringLiteral("repo"), QStringLiteral("sync"), QStringLiteral("--to"), offsite});
        QVERIFY2(synced.ok(), qPrintable(synced.describe()));
        QCOMPARE(synced.object()[QStringLiteral("copied")].toArray().size(), 2);
        for (const Person &p : people()) {
            qputenv("CLOUDBACKUP_NEW_PASSWORD", p.password.toUtf8());
            const CtlRun r = as(nullptr, {QStringLiteral("user"), QStringLiteral("create"), p.name,
                                          QStringLiteral("--role"), p.role, QStringLiteral("--project"),
                                          QStringLiteral("p1")});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
        }
        qputenv("CLOUDBACKUP_NEW_PASSWORD", "New account pw 5");
    }

    void matrix_data()
    {
        QTest::addColumn<int>("who");
        for (int i = 0; i < people().size(); ++i)
            QTest::newRow(qPrintable(people()[i].role)) << i;
    }
    void matrix()
    {
        QFETCH(int, who);
        const Person &me = people()[who];
        const bool admin = me.role == QLatin1String("cloud-admin");
        const QString tag = me.name.section(u'_', 1); // "admin", "dept", ...
        QSet<QString> deniedActions;                  // audit actions expected as "denied"
        const auto expectDenied = [&](const CtlRun &r, const QString &auditAction, const QString &what) {
            QVERIFY2(r.code == 3, qPrintable(me.name + u' ' + what + QStringLiteral(": ") + r.describe()));
            QVERIFY2(r.err.contains(QLatin1String("Permission denied")), qPrintable(r.err));
            deniedActions.insert(auditAction);
        };
        const auto expectNotFound = [&](const CtlRun &r, const QString &what) {
            QVERIFY2(r.code == 1, qPrintable(me.name + u' ' + what + QStringLiteral(": ") + r.describe()));
            QVERIFY2(r.err.contains(QLatin1String("There is no")), qPrintable(r.err));
        };

        for (const QString &project : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            const bool own = admin || project == QLatin1String("p1");
            const QString backupId = m_backup[project];
            const QString volumeId = m_volume[project];

            // Viewing.
            CtlRun r = as(&me, {QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--project"),
                                project});
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            QStringList ids;
            for (const QJsonValue &b : r.array())
                ids << b[QStringLiteral("id")].toString();
            QCOMPARE(ids.contains(backupId), own);
            r = as(&me, {QStringLiteral("backup"), QStringLiteral("show"), backupId});
            if (own) {
                QVERIFY2(r.ok(), qPrintable(r.describe()));
                QCOMPARE(r.object()[QStringLiteral("id")].toString(), backupId);
                // The copy's row is visible through row-level security.
                QCOMPARE(r.object()[QStringLiteral("locations")].toArray().size(), 2);
            } else {
                expectNotFound(r, QStringLiteral("show a p2 backup"));
            }

            if (admin) {
                // Every changing action, on the admin's own new backup and volumes.
                r = as(&me, {QStringLiteral("backup"), QStringLiteral("create"), volumeId,
                             QStringLiteral("--name"), QStringLiteral("m-") + project});
                QVERIFY2(r.ok(), qPrintable(r.describe()));
                const QString made = r.object()[QStringLiteral("id")].toString();
                QVERIFY(!made.isEmpty());
                for (const QStringList &args :
                     {QStringList{QStringLiteral("backup"), QStringLiteral("edit"), made,
                                  QStringLiteral("--name"), QStringLiteral("renamed")},
                      QStringList{QStringLiteral("backup"), QStringLiteral("tags"), made,
                                  QStringLiteral("--add"), QStringLiteral("t-") + project},
                      QStringList{QStringLiteral("backup"), QStringLiteral("verify"), made},
                      QStringList{QStringLiteral("backup"), QStringLiteral("restore"), made,
                                  QStringLiteral("--new-volume"), QStringLiteral("r-") + project},
                      QStringList{QStringLiteral("volume"), QStringLiteral("delete"),
                                  QStringLiteral("r-") + project},
                      QStringList{QStringLiteral("backup"), QStringLiteral("delete"), made},
                      QStringList{QStringLiteral("volume"), QStringLiteral("create"),
                                  QStringLiteral("n-") + project, QStringLiteral("--size"),
                                  QStringLiteral("1M"), QStringLiteral("--project"), project},
                      QStringList{QStringLiteral("volume"), QStringLiteral("delete"),
                                  QStringLiteral("n-") + project}}) {
                    r = as(&me, args);
                    QVERIFY2(r.ok(), qPrintable(args.join(u' ') + QStringLiteral(": ") + r.describe()));
                }
                continue;
            }

            // Every other role: refused in its own project, "not found" in another's.
            struct Try
            {
                QStringList args;
                QString auditAction;
                bool onHiddenObject; // names a p2 backup or volume, which this role cannot see
            };
            const QList<Try> tries = {
                {{QStringLiteral("backup"), QStringLiteral("create"), volumeId},
                 QStringLiteral("backup.create"),
                 true},
                {{QStringLiteral("backup"), QStringLiteral("restore"), backupId,
                  QStringLiteral("--new-volume"), QStringLiteral("r-") + tag},
                 QStringLiteral("backup.restore"),
                 true},
                {{QStringLiteral("backup"), QStringLiteral("edit"), backupId, QStringLiteral("--name"),
                  QStringLiteral("x")},
                 QStringLiteral("backup.edit"),
                 true},
                {{QStringLiteral("backup"), QStringLiteral("tags"), backupId, QStringLiteral("--add"),
                  QStringLiteral("x")},
                 QStringLiteral("backup.tags"),
                 true},
                {{QStringLiteral("backup"), QStringLiteral("delete"), backupId},
                 QStringLiteral("backup.delete"),
                 true},
                {{QStringLiteral("backup"), QStringLiteral("verify"), backupId},
                 QStringLiteral("backup.verify"),
                 true},
                {{QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("n-") + tag,
                  QStringLiteral("--size"), QStringLiteral("1M"), QStringLiteral("--project"), project},
                 QStringLiteral("volume.create"),
                 false},
                {{QStringLiteral("volume"), QStringLiteral("delete"), volumeId},
                 QStringLiteral("volume.delete"),
                 true},
            };
            for (const Try &t : tries) {
                r = as(&me, t.args);
                if (own || !t.onHiddenObject)
                    expectDenied(r, t.auditAction, t.args.join(u' '));
                else
                    expectNotFound(r, t.args.join(u' '));
            }
        }

        // Accounts, projects and the audit: cloud admins only.
        const QList<QPair<QStringList, QString>> global = {
            {{QStringLiteral("user"), QStringLiteral("create"), me.name + QStringLiteral("_new"),
              QStringLiteral("--role"), QStringLiteral("member")},
             QStringLiteral("user.create")},
            {{QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("p-") + tag},
             QStringLiteral("project.create")},
            {{QStringLiteral("audit"), QStringLiteral("list")}, QStringLiteral("audit.list")},
            {{QStringLiteral("repo"), QStringLiteral("sync"), QStringLiteral("--to"),
              m_home.filePath(QStringLiteral("offsite"))},
             QStringLiteral("repo.sync")},
        };
        for (const auto &[args, auditAction] : global) {
            const CtlRun r = as(&me, args);
            if (admin)
                QVERIFY2(r.ok(), qPrintable(args.join(u' ') + QStringLiteral(": ") + r.describe()));
            else
                expectDenied(r, auditAction, args.join(u' '));
        }

        // Nothing of p1 or p2 changed.
        const CtlRun list = as(nullptr, {QStringLiteral("backup"), QStringLiteral("list")});
        QVERIFY(list.ok());
        QCOMPARE(list.array().size(), 2);
        for (const QJsonValue &b : list.array()) {
            QVERIFY(b[QStringLiteral("name")].toString() != QLatin1String("x"));
            QVERIFY(b[QStringLiteral("tags")].toArray().isEmpty());
        }

        // Every refusal is in the audit, under the account that was refused.
        const CtlRun audit = as(&people().first(), {QStringLiteral("audit"), QStringLiteral("list"),
                                                    QStringLiteral("--user"), me.name});
        QVERIFY2(audit.ok(), qPrintable(audit.describe()));
        QSet<QString> auditedDenied;
        for (const QJsonValue &e : audit.array()) {
            QCOMPARE(e[QStringLiteral("user")].toString(), me.name);
            if (e[QStringLiteral("result")].toString() == QLatin1String("denied"))
                auditedDenied.insert(e[QStringLiteral("action")].toString());
        }
        if (admin)
            QVERIFY2(auditedDenied.isEmpty(), qPrintable(QStringList(auditedDenied.values()).join(u',')));
        else
            QCOMPARE(auditedDenied, deniedActions);
    }
};

QTEST_GUILESS_MAIN(TestCliMatrix)
#include "tst_climatrix.moc"
