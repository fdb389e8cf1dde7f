#include "engine/Engine.h"

#include "catalog/Catalog.h"
#include "engine/JobScope.h"
#include "engine/Pipeline.h"
#include "engine/Rules.h"
#include "util/PrivateFiles.h"
#include "util/StepTimer.h"
#include "util/Validate.h"
#include "volumes/FileBackend.h"
#ifdef CLOUDBACKUP_HAVE_RBD
#include "volumes/RbdClusters.h"
#endif

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QSet>
#include <QStandardPaths>

#include <cstdlib>
#include <fcntl.h>
#include <future>
#include <sys/file.h>
#include <unistd.h>

namespace cb {

Q_LOGGING_CATEGORY(lcEngine, "cloudbackup.engine", QtInfoMsg)

char *chunkBuffer()
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

Result<std::shared_ptr<Engine>> Engine::open(const EngineConfig &config)
{
    std::shared_ptr<Engine> e(new Engine);
    e->m_config = config;
    if (e->m_config.home.isEmpty())
        e->m_config.home = EngineConfig::defaultHome();
    // An invalid permission file is refused before anything is created or changed.
    if (auto r = e->loadPolicy(); !r)
        return fail(r);
    QDir home(e->m_config.home);
    if (!privatefiles::makeDirectory(home.absolutePath()) ||
        !privatefiles::makeDirectory(home.filePath(QStringLiteral("run"))) ||
        !privatefiles::makeDirectory(home.filePath(QStringLiteral("volumes"))))
        return fail(deferTr("Engine", "Cannot create the cloudbackup home %1.").arg(e->m_config.home));
    e->m_config.home = home.absolutePath();
    // Homes made by earlier releases were readable by every local user. Only
    // what cloudbackup keeps there is walked, never other files in the home.
    privatefiles::tighten(QFileInfo(e->m_config.home).canonicalFilePath());
    privatefiles::tightenTree(home.filePath(QStringLiteral("run")));
    privatefiles::tightenTree(home.filePath(QStringLiteral("volumes")));
    // Only the default home's repository is made on demand; any other is
    // made by "repo init", so a mistyped --repository is an error.
    if (e->m_config.repositoryPath.isEmpty())
        e->m_config.repositoryPath = qEnvironmentVariable("CLOUDBACKUP_REPOSITORY");
    e->m_createRepository = e->m_config.repositoryPath.isEmpty();
    if (e->m_config.repositoryPath.isEmpty())
        e->m_config.repositoryPath = home.filePath(QStringLiteral("repository"));
    if (e->m_config.catalogUrl.isEmpty())
        e->m_config.catalogUrl = home.filePath(QStringLiteral("catalog.sqlite"));

    if (auto r = e->openStores(); !r)
        return fail(r);

    e->m_backends.push_back(std::make_unique<FileBackend>(home.filePath(QStringLiteral("volumes"))));
    if (auto r = e->addCephClusters(); !r)
        return fail(r);

    e->m_workers = std::make_unique<QThreadPool>();
    const int workers = config.workers > 0 ? config.workers : QThread::idealThreadCount() + 2;
    e->m_workers->setMaxThreadCount(workers);
    e->m_workers->setExpiryTimeout(30000);

    // Settling what a dead job left changes backups: a cloud admin's work.
    if (config.recover && !config.catalogOnly &&
        e->m_policy.scope(e->m_caller.role, Action::ManageRepository) == Scope::All)
        e->recoverInterrupted();
    return e;
}

// One RbdBackend per configured Ceph cluster. None connects here: each does
// on first use, so an unreachable cluster delays only what needs it.
Result<void> Engine::addCephClusters()
{
#ifdef CLOUDBACKUP_HAVE_RBD
    RbdClusterInputs in;
    in.settingsFile = QDir(m_config.home).filePath(QStringLiteral("clusters.json"));
    for (const CephClusterConf &c : std::as_const(m_config.cephClusters))
        in.named.append({c.name, c.confPath});
    in.defaultConf = m_config.cephConf;
    if (in.defaultConf.isEmpty()) {
        in.defaultConf = qEnvironmentVariable("CEPH_CONF");
        in.defaultFromEnvironment = true;
    }
    in.defaultPools = m_config.cephPools;
    auto clusters = rbdClusters(in);
    if (!clusters)
        return fail(clusters);
    // Even a missing ceph.conf stops only its own cluster's volumes: they
    // read "unreachable" with the reason.
    for (const RbdClusterConfig &c : std::as_const(*clusters))
        m_backends.push_back(RbdBackend::make(c));
#endif
    return {};
}

Result<void> Engine::openStores()
{
    auto catalog = Catalog::open(m_config.catalogUrl, CatalogLogin{m_config.account, m_config.password});
    if (!catalog)
        return fail(catalog);
    m_catalog = *catalog;
    if (auto r = authenticate(); !r)
        return r;
    if (m_config.catalogOnly) {
        m_config.repositoryPassphrase.reset();
        m_config.repositoryKeyFile.reset();
        return {};
    }
    StoreOptions options;
    options.cephConf =
        !m_config.repositoryCephConf.isEmpty() ? m_config.repositoryCephConf : m_config.cephConf;
    auto repo =
        Repository::open(m_config.repositoryPath,
                         m_createRepository ? Repository::Open::CreateIfAbsent : Repository::Open::Existing,
                         options, m_config.repositoryPassphrase.get(), m_config.repositoryKeyFile.get());
    m_config.repositoryPassphrase.reset();
    m_config.repositoryKeyFile.reset();
    if (!repo) {
        // Viewing needs only the catalog: an account that may change nothing
        // is not given the repository, and works without it.
        if (!mayChangeAnything())
            return {};
        return fail(repo);
    }
    m_repository = *repo;
    m_recovery.upgradedFrom = m_repository->upgradedFrom();
    // An empty catalog beside a repository with backups is a lost catalog,
    // not "no backups".
    auto count = m_catalog->backupCount();
    if (!count)
        return fail(count);
    if (*count == 0 && m_repository && !m_config.rebuildingCatalog) {
        const int held = int(m_repository->indexIds().size());
        if (held > 0)
            return fail(
                deferTr("Engine",
                        "The catalog %1 is empty or new, but the repository %2 holds %n backup(s). If the "
                        "catalog was lost, recreate it with \"cloudbackupctl repo rebuild-catalog\".",
                        nullptr, held)
                    .arg(m_catalog->describe(), m_repository->location()));
    }
    return {};
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
    for (const auto &b : m_backends) {
        if (b->serves(volumeId))
            return b.get();
    }
    return nullptr;
}

Result<QList<Volume>> Engine::volumes()
{
    // Every backend lists at once: an unreachable Ceph cluster costs its
    // timeout once, not once per cluster, and stops none of the others.
    std::vector<std::future<Result<QList<Volume>>>> lists;
    for (const auto &b : m_backends)
        lists.push_back(std::async(std::launch::async, [backend = b.get()] { return backend->list(); }));
    QList<Volume> out;
    QSet<QString> live;
    QHash<const VolumeBackend *, QString> unreachable; // backend -> why (encoded)
    for (size_t i = 0; i < lists.size(); ++i) {
        auto list = lists[i].get();
        if (!list) {
            // A file backend's failure is the home's: that stops the listing.
            if (m_backends[i]->scheme() == QLatin1String("file"))
                return fail(list);
            const QString why = m_backends[i]->unreachableReason();
            unreachable.insert(m_backends[i].get(), why.isEmpty() ? list.what().encode() : why);
            qCDebug(lcEngine) << "cannot list" << m_backends[i]->describe() << list.error();
            continue;
        }
        for (const Volume &v : std::as_const(*list)) {
            live.insert(v.id);
            if (m_policy.sees(m_caller, v.project))
                out << v;
        }
    }
    auto known = m_catalog->knownVolumes();
    if (!known)
        return fail(known);
    for (const Volume &v : std::as_const(*known)) {
        if (live.contains(v.id) || !m_policy.sees(m_caller, v.project))
            continue;
        Volume seen = v;
        const VolumeBackend *b = backendFor(v.id);
        if (!b) {
            seen.status = VolumeStatus::Unreachable;
            seen.reason = deferTr("Engine", "Its Ceph cluster is not configured here (see --ceph-conf and "
                                            "clusters.json in the home).")
                              .encode();
        } else if (unreachable.contains(b)) {
            seen.status = VolumeStatus::Unreachable;
            seen.reason = unreachable.value(b);
        }
        out << seen;
    }
    return out;
}

Result<Volume> Engine::resolveVolume(const QString &input)
{
    auto v = findVolume(input);
    if (!v)
        return v;
    if (VolumeBackend *b = backendFor(v->id)) {
        if (auto r = b->checkPaths(v->id); !r)
            return fail(r);
    }
    return v;
}

Result<Volume> Engine::findVolume(const QString &input)
{
    if (input.trimmed().isEmpty())
        return fail(deferTr("Engine", "No volume given."));
    if (input.contains(u':')) {
        if (VolumeBackend *b = backendFor(input)) {
            if (auto v = b->volume(input); v && m_policy.sees(m_caller, v->project))
                return v;
        }
    }
    auto all = volumes();
    if (!all)
        return fail(all);
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
        if (!isGone(v.status))
            liveMatches << v;
    }
    if (liveMatches.size() == 1)
        return liveMatches.first();
    if (liveMatches.size() > 1 || matches.size() > 1) {
        QStringList ids;
        for (const Volume &v : std::as_const(liveMatches.isEmpty() ? matches : liveMatches))
            ids << v.id;
        return fail(deferTr("Engine", "The volume name \"%1\" is ambiguous; use one of these ids: %2")
                        .arg(input, ids.join(QLatin1String(", "))));
    }
    if (matches.size() == 1)
        return matches.first();
    return fail(deferTr("Engine", "There is no volume \"%1\".").arg(input));
}

Result<Volume> Engine::createVolume(const CreateVolumeParams &params)
{
    CreateVolumeParams p = params;
    if (p.project.isEmpty())
        p.project = QLatin1String(DefaultProject);
    VolumeBackend *backend = nullptr;
    for (const auto &b : m_backends) {
        if (p.type.isEmpty() ? b->scheme() == QLatin1String("file") : b->hasType(p.type)) {
            backend = b.get();
            break;
        }
    }
    if (!backend)
        return fail(deferTr("Engine", "There is no volume type \"%1\".").arg(p.type));
    if (auto r = validate::projectName(p.project); !r)
        return fail(r);
    if (auto r = require(Action::ManageVolumes, p.project, QStringLiteral("volume.create"), p.name); !r)
        return fail(r);
    auto v = backend->create(p);
    if (!v)
        return v;
    (void)m_catalog->ensureProject(v->project);
    (void)m_catalog->upsertVolume(*v);
    record(QStringLiteral("volume.create"), v->id, v->project, validate::formatSize(v->size));
    return v;
}

Result<void> Engine::deleteVolume(const QString &idOrName)
{
    auto v = resolveVolume(idOrName);
    if (!v)
        return fail(v);
    if (v->status == VolumeStatus::Missing)
        return fail(deferTr("Engine", "The volume \"%1\" no longer exists.").arg(v->name));
    if (auto r = require(Action::ManageVolumes, v->project, QStringLiteral("volume.delete"), v->id); !r)
        return r;
    VolumeBackend *backend = backendFor(v->id);
    if (!backend)
        return fail(deferTr("Engine", "No backend serves the volume %1.").arg(v->id));
    if (auto r = backend->remove(v->id); !r)
        return r;
    record(QStringLiteral("volume.delete"), v->id, v->project, QString());
    return {};
}

Result<QList<Backup>> Engine::backups(const QString &volumeId, const QString &project)
{
    return backups(BackupQuery{volumeId, project, QString()});
}

Result<QList<Backup>> Engine::backups(const BackupQuery &query)
{
    if (!query.project.isEmpty() && !m_policy.sees(m_caller, query.project))
        return QList<Backup>{};
    BackupFilter f;
    f.volumeId = query.volumeId;
    f.project = query.project;
    f.status = query.status;
    auto all = m_catalog->backups(f);
    if (!all)
        return all;
    holdYoungBackups(*all);
    if (m_policy.seesAll(m_caller))
        return all;
    QList<Backup> out;
    for (const Backup &b : std::as_const(*all)) {
        if (m_policy.sees(m_caller, b.project))
            out << b;
    }
    return out;
}

Result<void> Engine::forEachBackup(const BackupQuery &query, const std::function<bool(const Backup &)> &visit)
{
    if (!query.project.isEmpty() && !m_policy.sees(m_caller, query.project))
        return {};
    BackupFilter f;
    f.volumeId = query.volumeId;
    f.project = query.project;
    f.status = query.status;
    const auto hold = youngBackupHolder();
    const bool all = m_policy.seesAll(m_caller);
    return m_catalog->forEachBackup(f, [&](Backup &&b) {
        if (!all && !m_policy.sees(m_caller, b.project))
            return true;
        hold(b);
        return visit(b);
    });
}

Result<Backup> Engine::backup(const QString &idOrPrefix)
{
    auto id = m_catalog->resolveBackupId(idOrPrefix);
    if (!id)
        return fail(id);
    auto b = m_catalog->backup(*id);
    // Another project's backup is, to this caller, no backup at all.
    if (b && !m_policy.sees(m_caller, b->project))
        return fail(deferTr("Engine", "There is no backup \"%1\".").arg(idOrPrefix));
    if (b) {
        QList<Backup> one{*b};
        holdYoungBackups(one);
        return one.first();
    }
    return b;
}

Result<void> Engine::saveRecord(const Backup &b)
{
    if (auto r = m_catalog->updateBackup(b); !r)
        return r;
    if (m_repository->hasIndex(b.id))
        return m_repository->writeRecord(b);
    return {};
}

Result<QList<Backup>> Engine::resolveBackups(const QStringList &ids)
{
    QList<Backup> resolved;
    QSet<QString> seen;
    for (const QString &id : ids) {
        auto r = backup(id);
        if (!r)
            return fail(r);
        if (!seen.contains(r->id)) {
            seen.insert(r->id);
            resolved << *r;
        }
    }
    if (resolved.isEmpty())
        return fail(deferTr("Engine", "No backup selected."));
    return resolved;
}

static QStringList idsOf(const QList<Backup> &backups)
{
    QStringList ids;
    ids.reserve(backups.size());
    for (const Backup &b : backups)
        ids << b.id;
    return ids;
}

Result<QStringList> Engine::deletionPlan(const QStringList &ids)
{
    auto resolved = resolveBackups(ids);
    if (!resolved)
        return fail(resolved);
    auto all = m_catalog->backups();
    if (!all)
        return fail(all);
    holdYoungBackups(*all);
    return rules::deletionOrder(idsOf(*resolved), *all);
}

Result<QStringList> Engine::deleteBackups(const QStringList &ids, JobControl &control)
{
    auto backups = resolveBackups(ids);
    if (!backups)
        return fail(backups);
    for (const Backup &b : std::as_const(*backups)) {
        if (auto r = require(Action::Delete, b.project, QStringLiteral("backup.delete"), b.id); !r)
            return fail(r);
    }
    const QStringList resolved = idsOf(*backups);
    JobScope job(*this, JobKind::Delete, resolved.size() == 1 ? resolved.first() : QString(), QString(),
                 &control);
    QList<Backup> records; // in deletion order
    // Check R7 and mark the selection "deleting" under one write lock.
    auto marked = m_catalog->transaction([&]() -> Result<void> {
        auto all = m_catalog->backups();
        if (!all)
            return fail(all);
        holdYoungBackups(*all);
        auto order = rules::deletionOrder(resolved, *all);
        if (!order)
            return fail(order);
        for (const QString &id : std::as_const(*order)) {
            auto restoring = m_catalog->runningJobs(JobKind::Restore, id);
            if (!restoring)
                return fail(restoring);
            if (*restoring > 0)
                return fail(deferTr("Engine", "The backup %1 is being restored; delete it when the "
                                              "restore has finished.")
                                .arg(id));
        }
        QHash<QString, const Backup *> byId;
        for (const Backup &b : std::as_const(*all))
            byId.insert(b.id, &b);
        for (const QString &id : std::as_const(*order))
            records << *byId.value(id);
        return m_catalog->markDeleting(*order, job.id());
    });
    if (!marked)
        return job.done(Result<QStringList>(fail(marked)), control);
    job.log(JobLogLevel::Info,
            deferTr("Engine", "Deleting %n backup(s), leaf first.", nullptr, int(records.size())));

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
        if (auto r = m_repository->removeBackup(b.id); !r) {
            restoreRest();
            return job.done(Result<QStringList>(fail(r)), control);
        }
        if (VolumeBackend *backend = backendFor(b.volumeId))
            backend->cleanupBackup(b.volumeId, b.id);
        (void)m_catalog->deleteBackupRow(b.id);
        record(QStringLiteral("backup.delete"), b.id, b.project, b.name);
        deleted << b.id;
        if (control.progress)
            control.progress(deleted.size(), records.size());
    }
    if (deleted.size() < records.size()) {
        restoreRest();
        return job.done(
            Result<QStringList>(fail(deferTr("Engine", "Cancelled after deleting %1 of %n backup(s).",
                                             nullptr, int(records.size()))
                                         .arg(deleted.size()))),
            control);
    }
    return job.done(Result<QStringList>(deleted), control);
}

Result<GcStats> Engine::gc(JobControl &control)
{
    if (auto r =
            requireEverywhere(Action::ManageRepository, QStringLiteral("repo.gc"), m_repository->location());
        !r)
        return fail(r);
    JobScope job(*this, JobKind::Gc, QString(), QString(), &control);
    auto r = m_repository->gc(&control.cancel, control.progress);
    if (r) {
        record(QStringLiteral("repo.gc"), m_repository->location(), QString(),
               QStringLiteral("removed=%1 freed=%2").arg(r->chunksRemoved).arg(r->bytesFreed));
        job.log(JobLogLevel::Info,
                deferTr("Engine", "Removed %n unused chunk(s), %1 freed.", nullptr, int(r->chunksRemoved))
                    .arg(validate::formatSize(r->bytesFreed)));
    }
    return job.done(std::move(r), control);
}

Result<int> Engine::rebuildCatalog()
{
    if (auto r = requireEverywhere(Action::ManageRepository, QStringLiteral("repo.rebuild-catalog"),
                                   m_repository->location());
        !r)
        return fail(r);
    int changed = 0;
    const QStringList ids = m_repository->indexIds();
    QSet<QString> inRepo(ids.cbegin(), ids.cend());
    auto r = m_catalog->transaction([&]() -> Result<void> {
        for (const QString &id : ids) {
            auto rec = m_repository->readRecord(id);
            if (!rec)
                return fail(rec);
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
            if (existing && existing->status == BackupStatus::Creating)
                continue; // a backup still running: its own job settles it
            if (existing && existing->status == BackupStatus::Damaged) {
                b.status = existing->status; // damage stays known until verify finds it whole
                b.error = existing->error;
            }
            if (existing) {
                if (existing->status == b.status && existing->name == b.name &&
                    existing->description == b.description && existing->tags == b.tags &&
                    existing->protectedBackup == b.protectedBackup)
                    continue;
                if (auto u = m_catalog->updateBackup(b); !u)
                    return u;
            } else if (auto u = m_catalog->insertBackup(b); !u) {
                return u;
            }
            if (auto u = m_catalog->setTags(b.id, b.tags); !u)
                return u;
            if (b.protectedBackup) {
                if (auto u = m_catalog->setBackupProtected(b.id, true); !u)
                    return u;
            }
            ++changed;
        }
        // Rows that claim data the repository does not have.
        auto rows = m_catalog->backups();
        if (!rows)
            return fail(rows);
        for (const Backup &b : std::as_const(*rows)) {
            if (b.status == BackupStatus::Available && !inRepo.contains(b.id)) {
                if (auto u = m_catalog->setBackupStatus(
                        b.id, BackupStatus::Damaged,
                        QCoreApplication::translate("Engine", "The index is missing from the repository."));
                    !u)
                    return u;
                ++changed;
            }
        }
        return {};
    });
    if (!r)
        return fail(r);
    record(QStringLiteral("repo.rebuild-catalog"), m_repository->location(), QString(),
           QString::number(changed));
    return changed;
}

Result<Backup> Engine::editBackup(const QString &id, const std::optional<QString> &name,
                                  const std::optional<QString> &description)
{
    auto b = backup(id);
    if (!b)
        return b;
    if (auto r = require(Action::Edit, b->project, QStringLiteral("backup.edit"), b->id); !r)
        return fail(r);
    if (name) {
        if (auto r = validate::backupName(*name); !r)
            return fail(r);
        b->name = *name;
    }
    if (description) {
        if (auto r = validate::description(*description); !r)
            return fail(r);
        b->description = *description;
    }
    if (auto r = saveRecord(*b); !r)
        return fail(r);
    record(QStringLiteral("backup.edit"), b->id, b->project, b->name);
    return b;
}

Result<Backup> Engine::setTags(const QString &id, const QStringList &tags)
{
    auto b = backup(id);
    if (!b)
        return b;
    if (auto r = require(Action::EditTags, b->project, QStringLiteral("backup.tags"), b->id); !r)
        return fail(r);
    QStringList clean;
    for (const QString &t : tags) {
        if (auto r = validate::tag(t); !r)
            return fail(r);
        if (!clean.contains(t))
            clean << t;
    }
    std::sort(clean.begin(), clean.end());
    auto r = m_catalog->transaction([&] { return m_catalog->setTags(b->id, clean); });
    if (!r)
        return fail(r);
    b->tags = clean;
    if (m_repository->hasIndex(b->id))
        (void)m_repository->writeRecord(*b);
    record(QStringLiteral("backup.tags"), b->id, b->project, clean.join(u','));
    return b;
}

Result<Backup> Engine::editTags(const QString &id, const QStringList &add, const QStringList &remove)
{
    auto b = backup(id);
    if (!b)
        return b;
    if (auto r = require(Action::EditTags, b->project, QStringLiteral("backup.tags"), b->id); !r)
        return fail(r);
    QStringList tags = b->tags;
    for (const QString &t : remove) {
        if (!tags.contains(t))
            return fail(deferTr("Engine", "The backup has no tag \"%1\".").arg(t));
        tags.removeAll(t);
    }
    tags << add;
    return setTags(b->id, tags);
}

void Engine::logJob(const QString &jobId, JobLogLevel level, const Message &text)
{
    if (auto r = m_catalog->appendJobLog(jobId, level, text.encode()); !r)
        qCWarning(lcEngine) << "Cannot write the log of job" << jobId << ":" << r.error();
}

void Engine::recordVerified(const QStringList &ids, const QString &result)
{
    if (auto r = m_catalog->setVerified(ids, QDateTime::currentDateTimeUtc(), result); !r)
        qCWarning(lcEngine) << "Cannot record the verify of" << ids.size() << "backup(s):" << r.error();
}

bool Engine::seesJob(const JobRecord &job)
{
    if (m_policy.seesAll(m_caller))
        return true;
    if (!job.backupId.isEmpty()) {
        if (auto b = m_catalog->backup(job.backupId))
            return m_policy.sees(m_caller, b->project);
    }
    if (!job.volumeId.isEmpty()) {
        if (auto v = findVolume(job.volumeId))
            return v->id == job.volumeId;
    }
    return false;
}

Result<JobRecord> Engine::job(const QString &idOrPrefix)
{
    auto id = m_catalog->resolveJobId(idOrPrefix);
    if (!id)
        return fail(id);
    auto j = m_catalog->job(*id);
    // Another project's job is, to this caller, no job at all.
    if (j && !seesJob(*j))
        return fail(deferTr("Engine", "There is no job \"%1\".").arg(idOrPrefix));
    return j;
}

Result<QList<JobLogEntry>> Engine::jobLog(const QString &jobIdOrPrefix)
{
    auto j = job(jobIdOrPrefix);
    if (!j)
        return fail(j);
    return m_catalog->jobLog(j->id);
}

} // namespace cb
