#include "TestSupport.h"
#include "engine/Engine.h"
#include "volumes/ImageLocks.h"
#include "volumes/VolumeBackend.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <functional>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace cb;
using namespace cb::test;

constexpr qint64 MiB = 1024 * 1024;

static QList<QByteArray> procLocks()
{
    QFile f(QStringLiteral("/proc/locks"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read /proc/locks");
    return f.readAll().split('\n');
}

// How /proc/locks names a file (" MAJ:MIN:INODE "), learnt from a lock of our
// own on a byte nobody else uses: stat() disagrees on some filesystems (btrfs).
static QByteArray kernelName(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    struct flock fl = {};
    fl.l_type = F_RDLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = 1234567890123;
    fl.l_len = 1;
    if (fd < 0 || ::fcntl(fd, F_OFD_SETLK, &fl) != 0)
        qFatal("cannot lock %s", qPrintable(path));
    QByteArray name;
    for (const QByteArray &line : procLocks()) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() == 8 && f[1] == "OFDLCK" && f[6] == "1234567890123")
            name = ' ' + f[5] + ' ';
    }
    ::close(fd);
    return name;
}

// The /proc/locks lines naming a file, blocked waiters left out: what the
// kernel says is held on it, by whoever holds it.
static QList<QByteArray> locksOn(const QByteArray &kernelName)
{
    QList<QByteArray> out;
    for (const QByteArray &line : procLocks()) {
        if (line.contains(kernelName) && !line.contains("->"))
            out << line;
    }
    return out;
}

// The holders signal nothing but the kernel's lock table: poll it, bounded.
static bool waitFor(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(30000);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(5);
    }
    return true;
}

// A real process holding a lock on an image, as a VM or a tool would.
class Holder
{
public:
    enum class Stop
    {
        CloseStdin, // qemu-io and lockholder exit at EOF
        KillGroup,  // flock(1) and the command it runs hold the lock together
        KillPidFile // qemu-nbd --fork: the server is no child of ours
    };

    bool start(const QString &program, const QStringList &args, Stop stop, const QString &pidFile = {})
    {
        m_stop = stop;
        m_pidFile = pidFile;
        m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
        m_process.start(program, args);
        if (!m_process.waitForStarted())
            return false;
        if (stop != Stop::KillPidFile)
            return true;
        // --fork returns once the server serves.
        return m_process.waitForFinished(30000) && m_process.exitCode() == 0 && serverPid() > 0;
    }

    QByteArray output() { return m_output += m_process.readAllStandardOutput(); }

    void stop()
    {
        switch (m_stop) {
        case Stop::CloseStdin:
            m_process.closeWriteChannel();
            break;
        case Stop::KillGroup:
            if (m_process.state() == QProcess::Running)
                ::kill(-static_cast<pid_t>(m_process.processId()), SIGTERM);
            break;
        case Stop::KillPidFile:
            if (serverPid() > 0)
                ::kill(serverPid(), SIGTERM);
            break;
        }
        m_process.waitForFinished(30000);
    }

    ~Holder() { stop(); }

private:
    pid_t serverPid() const
    {
        QFile f(m_pidFile);
        return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed().toInt() : 0;
    }

    QProcess m_process;
    Stop m_stop = Stop::CloseStdin;
    QString m_pidFile;
    QByteArray m_output;
};

// A file volume is in use while anyone else holds any lock on its image:
// backups need --force, restores over it are refused, as for an RBD image
// with watchers. cloudbackup's own backups do not count.
class TestInUse : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Engine> m_engine;
    QByteArray m_kernelName; // of the volume makeVolume() made last

    Volume makeVolume(const QString &name)
    {
        CreateVolumeParams p;
        p.name = name;
        p.size = 8 * MiB;
        auto v = m_engine->createVolume(p);
        if (!v)
            qFatal("%s", qPrintable(v.error()));
        writeRandom(v->device, 0, 4 * MiB, 11);
        writeText(v->device, 5 * MiB, MiB);
        m_kernelName = kernelName(v->device);
        if (m_kernelName.isEmpty())
            qFatal("%s is not in /proc/locks", qPrintable(v->device));
        return *v;
    }

    VolumeStatus listedStatus(const Volume &v)
    {
        const auto all = m_engine->volumes();
        for (const Volume &listed : *all) {
            if (listed.id == v.id)
                return listed.status;
        }
        return VolumeStatus::Missing;
    }

    VolumeStatus status(const Volume &v) { return m_engine->resolveVolume(v.id)->status; }

    QString copyOf(const Volume &v)
    {
        const QString copy = m_dir->filePath(QStringLiteral("expected.img"));
        QFile::remove(copy);
        QFile::copy(v.device, copy);
        return copy;
    }

    // Killed when it goes out of scope, should a check fail first.
    std::unique_ptr<QProcess> ctl(const QStringList &args)
    {
        auto p = std::make_unique<QProcess>();
        p->start(qEnvironmentVariable("CLOUDBACKUPCTL"),
                 QStringList{QStringLiteral("--home"), m_dir->path()} + args);
        return p;
    }

    // What an in-use volume must look like, for any holder.
    void checkInUse(const Volume &v)
    {
        QCOMPARE(status(v), VolumeStatus::InUse);
        QCOMPARE(listedStatus(v), VolumeStatus::InUse);
        const QString expected = copyOf(v);

        auto refused = runBackup(*m_engine, v.id, false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QLatin1String("in use")), qPrintable(refused.error()));
        const auto backups = m_engine->backups(v.id);
        for (const Backup &b : *backups)
            QVERIFY(b.status != BackupStatus::Available);

        auto forced = runBackup(*m_engine, v.id, false, true);
        QVERIFY2(forced.ok(), qPrintable(forced.error()));
        QVERIFY(forced->forced);
        QCOMPARE(forced->status, BackupStatus::Available);
        auto copy = restoreToNew(*m_engine, forced->id, QStringLiteral("copy"));
        QVERIFY2(copy.ok(), qPrintable(copy.error()));
        QVERIFY(sameContent(copy->device, expected));

        const QByteArray before = sha256File(v.device);
        auto over = restoreOver(*m_engine, forced->id, v.id);
        QVERIFY(!over.ok());
        QVERIFY2(over.error().contains(QLatin1String("in use")), qPrintable(over.error()));
        QCOMPARE(sha256File(v.device), before);
    }

    void checkAvailableAgain(const Volume &v)
    {
        QVERIFY2(waitFor([&] { return locksOn(m_kernelName).isEmpty(); }), "the holder kept its lock");
        QCOMPARE(status(v), VolumeStatus::Available);
        QCOMPARE(listedStatus(v), VolumeStatus::Available);
        auto b = runBackup(*m_engine, v.id, false);
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QVERIFY(!b->forced);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("CLOUDBACKUPCTL").isEmpty()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_engine = openEngineOrDie(m_dir->path());
    }

    void cleanup()
    {
        m_engine.reset();
        m_dir.reset();
    }

    void anyLockOfAnotherProcessMeansInUse_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args"); // IMAGE stands for the image path
        QTest::addColumn<int>("stop");
        const auto closeStdin = int(Holder::Stop::CloseStdin);
        const auto killGroup = int(Holder::Stop::KillGroup);
        const QString lockholder = QStringLiteral(LOCKHOLDER);
        QTest::newRow("qemu-io") << QStringLiteral("qemu-io")
                                 << QStringList{QStringLiteral("-f"), QStringLiteral("raw"),
                                                QStringLiteral("IMAGE")}
                                 << closeStdin;
        QTest::newRow("qemu-nbd") << QStringLiteral("qemu-nbd")
                                  << QStringList{QStringLiteral("--fork"),     QStringLiteral("--persistent"),
                                                 QStringLiteral("-k"),         QStringLiteral("SOCKET"),
                                                 QStringLiteral("--pid-file"), QStringLiteral("PIDFILE"),
                                                 QStringLiteral("-f"),         QStringLiteral("raw"),
                                                 QStringLiteral("IMAGE")}
                                  << int(Holder::Stop::KillPidFile);
        for (const char *mode : {"-s", "-x"})
            QTest::addRow("flock %s", mode) << QStringLiteral("flock")
                                            << QStringList{QLatin1String(mode), QStringLiteral("IMAGE"),
                                                           QStringLiteral("sleep"), QStringLiteral("600")}
                                            << killGroup;
        const struct
        {
            const char *kind, *type, *start, *length;
        } ranges[] = {{"posix", "read", "4096", "4096"},
                      {"posix", "write", "4096", "4096"},
                      {"ofd", "read", "100", "1"},
                      {"ofd", "write", "5242880", "1"}};
        for (const auto &r : ranges)
            QTest::addRow("%s %s lock on %s+%s", r.kind, r.type, r.start, r.length)
                << lockholder
                << QStringList{QLatin1String(r.kind), QLatin1String(r.type), QLatin1String(r.start),
                               QLatin1String(r.length), QStringLiteral("IMAGE")}
                << closeStdin;
    }

    void anyLockOfAnotherProcessMeansInUse()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(int, stop);
        const Volume v = makeVolume(QStringLiteral("held"));
        QVERIFY(locksOn(m_kernelName).isEmpty());
        args.replaceInStrings(QStringLiteral("IMAGE"), v.device);
        args.replaceInStrings(QStringLiteral("SOCKET"), m_dir->filePath(QStringLiteral("nbd.sock")));
        const QString pidFile = m_dir->filePath(QStringLiteral("nbd.pid"));
        args.replaceInStrings(QStringLiteral("PIDFILE"), pidFile);

        Holder holder;
        QVERIFY2(holder.start(program, args, Holder::Stop(stop), pidFile), qPrintable(program));
        QVERIFY2(waitFor([&] { return !locksOn(m_kernelName).isEmpty(); }), "the holder took no lock");
        if (program == QLatin1String("qemu-io"))
            QVERIFY(waitFor([&] { return holder.output().contains("qemu-io>"); }));

        checkInUse(v);
        if (QTest::currentTestFailed())
            return;
        holder.stop();
        checkAvailableAgain(v);
    }

    // Two consoles, or a scheduled backup and a manual one: a backup of the
    // volume in another process is not a VM.
    void backupInAnotherProcessIsNotInUse()
    {
        const Volume v = makeVolume(QStringLiteral("busy"));
        // 4 MiB at 1 MiB/s: the backup holds the image for about four seconds.
        const auto other = ctl({QStringLiteral("--limit-rate"), QStringLiteral("1M"),
                                QStringLiteral("backup"), QStringLiteral("create"), v.name});
        QVERIFY(other->waitForStarted());
        QVERIFY(
            waitFor([&] { return !locksOn(m_kernelName).isEmpty() || other->state() != QProcess::Running; }));
        QVERIFY2(other->state() == QProcess::Running, other->readAllStandardError().constData());
        QCOMPARE(status(v), VolumeStatus::Available);
        QCOMPARE(listedStatus(v), VolumeStatus::Available);
        auto second = runBackup(*m_engine, v.id, false);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(!second->forced);
        // Writers that honour locks (a VM starting) stay out while it reads.
        QProcess qemu;
        qemu.start(QStringLiteral("qemu-io"), {QStringLiteral("-f"), QStringLiteral("raw"),
                                               QStringLiteral("-c"), QStringLiteral("write 0 4k"), v.device});
        QVERIFY(qemu.waitForFinished(30000));
        QVERIFY(qemu.exitCode() != 0);
        QVERIFY2(qemu.readAllStandardError().contains("lock"), "qemu-io wrote to an image being backed up");
        QCOMPARE(other->state(), QProcess::Running); // all of the above while it read
        QVERIFY(other->waitForFinished(60000));
        QCOMPARE(other->exitCode(), 0);
        QVERIFY(!m_engine->backups(v.id)->isEmpty());
    }

    void attachedByTheCommandLineIsInUse()
    {
        const Volume v = makeVolume(QStringLiteral("vm"));
        const auto attach = ctl({QStringLiteral("volume"), QStringLiteral("attach"), v.name});
        QVERIFY(attach->waitForReadyRead(30000)); // "is now in use"
        QVERIFY(!locksOn(m_kernelName).isEmpty());
        checkInUse(v);
        if (QTest::currentTestFailed())
            return;
        attach->terminate();
        QVERIFY(attach->waitForFinished(30000));
        checkAvailableAgain(v);
    }

    // The kernel's format: "%02x:%02x:%lu" for the file, -1 as the pid of OFD locks.
    void procLocksFormat()
    {
        const qint64 self = 4242;
        const QByteArray text =
            "1: POSIX  ADVISORY  READ 1234 103:1a2:77 100 101\n"
            "1: -> POSIX  ADVISORY  WRITE 999 103:1a2:78 0 EOF\n"
            "2: OFDLCK ADVISORY  READ -1 103:1a2:79 0 9223372036854775806\n"
            "3: FLOCK  ADVISORY  WRITE 4242 103:1a2:80 0 EOF\n"
            "4: LEASE  ACTIVE    READ 1234 103:1a2:81 0 EOF\n"
            "5: OFDLCK ADVISORY  WRITE -1 fe:00:82 9223372036854775806 9223372036854775806\n"
            "6: OFDLCK ADVISORY  READ -1 103:1a2:83 0 EOF\n"
            "7: FLOCK  ADVISORY  READ 77 08:01:84 0 EOF\n";
        const ImageLocks locks = ImageLocks::parse(text, self);
        const dev_t dev = makedev(0x103, 0x1a2);
        QVERIFY(locks.heldByOthers(dev, 77));              // QEMU-like shared bytes
        QVERIFY(!locks.heldByOthers(dev, 78));             // a blocked waiter holds nothing
        QVERIFY(!locks.heldByOthers(dev, 79));             // another cloudbackup's backup or restore
        QVERIFY(!locks.heldByOthers(dev, 80));             // ours
        QVERIFY(!locks.heldByOthers(dev, 81));             // a lease
        QVERIFY(locks.heldByOthers(makedev(0xfe, 0), 82)); // not quite our range
        QVERIFY(locks.heldByOthers(dev, 83));              // whole file
        QVERIFY(locks.heldByOthers(makedev(8, 1), 84));    // flock
        QVERIFY(!locks.heldByOthers(makedev(8, 2), 84));   // same inode, other device
        QVERIFY(!ImageLocks().heldByOthers(dev, 77));
    }
};

QTEST_GUILESS_MAIN(TestInUse)
#include "tst_inuse.moc"
