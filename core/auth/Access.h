#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace cb {

// The seed's four roles (chapter 2.5).
enum class Role
{
    CloudAdmin,   // 云管理员
    DeptAdmin,    // 部门管理员
    ProjectAdmin, // 项目管理员
    Member        // 普通用户
};

QString roleKey(Role r);  // "cloud-admin", "dept-admin", "project-admin", "member"
QString roleText(Role r); // translated
std::optional<Role> roleFromKey(const QString &key);
QList<Role> allRoles();

// What a caller may be allowed to do. Viewing covers lists, details, the job
// list and the chain; every other action changes something.
enum class Action
{
    View,
    CreateBackup,
    Restore,
    Edit, // name and description
    EditTags,
    Delete,
    Verify,           // verify a backup (marks damage)
    ManageVolumes,    // create and delete volumes
    ManageRepository, // gc, verify and rebuild the catalog from the repository, upgrade
    ManageAccounts,   // users, projects
    ViewAudit,
    ManagePolicies // backup policies, protecting and unprotecting backups
};

QString actionKey(Action a);  // "view", "create-backup", "restore", "edit", "edit-tags", "delete", ...
QString actionText(Action a); // translated
std::optional<Action> actionFromKey(const QString &key);
QList<Action> allActions();

// Where a role may take an action: nowhere, in the projects it belongs to, or everywhere.
enum class Scope
{
    None,
    Own,
    All
};
QString scopeKey(Scope s); // "none", "own", "all"
std::optional<Scope> scopeFromKey(const QString &key);

// Who calls the engine: the authenticated account (never an environment
// variable), its role and the projects it belongs to.
struct Caller
{
    QString account;
    Role role = Role::Member;
    QStringList projects;
};

struct Account
{
    QString name;
    Role role = Role::Member;
    QStringList projects;
    bool enabled = true;
    QDateTime createdAt;

    QJsonObject toJson() const;
};

// One audit row: who (the authenticated account), when, what, which object, result.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString account;
    QString action; // "backup.create", "backup.delete", ...
    QString object;
    QString project;
    QString result; // "ok", "denied", "failed"
    QString detail;

    QJsonObject toJson() const;
};

struct AuditFilter
{
    QString account;
    QString action; // exact, or a prefix ending in '.' ("backup.")
    QString project;
    QDateTime since;
    int limit = 0; // 0: all
};

// The permission matrix (rule R8) as data: the seed's defaults, widened by a
// site's policy file. Never narrower than the defaults' cloud admin.
class Policy
{
public:
    static Policy seedDefaults();
    // JSON: {"allow": [{"role": "project-admin", "action": "restore", "scope": "own"}, ...]}.
    // A file can only widen the defaults; an unknown role, action or scope,
    // or anything else malformed, is an error naming the file.
    static Result<Policy> load(const QString &file);

    Scope scope(Role role, Action action) const;
    void widen(Role role, Action action, Scope scope);
    // In this project; an empty project asks whether the caller may take the
    // action anywhere (to enable a menu entry).
    bool allows(const Caller &caller, Action action, const QString &project = {}) const;
    // The same, with a translated reason when not allowed.
    Result<void> check(const Caller &caller, Action action, const QString &project = {}) const;
    // Repository-wide and account actions: the action in every project.
    Result<void> checkEverywhere(const Caller &caller, Action action) const;
    // Whether a failure is one of check()'s refusals (by its code, in any language).
    static bool isRefusal(const Message &what);
    // Whether the caller may see this project's volumes and backups.
    bool sees(const Caller &caller, const QString &project) const;
    bool seesAll(const Caller &caller) const;

private:
    QHash<int, Scope> m_scopes; // role * 100 + action
};

} // namespace cb
