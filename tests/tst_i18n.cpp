// Chinese and English while running: the real window and an open dialog
// switch language from the View > Language menu and back; plural forms;
// every zh_CN entry finished with its placeholders; the choice persists;
// the CLI prints translated errors under LANG=zh_CN.UTF-8.
// qcustomplot.h uses foreach in its templates, which the project turns off.
#undef QT_NO_FOREACH

#include "BackupActions.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Session.h"
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
#include "i18n/Language.h"
#include "models/AuditModel.h"
#include "models/BackupModel.h"
#include "models/JobModel.h"
#include "models/VolumeModel.h"
#include "pages/AuditPage.h"
#include "pages/BackupsPage.h"
#include "pages/ChainPage.h"
#include "pages/JobsPage.h"
#include "pages/VolumesPage.h"
#include "util/Validate.h"
#include "volumes/VolumeBackend.h"
#include "widgets/JobIndicator.h"
#include "widgets/ScopeSwitcher.h"

#include <qcustomplot.h>

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace cb;
using namespace cb::ui;
using cb::test::waitForDialog;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr int JobTimeout = 120000;

QString header(QAbstractItemView *view, int section)
{
    return view->model()->headerData(section, Qt::Horizontal).toString();
}

// One message of a .ts file.
struct TsMessage
{
    QString context, source, translation, type;
    QStringList forms;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message"))
                out << m;
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage();
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus)
                m.translation = xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            m.forms << xml.readElementText();
        }
    }
    return out;
}

// %1..%99 and %n, with or without L, as a sorted list: the translation keeps them all.
QStringList placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d+|n)"));
    QStringList out;
    for (auto it = re.globalMatch(s); it.hasNext();)
        out << QStringLiteral("%") + it.next().captured(1);
    out.sort();
    return out;
}

} // namespace

class TestI18n final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void zhTranslationIsComplete();
    void enTranslationHasPluralForms();
    void runtimeContextsMatch();
    void pluralForms();
    void mainWindowSwitchesAndBack();
    void openDialogSwitchesAndBack();
    void choicePersists();
    void cliFollowsLang();
    void storedErrorsFollowTheReader();

private:
    void switchTo(const QString &lang);

    QTemporaryDir m_home;
    std::shared_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
    Session *m_session = nullptr;
    Volume m_vol;
    QString m_backup;
};

void TestI18n::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qRegisterMetaType<cb::Job *>();
    i18n::saveLanguage(QStringLiteral("en"));
    QVERIFY(i18n::install(QStringLiteral("en")));

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
    test::writeRandom(m_vol.device, 0, 8 * MiB, 1);

    m_window = std::make_unique<MainWindow>(m_engine);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_session = m_window->session();
    QTRY_VERIFY(m_session->backupModel()->isLoaded() && m_session->volumeModel()->isLoaded());

    // One backup through the session, so the jobs page has a finished job.
    BackupParams bp;
    bp.volume = m_vol.id;
    bp.name = QStringLiteral("first");
    Job *job = m_session->createBackup(bp, m_vol.name);
    QTRY_VERIFY_WITH_TIMEOUT(!job->isRunning(), JobTimeout);
    QVERIFY2(job->status() == JobStatus::Done, qPrintable(job->message()));
    QTRY_COMPARE(m_session->backupModel()->rowCount(), 1);
    QTRY_COMPARE(m_session->backupModel()->backupAt(0).status, BackupStatus::Available);
    m_backup = m_session->backupModel()->backupAt(0).id;
    m_window->showChain(m_vol.id, m_backup);
    m_window->showPage(MainWindow::BackupsPageIndex);
}

void TestI18n::cleanupTestCase()
{
    m_window.reset();
    m_engine.reset();
    i18n::install(QStringLiteral("en"));
}

void TestI18n::switchTo(const QString &lang)
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("languageAction_") + lang);
    QVERIFY(action);
    action->trigger();
    QCOMPARE(i18n::current(), lang);
}

void TestI18n::zhTranslationIsComplete()
{
    const auto messages = readTs(QStringLiteral(CB_SOURCE_DIR "/translations/cloudbackup_zh_CN.ts"));
    QVERIFY(messages.size() > 300);
    QStringList problems;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" [") + m.type + u']';
        const QStringList texts = m.numerus ? m.forms : QStringList{m.translation};
        if (m.numerus && m.forms.size() != 1) // Chinese has one form
            problems << where + QStringLiteral(" [numerus forms: %1]").arg(m.forms.size());
        for (const QString &t : texts) {
            if (t.isEmpty())
                problems << where + QStringLiteral(" [empty]");
            else if (placeholders(t) != placeholders(m.source))
                problems << where + QStringLiteral(" [placeholders: ") + t + u']';
            const bool accel = m.source.contains(QRegularExpression(QStringLiteral("&[A-Za-z]")));
            if (accel && !t.contains(QRegularExpression(QStringLiteral("&[A-Za-z]"))))
                problems << where + QStringLiteral(" [accelerator lost: ") + t + u']';
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // The embedded .qm carries the seed's terms.
    QTranslator zh;
    QVERIFY(zh.load(QStringLiteral(":/i18n/cloudbackup_zh_CN.qm")));
    const QList<std::array<const char *, 3>> terms{
        {"cb::ui::MainWindow", "Volume Backups", "云硬盘备份"},
        {"cb::ui::MainWindow", "Volumes", "云硬盘"},
        {"cb::ui::MainWindow", "Backup Chain", "备份链"},
        {"cb::ui::MainWindow", "Jobs", "任务"},
        {"cb::ui::BackupActions", "Create Backup", "创建云硬盘备份"},
        {"cb::ui::BackupActions", "Restore", "恢复云硬盘备份"},
        {"cb::ui::BackupActions", "Edit", "编辑"},
        {"cb::ui::BackupActions", "Edit Tags", "编辑标签"},
        {"cb::ui::BackupActions", "Delete", "删除"},
        {"cb::ui::CreateBackupDialog", "&Force backup", "强制创建备份(&F)"},
        {"cb::ui::CreateBackupDialog", "F&ull backup", "全量备份(&U)"},
        {"cb::ui::CreateBackupDialog", "&Incremental backup", "增量备份(&I)"},
        {"cb::ui::RestoreDialog", "Restore Volume Backup", "恢复云硬盘备份"},
        {"cb::ui::RestoreDialog", "Restore to:", "恢复方式："},
        {"cb::ui::RestoreDialog", "Create &new volume", "创建新云硬盘(&N)"},
        {"cb::ui::RestoreDialog", "Choose &existing volume", "选择已存在云硬盘(&E)"},
        {"cb::ui::RestoreDialog", "Volume type:", "云硬盘类型："},
        {"cb::ui::RestoreDialog", "&Target volume:", "目标云硬盘(&T)："},
        {"cb::ui::EditTagsDialog", "Edit Resource Tags", "编辑资源标签"},
        {"cb::ui::VolumeModel", "Project", "项目"},
        {"cb::ui::BackupModel", "Description", "描述"},
        {"Volume", "Available", "可用"},
        {"Volume", "In use", "使用中"},
        {"Backup", "Restoring", "恢复中"},
        {"Backup", "Creating", "创建中"},
        {"Backup", "Deleting", "删除中"},
        {"Backup", "Error", "错误"},
        {"Access", "Cloud admin", "云管理员"},
        {"Access", "Department admin", "部门管理员"},
        {"Access", "Project admin", "项目管理员"},
        {"Access", "Member", "普通用户"},
    };
    for (const auto &t : terms)
        QCOMPARE(zh.translate(t[0], t[1]), QString::fromUtf8(t[2]));
}

void TestI18n::enTranslationHasPluralForms()
{
    const auto messages = readTs(QStringLiteral(CB_SOURCE_DIR "/translations/cloudbackup_en.ts"));
    QVERIFY(messages.size() > 300);
    QStringList problems;
    int numerus = 0;
    for (const TsMessage &m : messages) {
        const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems << where + QStringLiteral(" [") + m.type + u']';
        if (!m.numerus) {
            if (m.translation.isEmpty())
                problems << where + QStringLiteral(" [empty]");
            continue;
        }
        ++numerus;
        if (m.forms.size() != 2 || m.forms.at(0).isEmpty() || m.forms.at(1).isEmpty() ||
            m.forms.at(0).contains(QLatin1String("(s)")) || m.forms.at(1).contains(QLatin1String("(s)")))
            problems << where + QStringLiteral(" [forms: ") + m.forms.join(QLatin1String(" | ")) + u']';
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(numerus >= 10);
}

void TestI18n::runtimeContextsMatch()
{
    // tr() looks up the class's qualified name; lupdate must record the same
    // (it does only when it can read the headers). Every tr() class of ui/:
    const QList<const QMetaObject *> classes{
        &MainWindow::staticMetaObject,          &Session::staticMetaObject,
        &BackupActions::staticMetaObject,       &BackupModel::staticMetaObject,
        &VolumeModel::staticMetaObject,         &JobModel::staticMetaObject,
        &BackupsPage::staticMetaObject,         &VolumesPage::staticMetaObject,
        &ChainPage::staticMetaObject,           &JobsPage::staticMetaObject,
        &ChainPlot::staticMetaObject,           &JobIndicator::staticMetaObject,
        &CreateBackupDialog::staticMetaObject,  &RestoreDialog::staticMetaObject,
        &EditBackupDialog::staticMetaObject,    &EditTagsDialog::staticMetaObject,
        &DeleteBackupsDialog::staticMetaObject, &ScopeSwitcher::staticMetaObject,
        &AuditModel::staticMetaObject,          &AuditPage::staticMetaObject,
        &LoginDialog::staticMetaObject,         &CreateVolumeDialog::staticMetaObject,
    };
    QSet<QString> runtime{QStringLiteral("Backup"),
                          QStringLiteral("Catalog"),
                          QStringLiteral("Cli"),
                          QStringLiteral("Demo"),
                          QStringLiteral("Engine"),
                          QStringLiteral("FileBackend"),
                          QStringLiteral("Job"),
                          QStringLiteral("Repository"),
                          QStringLiteral("Rules"),
                          QStringLiteral("Validate"),
                          QStringLiteral("Volume"),
                          QStringLiteral("main"),
                          QStringLiteral("RbdBackend"),
                          QStringLiteral("Access"),
                          QStringLiteral("Policy"),
                          QStringLiteral("Calendar"),
                          QStringLiteral("Doctor"),
                          QStringLiteral("Crypto"),
                          QStringLiteral("RbdClusters"),
                          QStringLiteral("cb::ui::BackupDetails"),
                          QStringLiteral("cb::ui::RetentionPreview"),
                          QStringLiteral("cb::ui::DashboardPage"),
                          QStringLiteral("cb::ui::ChainListModel"),
                          QStringLiteral("cb::ui::PolicyModel"),
                          QStringLiteral("cb::ui::PoliciesPage"),
                          QStringLiteral("cb::ui::JobAlert"),
                          QStringLiteral("cb::ui::PolicyDialog"),
                          QStringLiteral("cb::ui::DoctorPage"),
                          QStringLiteral("Mail")};
    for (const QMetaObject *mo : classes)
        runtime.insert(QString::fromLatin1(mo->className()));
    QSet<QString> inTs;
    for (const TsMessage &m : readTs(QStringLiteral(CB_SOURCE_DIR "/translations/cloudbackup_zh_CN.ts")))
        inTs.insert(m.context);
    QStringList unknown;
    for (const QString &c : std::as_const(inTs)) {
        if (!runtime.contains(c))
            unknown << c;
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(unknown.join(QLatin1String(", "))));
    for (const QMetaObject *mo : classes)
        QVERIFY2(inTs.contains(QString::fromLatin1(mo->className())), mo->className());
}

void TestI18n::pluralForms()
{
    switchTo(QStringLiteral("en"));
    auto tr = [](const char *ctx, const char *text, int n) {
        return QCoreApplication::translate(ctx, text, nullptr, n);
    };
    QCOMPARE(tr("cb::ui::BackupsPage", "%Ln backup(s)", 1), QStringLiteral("1 backup"));
    QCOMPARE(tr("cb::ui::BackupsPage", "%Ln backup(s)", 3), QStringLiteral("3 backups"));
    QCOMPARE(tr("cb::ui::BackupsPage", "%Ln backup(s)", 100000), QStringLiteral("100,000 backups"));
    QCOMPARE(tr("cb::ui::Session", "Delete %Ln backup(s)", 3), QStringLiteral("Delete 3 backups"));
    QCOMPARE(tr("cb::ui::MainWindow",
                "%n job(s) are still running. Quit and cancel them? A cancelled backup leaves no partial "
                "backup; a cancelled restore leaves its target volume incomplete.",
                1)
                 .left(22),
             QStringLiteral("1 job is still running"));
    QCOMPARE(tr("cb::ui::RestoreDialog",
                "%n volume(s) cannot be used: a target must be available (not attached) and at least %1.", 2)
                 .left(25),
             QStringLiteral("2 volumes cannot be used:"));
    QCOMPARE(tr("Cli", "%n chunk(s)", 1), QStringLiteral("1 chunk"));
    // The list's count label.
    auto *count = m_window->backupsPage()->findChild<QLabel *>(QStringLiteral("backupCountLabel"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 backup"));

    switchTo(QStringLiteral("zh_CN"));
    QCOMPARE(tr("cb::ui::BackupsPage", "%Ln backup(s)", 1), QStringLiteral("1 个云硬盘备份"));
    QCOMPARE(tr("cb::ui::BackupsPage", "%Ln backup(s)", 3), QStringLiteral("3 个云硬盘备份"));
    QCOMPARE(tr("cb::ui::Session", "Delete %Ln backup(s)", 3), QStringLiteral("删除 3 个云硬盘备份"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 个云硬盘备份"));
    switchTo(QStringLiteral("en"));
    QTRY_COMPARE(count->text(), QStringLiteral("1 backup"));
}

void TestI18n::mainWindowSwitchesAndBack()
{
    MainWindow *w = m_window.get();
    auto *fileMenu = w->findChild<QMenu *>(QStringLiteral("fileMenu"));
    auto *languageMenu = w->findChild<QMenu *>(QStringLiteral("languageMenu"));
    auto *nav = w->findChild<QListWidget *>(QStringLiteral("navigationList"));
    auto *scope = w->findChild<QLabel *>(QStringLiteral("scopeLabel"));
    auto *backups = w->backupsPage()->view();
    auto *volumes = w->volumesPage()->findChild<QTableView *>(QStringLiteral("volumeTableView"));
    auto *jobs = w->jobsPage()->findChild<QTableView *>(QStringLiteral("jobTableView"));
    QAction *create = w->backupsPage()->actions()->create();
    QAction *cancelJob = w->jobsPage()->findChild<QAction *>(QStringLiteral("cancelJobAction"));
    auto *plot = qobject_cast<QCustomPlot *>(w->chainPage()->plot()->canvas());
    QVERIFY(fileMenu && languageMenu && nav && scope && volumes && jobs && cancelJob && plot);
    QCPAxis *storedAxis = plot->axisRect(1)->axis(QCPAxis::atLeft);
    auto laneTicker = plot->axisRect(0)->axis(QCPAxis::atLeft)->ticker().dynamicCast<QCPAxisTickerText>();
    QVERIFY(laneTicker);
    BackupModel *model = m_session->backupModel();
    JobModel *jobModel = m_session->jobModel();
    const QDateTime created = model->backupAt(0).createdAt.toLocalTime();

    struct Expect
    {
        QString title, file, language, nav0, nav3, status, volumeType, createText, cancel, operation;
        QString backupStatus, backupKind, jobTitle, jobStatus, jobResultStart, scope, stored, lane, fit;
        QLocale locale;
    };
    const Expect en{QStringLiteral("cloudbackup — Volume Backups"),
                    QStringLiteral("&File"),
                    QStringLiteral("&Language"),
                    QStringLiteral("Volume Backups"),
                    QStringLiteral("Jobs"),
                    QStringLiteral("Status"),
                    QStringLiteral("Volume type"),
                    QStringLiteral("Create Backup"),
                    QStringLiteral("Cancel"),
                    QStringLiteral("Operation"),
                    QStringLiteral("Available"),
                    QStringLiteral("Full"),
                    QStringLiteral("Full backup of vol1"),
                    QStringLiteral("Done"),
                    QStringLiteral("Backup \"first\" created"),
                    QStringLiteral("Cloud admin"),
                    QStringLiteral("Stored"),
                    QStringLiteral("Chain 1"),
                    QStringLiteral("Fit"),
                    QLocale(QLocale::English, QLocale::UnitedStates)};
    const Expect zh{QStringLiteral("cloudbackup — 云硬盘备份"),
                    QStringLiteral("文件(&F)"),
                    QStringLiteral("语言(&L)"),
                    QStringLiteral("云硬盘备份"),
                    QStringLiteral("任务"),
                    QStringLiteral("状态"),
                    QStringLiteral("云硬盘类型"),
                    QStringLiteral("创建云硬盘备份"),
                    QStringLiteral("取消"),
                    QStringLiteral("操作"),
                    QStringLiteral("可用"),
                    QStringLiteral("全量"),
                    QStringLiteral("vol1 的全量备份"),
                    QStringLiteral("已完成"),
                    QStringLiteral("云硬盘备份“first”已创建"),
                    QStringLiteral("云管理员"),
                    QStringLiteral("存储量"),
                    QStringLiteral("备份链 1"),
                    QStringLiteral("适应窗口"),
                    QLocale(QLocale::Chinese, QLocale::China)};

    auto check = [&](const Expect &e) {
        QTRY_COMPARE(w->windowTitle(), e.title);
        QCOMPARE(fileMenu->title(), e.file);
        QCOMPARE(languageMenu->title(), e.language);
        QCOMPARE(nav->item(MainWindow::BackupsPageIndex)->text(), e.nav0);
        QCOMPARE(nav->item(MainWindow::JobsPageIndex)->text(), e.nav3);
        QCOMPARE(header(backups, BackupModel::Status), e.status);
        QCOMPARE(header(volumes, VolumeModel::Type), e.volumeType);
        QCOMPARE(header(jobs, JobModel::Operation), e.operation);
        QCOMPARE(create->text(), e.createText);
        QCOMPARE(cancelJob->text(), e.cancel);
        QCOMPARE(model->index(0, BackupModel::Status).data().toString(), e.backupStatus);
        QCOMPARE(model->index(0, BackupModel::Type).data().toString(), e.backupKind);
        // Dates through the language's QLocale, with four-digit years in both.
        QCOMPARE(model->index(0, BackupModel::Created).data().toString(),
                 e.locale.toString(created, QStringLiteral("yyyy-MM-dd HH:mm")));
        QCOMPARE(QLocale().language(), e.locale.language());
        QCOMPARE(w->locale().language(), e.locale.language());
        QCOMPARE(backups->locale().language(), e.locale.language());
        // Jobs page: the finished job's title, status and result.
        QCOMPARE(jobModel->index(0, JobModel::Operation).data().toString(), e.jobTitle);
        QCOMPARE(jobModel->index(0, JobModel::Status).data().toString(), e.jobStatus);
        QVERIFY2(jobModel->index(0, JobModel::Result).data().toString().startsWith(e.jobResultStart),
                 qPrintable(jobModel->index(0, JobModel::Result).data().toString()));
        QVERIFY2(scope->text().contains(e.scope), qPrintable(scope->text()));
        // The chain graph's axis and lane labels.
        QCOMPARE(storedAxis->label(), e.stored);
        QCOMPARE(laneTicker->ticks().value(0), e.lane);
        QCOMPARE(w->chainPage()->findChild<QAction *>(QStringLiteral("fitChainAction"))->text(), e.fit);
    };

    check(en);
    QSignalSpy headers(model, &QAbstractItemModel::headerDataChanged);
    QSignalSpy data(model, &QAbstractItemModel::dataChanged);
    QSignalSpy jobData(jobModel, &QAbstractItemModel::dataChanged);
    switchTo(QStringLiteral("zh_CN"));
    check(zh);
    QVERIFY(!headers.isEmpty());
    QVERIFY(!data.isEmpty());
    QVERIFY(!jobData.isEmpty());
    QVERIFY(w->findChild<QAction *>(QStringLiteral("languageAction_zh_CN"))->isChecked());
    // Qt's own texts follow too (qtbase_zh_CN.qm).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    switchTo(QStringLiteral("en"));
    check(en);
    QVERIFY(w->findChild<QAction *>(QStringLiteral("languageAction_en"))->isChecked());
}

void TestI18n::openDialogSwitchesAndBack()
{
    m_window->backupsPage()->actions()->openCreate(m_vol.id);
    auto *dlg = waitForDialog<CreateBackupDialog>(m_window.get());
    QVERIFY(dlg);
    auto *full = dlg->findChild<QRadioButton *>(QStringLiteral("fullBackupRadioButton"));
    auto *create = dlg->findChild<QPushButton *>(QStringLiteral("createButton"));
    auto *volume = dlg->findChild<QComboBox *>(QStringLiteral("volumeComboBox"));
    QVERIFY(full && create && volume);
    auto labelWithText = [dlg](const QString &text) {
        const auto labels = dlg->findChildren<QLabel *>();
        for (QLabel *l : labels) {
            if (l->text() == text)
                return true;
        }
        return false;
    };

    QCOMPARE(dlg->windowTitle(), QStringLiteral("Create Volume Backup"));
    QCOMPARE(full->text(), QStringLiteral("F&ull backup"));
    QCOMPARE(create->text(), QStringLiteral("Create"));
    QVERIFY(labelWithText(QStringLiteral("&Volume:")));
    QVERIFY(volume->currentText().contains(QStringLiteral("Available")));

    switchTo(QStringLiteral("zh_CN"));
    QTRY_COMPARE(dlg->windowTitle(), QStringLiteral("创建云硬盘备份"));
    QCOMPARE(full->text(), QStringLiteral("全量备份(&U)"));
    QCOMPARE(create->text(), QStringLiteral("创建"));
    QVERIFY(labelWithText(QStringLiteral("云硬盘(&V)：")));
    QVERIFY(labelWithText(QStringLiteral("备份类型：")));
    QVERIFY2(volume->currentText().contains(QStringLiteral("可用")), qPrintable(volume->currentText()));
    QVERIFY(dlg->isVisible());

    switchTo(QStringLiteral("en"));
    QTRY_COMPARE(dlg->windowTitle(), QStringLiteral("Create Volume Backup"));
    QCOMPARE(full->text(), QStringLiteral("F&ull backup"));
    QCOMPARE(create->text(), QStringLiteral("Create"));
    QVERIFY(labelWithText(QStringLiteral("&Volume:")));
    dlg->reject();

    // The restore dialog's 恢复方式 too.
    m_window->backupsPage()->actions()->openRestore(m_backup);
    auto *restore = waitForDialog<RestoreDialog>(m_window.get());
    QVERIFY(restore);
    auto *toNew = restore->findChild<QRadioButton *>(QStringLiteral("newVolumeRadioButton"));
    auto *toExisting = restore->findChild<QRadioButton *>(QStringLiteral("existingVolumeRadioButton"));
    auto *restoreButton = restore->findChild<QPushButton *>(QStringLiteral("restoreButton"));
    QCOMPARE(toNew->text(), QStringLiteral("Create &new volume"));
    switchTo(QStringLiteral("zh_CN"));
    QTRY_COMPARE(restore->windowTitle(), QStringLiteral("恢复云硬盘备份"));
    QCOMPARE(toNew->text(), QStringLiteral("创建新云硬盘(&N)"));
    QCOMPARE(toExisting->text(), QStringLiteral("选择已存在云硬盘(&E)"));
    QCOMPARE(restoreButton->text(), QStringLiteral("恢复"));
    switchTo(QStringLiteral("en"));
    QTRY_COMPARE(restore->windowTitle(), QStringLiteral("Restore Volume Backup"));
    QCOMPARE(restoreButton->text(), QStringLiteral("Restore"));
    restore->reject();

    // The other dialogs: title and their own button texts (not Qt's standard ones).
    struct Case
    {
        std::function<QDialog *()> open;
        const char *button;
        QString en, zh, enTitle, zhTitle;
    };
    BackupActions *actions = m_window->backupsPage()->actions();
    const QList<Case> cases{
        {[&] {
             actions->openEdit(m_backup);
             return static_cast<QDialog *>(waitForDialog<EditBackupDialog>(m_window.get()));
         },
         "saveButton", QStringLiteral("Save"), QStringLiteral("保存"), QStringLiteral("Edit Volume Backup"),
         QStringLiteral("编辑云硬盘备份")},
        {[&] {
             actions->openTags(m_backup);
             return static_cast<QDialog *>(waitForDialog<EditTagsDialog>(m_window.get()));
         },
         "okButton", QStringLiteral("OK"), QStringLiteral("确定"), QStringLiteral("Edit Resource Tags"),
         QStringLiteral("编辑资源标签")},
        {[&] {
             actions->openDelete({m_backup});
             return static_cast<QDialog *>(waitForDialog<DeleteBackupsDialog>(m_window.get()));
         },
         // The button names the plan's count once the plan (made off the GUI thread) is in.
         "deleteButton", QStringLiteral("Delete 1 Backup"), QStringLiteral("删除 1 个备份"),
         QStringLiteral("Delete Volume Backups"), QStringLiteral("删除云硬盘备份")},
    };
    for (const Case &c : cases) {
        QDialog *d = c.open();
        QVERIFY(d);
        auto *b = d->findChild<QPushButton *>(QLatin1String(c.button));
        QVERIFY(b);
        QTRY_COMPARE(b->text(), c.en);
        switchTo(QStringLiteral("zh_CN"));
        QTRY_COMPARE(d->windowTitle(), c.zhTitle);
        QCOMPARE(b->text(), c.zh);
        switchTo(QStringLiteral("en"));
        QTRY_COMPARE(d->windowTitle(), c.enTitle);
        QCOMPARE(b->text(), c.en);
        d->reject();
    }
}

void TestI18n::choicePersists()
{
    switchTo(QStringLiteral("zh_CN"));
    QCOMPARE(i18n::savedLanguage(), QStringLiteral("zh_CN"));
    QStringList args{QStringLiteral("cloudbackup")};
    QCOMPARE(i18n::languageFromArgs(args, i18n::savedLanguage()), QStringLiteral("zh_CN"));
    // --lang wins over the setting.
    args = {QStringLiteral("cloudbackup"), QStringLiteral("--lang"), QStringLiteral("en"),
            QStringLiteral("--demo")};
    QCOMPARE(i18n::languageFromArgs(args, i18n::savedLanguage()), QStringLiteral("en"));
    QCOMPARE(args, (QStringList{QStringLiteral("cloudbackup"), QStringLiteral("--demo")}));
    switchTo(QStringLiteral("en"));
    QCOMPARE(i18n::savedLanguage(), QStringLiteral("en"));

    // Without a setting: the system's language.
    const QByteArray lcAll = qgetenv("LC_ALL"), lang = qgetenv("LANG");
    qunsetenv("LC_ALL");
    qputenv("LANG", "zh_CN.UTF-8");
    args = {QStringLiteral("cloudbackup")};
    QCOMPARE(i18n::languageFromArgs(args), QStringLiteral("zh_CN"));
    qputenv("LANG", "de_DE.UTF-8");
    QCOMPARE(i18n::systemLanguage(), QStringLiteral("en"));
    qputenv("LC_ALL", lcAll);
    qputenv("LANG", lang);
}

void TestI18n::cliFollowsLang()
{
    const QString ctl = qEnvironmentVariable("CLOUDBACKUPCTL");
    if (ctl.isEmpty())
        QSKIP("CLOUDBACKUPCTL is not set (run through ctest)");
    QTemporaryDir home;
    auto run = [&](const QByteArray &lang, const QStringList &extra) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *v : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
            env.remove(QString::fromLatin1(v));
        env.insert(QStringLiteral("LANG"), QString::fromLatin1(lang));
        p.setProcessEnvironment(env);
        p.start(ctl, QStringList{QStringLiteral("--home"), home.path()} + extra +
                         QStringList{QStringLiteral("backup"), QStringLiteral("show"),
                                     QStringLiteral("deadbeef")});
        if (!p.waitForFinished(60000))
            return std::make_pair(-1, QString());
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    auto [zhCode, zhErr] = run("zh_CN.UTF-8", {});
    QVERIFY(zhCode != 0);
    QVERIFY2(zhErr.contains(QStringLiteral("错误")) && zhErr.contains(QStringLiteral("备份")),
             qPrintable(zhErr));
    auto [enCode, enErr] = run("C.UTF-8", {});
    QVERIFY(enCode != 0);
    QVERIFY2(enErr.startsWith(QStringLiteral("cloudbackupctl: error:")), qPrintable(enErr));
    auto [overCode, overErr] = run("C.UTF-8", {QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    QVERIFY(overCode != 0);
    QVERIFY2(overErr.contains(QStringLiteral("错误")), qPrintable(overErr));
}

// A failure stored in the catalog is shown in each reader's language, not in
// the one active when it happened, and keeps its code.
void TestI18n::storedErrorsFollowTheReader()
{
    QTemporaryDir home;
    auto engine = test::openEngineOrDie(home.path());
    const Volume v = test::makeVolumeOrDie(*engine, QStringLiteral("stored"), 8 * MiB);
    test::writeRandom(v.device, 0, 8 * MiB, 9);
    const Backup b = test::backupOrDie(*engine, v.id, false);
    for (const QString &chunk : test::chunkFilesOf(engine->config().repositoryPath)) {
        QFile f(chunk);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() / 2);
        f.write("damage");
    }
    JobControl control;
    QVERIFY(!engine->verifyBackup(b.id, control)); // in English
    auto damaged = engine->backup(b.id);
    QCOMPARE(damaged->status, BackupStatus::Damaged);
    QVERIFY2(damaged->errorText().startsWith(QLatin1String("Damaged or missing data at")),
             qPrintable(damaged->errorText()));
    const QString code = damaged->shownJson().value(QLatin1String("error_code")).toString();
    QVERIFY2(code.startsWith(QLatin1String("ENGINE-")), qPrintable(code));

    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    const QString zh = engine->backup(b.id)->errorText();
    i18n::install(QStringLiteral("en"));
    QVERIFY2(zh.contains(QStringLiteral("损坏")) && !zh.contains(QLatin1String("Damaged")), qPrintable(zh));
    QCOMPARE(engine->backup(b.id)->shownJson().value(QLatin1String("error_code")).toString(), code);

    // The command line in Chinese reads what the English console stored.
    const QString ctl = qEnvironmentVariable("CLOUDBACKUPCTL");
    if (ctl.isEmpty())
        QSKIP("CLOUDBACKUPCTL is not set (run through ctest)");
    engine.reset();
    QProcess p;
    p.start(ctl, {QStringLiteral("--home"), home.path(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                  QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("show"), b.id});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("损坏")) && out.contains(code), qPrintable(out));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
