#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace cb::ui {

class BackupActions;
class Session;

// 云硬盘: the volumes, their status and backups; create a backup from here too.
class VolumesPage final : public QWidget
{
    Q_OBJECT

public:
    VolumesPage(Session *session, BackupActions *actions, QWidget *parent = nullptr);
    ~VolumesPage() override;

    QTableView *view() const { return m_view; }
    QString selectedVolumeId() const;
    void selectVolume(const QString &id);
    QAction *createVolumeAction() const { return m_newVolume; }
    QAction *deleteVolumeAction() const { return m_deleteVolume; }
    void openCreateVolume();
    void deleteSelectedVolume();

Q_SIGNALS:
    void chainRequested(const QString &volumeId, const QString &backupId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void updateEmptyState();

    Session *m_session;
    BackupActions *m_actions;
    QToolBar *m_toolBar;
    QAction *m_create;
    QAction *m_chain;
    QLineEdit *m_search;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QAction *m_newVolume;
    QAction *m_deleteVolume;
    QStackedWidget *m_stack;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QPushButton *m_emptyCreate;
};

} // namespace cb::ui
