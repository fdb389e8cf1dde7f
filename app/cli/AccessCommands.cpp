// project create | list | delete, user ..., audit list
#include "cli/Command.h"

#include "engine/Engine.h"
#include "util/Validate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace cb::cli {

namespace {

QStringList roleKeys()
{
    QStringList keys;
    for (Role r : allRoles())
        keys << roleKey(r);
    return keys;
}

const Argument accountArgument{
    .name = "NAME", .what = QT_TRANSLATE_NOOP("Cli", "the user name"), .complete = Complete::User};
const Argument projectArgument{
    .name = "PROJECT", .what = QT_TRANSLATE_NOOP("Cli", "the project"), .complete = Complete::Project};

// project

void projectNameCheck(const Invocation &call)
{
    if (auto r = validate::projectName(call.argument(0)); !r)
        throw InputError{r.error()};
}

int projectCreate(Invocation &call)
{
    Output &io = call.io;
    const QString name = call.argument(0);
    if (auto r = call.engine->createProject(name); !r)
        return io.failed(r.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("created"), name}});
    else
        io.out << QCoreApplication::translate("Cli", "Created project %1.").arg(name) << Qt::endl;
    return 0;
}

int projectList(Invocation &call)
{
    Output &io = call.io;
    auto list = call.engine->projects();
    if (!list)
        return io.failed(list.failure());
    QJsonArray json;
    QList<QStringList> rows;
    for (const QString &p : std::as_const(*list)) {
        json.append(QJsonObject{{QStringLiteral("name"), p}});
        rows << QStringList{p};
    }
    if (io.json)
        io.printJson(json);
    else
        io.table({QCoreApplication::translate("Cli", "PROJECT")}, rows);
    return 0;
}

int projectDelete(Invocation &call)
{
    Output &io = call.io;
    const QString name = call.argument(0);
    if (auto r = call.engine->deleteProject(name); !r)
        return io.failed(r.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("deleted"), name}});
    else
        io.out << QCoreApplication::translate("Cli", "Deleted project %1.").arg(name) << Qt::endl;
    return 0;
}

// user

QString yesNo(bool b)
{
    return b ? QCoreApplication::translate("Cli", "yes") : QCoreApplication::translate("Cli", "no");
}

int showAccount(Output &io, const Account &a)
{
    if (io.json) {
        io.printJson(a.toJson());
        return 0;
    }
    io.fieldTable({{QCoreApplication::translate("Cli", "name"), a.name},
                   {QCoreApplication::translate("Cli", "role"), roleText(a.role)},
                   {QCoreApplication::translate("Cli", "projects"), a.projects.join(QLatin1String(", "))},
                   {QCoreApplication::translate("Cli", "enabled"), yesNo(a.enabled)},
                   {QCoreApplication::translate("Cli", "created"), Output::time(a.createdAt)}});
    return 0;
}

// The new password, asked for only when the engine could use it: on the
// embedded catalog, or for a caller who may not, the engine's refusal is the answer.
QString newPassword(Invocation &call, const QString &name)
{
    const bool own = name == call.engine->caller().account;
    if (!call.engine->info(false).sharedCatalog || (!own && !call.engine->may(Action::ManageAccounts)))
        return {};
    const QString password =
        readPassword("CLOUDBACKUP_NEW_PASSWORD",
                     QCoreApplication::translate("Cli", "New password for %1: ").arg(name), /*confirm=*/true);
    if (password.isEmpty())
        throw InputError{QCoreApplication::translate("Cli", "The password must not be empty.")};
    return password;
}

void userCreateCheck(const Invocation &call)
{
    if (!call.has(QStringLiteral("role")))
        throw UsageError{QCoreApplication::translate("Cli", "user create needs --role (one of %1).")
                             .arg(roleKeys().join(QLatin1String(", ")))};
    if (auto r = validate::accountName(call.argument(0)); !r)
        throw InputError{r.error()};
}

int userCreate(Invocation &call)
{
    Account a;
    a.name = call.argument(0);
    a.role = *roleFromKey(call.valueOr(QStringLiteral("role")));
    a.projects = call.values(QStringLiteral("project"));
    a.projects.removeDuplicates();
    const QString password = newPassword(call, a.name);
    auto r = call.engine->createAccount(a, password);
    if (!r)
        return call.io.failed(r.failure());
    if (!call.io.json) {
        call.io.out
            << QCoreApplication::translate("Cli", "Created user %1 (%2).").arg(r->name, roleText(r->role))
            << Qt::endl;
        return 0;
    }
    return showAccount(call.io, *r);
}

int userList(Invocation &call)
{
    Output &io = call.io;
    auto list = call.engine->accounts();
    if (!list)
        return io.failed(list.failure());
    QJsonArray json;
    QList<QStringList> rows;
    for (const Account &a : std::as_const(*list)) {
        json.append(a.toJson());
        rows << QStringList{a.name, roleText(a.role), a.projects.join(u','), yesNo(a.enabled),
                            Output::time(a.createdAt)};
    }
    if (io.json)
        io.printJson(json);
    else
        io.table({QCoreApplication::translate("Cli", "NAME"), QCoreApplication::translate("Cli", "ROLE"),
                  QCoreApplication::translate("Cli", "PROJECTS"),
                  QCoreApplication::translate("Cli", "ENABLED"),
                  QCoreApplication::translate("Cli", "CREATED")},
                 rows);
    return 0;
}

int userShow(Invocation &call)
{
    auto a = call.engine->account(call.argument(0));
    if (!a)
        return call.io.failed(a.failure());
    return showAccount(call.io, *a);
}

int accountChanged(Output &io, const Result<Account> &a)
{
    if (!a)
        return io.failed(a.failure());
    return showAccount(io, *a);
}

int userDisable(Invocation &call)
{
    return accountChanged(call.io, call.engine->setAccountEnabled(call.argument(0), false));
}

int userEnable(Invocation &call)
{
    return accountChanged(call.io, call.engine->setAccountEnabled(call.argument(0), true));
}

void roleCheck(const Invocation &call)
{
    if (!roleFromKey(call.argument(1)))
        throw UsageError{QCoreApplication::translate("Cli", "Unknown role \"%1\"; the roles are %2.")
                             .arg(call.argument(1), roleKeys().join(QLatin1String(", ")))};
}

int userSetRole(Invocation &call)
{
    return accountChanged(call.io,
                          call.engine->setAccountRole(call.argument(0), *roleFromKey(call.argument(1))));
}

int userAddProject(Invocation &call)
{
    return accountChanged(call.io, call.engine->addAccountProject(call.argument(0), call.argument(1)));
}

int userRemoveProject(Invocation &call)
{
    return accountChanged(call.io, call.engine->removeAccountProject(call.argument(0), call.argument(1)));
}

int userPasswd(Invocation &call)
{
    Output &io = call.io;
    const QString name = call.argument(0);
    const QString password = newPassword(call, name);
    if (auto r = call.engine->setAccountPassword(name, password); !r)
        return io.failed(r.failure());
    if (io.json)
        io.printJson(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("password_changed"), true}});
    else
        io.out << QCoreApplication::translate("Cli", "Changed the password of %1.").arg(name) << Qt::endl;
    return 0;
}

// audit

QDateTime sinceOf(const Invocation &call)
{
    const auto text = call.value(QStringLiteral("since"));
    if (!text)
        return {};
    QDateTime t = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(*text, Qt::ISODate);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(*text, Qt::ISODate);
        if (d.isValid())
            t = d.startOfDay();
    }
    return t;
}

void auditCheck(const Invocation &call)
{
    if (call.has(QStringLiteral("since")) && !sinceOf(call).isValid())
        throw UsageError{QCoreApplication::translate(
                             "Cli",
                             "--since needs an ISO 8601 time, for example 2024-05-01 or 2024-05-01T08:00:00, "
                             "not \"%1\".")
                             .arg(call.valueOr(QStringLiteral("since")))};
}

int auditList(Invocation &call)
{
    Output &io = call.io;
    AuditFilter f;
    f.account = call.valueOr(QStringLiteral("user"));
    f.action = call.valueOr(QStringLiteral("action"));
    f.project = call.valueOr(QStringLiteral("project"));
    f.since = sinceOf(call);
    auto list = call.engine->auditLog(f);
    if (!list)
        return io.failed(list.failure());
    QJsonArray json;
    QList<QStringList> rows;
    for (const AuditEntry &e : std::as_const(*list)) {
        json.append(e.toJson());
        rows << QStringList{Output::time(e.at), e.account, e.action,         e.object,
                            e.project,          e.result,  e.detail.left(80)};
    }
    if (io.json)
        io.printJson(json);
    else
        io.table({QCoreApplication::translate("Cli", "TIME"), QCoreApplication::translate("Cli", "USER"),
                  QCoreApplication::translate("Cli", "ACTION"), QCoreApplication::translate("Cli", "OBJECT"),
                  QCoreApplication::translate("Cli", "PROJECT"), QCoreApplication::translate("Cli", "RESULT"),
                  QCoreApplication::translate("Cli", "DETAIL")},
                 rows);
    return 0;
}

} // namespace

void addAccessCommands(QList<Command> &table)
{
    const QString project = QStringLiteral("project");
    table << Command{.group = project,
                     .word = QStringLiteral("create"),
                     .synopsis = QStringLiteral("NAME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Create a project."),
                     .arguments = {{.name = "NAME", .what = QT_TRANSLATE_NOOP("Cli", "the project name")}},
                     .check = projectNameCheck,
                     .run = projectCreate};
    table << Command{.group = project,
                     .word = QStringLiteral("list"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "List the projects you can see."),
                     .run = projectList};
    table << Command{.group = project,
                     .word = QStringLiteral("delete"),
                     .synopsis = QStringLiteral("NAME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Delete a project that has no volumes left."),
                     .arguments = {{.name = "NAME",
                                    .what = QT_TRANSLATE_NOOP("Cli", "the project name"),
                                    .complete = Complete::Project}},
                     .run = projectDelete};

    const QString user = QStringLiteral("user");
    table << Command{.group = user,
                     .word = QStringLiteral("create"),
                     .synopsis = QStringLiteral("NAME --role ROLE [--project PROJECT]..."),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Create a user (password: asked on a terminal, else "
                                                         "CLOUDBACKUP_NEW_PASSWORD)."),
                     .arguments = {{.name = "NAME", .what = QT_TRANSLATE_NOOP("Cli", "the user name")}},
                     .options = {{.name = QStringLiteral("role"),
                                  .valueName = "ROLE",
                                  .help = QT_TRANSLATE_NOOP("Cli", "the role"),
                                  .choices = roleKeys(),
                                  .complete = Complete::Choices},
                                 [] {
                                     Option o = projectOption(
                                         QT_TRANSLATE_NOOP("Cli", "a project the user belongs to"));
                                     o.repeatable = true;
                                     return o;
                                 }()},
                     .check = userCreateCheck,
                     .run = userCreate};
    table << Command{.group = user,
                     .word = QStringLiteral("list"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "List users."),
                     .run = userList};
    table << Command{.group = user,
                     .word = QStringLiteral("show"),
                     .synopsis = QStringLiteral("NAME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Show one user."),
                     .arguments = {accountArgument},
                     .run = userShow};
    table << Command{.group = user,
                     .word = QStringLiteral("disable"),
                     .synopsis = QStringLiteral("NAME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Stop a user from logging in."),
                     .arguments = {accountArgument},
                     .run = userDisable};
    table << Command{.group = user,
                     .word = QStringLiteral("enable"),
                     .synopsis = QStringLiteral("NAME"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Let a disabled user log in again."),
                     .arguments = {accountArgument},
                     .run = userEnable};
    table << Command{.group = user,
                     .word = QStringLiteral("set-role"),
                     .synopsis = QStringLiteral("NAME ROLE"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Change a user's role."),
                     .arguments = {accountArgument,
                                   {.name = "ROLE",
                                    .what = QT_TRANSLATE_NOOP("Cli", "the role"),
                                    .complete = Complete::Role}},
                     .check = roleCheck,
                     .run = userSetRole};
    table << Command{.group = user,
                     .word = QStringLiteral("add-project"),
                     .synopsis = QStringLiteral("NAME PROJECT"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Make a user a member of a project."),
                     .arguments = {accountArgument, projectArgument},
                     .run = userAddProject};
    table << Command{.group = user,
                     .word = QStringLiteral("remove-project"),
                     .synopsis = QStringLiteral("NAME PROJECT"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Take a user out of a project."),
                     .arguments = {accountArgument, projectArgument},
                     .run = userRemoveProject};
    table << Command{.group = user,
                     .word = QStringLiteral("passwd"),
                     .synopsis = QStringLiteral("NAME"),
                     .summary =
                         QT_TRANSLATE_NOOP("Cli", "Change a user's password (asked on a terminal, else "
                                                  "CLOUDBACKUP_NEW_PASSWORD)."),
                     .arguments = {accountArgument},
                     .run = userPasswd};

    table << Command{
        .group = QStringLiteral("audit"),
        .word = QStringLiteral("list"),
        .synopsis = QStringLiteral("[--user USER] [--action ACTION] [--project PROJECT] [--since ISO-TIME]"),
        .summary = QT_TRANSLATE_NOOP("Cli", "Show the audit log: who did what, when, and the result."),
        .options = {{.name = QStringLiteral("user"),
                     .valueName = "USER",
                     .help = QT_TRANSLATE_NOOP("Cli", "only what this user did (the global --user goes "
                                                      "before the command words)"),
                     .nonEmpty = true,
                     .complete = Complete::User},
                    {.name = QStringLiteral("action"),
                     .valueName = "ACTION",
                     .help = QT_TRANSLATE_NOOP("Cli", "only this action (backup.create) or a group of them "
                                                      "(backup.)"),
                     .nonEmpty = true},
                    projectOption(QT_TRANSLATE_NOOP("Cli", "only this project")),
                    {.name = QStringLiteral("since"),
                     .valueName = "ISO-TIME",
                     .help = QT_TRANSLATE_NOOP("Cli", "only from this time on"),
                     .nonEmpty = true}},
        .check = auditCheck,
        .run = auditList};
}

} // namespace cb::cli
