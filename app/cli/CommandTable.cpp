// The command table as a whole: global options, groups, usage texts and the
// bash completion script, all derived from the declarations.
#include "cli/Command.h"

#include <QCoreApplication>

namespace cb::cli {

namespace {

int bashCompletionCommand(Invocation &call)
{
    call.io.out << bashCompletion();
    call.io.out.flush();
    return 0;
}

QString dashed(const Option &o)
{
    return QStringLiteral("--") + o.name;
}

// "--name VALUE" as shown in option lists.
QString optionLabel(const Option &o)
{
    QString s = o.name == QLatin1String("help") ? QStringLiteral("-h, --help") : dashed(o);
    if (o.valueName)
        s += u' ' + QLatin1String(o.valueName);
    return s;
}

QString optionLines(const QList<Option> &options)
{
    qsizetype width = 0;
    for (const Option &o : options)
        width = std::max(width, optionLabel(o).size());
    QString s;
    for (const Option &o : options) {
        QString help = trCli(o.help);
        if (!o.choices.isEmpty())
            help += QStringLiteral(" (") + o.choices.join(QLatin1String(", ")) + u')';
        s += QStringLiteral("  ") + optionLabel(o).leftJustified(width + 2) + help + u'\n';
    }
    return s;
}

QString commandLine(const Command &c)
{
    QString s = c.word.isEmpty() ? c.group : c.group + u' ' + c.word;
    if (!c.synopsis.isEmpty())
        s += u' ' + c.synopsis;
    return s;
}

QString footer()
{
    return QCoreApplication::translate(
               "Cli",
               "Exit status: 0 success, 1 failure, 2 usage error, 3 not permitted (the user's role may "
               "not do this).\n") +
           QCoreApplication::translate(
               "Cli", "Run \"cloudbackupctl GROUP --help\" or \"cloudbackupctl GROUP COMMAND --help\" for "
                      "details.\n");
}

} // namespace

const QList<Group> &groups()
{
    static const QList<Group> all{
        {QStringLiteral("volume"), QT_TRANSLATE_NOOP("Cli", "Volumes")},
        {QStringLiteral("backup"), QT_TRANSLATE_NOOP("Cli", "Backups")},
        {QStringLiteral("repo"), QT_TRANSLATE_NOOP("Cli", "Repository")},
        {QStringLiteral("job"), QT_TRANSLATE_NOOP("Cli", "Jobs")},
        {QStringLiteral("project"), QT_TRANSLATE_NOOP("Cli", "Projects")},
        {QStringLiteral("user"), QT_TRANSLATE_NOOP("Cli", "Users")},
        {QStringLiteral("audit"), QT_TRANSLATE_NOOP("Cli", "Audit")},
        {QStringLiteral("policy"), QT_TRANSLATE_NOOP("Cli", "Policies")},
        {QStringLiteral("prune"), QT_TRANSLATE_NOOP("Cli", "Retention")},
        {QStringLiteral("daemon"), QT_TRANSLATE_NOOP("Cli", "Scheduled runs")},
        {QStringLiteral("doctor"), QT_TRANSLATE_NOOP("Cli", "Health")},
        {QStringLiteral("completion"), QT_TRANSLATE_NOOP("Cli", "Shell")},
    };
    return all;
}

const QList<Command> &commands()
{
    static const QList<Command> table = [] {
        QList<Command> t;
        addVolumeCommands(t);
        addBackupCommands(t);
        addRepoCommands(t);
        addAccessCommands(t);
        addPolicyCommands(t);
        addDoctorCommand(t);
        t << Command{.group = QStringLiteral("completion"),
                     .word = QStringLiteral("bash"),
                     .summary = QT_TRANSLATE_NOOP("Cli", "Print the bash completion script."),
                     .needs = Needs::Nothing,
                     .run = bashCompletionCommand};
        return t;
    }();
    return table;
}

const QList<Option> &globalOptions()
{
    static const QList<Option> options{
        {.name = QStringLiteral("home"),
         .valueName = "DIR",
         .help = QT_TRANSLATE_NOOP("Cli", "self-contained setup (or CLOUDBACKUP_HOME)"),
         .nonEmpty = true,
         .complete = Complete::Directory},
        {.name = QStringLiteral("repository"),
         .valueName = "LOCATION",
         .help = QT_TRANSLATE_NOOP("Cli", "repository: a folder or rados:POOL[/NAMESPACE] (or "
                                          "CLOUDBACKUP_REPOSITORY; default HOME/repository)"),
         .nonEmpty = true,
         .complete = Complete::Directory},
        {.name = QStringLiteral("repository-ceph-conf"),
         .valueName = "FILE",
         .help = QT_TRANSLATE_NOOP("Cli", "Ceph configuration of a RADOS repository (default: the volumes')"),
         .nonEmpty = true,
         .complete = Complete::File},
        {.name = QStringLiteral("catalog"),
         .valueName = "URL",
         .help = QT_TRANSLATE_NOOP("Cli", "catalog: a SQLite path or postgresql://USER@HOST:PORT/DB (or "
                                          "CLOUDBACKUP_CATALOG); never a password in it"),
         .nonEmpty = true,
         .complete = Complete::File},
        {.name = QStringLiteral("ceph-conf"),
         .valueName = "[NAME=]FILE",
         .help =
             QT_TRANSLATE_NOOP("Cli", "Ceph configuration of the default cluster (or CEPH_CONF); NAME=FILE "
                                      "adds another cluster, whose volumes are rbd:NAME:POOL/IMAGE "
                                      "(repeatable; see also HOME/clusters.json)"),
         .repeatable = true,
         .nonEmpty = true,
         .complete = Complete::File},
        {.name = QStringLiteral("user"),
         .valueName = "NAME",
         .help = QT_TRANSLATE_NOOP("Cli", "act as this account; its password is asked on a terminal or "
                                          "read from CLOUDBACKUP_PASSWORD"),
         .nonEmpty = true,
         .complete = Complete::User},
        {.name = QStringLiteral("password-file"),
         .valueName = "FILE",
         .help = QT_TRANSLATE_NOOP("Cli", "an encrypted repository's passphrase, from this private file "
                                          "(or CLOUDBACKUP_REPOSITORY_PASSWORD; else asked on a terminal)"),
         .nonEmpty = true,
         .complete = Complete::File},
        {.name = QStringLiteral("key-file"),
         .valueName = "FILE",
         .help = QT_TRANSLATE_NOOP("Cli",
                                   "an encrypted repository's key file, made by \"repo key add-key-file\": "
                                   "opens it without the passphrase (or CLOUDBACKUP_REPOSITORY_KEY_FILE)"),
         .nonEmpty = true,
         .complete = Complete::File},
        {.name = QStringLiteral("json"), .help = QT_TRANSLATE_NOOP("Cli", "machine-readable output")},
        {.name = QStringLiteral("limit-rate"),
         .valueName = "RATE",
         .help = QT_TRANSLATE_NOOP("Cli", "limit backup and restore I/O, per second (for example 100M)"),
         .nonEmpty = true},
        {.name = QStringLiteral("lang"),
         .valueName = "LANG",
         .help = QT_TRANSLATE_NOOP("Cli", "zh_CN or en (default: from LANG)"),
         .nonEmpty = true,
         .complete = Complete::Language},
        {.name = QStringLiteral("help"), .help = QT_TRANSLATE_NOOP("Cli", "show this help")},
        {.name = QStringLiteral("version"), .help = QT_TRANSLATE_NOOP("Cli", "show the version")},
    };
    return options;
}

const Command *findCommand(const QString &group, const QString &word)
{
    for (const Command &c : commands()) {
        if (c.group == group && c.word == word)
            return &c;
    }
    return nullptr;
}

QString usageText()
{
    QString s =
        QCoreApplication::translate("Cli", "Usage: cloudbackupctl [GLOBAL OPTIONS] GROUP COMMAND ...") +
        QStringLiteral("\n");
    for (const Group &g : groups()) {
        s += u'\n' + trCli(g.title) + QStringLiteral(":\n");
        for (const Command &c : commands()) {
            if (c.group == g.name)
                s += QStringLiteral("  ") + commandLine(c) + u'\n';
        }
    }
    s += u'\n' + QCoreApplication::translate("Cli", "Global options:") + u'\n' + optionLines(globalOptions());
    s += u'\n' +
         QCoreApplication::translate(
             "Cli",
             "VOLUME is an id as \"volume list\" prints it or an unambiguous name. ID is a backup id "
             "or an\nunambiguous prefix of at least 4 characters. Sizes accept K, M, G and T (binary).\n");
    s += QCoreApplication::translate(
        "Cli",
        "Passwords never go on the command line: CLOUDBACKUP_PASSWORD (or, for PostgreSQL, PGPASSWORD "
        "or ~/.pgpass)\nfor --user, CLOUDBACKUP_NEW_PASSWORD for \"user create\" and \"user passwd\"; on "
        "a terminal they are asked.\n");
    s += footer();
    return s;
}

QString groupUsage(const QString &group)
{
    QString title;
    for (const Group &g : groups()) {
        if (g.name == group)
            title = trCli(g.title);
    }
    QString s = QCoreApplication::translate("Cli", "Usage: cloudbackupctl [GLOBAL OPTIONS] %1 COMMAND ...")
                    .arg(group) +
                QStringLiteral("\n\n") + title + QStringLiteral(":\n");
    for (const Command &c : commands()) {
        if (c.group == group)
            s +=
                QStringLiteral("  ") + commandLine(c) + QStringLiteral("\n      ") + trCli(c.summary) + u'\n';
    }
    s += u'\n' + footer();
    return s;
}

QString commandUsage(const Command &c)
{
    QString s =
        QCoreApplication::translate("Cli", "Usage: cloudbackupctl [GLOBAL OPTIONS] %1").arg(commandLine(c)) +
        QStringLiteral("\n\n") + trCli(c.summary) + u'\n';
    if (!c.arguments.isEmpty()) {
        s += u'\n' + QCoreApplication::translate("Cli", "Arguments:") + u'\n';
        for (const Argument &a : c.arguments)
            s += QStringLiteral("  ") + QString::fromLatin1(a.name).leftJustified(12) + trCli(a.what) + u'\n';
    }
    if (!c.options.isEmpty())
        s += u'\n' + QCoreApplication::translate("Cli", "Options:") + u'\n' + optionLines(c.options);
    s += u'\n' + QCoreApplication::translate("Cli", "Global options:") + u'\n' + optionLines(globalOptions());
    s += u'\n' + footer();
    return s;
}

// The script: which words come next, from the table; volumes, backups,
// projects and users from the setup the command line names (--home ...).
QString bashCompletion()
{
    auto kindOf = [](Complete c, const QStringList &choices) -> QString {
        switch (c) {
        case Complete::Nothing:
            return QStringLiteral("text");
        case Complete::File:
            return QStringLiteral("file");
        case Complete::Directory:
            return QStringLiteral("dir");
        case Complete::Choices:
            return QStringLiteral("choices:") + choices.join(u' ');
        case Complete::Volume:
            return QStringLiteral("volume");
        case Complete::Backup:
            return QStringLiteral("backup");
        case Complete::Project:
            return QStringLiteral("project");
        case Complete::User:
            return QStringLiteral("user");
        case Complete::Role:
            return QStringLiteral("choices:cloud-admin dept-admin project-admin member");
        case Complete::Language:
            return QStringLiteral("choices:en zh_CN");
        }
        return QStringLiteral("text");
    };
    auto names = [](const QList<Option> &options) {
        QStringList out;
        for (const Option &o : options) {
            out << QStringLiteral("--") + o.name;
            if (o.name == QLatin1String("help"))
                out << QStringLiteral("-h");
        }
        return out.join(u' ');
    };

    QString s = QStringLiteral(
        "# bash completion for cloudbackupctl, generated by `cloudbackupctl completion bash`.\n"
        "# Install: cloudbackupctl completion bash > "
        "/usr/share/bash-completion/completions/cloudbackupctl\n\n");

    // What an option's value is.
    s += QStringLiteral("_cloudbackupctl_value_kind()\n{\n    case \"$1 $2\" in\n");
    for (const Command &c : commands()) {
        for (const Option &o : c.options) {
            if (o.valueName)
                s += QStringLiteral("    \"%1/%2 --%3\") echo '%4' ;;\n")
                         .arg(c.group, c.word, o.name, kindOf(o.complete, o.choices));
        }
    }
    for (const Option &o : globalOptions()) {
        if (o.valueName)
            s += QStringLiteral("    *\" --%1\") echo '%2' ;;\n").arg(o.name, kindOf(o.complete, o.choices));
    }
    s += QStringLiteral("    esac\n}\n\n");

    // The options of a command.
    s += QStringLiteral("_cloudbackupctl_options()\n{\n    case \"$1\" in\n");
    for (const Command &c : commands())
        s += QStringLiteral("    %1/%2) echo '%3' ;;\n").arg(c.group, c.word, names(c.options));
    s += QStringLiteral("    esac\n    echo '%1'\n}\n\n").arg(names(globalOptions()));

    // The words of a group, and the kinds of a command's arguments.
    s += QStringLiteral("_cloudbackupctl_words()\n{\n    case \"$1\" in\n");
    QStringList groupNames;
    for (const Group &g : groups()) {
        groupNames << g.name;
        QStringList words;
        for (const Command &c : commands()) {
            if (c.group == g.name)
                words << c.word;
        }
        s += QStringLiteral("    %1) echo '%2' ;;\n").arg(g.name, words.join(u' '));
    }
    s += QStringLiteral("    esac\n}\n\n");
    s += QStringLiteral("_cloudbackupctl_argument_kind()\n{\n    case \"$1\" in\n");
    for (const Command &c : commands()) {
        if (c.arguments.isEmpty())
            continue;
        QStringList cases;
        for (int i = 0; i < c.arguments.size(); ++i) {
            const Argument &a = c.arguments[i];
            const QString kind = kindOf(a.complete, a.choices);
            if (a.count == Argument::OneOrMore)
                cases << QStringLiteral("*) echo '%1' ;;").arg(kind);
            else
                cases << QStringLiteral("%1) echo '%2' ;;").arg(i).arg(kind);
        }
        s += QStringLiteral("    %1/%2) case \"$2\" in %3 esac ;;\n").arg(c.group, c.word, cases.join(u' '));
    }
    s += QStringLiteral("    esac\n}\n\n");

    // clang-format off
    static const char *const main = R"SH(_cloudbackupctl_list()
{
    # $1: what to list; then the program and the setup's global options.
    local what=$1 field=name
    shift
    local -a cmd
    case "$what" in
        volume) cmd=(volume list) ;;
        backup) cmd=(backup list) field=id ;;
        project) cmd=(project list) ;;
        user) cmd=(user list) ;;
    esac
    "$@" --json "${cmd[@]}" </dev/null 2>/dev/null |
        sed -n 's/^ *"'"$field"'": "\([^"]*\)",\{0,1\}$/\1/p'
}

_cloudbackupctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=
    ((COMP_CWORD > 0)) && prev=${COMP_WORDS[COMP_CWORD - 1]}
    local group= command= w kind i args=0
    local -a setup=("${COMP_WORDS[0]}")
    for ((i = 1; i < COMP_CWORD; i++)); do
        w=${COMP_WORDS[i]}
        case "$w" in
            --home | --repository | --catalog | --ceph-conf | --repository-ceph-conf)
                setup+=("$w" "${COMP_WORDS[i + 1]}")
                ((i++))
                ;;
            -*)
                [[ -n $(_cloudbackupctl_value_kind "$group/$command" "$w") ]] && ((i++))
                ;;
            *)
                if [[ -z $group ]]; then
                    group=$w
                elif [[ -z $command ]]; then
                    command=$w
                else
                    ((args++))
                fi
                ;;
        esac
    done
    COMPREPLY=()
    kind=$(_cloudbackupctl_value_kind "$group/$command" "$prev")
    if [[ -z $kind && $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_cloudbackupctl_options "$group/$command")" -- "$cur"))
        return
    fi
    if [[ -z $kind ]]; then
        if [[ -z $group ]]; then
            COMPREPLY=($(compgen -W "@GROUPS@ help" -- "$cur"))
            return
        elif [[ $group == help ]]; then
            if [[ -z $command ]]; then
                COMPREPLY=($(compgen -W "@GROUPS@" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$(_cloudbackupctl_words "$command")" -- "$cur"))
            fi
            return
        elif [[ -z $command ]]; then
            COMPREPLY=($(compgen -W "$(_cloudbackupctl_words "$group")" -- "$cur"))
            return
        fi
        kind=$(_cloudbackupctl_argument_kind "$group/$command" "$args")
    fi
    case "$kind" in
        file) COMPREPLY=($(compgen -f -- "$cur")) ;;
        dir) COMPREPLY=($(compgen -d -- "$cur")) ;;
        choices:*) COMPREPLY=($(compgen -W "${kind#choices:}" -- "$cur")) ;;
        volume | backup | project | user)
            COMPREPLY=($(compgen -W "$(_cloudbackupctl_list "$kind" "${setup[@]}")" -- "$cur"))
            ;;
    esac
}
complete -o default -F _cloudbackupctl cloudbackupctl
)SH";
    // clang-format on
    s += QString::fromUtf8(main).replace(QLatin1String("@GROUPS@"), groupNames.join(u' '));
    return s;
}

} // namespace cb::cli
