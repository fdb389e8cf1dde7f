#include "models/PolicyModel.h"

#include "DateText.h"
#include "PolicyIcons.h"
#include "model/Types.h"
#include "policy/Calendar.h"

#include <QLocale>

namespace cb::ui {

PolicyModel::PolicyModel(QObject *parent) : QAbstractTableModel(parent) {}

PolicyModel::~PolicyModel() = default;

int PolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Target:
        return tr("Volumes");
    case Schedule:
        return tr("Schedule");
    case Kind:
        return tr("Kind");
    case Retention:
        return tr("Retention");
    case NextRun:
        return tr("Next run");
    }
    return {};
}

QVariant PolicyModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const BackupPolicy &p = m_rows.at(index.row());
    const std::optional<QDateTime> next = m_next.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return p.name;
        case Target:
            return m_targets.value(index.row());
        case Schedule:
            return p.schedule;
        case Kind:
            return kindText(p);
        case Retention:
            return retentionText(p.retention);
        case NextRun:
            return next ? dateTimeText(*next) : tr("never");
        }
        break;
    case RawRole:
        switch (index.column()) {
        case NextRun:
            return next ? *next : QDateTime();
        case Kind:
            return p.fullEvery;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (index.column() == Name)
            return PolicyIcons::policy();
        break;
    case Qt::ToolTipRole:
        if (index.column() == NextRun && next)
            return QLocale().toString(next->toLocalTime(), QLocale::LongFormat);
        if (index.column() == Target || index.column() == Retention)
            return data(index, Qt::DisplayRole);
        break;
    case NameRole:
        return p.name;
    }
    return {};
}

void PolicyModel::setPolicies(const QList<BackupPolicy> &policies, const QList<Volume> &volumes)
{
    beginResetModel();
    m_rows = policies;
    std::sort(m_rows.begin(), m_rows.end(),
              [](const BackupPolicy &a, const BackupPolicy &b) { return a.name < b.name; });
    m_volumes = volumes;
    m_targets.clear();
    for (const BackupPolicy &p : std::as_const(m_rows))
        m_targets << targetText(p, m_volumes);
    m_next.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const BackupPolicy &p : std::as_const(m_rows))
        m_next << nextRunOf(p, now);
    endResetModel();
}

void PolicyModel::setVolumes(const QList<Volume> &volumes)
{
    m_volumes = volumes;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString text = targetText(m_rows.at(row), m_volumes);
        if (text != m_targets.at(row)) {
            m_targets[row] = text;
            Q_EMIT dataChanged(index(row, Target), index(row, Target));
        }
    }
}

const BackupPolicy *PolicyModel::find(const QString &name) const
{
    const int row = rowOf(name);
    return row < 0 ? nullptr : &m_rows.at(row);
}

int PolicyModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).name == name)
            return i;
    }
    return -1;
}

void PolicyModel::updateNextRuns(const QDateTime &now)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto next = nextRunOf(m_rows.at(row), now);
        if (next != m_next.at(row)) {
            m_next[row] = next;
            Q_EMIT dataChanged(index(row, NextRun), index(row, NextRun));
        }
    }
}

void PolicyModel::retranslate()
{
    m_targets.clear();
    for (const BackupPolicy &p : std::as_const(m_rows))
        m_targets << targetText(p, m_volumes);
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString PolicyModel::targetText(const BackupPolicy &policy, const QList<Volume> &volumes)
{
    if (!policy.project.isEmpty())
        return tr("Project %1").arg(policy.project);
    if (!policy.match.isEmpty())
        return tr("Names matching %1").arg(policy.match);
    QStringList names;
    for (const QString &id : policy.volumes) {
        const auto v =
            std::find_if(volumes.cbegin(), volumes.cend(), [&](const Volume &k) { return k.id == id; });
        names << (v == volumes.cend() ? id : v->name);
    }
    return names.join(QLatin1String(", "));
}

QString PolicyModel::kindText(const BackupPolicy &policy)
{
    if (policy.fullEvery == 1)
        return tr("Always full");
    QStringList parts;
    if (policy.fullEvery > 1)
        parts << tr("a full every %Ln backup(s)", nullptr, policy.fullEvery);
    if (policy.fullEveryDays > 0)
        parts << tr("a full every %Ln day(s)", nullptr, policy.fullEveryDays);
    return parts.isEmpty() ? tr("Incremental") : tr("Incremental, %1").arg(parts.join(tr(" or ")));
}

QString PolicyModel::retentionText(const RetentionRules &rules)
{
    if (!rules.keepsByRule())
        return tr("Keep all");
    QStringList parts;
    const QList<QPair<int, QString>> counts{
        {rules.last, tr("last %1")},     {rules.hourly, tr("%1 hourly")},   {rules.daily, tr("%1 daily")},
        {rules.weekly, tr("%1 weekly")}, {rules.monthly, tr("%1 monthly")}, {rules.yearly, tr("%1 yearly")}};
    for (const auto &[n, text] : counts) {
        if (n > 0)
            parts << text.arg(n);
    }
    if (rules.minAgeSeconds > 0)
        parts << tr("minimum age %1").arg(formatDuration(rules.minAgeSeconds));
    return parts.join(tr(", ", "between the rules of a retention"));
}

bool PolicyModel::concerns(const BackupPolicy &policy, const QString &project, const QList<Volume> &volumes)
{
    if (!policy.project.isEmpty())
        return policy.project == project;
    const auto covers = policy.coverage();
    return std::any_of(volumes.cbegin(), volumes.cend(),
                       [&](const Volume &v) { return v.project == project && covers(v); });
}

std::optional<QDateTime> PolicyModel::nextRunOf(const BackupPolicy &policy, const QDateTime &after)
{
    auto spec = CalendarSpec::parse(policy.schedule);
    if (!spec)
        return std::nullopt;
    return spec->nextAfter(after);
}

} // namespace cb::ui
