#pragma once

#include "volumes/VolumeBackend.h"

#include <memory>

namespace cb {

// One Ceph cluster cloudbackup talks to. Several can be configured later:
// each gets its own RbdBackend and, beside the default cluster's "rbd", its
// own id scheme ("rbd.<name>"), so volume ids stay unique across clusters.
struct RbdClusterConfig
{
    QString name;     // empty: the default cluster, scheme "rbd"
    QString confPath; // ceph.conf; its keyring = line names the key
    QString clientName = QStringLiteral("client.admin");
    QStringList pools; // empty: every pool with the rbd application enabled
};

// Ceph RBD images through librbd. Volume type = pool, project = RBD
// namespace (the default namespace is the "admin" project), volume id
// "rbd:POOL/[NAMESPACE/]IMAGE".
//
// On the images it keeps:
// - snapshot "cloudbackup.<backup-id>": the point in time of a backup; only
//   the newest completed backup's snapshot stays (the base of the next
//   incremental); backups never depend on it.
// - image metadata "cloudbackup.backup.<backup-id>" while a backup reads its
//   snapshot (so a concurrent backup of the same image leaves it alone), and
//   "cloudbackup.restoring" = "<rados instance id>:<watch cookie>" of the
//   restoring handle while a restore writes (status "restoring"; left
//   behind by a killed restore: status "error").
class RbdBackend final : public VolumeBackend
{
public:
    static Result<std::unique_ptr<RbdBackend>> connect(const QString &cephConf, const QStringList &pools);
    static Result<std::unique_ptr<RbdBackend>> connect(const RbdClusterConfig &config);
    ~RbdBackend() override;

    QString scheme() const override;
    QString describe() const override;
    Result<QList<Volume>> list() override;
    Result<Volume> volume(const QString &id) override;
    QStringList types() override;
    Result<Volume> create(const CreateVolumeParams &params) override;
    Result<void> remove(const QString &id) override;
    Result<std::unique_ptr<PointInTime>> freeze(const QString &id, const QString &backupId,
                                                bool force) override;
    Result<std::unique_ptr<VolumeWriter>> openForRestore(const QString &id, bool newVolume) override;
    void cleanupBackup(const QString &volumeId, const QString &backupId) override;

    static QString snapshotName(const QString &backupId);

    struct Cluster; // librados handle and settings, shared with open images

private:
    explicit RbdBackend(std::shared_ptr<Cluster> cluster);

    std::shared_ptr<Cluster> m_cluster;
};

} // namespace cb
