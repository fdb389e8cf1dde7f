#pragma once

#include "model/Types.h"

#include <QFrame>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace cb {
class Job;
}

namespace cb::ui {

class Session;

// A failed job, said in the window (not only in the status bar): what failed
// and why, in the current language, with a button to the job and its log on
// the jobs page. Jobs of this console and, seen in the catalog's history,
// of other consoles and the command line. The newest failure replaces the
// one shown; closing it hides it.
class JobAlert final : public QFrame
{
    Q_OBJECT

public:
    explicit JobAlert(Session *session, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *showButton() const { return m_show; }

Q_SIGNALS:
    // The job to select: its id in the history, and the job of this console when it is one.
    void showJobRequested(const QString &jobId, cb::Job *job);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onJobFinished(cb::Job *job);
    void onOtherJobFailed(const cb::JobRecord &record);
    void present();
    void retranslate();

    Session *m_session;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_show;
    QToolButton *m_close;
    // What is shown, rebuilt in the current language.
    std::function<QString()> m_what;
    QString m_jobId;
    QPointer<cb::Job> m_job;
};

} // namespace cb::ui
