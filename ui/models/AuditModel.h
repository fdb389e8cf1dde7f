#pragma once

#include "auth/Access.h"

#include <QAbstractTableModel>

namespace cb::ui {

// The audit log's rows as the audit page shows them, newest first.
class AuditModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        User,
        Action,
        Object,
        Project,
        Result,
        Detail,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setEntries(QList<AuditEntry> entries);
    const QList<AuditEntry> &entries() const { return m_rows; }
    static QString resultText(const QString &result);
    void retranslate();

private:
    QList<AuditEntry> m_rows;
};

} // namespace cb::ui
