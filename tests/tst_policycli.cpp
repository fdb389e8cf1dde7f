// Policies, pruning and protection as an administrator uses them: through
// cloudbackupctl, with the clock set by faketime so backups get the creation
// times the retention table needs, and the daemon run at chosen moments.
#include "CtlSupport.h"
#include "TestSupport.h"

#include "catalog/Catalog.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cb::test;

namespace {

// cloudbackupctl under faketime, its clock starting at `at` (UTC).
CtlRun runAt(const Ctl &ctl, const QString &at, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    // faketime preloads its library ahead of the sanitizer's runtime in an
    // ASan build; the sanitizer works all the same once told not to mind.
    QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    env.insert(QStringLiteral("ASAN_OPTIONS"),
               (asan.isEmpty() ? QString() : asan + u':') + QStringLiteral("verify_asan_link_order=0"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("faketime"), QStringList{at, ctlPath()} + ctl.fullArgs(args));
    CtlRun r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.hung = true;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.crashed = p.exitStatus() != QProcess::NormalExit;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QSet<QString> idsOf(const QJsonArray &backups)
{
    QSet<QString> ids;
    for (const auto &b : backups)
        ids.insert(b.toObject().value(QLatin1String("id")).toString());
    return ids;
}

} // namespace

class TestPolicyCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_homes = 0;

    Ctl newHome()
    {
        Ctl ctl(m_dir.filePath(QStringLiteral("home%1").arg(++m_homes)));
        const auto made = ctl.run(words("volume", "create", "vol1", "--size", "8M"));
        if (!made.ok())
            qFatal("%s", qPrintable(made.describe()));
        return ctl;
    }

    // A backup made at a chosen time; its id.
    QString backupAt(const Ctl &ctl, const QString &at, bool incremental)
    {
        QStringList args = words("backup", "create", "vol1");
        if (incremental)
            args << QStringLiteral("--incremental");
        const auto r = runAt(ctl, at, args);
        if (!r.ok())
            qFatal("%s", qPrintable(r.describe()));
        return r.object().value(QLatin1String("id")).toString();
    }

private slots:
    void showListsTheNextFiveRunsAsSystemdDoes();
    void badPolicyChangesNothing();
    void pruneKeepsChainsAndProtection();
    void protectionStopsEveryDelete();
    void minimumAgeHoldsBackups();
    void daemonRunsEachSlotOnce();
    void verifyAndGcPoliciesRunOnTheRepository();
    void daemonUnitIsValid();
};

void TestPolicyCli::showListsTheNextFiveRunsAsSystemdDoes()
{
    const Ctl ctl = newHome();
    const QString at = QStringLiteral("2026-03-27 12:00:00");
    QVERIFY(runAt(ctl, at,
                  words("policy", "create", "nightly", "--volume", "vol1", "--schedule",
                        "Mon..Fri 22:00 Europe/Berlin", "--keep-daily", "7"))
                .ok());
    const auto shown = runAt(ctl, at, words("policy", "show", "nightly"));
    QVERIFY2(shown.ok(), qPrintable(shown.describe()));
    QStringList runs;
    for (const auto &t : shown.object().value(QLatin1String("next_runs")).toArray())
        runs << t.toString();

    QProcess systemd;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    systemd.setProcessEnvironment(env);
    const QDateTime base = QDateTime::fromString(at, QStringLiteral("yyyy-MM-dd HH:mm:ss")).addSecs(1);
    systemd.start(QStringLiteral("systemd-analyze"),
                  {QStringLiteral("calendar"), QStringLiteral("--iterations=5"),
                   QStringLiteral("--base-time=@%1")
                       .arg(QDateTime(base.date(), base.time(), Qt::UTC).toSecsSinceEpoch()),
                   QStringLiteral("Mon..Fri 22:00 Europe/Berlin")});
    QVERIFY(systemd.waitForFinished());
    QStringList expected;
    static const QRegularExpression line(QStringLiteral(R"((\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) UTC)"));
    for (auto it = line.globalMatch(QString::fromUtf8(systemd.readAllStandardOutput())); it.hasNext();) {
        const auto m = it.next();
        expected << m.captured(1) + u'T' + m.captured(2) + u'Z';
    }
    QCOMPARE(expected.size(), 5);
    // Across the spring-forward weekend: 21:00 UTC before it, 20:00 UTC after.
    QCOMPARE(runs, expected);
}

void TestPolicyCli::badPolicyChangesNothing()
{
    const Ctl ctl = newHome();
    const struct
    {
        QStringList args;
        int code;
    } cases[] = {
        {words("policy", "create", "p", "--volume", "vol1", "--schedule", "Funday 10:00"), 1},
        {words("policy", "create", "p", "--volume", "vol1"), 2},
        {words("policy", "create", "p", "--volume", "vol1", "--project", "admin", "--schedule", "daily"), 1},
        {words("policy", "create", "p", "--volume", "nosuch", "--schedule", "daily"), 1},
        {words("policy", "create", "p", "--volume", "vol1", "--schedule", "daily", "--keep-daily", "x"), 1},
        {words("policy", "create", "p", "--volume", "vol1", "--schedule", "daily", "--min-age", "soon"), 1},
        {words("policy", "create", "p q", "--volume", "vol1", "--schedule", "daily"), 1},
        {words("policy", "create", "p", "--volume", "vol1", "--schedule", "2020-01-01"), 1},
        {words("prune", "--volume", "vol1"), 1},
        {words("prune", "--volume", "vol1", "--policy", "p", "--keep-last", "1"), 2},
    };
    for (const auto &c : cases) {
        const auto r = ctl.run(c.args);
        QVERIFY2(r.code == c.code, qPrintable(c.args.join(u' ') + QStringLiteral(" -> ") + r.describe()));
        QVERIFY2(r.err.contains(QLatin1String("error")), qPrintable(r.err));
    }
    QCOMPARE(ctl.run(words("policy", "list")).array().size(), 0);
}

// Backups at 09:00 on days 1..6: f1 i2 i3 f4 i5 i6 (f: full). keep-daily 2
// at day 7 keeps i6 and i5, so f4 as their parent; i3 is protected, so it
// and its parents i2 and f1 stay too.
void TestPolicyCli::pruneKeepsChainsAndProtection()
{
    const Ctl ctl = newHome();
    QStringList ids;
    for (int day = 1; day <= 6; ++day)
        ids << backupAt(ctl, QStringLiteral("2026-02-0%1 09:00:00").arg(day), day != 1 && day != 4);
    const QString now = QStringLiteral("2026-02-07 12:00:00");
    QVERIFY(
        runAt(ctl, now,
              words("policy", "create", "p", "--volume", "vol1", "--schedule", "daily", "--keep-daily", "2"))
            .ok());
    auto plan = runAt(ctl, now, words("prune", "--policy", "p", "--dry-run"));
    QVERIFY2(plan.ok(), qPrintable(plan.describe()));
    QHash<QString, QStringList> rules;
    QHash<QString, bool> keep;
    for (const auto &d : plan.array()) {
        const QJsonObject o = d.toObject();
        QStringList r;
        for (const auto &x : o.value(QLatin1String("rules")).toArray())
            r << x.toString();
        rules.insert(o.value(QLatin1String("id")).toString(), r);
        keep.insert(o.value(QLatin1String("id")).toString(), o.value(QLatin1String("keep")).toBool());
        QVERIFY(o.value(QLatin1String("created_at")).toString().endsWith(u'Z'));
    }
    QCOMPARE(rules.value(ids[5]), QStringList{QStringLiteral("keep-daily")});
    QCOMPARE(rules.value(ids[4]), (QStringList{QStringLiteral("keep-daily"), QStringLiteral("parent")}));
    QCOMPARE(rules.value(ids[3]), QStringList{QStringLiteral("parent")});
    QVERIFY(!keep.value(ids[2]) && !keep.value(ids[1]) && !keep.value(ids[0]));
    QCOMPARE(ctl.backups().size(), 6); // a dry run changes nothing

    QVERIFY(runAt(ctl, now, words("backup", "protect", ids[2])).ok());
    plan = runAt(ctl, now, words("prune", "--policy", "p", "--dry-run"));
    for (const auto &d : plan.array()) {
        const QJsonObject o = d.toObject();
        const QString id = o.value(QLatin1String("id")).toString();
        if (id == ids[2])
            QCOMPARE(o.value(QLatin1String("rules")).toArray().first().toString(),
                     QStringLiteral("protected"));
        if (id == ids[0] || id == ids[1])
            QVERIFY(o.value(QLatin1String("keep")).toBool());
    }
    const auto pruned = runAt(ctl, now, words("prune", "--policy", "p"));
    QVERIFY2(pruned.ok(), qPrintable(pruned.describe()));
    QCOMPARE(idsOf(ctl.backups()), (QSet<QString>{ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]}));

    QVERIFY(runAt(ctl, now, words("backup", "unprotect", ids[2])).ok());
    QVERIFY(runAt(ctl, now, words("prune", "--policy", "p")).ok());
    QCOMPARE(idsOf(ctl.backups()), (QSet<QString>{ids[3], ids[4], ids[5]}));
    // What stays restores byte for byte from its chain.
    const auto restored = ctl.run(words("backup", "restore", ids[5], "--new-volume", "back"));
    QVERIFY2(restored.ok(), qPrintable(restored.describe()));
}

void TestPolicyCli::protectionStopsEveryDelete()
{
    const Ctl ctl = newHome();
    const QString id =
        ctl.run(words("backup", "create", "vol1")).object().value(QLatin1String("id")).toString();
    QVERIFY(ctl.run(words("backup", "protect", id)).ok());
    QVERIFY(ctl.run(words("backup", "show", id)).object().value(QLatin1String("protected")).toBool());
    const auto refused = ctl.run(words("backup", "delete", id));
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("protected")), qPrintable(refused.err));
    QCOMPARE(ctl.backups().size(), 1);
    // Not even by hand: the catalog refuses to drop the row.
    auto catalog = cb::Catalog::open(ctl.home() + QStringLiteral("/catalog.sqlite"));
    QVERIFY(catalog);
    QVERIFY(!(*catalog)->deleteBackupRow(id));
    QVERIFY(ctl.run(words("backup", "unprotect", id)).ok());
    QVERIFY(ctl.run(words("backup", "delete", id)).ok());
    QCOMPARE(ctl.backups().size(), 0);
    QStringList actions;
    for (const auto &e : ctl.run(words("audit", "list")).array())
        actions << e.toObject().value(QLatin1String("action")).toString();
    QVERIFY(actions.contains(QLatin1String("backup.protect")));
    QVERIFY(actions.contains(QLatin1String("backup.unprotect")));
}

void TestPolicyCli::minimumAgeHoldsBackups()
{
    const Ctl ctl = newHome();
    const QString start = QStringLiteral("2026-04-01 10:00:00");
    const QString id = backupAt(ctl, start, false);
    QVERIFY(runAt(ctl, start,
                  words("policy", "create", "p", "--volume", "vol1", "--schedule", "daily", "--keep-last",
                        "1", "--min-age", "2h"))
                .ok());
    const auto refused = runAt(ctl, QStringLiteral("2026-04-01 11:00:00"), words("backup", "delete", id));
    QCOMPARE(refused.code, 1);
    QVERIFY2(refused.err.contains(QLatin1String("minimum age")), qPrintable(refused.err));
    const auto later = runAt(ctl, QStringLiteral("2026-04-01 12:30:00"), words("backup", "delete", id));
    QVERIFY2(later.ok(), qPrintable(later.describe()));
}

// The daemon, started at chosen moments over a week of nightly runs: each
// slot runs once, a missed stretch runs once, a killed run is taken over.
void TestPolicyCli::daemonRunsEachSlotOnce()
{
    const Ctl ctl = newHome();
    QVERIFY(runAt(ctl, QStringLiteral("2026-05-03 12:00:00"),
                  words("policy", "create", "n", "--volume", "vol1", "--schedule", "*-*-* 02:00",
                        "--keep-last", "3", "--full-every", "2"))
                .ok());
    const auto daemonAt = [&](const QString &at) {
        const auto r = runAt(ctl, at, words("daemon", "--once"));
        if (!r.ok())
            qFatal("%s", qPrintable(r.describe()));
        return r;
    };
    daemonAt(QStringLiteral("2026-05-03 23:00:00")); // nothing due yet
    QCOMPARE(ctl.backups().size(), 0);
    daemonAt(QStringLiteral("2026-05-04 02:00:30"));
    daemonAt(QStringLiteral("2026-05-04 02:10:00")); // the same slot: not again
    QCOMPARE(ctl.backups().size(), 1);
    daemonAt(QStringLiteral("2026-05-05 03:00:00"));
    QCOMPARE(ctl.backups().size(), 2);
    // Down for three nights: one run, not three.
    daemonAt(QStringLiteral("2026-05-08 09:00:00"));
    QCOMPARE(ctl.backups().size(), 3);
    daemonAt(QStringLiteral("2026-05-09 02:30:00"));
    daemonAt(QStringLiteral("2026-05-10 02:30:00"));
    // keep-last 3 over F4 I5 F8 I9 F10 keeps F10 I9 F8; I9 needs only F8.
    QStringList kinds;
    for (const auto &b : ctl.backups())
        kinds << b.toObject().value(QLatin1String("kind")).toString();
    kinds.sort();
    QCOMPARE(kinds,
             (QStringList{QStringLiteral("full"), QStringLiteral("full"), QStringLiteral("incremental")}));

    // A runner killed mid-run leaves its claimed slot unfinished: the next
    // start on this host takes it over and runs it, once.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() ? gone.processId() : 999999;
    {
        auto catalog = cb::Catalog::open(ctl.home() + QStringLiteral("/catalog.sqlite"));
        QVERIFY(catalog);
        const qint64 slot = QDateTime(QDate(2026, 5, 11), QTime(2, 0), Qt::UTC).toMSecsSinceEpoch();
        QVERIFY(*(*catalog)->claimPolicyRun(QStringLiteral("n"), slot));
        QSqlQuery q((*catalog)->db());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE policy_runs SET pid = %1 WHERE slot = %2").arg(deadPid).arg(slot)));
    }
    const QSet<QString> before = idsOf(ctl.backups());
    daemonAt(QStringLiteral("2026-05-11 02:20:00"));
    const QSet<QString> after = idsOf(ctl.backups());
    QCOMPARE((after - before).size(), 1);
    daemonAt(QStringLiteral("2026-05-11 02:40:00"));
    QCOMPARE(idsOf(ctl.backups()), after);
}

void TestPolicyCli::verifyAndGcPoliciesRunOnTheRepository()
{
    const Ctl ctl = newHome();
    {
        QFile image(ctl.device(QStringLiteral("vol1")));
        QVERIFY(image.open(QIODevice::ReadWrite));
        QByteArray data(1 << 20, '\0');
        for (qsizetype i = 0; i < data.size(); ++i)
            data[i] = char(i * 7919 % 251);
        QVERIFY(image.write(data) == data.size());
    }
    QVERIFY(ctl.run(words("backup", "create", "vol1")).ok());
    const auto withVolume = ctl.run(
        words("policy", "create", "v", "--kind", "verify", "--volume", "vol1", "--schedule", "daily"));
    QCOMPARE(withVolume.code, 1);
    QVERIFY(ctl.run(words("policy", "create", "v", "--kind", "verify", "--schedule", "Sun 04:00")).ok());
    QVERIFY(ctl.run(words("policy", "create", "g", "--kind", "gc", "--schedule", "Sun 05:00")).ok());
    auto run = ctl.run(words("policy", "run", "v", "--now"));
    QVERIFY2(run.ok(), qPrintable(run.describe()));
    QCOMPARE(run.object().value(QLatin1String("failed")).toArray().size(), 0);
    // Damage one chunk: the scheduled verify fails, says why, and marks the backup.
    const QString chunks = ctl.home() + QStringLiteral("/repository/chunks");
    QString victim;
    QDirIterator it(chunks, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && victim.isEmpty())
        victim = it.next();
    QVERIFY(!victim.isEmpty());
    QFile f(victim);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write("damage");
    f.close();
    run = ctl.run(words("policy", "run", "v", "--now"));
    QCOMPARE(run.code, 1);
    QCOMPARE(run.object().value(QLatin1String("failed")).toArray().size(), 1);
    QCOMPARE(ctl.backups().first().toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("damaged"));
    QVERIFY(ctl.run(words("policy", "run", "g", "--now")).ok());
    QStringList actions;
    for (const auto &e : ctl.run(words("audit", "list")).array())
        actions << e.toObject().value(QLatin1String("action")).toString();
    QVERIFY(actions.contains(QLatin1String("repo.gc")));
}

void TestPolicyCli::daemonUnitIsValid()
{
    const QString unit = QStringLiteral(CB_DAEMON_UNIT);
    QProcess verify;
    verify.start(QStringLiteral("systemd-analyze"), {QStringLiteral("verify"), unit});
    QVERIFY(verify.waitForFinished());
    const QString said = QString::fromUtf8(verify.readAllStandardError() + verify.readAllStandardOutput());
    QVERIFY2(verify.exitCode() == 0, qPrintable(said));
    // Nothing it does not understand (systemd only warns about unknown keys).
    QVERIFY2(!said.contains(QLatin1String("Unknown")), qPrintable(said));
    QFile f(unit);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    const QByteArray exec = QByteArray("ExecStart=") + ctlPath().toUtf8() + QByteArray(" daemon");
    QVERIFY(text.contains(exec));
    QVERIFY(text.contains("UMask=0077"));
}

QTEST_GUILESS_MAIN(TestPolicyCli)
#include "tst_policycli.moc"
