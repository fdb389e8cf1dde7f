// Restore: read one index, check what it needs, write each chunk once.
// Restores leave the backup's status alone, so several may run at once.
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "engine/JobScope.h"
#include "engine/Pipeline.h"
#include "engine/Rules.h"
#include "util/StepTimer.h"
#include "util/Validate.h"
#include "volumes/VolumeBackend.h"

#include <QCoreApplication>
#include <QMutex>

namespace cb {

Result<QSet<ChunkHash>> Engine::missingChunks(const Repository &repo, const QString &backupId)
{
    auto index = repo.openIndex(backupId);
    if (!index)
        return fail(index);
    QSet<ChunkHash> missing;
    while (!(*index)->atEnd()) {
        auto h = (*index)->next();
        if (!h)
            return fail(h);
        if (!h->isEmpty() && !missing.contains(*h) && !repo.hasChunk(*h))
            missing.insert(*h);
    }
    if (auto r = (*index)->checkRest(); !r)
        return fail(r);
    return missing;
}

// Reads and checks every chunk of the backup; returns the damaged and missing ones.
Result<QSet<ChunkHash>> Engine::checkChunks(const Repository &repo, const QString &backupId,
                                            JobControl &control)
{
    auto index = repo.openIndex(backupId);
    if (!index)
        return fail(index);
    const qint64 size = (*index)->header().volumeSize;
    QSet<ChunkHash> bad;
    QMutex mutex;
    Pipeline check(*m_workers, control, size);
    for (qint64 i = 0; !(*index)->atEnd(); ++i) {
        auto h = (*index)->next();
        if (!h)
            return fail(h);
        const qint64 length = chunkLength(size, i);
        if (h->isEmpty()) {
            check.addDone(length);
            continue;
        }
        if (!check.submit([&, hash = *h, length]() -> Result<void> {
                qint64 got = 0;
                auto r = repo.getChunkInto(hash, chunkBuffer(), ChunkSize, &got);
                if (!r || got != length) {
                    QMutexLocker lock(&mutex);
                    bad.insert(hash);
                }
                check.addDone(length);
                return {};
            }))
            break;
    }
    if (auto r = check.finish(); !r)
        return fail(r);
    return bad;
}

Result<void> Engine::writeBackup(const Repository &repo, const QString &backupId, VolumeWriter &w, bool toNew,
                                 const QSet<ChunkHash> &skip, JobControl &control, QSet<ChunkHash> *failed)
{
    QMutex mutex;
    auto index = repo.openIndex(backupId);
    if (!index)
        return fail(index);
    const qint64 size = (*index)->header().volumeSize;
    Pipeline pipeline(*m_workers, control, size);
    // A run of holes over an existing volume is one zero() call: a thin 1 TiB
    // image is 262,144 chunks, and queueing each one alone cost 1.3 s.
    qint64 holeStart = 0, holeLength = 0;
    const auto flushHoles = [&]() -> bool {
        if (holeLength == 0)
            return true;
        const qint64 offset = holeStart, length = holeLength;
        holeLength = 0;
        return pipeline.submit(
            [&, offset, length]() -> Result<void> {
                if (auto r = w.zero(offset, length); !r)
                    return r;
                pipeline.addDone(length);
                return {};
            },
            0);
    };
    for (qint64 i = 0; !(*index)->atEnd(); ++i) {
        auto next = (*index)->next();
        if (!next)
            return fail(next);
        const ChunkHash h = skip.contains(*next) ? ChunkHash() : *next;
        const qint64 offset = i * ChunkSize;
        const qint64 length = chunkLength(size, i);
        if (h.isEmpty()) {
            if (toNew) { // a new volume reads as zeros already
                pipeline.addDone(length);
                continue;
            }
            if (holeLength == 0)
                holeStart = offset;
            holeLength += length;
            continue;
        }
        if (!flushHoles())
            break;
        const bool ok = pipeline.submit(
            [&, h, offset, length]() -> Result<void> {
                char *buffer = chunkBuffer();
                qint64 got = 0;
                auto r = repo.getChunkInto(h, buffer, ChunkSize, &got);
                if (r && got != length)
                    r = fail(deferTr("Engine", "Chunk %1 has the wrong length.").arg(Repository::hex(h)));
                if (!r) {
                    QMutexLocker lock(&mutex);
                    failed->insert(h);
                    return r;
                }
                if (auto written = w.write(offset, buffer, length); !written)
                    return written;
                pipeline.addDone(length);
                return {};
            },
            length);
        if (!ok)
            break;
    }
    flushHoles();
    if (auto r = pipeline.finish(); !r)
        return r;
    return w.finish();
}

Result<Volume> Engine::restore(const RestoreParams &params, JobControl &control)
{
    StepTimer timer(lcEngine(), "restore", params.backupId);
    auto found = backup(params.backupId);
    if (!found)
        return fail(found);
    const Backup b = *found;
    if (auto r = require(Action::Restore, b.project, QStringLiteral("backup.restore"), b.id); !r)
        return fail(r);
    if (b.status != BackupStatus::Available && b.status != BackupStatus::Damaged)
        return fail(deferTr("Engine", "The backup \"%1\" is not available (status: %2).")
                        .arg(b.name, backupStatusText(b.status).toLower()));
    const bool toNew = !params.newVolumeName.isEmpty();
    if (toNew == !params.targetVolume.isEmpty())
        return fail(
            deferTr("Engine", "Choose either a new volume name or an existing volume to restore to."));

    Volume target;
    VolumeBackend *backend = nullptr;
    if (toNew) {
        if (auto r = validate::volumeName(params.newVolumeName); !r)
            return fail(r);
        backend = backendFor(b.volumeId);
        if (!backend)
            return fail(deferTr("Engine", "No backend serves volumes of type \"%1\" (%2).")
                            .arg(b.volumeType, b.volumeId));
    } else {
        auto t = resolveVolume(params.targetVolume);
        if (!t)
            return fail(t);
        target = *t;
        if (auto r = require(Action::Restore, target.project, QStringLiteral("backup.restore"), target.id);
            !r)
            return fail(r);
        if (auto r = rules::checkRestoreTarget(b, target); !r)
            return fail(r);
        backend = backendFor(target.id);
        if (!backend)
            return fail(deferTr("Engine", "No backend serves the volume %1.").arg(target.id));
    }

    JobScope job(*this, JobKind::Restore, b.id, toNew ? QString() : target.id, &control);
    const bool fromCopy = !params.from.location.isEmpty();
    auto finishWith = [&](Result<Volume> r) {
        QString detail = r ? r->id : r.what().encode();
        if (fromCopy) // the audit says which copy was read
            detail = QStringLiteral("from=%1 %2").arg(params.from.location, detail);
        record(QStringLiteral("backup.restore"), b.id, b.project, detail,
               r ? QStringLiteral("ok") : QStringLiteral("failed"));
        return job.done(std::move(r), control);
    };
    job.log(JobLogLevel::Info,
            toNew ? deferTr("Engine", "Restore of backup \"%1\" to a new volume %2.")
                        .arg(b.name, params.newVolumeName)
                  : deferTr("Engine", "Restore of backup \"%1\" over volume %2.").arg(b.name, target.name));
    // A copy is read alone: the engine's repository may lack or have damaged chunks.
    std::shared_ptr<Repository> source = m_repository;
    if (fromCopy) {
        auto other = openOther(params.from);
        if (!other)
            return finishWith(fail(other));
        source = *other;
        if (!source->hasIndex(b.id))
            return finishWith(fail(deferTr("Engine", "The repository %1 holds no copy of the backup \"%2\".")
                                       .arg(source->location(), b.name)));
        job.log(JobLogLevel::Info, deferTr("Engine", "Reading the copy in %1.").arg(source->location()));
    }
    const Repository &repo = *source;
    // gc never removes a chunk while a restore reads it.
    auto repoLock = repo.lockShared();
    if (!repoLock)
        return finishWith(fail(repoLock));

    // Over an existing volume, every chunk is read and checked before the
    // first byte is overwritten: a damaged backup must not destroy good data.
    // With --allow-damaged, the same check finds what to write as zeros.
    // Otherwise a new volume only needs every chunk to be there: each is
    // checked as it is written.
    auto scanned =
        (!toNew || params.allowDamaged) ? checkChunks(repo, b.id, control) : missingChunks(repo, b.id);
    if (!scanned)
        return finishWith(fail(deferTr("Engine", "Nothing was written: %1").arg(scanned.error())));
    const QSet<ChunkHash> bad = *scanned;
    timer.step(toNew ? "plan" : "check");
    if (!bad.isEmpty() && !params.allowDamaged) {
        repoLock->reset();
        if (!fromCopy) // damage of a copy is the copy's; the backup itself may be whole
            markDamaged(bad, false, nullptr);
        auto ranges = rangesOf(b.id, bad, &repo);
        return finishWith(
            fail(deferTr("Engine",
                         "The backup \"%1\" is damaged and was not restored; nothing was written. Damaged "
                         "ranges: %2. Restore the intact data with --allow-damaged, or back up the volume "
                         "again and verify to heal it.")
                     .arg(b.name, ranges ? describeRanges(*ranges) : ranges.error())));
    }

    if (toNew) {
        CreateVolumeParams p;
        p.name = params.newVolumeName;
        p.project = b.project;
        p.type = b.volumeType;
        p.size = b.size;
        p.likeVolumeId = b.volumeId;
        p.forRestore = true;
        auto created = backend->create(p);
        if (!created)
            return finishWith(fail(created));
        target = *created;
    }
    timer.step("target");
    auto writer = backend->openForRestore(target.id, toNew);
    QSet<ChunkHash> failed;
    Result<void> written =
        writer ? writeBackup(repo, b.id, **writer, toNew, bad, control, &failed) : Result<void>(fail(writer));
    if (writer)
        writer->reset();
    timer.step("chunks");
    if (!written) {
        if (!failed.isEmpty() && !fromCopy) {
            repoLock->reset();
            markDamaged(failed, false, nullptr);
        }
        // A new volume that did not receive the whole backup never stays.
        if (toNew)
            (void)backend->remove(target.id);
        return finishWith(fail(written));
    }
    job.log(JobLogLevel::Info,
            deferTr("Engine", "Written: %1 to volume %2.").arg(validate::formatSize(b.size), target.name));
    if (!bad.isEmpty())
        job.log(JobLogLevel::Warning, deferTr("Engine", "Damaged chunks were written as zeros (%n chunk(s)).",
                                              nullptr, int(bad.size())));
    if (params.zeroed && !bad.isEmpty()) {
        auto ranges = rangesOf(b.id, bad, &repo);
        *params.zeroed = ranges ? *ranges : QList<ByteRange>();
    }
    auto refreshed = backend->volume(target.id);
    if (refreshed)
        target = *refreshed;
    (void)m_catalog->upsertVolume(target);
    return finishWith(target);
}

} // namespace cb
