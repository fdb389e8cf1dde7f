// The RBD backend against a real throwaway Ceph cluster (CTest fixture
// "ceph"; CEPH_CONF points at it). No mocks: images are written with the rbd
// command line and compared with `rbd export`, byte for byte.
#include "RbdTestSupport.h"
#include "TestSupport.h"
#include "engine/Engine.h"
#include "util/Message.h"
#include "volumes/RbdBackend.h"
#include "volumes/VolumeBackend.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <set>
#include <thread>

using namespace cb;
using namespace cb::test;

constexpr qint64 MiB = 1024 * 1024;

// QCOMPARE on 128 MiB arrays would print them: compare and report the first difference.
#define COMPARE_BYTES(actual, expected)                                                                      \
    do {                                                                                                     \
        const QByteArray &a_ = (actual);                                                                     \
        const QByteArray &e_ = (expected);                                                                   \
        if (a_ != e_) {                                                                                      \
            qsizetype at_ = 0;                                                                               \
            while (at_ < std::min(a_.size(), e_.size()) && a_[at_] == e_[at_])                               \
                ++at_;                                                                                       \
            QFAIL(qPrintable(QStringLiteral("contents differ: sizes %1 / %2, first difference at %3")        \
                                 .arg(a_.size())                                                             \
                                 .arg(e_.size())                                                             \
                                 .arg(at_)));                                                                \
        }                                                                                                    \
    } while (false)

class TestRbd : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Engine> m_engine;
    VolumeBackend *m_rbd = nullptr;

    Volume createImage(const QString &name, qint64 size, const QString &project = {},
                       const QString &pool = QStringLiteral("volumes"))
    {
        CreateVolumeParams p;
        p.name = name;
        p.size = size;
        p.project = project;
        p.type = pool;
        auto v = m_engine->createVolume(p);
        if (!v)
            qFatal("cannot create %s: %s", qPrintable(name), qPrintable(v.error()));
        return *v;
    }

    Result<Backup> backup(const QString &volume, bool incremental, bool force = false)
    {
        return test::runBackup(*m_engine, volume, incremental, force);
    }

    Result<Volume> restoreNew(const QString &backupId, const QString &name)
    {
        return test::restoreToNew(*m_engine, backupId, name);
    }

    Result<Volume> restoreOver(const QString &backupId, const QString &target)
    {
        return test::restoreOver(*m_engine, backupId, target);
    }

    static QStringList ourSnapshots(const QString &spec)
    {
        QStringList out;
        const QStringList all = rbdSnapshots(spec);
        for (const QString &s : all) {
            if (s.startsWith(QLatin1String("cloudbackup.")))
                out << s;
        }
        return out;
    }

    static QStringList ourMetadata(const QString &spec)
    {
        QStringList out;
        const QStringList all = rbdMetadataKeys(spec);
        for (const QString &k : all) {
            if (k.startsWith(QLatin1String("cloudbackup.")))
                out << k;
        }
        return out;
    }

    static QJsonObject rbdInfo(const QString &spec)
    {
        const RbdRun run =
            rbd({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("json"), spec});
        return QJsonDocument::fromJson(run.out).object();
    }

    static QByteArray exportOrFail(const QString &spec)
    {
        QString error;
        QByteArray data = rbdExport(spec, &error);
        if (data.isEmpty())
            qWarning("%s", qPrintable(error));
        return data;
    }

    VolumeStatus statusOf(const QString &id)
    {
        auto v = m_rbd->volume(id);
        return v ? v->status : VolumeStatus::Missing;
    }

    // Holds the image open read-write in another process, writing slowly,
    // as an attached VM would.
    std::unique_ptr<QProcess> attach(const QString &spec)
    {
        auto p = std::make_unique<QProcess>();
        p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->start(QStringLiteral("rbd"),
                 {QStringLiteral("bench"), QStringLiteral("--io-type"), QStringLiteral("write"),
                  QStringLiteral("--io-size"), QStringLiteral("4K"), QStringLiteral("--io-threads"),
                  QStringLiteral("1"), QStringLiteral("--io-total"), QStringLiteral("10G"),
                  QStringLiteral("--io-pattern"), QStringLiteral("rand"),
                  QStringLiteral("--rbd_qos_iops_limit"), QStringLiteral("50"), spec});
        return p;
    }

    // An image made with the rbd command line (object size, striping, features).
    Volume createWithCli(const QString &name, const QString &size, const QStringList &options)
    {
        const QStringList args = QStringList{QStringLiteral("create"), QStringLiteral("--size"), size} +
                                 options + QStringList{QStringLiteral("volumes/") + name};
        const RbdRun run = rbd(args);
        if (!run.ok())
            qFatal("%s", qPrintable(run.describe(args)));
        auto v = m_rbd->volume(QStringLiteral("rbd:volumes/") + name);
        if (!v)
            qFatal("%s", qPrintable(v.error()));
        return *v;
    }

    // The 4 MiB chunks that `rbd diff --whole-object` reports (from a snapshot, or from nothing).
    static std::set<qint64> wholeObjectChunks(const QString &spec, const QString &fromSnap = {})
    {
        QStringList args{QStringLiteral("diff"), QStringLiteral("--whole-object"), QStringLiteral("--format"),
                         QStringLiteral("json")};
        if (!fromSnap.isEmpty())
            args << QStringLiteral("--from-snap") << fromSnap;
        args << spec;
        const RbdRun run = rbd(args);
        if (!run.ok())
            qFatal("%s", qPrintable(run.describe(args)));
        std::set<qint64> chunks;
        const QJsonArray list = QJsonDocument::fromJson(run.out).array();
        for (const QJsonValue &v : list) {
            const qint64 off = v.toObject().value(QLatin1String("offset")).toInteger();
            const qint64 len = v.toObject().value(QLatin1String("length")).toInteger();
            for (qint64 c = off / ChunkSize; c * ChunkSize < off + len; ++c)
                chunks.insert(c);
        }
        return chunks;
    }

    static void rbdOk(const QStringList &args)
    {
        const RbdRun run = rbd(args);
        QVERIFY2(run.ok(), qPrintable(run.describe(args)));
    }

    static bool ceph(const QStringList &args, QString *error)
    {
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral("/usr/bin/ceph")} + args);
        if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            *error = QStringLiteral("ceph %1: %2")
                         .arg(args.join(u' '), QString::fromLocal8Bit(p.readAllStandardError()));
            return false;
        }
        return true;
    }

    bool waitForStatus(const QString &id, VolumeStatus wanted, int seconds)
    {
        for (int i = 0; i < seconds * 10; ++i) {
            if (statusOf(id) == wanted)
                return true;
            QTest::qWait(100);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString conf = qEnvironmentVariable("CEPH_CONF");
        QVERIFY2(!conf.isEmpty() && QFileInfo(conf).isFile(),
                 "CEPH_CONF must name the test cluster's ceph.conf (the CTest fixture sets it)");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        EngineConfig config;
        config.home = m_dir->filePath(QStringLiteral("home"));
        config.cephConf = conf;
        auto engine = Engine::open(config);
        QVERIFY2(engine, qPrintable(engine.error()));
        m_engine = *engine;
        m_rbd = m_engine->backendFor(QStringLiteral("rbd:volumes/x"));
        QVERIFY(m_rbd);
        QCOMPARE(m_rbd->scheme(), QStringLiteral("rbd"));
        const QStringList types = m_rbd->types();
        QVERIFY2(types.contains(QStringLiteral("volumes")) && types.contains(QStringLiteral("volumes-ssd")),
                 qPrintable(types.join(u',')));
    }

    void connectErrors()
    {
        auto missing = RbdBackend::connect(m_dir->filePath(QStringLiteral("nope.conf")), {});
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(QLatin1String("does not exist")), qPrintable(missing.error()));
        auto badPool =
            RbdBackend::connect(qEnvironmentVariable("CEPH_CONF"), {QStringLiteral("no-such-pool")});
        QVERIFY(!badPool);
        QVERIFY2(badPool.error().contains(QLatin1String("no-such-pool")), qPrintable(badPool.error()));
        auto onePool =
            RbdBackend::connect(qEnvironmentVariable("CEPH_CONF"), {QStringLiteral("volumes-ssd")});
        QVERIFY2(onePool, qPrintable(onePool.error()));
        QCOMPARE((*onePool)->types(), QStringList{QStringLiteral("volumes-ssd")});
    }

    void listAndIds()
    {
        const Volume a = createImage(QStringLiteral("ids-a"), 64 * MiB);
        QCOMPARE(a.id, QStringLiteral("rbd:volumes/ids-a"));
        QCOMPARE(a.project, QStringLiteral("admin"));
        QCOMPARE(a.type, QStringLiteral("volumes"));
        QCOMPARE(a.size, 64 * MiB);
        QCOMPARE(a.status, VolumeStatus::Available);
        const Volume b = createImage(QStringLiteral("ids-b"), 64 * MiB, QStringLiteral("projA"));
        QCOMPARE(b.id, QStringLiteral("rbd:volumes/projA/ids-b"));
        QCOMPARE(b.project, QStringLiteral("projA"));
        QCOMPARE(b.device, QStringLiteral("volumes/projA/ids-b"));
        const Volume c = createImage(QStringLiteral("ids-c"), 64 * MiB, {}, QStringLiteral("volumes-ssd"));
        QCOMPARE(c.id, QStringLiteral("rbd:volumes-ssd/ids-c"));
        QCOMPARE(c.type, QStringLiteral("volumes-ssd"));
        // The default features.
        const QJsonArray features =
            rbdInfo(QStringLiteral("volumes/ids-a"))[QLatin1String("features")].toArray();
        QStringList names;
        for (const QJsonValue &f : features)
            names << f.toString();
        for (const char *f : {"layering", "exclusive-lock", "object-map", "fast-diff", "deep-flatten"})
            QVERIFY2(names.contains(QLatin1String(f)), qPrintable(names.join(u',')));

        auto list = m_rbd->list();
        QVERIFY2(list, qPrintable(list.error()));
        QStringList ids;
        for (const Volume &v : std::as_const(*list))
            ids << v.id;
        QVERIFY(ids.contains(a.id));
        QVERIFY(ids.contains(b.id));
        QVERIFY(ids.contains(c.id));
        auto resolved = m_engine->resolveVolume(QStringLiteral("ids-b"));
        QVERIFY2(resolved, qPrintable(resolved.error()));
        QCOMPARE(resolved->id, b.id);
        QCOMPARE(resolved->project, QStringLiteral("projA"));

        // Bad input, clear messages.
        CreateVolumeParams p;
        p.name = QStringLiteral("ids-a");
        p.type = QStringLiteral("volumes");
        p.size = 64 * MiB;
        auto dup = m_engine->createVolume(p);
        QVERIFY(!dup);
        QVERIFY2(dup.error().contains(QLatin1String("already exists")), qPrintable(dup.error()));
        p.name = QStringLiteral("ids-d");
        p.project = QStringLiteral("nosuchproject");
        auto noNs = m_engine->createVolume(p);
        QVERIFY(!noNs);
        QVERIFY2(noNs.error().contains(QLatin1String("namespace")), qPrintable(noNs.error()));
        QVERIFY(!m_rbd->volume(QStringLiteral("rbd:volumes/no-such-image")));
        QVERIFY(!m_rbd->volume(QStringLiteral("rbd:volumes")));
        QVERIFY(!m_rbd->volume(QStringLiteral("rbd:volumes/a/b/c")));

        for (const Volume &v : {a, b, c})
            QVERIFY(m_engine->deleteVolume(v.id));
    }

    // Full, then incremental after scattered writes; each restores byte for byte.
    void fullIncrementalRestore()
    {
        const qint64 size = 128 * MiB;
        const Volume v = createImage(QStringLiteral("inc"), size);
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(0, 24 * MiB, 1);                       // objects 0..5
        img.writeText(32 * MiB, 16 * MiB);                     // objects 8..11, compressible
        img.writeRandom(64 * MiB + 100 * 1024, 300 * 1024, 2); // part of object 16
        img.writeRandom(size - MiB, MiB, 3);                   // the last object
        QVERIFY2(img.apply(&error), qPrintable(error));
        COMPARE_BYTES(exportOrFail(v.device), img.model());
        img.takeTouchedChunks();
        const QByteArray atFull = img.model();

        auto full = backup(v.id, false);
        QVERIFY2(full, qPrintable(full.error()));
        QCOMPARE(full->kind, BackupKind::Full);
        QCOMPARE(full->status, BackupStatus::Available);
        QVERIFY(full->warning.isEmpty());
        // Only allocated objects are read: 6 + 4 + 1 + 1 of 32.
        QCOMPARE(full->readBytes, 12 * ChunkSize);
        QCOMPARE(ourSnapshots(v.device), QStringList{RbdBackend::snapshotName(full->id)});
        QVERIFY(ourMetadata(v.device).isEmpty());
        COMPARE_BYTES(exportOrFail(v.device + u'@' + RbdBackend::snapshotName(full->id)), atFull);

        // Scattered changes.
        img.writeRandom(4 * MiB + MiB, 64 * 1024, 4);       // inside object 1
        img.writeRandom(64 * MiB + 3 * MiB, 128 * 1024, 5); // extends object 16
        img.writeRandom(100 * MiB + 12345, 200 * 1024, 6);  // a new object (25)
        img.writeText(20 * MiB + 4096, 8192);               // text over random, object 5
        img.discard(8 * MiB, 4 * MiB);                      // a whole object (2)
        img.discard(16 * MiB + 512 * 1024, MiB);            // part of object 4
        img.discard(40 * MiB, 8 * MiB);                     // whole text objects 10, 11
        QVERIFY2(img.apply(&error), qPrintable(error));
        const QList<qint64> changed = img.takeTouchedChunks();
        QCOMPARE(changed.size(), 8);
        const QByteArray atIncr = img.model();
        COMPARE_BYTES(exportOrFail(v.device), atIncr);

        auto incr = backup(v.id, true);
        QVERIFY2(incr, qPrintable(incr.error()));
        QCOMPARE(incr->kind, BackupKind::Incremental);
        QCOMPARE(incr->parentId, full->id);
        QVERIFY2(incr->warning.isEmpty(), qPrintable(incr->warning));
        // Reads and stores about what changed: at most the touched chunks.
        const qint64 changedBytes = changed.size() * ChunkSize;
        QVERIFY2(incr->readBytes <= changedBytes && incr->readBytes >= 5 * ChunkSize,
                 qPrintable(QStringLiteral("read %1 of %2 changed").arg(incr->readBytes).arg(changedBytes)));
        QVERIFY2(
            incr->storedBytes <= changedBytes,
            qPrintable(QStringLiteral("stored %1 of %2 changed").arg(incr->storedBytes).arg(changedBytes)));
        QVERIFY(incr->storedBytes > 0);
        // Only the newest backup's snapshot stays on the image.
        QCOMPARE(ourSnapshots(v.device), QStringList{RbdBackend::snapshotName(incr->id)});
        QVERIFY(ourMetadata(v.device).isEmpty());
        COMPARE_BYTES(exportOrFail(v.device + u'@' + RbdBackend::snapshotName(incr->id)), atIncr);

        // Writes after the backup must not show up in its restore.
        img.writeRandom(0, 4 * MiB, 7);
        QVERIFY2(img.apply(&error), qPrintable(error));

        auto r1 = restoreNew(full->id, QStringLiteral("inc-r1"));
        QVERIFY2(r1, qPrintable(r1.error()));
        QCOMPARE(r1->id, QStringLiteral("rbd:volumes/inc-r1"));
        QCOMPARE(r1->size, size);
        QCOMPARE(r1->status, VolumeStatus::Available);
        COMPARE_BYTES(exportOrFail(r1->device), atFull);
        auto r2 = restoreNew(incr->id, QStringLiteral("inc-r2"));
        QVERIFY2(r2, qPrintable(r2.error()));
        COMPARE_BYTES(exportOrFail(r2->device), atIncr);
        QVERIFY(ourMetadata(r2->device).isEmpty());
        // Same features as the source.
        QCOMPARE(rbdInfo(r2->device)[QLatin1String("features")],
                 rbdInfo(v.device)[QLatin1String("features")]);
        QCOMPARE(rbdInfo(r2->device)[QLatin1String("order")], rbdInfo(v.device)[QLatin1String("order")]);
        // Only non-zero chunks were written to the new image.
        const RbdRun du = rbd({QStringLiteral("diff"), QStringLiteral("--format"), QStringLiteral("json"),
                               QStringLiteral("--whole-object"), r1->device});
        QCOMPARE(QJsonDocument::fromJson(du.out).array().size(), 12);

        // Deleting the newest backup removes its snapshot: the next
        // incremental builds on the full one without a snapshot to diff from.
        JobControl control;
        auto deleted = m_engine->deleteBackups({incr->id}, control);
        QVERIFY2(deleted, qPrintable(deleted.error()));
        QVERIFY(ourSnapshots(v.device).isEmpty());

        // Restore over an existing image that holds other data everywhere:
        // it ends identical to the backup, holes included.
        const Volume target = createImage(QStringLiteral("inc-target"), size);
        RbdImage junk(target.device, size);
        junk.writeRandom(0, size, 8);
        QVERIFY2(junk.apply(&error), qPrintable(error));
        auto over = restoreOver(full->id, target.id);
        QVERIFY2(over, qPrintable(over.error()));
        QCOMPARE(over->id, target.id);
        QCOMPARE(over->status, VolumeStatus::Available);
        COMPARE_BYTES(exportOrFail(target.device), atFull);
        QVERIFY(ourMetadata(target.device).isEmpty());
    }

    void inUse()
    {
        const qint64 size = 64 * MiB;
        const Volume v = createImage(QStringLiteral("busy"), size);
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(0, 16 * MiB, 11);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto good = backup(v.id, false);
        QVERIFY2(good, qPrintable(good.error()));

        auto vm = attach(v.device);
        QVERIFY(vm->waitForStarted());
        QVERIFY2(waitForStatus(v.id, VolumeStatus::InUse, 30), "the attached image never showed as in use");

        // Refused without force, by the engine and by the backend itself.
        auto refused = backup(v.id, false);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("in use")), qPrintable(refused.error()));
        auto frozen = m_rbd->freeze(v.id, QStringLiteral("not-forced"), false);
        QVERIFY(!frozen);
        QVERIFY2(frozen.error().contains(QLatin1String("in use")), qPrintable(frozen.error()));
        QVERIFY(ourSnapshots(v.device) == QStringList{RbdBackend::snapshotName(good->id)});

        // Forced: a crash-consistent snapshot while the other client writes.
        auto forced = backup(v.id, true, true);
        QVERIFY2(forced, qPrintable(forced.error()));
        QVERIFY(forced->forced);
        QCOMPARE(forced->status, BackupStatus::Available);
        QCOMPARE(ourSnapshots(v.device), QStringList{RbdBackend::snapshotName(forced->id)});

        // Restore over it is refused; deleting it too.
        auto over = restoreOver(good->id, v.id);
        QVERIFY(!over);
        QVERIFY2(over.error().contains(QLatin1String("in use")), qPrintable(over.error()));
        auto writer = m_rbd->openForRestore(v.id, false);
        QVERIFY(!writer);
        QVERIFY2(writer.error().contains(QLatin1String("in use")), qPrintable(writer.error()));
        auto removed = m_rbd->remove(v.id);
        QVERIFY(!removed);
        QVERIFY2(removed.error().contains(QLatin1String("in use")), qPrintable(removed.error()));

        // The forced backup restores to a new image.
        auto copy = restoreNew(forced->id, QStringLiteral("busy-copy"));
        QVERIFY2(copy, qPrintable(copy.error()));
        QCOMPARE(copy->size, size);

        vm->kill();
        vm->waitForFinished();
        // A killed client's watch expires (osd client watch timeout = 5 s).
        QVERIFY2(waitForStatus(v.id, VolumeStatus::Available, 60), "the watch never expired");
        auto now = restoreOver(good->id, v.id);
        QVERIFY2(now, qPrintable(now.error()));
        COMPARE_BYTES(exportOrFail(v.device), img.model());
    }

    void parentSnapshotMissing()
    {
        const qint64 size = 64 * MiB;
        const Volume v = createImage(QStringLiteral("nosnap"), size);
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(0, 20 * MiB, 21);
        img.writeText(40 * MiB, 8 * MiB);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto full = backup(v.id, false);
        QVERIFY2(full, qPrintable(full.error()));

        img.writeRandom(2 * MiB, 4096, 22);
        img.discard(44 * MiB, 4 * MiB);
        QVERIFY2(img.apply(&error), qPrintable(error));
        const QStringList args{QStringLiteral("snap"), QStringLiteral("rm"), QStringLiteral("--no-progress"),
                               v.device + u'@' + RbdBackend::snapshotName(full->id)};
        const RbdRun rm = rbd(args);
        QVERIFY2(rm.ok(), qPrintable(rm.describe(args)));

        auto incr = backup(v.id, true);
        QVERIFY2(incr, qPrintable(incr.error()));
        QCOMPARE(incr->kind, BackupKind::Incremental);
        QCOMPARE(Message::display(incr->warning),
                 QStringLiteral("the parent backup's snapshot is missing; all data was read and "
                                "compared"));
        // Everything allocated was read (objects 0..4 and 10), one chunk is new.
        QCOMPARE(incr->readBytes, 6 * ChunkSize);
        QVERIFY2(incr->storedBytes <= ChunkSize + 4096, qPrintable(QString::number(incr->storedBytes)));
        QCOMPARE(ourSnapshots(v.device), QStringList{RbdBackend::snapshotName(incr->id)});

        auto restored = restoreNew(incr->id, QStringLiteral("nosnap-r"));
        QVERIFY2(restored, qPrintable(restored.error()));
        COMPARE_BYTES(exportOrFail(restored->device), img.model());
        COMPARE_BYTES(exportOrFail(v.device + u'@' + RbdBackend::snapshotName(incr->id)), img.model());
    }

    // Shrink then grow restored the full backup's old data where the image
    // had zeros; every backup of a resize chain restores exactly.
    void resizeChain()
    {
        const Volume v = createImage(QStringLiteral("resize"), 16 * MiB);
        RbdImage img(v.device, 16 * MiB);
        QString error;
        img.writeRandom(0, 16 * MiB, 51);
        QVERIFY2(img.apply(&error), qPrintable(error));
        QList<QPair<QString, QByteArray>> expected;
        const auto resize = [&](const QString &size) {
            const QStringList args{QStringLiteral("resize"),
                                   QStringLiteral("--no-progress"),
                                   QStringLiteral("--allow-shrink"),
                                   QStringLiteral("--size"),
                                   size,
                                   v.device};
            const RbdRun run = rbd(args);
            QVERIFY2(run.ok(), qPrintable(run.describe(args)));
        };
        const auto step = [&] {
            auto b = backup(v.id, !expected.isEmpty());
            QVERIFY2(b, qPrintable(b.error()));
            QVERIFY2(b->warning.isEmpty(), qPrintable(b->warning));
            expected << qMakePair(b->id, exportOrFail(v.device));
        };
        step();
        resize(QStringLiteral("8M"));
        step();
        resize(QStringLiteral("16M")); // 8–16 MiB reads as zeros now
        step();
        resize(QStringLiteral("22M")); // ends inside a chunk
        RbdImage tail(v.device, 22 * MiB);
        tail.writeText(20 * MiB, MiB);
        QVERIFY2(tail.apply(&error), qPrintable(error));
        step();
        resize(QStringLiteral("21M")); // shrinks inside the last chunk
        step();
        QCOMPARE(expected[2].second.mid(8 * MiB), QByteArray(8 * MiB, '\0'));
        int n = 0;
        for (const auto &[id, data] : std::as_const(expected)) {
            auto r = restoreNew(id, QStringLiteral("resize-r") + QString::number(n++));
            QVERIFY2(r, qPrintable(r.error()));
            COMPARE_BYTES(exportOrFail(r->device), data);
            JobControl c;
            QVERIFY(m_engine->verifyBackup(id, c).ok());
        }
    }

    // An incremental copies its parent's digests only while every chunk
    // they name is in the repository; otherwise it reads the whole image.
    void parentWithMissingChunkIsReadAgain()
    {
        const qint64 size = 32 * MiB;
        const Volume v = createImage(QStringLiteral("lost"), size);
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(0, 12 * MiB, 61);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto full = backup(v.id, false);
        QVERIFY2(full, qPrintable(full.error()));
        const QByteArray first = img.model().left(4 * MiB);
        const QString hex = QString::fromLatin1(sha256(first.constData(), first.size()).toHex());
        const QString chunk =
            m_dir->filePath(QStringLiteral("home/repository/chunks/")) + hex.left(2) + u'/' + hex;
        QVERIFY(QFile::remove(chunk));
        img.writeRandom(8 * MiB, 4096, 62);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto incr = backup(v.id, true);
        QVERIFY2(incr, qPrintable(incr.error()));
        QVERIFY2(incr->warning.contains(QLatin1String("whole volume")), qPrintable(incr->warning));
        QCOMPARE(incr->readBytes, 3 * ChunkSize); // every allocated object, not only the changed one
        QVERIFY(QFile::exists(chunk));            // stored again
        auto r = restoreNew(incr->id, QStringLiteral("lost-r"));
        QVERIFY2(r, qPrintable(r.error()));
        COMPARE_BYTES(exportOrFail(r->device), img.model());
    }

    void sourceDeleted()
    {
        const qint64 size = 64 * MiB;
        const Volume v = createImage(QStringLiteral("gone"), size);
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(8 * MiB, 8 * MiB, 31);
        img.writeText(30 * MiB, 3 * MiB);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto full = backup(v.id, false);
        QVERIFY2(full, qPrintable(full.error()));
        img.writeRandom(0, MiB, 32);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto incr = backup(v.id, true);
        QVERIFY2(incr, qPrintable(incr.error()));

        // Our snapshot goes with the image; the backups stay.
        auto removed = m_engine->deleteVolume(v.id);
        QVERIFY2(removed, qPrintable(removed.error()));
        QVERIFY(!m_rbd->volume(v.id));
        const RbdRun ls = rbd({QStringLiteral("ls"), QStringLiteral("volumes")});
        QVERIFY(!ls.out.split('\n').contains("gone"));

        auto volumes = m_engine->volumes();
        QVERIFY2(volumes, qPrintable(volumes.error()));
        bool listed = false;
        for (const Volume &known : std::as_const(*volumes)) {
            if (known.id == v.id) {
                listed = true;
                QCOMPARE(known.status, VolumeStatus::Missing);
            }
        }
        QVERIFY(listed);
        auto backups = m_engine->backups(v.id);
        QVERIFY2(backups, qPrintable(backups.error()));
        QCOMPARE(backups->size(), 2);

        auto restored = restoreNew(incr->id, QStringLiteral("gone-r"));
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored->id, QStringLiteral("rbd:volumes/gone-r"));
        COMPARE_BYTES(exportOrFail(restored->device), img.model());
    }

    void cancelMidBackup()
    {
        const qint64 size = 128 * MiB;
        const Volume v = createImage(QStringLiteral("cancel"), size);
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(0, size, 41);
        QVERIFY2(img.apply(&error), qPrintable(error));

        BackupParams p;
        p.volume = v.id;
        JobControl control;
        control.rateLimit = 64 * MiB; // about two seconds: cancel lands mid-way
        qint64 doneAtCancel = -1;
        qint64 total = 0;
        control.progress = [&](qint64 done, qint64 all) {
            total = all;
            if (done > 0 && doneAtCancel < 0) {
                doneAtCancel = done;
                control.cancel = true;
            }
        };
        auto b = m_engine->createBackup(p, control);
        QVERIFY(!b);
        QVERIFY2(doneAtCancel > 0 && doneAtCancel < total,
                 qPrintable(QStringLiteral("cancelled at %1 of %2").arg(doneAtCancel).arg(total)));
        QVERIFY(ourSnapshots(v.device).isEmpty());
        QVERIFY(ourMetadata(v.device).isEmpty());
        auto backups = m_engine->backups(v.id);
        QVERIFY2(backups, qPrintable(backups.error()));
        for (const Backup &x : std::as_const(*backups))
            QVERIFY(x.status != BackupStatus::Available);

        // Interrupted backups (a crash) are cleaned up by cleanupBackup.
        auto frozen = m_rbd->freeze(v.id, QStringLiteral("crashed"), false);
        QVERIFY2(frozen, qPrintable(frozen.error()));
        QCOMPARE(ourSnapshots(v.device), QStringList{QStringLiteral("cloudbackup.crashed")});
        QCOMPARE(ourMetadata(v.device), QStringList{QStringLiteral("cloudbackup.backup.crashed")});
        m_rbd->cleanupBackup(v.id, QStringLiteral("crashed"));
        QVERIFY(ourSnapshots(v.device).isEmpty());
        QVERIFY(ourMetadata(v.device).isEmpty());
        (*frozen)->abandon();
    }

    void namespaceProject()
    {
        const qint64 size = 64 * MiB;
        const Volume v = createImage(QStringLiteral("nsvol"), size, QStringLiteral("projA"));
        QCOMPARE(v.id, QStringLiteral("rbd:volumes/projA/nsvol"));
        QCOMPARE(v.project, QStringLiteral("projA"));
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(MiB, 6 * MiB, 51);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto full = backup(QStringLiteral("nsvol"), false);
        QVERIFY2(full, qPrintable(full.error()));
        QCOMPARE(full->project, QStringLiteral("projA"));
        QCOMPARE(full->volumeId, v.id);
        QCOMPARE(full->volumeType, QStringLiteral("volumes"));
        auto restored = restoreNew(full->id, QStringLiteral("nsvol-r"));
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(restored->id, QStringLiteral("rbd:volumes/projA/nsvol-r"));
        QCOMPARE(restored->project, QStringLiteral("projA"));
        COMPARE_BYTES(exportOrFail(restored->device), img.model());

        // A second pool is another volume type; a restore stays in it.
        const Volume ssd = createImage(QStringLiteral("fast"), size, {}, QStringLiteral("volumes-ssd"));
        RbdImage fast(ssd.device, size);
        fast.writeText(0, 5 * MiB);
        QVERIFY2(fast.apply(&error), qPrintable(error));
        auto b = backup(ssd.id, false);
        QVERIFY2(b, qPrintable(b.error()));
        auto r = restoreNew(b->id, QStringLiteral("fast-r"));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->id, QStringLiteral("rbd:volumes-ssd/fast-r"));
        QCOMPARE(r->type, QStringLiteral("volumes-ssd"));
        COMPARE_BYTES(exportOrFail(r->device), fast.model());
    }

    void restoringStatus()
    {
        const Volume v = createImage(QStringLiteral("marker"), 64 * MiB);
        {
            auto writer = m_rbd->openForRestore(v.id, false);
            QVERIFY2(writer, qPrintable(writer.error()));
            QCOMPARE(statusOf(v.id), VolumeStatus::Restoring);
            auto again = m_rbd->openForRestore(v.id, false);
            QVERIFY(!again);
            auto frozen = m_rbd->freeze(v.id, QStringLiteral("during-restore"), true);
            QVERIFY(!frozen);
            QVERIFY((*writer)->write(0, QByteArray(MiB, 'x').constData(), MiB));
            QVERIFY((*writer)->zero(4 * MiB, 4 * MiB));
            QVERIFY((*writer)->finish());
        }
        QCOMPARE(statusOf(v.id), VolumeStatus::Available);
        QVERIFY(ourMetadata(v.device).isEmpty());
        {
            // A restore that never finished leaves the image in error.
            auto writer = m_rbd->openForRestore(v.id, false);
            QVERIFY2(writer, qPrintable(writer.error()));
            QVERIFY((*writer)->write(0, QByteArray(MiB, 'y').constData(), MiB));
        }
        QCOMPARE(statusOf(v.id), VolumeStatus::Error);
        auto refused = backup(v.id, false, true);
        QVERIFY(!refused);
        // It can still be deleted.
        auto removed = m_engine->deleteVolume(v.id);
        QVERIFY2(removed, qPrintable(removed.error()));
    }

    // Another process's restore: "restoring" while it writes, "error" once it
    // was killed half-way (its watch expires, the marker stays).
    void killedRestoreInAnotherProcess()
    {
        const QString ctl = qEnvironmentVariable("CLOUDBACKUPCTL");
        QVERIFY2(QFileInfo(ctl).isExecutable(), "CLOUDBACKUPCTL must name cloudbackupctl (CTest sets it)");
        const qint64 size = 64 * MiB;
        const Volume v = createImage(QStringLiteral("victim"), size);
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(0, size, 61);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto b = backup(v.id, false);
        QVERIFY2(b, qPrintable(b.error()));

        QProcess restore;
        restore.setProcessChannelMode(QProcess::ForwardedChannels);
        restore.start(ctl, {QStringLiteral("--home"), m_engine->config().home, QStringLiteral("--ceph-conf"),
                            qEnvironmentVariable("CEPH_CONF"), QStringLiteral("--limit-rate"),
                            QStringLiteral("4M"), QStringLiteral("backup"), QStringLiteral("restore"), b->id,
                            QStringLiteral("--to"), v.id, QStringLiteral("--yes")});
        QVERIFY(restore.waitForStarted());
        QVERIFY2(waitForStatus(v.id, VolumeStatus::Restoring, 30),
                 "the other process's restore never showed");
        QVERIFY(ourMetadata(v.device).contains(QStringLiteral("cloudbackup.restoring")));
        auto refused = m_rbd->openForRestore(v.id, false);
        QVERIFY(!refused);
        restore.kill();
        restore.waitForFinished();
        QVERIFY2(waitForStatus(v.id, VolumeStatus::Error, 60),
                 "a killed restore should leave the volume in error");
        auto removed = m_engine->deleteVolume(v.id);
        QVERIFY2(removed, qPrintable(removed.error()));
    }

    // Thin images of 1 TiB with any object size and striping: a full
    // backup reads the allocated objects only, an incremental the changed
    // ones; restores hold the same allocated data and stay thin, over an
    // existing image too. Without an object map the exact diff is used and
    // the backup says so.
    void thinImages_data()
    {
        QTest::addColumn<QString>("size");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<bool>("fastDiff");
        const qint64 TiB = 1024 * 1024 * MiB;
        QTest::newRow("4M objects") << QStringLiteral("1T") << TiB << QStringList{} << true;
        QTest::newRow("1M objects") << QStringLiteral("1T") << TiB
                                    << QStringList{QStringLiteral("--object-size"), QStringLiteral("1M")}
                                    << true;
        QTest::newRow("16M objects") << QStringLiteral("1T") << TiB
                                     << QStringList{QStringLiteral("--object-size"), QStringLiteral("16M")}
                                     << true;
        QTest::newRow("striped 64K x 4")
            << QStringLiteral("1T") << TiB
            << QStringList{QStringLiteral("--stripe-unit"), QStringLiteral("64K"),
                           QStringLiteral("--stripe-count"), QStringLiteral("4")}
            << true;
        // Without an object map librbd asks every object: a smaller image.
        QTest::newRow("no object map")
            << QStringLiteral("64G") << 64 * 1024 * MiB
            << QStringList{QStringLiteral("--image-feature"), QStringLiteral("layering,exclusive-lock")}
            << false;
    }

    void thinImages()
    {
        QFETCH(QString, size);
        QFETCH(qint64, bytes);
        QFETCH(QStringList, options);
        QFETCH(bool, fastDiff);
        static int n = 0;
        const QString name = QStringLiteral("thin%1").arg(n++);
        const Volume v = createWithCli(name, size, options);
        QCOMPARE(v.size, bytes);
        RbdImage img(v.device, bytes);
        QString error;
        const qint64 at = bytes / 2 - 3 * MiB; // 10 MiB across chunk and object boundaries
        img.writeRandom(at, 10 * MiB, 71);
        img.writeText(bytes - 5 * MiB + 777, 3000);    // near the end, unaligned
        img.writeRandom(64 * 1024 * 3, 64 * 1024, 72); // one stripe unit near the start
        QVERIFY2(img.apply(&error), qPrintable(error));

        const std::set<qint64> allocated = wholeObjectChunks(v.device);
        auto full = backup(v.id, false);
        QVERIFY2(full, qPrintable(full.error()));
        const QString fullSnap = RbdBackend::snapshotName(full->id);
        if (fastDiff) {
            QVERIFY2(full->warning.isEmpty(), qPrintable(Message::display(full->warning)));
        } else {
            QVERIFY2(Message::display(full->warning).contains(QLatin1String("fast-diff")),
                     qPrintable(Message::display(full->warning)));
        }
        // Only the chunks of allocated objects were read.
        QCOMPARE(full->readBytes, static_cast<qint64>(allocated.size()) * ChunkSize);
        QCOMPARE(img.compareAllocated(v.device + u'@' + fullSnap), QString());

        // 1 MiB changed far from the rest, a few bytes inside old data, one piece discarded.
        img.writeRandom(bytes / 4 * 3 + 12345, MiB, 73);
        img.writeText(at + 5 * MiB + 100, 200);
        img.discard(64 * 1024 * 3, 64 * 1024);
        QVERIFY2(img.apply(&error), qPrintable(error));
        const std::set<qint64> changed = wholeObjectChunks(v.device, fullSnap);
        auto incr = backup(v.id, true);
        QVERIFY2(incr, qPrintable(incr.error()));
        QCOMPARE(incr->kind, BackupKind::Incremental);
        QCOMPARE(fastDiff, incr->warning.isEmpty());
        const qint64 changedBytes = static_cast<qint64>(changed.size()) * ChunkSize;
        QVERIFY2(
            incr->readBytes > 0 && incr->readBytes <= changedBytes,
            qPrintable(
                QStringLiteral("read %1, changed objects cover %2").arg(incr->readBytes).arg(changedBytes)));
        const QString incrSnap = v.device + u'@' + RbdBackend::snapshotName(incr->id);
        QCOMPARE(img.compareAllocated(incrSnap), QString());
        const qint64 sourceBytes = rbdAllocatedBytes(incrSnap);
        QVERIFY(sourceBytes > 0);

        // To a new image: the same data, no more objects than the source.
        auto r = restoreNew(incr->id, name + QStringLiteral("-r"));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->size, bytes);
        QCOMPARE(img.compareAllocated(r->device), QString());
        QVERIFY2(rbdAllocatedBytes(r->device) <= sourceBytes,
                 qPrintable(QStringLiteral("%1 > %2").arg(rbdAllocatedBytes(r->device)).arg(sourceBytes)));

        // Over an image with other data, some of it where the backup has holes.
        const Volume target = createWithCli(name + QStringLiteral("-t"), size, options);
        RbdImage junk(target.device, bytes);
        junk.writeRandom(0, 2 * MiB, 74);
        junk.writeRandom(bytes / 8, 6 * MiB, 75);
        junk.writeRandom(at + MiB, MiB, 76);
        QVERIFY2(junk.apply(&error), qPrintable(error));
        auto over = restoreOver(incr->id, target.id);
        QVERIFY2(over, qPrintable(over.error()));
        QCOMPARE(img.compareAllocated(target.device), QString());
        QVERIFY2(
            rbdAllocatedBytes(target.device) <= sourceBytes,
            qPrintable(QStringLiteral("%1 > %2").arg(rbdAllocatedBytes(target.device)).arg(sourceBytes)));

        for (const QString &id : {v.id, r->id, target.id})
            QVERIFY(m_engine->deleteVolume(id));
    }

    // An object map invalidated by hand: the backup falls back to the exact
    // diff and names the snapshot; once rebuilt, fast-diff again.
    void invalidObjectMap()
    {
        const qint64 size = 16 * 1024 * MiB;
        const Volume v = createImage(QStringLiteral("badmap"), size);
        RbdImage img(v.device, size);
        QString error;
        img.writeRandom(100 * MiB, 9 * MiB, 81);
        QVERIFY2(img.apply(&error), qPrintable(error));
        // Enabling the object map on an image with data leaves it invalid
        // until "rbd object-map rebuild".
        rbdOk({QStringLiteral("feature"), QStringLiteral("disable"), v.device, QStringLiteral("fast-diff"),
               QStringLiteral("object-map")});
        rbdOk({QStringLiteral("feature"), QStringLiteral("enable"), v.device, QStringLiteral("object-map"),
               QStringLiteral("fast-diff")});
        QVERIFY2(rbdInfo(v.device)[QLatin1String("flags")].toArray().contains(
                     QStringLiteral("object map invalid")),
                 qPrintable(QString::fromUtf8(QJsonDocument(rbdInfo(v.device)).toJson())));

        auto full = backup(v.id, false);
        QVERIFY2(full, qPrintable(full.error()));
        const QString w1 = Message::display(full->warning);
        QVERIFY2(w1.contains(QLatin1String("invalid")) && w1.contains(RbdBackend::snapshotName(full->id)),
                 qPrintable(w1));
        QCOMPARE(full->readBytes, 3 * ChunkSize);

        // librbd marks every later snapshot invalid too while an earlier
        // one is: rebuild the image's map and the snapshot's.
        for (const QString &spec :
             QStringList{v.device, v.device + u'@' + RbdBackend::snapshotName(full->id)})
            rbdOk({QStringLiteral("object-map"), QStringLiteral("rebuild"), QStringLiteral("--no-progress"),
                   spec});
        img.writeRandom(2000 * MiB, MiB, 82);
        QVERIFY2(img.apply(&error), qPrintable(error));
        auto third = backup(v.id, true);
        QVERIFY2(third, qPrintable(third.error()));
        QVERIFY2(third->warning.isEmpty(), qPrintable(Message::display(third->warning)));
        QCOMPARE(third->readBytes, ChunkSize);

        auto r = restoreNew(third->id, QStringLiteral("badmap-r"));
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(img.compareAllocated(r->device), QString());
        for (const QString &id : {v.id, r->id})
            QVERIFY(m_engine->deleteVolume(id));
    }

    // 2,000 images in a pool of their own: the list is complete and
    // correct (names, sizes, status), also while images come and go.
    void manyImages()
    {
        QString error;
        const QString pool = QStringLiteral("many");
        QVERIFY2(ceph({QStringLiteral("osd"), QStringLiteral("pool"), QStringLiteral("create"), pool,
                       QStringLiteral("8"), QStringLiteral("8")},
                      &error),
                 qPrintable(error));
        rbdOk({QStringLiteral("pool"), QStringLiteral("init"), pool});
        auto backend = RbdBackend::connect(qEnvironmentVariable("CEPH_CONF"), {pool});
        QVERIFY2(backend, qPrintable(backend.error()));
        VolumeBackend &many = **backend;
        constexpr int Count = 2000;
        const auto nameOf = [](int i) { return QStringLiteral("img-%1").arg(i, 4, 10, QLatin1Char('0')); };
        const auto sizeOf = [](int i) { return (i % 7 + 1) * MiB; };
        const auto create = [&](int from, int to, std::atomic<int> *failures) {
            for (int i = from; i < to; ++i) {
                CreateVolumeParams p;
                p.name = nameOf(i);
                p.type = pool;
                p.size = sizeOf(i);
                if (!many.create(p))
                    ++*failures;
            }
        };
        std::atomic<int> failures{0};
        {
            std::vector<std::thread> threads;
            for (int t = 0; t < 4; ++t)
                threads.emplace_back(create, t * Count / 4, (t + 1) * Count / 4, &failures);
            for (auto &t : threads)
                t.join();
        }
        QCOMPARE(failures.load(), 0);
        // One image with a dead restore's marker, one attached.
        rbdOk({QStringLiteral("image-meta"), QStringLiteral("set"), pool + QStringLiteral("/img-1007"),
               QStringLiteral("cloudbackup.restoring"), QStringLiteral("1:1")});
        auto vm = attach(pool + QStringLiteral("/img-1011"));
        QVERIFY(vm->waitForStarted());
        const QString attached = QStringLiteral("rbd:many/img-1011");
        bool inUse = false;
        for (int i = 0; i < 300 && !inUse; ++i) {
            auto v = many.volume(attached);
            inUse = v && v->status == VolumeStatus::InUse;
            if (!inUse)
                QTest::qWait(100);
        }
        QVERIFY(inUse);

        const auto check = [&](const QList<Volume> &list, const std::set<int> &must,
                               const std::set<int> &may) {
            std::set<QString> seen;
            for (const Volume &v : list) {
                QVERIFY2(seen.insert(v.id).second, qPrintable(v.id + QStringLiteral(" listed twice")));
                QVERIFY2(v.id == QStringLiteral("rbd:many/") + v.name, qPrintable(v.id));
                QCOMPARE(v.type, pool);
                QCOMPARE(v.project, QStringLiteral("admin"));
                const int i = v.name.mid(4).toInt();
                QVERIFY2(must.count(i) || may.count(i),
                         qPrintable(v.id + QStringLiteral(" is not expected")));
                if (must.count(i) == 0)
                    continue; // created or removed meanwhile
                QCOMPARE(v.size, sizeOf(i));
                const VolumeStatus expected = i == 1007   ? VolumeStatus::Error
                                              : i == 1011 ? VolumeStatus::InUse
                                                          : VolumeStatus::Available;
                QVERIFY2(v.status == expected, qPrintable(v.id));
            }
            for (int i : must)
                QVERIFY2(seen.count(QStringLiteral("rbd:many/") + nameOf(i)),
                         qPrintable(nameOf(i) + QStringLiteral(" missing")));
        };
        std::set<int> all;
        for (int i = 0; i < Count; ++i)
            all.insert(i);
        auto listed = many.list();
        QVERIFY2(listed, qPrintable(listed.error()));
        QCOMPARE(listed->size(), Count);
        check(*listed, all, {});
        if (QTest::currentTestFailed())
            return;

        // Images come and go while the list runs.
        std::set<int> stable, changing;
        for (int i = 0; i < Count; ++i)
            (i >= 100 && i < Count - 100 ? stable : changing).insert(i);
        for (int i = Count; i < Count + 100; ++i)
            changing.insert(i);
        std::atomic<bool> done{false};
        std::thread churn([&] {
            for (int i = 0; i < 100; ++i) {
                (void)many.remove(QStringLiteral("rbd:many/") + nameOf(i));
                CreateVolumeParams p;
                p.name = nameOf(Count + i);
                p.type = pool;
                p.size = sizeOf(Count + i);
                (void)many.create(p);
            }
            done = true;
        });
        int rounds = 0;
        while (!done || rounds == 0) {
            auto during = many.list();
            QVERIFY2(during, qPrintable(during.error()));
            check(*during, stable, changing);
            ++rounds;
            if (QTest::currentTestFailed())
                break;
        }
        churn.join();
        std::set<int> after;
        for (int i = 100; i < Count + 100; ++i)
            after.insert(i);
        auto final = many.list();
        QVERIFY2(final, qPrintable(final.error()));
        QCOMPARE(final->size(), Count);
        check(*final, after, {});

        vm->kill();
        vm->waitForFinished();
        backend->reset();
        QVERIFY2(ceph({QStringLiteral("osd"), QStringLiteral("pool"), QStringLiteral("rm"), pool, pool,
                       QStringLiteral("--yes-i-really-really-mean-it")},
                      &error),
                 qPrintable(error));
    }

    void cleanupTestCase() { m_engine.reset(); }
};

QTEST_GUILESS_MAIN(TestRbd)
#include "tst_rbd.moc"
