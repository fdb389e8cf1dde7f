// Outcomes the console makes visible, driven through the real window: a
// verify from the backups page fills the Verified column and the details
// panel; a failed job raises the alert, whose button opens the job and its
// log; a job of the command line appears (and its failure is announced)
// without a restart; the job history and logs survive reopening the engine.
#include "CtlSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "engine/Job.h"
#include "models/BackupModel.h"
#include "models/BackupProxyModel.h"
#include "models/JobModel.h"
#include "pages/BackupsPage.h"
#include "pages/JobsPage.h"
#include "widgets/BackupDetails.h"
#include "widgets/JobAlert.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cb;
using namespace cb::ui;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int JobTimeout = 120000;
// The console reads the catalog's change stamp every 5 s.
constexpr int CatalogPoll = 20000;

} // namespace

class TestOutcomes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void verifyFillsColumnAndDetails();
    void detailsShowWhereABackupIsStored();
    void failedJobRaisesAlertThatOpensItsLog();
    void commandLineJobsAppearInTheConsole();
    void historySurvivesReopening();

private:
    void openWindow();
    QString verifiedText(const QString &backupId) const;
    Job *verifyThroughPage(const QString &backupId);

    QTemporaryDir m_home;
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    Session *m_session = nullptr;
    Backup m_good, m_bad;
    QStringList m_consoleJobIds;
};

void TestOutcomes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::resetForTest();
    QVERIFY(m_home.isValid());
    m_engine = test::openEngineOrDie(m_home.path());
    const Volume good = test::makeVolumeOrDie(*m_engine, QStringLiteral("good"), 8 * MiB);
    test::writeRandom(good.device, 0, 8 * MiB, 1);
    const Volume bad = test::makeVolumeOrDie(*m_engine, QStringLiteral("bad"), 8 * MiB);
    test::writeRandom(bad.device, 0, 8 * MiB, 2);
    m_good = test::backupOrDie(*m_engine, good.id, false, QStringLiteral("good-full"));
    m_bad = test::backupOrDie(*m_engine, bad.id, false, QStringLiteral("bad-full"));
    // Damage one chunk of "bad" as a failing disk would: one flipped byte.
    QFile device(bad.device);
    QVERIFY(device.open(QIODevice::ReadOnly));
    device.seek(4 * MiB);
    const QByteArray data = device.read(4 * MiB);
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QFile chunk(m_home.filePath(QStringLiteral("repository/chunks/") + hash.left(2) + u'/' + hash));
    QVERIFY2(chunk.open(QIODevice::ReadWrite), qPrintable(chunk.fileName()));
    chunk.seek(chunk.size() / 2);
    const char c = chunk.peek(1).at(0);
    chunk.write(QByteArray(1, char(c ^ 0x5a)));
    chunk.close();
    openWindow();
}

void TestOutcomes::openWindow()
{
    m_window = std::make_unique<MainWindow>(m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session = m_window->session();
    QTRY_VERIFY(m_session->backupModel()->find(m_good.id) != nullptr);
}

void TestOutcomes::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
}

QString TestOutcomes::verifiedText(const QString &backupId) const
{
    const int row = m_session->backupModel()->rowOf(backupId);
    return row < 0 ? QString()
                   : m_session->backupModel()->index(row, BackupModel::Verified).data().toString();
}

Job *TestOutcomes::verifyThroughPage(const QString &backupId)
{
    m_window->showPage(MainWindow::BackupsPageIndex);
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({backupId});
    if (!page->verifyAction()->isEnabled())
        qWarning() << "Verify is disabled:" << page->verifyAction()->toolTip();
    page->verifyAction()->trigger();
    Job *job = m_session->jobModel()->jobAt(0);
    if (job && job->kind() == JobKind::Verify)
        (void)QTest::qWaitFor([job] { return !job->isRunning(); }, JobTimeout);
    return job;
}

void TestOutcomes::verifyFillsColumnAndDetails()
{
    QCOMPARE(verifiedText(m_good.id), QString()); // never verified
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({m_good.id});
    QVERIFY(page->details()->value(QStringLiteral("verified")).contains(QLatin1String("Not verified")));
    QVERIFY(page->verifyAction()->isEnabled());

    Job *job = verifyThroughPage(m_good.id);
    QVERIFY(job);
    QVERIFY2(job->status() == JobStatus::Done, qPrintable(job->message()));
    m_consoleJobIds << job->recordedIds();
    QTRY_VERIFY(verifiedText(m_good.id).startsWith(QLatin1String("Intact")));
    // The column sorts by the verify time, and the details say the same.
    QVERIFY(m_session->backupModel()
                ->index(m_session->backupModel()->rowOf(m_good.id), BackupModel::Verified)
                .data(BackupModel::RawRole)
                .toDateTime()
                .isValid());
    QTRY_VERIFY(page->details()->value(QStringLiteral("verified")).contains(QLatin1String("Intact")));
    QCOMPARE(page->details()->value(QStringLiteral("id")), m_good.id);
    QVERIFY(m_window->jobAlert()->text().isEmpty()); // a success raises nothing
}

// A sync by another process (here the engine itself) reaches the console
// through the change stamp; the details then name the copy.
void TestOutcomes::detailsShowWhereABackupIsStored()
{
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({m_good.id});
    QVERIFY(page->details()
                ->value(QStringLiteral("locations"))
                .contains(QLatin1String("this console's repository")));
    const QString copy = m_home.filePath(QStringLiteral("offsite"));
    QVERIFY(Repository::init(copy).ok());
    SyncParams params;
    params.target.location = copy;
    params.volumes = {m_good.volumeId};
    JobControl control;
    auto synced = m_engine->sync(params, control);
    QVERIFY2(synced.ok(), qPrintable(synced.error()));
    QCOMPARE(synced->copied, QStringList{m_good.id});
    QTRY_VERIFY_WITH_TIMEOUT(page->details()->value(QStringLiteral("locations")).contains(copy), CatalogPoll);
}

void TestOutcomes::failedJobRaisesAlertThatOpensItsLog()
{
    Job *job = verifyThroughPage(m_bad.id);
    QVERIFY(job);
    QCOMPARE(job->status(), JobStatus::Error);
    QVERIFY(!job->recordedIds().isEmpty());
    m_consoleJobIds << job->recordedIds();
    JobAlert *alert = m_window->jobAlert();
    QTRY_VERIFY(alert->isVisible());
    QVERIFY2(alert->text().contains(QLatin1String("bad-full")), qPrintable(alert->text()));
    QVERIFY2(alert->text().contains(QStringLiteral("4.0 MiB–8.0 MiB")), qPrintable(alert->text()));

    // The damage shows in the list and in the details panel.
    QTRY_VERIFY(verifiedText(m_bad.id).startsWith(QLatin1String("Damaged")));
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({m_bad.id});
    QTRY_VERIFY(
        page->details()->value(QStringLiteral("error")).contains(QLatin1String("Damaged or missing data")));

    // Show Job: the jobs page with that job selected and its log below.
    QTest::mouseClick(alert->showButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::JobsPageIndex);
    QVERIFY(!alert->isVisible());
    JobsPage *jobs = m_window->jobsPage();
    const auto selected = jobs->view()->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(m_session->jobModel()->jobAt(selected.first().row()), job);
    QTreeWidget *log = jobs->logView();
    QTRY_VERIFY(log->topLevelItemCount() >= 3); // started, checked, the error
    const QTreeWidgetItem *last = log->topLevelItem(log->topLevelItemCount() - 1);
    QCOMPARE(last->text(1), jobLogLevelText(JobLogLevel::Error));
    QVERIFY2(last->text(2).contains(QLatin1String("damaged")), qPrintable(last->text(2)));
    QVERIFY(log->topLevelItem(0)->text(2).startsWith(QLatin1String("Started on")));
}

void TestOutcomes::commandLineJobsAppearInTheConsole()
{
    m_window->showPage(MainWindow::BackupsPageIndex);
    test::Ctl ctl(m_home.path());
    // A verify from the command line fails on the damaged backup...
    const test::CtlRun run = ctl.run(test::words("backup", "verify", m_bad.id));
    QCOMPARE(run.code, 1);
    const test::CtlRun list = ctl.run(test::words("job", "list"));
    QVERIFY2(list.ok(), qPrintable(list.describe()));
    const QString cliJob = list.array().last().toObject().value(QStringLiteral("id")).toString();
    QVERIFY(!m_consoleJobIds.contains(cliJob));
    // ...and the console lists it and says so, without a restart.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->jobModel()->rowOfJobId(cliJob) >= 0, CatalogPoll);
    const int row = m_session->jobModel()->rowOfJobId(cliJob);
    QVERIFY(m_session->jobModel()->recordAt(row));
    QCOMPARE(m_session->jobModel()->index(row, JobModel::Status).data().toString(),
             jobStatusText(JobStatus::Error));
    JobAlert *alert = m_window->jobAlert();
    QTRY_VERIFY(alert->isVisible());
    QVERIFY2(alert->text().contains(QLatin1String("failed on")), qPrintable(alert->text()));
    // The command line records verify results the console shows.
    QVERIFY(ctl.run(test::words("backup", "verify", m_good.id)).ok());
    const test::CtlRun show = ctl.run(test::words("backup", "show", m_good.id));
    QVERIFY(show.object().value(QStringLiteral("verify_result")).toString() == QLatin1String("ok"));
    QTest::mouseClick(alert->showButton(), Qt::LeftButton);
    QCOMPARE(m_window->currentPage(), MainWindow::JobsPageIndex);
    QTRY_VERIFY(m_window->jobsPage()->logView()->topLevelItemCount() >= 3);
}

void TestOutcomes::historySurvivesReopening()
{
    QVERIFY(m_consoleJobIds.size() >= 2);
    m_window.reset();
    m_engine.reset();
    m_engine = test::openEngineOrDie(m_home.path());
    openWindow();
    JobModel *model = m_session->jobModel();
    for (const QString &id : std::as_const(m_consoleJobIds))
        QTRY_VERIFY2(model->rowOfJobId(id) >= 0, qPrintable(id));
    const int row = model->rowOfJobId(m_consoleJobIds.last());
    QVERIFY(model->recordAt(row));
    QCOMPARE(model->index(row, JobModel::Status).data().toString(), jobStatusText(JobStatus::Error));
    QVERIFY(model->index(row, JobModel::Operation).data().toString().contains(QLatin1String("bad-full")));
    m_window->showPage(MainWindow::JobsPageIndex);
    m_window->jobsPage()->selectJob(m_consoleJobIds.last());
    QTRY_VERIFY(m_window->jobsPage()->logView()->topLevelItemCount() >= 3);
    // A failure before this console started is history, not news.
    QVERIFY(m_window->jobAlert()->text().isEmpty());
    // The verify results are in the catalog too.
    QTRY_VERIFY(verifiedText(m_bad.id).startsWith(QLatin1String("Damaged")));
}

QTEST_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
