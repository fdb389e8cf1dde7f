#include "Session.h"

#include "Demo.h"
#include "catalog/Catalog.h"
#include "engine/Job.h"
#include "models/BackupModel.h"
#include "models/JobModel.h"
#include "models/VolumeModel.h"
#include "util/Validate.h"
#include "volumes/VolumeBackend.h"

#include <QDir>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace cb::ui {

namespace {

// One listing of the live volumes: those of the scope, and every volume's project.
struct ScopedVolumes
{
    QList<Volume> inScope;
    QStringList projects;
};

// Runs fn (returning Result<T>) on the loader pool and hands the value to
// done(ok, error, value) on the GUI thread.
template<typename T, typename Fn, typename Done>
void fetch(Session *session, QObject *context, Fn fn, Done done)
{
    auto box = std::make_shared<std::optional<T>>();
    session->runTask(
        [box, fn](JobControl &) -> Result<QString> {
            Result<T> r = fn();
            if (!r)
                return fail(r.error());
            *box = std::move(*r);
            return QString();
        },
        context, [box, done](bool ok, const QString &message) { done(ok, message, *box); });
}

} // namespace

Session::Session(std::shared_ptr<Engine> engine, QObject *parent)
    : QObject(parent), m_engine(std::move(engine)), m_backups(new BackupModel(this)),
      m_volumes(new VolumeModel(this)), m_jobs(new JobModel(this)),
      m_jobPool(std::make_unique<QThreadPool>()), m_loadPool(std::make_unique<QThreadPool>()),
      m_pollTimer(new QTimer(this)), m_volumeTimer(new QTimer(this)),
      m_permissions(Permissions::of(*m_engine))
{
    m_volumes->setBackupModel(m_backups);
    m_jobPool->setMaxThreadCount(8);
    m_loadPool->setMaxThreadCount(2);
    m_pollTimer->setInterval(1000);
    connect(m_pollTimer, &QTimer::timeout, this, &Session::poll);
    // Volumes change outside the console too (a VM attaches one): keep their status fresh.
    m_volumeTimer->setInterval(5000);
    connect(m_volumeTimer, &QTimer::timeout, this, &Session::refreshVolumes);
    // Other consoles and the command line change the catalog too.
    connect(m_volumeTimer, &QTimer::timeout, this, &Session::checkCatalog);
    m_volumeTimer->start();
}

Session::~Session()
{
    m_pollTimer->stop();
    m_volumeTimer->stop();
    // Jobs and loads cancel and wait before the engine goes.
    delete m_jobs;
    m_jobs = nullptr;
    const auto children = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(children);
    m_jobPool->waitForDone();
    m_loadPool->waitForDone();
}

void Session::runTask(std::function<Result<QString>(JobControl &)> work, QObject *context,
                      std::function<void(bool ok, const QString &message)> done)
{
    auto engine = m_engine; // keeps the engine alive while the work runs
    auto *job = new Job(
        JobKind::Verify, QString(), [engine, work = std::move(work)](JobControl &c) { return work(c); },
        this);
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    connect(job, &Job::finished, this, [job, ctx, hasContext, done = std::move(done)] {
        if (!hasContext || ctx)
            done(job->status() == JobStatus::Done, job->message());
        job->deleteLater();
    });
    job->start(m_loadPool.get());
}

void Session::beginLoad()
{
    if (m_loads++ == 0)
        Q_EMIT loadingChanged(true);
}

void Session::endLoad()
{
    if (--m_loads == 0)
        Q_EMIT loadingChanged(false);
}

void Session::setPermissions(const Permissions &permissions)
{
    m_permissions = permissions;
    Q_EMIT permissionsChanged();
}

void Session::setProject(const QString &project)
{
    if (project == m_project)
        return;
    m_project = project;
    ++m_scopeGeneration;
    Q_EMIT projectChanged();
    refresh();
}

void Session::refreshProjects()
{
    if (m_projectsLoading)
        return;
    m_projectsLoading = true;
    auto engine = m_engine;
    // The catalog's projects only: the live volumes' come with the volume
    // list (refreshVolumes), so a pool of 10,000 images is listed once, not twice.
    fetch<QStringList>(
        this, this, [engine]() -> Result<QStringList> { return engine->projects(); },
        [this](bool ok, const QString &error, const std::optional<QStringList> &list) {
            m_projectsLoading = false;
            if (!ok) {
                Q_EMIT loadFailed(error);
                return;
            }
            m_catalogProjects = *list;
            mergeProjects();
        });
}

// A live volume's project may not be in the catalog yet (no backup so far).
void Session::mergeProjects()
{
    QStringList merged = m_catalogProjects;
    for (const QString &p : std::as_const(m_volumeProjects)) {
        if (!merged.contains(p))
            merged << p;
    }
    merged.sort();
    if (merged != m_projects) {
        m_projects = merged;
        Q_EMIT projectsChanged();
    }
}

void Session::refresh()
{
    refreshProjects();
    refreshVolumes();
    refreshBackups();
}

void Session::refreshVolumes()
{
    if (m_volumesLoading) {
        m_volumesStale = true; // what is being read may be older than the change just made
        return;
    }
    m_volumesLoading = true;
    m_volumesStale = false;
    beginLoad();
    auto engine = m_engine;
    const QString project = m_project;
    const quint64 scope = m_scopeGeneration;
    fetch<ScopedVolumes>(
        this, this,
        [engine, project]() -> Result<ScopedVolumes> {
            auto all = engine->volumes();
            if (!all)
                return fail(all);
            ScopedVolumes got;
            for (const Volume &v : std::as_const(*all)) {
                if (!v.project.isEmpty() && !got.projects.contains(v.project))
                    got.projects << v.project;
                if (project.isEmpty() || v.project == project)
                    got.inScope << v;
            }
            return got;
        },
        [this, scope](bool ok, const QString &error, const std::optional<ScopedVolumes> &got) {
            m_volumesLoading = false;
            endLoad();
            if (ok) {
                m_volumeProjects = got->projects;
                mergeProjects();
            }
            if (scope != m_scopeGeneration) {
                refreshVolumes(); // read under another scope
                return;
            }
            if (ok)
                m_volumes->setVolumes(got->inScope);
            else
                Q_EMIT loadFailed(error);
            if (m_volumesStale)
                refreshVolumes();
        });
}

void Session::checkCatalog()
{
    if (m_stampLoading)
        return;
    m_stampLoading = true;
    auto engine = m_engine;
    fetch<qint64>(
        this, this, [engine]() -> Result<qint64> { return engine->changeStamp(); },
        [this](bool ok, const QString &, const std::optional<qint64> &stamp) {
            m_stampLoading = false;
            if (!ok || !stamp || *stamp == m_catalogStamp)
                return;
            const bool first = m_catalogStamp < 0;
            m_catalogStamp = *stamp;
            if (!first) {
                refreshBackups();
                Q_EMIT catalogChanged();
            }
        });
}

void Session::refreshBackups(const QString &volumeId)
{
    auto engine = m_engine;
    const QString project = m_project;
    const quint64 scope = m_scopeGeneration;
    beginLoad();
    if (volumeId.isEmpty()) {
        const quint64 generation = ++m_fullLoadGeneration;
        checkCatalog(); // what this load shows is at least this new
        fetch<QList<Backup>>(
            this, this, [engine, project] { return engine->backups(QString(), project); },
            [this, generation](bool ok, const QString &error, std::optional<QList<Backup>> list) {
                endLoad();
                if (!ok) {
                    Q_EMIT loadFailed(error);
                    return;
                }
                if (generation == m_fullLoadGeneration)
                    m_backups->setBackups(std::move(*list));
            });
        return;
    }
    m_volumeLoads.insert(volumeId);
    fetch<QList<Backup>>(
        this, this, [engine, volumeId, project] { return engine->backups(volumeId, project); },
        [this, volumeId, scope](bool ok, const QString &error, const std::optional<QList<Backup>> &list) {
            endLoad();
            m_volumeLoads.remove(volumeId);
            if (scope != m_scopeGeneration)
                return; // the full load of the new scope covers this volume
            if (!ok) {
                Q_EMIT loadFailed(error);
                return;
            }
            m_backups->mergeVolume(volumeId, *list);
        });
}

void Session::poll()
{
    // Re-read the watched volumes only when the catalog changed since the last poll.
    if (m_pollLoading)
        return;
    m_pollLoading = true;
    auto engine = m_engine;
    fetch<qint64>(
        this, this, [engine]() -> Result<qint64> { return engine->changeStamp(); },
        [this](bool ok, const QString &, const std::optional<qint64> &stamp) {
            m_pollLoading = false;
            if (ok && stamp && *stamp == m_pollStamp)
                return;
            if (ok && stamp)
                m_pollStamp = *stamp;
            for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
                if (!m_volumeLoads.contains(it.key()))
                    refreshBackups(it.key());
            }
        });
}

Job *Session::startJob(Job *job, const QStringList &volumeIds, std::function<QString()> title,
                       std::function<QString()> doneMessage)
{
    for (const QString &v : volumeIds)
        ++m_watched[v];
    if (!m_watched.isEmpty())
        m_pollTimer->start();
    connect(job, &Job::finished, this, [this, job, volumeIds] {
        for (const QString &v : volumeIds) {
            if (--m_watched[v] <= 0)
                m_watched.remove(v);
            refreshBackups(v);
        }
        if (m_watched.isEmpty())
            m_pollTimer->stop();
        refreshVolumes();
        refreshProjects(); // a restore or the demo may add a volume in a new project
        Q_EMIT jobFinished(job);
    });
    m_jobs->add(job, std::move(title), std::move(doneMessage));
    job->start(m_jobPool.get());
    Q_EMIT jobStarted(job);
    // Show the new "creating" row or the "deleting" status at once.
    QTimer::singleShot(300, this, &Session::poll);
    return job;
}

Job *Session::createBackup(const BackupParams &params, const QString &volumeName)
{
    auto engine = m_engine;
    const bool incremental = params.incremental;
    auto title = [incremental, volumeName] {
        return incremental ? tr("Incremental backup of %1").arg(volumeName)
                           : tr("Full backup of %1").arg(volumeName);
    };
    // Written by the job's thread before it finishes; read only once it is done.
    auto made = std::make_shared<Backup>();
    auto message = [made] {
        return tr("Backup \"%1\" created: read %2, stored %3.")
            .arg(made->name, validate::formatSize(made->readBytes), validate::formatSize(made->storedBytes));
    };
    auto *job =
        new Job(JobKind::Backup, title(), [engine, params, made, message](JobControl &c) -> Result<QString> {
            auto r = engine->createBackup(params, c);
            if (!r)
                return fail(r);
            *made = *r;
            return message();
        });
    job->setProperty("volumeId", params.volume);
    return startJob(job, {params.volume}, title, message);
}

Job *Session::restore(const RestoreParams &params, const QString &backupName, const QString &volumeId)
{
    auto engine = m_engine;
    const QString newName = params.newVolumeName;
    auto title = [backupName, newName] {
        return newName.isEmpty() ? tr("Restore %1 over an existing volume").arg(backupName)
                                 : tr("Restore %1 to new volume %2").arg(backupName, newName);
    };
    auto restored = std::make_shared<Volume>();
    auto message = [restored] {
        return tr("Restored to volume \"%1\" (%2).")
            .arg(restored->name, validate::formatSize(restored->size));
    };
    auto *job = new Job(JobKind::Restore, title(),
                        [engine, params, restored, message](JobControl &c) -> Result<QString> {
                            auto r = engine->restore(params, c);
                            if (!r)
                                return fail(r);
                            *restored = *r;
                            return message();
                        });
    QStringList watch{volumeId};
    if (!params.targetVolume.isEmpty())
        watch << params.targetVolume;
    return startJob(job, watch, title, message);
}

Job *Session::deleteBackups(const QStringList &ids)
{
    auto engine = m_engine;
    QStringList volumes;
    QString name;
    for (const QString &id : ids) {
        if (const Backup *b = m_backups->find(id)) {
            if (!volumes.contains(b->volumeId))
                volumes << b->volumeId;
            name = b->name;
        }
    }
    const int count = int(ids.size());
    auto title = [count, name] {
        return count == 1 ? tr("Delete backup %1").arg(name) : tr("Delete %Ln backup(s)", nullptr, count);
    };
    auto deleted = std::make_shared<int>(0);
    auto message = [deleted] { return tr("Deleted %Ln backup(s).", nullptr, *deleted); };
    auto *job =
        new Job(JobKind::Delete, title(), [engine, ids, deleted, message](JobControl &c) -> Result<QString> {
            auto r = engine->deleteBackups(ids, c);
            if (!r)
                return fail(r);
            *deleted = int(r->size());
            return message();
        });
    return startJob(job, volumes, title, message);
}

Job *Session::verifyBackups(const QStringList &ids)
{
    auto engine = m_engine;
    QStringList volumes;
    QString name;
    for (const QString &id : ids) {
        if (const Backup *b = m_backups->find(id)) {
            if (!volumes.contains(b->volumeId))
                volumes << b->volumeId;
            name = b->name;
        }
    }
    const int count = int(ids.size());
    auto title = [count, name] {
        return count == 1 ? tr("Verify backup %1").arg(name) : tr("Verify %Ln backup(s)", nullptr, count);
    };
    auto checked = std::make_shared<VerifyStats>();
    auto message = [checked, count] {
        return tr("%Ln backup(s) intact: %1 checked.", nullptr, count)
            .arg(validate::formatSize(checked->bytesChecked));
    };
    auto *job =
        new Job(JobKind::Verify, title(), [engine, ids, checked, message](JobControl &c) -> Result<QString> {
            QList<Error> failures;
            for (qsizetype i = 0; i < ids.size() && !c.cancel; ++i) {
                auto r = engine->verifyBackup(ids.at(i), c);
                if (!r)
                    failures << r.failure();
                else
                    checked->bytesChecked += r->bytesChecked;
            }
            if (failures.size() == 1)
                return failures.first();
            if (!failures.isEmpty())
                return fail(deferTr("cb::ui::Session", "%n backup(s) failed verification; see the jobs page.",
                                    nullptr, int(failures.size())));
            if (c.cancel)
                return fail(deferTr("cb::ui::Session", "Cancelled."));
            return message();
        });
    return startJob(job, volumes, title, message);
}

Job *Session::verifyRepository()
{
    auto engine = m_engine;
    auto title = [] { return tr("Verify the repository"); };
    auto checked = std::make_shared<VerifyStats>();
    auto message = [checked] {
        return tr("Repository verified: %1 checked, %Ln problem(s).", nullptr, int(checked->problems.size()))
            .arg(validate::formatSize(checked->bytesChecked));
    };
    auto *job =
        new Job(JobKind::Verify, title(), [engine, checked, message](JobControl &c) -> Result<QString> {
            auto r = engine->verifyRepository(c);
            if (!r)
                return fail(r);
            *checked = *r;
            if (!r->problems.isEmpty())
                return fail(deferTr("cb::ui::Session", "The repository has %n problem(s); the first: %1",
                                    nullptr, int(r->problems.size()))
                                .arg(r->problems.first()));
            return message();
        });
    connect(job, &Job::finished, this, [this] { refreshBackups(); });
    return startJob(job, {}, title, message);
}

Job *Session::createDemoData()
{
    auto engine = m_engine;
    auto title = [] { return tr("Create demo data"); };
    auto *job =
        new Job(JobKind::Backup, title(), [engine](JobControl &c) { return demo::create(*engine, c); });
    job->setProperty("cb_units", QStringLiteral("steps"));
    connect(job, &Job::progressChanged, this, [this] {
        // New volumes and backups appear while the demo is being built.
        if (!m_volumesLoading)
            refreshVolumes();
        if (m_loads == 0)
            refreshBackups();
    });
    connect(job, &Job::finished, this, [this] { refreshBackups(); });
    return startJob(job, {}, title);
}

Job *Session::runBackupPolicy(const QString &name)
{
    auto engine = m_engine;
    auto title = [name] { return tr("Run policy %1").arg(name); };
    auto report = std::make_shared<PolicyRunReport>();
    auto message = [report]() -> QString {
        return tr("Created %Ln backup(s), ", nullptr, int(report->created.size())) +
               tr("%Ln failed, ", nullptr, int(report->failed.size())) +
               tr("pruned %Ln.", nullptr, int(report->pruned.size()));
    };
    auto *job =
        new Job(JobKind::Backup, title(), [engine, name, report, message](JobControl &c) -> Result<QString> {
            auto r = engine->runBackupPolicy(name, c);
            if (!r)
                return fail(r.error());
            *report = *r;
            // A volume's failure or a failed prune fails the job, naming the first reason.
            if (!r->failed.isEmpty())
                return fail(
                    message() + u' ' +
                    tr("%1: %2").arg(r->failed.first().first, Message::display(r->failed.first().second)));
            if (!r->pruneError.isEmpty())
                return fail(message() + u' ' + Message::display(r->pruneError));
            return message();
        });
    // Its backups land on any volume it covers: read them all when it ends.
    connect(job, &Job::finished, this, [this] { refreshBackups(); });
    return startJob(job, {}, title, message);
}

void Session::editBackup(const QString &id, const QString &name, const QString &description, QObject *context,
                         Done done)
{
    auto engine = m_engine;
    fetch<Backup>(
        this, this, [engine, id, name, description] { return engine->editBackup(id, name, description); },
        [this, ctx = QPointer<QObject>(context), done](bool ok, const QString &error,
                                                       const std::optional<Backup> &b) {
            if (ok)
                m_backups->upsert(*b);
            if (ctx)
                done(ok ? QString() : error);
        });
}

void Session::setTags(const QString &id, const QStringList &tags, QObject *context, Done done)
{
    auto engine = m_engine;
    fetch<Backup>(
        this, this, [engine, id, tags] { return engine->setTags(id, tags); },
        [this, ctx = QPointer<QObject>(context), done](bool ok, const QString &error,
                                                       const std::optional<Backup> &b) {
            if (ok)
                m_backups->upsert(*b);
            if (ctx)
                done(ok ? QString() : error);
        });
}

void Session::createVolume(const CreateVolumeParams &params, QObject *context,
                           std::function<void(const QString &error, const QString &volumeId)> done)
{
    auto engine = m_engine;
    fetch<Volume>(
        this, this, [engine, params] { return engine->createVolume(params); },
        [this, ctx = QPointer<QObject>(context), done](bool ok, const QString &error,
                                                       const std::optional<Volume> &v) {
            refreshVolumes();
            refreshProjects();
            if (ctx)
                done(ok ? QString() : error, ok && v ? v->id : QString());
        });
}

void Session::deleteVolume(const QString &volumeId, QObject *context, Done done)
{
    auto engine = m_engine;
    runTask(
        [engine, volumeId](JobControl &) -> Result<QString> {
            if (auto r = engine->deleteVolume(volumeId); !r)
                return fail(r.error());
            return QString();
        },
        this,
        [this, ctx = QPointer<QObject>(context), done](bool ok, const QString &error) {
            refreshVolumes();
            refreshBackups(); // its backups stay, now of a deleted volume
            if (ctx)
                done(ok ? QString() : error);
        });
}

void Session::auditLog(const AuditFilter &filter, QObject *context,
                       std::function<void(const QString &error, const QList<AuditEntry> &entries)> done)
{
    auto engine = m_engine;
    fetch<QList<AuditEntry>>(
        this, context, [engine, filter] { return engine->auditLog(filter); },
        [done](bool ok, const QString &error, const std::optional<QList<AuditEntry>> &entries) {
            done(ok ? QString() : error, ok && entries ? *entries : QList<AuditEntry>());
        });
}

QString Session::connectionText() const
{
    QStringList kinds;
    for (VolumeBackend *b : m_engine->backends())
        kinds << (b->scheme() == QLatin1String("rbd") ? tr("Ceph RBD") : tr("image files"));
    kinds.removeDuplicates(); // one Ceph RBD backend per cluster
    const QString driver = m_engine->info().catalogDriver;
    const QString catalog =
        driver.contains(QLatin1String("PSQL"), Qt::CaseInsensitive) ? tr("PostgreSQL") : tr("SQLite");
    return tr("Home %1 · %2 catalog · volumes: %3")
        .arg(QDir::toNativeSeparators(m_engine->config().home), catalog, kinds.join(QLatin1String(", ")));
}

QString Session::connectionDetails() const
{
    QStringList lines{tr("Home: %1").arg(QDir::toNativeSeparators(m_engine->config().home)),
                      tr("Catalog: %1").arg(m_engine->info().catalog),
                      tr("Repository: %1").arg(QDir::toNativeSeparators(m_engine->config().repositoryPath))};
    for (VolumeBackend *b : m_engine->backends())
        lines << tr("Volumes: %1").arg(b->describe());
    return lines.join(u'\n');
}

QString Session::scopeText() const
{
    const Caller &caller = m_permissions.caller();
    const QString scope = !m_project.isEmpty()      ? tr("project %1").arg(m_project)
                          : m_permissions.seesAll() ? tr("all projects")
                                                    : tr("all my projects");
    return tr("User %1 · %2 · %3").arg(caller.account, roleText(caller.role), scope);
}

} // namespace cb::ui
