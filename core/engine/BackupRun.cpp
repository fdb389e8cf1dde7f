// Backup: decide the parent, freeze the volume, read what changed, store new
// chunks in the job's staging area, write the self-contained index, then say
// available. A failure keeps an error row; a cancel removes the backup.
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "engine/JobScope.h"
#include "engine/Pipeline.h"
#include "engine/Rules.h"
#include "util/StepTimer.h"
#include "util/Validate.h"
#include "volumes/VolumeBackend.h"

#include <QCoreApplication>

namespace cb {

namespace {

// One bit per chunk of the volume: the chunks the backup must read.
std::vector<bool> chunksToRead(const ChangeSet &changes, qint64 size, qint64 parentSize, bool useParent)
{
    const qint64 count = chunkCountFor(size);
    std::vector<bool> touched(static_cast<size_t>(count), false);
    for (const Extent &e : changes.extents) {
        if (e.length <= 0 || e.offset >= size)
            continue;
        const qint64 last = std::min(count - 1, (e.offset + e.length - 1) / ChunkSize);
        for (qint64 i = e.offset / ChunkSize; i <= last; ++i)
            touched[static_cast<size_t>(i)] = true;
    }
    // The chunk that holds the parent's end changed length with a resize: the
    // parent's digest covers other bytes, so it is read again.
    if (useParent && parentSize != size && parentSize > 0 && size > 0) {
        const qint64 boundary = (std::min(parentSize, size) - 1) / ChunkSize;
        if (chunkLength(parentSize, boundary) != chunkLength(size, boundary))
            touched[static_cast<size_t>(boundary)] = true;
    }
    return touched;
}

} // namespace

// An exact change set copies the parent's digests for what it does not read,
// so every chunk the parent references must still be in the store.
static bool parentIsWhole(Repository &repo, const QString &parentId)
{
    auto index = repo.openIndex(parentId);
    if (!index)
        return false;
    QSet<ChunkHash> seen;
    while (!(*index)->atEnd()) {
        auto h = (*index)->next();
        if (!h)
            return false;
        if (h->isEmpty() || seen.contains(*h))
            continue;
        if (!repo.hasChunk(*h))
            return false;
        if (seen.size() < 65536) // bounded: only to skip repeated digests
            seen.insert(*h);
    }
    return true;
}

Result<Backup> Engine::createBackup(const BackupParams &params, JobControl &control)
{
    StepTimer timer(lcEngine(), "backup", params.volume);
    auto volume = resolveVolume(params.volume);
    if (!volume)
        return fail(volume);
    if (auto r = require(Action::CreateBackup, volume->project, QStringLiteral("backup.create"), volume->id);
        !r)
        return fail(r);
    if (auto r = rules::checkBackupAllowed(*volume, params.force); !r)
        return fail(r);
    VolumeBackend *backend = backendFor(volume->id);
    if (!backend)
        return fail(deferTr("Engine", "No backend serves the volume %1.").arg(volume->id));
    timer.step("volume");

    Backup b;
    b.id = newId();
    b.createdAt = QDateTime::currentDateTimeUtc();
    b.name = params.name.isEmpty()
                 ? volume->name + u'-' + b.createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss"))
                 : params.name;
    b.description = params.description;
    if (auto r = validate::backupName(b.name); !r)
        return fail(r);
    if (auto r = validate::description(b.description); !r)
        return fail(r);
    b.volumeId = volume->id;
    b.volumeName = volume->name;
    b.project = volume->project;
    b.volumeType = volume->type;
    b.size = volume->size;
    b.forced = params.force && volume->status == VolumeStatus::InUse;
    b.status = BackupStatus::Creating;

    (void)m_catalog->ensureProject(b.project);
    (void)m_catalog->upsertVolume(*volume);
    timer.step("project+volume rows");
    // R2 is decided, and the backup row and the job that holds it are written,
    // in one transaction: no instant leaves a "creating" row without its job.
    JobScope job(*this, JobKind::Backup, b.id, b.volumeId, &control, JobScope::Deferred);
    auto inserted = m_catalog->transaction([&]() -> Result<void> {
        BackupFilter f;
        f.volumeId = volume->id;
        auto existing = m_catalog->backups(f);
        if (!existing)
            return fail(existing);
        auto parent = rules::chooseParent(*existing, params.incremental);
        if (!parent)
            return fail(parent);
        b.parentId = *parent;
        b.kind = b.parentId.isEmpty() ? BackupKind::Full : BackupKind::Incremental;
        if (auto r = m_catalog->insertBackup(b); !r)
            return r;
        if (auto r = m_catalog->setBackupJob(b.id, job.id()); !r)
            return r;
        return m_catalog->insertJob(job.record());
    });
    if (!inserted) {
        job.discard();
        return fail(inserted);
    }
    job.started();
    job.log(JobLogLevel::Info,
            b.kind == BackupKind::Full
                ? deferTr("Engine", "Full backup \"%1\" of volume %2.").arg(b.name, b.volumeName)
                : deferTr("Engine", "Incremental backup \"%1\" of volume %2 (parent %3).")
                      .arg(b.name, b.volumeName, b.parentId));
    timer.step("catalog");

    auto result = runBackup(b, *backend, params, job.id(), control);
    if (!result) {
        if (control.cancel) {
            // A cancel leaves nothing but the job's history.
            (void)m_repository->removeBackup(b.id);
            (void)m_catalog->deleteBackupRow(b.id);
            record(QStringLiteral("backup.cancel"), b.id, b.project, b.name);
        } else {
            b.status = BackupStatus::Error;
            b.error = result.what().encode();
            (void)m_catalog->updateBackup(b);
            record(QStringLiteral("backup.create"), b.id, b.project, result.what().encode(),
                   QStringLiteral("failed"));
        }
        return job.done(std::move(result), control);
    }
    record(QStringLiteral("backup.create"), b.id, b.project,
           QStringLiteral("%1 %2 read=%3 stored=%4")
               .arg(backupKindKey(b.kind), b.volumeId)
               .arg(b.readBytes)
               .arg(b.storedBytes));
    return job.done(std::move(result), control);
}

static QString wholeReadWarning()
{
    return deferTr("Engine", "The parent backup is damaged or has missing chunks; the whole volume was read.")
        .encode();
}

Result<std::unique_ptr<IndexReader>> Engine::planChanges(const Backup &b, PointInTime &pit,
                                                         ChangeSet *changes)
{
    auto found = pit.changes(b.parentId);
    if (!found)
        return fail(found);
    *changes = std::move(*found);
    if (b.parentId.isEmpty())
        return std::unique_ptr<IndexReader>();
    auto parentRow = m_catalog->backup(b.parentId);
    const bool whole = parentRow && parentRow->status != BackupStatus::Damaged &&
                       (!changes->exact || parentIsWhole(*m_repository, b.parentId));
    if (!changes->exact) { // everything allocated is read anyway
        if (!whole)
            changes->warning = wholeReadWarning();
        return std::unique_ptr<IndexReader>();
    }
    if (whole) {
        if (auto index = m_repository->openIndex(b.parentId))
            return std::move(*index);
    }
    // Read everything, as when the parent's snapshot is gone.
    auto all = pit.changes(QString());
    if (!all)
        return fail(all);
    *changes = std::move(*all);
    changes->exact = false;
    changes->warning = wholeReadWarning();
    return std::unique_ptr<IndexReader>();
}

Result<Backup> Engine::runBackup(Backup &b, VolumeBackend &backend, const BackupParams &params,
                                 const QString &jobId, JobControl &control)
{
    StepTimer timer(lcEngine(), "backup-run", b.id);
    auto repoLock = m_repository->lockShared();
    if (!repoLock)
        return fail(repoLock);
    auto staging = m_repository->beginStaging(jobId);
    if (!staging)
        return fail(staging);
    auto frozen = backend.freeze(b.volumeId, b.id, params.force);
    if (!frozen)
        return fail(frozen);
    PointInTime &pit = **frozen;
    // Whatever happens below, a point in time that was not committed is dropped.
    struct Abandon
    {
        PointInTime &pit;
        bool committed = false;
        ~Abandon()
        {
            if (!committed)
                pit.abandon();
        }
    } abandon{pit};
    b.size = pit.size();
    logJob(jobId, JobLogLevel::Info,
           deferTr("Engine", "Point in time taken: %1 of volume data.").arg(validate::formatSize(b.size)));
    timer.step("freeze");

    ChangeSet changes;
    auto parent = planChanges(b, pit, &changes);
    if (!parent)
        return fail(parent);
    b.warning = changes.warning;
    if (!b.warning.isEmpty())
        logJob(jobId, JobLogLevel::Warning, Message::decode(b.warning));
    const qint64 parentSize = *parent ? (*parent)->header().volumeSize : 0;
    const std::vector<bool> touched = chunksToRead(changes, b.size, parentSize, *parent != nullptr);
    timer.step("changes");

    const qint64 count = chunkCountFor(b.size);
    qint64 total = 0;
    for (qint64 i = 0; i < count; ++i) {
        if (touched[static_cast<size_t>(i)])
            total += chunkLength(b.size, i);
    }
    IndexHeader header;
    header.record = b;
    header.record.status = BackupStatus::Available;
    header.volumeSize = b.size;
    auto index = m_repository->createIndex(header);
    if (!index)
        return fail(index);

    std::atomic<qint64> readBytes{0}, storedBytes{0};
    Pipeline pipeline(*m_workers, control, total);
    std::vector<ChunkHash> window(IndexWriter::WindowEntries);
    Repository &repo = *m_repository;
    Repository::Staging &stage = **staging;
    // The volume is processed one index window at a time, so memory does not
    // grow with its size; each window is drained before it is written.
    for (qint64 start = 0; start < count; start += IndexWriter::WindowEntries) {
        const qint64 n = std::min<qint64>(IndexWriter::WindowEntries, count - start);
        for (qint64 k = 0; k < n; ++k) {
            const qint64 i = start + k;
            // Unread: unchanged since the parent (its digest; none beyond its end), or a hole.
            ChunkHash *slot = &window[static_cast<size_t>(k)];
            *slot = ChunkHash();
            if (IndexReader *p = parent->get(); p && !p->atEnd()) {
                auto h = p->next();
                if (!h)
                    return fail(h);
                *slot = std::move(*h);
            }
            if (!touched[static_cast<size_t>(i)])
                continue;
            *slot = ChunkHash();
            const qint64 offset = i * ChunkSize;
            const qint64 length = chunkLength(b.size, i);
            const bool ok = pipeline.submit(
                [&, slot, offset, length]() -> Result<void> {
                    char *buffer = chunkBuffer();
                    if (auto r = pit.read(offset, buffer, length); !r)
                        return r;
                    readBytes += length;
                    if (!isAllZero(buffer, length)) {
                        ChunkHash h = repo.chunkId(buffer, length);
                        auto stored = repo.putChunk(stage, h, buffer, length);
                        if (!stored)
                            return fail(stored);
                        storedBytes += *stored;
                        *slot = std::move(h);
                    }
                    pipeline.addDone(length);
                    return {};
                },
                length);
            if (!ok)
                break;
        }
        if (auto r = pipeline.finish(); !r)
            return fail(r);
        for (qint64 k = 0; k < n; ++k) {
            if (auto r = (*index)->writer().append(window[static_cast<size_t>(k)]); !r)
                return fail(r);
        }
    }
    timer.step("chunks");

    b.readBytes = readBytes;
    b.storedBytes = storedBytes;
    logJob(jobId, JobLogLevel::Info,
           deferTr("Engine", "Chunks read: %1 of %2 to read; new data stored: %3.")
               .arg(validate::formatSize(b.readBytes), validate::formatSize(total),
                    validate::formatSize(b.storedBytes)));
    b.completedAt = QDateTime::currentDateTimeUtc();
    // Chunks durable in the store first, then the index and record, then the
    // catalog says available.
    if (auto r = stage.commit(); !r)
        return fail(r);
    if (auto r = (*index)->commit(); !r)
        return fail(r);
    if (auto r = m_repository->writeRecord(b, false); !r) {
        (void)m_repository->removeBackup(b.id);
        return fail(r);
    }
    timer.step("index");
    b.status = BackupStatus::Available;
    if (auto r = m_catalog->updateBackup(b); !r) {
        (void)m_repository->removeBackup(b.id);
        b.status = BackupStatus::Creating;
        return fail(r);
    }
    abandon.committed = true;
    pit.commit();
    timer.step("available");
    return b;
}

} // namespace cb
