// Verify and damage: damaged chunks are moved aside so they are never reused,
// every backup that references them is marked damaged with its ranges, and a
// damaged backup found whole again (a later backup stored the same data)
// returns to available.
#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "engine/JobScope.h"
#include "engine/Pipeline.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QMutex>

namespace cb {

Result<QList<ByteRange>> Engine::rangesOf(const QString &backupId, const QSet<ChunkHash> &bad,
                                          const Repository *repo)
{
    if (bad.isEmpty()) // nothing to look for: the index need not be read
        return QList<ByteRange>();
    auto index = (repo ? *repo : *m_repository).openIndex(backupId);
    if (!index)
        return fail(index);
    const qint64 size = (*index)->header().volumeSize;
    QList<ByteRange> ranges;
    for (qint64 i = 0; !(*index)->atEnd(); ++i) {
        auto h = (*index)->next();
        if (!h)
            return fail(h);
        if (h->isEmpty() || !bad.contains(*h))
            continue;
        const qint64 offset = i * ChunkSize;
        if (!ranges.isEmpty() && ranges.last().offset + ranges.last().length == offset)
            ranges.last().length += chunkLength(size, i);
        else
            ranges << ByteRange{offset, chunkLength(size, i)};
    }
    return ranges;
}

void Engine::markIndexProblem(const Backup &b, const QString &reason)
{
    if (b.status != BackupStatus::Available && b.status != BackupStatus::Damaged)
        return;
    (void)m_catalog->setBackupStatus(b.id, BackupStatus::Damaged, reason);
    record(QStringLiteral("backup.damaged"), b.id, b.project, reason);
}

QStringList Engine::markDamaged(const QSet<ChunkHash> &bad, bool waitForLock, const std::atomic_bool *cancel)
{
    if (bad.isEmpty())
        return {};
    // Moving a chunk aside waits until no backup runs: a running backup may
    // already count on it being there. Without the lock (a restore that found
    // the damage) the chunk stays until the next verify moves it.
    std::unique_ptr<Repository::Lock> lock;
    if (waitForLock) {
        if (auto l = m_repository->lockExclusive(cancel))
            lock = std::move(*l);
    } else {
        lock = m_repository->tryLockExclusive();
    }
    if (lock) {
        for (const ChunkHash &h : bad) {
            if (m_repository->hasChunk(h))
                (void)m_repository->quarantine(h);
        }
    }
    QStringList marked;
    const QStringList ids = m_repository->indexIds();
    for (const QString &id : ids) {
        auto ranges = rangesOf(id, bad);
        if (!ranges || ranges->isEmpty())
            continue;
        auto b = m_catalog->backup(id);
        if (!b || (b->status != BackupStatus::Available && b->status != BackupStatus::Damaged))
            continue;
        const QString reason =
            deferTr("Engine", "Damaged or missing data at %1.").arg(describeRanges(*ranges)).encode();
        (void)m_catalog->setBackupStatus(id, BackupStatus::Damaged, reason);
        record(QStringLiteral("backup.damaged"), id, b->project, reason);
        marked << id;
    }
    return marked;
}

Result<VerifyStats> Engine::verifyChunks(const QSet<ChunkHash> &hashes, JobControl &control,
                                         const QHash<ChunkHash, qint64> *expected)
{
    // Read, decompress and hash every chunk on the worker pool.
    VerifyStats stats;
    QMutex mutex;
    Pipeline pipeline(*m_workers, control, hashes.size());
    for (const ChunkHash &h : hashes) {
        if (!pipeline.submit([&, h]() -> Result<void> {
                qint64 got = 0;
                auto r = m_repository->getChunkInto(h, chunkBuffer(), ChunkSize, &got);
                QMutexLocker lock(&mutex);
                ++stats.chunksChecked;
                stats.bytesChecked += got;
                if (!r) {
                    stats.problems << r.error();
                    stats.bad.insert(h);
                } else if (expected && expected->value(h, got) != got) {
                    const QString mismatch =
                        QCoreApplication::translate("Engine",
                                                    "Chunk %1 holds %2 bytes where the index expects %3.")
                            .arg(Repository::hex(h))
                            .arg(got)
                            .arg(expected->value(h));
                    stats.problems << mismatch;
                    stats.indexMismatches << mismatch;
                }
                pipeline.addDone(1);
                return {};
            }))
            break;
    }
    if (auto r = pipeline.finish(); !r)
        return fail(r);
    return stats;
}

Result<VerifyStats> Engine::verifyBackup(const QString &backupId, JobControl &control)
{
    auto b = backup(backupId);
    if (!b)
        return fail(b);
    if (auto r = require(Action::Verify, b->project, QStringLiteral("backup.verify"), b->id); !r)
        return fail(r);
    if (b->status != BackupStatus::Available && b->status != BackupStatus::Damaged)
        return fail(deferTr("Engine", "The backup \"%1\" is not available (status: %2).")
                        .arg(b->name, backupStatusText(b->status).toLower()));
    JobScope job(*this, JobKind::Verify, b->id, b->volumeId, &control);
    auto index = m_repository->openIndex(b->id);
    QSet<ChunkHash> unique;
    QHash<ChunkHash, qint64> lengths; // what the index says each chunk holds
    Result<void> read = index ? Result<void>() : Result<void>(fail(index));
    if (read && (*index)->header().volumeSize != b->size)
        read = fail(deferTr("Engine", "The index of backup %1 describes a volume of %2 bytes; the "
                                      "catalog says %3.")
                        .arg(b->id)
                        .arg((*index)->header().volumeSize)
                        .arg(b->size));
    for (qint64 i = 0; read && !(*index)->atEnd(); ++i) {
        auto h = (*index)->next();
        if (!h) {
            read = fail(h);
        } else if (!h->isEmpty()) {
            unique.insert(*h);
            lengths.insert(*h, chunkLength((*index)->header().volumeSize, i));
        }
    }
    if (read && index)
        read = (*index)->checkRest();
    if (!read) {
        markIndexProblem(*b, read.what().encode());
        recordVerified({b->id}, QStringLiteral("damaged"));
        record(QStringLiteral("backup.verify"), b->id, b->project, read.what().encode(),
               QStringLiteral("failed"));
        return job.done(
            Result<VerifyStats>(
                fail(deferTr("Engine", "The backup \"%1\" is damaged:\n%2").arg(b->name, read.error()))),
            control);
    }
    auto checked = verifyChunks(unique, control, &lengths);
    if (!checked)
        return job.done(std::move(checked), control);
    VerifyStats &stats = *checked;
    if (!stats.indexMismatches.isEmpty() && stats.bad.isEmpty()) {
        // The chunks are sound (they hash right); the index is what is wrong.
        markIndexProblem(*b, stats.indexMismatches.first());
        recordVerified({b->id}, QStringLiteral("damaged"));
        return job.done(Result<VerifyStats>(fail(deferTr("Engine", "The backup \"%1\" is damaged:\n%2")
                                                     .arg(b->name, stats.indexMismatches.join(u'\n')))),
                        control);
    }
    record(QStringLiteral("backup.verify"), b->id, b->project,
           stats.problems.isEmpty() ? QStringLiteral("ok") : stats.problems.join(u'\n'));
    job.log(JobLogLevel::Info,
            deferTr("Engine", "Checked %n chunk(s) (%1).", nullptr, int(stats.chunksChecked))
                .arg(validate::formatSize(stats.bytesChecked)));
    if (!stats.bad.isEmpty()) {
        stats.damagedIds = markDamaged(stats.bad, true, &control.cancel);
        recordVerified({b->id}, QStringLiteral("damaged"));
        auto ranges = rangesOf(b->id, stats.bad);
        return job.done(
            Result<VerifyStats>(fail(
                deferTr("Engine", "The backup \"%1\" is damaged at %2:\n%3")
                    .arg(b->name, ranges ? describeRanges(*ranges) : QString(), stats.problems.join(u'\n')))),
            control);
    }
    if (b->status == BackupStatus::Damaged) {
        (void)m_catalog->setBackupStatus(b->id, BackupStatus::Available);
        record(QStringLiteral("backup.healed"), b->id, b->project, b->name);
        stats.healedIds << b->id;
        job.log(JobLogLevel::Info, deferTr("Engine", "The backup is whole again and available."));
    }
    recordVerified({b->id}, QStringLiteral("ok"));
    return job.done(Result<VerifyStats>(stats), control);
}

Result<VerifyStats> Engine::verifyRepository(JobControl &control)
{
    if (auto r = requireEverywhere(Action::ManageRepository, QStringLiteral("repo.verify"),
                                   m_repository->location());
        !r)
        return fail(r);
    JobScope job(*this, JobKind::Verify, QString(), QString(), &control);
    auto rows = m_catalog->backups();
    if (!rows)
        return job.done(Result<VerifyStats>(fail(rows)), control);
    const QStringList ids = m_repository->indexIds();
    const QSet<QString> inRepo(ids.cbegin(), ids.cend());
    QHash<QString, Backup> byId;
    QStringList problems;
    // The catalog against the repository...
    for (const Backup &b : std::as_const(*rows)) {
        byId.insert(b.id, b);
        if ((b.status == BackupStatus::Available || b.status == BackupStatus::Damaged) &&
            !inRepo.contains(b.id)) {
            const Message reason =
                deferTr("Engine", "The index of backup %1 (\"%2\") is missing from the repository.")
                    .arg(b.id, b.name);
            problems << reason.text();
            markIndexProblem(b, reason.encode());
        }
    }
    // ...and the repository against the catalog.
    for (const QString &id : ids) {
        if (!byId.contains(id))
            problems << QCoreApplication::translate("Engine", "The repository holds backup %1, which the "
                                                              "catalog does not list; run \"cloudbackupctl "
                                                              "repo rebuild-catalog\" to add it.")
                            .arg(id);
    }
    QStringList unreadable, unreadableIds;
    const QSet<ChunkHash> all = m_repository->referencedChunks(&unreadable, &unreadableIds);
    problems << unreadable;
    for (const QString &id : std::as_const(unreadableIds)) {
        if (byId.contains(id))
            markIndexProblem(byId.value(id), unreadable.value(unreadableIds.indexOf(id)));
    }
    auto r = verifyChunks(all, control);
    if (!r)
        return job.done(std::move(r), control);
    r->problems = problems + r->problems;
    r->damagedIds = markDamaged(r->bad, true, &control.cancel);
    // Damaged backups that are whole again.
    for (const Backup &b : std::as_const(*rows)) {
        if (b.status != BackupStatus::Damaged || !inRepo.contains(b.id) || unreadableIds.contains(b.id) ||
            r->damagedIds.contains(b.id))
            continue;
        auto ranges = rangesOf(b.id, r->bad);
        if (ranges && ranges->isEmpty()) {
            (void)m_catalog->setBackupStatus(b.id, BackupStatus::Available);
            record(QStringLiteral("backup.healed"), b.id, b.project, b.name);
            r->healedIds << b.id;
        }
    }
    record(QStringLiteral("repo.verify"), m_repository->location(), QString(),
           r->problems.isEmpty() ? QStringLiteral("ok") : r->problems.join(u'\n'));
    // Every backup whose data was checked gets this verify's time and result.
    QSet<QString> damaged(r->damagedIds.cbegin(), r->damagedIds.cend());
    QStringList ok, bad;
    for (const Backup &b : std::as_const(*rows)) {
        if (b.status != BackupStatus::Available && b.status != BackupStatus::Damaged)
            continue;
        const bool whole = inRepo.contains(b.id) && !unreadableIds.contains(b.id) &&
                           !damaged.contains(b.id) &&
                           (b.status == BackupStatus::Available || r->healedIds.contains(b.id));
        (whole ? ok : bad) << b.id;
    }
    recordVerified(ok, QStringLiteral("ok"));
    recordVerified(bad, QStringLiteral("damaged"));
    job.log(JobLogLevel::Info, deferTr("Engine", "Checked %n chunk(s) (%1) of %2 backup(s); %3 damaged.",
                                       nullptr, int(r->chunksChecked))
                                   .arg(validate::formatSize(r->bytesChecked))
                                   .arg(ok.size() + bad.size())
                                   .arg(bad.size()));
    constexpr int shownProblems = 50; // the log stays readable; "repo verify" lists them all
    for (int i = 0; i < std::min<int>(int(r->problems.size()), shownProblems); ++i)
        job.log(JobLogLevel::Warning, Message::plain(r->problems.at(i)));
    if (r->problems.size() > shownProblems)
        job.log(JobLogLevel::Warning, deferTr("Engine", "…and %n more problem(s).", nullptr,
                                              int(r->problems.size()) - shownProblems));
    return job.done(std::move(r), control);
}

} // namespace cb
