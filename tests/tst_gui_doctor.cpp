// The Health Check page, driven through the real window on the offscreen
// platform: a healthy home shows every check OK; a shared file in the home and
// a damaged backup show as failed rows, first, with their fixes, and the
// dashboard points at them; the checks run off the GUI thread; the rows read
// in the language switched to; who may not run the checks gets the reason.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
#include "TestSupport.h"
#include "catalog/Catalog.h"
#include "engine/Doctor.h"
#include "engine/Job.h"
#include "i18n/Language.h"
#include "models/BackupModel.h"
#include "models/VolumeModel.h"
#include "pages/DashboardPage.h"
#include "pages/DoctorPage.h"
#include "widgets/MessageBanner.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace cb;
using namespace cb::ui;

namespace {

constexpr qint64 MiB = 1024 * 1024;

} // namespace

class TestGuiDoctor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void healthyHomeIsAllOk();
    void problemsShowFirstWithTheirFix();
    void languageSwitchRetranslatesRows();
    void othersGetTheReason();

private:
    QFrame *row(const QString &key) const;
    QString text(const QString &key, const char *label) const;
    void runAgain();

    QTemporaryDir m_home;
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    DoctorPage *m_page = nullptr;
    Backup m_backup;
};

void TestGuiDoctor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<cb::Job *>();
    MessageBox::resetForTest();
    QVERIFY(m_home.isValid());
    m_engine = test::openEngineOrDie(m_home.path());
    const Volume v = test::makeVolumeOrDie(*m_engine, QStringLiteral("db-1"), 8 * MiB);
    test::writeRandom(v.device, 0, 4 * MiB, 3);
    m_backup = test::backupOrDie(*m_engine, v.id, false, QStringLiteral("full-1"));
    m_window = std::make_unique<MainWindow>(m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_page = m_window->doctorPage();
    // The first checks run by themselves after the first load (the dashboard needs them).
    QTRY_VERIFY(m_window->session()->backupModel()->isLoaded());
    QTRY_VERIFY_WITH_TIMEOUT(!m_page->checks().isEmpty() && !m_page->isRunning(), 30000);
}

void TestGuiDoctor::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
}

QFrame *TestGuiDoctor::row(const QString &key) const
{
    return m_page->findChild<QFrame *>(QStringLiteral("doctorCheck_") + key);
}

QString TestGuiDoctor::text(const QString &key, const char *label) const
{
    QFrame *r = row(key);
    QLabel *l = r ? r->findChild<QLabel *>(QLatin1String(label)) : nullptr;
    return l && !l->isHidden() ? l->text() : QString();
}

void TestGuiDoctor::runAgain()
{
    QSignalSpy checked(m_page, &DoctorPage::checked);
    QVERIFY(m_page->runAgainAction()->isEnabled());
    m_page->runAgainAction()->trigger();
    // Off the GUI thread: the trigger returns with the checks still running, Run Again disabled.
    QVERIFY(m_page->isRunning());
    QVERIFY(!m_page->runAgainAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!checked.isEmpty(), 30000);
    QVERIFY(!m_page->isRunning());
}

void TestGuiDoctor::healthyHomeIsAllOk()
{
    m_window->showPage(MainWindow::DoctorPageIndex);
    QTRY_VERIFY(!m_page->isRunning());
    runAgain();
    for (const char *key : {"catalog.reachable", "catalog.integrity", "repository.reachable",
                            "repository.space", "backups.stuck", "backups.damaged", "files.private"}) {
        QFrame *r = row(QLatin1String(key));
        QVERIFY2(r && r->isVisible(), key);
        QCOMPARE(r->property("level").toString(), QStringLiteral("ok"));
        QCOMPARE(text(QLatin1String(key), "doctorLevel"), QStringLiteral("OK"));
        QVERIFY(!text(QLatin1String(key), "doctorDetail").isEmpty());
        QVERIFY2(text(QLatin1String(key), "doctorFix").isEmpty(), key); // nothing to do
    }
    QCOMPARE(text(QStringLiteral("catalog.integrity"), "doctorName"), QStringLiteral("Catalog integrity"));
    auto *banner = m_page->findChild<MessageBanner *>(QStringLiteral("doctorBanner"));
    QCOMPARE(banner->level(), MessageBanner::Positive);
    QCOMPARE(m_page->failures(), 0);
    QVERIFY(
        m_window->dashboardPage()->findChild<QLabel *>(QStringLiteral("dashboardHealthLabel"))->isHidden());
}

void TestGuiDoctor::problemsShowFirstWithTheirFix()
{
    QFile notes(m_home.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();
    QVERIFY(QFile::setPermissions(notes.fileName(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    QVERIFY(test::catalogOf(*m_engine).setBackupStatus(m_backup.id, BackupStatus::Damaged).ok());
    m_window->showPage(MainWindow::DoctorPageIndex);
    QTRY_VERIFY(!m_page->isRunning());
    runAgain();

    QCOMPARE(row(QStringLiteral("files.private"))->property("level").toString(), QStringLiteral("fail"));
    QCOMPARE(text(QStringLiteral("files.private"), "doctorLevel"), QStringLiteral("Failed"));
    QVERIFY2(text(QStringLiteral("files.private"), "doctorDetail").contains(QStringLiteral("notes.txt")),
             qPrintable(text(QStringLiteral("files.private"), "doctorDetail")));
    QVERIFY2(text(QStringLiteral("files.private"), "doctorFix").contains(QStringLiteral("chmod go-rwx")),
             qPrintable(text(QStringLiteral("files.private"), "doctorFix")));
    QCOMPARE(row(QStringLiteral("backups.damaged"))->property("level").toString(), QStringLiteral("fail"));
    QVERIFY(text(QStringLiteral("backups.damaged"), "doctorFix").contains(QStringLiteral("verify")));
    QCOMPARE(m_page->failures(), 2);
    // Failures lead the list.
    auto *rows = m_page->findChild<QWidget *>(QStringLiteral("doctorChecks"));
    auto *layout = qobject_cast<QVBoxLayout *>(rows->layout());
    for (int i = 0; i < 2; ++i)
        QCOMPARE(layout->itemAt(i)->widget()->property("level").toString(), QStringLiteral("fail"));
    auto *banner = m_page->findChild<MessageBanner *>(QStringLiteral("doctorBanner"));
    QCOMPARE(banner->level(), MessageBanner::Error);

    // The dashboard says so, and its link opens the page.
    m_window->showPage(MainWindow::DashboardPageIndex);
    auto *health = m_window->dashboardPage()->findChild<QLabel *>(QStringLiteral("dashboardHealthLabel"));
    QVERIFY(health->isVisible());
    QVERIFY2(health->text().contains(QStringLiteral("2 problem")), qPrintable(health->text()));
    Q_EMIT health->linkActivated(QStringLiteral("doctor"));
    QCOMPARE(m_window->currentPage(), MainWindow::DoctorPageIndex);
    QTRY_VERIFY(!m_page->isRunning());
}

void TestGuiDoctor::languageSwitchRetranslatesRows()
{
    QCOMPARE(text(QStringLiteral("catalog.integrity"), "doctorDetail"),
             QStringLiteral("The catalog is sound."));
    const QString englishFix = text(QStringLiteral("backups.damaged"), "doctorFix");
    m_window->findChild<QAction *>(QStringLiteral("languageAction_zh_CN"))->trigger();
    auto english = qScopeGuard(
        [this] { m_window->findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger(); });
    QCOMPARE(i18n::current(), QStringLiteral("zh_CN"));
    // The kept findings are shown again in Chinese, without running the checks again.
    QVERIFY(!m_page->isRunning());
    QTRY_COMPARE(text(QStringLiteral("catalog.integrity"), "doctorDetail"), QStringLiteral("目录完好。"));
    const QString chineseFix = text(QStringLiteral("backups.damaged"), "doctorFix");
    QVERIFY2(!chineseFix.isEmpty() && chineseFix != englishFix &&
                 !chineseFix.contains(QStringLiteral("Back the volumes up")),
             qPrintable(chineseFix));
    QVERIFY(text(QStringLiteral("files.private"), "doctorDetail").contains(QStringLiteral("notes.txt")));
    english.dismiss();
    m_window->findChild<QAction *>(QStringLiteral("languageAction_en"))->trigger();
    QTRY_COMPARE(text(QStringLiteral("catalog.integrity"), "doctorDetail"),
                 QStringLiteral("The catalog is sound."));
    QCOMPARE(text(QStringLiteral("backups.damaged"), "doctorFix"), englishFix);
}

void TestGuiDoctor::othersGetTheReason()
{
    Caller member;
    member.account = QStringLiteral("alice");
    member.role = Role::Member;
    member.projects = {QString::fromLatin1(DefaultProject)};
    Session *session = m_window->session();
    session->setPermissions(Permissions(Policy::seedDefaults(), member));
    auto back = qScopeGuard([&] { session->setPermissions(Permissions::of(*m_engine)); });
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigationList"));
    QListWidgetItem *item = nav->item(MainWindow::DoctorPageIndex);
    QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
    QCOMPARE(item->toolTip(), DoctorPage::whyNot(session->permissions()));
    QVERIFY(item->toolTip().contains(QStringLiteral("alice")));
    QVERIFY(m_window->currentPage() != MainWindow::DoctorPageIndex);
    QVERIFY(!m_page->runAgainAction()->isEnabled());
    m_page->run();
    QVERIFY(!m_page->isRunning());
    QVERIFY(
        m_window->dashboardPage()->findChild<QLabel *>(QStringLiteral("dashboardHealthLabel"))->isHidden());
}

QTEST_MAIN(TestGuiDoctor)
#include "tst_gui_doctor.moc"
