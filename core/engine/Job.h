#pragma once

#include "engine/Engine.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>

namespace cb {

// Rate and remaining time from (done, total) samples.
class ProgressMeter
{
public:
    void start() { m_timer.start(); }
    void update(qint64 done, qint64 total);
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    double bytesPerSecond() const { return m_rate; }
    qint64 etaSeconds() const; // -1 when unknown
    qint64 elapsedMs() const { return m_timer.isValid() ? m_timer.elapsed() : 0; }

private:
    QElapsedTimer m_timer;
    qint64 m_done = 0;
    qint64 m_total = 0;
    double m_rate = 0;
    qint64 m_lastMs = 0;
    qint64 m_lastDone = 0;
};

// One engine operation running on a thread of the job pool, reporting to the
// thread that owns this object by queued signals. Cancel is honoured at the
// next chunk.
class Job final : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<Result<QString>(JobControl &)>; // the message on success

    Job(JobKind kind, QString title, Work work, QObject *parent = nullptr);
    ~Job() override;

    JobKind kind() const { return m_kind; }
    QString title() const { return m_title; }
    JobStatus status() const { return m_status; }
    // On failure, the reason in the current language (it follows a language change).
    QString message() const { return m_error.isEmpty() ? m_message : m_error.text(); }
    // The ids of the job rows the engine wrote for this work, in the history (Engine::jobs()).
    const QStringList &recordedIds() const { return m_recordedIds; }
    const ProgressMeter &meter() const { return m_meter; }
    QDateTime startedAt() const { return m_startedAt; }

    void start(QThreadPool *pool);
    void cancel();
    bool isRunning() const { return m_status == JobStatus::Running; }
    void waitForFinished();

Q_SIGNALS:
    void progressChanged();
    void recorded(const QString &jobId);
    void finished();

private:
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool ok, const QString &message, const Message &error);

    struct Shared;
    JobKind m_kind;
    QString m_title;
    Work m_work;
    std::shared_ptr<Shared> m_shared;
    JobStatus m_status = JobStatus::Running;
    QString m_message;
    Message m_error;
    QStringList m_recordedIds;
    ProgressMeter m_meter;
    QDateTime m_startedAt;
};

} // namespace cb
