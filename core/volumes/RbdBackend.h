#pragma once

#include "volumes/VolumeBackend.h"

#include <memory>

namespace cb {

// One Ceph cluster cloudbackup talks to (see RbdClusters.h for how several
// are configured). Each gets its own RbdBackend; the default cluster's volume
// ids are "rbd:POOL/[NAMESPACE/]IMAGE", another's "rbd:NAME:POOL/...", and its
// volume types (pools) "NAME:POOL", so ids and types stay unique across clusters.
struct RbdClusterConfig
{
    QString name;          // the cluster's name; a label only for the default cluster
    bool isDefault = true; // ids without a cluster name
    QString confPath;      // ceph.conf; its keyring = line names the key
    QString clientName = QStringLiteral("client.admin");
    QStringList pools; // empty: every pool with the rbd application enabled
    // Seconds to reach the monitors (and for each monitor request) before the
    // cluster counts as unreachable, and for one OSD request, unless the
    // ceph.conf sets client_mount_timeout / rados_mon_op_timeout /
    // rados_osd_op_timeout itself.
    int connectTimeout = 10;
    int opTimeout = 60;
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
//
// The connection is made on first use, not at construction, and a failed
// one is remembered for RetrySeconds: an unreachable cluster costs its
// timeout once, and every call meanwhile fails at once with the reason.
class RbdBackend final : public VolumeBackend
{
public:
    static Result<std::unique_ptr<RbdBackend>> connect(const QString &cephConf, const QStringList &pools);
    static Result<std::unique_ptr<RbdBackend>> connect(const RbdClusterConfig &config);
    // Connects on first use; a missing configuration file is found then.
    static std::unique_ptr<RbdBackend> make(const RbdClusterConfig &config);
    ~RbdBackend() override;

    static constexpr int RetrySeconds = 30;

    QString scheme() const override;
    bool serves(const QString &volumeId) const override;
    // Empty while the cluster answers, else why it does not (encoded Message).
    QString unreachableReason() const override;
    QStringList secretFiles() const override;
    QString describe() const override;
    Result<QList<Volume>> list() override;
    Result<Volume> volume(const QString &id) override;
    QStringList types() override;
    bool hasType(const QString &type) override;
    Result<Volume> create(const CreateVolumeParams &params) override;
    Result<void> remove(const QString &id) override;
    Result<std::unique_ptr<PointInTime>> freeze(const QString &id, const QString &backupId,
                                                bool force) override;
    Result<std::unique_ptr<VolumeWriter>> openForRestore(const QString &id, bool newVolume) override;
    void cleanupBackup(const QString &volumeId, const QString &backupId) override;

    static QString snapshotName(const QString &backupId);

    struct Cluster;   // librados handle and settings, shared with open images
    struct Connector; // makes and keeps the Cluster

private:
    explicit RbdBackend(const RbdClusterConfig &config);
    Result<std::shared_ptr<Cluster>> cluster() const;
    // r says the cluster stopped answering: it counts as unreachable now.
    bool lost(int r) const;

    std::unique_ptr<Connector> m_connector;
};

} // namespace cb
