#pragma once

#include "model/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <functional>

namespace cb {
class Job;
}

namespace cb::ui {

// The engine jobs started from this console, newest first, with their
// progress; then the job history of the catalog (every console and the
// command line; it survives a restart), newest first. A job of this console
// is listed once, live. Finished jobs of this console stay with their result
// until cleared (they remain in the history).
class JobModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Operation,
        Status,
        Progress,
        Rate,
        Remaining,
        Cancel,
        Started,
        Result,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1,
        ProgressRole, // 0..1000, or -1 while the total is unknown
        RunningRole,
        JobIdRole, // the id in the catalog's history (empty until the engine wrote it)
    };

    explicit JobModel(QObject *parent = nullptr);
    ~JobModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Texts built again in the current language whenever shown.
    using Text = std::function<QString()>;

    // Takes ownership; the job should not have been started yet. title and
    // doneMessage, when given, stand for the job's title and its message on
    // success, so they follow a change of language.
    void add(Job *job, Text title = {}, Text doneMessage = {});
    QString title(const Job *job) const;
    QString message(const Job *job) const;
    Job *jobAt(int row) const;                // null for a row of the history
    const JobRecord *recordAt(int row) const; // null for a job of this console
    QString jobIdAt(int row) const;
    // The row of a job in the history (live or recorded); -1 when not listed.
    int rowOfJobId(const QString &jobId) const;
    // The catalog's history, oldest first (Engine::jobs()). Resolves names
    // of backups and volumes with nameOf, when set.
    void setHistory(const QList<JobRecord> &history);
    void setNameResolver(std::function<QString(const JobRecord &)> nameOf) { m_nameOf = std::move(nameOf); }
    QString recordTitle(const JobRecord &record) const;
    int rowOf(const Job *job) const;
    int runningCount() const;
    QList<Job *> runningJobs() const;
    void cancelAll();
    void clearFinished();
    void retranslate();

    // Summary of the running jobs, for the status bar indicator.
    struct Summary
    {
        int running = 0;
        qint64 done = 0;
        qint64 total = 0;
        double rate = 0;
        qint64 eta = -1;
    };
    Summary summary() const;

    static QString rateText(const Job &job);
    static QString etaText(qint64 seconds);
    static int progressPermille(const Job &job);

Q_SIGNALS:
    void jobsChanged(); // progress, a job added or finished
    // A job of another console or of the command line failed (seen in the history after this console began).
    void otherJobFailed(const cb::JobRecord &record);

private:
    void onProgress();
    QVariant recordData(const JobRecord &record, int column, int role) const;
    QSet<QString> liveIds() const;

    QList<Job *> m_jobs; // newest first
    struct Texts
    {
        Text title, doneMessage;
    };
    QHash<const Job *, Texts> m_texts;
    QList<JobRecord> m_history; // newest first, without this console's live jobs
    QSet<QString> m_seenFailures;
    bool m_historyLoaded = false;
    QDateTime m_since = QDateTime::currentDateTimeUtc();
    std::function<QString(const JobRecord &)> m_nameOf;
};

} // namespace cb::ui
