#include "models/BackupProxyModel.h"

#include "models/BackupModel.h"

namespace cb::ui {

BackupProxyModel::BackupProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BackupModel::RawRole);
    setDynamicSortFilter(true);
}

void BackupProxyModel::setBackupModel(BackupModel *model)
{
    m_model = model;
    setSourceModel(model);
}

void BackupProxyModel::setSearch(const BackupSearch &search)
{
    m_search = search;
    invalidateRowsFilter();
}

bool BackupProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || !m_model)
        return false;
    return m_search.isEmpty() || m_search.matches(m_model->backupAt(sourceRow));
}

bool BackupProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_model->lessThan(left.row(), right.row(), left.column());
}

} // namespace cb::ui
