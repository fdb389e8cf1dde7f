// repo sync: off-site copies. The backups a target repository lacks are
// copied chunk by chunk (only the chunks it lacks are written), each copy is
// read back and checked there, and only then does the catalog record the
// target as holding it (backup_locations, schema step 8).
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "engine/JobScope.h"
#include "engine/Pipeline.h"
#include "util/Validate.h"

#include <QMutex>

namespace cb {

namespace {

// Copies backups from one repository into another on the engine's pool.
//
// Chunk ids: in a plain repository a chunk's id is the SHA-256 of its data,
// in an encrypted one a keyed hash under that repository's own key
// (Codec.h), so the same data has another id in each encrypted repository.
// When both are plain the ids carry over. Otherwise every chunk is read
// (decoded and checked) from the source, named again with the target's
// chunkId() and encoded by the target's codec; the copied index then names
// the target's ids. Either way a chunk goes through the target's staging
// claim, never a bare existence test: on RADOS the claim marks a chunk found
// present with the current gc epoch, so a gc sweeping meanwhile keeps it.
// The map from source ids to target ids is kept for the whole sync, and
// seeded from the parent's two indexes when the target holds the parent
// already (those chunks are safe as an incremental's copied digests are), so
// an incremental's unchanged chunks are neither read nor written.
class Copier
{
public:
    Copier(const Repository &source, Repository &target, QThreadPool &pool, const QString &jobId)
        : m_source(source), m_target(target), m_pool(pool), m_jobId(jobId),
          m_sameIds(source.encryption() == QLatin1String("none") &&
                    target.encryption() == QLatin1String("none"))
    {}

    Result<void> copy(const Backup &b, JobControl &control, SyncReport &report)
    {
        if (!b.parentId.isEmpty())
            seedFromParent(b.parentId);
        auto index = m_source.openIndex(b.id);
        if (!index)
            return fail(index);
        const IndexHeader header = (*index)->header();
        if (auto r = copyChunks(**index, header.volumeSize, control, report); !r)
            return r;
        if (auto r = writeIndex(b, header); !r) {
            (void)m_target.removeBackup(b.id);
            return r;
        }
        if (auto r = verify(b.id, control, report); !r) {
            // A copy that does not read back whole is not left to be taken for one.
            (void)m_target.removeBackup(b.id);
            return r;
        }
        return {};
    }

private:
    void seedFromParent(const QString &parentId)
    {
        if (!m_target.hasIndex(parentId))
            return;
        auto from = m_source.openIndex(parentId);
        auto to = m_target.openIndex(parentId);
        if (!from || !to || (*from)->header().chunkCount != (*to)->header().chunkCount)
            return;
        while (!(*from)->atEnd()) {
            auto a = (*from)->next();
            auto b = (*to)->next();
            if (!a || !b)
                return;
            if (!a->isEmpty() && !b->isEmpty())
                m_map.insert(*a, *b);
        }
    }

    // Puts every chunk of the index the target lacks, through one staging area.
    Result<void> copyChunks(IndexReader &index, qint64 size, JobControl &control, SyncReport &report)
    {
        auto staging = m_target.beginStaging(QStringLiteral("%1-%2").arg(m_jobId).arg(++m_stagings));
        if (!staging)
            return fail(staging);
        Pipeline pipeline(m_pool, control, size);
        QSet<ChunkHash> queued;
        for (qint64 i = 0; !index.atEnd(); ++i) {
            auto h = index.next();
            if (!h)
                return fail(h);
            const qint64 length = chunkLength(size, i);
            if (h->isEmpty() || queued.contains(*h) || mapped(*h)) {
                pipeline.addDone(length);
                continue;
            }
            queued.insert(*h);
            const bool ok = pipeline.submit(
                [this, &pipeline, &staging, &report, hash = *h, length]() -> Result<void> {
                    if (auto r = copyChunk(**staging, hash, report); !r)
                        return r;
                    pipeline.addDone(length);
                    return {};
                },
                length);
            if (!ok)
                break;
        }
        if (auto r = pipeline.finish(); !r)
            return r;
        if (auto r = index.checkRest(); !r)
            return r;
        return (*staging)->commit();
    }

    Result<void> copyChunk(Repository::Staging &staging, const ChunkHash &hash, SyncReport &report)
    {
        char *buffer = chunkBuffer();
        qint64 length = 0;
        if (auto r = m_source.getChunkInto(hash, buffer, ChunkSize, &length); !r)
            return r;
        const ChunkHash id = m_sameIds ? hash : m_target.chunkId(buffer, length);
        auto written = m_target.putChunk(staging, id, buffer, length);
        if (!written)
            return fail(written);
        remember(hash, id);
        if (*written > 0) {
            QMutexLocker lock(&m_mutex);
            ++report.chunksCopied;
            report.bytesCopied += *written;
        }
        return {};
    }

    bool mapped(const ChunkHash &hash)
    {
        QMutexLocker lock(&m_mutex);
        return m_map.contains(hash);
    }

    void remember(const ChunkHash &from, const ChunkHash &to)
    {
        QMutexLocker lock(&m_mutex);
        m_map.insert(from, to);
    }

    // The same index under the target's chunk ids, then the current record.
    Result<void> writeIndex(const Backup &b, const IndexHeader &header)
    {
        auto index = m_source.openIndex(b.id);
        if (!index)
            return fail(index);
        auto pending = m_target.createIndex(header);
        if (!pending)
            return fail(pending);
        while (!(*index)->atEnd()) {
            auto h = (*index)->next();
            if (!h)
                return fail(h);
            const ChunkHash id = h->isEmpty() ? ChunkHash() : m_map.value(*h);
            if (!h->isEmpty() && id.isEmpty())
                return fail(deferTr("Engine", "Chunk %1 was not copied.").arg(Repository::hex(*h)));
            if (auto r = (*pending)->writer().append(id); !r)
                return r;
        }
        if (auto r = (*pending)->commit(); !r) // finishes the index
            return r;
        return m_target.writeRecord(b);
    }

    // Reads the copy's index back and every chunk it names, each checked
    // against its id and the length the index gives it.
    Result<void> verify(const QString &backupId, JobControl &control, SyncReport &report)
    {
        auto index = m_target.openIndex(backupId);
        if (!index)
            return fail(index);
        const qint64 size = (*index)->header().volumeSize;
        Pipeline check(m_pool, control, size);
        QSet<ChunkHash> seen;
        for (qint64 i = 0; !(*index)->atEnd(); ++i) {
            auto h = (*index)->next();
            if (!h)
                return fail(h);
            const qint64 length = chunkLength(size, i);
            if (h->isEmpty() || seen.contains(*h)) {
                check.addDone(length);
                continue;
            }
            seen.insert(*h);
            const bool ok = check.submit(
                [this, &check, &report, hash = *h, length]() -> Result<void> {
                    qint64 got = 0;
                    if (auto r = m_target.getChunkInto(hash, chunkBuffer(), ChunkSize, &got); !r)
                        return r;
                    if (got != length)
                        return fail(
                            deferTr("Engine", "Chunk %1 has the wrong length.").arg(Repository::hex(hash)));
                    QMutexLocker lock(&m_mutex);
                    ++report.chunksVerified;
                    check.addDone(length);
                    return {};
                },
                length);
            if (!ok)
                break;
        }
        if (auto r = check.finish(); !r)
            return r;
        return (*index)->checkRest();
    }

    const Repository &m_source;
    Repository &m_target;
    QThreadPool &m_pool;
    QString m_jobId;
    const bool m_sameIds;
    int m_stagings = 0;
    QMutex m_mutex;
    QHash<ChunkHash, ChunkHash> m_map; // source id -> target id
};

bool holds(const Backup &b, const QString &location)
{
    for (const BackupLocation &l : b.copies) {
        if (l.location == location)
            return true;
    }
    return false;
}

} // namespace

Result<std::shared_ptr<Repository>> Engine::openOther(const RepositoryRef &ref)
{
    if (ref.location.trimmed().isEmpty())
        return fail(deferTr("Engine", "Name the other repository: a folder or rados:POOL[/NAMESPACE]."));
    auto repo = Repository::open(ref.location, Repository::Open::Existing, ref.options, ref.passphrase.get(),
                                 ref.keyFile.get());
    if (!repo)
        return fail(repo);
    if (m_repository && (*repo)->location() == m_repository->location())
        return fail(deferTr("Engine", "%1 is this console's own repository; name another one.")
                        .arg((*repo)->location()));
    return *repo;
}

Result<QList<Backup>> Engine::syncSelection(const SyncParams &params)
{
    QSet<QString> volumes;
    for (const QString &v : params.volumes) {
        auto found = resolveVolume(v);
        if (!found)
            return fail(found);
        volumes.insert(found->id);
    }
    if (!params.projects.isEmpty()) {
        auto known = projects();
        if (!known)
            return fail(known);
        for (const QString &p : params.projects) {
            if (!known->contains(p))
                return fail(deferTr("Engine", "There is no project \"%1\".").arg(p));
        }
    }
    BackupQuery query;
    query.status = backupStatusKey(BackupStatus::Available);
    auto all = backups(query);
    if (!all)
        return fail(all);
    QList<Backup> out;
    for (const Backup &b : std::as_const(*all)) {
        if ((volumes.isEmpty() || volumes.contains(b.volumeId)) &&
            (params.projects.isEmpty() || params.projects.contains(b.project)))
            out << b;
    }
    return out;
}

Result<SyncReport> Engine::sync(const SyncParams &params, JobControl &control)
{
    if (auto r =
            requireEverywhere(Action::ManageRepository, QStringLiteral("repo.sync"), params.target.location);
        !r)
        return fail(r);
    auto selection = syncSelection(params);
    if (!selection)
        return fail(selection);
    JobScope job(*this, JobKind::Sync, QString(), QString(), &control);
    SyncReport report;
    report.target = params.target.location;
    auto finishWith = [&](Result<SyncReport> r) {
        record(QStringLiteral("repo.sync"), report.target, QString(),
               r ? QStringLiteral("copied=%1 skipped=%2 chunks=%3 bytes=%4")
                       .arg(r->copied.size())
                       .arg(r->skipped.size())
                       .arg(r->chunksCopied)
                       .arg(r->bytesCopied)
                 : r.what().encode(),
               r ? QStringLiteral("ok") : QStringLiteral("failed"));
        return job.done(std::move(r), control);
    };
    auto target = openOther(params.target);
    if (!target)
        return finishWith(fail(target));
    report.target = (*target)->location();
    job.log(JobLogLevel::Info,
            deferTr("Engine", "Copying to %1: %n backup(s) selected.", nullptr, int(selection->size()))
                .arg(report.target));
    // Neither gc may remove a chunk while it is read or not yet named by the copied index.
    auto sourceLock = m_repository->lockShared();
    if (!sourceLock)
        return finishWith(fail(sourceLock));
    auto targetLock = (*target)->lockShared();
    if (!targetLock)
        return finishWith(fail(targetLock));
    Copier copier(*m_repository, **target, *m_workers, job.id());
    for (const Backup &b : std::as_const(*selection)) {
        if (holds(b, report.target) && (*target)->hasIndex(b.id)) {
            report.skipped << b.id;
            continue;
        }
        if (auto r = copier.copy(b, control, report); !r)
            return finishWith(fail(deferTr("Engine", "The backup \"%1\" was not copied to %2: %3")
                                       .arg(b.name, report.target, r.error())));
        if (auto r = m_catalog->recordLocation(b.id, report.target, QDateTime::currentDateTimeUtc()); !r)
            return finishWith(fail(r));
        report.copied << b.id;
        job.log(JobLogLevel::Info, deferTr("Engine", "Copied and verified backup \"%1\".").arg(b.name));
    }
    job.log(JobLogLevel::Info, deferTr("Engine", "Wrote %n chunk(s), %1.", nullptr, int(report.chunksCopied))
                                   .arg(validate::formatSize(report.bytesCopied)));
    return finishWith(report);
}

} // namespace cb
