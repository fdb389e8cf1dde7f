#pragma once

#include "model/Types.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cb::ui {

// The backups of the chain page's volume, oldest first (the graph's order),
// for the list under the graph.
class ChainListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Type,
        Status,
        Created,
        Stored,
        Tags,
        ColumnCount
    };

    explicit ChainListModel(QObject *parent = nullptr);

    void setBackups(const QList<Backup> &backups);
    QString idAt(int row) const;
    int rowOf(const QString &id) const { return m_rows.value(id, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    QList<Backup> m_backups;
    QHash<QString, int> m_rows;
};

} // namespace cb::ui
