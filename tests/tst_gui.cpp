// The console driven through its real window on the offscreen platform:
// create a full and an incremental backup through the dialog, see them in
// the list and on the chain page, restore to a new volume byte for byte,
// edit, tag, a refused delete and a delete in chain order, cancel a running
// job, closing with a running job, and the first run with demo data. Access:
// the project scope limits every list, the audit page lists what was done
// and by whom, actions the user may not take are disabled with the reason,
// and the login dialog opens the engine off the GUI thread and lets a
// refused login try again.
#include "BackupActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestPostgres.h"
#include "TestSupport.h"
#include "chain/ChainPlot.h"
#include "dialogs/CreateBackupDialog.h"
#include "dialogs/CreateVolumeDialog.h"
#include "dialogs/DeleteBackupsDialog.h"
#include "dialogs/EditBackupDialog.h"
#include "dialogs/EditTagsDialog.h"
#include "dialogs/LoginDialog.h"
#include "dialogs/RestoreDialog.h"
#include "engine/Job.h"
#include "engine/Rules.h"
#include "i18n/Language.h"
#include "models/AuditModel.h"
#include "models/BackupModel.h"
#include "models/BackupProxyModel.h"
#include "models/JobModel.h"
#include "models/VolumeModel.h"
#include "pages/AuditPage.h"
#include "pages/BackupsPage.h"
#include "pages/ChainPage.h"
#include "pages/DashboardPage.h"
#include "pages/JobsPage.h"
#include "pages/VolumesPage.h"
#include "util/Validate.h"
#include "volumes/FileBackend.h"
#include "volumes/VolumeBackend.h"
#include "widgets/EmptyState.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"
#include "widgets/ScopeSwitcher.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QWheelEvent>

#include <pwd.h>
#include <unistd.h>

using namespace cb;
using namespace cb::ui;
using cb::test::waitForDialog;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int JobTimeout = 120000;

QPushButton *button(QWidget *dialog, const char *name)
{
    return dialog->findChild<QPushButton *>(QLatin1String(name));
}

QString osUser()
{
    const passwd *pw = getpwuid(geteuid());
    return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(geteuid());
}

} // namespace

class TestGui final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void createFullAndIncremental();
    void forceOnlyForInUseVolume();
    void chainShowsNodesAndEdge();
    void restoreToNewVolume();
    void restoreTargetsAndConfirmation();
    void editAndTags();
    void refusedDelete();
    void deleteInChainOrder();
    void mixedDeleteKeepsWhatIsBlocked();
    void deletePlanOffTheGuiThreadAtScale();
    void firstStartSaysWhatToDo();
    void countsFollowDeletes();
    void languageSwitchFollowsEverywhere();
    void cancelRunningJob();
    void firstRunDemoData();
    void chainWithThousandBackups();
    void changesFromAnotherConsoleAppear();
    void scopeSwitcherLimitsLists();
    void dashboardSaysWhenNothingIsStored();
    void auditPageListsActions();
    void actionsTheUserMayNotTakeAreDisabled();
    void loginRetriesOffTheGuiThread();
    void memberOnSharedCatalog();

private:
    Volume volume(const QString &name) const;
    Job *createBackupThroughDialog(const QString &volumeId, bool incremental, const QString &name);

    QTemporaryDir m_home;
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    Session *m_session = nullptr;
    Volume m_vol;
    QString m_full, m_incremental;
};

Volume TestGui::volume(const QString &name) const
{
    auto v = m_engine->resolveVolume(name);
    return v ? *v : Volume{};
}

void TestGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<cb::Job *>();
    MessageBox::resetForTest();
    QVERIFY(m_home.isValid());
    EngineConfig config;
    config.home = m_home.path();
    auto engine = Engine::open(config);
    QVERIFY2(engine, qPrintable(engine.error()));
    m_engine = *engine;
    CreateVolumeParams p;
    p.name = QStringLiteral("vol1");
    p.size = 64 * MiB;
    auto v = m_engine->createVolume(p);
    QVERIFY2(v, qPrintable(v.error()));
    m_vol = *v;
    test::writeRandom(m_vol.device, 0, 16 * MiB, 1);
    test::writeText(m_vol.device, 40 * MiB, 2 * MiB);

    m_window = std::make_unique<MainWindow>(m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session = m_window->session();
    QTRY_VERIFY(m_session->backupModel()->isLoaded() && m_session->volumeModel()->isLoaded());
    QCOMPARE(m_session->volumeModel()->rowCount(), 1);
}

void TestGui::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
}

Job *TestGui::createBackupThroughDialog(const QString &volumeId, bool incremental, const QString &name)
{
    BackupsPage *page = m_window->backupsPage();
    QAction *create = page->actions()->create();
    if (!create->isEnabled())
        return nullptr;
    page->actions()->openCreate(volumeId);
    auto *dlg = waitForDialog<CreateBackupDialog>(m_window.get());
    if (!dlg)
        return nullptr;
    const char *type = incremental ? "incrementalBackupRadioButton" : "fullBackupRadioButton";
    dlg->findChild<QRadioButton *>(QLatin1String(type))->setChecked(true);
    QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("nameLineEdit")), name);
    QSignalSpy started(m_session, &Session::jobStarted);
    QPushButton *ok = button(dlg, "createButton");
    if (!ok->isEnabled())
        return nullptr;
    QTest::mouseClick(ok, Qt::LeftButton);
    if (started.isEmpty() && !started.wait(2000))
        return nullptr;
    return started.first().first().value<Job *>();
}

void TestGui::createFullAndIncremental()
{
    // Through the toolbar action: the dialog opens with the only volume and "full" forced.
    m_window->backupsPage()->actions()->create()->trigger();
    auto *dlg = waitForDialog<CreateBackupDialog>(m_window.get());
    QVERIFY(dlg);
    QVERIFY(!dlg->findChild<QRadioButton *>(QStringLiteral("incrementalBackupRadioButton"))->isEnabled());
    QVERIFY(dlg->findChild<QRadioButton *>(QStringLiteral("fullBackupRadioButton"))->isChecked());
    QVERIFY(dlg->findChild<QCheckBox *>(QStringLiteral("forceBackupCheckBox"))->isHidden());
    // A bad name: the reason inline, OK disabled.
    auto *name = dlg->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    name->setText(QStringLiteral("   x\ny"));
    QVERIFY(!button(dlg, "createButton")->isEnabled());
    QVERIFY(!dlg->findChild<MessageBanner *>(QStringLiteral("messageBanner"))->text().isEmpty());
    name->clear();
    QVERIFY(button(dlg, "createButton")->isEnabled());
    dlg->reject();

    QSignalSpy resets(m_session->backupModel(), &QAbstractItemModel::modelReset);
    Job *job = createBackupThroughDialog(m_vol.id, false, QStringLiteral("first"));
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), JobTimeout);
    QVERIFY2(job->status() == JobStatus::Done, qPrintable(job->message()));
    QTRY_COMPARE(m_session->backupModel()->rowCount(), 1);
    QTRY_COMPARE(m_session->backupModel()->backupAt(0).status, BackupStatus::Available);
    m_full = m_session->backupModel()->backupAt(0).id;

    // Change the volume, then an incremental: now offered.
    test::writeRandom(m_vol.device, 4 * MiB, 2 * MiB, 2);
    job = createBackupThroughDialog(m_vol.id, true, QStringLiteral("second"));
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), JobTimeout);
    QVERIFY2(job->status() == JobStatus::Done, qPrintable(job->message()));
    QTRY_COMPARE(m_session->backupModel()->rowCount(), 2);
    const QList<Backup> backups = m_session->backupModel()->backupsOfVolume(m_vol.id);
    QTRY_COMPARE(m_session->backupModel()->backupsOfVolume(m_vol.id).last().status, BackupStatus::Available);
    QCOMPARE(backups.last().name, QStringLiteral("second"));
    QCOMPARE(backups.last().kind, BackupKind::Incremental);
    QCOMPARE(backups.last().parentId, m_full);
    m_incremental = backups.last().id;
    // Both in the list, and the rows came in as inserts, not resets.
    QCOMPARE(m_window->backupsPage()->proxy()->rowCount(), 2);
    QCOMPARE(resets.size(), 0);
    // Finished jobs stay listed with their result.
    QCOMPARE(m_session->jobModel()->rowCount(), 2);
    QVERIFY(m_session->jobModel()
                ->index(0, JobModel::Result)
                .data()
                .toString()
                .contains(QStringLiteral("second")));
}

void TestGui::forceOnlyForInUseVolume()
{
    auto fd = FileBackend::attach(m_vol.device);
    QVERIFY2(fd, qPrintable(fd.error()));
    m_session->refreshVolumes();
    QTRY_COMPARE(m_session->volumeModel()->find(m_vol.id)->status, VolumeStatus::InUse);
    m_window->backupsPage()->actions()->openCreate(m_vol.id);
    auto *dlg = waitForDialog<CreateBackupDialog>(m_window.get());
    QVERIFY(dlg);
    auto *force = dlg->findChild<QCheckBox *>(QStringLiteral("forceBackupCheckBox"));
    QVERIFY(!force->isHidden());
    QVERIFY(!button(dlg, "createButton")->isEnabled());
    QVERIFY(dlg->findChild<MessageBanner *>(QStringLiteral("messageBanner"))
                ->text()
                .contains(QStringLiteral("in use")));
    force->setChecked(true);
    QVERIFY(button(dlg, "createButton")->isEnabled());
    QVERIFY(dlg->findChild<MessageBanner *>(QStringLiteral("forceWarningBanner"))
                ->text()
                .contains(QStringLiteral("latency")));
    QVERIFY(dlg->params().force);
    dlg->reject();
    ::close(*fd);
    m_session->refreshVolumes();
    QTRY_COMPARE(m_session->volumeModel()->find(m_vol.id)->status, VolumeStatus::Available);
}

void TestGui::chainShowsNodesAndEdge()
{
    // The chain icon's action on the selected row opens the volume's chain page.
    m_window->backupsPage()->selectBackups({m_incremental});
    QCOMPARE(m_window->backupsPage()->selectedIds(), QStringList{m_incremental});
    m_window->backupsPage()->actions()->chain()->trigger();
    QCOMPARE(m_window->currentPage(), MainWindow::ChainPageIndex);
    ChainPage *chain = m_window->chainPage();
    QCOMPARE(chain->volumeId(), m_vol.id);
    QCOMPARE(chain->plot()->nodeCount(), 2);
    QCOMPARE(chain->plot()->edgeCount(), 1);
    QCOMPARE(chain->plot()->laneCount(), 1);
    QCOMPARE(chain->plot()->selectedId(), m_incremental);

    // A click on the full backup's marker selects it and fills the details.
    QCoreApplication::processEvents();
    chain->plot()->canvas()->repaint();
    const QPoint at = chain->plot()->nodePosition(m_full);
    QSignalSpy selected(chain->plot(), &ChainPlot::selectionChanged);
    QTest::mouseClick(chain->plot()->canvas(), Qt::LeftButton, {}, at);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(chain->plot()->selectedId(), m_full);
    QCOMPARE(chain->actions()->selection(), QStringList{m_full});
    QVERIFY(chain->actions()->restore()->isEnabled());
    QVERIFY(chain->actions()->remove()->isEnabled());
}

void TestGui::restoreToNewVolume()
{
    // Restore from the chain page: double-click the incremental.
    ChainPage *chain = m_window->chainPage();
    QTest::mouseDClick(chain->plot()->canvas(), Qt::LeftButton, {},
                       chain->plot()->nodePosition(m_incremental));
    auto *dlg = waitForDialog<RestoreDialog>(m_window.get());
    QVERIFY(dlg);
    QCOMPARE(dlg->backup().id, m_incremental);
    auto *type = dlg->findChild<QLineEdit *>(QStringLiteral("volumeTypeLineEdit"));
    QCOMPARE(type->text(), VolumeModel::typeText(QStringLiteral("file"))); // "Image file", translated
    QVERIFY(type->isReadOnly() && !type->isEnabled());
    auto *name = dlg->findChild<QLineEdit *>(QStringLiteral("volumeNameLineEdit"));
    name->setText(QStringLiteral("vol1")); // exists already
    QVERIFY(!button(dlg, "restoreButton")->isEnabled());
    name->setText(QStringLiteral("restored1"));
    QVERIFY(button(dlg, "restoreButton")->isEnabled());
    QSignalSpy started(m_session, &Session::jobStarted);
    QTest::mouseClick(button(dlg, "restoreButton"), Qt::LeftButton);
    QVERIFY(started.size() == 1 || started.wait(2000));
    Job *job = started.first().first().value<Job *>();
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), JobTimeout);
    QVERIFY2(job->status() == JobStatus::Done, qPrintable(job->message()));
    QTRY_VERIFY(m_session->volumeModel()->rowCount() == 2);
    const Volume restored = volume(QStringLiteral("restored1"));
    QCOMPARE(restored.size, m_vol.size);
    // The source has not changed since the incremental: byte for byte equal.
    QVERIFY(test::sameContent(restored.device, m_vol.device));
    QTRY_COMPARE(m_session->backupModel()->find(m_incremental)->status, BackupStatus::Available);
}

void TestGui::restoreTargetsAndConfirmation()
{
    CreateVolumeParams small;
    small.name = QStringLiteral("small");
    small.size = 16 * MiB;
    QVERIFY(m_engine->createVolume(small));
    m_session->refreshVolumes();
    QTRY_COMPARE(m_session->volumeModel()->rowCount(), 3);
    m_window->backupsPage()->actions()->openRestore(m_full);
    auto *dlg = waitForDialog<RestoreDialog>(m_window.get());
    QVERIFY(dlg);
    dlg->findChild<QRadioButton *>(QStringLiteral("existingVolumeRadioButton"))->setChecked(true);
    auto *targets = dlg->findChild<QComboBox *>(QStringLiteral("targetVolumeComboBox"));
    // All three listed; the 16 MiB one disabled (tst_gui_layout checks its reason).
    QCOMPARE(targets->count(), 3);
    QVERIFY(targets->findData(volume(QStringLiteral("small")).id) >= 0);
    QVERIFY(targets->currentData().toString() != volume(QStringLiteral("small")).id);
    auto *confirm = dlg->findChild<QCheckBox *>(QStringLiteral("confirmOverwriteCheckBox"));
    QVERIFY(!confirm->isHidden());
    QVERIFY(!dlg->findChild<MessageBanner *>(QStringLiteral("overwriteWarningBanner"))->text().isEmpty());
    QVERIFY(!button(dlg, "restoreButton")->isEnabled());
    confirm->setChecked(true);
    QVERIFY(button(dlg, "restoreButton")->isEnabled());
    // Another target must be confirmed again.
    targets->setCurrentIndex(targets->findData(
        targets->currentData().toString() == m_vol.id ? volume(QStringLiteral("restored1")).id : m_vol.id));
    QVERIFY(!confirm->isChecked());
    QVERIFY(!button(dlg, "restoreButton")->isEnabled());
    dlg->reject();
}

void TestGui::editAndTags()
{
    m_window->showPage(MainWindow::BackupsPageIndex);
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({m_full});
    QVERIFY(page->actions()->edit()->isEnabled());
    QSignalSpy resets(m_session->backupModel(), &QAbstractItemModel::modelReset);
    page->actions()->edit()->trigger();
    auto *edit = waitForDialog<EditBackupDialog>(m_window.get());
    QVERIFY(edit);
    auto *name = edit->findChild<QLineEdit *>(QStringLiteral("nameLineEdit"));
    name->clear();
    QVERIFY(!button(edit, "saveButton")->isEnabled()); // an empty name is refused inline
    QTest::keyClicks(name, QStringLiteral("first-renamed"));
    edit->findChild<QPlainTextEdit *>(QStringLiteral("descriptionTextEdit"))
        ->setPlainText(QStringLiteral("Before the upgrade"));
    QTest::mouseClick(button(edit, "saveButton"), Qt::LeftButton);
    QTRY_COMPARE(m_session->backupModel()->find(m_full)->name, QStringLiteral("first-renamed"));
    QCOMPARE(m_session->backupModel()->find(m_full)->description, QStringLiteral("Before the upgrade"));
    QCOMPARE(m_engine->backup(m_full)->name, QStringLiteral("first-renamed"));
    QCOMPARE(page->selectedIds(), QStringList{m_full}); // updated in place, selection kept

    page->actions()->editTags()->trigger();
    auto *tags = waitForDialog<EditTagsDialog>(m_window.get());
    QVERIFY(tags);
    auto *input = tags->findChild<QLineEdit *>(QStringLiteral("tagLineEdit"));
    auto *list = tags->findChild<QListWidget *>(QStringLiteral("tagListWidget"));
    tags->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(tags));
    // The dialog opens with the focus in the tag field, so what the user types
    // goes there (it went to OK, and the first Enter closed the dialog).
    QCOMPARE(QApplication::focusWidget(), input);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("weekly"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // Enter adds the tag and does not press OK: nothing is being saved, the
    // dialog stays, the field is empty and keeps the focus for the next tag.
    QCOMPARE(list->count(), 1);
    QVERIFY(input->text().isEmpty());
    QVERIFY(button(tags, "okButton")->isEnabled());
    QVERIFY(tags->isVisible());
    QCOMPARE(QApplication::focusWidget(), input);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("dai"));
    QCOMPARE(input->text(), QStringLiteral("dai"));
    QCOMPARE(tags->result(), 0);
    input->clear();
    QTest::keyClicks(input, QStringLiteral("bad,tag"));
    QVERIFY(!button(tags, "okButton")->isEnabled()); // refused inline
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(list->count(), 1); // and not added
    input->clear();
    QCOMPARE(list->count(), 1);
    QVERIFY(list->item(0)->text().contains(QStringLiteral("new tag")));
    QTest::mouseClick(button(tags, "okButton"), Qt::LeftButton);
    QTRY_COMPARE(m_session->backupModel()->find(m_full)->tags, QStringList{QStringLiteral("weekly")});
    QCOMPARE(m_engine->backup(m_full)->tags, QStringList{QStringLiteral("weekly")});
    QCOMPARE(resets.size(), 0);
    QCOMPARE(page->selectedIds(), QStringList{m_full});

    // The tag filter finds it.
    auto *tagFilter = page->findChild<QComboBox *>(QStringLiteral("tagFilterComboBox"));
    QTRY_VERIFY(tagFilter->findText(QStringLiteral("weekly")) > 0);
    tagFilter->setCurrentIndex(tagFilter->findText(QStringLiteral("weekly")));
    QCOMPARE(page->proxy()->rowCount(), 1);
    tagFilter->setCurrentIndex(0);
    QCOMPARE(page->proxy()->rowCount(), 2);
}

void TestGui::refusedDelete()
{
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({m_full});
    page->actions()->remove()->trigger();
    auto *dlg = waitForDialog<DeleteBackupsDialog>(m_window.get());
    QVERIFY(dlg);
    QTRY_VERIFY(!dlg->isPlanning());
    QVERIFY(!button(dlg, "deleteButton")->isEnabled());
    QVERIFY(button(dlg, "cancelButton")->isDefault());
    QCOMPARE(dlg->blocked().size(), 1);
    auto *blocked = dlg->findChild<QListWidget *>(QStringLiteral("blockedListWidget"));
    QCOMPARE(blocked->count(), 1);
    const QString reason = blocked->item(0)->text();
    QVERIFY2(reason.contains(QStringLiteral("second")), qPrintable(reason)); // names the blocker
    QVERIFY(!button(dlg, "includeDependantsButton")->isHidden());
    dlg->reject();
    QCOMPARE(m_session->backupModel()->rowCount(), 2);
}

void TestGui::deleteInChainOrder()
{
    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({m_full});
    page->actions()->remove()->trigger();
    auto *dlg = waitForDialog<DeleteBackupsDialog>(m_window.get());
    QVERIFY(dlg);
    // "Select the dependent backups too" turns the refusal into a leaf-first plan.
    QTRY_VERIFY(!dlg->isPlanning());
    QTest::mouseClick(button(dlg, "includeDependantsButton"), Qt::LeftButton);
    QTRY_VERIFY(!dlg->isPlanning());
    QCOMPARE(dlg->order(), (QStringList{m_incremental, m_full}));
    QVERIFY(dlg->blocked().isEmpty());
    auto *list = dlg->findChild<QListWidget *>(QStringLiteral("deletionOrderListWidget"));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("second")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("first-renamed")));
    QVERIFY(button(dlg, "deleteButton")->isEnabled());
    QSignalSpy started(m_session, &Session::jobStarted);
    QTest::mouseClick(button(dlg, "deleteButton"), Qt::LeftButton);
    QVERIFY(started.size() == 1 || started.wait(2000));
    Job *job = started.first().first().value<Job *>();
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), JobTimeout);
    QVERIFY2(job->status() == JobStatus::Done, qPrintable(job->message()));
    QTRY_COMPARE(m_session->backupModel()->rowCount(), 0);
    QVERIFY(m_engine->backups()->isEmpty());
}

void TestGui::mixedDeleteKeepsWhatIsBlocked()
{
    // A full backup with an incremental on it, and another volume's full
    // backup: selecting both fulls deletes the other volume's and keeps the
    // one the incremental needs, saying why.
    auto full = test::runBackup(*m_engine, m_vol.id, false, false, QStringLiteral("keep-full"));
    QVERIFY2(full, qPrintable(full.error()));
    test::writeRandom(m_vol.device, 0, MiB, 9);
    auto inc = test::runBackup(*m_engine, m_vol.id, true, false, QStringLiteral("keep-inc"));
    QVERIFY2(inc, qPrintable(inc.error()));
    const Volume other = volume(QStringLiteral("small"));
    QVERIFY(!other.id.isEmpty());
    auto gone = test::runBackup(*m_engine, other.id, false, false, QStringLiteral("goes"));
    QVERIFY2(gone, qPrintable(gone.error()));
    m_session->refreshBackups();
    QTRY_VERIFY(m_session->backupModel()->find(gone->id) && m_session->backupModel()->find(inc->id));

    BackupsPage *page = m_window->backupsPage();
    page->selectBackups({full->id, gone->id});
    page->actions()->remove()->trigger();
    auto *dlg = waitForDialog<DeleteBackupsDialog>(m_window.get());
    QVERIFY(dlg);
    QTRY_VERIFY(!dlg->isPlanning());
    QCOMPARE(dlg->order(), QStringList{gone->id});
    QCOMPARE(dlg->blocked().size(), 1);
    QCOMPARE(dlg->blocked().first().first, full->id);
    QVERIFY2(dlg->blocked().first().second.contains(QStringLiteral("keep-inc")),
             qPrintable(dlg->blocked().first().second));
    const QString summary = dlg->findChild<QLabel *>(QStringLiteral("deleteSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("1 backup")) &&
                 summary.contains(validate::formatSize(gone->storedBytes)),
             qPrintable(summary));
    QVERIFY(dlg->findChild<MessageBanner *>(QStringLiteral("irreversibleWarningBanner"))
                ->text()
                .contains(QStringLiteral("permanent")));
    QVERIFY(button(dlg, "cancelButton")->isDefault());
    QVERIFY(!button(dlg, "deleteButton")->isDefault());
    QVERIFY(button(dlg, "deleteButton")->isEnabled());
    QSignalSpy started(m_session, &Session::jobStarted);
    QTest::mouseClick(button(dlg, "deleteButton"), Qt::LeftButton);
    QVERIFY(started.size() == 1 || started.wait(2000));
    Job *job = started.first().first().value<Job *>();
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), JobTimeout);
    QVERIFY2(job->status() == JobStatus::Done, qPrintable(job->message()));
    QTRY_VERIFY(!m_session->backupModel()->find(gone->id));
    QVERIFY(m_engine->backup(full->id));
    QVERIFY(m_engine->backup(inc->id));
    QVERIFY(!m_engine->backup(gone->id));
    // Back to an empty list for the tests after this one.
    JobControl control;
    QVERIFY(m_engine->deleteBackups({inc->id, full->id}, control));
    m_session->refreshBackups();
    QTRY_COMPARE(m_session->backupModel()->rowCount(), 0);
}

void TestGui::deletePlanOffTheGuiThreadAtScale()
{
    // 5,200 backups in chains of 100, all selected: the plan is worked out
    // on a worker thread while the window stays live, then summed up; Enter
    // cancels (Cancel is the default) and nothing is deleted.
    QTemporaryDir home;
    EngineConfig config;
    config.home = home.path();
    auto engine = Engine::open(config);
    QVERIFY(engine);
    MainWindow window(*engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Session *session = window.session();
    QTRY_VERIFY(session->backupModel()->isLoaded() && !session->isLoading());
    QList<Backup> list;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-6000);
    qint64 stored = 0;
    QString parent;
    for (int i = 0; i < 5200; ++i) {
        Backup b;
        b.id = QStringLiteral("scale%1").arg(i, 7, 10, QLatin1Char('0'));
        b.name = QStringLiteral("b%1").arg(i);
        b.volumeId = QStringLiteral("file:admin/scale%1").arg(i / 1000);
        b.project = QStringLiteral("admin");
        b.kind = i % 100 == 0 ? BackupKind::Full : BackupKind::Incremental;
        b.parentId = b.kind == BackupKind::Full ? QString() : parent;
        b.status = BackupStatus::Available;
        b.storedBytes = (i % 100 == 0 ? 100 : 1) * MiB;
        b.createdAt = start.addSecs(qint64(i) * 86400);
        stored += b.storedBytes;
        parent = b.id;
        list << b;
    }
    session->backupModel()->setBackups(list);
    QCOMPARE(window.backupsPage()->proxy()->rowCount(), 5200);

    struct Seen
    {
        QThread *thread = nullptr;
    };
    auto seen = std::make_shared<Seen>();
    auto gate = std::make_shared<QSemaphore>();
    DeleteBackupsDialog::setPlannerForTest([seen, gate](const QStringList &ids, const QList<Backup> &all) {
        seen->thread = QThread::currentThread();
        gate->acquire();
        return rules::deletionPlan(ids, all);
    });
    auto restore = qScopeGuard([] { DeleteBackupsDialog::setPlannerForTest({}); });
    window.backupsPage()->view()->selectAll();
    QCOMPARE(window.backupsPage()->selectedIds().size(), 5200);
    window.backupsPage()->actions()->remove()->trigger();
    auto *dlg = waitForDialog<DeleteBackupsDialog>(&window);
    QVERIFY(dlg);
    // While the plan is worked out the window keeps handling events.
    QVERIFY(dlg->isPlanning());
    QVERIFY(!button(dlg, "deleteButton")->isEnabled());
    bool ticked = false;
    QTimer::singleShot(10, &window, [&ticked] { ticked = true; });
    QTRY_VERIFY(ticked);
    QVERIFY(dlg->isPlanning());
    QSignalSpy planned(dlg, &DeleteBackupsDialog::planned);
    QElapsedTimer t;
    t.start();
    gate->release();
    QVERIFY(planned.wait(20000));
    qInfo("delete plan of 5,200 backups: %lld ms", t.elapsed());
    QVERIFY(seen->thread && seen->thread != QThread::currentThread());
    QCOMPARE(dlg->order().size(), 5200);
    QVERIFY(dlg->blocked().isEmpty());
    // Leaf first: the newest backup goes first, a full only after its chain.
    QCOMPARE(dlg->order().first(), list.last().id);
    QVERIFY(dlg->order().indexOf(list.at(100).id) > dlg->order().indexOf(list.at(199).id));
    const QString summary = dlg->findChild<QLabel *>(QStringLiteral("deleteSummaryLabel"))->text();
    QVERIFY2(summary.contains(QStringLiteral("5,200")) && summary.contains(validate::formatSize(stored)),
             qPrintable(summary));
    QVERIFY(!dlg->findChild<MessageBanner *>(QStringLiteral("irreversibleWarningBanner"))->text().isEmpty());
    // The list is not 5,200 rows long: it says how many more.
    auto *orderList = dlg->findChild<QListWidget *>(QStringLiteral("deletionOrderListWidget"));
    QVERIFY(orderList->count() < 1000);
    QVERIFY(orderList->item(orderList->count() - 1)->text().contains(QStringLiteral("more")));
    // Enter is Cancel.
    QSignalSpy started(session, &Session::jobStarted);
    QTest::keyClick(dlg, Qt::Key_Return);
    QTRY_VERIFY(!dlg->isVisible());
    QCOMPARE(dlg->result(), int(QDialog::Rejected));
    QCOMPARE(started.size(), 0);
}

void TestGui::firstStartSaysWhatToDo()
{
    // An empty home: every page says what to do next, in full at any window
    // size and in both languages; a volume is created and deleted from the console.
    QTemporaryDir home;
    EngineConfig config;
    config.home = home.path();
    auto engine = Engine::open(config);
    QVERIFY(engine);
    MainWindow window(*engine);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Session *session = window.session();
    QTRY_VERIFY(session->backupModel()->isLoaded() && session->volumeModel()->isLoaded() &&
                !session->isLoading());
    QAction *create = window.backupsPage()->actions()->create();
    QVERIFY(!create->isEnabled());
    QVERIFY2(create->toolTip().contains(QStringLiteral("no volume")), qPrintable(create->toolTip()));

    const QList<QPair<MainWindow::Page, QString>> empties{
        {MainWindow::BackupsPageIndex, QStringLiteral("emptyStateWidget")},
        {MainWindow::VolumesPageIndex, QStringLiteral("volumesEmptyStateWidget")},
        {MainWindow::ChainPageIndex, QStringLiteral("chainEmptyStateWidget")},
        {MainWindow::DashboardPageIndex, QStringLiteral("dashboardEmptyStateWidget")}};
    auto english = qScopeGuard([] { i18n::install(QStringLiteral("en")); });
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(i18n::install(lang));
        for (const QSize size : {QSize(1280, 780), QSize(900, 600), QSize(700, 480)}) {
            window.resize(size);
            for (const auto &[page, name] : empties) {
                window.showPage(page);
                auto *state = window.findChild<EmptyState *>(name);
                QVERIFY2(state, qPrintable(name));
                QTRY_VERIFY2(state->isVisible(), qPrintable(name));
                QCoreApplication::processEvents();
                for (QLabel *label : {state->title(), state->text()}) {
                    QVERIFY2(!label->text().isEmpty(), qPrintable(name));
                    // All of it shown: as high as its wrapped text needs, and as wide as it is laid out.
                    QTRY_VERIFY(label->height() >= label->heightForWidth(label->width()));
                    const int needed = label->heightForWidth(label->width());
                    QVERIFY2(label->height() >= needed, qPrintable(QStringLiteral("%1 %2 at %3x%4: %5 < %6")
                                                                       .arg(name, lang)
                                                                       .arg(size.width())
                                                                       .arg(size.height())
                                                                       .arg(label->height())
                                                                       .arg(needed)));
                    QVERIFY(label->wordWrap());
                }
                QVERIFY2(state->text()->text().contains(QStringLiteral("<b>")), qPrintable(name));
            }
        }
    }
    QVERIFY(i18n::install(QStringLiteral("en")));
    window.resize(1280, 780);
    // The empty chain page shows no axes with "0 bytes".
    QVERIFY(!window.chainPage()->plot()->isVisible());

    // Create a volume from the empty state.
    window.showPage(MainWindow::BackupsPageIndex);
    QTest::mouseClick(
        window.backupsPage()->findChild<QPushButton *>(QStringLiteral("emptyCreateVolumeButton")),
        Qt::LeftButton);
    auto *dlg = waitForDialog<CreateVolumeDialog>(&window);
    QVERIFY(dlg);
    QCOMPARE(window.currentPage(), MainWindow::VolumesPageIndex);
    auto *type = dlg->findChild<QComboBox *>(QStringLiteral("volumeTypeComboBox"));
    QVERIFY(type->count() >= 1);
    QCOMPARE(type->currentData().toString(), QStringLiteral("file"));
    QCOMPARE(type->currentText(), VolumeModel::typeText(QStringLiteral("file")));
    QCOMPARE(dlg->findChild<QComboBox *>(QStringLiteral("volumeProjectComboBox"))->currentText(),
             QStringLiteral("admin"));
    QVERIFY(!button(dlg, "createVolumeButton")->isEnabled()); // no name yet
    QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("volumeNameLineEdit")),
                     QStringLiteral("data1"));
    auto *size = dlg->findChild<QLineEdit *>(QStringLiteral("volumeSizeLineEdit"));
    size->setText(QStringLiteral("lots"));
    QVERIFY(!button(dlg, "createVolumeButton")->isEnabled());
    QVERIFY(!dlg->findChild<MessageBanner *>()->text().isEmpty());
    size->setText(QStringLiteral("8M"));
    QVERIFY(button(dlg, "createVolumeButton")->isEnabled());
    QTest::mouseClick(button(dlg, "createVolumeButton"), Qt::LeftButton);
    QTRY_COMPARE(session->volumeModel()->rowCount(), 1);
    const Volume made = session->volumeModel()->volumeAt(0);
    QCOMPARE(made.name, QStringLiteral("data1"));
    QCOMPARE(made.size, 8 * MiB);
    QTRY_COMPARE(window.volumesPage()->selectedVolumeId(), made.id);
    // Now there is something to back up, and the pages show lists.
    QTRY_VERIFY(create->isEnabled());
    QTRY_VERIFY(!window.findChild<EmptyState *>(QStringLiteral("volumesEmptyStateWidget"))->isVisible());
    QCOMPARE(session->volumeModel()->index(0, VolumeModel::Type).data().toString(),
             VolumeModel::typeText(QStringLiteral("file")));
    // A second one with the same name is refused inline.
    window.volumesPage()->createVolumeAction()->trigger();
    dlg = waitForDialog<CreateVolumeDialog>(&window);
    QVERIFY(dlg);
    QTest::keyClicks(dlg->findChild<QLineEdit *>(QStringLiteral("volumeNameLineEdit")),
                     QStringLiteral("data1"));
    QVERIFY(!button(dlg, "createVolumeButton")->isEnabled());
    dlg->reject();

    // Delete it: asked first (No keeps it), then gone.
    QAction *remove = window.volumesPage()->deleteVolumeAction();
    QVERIFY(remove->isEnabled());
    auto answers = qScopeGuard([] { MessageBox::resetForTest(); });
    MessageBox::setNextAnswers({QMessageBox::Cancel});
    remove->trigger();
    QCOMPARE(session->volumeModel()->rowCount(), 1);
    MessageBox::setNextAnswers({QMessageBox::Yes});
    remove->trigger();
    // The engine keeps knowing it as deleted ("missing"); nothing live is left.
    auto live = [session] {
        int n = 0;
        for (const Volume &v : session->volumeModel()->all())
            n += v.status != VolumeStatus::Missing ? 1 : 0;
        return n;
    };
    QTRY_VERIFY2(live() == 0, qPrintable(MessageBox::askedForTest().join(u'\n')));
    QVERIFY(!QFile::exists(made.device));
    QTRY_VERIFY(!create->isEnabled());
    // Without the right to manage volumes: disabled, the reason as tooltip.
    const Caller alice{QStringLiteral("alice"), Role::Member, {QStringLiteral("p2")}};
    session->setPermissions(Permissions(Policy::seedDefaults(), alice));
    QVERIFY(!window.volumesPage()->createVolumeAction()->isEnabled());
    QVERIFY(
        window.volumesPage()->createVolumeAction()->toolTip().contains(QStringLiteral("Permission denied")));
    MessageBox::resetForTest();
}

void TestGui::countsFollowDeletes()
{
    // 340 backups, a search showing 25: deleting 3 the search hides updates the total.
    QTemporaryDir home;
    EngineConfig config;
    config.home = home.path();
    auto engine = Engine::open(config);
    QVERIFY(engine);
    MainWindow window(*engine);
    window.show();
    Session *session = window.session();
    QTRY_VERIFY(session->backupModel()->isLoaded() && !session->isLoading());
    QList<Backup> list;
    for (int i = 0; i < 340; ++i) {
        Backup b;
        b.id = QStringLiteral("count%1").arg(i, 5, 10, QLatin1Char('0'));
        b.name = (i < 25 ? QStringLiteral("keep-%1") : QStringLiteral("other-%1")).arg(i);
        b.volumeId = QStringLiteral("file:admin/count");
        b.project = QStringLiteral("admin");
        b.kind = BackupKind::Full;
        b.status = BackupStatus::Available;
        b.createdAt = QDateTime::currentDateTimeUtc().addSecs(-i * 60);
        list << b;
    }
    session->backupModel()->setBackups(list);
    auto *label = window.backupsPage()->findChild<QLabel *>(QStringLiteral("backupCountLabel"));
    // (English plurals read "backup(s)" without the English translation loaded.)
    QTRY_VERIFY2(label->text().startsWith(QStringLiteral("340 backup")), qPrintable(label->text()));
    window.backupsPage()
        ->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))
        ->setText(QStringLiteral("keep"));
    QTRY_COMPARE(window.backupsPage()->proxy()->rowCount(), 25);
    QVERIFY2(label->text().startsWith(QStringLiteral("25 of 340 backup")), qPrintable(label->text()));
    list.remove(100, 3);
    session->backupModel()->setBackups(list);
    QCOMPARE(session->backupModel()->rowCount(), 337);
    QTRY_VERIFY2(label->text().startsWith(QStringLiteral("25 of 337 backup")), qPrintable(label->text()));
    // One merged away for its volume (a delete job's re-read) too.
    list.removeLast();
    session->backupModel()->mergeVolume(QStringLiteral("file:admin/count"), list);
    QTRY_VERIFY2(label->text().startsWith(QStringLiteral("25 of 336 backup")), qPrintable(label->text()));
}

void TestGui::languageSwitchFollowsEverywhere()
{
    // Switching to Chinese through the menu: the window title (the page
    // shown), the chain summary, finished jobs' results and the volume type.
    QVERIFY(test::runBackup(*m_engine, m_vol.id, false).ok());
    m_session->refresh();
    QTRY_VERIFY(!m_session->backupModel()->backupsOfVolume(m_vol.id).isEmpty());
    m_window->showChain(m_vol.id);
    QTRY_VERIFY(m_window->chainPage()->plot()->nodeCount() > 0);
    auto *summary = m_window->chainPage()->findChild<QLabel *>(QStringLiteral("chainSummaryLabel"));
    QTRY_VERIFY(summary->text().contains(QStringLiteral("stored")));
    const QString englishTitle = m_window->windowTitle();
    QVERIFY2(englishTitle.contains(QStringLiteral("Backup Chain")), qPrintable(englishTitle));
    int doneRow = -1;
    for (int r = 0; r < m_session->jobModel()->rowCount() && doneRow < 0; ++r) {
        if (m_session->jobModel()->jobAt(r)->status() == JobStatus::Done)
            doneRow = r;
    }
    QVERIFY(doneRow >= 0);
    const QString englishResult = m_session->jobModel()->index(doneRow, JobModel::Result).data().toString();
    const int fileRow = [this] {
        for (int r = 0; r < m_session->volumeModel()->rowCount(); ++r) {
            if (m_session->volumeModel()->volumeAt(r).type == QLatin1String("file"))
                return r;
        }
        return -1;
    }();
    QVERIFY(fileRow >= 0);
    QCOMPARE(m_session->volumeModel()->index(fileRow, VolumeModel::Type).data().toString(),
             QStringLiteral("Image file"));

    m_window->findChild<QAction *>(QStringLiteral("languageAction_zh_CN"))->trigger();
    auto restore = qScopeGuard(
        [this] { m_window->findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger(); });
    QCOMPARE(i18n::current(), QStringLiteral("zh_CN"));
    QTRY_VERIFY(m_window->windowTitle() != englishTitle);
    QVERIFY2(m_window->windowTitle() != englishTitle &&
                 m_window->windowTitle().contains(
                     m_window->findChild<QListWidget *>(QStringLiteral("navigationList"))
                         ->item(MainWindow::ChainPageIndex)
                         ->text()),
             qPrintable(m_window->windowTitle()));
    QVERIFY2(!summary->text().contains(QStringLiteral("stored")) &&
                 !summary->text().contains(QStringLiteral("backup")),
             qPrintable(summary->text()));
    const QString chineseResult = m_session->jobModel()->index(doneRow, JobModel::Result).data().toString();
    QVERIFY2(chineseResult != englishResult, qPrintable(chineseResult));
    QVERIFY(m_session->volumeModel()->index(fileRow, VolumeModel::Type).data().toString() !=
            QLatin1String("file"));
}

void TestGui::cancelRunningJob()
{
    CreateVolumeParams p;
    p.name = QStringLiteral("big");
    p.size = 512 * MiB;
    auto big = m_engine->createVolume(p);
    QVERIFY(big);
    test::writeRandom(big->device, 0, 512 * MiB, 7);
    m_session->refreshVolumes();
    QTRY_VERIFY(m_session->volumeModel()->find(big->id));

    Job *job = createBackupThroughDialog(big->id, false, QStringLiteral("big-full"));
    QVERIFY(job);
    QTRY_VERIFY_WITH_TIMEOUT(job->meter().done() > 0 || !job->isRunning(), JobTimeout);
    QVERIFY2(job->isRunning(), "the 512 MiB backup ended before its first progress report");

    // Closing the window while it runs asks first; "No" keeps the window.
    MessageBox::setNextAnswers({QMessageBox::No});
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());
    QCOMPARE(MessageBox::askedForTest().size(), 1);

    // The jobs page shows it running; its cancel action cancels it.
    m_window->showPage(MainWindow::JobsPageIndex);
    auto *cancel = m_window->jobsPage()->findChild<QAction *>(QStringLiteral("cancelJobAction"));
    QVERIFY(cancel->isEnabled());
    cancel->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), JobTimeout);
    QCOMPARE(job->status(), JobStatus::Cancelled);
    QCOMPARE(m_session->jobModel()->index(0, JobModel::Status).data().toString(),
             jobStatusText(JobStatus::Cancelled));
    // No available backup is left behind.
    QTRY_VERIFY(std::none_of(
        m_session->backupModel()->all().cbegin(), m_session->backupModel()->all().cend(),
        [&](const Backup &b) { return b.volumeId == big->id && b.status == BackupStatus::Available; }));
    // The volume's newest backup is not the cancelled one (the quit dialog's promise).
    int bigRow = -1;
    for (int r = 0; r < m_session->volumeModel()->rowCount(); ++r)
        bigRow = m_session->volumeModel()->volumeAt(r).id == big->id ? r : bigRow;
    QVERIFY(bigRow >= 0);
    QTRY_COMPARE(m_session->volumeModel()->index(bigRow, VolumeModel::NewestBackup).data().toString(),
                 QString());
    // Nothing at all: no red 0-byte error row in the list or the catalog.
    QTRY_VERIFY(m_session->backupModel()->backupsOfVolume(big->id).isEmpty());
    const auto left = m_engine->backups(big->id);
    QVERIFY(left);
    QVERIFY(left->isEmpty());
}

void TestGui::firstRunDemoData()
{
    QTemporaryDir home;
    EngineConfig config;
    config.home = home.path();
    auto engine = Engine::open(config);
    QVERIFY(engine);
    MainWindow window(*engine);
    window.show();
    Session *session = window.session();
    QTRY_VERIFY(session->backupModel()->isLoaded() && session->volumeModel()->isLoaded());
    // The empty home says how to start.
    auto *stack = window.backupsPage()->findChild<QStackedWidget *>();
    QVERIFY(stack);
    QTRY_COMPARE(stack->currentWidget()->objectName(), QStringLiteral("emptyStateWidget"));
    QTest::mouseClick(window.backupsPage()->findChild<QPushButton *>(QStringLiteral("demoDataButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(
        session->jobModel()->rowCount() == 1 && !session->jobModel()->jobAt(0)->isRunning(), JobTimeout);
    QVERIFY2(session->jobModel()->jobAt(0)->status() == JobStatus::Done,
             qPrintable(session->jobModel()->jobAt(0)->message()));
    QTRY_COMPARE(session->volumeModel()->rowCount(), 3);
    QTRY_COMPARE(session->backupModel()->rowCount(), 10);
    QTRY_COMPARE(stack->currentWidget()->objectName(),
                 QStringLiteral("backupListSplitter")); // list and details
    // db-primary has two chains.
    QString dbId;
    for (const Volume &v : session->volumeModel()->all()) {
        if (v.name == QLatin1String("db-primary"))
            dbId = v.id;
    }
    window.showChain(dbId);
    QCOMPARE(window.chainPage()->plot()->nodeCount(), 6);
    QCOMPARE(window.chainPage()->plot()->laneCount(), 2);
    QCOMPARE(window.chainPage()->plot()->edgeCount(), 4);
}

void TestGui::chainWithThousandBackups()
{
    // 1,000 backups of one volume: a full every 50, incrementals between, one failed.
    QList<Backup> list;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-1000);
    QString parent;
    for (int i = 0; i < 1000; ++i) {
        Backup b;
        b.id = QStringLiteral("%1").arg(i, 8, 10, QLatin1Char('0'));
        b.name = QStringLiteral("b%1").arg(i);
        b.volumeId = QStringLiteral("file:admin/many");
        b.kind = i % 50 == 0 ? BackupKind::Full : BackupKind::Incremental;
        b.parentId = b.kind == BackupKind::Full ? QString() : parent;
        b.status = i == 77 ? BackupStatus::Error : BackupStatus::Available;
        b.storedBytes = (i % 50 == 0 ? 1000 : 10) * MiB;
        b.createdAt = start.addSecs(qint64(i) * 86400);
        if (b.status == BackupStatus::Available)
            parent = b.id;
        list << b;
    }
    ChainPlot plot;
    plot.resize(1100, 600);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QElapsedTimer t;
    t.start();
    plot.setBackups(list, false);
    QCoreApplication::processEvents(); // the queued replot
    plot.canvas()->repaint();
    const qint64 first = t.restart();
    for (int i = 0; i < 10; ++i) {
        QWheelEvent wheel(QPointF(500, 200), plot.canvas()->mapToGlobal(QPointF(500, 200)), {},
                          QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(plot.canvas(), &wheel);
        QCoreApplication::processEvents();
        plot.canvas()->repaint();
    }
    const qint64 zoom = t.elapsed();
    QCOMPARE(plot.nodeCount(), 1000);
    QCOMPARE(plot.laneCount(), 20);
    QCOMPARE(plot.edgeCount(), 1000 - 20);
    qInfo("chain of 1,000 backups: build and draw %lld ms, 10 wheel zooms with redraw %lld ms", first, zoom);
}

void TestGui::changesFromAnotherConsoleAppear()
{
    // Another console (here the command line) adds a backup and tags it: the
    // list picks both up by itself, without a refresh and without a reset.
    // (An empty list is simply reset: make sure one backup is shown first.)
    QVERIFY(test::runBackup(*m_engine, m_vol.id, false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->backupModel()->rowCount() > 0, 20000);
    QSignalSpy resets(m_session->backupModel(), &QAbstractItemModel::modelReset);
    QProcess ctl;
    ctl.start(qEnvironmentVariable("CLOUDBACKUPCTL"),
              {QStringLiteral("--home"), m_home.path(), QStringLiteral("--json"), QStringLiteral("backup"),
               QStringLiteral("create"), m_vol.id, QStringLiteral("--name"), QStringLiteral("from-cli")});
    QVERIFY(ctl.waitForFinished(60000));
    QCOMPARE(ctl.exitCode(), 0);
    const QString id = QJsonDocument::fromJson(ctl.readAllStandardOutput())[QStringLiteral("id")].toString();
    QVERIFY(!id.isEmpty());
    const auto shown = [this](const QString &backupId) -> std::optional<Backup> {
        const BackupModel *model = m_session->backupModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->backupAt(row).id == backupId)
                return model->backupAt(row);
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shown(id).has_value(), 20000);
    ctl.start(qEnvironmentVariable("CLOUDBACKUPCTL"),
              {QStringLiteral("--home"), m_home.path(), QStringLiteral("backup"), QStringLiteral("tags"), id,
               QStringLiteral("--add"), QStringLiteral("cli-tag")});
    QVERIFY(ctl.waitForFinished(60000));
    QCOMPARE(ctl.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(shown(id)->tags.contains(QStringLiteral("cli-tag")), 20000);
    QCOMPARE(resets.count(), 0);
}

// A backup of a volume that holds only zeros stores nothing: the dashboard
// says so, rather than that there are no backups.
void TestGui::dashboardSaysWhenNothingIsStored()
{
    QTemporaryDir home;
    auto engine = test::openEngineOrDie(home.path());
    const Volume v = test::makeVolumeOrDie(*engine, QStringLiteral("zeros"), 8 * MiB);
    MainWindow window(engine);
    window.show();
    auto *detail = window.dashboardPage()->findChild<QLabel *>(QStringLiteral("dashboardSavingCardDetail"));
    QVERIFY(detail);
    QTRY_COMPARE(detail->text(), QStringLiteral("No backups yet."));
    test::backupOrDie(*engine, v.id, false);
    window.session()->refresh();
    QTRY_COMPARE(detail->text(), QStringLiteral("Nothing stored: the data backed up is all zeros or holes."));
}

void TestGui::scopeSwitcherLimitsLists()
{
    // Volumes and backups in two projects; a cloud admin picks one, then all.
    QTemporaryDir home;
    EngineConfig config;
    config.home = home.path();
    auto engine = Engine::open(config);
    QVERIFY2(engine, qPrintable(engine.error()));
    QStringList ids;
    for (const QString &project : {QStringLiteral("admin"), QStringLiteral("p2")}) {
        CreateVolumeParams p;
        p.name = QStringLiteral("vol-") + project;
        p.project = project;
        p.size = 8 * MiB;
        auto v = (*engine)->createVolume(p);
        QVERIFY2(v, qPrintable(v.error()));
        test::writeRandom(v->device, 0, MiB, 3);
        auto b = test::runBackup(**engine, v->id, false);
        QVERIFY2(b, qPrintable(b.error()));
        ids << v->id;
    }
    MainWindow window(*engine);
    window.show();
    Session *session = window.session();
    QTRY_VERIFY(session->backupModel()->isLoaded() && session->volumeModel()->isLoaded());
    QTRY_COMPARE(session->backupModel()->rowCount(), 2);
    QCOMPARE(session->volumeModel()->rowCount(), 2);
    // Who is logged in: the OS user, a cloud admin (no login on the embedded catalog).
    const QString account = window.findChild<QLabel *>(QStringLiteral("accountLabel"))->text();
    QVERIFY2(account.contains(osUser()) && account.contains(roleText(Role::CloudAdmin)), qPrintable(account));

    QComboBox *scope = window.scopeSwitcher()->comboBox();
    QCOMPARE(scope->itemText(0), QStringLiteral("All projects"));
    QTRY_VERIFY(scope->findData(QStringLiteral("p2")) > 0);
    QVERIFY(scope->findData(QStringLiteral("admin")) > 0);
    scope->setCurrentIndex(scope->findData(QStringLiteral("p2")));
    QCOMPARE(session->project(), QStringLiteral("p2"));
    QTRY_VERIFY(session->volumeModel()->rowCount() == 1 && session->backupModel()->rowCount() == 1);
    QCOMPARE(session->volumeModel()->volumeAt(0).id, ids.at(1));
    QCOMPARE(session->backupModel()->backupAt(0).project, QStringLiteral("p2"));
    QCOMPARE(window.backupsPage()->proxy()->rowCount(), 1);
    QCOMPARE(window.auditPage()->filter().project, QStringLiteral("p2")); // the log follows the scope
    QVERIFY(window.statusBar()
                ->findChild<QLabel *>(QStringLiteral("scopeLabel"))
                ->text()
                .contains(QStringLiteral("p2")));
    // The chain page offers only the scope's volumes.
    auto *chainVolumes = window.chainPage()->findChild<QComboBox *>(QStringLiteral("chainVolumeComboBox"));
    QTRY_COMPARE(chainVolumes->count(), 1);
    QCOMPARE(chainVolumes->itemData(0).toString(), ids.at(1));
    // A refresh keeps the scope.
    session->refresh();
    QTRY_VERIFY(!session->isLoading());
    QCOMPARE(session->backupModel()->rowCount(), 1);

    scope->setCurrentIndex(0);
    QTRY_VERIFY(session->volumeModel()->rowCount() == 2 && session->backupModel()->rowCount() == 2);
}

void TestGui::auditPageListsActions()
{
    // An edit done through the engine shows on the audit page with the
    // authenticated account: the OS user owning the home.
    auto probe = m_engine->auditLog({});
    if (!probe && probe.error().contains(QStringLiteral("not implemented")))
        QSKIP("The catalog does not keep the audit log yet (the catalog's access change).");
    auto backups = m_engine->backups();
    QVERIFY(backups && !backups->isEmpty());
    const Backup target = backups->first();
    QVERIFY(m_engine->editBackup(target.id, QStringLiteral("audited"), std::nullopt));

    m_window->showPage(MainWindow::AuditPageIndex);
    AuditPage *page = m_window->auditPage();
    auto edited = [page, &target] {
        int n = 0;
        for (const AuditEntry &e : page->model()->entries())
            n += e.action == QLatin1String("backup.edit") && e.object.contains(target.id) ? 1 : 0;
        return n;
    };
    QTRY_VERIFY(!page->isLoading() && edited() > 0);
    AuditEntry entry;
    int row = -1;
    for (int r = 0; r < page->model()->rowCount() && row < 0; ++r) {
        const AuditEntry &e = page->model()->entries().at(r);
        if (e.action == QLatin1String("backup.edit") && e.object.contains(target.id)) {
            entry = e;
            row = r;
        }
    }
    QCOMPARE(entry.account, osUser());
    QCOMPARE(entry.result, QStringLiteral("ok"));
    // The row as shown: local time, user, action, project, result.
    QCOMPARE(page->model()->index(row, AuditModel::User).data().toString(), osUser());
    QCOMPARE(page->model()->index(row, AuditModel::Action).data().toString(), QStringLiteral("backup.edit"));
    QCOMPARE(page->model()->index(row, AuditModel::Time).data().toString(),
             entry.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));

    // Filters: another user finds nothing; the action filter keeps only edits.
    QSignalSpy loaded(page, &AuditPage::loaded);
    auto *user = page->findChild<QLineEdit *>(QStringLiteral("auditUserLineEdit"));
    user->setText(QStringLiteral("nobody-else"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(page->model()->rowCount(), 0);
    user->clear();
    QVERIFY(loaded.wait(10000));
    auto *action = page->findChild<QComboBox *>(QStringLiteral("auditActionComboBox"));
    action->setCurrentIndex(action->findData(QStringLiteral("backup.edit")));
    QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() > 0 && edited() > 0);
    for (const AuditEntry &e : page->model()->entries())
        QCOMPARE(e.action, QStringLiteral("backup.edit"));
    // Since a time after the edit: gone.
    page->findChild<QDateTimeEdit *>(QStringLiteral("auditSinceEdit"))
        ->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    page->findChild<QCheckBox *>(QStringLiteral("auditSinceCheckBox"))->setChecked(true);
    QTRY_VERIFY(!page->isLoading() && page->model()->rowCount() == 0);
    page->findChild<QCheckBox *>(QStringLiteral("auditSinceCheckBox"))->setChecked(false);
    action->setCurrentIndex(0);
    m_window->showPage(MainWindow::BackupsPageIndex);
}

void TestGui::actionsTheUserMayNotTakeAreDisabled()
{
    // The console asks the policy for its caller. The embedded catalog has
    // only its cloud admin, so a member of p2 is shown through the session's
    // permissions (the engine keeps checking its own caller).
    BackupsPage *page = m_window->backupsPage();
    BackupActions *actions = page->actions();
    QTRY_VERIFY(m_session->backupModel()->rowCount() > 0);
    const Backup backup = m_session->backupModel()->backupAt(0); // in project "admin"
    QCOMPARE(backup.project, QStringLiteral("admin"));
    page->selectBackups({backup.id});
    QVERIFY(actions->edit()->isEnabled());
    QVERIFY(actions->remove()->isEnabled());
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(nav->item(MainWindow::AuditPageIndex)->flags() & Qt::ItemIsEnabled);

    const Caller alice{QStringLiteral("alice"), Role::Member, {QStringLiteral("p2")}};
    m_session->setPermissions(Permissions(Policy::seedDefaults(), alice));
    for (QAction *a :
         {actions->create(), actions->restore(), actions->edit(), actions->editTags(), actions->remove()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY2(a->toolTip().contains(QStringLiteral("Permission denied")) &&
                     a->toolTip().contains(QStringLiteral("alice")) &&
                     a->toolTip().contains(roleText(Role::Member)),
                 qPrintable(a->objectName() + QStringLiteral(": ") + a->toolTip()));
    }
    QVERIFY(actions->chain()->isEnabled()); // viewing is not a change
    QVERIFY(!m_window->chainPage()->actions()->restore()->isEnabled());
    auto *volumeCreate =
        m_window->volumesPage()->findChild<QAction *>(QStringLiteral("createVolumeBackupAction"));
    QVERIFY(!volumeCreate->isEnabled());
    QVERIFY(volumeCreate->toolTip().contains(QStringLiteral("Permission denied")));
    auto *demo = m_window->findChild<QAction *>(QStringLiteral("demoDataAction"));
    QVERIFY(!demo->isEnabled());
    QVERIFY(!demo->toolTip().isEmpty());
    // The audit page: listed, not selectable, the reason as its tooltip.
    QListWidgetItem *audit = nav->item(MainWindow::AuditPageIndex);
    QVERIFY(!(audit->flags() & Qt::ItemIsEnabled));
    QVERIFY(audit->toolTip().contains(QStringLiteral("Permission denied")));
    QCOMPARE(m_window->scopeSwitcher()->comboBox()->itemText(0), QStringLiteral("All my projects"));
    QVERIFY(m_window->statusBar()
                ->findChild<QLabel *>(QStringLiteral("scopeLabel"))
                ->text()
                .contains(QStringLiteral("alice")));
    // Shortcuts do nothing either: Delete on the list opens no dialog.
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_Delete);
    QCoreApplication::processEvents();
    QVERIFY(m_window->findChildren<DeleteBackupsDialog *>().isEmpty());

    // A site that lets members restore in their own projects: restore is
    // enabled for a p2 backup only; elsewhere the tooltip names the project.
    Policy widened = Policy::seedDefaults();
    widened.widen(Role::Member, Action::Restore, Scope::Own);
    m_session->setPermissions(Permissions(widened, alice));
    QVERIFY(!actions->restore()->isEnabled());
    QVERIFY2(actions->restore()->toolTip().contains(QStringLiteral("\"admin\"")),
             qPrintable(actions->restore()->toolTip()));
    Backup inP2 = backup;
    inP2.id = QStringLiteral("p2backup0000");
    inP2.project = QStringLiteral("p2");
    inP2.status = BackupStatus::Available;
    m_session->backupModel()->upsert(inP2);
    page->selectBackups({inP2.id});
    QVERIFY(actions->restore()->isEnabled());
    QCOMPARE(actions->restore()->toolTip(),
             QStringLiteral("Restore the selected backup to a new or an existing volume"));
    QVERIFY(!actions->remove()->isEnabled());
    // Back to the engine's own caller, the cloud admin: everything again.
    m_session->setPermissions(Permissions::of(*m_engine));
    m_session->refreshBackups();
    QTRY_VERIFY(!m_session->backupModel()->find(inP2.id));
    page->selectBackups({backup.id});
    QVERIFY(actions->edit()->isEnabled() && actions->remove()->isEnabled() && actions->create()->isEnabled());
    QCOMPARE(actions->edit()->toolTip(),
             QStringLiteral("Edit the name and description of the selected backup"));
    QVERIFY(nav->item(MainWindow::AuditPageIndex)->flags() & Qt::ItemIsEnabled);
    QVERIFY(demo->isEnabled());
}

void TestGui::loginRetriesOffTheGuiThread()
{
    // A shared catalog asks for a login; the engine opens on a worker thread.
    QCOMPARE(LoginDialog::needsLogin(QStringLiteral("postgresql://db.example:5432/cloudbackup")), true);
    QCOMPARE(LoginDialog::needsLogin(m_home.filePath(QStringLiteral("catalog.sqlite"))), false);
    QTemporaryDir home;
    EngineConfig config;
    config.home = home.path();
    config.catalogUrl = QStringLiteral("postgresql://db.example:5432/cloudbackup");
    config.account = QStringLiteral("alice");
    LoginDialog dlg(config);
    struct Seen
    {
        QStringList passwords;
        QList<QThread *> threads;
    };
    auto seen = std::make_shared<Seen>();
    auto gate = std::make_shared<QSemaphore>();
    dlg.setOpener([seen, gate, home = home.path()](const EngineConfig &c) -> Result<std::shared_ptr<Engine>> {
        seen->threads << QThread::currentThread();
        seen->passwords << c.password;
        gate->acquire(); // the test lets the attempt finish
        if (c.password != QLatin1String("right"))
            return fail(
                QStringLiteral("FATAL:  password authentication failed for user \"%1\"").arg(c.account));
        EngineConfig local;
        local.home = home;
        return Engine::open(local);
    });
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto *catalog = dlg.findChild<QLineEdit *>(QStringLiteral("catalogLineEdit"));
    QVERIFY(catalog->isReadOnly());
    QVERIFY(catalog->text().contains(QStringLiteral("db.example")));
    QCOMPARE(dlg.findChild<QLineEdit *>(QStringLiteral("accountLineEdit"))->text(), QStringLiteral("alice"));
    auto *password = dlg.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    QTest::keyClicks(password, QStringLiteral("wrong"));
    QTest::mouseClick(button(&dlg, "loginButton"), Qt::LeftButton);
    // While it connects the dialog stays live: no second attempt, the password already gone from it.
    QVERIFY(dlg.isOpening());
    QVERIFY(!button(&dlg, "loginButton")->isEnabled());
    QVERIFY(password->text().isEmpty());
    QSignalSpy failed(&dlg, &LoginDialog::loginFailed);
    gate->release();
    QVERIFY(failed.wait(10000));
    QVERIFY(dlg.isVisible());
    QVERIFY(!dlg.engine());
    const QString banner = dlg.findChild<MessageBanner *>(QStringLiteral("loginBanner"))->text();
    QVERIFY2(banner.contains(QStringLiteral("alice")) &&
                 banner.contains(QStringLiteral("password authentication failed")),
             qPrintable(banner));
    QVERIFY(!banner.contains(QStringLiteral("wrong")));
    QVERIFY(button(&dlg, "loginButton")->isEnabled());

    // Try again with the right password.
    QTest::keyClicks(password, QStringLiteral("right"));
    gate->release();
    QTest::mouseClick(button(&dlg, "loginButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isVisible(), 20000);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    QVERIFY(dlg.engine());
    QCOMPARE(dlg.engine()->caller().account, osUser());
    QVERIFY(dlg.engine()->config().password.isEmpty());
    QCOMPARE(seen->passwords, (QStringList{QStringLiteral("wrong"), QStringLiteral("right")}));
    for (QThread *t : std::as_const(seen->threads))
        QVERIFY(t != QThread::currentThread());
}

void TestGui::memberOnSharedCatalog()
{
    // A member of p2 logs in to a shared catalog through the login dialog:
    // a wrong password is refused and can be retried; the lists show only
    // p2; every changing action is disabled with the reason; the audit page
    // is closed to them; and the engine refuses the change anyway.
    QUrl url(test::postgresUrl());
    if (url.isEmpty())
        QSKIP("Runs under CTest with the PostgreSQL fixture (tst_gui_pg).");
    const QString connection = QStringLiteral("tst_gui_setup");
    {
        // A database of its own, so the other catalog tests can run beside it.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("DROP DATABASE IF EXISTS cloudbackup_gui WITH (FORCE)"));
        q.exec(QStringLiteral("DROP ROLE IF EXISTS gui_alice"));
        QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE cloudbackup_gui")), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(connection);
    url.setPath(QStringLiteral("/cloudbackup_gui"));

    QTemporaryDir home;
    EngineConfig config;
    config.home = home.path();
    config.catalogUrl = url.toString();
    auto owner = Engine::open(config);
    if (!owner && owner.error().contains(QStringLiteral("not implemented")))
        QSKIP("Accounts on PostgreSQL need the catalog's access change.");
    QVERIFY2(owner, qPrintable(owner.error()));
    QCOMPARE((*owner)->caller().role, Role::CloudAdmin);
    auto made = (*owner)->createProject(QStringLiteral("p2"));
    QVERIFY2(made, qPrintable(made.error()));
    QHash<QString, Backup> backupOf;
    for (const QString &project : {QStringLiteral("admin"), QStringLiteral("p2")}) {
        CreateVolumeParams p;
        p.name = QStringLiteral("vol-") + project;
        p.project = project;
        p.size = 4 * MiB;
        auto v = (*owner)->createVolume(p);
        QVERIFY2(v, qPrintable(v.error()));
        test::writeRandom(v->device, 0, MiB, 5);
        auto b = test::runBackup(**owner, v->id, false);
        QVERIFY2(b, qPrintable(b.error()));
        backupOf.insert(project, *b);
    }
    Account alice;
    alice.name = QStringLiteral("gui_alice");
    alice.role = Role::Member;
    alice.projects = {QStringLiteral("p2")};
    const QString secret = QStringLiteral("alice-gui-pw-7");
    auto account = (*owner)->createAccount(alice, secret);
    QVERIFY2(account, qPrintable(account.error()));

    // The login dialog with the real Engine::open.
    config.account = alice.name;
    LoginDialog dlg(config);
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    auto *password = dlg.findChild<QLineEdit *>(QStringLiteral("passwordLineEdit"));
    QSignalSpy failed(&dlg, &LoginDialog::loginFailed);
    QTest::keyClicks(password, QStringLiteral("not-her-password"));
    QTest::mouseClick(button(&dlg, "loginButton"), Qt::LeftButton);
    QVERIFY(failed.wait(30000));
    QVERIFY(dlg.isVisible() && !dlg.engine());
    const QString refused = dlg.findChild<MessageBanner *>(QStringLiteral("loginBanner"))->text();
    QVERIFY2(refused.contains(alice.name) && !refused.contains(QStringLiteral("not-her-password")),
             qPrintable(refused));
    QTest::keyClicks(password, secret);
    QTest::mouseClick(button(&dlg, "loginButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dlg.isVisible(), 30000);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));
    std::shared_ptr<Engine> engine = dlg.engine();
    QVERIFY(engine);
    QCOMPARE(engine->caller().account, alice.name);
    QCOMPARE(engine->caller().role, Role::Member);

    MainWindow window(engine);
    window.show();
    Session *session = window.session();
    QTRY_VERIFY(session->backupModel()->isLoaded() && session->volumeModel()->isLoaded());
    QTRY_VERIFY(!session->isLoading());
    QCOMPARE(session->volumeModel()->rowCount(), 1);
    QCOMPARE(session->volumeModel()->volumeAt(0).project, QStringLiteral("p2"));
    QCOMPARE(session->backupModel()->rowCount(), 1);
    QCOMPARE(session->backupModel()->backupAt(0).id, backupOf.value(QStringLiteral("p2")).id);
    const QString who = window.findChild<QLabel *>(QStringLiteral("accountLabel"))->text();
    QVERIFY2(who.contains(alice.name) && who.contains(roleText(Role::Member)), qPrintable(who));
    QComboBox *scope = window.scopeSwitcher()->comboBox();
    QTRY_COMPARE(scope->count(), 2);
    QCOMPARE(scope->itemText(0), QStringLiteral("All my projects"));
    QCOMPARE(scope->itemData(1).toString(), QStringLiteral("p2"));

    BackupActions *actions = window.backupsPage()->actions();
    window.backupsPage()->selectBackups({backupOf.value(QStringLiteral("p2")).id});
    for (QAction *a :
         {actions->create(), actions->restore(), actions->edit(), actions->editTags(), actions->remove()}) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY2(a->toolTip().contains(alice.name), qPrintable(a->toolTip()));
    }
    QVERIFY(actions->chain()->isEnabled());
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    QVERIFY(!(nav->item(MainWindow::AuditPageIndex)->flags() & Qt::ItemIsEnabled));
    // The UI only reflects it: the engine refuses the change itself.
    QVERIFY(!engine->editBackup(backupOf.value(QStringLiteral("p2")).id, QStringLiteral("x"), std::nullopt));
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
