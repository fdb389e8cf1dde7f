#include "MainWindow.h"

#include "BackupActions.h"
#include "Icons.h"
#include "PolicyIcons.h"
#include "Session.h"
#include "engine/Job.h"
#include "i18n/Language.h"
#include "models/BackupModel.h"
#include "models/JobModel.h"
#include "models/VolumeModel.h"
#include "pages/AuditPage.h"
#include "pages/BackupsPage.h"
#include "pages/ChainPage.h"
#include "pages/DashboardPage.h"
#include "pages/DoctorPage.h"
#include "pages/JobsPage.h"
#include "pages/PoliciesPage.h"
#include "pages/VolumesPage.h"
#include "widgets/JobAlert.h"
#include "widgets/JobIndicator.h"
#include "widgets/MessageBox.h"
#include "widgets/ScopeSwitcher.h"

#include <QActionGroup>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace cb::ui {

MainWindow::MainWindow(std::shared_ptr<Engine> engine, QWidget *parent)
    : QMainWindow(parent), m_session(new Session(std::move(engine), this)), m_nav(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_dashboard(new DashboardPage(m_session, m_stack)),
      m_backups(new BackupsPage(m_session, m_stack)),
      m_volumes(new VolumesPage(m_session, m_backups->actions(), m_stack)),
      m_chain(new ChainPage(m_session, m_stack)), m_jobs(new JobsPage(m_session, m_stack)),
      m_audit(new AuditPage(m_session, m_stack)), m_policies(new PoliciesPage(m_session, m_stack)),
      m_doctor(new DoctorPage(m_session, m_stack)), m_scopeSwitcher(new ScopeSwitcher(m_session, this)),
      m_account(new QLabel(this)), m_indicator(new JobIndicator(m_session->jobModel(), this)),
      m_alert(new JobAlert(m_session, this)), m_connection(new QLabel(this)), m_scope(new QLabel(this)),
      m_loading(new QLabel(this)), m_languages(new QActionGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(Icons::get(Icons::App));
    m_nav->setObjectName(QStringLiteral("navigationList"));
    m_connection->setObjectName(QStringLiteral("connectionLabel"));
    m_scope->setObjectName(QStringLiteral("scopeLabel"));
    m_loading->setObjectName(QStringLiteral("loadingLabel"));

    m_stack->addWidget(m_dashboard);
    m_stack->addWidget(m_backups);
    m_stack->addWidget(m_volumes);
    m_stack->addWidget(m_chain);
    m_stack->addWidget(m_jobs);
    m_stack->addWidget(m_audit);
    m_stack->addWidget(m_policies);
    m_stack->addWidget(m_doctor);

    // The project scope of every list, and who is logged in.
    auto *top = new QToolBar(this);
    top->setObjectName(QStringLiteral("scopeToolBar"));
    top->setMovable(false);
    top->setFloatable(false);
    top->toggleViewAction()->setVisible(false);
    top->addWidget(m_scopeSwitcher);
    auto *spacer = new QWidget(top);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    top->addWidget(spacer);
    auto *accountIcon = new QLabel(top);
    accountIcon->setPixmap(Icons::get(Icons::User).pixmap(18, 18));
    top->addWidget(accountIcon);
    m_account->setObjectName(QStringLiteral("accountLabel"));
    m_account->setContentsMargins(4, 0, 10, 0);
    top->addWidget(m_account);
    addToolBar(Qt::TopToolBarArea, top);

    for (auto icon :
         {Icons::Dashboard, Icons::Backups, Icons::Volume, Icons::Chain, Icons::Jobs, Icons::Audit})
        new QListWidgetItem(Icons::get(icon, QColor(0xec, 0xef, 0xf1)), QString(), m_nav);
    new QListWidgetItem(PolicyIcons::policy(QColor(0xec, 0xef, 0xf1)), QString(), m_nav);
    new QListWidgetItem(DoctorPage::icon(QColor(0xec, 0xef, 0xf1)), QString(), m_nav);
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFixedWidth(196);
    m_nav->setSpacing(2);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setStyleSheet(QStringLiteral(
        "QListWidget { background: #263238; color: #eceff1; padding-top: 8px; font-size: 10.5pt; }"
        "QListWidget::item { padding: 8px 6px; border-radius: 4px; margin: 0 6px; }"
        "QListWidget::item:selected { background: #1e88e5; color: white; }"
        "QListWidget::item:hover:!selected { background: #37474f; }"));
    m_nav->setCurrentRow(0);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    // A failed job is said above every page, with a way to its log.
    auto *pageArea = new QVBoxLayout;
    pageArea->setContentsMargins(0, 0, 0, 0);
    pageArea->addWidget(m_alert);
    pageArea->addWidget(m_stack, 1);
    layout->addLayout(pageArea, 1);
    setCentralWidget(central);

    m_connection->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_connection, 1);
    statusBar()->addWidget(m_loading);
    statusBar()->addPermanentWidget(m_indicator);
    statusBar()->addPermanentWidget(m_scope);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_demoAction =
        m_fileMenu->addAction(Icons::get(Icons::Demo), QString(), this, &MainWindow::createDemoData);
    m_demoAction->setObjectName(QStringLiteral("demoDataAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_backups->actions()->refresh());
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    for (const QString &lang : cb::i18n::available()) {
        QAction *a = m_languageMenu->addAction(cb::i18n::nativeName(lang));
        a->setObjectName(QStringLiteral("languageAction_") + lang);
        a->setCheckable(true);
        a->setData(lang);
        a->setChecked(lang == cb::i18n::current());
        m_languages->addAction(a);
    }
    // Switches at once (every window retranslates on LanguageChange) and is
    // remembered for the next start.
    connect(m_languages, &QActionGroup::triggered, this, [](QAction *a) {
        cb::i18n::install(a->data().toString());
        cb::i18n::saveLanguage(a->data().toString());
    });
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About cloudbackup"),
            tr("<h3>cloudbackup %1</h3><p>Full and incremental backups of cloud block volumes (Ceph "
               "RBD images and raw image files), with backup chains, restore to a new or an "
               "existing volume, and tags.</p>")
                .arg(QStringLiteral(CLOUDBACKUP_VERSION)));
    });

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::updateTitle);
    connect(m_backups, &BackupsPage::chainRequested, this, &MainWindow::showChain);
    connect(m_backups, &BackupsPage::demoRequested, this, &MainWindow::createDemoData);
    connect(m_backups, &BackupsPage::createVolumeRequested, this, [this] {
        showPage(VolumesPageIndex);
        m_volumes->openCreateVolume();
    });
    connect(m_volumes, &VolumesPage::chainRequested, this, &MainWindow::showChain);
    connect(m_dashboard, &DashboardPage::backupRequested, this, &MainWindow::showChain);
    connect(m_dashboard, &DashboardPage::createVolumeRequested, this, [this] {
        showPage(VolumesPageIndex);
        m_volumes->openCreateVolume();
    });
    // A failed health check is pointed at from the dashboard's attention area.
    connect(m_doctor, &DoctorPage::checked, this,
            [this] { m_dashboard->setHealth(m_doctor->failures(), m_doctor->warnings()); });
    connect(m_dashboard, &DashboardPage::healthRequested, this, [this] { showPage(DoctorPageIndex); });
    connect(m_indicator, &JobIndicator::activated, this, [this] { showPage(JobsPageIndex); });
    connect(m_alert, &JobAlert::showJobRequested, this, [this](const QString &jobId, Job *job) {
        showPage(JobsPageIndex);
        m_jobs->selectJob(jobId, job);
    });
    connect(m_session, &Session::loadingChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::loadFailed, this, [this](const QString &error) {
        statusBar()->showMessage(tr("Could not read the catalog: %1").arg(error), 10000);
    });
    connect(m_session, &Session::jobFinished, this, [this](Job *) { updateStatus(); });
    connect(m_session, &Session::projectChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::permissionsChanged, this, &MainWindow::updatePermissions);

    retranslate();
    resize(1280, 780);
    m_session->refresh();
}

MainWindow::~MainWindow()
{
    // Pages hold pointers into the session's models: remove them first.
    delete m_stack;
    m_stack = nullptr;
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    const QStringList pages{tr("Dashboard"), tr("Volume Backups"), tr("Volumes"),  tr("Backup Chain"),
                            tr("Jobs"),      tr("Audit"),          tr("Policies"), tr("Health Check")};
    for (int i = 0; i < pages.size(); ++i)
        m_nav->item(i)->setText(pages.at(i));
    updateTitle();
    m_fileMenu->setTitle(tr("&File"));
    m_demoAction->setText(tr("Create &Demo Data"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About cloudbackup"));
    for (QAction *a : m_languages->actions())
        a->setChecked(a->data().toString() == cb::i18n::current());
    m_session->backupModel()->retranslate();
    m_session->volumeModel()->retranslate();
    m_session->jobModel()->retranslate();
    updatePermissions();
}

void MainWindow::updateTitle()
{
    // The page shown, in the current language.
    const QListWidgetItem *page = m_nav->item(qMax(0, m_stack->currentIndex()));
    setWindowTitle(tr("cloudbackup — %1").arg(page ? page->text() : QString()));
}

void MainWindow::updatePermissions()
{
    const Permissions &may = m_session->permissions();
    // The audit page: listed for everyone, open only to who may view the log (else the reason).
    QListWidgetItem *audit = m_nav->item(AuditPageIndex);
    const QString auditWhy = may.whyNot(Action::ViewAudit);
    audit->setFlags(auditWhy.isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    audit->setToolTip(auditWhy.isEmpty() ? tr("Who did what, when, and with what result") : auditWhy);
    if (!auditWhy.isEmpty() && currentPage() == AuditPageIndex)
        showPage(BackupsPageIndex);
    // The health check reads every project: for who may manage the repository everywhere.
    QListWidgetItem *doctor = m_nav->item(DoctorPageIndex);
    const QString doctorWhy = DoctorPage::whyNot(may);
    doctor->setFlags(doctorWhy.isEmpty() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags);
    doctor->setToolTip(doctorWhy.isEmpty() ? tr("What is wrong, and what to do about it") : doctorWhy);
    if (!doctorWhy.isEmpty()) {
        m_dashboard->setHealth(0, 0);
        if (currentPage() == DoctorPageIndex)
            showPage(BackupsPageIndex);
    }
    // Demo data creates volumes and backs them up.
    QString demoWhy = may.whyNot(Action::ManageVolumes);
    if (demoWhy.isEmpty())
        demoWhy = may.whyNot(Action::CreateBackup);
    m_demoAction->setEnabled(demoWhy.isEmpty());
    m_demoAction->setToolTip(demoWhy.isEmpty()
                                 ? tr("Create a few file volumes with data and backups to try every action")
                                 : demoWhy);
    updateStatus();
}

void MainWindow::updateStatus()
{
    m_connection->setText(m_session->connectionText());
    m_connection->setToolTip(m_session->connectionDetails());
    m_scope->setText(m_session->scopeText());
    const Caller &caller = m_session->permissions().caller();
    m_account->setText(tr("%1 · %2").arg(caller.account, roleText(caller.role)));
    m_account->setToolTip(tr("Logged in as %1 (%2)").arg(caller.account, roleText(caller.role)));
    m_loading->setText(m_session->isLoading() ? tr("Loading…") : QString());
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(int(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_stack->currentIndex());
}

void MainWindow::showChain(const QString &volumeId, const QString &backupId)
{
    m_chain->showVolume(volumeId, backupId);
    showPage(ChainPageIndex);
}

void MainWindow::createDemoData()
{
    m_session->createDemoData();
    showPage(BackupsPageIndex);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_session->jobModel()->runningCount();
    if (running > 0) {
        const auto answer = MessageBox::question(this, tr("Jobs Are Running"),
                                                 tr("%n job(s) are still running. Quit and cancel them? A "
                                                    "cancelled backup leaves no partial backup; a "
                                                    "cancelled restore leaves its target volume incomplete.",
                                                    nullptr, running),
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_session->jobModel()->cancelAll();
    }
    event->accept();
}

} // namespace cb::ui
