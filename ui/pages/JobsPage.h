#pragma once

#include "model/Types.h"

#include <QWidget>

class QAction;
class QLabel;
class QTableView;
class QToolBar;
class QTreeWidget;

namespace cb {
class Job;
}

namespace cb::ui {

class Session;

// 任务: every job started from this console with its progress bar, rate,
// remaining time and a cancel button; finished jobs stay with their result.
// Below them the catalog's job history (every console and the command line,
// kept across restarts), read again whenever the catalog changes, and the
// log of the selected job.
class JobsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit JobsPage(Session *session, QWidget *parent = nullptr);
    ~JobsPage() override;

    QTableView *view() const { return m_view; }
    QTreeWidget *logView() const { return m_log; }
    // Selects the job with this id in the catalog's history (a job of this console or another).
    // job: a job of this console (its row, also before the engine recorded it).
    void selectJob(const QString &jobId, const cb::Job *job = nullptr);
    void refreshHistory();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();
    void cancelSelected();
    void loadLog();
    void showLog(const QString &jobId, const QList<cb::JobLogEntry> &entries);
    QString selectedJobId() const;

    Session *m_session;
    QToolBar *m_toolBar;
    QAction *m_cancel;
    QAction *m_clear;
    QTableView *m_view;
    QLabel *m_logTitle;
    QTreeWidget *m_log;
    QString m_shownJobId;  // whose log is shown
    QString m_wantedJobId; // selected by id, kept across history updates
    QList<cb::JobLogEntry> m_entries;
    bool m_historyLoading = false;
    bool m_historyStale = false;
};

} // namespace cb::ui
