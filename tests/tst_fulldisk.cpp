#include "CtlSupport.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>
#include <sys/statvfs.h>
#include <unistd.h>

using namespace cb::test;

// The repository, then the home (catalog), on a small filesystem that fills
// up. A command that runs out of space fails with a clear reason, and once
// space is freed: nothing stays "creating", the parent of the failed backup
// can be deleted, the failed backup's chunks are gone without a gc, a new
// backup succeeds and restores exactly, and the repository verifies.
//
// The filesystem is a tmpfs the test mounts: as root, or else inside
// "unshare --map-root-user --mount" (the test re-runs itself there).
class TestFullDisk : public QObject
{
    Q_OBJECT

    static constexpr qint64 MiB = 1 << 20;

    struct Mount
    {
        QString path;
        bool mounted = false;
        ~Mount()
        {
            if (mounted)
                QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), path});
        }
    };

    struct Data
    {
        QByteArray sha;
        qint64 size = 0;
    };

    QStringList m_violations;
    QString m_step;

    void violation(const QString &what)
    {
        const QString line = QStringLiteral("%1: %2").arg(m_step, what);
        qWarning().noquote() << "VIOLATION" << line;
        m_violations << line;
    }

    static QString mountTmpfs(Mount &m, const QString &path, const QString &size)
    {
        QProcess p;
        p.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                          QStringLiteral("size=") + size, QStringLiteral("tmpfs"), path});
        if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return QStringLiteral("cannot mount a tmpfs on %1 (%2). This test needs root, or user namespaces "
                                  "for \"unshare --map-root-user --mount\".")
                .arg(path, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
        m.path = path;
        m.mounted = true;
        return {};
    }

    static qint64 freeBytes(const QString &path)
    {
        struct statvfs s = {};
        if (::statvfs(QFile::encodeName(path).constData(), &s) != 0)
            return -1;
        return qint64(s.f_bavail) * qint64(s.f_frsize);
    }

    // Fills the filesystem of dir with a filler file until only `left` bytes are free.
    static void fill(const QString &dir, qint64 left)
    {
        QFile f(dir + QStringLiteral("/filler"));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
            qFatal("cannot create the filler");
        const QByteArray block(int(MiB), 'f');
        for (;;) {
            const qint64 room = freeBytes(dir) - left;
            if (room <= 0)
                break;
            if (f.write(block.constData(), std::min<qint64>(room, block.size())) <= 0)
                break; // full
        }
    }

    static void unfill(const QString &dir) { QFile::remove(dir + QStringLiteral("/filler")); }

    static QString newBackupId(const Ctl &ctl, QSet<QString> &seen)
    {
        QString found;
        for (const auto &v : ctl.backups()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                found = id;
            }
        }
        return found;
    }

    enum class Change
    {
        BiggerThanFree, // 40 MiB of new random data
        NewChunk,       // one new random chunk
        Dedup           // a copy of data already stored: only the index is new
    };

    struct Step
    {
        const char *name;
        Change change;
        qint64 left; // bytes left free; -1: no filler
    };

    // Runs the steps against one setup; chunksDir is counted before and after.
    void runSteps(const Ctl &ctl, const QString &fillDir, const QString &chunksDir, const QList<Step> &steps)
    {
        const QString dev = ctl.device(QStringLiteral("v"));
        QSet<QString> seen;
        auto full = ctl.run(words("backup", "create", "v"));
        QVERIFY2(full.ok(), qPrintable(full.describe()));
        QString parent = full.object().value(QStringLiteral("id")).toString();
        seen.insert(parent);
        int failures = 0;
        for (const Step &step : steps) {
            m_step = QString::fromLatin1(step.name);
            switch (step.change) {
            case Change::BiggerThanFree:
                writeRandom(dev, 8 * MiB, 40 * MiB, 99);
                break;
            case Change::NewChunk:
                writeRandom(dev, 4 * MiB + 4096, 64 * 1024, quint32(failures + 7) * 31);
                break;
            case Change::Dedup: {
                // Chunk 12 becomes a copy of chunk 0, which the repository holds already.
                QFile f(dev);
                QVERIFY(f.open(QIODevice::ReadWrite));
                const QByteArray first = f.read(4 * MiB);
                f.seek(12 * MiB);
                f.write(first);
                break;
            }
            }
            const Data data{sha256Prefix(dev), fileSize(dev)};
            const int chunksBefore = countFiles(chunksDir);
            if (step.left >= 0)
                fill(fillDir, step.left);
            const CtlRun run = ctl.run(words("backup", "create", "v", "--incremental"));
            unfill(fillDir);
            qInfo().noquote() << QStringLiteral("%1: incremental with %2 bytes free -> %3")
                                     .arg(m_step)
                                     .arg(step.left)
                                     .arg(run.describe());
            if (run.hung || run.crashed)
                violation(QStringLiteral("the backup %1").arg(run.describe()));

            // Any command settles; nothing stays creating.
            for (const QString &p : settledProblems(ctl))
                violation(p);
            const QString id = newBackupId(ctl, seen);
            if (run.ok()) {
                // It fitted after all: it must be whole.
                const QString problem = checkRestore(ctl, id, data.sha, data.size, QStringLiteral("chk"));
                if (!problem.isEmpty())
                    violation(problem);
                parent = id;
            } else {
                ++failures;
                if (run.code != 1)
                    violation(QStringLiteral("the failed backup exits %1, not 1").arg(run.code));
                static const QRegularExpression clear(QStringLiteral("space|full"),
                                                      QRegularExpression::CaseInsensitiveOption);
                if (!run.err.contains(clear))
                    violation(QStringLiteral("the failure does not say the disk is full: \"%1\"")
                                  .arg(run.err.trimmed()));
                if (!id.isEmpty()) {
                    const CtlRun show = ctl.run(words("backup", "show", id));
                    const QString status = show.object().value(QStringLiteral("status")).toString();
                    if (status != QLatin1String("error"))
                        violation(
                            QStringLiteral("the failed backup %1 is \"%2\", not \"error\"").arg(id, status));
                }
                const int chunksAfter = countFiles(chunksDir);
                if (chunksAfter != chunksBefore)
                    violation(QStringLiteral("the failed backup left %1 chunk file(s) behind (%2 before, %3 "
                                             "after, no gc run)")
                                  .arg(chunksAfter - chunksBefore)
                                  .arg(chunksBefore)
                                  .arg(chunksAfter));
                const CtlRun del = ctl.run(words("backup", "delete", parent));
                if (!del.ok())
                    violation(QStringLiteral("the parent %1 of the failed backup cannot be deleted: %2")
                                  .arg(parent, del.describe()));
                if (step.change == Change::BiggerThanFree)
                    punchHole(dev, 8 * MiB, 40 * MiB);
                const Data now{sha256Prefix(dev), fileSize(dev)};
                const CtlRun again = ctl.run(words("backup", "create", "v"));
                if (!again.ok()) {
                    violation(
                        QStringLiteral("a new backup after freeing space failed: %1").arg(again.describe()));
                } else {
                    const QString newId = again.object().value(QStringLiteral("id")).toString();
                    seen.insert(newId);
                    const QString problem =
                        checkRestore(ctl, newId, now.sha, now.size, QStringLiteral("chk"));
                    if (!problem.isEmpty())
                        violation(problem);
                    parent = newId;
                }
            }
            // Leftovers of earlier steps go, so each step starts from the same room.
            const CtlRun gc = ctl.run(words("repo", "gc"));
            if (!gc.ok())
                violation(QStringLiteral("repo gc failed: %1").arg(gc.describe()));
            for (const QString &p : settledProblems(ctl))
                violation(p);
        }
        m_step = QStringLiteral("end");
        const CtlRun verify = ctl.run(words("repo", "verify"));
        if (!verify.ok())
            violation(QStringLiteral("repo verify failed: %1 %2")
                          .arg(verify.describe(), QString::fromUtf8(verify.out).simplified()));
        if (failures == 0)
            violation(QStringLiteral("no step ran out of space; the test did not test anything"));
    }

    void report()
    {
        if (!m_violations.isEmpty())
            QFAIL(qPrintable(QStringLiteral("%1 violation(s):\n").arg(m_violations.size()) +
                             m_violations.join(u'\n')));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!ctlPath().isEmpty(), "CLOUDBACKUPCTL is not set");
        if (::geteuid() != 0)
            QFAIL("This test mounts a tmpfs: run it as root, or where \"unshare --map-root-user --mount\" "
                  "works (it re-runs itself there).");
    }
    void init() { m_violations.clear(); }

    // The repository fills up: chunks, then the index of a backup, cannot be written.
    void repositoryFull()
    {
        QTemporaryDir home, small;
        QVERIFY(home.isValid() && small.isValid());
        Mount m;
        const QString err = mountTmpfs(m, small.path(), QStringLiteral("24m"));
        if (!err.isEmpty())
            QFAIL(qPrintable(err));
        const QString repo = small.filePath(QStringLiteral("repository"));
        Ctl ctl(home.path(), {QStringLiteral("--repository"), repo});
        QVERIFY(ctl.run({QStringLiteral("repo"), QStringLiteral("init"), repo}).ok()); // made only on purpose
        QVERIFY(ctl.run(words("volume", "create", "v", "--size", "64M")).ok());
        const QString dev = ctl.device(QStringLiteral("v"));
        writeRandom(dev, 0, 8 * MiB, 1);
        writeText(dev, 48 * MiB, 4 * MiB);
        runSteps(ctl, small.path(), repo + QStringLiteral("/chunks"),
                 {{"data bigger than the free space", Change::BiggerThanFree, -1},
                  {"1 MiB free for a new chunk", Change::NewChunk, 1 * MiB},
                  {"64 KiB free for a new chunk", Change::NewChunk, 64 * 1024},
                  {"nothing free for a new chunk", Change::NewChunk, 0},
                  {"nothing free for the index", Change::Dedup, 0},
                  {"4 KiB free for the index", Change::Dedup, 4096}});
        report();
    }

    // The home fills up: the catalog (and the job records) cannot be written.
    void homeFull()
    {
        QTemporaryDir small, repoDir;
        QVERIFY(small.isValid() && repoDir.isValid());
        Mount m;
        const QString err = mountTmpfs(m, small.path(), QStringLiteral("24m"));
        if (!err.isEmpty())
            QFAIL(qPrintable(err));
        const QString repo = repoDir.filePath(QStringLiteral("repository"));
        Ctl ctl(small.path(), {QStringLiteral("--repository"), repo});
        QVERIFY(ctl.run({QStringLiteral("repo"), QStringLiteral("init"), repo}).ok()); // made only on purpose
        QVERIFY(ctl.run(words("volume", "create", "v", "--size", "16M")).ok());
        const QString dev = ctl.device(QStringLiteral("v"));
        writeRandom(dev, 0, 4 * MiB, 2);
        writeText(dev, 8 * MiB, 1 * MiB);
        runSteps(ctl, small.path(), repo + QStringLiteral("/chunks"),
                 {{"home: 64 KiB free", Change::NewChunk, 64 * 1024},
                  {"home: 16 KiB free", Change::NewChunk, 16 * 1024},
                  {"home: 4 KiB free", Change::NewChunk, 4096},
                  {"home: nothing free", Change::NewChunk, 0}});
        report();
    }
};

// Not root: run again in a user and mount namespace where mounting a tmpfs is allowed.
int main(int argc, char **argv)
{
    if (::geteuid() != 0 && qEnvironmentVariableIsEmpty("CLOUDBACKUP_FULLDISK_UNSHARED") &&
        std::system("unshare --map-root-user --mount true >/dev/null 2>&1") == 0) {
        ::setenv("CLOUDBACKUP_FULLDISK_UNSHARED", "1", 1);
        std::vector<char *> args{const_cast<char *>("unshare"), const_cast<char *>("--map-root-user"),
                                 const_cast<char *>("--mount")};
        for (int i = 0; i < argc; ++i)
            args.push_back(argv[i]);
        args.push_back(nullptr);
        ::execvp("unshare", args.data());
    }
    QCoreApplication app(argc, argv);
    TestFullDisk test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_fulldisk.moc"
