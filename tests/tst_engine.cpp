#include "TestPostgres.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "engine/Job.h"
#include "volumes/FileBackend.h"
#include "volumes/VolumeBackend.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cb;
using namespace cb::test;

constexpr qint64 MiB = 1024 * 1024;

class TestEngine : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Engine> m_engine;

    Volume makeVolume(const QString &name, qint64 size) { return makeVolumeOrDie(*m_engine, name, size); }
    Backup backup(const QString &volume, bool incremental, const QString &name = {})
    {
        return backupOrDie(*m_engine, volume, incremental, name);
    }

    Result<Volume> restoreNew(const QString &backupId, const QString &name)
    {
        return test::restoreToNew(*m_engine, backupId, name);
    }

    Result<Volume> restoreOver(const QString &backupId, const QString &target)
    {
        return test::restoreOver(*m_engine, backupId, target);
    }

    QString snapshot(const Volume &v, const QString &tag) { return snapshotOf(v, m_dir->path(), tag); }
    QStringList chunkFiles() const { return chunkFilesOf(repositoryOf(*m_engine).path()); }

    void openEngine(const QString &catalogUrl = {})
    {
        m_engine.reset();
        m_engine = openEngineOrDie(m_dir->path(), catalogUrl);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        openEngine();
    }
    void cleanup()
    {
        m_engine.reset();
        m_dir.reset();
    }

    void fullThenIncrementalRestoreByteForByte()
    {
        Volume v = makeVolume(QStringLiteral("data"), 64 * MiB);
        writeRandom(v.device, 0, 20 * MiB, 1);
        writeText(v.device, 24 * MiB, 16 * MiB);
        // 40..64 MiB stays a hole
        const QString atFull = snapshot(v, QStringLiteral("full"));
        const Backup full = backup(v.id, false, QStringLiteral("full"));
        QCOMPARE(full.kind, BackupKind::Full);
        QCOMPARE(full.status, BackupStatus::Available);
        QCOMPARE(full.size, 64 * MiB);
        QCOMPARE(full.readBytes, 36 * MiB); // chunk 5 (20..24 MiB) and the tail are holes: not read
        QVERIFY(full.storedBytes > 20 * MiB && full.storedBytes < 24 * MiB); // text compresses

        writeRandom(v.device, 5 * MiB + 123, 1000, 2); // inside chunk 1
        writeRandom(v.device, 50 * MiB, MiB, 3);       // into the hole (chunk 12)
        punchHole(v.device, 8 * MiB, 4 * MiB);         // chunk 2 becomes zeros
        const QString atInc = snapshot(v, QStringLiteral("inc"));
        const Backup inc = backup(v.name, true, QStringLiteral("inc"));
        QCOMPARE(inc.kind, BackupKind::Incremental);
        QCOMPARE(inc.parentId, full.id);
        // Only the two changed data chunks are new (1 and 12); chunk 2 is now a hole.
        QVERIFY2(inc.storedBytes > 4 * MiB && inc.storedBytes <= 8 * MiB + 4096,
                 qPrintable(QString::number(inc.storedBytes)));

        auto r1 = restoreNew(full.id, QStringLiteral("from-full"));
        QVERIFY2(r1.ok(), qPrintable(r1.error()));
        QVERIFY(sameContent(r1->device, atFull));
        auto r2 = restoreNew(inc.id, QStringLiteral("from-inc"));
        QVERIFY2(r2.ok(), qPrintable(r2.error()));
        QVERIFY(sameContent(r2->device, atInc));
        QCOMPARE(r2->type, QStringLiteral("file")); // restore to new keeps the type
        QCOMPARE(r2->project, v.project);
        QCOMPARE(m_engine->backup(inc.id)->status, BackupStatus::Available);
    }

    void middleOfLongChain()
    {
        Volume v = makeVolume(QStringLiteral("chain"), 32 * MiB);
        writeRandom(v.device, 0, 32 * MiB, 10);
        QStringList ids, copies;
        for (int i = 0; i < 7; ++i) {
            if (i > 0)
                writeRandom(v.device, (i * 4 + 1) * MiB % (30 * MiB), 512 * 1024, 100 + i);
            copies << snapshot(v, QString::number(i));
            ids << backup(v.id, i > 0).id;
        }
        auto chain = m_engine->backups(v.id);
        QCOMPARE(chain->size(), 7);
        for (int i = 1; i < 7; ++i)
            QCOMPARE(chain->at(i).parentId, chain->at(i - 1).id);
        auto r = restoreNew(ids[3], QStringLiteral("middle"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(sameContent(r->device, copies[3]));
        QVERIFY(!sameContent(r->device, copies[6]));
    }

    void restoreOverExistingVolume()
    {
        Volume v = makeVolume(QStringLiteral("src"), 16 * MiB);
        writeRandom(v.device, 0, 6 * MiB, 20);
        const QString expected = snapshot(v, QStringLiteral("src"));
        const Backup b = backup(v.id, false);
        Volume target = makeVolume(QStringLiteral("target"), 16 * MiB);
        writeRandom(target.device, 0, 16 * MiB, 21); // everything must be replaced, holes included
        auto r = restoreOver(b.id, QStringLiteral("target"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(sameContent(target.device, expected));
        QCOMPARE(r->status, VolumeStatus::Available);
    }

    void interruptedRestoreIsRepairedByRestoringAgain()
    {
        Volume v = makeVolume(QStringLiteral("half"), 8 * MiB);
        writeRandom(v.device, 0, 8 * MiB, 22);
        const QString expected = snapshot(v, QStringLiteral("half"));
        const Backup b = backup(v.id, false);
        writeText(v.device, 0, 8 * MiB);
        // What a killed restore leaves: its marker, no longer locked.
        QFile marker(v.device + QStringLiteral(".restoring"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();
        QCOMPARE(m_engine->resolveVolume(v.id)->status, VolumeStatus::Error);
        BackupParams p;
        p.volume = v.id;
        JobControl c;
        QVERIFY(!m_engine->createBackup(p, c).ok()); // its data is not trustworthy
        auto r = restoreOver(b.id, v.id);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->status, VolumeStatus::Available);
        QVERIFY(sameContent(v.device, expected));
    }

    void sparseVolumeStaysSparse()
    {
        Volume v = makeVolume(QStringLiteral("sparse"), 1024 * MiB);
        writeRandom(v.device, 700 * MiB, MiB, 30);
        const Backup b = backup(v.id, false);
        QCOMPARE(b.readBytes, 4 * MiB);
        QVERIFY(b.storedBytes <= MiB + 4096);
        auto r = restoreNew(b.id, QStringLiteral("sparse2"));
        QVERIFY(r.ok());
        QVERIFY(sameContent(r->device, v.device));
        struct stat st;
        QCOMPARE(::stat(QFile::encodeName(r->device).constData(), &st), 0);
        QVERIFY2(qint64(st.st_blocks) * 512 <= 8 * MiB, "the restored volume should be sparse");
    }

    void incrementalNeedsAParent()
    {
        Volume v = makeVolume(QStringLiteral("fresh"), 8 * MiB);
        BackupParams p;
        p.volume = v.id;
        p.incremental = true;
        JobControl c;
        auto r = m_engine->createBackup(p, c);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("full")));
        QCOMPARE(m_engine->backups(v.id)->size(), 0); // nothing recorded
    }

    void inUseNeedsForce()
    {
        Volume v = makeVolume(QStringLiteral("attached"), 8 * MiB);
        writeRandom(v.device, 0, 8 * MiB, 40);
        auto fd = FileBackend::attach(v.device); // like a VM holding its disk
        QVERIFY(fd.ok());
        QCOMPARE(m_engine->resolveVolume(v.id)->status, VolumeStatus::InUse);
        BackupParams p;
        p.volume = v.id;
        JobControl c;
        auto refused = m_engine->createBackup(p, c);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String("force")));
        QCOMPARE(m_engine->backups(v.id)->size(), 0);
        p.force = true;
        auto forced = m_engine->createBackup(p, c);
        QVERIFY2(forced.ok(), qPrintable(forced.error()));
        QVERIFY(forced->forced);
        // Restoring over an attached volume is refused and writes nothing.
        auto before = sha256File(v.device);
        auto over = restoreOver(forced->id, v.id);
        QVERIFY(!over.ok());
        QCOMPARE(sha256File(v.device), before);
        ::close(*fd);
        QCOMPARE(m_engine->resolveVolume(v.id)->status, VolumeStatus::Available);
    }

    void restoreToSmallerVolumeIsRefused()
    {
        Volume v = makeVolume(QStringLiteral("big"), 16 * MiB);
        writeRandom(v.device, 0, MiB, 50);
        const Backup b = backup(v.id, false);
        Volume small = makeVolume(QStringLiteral("small"), 8 * MiB);
        writeText(small.device, 0, 8 * MiB);
        const auto before = sha256File(small.device);
        auto r = restoreOver(b.id, small.id);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("smaller")));
        QCOMPARE(sha256File(small.device), before);
    }

    void badInputsChangeNothing()
    {
        Volume v = makeVolume(QStringLiteral("v"), 8 * MiB);
        const Backup b = backup(v.id, false);
        const auto listBefore = m_engine->backups();
        JobControl c;
        QVERIFY(!m_engine->backup(QStringLiteral("ffffffff")).ok());
        QVERIFY(!restoreNew(QStringLiteral("ffffffff"), QStringLiteral("x")).ok());
        QVERIFY(!restoreNew(b.id, QStringLiteral("bad\nname")).ok());
        QVERIFY(!restoreNew(b.id, QString(100, u'n')).ok());
        QVERIFY(!restoreNew(b.id, QStringLiteral("v")).ok()); // exists
        QVERIFY(!m_engine->deleteBackups({QStringLiteral("zzzz")}, c).ok());
        QVERIFY(!m_engine->editBackup(b.id, QStringLiteral("a\u0007b"), std::nullopt).ok());
        QVERIFY(!m_engine->editBackup(b.id, QString(500, u'x'), std::nullopt).ok());
        QVERIFY(!m_engine->editTags(b.id, {QStringLiteral("a,b")}, {}).ok());
        QVERIFY(!m_engine->editTags(b.id, {}, {QStringLiteral("never-set")}).ok());
        BackupParams p;
        p.volume = QStringLiteral("no-such-volume");
        QVERIFY(!m_engine->createBackup(p, c).ok());
        p.volume = v.id;
        p.name = QStringLiteral("ctrl\u0001");
        QVERIFY(!m_engine->createBackup(p, c).ok());
        CreateVolumeParams vp;
        vp.name = QStringLiteral("../escape");
        vp.size = MiB;
        QVERIFY(!m_engine->createVolume(vp).ok());
        vp.name = QStringLiteral("ok");
        vp.size = 0;
        QVERIFY(!m_engine->createVolume(vp).ok());
        QCOMPARE(m_engine->backups()->size(), listBefore->size());
        QCOMPARE(m_engine->backup(b.id)->name, b.name);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("volumes/admin/x.img"))));
    }

    void editAndTagsPersistInCatalogAndRepository()
    {
        Volume v = makeVolume(QStringLiteral("e"), 4 * MiB);
        const Backup b = backup(v.id, false);
        auto edited = m_engine->editBackup(b.id, QStringLiteral("renamed"), QStringLiteral("说明"));
        QVERIFY(edited.ok());
        auto tagged = m_engine->editTags(b.id, {QStringLiteral("prod"), QStringLiteral("新标签")}, {});
        QVERIFY(tagged.ok());
        tagged = m_engine->editTags(b.id, {}, {QStringLiteral("prod")});
        QCOMPARE(tagged->tags, QStringList{QStringLiteral("新标签")});
        QVERIFY(catalogOf(*m_engine).allTags()->contains(QStringLiteral("prod"))); // tags stay known
        auto rec = repositoryOf(*m_engine).readRecord(b.id);
        QCOMPARE(rec->name, QStringLiteral("renamed"));
        QCOMPARE(rec->description, QStringLiteral("说明"));
        QCOMPARE(rec->tags, QStringList{QStringLiteral("新标签")});
    }

    void deleteFollowsChainRules()
    {
        Volume v = makeVolume(QStringLiteral("d"), 16 * MiB);
        writeRandom(v.device, 0, 16 * MiB, 60);
        const Backup f = backup(v.id, false);
        writeRandom(v.device, 0, MiB, 61);
        const Backup i1 = backup(v.id, true);
        writeRandom(v.device, 4 * MiB, MiB, 62);
        const Backup i2 = backup(v.id, true);
        JobControl c;
        auto refused = m_engine->deleteBackups({f.id}, c);
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(i1.id.left(8)));
        QCOMPARE(m_engine->backups(v.id)->size(), 3);
        QCOMPARE(m_engine->backup(f.id)->status, BackupStatus::Available);
        auto middle = m_engine->deleteBackups({i1.id}, c);
        QVERIFY(!middle.ok());
        QVERIFY(middle.error().contains(i2.id.left(8)));

        const int chunksBefore = chunkFiles().size();
        auto deleted = m_engine->deleteBackups({f.id, i1.id, i2.id}, c);
        QVERIFY2(deleted.ok(), qPrintable(deleted.error()));
        QCOMPARE(*deleted, (QStringList{i2.id, i1.id, f.id}));
        QCOMPARE(m_engine->backups(v.id)->size(), 0);
        QVERIFY(repositoryOf(*m_engine).indexIds().isEmpty());
        auto gc = m_engine->gc(c);
        QVERIFY(gc.ok());
        QCOMPARE(gc->chunksRemoved, qint64(chunksBefore));
        QVERIFY(chunkFiles().isEmpty());
    }

    void gcKeepsChunksOfRemainingBackups()
    {
        Volume v = makeVolume(QStringLiteral("g"), 16 * MiB);
        writeRandom(v.device, 0, 16 * MiB, 70);
        const Backup f = backup(v.id, false);
        writeRandom(v.device, 0, MiB, 71);
        const Backup i = backup(v.id, true);
        const QString expected = snapshot(v, QStringLiteral("g"));
        JobControl c;
        QVERIFY(m_engine->deleteBackups({i.id}, c).ok());
        auto gc = m_engine->gc(c);
        QCOMPARE(gc->chunksRemoved, qint64(1));
        auto r = restoreNew(f.id, QStringLiteral("g2"));
        QVERIFY(r.ok());
        QVERIFY(!sameContent(r->device, expected));
        QVERIFY(m_engine->verifyBackup(f.id, c).ok());
    }

    void corruptedChunkIsDetectedAndNeverWritten()
    {
        Volume v = makeVolume(QStringLiteral("c"), 8 * MiB);
        writeRandom(v.device, 0, 8 * MiB, 80);
        const Backup b = backup(v.id, false);
        JobControl c;
        QVERIFY(m_engine->verifyBackup(b.id, c).ok());
        const QStringList chunks = chunkFiles();
        QCOMPARE(chunks.size(), 2);
        QFile f(chunks.first());
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char c0 = f.peek(1).at(0);
        f.putChar(static_cast<char>(~c0));
        f.close();
        const QString bad = QFileInfo(chunks.first()).fileName();

        auto verified = m_engine->verifyBackup(b.id, c);
        QVERIFY(!verified.ok());
        QVERIFY(verified.error().contains(bad));
        QVERIFY(!m_engine->verifyRepository(c)->problems.isEmpty());

        // Verify moved the chunk aside and marked the backup damaged with its range.
        QCOMPARE(m_engine->backup(b.id)->status, BackupStatus::Damaged);
        auto r = restoreNew(b.id, QStringLiteral("broken"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("4.0 MiB")), qPrintable(r.error()));
        QVERIFY(!m_engine->resolveVolume(QStringLiteral("broken")).ok()); // the new volume is removed again

        Volume target = makeVolume(QStringLiteral("keep"), 8 * MiB);
        writeText(target.device, 0, 8 * MiB);
        const auto before = sha256File(target.device);
        auto over = restoreOver(b.id, target.id);
        QVERIFY(!over.ok());
        QCOMPARE(sha256File(target.device), before); // good data is not destroyed
        QCOMPARE(m_engine->resolveVolume(target.id)->status, VolumeStatus::Available);
    }

    void cancelMidBackupLeavesNoAvailableBackup()
    {
        Volume v = makeVolume(QStringLiteral("slow"), 64 * MiB);
        writeRandom(v.device, 0, 64 * MiB, 90);
        BackupParams p;
        p.volume = v.id;
        JobControl c;
        c.rateLimit = 16 * MiB; // about four seconds
        qint64 seen = 0;
        c.progress = [&](qint64 done, qint64) {
            seen = done;
            if (done >= 8 * MiB)
                c.cancel = true;
        };
        auto r = m_engine->createBackup(p, c);
        QVERIFY(!r.ok());
        QVERIFY(seen < 64 * MiB);
        // A cancel removes the backup, its index and its new chunks; the job history keeps the fact.
        QVERIFY(m_engine->backups(v.id)->isEmpty());
        QVERIFY(repositoryOf(*m_engine).indexIds().isEmpty());
        QVERIFY(chunkFiles().isEmpty());
        QCOMPARE(catalogOf(*m_engine).jobs(false)->last().status, JobStatus::Cancelled);
        // The next backup is full again: nothing available to build on.
        BackupParams inc = p;
        inc.incremental = true;
        JobControl c2;
        QVERIFY(!m_engine->createBackup(inc, c2).ok());
        QVERIFY(m_engine->createBackup(p, c2).ok());
    }

    void jobObjectReportsAndCancels()
    {
        Volume v = makeVolume(QStringLiteral("job"), 64 * MiB);
        writeRandom(v.device, 0, 64 * MiB, 91);
        auto engine = m_engine;
        Job job(JobKind::Backup, QStringLiteral("backup"),
                [engine, id = v.id](JobControl &c) -> Result<QString> {
                    c.rateLimit = 16 * MiB;
                    BackupParams p;
                    p.volume = id;
                    auto b = engine->createBackup(p, c);
                    if (!b)
                        return fail(b.error());
                    return b->id;
                });
        QSignalSpy progress(&job, &Job::progressChanged);
        QSignalSpy finished(&job, &Job::finished);
        QThreadPool pool;
        job.start(&pool);
        QTRY_VERIFY_WITH_TIMEOUT(job.meter().done() > 0, 5000);
        QVERIFY(job.isRunning());
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.status(), JobStatus::Cancelled);
        QVERIFY(m_engine->backups(v.id)->isEmpty());
    }

    void crashMidBackupIsRecoveredAtNextStart()
    {
        Volume v = makeVolume(QStringLiteral("crash"), 64 * MiB);
        writeRandom(v.device, 0, 64 * MiB, 92);
        const Backup first = backup(v.id, false);
        writeRandom(v.device, 0, 8 * MiB, 93);
        m_engine.reset();

        QProcess ctl;
        ctl.start(qEnvironmentVariable("CLOUDBACKUPCTL"),
                  {QStringLiteral("--home"), m_dir->path(), QStringLiteral("--limit-rate"),
                   QStringLiteral("8M"), QStringLiteral("backup"), QStringLiteral("create"), v.id});
        QVERIFY(ctl.waitForStarted());
        // Wait until it has really started writing, then kill it hard.
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(m_dir->filePath(QStringLiteral("run"))).entryList(QDir::Files).size() == 1, 10000);
        QTest::qWait(1500);
        ctl.kill();
        QVERIFY(ctl.waitForFinished());

        openEngine();
        QCOMPARE(m_engine->recovery().backupsFailed, 1);
        auto list = m_engine->backups(v.id);
        QCOMPARE(list->size(), 2);
        const Backup &crashed = list->at(1);
        QCOMPARE(crashed.status, BackupStatus::Error);
        QVERIFY(crashed.error.contains(QLatin1String("Interrupted")));
        QVERIFY(!repositoryOf(*m_engine).hasIndex(crashed.id));
        QCOMPARE(list->at(0).status, BackupStatus::Available); // nothing available was lost
        QVERIFY(catalogOf(*m_engine).jobs(true)->isEmpty());
        QVERIFY(QDir(m_dir->filePath(QStringLiteral("repository/tmp"))).isEmpty());
        // The chain continues from the last good backup.
        const QString expected = snapshot(v, QStringLiteral("crash"));
        const Backup next = backup(v.id, true);
        QCOMPARE(next.parentId, first.id);
        auto r = restoreNew(next.id, QStringLiteral("crash2"));
        QVERIFY(r.ok());
        QVERIFY(sameContent(r->device, expected));
        // A second start finds nothing more to recover.
        openEngine();
        QCOMPARE(m_engine->recovery().backupsFailed, 0);
    }

    void interruptedDeleteSettlesOnlyItsOwnRows()
    {
        Volume v1 = makeVolume(QStringLiteral("del1"), 4 * MiB);
        Volume v2 = makeVolume(QStringLiteral("del2"), 4 * MiB);
        const Backup gone = backup(v1.id, false);
        const Backup busy = backup(v2.id, false);
        Catalog &catalog = catalogOf(*m_engine);
        const auto runningJob = [&](const QString &id) {
            JobRecord j;
            j.id = id;
            j.kind = JobKind::Delete;
            j.host = QHostInfo::localHostName();
            j.pid = 1;
            j.startedAt = QDateTime::currentDateTimeUtc();
            QVERIFY(catalog.insertJob(j).ok());
        };
        // A delete that died after removing the index...
        runningJob(QStringLiteral("dead-job"));
        QVERIFY(catalog.markDeleting({gone.id}, QStringLiteral("dead-job")).ok());
        QVERIFY(repositoryOf(*m_engine).removeBackup(gone.id).ok());
        // ...and another console's delete that is still running (it holds its lock).
        runningJob(QStringLiteral("live-job"));
        QVERIFY(catalog.markDeleting({busy.id}, QStringLiteral("live-job")).ok());
        const QByteArray lock = QFile::encodeName(m_dir->filePath(QStringLiteral("run/live-job.lock")));
        const int fd = ::open(lock.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        QVERIFY(fd >= 0 && ::flock(fd, LOCK_EX) == 0);

        openEngine();
        QCOMPARE(m_engine->recovery().deletesResolved, 1);
        QVERIFY(!m_engine->backup(gone.id).ok());
        QCOMPARE(m_engine->backup(busy.id)->status, BackupStatus::Deleting);
        QCOMPARE(catalogOf(*m_engine).jobs(true)->size(), 1);
        ::close(fd);
        openEngine();
        QCOMPARE(m_engine->recovery().deletesResolved, 1);
        QCOMPARE(m_engine->backup(busy.id)->status, BackupStatus::Available); // its index is still there
    }

    void deletedVolumeBackupsStillRestore()
    {
        Volume v = makeVolume(QStringLiteral("gone"), 8 * MiB);
        writeRandom(v.device, 0, 8 * MiB, 94);
        const QString expected = snapshot(v, QStringLiteral("gone"));
        const Backup b = backup(v.id, false);
        QVERIFY(m_engine->deleteVolume(v.id).ok());
        auto seen = m_engine->resolveVolume(v.id);
        QVERIFY(seen.ok());
        QCOMPARE(seen->status, VolumeStatus::Missing);
        QCOMPARE(m_engine->backups(v.id)->size(), 1);
        auto r = restoreNew(b.id, QStringLiteral("back"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(sameContent(r->device, expected));
    }

    void rebuildCatalogFromRepository()
    {
        Volume v = makeVolume(QStringLiteral("rb"), 8 * MiB);
        writeRandom(v.device, 0, 8 * MiB, 95);
        const Backup f = backup(v.id, false);
        writeRandom(v.device, 0, MiB, 96);
        const Backup i = backup(v.id, true);
        QVERIFY(m_engine->editBackup(i.id, QStringLiteral("edited"), std::nullopt).ok());
        QVERIFY(m_engine->setTags(i.id, {QStringLiteral("keep")}).ok());
        m_engine.reset();
        for (const QString &f2 : QDir(m_dir->path()).entryList({QStringLiteral("catalog.sqlite*")}))
            QVERIFY(QFile::remove(m_dir->filePath(f2)));
        // A lost catalog is an error that names the way back, not "no backups".
        EngineConfig config;
        config.home = m_dir->path();
        auto refused = Engine::open(config);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("rebuild-catalog")), qPrintable(refused.error()));
        config.rebuildingCatalog = true;
        m_engine = *Engine::open(config);
        QCOMPARE(m_engine->backups()->size(), 0);
        auto n = m_engine->rebuildCatalog();
        QVERIFY2(n.ok(), qPrintable(n.error()));
        QCOMPARE(*n, 2);
        auto rebuilt = m_engine->backup(i.id);
        QVERIFY(rebuilt.ok());
        QCOMPARE(rebuilt->name, QStringLiteral("edited"));
        QCOMPARE(rebuilt->tags, QStringList{QStringLiteral("keep")});
        QCOMPARE(rebuilt->parentId, f.id);
        QCOMPARE(rebuilt->status, BackupStatus::Available);
        QCOMPARE(*m_engine->rebuildCatalog(), 0); // idempotent
    }

    void postgresCatalogEndToEnd()
    {
        const QString url = postgresUrl();
        if (url.isEmpty())
            QSKIP("Runs under CTest with the PostgreSQL fixture.");
        {
            auto c = Catalog::open(url);
            QVERIFY2(c.ok(), qPrintable(c.error()));
            QSqlQuery q((*c)->db());
            for (const char *t : {"backup_tags", "tags", "backups", "volumes", "jobs", "audit"})
                q.exec(QStringLiteral("DELETE FROM ") + QLatin1String(t));
        }
        openEngine(url);
        QVERIFY(catalogOf(*m_engine).describe().startsWith(QLatin1String("PostgreSQL")));
        Volume v = makeVolume(QStringLiteral("pg"), 16 * MiB);
        writeRandom(v.device, 0, 16 * MiB, 97);
        const Backup f = backup(v.id, false);
        writeRandom(v.device, 4 * MiB, MiB, 98);
        const QString expected = snapshot(v, QStringLiteral("pg"));
        const Backup i = backup(v.id, true);
        QCOMPARE(i.parentId, f.id);
        auto r = restoreNew(i.id, QStringLiteral("pg2"));
        QVERIFY(r.ok());
        QVERIFY(sameContent(r->device, expected));
        JobControl c;
        QVERIFY(!m_engine->deleteBackups({f.id}, c).ok());
        QCOMPARE(*m_engine->deleteBackups({f.id, i.id}, c), (QStringList{i.id, f.id}));
    }
};

QTEST_GUILESS_MAIN(TestEngine)
#include "tst_engine.moc"
