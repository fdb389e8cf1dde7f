#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace cb::ui {

class Session;

// The backup actions of one view (the list, the chain page): 创建云硬盘备份,
// 恢复云硬盘备份, 编辑, 编辑标签, 删除, 备份链. Each is enabled only when it applies
// to the view's selection and the user may take it there (else its tooltip
// says why; the engine still checks); the dialogs open window-modal without a nested
// event loop and start their jobs when accepted.
class BackupActions final : public QObject
{
    Q_OBJECT

public:
    BackupActions(Session *session, QWidget *dialogParent, QObject *parent = nullptr);

    void setSelection(const QStringList &backupIds);
    QStringList selection() const { return m_selection; }
    // The volume "create backup" preselects (the chain page's volume).
    void setVolume(const QString &volumeId);

    QAction *create() const { return m_create; }
    QAction *restore() const { return m_restore; }
    QAction *edit() const { return m_edit; }
    QAction *editTags() const { return m_tags; }
    QAction *remove() const { return m_remove; }
    QAction *chain() const { return m_chain; }
    QAction *refresh() const { return m_refresh; }
    QAction *protect() const { return m_protect; }
    QAction *unprotect() const { return m_unprotect; }

    void addTo(QToolBar *toolBar, bool withChain);
    void addTo(QMenu *menu, bool withChain);

    void openCreate(const QString &volumeId);
    void openRestore(const QString &backupId);
    void openEdit(const QString &backupId);
    void openTags(const QString &backupId);
    // One dialog for several backups: tags added to or removed from each.
    void openTags(const QStringList &backupIds);
    void openDelete(const QStringList &backupIds);
    // Protection (needs ManagePolicies): a protected backup cannot be deleted
    // or pruned by anyone until it is unprotected.
    void addProtectionTo(QToolBar *toolBar);
    void addProtectionTo(QMenu *menu);
    void setProtected(const QStringList &backupIds, bool on);

    void retranslate();
    void updateState();

Q_SIGNALS:
    void chainRequested(const QString &volumeId, const QString &backupId);
    // After a protect or unprotect: empty error on success.
    void protectionChanged(const QString &error);

private:
    QAction *make(const char *objectName);
    // Enabled when it applies and the user may; the tooltip says why not.
    void gate(QAction *action, bool applies, const QString &whyNot);
    void setUpProtection();
    void retranslateProtection();
    void updateProtection(const QStringList &projects);

    Session *m_session;
    QWidget *m_dialogParent;
    QStringList m_selection;
    QString m_volume;
    QAction *m_create, *m_restore, *m_edit, *m_tags, *m_remove, *m_chain, *m_refresh;
    QAction *m_protect = nullptr, *m_unprotect = nullptr;
    QHash<QAction *, QString> m_tips; // the tooltips when allowed
};

} // namespace cb::ui
