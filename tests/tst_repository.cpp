#include "repository/Repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace cb;

class TestRepository : public QObject
{
    Q_OBJECT

    static QByteArray randomChunk(quint32 seed, qint64 size = ChunkSize)
    {
        QByteArray d(size, Qt::Uninitialized);
        QRandomGenerator(seed).fillRange(reinterpret_cast<quint32 *>(d.data()), size / 4);
        return d;
    }

private Q_SLOTS:
    void sha256MatchesKnownVector()
    {
        QCOMPARE(sha256("abc", 3).toHex(),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void zeroDetection()
    {
        QByteArray z(ChunkSize, '\0');
        QVERIFY(isAllZero(z.constData(), z.size()));
        z[ChunkSize - 1] = 1;
        QVERIFY(!isAllZero(z.constData(), z.size()));
        QVERIFY(!isAllZero("\0\0\0\x01", 4));
    }

    void putGetRoundTripAndDedup()
    {
        QTemporaryDir dir;
        auto repo = Repository::open(dir.path());
        QVERIFY2(repo.ok(), qPrintable(repo.error()));
        const QByteArray random = randomChunk(1);
        const QByteArray text = QByteArray("compressible text line\n").repeated(100000).left(ChunkSize);
        for (const QByteArray &data : {random, text}) {
            const ChunkHash h = sha256(data.constData(), data.size());
            auto stored = (*repo)->putChunk(h, data.constData(), data.size());
            QVERIFY(stored.ok());
            QVERIFY(*stored > 0);
            QVERIFY((*repo)->hasChunk(h));
            auto again = (*repo)->putChunk(h, data.constData(), data.size());
            QCOMPARE(*again, qint64(0)); // already there: nothing written
            auto back = (*repo)->getChunk(h);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QCOMPARE(*back, data);
        }
        // Compressible data is stored compressed; random data is not inflated.
        const ChunkHash th = sha256(text.constData(), text.size());
        QVERIFY(QFileInfo((*repo)->chunkPath(th)).size() < text.size() / 10);
        const ChunkHash rh = sha256(random.constData(), random.size());
        QVERIFY(QFileInfo((*repo)->chunkPath(rh)).size() <= random.size() + 64);
    }

    void corruptionIsDetected()
    {
        QTemporaryDir dir;
        auto repo = Repository::open(dir.path());
        const QByteArray data = randomChunk(2, 1 << 20);
        const ChunkHash h = sha256(data.constData(), data.size());
        QVERIFY((*repo)->putChunk(h, data.constData(), data.size()).ok());
        QFile f((*repo)->chunkPath(h));
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(1000);
        char c;
        f.getChar(&c);
        f.seek(1000);
        f.putChar(static_cast<char>(c ^ 0x55));
        f.close();
        auto back = (*repo)->getChunk(h);
        QVERIFY(!back.ok());
        QVERIFY(back.error().contains(Repository::hex(h)));
        auto stats = (*repo)->verifyChunks({h}, nullptr, {});
        QVERIFY(stats.ok());
        QCOMPARE(stats->problems.size(), 1);
    }

    void manifestRoundTrip()
    {
        QTemporaryDir dir;
        auto repo = Repository::open(dir.path());
        Manifest m;
        m.record.id = QStringLiteral("11111111-2222-3333-4444-555555555555");
        m.record.name = QStringLiteral("名字 with spaces");
        m.record.tags = {QStringLiteral("a"), QStringLiteral("b")};
        m.record.parentId = QStringLiteral("parent");
        m.record.createdAt = QDateTime::currentDateTimeUtc();
        m.volumeSize = 3 * ChunkSize + 17;
        m.chunks.insert(0, sha256("x", 1));
        m.chunks.insert(3, ChunkHash()); // a hole over parent data
        QVERIFY((*repo)->writeManifest(m).ok());
        auto back = (*repo)->readManifest(m.record.id);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->record.name, m.record.name);
        QCOMPARE(back->record.tags, m.record.tags);
        QCOMPARE(back->record.parentId, m.record.parentId);
        QCOMPARE(back->volumeSize, m.volumeSize);
        QCOMPARE(back->chunks, m.chunks);
        QCOMPARE((*repo)->manifestIds(), QStringList{m.record.id});
        QVERIFY(!(*repo)->readManifest(QStringLiteral("missing")).ok());
        // A damaged manifest is reported, not half-read.
        QFile f(dir.filePath(QStringLiteral("manifests/") + m.record.id + QStringLiteral(".json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\":1,\"chunks\":[");
        f.close();
        QVERIFY(!(*repo)->readManifest(m.record.id).ok());
    }

    void gcRemovesOnlyUnreferenced()
    {
        QTemporaryDir dir;
        auto repo = Repository::open(dir.path());
        const QByteArray keep = randomChunk(3, 65536), drop = randomChunk(4, 65536);
        const ChunkHash hk = sha256(keep.constData(), keep.size()),
                        hd = sha256(drop.constData(), drop.size());
        QVERIFY((*repo)->putChunk(hk, keep.constData(), keep.size()).ok());
        QVERIFY((*repo)->putChunk(hd, drop.constData(), drop.size()).ok());
        Manifest m;
        m.record.id = QStringLiteral("m1");
        m.volumeSize = ChunkSize;
        m.chunks.insert(0, hk);
        QVERIFY((*repo)->writeManifest(m).ok());
        auto stats = (*repo)->gc(nullptr, {});
        QVERIFY(stats.ok());
        QCOMPARE(stats->chunksRemoved, qint64(1));
        QCOMPARE(stats->chunksKept, qint64(1));
        QVERIFY((*repo)->hasChunk(hk));
        QVERIFY(!(*repo)->hasChunk(hd));
    }

    void gcWaitsForRunningBackups()
    {
        QTemporaryDir dir;
        auto repo = Repository::open(dir.path());
        auto shared = (*repo)->lockShared(); // a backup is running
        QVERIFY(shared.ok());
        std::atomic_bool cancel{false};
        QElapsedTimer t;
        t.start();
        QThread *canceller = QThread::create([&] {
            QThread::msleep(300);
            cancel = true;
        });
        canceller->start();
        auto stats = (*repo)->gc(&cancel, {}); // must not run under the backup
        canceller->wait();
        delete canceller;
        QVERIFY(!stats.ok());
        shared->reset();
        QVERIFY((*repo)->gc(nullptr, {}).ok());
    }

    void unknownFormatIsRefused()
    {
        QTemporaryDir dir;
        QVERIFY(Repository::open(dir.path()).ok());
        QFile f(dir.filePath(QStringLiteral("cloudbackup-repository.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\": 99, \"chunk_size\": 4194304}");
        f.close();
        auto r = Repository::open(dir.path());
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("99")));
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
