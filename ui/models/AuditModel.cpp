#include "models/AuditModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>

namespace cb::ui {

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditModel::resultText(const QString &result)
{
    if (result == QLatin1String("ok"))
        return tr("OK");
    if (result == QLatin1String("denied"))
        return tr("Denied");
    if (result == QLatin1String("failed"))
        return tr("Failed");
    return result;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditEntry &e = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time: {
            const QDateTime local = e.at.toLocalTime();
            return role == Qt::DisplayRole ? local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                           : QLocale().toString(local, QLocale::LongFormat);
        }
        case User:
            return e.account;
        case Action:
            return e.action;
        case Object:
            return e.object;
        case Project:
            return e.project;
        case Result:
            return resultText(e.result);
        case Detail:
            return Message::display(e.detail);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Result && e.result != QLatin1String("ok"))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Object:
        return tr("Object");
    case Project:
        return tr("Project");
    case Result:
        return tr("Result");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

void AuditModel::setEntries(QList<AuditEntry> entries)
{
    std::stable_sort(entries.begin(), entries.end(), [](const AuditEntry &a, const AuditEntry &b) {
        return a.at != b.at ? a.at > b.at : a.id > b.id;
    });
    beginResetModel();
    m_rows = std::move(entries);
    endResetModel();
}

void AuditModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

} // namespace cb::ui
