// Backups that can be trusted: resize chains, damage and healing, states
// that settle by themselves, a format 1 repository upgraded in place.
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "volumes/VolumeBackend.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cb;
using namespace cb::test;

constexpr qint64 MiB = 1024 * 1024;

class TestTrust : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Engine> m_engine;

    void openEngine()
    {
        m_engine.reset();
        m_engine = openEngineOrDie(m_dir->path());
    }
    Volume makeVolume(const QString &name, qint64 size) { return makeVolumeOrDie(*m_engine, name, size); }
    Backup backup(const QString &volume, bool incremental)
    {
        return backupOrDie(*m_engine, volume, incremental);
    }
    QString snapshot(const Volume &v, const QString &tag) { return snapshotOf(v, m_dir->path(), tag); }

    QString chunkFileOf(const QByteArray &data)
    {
        const QString h = QString::fromLatin1(sha256(data.constData(), data.size()).toHex());
        return m_dir->filePath(QStringLiteral("repository/chunks/") + h.left(2) + u'/' + h);
    }

    static QByteArray readRange(const QString &path, qint64 offset, qint64 length)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        f.seek(offset);
        return f.read(length);
    }

    static void flipByte(const QString &path)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        const char c = f.peek(1).at(0);
        f.putChar(static_cast<char>(~c));
    }

    void checkRestores(const QList<QPair<Backup, QString>> &expected, const QString &tag)
    {
        int n = 0;
        for (const auto &[b, copy] : expected) {
            auto r = restoreToNew(*m_engine, b.id, tag + QString::number(n++));
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QVERIFY2(sameContent(r->device, copy), qPrintable(b.name));
            QCOMPARE(r->size, QFileInfo(copy).size());
            JobControl c;
            QVERIFY(m_engine->verifyBackup(b.id, c).ok());
        }
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

    // Shrink then grow restored the full backup's old data where the volume
    // had zeros; every step of every resize chain restores exactly.
    void resizeChainsRestoreExactly()
    {
        Volume v = makeVolume(QStringLiteral("rs"), 16 * MiB);
        writeRandom(v.device, 0, 16 * MiB, 1);
        QList<QPair<Backup, QString>> expected;
        const auto step = [&](const QString &tag) {
            expected << qMakePair(backup(v.id, !expected.isEmpty()), snapshot(v, tag));
        };
        step(QStringLiteral("full"));
        QVERIFY(QFile::resize(v.device, 8 * MiB)); // shrink
        step(QStringLiteral("shrunk"));
        QVERIFY(QFile::resize(v.device, 16 * MiB)); // grow back: 8–16 MiB reads as zeros
        step(QStringLiteral("grown"));
        QVERIFY(QFile::resize(v.device, 22 * MiB + 4096)); // grow, ending mid-chunk
        writeText(v.device, 20 * MiB, MiB);
        step(QStringLiteral("grown-odd"));
        QVERIFY(QFile::resize(v.device, 21 * MiB)); // shrink inside the last chunk
        step(QStringLiteral("shrunk-odd"));
        QVERIFY(QFile::resize(v.device, 6 * MiB + 512)); // grow-then-shrink far
        step(QStringLiteral("small"));
        checkRestores(expected, QStringLiteral("rs"));
        QCOMPARE(readRange(expected[2].second, 8 * MiB, 8 * MiB), QByteArray(8 * MiB, '\0'));
    }

    // A flipped byte: verify marks every backup that uses the chunk damaged,
    // a new backup of the same data stores it again, verify heals.
    void damagedChunkIsNeverReusedAndHeals()
    {
        Volume v = makeVolume(QStringLiteral("dmg"), 12 * MiB);
        writeRandom(v.device, 0, 12 * MiB, 2);
        const QString expected = snapshot(v, QStringLiteral("dmg"));
        const Backup first = backup(v.id, false);
        const Backup second = backup(v.id, true); // shares every chunk
        const QString chunk = chunkFileOf(readRange(v.device, 4 * MiB, 4 * MiB));
        QVERIFY(QFile::exists(chunk));
        flipByte(chunk);

        JobControl c;
        auto verified = m_engine->verifyBackup(first.id, c);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(QStringLiteral("4.0 MiB–8.0 MiB")), qPrintable(verified.error()));
        for (const QString &id : {first.id, second.id}) {
            auto b = m_engine->backup(id);
            QCOMPARE(b->status, BackupStatus::Damaged);
            QVERIFY2(b->error.contains(QStringLiteral("4.0 MiB–8.0 MiB")), qPrintable(b->error));
        }
        QVERIFY(!QFile::exists(chunk)); // moved aside
        // Refused with the list; nothing is created.
        auto refused = restoreToNew(*m_engine, first.id, QStringLiteral("no"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QStringLiteral("4.0 MiB–8.0 MiB")));
        QVERIFY(!m_engine->resolveVolume(QStringLiteral("no")).ok());
        // An incremental on the damaged backup reads everything and stores the chunk again.
        const Backup healer = backup(v.id, true);
        QCOMPARE(healer.status, BackupStatus::Available);
        QCOMPARE(healer.parentId, second.id);
        QVERIFY2(healer.warning.contains(QLatin1String("whole volume")), qPrintable(healer.warning));
        QVERIFY(QFile::exists(chunk)); // stored again, not the damaged copy reused
        auto r = restoreToNew(*m_engine, healer.id, QStringLiteral("healer"));
        QVERIFY(r.ok());
        QVERIFY(sameContent(r->device, expected));
        // Verify returns the old backups to available; they restore exactly.
        auto repo = m_engine->verifyRepository(c);
        QVERIFY2(repo.ok() && repo->problems.isEmpty(), qPrintable(repo->problems.join(u'\n')));
        QCOMPARE(repo->healedIds.size(), 2);
        for (const QString &id : {first.id, second.id}) {
            QCOMPARE(m_engine->backup(id)->status, BackupStatus::Available);
            auto again = restoreToNew(*m_engine, id, QStringLiteral("healed-") + id.left(4));
            QVERIFY2(again.ok(), qPrintable(again.error()));
            QVERIFY(sameContent(again->device, expected));
        }
    }

    // A deleted chunk: no backup becomes available without it, the next
    // backup that reads the data stores it again.
    void deletedChunkIsStoredAgain()
    {
        Volume v = makeVolume(QStringLiteral("del"), 8 * MiB);
        writeRandom(v.device, 0, 8 * MiB, 3);
        const Backup full = backup(v.id, false);
        const QString chunk = chunkFileOf(readRange(v.device, 0, 4 * MiB));
        QVERIFY(QFile::remove(chunk));
        writeRandom(v.device, 4 * MiB, MiB, 4);
        const QString expected = snapshot(v, QStringLiteral("del"));
        const Backup inc = backup(v.id, true);
        QVERIFY(QFile::exists(chunk));
        auto r = restoreToNew(*m_engine, inc.id, QStringLiteral("del2"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(sameContent(r->device, expected));
        JobControl c;
        QVERIFY(m_engine->verifyBackup(full.id, c).ok());
    }

    void allowDamagedRestoresTheRest()
    {
        Volume v = makeVolume(QStringLiteral("part"), 12 * MiB + 4096);
        writeRandom(v.device, 0, 12 * MiB + 4096, 5);
        const QString expected = snapshot(v, QStringLiteral("part"));
        const Backup b = backup(v.id, false);
        flipByte(chunkFileOf(readRange(v.device, 4 * MiB, 4 * MiB)));
        JobControl c;
        QVERIFY(!m_engine->verifyBackup(b.id, c).ok());

        QList<ByteRange> zeroed;
        RestoreParams p;
        p.backupId = b.id;
        p.newVolumeName = QStringLiteral("rest");
        p.allowDamaged = true;
        p.zeroed = &zeroed;
        auto r = m_engine->restore(p, c);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(zeroed.size(), 1);
        QCOMPARE(zeroed.first().offset, 4 * MiB);
        QCOMPARE(zeroed.first().length, 4 * MiB);
        QCOMPARE(readRange(r->device, 0, 4 * MiB), readRange(expected, 0, 4 * MiB));
        QCOMPARE(readRange(r->device, 4 * MiB, 4 * MiB), QByteArray(4 * MiB, '\0'));
        QCOMPARE(readRange(r->device, 8 * MiB, 4 * MiB + 4096), readRange(expected, 8 * MiB, 4 * MiB + 4096));
        // Over an existing volume the same, with the damaged range zeroed.
        Volume target = makeVolume(QStringLiteral("over"), 16 * MiB);
        writeText(target.device, 0, 16 * MiB);
        p.newVolumeName.clear();
        p.targetVolume = target.id;
        QVERIFY(m_engine->restore(p, c).ok());
        QCOMPARE(readRange(target.device, 4 * MiB, 4 * MiB), QByteArray(4 * MiB, '\0'));
        QCOMPARE(readRange(target.device, 8 * MiB, 4 * MiB), readRange(expected, 8 * MiB, 4 * MiB));
    }

    void damagedOrMissingIndexIsFound()
    {
        Volume v = makeVolume(QStringLiteral("idx"), 8 * MiB);
        writeRandom(v.device, 0, 8 * MiB, 6);
        const Backup a = backup(v.id, false);
        const Backup b = backup(v.id, false);
        const QString indexes = m_dir->filePath(QStringLiteral("repository/indexes/"));
        flipByte(indexes + a.id + QStringLiteral(".cbix"));
        QVERIFY(QFile::remove(indexes + b.id + QStringLiteral(".cbix")));
        JobControl c;
        auto one = m_engine->verifyBackup(a.id, c);
        QVERIFY(!one.ok());
        QVERIFY2(one.error().contains(QLatin1String("damaged")), qPrintable(one.error()));
        auto all = m_engine->verifyRepository(c);
        QVERIFY(all.ok());
        QVERIFY(all->problems.join(u'\n').contains(b.id));
        QCOMPARE(m_engine->backup(a.id)->status, BackupStatus::Damaged);
        QCOMPARE(m_engine->backup(b.id)->status, BackupStatus::Damaged);
        QVERIFY(!restoreToNew(*m_engine, a.id, QStringLiteral("x")).ok());
        QVERIFY(!m_engine->resolveVolume(QStringLiteral("x")).ok());
    }

    // Every chunk is sound but the index puts them in the wrong places.
    void verifyCatchesAnIndexThatDisagreesWithItsData()
    {
        Volume v = makeVolume(QStringLiteral("dis"), 6 * MiB);
        writeRandom(v.device, 0, 6 * MiB, 10);
        const Backup b = backup(v.id, false);
        Repository &repo = repositoryOf(*m_engine);
        IndexHeader header;
        ChunkHash first, second;
        {
            auto reader = repo.openIndex(b.id);
            QVERIFY(reader.ok());
            header = (*reader)->header();
            first = *(*reader)->next();
            second = *(*reader)->next();
        }
        auto pending = repo.createIndex(header);
        QVERIFY(pending.ok());
        QVERIFY((*pending)->writer().append(second).ok()); // 2 MiB where 4 MiB belong
        QVERIFY((*pending)->writer().append(first).ok());
        QVERIFY((*pending)->commit().ok());
        JobControl c;
        auto verified = m_engine->verifyBackup(b.id, c);
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(QLatin1String("index expects")), qPrintable(verified.error()));
        QCOMPARE(m_engine->backup(b.id)->status, BackupStatus::Damaged);
        QVERIFY(repo.hasChunk(first) && repo.hasChunk(second)); // sound chunks are not moved aside
    }

    void verifyChecksCatalogAndRepositoryBothWays()
    {
        Volume v = makeVolume(QStringLiteral("both"), 4 * MiB);
        writeRandom(v.device, 0, 4 * MiB, 7);
        const Backup b = backup(v.id, false);
        JobControl c;
        QVERIFY(m_engine->verifyRepository(c)->problems.isEmpty());
        // An index the catalog does not know.
        QVERIFY(catalogOf(*m_engine).deleteBackupRow(b.id).ok());
        const Backup other = backup(v.id, false); // the catalog is not empty
        auto r = m_engine->verifyRepository(c);
        QVERIFY(r->problems.join(u'\n').contains(b.id));
        QVERIFY(r->problems.join(u'\n').contains(QLatin1String("rebuild-catalog")));
        QVERIFY(m_engine->rebuildCatalog().ok());
        QVERIFY(m_engine->verifyRepository(c)->problems.isEmpty());
        QCOMPARE(m_engine->backup(other.id)->status, BackupStatus::Available);
    }

    // Several restores of one backup at once: none changes its status.
    void overlappingRestores()
    {
        Volume v = makeVolume(QStringLiteral("ov"), 32 * MiB);
        writeRandom(v.device, 0, 32 * MiB, 8);
        const QString expected = snapshot(v, QStringLiteral("ov"));
        const Backup b = backup(v.id, false);
        QList<QThread *> threads;
        QList<Result<Volume>> results(3, Result<Volume>(fail(QString())));
        for (int i = 0; i < 3; ++i) {
            threads << QThread::create([&, i] {
                results[i] = restoreToNew(*m_engine, b.id, QStringLiteral("ov") + QString::number(i));
            });
            threads.last()->start();
        }
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        for (const auto &r : results) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QVERIFY(sameContent(r->device, expected));
        }
        QCOMPARE(m_engine->backup(b.id)->status, BackupStatus::Available);
        JobControl c;
        QVERIFY(m_engine->deleteBackups({b.id}, c).ok()); // nothing holds it
    }

    // States left by a job that died before or at any write settle at the next start.
    void passingStatesWithoutAJobSettle()
    {
        Volume v = makeVolume(QStringLiteral("st"), 4 * MiB);
        writeRandom(v.device, 0, 4 * MiB, 9);
        const Backup parent = backup(v.id, false);
        Backup orphan = parent;
        orphan.id = newId();
        orphan.parentId = parent.id;
        orphan.kind = BackupKind::Incremental;
        orphan.status = BackupStatus::Creating; // its job row was never written
        QVERIFY(catalogOf(*m_engine).insertBackup(orphan).ok());
        Backup restoring = parent;
        restoring.id = newId();
        restoring.status = BackupStatus::Restoring; // left by an older release
        QVERIFY(catalogOf(*m_engine).insertBackup(restoring).ok());
        openEngine();
        QCOMPARE(m_engine->backup(orphan.id)->status, BackupStatus::Error);
        QCOMPARE(m_engine->backup(restoring.id)->status, BackupStatus::Available);
        JobControl c;
        QVERIFY(m_engine->deleteBackups({parent.id}, c).ok()); // the failed child never blocks
    }

    // A restore target is never "available" before its restore finished.
    void newRestoreTargetIsNotAvailableUntilWritten()
    {
        Volume v = makeVolume(QStringLiteral("src"), 4 * MiB);
        VolumeBackend *backend = m_engine->backendFor(v.id);
        CreateVolumeParams p;
        p.name = QStringLiteral("half");
        p.project = v.project;
        p.size = 4 * MiB;
        p.forRestore = true;
        auto created = backend->create(p); // ...and the restore dies here
        QVERIFY(created.ok());
        QCOMPARE(m_engine->resolveVolume(created->id)->status, VolumeStatus::Error);
    }

    void formatOneRepositoryIsUpgraded()
    {
        m_engine.reset();
        const QString fixtures = QStringLiteral(CB_FIXTURES);
        QProcess tar;
        tar.start(QStringLiteral("tar"),
                  {QStringLiteral("-xzf"), fixtures + QStringLiteral("/home-format1.tar.gz"),
                   QStringLiteral("-C"), m_dir->path()});
        QVERIFY(tar.waitForFinished() && tar.exitCode() == 0);
        openEngine();
        QCOMPARE(m_engine->recovery().upgradedFrom, 1);
        QFile expectedFile(fixtures + QStringLiteral("/home-format1.expected"));
        QVERIFY(expectedFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = expectedFile.readAll().trimmed().split('\n');
        QCOMPARE(m_engine->backups()->size(), lines.size());
        JobControl c;
        auto verified = m_engine->verifyRepository(c);
        QVERIFY2(verified.ok() && verified->problems.isEmpty(), qPrintable(verified->problems.join(u'\n')));
        int n = 0;
        for (const QByteArray &line : lines) {
            const QString id = QString::fromLatin1(line.split(' ').at(0));
            const QByteArray hash = line.split(' ').at(1);
            auto b = m_engine->backup(id);
            QVERIFY(b.ok());
            QCOMPARE(b->status, BackupStatus::Available);
            auto r = restoreToNew(*m_engine, id, QStringLiteral("up") + QString::number(n++));
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QCOMPARE(sha256File(r->device), hash);
        }
        // Tags and names came across; the chain goes on from the upgraded backups.
        QVERIFY(catalogOf(*m_engine).allTags()->contains(QStringLiteral("升级前")));
        QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("repository/manifests"))));
        openEngine();
        QCOMPARE(m_engine->recovery().upgradedFrom, 0);
    }
};

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_trust.moc"
