#include "chain/ChainListModel.h"

#include "DateText.h"
#include "Icons.h"
#include "util/Validate.h"

#include <QLocale>

namespace cb::ui {

ChainListModel::ChainListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChainListModel::setBackups(const QList<Backup> &backups)
{
    beginResetModel();
    m_backups = backups;
    std::sort(m_backups.begin(), m_backups.end(), [](const Backup &a, const Backup &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    m_rows.clear();
    for (int i = 0; i < m_backups.size(); ++i)
        m_rows.insert(m_backups.at(i).id, i);
    endResetModel();
}

QString ChainListModel::idAt(int row) const
{
    return row >= 0 && row < m_backups.size() ? m_backups.at(row).id : QString();
}

int ChainListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_backups.size());
}

int ChainListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChainListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_backups.size())
        return {};
    const Backup &b = m_backups.at(index.row());
    if (role == Qt::UserRole)
        return b.id;
    if (role == Qt::DecorationRole) {
        if (index.column() == Type)
            return Icons::kind(b.kind);
        if (index.column() == Status)
            return Icons::status(b.status);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Stored)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Status && !b.error.isEmpty())
        return b.errorText();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return b.name;
    case Type:
        return backupKindText(b.kind);
    case Status:
        return backupStatusText(b.status);
    case Created:
        return dateTimeText(b.createdAt);
    case Stored:
        return validate::formatSize(b.storedBytes);
    case Tags:
        return b.tags.join(QLatin1String(", "));
    default:
        return {};
    }
}

QVariant ChainListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Status:
        return tr("Status");
    case Created:
        return tr("Created");
    case Stored:
        return tr("Stored");
    case Tags:
        return tr("Tags");
    default:
        return {};
    }
}

void ChainListModel::retranslate()
{
    if (!m_backups.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_backups.size()) - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace cb::ui
