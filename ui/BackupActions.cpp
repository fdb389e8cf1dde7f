#include "BackupActions.h"

#include "Icons.h"
#include "PolicyIcons.h"
#include "Session.h"
#include "dialogs/CreateBackupDialog.h"
#include "dialogs/DeleteBackupsDialog.h"
#include "dialogs/EditBackupDialog.h"
#include "dialogs/EditTagsDialog.h"
#include "dialogs/RestoreDialog.h"
#include "models/BackupModel.h"
#include "models/VolumeModel.h"

#include <QAction>
#include <QMenu>
#include <QToolBar>

namespace cb::ui {

BackupActions::BackupActions(Session *session, QWidget *dialogParent, QObject *parent)
    : QObject(parent), m_session(session), m_dialogParent(dialogParent), m_create(make("createBackupAction")),
      m_restore(make("restoreBackupAction")), m_edit(make("editBackupAction")),
      m_tags(make("editTagsAction")), m_remove(make("deleteBackupsAction")), m_chain(make("showChainAction")),
      m_refresh(make("refreshAction"))
{
    m_create->setIcon(Icons::get(Icons::CreateBackup));
    m_restore->setIcon(Icons::get(Icons::Restore));
    m_edit->setIcon(Icons::get(Icons::Edit));
    m_tags->setIcon(Icons::get(Icons::Tags));
    m_remove->setIcon(Icons::get(Icons::Delete));
    m_chain->setIcon(Icons::get(Icons::Chain));
    m_refresh->setIcon(Icons::get(Icons::Refresh));
    m_remove->setShortcut(QKeySequence::Delete);
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_edit->setShortcut(Qt::Key_F2);
    for (QAction *a : {m_remove, m_refresh, m_edit})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);

    connect(m_create, &QAction::triggered, this, [this] {
        QString volume = m_volume;
        if (volume.isEmpty() && m_selection.size() == 1) {
            if (const Backup *b = m_session->backupModel()->find(m_selection.first()))
                volume = b->volumeId;
        }
        openCreate(volume);
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            openRestore(m_selection.first());
    });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_selection.size() == 1)
            openEdit(m_selection.first());
    });
    connect(m_tags, &QAction::triggered, this, [this] {
        if (!m_selection.isEmpty())
            openTags(m_selection);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        if (!m_selection.isEmpty())
            openDelete(m_selection);
    });
    connect(m_chain, &QAction::triggered, this, [this] {
        if (m_selection.isEmpty())
            return;
        if (const Backup *b = m_session->backupModel()->find(m_selection.first()))
            Q_EMIT chainRequested(b->volumeId, b->id);
    });
    connect(m_refresh, &QAction::triggered, session, &Session::refresh);
    setUpProtection();
    connect(session->backupModel(), &BackupModel::backupsChanged, this, &BackupActions::updateState);
    connect(session->volumeModel(), &VolumeModel::volumesChanged, this, &BackupActions::updateState);
    connect(session, &Session::permissionsChanged, this, &BackupActions::updateState);
    retranslate();
}

QAction *BackupActions::make(const char *objectName)
{
    auto *a = new QAction(this);
    a->setObjectName(QLatin1String(objectName));
    return a;
}

void BackupActions::retranslate()
{
    m_create->setText(tr("Create Backup"));
    m_tips[m_create] = tr("Create a backup of a volume");
    m_restore->setText(tr("Restore"));
    m_tips[m_restore] = tr("Restore the selected backup to a new or an existing volume");
    m_edit->setText(tr("Edit"));
    m_tips[m_edit] = tr("Edit the name and description of the selected backup");
    m_tags->setText(tr("Edit Tags"));
    m_tips[m_tags] = tr("Edit the tags of the selected backups (added to or removed from each)");
    m_remove->setText(tr("Delete"));
    m_tips[m_remove] = tr("Delete the selected backups (leaf first)");
    m_chain->setText(tr("Backup Chain"));
    m_chain->setToolTip(tr("Show the backup chain of the selected backup's volume"));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Read volumes and backups again"));
    retranslateProtection();
    updateState();
}

void BackupActions::addTo(QToolBar *toolBar, bool withChain)
{
    toolBar->addAction(m_create);
    toolBar->addAction(m_restore);
    toolBar->addSeparator();
    toolBar->addAction(m_edit);
    toolBar->addAction(m_tags);
    toolBar->addAction(m_remove);
    if (withChain) {
        toolBar->addSeparator();
        toolBar->addAction(m_chain);
    }
}

void BackupActions::addTo(QMenu *menu, bool withChain)
{
    menu->addAction(m_restore);
    menu->addAction(m_edit);
    menu->addAction(m_tags);
    menu->addAction(m_remove);
    menu->addSeparator();
    if (withChain)
        menu->addAction(m_chain);
    menu->addAction(m_create);
    menu->addAction(m_refresh);
}

void BackupActions::setSelection(const QStringList &ids)
{
    m_selection = ids;
    updateState();
}

void BackupActions::setVolume(const QString &volumeId)
{
    m_volume = volumeId;
    updateState();
}

void BackupActions::gate(QAction *action, bool applies, const QString &whyNot)
{
    action->setEnabled(applies && whyNot.isEmpty());
    action->setToolTip(whyNot.isEmpty() ? m_tips.value(action) : whyNot);
}

void BackupActions::updateState()
{
    BackupModel *model = m_session->backupModel();
    const Permissions &may = m_session->permissions();
    QList<const Backup *> selected;
    QStringList projects;
    for (const QString &id : std::as_const(m_selection)) {
        if (const Backup *b = model->find(id)) {
            selected << b;
            if (!projects.contains(b->project))
                projects << b->project;
        }
    }
    auto busy = [](const Backup *b) {
        return b->status == BackupStatus::Creating || b->status == BackupStatus::Deleting;
    };
    const bool one = selected.size() == 1;
    bool anyLive = false;
    for (const Volume &v : m_session->volumeModel()->all())
        anyLive = anyLive || !isGone(v.status);
    // Create: in the project of the volume it would preselect, else anywhere.
    QString volume = m_volume;
    if (volume.isEmpty() && one)
        volume = selected.first()->volumeId;
    const Volume *target = m_session->volumeModel()->find(volume);
    QString createWhy = may.whyNot(Action::CreateBackup, target ? target->project : QString());
    if (createWhy.isEmpty() && !anyLive)
        createWhy = m_session->volumeModel()->rowCount() == 0
                        ? tr("There is no volume to back up yet: create one on the Volumes page first.")
                        : tr("None of the volumes exists any more: create a volume on the Volumes page "
                             "first.");
    gate(m_create, anyLive, createWhy);
    // The others: in the selected backups' projects, else anywhere (nothing
    // selected yet, so the reason shows before a selection too).
    auto why = [&](Action a) { return projects.isEmpty() ? may.whyNot(a) : may.whyNotAll(a, projects); };
    gate(m_restore, one && selected.first()->status == BackupStatus::Available, why(Action::Restore));
    gate(m_edit, one && selected.first()->status != BackupStatus::Deleting, why(Action::Edit));
    gate(m_tags,
         !selected.isEmpty() &&
             std::none_of(selected.cbegin(), selected.cend(),
                          [](const Backup *b) { return b->status == BackupStatus::Deleting; }),
         why(Action::EditTags));
    gate(m_remove, !selected.isEmpty() && std::none_of(selected.cbegin(), selected.cend(), busy),
         why(Action::Delete));
    m_chain->setEnabled(!selected.isEmpty());
    updateProtection(projects);
}

void BackupActions::openCreate(const QString &volumeId)
{
    auto *dlg = new CreateBackupDialog(m_session, volumeId, m_dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this,
            [this, dlg] { m_session->createBackup(dlg->params(), dlg->volumeName()); });
    dlg->open();
}

void BackupActions::openRestore(const QString &backupId)
{
    const Backup *b = m_session->backupModel()->find(backupId);
    if (!b)
        return;
    auto *dlg = new RestoreDialog(m_session, *b, m_dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this,
            [this, dlg] { m_session->restore(dlg->params(), dlg->backup().name, dlg->backup().volumeId); });
    dlg->open();
}

void BackupActions::openEdit(const QString &backupId)
{
    const Backup *b = m_session->backupModel()->find(backupId);
    if (!b)
        return;
    auto *dlg = new EditBackupDialog(m_session, *b, m_dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void BackupActions::openTags(const QString &backupId)
{
    const Backup *b = m_session->backupModel()->find(backupId);
    if (!b)
        return;
    auto *dlg = new EditTagsDialog(m_session, *b, m_dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void BackupActions::openTags(const QStringList &backupIds)
{
    QList<Backup> backups;
    for (const QString &id : backupIds) {
        if (const Backup *b = m_session->backupModel()->find(id))
            backups << *b;
    }
    if (backups.isEmpty())
        return;
    auto *dlg = new EditTagsDialog(m_session, backups, m_dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
}

void BackupActions::openDelete(const QStringList &backupIds)
{
    auto *dlg = new DeleteBackupsDialog(m_session, backupIds, m_dialogParent);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    connect(dlg, &QDialog::accepted, this, [this, dlg] { m_session->deleteBackups(dlg->order()); });
    dlg->open();
}

} // namespace cb::ui

namespace cb::ui {

void BackupActions::setUpProtection()
{
    m_protect = make("protectBackupAction");
    m_unprotect = make("unprotectBackupAction");
    m_protect->setIcon(PolicyIcons::protect());
    m_unprotect->setIcon(PolicyIcons::unprotect());
    connect(m_protect, &QAction::triggered, this, [this] { setProtected(m_selection, true); });
    connect(m_unprotect, &QAction::triggered, this, [this] { setProtected(m_selection, false); });
}

void BackupActions::retranslateProtection()
{
    m_protect->setText(tr("Protect"));
    m_tips[m_protect] = tr("Protect the selected backups: nobody can delete or prune them until they are "
                           "unprotected");
    m_unprotect->setText(tr("Unprotect"));
    m_tips[m_unprotect] = tr("Allow the selected backups to be deleted and pruned again (audited)");
}

void BackupActions::updateProtection(const QStringList &projects)
{
    int protectable = 0, unprotectable = 0;
    for (const QString &id : std::as_const(m_selection)) {
        const Backup *b = m_session->backupModel()->find(id);
        if (!b)
            continue;
        if (b->protectedBackup)
            ++unprotectable;
        else if (b->status == BackupStatus::Available || b->status == BackupStatus::Damaged)
            ++protectable;
    }
    const Permissions &may = m_session->permissions();
    const QString why = projects.isEmpty() ? may.whyNot(Action::ManagePolicies)
                                           : may.whyNotAll(Action::ManagePolicies, projects);
    gate(m_protect, protectable > 0, why);
    gate(m_unprotect, unprotectable > 0, why);
}

void BackupActions::addProtectionTo(QToolBar *toolBar)
{
    toolBar->addAction(m_protect);
    toolBar->addAction(m_unprotect);
}

void BackupActions::addProtectionTo(QMenu *menu)
{
    menu->addAction(m_protect);
    menu->addAction(m_unprotect);
}

void BackupActions::setProtected(const QStringList &backupIds, bool on)
{
    QStringList ids, volumes;
    for (const QString &id : backupIds) {
        const Backup *b = m_session->backupModel()->find(id);
        if (!b || b->protectedBackup == on)
            continue;
        ids << id;
        if (!volumes.contains(b->volumeId))
            volumes << b->volumeId;
    }
    if (ids.isEmpty())
        return;
    m_protect->setEnabled(false);
    m_unprotect->setEnabled(false);
    Engine *engine = &m_session->engine();
    m_session->runTask(
        [engine, ids, on](JobControl &) -> Result<QString> {
            for (const QString &id : ids) {
                if (auto r = engine->setProtected(id, on); !r)
                    return fail(r.error());
            }
            return QString();
        },
        this,
        [this, volumes](bool ok, const QString &message) {
            for (const QString &v : volumes)
                m_session->refreshBackups(v);
            updateState();
            Q_EMIT protectionChanged(ok ? QString() : message);
        });
}

} // namespace cb::ui
