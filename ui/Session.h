#pragma once

#include "Permissions.h"
#include "engine/Engine.h"
#include "volumes/VolumeBackend.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

class QTimer;

namespace cb {
class Job;
}

namespace cb::ui {

class BackupModel;
class VolumeModel;
class JobModel;

// What the windows share: the engine, the models fed from it, and the jobs.
// Every engine call runs on a worker thread through cb::Job; results come
// back on the GUI thread. While a job runs, the backups of the volumes it
// touches are re-read every second and merged into the model row by row.
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(std::shared_ptr<Engine> engine, QObject *parent = nullptr);
    ~Session() override;

    Engine &engine() const { return *m_engine; }
    BackupModel *backupModel() const { return m_backups; }
    VolumeModel *volumeModel() const { return m_volumes; }
    JobModel *jobModel() const { return m_jobs; }

    // What the user may do, as the engine would answer (no I/O). Set another
    // caller's answers only to preview or test the console's enabling; the
    // engine keeps checking its own caller.
    const Permissions &permissions() const { return m_permissions; }
    void setPermissions(const Permissions &permissions);

    // The project scope of the lists: empty, every project the user sees;
    // else one project. Changing it reloads volumes and backups.
    QString project() const { return m_project; }
    void setProject(const QString &project);
    // The projects the user sees (of the catalog and of the live volumes).
    QStringList projects() const { return m_projects; }
    void refreshProjects();

    void refresh();
    void refreshVolumes();
    // Empty: every backup (merged into what is shown); otherwise one volume's.
    void refreshBackups(const QString &volumeId = {});
    bool isLoading() const { return m_loads > 0; }

    // Long operations, listed on the jobs page.
    Job *createBackup(const BackupParams &params, const QString &volumeName);
    Job *restore(const RestoreParams &params, const QString &backupName, const QString &volumeId);
    Job *deleteBackups(const QStringList &ids);
    // Verifies each backup in turn (one engine job each); a damaged one does
    // not stop the others, the job fails naming them.
    Job *verifyBackups(const QStringList &ids);
    Job *verifyRepository();
    Job *createDemoData();
    // One run of a backup policy now: its backups, then its prune.
    Job *runBackupPolicy(const QString &name);

    // Quick catalog changes, off the GUI thread too. `done` gets an empty
    // string on success, else the reason; it is not called once context is gone.
    using Done = std::function<void(const QString &error)>;
    void editBackup(const QString &id, const QString &name, const QString &description, QObject *context,
                    Done done);
    void setTags(const QString &id, const QStringList &tags, QObject *context, Done done);
    // Volumes (needs ManageVolumes): the volume list is read again after.
    void createVolume(const CreateVolumeParams &params, QObject *context,
                      std::function<void(const QString &error, const QString &volumeId)> done);
    void deleteVolume(const QString &volumeId, QObject *context, Done done);
    // The audit log (needs ViewAudit); done gets the entries or the reason.
    void auditLog(const AuditFilter &filter, QObject *context,
                  std::function<void(const QString &error, const QList<AuditEntry> &entries)> done);

    // Runs work on the loader pool; done runs on the GUI thread.
    void runTask(std::function<Result<QString>(JobControl &)> work, QObject *context,
                 std::function<void(bool ok, const QString &message)> done);

    // The home, the catalog and the volume backends: short for the status
    // bar, in full for its tooltip.
    QString connectionText() const;
    QString connectionDetails() const;
    QString scopeText() const;

Q_SIGNALS:
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);
    // The catalog's change stamp moved: another console, the command line or a job of this one.
    void catalogChanged();
    void jobStarted(cb::Job *job);
    void jobFinished(cb::Job *job);
    void permissionsChanged();
    void projectChanged();
    void projectsChanged();

private:
    // title and doneMessage are re-evaluated in the current language (JobModel::add).
    Job *startJob(Job *job, const QStringList &volumeIds, std::function<QString()> title = {},
                  std::function<QString()> doneMessage = {});
    void poll();
    void checkCatalog();
    void beginLoad();
    void endLoad();

    std::shared_ptr<Engine> m_engine;
    BackupModel *m_backups;
    VolumeModel *m_volumes;
    JobModel *m_jobs;
    std::unique_ptr<QThreadPool> m_jobPool;
    std::unique_ptr<QThreadPool> m_loadPool;
    QTimer *m_pollTimer;
    QTimer *m_volumeTimer;
    QHash<QString, int> m_watched; // volume id -> running jobs touching it
    QSet<QString> m_volumeLoads;   // per-volume loads in flight
    bool m_volumesLoading = false;
    bool m_volumesStale = false;
    int m_loads = 0;
    quint64 m_fullLoadGeneration = 0;
    qint64 m_catalogStamp = -1; // as last seen by checkCatalog()
    bool m_stampLoading = false;
    qint64 m_pollStamp = -1; // as last seen by poll()
    bool m_pollLoading = false;
    Permissions m_permissions;
    QString m_project;
    quint64 m_scopeGeneration = 0; // loads started under another scope are dropped
    QStringList m_projects;        // the catalog's and the live volumes', sorted
    QStringList m_catalogProjects; // as refreshProjects() last read them
    QStringList m_volumeProjects;  // of the live volumes, as refreshVolumes() last listed them
    bool m_projectsLoading = false;
    void mergeProjects();
};

} // namespace cb::ui
