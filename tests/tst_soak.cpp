#include "CtlSupport.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cb::test;

// Kill -9 at random moments: whatever a kill interrupts, the next command
// settles it, and every backup the catalog calls available restores to the
// data the volume held when it was taken.
//
// CLOUDBACKUP_SOAK_TRIALS (default 80) trials; CLOUDBACKUP_SOAK_SEED repeats a run.
class TestSoak : public QObject
{
    Q_OBJECT

    enum class Op
    {
        Full,
        Incremental,
        RestoreNew,
        RestoreOver,
        DeleteLeaf,
        DeleteSeveral,
        Gc
    };
    static QString opName(Op op)
    {
        switch (op) {
        case Op::Full:
            return QStringLiteral("full backup");
        case Op::Incremental:
            return QStringLiteral("incremental backup");
        case Op::RestoreNew:
            return QStringLiteral("restore to a new volume");
        case Op::RestoreOver:
            return QStringLiteral("restore over a volume");
        case Op::DeleteLeaf:
            return QStringLiteral("delete of a leaf");
        case Op::DeleteSeveral:
            return QStringLiteral("delete of several");
        case Op::Gc:
            return QStringLiteral("repo gc");
        }
        return {};
    }

    struct Data
    {
        QByteArray sha;
        qint64 size = 0;
    };

    static constexpr qint64 MiB = 1 << 20;
    static constexpr qint64 TargetSize = 128 * MiB;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ctl> m_ctl;
    QRandomGenerator m_rng;
    QString m_dev;
    QHash<QString, Data> m_expected; // backup id -> the data it was taken of
    QSet<QString> m_seen;            // every backup id ever listed
    QStringList m_violations;
    QSet<QString> m_reported; // a lasting problem is reported once, when first seen
    QHash<Op, double> m_typicalMs;
    bool m_lastResizeShrank = false;
    int m_restoreCounter = 0;

    int below(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
    qint64 below64(qint64 n) { return n <= 1 ? 0 : qint64(m_rng.bounded(quint64(n))); }

    void violation(int trial, const QString &what)
    {
        if (m_reported.contains(what))
            return;
        m_reported.insert(what);
        const QString line = QStringLiteral("trial %1: %2").arg(trial).arg(what);
        qWarning().noquote() << "VIOLATION" << line;
        m_violations << line;
    }

    // Random writes, text, holes, and now and then a resize (grow after a shrink).
    void mutate()
    {
        qint64 size = fileSize(m_dev);
        if (below(100) < 15) {
            qint64 next;
            if (m_lastResizeShrank)
                next = size + (1 + below64(32)) * MiB + below64(16) * 64 * 1024;
            else
                next = std::max<qint64>(16 * MiB, size - (1 + below64(32)) * MiB - below64(16) * 64 * 1024);
            next = std::min<qint64>(next, 96 * MiB);
            m_lastResizeShrank = next < size;
            QFile f(m_dev);
            QVERIFY(f.resize(next));
            size = next;
        }
        const int writes = 1 + below(3);
        for (int i = 0; i < writes; ++i) {
            const qint64 at = below64(size / 4096) * 4096;
            const qint64 len = std::min<qint64>(size - at, 4096 + below64(6 * MiB));
            writeRandom(m_dev, at, len, m_rng.generate());
        }
        if (below(100) < 30) {
            const qint64 at = below64(size / 4096) * 4096;
            writeText(m_dev, at, std::min<qint64>(size - at, 4096 + below64(4 * MiB)));
        }
        if (below(100) < 30) {
            const qint64 at = below64(size / 4096) * 4096;
            punchHole(m_dev, at, std::min<qint64>(size - at, 4096 + below64(8 * MiB)));
        }
    }

    QStringList available(const QHash<QString, QJsonObject> &backups) const
    {
        QStringList ids;
        for (auto it = backups.cbegin(); it != backups.cend(); ++it) {
            if (it->value(QStringLiteral("status")).toString() == QLatin1String("available"))
                ids << it.key();
        }
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // Available backups without a dependant (an error child holds no data).
    QStringList leaves(const QHash<QString, QJsonObject> &backups) const
    {
        QSet<QString> parents;
        for (const QJsonObject &b : backups) {
            if (b.value(QStringLiteral("status")).toString() != QLatin1String("error"))
                parents.insert(b.value(QStringLiteral("parent")).toString());
        }
        QStringList out;
        for (const QString &id : available(backups)) {
            if (!parents.contains(id))
                out << id;
        }
        return out;
    }

    // A leaf and some of its ancestors that would become leaves in turn, and maybe another leaf.
    QStringList several(const QHash<QString, QJsonObject> &backups)
    {
        const QStringList ls = leaves(backups);
        if (ls.isEmpty())
            return {};
        QStringList set{ls[below(int(ls.size()))]};
        const int up = 1 + below(3);
        for (int i = 0; i < up; ++i) {
            const QString parent = backups.value(set.last()).value(QStringLiteral("parent")).toString();
            if (parent.isEmpty() || backups.value(parent).value(QStringLiteral("status")).toString() !=
                                        QLatin1String("available"))
                break;
            bool onlyChildInSet = true;
            for (const QJsonObject &b : backups) {
                if (b.value(QStringLiteral("parent")).toString() == parent &&
                    b.value(QStringLiteral("status")).toString() != QLatin1String("error") &&
                    !set.contains(b.value(QStringLiteral("id")).toString()))
                    onlyChildInSet = false;
            }
            if (!onlyChildInSet)
                break;
            set << parent;
        }
        if (ls.size() > 1 && below(2) == 0) {
            const QString other = ls[below(int(ls.size()))];
            if (!set.contains(other))
                set << other;
        }
        return set;
    }

    void checkRestoreOf(int trial, const QString &id)
    {
        if (!m_expected.contains(id)) {
            violation(trial, QStringLiteral("backup %1 is available but no attempt made it").arg(id));
            return;
        }
        const Data d = m_expected.value(id);
        const QString problem =
            checkRestore(*m_ctl, id, d.sha, d.size, QStringLiteral("chk-%1").arg(++m_restoreCounter));
        if (!problem.isEmpty())
            violation(trial, problem);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!ctlPath().isEmpty(), "CLOUDBACKUPCTL is not set"); }

    void killAtRandom()
    {
        QElapsedTimer wall;
        wall.start();
        const int trials = intFromEnv("CLOUDBACKUP_SOAK_TRIALS", 80);
        const quint32 seed = seedFromEnv("CLOUDBACKUP_SOAK_SEED");
        qInfo().noquote() << QStringLiteral("soak: %1 trials, seed %2 (CLOUDBACKUP_SOAK_SEED=%2 repeats it)")
                                 .arg(trials)
                                 .arg(seed);
        m_rng.seed(seed);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ctl = std::make_unique<Ctl>(m_dir->path());
        QVERIFY(m_ctl->run(words("volume", "create", "src", "--size", "64M")).ok());
        QVERIFY(m_ctl->run(words("volume", "create", "target", "--size", QString::number(TargetSize))).ok());
        m_dev = m_ctl->device(QStringLiteral("src"));
        QVERIFY(!m_dev.isEmpty());
        writeRandom(m_dev, 0, 16 * MiB, seed);
        writeText(m_dev, 24 * MiB, 8 * MiB);
        for (Op op : {Op::Full, Op::Incremental, Op::RestoreNew, Op::RestoreOver, Op::DeleteLeaf,
                      Op::DeleteSeveral, Op::Gc})
            m_typicalMs.insert(op, 120);

        for (int t = 1; t <= trials; ++t) {
            if (t > 1)
                mutate();
            const Data now{sha256Prefix(m_dev), fileSize(m_dev)};
            const auto before = byId(m_ctl->backups());
            for (const QString &id : before.keys())
                m_seen.insert(id);
            const QStringList avail = available(before);

            const int pick = below(100);
            Op op = pick < 20   ? Op::Full
                    : pick < 45 ? Op::Incremental
                    : pick < 57 ? Op::RestoreNew
                    : pick < 69 ? Op::RestoreOver
                    : pick < 81 ? Op::DeleteLeaf
                    : pick < 91 ? Op::DeleteSeveral
                                : Op::Gc;
            if (avail.isEmpty() && op != Op::Gc)
                op = Op::Full;
            QStringList args;
            QStringList deleting;
            QString restored, newVolume;
            switch (op) {
            case Op::Full:
                args = words("backup", "create", "src");
                break;
            case Op::Incremental:
                args = words("backup", "create", "src", "--incremental");
                break;
            case Op::RestoreNew:
                restored = avail[below(int(avail.size()))];
                newVolume = QStringLiteral("rn-%1").arg(t);
                args = words("backup", "restore", restored, "--new-volume", newVolume);
                break;
            case Op::RestoreOver:
                restored = avail[below(int(avail.size()))];
                args = words("backup", "restore", restored, "--to", "target", "--yes");
                break;
            case Op::DeleteLeaf: {
                const QStringList ls = leaves(before);
                if (ls.isEmpty()) {
                    op = Op::Gc;
                    args = words("repo", "gc");
                    break;
                }
                deleting = {ls[below(int(ls.size()))]};
                args = words("backup", "delete") + deleting;
                break;
            }
            case Op::DeleteSeveral:
                deleting = several(before);
                if (deleting.isEmpty()) {
                    op = Op::Gc;
                    args = words("repo", "gc");
                    break;
                }
                args = words("backup", "delete") + deleting;
                break;
            case Op::Gc:
                args = words("repo", "gc");
                break;
            }

            // Kill right at start, at a random moment of its typical run, or (now and then) not at all.
            const int n = std::max(10, int(m_typicalMs.value(op) * 1.3));
            const int mode = below(100);
            const int delay = mode < 15 ? 0 : mode < 25 ? 60000 : 1 + below(n);
            const CtlRun run = m_ctl->runKilledAfter(args, delay);
            if (!run.killed && run.ok())
                m_typicalMs[op] = 0.7 * m_typicalMs.value(op) + 0.3 * double(run.elapsedMs);
            qInfo().noquote() << QStringLiteral("trial %1: %2 [%3] delay %4 ms -> %5 after %6 ms")
                                     .arg(t)
                                     .arg(opName(op), args.join(u' '))
                                     .arg(delay == 60000 ? QStringLiteral("none") : QString::number(delay))
                                     .arg(run.killed ? QStringLiteral("killed") : run.describe())
                                     .arg(run.elapsedMs);
            if (!run.killed && !run.ok())
                violation(t, QStringLiteral("%1 failed without a kill: %2").arg(opName(op), run.describe()));

            // Any command settles what the kill left.
            const CtlRun settle = m_ctl->run(words("backup", "list"));
            if (!settle.ok())
                violation(t, QStringLiteral("backup list after the kill failed: %1").arg(settle.describe()));
            for (const QString &p : settledProblems(*m_ctl))
                violation(t, p);

            const auto after = byId(m_ctl->backups());
            QStringList fresh;
            for (auto it = after.cbegin(); it != after.cend(); ++it) {
                if (m_seen.contains(it.key()))
                    continue;
                m_seen.insert(it.key());
                if (op == Op::Full || op == Op::Incremental) {
                    m_expected.insert(it.key(), now);
                    if (it->value(QStringLiteral("status")).toString() == QLatin1String("available"))
                        fresh << it.key();
                } else {
                    violation(t, QStringLiteral("backup %1 appeared during a %2").arg(it.key(), opName(op)));
                }
            }
            if ((op == Op::Full || op == Op::Incremental) && run.ok() &&
                !after.contains(run.object().value(QStringLiteral("id")).toString()))
                violation(t, QStringLiteral("the backup the command reported is not listed"));
            for (const QString &id : avail) {
                if (!after.contains(id)) {
                    if (!deleting.contains(id))
                        violation(t, QStringLiteral("backup %1 vanished during a %2").arg(id, opName(op)));
                    continue;
                }
                const QString status = after.value(id).value(QStringLiteral("status")).toString();
                if (status != QLatin1String("available"))
                    violation(t, QStringLiteral("earlier backup %1 went from available to \"%2\" during a %3")
                                     .arg(id, status, opName(op)));
            }
            if (!deleting.isEmpty() && run.ok()) {
                for (const QString &id : std::as_const(deleting)) {
                    if (after.contains(id))
                        violation(t,
                                  QStringLiteral("delete succeeded but backup %1 is still listed").arg(id));
                }
            }

            // A restore to a new volume leaves it absent, in error, or whole.
            if (op == Op::RestoreNew) {
                const QJsonObject v = m_ctl->volume(newVolume);
                const QString status = v.value(QStringLiteral("status")).toString();
                if (status == QLatin1String("available")) {
                    const Data d = m_expected.value(restored);
                    const QString dev = v.value(QStringLiteral("device")).toString();
                    if (fileSize(dev) != d.size || sha256Prefix(dev) != d.sha)
                        violation(t,
                                  QStringLiteral("restore of %1 to the new volume %2 was %3 and left it "
                                                 "\"available\" with wrong content (%4 bytes, expected %5)")
                                      .arg(restored, newVolume,
                                           run.killed ? QStringLiteral("killed") : run.describe())
                                      .arg(fileSize(dev))
                                      .arg(d.size));
                } else if (!v.isEmpty() && status != QLatin1String("error")) {
                    violation(t, QStringLiteral("restored volume %1 is \"%2\"").arg(newVolume, status));
                } else if (run.ok()) {
                    violation(t, QStringLiteral("restore to %1 succeeded but the volume is %2")
                                     .arg(newVolume, v.isEmpty() ? QStringLiteral("absent") : status));
                }
                if (!v.isEmpty()) {
                    const CtlRun del = m_ctl->run(words("volume", "delete", newVolume));
                    if (!del.ok())
                        violation(t, QStringLiteral("cannot delete volume %1 after its restore: %2")
                                         .arg(newVolume, del.describe()));
                }
            }
            if (op == Op::RestoreOver && run.ok()) {
                const Data d = m_expected.value(restored);
                if (sha256Prefix(m_ctl->device(QStringLiteral("target")), d.size) != d.sha)
                    violation(t,
                              QStringLiteral("restore of %1 over the volume target differs from the backup")
                                  .arg(restored));
            }

            // New backups restore now; a sample of the older ones too.
            for (const QString &id : std::as_const(fresh))
                checkRestoreOf(t, id);
            const QStringList still = available(after);
            for (int i = 0; i < 2 && !still.isEmpty(); ++i) {
                const QString id = still[below(int(still.size()))];
                if (!fresh.contains(id))
                    checkRestoreOf(t, id);
            }
        }

        // At the end every available backup restores, and the repository verifies.
        const auto last = byId(m_ctl->backups());
        const QStringList finalAvail = available(last);
        for (const QString &id : finalAvail)
            checkRestoreOf(trials + 1, id);
        const CtlRun verify = m_ctl->run(words("repo", "verify"));
        if (!verify.ok())
            violation(trials + 1, QStringLiteral("repo verify failed: %1 %2")
                                      .arg(verify.describe(), QString::fromUtf8(verify.out).simplified()));
        qInfo().noquote() << QStringLiteral("soak: %1 trials in %2 s, %3 backups listed at the end (%4 "
                                            "available), %5 violations, seed %6")
                                 .arg(trials)
                                 .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 1)
                                 .arg(last.size())
                                 .arg(finalAvail.size())
                                 .arg(m_violations.size())
                                 .arg(seed);
        if (!m_violations.isEmpty())
            QFAIL(
                qPrintable(QStringLiteral("%1 violation(s), seed %2:\n").arg(m_violations.size()).arg(seed) +
                           m_violations.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
