#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QSplitter;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolBar;

namespace cb::ui {

class BackupActions;
class BackupDetails;
class BackupProxyModel;
class Session;

// 云硬盘备份: every backup, searchable, filterable and sortable on each
// column, with the backup actions on a toolbar and a context menu.
class BackupsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit BackupsPage(Session *session, QWidget *parent = nullptr);
    ~BackupsPage() override;

    BackupActions *actions() const { return m_actions; }
    QTableView *view() const { return m_view; }
    BackupProxyModel *proxy() const { return m_proxy; }
    QStringList selectedIds() const;
    BackupDetails *details() const { return m_details; }
    QAction *verifyAction() const { return m_verify; }
    QAction *verifyRepositoryAction() const { return m_verifyRepository; }
    void selectBackups(const QStringList &ids);

Q_SIGNALS:
    void chainRequested(const QString &volumeId, const QString &backupId);
    void demoRequested();
    void createVolumeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void arrangeColumns();
    void retranslate();
    void applySearch();
    void updateFilterChoices();
    void updateCount();
    void updateEmptyState();
    void onSelectionChanged();
    void updateDetails();
    void updateVerify();
    void verifySelected();
    void verifyRepository();

    Session *m_session;
    BackupActions *m_actions;
    BackupProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QComboBox *m_status, *m_type, *m_project, *m_tag;
    QLabel *m_count;
    QStackedWidget *m_stack;
    QTableView *m_view;
    BackupDetails *m_details;
    QSplitter *m_listArea; // the list and the details of the selected backup
    QAction *m_verify;
    QAction *m_verifyRepository;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_demo;
    QPushButton *m_newVolume;
    QTimer *m_searchTimer;
    QTimer *m_choicesTimer;
};

} // namespace cb::ui
