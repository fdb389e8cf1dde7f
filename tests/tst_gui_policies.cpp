// Backup policies in the console, driven through the real widgets on the
// offscreen platform: a policy created through the dialog (the next runs
// follow the schedule as it is typed, an invalid schedule disables OK with
// the reason) shows in the list and in the engine; the retention preview marks
// a volume's real backups keep or remove with the rules that keep them; a
// backup protected from the backups page is protected in the engine and its
// delete is refused with the reason; the volumes page shows each volume's next
// scheduled run; who may not manage policies gets the reason.
#include "BackupActions.h"
#include "DateText.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "dialogs/DeleteBackupsDialog.h"
#include "dialogs/PolicyDialog.h"
#include "dialogs/RetentionPreview.h"
#include "engine/Job.h"
#include "models/BackupModel.h"
#include "models/PolicyModel.h"
#include "models/VolumeModel.h"
#include "pages/BackupsPage.h"
#include "pages/PoliciesPage.h"
#include "pages/VolumesPage.h"
#include "policy/Calendar.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/ScopeSwitcher.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace cb;
using namespace cb::ui;
using cb::test::waitForDialog;

namespace {

constexpr qint64 MiB = 1024 * 1024;

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QLatin1String(iso), Qt::ISODate).toUTC();
}

} // namespace

class TestGuiPolicies final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createPolicyThroughDialog();
    void previewMarksKeepAndRemove();
    void protectFromBackupsPage();
    void nextRunPerVolume();
    void runNowBacksUpCoveredVolumes();
    void onlyPolicyManagersChangePolicies();
    void listFollowsProjectScope();

private:
    PolicyDialog *openNewDialog();
    void setCounts(PolicyDialog *dlg, const QList<int> &keep);
    void checkVolume(PolicyDialog *dlg, const QString &volumeId);
    // A complete full backup of volume with this creation time, written straight into the catalog.
    QString catalogBackup(const Volume &volume, const QDateTime &createdAt, const QString &name);

    QTemporaryDir m_home;
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    Session *m_session = nullptr;
    Volume m_vol1, m_vol2;
    Backup m_real;
};

void TestGuiPolicies::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<cb::Job *>();
    MessageBox::resetForTest();
    QVERIFY(m_home.isValid());
    m_engine = test::openEngineOrDie(m_home.path());
    m_vol1 = test::makeVolumeOrDie(*m_engine, QStringLiteral("db-1"), 8 * MiB);
    m_vol2 = test::makeVolumeOrDie(*m_engine, QStringLiteral("web-1"), 8 * MiB);
    test::writeRandom(m_vol1.device, 0, 4 * MiB, 7);
    m_real = test::backupOrDie(*m_engine, m_vol1.id, false, QStringLiteral("real-full"));

    m_window = std::make_unique<MainWindow>(m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session = m_window->session();
    QTRY_VERIFY(m_session->backupModel()->isLoaded() && m_session->volumeModel()->isLoaded());
    QTRY_COMPARE(m_session->volumeModel()->rowCount(), 2);
}

void TestGuiPolicies::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
}

PolicyDialog *TestGuiPolicies::openNewDialog()
{
    m_window->showPage(MainWindow::PoliciesPageIndex);
    QAction *add = m_window->policiesPage()->newAction();
    if (!add->isEnabled())
        return nullptr;
    add->trigger();
    return waitForDialog<PolicyDialog>(m_window.get());
}

void TestGuiPolicies::setCounts(PolicyDialog *dlg, const QList<int> &keep)
{
    const char *names[] = {"keepLastSpinBox",   "keepHourlySpinBox",  "keepDailySpinBox",
                           "keepWeeklySpinBox", "keepMonthlySpinBox", "keepYearlySpinBox"};
    for (int i = 0; i < 6; ++i)
        dlg->findChild<QSpinBox *>(QLatin1String(names[i]))->setValue(keep.value(i));
}

void TestGuiPolicies::checkVolume(PolicyDialog *dlg, const QString &volumeId)
{
    auto *list = dlg->findChild<QListWidget *>(QStringLiteral("policyVolumesListWidget"));
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == volumeId)
            list->item(i)->setCheckState(Qt::Checked);
    }
}

QString TestGuiPolicies::catalogBackup(const Volume &volume, const QDateTime &createdAt, const QString &name)
{
    Backup b = m_real;
    b.id = newId();
    b.name = name;
    b.volumeId = volume.id;
    b.volumeName = volume.name;
    b.kind = BackupKind::Full;
    b.parentId.clear();
    b.status = BackupStatus::Available;
    b.createdAt = createdAt;
    b.completedAt = createdAt.addSecs(60);
    if (!test::catalogOf(*m_engine).insertBackup(b).ok())
        qFatal("cannot insert backup %s", qPrintable(name));
    return b.id;
}

void TestGuiPolicies::createPolicyThroughDialog()
{
    QAbstractItemModelTester tester(m_window->policiesPage()->model());
    PolicyDialog *dlg = openNewDialog();
    QVERIFY(dlg);
    QPushButton *ok = dlg->findChild<QPushButton *>(QStringLiteral("savePolicyButton"));
    auto *schedule = dlg->findChild<QLineEdit *>(QStringLiteral("scheduleLineEdit"));
    auto *nextRuns = dlg->findChild<QLabel *>(QStringLiteral("nextRunsLabel"));
    // Nothing named nor chosen yet: OK disabled, and it says why.
    QVERIFY(!ok->isEnabled());
    QVERIFY(!ok->toolTip().isEmpty());
    QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("policyNameLineEdit")),
                     QStringLiteral("nightly"));
    checkVolume(dlg, m_vol1.id);
    QVERIFY2(ok->isEnabled(), qPrintable(ok->toolTip()));

    // The next five runs follow the schedule as it is typed.
    schedule->clear();
    QTest::keyClicks(schedule, QStringLiteral("Mon..Fri 22:00"));
    const auto spec = CalendarSpec::parse(QStringLiteral("Mon..Fri 22:00"));
    QVERIFY(spec);
    const QList<QDateTime> expected = spec->next(QDateTime::currentDateTimeUtc(), 5);
    QCOMPARE(expected.size(), 5);
    const QString runs = nextRuns->text();
    QCOMPARE(runs.count(QStringLiteral(" · ")), 4);
    for (const QDateTime &at : expected) {
        QVERIFY2(runs.contains(dateTimeText(at)), qPrintable(runs));
        const int day = at.toLocalTime().date().dayOfWeek();
        QVERIFY(day >= Qt::Monday && day <= Qt::Friday);
        QCOMPARE(at.toLocalTime().time(), QTime(22, 0));
    }
    QVERIFY(ok->isEnabled());

    // An invalid schedule: the parse error inline, OK disabled with the same reason.
    QTest::keyClick(schedule, Qt::Key_Backspace);
    QTest::keyClick(schedule, Qt::Key_Backspace);
    QTest::keyClicks(schedule, QStringLiteral("99"));
    QCOMPARE(schedule->text(), QStringLiteral("Mon..Fri 22:99"));
    const auto bad = CalendarSpec::parse(schedule->text());
    QVERIFY(!bad);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(ok->toolTip(), bad.error());
    QCOMPARE(nextRuns->text(), bad.error());
    QVERIFY(
        dlg->findChild<MessageBanner *>(QStringLiteral("messageBanner"))->isHidden()); // said once, inline
    // A bad minimum age is refused too.
    schedule->setText(QStringLiteral("Mon..Fri 22:00"));
    QVERIFY(ok->isEnabled());
    auto *minAge = dlg->findChild<QLineEdit *>(QStringLiteral("minAgeLineEdit"));
    QTest::keyClicks(minAge, QStringLiteral("3 fortnights"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(ok->toolTip().contains(QStringLiteral("3 fortnights")));
    minAge->setText(QStringLiteral("2d"));
    QVERIFY(ok->isEnabled());

    QSignalSpy loaded(m_window->policiesPage(), &PoliciesPage::loaded);
    const QPointer<PolicyDialog> open(dlg); // deleted on close, possibly within the wait
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!open || !open->isVisible());
    // In the list, and in the engine as it was entered.
    PolicyModel *model = m_window->policiesPage()->model();
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, PolicyModel::Name).data().toString(), QStringLiteral("nightly"));
    QCOMPARE(model->index(0, PolicyModel::Target).data().toString(), m_vol1.name);
    QCOMPARE(model->index(0, PolicyModel::Schedule).data().toString(), QStringLiteral("Mon..Fri 22:00"));
    auto policies = m_engine->backupPolicies();
    QVERIFY(policies);
    QCOMPARE(policies->size(), 1);
    const BackupPolicy &p = policies->first();
    QCOMPARE(p.name, QStringLiteral("nightly"));
    QCOMPARE(p.volumes, QStringList{m_vol1.id});
    QCOMPARE(p.schedule, QStringLiteral("Mon..Fri 22:00"));
    QCOMPARE(p.retention.daily, 7);
    QCOMPARE(p.retention.weekly, 4);
    QCOMPARE(p.retention.monthly, 12);
    QCOMPARE(p.retention.minAgeSeconds, 2 * 86400);
    QCOMPARE(model->index(0, PolicyModel::NextRun).data(PolicyModel::RawRole).toDateTime(),
             *spec->nextAfter(QDateTime::currentDateTimeUtc()));
}

void TestGuiPolicies::previewMarksKeepAndRemove()
{
    // web-1's backups at chosen times (midday UTC, so the day is the same in any nearby zone).
    const QString newest = catalogBackup(m_vol2, utc("2026-01-10T12:00:00Z"), QStringLiteral("jan10-noon"));
    const QString earlier = catalogBackup(m_vol2, utc("2026-01-10T10:00:00Z"), QStringLiteral("jan10-ten"));
    const QString day9 = catalogBackup(m_vol2, utc("2026-01-09T12:00:00Z"), QStringLiteral("jan09"));
    const QString day8 = catalogBackup(m_vol2, utc("2026-01-08T12:00:00Z"), QStringLiteral("jan08"));
    const QString day7 = catalogBackup(m_vol2, utc("2026-01-07T12:00:00Z"), QStringLiteral("jan07"));
    QVERIFY(test::catalogOf(*m_engine).setBackupProtected(day8, true).ok());
    m_session->refreshBackups(m_vol2.id);
    QTRY_COMPARE(m_session->backupModel()->backupsOfVolume(m_vol2.id).size(), 5);

    PolicyDialog *dlg = openNewDialog();
    QVERIFY(dlg);
    dlg->findChild<QLineEdit *>(QStringLiteral("policyNameLineEdit"))->setText(QStringLiteral("web"));
    checkVolume(dlg, m_vol2.id);
    RetentionPreview *preview = dlg->preview();
    QCOMPARE(preview->volumeId(), m_vol2.id);
    setCounts(dlg, {0, 0, 2, 0, 0, 0}); // keep-daily 2
    QSignalSpy updated(preview, &RetentionPreview::updated);
    QTRY_VERIFY(!preview->isBusy() && preview->decisions().size() == 5);
    const QHash<QString, bool> keep = preview->decisions();
    QCOMPARE(keep.value(newest), true);   // the newest of Jan 10
    QCOMPARE(keep.value(earlier), false); // not the newest of its day
    QCOMPARE(keep.value(day9), true);     // the second day
    QCOMPARE(keep.value(day8), true);     // protected
    QCOMPARE(keep.value(day7), false);    // a third day
    // Each row says why it stays.
    auto *tree = dlg->findChild<QTreeWidget *>(QStringLiteral("previewTreeWidget"));
    QCOMPARE(tree->topLevelItemCount(), 5);
    QHash<QString, QString> why;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        why.insert(tree->topLevelItem(i)->text(0), tree->topLevelItem(i)->text(3));
    QCOMPARE(why.value(QStringLiteral("jan10-noon")), QStringLiteral("daily"));
    QCOMPARE(why.value(QStringLiteral("jan08")), QStringLiteral("protected"));
    QCOMPARE(why.value(QStringLiteral("jan07")), QString());

    // A wider rule keeps more: the preview follows the spin boxes.
    setCounts(dlg, {0, 0, 4, 0, 0, 0});
    QTRY_VERIFY(!preview->isBusy() && preview->decisions().value(day7));
    QCOMPARE(preview->decisions().value(earlier), false);
    dlg->reject();
    QVERIFY(m_engine->backupPolicy(QStringLiteral("web")).error().contains(QStringLiteral("web")));
}

void TestGuiPolicies::protectFromBackupsPage()
{
    m_window->showPage(MainWindow::BackupsPageIndex);
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({m_real.id});
    BackupActions *actions = page->actions();
    QTRY_VERIFY(actions->protect()->isEnabled());
    QVERIFY(!actions->unprotect()->isEnabled());
    actions->protect()->trigger();
    QTRY_VERIFY(m_engine->backup(m_real.id)->protectedBackup);
    // Marked in the list, and the actions turn around.
    BackupModel *model = m_session->backupModel();
    QTRY_VERIFY(model->find(m_real.id) && model->find(m_real.id)->protectedBackup);
    const QModelIndex name = model->index(model->rowOf(m_real.id), BackupModel::Name);
    QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(name.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Protected")));
    QTRY_VERIFY(actions->unprotect()->isEnabled());
    QVERIFY(!actions->protect()->isEnabled());

    // Deleting it is refused, with the reason.
    actions->remove()->trigger();
    auto *dlg = waitForDialog<DeleteBackupsDialog>(m_window.get());
    QVERIFY(dlg);
    QTRY_VERIFY(!dlg->isPlanning());
    QVERIFY(!dlg->findChild<QPushButton *>(QStringLiteral("deleteButton"))->isEnabled());
    QCOMPARE(dlg->blocked().size(), 1);
    const QString reason =
        dlg->findChild<QListWidget *>(QStringLiteral("blockedListWidget"))->item(0)->text();
    QVERIFY2(reason.contains(QStringLiteral("protected"), Qt::CaseInsensitive), qPrintable(reason));
    dlg->reject();
    QVERIFY(m_engine->backup(m_real.id));

    // Unprotect: deletable again.
    actions->unprotect()->trigger();
    QTRY_VERIFY(!m_engine->backup(m_real.id)->protectedBackup);
    QTRY_VERIFY(!model->find(m_real.id)->protectedBackup);
    QVERIFY(model->index(model->rowOf(m_real.id), BackupModel::Name).data(Qt::DecorationRole).isNull());
}

void TestGuiPolicies::nextRunPerVolume()
{
    m_window->showPage(MainWindow::VolumesPageIndex);
    VolumeModel *volumes = m_session->volumeModel();
    auto rowOf = [volumes](const QString &id) {
        for (int r = 0; r < volumes->rowCount(); ++r) {
            if (volumes->volumeAt(r).id == id)
                return r;
        }
        return -1;
    };
    const auto spec = CalendarSpec::parse(QStringLiteral("Mon..Fri 22:00"));
    const QDateTime expected = *spec->nextAfter(QDateTime::currentDateTimeUtc());
    const QModelIndex db = volumes->index(rowOf(m_vol1.id), VolumeModel::NextRun);
    QTRY_COMPARE(db.data(VolumeModel::RawRole).toDateTime(), expected);
    QCOMPARE(db.data().toString(), dateTimeText(expected));
    QVERIFY(db.data(Qt::ToolTipRole).toString().contains(QStringLiteral("nightly")));
    // web-1 has no policy yet.
    QVERIFY(!volumes->index(rowOf(m_vol2.id), VolumeModel::NextRun)
                 .data(VolumeModel::RawRole)
                 .toDateTime()
                 .isValid());

    // A policy made elsewhere (the CLI) that runs sooner on web-1 shows after the list is read again.
    BackupPolicy hourly;
    hourly.name = QStringLiteral("web-hourly");
    hourly.match = QStringLiteral("web-*");
    hourly.schedule = QStringLiteral("hourly");
    hourly.retention.last = 3;
    QVERIFY(m_engine->createBackupPolicy(hourly));
    m_window->policiesPage()->reload();
    const QDateTime nextHour =
        *CalendarSpec::parse(QStringLiteral("hourly"))->nextAfter(QDateTime::currentDateTimeUtc());
    QTRY_COMPARE(
        volumes->index(rowOf(m_vol2.id), VolumeModel::NextRun).data(VolumeModel::RawRole).toDateTime(),
        nextHour);
    QVERIFY(volumes->index(rowOf(m_vol2.id), VolumeModel::NextRun)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("web-hourly")));
    // The column is on the page's view.
    auto *view = m_window->volumesPage()->view();
    QCOMPARE(view->model()->headerData(VolumeModel::NextRun, Qt::Horizontal).toString(),
             QStringLiteral("Next scheduled backup"));
}

void TestGuiPolicies::runNowBacksUpCoveredVolumes()
{
    m_window->showPage(MainWindow::PoliciesPageIndex);
    PoliciesPage *page = m_window->policiesPage();
    QTRY_VERIFY(page->model()->rowOf(QStringLiteral("nightly")) >= 0);
    page->view()->selectRow(page->model()->rowOf(QStringLiteral("nightly")));
    QCOMPARE(page->selectedName(), QStringLiteral("nightly"));
    QVERIFY(page->runAction()->isEnabled());
    const qsizetype before = m_engine->backups(m_vol1.id)->size();
    QSignalSpy finished(m_session, &Session::jobFinished);
    page->runAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60000);
    auto *job = finished.first().first().value<Job *>();
    QVERIFY2(job->status() == JobStatus::Done, qPrintable(job->message()));
    // One new backup of the covered volume (db-1), none of web-1's changed.
    const auto after = m_engine->backups(m_vol1.id);
    QCOMPARE(after->size(), before + 1);
    QVERIFY(std::any_of(after->cbegin(), after->cend(), [](const Backup &b) {
        return b.description == QStringLiteral("By policy nightly");
    }));
    QCOMPARE(m_engine->backups(m_vol2.id)->size(), 5);
    // The new backup shows in the list.
    QTRY_COMPARE(m_session->backupModel()->backupsOfVolume(m_vol1.id).size(), before + 1);
}

void TestGuiPolicies::onlyPolicyManagersChangePolicies()
{
    Caller member;
    member.account = QStringLiteral("alice");
    member.role = Role::Member;
    member.projects = {QString::fromLatin1(DefaultProject)};
    m_session->setPermissions(Permissions(Policy::seedDefaults(), member));
    PoliciesPage *page = m_window->policiesPage();
    m_window->showPage(MainWindow::PoliciesPageIndex);
    QVERIFY(!page->newAction()->isEnabled());
    QVERIFY(!page->newAction()->toolTip().isEmpty());
    QCOMPARE(page->newAction()->toolTip(), m_session->permissions().whyNot(Action::ManagePolicies));
    page->view()->selectRow(0);
    QVERIFY(!page->editAction()->isEnabled());
    QVERIFY(!page->deleteAction()->isEnabled());
    m_window->showPage(MainWindow::BackupsPageIndex);
    m_window->backupsPage()->selectBackups({m_real.id});
    QVERIFY(!m_window->backupsPage()->actions()->protect()->isEnabled());
    QCOMPARE(m_window->backupsPage()->actions()->protect()->toolTip(),
             m_session->permissions().whyNot(Action::ManagePolicies, m_real.project));
    m_session->setPermissions(Permissions::of(*m_engine));
    QVERIFY(page->newAction()->isEnabled());
}

// The scope switcher narrows the policies to those of one project: the
// project's own and those covering one of its volumes (by list or by name
// pattern); "All projects" shows every one again.
void TestGuiPolicies::listFollowsProjectScope()
{
    QVERIFY(m_engine->createProject(QStringLiteral("p2")));
    CreateVolumeParams params;
    params.name = QStringLiteral("web-p2");
    params.project = QStringLiteral("p2");
    params.size = 4 * MiB;
    QVERIFY(m_engine->createVolume(params));
    BackupPolicy weekly;
    weekly.name = QStringLiteral("p2-weekly");
    weekly.project = QStringLiteral("p2");
    weekly.schedule = QStringLiteral("weekly");
    weekly.retention.last = 2;
    QVERIFY(m_engine->createBackupPolicy(weekly));

    PoliciesPage *page = m_window->policiesPage();
    m_window->showPage(MainWindow::PoliciesPageIndex);
    auto names = [page] {
        QStringList out;
        for (const BackupPolicy &p : page->model()->all())
            out << p.name;
        out.sort();
        return out;
    };
    const QStringList all{QStringLiteral("nightly"), QStringLiteral("p2-weekly"),
                          QStringLiteral("web-hourly")};
    page->reload();
    QTRY_COMPARE(names(), all);

    QComboBox *scope = m_window->scopeSwitcher()->comboBox();
    m_session->refreshProjects();
    QTRY_VERIFY(scope->findData(QStringLiteral("p2")) >= 0);
    scope->setCurrentIndex(scope->findData(QStringLiteral("p2")));
    QCOMPARE(m_session->project(), QStringLiteral("p2"));
    // web-hourly matches web-p2; nightly covers only db-1 of the admin project.
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("p2-weekly"), QStringLiteral("web-hourly")}));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("policiesTitleLabel"))
                ->text()
                .contains(QStringLiteral("p2")));
    scope->setCurrentIndex(scope->findData(QString::fromLatin1(DefaultProject)));
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("nightly"), QStringLiteral("web-hourly")}));
    scope->setCurrentIndex(0);
    QTRY_COMPARE(names(), all);
}

QTEST_MAIN(TestGuiPolicies)
#include "tst_gui_policies.moc"
