#include "CtlSupport.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace cb::test;

// Two and four cloudbackupctl processes racing on one catalog and one
// repository. After every round, with nothing running: no broken chain, no
// stuck status, no spurious failure, and every available backup restores
// byte for byte to the data it was taken of.
//
// A failure is legitimate only when a chain rule refuses the command
// because of what the other racer did:
//   - delete of a backup another racer just made a parent ("... cannot be
//     deleted while these backups depend on it"), or that another racer
//     holds ("... is busy");
//   - restore over a volume another racer is restoring ("... is being
//     restored by another job").
// Anything else (a missing manifest, a database error, a crash, a hang) is
// spurious. Every scenario gives each racer its own target, so two racers
// never ask for the very same thing.
//
// CLOUDBACKUP_RACE_ROUNDS (default 50) rounds per scenario, alternating two
// and four racing processes; CLOUDBACKUP_RACE_SEED repeats the data written.
class TestRaces : public QObject
{
    Q_OBJECT

    enum Scenario
    {
        Incrementals,
        DeleteVsIncremental,
        DeletesInOneChain,
        GcVsDelete,
        OverlappingRestores
    };

    struct Data
    {
        QByteArray sha;
        qint64 size = 0;
    };

    static constexpr qint64 MiB = 1 << 20;
    static constexpr qint64 VolumeSize = 16 * MiB;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Ctl> m_ctl;
    QRandomGenerator m_rng;
    QHash<QString, Data> m_expected;
    QHash<QString, QString> m_devices; // volume name -> image
    QStringList m_violations;
    QSet<QString> m_reported;    // a lasting problem is reported once, when first seen
    QHash<QString, int> m_legit; // legitimate refusals seen, by reason
    int m_round = 0;
    int m_counter = 0;

    void violation(const QString &what)
    {
        if (m_reported.contains(what))
            return;
        m_reported.insert(what);
        const QString line =
            QStringLiteral("round %1 (%2 processes): %3").arg(m_round).arg(m_round % 2 ? 2 : 4).arg(what);
        qWarning().noquote() << "VIOLATION" << line;
        m_violations << line;
    }

    QString createVolume(const QString &name)
    {
        const CtlRun r = m_ctl->run(words("volume", "create", name, "--size", QString::number(VolumeSize)));
        if (!r.ok()) {
            violation(QStringLiteral("cannot create volume %1: %2").arg(name, r.describe()));
            return {};
        }
        const QString dev = r.object().value(QStringLiteral("device")).toString();
        m_devices.insert(name, dev);
        writeRandom(dev, 0, 6 * MiB, m_rng.generate());
        writeText(dev, 8 * MiB, 2 * MiB);
        return dev;
    }

    Data mutate(const QString &volume)
    {
        const QString dev = m_devices.value(volume);
        const qint64 at = qint64(m_rng.bounded(quint32(VolumeSize / 4096))) * 4096;
        writeRandom(dev, at, std::min<qint64>(VolumeSize - at, 64 * 1024 + m_rng.bounded(2 * MiB)),
                    m_rng.generate());
        return Data{sha256Prefix(dev), fileSize(dev)};
    }

    // A sequential backup (setup, not part of the race); its id.
    QString backup(const QString &volume, bool incremental)
    {
        const Data d = mutate(volume);
        QStringList args = words("backup", "create", volume);
        if (incremental)
            args << QStringLiteral("--incremental");
        const CtlRun r = m_ctl->run(args);
        if (!r.ok()) {
            violation(QStringLiteral("setup backup of %1 failed: %2").arg(volume, r.describe()));
            return {};
        }
        const QString id = r.object().value(QStringLiteral("id")).toString();
        m_expected.insert(id, d);
        return id;
    }

    QList<CtlRun> race(const QList<QStringList> &commands)
    {
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch();
        std::vector<std::unique_ptr<QProcess>> procs;
        for (const QStringList &c : commands)
            procs.push_back(m_ctl->start(c));
        QList<CtlRun> runs;
        for (auto &p : procs)
            runs << finishRun(*p, 120000, false, t0);
        for (int i = 0; i < runs.size(); ++i) {
            if (runs[i].hung || runs[i].crashed)
                violation(QStringLiteral("[%1] %2").arg(commands[i].join(u' '), runs[i].describe()));
        }
        return runs;
    }

    // A refusal of a chain rule caused by the other racer (see the class comment).
    bool legitimate(const CtlRun &r, const QStringList &allowed)
    {
        for (const QString &reason : allowed) {
            if (r.err.contains(reason)) {
                m_legit[reason]++;
                return true;
            }
        }
        return false;
    }

    void expectOk(const QStringList &command, const CtlRun &r, const QStringList &allowed = {})
    {
        if (r.ok() || r.hung || r.crashed)
            return;
        if (!legitimate(r, allowed))
            violation(QStringLiteral("spurious failure of [%1]: %2").arg(command.join(u' '), r.describe()));
    }

    void checkRestoreOf(const QString &id)
    {
        if (!m_expected.contains(id)) {
            violation(QStringLiteral("available backup %1 has no known data").arg(id));
            return;
        }
        const Data d = m_expected.value(id);
        const QString problem =
            checkRestore(*m_ctl, id, d.sha, d.size, QStringLiteral("chk-%1").arg(++m_counter));
        if (!problem.isEmpty())
            violation(problem);
    }

    // With nothing running: no stuck status, no broken chain.
    void checkSettled()
    {
        for (const QString &p : settledProblems(*m_ctl))
            violation(p);
    }

    QString availableStatus(const QString &id)
    {
        const CtlRun r = m_ctl->run(words("backup", "show", id));
        return r.ok() ? r.object().value(QStringLiteral("status")).toString() : QStringLiteral("(gone)");
    }

    static QString idOf(const CtlRun &r) { return r.object().value(QStringLiteral("id")).toString(); }

    const QString DependReason = QStringLiteral("cannot be deleted while these backups depend on it");
    const QString BusyReason = QStringLiteral("is busy");
    const QString BeingRestoredReason = QStringLiteral("is being restored by another job");

    void roundIncrementals(int n)
    {
        const Data d = mutate(QStringLiteral("v"));
        QList<QStringList> cmds;
        for (int i = 0; i < n; ++i)
            cmds << words("backup", "create", "v", "--incremental");
        const auto runs = race(cmds);
        QStringList made;
        for (int i = 0; i < n; ++i) {
            expectOk(cmds[i], runs[i]);
            if (runs[i].ok()) {
                m_expected.insert(idOf(runs[i]), d);
                checkRestoreOf(idOf(runs[i]));
                made << idOf(runs[i]);
            }
        }
        pruneSiblings(made);
    }

    // The new backups of a round are siblings, or a short chain when one racer
    // finished before another chose its parent (R2: the newest available).
    // One leaf and its ancestors among them stay; the rest go, so the
    // catalog stays small.
    // Deletes the racing incrementals except one chain; returns its leaf, the
    // backup a later round may delete (the last one made can be a parent of a
    // pruned sibling, and go with it).
    QString pruneSiblings(QStringList made)
    {
        if (made.size() < 2)
            return made.value(0);
        const QHash<QString, QJsonObject> all = byId(m_ctl->backups());
        QString keep = made.last();
        for (const QString &id : std::as_const(made)) {
            bool parentOfAnother = false;
            for (const QString &other : std::as_const(made))
                parentOfAnother =
                    parentOfAnother || all.value(other).value(QStringLiteral("parent")).toString() == id;
            if (!parentOfAnother)
                keep = id;
        }
        for (QString id = keep; made.contains(id);
             id = all.value(id).value(QStringLiteral("parent")).toString())
            made.removeAll(id);
        if (made.isEmpty())
            return keep;
        checkSettled();
        const CtlRun r = m_ctl->run(words("backup", "delete") + made);
        if (!r.ok())
            violation(QStringLiteral("cleanup delete of %1 failed: %2").arg(made.join(u' '), r.describe()));
        return keep;
    }

    QString m_leaf; // newest incremental of v in the delete-vs-incremental scenario

    void roundDeleteVsIncremental(int n)
    {
        if (m_leaf.isEmpty())
            m_leaf = backup(QStringLiteral("v"), true);
        const Data d = mutate(QStringLiteral("v"));
        QList<QStringList> cmds{words("backup", "delete", m_leaf)};
        for (int i = 1; i < n; ++i)
            cmds << words("backup", "create", "v", "--incremental");
        const auto runs = race(cmds);
        expectOk(cmds[0], runs[0], {DependReason});
        const bool deleted = runs[0].ok();
        if (deleted && availableStatus(m_leaf) != QLatin1String("(gone)"))
            violation(QStringLiteral("backup %1 was deleted but is still listed").arg(m_leaf));
        if (!deleted && availableStatus(m_leaf) != QLatin1String("available"))
            violation(QStringLiteral("backup %1 was not deleted but is \"%2\"")
                          .arg(m_leaf, availableStatus(m_leaf)));
        QStringList made;
        for (int i = 1; i < n; ++i) {
            expectOk(cmds[i], runs[i]);
            if (runs[i].ok()) {
                m_expected.insert(idOf(runs[i]), d);
                checkRestoreOf(idOf(runs[i]));
                const QString parent = runs[i].object().value(QStringLiteral("parent")).toString();
                if (deleted && parent == m_leaf)
                    violation(
                        QStringLiteral("incremental %1 was built on %2, which the racing delete removed")
                            .arg(idOf(runs[i]), m_leaf));
                made << idOf(runs[i]);
            }
        }
        // The next round deletes a leaf again: the kept new incremental, or a fresh one.
        m_leaf = pruneSiblings(made);
    }

    void roundDeletesInOneChain(int n)
    {
        QStringList tail;
        for (int i = 0; i < n; ++i)
            tail << backup(QStringLiteral("v"), true);
        if (tail.contains(QString()))
            return;
        QList<QStringList> cmds;
        for (const QString &id : std::as_const(tail))
            cmds << words("backup", "delete", id);
        const auto runs = race(cmds);
        for (int i = 0; i < n; ++i) {
            // The leaf always goes; the others may be refused while a dependant exists.
            expectOk(cmds[i], runs[i], i + 1 < n ? QStringList{DependReason, BusyReason} : QStringList());
            const QString status = availableStatus(tail[i]);
            if (runs[i].ok() && status != QLatin1String("(gone)"))
                violation(QStringLiteral("backup %1 was deleted but is \"%2\"").arg(tail[i], status));
            if (!runs[i].ok() && status != QLatin1String("available"))
                violation(QStringLiteral("backup %1 was not deleted but is \"%2\"").arg(tail[i], status));
        }
        checkSettled();
        // What survived restores; then it goes, leaf first, so the chain stays short.
        QStringList left;
        for (const QString &id : std::as_const(tail)) {
            if (availableStatus(id) == QLatin1String("available")) {
                checkRestoreOf(id);
                left << id;
            }
        }
        if (!left.isEmpty()) {
            const CtlRun r = m_ctl->run(words("backup", "delete") + left);
            if (!r.ok())
                violation(
                    QStringLiteral("cleanup delete of %1 failed: %2").arg(left.join(u' '), r.describe()));
        }
    }

    void roundGcVsDelete(int n)
    {
        const int deleters = n / 2;
        QList<QStringList> cmds;
        for (int i = 0; i < deleters; ++i) {
            const QString vol = QStringLiteral("d%1").arg(i);
            QStringList ids{backup(vol, false), backup(vol, true), backup(vol, true)};
            if (ids.contains(QString()))
                return;
            cmds << words("backup", "delete") + ids;
        }
        for (int i = deleters; i < n; ++i)
            cmds << words("repo", "gc");
        const auto runs = race(cmds);
        for (int i = 0; i < n; ++i)
            expectOk(cmds[i], runs[i]);
        const CtlRun verify = m_ctl->run(words("repo", "verify"));
        if (!verify.ok())
            violation(QStringLiteral("repo verify after the race failed: %1 %2")
                          .arg(verify.describe(), QString::fromUtf8(verify.out).simplified()));
    }

    void roundOverlappingRestores(int n)
    {
        // A backup of its own each round, so every round shows the race afresh.
        const QString id = backup(QStringLiteral("v"), true);
        if (id.isEmpty())
            return;
        const Data d = m_expected.value(id);
        QList<QStringList> cmds{words("backup", "restore", id, "--to", "target", "--yes")};
        QStringList names;
        for (int i = 1; i < n; ++i) {
            names << QStringLiteral("r%1-%2").arg(m_round).arg(i);
            cmds << words("backup", "restore", id, "--new-volume", names.last());
        }
        const auto runs = race(cmds);
        for (int i = 0; i < n; ++i)
            expectOk(cmds[i], runs[i]);
        const QString status = availableStatus(id);
        if (status != QLatin1String("available"))
            violation(QStringLiteral("backup %1 stays \"%2\" after %3 overlapping restores ended")
                          .arg(id, status)
                          .arg(n));
        if (runs[0].ok() && sha256Prefix(m_devices.value(QStringLiteral("target")), d.size) != d.sha)
            violation(QStringLiteral("restore over target differs from backup %1").arg(id));
        for (int i = 1; i < n; ++i) {
            if (!runs[i].ok())
                continue;
            const QString dev = runs[i].object().value(QStringLiteral("device")).toString();
            if (fileSize(dev) != d.size || sha256Prefix(dev) != d.sha)
                violation(
                    QStringLiteral("restore of %1 to %2 differs from the backup").arg(id, names[i - 1]));
            const CtlRun del = m_ctl->run(words("volume", "delete", names[i - 1]));
            if (!del.ok())
                violation(QStringLiteral("cannot delete volume %1: %2").arg(names[i - 1], del.describe()));
        }
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!ctlPath().isEmpty(), "CLOUDBACKUPCTL is not set"); }

    void race_data()
    {
        QTest::addColumn<int>("scenario");
        const std::pair<Scenario, const char *> scenarios[] = {{Incrementals, "incrementals"},
                                                               {DeleteVsIncremental, "delete-vs-incremental"},
                                                               {DeletesInOneChain, "deletes-in-one-chain"},
                                                               {GcVsDelete, "gc-vs-delete"},
                                                               {OverlappingRestores, "overlapping-restores"}};
        for (const auto &[s, name] : scenarios)
            QTest::newRow(name) << int(s);
    }

    void race()
    {
        QFETCH(int, scenario);
        QElapsedTimer wall;
        wall.start();
        const int rounds = intFromEnv("CLOUDBACKUP_RACE_ROUNDS", 50);
        const quint32 seed = seedFromEnv("CLOUDBACKUP_RACE_SEED");
        m_rng.seed(seed);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_ctl = std::make_unique<Ctl>(m_dir->path());
        m_expected.clear();
        m_devices.clear();
        m_violations.clear();
        m_reported.clear();
        m_legit.clear();
        m_leaf.clear();
        m_round = 0;

        // Setup: a volume with a full backup; a keeper volume whose backup every gc must spare.
        QVERIFY(!createVolume(QStringLiteral("v")).isEmpty());
        QVERIFY(!createVolume(QStringLiteral("keeper")).isEmpty());
        QVERIFY(!createVolume(QStringLiteral("target")).isEmpty());
        for (int i = 0; i < 2; ++i)
            QVERIFY(!createVolume(QStringLiteral("d%1").arg(i)).isEmpty());
        const QString first = backup(QStringLiteral("v"), false);
        QVERIFY(!first.isEmpty());
        QVERIFY(!backup(QStringLiteral("keeper"), false).isEmpty());

        for (m_round = 1; m_round <= rounds; ++m_round) {
            const int processes = m_round % 2 ? 2 : 4;
            switch (Scenario(scenario)) {
            case Incrementals:
                roundIncrementals(processes);
                break;
            case DeleteVsIncremental:
                roundDeleteVsIncremental(processes);
                break;
            case DeletesInOneChain:
                roundDeletesInOneChain(processes);
                break;
            case GcVsDelete:
                roundGcVsDelete(processes);
                break;
            case OverlappingRestores:
                roundOverlappingRestores(processes);
                break;
            }
            checkSettled();
        }

        // Every available backup restores; the repository verifies.
        const auto all = byId(m_ctl->backups());
        int available = 0;
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it->value(QStringLiteral("status")).toString() == QLatin1String("available")) {
                ++available;
                checkRestoreOf(it.key());
            }
        }
        const CtlRun verify = m_ctl->run(words("repo", "verify"));
        if (!verify.ok())
            violation(QStringLiteral("repo verify failed: %1 %2")
                          .arg(verify.describe(), QString::fromUtf8(verify.out).simplified()));
        QStringList legit;
        for (auto it = m_legit.cbegin(); it != m_legit.cend(); ++it)
            legit << QStringLiteral("\"%1\" x%2").arg(it.key()).arg(it.value());
        qInfo().noquote() << QStringLiteral(
                                 "%1: %2 rounds (2 and %3 processes) in %4 s; %5 backups (%6 available); "
                                 "legitimate refusals: %7; %8 violations; seed %9")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .arg(rounds)
                                 .arg(4)
                                 .arg(double(wall.elapsed()) / 1000.0, 0, 'f', 1)
                                 .arg(all.size())
                                 .arg(available)
                                 .arg(legit.isEmpty() ? QStringLiteral("none")
                                                      : legit.join(QStringLiteral(", ")))
                                 .arg(m_violations.size())
                                 .arg(seed);
        if (!m_violations.isEmpty()) {
            QStringList shown = m_violations.mid(0, 30);
            if (m_violations.size() > shown.size())
                shown << QStringLiteral("... and %1 more").arg(m_violations.size() - shown.size());
            QFAIL(qPrintable(
                QStringLiteral("%1 violation(s) in %2 rounds:\n").arg(m_violations.size()).arg(rounds) +
                shown.join(u'\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
