#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace cb::ui {

class JobModel;

// The compact job indicator in the status bar: how many jobs run, their
// combined progress, rate and remaining time, a cancel button; a click
// opens the jobs page. After the last job it shows its result for a while.
class JobIndicator final : public QWidget
{
    Q_OBJECT

public:
    explicit JobIndicator(JobModel *jobs, QWidget *parent = nullptr);

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void cancel();

    JobModel *m_jobs;
    QLabel *m_label;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
};

} // namespace cb::ui
