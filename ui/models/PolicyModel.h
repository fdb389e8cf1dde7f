#pragma once

#include "policy/BackupPolicy.h"

#include <QAbstractTableModel>

#include <optional>

namespace cb {
struct Volume;
}

namespace cb::ui {

// The backup policies the user sees, one row each: name, the volumes it
// covers, its schedule, its retention and its next run.
class PolicyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Target,
        Schedule,
        Kind,
        Retention,
        NextRun,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1, // the sortable value behind the column
        NameRole
    };

    explicit PolicyModel(QObject *parent = nullptr);
    ~PolicyModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setPolicies(const QList<BackupPolicy> &policies, const QList<Volume> &volumes);
    // The volumes whose names the target column shows (they change more often than policies).
    void setVolumes(const QList<Volume> &volumes);
    const QList<BackupPolicy> &all() const { return m_rows; }
    const BackupPolicy *find(const QString &name) const;
    int rowOf(const QString &name) const;
    // Recomputes the next runs (as time passes).
    void updateNextRuns(const QDateTime &now);
    std::optional<QDateTime> nextRun(int row) const { return m_next.value(row); }
    void retranslate();

    // In the user's words, for lists and the dialog.
    static QString targetText(const BackupPolicy &policy, const QList<Volume> &volumes);
    static QString kindText(const BackupPolicy &policy);
    static QString retentionText(const RetentionRules &rules);
    // Whether the policy is about this project: it names it, or covers one of its volumes.
    static bool concerns(const BackupPolicy &policy, const QString &project, const QList<Volume> &volumes);
    // The next elapse of the policy's schedule after `after`; none when it never runs again.
    static std::optional<QDateTime> nextRunOf(const BackupPolicy &policy, const QDateTime &after);

private:
    QList<BackupPolicy> m_rows;
    QList<std::optional<QDateTime>> m_next;
    QStringList m_targets;
    QList<Volume> m_volumes;
};

} // namespace cb::ui
