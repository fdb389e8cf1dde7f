#include "TestPostgres.h"
#include "catalog/Catalog.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;

// The same catalog behaviour on SQLite (default) and on a real PostgreSQL.
class TestCatalog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static void dropAll(Catalog &c)
    {
        QSqlQuery q(c.db());
        // PostgreSQL: row-level security policies refer to other tables.
        const QString cascade = c.isShared() ? QStringLiteral(" CASCADE") : QString();
        for (const char *t :
             {"backup_tags", "tags", "backups", "volumes", "projects", "users", "user_projects", "policy",
              "job_log", "jobs", "audit", "catalog_state", "schema_version", "backup_policies", "policy_runs",
              "backup_protection", "backup_locations"})
            q.exec(QStringLiteral("DROP TABLE IF EXISTS ") + QLatin1String(t) + cascade);
    }

    std::shared_ptr<Catalog> openFresh(const QString &url)
    {
        auto c = Catalog::open(url);
        if (!c)
            qFatal("%s", qPrintable(c.error()));
        if (url.startsWith(QLatin1String("postgresql"))) {
            dropAll(**c);
            c = Catalog::open(url);
            if (!c)
                qFatal("%s", qPrintable(c.error()));
        }
        return *c;
    }

    // SQLite: a catalog file of this test's own (the others share one).
    QString ownSqlite(const QString &url) const
    {
        if (url.startsWith(QLatin1String("postgresql")))
            return url;
        return m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite"));
    }

    static Backup make(const QString &id, const QString &volume, int minute)
    {
        Backup b;
        b.id = id;
        b.name = QStringLiteral("backup ") + id;
        b.volumeId = volume;
        b.volumeName = volume.section(u'/', -1);
        b.project = QStringLiteral("admin");
        b.volumeType = QStringLiteral("file");
        b.status = BackupStatus::Available;
        b.size = 1 << 30;
        b.createdAt = QDateTime(QDate(2026, 3, 1), QTime(10, minute), Qt::UTC);
        return b;
    }

private Q_SLOTS:
    void catalogs_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("sqlite") << m_dir.filePath(QStringLiteral("catalog.sqlite"));
        const QString pg = test::postgresUrl();
        if (!pg.isEmpty())
            QTest::newRow("postgresql") << pg;
    }

    void migrationsRunOnceAndAreVersioned_data() { catalogs_data(); }
    void migrationsRunOnceAndAreVersioned()
    {
        QFETCH(QString, url);
        auto c = openFresh(url);
        QCOMPARE(c->schemaVersion(), Catalog::SchemaVersion);
        auto again = Catalog::open(url); // opening again migrates nothing and keeps data
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE((*again)->schemaVersion(), Catalog::SchemaVersion);
        QVERIFY((*again)->projects()->contains(QStringLiteral("admin")));
    }

    void newerSchemaIsRefused_data() { catalogs_data(); }
    void newerSchemaIsRefused()
    {
        QFETCH(QString, url);
        auto c = openFresh(url);
        QSqlQuery q(c->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 999")));
        auto r = Catalog::open(url);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("999")));
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(Catalog::SchemaVersion)));
    }

    void backupsRoundTrip_data() { catalogs_data(); }
    void backupsRoundTrip()
    {
        QFETCH(QString, url);
        auto c = openFresh(url);
        Backup full = make(QStringLiteral("aaaa1111"), QStringLiteral("file:admin/v1"), 1);
        full.description = QStringLiteral("第一次\nsecond line");
        Backup inc = make(QStringLiteral("aaaa2222"), QStringLiteral("file:admin/v1"), 2);
        inc.kind = BackupKind::Incremental;
        inc.parentId = full.id;
        inc.forced = true;
        inc.warning = QStringLiteral("w");
        Backup other = make(QStringLiteral("bbbb3333"), QStringLiteral("file:p2/v2"), 3);
        other.project = QStringLiteral("p2");
        for (const Backup &b : {full, inc, other})
            QVERIFY(c->insertBackup(b).ok());
        QVERIFY(c->setTags(inc.id, {QStringLiteral("prod"), QStringLiteral("月末")}).ok());

        auto one = c->backup(inc.id);
        QVERIFY2(one.ok(), qPrintable(one.error()));
        QCOMPARE(one->parentId, full.id);
        QCOMPARE(one->kind, BackupKind::Incremental);
        QVERIFY(one->forced);
        QCOMPARE(one->createdAt, inc.createdAt);
        QCOMPARE(one->tags, (QStringList{QStringLiteral("prod"), QStringLiteral("月末")}));
        QCOMPARE(c->backup(full.id)->description, full.description);

        BackupFilter byVolume;
        byVolume.volumeId = QStringLiteral("file:admin/v1");
        QCOMPARE(c->backups(byVolume)->size(), 2);
        BackupFilter byProject;
        byProject.project = QStringLiteral("p2");
        QCOMPARE(c->backups(byProject)->size(), 1);
        QCOMPARE(c->allTags()->size(), 2);

        QCOMPARE(*c->resolveBackupId(QStringLiteral("aaaa2")), inc.id);
        QVERIFY(!c->resolveBackupId(QStringLiteral("aaaa")).ok()); // ambiguous
        QVERIFY(!c->resolveBackupId(QStringLiteral("cccc")).ok());
        QVERIFY(!c->resolveBackupId(QStringLiteral("x'; DROP TABLE backups; --")).ok());
        QCOMPARE(c->backups()->size(), 3);
    }

    void changeStampSeesOtherConnections_data() { catalogs_data(); }
    void changeStampSeesOtherConnections()
    {
        QFETCH(QString, url);
        auto mine = openFresh(url);
        auto other = Catalog::open(url); // another console on the same catalog
        QVERIFY(other.ok());
        const qint64 before = mine->changeStamp();
        QVERIFY(before >= 0);
        QVERIFY(
            (*other)->insertBackup(make(QStringLiteral("eeee1111"), QStringLiteral("file:admin/v"), 1)).ok());
        const qint64 afterInsert = mine->changeStamp();
        QVERIFY(afterInsert > before);
        QVERIFY((*other)->setTags(QStringLiteral("eeee1111"), {QStringLiteral("t")}).ok());
        QVERIFY(mine->changeStamp() > afterInsert);
        const qint64 quiet = mine->changeStamp();
        QVERIFY((*other)->backups().ok()); // reads change nothing
        QCOMPARE(mine->changeStamp(), quiet);
    }

    void failedTransactionChangesNothing_data() { catalogs_data(); }
    void failedTransactionChangesNothing()
    {
        QFETCH(QString, url);
        auto c = openFresh(url);
        auto r = c->transaction([&]() -> Result<void> {
            if (auto i = c->insertBackup(make(QStringLiteral("cccc1111"), QStringLiteral("file:admin/v"), 1));
                !i)
                return i;
            return fail(QStringLiteral("stop"));
        });
        QVERIFY(!r.ok());
        QVERIFY(!c->backup(QStringLiteral("cccc1111")).ok());
        // A duplicate id fails inside and rolls back the whole change.
        QVERIFY(c->insertBackup(make(QStringLiteral("dddd1111"), QStringLiteral("file:admin/v"), 1)).ok());
        auto dup = c->transaction([&]() -> Result<void> {
            if (auto i = c->insertBackup(make(QStringLiteral("dddd2222"), QStringLiteral("file:admin/v"), 2));
                !i)
                return i;
            return c->insertBackup(make(QStringLiteral("dddd1111"), QStringLiteral("file:admin/v"), 3));
        });
        QVERIFY(!dup.ok());
        QVERIFY(!c->backup(QStringLiteral("dddd2222")).ok());
    }

    void jobsAndVolumes_data() { catalogs_data(); }
    void jobsAndVolumes()
    {
        QFETCH(QString, url);
        auto c = openFresh(url);
        JobRecord j;
        j.id = QStringLiteral("job1");
        j.kind = JobKind::Restore;
        j.host = QStringLiteral("h");
        j.pid = 42;
        j.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(c->insertJob(j).ok());
        QCOMPARE(c->jobs(true)->size(), 1);
        QVERIFY(c->finishJob(j.id, JobStatus::Error, QStringLiteral("boom")).ok());
        QCOMPARE(c->jobs(true)->size(), 0);
        QCOMPARE(c->jobs(false)->first().error, QStringLiteral("boom"));
        Volume v;
        v.id = QStringLiteral("file:admin/x");
        v.name = QStringLiteral("x");
        v.project = QStringLiteral("admin");
        v.type = QStringLiteral("file");
        v.size = 5;
        QVERIFY(c->upsertVolume(v).ok());
        v.size = 6;
        QVERIFY(c->upsertVolume(v).ok());
        QCOMPARE(c->knownVolumes()->size(), 1);
        QCOMPARE(c->knownVolumes()->first().size, qint64(6));
    }

    void unsupportedUrlsAreRefused()
    {
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(m_dir.path()));
        for (const QString &url :
             {QStringLiteral("mysql://u@h/db"), QStringLiteral("http://h/x"), QStringLiteral("sqlite:")}) {
            auto r = Catalog::open(url);
            QVERIFY2(!r.ok(), qPrintable(url));
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("mysql:"))));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("http:"))));
        auto pw = Catalog::open(QStringLiteral("postgresql://u:hunter2@127.0.0.1:1/db"));
        QVERIFY(!pw.ok());
        QVERIFY2(pw.error().contains(QLatin1String("PGPASSWORD")), qPrintable(pw.error()));
        QVERIFY(!pw.error().contains(QLatin1String("hunter2")));
        QVERIFY(QDir::setCurrent(cwd));
    }

    void projectsAccountsAndAudit_data() { catalogs_data(); }
    void projectsAccountsAndAudit()
    {
        QFETCH(QString, url);
        auto c = openFresh(url);
        const QString evil = QStringLiteral("x'; DROP TABLE projects; --");
        QVERIFY(c->createProject(QStringLiteral("p1")).ok());
        QVERIFY(!c->createProject(QStringLiteral("p1")).ok()); // exists
        QVERIFY(c->createProject(evil).ok());
        QVERIFY(c->projects()->contains(evil));
        QVERIFY(c->deleteProject(evil).ok());
        QVERIFY(!c->deleteProject(evil).ok()); // gone
        Backup b = make(QStringLiteral("ffff1111"), QStringLiteral("file:p1/v"), 1);
        b.project = QStringLiteral("p1");
        QVERIFY(c->insertBackup(b).ok());
        QVERIFY(!c->deleteProject(QStringLiteral("p1")).ok()); // a backup uses it
        QVERIFY(c->deleteBackupRow(b.id).ok());
        QVERIFY(c->deleteProject(QStringLiteral("p1")).ok());

        if (!c->isShared()) { // PostgreSQL accounts are roles: tst_pgaccess
            Account a;
            a.name = QStringLiteral("carol");
            a.projects = {QStringLiteral("admin")};
            QVERIFY(c->createAccount(a, {}).ok());
            QVERIFY(!c->createAccount(a, {}).ok());
            QVERIFY(c->setAccountEnabled(a.name, false).ok());
            QVERIFY(c->setAccountRole(a.name, Role::ProjectAdmin).ok());
            auto found = c->findAccount(a.name);
            QVERIFY(found.ok() && found->has_value());
            QVERIFY(!(*found)->enabled);
            QCOMPARE((*found)->role, Role::ProjectAdmin);
            QCOMPARE((*found)->projects, QStringList{QStringLiteral("admin")});
            QVERIFY(!c->findAccount(QStringLiteral("nobody"))->has_value());
            QVERIFY(!c->setAccountEnabled(QStringLiteral("nobody"), true).ok());
            QCOMPARE(c->accounts()->size(), 1);
        }

        AuditEntry e;
        e.action = QStringLiteral("backup.delete");
        e.object = evil;
        e.project = QStringLiteral("p'2");
        e.result = QStringLiteral("denied");
        e.detail = QStringLiteral("back\\slash");
        c->audit(e);
        c->audit(QStringLiteral("backup.create"), QStringLiteral("o"), QStringLiteral("d"));
        c->audit(QStringLiteral("backupx"), QStringLiteral("o"), QStringLiteral("d"));
        AuditFilter f;
        f.action = QStringLiteral("backup.");
        auto rows = c->auditEntries(f);
        QVERIFY2(rows.ok(), qPrintable(rows.error()));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).action, QStringLiteral("backup.create")); // newest first
        QCOMPARE(rows->at(1).object, evil);
        QCOMPARE(rows->at(1).result, QStringLiteral("denied"));
        QCOMPARE(rows->at(1).detail, QStringLiteral("back\\slash"));
        QCOMPARE(rows->at(1).account, c->account());
        f.project = QStringLiteral("p'2");
        QCOMPARE(c->auditEntries(f)->size(), 1);
        f = {};
        f.limit = 1;
        QCOMPARE(c->auditEntries(f)->first().action, QStringLiteral("backupx"));
        f.since = QDateTime::currentDateTimeUtc().addSecs(60);
        QCOMPARE(c->auditEntries(f)->size(), 0);
    }

    // Schema 6 and later on a catalog of schema 5: its backups stay, verify state starts empty, jobs get
    // logs.
    void migrationToJobLogKeepsData_data() { catalogs_data(); }
    void migrationToJobLogKeepsData()
    {
        QFETCH(QString, url);
        url = ownSqlite(url);
        {
            auto c = openFresh(url);
            QVERIFY(
                c->insertBackup(make(QStringLiteral("eeee1111"), QStringLiteral("file:admin/v1"), 1)).ok());
            QSqlQuery q(c->db());
            const QString cascade = c->isShared() ? QStringLiteral(" CASCADE") : QString();
            QVERIFY(q.exec(QStringLiteral("DROP TABLE job_log") + cascade));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX jobs_started")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE backups DROP COLUMN verified_at")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE backups DROP COLUMN verify_result")));
            // And what step 7 (policies) adds, so the catalog is one of schema 5.
            QVERIFY(q.exec(c->isShared() ? QStringLiteral("DROP TRIGGER cb_keep_protected ON backups")
                                         : QStringLiteral("DROP TRIGGER cb_keep_protected")));
            for (const char *t : {"backup_policies", "policy_runs", "backup_protection", "backup_locations"})
                QVERIFY(q.exec(QStringLiteral("DROP TABLE ") + QLatin1String(t) + cascade));
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 5")));
        }
        auto c = Catalog::open(url);
        QVERIFY2(c.ok(), qPrintable(c.error()));
        QCOMPARE((*c)->schemaVersion(), Catalog::SchemaVersion);
        auto b = (*c)->backup(QStringLiteral("eeee1111"));
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QVERIFY(!b->verifiedAt.isValid());
        QVERIFY(b->verifyResult.isEmpty());
        JobRecord j;
        j.id = QStringLiteral("1ab1");
        j.host = QStringLiteral("h");
        j.startedAt = QDateTime::currentDateTimeUtc();
        QVERIFY((*c)->insertJob(j).ok());
        QVERIFY((*c)->appendJobLog(j.id, JobLogLevel::Warning, QStringLiteral("careful")).ok());
        QCOMPARE((*c)->jobLog(j.id)->size(), 1);
    }

    // Each job keeps its log lines in order; verify results round-trip; the history stays bounded.
    void jobLogHistoryAndVerify_data() { catalogs_data(); }
    void jobLogHistoryAndVerify()
    {
        QFETCH(QString, url);
        url = ownSqlite(url);
        auto c = openFresh(url);
        const qint64 stamp = c->changeStamp();
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-100);
        for (int i = 0; i < 6; ++i) {
            JobRecord j;
            j.id = QStringLiteral("aa%1bb").arg(i);
            j.kind = JobKind::Verify;
            j.host = QStringLiteral("h");
            j.pid = i;
            j.startedAt = t0.addSecs(i);
            QVERIFY(c->insertJob(j).ok());
            QVERIFY(c->appendJobLog(j.id, JobLogLevel::Info, QStringLiteral("start %1").arg(i)).ok());
            QVERIFY(c->appendJobLog(j.id, JobLogLevel::Error, QStringLiteral("end %1").arg(i)).ok());
            if (i != 0) // the oldest stays running: pruning never removes a running job
                QVERIFY(c->finishJob(j.id, JobStatus::Error, QStringLiteral("boom")).ok());
        }
        QVERIFY(c->changeStamp() > stamp); // other consoles notice jobs starting and ending
        auto log = c->jobLog(QStringLiteral("aa3bb"));
        QCOMPARE(log->size(), 2);
        QCOMPARE(log->at(0).message, QStringLiteral("start 3"));
        QCOMPARE(log->at(1).level, JobLogLevel::Error);
        QCOMPARE(*c->resolveJobId(QStringLiteral("aa3b")), QStringLiteral("aa3bb"));
        QVERIFY(!c->resolveJobId(QStringLiteral("aa")).ok()); // too short
        auto newest = c->jobs(false, 2);
        QCOMPARE(newest->size(), 2);
        QCOMPARE(newest->last().id, QStringLiteral("aa5bb"));

        QCOMPARE(*c->pruneJobs(3), 2); // aa1bb and aa2bb; aa0bb still runs
        QStringList kept;
        const auto all = c->jobs(false);
        for (const JobRecord &j : *all)
            kept << j.id;
        QCOMPARE(kept, (QStringList{QStringLiteral("aa0bb"), QStringLiteral("aa3bb"), QStringLiteral("aa4bb"),
                                    QStringLiteral("aa5bb")}));
        QCOMPARE(c->jobLog(QStringLiteral("aa1bb"))->size(), 0);
        QCOMPARE(c->jobLog(QStringLiteral("aa0bb"))->size(), 2);

        QVERIFY(c->insertBackup(make(QStringLiteral("ffff1111"), QStringLiteral("file:admin/v1"), 1)).ok());
        QVERIFY(c->insertBackup(make(QStringLiteral("ffff2222"), QStringLiteral("file:admin/v1"), 2)).ok());
        const QDateTime at(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(
            c->setVerified({QStringLiteral("ffff1111"), QStringLiteral("ffff2222")}, at, QStringLiteral("ok"))
                .ok());
        QVERIFY(c->setVerified({QStringLiteral("ffff2222")}, at.addSecs(60), QStringLiteral("damaged")).ok());
        QCOMPARE(c->backup(QStringLiteral("ffff1111"))->verifiedAt, at);
        QCOMPARE(c->backup(QStringLiteral("ffff1111"))->verifyResult, QStringLiteral("ok"));
        QCOMPARE(c->backup(QStringLiteral("ffff2222"))->verifyResult, QStringLiteral("damaged"));
        QCOMPARE(c->backup(QStringLiteral("ffff2222"))->verifiedAt, at.addSecs(60));
    }

    void postgresIsReallyTested()
    {
        // Under CTest the fixture provides PostgreSQL: the catalog must have run on it.
        if (qEnvironmentVariableIsSet("CLOUDBACKUP_TEST_PG_DIR"))
            QVERIFY(!test::postgresUrl().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
