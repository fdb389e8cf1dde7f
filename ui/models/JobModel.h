#pragma once

#include "model/Types.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>

#include <functional>

namespace cb {
class Job;
}

namespace cb::ui {

// The engine jobs started from this console, newest first. Finished and
// failed jobs stay listed with their result until cleared.
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
    Job *jobAt(int row) const;
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

private:
    void onProgress();

    QList<Job *> m_jobs; // newest first
    struct Texts
    {
        Text title, doneMessage;
    };
    QHash<const Job *, Texts> m_texts;
};

} // namespace cb::ui
