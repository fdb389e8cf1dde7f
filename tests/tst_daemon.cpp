// The runner as it lives: `cloudbackupctl daemon` left running under
// faketime at an accelerated clock, killed with SIGKILL in the middle of a
// run and started again, and a week of nightly runs with the data changing
// every day. What it leaves is read from the catalog and restored.
#include "CtlSupport.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cb::test;

namespace {

const QString Stamp = QStringLiteral("yyyy-MM-dd HH:mm:ss");

QProcessEnvironment fakeEnv()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    // faketime preloads its library ahead of the sanitizer's runtime (see tst_policycli).
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + u':') + QStringLiteral("verify_asan_link_order=0"));
    return env;
}

// A daemon whose clock starts at `start` (UTC) and runs `rate` times as fast
// as the real one; sleeps shrink by the same factor (libfaketime).
class Runner
{
public:
    Runner(const Ctl &ctl, const QDateTime &start, int rate) : m_start(start), m_rate(rate)
    {
        QProcessEnvironment env = fakeEnv();
        env.insert(QStringLiteral("LD_PRELOAD"), QStringLiteral(LIBFAKETIME));
        env.insert(QStringLiteral("FAKETIME"),
                   QStringLiteral("@%1 x%2").arg(start.toString(Stamp)).arg(rate));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_real.start();
        m_process.start(ctlPath(), ctl.fullArgs(words("daemon")));
    }
    ~Runner() { stop(); }
    bool started() { return m_process.waitForStarted(); }
    // Where its clock is at least: the fake clock started after our timer did.
    QDateTime clock() const { return m_start.addMSecs(m_real.elapsed() * m_rate); }
    void kill()
    {
        m_process.kill(); // SIGKILL
        m_process.waitForFinished();
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: the daemon ends its wait and exits
        if (!m_process.waitForFinished(30000))
            kill();
    }
    QString ending() const
    {
        return QStringLiteral("status %1 code %2 after %3 ms: %4")
            .arg(m_process.exitStatus())
            .arg(m_process.exitCode())
            .arg(m_real.elapsed())
            .arg(QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardOutput()));
    }
    bool exitedCleanly() const
    {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }

private:
    QDateTime m_start;
    int m_rate;
    QElapsedTimer m_real;
    QProcess m_process;
};

// Read-only look at the catalog the daemon writes (SQLite in WAL mode).
class CatalogReader
{
public:
    explicit CatalogReader(const QString &home)
        : m_name(QStringLiteral("reader-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(home + QStringLiteral("/catalog.sqlite"));
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        db.open();
    }
    ~CatalogReader() { QSqlDatabase::removeDatabase(m_name); }

    QList<QVariantList> rows(const QString &sql) const
    {
        QList<QVariantList> out;
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql))
            return out;
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row << q.value(i);
            out << row;
        }
        return out;
    }
    // The slots of the policy whose run has finished.
    QList<qint64> finishedSlots(const QString &policy) const
    {
        QList<qint64> out;
        for (const auto &r : rows(QStringLiteral("SELECT slot FROM policy_runs WHERE policy = '%1' AND "
                                                 "finished_at IS NOT NULL ORDER BY slot")
                                      .arg(policy)))
            out << r.value(0).toLongLong();
        return out;
    }
    int count(const QString &sql) const
    {
        const auto r = rows(sql);
        return r.isEmpty() ? -1 : r.first().value(0).toInt();
    }

private:
    QString m_name;
};

// Polls a condition until it holds or the deadline passes (QTRY-style).
bool waitUntil(const std::function<bool()> &done, int timeoutMs, int pollMs = 5)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(pollMs);
    }
    return true;
}

bool writeAt(const QString &path, qint64 offset, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.seek(offset) && f.write(data) == data.size();
}

QDateTime utc(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Stamp);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

} // namespace

class TestDaemon : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_homes = 0;

    Ctl newHome(const QStringList &volumes, qint64 size)
    {
        Ctl ctl(m_dir.filePath(QStringLiteral("home%1").arg(++m_homes)));
        for (const QString &v : volumes) {
            const auto made = ctl.run(words("volume", "create", v, "--size", QString::number(size)));
            if (!made.ok())
                qFatal("%s", qPrintable(made.describe()));
        }
        return ctl;
    }

    static CtlRun runAt(const Ctl &ctl, const QDateTime &at, const QStringList &args,
                        const QHash<QString, QString> &extra = {})
    {
        QProcess p;
        QProcessEnvironment env = fakeEnv();
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("faketime"), QStringList{at.toString(Stamp), ctlPath()} + ctl.fullArgs(args));
        return finishRun(p, 120000);
    }

private slots:
    void killedMidRunRunsEachSlotOnce();
    void aWeekOfNightsKeepsWhatTheRetentionSays();
    void aFailedRunIsMailedAndRecorded();
};

// Hourly runs of three volumes at 300× speed (an hour every 12 s, room for a slow sanitizer build): SIGKILL
// while the second volume's backup is being made, start again. The slot is taken over and finished without a
// second backup of the first volume; the next slot runs.
void TestDaemon::killedMidRunRunsEachSlotOnce()
{
    const qint64 size = 32 << 20;
    const QStringList names = words("vol1", "vol2", "vol3");
    const Ctl ctl = newHome(names, size);
    QHash<QString, QByteArray> sha;
    for (int i = 0; i < names.size(); ++i) {
        const QString device = ctl.device(names[i]);
        QVERIFY(writeAt(device, 0, randomBytes(size, 7 + i)));
        sha.insert(ctl.volume(names[i]).value(QLatin1String("id")).toString(), sha256Prefix(device));
    }
    const QDateTime created = utc(QStringLiteral("2026-05-04 01:00:00"));
    const auto made = runAt(ctl, created,
                            words("policy", "create", "hourly", "--volume", "vol1", "--volume", "vol2",
                                  "--volume", "vol3", "--schedule", "hourly", "--full-every", "3"));
    QVERIFY2(made.ok(), qPrintable(made.describe()));

    const int rate = 300;
    const CatalogReader catalog(ctl.home());
    const QString creating = QStringLiteral("SELECT COUNT(*) FROM backups WHERE status = 'creating'");
    const QString available = QStringLiteral("SELECT COUNT(*) FROM backups WHERE status = 'available'");
    auto first = std::make_unique<Runner>(ctl, utc(QStringLiteral("2026-05-04 01:59:50")), rate);
    QVERIFY(first->started());
    // Mid-run: one volume done, the next one being backed up.
    QVERIFY2(
        waitUntil([&] { return catalog.count(available) >= 1 && catalog.count(creating) == 1; }, 60000, 2),
        "the daemon never was in the middle of a run");
    first->kill();
    QCOMPARE(catalog.count(creating), 1); // what the killed run left behind
    const int before = catalog.count(available);
    QVERIFY(before >= 1 && before < names.size());
    QVERIFY(catalog.finishedSlots(QStringLiteral("hourly")).isEmpty());

    Runner second(ctl, first->clock(), rate);
    first.reset();
    const qint64 slot2 = utc(QStringLiteral("2026-05-04 02:00:00")).toMSecsSinceEpoch();
    const qint64 slot3 = utc(QStringLiteral("2026-05-04 03:00:00")).toMSecsSinceEpoch();
    QVERIFY2(waitUntil(
                 [&] {
                     const auto done = catalog.finishedSlots(QStringLiteral("hourly"));
                     return done.contains(slot3);
                 },
                 60000),
             "the runs of 02:00 and 03:00 did not finish");
    second.stop();
    QVERIFY2(second.exitedCleanly(), qPrintable(second.ending()));

    // Every slot claimed once and finished well; no hour between them missed.
    const auto runs = catalog.rows(
        QStringLiteral("SELECT slot, result FROM policy_runs WHERE policy = 'hourly' ORDER BY slot"));
    QVERIFY(runs.size() >= 2);
    for (int i = 0; i < runs.size(); ++i) {
        QCOMPARE(runs[i].value(0).toLongLong(), slot2 + i * qint64(3600000));
        QCOMPARE(runs[i].value(1).toString(), QStringLiteral("ok"));
    }
    // One backup per volume and slot: the killed one became an error row.
    const auto backups = catalog.rows(
        QStringLiteral("SELECT id, volume_id, created_at, status FROM backups ORDER BY created_at"));
    QHash<QPair<QString, qint64>, int> perSlot;
    int errors = 0;
    QStringList ids;
    for (const auto &b : backups) {
        if (b.value(3).toString() == QLatin1String("error")) {
            ++errors;
            continue;
        }
        QCOMPARE(b.value(3).toString(), QStringLiteral("available"));
        const qint64 at = b.value(2).toLongLong();
        const qint64 slot = slot2 + (at - slot2) / 3600000 * 3600000;
        ++perSlot[{b.value(1).toString(), slot}];
        ids << b.value(0).toString();
    }
    QCOMPARE(errors, 1);
    QCOMPARE(perSlot.size(), names.size() * runs.size());
    for (auto it = perSlot.cbegin(); it != perSlot.cend(); ++it)
        QVERIFY2(
            it.value() == 1,
            qPrintable(
                QStringLiteral("%1 backed up %2 times in one slot").arg(it.key().first).arg(it.value())));
    QVERIFY2(settledProblems(ctl).isEmpty(), qPrintable(settledProblems(ctl).join(u'\n')));
    for (const auto &b : backups) {
        if (b.value(3).toString() == QLatin1String("available")) {
            const QString problem = checkRestore(ctl, b.value(0).toString(), sha.value(b.value(1).toString()),
                                                 size, QStringLiteral("back"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }
}

// What keep-daily D and keep-weekly W keep of backups made at `times`
// (newest of each of the last N days / ISO weeks that have backups), with the
// parents of what is kept: worked out here from the times alone.
QSet<int> expectedKept(const QList<QDateTime> &times, int daily, int weekly,
                       const std::function<int(int)> &parent)
{
    QSet<int> kept;
    const auto keepNewestPer = [&](int n, const std::function<QString(const QDate &)> &period) {
        QSet<QString> seen;
        for (int i = int(times.size()) - 1; i >= 0 && seen.size() < n; --i) {
            const QString key = period(times[i].toUTC().date());
            if (!seen.contains(key)) {
                seen.insert(key);
                kept.insert(i);
            }
        }
    };
    keepNewestPer(daily, [](const QDate &d) { return d.toString(Qt::ISODate); });
    keepNewestPer(weekly, [](const QDate &d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return QStringLiteral("%1-%2").arg(year).arg(week);
    });
    for (const int i : QSet<int>(kept)) {
        for (int p = parent(i); p >= 0; p = parent(p))
            kept.insert(p);
    }
    return kept;
}

// Eight nights, Wednesday to Wednesday, at 21600× speed (a night every 4 s):
// the volumes change every day, the policy makes a full every second backup
// and prunes to keep-daily 2 and keep-weekly 2 after each run.
void TestDaemon::aWeekOfNightsKeepsWhatTheRetentionSays()
{
    const qint64 size = 4 << 20;
    const QStringList names = words("web", "db", "mail");
    const Ctl ctl = newHome(names, size);
    QHash<QString, QString> ids;
    for (const QString &n : names)
        ids.insert(n, ctl.volume(n).value(QLatin1String("id")).toString());
    const auto changeData = [&](int night) {
        QHash<QString, QByteArray> sha;
        for (int i = 0; i < names.size(); ++i) {
            const QString device = ctl.device(names[i]);
            // A different MiB each day, so incrementals have something to carry.
            if (!writeAt(device, (night % 4) << 20, randomBytes(1 << 20, quint32(night * 10 + i))))
                qFatal("cannot write %s", qPrintable(device));
            sha.insert(ids.value(names[i]), sha256Prefix(device));
        }
        return sha;
    };
    const QDateTime first = utc(QStringLiteral("2026-05-06 02:00:00"));
    const auto made = runAt(ctl, first.addDays(-1),
                            words("policy", "create", "nightly", "--match", "*", "--schedule", "*-*-* 02:00",
                                  "--full-every", "2", "--keep-daily", "2", "--keep-weekly", "2"));
    QVERIFY2(made.ok(), qPrintable(made.describe()));

    const int nights = 8;
    QList<QHash<QString, QByteArray>> shaByNight{changeData(0)};
    const CatalogReader catalog(ctl.home());
    Runner runner(ctl, first.addSecs(-30), 21600);
    QVERIFY(runner.started());
    for (int night = 0; night < nights; ++night) {
        const qint64 slot = first.addDays(night).toMSecsSinceEpoch();
        QVERIFY2(
            waitUntil([&] { return catalog.finishedSlots(QStringLiteral("nightly")).contains(slot); }, 30000),
            qPrintable(QStringLiteral("night %1 did not finish").arg(night)));
        if (night + 1 < nights)
            shaByNight << changeData(night + 1);
    }
    runner.stop();
    QVERIFY2(runner.exitedCleanly(), qPrintable(runner.ending()));
    QCOMPARE(catalog.finishedSlots(QStringLiteral("nightly")).size(), nights);

    // One backup a night and volume was made; the retention's set remains.
    QList<QDateTime> times;
    for (int night = 0; night < nights; ++night)
        times << first.addDays(night);
    const QSet<int> kept = expectedKept(times, 2, 2, [](int i) { return i % 2 ? i - 1 : -1; });
    QVERIFY(kept.size() < nights);
    const auto backups =
        catalog.rows(QStringLiteral("SELECT id, volume_id, created_at, status, kind FROM backups"));
    QHash<QString, QSet<int>> nightsLeft;
    for (const auto &b : backups) {
        QCOMPARE(b.value(3).toString(), QStringLiteral("available"));
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(b.value(2).toLongLong(), QTimeZone::utc());
        const int night = int(first.daysTo(at));
        QVERIFY(night >= 0 && night < nights && at >= times[night]);
        QVERIFY2(!nightsLeft[b.value(1).toString()].contains(night), "two backups in one night");
        nightsLeft[b.value(1).toString()].insert(night);
        QCOMPARE(b.value(4).toString(), night % 2 ? QStringLiteral("incremental") : QStringLiteral("full"));
        const QString problem =
            checkRestore(ctl, b.value(0).toString(), shaByNight[night].value(b.value(1).toString()), size,
                         QStringLiteral("back"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QCOMPARE(nightsLeft.size(), names.size());
    for (auto it = nightsLeft.cbegin(); it != nightsLeft.cend(); ++it)
        QCOMPARE(it.value(), kept);
    QVERIFY2(settledProblems(ctl).isEmpty(), qPrintable(settledProblems(ctl).join(u'\n')));
}

// A volume held by another program (a byte-range lock, as QEMU takes) and a
// policy without --force: the scheduled backup fails after its retry; one
// mail goes out through sendmail naming policy, volume, error and code, the
// journal and the job history have it. Without sendmail the journal says so.
void TestDaemon::aFailedRunIsMailedAndRecorded()
{
    const Ctl ctl = newHome(words("vol1"), 8 << 20);
    const QString volumeId = ctl.volume(QStringLiteral("vol1")).value(QLatin1String("id")).toString();
    const QDateTime created = utc(QStringLiteral("2026-05-04 01:00:00"));
    const auto bad = runAt(ctl, created,
                           words("policy", "create", "p", "--volume", "vol1", "--schedule", "*-*-* 02:00",
                                 "--mail-to", "ops@example.com\nBcc: x@example.com"));
    QCOMPARE(bad.code, 1); // no header can be slipped in through the address
    const auto made = runAt(ctl, created,
                            words("policy", "create", "p", "--volume", "vol1", "--schedule", "*-*-* 02:00",
                                  "--retries", "1", "--mail-to", "ops@example.com"));
    QVERIFY2(made.ok(), qPrintable(made.describe()));
    QCOMPARE(
        runAt(ctl, created, words("policy", "show", "p")).object().value(QLatin1String("mail_to")).toString(),
        QStringLiteral("ops@example.com"));

    // A sendmail that keeps what it was given: a real program at the boundary.
    const QString outbox = m_dir.filePath(QStringLiteral("outbox"));
    QVERIFY(QDir().mkpath(outbox));
    const QString sendmail = m_dir.filePath(QStringLiteral("sendmail"));
    {
        QFile script(sendmail);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write(QStringLiteral("#!/bin/sh\nf=$(mktemp %1/mail.XXXXXX)\necho \"$@\" > \"$f.args\"\n"
                                    "cat > \"$f\"\n")
                         .arg(outbox)
                         .toUtf8());
        script.close();
        script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QProcess holder;
    holder.start(QStringLiteral(LOCKHOLDER),
                 {QStringLiteral("ofd"), QStringLiteral("write"), QStringLiteral("5242880"),
                  QStringLiteral("1"), ctl.device(QStringLiteral("vol1"))});
    QVERIFY(holder.waitForReadyRead(10000));
    QVERIFY(holder.readAll().contains("locked"));

    const auto run = runAt(ctl, utc(QStringLiteral("2026-05-04 02:00:30")), words("daemon", "--once"),
                           {{QStringLiteral("CLOUDBACKUP_SENDMAIL"), sendmail}});
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Policy p failed for %1").arg(volumeId)), qPrintable(run.err));
    const QStringList mails = QDir(outbox).entryList({QStringLiteral("mail.??????")}, QDir::Files);
    QCOMPARE(mails.size(), 1);
    QFile mail(outbox + u'/' + mails.first());
    QVERIFY(mail.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(mail.readAll());
    QFile args(mail.fileName() + QStringLiteral(".args"));
    QVERIFY(args.open(QIODevice::ReadOnly));
    QCOMPARE(args.readAll().trimmed(), QByteArray("-t -oi"));
    QVERIFY2(text.startsWith(QLatin1String("To: ops@example.com\n")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\nSubject: =?UTF-8?B?")), qPrintable(text));
    const QString body = text.mid(text.indexOf(QLatin1String("\n\n")));
    QVERIFY2(body.contains(QLatin1String("policy p")) && body.contains(volumeId), qPrintable(text));
    QVERIFY2(body.contains(QLatin1String("in use")), qPrintable(text));
    static const QRegularExpression code(QStringLiteral("Code: [A-Z]+-[0-9A-F]{8}"));
    QVERIFY2(code.match(body).hasMatch(), qPrintable(text));

    // The job history has both attempts, each with why.
    int failedJobs = 0;
    for (const auto &j : ctl.run(words("job", "list")).array()) {
        const QJsonObject o = j.toObject();
        if (o.value(QLatin1String("volume")).toString() == volumeId &&
            o.value(QLatin1String("status")).toString() == QLatin1String("error") &&
            o.value(QLatin1String("error")).toString().contains(QLatin1String("in use")))
            ++failedJobs;
    }
    QCOMPARE(failedJobs, 2);

    // No sendmail: the journal says so and the run is still recorded as run.
    const auto noMail =
        runAt(ctl, utc(QStringLiteral("2026-05-05 02:00:30")), words("daemon", "--once"),
              {{QStringLiteral("CLOUDBACKUP_SENDMAIL"), m_dir.filePath(QStringLiteral("none"))}});
    QCOMPARE(noMail.code, 1);
    QVERIFY2(noMail.err.contains(QLatin1String("could not mail ops@example.com")), qPrintable(noMail.err));
    QVERIFY2(noMail.err.contains(QLatin1String("no sendmail")), qPrintable(noMail.err));
    QCOMPARE(CatalogReader(ctl.home()).finishedSlots(QStringLiteral("p")).size(), 2);
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished());
}

QTEST_GUILESS_MAIN(TestDaemon)
#include "tst_daemon.moc"
