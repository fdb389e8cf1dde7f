#pragma once

#include "model/Types.h"
#include "policy/BackupPolicy.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cb::ui {

class BackupModel;

// Volumes of every backend plus deleted ones that still have backups, with
// the number of backups and the newest one taken from the backup model.
class VolumeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The volume type as shown: "file" and "rbd" in the user's words.
    static QString typeText(const QString &type);
    enum Column
    {
        Name,
        Project,
        Type,
        Size,
        Status,
        Backups,
        NewestBackup,
        NextRun, // the next scheduled backup by a policy
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1,
        IdRole
    };

    explicit VolumeModel(QObject *parent = nullptr);
    ~VolumeModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setVolumes(const QList<Volume> &volumes);
    void setBackupModel(BackupModel *backups);

    const Volume &volumeAt(int row) const { return m_rows.at(row); }
    const Volume *find(const QString &id) const;
    const QList<Volume> &all() const { return m_rows; }
    int backupCount(const QString &volumeId) const { return m_stats.value(volumeId).count; }
    bool isLoaded() const { return m_loaded; }
    void retranslate();
    // The policies whose schedules give each volume's next run; updateNextRuns
    // recomputes them as time passes.
    void setPolicies(const QList<BackupPolicy> &policies);
    void updateNextRuns(const QDateTime &now);
    QDateTime nextRun(const QString &volumeId) const { return m_next.value(volumeId).first; }

Q_SIGNALS:
    void volumesChanged();

private:
    struct Stats
    {
        int count = 0;
        QDateTime newest;
        QString newestName;
    };
    void updateStats();

    QList<Volume> m_rows;
    QList<BackupPolicy> m_policies;
    QHash<QString, QPair<QDateTime, QString>> m_next; // volume id -> next run, by that policy
    QHash<QString, Stats> m_stats;
    BackupModel *m_backups = nullptr;
    bool m_loaded = false;
};

} // namespace cb::ui
