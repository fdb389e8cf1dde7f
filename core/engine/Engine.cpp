#include "engine/Engine.h"

#include "catalog/Catalog.h"
#include "engine/Pipeline.h"
#include "engine/Rules.h"
#include "util/StepTimer.h"
#include "util/Validate.h"
#include "volumes/FileBackend.h"
#ifdef CLOUDBACKUP_HAVE_RBD
#include "volumes/RbdBackend.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSet>
#include <QStandardPaths>

#include <cstdlib>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace cb {

Q_LOGGING_CATEGORY(lcEngine, "cloudbackup.engine", QtInfoMsg)

// One chunk-sized buffer per worker thread, page aligned so a volume can
// take it with direct I/O.
static char *chunkBuffer()
{
    struct Buffer
    {
        char *data = static_cast<char *>(std::aligned_alloc(4096, ChunkSize));
        ~Buffer() { std::free(data); }
    };
    thread_local Buffer buffer;
    return buffer.data;
}

QString EngineConfig::defaultHome()
{
    const QString env = qEnvironmentVariable("CLOUDBACKUP_HOME");
    if (!env.isEmpty())
        return env;
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return data + QStringLiteral("/cloudbackup");
}

// The catalog row and lock file of one running operation. The lock is held
// for the life of the job; a job row still "running" whose lock is free was
// interrupted (crash, kill) and is cleaned up at the next start.
class JobScope
{
public:
    JobScope(Engine &engine, JobKind kind, const QString &backupId, const QString &volumeId)
        : m_engine(engine)
    {
        m_record.id = newId();
        m_record.kind = kind;
        m_record.backupId = backupId;
        m_record.volumeId = volumeId;
        m_record.host = QHostInfo::localHostName();
        m_record.pid = ::getpid();
        m_record.startedAt = QDateTime::currentDateTimeUtc();
        m_fd = ::open(QFile::encodeName(engine.lockPath(m_record.id)).constData(),
                      O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (m_fd >= 0)
            ::flock(m_fd, LOCK_EX);
        (void)engine.catalog().insertJob(m_record);
    }
    ~JobScope()
    {
        if (!m_finished)
            finish(JobStatus::Error, QCoreApplication::translate("Engine", "The job ended unexpectedly."));
        if (m_fd >= 0) {
            ::unlink(QFile::encodeName(m_engine.lockPath(m_record.id)).constData());
            ::close(m_fd);
        }
    }
    const QString &id() const { return m_record.id; }

    template<typename T> Result<T> done(Result<T> r, const JobControl &control)
    {
        finish(r ? JobStatus::Done : (control.cancel ? JobStatus::Cancelled : JobStatus::Error),
               r ? QString() : r.error());
        return r;
    }
    void finish(JobStatus status, const QString &error)
    {
        m_finished = true;
        (void)m_engine.catalog().finishJob(m_record.id, status, error);
    }

private:
    Engine &m_engine;
    JobRecord m_record;
    int m_fd = -1;
    bool m_finished = false;
};

Result<std::shared_ptr<Engine>> Engine::open(const EngineConfig &config)
{
    std::shared_ptr<Engine> e(new Engine);
    e->m_config = config;
    if (e->m_config.home.isEmpty())
        e->m_config.home = EngineConfig::defaultHome();
    QDir home(e->m_config.home);
    if (!home.mkpath(QStringLiteral(".")) || !home.mkpath(QStringLiteral("run")) ||
        !home.mkpath(QStringLiteral("volumes")))
        return fail(QCoreApplication::translate("Engine", "Cannot create the cloudbackup home %1.")
                        .arg(e->m_config.home));
    e->m_config.home = home.absolutePath();
    if (e->m_config.repositoryPath.isEmpty())
        e->m_config.repositoryPath = home.filePath(QStringLiteral("repository"));
    if (e->m_config.catalogUrl.isEmpty())
        e->m_config.catalogUrl = home.filePath(QStringLiteral("catalog.sqlite"));

    auto catalog = Catalog::open(e->m_config.catalogUrl);
    if (!catalog)
        return fail(catalog.error());
    e->m_catalog = *catalog;
    auto repo = Repository::open(e->m_config.repositoryPath);
    if (!repo)
        return fail(repo.error());
    e->m_repository = *repo;

    e->m_backends.push_back(std::make_unique<FileBackend>(home.filePath(QStringLiteral("volumes"))));
#ifdef CLOUDBACKUP_HAVE_RBD
    const QString cephConf =
        e->m_config.cephConf.isEmpty() ? qEnvironmentVariable("CEPH_CONF") : e->m_config.cephConf;
    if (!cephConf.isEmpty()) {
        auto rbd = RbdBackend::connect(cephConf, e->m_config.cephPools);
        if (!rbd)
            return fail(rbd.error());
        e->m_backends.push_back(std::move(*rbd));
    }
#endif

    e->m_workers = std::make_unique<QThreadPool>();
    const int workers = config.workers > 0 ? config.workers : QThread::idealThreadCount() + 2;
    e->m_workers->setMaxThreadCount(workers);
    e->m_workers->setExpiryTimeout(30000);

    if (config.recover)
        e->recoverInterrupted();
    return e;
}

Engine::~Engine()
{
    if (m_workers)
        m_workers->waitForDone();
}

QString Engine::lockPath(const QString &jobId) const
{
    return m_config.home + QStringLiteral("/run/") + jobId + QStringLiteral(".lock");
}

QList<VolumeBackend *> Engine::backends() const
{
    QList<VolumeBackend *> out;
    for (const auto &b : m_backends)
        out << b.get();
    return out;
}

VolumeBackend *Engine::backendFor(const QString &volumeId) const
{
    const QString scheme = volumeId.section(u':', 0, 0);
    for (const auto &b : m_backends) {
        if (b->scheme() == scheme)
            return b.get();
    }
    return nullptr;
}

void Engine::recoverInterrupted()
{
    auto running = m_catalog->jobs(true);
    if (!running)
        return;
    const QString host = QHostInfo::localHostName();
    for (const JobRecord &job : std::as_const(*running)) {
        if (job.host != host)
            continue; // another machine's job: only it can tell
        const int fd =
            ::open(QFile::encodeName(lockPath(job.id)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            continue;
        const bool alive = ::flock(fd, LOCK_EX | LOCK_NB) != 0;
        if (alive) {
            ::close(fd);
            continue;
        }
        const QString reason = QCoreApplication::translate(
            "Engine", "Interrupted: cloudbackup stopped while this job was running.");
        if (!job.backupId.isEmpty()) {
            auto b = m_catalog->backup(job.backupId);
            if (b && job.kind == JobKind::Backup && b->status == BackupStatus::Creating) {
                // Its data may be incomplete: never available, leftovers removed.
                (void)m_repository->removeManifest(b->id);
                if (auto *backend = backendFor(b->volumeId))
                    backend->cleanupBackup(b->volumeId, b->id);
                (void)m_catalog->setBackupStatus(b->id, BackupStatus::Error, reason);
                ++m_recovery.backupsFailed;
            } else if (b && job.kind == JobKind::Restore && b->status == BackupStatus::Restoring) {
                (void)m_catalog->setBackupStatus(b->id, BackupStatus::Available);
                ++m_recovery.restoresFailed;
            }
        }
        if (job.kind == JobKind::Delete) {
            // Only the rows this job marked; the manifest goes first, so
            // without it the backup is gone.
            if (auto ids = m_catalog->backupsMarkedBy(job.id)) {
                for (const QString &id : std::as_const(*ids)) {
                    if (m_repository->hasManifest(id))
                        (void)m_catalog->setBackupStatus(id, BackupStatus::Available);
                    else
                        (void)m_catalog->deleteBackupRow(id);
                    ++m_recovery.deletesResolved;
                }
            }
        }
        (void)m_catalog->finishJob(job.id, JobStatus::Error, reason);
        m_catalog->audit(QStringLiteral("recover"), job.id, reason);
        ::unlink(QFile::encodeName(lockPath(job.id)).constData());
        ::close(fd);
    }
}

Result<QList<Volume>> Engine::volumes()
{
    QList<Volume> out;
    QSet<QString> live;
    for (const auto &b : m_backends) {
        auto list = b->list();
        if (!list)
            return fail(list.error());
        for (const Volume &v : std::as_const(*list)) {
            live.insert(v.id);
            out << v;
        }
    }
    auto known = m_catalog->knownVolumes();
    if (!known)
        return fail(known.error());
    for (const Volume &v : std::as_const(*known)) {
        if (!live.contains(v.id))
            out << v;
    }
    return out;
}

Result<Volume> Engine::resolveVolume(const QString &input)
{
    if (input.trimmed().isEmpty())
        return fail(QCoreApplication::translate("Engine", "No volume given."));
    if (input.contains(u':')) {
        if (VolumeBackend *b = backendFor(input)) {
            if (auto v = b->volume(input))
                return v;
        }
    }
    auto all = volumes();
    if (!all)
        return fail(all.error());
    QList<Volume> matches;
    for (const Volume &v : std::as_const(*all)) {
        if (v.id == input)
            return v;
        if (v.name == input)
            matches << v;
    }
    // A live volume wins over a deleted one of the same name.
    QList<Volume> liveMatches;
    for (const Volume &v : std::as_const(matches)) {
        if (v.status != VolumeStatus::Missing)
            liveMatches << v;
    }
    if (liveMatches.size() == 1)
        return liveMatches.first();
    if (liveMatches.size() > 1 || matches.size() > 1) {
        QStringList ids;
        for (const Volume &v : std::as_const(liveMatches.isEmpty() ? matches : liveMatches))
            ids << v.id;
        return fail(QCoreApplication::translate(
                        "Engine", "The volume name \"%1\" is ambiguous; use one of these ids: %2")
                        .arg(input, ids.join(QLatin1String(", "))));
    }
    if (matches.size() == 1)
        return matches.first();
    return fail(QCoreApplication::translate("Engine", "There is no volume \"%1\".").arg(input));
}

Result<Volume> Engine::createVolume(const CreateVolumeParams &params)
{
    CreateVolumeParams p = params;
    if (p.project.isEmpty())
        p.project = QLatin1String(DefaultProject);
    VolumeBackend *backend = nullptr;
    for (const auto &b : m_backends) {
        if (p.type.isEmpty() ? b->scheme() == QLatin1String("file") : b->types().contains(p.type))
            backend = b.get();
    }
    if (!backend)
        return fail(QCoreApplication::translate("Engine", "There is no volume type \"%1\".").arg(p.type));
    if (auto r = validate::projectName(p.project); !r)
        return fail(r.error());
    auto v = backend->create(p);
    if (!v)
        return v;
    (void)m_catalog->ensureProject(v->project);
    (void)m_catalog->upsertVolume(*v);
    m_catalog->audit(QStringLiteral("volume.create"), v->id, validate::formatSize(v->size));
    return v;
}

Result<void> Engine::deleteVolume(const QString &idOrName)
{
    auto v = resolveVolume(idOrName);
    if (!v)
        return fail(v.error());
    if (v->status == VolumeStatus::Missing)
        return fail(
            QCoreApplication::translate("Engine", "The volume \"%1\" no longer exists.").arg(v->name));
    VolumeBackend *backend = backendFor(v->id);
    if (!backend)
        return fail(QCoreApplication::translate("Engine", "No backend serves the volume %1.").arg(v->id));
    if (auto r = backend->remove(v->id); !r)
        return r;
    m_catalog->audit(QStringLiteral("volume.delete"), v->id, QString());
    return {};
}

Result<QList<Backup>> Engine::backups(const QString &volumeId, const QString &project)
{
    BackupFilter f;
    f.volumeId = volumeId;
    f.project = project;
    return m_catalog->backups(f);
}

Result<Backup> Engine::backup(const QString &idOrPrefix)
{
    auto id = m_catalog->resolveBackupId(idOrPrefix);
    if (!id)
        return fail(id.error());
    return m_catalog->backup(*id);
}

Result<std::vector<ChunkHash>> Engine::resolveMap(const QString &backupId, qint64 *volumeSize) const
{
    // Walk the parent links in the manifests (the repository is the truth for
    // data), then apply full first, newest last: the newest entry wins.
    QList<Manifest> chain;
    QString cur = backupId;
    while (!cur.isEmpty()) {
        auto m = m_repository->readManifest(cur);
        if (!m)
            return fail(m.error());
        cur = m->record.parentId;
        chain.prepend(std::move(*m));
        if (chain.size() > 100000)
            return fail(QCoreApplication::translate(
                            "Engine", "The backup chain of %1 is inconsistent (a cycle of parents).")
                            .arg(backupId));
    }
    const qint64 size = chain.last().volumeSize;
    const qint64 count = (size + ChunkSize - 1) / ChunkSize;
    std::vector<ChunkHash> map(static_cast<size_t>(count));
    for (const Manifest &m : std::as_const(chain)) {
        for (auto it = m.chunks.cbegin(); it != m.chunks.cend(); ++it) {
            if (it.key() < count)
                map[static_cast<size_t>(it.key())] = *it;
        }
    }
    if (volumeSize)
        *volumeSize = size;
    return map;
}

Result<void> Engine::saveRecord(const Backup &b)
{
    if (auto r = m_catalog->updateBackup(b); !r)
        return r;
    if (b.status == BackupStatus::Available && m_repository->hasManifest(b.id)) {
        Backup stored = b;
        stored.status = BackupStatus::Available;
        return m_repository->updateManifestRecord(stored);
    }
    return {};
}

Result<Backup> Engine::createBackup(const BackupParams &params, JobControl &control)
{
    StepTimer timer(lcEngine(), "backup", params.volume);
    auto volume = resolveVolume(params.volume);
    if (!volume)
        return fail(volume.error());
    VolumeBackend *backend = backendFor(volume->id);
    if (!backend)
        return fail(
            QCoreApplication::translate("Engine", "No backend serves the volume %1.").arg(volume->id));
    if (auto r = rules::checkBackupAllowed(*volume, params.force); !r)
        return fail(r.error());

    Backup b;
    b.id = newId();
    b.createdAt = QDateTime::currentDateTimeUtc();
    b.name = params.name.isEmpty()
                 ? volume->name + u'-' + b.createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                 : params.name;
    b.description = params.description;
    if (auto r = validate::backupName(b.name); !r)
        return fail(r.error());
    if (auto r = validate::description(b.description); !r)
        return fail(r.error());
    b.volumeId = volume->id;
    b.volumeName = volume->name;
    b.project = volume->project;
    b.volumeType = volume->type;
    b.size = volume->size;
    b.forced = params.force && volume->status == VolumeStatus::InUse;
    b.status = BackupStatus::Creating;

    (void)m_catalog->ensureProject(b.project);
    (void)m_catalog->upsertVolume(*volume);
    // R2 is decided and the row inserted under one write lock, so two
    // consoles cannot pick parents that are being deleted.
    auto inserted = m_catalog->transaction([&]() -> Result<void> {
        BackupFilter f;
        f.volumeId = volume->id;
        auto existing = m_catalog->backups(f);
        if (!existing)
            return fail(existing.error());
        auto parent = rules::chooseParent(*existing, params.incremental);
        if (!parent)
            return fail(parent.error());
        b.parentId = *parent;
        b.kind = b.parentId.isEmpty() ? BackupKind::Full : BackupKind::Incremental;
        return m_catalog->insertBackup(b);
    });
    if (!inserted)
        return fail(inserted.error());
    timer.step("catalog");

    JobScope job(*this, JobKind::Backup, b.id, b.volumeId);
    auto failWith = [&](const QString &reason) -> Result<Backup> {
        b.status = BackupStatus::Error;
        b.error = reason;
        (void)m_catalog->updateBackup(b);
        m_catalog->audit(QStringLiteral("backup.fail"), b.id, reason);
        return job.done(Result<Backup>(fail(reason)), control);
    };

    auto repoLock = m_repository->lockShared();
    if (!repoLock)
        return failWith(repoLock.error());
    auto frozen = backend->freeze(volume->id, b.id, params.force);
    if (!frozen)
        return failWith(frozen.error());
    PointInTime &pit = **frozen;
    b.size = pit.size();
    timer.step("job+freeze");

    std::vector<ChunkHash> parentMap;
    qint64 parentSize = 0;
    if (!b.parentId.isEmpty()) {
        auto map = resolveMap(b.parentId, &parentSize);
        if (!map) {
            pit.abandon();
            return failWith(map.error());
        }
        parentMap = std::move(*map);
    }
    auto changes = pit.changes(b.parentId);
    if (!changes) {
        pit.abandon();
        return failWith(changes.error());
    }
    b.warning = changes->warning;
    timer.step("parent+changes");

    const qint64 count = (b.size + ChunkSize - 1) / ChunkSize;
    std::vector<char> touched(static_cast<size_t>(count), 0);
    qint64 total = 0;
    for (const Extent &e : std::as_const(changes->extents)) {
        if (e.length <= 0 || e.offset >= b.size)
            continue;
        const qint64 first = e.offset / ChunkSize;
        const qint64 last = std::min(count - 1, (e.offset + e.length - 1) / ChunkSize);
        for (qint64 i = first; i <= last; ++i)
            touched[static_cast<size_t>(i)] = 1;
    }
    for (qint64 i = 0; i < count; ++i) {
        if (touched[static_cast<size_t>(i)])
            total += std::min(ChunkSize, b.size - i * ChunkSize);
    }

    std::vector<ChunkHash> hashes(static_cast<size_t>(count));
    std::atomic<qint64> readBytes{0}, storedBytes{0};
    const auto parentHash = [&](qint64 i) -> ChunkHash {
        return i < static_cast<qint64>(parentMap.size()) ? parentMap[static_cast<size_t>(i)] : ChunkHash();
    };
    {
        Pipeline pipeline(*m_workers, control, total);
        Repository &repo = *m_repository;
        for (qint64 i = 0; i < count; ++i) {
            if (!touched[static_cast<size_t>(i)])
                continue;
            const qint64 offset = i * ChunkSize;
            const qint64 length = std::min(ChunkSize, b.size - offset);
            const bool ok = pipeline.submit(
                [&, i, offset, length]() -> Result<void> {
                    char *buffer = chunkBuffer();
                    if (auto r = pit.read(offset, buffer, length); !r)
                        return r;
                    readBytes += length;
                    ChunkHash h;
                    if (!isAllZero(buffer, length)) {
                        h = sha256(buffer, length);
                        // Unchanged since the parent: nothing to store.
                        if (h != parentHash(i)) {
                            auto stored = repo.putChunk(h, buffer, length);
                            if (!stored)
                                return fail(stored.error());
                            storedBytes += *stored;
                        }
                    }
                    hashes[static_cast<size_t>(i)] = h;
                    pipeline.addDone(length);
                    return {};
                },
                length);
            if (!ok)
                break;
        }
        if (auto r = pipeline.finish(); !r) {
            pit.abandon();
            return failWith(r.error());
        }
    }
    timer.step("chunks");

    Manifest manifest;
    manifest.volumeSize = b.size;
    for (qint64 i = 0; i < count; ++i) {
        const auto idx = static_cast<size_t>(i);
        if (b.parentId.isEmpty()) {
            if (!hashes[idx].isEmpty())
                manifest.chunks.insert(i, hashes[idx]);
        } else if (touched[idx] || !changes->exact) {
            // Listed where it differs from the parent; an unread chunk of an
            // inexact change set is a hole now.
            if (hashes[idx] != parentHash(i))
                manifest.chunks.insert(i, hashes[idx]);
        }
    }
    b.readBytes = readBytes;
    b.storedBytes = storedBytes;
    b.completedAt = QDateTime::currentDateTimeUtc();
    manifest.record = b;
    manifest.record.status = BackupStatus::Available;

    // Chunks durable first, then the manifest, then the catalog says available.
    if (auto r = m_repository->syncChunkDirectories(manifest.chunks.values()); !r) {
        pit.abandon();
        return failWith(r.error());
    }
    timer.step("sync");
    if (auto r = m_repository->writeManifest(manifest); !r) {
        pit.abandon();
        return failWith(r.error());
    }
    timer.step("manifest");
    b.status = BackupStatus::Available;
    if (auto r = m_catalog->updateBackup(b); !r) {
        (void)m_repository->removeManifest(b.id);
        pit.abandon();
        b.status = BackupStatus::Creating;
        return failWith(r.error());
    }
    timer.step("available");
    pit.commit();
    timer.step("commit");
    m_catalog->audit(QStringLiteral("backup.create"), b.id,
                     QStringLiteral("%1 %2 read=%3 stored=%4")
                         .arg(backupKindKey(b.kind), b.volumeId)
                         .arg(b.readBytes)
                         .arg(b.storedBytes));
    auto done = job.done(Result<Backup>(b), control);
    timer.step("audit+job");
    return done;
}

Result<Volume> Engine::restore(const RestoreParams &params, JobControl &control)
{
    StepTimer timer(lcEngine(), "restore", params.backupId);
    auto found = backup(params.backupId);
    if (!found)
        return fail(found.error());
    Backup b = *found;
    if (b.status != BackupStatus::Available && b.status != BackupStatus::Restoring)
        return fail(QCoreApplication::translate("Engine", "The backup \"%1\" is not available (status: %2).")
                        .arg(b.name, backupStatusText(b.status).toLower()));
    const bool toNew = !params.newVolumeName.isEmpty();
    if (toNew == !params.targetVolume.isEmpty())
        return fail(QCoreApplication::translate(
            "Engine", "Choose either a new volume name or an existing volume to restore to."));

    qint64 size = 0;
    auto mapResult = resolveMap(b.id, &size);
    if (!mapResult)
        return fail(mapResult.error());
    const std::vector<ChunkHash> map = std::move(*mapResult);
    // Refuse up front when a chunk is missing: nothing is written.
    for (const ChunkHash &h : map) {
        if (!h.isEmpty() && !m_repository->hasChunk(h))
            return fail(
                QCoreApplication::translate(
                    "Engine", "The backup cannot be restored: chunk %1 is missing from the repository.")
                    .arg(Repository::hex(h)));
    }

    Volume target;
    VolumeBackend *backend = nullptr;
    if (toNew) {
        if (auto r = validate::volumeName(params.newVolumeName); !r)
            return fail(r.error());
        backend = backendFor(b.volumeId);
        if (!backend)
            return fail(
                QCoreApplication::translate("Engine", "No backend serves volumes of type \"%1\" (%2).")
                    .arg(b.volumeType, b.volumeId));
    } else {
        auto t = resolveVolume(params.targetVolume);
        if (!t)
            return fail(t.error());
        target = *t;
        if (auto r = rules::checkRestoreTarget(b, target); !r)
            return fail(r.error());
        backend = backendFor(target.id);
        if (!backend)
            return fail(
                QCoreApplication::translate("Engine", "No backend serves the volume %1.").arg(target.id));
    }

    timer.step("plan");
    JobScope job(*this, JobKind::Restore, b.id, target.id);
    const BackupStatus before = b.status;
    (void)m_catalog->setBackupStatus(b.id, BackupStatus::Restoring);
    auto finishWith = [&](Result<Volume> r) {
        (void)m_catalog->setBackupStatus(b.id, before == BackupStatus::Restoring ? BackupStatus::Restoring
                                                                                 : BackupStatus::Available);
        m_catalog->audit(QStringLiteral("backup.restore"), b.id,
                         r ? r->id : QStringLiteral("failed: ") + r.error());
        return job.done(std::move(r), control);
    };

    const qint64 count = static_cast<qint64>(map.size());
    if (!toNew) {
        // Over an existing volume, every chunk is checked before the first
        // byte is overwritten: a damaged backup must not destroy good data.
        Pipeline check(*m_workers, control, size);
        for (qint64 i = 0; i < count; ++i) {
            const ChunkHash h = map[static_cast<size_t>(i)];
            const qint64 length = std::min(ChunkSize, size - i * ChunkSize);
            if (h.isEmpty()) {
                check.addDone(length);
                continue;
            }
            if (!check.submit([&, h, length]() -> Result<void> {
                    char *buffer = chunkBuffer();
                    qint64 got = 0;
                    if (auto r = m_repository->getChunkInto(h, buffer, ChunkSize, &got); !r)
                        return r;
                    check.addDone(length);
                    return {};
                }))
                break;
        }
        if (auto r = check.finish(); !r)
            return finishWith(
                fail(QCoreApplication::translate("Engine", "Nothing was written: %1").arg(r.error())));
    } else {
        CreateVolumeParams p;
        p.name = params.newVolumeName;
        p.project = b.project;
        p.type = b.volumeType;
        p.size = size;
        p.likeVolumeId = b.volumeId;
        auto created = backend->create(p);
        if (!created)
            return finishWith(fail(created.error()));
        target = *created;
    }

    timer.step(toNew ? "create" : "check");
    auto writer = backend->openForRestore(target.id, toNew);
    if (!writer) {
        if (toNew)
            (void)backend->remove(target.id);
        return finishWith(fail(writer.error()));
    }
    Result<void> written;
    {
        Pipeline pipeline(*m_workers, control, size);
        VolumeWriter &w = **writer;
        for (qint64 i = 0; i < count; ++i) {
            const ChunkHash h = map[static_cast<size_t>(i)];
            const qint64 offset = i * ChunkSize;
            const qint64 length = std::min(ChunkSize, size - offset);
            if (h.isEmpty() && toNew) { // a new volume reads as zeros already
                pipeline.addDone(length);
                continue;
            }
            const bool ok = pipeline.submit(
                [&, h, offset, length]() -> Result<void> {
                    if (h.isEmpty()) {
                        if (auto r = w.zero(offset, length); !r)
                            return r;
                    } else {
                        char *buffer = chunkBuffer();
                        qint64 got = 0;
                        if (auto r = m_repository->getChunkInto(h, buffer, ChunkSize, &got); !r)
                            return r;
                        if (got != length)
                            return fail(
                                QCoreApplication::translate("Engine", "Chunk %1 has the wrong length.")
                                    .arg(Repository::hex(h)));
                        if (auto r = w.write(offset, buffer, length); !r)
                            return r;
                    }
                    pipeline.addDone(length);
                    return {};
                },
                length);
            if (!ok)
                break;
        }
        written = pipeline.finish();
        timer.step("chunks");
        if (written)
            written = w.finish();
        timer.step("finish");
    }
    writer->reset();
    if (!written) {
        if (toNew)
            (void)backend->remove(target.id);
        return finishWith(fail(written.error()));
    }
    auto refreshed = backend->volume(target.id);
    if (refreshed)
        target = *refreshed;
    (void)m_catalog->upsertVolume(target);
    return finishWith(target);
}

Result<VerifyStats> Engine::verifyChunks(const QSet<ChunkHash> &hashes, JobControl &control)
{
    // Read, decompress and hash every chunk on the worker pool.
    VerifyStats stats;
    QMutex mutex;
    Pipeline pipeline(*m_workers, control, hashes.size());
    for (const ChunkHash &h : hashes) {
        if (!pipeline.submit([&, h]() -> Result<void> {
                char *buffer = chunkBuffer();
                qint64 got = 0;
                auto r = m_repository->getChunkInto(h, buffer, ChunkSize, &got);
                QMutexLocker lock(&mutex);
                ++stats.chunksChecked;
                stats.bytesChecked += got;
                if (!r)
                    stats.problems << r.error();
                pipeline.addDone(1);
                return {};
            }))
            break;
    }
    if (auto r = pipeline.finish(); !r)
        return fail(r.error());
    return stats;
}

Result<VerifyStats> Engine::verifyBackup(const QString &backupId, JobControl &control)
{
    auto b = backup(backupId);
    if (!b)
        return fail(b.error());
    JobScope job(*this, JobKind::Verify, b->id, b->volumeId);
    qint64 size = 0;
    auto map = resolveMap(b->id, &size);
    if (!map)
        return job.done(Result<VerifyStats>(fail(map.error())), control);
    QSet<ChunkHash> unique;
    for (const ChunkHash &h : std::as_const(*map)) {
        if (!h.isEmpty())
            unique.insert(h);
    }
    auto checked = verifyChunks(unique, control);
    if (!checked)
        return job.done(std::move(checked), control);
    const VerifyStats &stats = *checked;
    m_catalog->audit(QStringLiteral("backup.verify"), b->id,
                     stats.problems.isEmpty() ? QStringLiteral("ok") : stats.problems.join(u'\n'));
    if (!stats.problems.isEmpty())
        return job.done(Result<VerifyStats>(
                            fail(QCoreApplication::translate("Engine", "The backup \"%1\" is damaged:\n%2")
                                     .arg(b->name, stats.problems.join(u'\n')))),
                        control);
    return job.done(Result<VerifyStats>(stats), control);
}

Result<QStringList> Engine::resolveBackupIds(const QStringList &ids)
{
    QStringList resolved;
    for (const QString &id : ids) {
        auto r = m_catalog->resolveBackupId(id);
        if (!r)
            return fail(r.error());
        if (!resolved.contains(*r))
            resolved << *r;
    }
    if (resolved.isEmpty())
        return fail(QCoreApplication::translate("Engine", "No backup selected."));
    return resolved;
}

Result<QStringList> Engine::deletionPlan(const QStringList &ids)
{
    auto resolved = resolveBackupIds(ids);
    if (!resolved)
        return resolved;
    auto all = m_catalog->backups();
    if (!all)
        return fail(all.error());
    return rules::deletionOrder(*resolved, *all);
}

Result<QStringList> Engine::deleteBackups(const QStringList &ids, JobControl &control)
{
    auto resolved = resolveBackupIds(ids);
    if (!resolved)
        return resolved;
    JobScope job(*this, JobKind::Delete, resolved->size() == 1 ? resolved->first() : QString(), QString());
    QList<Backup> records; // in deletion order
    // Check R7 and mark the selection "deleting" under one write lock.
    auto marked = m_catalog->transaction([&]() -> Result<void> {
        auto all = m_catalog->backups();
        if (!all)
            return fail(all.error());
        auto order = rules::deletionOrder(*resolved, *all);
        if (!order)
            return fail(order.error());
        QHash<QString, const Backup *> byId;
        for (const Backup &b : std::as_const(*all))
            byId.insert(b.id, &b);
        for (const QString &id : std::as_const(*order))
            records << *byId.value(id);
        return m_catalog->markDeleting(*order, job.id());
    });
    if (!marked)
        return job.done(Result<QStringList>(fail(marked.error())), control);

    QStringList deleted;
    // What is not deleted stays whole, as it was.
    const auto restoreRest = [&] {
        for (const Backup &rest : std::as_const(records)) {
            if (!deleted.contains(rest.id))
                (void)m_catalog->setBackupStatus(rest.id, rest.status);
        }
    };
    for (const Backup &b : std::as_const(records)) {
        if (control.cancel)
            break;
        if (auto r = m_repository->removeManifest(b.id); !r) {
            restoreRest();
            return job.done(Result<QStringList>(fail(r.error())), control);
        }
        if (VolumeBackend *backend = backendFor(b.volumeId))
            backend->cleanupBackup(b.volumeId, b.id);
        (void)m_catalog->deleteBackupRow(b.id);
        m_catalog->audit(QStringLiteral("backup.delete"), b.id, b.name);
        deleted << b.id;
        if (control.progress)
            control.progress(deleted.size(), records.size());
    }
    if (deleted.size() < records.size()) {
        restoreRest();
        return job.done(Result<QStringList>(fail(QCoreApplication::translate(
                                                     "Engine", "Cancelled after deleting %1 of %n backup(s).",
                                                     nullptr, int(records.size()))
                                                     .arg(deleted.size()))),
                        control);
    }
    return job.done(Result<QStringList>(deleted), control);
}

Result<GcStats> Engine::gc(JobControl &control)
{
    JobScope job(*this, JobKind::Gc, QString(), QString());
    auto r = m_repository->gc(&control.cancel, control.progress);
    if (r)
        m_catalog->audit(QStringLiteral("repo.gc"), m_repository->path(),
                         QStringLiteral("removed=%1 freed=%2").arg(r->chunksRemoved).arg(r->bytesFreed));
    return job.done(std::move(r), control);
}

Result<VerifyStats> Engine::verifyRepository(JobControl &control)
{
    JobScope job(*this, JobKind::Verify, QString(), QString());
    QStringList unreadable;
    const QSet<ChunkHash> all = m_repository->referencedChunks(&unreadable);
    auto r = verifyChunks(all, control);
    if (r)
        r->problems = unreadable + r->problems;
    return job.done(std::move(r), control);
}

Result<int> Engine::rebuildCatalog()
{
    int changed = 0;
    const QStringList ids = m_repository->manifestIds();
    QSet<QString> inRepo(ids.cbegin(), ids.cend());
    auto r = m_catalog->transaction([&]() -> Result<void> {
        for (const QString &id : ids) {
            auto rec = m_repository->readManifestRecord(id);
            if (!rec)
                return fail(rec.error());
            Backup b = *rec;
            b.status = BackupStatus::Available;
            (void)m_catalog->ensureProject(b.project);
            Volume v;
            v.id = b.volumeId;
            v.name = b.volumeName;
            v.project = b.project;
            v.type = b.volumeType;
            v.size = b.size;
            if (auto u = m_catalog->upsertVolume(v); !u)
                return u;
            auto existing = m_catalog->backup(b.id);
            if (existing) {
                if (existing->status == BackupStatus::Available && existing->name == b.name &&
                    existing->description == b.description && existing->tags == b.tags)
                    continue;
                if (auto u = m_catalog->updateBackup(b); !u)
                    return u;
            } else if (auto u = m_catalog->insertBackup(b); !u) {
                return u;
            }
            if (auto u = m_catalog->setTags(b.id, b.tags); !u)
                return u;
            ++changed;
        }
        // Rows that claim data the repository does not have.
        auto rows = m_catalog->backups();
        if (!rows)
            return fail(rows.error());
        for (const Backup &b : std::as_const(*rows)) {
            if (b.status == BackupStatus::Available && !inRepo.contains(b.id)) {
                if (auto u = m_catalog->setBackupStatus(
                        b.id, BackupStatus::Error,
                        QCoreApplication::translate("Engine",
                                                    "The manifest is missing from the repository."));
                    !u)
                    return u;
                ++changed;
            }
        }
        return {};
    });
    if (!r)
        return fail(r.error());
    m_catalog->audit(QStringLiteral("repo.rebuild-catalog"), m_repository->path(), QString::number(changed));
    return changed;
}

Result<Backup> Engine::editBackup(const QString &id, const std::optional<QString> &name,
                                  const std::optional<QString> &description)
{
    auto b = backup(id);
    if (!b)
        return b;
    if (name) {
        if (auto r = validate::backupName(*name); !r)
            return fail(r.error());
        b->name = *name;
    }
    if (description) {
        if (auto r = validate::description(*description); !r)
            return fail(r.error());
        b->description = *description;
    }
    if (auto r = saveRecord(*b); !r)
        return fail(r.error());
    m_catalog->audit(QStringLiteral("backup.edit"), b->id, b->name);
    return b;
}

Result<Backup> Engine::setTags(const QString &id, const QStringList &tags)
{
    auto b = backup(id);
    if (!b)
        return b;
    QStringList clean;
    for (const QString &t : tags) {
        if (auto r = validate::tag(t); !r)
            return fail(r.error());
        if (!clean.contains(t))
            clean << t;
    }
    std::sort(clean.begin(), clean.end());
    auto r = m_catalog->transaction([&] { return m_catalog->setTags(b->id, clean); });
    if (!r)
        return fail(r.error());
    b->tags = clean;
    if (b->status == BackupStatus::Available && m_repository->hasManifest(b->id))
        (void)m_repository->updateManifestRecord(*b);
    m_catalog->audit(QStringLiteral("backup.tags"), b->id, clean.join(u','));
    return b;
}

Result<Backup> Engine::editTags(const QString &id, const QStringList &add, const QStringList &remove)
{
    auto b = backup(id);
    if (!b)
        return b;
    QStringList tags = b->tags;
    for (const QString &t : remove) {
        if (!tags.contains(t))
            return fail(QCoreApplication::translate("Engine", "The backup has no tag \"%1\".").arg(t));
        tags.removeAll(t);
    }
    tags << add;
    return setTags(b->id, tags);
}

} // namespace cb
