#include "models/JobModel.h"

#include "DateText.h"
#include "Icons.h"
#include "engine/Job.h"
#include "util/Validate.h"

#include <QLocale>

#include <algorithm>

namespace cb::ui {

JobModel::JobModel(QObject *parent) : QAbstractTableModel(parent) {}

JobModel::~JobModel()
{
    // Each Job cancels and waits in its destructor.
    qDeleteAll(m_jobs);
}

int JobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size() + m_history.size());
}

int JobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Operation:
        return tr("Operation");
    case Status:
        return tr("Status");
    case Progress:
        return tr("Progress");
    case Rate:
        return tr("Rate");
    case Remaining:
        return tr("Remaining");
    case Cancel:
        // Above the Cancel buttons of running jobs: no column without a title.
        return tr("Cancel");
    case Started:
        return tr("Started");
    case Result:
        return tr("Result");
    }
    return {};
}

int JobModel::progressPermille(const Job &job)
{
    const auto &m = job.meter();
    if (!job.isRunning())
        return job.status() == JobStatus::Done ? 1000
                                               : (m.total() > 0 ? int(m.done() * 1000 / m.total()) : 0);
    if (m.total() <= 0)
        return -1;
    return int(std::clamp<qint64>(m.done() * 1000 / m.total(), 0, 1000));
}

QString JobModel::rateText(const Job &job)
{
    const auto &m = job.meter();
    if (job.kind() == JobKind::Delete)
        return m.total() > 0 ? tr("%L1 of %Ln backup(s)", nullptr, int(m.total())).arg(m.done()) : QString();
    if (m.bytesPerSecond() <= 0)
        return {};
    return tr("%1/s").arg(validate::formatSize(qint64(m.bytesPerSecond())));
}

QString JobModel::etaText(qint64 s)
{
    if (s < 0)
        return {};
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(s / 3600)
            .arg((s / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QVariant JobModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() >= m_jobs.size())
        return recordData(m_history.at(index.row() - m_jobs.size()), index.column(), role);
    const Job &job = *m_jobs.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Operation:
            return title(&job);
        case Status:
            return jobStatusText(job.status());
        case Progress: {
            const int p = progressPermille(job);
            return p < 0 ? QString() : QLocale().toString(p / 10.0, 'f', 1) + u'%';
        }
        case Rate:
            return job.isRunning() ? rateText(job) : QString();
        case Remaining:
            return job.isRunning() ? etaText(job.meter().etaSeconds()) : QString();
        case Started:
            return dateTimeText(job.startedAt());
        case Result:
            return message(&job);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Result || index.column() == Operation)
            return message(&job).isEmpty() ? title(&job) : message(&job);
        if (index.column() == Cancel && job.isRunning())
            return tr("Cancel this job");
        break;
    case Qt::DecorationRole:
        if (index.column() == Status)
            return Icons::jobStatus(job.status());
        break;
    case RawRole:
        switch (index.column()) {
        case Operation:
            return title(&job);
        case Status:
            return int(job.status());
        case Progress:
            return progressPermille(job);
        case Rate:
            return job.meter().bytesPerSecond();
        case Remaining:
            return job.meter().etaSeconds();
        case Started:
            return job.startedAt();
        case Result:
            return message(&job);
        }
        break;
    case ProgressRole:
        return progressPermille(job);
    case RunningRole:
        return job.isRunning();
    case JobIdRole:
        return job.recordedIds().isEmpty() ? QString() : job.recordedIds().last();
    }
    return {};
}

QString JobModel::recordTitle(const JobRecord &r) const
{
    QString name = m_nameOf ? m_nameOf(r) : QString();
    if (name.isEmpty())
        name = !r.backupId.isEmpty() ? r.backupId.left(8) : r.volumeId;
    return name.isEmpty() ? jobKindText(r.kind) : tr("%1: %2").arg(jobKindText(r.kind), name);
}

QVariant JobModel::recordData(const JobRecord &r, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Operation:
            return recordTitle(r);
        case Status:
            return jobStatusText(r.status);
        case Started:
            return dateTimeText(r.startedAt);
        case Result:
            return r.errorText().section(u'\n', 0, 0);
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = tr("Job %1 on %2 (process %3)").arg(r.id, r.host).arg(r.pid);
        tip +=
            u'\n' + tr("Started %1").arg(QLocale().toString(r.startedAt.toLocalTime(), QLocale::LongFormat));
        if (r.finishedAt.isValid())
            tip += u'\n' +
                   tr("Ended %1").arg(QLocale().toString(r.finishedAt.toLocalTime(), QLocale::LongFormat));
        if (!r.error.isEmpty())
            tip += u'\n' + r.errorText();
        return tip;
    }
    case Qt::DecorationRole:
        if (column == Status)
            return Icons::jobStatus(r.status);
        break;
    case RawRole:
        switch (column) {
        case Operation:
            return recordTitle(r);
        case Status:
            return int(r.status);
        case Started:
            return r.startedAt;
        case Result:
            return r.errorText();
        }
        break;
    case RunningRole:
        return false; // another process's job is cancelled there, not here
    case JobIdRole:
        return r.id;
    }
    return {};
}

const JobRecord *JobModel::recordAt(int row) const
{
    const qsizetype i = row - m_jobs.size();
    return i >= 0 && i < m_history.size() ? &m_history.at(i) : nullptr;
}

QString JobModel::jobIdAt(int row) const
{
    return index(row, 0).data(JobIdRole).toString();
}

int JobModel::rowOfJobId(const QString &jobId) const
{
    if (jobId.isEmpty())
        return -1;
    for (int i = 0; i < m_jobs.size(); ++i) {
        if (m_jobs.at(i)->recordedIds().contains(jobId))
            return i;
    }
    for (int i = 0; i < m_history.size(); ++i) {
        if (m_history.at(i).id == jobId)
            return int(m_jobs.size()) + i;
    }
    return -1;
}

QSet<QString> JobModel::liveIds() const
{
    QSet<QString> ids;
    for (const Job *j : m_jobs) {
        for (const QString &id : j->recordedIds())
            ids.insert(id);
    }
    return ids;
}

void JobModel::setHistory(const QList<JobRecord> &history)
{
    const QSet<QString> live = liveIds();
    QList<JobRecord> fresh;
    fresh.reserve(history.size());
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        if (live.contains(it->id))
            continue;
        fresh << *it;
        if (it->status != JobStatus::Error || m_seenFailures.contains(it->id))
            continue;
        m_seenFailures.insert(it->id);
        if (it->finishedAt >= m_since)
            Q_EMIT otherJobFailed(*it);
    }
    const int first = int(m_jobs.size());
    bool same = fresh.size() == m_history.size();
    for (qsizetype i = 0; same && i < fresh.size(); ++i)
        same = fresh.at(i).id == m_history.at(i).id;
    if (same) {
        m_history = fresh;
        if (!m_history.isEmpty())
            Q_EMIT dataChanged(index(first, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        if (!m_history.isEmpty()) {
            beginRemoveRows({}, first, first + int(m_history.size()) - 1);
            m_history.clear();
            endRemoveRows();
        }
        if (!fresh.isEmpty()) {
            beginInsertRows({}, first, first + int(fresh.size()) - 1);
            m_history = fresh;
            endInsertRows();
        }
    }
    Q_EMIT jobsChanged();
}

QString JobModel::title(const Job *job) const
{
    const Texts t = m_texts.value(job);
    return t.title ? t.title() : job->title();
}

QString JobModel::message(const Job *job) const
{
    const Texts t = m_texts.value(job);
    return t.doneMessage && job->status() == JobStatus::Done ? t.doneMessage() : job->message();
}

void JobModel::add(Job *job, Text title, Text doneMessage)
{
    if (title || doneMessage)
        m_texts.insert(job, {std::move(title), std::move(doneMessage)});
    job->setParent(this);
    beginInsertRows({}, 0, 0);
    m_jobs.prepend(job);
    endInsertRows();
    connect(job, &Job::progressChanged, this, &JobModel::onProgress);
    // Once the engine has written the job's row, the history lists it here only.
    connect(job, &Job::recorded, this, [this](const QString &jobId) {
        for (int i = 0; i < m_history.size(); ++i) {
            if (m_history.at(i).id != jobId)
                continue;
            const int row = int(m_jobs.size()) + i;
            beginRemoveRows({}, row, row);
            m_history.removeAt(i);
            endRemoveRows();
            break;
        }
        Q_EMIT jobsChanged();
    });
    connect(job, &Job::finished, this, &JobModel::onProgress);
    Q_EMIT jobsChanged();
}

void JobModel::onProgress()
{
    auto *job = qobject_cast<Job *>(sender());
    const int row = rowOf(job);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT jobsChanged();
}

Job *JobModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs.size() ? m_jobs.at(row) : nullptr;
}

int JobModel::rowOf(const Job *job) const
{
    return int(m_jobs.indexOf(job));
}

int JobModel::runningCount() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const Job *j) { return j->isRunning(); }));
}

QList<Job *> JobModel::runningJobs() const
{
    QList<Job *> out;
    for (Job *j : m_jobs) {
        if (j->isRunning())
            out << j;
    }
    return out;
}

void JobModel::cancelAll()
{
    for (Job *j : std::as_const(m_jobs))
        j->cancel();
}

void JobModel::clearFinished()
{
    for (int row = int(m_jobs.size()) - 1; row >= 0; --row) {
        if (m_jobs.at(row)->isRunning())
            continue;
        beginRemoveRows({}, row, row);
        Job *j = m_jobs.takeAt(row);
        m_texts.remove(j);
        // Listed again from the history, not announced again.
        for (const QString &id : j->recordedIds())
            m_seenFailures.insert(id);
        endRemoveRows();
        j->deleteLater();
    }
    Q_EMIT jobsChanged();
}

JobModel::Summary JobModel::summary() const
{
    Summary s;
    for (const Job *j : m_jobs) {
        if (!j->isRunning())
            continue;
        ++s.running;
        if (j->kind() == JobKind::Delete)
            continue; // counts backups, not bytes
        s.done += j->meter().done();
        s.total += j->meter().total();
        s.rate += j->meter().bytesPerSecond();
    }
    if (s.rate > 0 && s.total > s.done)
        s.eta = qint64(double(s.total - s.done) / s.rate);
    return s;
}

void JobModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cb::ui
