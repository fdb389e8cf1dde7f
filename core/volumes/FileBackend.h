#pragma once

#include "volumes/VolumeBackend.h"

namespace cb {

class ImageLocks;

// The embedded default: raw sparse image files under <home>/volumes/<project>/.
// A volume is in use while another process holds any lock on its image (OFD
// and POSIX byte-range locks, as QEMU takes on its disks, or flock()); the
// locks of cloudbackup's own backups and restores do not count.
class FileBackend final : public VolumeBackend
{
public:
    explicit FileBackend(QString root);

    QString scheme() const override { return QStringLiteral("file"); }
    QString describe() const override;
    Result<QList<Volume>> list() override;
    Result<Volume> volume(const QString &id) override;
    Result<void> checkPaths(const QString &id) const override;
    QStringList types() override { return {QStringLiteral("file")}; }
    Result<Volume> create(const CreateVolumeParams &params) override;
    Result<void> remove(const QString &id) override;
    Result<std::unique_ptr<PointInTime>> freeze(const QString &id, const QString &backupId,
                                                bool force) override;
    Result<std::unique_ptr<VolumeWriter>> openForRestore(const QString &id, bool newVolume) override;
    void cleanupBackup(const QString &, const QString &) override {}

    QString imagePath(const QString &project, const QString &name) const;
    static QString makeId(const QString &project, const QString &name);

    // Holds a write lock on the image like a running VM would; returns the fd
    // (close it to release) or -1 with an error.
    static Result<int> attach(const QString &imagePath);

private:
    Result<std::pair<QString, QString>> parseId(const QString &id) const;
    Result<void> checkPaths(const QString &project, const QString &name) const;
    Volume load(const QString &project, const QString &name, const ImageLocks &locks) const;

    QString m_root;
};

} // namespace cb
