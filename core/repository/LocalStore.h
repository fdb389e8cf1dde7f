#pragma once

#include "repository/Store.h"

namespace cb {

// A repository in one local directory (format 2, see docs/ARCHITECTURE.md):
//   cloudbackup-repository.json   the format object
//   chunks/xx/<sha256>            stored chunks
//   indexes/<backup-id>.cbix      the index of each backup
//   records/<backup-id>.json      the backup's catalog record
//   staging/<job-id>/             chunks of a running backup, moved into chunks/ at commit
//   damaged/<sha256>              chunks found damaged, moved aside
//   tmp/.cbtmp-*                  files being written; nothing else is ever removed there
//   locks/gc.lock                 backups share it, gc takes it alone (flock)
class LocalStore final : public RepositoryStore
{
public:
    explicit LocalStore(const QString &path);

    QString location() const override { return m_path; }
    QString backend() const override { return QStringLiteral("local"); }
    State state() const override;
    QString formatName() const override;
    Result<void> create() override;
    Result<void> prepare() override;
    QString localDirectory() const override { return m_path; }

    Result<bool> read(ObjectKind kind, const QString &name, QByteArray *out) const override;
    Result<void> write(ObjectKind kind, const QString &name, const QByteArray &data, bool durable) override;
    Result<std::unique_ptr<StoreWriter>> create(ObjectKind kind, const QString &name) override;
    Result<std::unique_ptr<QIODevice>> open(ObjectKind kind, const QString &name) const override;
    bool exists(ObjectKind kind, const QString &name) const override;
    QStringList list(ObjectKind kind) const override;
    Result<void> remove(ObjectKind kind, const QString &name) override;
    Result<void> quarantine(const QString &name) override;
    Result<StoreUsage> usage() const override;

    Result<std::unique_ptr<StoreStaging>> beginStaging(const QString &jobId) override;
    Result<std::unique_ptr<StoreLock>> lockShared() override;
    Result<std::unique_ptr<StoreLock>> lockExclusive(const std::atomic_bool *cancel) override;
    std::unique_ptr<StoreLock> tryLockExclusive() override;
    Result<std::unique_ptr<StoreSweep>> beginSweep() override;
    qint64 removeLeftovers() override;

    // The file of an object (tests look at chunks on disk).
    QString pathOf(ObjectKind kind, const QString &name) const;
    QString tempPath() const;

private:
    Result<void> checkLayout() const;
    void removeStaleStaging() const;
    int openLockFile() const;

    QString m_path;
};

} // namespace cb
