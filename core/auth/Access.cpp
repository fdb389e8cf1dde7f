#include "auth/Access.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace cb {

namespace {

struct RoleName
{
    Role role;
    const char *key;
};
constexpr RoleName roleNames[] = {{Role::CloudAdmin, "cloud-admin"},
                                  {Role::DeptAdmin, "dept-admin"},
                                  {Role::ProjectAdmin, "project-admin"},
                                  {Role::Member, "member"}};

struct ActionName
{
    Action action;
    const char *key;
};
constexpr ActionName actionNames[] = {{Action::View, "view"},
                                      {Action::CreateBackup, "create-backup"},
                                      {Action::Restore, "restore"},
                                      {Action::Edit, "edit"},
                                      {Action::EditTags, "edit-tags"},
                                      {Action::Delete, "delete"},
                                      {Action::Verify, "verify"},
                                      {Action::ManageVolumes, "manage-volumes"},
                                      {Action::ManageRepository, "manage-repository"},
                                      {Action::ManageAccounts, "manage-accounts"},
                                      {Action::ViewAudit, "view-audit"},
                                      {Action::ManagePolicies, "manage-policies"}};

constexpr const char *scopeNames[] = {"none", "own", "all"};

int cell(Role r, Action a)
{
    return int(r) * 100 + int(a);
}

QString fileError(const QString &file, const QString &why)
{
    return QCoreApplication::translate("Access", "The permission file %1 is invalid: %2").arg(file, why);
}

} // namespace

QString roleKey(Role r)
{
    for (const auto &n : roleNames) {
        if (n.role == r)
            return QLatin1String(n.key);
    }
    return {};
}

QString roleText(Role r)
{
    switch (r) {
    case Role::CloudAdmin:
        return QCoreApplication::translate("Access", "Cloud admin");
    case Role::DeptAdmin:
        return QCoreApplication::translate("Access", "Department admin");
    case Role::ProjectAdmin:
        return QCoreApplication::translate("Access", "Project admin");
    case Role::Member:
        return QCoreApplication::translate("Access", "Member");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const auto &n : roleNames) {
        if (key == QLatin1String(n.key))
            return n.role;
    }
    return std::nullopt;
}

QList<Role> allRoles()
{
    QList<Role> out;
    for (const auto &n : roleNames)
        out << n.role;
    return out;
}

QString actionKey(Action a)
{
    for (const auto &n : actionNames) {
        if (n.action == a)
            return QLatin1String(n.key);
    }
    return {};
}

QString actionText(Action a)
{
    switch (a) {
    case Action::View:
        return QCoreApplication::translate("Access", "view");
    case Action::CreateBackup:
        return QCoreApplication::translate("Access", "create backups");
    case Action::Restore:
        return QCoreApplication::translate("Access", "restore");
    case Action::Edit:
        return QCoreApplication::translate("Access", "edit backups");
    case Action::EditTags:
        return QCoreApplication::translate("Access", "edit tags");
    case Action::Delete:
        return QCoreApplication::translate("Access", "delete backups");
    case Action::Verify:
        return QCoreApplication::translate("Access", "verify backups");
    case Action::ManageVolumes:
        return QCoreApplication::translate("Access", "create and delete volumes");
    case Action::ManageRepository:
        return QCoreApplication::translate("Access", "maintain the repository");
    case Action::ManageAccounts:
        return QCoreApplication::translate("Access", "manage users and projects");
    case Action::ViewAudit:
        return QCoreApplication::translate("Access", "view the audit log");
    case Action::ManagePolicies:
        return QCoreApplication::translate("Access", "manage backup policies and protection");
    }
    return {};
}

std::optional<Action> actionFromKey(const QString &key)
{
    for (const auto &n : actionNames) {
        if (key == QLatin1String(n.key))
            return n.action;
    }
    return std::nullopt;
}

QList<Action> allActions()
{
    QList<Action> out;
    for (const auto &n : actionNames)
        out << n.action;
    return out;
}

QString scopeKey(Scope s)
{
    return QLatin1String(scopeNames[int(s)]);
}

std::optional<Scope> scopeFromKey(const QString &key)
{
    for (int i = 0; i < 3; ++i) {
        if (key == QLatin1String(scopeNames[i]))
            return Scope(i);
    }
    return std::nullopt;
}

QJsonObject Account::toJson() const
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("role"), roleKey(role)},
            {QStringLiteral("projects"), QJsonArray::fromStringList(projects)},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("created_at"), createdAt.toString(Qt::ISODate)}};
}

QJsonObject AuditEntry::toJson() const
{
    return {{QStringLiteral("id"), id},         {QStringLiteral("at"), at.toString(Qt::ISODateWithMs)},
            {QStringLiteral("user"), account},  {QStringLiteral("action"), action},
            {QStringLiteral("object"), object}, {QStringLiteral("project"), project},
            {QStringLiteral("result"), result}, {QStringLiteral("detail"), Message::display(detail)}};
}

Policy Policy::seedDefaults()
{
    // Seed 2.5: the cloud admin sees every project and may take every action;
    // every other role sees the projects it belongs to and changes nothing.
    Policy p;
    for (Action a : allActions())
        p.m_scopes[cell(Role::CloudAdmin, a)] = Scope::All;
    for (Role r : {Role::DeptAdmin, Role::ProjectAdmin, Role::Member})
        p.m_scopes[cell(r, Action::View)] = Scope::Own;
    return p;
}

Result<Policy> Policy::load(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(fileError(file, f.errorString()));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError)
        return fail(fileError(file, perr.errorString()));
    const QJsonObject root = doc.object();
    for (const QString &k : root.keys()) {
        if (k != QLatin1String("allow"))
            return fail(fileError(
                file,
                QCoreApplication::translate("Access", "unknown key \"%1\"; expected \"allow\"").arg(k)));
    }
    if (!doc.isObject() || !root.value(QLatin1String("allow")).isArray())
        return fail(fileError(
            file, QCoreApplication::translate("Access", "expected an object with an \"allow\" list")));
    Policy p = seedDefaults();
    for (const QJsonValue &v : root.value(QLatin1String("allow")).toArray()) {
        const QJsonObject o = v.toObject();
        const auto role = roleFromKey(o.value(QLatin1String("role")).toString());
        const auto action = actionFromKey(o.value(QLatin1String("action")).toString());
        const auto scope = scopeFromKey(o.value(QLatin1String("scope")).toString());
        if (!v.isObject() || o.size() != 3 || !role || !action || !scope)
            return fail(fileError(
                file, QCoreApplication::translate(
                          "Access", "every entry needs exactly a role (%1), an action (%2) and a scope "
                                    "(none, own, all): %3")
                          .arg(QStringLiteral("cloud-admin, dept-admin, project-admin, member"),
                               QStringLiteral("view, create-backup, restore, edit, edit-tags, delete, "
                                              "verify, manage-volumes, manage-repository, manage-accounts, "
                                              "view-audit"),
                               QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)))));
        p.widen(*role, *action, *scope);
    }
    return p;
}

Scope Policy::scope(Role role, Action action) const
{
    return m_scopes.value(cell(role, action), Scope::None);
}

void Policy::widen(Role role, Action action, Scope s)
{
    if (int(s) > int(scope(role, action)))
        m_scopes[cell(role, action)] = s;
}

bool Policy::allows(const Caller &caller, Action action, const QString &project) const
{
    switch (scope(caller.role, action)) {
    case Scope::None:
        return false;
    case Scope::All:
        return true;
    case Scope::Own:
        return project.isEmpty() ? !caller.projects.isEmpty() : caller.projects.contains(project);
    }
    return false;
}

Result<void> Policy::check(const Caller &caller, Action action, const QString &project) const
{
    if (allows(caller, action, project))
        return {};
    if (scope(caller.role, action) == Scope::Own)
        return fail(deferTr("Access", "Permission denied: %1 (%2) may %3 only in their own projects, not in "
                                      "project \"%4\".")
                        .arg(caller.account, roleText(caller.role), actionText(action), project));
    return checkEverywhere(caller, action); // scope none: the same refusal
}

Result<void> Policy::checkEverywhere(const Caller &caller, Action action) const
{
    if (scope(caller.role, action) == Scope::All)
        return {};
    return fail(deferTr("Access", "Permission denied: %1 (%2) may not %3.")
                    .arg(caller.account, roleText(caller.role), actionText(action)));
}

bool Policy::isRefusal(const Message &what)
{
    static const QString own =
        deferTr("Access", "Permission denied: %1 (%2) may %3 only in their own projects, "
                          "not in project \"%4\".")
            .code();
    static const QString none = deferTr("Access", "Permission denied: %1 (%2) may not %3.").code();
    const QString code = what.code();
    return !code.isEmpty() && (code == own || code == none);
}

bool Policy::sees(const Caller &caller, const QString &project) const
{
    return allows(caller, Action::View, project);
}

bool Policy::seesAll(const Caller &caller) const
{
    return scope(caller.role, Action::View) == Scope::All;
}

} // namespace cb
