#include "repository/Repository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

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

    static std::shared_ptr<Repository> fresh(const QTemporaryDir &dir)
    {
        auto repo = Repository::open(dir.path(), Repository::Open::CreateIfAbsent);
        if (!repo)
            qFatal("%s", qPrintable(repo.error()));
        return *repo;
    }

    static ChunkHash store(Repository &repo, const QByteArray &data)
    {
        auto staging = repo.beginStaging(newId());
        const ChunkHash h = sha256(data.constData(), data.size());
        if (!repo.putChunk(**staging, h, data.constData(), data.size()) || !(*staging)->commit())
            qFatal("cannot store a chunk");
        return h;
    }

    static void writeIndex(Repository &repo, const QString &id, qint64 size, const QList<ChunkHash> &entries)
    {
        IndexHeader header;
        header.record.id = id;
        header.record.name = QStringLiteral("名字 with spaces");
        header.volumeSize = size;
        auto pending = repo.createIndex(header);
        QVERIFY(pending.ok());
        for (const ChunkHash &h : entries)
            QVERIFY((*pending)->writer().append(h).ok());
        QVERIFY2((*pending)->commit().ok(), "index commit");
    }

    static void flipByte(const QString &path, qint64 at)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(at);
        char c;
        f.getChar(&c);
        f.seek(at);
        f.putChar(static_cast<char>(c ^ 0x55));
    }

    void putGetRoundTripAndDedup()
    {
        QTemporaryDir dir;
        auto repo = fresh(dir);
        const QByteArray random = randomChunk(1);
        const QByteArray text = QByteArray("compressible text line\n").repeated(100000).left(ChunkSize);
        for (const QByteArray &data : {random, text}) {
            const ChunkHash h = sha256(data.constData(), data.size());
            auto staging = repo->beginStaging(newId());
            QVERIFY(staging.ok());
            auto stored = repo->putChunk(**staging, h, data.constData(), data.size());
            QVERIFY(stored.ok());
            QVERIFY(*stored > 0);
            QVERIFY(!repo->hasChunk(h)); // staged chunks are invisible until the backup completes
            auto again = repo->putChunk(**staging, h, data.constData(), data.size());
            QCOMPARE(*again, qint64(0)); // already staged: nothing written
            QVERIFY((*staging)->commit().ok());
            QVERIFY(repo->hasChunk(h));
            auto back = repo->getChunk(h);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QCOMPARE(*back, data);
        }
        // Compressible data is stored compressed; random data is not inflated.
        const ChunkHash th = sha256(text.constData(), text.size());
        QVERIFY(QFileInfo(repo->chunkPath(th)).size() < text.size() / 10);
        const ChunkHash rh = sha256(random.constData(), random.size());
        QVERIFY(QFileInfo(repo->chunkPath(rh)).size() <= random.size() + 64);
    }

    // Pages of the file in the page cache (mincore over a mapping of it).
    static qint64 cachedPages(const QString &path)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        struct stat st;
        if (fd < 0 || ::fstat(fd, &st) != 0 || st.st_size == 0)
            return -1;
        void *map = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_SHARED, fd, 0);
        ::close(fd);
        if (map == MAP_FAILED)
            return -1;
        const long page = ::sysconf(_SC_PAGESIZE);
        std::vector<unsigned char> resident(size_t((st.st_size + page - 1) / page));
        const int r = ::mincore(map, size_t(st.st_size), resident.data());
        ::munmap(map, size_t(st.st_size));
        return r == 0 ? std::count_if(resident.begin(), resident.end(), [](unsigned char c) { return c & 1; })
                      : -1;
    }

    // A backup's chunks go to the disk past the page cache and are read back
    // past it: written once and rarely read, they would only push the host's
    // own data out of the cache. Sizes that are not whole disk blocks come
    // back exactly (the write is padded, then the file cut to its length).
    void chunksBypassThePageCache()
    {
        QTemporaryDir dir;
        {
            const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("probe")));
            const int probe = ::open(path.constData(), O_WRONLY | O_CREAT | O_DIRECT | O_CLOEXEC, 0600);
            ::unlink(path.constData());
            if (probe < 0)
                QSKIP("this filesystem has no O_DIRECT; chunks are written through the page cache");
            ::close(probe);
        }
        auto repo = fresh(dir);
        QList<QByteArray> chunks{randomChunk(11), randomChunk(12, 4096 * 3 + 17), randomChunk(13, 1),
                                 QByteArray("text that compresses to an odd size\n").repeated(5000)};
        QList<ChunkHash> ids;
        auto staging = repo->beginStaging(newId());
        QVERIFY(staging.ok());
        for (const QByteArray &data : std::as_const(chunks)) {
            ids << sha256(data.constData(), data.size());
            QVERIFY(repo->putChunk(**staging, ids.last(), data.constData(), data.size()).ok());
        }
        QVERIFY((*staging)->commit().ok());
        for (int i = 0; i < chunks.size(); ++i) {
            const QString path = repo->chunkPath(ids[i]);
            QCOMPARE(cachedPages(path), qint64(0));
            auto back = repo->getChunk(ids[i]);
            QVERIFY2(back.ok(), qPrintable(back.error()));
            QCOMPARE(*back, chunks[i]);
            QCOMPARE(cachedPages(path), qint64(0));
        }
    }

    void uncommittedStagingLeavesNothing()
    {
        QTemporaryDir dir;
        auto repo = fresh(dir);
        const QByteArray data = randomChunk(7, 65536);
        const ChunkHash h = sha256(data.constData(), data.size());
        {
            auto staging = repo->beginStaging(newId());
            QVERIFY(repo->putChunk(**staging, h, data.constData(), data.size()).ok());
        } // a failed or cancelled backup
        QVERIFY(!repo->hasChunk(h));
        QVERIFY(QDir(dir.filePath(QStringLiteral("staging"))).isEmpty());
    }

    void corruptionIsDetectedAndQuarantined()
    {
        QTemporaryDir dir;
        auto repo = fresh(dir);
        const ChunkHash h = store(*repo, randomChunk(2, 1 << 20));
        flipByte(repo->chunkPath(h), 1000);
        auto back = repo->getChunk(h);
        QVERIFY(!back.ok());
        QVERIFY(back.error().contains(Repository::hex(h)));
        QVERIFY(repo->quarantine(h).ok());
        QVERIFY(!repo->hasChunk(h)); // the next backup of the same data stores it again
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("damaged/")) + Repository::hex(h)));
    }

    void indexRoundTripAcrossWindows()
    {
        QTemporaryDir dir;
        auto repo = fresh(dir);
        // More entries than one window holds, with holes among them.
        const qint64 count = IndexWriter::WindowEntries * 2 + 5;
        const qint64 size = (count - 1) * ChunkSize + 17;
        QList<ChunkHash> entries;
        for (qint64 i = 0; i < count; ++i)
            entries << (i % 3 == 0 ? ChunkHash() : sha256(reinterpret_cast<const char *>(&i), sizeof i));
        const QString id = newId();
        writeIndex(*repo, id, size, entries);
        auto reader = repo->openIndex(id);
        QVERIFY2(reader.ok(), qPrintable(reader.error()));
        QCOMPARE((*reader)->header().volumeSize, size);
        QCOMPARE((*reader)->header().chunkCount, count);
        QCOMPARE((*reader)->header().record.name, QStringLiteral("名字 with spaces"));
        for (qint64 i = 0; i < count; ++i) {
            auto h = (*reader)->next();
            QVERIFY2(h.ok(), qPrintable(h.error()));
            QCOMPARE(*h, entries[i]);
        }
        QVERIFY((*reader)->atEnd());
        QCOMPARE(repo->indexIds(), QStringList{id});
        QVERIFY(!repo->openIndex(newId()).ok());
    }

    void damagedIndexIsDetected_data()
    {
        QTest::addColumn<int>("damage"); // 0 flip in the header, 1 flip in a window, 2 truncate, 3 empty
        QTest::newRow("header") << 0;
        QTest::newRow("window") << 1;
        QTest::newRow("truncated") << 2;
        QTest::newRow("empty") << 3;
    }
    void damagedIndexIsDetected()
    {
        QFETCH(int, damage);
        QTemporaryDir dir;
        auto repo = fresh(dir);
        QList<ChunkHash> entries;
        for (int i = 0; i < 100; ++i)
            entries << sha256(reinterpret_cast<const char *>(&i), sizeof i);
        const QString id = newId();
        writeIndex(*repo, id, 100 * ChunkSize, entries);
        const QString path = dir.filePath(QStringLiteral("indexes/") + id + QStringLiteral(".cbix"));
        const qint64 length = QFileInfo(path).size();
        if (damage == 0)
            flipByte(path, 20);
        else if (damage == 1)
            flipByte(path, length - 60);
        else
            QFile::resize(path, damage == 2 ? length - 10 : 0);
        auto reader = repo->openIndex(id);
        Result<void> read = reader ? (*reader)->checkRest() : Result<void>(fail(reader.error()));
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QLatin1String("damaged")), qPrintable(read.error()));
    }

    void gcRemovesOnlyUnreferenced()
    {
        QTemporaryDir dir;
        auto repo = fresh(dir);
        const ChunkHash hk = store(*repo, randomChunk(3, 65536)), hd = store(*repo, randomChunk(4, 65536));
        writeIndex(*repo, newId(), 65536, {hk});
        // A running backup's staged chunk is not the store's to collect.
        auto staging = repo->beginStaging(newId());
        const QByteArray staged = randomChunk(5, 65536);
        QVERIFY(repo->putChunk(**staging, sha256(staged.constData(), staged.size()), staged.constData(),
                               staged.size())
                    .ok());
        auto stats = repo->gc(nullptr, {});
        QVERIFY(stats.ok());
        QCOMPARE(stats->chunksRemoved, qint64(1));
        QCOMPARE(stats->chunksKept, qint64(1));
        QVERIFY(repo->hasChunk(hk));
        QVERIFY(!repo->hasChunk(hd));
        QVERIFY((*staging)->commit().ok());
        QVERIFY(repo->hasChunk(sha256(staged.constData(), staged.size())));
    }

    void gcWaitsForRunningBackups()
    {
        QTemporaryDir dir;
        auto repo = fresh(dir);
        auto shared = repo->lockShared(); // a backup is running
        QVERIFY(shared.ok());
        std::atomic_bool cancel{false};
        QThread *canceller = QThread::create([&] {
            QThread::msleep(300);
            cancel = true;
        });
        canceller->start();
        auto stats = repo->gc(&cancel, {}); // must not run under the backup
        canceller->wait();
        delete canceller;
        QVERIFY(!stats.ok());
        shared->reset();
        QVERIFY(repo->gc(nullptr, {}).ok());
    }

    void unknownFormatIsRefused()
    {
        QTemporaryDir dir;
        fresh(dir);
        QFile f(dir.filePath(QStringLiteral("cloudbackup-repository.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"format\": 99, \"chunk_size\": 4194304}");
        f.close();
        auto r = Repository::open(dir.path(), Repository::Open::Existing);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("99")));
    }

    void onlyARepositoryIsOpened()
    {
        QTemporaryDir dir;
        // A mistyped path is an error, not a new empty repository.
        auto missing = Repository::open(dir.filePath(QStringLiteral("typo")), Repository::Open::Existing);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().contains(QLatin1String("repo init")));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("typo"))));
        // An ordinary folder is not taken over, even where creating is allowed.
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs/tmp")));
        QFile user(dir.filePath(QStringLiteral("docs/tmp/notes.txt")));
        QVERIFY(user.open(QIODevice::WriteOnly));
        user.write("the user's own file");
        user.close();
        QVERIFY(
            !Repository::open(dir.filePath(QStringLiteral("docs")), Repository::Open::CreateIfAbsent).ok());
        QVERIFY(!Repository::init(dir.filePath(QStringLiteral("docs"))).ok());
        QVERIFY(QFile::exists(user.fileName()));
        // A repository whose format file is lost is not silently recreated.
        const QString lost = dir.filePath(QStringLiteral("lost"));
        QVERIFY(Repository::open(lost, Repository::Open::CreateIfAbsent).ok());
        QVERIFY(QFile::remove(lost + QStringLiteral("/cloudbackup-repository.json")));
        QVERIFY(!Repository::open(lost, Repository::Open::CreateIfAbsent).ok());
        QVERIFY(!QFile::exists(lost + QStringLiteral("/cloudbackup-repository.json")));
        // repo init makes one in a new folder.
        QVERIFY(Repository::init(dir.filePath(QStringLiteral("new"))).ok());
        QVERIFY(Repository::open(dir.filePath(QStringLiteral("new")), Repository::Open::Existing).ok());
    }

    void cleanupTouchesOnlyItsOwnFiles()
    {
        QTemporaryDir dir, outside;
        fresh(dir);
        // A file in tmp/ that the program did not name, and a dead writer's temp file.
        const QString foreign = dir.filePath(QStringLiteral("tmp/12345-keep.txt"));
        const QString stale = dir.filePath(QStringLiteral("tmp/.cbtmp-999999999-1f-0"));
        for (const QString &p : {foreign, stale}) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(Repository::open(dir.path(), Repository::Open::Existing).ok());
        QVERIFY(QFile::exists(foreign));
        QVERIFY(!QFile::exists(stale));
        // A tmp/ that is a link to another folder is refused, and nothing there is removed.
        QFile victim(outside.filePath(QStringLiteral(".cbtmp-999999999-1f-0")));
        QVERIFY(victim.open(QIODevice::WriteOnly));
        victim.close();
        QVERIFY(QDir(dir.filePath(QStringLiteral("tmp"))).removeRecursively());
        QVERIFY(QFile::link(outside.path(), dir.filePath(QStringLiteral("tmp"))));
        auto r = Repository::open(dir.path(), Repository::Open::Existing);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QLatin1String("link")));
        QVERIFY(QFile::exists(victim.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
