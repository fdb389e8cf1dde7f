// Several Ceph clusters at once (CTest fixtures "ceph" and "ceph2": two
// throwaway clusters of scripts/ceph-cluster.sh). The second one is stopped
// half-way: the first keeps working and the second's volumes read
// "unreachable" with the reason, in the engine and in the CLI.
#include "CtlSupport.h"
#include "RbdTestSupport.h"
#include "TestSupport.h"
#include "engine/Engine.h"
#include "util/Message.h"
#include "volumes/VolumeBackend.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;
using namespace cb::test;

constexpr qint64 MiB = 1024 * 1024;

class TestRbdClusters : public QObject
{
    Q_OBJECT

    QString m_mainConf;
    QString m_eastConf;
    QString m_eastDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Engine> m_engine;
    QMap<QString, QByteArray> m_written; // volume id -> the bytes written into it

    QString home() const { return m_dir->filePath(QStringLiteral("home")); }

    static RbdRun rbdAt(const QString &conf, const QStringList &args)
    {
        return rbd(QStringList{QStringLiteral("--conf"), conf} + args);
    }

    // An image of 16 MiB: random data, a text run and a hole, imported with
    // `rbd import` into CONF's pool "volumes".
    QByteArray makeImage(const QString &conf, const QString &name, quint32 seed)
    {
        QByteArray data(16 * MiB, '\0');
        QRandomGenerator gen(seed);
        gen.fillRange(reinterpret_cast<quint32 *>(data.data()), int(6 * MiB / 4));
        for (qint64 i = 8 * MiB; i < 12 * MiB; ++i)
            data[i] = char('a' + (i + seed) % 26);
        QFile file(m_dir->filePath(name + QStringLiteral(".raw")));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            return {};
        file.close();
        const QStringList args{QStringLiteral("import"), QStringLiteral("--no-progress"), file.fileName(),
                               QStringLiteral("volumes/") + name};
        const RbdRun run = rbdAt(conf, args);
        if (!run.ok()) {
            qWarning() << run.describe(args);
            return {};
        }
        return data;
    }

    static QByteArray exportAt(const QString &conf, const QString &spec)
    {
        const RbdRun run = rbdAt(
            conf, {QStringLiteral("export"), QStringLiteral("--no-progress"), spec, QStringLiteral("-")});
        return run.ok() ? run.out : QByteArray();
    }

    Result<Backup> backup(const QString &volume, bool incremental)
    {
        BackupParams p;
        p.volume = volume;
        p.incremental = incremental;
        JobControl control;
        return m_engine->createBackup(p, control);
    }

    // Restores backupId to a new volume and returns it.
    Result<Volume> restoreNew(const QString &backupId, const QString &name)
    {
        RestoreParams p;
        p.backupId = backupId;
        p.newVolumeName = name;
        JobControl control;
        return m_engine->restore(p, control);
    }

    std::optional<Volume> listed(const QString &id)
    {
        auto all = m_engine->volumes();
        if (!all)
            return std::nullopt;
        for (const Volume &v : std::as_const(*all)) {
            if (v.id == id)
                return v;
        }
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_mainConf = qEnvironmentVariable("CEPH_CONF");
        m_eastConf = qEnvironmentVariable("CEPH2_CONF");
        QVERIFY2(QFileInfo(m_mainConf).isFile() && QFileInfo(m_eastConf).isFile(),
                 "CEPH_CONF and CEPH2_CONF must name the two test clusters (the CTest fixtures set them)");
        m_eastDir = QFileInfo(m_eastConf).absolutePath();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A site keeps a cluster's ceph.conf and keyring when the cluster
        // dies; `ceph-cluster.sh stop` removes them with it: use copies.
        const QString keyring = m_dir->filePath(QStringLiteral("east.keyring"));
        QVERIFY(QFile::copy(m_eastDir + QStringLiteral("/keyring"), keyring));
        QFile original(m_eastConf);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray conf = original.readAll();
        conf.replace((m_eastDir + QStringLiteral("/keyring")).toUtf8(), keyring.toUtf8());
        m_eastConf = m_dir->filePath(QStringLiteral("east.conf"));
        QFile copy(m_eastConf);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(conf);
        copy.close();
        QVERIFY(QDir().mkpath(home()));
        // Short timeouts: the stopped cluster is found out in seconds.
        const QJsonObject settings{{QStringLiteral("clusters"),
                                    QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("main")},
                                                           {QStringLiteral("conf"), m_mainConf}},
                                               QJsonObject{{QStringLiteral("name"), QStringLiteral("east")},
                                                           {QStringLiteral("conf"), m_eastConf},
                                                           {QStringLiteral("connect_timeout"), 3},
                                                           {QStringLiteral("op_timeout"), 5}}}}};
        QFile file(QDir(home()).filePath(QStringLiteral("clusters.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(settings).toJson());
        file.close();
        QVERIFY(
            file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

        EngineConfig config;
        config.home = home();
        auto engine = Engine::open(config);
        QVERIFY2(engine, qPrintable(engine.error()));
        m_engine = *engine;
        // Made private at open, as everything in the home.
        QCOMPARE(QFile::permissions(file.fileName()) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());

        m_written[QStringLiteral("rbd:volumes/west-a")] = makeImage(m_mainConf, QStringLiteral("west-a"), 1);
        m_written[QStringLiteral("rbd:east:volumes/east-b")] =
            makeImage(m_eastConf, QStringLiteral("east-b"), 2);
        for (const QByteArray &data : std::as_const(m_written))
            QVERIFY(!data.isEmpty());
    }

    void badSettingsAreRefused()
    {
        QTemporaryDir dir;
        const QString settings = dir.filePath(QStringLiteral("clusters.json"));
        for (const QByteArray &text :
             {QByteArray(R"({"clusters": [{"name": "a b", "conf": "/x"}]})"),
              QByteArray(R"({"clusters": [{"name": "a", "conf": "/x"}, {"name": "a", "conf": "/y"}]})"),
              QByteArray(R"({"clusters": [{"name": "a", "conf": "/x", "timeout": 3}]})"),
              QByteArray(R"({"clusters": [{"name": "a"}]})"), QByteArray("not json")}) {
            QFile f(settings);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(text);
            f.close();
            EngineConfig config;
            config.home = dir.path();
            auto engine = Engine::open(config);
            QVERIFY2(!engine, text.constData());
            QVERIFY2(engine.error().contains(settings), qPrintable(engine.error()));
        }
    }

    void idsAndTypes()
    {
        auto west = listed(QStringLiteral("rbd:volumes/west-a"));
        auto east = listed(QStringLiteral("rbd:east:volumes/east-b"));
        QVERIFY(west && east);
        QCOMPARE(west->type, QStringLiteral("volumes"));
        QCOMPARE(east->type, QStringLiteral("east:volumes"));
        QCOMPARE(east->status, VolumeStatus::Available);
        QCOMPARE(east->size, 16 * MiB);
        // Each id belongs to its own cluster only.
        QVERIFY(!listed(QStringLiteral("rbd:volumes/east-b")));
        QVERIFY(!listed(QStringLiteral("rbd:east:volumes/west-a")));
        QVERIFY(!m_engine->backendFor(QStringLiteral("rbd:north:volumes/x")));
        QVERIFY(m_engine->backendFor(QStringLiteral("rbd:volumes/x")) !=
                m_engine->backendFor(QStringLiteral("rbd:east:volumes/x")));
        QVERIFY(!m_engine->resolveVolume(QStringLiteral("rbd:north:volumes/east-b")));
    }

    void backupAndRestoreOnEach()
    {
        for (auto it = m_written.cbegin(); it != m_written.cend(); ++it) {
            auto full = backup(it.key(), false);
            QVERIFY2(full, qPrintable(full.error()));
            QCOMPARE(full->volumeId, it.key());
        }
        // An incremental on the second cluster after a change.
        const QString eastId = QStringLiteral("rbd:east:volumes/east-b");
        QByteArray &east = m_written[eastId];
        const QByteArray patch(MiB, 'Z');
        east.replace(13 * MiB, MiB, patch);
        QFile whole(m_dir->filePath(QStringLiteral("east-b.raw")));
        QVERIFY(whole.open(QIODevice::WriteOnly | QIODevice::Truncate));
        whole.write(east);
        whole.close();
        // Changed in place with `rbd import-diff` of the new content's diff
        // (made from a scratch image holding it).
        QVERIFY(rbdAt(m_eastConf, {QStringLiteral("import"), QStringLiteral("--no-progress"),
                                   whole.fileName(), QStringLiteral("volumes/east-b-next")})
                    .ok());
        const QString diff = m_dir->filePath(QStringLiteral("east.diff"));
        QVERIFY(rbdAt(m_eastConf, {QStringLiteral("export-diff"), QStringLiteral("--no-progress"),
                                   QStringLiteral("volumes/east-b-next"), diff})
                    .ok());
        QVERIFY(rbdAt(m_eastConf, {QStringLiteral("import-diff"), QStringLiteral("--no-progress"), diff,
                                   QStringLiteral("volumes/east-b")})
                    .ok());
        QVERIFY(rbdAt(m_eastConf, {QStringLiteral("rm"), QStringLiteral("--no-progress"),
                                   QStringLiteral("volumes/east-b-next")})
                    .ok());
        QCOMPARE(exportAt(m_eastConf, QStringLiteral("volumes/east-b")), east);
        auto incremental = backup(eastId, true);
        QVERIFY2(incremental, qPrintable(incremental.error()));
        QCOMPARE(incremental->kind, BackupKind::Incremental);

        // Restores to a new volume land on the source's cluster, byte for byte.
        auto westBackups = m_engine->backups(QStringLiteral("rbd:volumes/west-a"));
        QVERIFY(westBackups && !westBackups->isEmpty());
        auto westCopy = restoreNew(westBackups->first().id, QStringLiteral("west-a-copy"));
        QVERIFY2(westCopy, qPrintable(westCopy.error()));
        QCOMPARE(westCopy->id, QStringLiteral("rbd:volumes/west-a-copy"));
        QVERIFY(exportAt(m_mainConf, QStringLiteral("volumes/west-a-copy")) ==
                m_written.value(QStringLiteral("rbd:volumes/west-a")));
        auto eastCopy = restoreNew(incremental->id, QStringLiteral("east-b-copy"));
        QVERIFY2(eastCopy, qPrintable(eastCopy.error()));
        QCOMPARE(eastCopy->id, QStringLiteral("rbd:east:volumes/east-b-copy"));
        QCOMPARE(eastCopy->type, QStringLiteral("east:volumes"));
        QVERIFY(exportAt(m_eastConf, QStringLiteral("volumes/east-b-copy")) == east);
        QVERIFY(!rbdAt(m_mainConf, {QStringLiteral("info"), QStringLiteral("volumes/east-b-copy")}).ok());
    }

    // The default cluster answers to its name too: "rbd:main:POOL/IMAGE" is
    // "rbd:POOL/IMAGE", the same volume under its one canonical id.
    void defaultClusterByName()
    {
        const QString alias = QStringLiteral("rbd:main:volumes/west-a");
        const QString canonical = QStringLiteral("rbd:volumes/west-a");
        QCOMPARE(m_engine->backendFor(alias), m_engine->backendFor(canonical));
        auto v = m_engine->resolveVolume(alias);
        QVERIFY2(v, qPrintable(v.error()));
        QCOMPARE(v->id, canonical);
        // A backup through the alias joins the volume's own chain.
        auto before = m_engine->backups(canonical);
        QVERIFY(before && !before->isEmpty());
        auto incremental = backup(alias, true);
        QVERIFY2(incremental, qPrintable(incremental.error()));
        QCOMPARE(incremental->volumeId, canonical);
        QCOMPARE(incremental->kind, BackupKind::Incremental);
        QCOMPARE(incremental->parentId, before->first().id);
        // Neither the alias of a pool nor another cluster's name reaches further.
        QVERIFY(!m_engine->resolveVolume(QStringLiteral("rbd:main:volumes/east-b")));
        QVERIFY(!m_engine->resolveVolume(QStringLiteral("rbd:main:east:volumes/east-b")));
        // The CLI prints the canonical id.
        Ctl ctl(home());
        const CtlRun show = ctl.run({QStringLiteral("volume"), QStringLiteral("show"), alias});
        QVERIFY2(show.ok(), qPrintable(show.describe()));
        QCOMPARE(show.object().value(QLatin1String("id")).toString(), canonical);
    }

    // The same clusters from the command line: NAME=FILE beside the default FILE.
    void commandLineClusters()
    {
        QTemporaryDir other;
        Ctl ctl(other.path(), {QStringLiteral("--ceph-conf"), m_mainConf, QStringLiteral("--ceph-conf"),
                               QStringLiteral("east=") + m_eastConf});
        const CtlRun show = ctl.run(
            {QStringLiteral("volume"), QStringLiteral("show"), QStringLiteral("rbd:east:volumes/east-b")});
        QVERIFY2(show.ok(), qPrintable(show.describe()));
        QCOMPARE(show.object().value(QLatin1String("type")).toString(), QStringLiteral("east:volumes"));
        const CtlRun west =
            ctl.run({QStringLiteral("volume"), QStringLiteral("show"), QStringLiteral("west-a")});
        QVERIFY2(west.ok(), qPrintable(west.describe()));
        QCOMPARE(west.object().value(QLatin1String("id")).toString(), QStringLiteral("rbd:volumes/west-a"));
        const CtlRun twice =
            Ctl(other.path(), {QStringLiteral("--ceph-conf"), QStringLiteral("east=") + m_eastConf,
                               QStringLiteral("--ceph-conf"), QStringLiteral("east=") + m_mainConf})
                .run({QStringLiteral("volume"), QStringLiteral("list")});
        QCOMPARE(twice.code, 2);
        QVERIFY2(twice.err.contains(QLatin1String("east")), qPrintable(twice.err));
    }

    void oneClusterStops()
    {
        QProcess stop;
        stop.start(QStringLiteral(CB_CEPH_SCRIPT), {QStringLiteral("stop"), m_eastDir});
        QVERIFY(stop.waitForFinished(120000));
        QCOMPARE(stop.exitCode(), 0);

        // The engine that was connected to it: its volumes are unreachable, with the reason.
        auto all = m_engine->volumes();
        QVERIFY2(all, qPrintable(all.error()));
        QSet<QString> seen;
        for (const Volume &v : std::as_const(*all)) {
            seen.insert(v.id);
            if (v.id.startsWith(QLatin1String("rbd:east:"))) {
                QCOMPARE(v.status, VolumeStatus::Unreachable);
                QVERIFY2(Message::display(v.reason).contains(QLatin1String("east")), qPrintable(v.reason));
            } else if (v.id.startsWith(QLatin1String("rbd:"))) {
                QCOMPARE(v.status, VolumeStatus::Available);
            }
        }
        QVERIFY(seen.contains(QStringLiteral("rbd:volumes/west-a")));
        QVERIFY(seen.contains(QStringLiteral("rbd:volumes/west-a-copy")));
        QVERIFY(seen.contains(QStringLiteral("rbd:east:volumes/east-b")));

        // The live cluster still backs up and restores.
        const QString westId = QStringLiteral("rbd:volumes/west-a");
        auto more = backup(westId, true);
        QVERIFY2(more, qPrintable(more.error()));
        auto again = restoreNew(more->id, QStringLiteral("west-a-again"));
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(exportAt(m_mainConf, QStringLiteral("volumes/west-a-again")) == m_written.value(westId));

        // The stopped one's: a clear refusal naming the cluster.
        auto refused = backup(QStringLiteral("rbd:east:volumes/east-b"), true);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QLatin1String("east")), qPrintable(refused.error()));
        auto eastBackups = m_engine->backups(QStringLiteral("rbd:east:volumes/east-b"));
        QVERIFY(eastBackups && !eastBackups->isEmpty());
        auto notRestored = restoreNew(eastBackups->first().id, QStringLiteral("east-b-lost"));
        QVERIFY(!notRestored);

        // A new process (the CLI) with the cluster down from the start.
        Ctl ctl(home());
        const CtlRun list = ctl.run({QStringLiteral("volume"), QStringLiteral("list")});
        QVERIFY2(list.ok(), qPrintable(list.describe()));
        bool eastShown = false;
        bool westShown = false;
        for (const QJsonValue &v : list.array()) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("id")).toString() == QLatin1String("rbd:east:volumes/east-b")) {
                eastShown = true;
                QCOMPARE(o.value(QLatin1String("status")).toString(),
                         volumeStatusKey(VolumeStatus::Unreachable));
                QVERIFY(o.value(QLatin1String("reason")).toString().contains(QLatin1String("east")));
            }
            if (o.value(QLatin1String("id")).toString() == westId) {
                westShown = true;
                QCOMPARE(o.value(QLatin1String("status")).toString(),
                         volumeStatusKey(VolumeStatus::Available));
            }
        }
        QVERIFY(eastShown && westShown);
        const CtlRun show = ctl.run(
            {QStringLiteral("volume"), QStringLiteral("show"), QStringLiteral("rbd:east:volumes/east-b")});
        QVERIFY2(show.ok(), qPrintable(show.describe()));
        QCOMPARE(show.object().value(QLatin1String("status")).toString(),
                 volumeStatusKey(VolumeStatus::Unreachable));
        const CtlRun dead = ctl.run(
            {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("rbd:east:volumes/east-b")});
        QCOMPARE(dead.code, 1);
        QVERIFY(!dead.crashed && !dead.hung);
        QVERIFY2(dead.err.contains(QLatin1String("east")) && dead.err.contains(QLatin1String("reached")),
                 qPrintable(dead.err));
        const CtlRun live = ctl.run({QStringLiteral("backup"), QStringLiteral("create"), westId});
        QVERIFY2(live.ok(), qPrintable(live.describe()));
    }
};

QTEST_GUILESS_MAIN(TestRbdClusters)
#include "tst_rbdclusters.moc"
