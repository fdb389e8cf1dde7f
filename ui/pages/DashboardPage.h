#pragma once

#include <QWidget>

#include <memory>

class QCustomPlot;
class QPushButton;
class QLabel;
class QStackedWidget;
class QTimer;
class QTreeWidget;

namespace cb {
struct Dashboard;
}

namespace cb::ui {

class EmptyState;
class Session;

// 概览, the console's first page: the repository's size, stored against
// logical bytes (what deduplication and compression save), growth over
// time, space per project and per volume with each volume's last
// successful backup, and the failed and damaged backups that need
// attention. Figures come from Engine::dashboard() off the GUI thread and
// are read again when backups or volumes change while the page is shown.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Session *session, QWidget *parent = nullptr);
    ~DashboardPage() override;

    void reload();
    // What the health check found: a failure (or warning) is said in the
    // attention area with a link to the Health Check page.
    void setHealth(int failures, int warnings);
    bool isLoading() const { return m_loading; }
    // The figures shown (empty before the first load).
    const Dashboard &figures() const { return *m_figures; }

Q_SIGNALS:
    void loaded();
    // The health check's line in the attention area was clicked.
    void healthRequested();
    // A backup in the attention list, or a volume, was clicked.
    void backupRequested(const QString &volumeId, const QString &backupId);
    // The empty state's button: nothing to show before a volume exists.
    void createVolumeRequested();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QWidget *card(const char *name, QLabel *&title, QLabel *&value, QLabel *&detail);
    QTreeWidget *table(const char *name, int columns);
    void setupGrowth();
    void retranslate();
    void onChanged();
    void present(const Dashboard &figures);
    void fillCards();
    void fillGrowth();
    void fitGrowthTicks();
    void fillTables();
    void fillHealth();

    Session *m_session;
    std::unique_ptr<Dashboard> m_figures;
    bool m_loading = false;
    bool m_loaded = false; // the figures of one load at least
    bool m_stale = true;
    bool m_again = false;
    QTimer *m_timer;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QPushButton *m_emptyCreate;
    QLabel *m_heading;
    QLabel *m_repoTitle, *m_repoValue, *m_repoDetail;
    QLabel *m_backupsTitle, *m_backupsValue, *m_backupsDetail;
    QLabel *m_storedTitle, *m_storedValue, *m_storedDetail;
    QLabel *m_savingTitle, *m_savingValue, *m_savingDetail;
    QLabel *m_growthTitle, *m_projectsTitle, *m_volumesTitle, *m_attentionTitle;
    QCustomPlot *m_growth;
    QTreeWidget *m_projects;
    QTreeWidget *m_volumes;
    QTreeWidget *m_attention;
    QLabel *m_health;
    int m_healthFailures = 0;
    int m_healthWarnings = 0;
};

} // namespace cb::ui
