#include "models/VolumeModel.h"

#include "DateText.h"
#include "Icons.h"
#include "models/BackupModel.h"
#include "policy/Calendar.h"
#include "util/Message.h"
#include "util/Validate.h"

#include <QLocale>
#include <QSet>

namespace cb::ui {

namespace {

QString nextRunText(const QDateTime &at)
{
    return at.isValid() ? dateTimeText(at) : QString();
}

} // namespace

VolumeModel::VolumeModel(QObject *parent) : QAbstractTableModel(parent) {}

VolumeModel::~VolumeModel() = default;

int VolumeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Project:
        return tr("Project");
    case Type:
        return tr("Volume type");
    case Size:
        return tr("Size");
    case Status:
        return tr("Status");
    case Backups:
        return tr("Backups");
    case NewestBackup:
        return tr("Newest backup");
    case NextRun:
        return tr("Next scheduled backup");
    }
    return {};
}

QVariant VolumeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Volume &v = m_rows.at(index.row());
    const Stats stats = m_stats.value(v.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return v.name;
        case Project:
            return v.project;
        case Type:
            return typeText(v.type);
        case Size:
            return validate::formatSize(v.size);
        case Status:
            return volumeStatusText(v.status);
        case Backups:
            return stats.count;
        case NewestBackup:
            return stats.newest.isValid() ? dateTimeText(stats.newest) : QString();
        case NextRun:
            return nextRunText(m_next.value(v.id).first);
        }
        break;
    case RawRole:
        switch (index.column()) {
        case Name:
            return v.name;
        case Project:
            return v.project;
        case Type:
            return v.type;
        case Size:
            return v.size;
        case Status:
            return int(v.status);
        case Backups:
            return stats.count;
        case NewestBackup:
            return stats.newest;
        case NextRun:
            return m_next.value(v.id).first;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == Status)
            return Icons::volumeStatus(v.status);
        if (index.column() == Name)
            return Icons::get(Icons::Volume);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Backups)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return v.id;
        if (index.column() == NewestBackup)
            return stats.newestName;
        if (index.column() == NextRun && m_next.contains(v.id))
            return tr("By policy %1").arg(m_next.value(v.id).second);
        if (index.column() == Status && v.status == VolumeStatus::Missing)
            return tr("The volume was deleted; its backups can still be restored to a new volume.");
        if (index.column() == Status && !v.reason.isEmpty())
            return Message::display(v.reason);
        break;
    case IdRole:
        return v.id;
    }
    return {};
}

const Volume *VolumeModel::find(const QString &id) const
{
    for (const Volume &v : m_rows) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

void VolumeModel::setVolumes(const QList<Volume> &volumes)
{
    m_loaded = true;
    bool changed = false; // next runs are recomputed only when the volumes changed
    QHash<QString, int> freshIndex;
    for (int i = 0; i < volumes.size(); ++i)
        freshIndex.insert(volumes.at(i).id, i);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!freshIndex.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            changed = true;
        }
    }
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        Volume &cur = m_rows[row];
        present.insert(cur.id);
        const Volume &v = volumes.at(freshIndex.value(cur.id));
        if (v.name != cur.name || v.status != cur.status || v.size != cur.size || v.project != cur.project ||
            v.type != cur.type || v.device != cur.device || v.reason != cur.reason) {
            cur = v;
            changed = true;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    QList<Volume> added;
    for (const Volume &v : volumes) {
        if (!present.contains(v.id))
            added << v;
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows << added;
        endInsertRows();
        changed = true;
    }
    if (changed && !m_policies.isEmpty())
        updateNextRuns(QDateTime::currentDateTimeUtc());
    Q_EMIT volumesChanged();
}

void VolumeModel::setBackupModel(BackupModel *backups)
{
    m_backups = backups;
    connect(backups, &BackupModel::backupsChanged, this, &VolumeModel::updateStats);
    connect(backups, &QAbstractItemModel::modelReset, this, &VolumeModel::updateStats);
    updateStats();
}

void VolumeModel::updateStats()
{
    if (!m_backups)
        return;
    QHash<QString, Stats> stats;
    for (const Backup &b : m_backups->all()) {
        Stats &s = stats[b.volumeId];
        ++s.count;
        // A failed backup holds no data: it is never a volume's newest backup.
        if (b.status == BackupStatus::Error)
            continue;
        if (!s.newest.isValid() || b.createdAt > s.newest) {
            s.newest = b.createdAt;
            s.newestName = b.name;
        }
    }
    const QHash<QString, Stats> old = std::exchange(m_stats, stats);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).id;
        const Stats a = old.value(id), b = m_stats.value(id);
        if (a.count != b.count || a.newest != b.newest)
            Q_EMIT dataChanged(index(row, Backups), index(row, NewestBackup));
    }
}

void VolumeModel::setPolicies(const QList<BackupPolicy> &policies)
{
    m_policies = policies;
    updateNextRuns(QDateTime::currentDateTimeUtc());
}

// Each schedule and target is prepared once, not once per volume.
void VolumeModel::updateNextRuns(const QDateTime &now)
{
    QList<std::optional<QDateTime>> elapses;
    QList<std::function<bool(const Volume &)>> covers;
    for (const BackupPolicy &p : std::as_const(m_policies)) {
        auto spec = CalendarSpec::parse(p.schedule);
        elapses << (spec ? spec->nextAfter(now) : std::nullopt);
        covers << p.coverage();
    }
    QHash<QString, QPair<QDateTime, QString>> next;
    for (const Volume &v : std::as_const(m_rows)) {
        if (isGone(v.status))
            continue;
        for (int i = 0; i < m_policies.size(); ++i) {
            const auto &at = elapses.at(i);
            if (!at || !covers.at(i)(v))
                continue;
            auto it = next.find(v.id);
            if (it == next.end() || *at < it->first)
                next.insert(v.id, {*at, m_policies.at(i).name});
        }
    }
    const auto old = std::exchange(m_next, next);
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &id = m_rows.at(row).id;
        if (old.value(id) != m_next.value(id))
            Q_EMIT dataChanged(index(row, NextRun), index(row, NextRun));
    }
}

QString VolumeModel::typeText(const QString &type)
{
    if (type == QLatin1String("file"))
        return tr("Image file");
    return type;
}

void VolumeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

} // namespace cb::ui
