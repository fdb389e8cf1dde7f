#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolBar;

namespace cb::ui {

class MessageBanner;
class PolicyModel;
class Session;

// 备份策略: the backup policies the user sees (what, when, how much is kept,
// the next run) with New, Edit, Delete and Run now. Under a project scope,
// only the policies that name the project or cover one of its volumes. Read and changed off the
// GUI thread; the volumes page's next-run column follows what is read here.
class PoliciesPage final : public QWidget
{
    Q_OBJECT

public:
    explicit PoliciesPage(Session *session, QWidget *parent = nullptr);
    ~PoliciesPage() override;

    PolicyModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *runAction() const { return m_run; }
    bool isLoading() const { return m_loading; }
    QString selectedName() const;
    void reload();
    void openNew();
    void openEdit(const QString &name);

Q_SIGNALS:
    void loaded();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();
    void updateTitle();
    void updateState();
    void deleteSelected();
    void runSelected();

    Session *m_session;
    PolicyModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QToolBar *m_toolBar;
    QLabel *m_title;
    QAction *m_new, *m_edit, *m_delete, *m_run, *m_refresh;
    MessageBanner *m_banner;
    QTableView *m_view;
    QTimer *m_clock;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace cb::ui
