#pragma once

#include <QMainWindow>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace cb {
class Engine;
}

namespace cb::ui {

class AuditPage;
class BackupsPage;
class ChainPage;
class DashboardPage;
class DoctorPage;
class JobAlert;
class JobIndicator;
class JobsPage;
class PoliciesPage;
class ScopeSwitcher;
class Session;
class VolumesPage;

// The console: navigation between 概览, 云硬盘备份, 云硬盘, 备份链, 任务, 审计,
// 备份策略 and 健康检查, the
// project scope and the account at the top, the connection and scope in the
// status bar, and the job indicator.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page
    {
        DashboardPageIndex,
        BackupsPageIndex,
        VolumesPageIndex,
        ChainPageIndex,
        JobsPageIndex,
        AuditPageIndex,
        PoliciesPageIndex,
        DoctorPageIndex
    };

    explicit MainWindow(std::shared_ptr<Engine> engine, QWidget *parent = nullptr);
    ~MainWindow() override;

    Session *session() const { return m_session; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    BackupsPage *backupsPage() const { return m_backups; }
    VolumesPage *volumesPage() const { return m_volumes; }
    ChainPage *chainPage() const { return m_chain; }
    JobsPage *jobsPage() const { return m_jobs; }
    AuditPage *auditPage() const { return m_audit; }
    PoliciesPage *policiesPage() const { return m_policies; }
    DoctorPage *doctorPage() const { return m_doctor; }
    ScopeSwitcher *scopeSwitcher() const { return m_scopeSwitcher; }
    JobAlert *jobAlert() const { return m_alert; }
    void showPage(Page page);
    Page currentPage() const;
    void showChain(const QString &volumeId, const QString &backupId = {});
    void createDemoData();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateStatus();
    void updateTitle();
    void updatePermissions();

    Session *m_session;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    DashboardPage *m_dashboard;
    BackupsPage *m_backups;
    VolumesPage *m_volumes;
    ChainPage *m_chain;
    JobsPage *m_jobs;
    AuditPage *m_audit;
    PoliciesPage *m_policies;
    DoctorPage *m_doctor;
    ScopeSwitcher *m_scopeSwitcher;
    QLabel *m_account;
    JobIndicator *m_indicator;
    JobAlert *m_alert;
    QLabel *m_connection;
    QLabel *m_scope;
    QLabel *m_loading;
    QMenu *m_fileMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu;
    QAction *m_demoAction, *m_quitAction, *m_aboutAction;
    QActionGroup *m_languages;
};

} // namespace cb::ui
