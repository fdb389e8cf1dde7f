// The engine's door: who calls (authenticate), whether they may (require),
// what they did (record), and the account, project and audit operations.
#include "catalog/Catalog.h"
#include "engine/Engine.h"

#include "crypto/RepositoryKeys.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <pwd.h>
#include <unistd.h>

namespace cb {

namespace {

QString osAccount()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(geteuid());
}

// The site's permission file: the configured one, else <home>/permissions.json if there is one.
QString permissionsFile(const EngineConfig &config)
{
    if (!config.permissionsFile.isEmpty())
        return config.permissionsFile;
    const QString inHome = QDir(config.home).filePath(QStringLiteral("permissions.json"));
    return QFileInfo::exists(inHome) ? inHome : QString();
}

} // namespace

Result<void> Engine::loadPolicy()
{
    const QString file = permissionsFile(m_config);
    if (file.isEmpty()) {
        m_policy = Policy::seedDefaults();
        return {};
    }
    auto p = Policy::load(file);
    if (!p)
        return fail(p);
    m_policy = *p;
    return {};
}

Result<void> Engine::authenticate()
{
    // The password is needed only to connect; it is not kept beside the config.
    m_config.password.clear();

    if (!m_catalog->isShared()) {
        // The embedded catalog: the OS user running the program owns the home
        // (0700) and is its one account, a cloud admin.
        const QString owner = osAccount();
        if (!m_config.account.isEmpty() && m_config.account != owner)
            return fail(deferTr("Engine",
                                "The embedded catalog has one account, %1, the owner of the home; "
                                "\"%2\" cannot log in to it. Accounts need a shared PostgreSQL catalog.")
                            .arg(owner, m_config.account));
        m_caller = Caller{owner, Role::CloudAdmin, {}};
        return {};
    }
    const QString name = m_catalog->account();
    auto account = m_catalog->findAccount(name);
    if (!account)
        return fail(account);
    if (!*account)
        return fail(deferTr("Engine", "\"%1\" can connect to the catalog but is not a cloudbackup account.")
                        .arg(name));
    if (!(*account)->enabled)
        return fail(deferTr("Engine", "The account \"%1\" is disabled.").arg(name));
    m_caller = Caller{name, (*account)->role, (*account)->projects};
    // The policy table is the shared truth, and the database enforces it. A
    // cloud admin with a permission file publishes it there; every other
    // engine (another role, or a cloud admin without a file) follows the
    // table, whatever its own file says.
    if (m_caller.role == Role::CloudAdmin && !permissionsFile(m_config).isEmpty()) {
        (void)m_catalog->storePolicy(m_policy);
        return {};
    }
    auto shared = m_catalog->loadPolicy();
    if (!shared)
        return fail(shared);
    m_policy = *shared;
    return {};
}

bool Engine::may(Action action, const QString &project) const
{
    return m_policy.allows(m_caller, action, project);
}

bool Engine::mayChangeAnything() const
{
    for (Action a : allActions()) {
        if (a != Action::View && a != Action::ViewAudit && m_policy.scope(m_caller.role, a) != Scope::None)
            return true;
    }
    return false;
}

QString Engine::whyNot(Action action, const QString &project) const
{
    auto r = m_policy.check(m_caller, action, project);
    return r ? QString() : r.error();
}

Result<void> Engine::require(Action action, const QString &project, const QString &auditAction,
                             const QString &object)
{
    auto r = m_policy.check(m_caller, action, project);
    if (!r)
        record(auditAction, object, project, r.what().encode(), QStringLiteral("denied"));
    return r;
}

Result<void> Engine::requireEverywhere(Action action, const QString &auditAction, const QString &object)
{
    auto r = m_policy.checkEverywhere(m_caller, action);
    if (!r)
        record(auditAction, object, QString(), r.what().encode(), QStringLiteral("denied"));
    return r;
}

Result<void> Engine::mayChangeRepositoryKeys(const QString &auditAction, const QString &location)
{
    return requireEverywhere(Action::ManageRepository, auditAction, location);
}

void Engine::recordRepositoryKeyEvent(const QString &auditAction, const QString &location,
                                      const Result<void> &outcome)
{
    if (outcome)
        record(auditAction, location, QString(), QString());
    else
        record(auditAction, location, QString(), outcome.what().encode(), QStringLiteral("failed"));
}

void Engine::record(const QString &action, const QString &object, const QString &project,
                    const QString &detail, const QString &result)
{
    AuditEntry e;
    e.action = action;
    e.object = object;
    e.project = project;
    e.detail = detail;
    e.result = result;
    m_catalog->audit(e);
}

StoreInfo Engine::info(bool counting) const
{
    StoreInfo i;
    i.repositoryPath = m_config.repositoryPath;
    i.repositoryFormat = Repository::FormatVersion;
    i.catalog = m_catalog->describe();
    i.catalogDriver = m_catalog->driver();
    i.sharedCatalog = m_catalog->isShared();
    if (m_repository) {
        i.repositoryPath = m_repository->location();
        i.repositoryBackend = m_repository->backend();
        i.repositoryEncryption = m_repository->encryption();
        if (auto kdf = crypto::repositorykeys::storedKdfParams(m_repository->keyFile()); kdf)
            i.repositoryKdf =
                QStringLiteral("argon2id (t=%1, m=%2 MiB)").arg(kdf->opsLimit).arg(kdf->memLimit >> 20);
        i.repositoryKeyFile = crypto::repositorykeys::hasSecretFile(m_repository->keyFile());
    }
    if (counting) {
        i.repositoryBackups = m_repository ? m_repository->indexIds().size() : -1;
        if (auto usage = m_repository ? m_repository->usage() : Result<StoreUsage>(fail(QString())); usage) {
            i.repositorySize = usage->bytes;
            i.repositoryChunks = usage->chunks;
        }
        i.schemaVersion = m_catalog->schemaVersion();
    }
    return i;
}

Result<qint64> Engine::changeStamp()
{
    return m_catalog->changeStamp();
}

Result<QStringList> Engine::allTags()
{
    return m_catalog->allTags();
}

Result<QList<JobRecord>> Engine::jobs(bool runningOnly, int limit)
{
    auto all = m_catalog->jobs(runningOnly, limit);
    if (!all || m_policy.seesAll(m_caller))
        return all;
    // Other roles see the jobs of the volumes they see.
    auto vols = volumes();
    if (!vols)
        return fail(vols);
    QSet<QString> visible;
    for (const Volume &v : std::as_const(*vols))
        visible.insert(v.id);
    QList<JobRecord> out;
    for (const JobRecord &j : std::as_const(*all)) {
        if (visible.contains(j.volumeId))
            out << j;
    }
    return out;
}

Result<QStringList> Engine::projects()
{
    auto all = m_catalog->projects();
    if (!all || m_policy.seesAll(m_caller))
        return all;
    QStringList out;
    for (const QString &p : std::as_const(*all)) {
        if (m_policy.sees(m_caller, p))
            out << p;
    }
    return out;
}

namespace {

Error needsSharedCatalog()
{
    return fail(deferTr("Engine",
                        "The embedded catalog has one account, the owner of the home. Accounts need a shared "
                        "PostgreSQL catalog (--catalog postgresql://…)."));
}

} // namespace

Result<void> Engine::createProject(const QString &name)
{
    if (auto r = requireEverywhere(Action::ManageAccounts, QStringLiteral("project.create"), name); !r)
        return r;
    if (auto r = validate::projectName(name); !r)
        return r;
    if (auto r = m_catalog->createProject(name); !r)
        return r;
    record(QStringLiteral("project.create"), name, name, QString());
    return {};
}

Result<void> Engine::deleteProject(const QString &name)
{
    if (auto r = requireEverywhere(Action::ManageAccounts, QStringLiteral("project.delete"), name); !r)
        return r;
    if (name == QLatin1String(DefaultProject))
        return fail(deferTr("Engine", "The Default project \"%1\" cannot be deleted.").arg(name));
    // Live volumes are not in the catalog until backed up: ask the backends.
    auto vols = volumes();
    if (!vols)
        return fail(vols);
    for (const Volume &v : std::as_const(*vols)) {
        if (v.project == name && !isGone(v.status))
            return fail(deferTr("Engine", "The project \"%1\" still has volumes (%2); delete them first.")
                            .arg(name, v.name));
    }
    if (auto r = m_catalog->deleteProject(name); !r)
        return r;
    record(QStringLiteral("project.delete"), name, name, QString());
    return {};
}

Result<QList<Account>> Engine::accounts()
{
    if (!m_catalog->isShared())
        return QList<Account>{Account{m_caller.account, Role::CloudAdmin, {}, true, {}}};
    if (auto r = requireEverywhere(Action::ManageAccounts, QStringLiteral("user.list"), QString()); !r)
        return fail(r);
    return m_catalog->accounts();
}

Result<Account> Engine::account(const QString &name)
{
    if (!m_catalog->isShared()) {
        if (name != m_caller.account)
            return fail(deferTr("Engine", "There is no account \"%1\".").arg(name));
        return Account{m_caller.account, Role::CloudAdmin, {}, true, {}};
    }
    if (name != m_caller.account) {
        if (auto r = requireEverywhere(Action::ManageAccounts, QStringLiteral("user.show"), name); !r)
            return fail(r);
    }
    auto a = m_catalog->findAccount(name);
    if (!a)
        return fail(a);
    if (!*a)
        return fail(deferTr("Engine", "There is no account \"%1\".").arg(name));
    return **a;
}

// Every account change: shared catalog only, cloud admins only, audited.
Result<Account> Engine::changeAccount(const QString &name, const QString &auditAction, const QString &detail,
                                      const std::function<Result<void>()> &change)
{
    if (auto r = requireEverywhere(Action::ManageAccounts, auditAction, name); !r)
        return fail(r);
    if (!m_catalog->isShared())
        return needsSharedCatalog();
    if (auto r = change(); !r) {
        record(auditAction, name, QString(), r.what().encode(), QStringLiteral("failed"));
        return fail(r);
    }
    record(auditAction, name, QString(), detail);
    return account(name);
}

Result<Account> Engine::createAccount(const Account &a, const QString &password)
{
    return changeAccount(a.name, QStringLiteral("user.create"), roleKey(a.role), [&]() -> Result<void> {
        if (auto r = validate::accountName(a.name); !r)
            return r;
        auto known = m_catalog->projects();
        if (!known)
            return fail(known);
        for (const QString &p : a.projects) {
            if (!known->contains(p))
                return fail(deferTr("Engine", "There is no project \"%1\".").arg(p));
        }
        return m_catalog->createAccount(a, password);
    });
}

Result<Account> Engine::setAccountEnabled(const QString &name, bool enabled)
{
    if (!enabled && name == m_caller.account)
        return fail(deferTr("Engine", "You cannot disable your own account."));
    return changeAccount(name, enabled ? QStringLiteral("user.enable") : QStringLiteral("user.disable"),
                         QString(), [&] { return m_catalog->setAccountEnabled(name, enabled); });
}

Result<Account> Engine::setAccountRole(const QString &name, Role role)
{
    if (name == m_caller.account && role != m_caller.role)
        return fail(deferTr("Engine", "You cannot change your own role."));
    return changeAccount(name, QStringLiteral("user.set-role"), roleKey(role),
                         [&] { return m_catalog->setAccountRole(name, role); });
}

Result<Account> Engine::addAccountProject(const QString &name, const QString &project)
{
    return editAccountProjects(name, QStringLiteral("user.add-project"), project, [&](QStringList &projects) {
        if (!projects.contains(project))
            projects << project;
    });
}

Result<Account> Engine::removeAccountProject(const QString &name, const QString &project)
{
    return editAccountProjects(name, QStringLiteral("user.remove-project"), project,
                               [&](QStringList &projects) { projects.removeAll(project); });
}

Result<Account> Engine::editAccountProjects(const QString &name, const QString &auditAction,
                                            const QString &project,
                                            const std::function<void(QStringList &)> &edit)
{
    return changeAccount(name, auditAction, project, [&]() -> Result<void> {
        auto a = m_catalog->findAccount(name);
        if (!a)
            return fail(a);
        if (!*a)
            return fail(deferTr("Engine", "There is no account \"%1\".").arg(name));
        auto known = m_catalog->projects();
        if (!known)
            return fail(known);
        if (!known->contains(project) && !(*a)->projects.contains(project))
            return fail(deferTr("Engine", "There is no project \"%1\".").arg(project));
        QStringList projects = (*a)->projects;
        edit(projects);
        return m_catalog->setAccountProjects(name, projects);
    });
}

Result<void> Engine::setAccountPassword(const QString &name, const QString &password)
{
    // Anyone may change their own password; others' need ManageAccounts.
    if (name != m_caller.account) {
        auto r = changeAccount(name, QStringLiteral("user.passwd"), QString(),
                               [&] { return m_catalog->setAccountPassword(name, password); });
        return r ? Result<void>() : Result<void>(fail(r));
    }
    if (!m_catalog->isShared())
        return needsSharedCatalog();
    if (auto r = m_catalog->setAccountPassword(name, password); !r)
        return r;
    record(QStringLiteral("user.passwd"), name, QString(), QString());
    return {};
}

Result<QList<AuditEntry>> Engine::auditLog(const AuditFilter &filter)
{
    if (auto r = require(Action::ViewAudit, filter.project, QStringLiteral("audit.list"), filter.project); !r)
        return fail(r);
    auto all = m_catalog->auditEntries(filter);
    if (!all || m_policy.scope(m_caller.role, Action::ViewAudit) == Scope::All)
        return all;
    QList<AuditEntry> out;
    for (const AuditEntry &e : std::as_const(*all)) {
        if (m_caller.projects.contains(e.project))
            out << e;
    }
    return out;
}

} // namespace cb
