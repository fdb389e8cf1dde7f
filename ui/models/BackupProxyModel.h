#pragma once

#include "model/BackupSearch.h"

#include <QSortFilterProxyModel>

namespace cb::ui {

class BackupModel;

// Sorts and filters the backup list. The filter rule is cb::BackupSearch
// (core); sorting compares the records directly, not through QVariants.
class BackupProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit BackupProxyModel(QObject *parent = nullptr);

    void setBackupModel(BackupModel *model);
    BackupModel *backupModel() const { return m_model; }

    void setSearch(const BackupSearch &search);
    const BackupSearch &search() const { return m_search; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    BackupModel *m_model = nullptr;
    BackupSearch m_search;
};

} // namespace cb::ui
