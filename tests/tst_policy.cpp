// Schedules and retention against the tools administrators already trust:
// every elapse time is compared with `systemd-analyze calendar`, every kept
// set with `restic forget --dry-run`, both run here on the same inputs.
#include "policy/Calendar.h"
#include "policy/Retention.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cb;

Q_DECLARE_METATYPE(cb::RetentionRules)

namespace {

QProcess::ExitStatus run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                         QByteArray *out, int *code)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(120000))
        qFatal("%s did not finish", qPrintable(program));
    *out = p.readAllStandardOutput() + p.readAllStandardError();
    *code = p.exitCode();
    return p.exitStatus();
}

// The next elapses systemd computes, in UTC; empty when it refuses the expression.
std::optional<QList<QDateTime>> systemdElapses(const QString &expr, const QString &tz, const QDateTime &base,
                                               int count)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), tz);
    QByteArray out;
    int code = 0;
    run(QStringLiteral("systemd-analyze"),
        {QStringLiteral("calendar"), QStringLiteral("--iterations=%1").arg(count),
         QStringLiteral("--base-time=@%1").arg(base.toSecsSinceEpoch()), expr},
        env, &out, &code);
    if (code != 0)
        return std::nullopt;
    static const QRegularExpression line(
        QStringLiteral(
            R"(^\s*(Next elapse|Iter\. #\d+|\(in UTC\)): \w+ (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d) (\S+))"),
        QRegularExpression::MultilineOption);
    QList<QDateTime> local, utc;
    for (auto it = line.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
        const auto m = it.next();
        QDateTime at = QDateTime::fromString(m.captured(2), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        at.setTimeSpec(Qt::UTC);
        (m.captured(1) == QLatin1String("(in UTC)") ? utc : local).append(at);
    }
    // With TZ=UTC systemd prints no separate "(in UTC)" line.
    return utc.isEmpty() ? local : utc;
}

RetentionCandidate candidate(const QString &id, const QDateTime &at, const QString &parent = {},
                             bool isProtected = false)
{
    return RetentionCandidate{id, at, parent, isProtected};
}

QStringList keptIds(const QList<RetentionDecision> &decisions)
{
    QStringList ids;
    for (const auto &d : decisions) {
        if (d.keep)
            ids.append(d.id);
    }
    ids.sort();
    return ids;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scheduleAgreesWithSystemd_data();
    void scheduleAgreesWithSystemd();
    void refusedLikeSystemd_data();
    void refusedLikeSystemd();
    void scheduleInThePastNeverRuns();
    void retentionAgreesWithRestic_data();
    void retentionAgreesWithRestic();
    void keptBackupKeepsItsParents();
    void protectedAndYoungBackupsStay();
    void noRuleKeepsEverything();
};

void TestPolicy::initTestCase()
{
    for (const char *tool : {"systemd-analyze", "restic"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("%1 is missing: run scripts/bootstrap.sh").arg(QLatin1String(tool))));
    }
}

void TestPolicy::scheduleAgreesWithSystemd_data()
{
    QTest::addColumn<QString>("expr");
    QTest::addColumn<QString>("tz");
    QTest::addColumn<QDateTime>("base");
    const QStringList exprs = {
        QStringLiteral("daily"),
        QStringLiteral("hourly"),
        QStringLiteral("weekly"),
        QStringLiteral("monthly"),
        QStringLiteral("quarterly"),
        QStringLiteral("yearly"),
        QStringLiteral("Mon..Fri 22:00"),
        QStringLiteral("Sat,Sun 9..17/2:30"),
        QStringLiteral("Mon,Wed..Fri 08:00"),
        QStringLiteral("*-*-01 03:00"),
        QStringLiteral("*-*-* 02:30"),
        QStringLiteral("*-*-* 01:30"),
        QStringLiteral("*:0/20"),
        QStringLiteral("*-*-1/2 *:0/15"),
        QStringLiteral("*-02~01"),
        QStringLiteral("*-*~03 23:59:59"),
        QStringLiteral("*-*-31 12:00"),
        QStringLiteral("2027-*-* 00:00"),
        QStringLiteral("daily UTC"),
        QStringLiteral("*-*-* 02:30 Europe/Berlin"),
        QStringLiteral("Mon..Fri 22:00 Asia/Shanghai"),
    };
    // Plain days, and the spring-forward and fall-back weekends of both zones.
    const QList<QDateTime> bases = {
        QDateTime(QDate(2026, 11, 27), QTime(23, 50, 10), Qt::UTC),
        QDateTime(QDate(2026, 3, 28), QTime(12, 0), Qt::UTC),
        QDateTime(QDate(2026, 10, 24), QTime(23, 45), Qt::UTC),
        QDateTime(QDate(2026, 10, 25), QTime(0, 10), Qt::UTC),
        QDateTime(QDate(2026, 3, 8), QTime(5, 0), Qt::UTC),
        QDateTime(QDate(2026, 11, 1), QTime(5, 30), Qt::UTC),
        QDateTime(QDate(2028, 2, 28), QTime(0, 0), Qt::UTC),
    };
    for (const QString &tz :
         {QStringLiteral("UTC"), QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York")}) {
        for (const QString &expr : exprs) {
            for (const QDateTime &base : bases) {
                QTest::addRow("%s | %s | %s", qPrintable(expr), qPrintable(tz),
                              qPrintable(base.toString(Qt::ISODate)))
                    << expr << tz << base;
            }
        }
    }
}

void TestPolicy::scheduleAgreesWithSystemd()
{
    QFETCH(QString, expr);
    QFETCH(QString, tz);
    QFETCH(QDateTime, base);
    const int count = 8;
    const auto expected = systemdElapses(expr, tz, base, count);
    QVERIFY2(expected, qPrintable(QStringLiteral("systemd refused %1").arg(expr)));
    qputenv("TZ", tz.toUtf8());
    const auto spec = CalendarSpec::parse(expr);
    QVERIFY2(spec.ok(), qPrintable(spec.error()));
    QCOMPARE(spec->next(base, count), *expected);
}

void TestPolicy::refusedLikeSystemd_data()
{
    QTest::addColumn<QString>("expr");
    for (const char *e : {"*:*/15", "Fri..Mon", "2026-13-01", "10:00 Mon", "1969-01-01", "2200-01-01",
                          "24:00", "*-*-* 12:00:60", "weekly Mon", "hourly 10:00", "*/2-*-* 00:00", "Funday",
                          "", "3..1-01", "*-*-* 10:00:00 Mars/Olympus", "daily Moon"})
        QTest::newRow(e) << QString::fromLatin1(e);
}

void TestPolicy::refusedLikeSystemd()
{
    QFETCH(QString, expr);
    QVERIFY(!systemdElapses(expr, QStringLiteral("UTC"), QDateTime::currentDateTimeUtc(), 1));
    const auto spec = CalendarSpec::parse(expr);
    QVERIFY(!spec.ok());
    QVERIFY2(spec.error().contains(QLatin1String("systemd")), qPrintable(spec.error()));
}

void TestPolicy::scheduleInThePastNeverRuns()
{
    const QDateTime base(QDate(2026, 11, 27), QTime(0, 0), Qt::UTC);
    for (const char *e : {"2026-02-30", "2025-*-* 00:00"}) {
        const auto spec = CalendarSpec::parse(QLatin1String(e));
        QVERIFY(spec.ok());
        QVERIFY(!spec->nextAfter(base));
        QCOMPARE(*systemdElapses(QLatin1String(e), QStringLiteral("UTC"), base, 1), QList<QDateTime>{});
    }
}

// restic keeps snapshots by the same rules; make the same history in a real
// restic repository and compare what each keeps.
void TestPolicy::retentionAgreesWithRestic_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<RetentionRules>("rules");
    auto rules = [](int last, int hourly, int daily, int weekly, int monthly, int yearly) {
        return RetentionRules{last, hourly, daily, weekly, monthly, yearly, 0};
    };
    auto args = [](int last, int hourly, int daily, int weekly, int monthly, int yearly) {
        QStringList a;
        const int values[] = {last, hourly, daily, weekly, monthly, yearly};
        const char *names[] = {"last", "hourly", "daily", "weekly", "monthly", "yearly"};
        for (int i = 0; i < 6; ++i) {
            if (values[i])
                a << QStringLiteral("--keep-%1").arg(QLatin1String(names[i])) << QString::number(values[i]);
        }
        return a;
    };
    const int sets[][6] = {{3, 0, 0, 0, 0, 0},  {0, 5, 0, 0, 0, 0}, {0, 0, 7, 0, 0, 0},  {0, 0, 0, 4, 0, 0},
                           {0, 0, 0, 0, 12, 0}, {0, 0, 0, 0, 0, 2}, {2, 0, 7, 4, 12, 1}, {1, 3, 3, 2, 2, 5}};
    for (const auto &s : sets) {
        QTest::addRow("%d-%d-%d-%d-%d-%d", s[0], s[1], s[2], s[3], s[4], s[5])
            << args(s[0], s[1], s[2], s[3], s[4], s[5]) << rules(s[0], s[1], s[2], s[3], s[4], s[5]);
    }
}

void TestPolicy::retentionAgreesWithRestic()
{
    QFETCH(QStringList, args);
    QFETCH(RetentionRules, rules);
    static QTemporaryDir dir;
    static QList<RetentionCandidate> history;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    env.insert(QStringLiteral("RESTIC_REPOSITORY"), dir.filePath(QStringLiteral("restic")));
    env.insert(QStringLiteral("RESTIC_PASSWORD"), QStringLiteral("retention-test"));
    QByteArray out;
    int code = 0;
    if (history.isEmpty()) {
        run(QStringLiteral("restic"), {QStringLiteral("init")}, env, &out, &code);
        QVERIFY2(code == 0, out.constData());
        // Irregular times over two years: several a day at first, then sparse.
        QDateTime at(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC);
        QRandomGenerator rng(20261127);
        for (int i = 0; i < 48; ++i) {
            at = at.addSecs(i < 12 ? rng.bounded(20 * 60, 7 * 3600) : rng.bounded(20 * 3600, 40 * 86400));
            const QString id = QStringLiteral("b%1").arg(i, 2, 10, QLatin1Char('0'));
            run(QStringLiteral("restic"),
                {QStringLiteral("backup"), QStringLiteral("--quiet"), QStringLiteral("--tag"), id,
                 QStringLiteral("--time"), at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                 QFINDTESTDATA("tst_policy.cpp")},
                env, &out, &code);
            QVERIFY2(code == 0, out.constData());
            history.append(candidate(id, at));
        }
    }
    run(QStringLiteral("restic"),
        QStringList{QStringLiteral("forget"), QStringLiteral("--dry-run"), QStringLiteral("--json")} + args,
        env, &out, &code);
    QVERIFY2(code == 0, out.constData());
    const int jsonStart = out.indexOf('[');
    const QJsonArray groups = QJsonDocument::fromJson(out.mid(jsonStart)).array();
    QCOMPARE(groups.size(), 1);
    QStringList resticKept;
    for (const auto &snap : groups.first().toObject().value(QLatin1String("keep")).toArray())
        resticKept.append(snap.toObject().value(QLatin1String("tags")).toArray().first().toString());
    resticKept.sort();

    const auto decisions =
        applyRetention(history, rules, QDateTime(QDate(2030, 1, 1), QTime(0, 0), Qt::UTC), QTimeZone::utc());
    QCOMPARE(decisions.size(), history.size());
    QCOMPARE(keptIds(decisions), resticKept);
}

void TestPolicy::keptBackupKeepsItsParents()
{
    // f1 <- i1 <- i2 (day 1..3) ; f2 <- j1 (day 4, 5). keep-last 1 keeps j1 and so f2;
    // keep-daily 4 keeps i1, i2 too, and i1 needs f1.
    const QDateTime day(QDate(2026, 5, 1), QTime(10, 0), Qt::UTC);
    const QList<RetentionCandidate> backups = {
        candidate(QStringLiteral("f1"), day),
        candidate(QStringLiteral("i1"), day.addDays(1), QStringLiteral("f1")),
        candidate(QStringLiteral("i2"), day.addDays(2), QStringLiteral("i1")),
        candidate(QStringLiteral("f2"), day.addDays(3)),
        candidate(QStringLiteral("j1"), day.addDays(4), QStringLiteral("f2"))};
    const QDateTime now = day.addYears(1);
    auto decisions = applyRetention(backups, RetentionRules{.last = 1}, now, QTimeZone::utc());
    QCOMPARE(keptIds(decisions), (QStringList{QStringLiteral("f2"), QStringLiteral("j1")}));
    QCOMPARE(decisions.at(1).id, QStringLiteral("f2"));
    QCOMPARE(decisions.at(1).rules, QStringList{QStringLiteral("parent")});

    decisions = applyRetention(backups, RetentionRules{.daily = 3}, now, QTimeZone::utc());
    QCOMPARE(keptIds(decisions),
             (QStringList{QStringLiteral("f1"), QStringLiteral("f2"), QStringLiteral("i1"),
                          QStringLiteral("i2"), QStringLiteral("j1")}));
    QCOMPARE(decisions.last().rules, QStringList{QStringLiteral("parent")});
    // Newest first: the order pruning walks is leaf before parent.
    QCOMPARE(decisions.first().id, QStringLiteral("j1"));
}

void TestPolicy::protectedAndYoungBackupsStay()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    const QList<RetentionCandidate> backups = {candidate(QStringLiteral("old"), now.addDays(-30), {}, true),
                                               candidate(QStringLiteral("mid"), now.addDays(-10)),
                                               candidate(QStringLiteral("young"), now.addSecs(-3600)),
                                               candidate(QStringLiteral("newest"), now.addSecs(-60))};
    const RetentionRules rules{.last = 1, .minAgeSeconds = 2 * 3600};
    const auto decisions = applyRetention(backups, rules, now, QTimeZone::utc());
    QCOMPARE(keptIds(decisions),
             (QStringList{QStringLiteral("newest"), QStringLiteral("old"), QStringLiteral("young")}));
    QCOMPARE(decisions.at(0).rules, (QStringList{QStringLiteral("keep-last"), QStringLiteral("min-age")}));
    QCOMPARE(decisions.at(1).rules, QStringList{QStringLiteral("min-age")});
    QCOMPARE(decisions.at(2).rules, QStringList{});
    QCOMPARE(decisions.at(3).rules, QStringList{QStringLiteral("protected")});
}

void TestPolicy::noRuleKeepsEverything()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    const auto decisions = applyRetention(
        {candidate(QStringLiteral("a"), now.addDays(-3)), candidate(QStringLiteral("b"), now.addDays(-2))},
        RetentionRules{}, now, QTimeZone::utc());
    QCOMPARE(keptIds(decisions), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
