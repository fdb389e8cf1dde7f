#pragma once

#include "model/Types.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QHash>

#include <functional>

namespace cb::ui {

// Every backup the console may see, one row each. Rows are updated in place
// by merge(): a changed backup emits dataChanged for its row only, so the
// view keeps its selection and scroll position.
class BackupModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Volume,
        Project,
        Type,
        Status,
        VolumeSize,
        StoredSize,
        Created,
        Verified, // the last verify's result and time
        Tags,
        Description,
        ColumnCount
    };
    enum Role
    {
        RawRole = Qt::UserRole + 1, // the sortable value behind the column (qint64, QDateTime, QString)
        IdRole,
        VolumeIdRole,
        StatusKeyRole,
    };

    explicit BackupModel(QObject *parent = nullptr);
    ~BackupModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the whole set (diffed against what is shown when not empty).
    void setBackups(QList<Backup> backups);
    // Replaces the backups of one volume: rows are updated, inserted or removed.
    void mergeVolume(const QString &volumeId, const QList<Backup> &backups);
    // Updates or inserts one backup.
    void upsert(const Backup &backup);

    const Backup &backupAt(int row) const { return m_rows.at(row); }
    int rowOf(const QString &id) const { return m_index.value(id, -1); }
    const Backup *find(const QString &id) const;
    const QList<Backup> &all() const { return m_rows; }
    QList<Backup> backupsOfVolume(const QString &volumeId) const;
    QStringList allTags() const;
    QStringList allProjects() const;
    bool isLoaded() const { return m_loaded; }

    // Compares two rows on a column without building QVariants (fast sorting of 100,000 rows).
    bool lessThan(int leftRow, int rightRow, int column) const;

    static bool sameRecord(const Backup &a, const Backup &b);
    static QString columnTitle(int column);

    // Re-emits texts after a language change.
    void retranslate();

Q_SIGNALS:
    // Emitted after any change; volumeId empty for a change of the whole set.
    void backupsChanged(const QString &volumeId);

private:
    void merge(const QList<Backup> &fresh, const std::function<bool(const Backup &)> &inScope);
    void rebuildIndex();
    const QList<QCollatorSortKey> &sortKeys(int column) const;

    QList<Backup> m_rows;
    mutable QHash<int, QList<QCollatorSortKey>> m_sortKeys; // column -> key per row
    QHash<QString, int> m_index;
    bool m_loaded = false;
};

} // namespace cb::ui
