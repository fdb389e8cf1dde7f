#pragma once

#include <QWidget>

class QAction;
class QTableView;
class QToolBar;

namespace cb::ui {

class Session;

// 任务: every job started from this console with its progress bar, rate,
// remaining time and a cancel button; finished jobs stay with their result.
class JobsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPage(Session *session, QWidget *parent = nullptr);
    ~JobsPage() override;

    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void cancelSelected();

    Session *m_session;
    QToolBar *m_toolBar;
    QAction *m_cancel;
    QAction *m_clear;
    QTableView *m_view;
};

} // namespace cb::ui
