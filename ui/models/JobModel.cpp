#include "models/JobModel.h"

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
    return parent.isValid() ? 0 : int(m_jobs.size());
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
        return QString();
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
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
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
            return QLocale().toString(job.startedAt().toLocalTime().time(), QLocale::ShortFormat);
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
    }
    return {};
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
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_jobs.size()) - 1, ColumnCount - 1));
}

} // namespace cb::ui
