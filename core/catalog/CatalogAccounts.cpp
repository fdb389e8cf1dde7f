// Projects, accounts, the policy table and the audit log of the catalog.
// On PostgreSQL every account is also a login role in its role's group.
#include "catalog/Catalog.h"
#include "catalog/CatalogSql.h"

#include <QSet>

namespace cb {

using namespace catalogsql;

namespace {

// One transaction without the backups lock of Catalog::transaction(): an
// account changing its own password may not lock backups.
Result<void> plainTransaction(QSqlDatabase d, const std::function<Result<void>()> &fn)
{
    if (!d.transaction())
        return fail(dbError(d.lastError()));
    auto r = fn();
    if (!r) {
        d.rollback();
        return r;
    }
    if (!d.commit()) {
        const QString err = dbError(d.lastError());
        d.rollback();
        return fail(err);
    }
    return {};
}

Error noAccount(const QString &name)
{
    return fail(deferTr("Catalog", "There is no account \"%1\".").arg(name));
}

Result<bool> exists(const QSqlDatabase &d, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(d);
    if (!q.prepare(sql))
        return fail(dbError(q.lastError()));
    if (auto r = exec(q, binds); !r)
        return fail(r);
    return q.next();
}

Result<bool> accountExists(const QSqlDatabase &d, const QString &name)
{
    return exists(d, QStringLiteral("SELECT 1 FROM users WHERE name = ?"), {name});
}

// One change of an existing account, in one transaction.
Result<void> changeAccount(QSqlDatabase d, const QString &name, const std::function<Result<void>()> &fn)
{
    return plainTransaction(d, [&]() -> Result<void> {
        auto known = accountExists(d, name);
        if (!known)
            return fail(known);
        if (!*known)
            return noAccount(name);
        return fn();
    });
}

} // namespace

Result<void> Catalog::createProject(const QString &name)
{
    QSqlDatabase d = db();
    auto known = exists(d, QStringLiteral("SELECT 1 FROM projects WHERE name = ?"), {name});
    if (!known)
        return fail(known);
    if (*known)
        return fail(deferTr("Catalog", "The project \"%1\" already exists.").arg(name));
    return run(d, QStringLiteral("INSERT INTO projects (name, description, created_at) VALUES (?, '', ?)"),
               {name, QDateTime::currentMSecsSinceEpoch()});
}

Result<void> Catalog::deleteProject(const QString &name)
{
    QSqlDatabase d = db();
    return plainTransaction(d, [&]() -> Result<void> {
        auto known = exists(d, QStringLiteral("SELECT 1 FROM projects WHERE name = ?"), {name});
        if (!known)
            return fail(known);
        if (!*known)
            return fail(deferTr("Catalog", "There is no project \"%1\".").arg(name));
        struct Use
        {
            const char *sql;
            const char *why;
        };
        static const Use uses[] = {
            {"SELECT 1 FROM backups WHERE project = ?",
             QT_TRANSLATE_NOOP("Catalog", "The project \"%1\" still has backups; delete them first.")},
            {"SELECT 1 FROM volumes WHERE project = ?",
             QT_TRANSLATE_NOOP("Catalog", "The project \"%1\" still has volumes in the catalog.")},
            {"SELECT 1 FROM user_projects WHERE project = ?",
             QT_TRANSLATE_NOOP("Catalog", "The project \"%1\" still has members; remove them first.")},
        };
        for (const Use &u : uses) {
            auto used = exists(d, QLatin1String(u.sql), {name});
            if (!used)
                return fail(used);
            if (*used)
                return fail(deferTr("Catalog", u.why).arg(name));
        }
        return run(d, QStringLiteral("DELETE FROM projects WHERE name = ?"), {name});
    });
}

Result<std::optional<Account>> Catalog::findAccount(const QString &name)
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    q.prepare(QStringLiteral("SELECT name, role, disabled, created_at FROM users WHERE name = ?"));
    if (auto r = exec(q, {name}); !r)
        return fail(r);
    if (!q.next())
        return std::optional<Account>();
    Account a;
    a.name = q.value(0).toString();
    a.role = roleFromKey(q.value(1).toString()).value_or(Role::Member);
    a.enabled = q.value(2).toInt() == 0;
    a.createdAt = fromMs(q.value(3));
    QSqlQuery p(d);
    p.prepare(QStringLiteral("SELECT project FROM user_projects WHERE user_name = ? ORDER BY project"));
    if (auto r = exec(p, {name}); !r)
        return fail(r);
    while (p.next())
        a.projects << p.value(0).toString();
    return std::optional<Account>(a);
}

Result<QList<Account>> Catalog::accounts()
{
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT name FROM users ORDER BY name")))
        return fail(dbError(q.lastError()));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    QList<Account> out;
    for (const QString &n : std::as_const(names)) {
        auto a = findAccount(n);
        if (!a)
            return fail(a);
        if (*a)
            out << **a;
    }
    return out;
}

Result<void> Catalog::setPostgresProjects(const QString &name, const QStringList &projects)
{
    QSqlDatabase d = db();
    if (auto r = run(d, QStringLiteral("DELETE FROM user_projects WHERE user_name = ?"), {name}); !r)
        return r;
    QStringList done;
    for (const QString &p : projects) {
        if (done.contains(p))
            continue;
        done << p;
        if (auto r = run(d, QStringLiteral("INSERT INTO user_projects (user_name, project) VALUES (?, ?)"),
                         {name, p});
            !r)
            return r;
    }
    return {};
}

Result<void> Catalog::createAccount(const Account &account, const QString &password)
{
    QSqlDatabase d = db();
    return plainTransaction(d, [&]() -> Result<void> {
        auto known = accountExists(d, account.name);
        if (!known)
            return fail(known);
        if (*known)
            return fail(deferTr("Catalog", "The account \"%1\" already exists.").arg(account.name));
        if (isShared()) {
            auto role = exists(d, QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"), {account.name});
            if (!role)
                return fail(role);
            if (*role)
                return fail(deferTr("Catalog",
                                    "The PostgreSQL server already has a role named \"%1\"; choose "
                                    "another account name.")
                                .arg(account.name));
            if (password.isEmpty())
                return fail(deferTr("Catalog", "An account of a shared catalog needs a password."));
            const QString extra =
                account.role == Role::CloudAdmin ? QStringLiteral(" CREATEROLE") : QString();
            if (auto r = runSecret(QStringLiteral("CREATE ROLE %1 LOGIN%2 PASSWORD %PASSWORD%")
                                       .arg(quoteIdent(account.name), extra),
                                   password);
                !r)
                return r;
            if (auto r = run(d, QStringLiteral("GRANT %1 TO %2")
                                    .arg(quoteIdent(groupRole(account.role)), quoteIdent(account.name)));
                !r)
                return r;
        }
        if (auto r = run(
                d, QStringLiteral("INSERT INTO users (name, role, created_at, disabled) VALUES (?, ?, ?, ?)"),
                {account.name, roleKey(account.role), QDateTime::currentMSecsSinceEpoch(),
                 account.enabled ? 0 : 1});
            !r)
            return r;
        if (isShared() && !account.enabled) {
            if (auto r = run(d, QStringLiteral("ALTER ROLE %1 NOLOGIN").arg(quoteIdent(account.name))); !r)
                return r;
        }
        return setPostgresProjects(account.name, account.projects);
    });
}

Result<void> Catalog::setAccountEnabled(const QString &name, bool enabled)
{
    QSqlDatabase d = db();
    return changeAccount(d, name, [&]() -> Result<void> {
        if (auto r = run(d, QStringLiteral("UPDATE users SET disabled = ? WHERE name = ?"),
                         {enabled ? 0 : 1, name});
            !r)
            return r;
        if (isShared())
            return run(
                d, QStringLiteral("ALTER ROLE %1 %2")
                       .arg(quoteIdent(name), enabled ? QStringLiteral("LOGIN") : QStringLiteral("NOLOGIN")));
        return {};
    });
}

Result<void> Catalog::setAccountRole(const QString &name, Role role)
{
    QSqlDatabase d = db();
    return changeAccount(d, name, [&]() -> Result<void> {
        if (auto r =
                run(d, QStringLiteral("UPDATE users SET role = ? WHERE name = ?"), {roleKey(role), name});
            !r)
            return r;
        if (!isShared())
            return {};
        for (Role other : allRoles()) {
            if (other == role)
                continue;
            QSqlQuery member(d);
            member.prepare(QStringLiteral("SELECT pg_has_role(?, ?, 'MEMBER')"));
            if (auto r = exec(member, {name, groupRole(other)}); !r)
                return r;
            if (member.next() && member.value(0).toBool()) {
                if (auto r = run(d, QStringLiteral("REVOKE %1 FROM %2")
                                        .arg(quoteIdent(groupRole(other)), quoteIdent(name)));
                    !r)
                    return r;
            }
        }
        if (auto r =
                run(d, QStringLiteral("GRANT %1 TO %2").arg(quoteIdent(groupRole(role)), quoteIdent(name)));
            !r)
            return r;
        // Cloud admins manage accounts, which are database roles.
        return run(d, QStringLiteral("ALTER ROLE %1 %2")
                          .arg(quoteIdent(name), role == Role::CloudAdmin ? QStringLiteral("CREATEROLE")
                                                                          : QStringLiteral("NOCREATEROLE")));
    });
}

Result<void> Catalog::setAccountProjects(const QString &name, const QStringList &projects)
{
    QSqlDatabase d = db();
    return changeAccount(d, name, [&]() -> Result<void> { return setPostgresProjects(name, projects); });
}

Result<void> Catalog::setAccountPassword(const QString &name, const QString &password)
{
    if (!isShared())
        return fail(deferTr("Catalog", "Passwords belong to the accounts of a shared PostgreSQL catalog."));
    if (password.isEmpty())
        return fail(deferTr("Catalog", "An account of a shared catalog needs a password."));
    QSqlDatabase d = db();
    return changeAccount(d, name, [&]() -> Result<void> {
        // PostgreSQL lets every role change its own password.
        return runSecret(QStringLiteral("ALTER ROLE %1 PASSWORD %PASSWORD%").arg(quoteIdent(name)), password);
    });
}

Result<void> Catalog::storePolicy(const Policy &policy)
{
    QSet<QString> wanted;
    for (Role r : allRoles()) {
        for (Action a : allActions()) {
            const Scope s = policy.scope(r, a);
            if (s != Scope::None)
                wanted.insert(actionKey(a) + u'|' + roleKey(r) + u'|' + scopeKey(s));
        }
    }
    QSqlDatabase d = db();
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT action, role, scope FROM policy")))
        return fail(dbError(q.lastError()));
    QSet<QString> stored;
    while (q.next())
        stored.insert(q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString());
    if (stored == wanted)
        return {};
    return plainTransaction(d, [&]() -> Result<void> {
        if (auto r = run(d, QStringLiteral("DELETE FROM policy")); !r)
            return r;
        for (const QString &row : std::as_const(wanted)) {
            const QStringList f = row.split(u'|');
            if (auto r = run(d, QStringLiteral("INSERT INTO policy (action, role, scope) VALUES (?, ?, ?)"),
                             {f[0], f[1], f[2]});
                !r)
                return r;
        }
        return {};
    });
}

Result<Policy> Catalog::loadPolicy()
{
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("SELECT action, role, scope FROM policy")))
        return fail(dbError(q.lastError()));
    // The table never narrows the seed's defaults; a row this release does
    // not know (a newer one's action) is left out.
    Policy policy = Policy::seedDefaults();
    while (q.next()) {
        const auto action = actionFromKey(q.value(0).toString());
        const auto role = roleFromKey(q.value(1).toString());
        const auto scope = scopeFromKey(q.value(2).toString());
        if (action && role && scope)
            policy.widen(*role, *action, *scope);
    }
    return policy;
}

void Catalog::audit(const AuditEntry &e)
{
    // The audit trail must not make an operation fail. PostgreSQL writes the
    // author itself (current_user), whatever is passed here.
    (void)run(db(),
              QStringLiteral("INSERT INTO audit (at, user_name, action, object, detail, project, result)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"),
              {e.at.isValid() ? e.at.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch(), str(m_user),
               str(e.action), str(e.object), str(e.detail), str(e.project),
               e.result.isEmpty() ? QStringLiteral("ok") : e.result});
}

void Catalog::audit(const QString &action, const QString &object, const QString &detail)
{
    AuditEntry e;
    e.action = action;
    e.object = object;
    e.detail = detail;
    audit(e);
}

Result<QList<AuditEntry>> Catalog::auditEntries(const AuditFilter &filter)
{
    QStringList where;
    QVariantList binds;
    if (!filter.account.isEmpty()) {
        where << QStringLiteral("user_name = ?");
        binds << filter.account;
    }
    if (!filter.action.isEmpty()) {
        if (filter.action.endsWith(u'.')) {
            where << QStringLiteral("substr(action, 1, %1) = ?").arg(filter.action.size());
        } else {
            where << QStringLiteral("action = ?");
        }
        binds << filter.action;
    }
    if (!filter.project.isEmpty()) {
        where << QStringLiteral("project = ?");
        binds << filter.project;
    }
    if (filter.since.isValid()) {
        where << QStringLiteral("at >= ?");
        binds << filter.since.toMSecsSinceEpoch();
    }
    // Newest first.
    QString sql =
        QStringLiteral("SELECT id, at, user_name, action, object, project, result, detail FROM audit");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QLatin1String(" AND "));
    sql += QStringLiteral(" ORDER BY at DESC, id DESC");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(dbError(q.lastError()));
    if (auto r = exec(q, binds); !r)
        return fail(r);
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = fromMs(q.value(1));
        e.account = q.value(2).toString();
        e.action = q.value(3).toString();
        e.object = q.value(4).toString();
        e.project = q.value(5).toString();
        e.result = q.value(6).toString();
        e.detail = q.value(7).toString();
        out << e;
    }
    return out;
}

} // namespace cb
