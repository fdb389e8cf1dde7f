#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QTableView;
class QTimer;

namespace cb::ui {

class BackupActions;
class ChainListModel;
class ChainPlot;
class EmptyState;
class Session;

// 备份链: the chain graph of one volume, a details panel for the selected
// backup, and the same actions as the list (restore, edit, tags, delete).
class ChainPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ChainPage(Session *session, QWidget *parent = nullptr);
    ~ChainPage() override;

    void showVolume(const QString &volumeId, const QString &backupId = {});
    QString volumeId() const { return m_volumeId; }
    ChainPlot *plot() const { return m_plot; }
    // The chain's backups under the graph, in the graph's order.
    QTableView *list() const { return m_list; }
    BackupActions *actions() const { return m_actions; }
    void select(const QString &backupId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillVolumes();
    void reload(bool keepView);
    void onBackupsChanged(const QString &volumeId);
    void updateDetails();
    void updateSummary();
    void setupList();
    void selectRow(const QString &id);
    void onListSelection();

    Session *m_session;
    QString m_volumeId;
    int m_count = 0;
    EmptyState *m_empty = nullptr;
    QStackedWidget *m_graphStack = nullptr;
    qint64 m_stored = 0;
    BackupActions *m_actions;
    QToolBar *m_toolBar;
    QComboBox *m_volume;
    QLabel *m_volumeLabel;
    QAction *m_fit;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_evenly;
    ChainPlot *m_plot;
    ChainListModel *m_listModel;
    QTableView *m_list;
    QWidget *m_details;
    QLabel *m_detailsTitle;
    QFormLayout *m_form;
    QList<QLabel *> m_keys;
    QList<QLabel *> m_values;
    QPushButton *m_restore;
    QLabel *m_legend;
    QLabel *m_summary;
    QTimer *m_reloadTimer;
};

} // namespace cb::ui
