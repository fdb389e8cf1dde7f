// cloudbackupctl: reads the command line against the command table, checks
// all of it, and only then opens the engine and runs the command.
#include "cli/Cli.h"

#include "cli/Command.h"
#include "crypto/Passphrase.h"
#include "crypto/Secret.h"
#include "engine/Engine.h"
#include "i18n/Language.h"
#include "util/Validate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

using namespace cb;
using namespace cb::cli;

namespace {

const Option *globalOption(const QString &name)
{
    for (const Option &o : globalOptions()) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

// A language --lang accepts: en, zh_CN and their usual spellings (zh, en_US, zh_CN.UTF-8).
QString languageOf(const QString &value)
{
    for (const QString &lang : i18n::available()) {
        const QString base = lang.left(2);
        if (value.compare(lang, Qt::CaseInsensitive) == 0 || value.compare(base, Qt::CaseInsensitive) == 0)
            return lang;
        if (value.startsWith(base, Qt::CaseInsensitive) && value.size() > 2 &&
            QStringLiteral("_-.").contains(value[2])) {
            // zh_TW is not zh_CN: only the Chinese of the People's Republic is available.
            if (base == QLatin1String("zh") &&
                !value.mid(3).startsWith(QLatin1String("CN"), Qt::CaseInsensitive))
                continue;
            return lang;
        }
    }
    return {};
}

// The language asked for on the command line, before the full parse, so that
// its own errors are already in that language.
QString earlyLanguage(const QStringList &args)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--"))
            break;
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return languageOf(args[i + 1]);
        if (args[i].startsWith(QLatin1String("--lang=")))
            return languageOf(args[i].mid(7));
    }
    return {};
}

void useLanguage(const QString &lang)
{
    if (lang != i18n::current())
        i18n::install(lang);
}

void addOptions(QCommandLineParser &parser, const QList<Option> &options, const QStringList &skip = {})
{
    for (const Option &o : options) {
        if (skip.contains(o.name))
            continue;
        QStringList names{o.name};
        if (o.name == QLatin1String("help"))
            names.prepend(QStringLiteral("h"));
        QCommandLineOption option(names);
        if (o.valueName)
            option.setValueName(QLatin1String(o.valueName));
        parser.addOption(option);
    }
}

void parse(QCommandLineParser &parser, const QStringList &args)
{
    if (parser.parse(QStringList{QStringLiteral("cloudbackupctl")} + args))
        return;
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        const QString &n = unknown.first();
        throw UsageError{QCoreApplication::translate("Cli", "Unknown option %1.")
                             .arg((n.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + n)};
    }
    throw UsageError{parser.errorText()};
}

// Empty values and values outside an option's choices are usage errors.
void checkValues(const QCommandLineParser &parser, const QList<Option> &options, const QStringList &skip = {})
{
    for (const Option &o : options) {
        if (!o.valueName || skip.contains(o.name) || !parser.isSet(o.name))
            continue;
        for (const QString &v : parser.values(o.name)) {
            if (o.nonEmpty && v.isEmpty())
                throw UsageError{QCoreApplication::translate("Cli",
                                                             "The option --%1 needs a value; it must not "
                                                             "be empty.")
                                     .arg(o.name)};
            if (!o.choices.isEmpty() && !o.choices.contains(v))
                throw UsageError{QCoreApplication::translate("Cli", "\"%1\" is not a valid value of --%2; "
                                                                    "valid values: %3.")
                                     .arg(v, o.name, o.choices.join(QLatin1String(", ")))};
        }
    }
}

void checkArguments(const Command &c, const QStringList &args)
{
    qsizetype min = 0, max = 0;
    for (const Argument &a : c.arguments) {
        if (a.count != Argument::Optional)
            ++min;
        max = a.count == Argument::OneOrMore ? std::numeric_limits<qsizetype>::max() : max + 1;
    }
    if (args.size() < min) {
        const Argument &missing = c.arguments[args.size()];
        throw UsageError{QCoreApplication::translate("Cli", "Missing %1.").arg(trCli(missing.what))};
    }
    if (args.size() > max)
        throw UsageError{QCoreApplication::translate("Cli", "Unexpected argument \"%1\".").arg(args[max])};
}

// What --catalog (or CLOUDBACKUP_CATALOG) may name: a SQLite file or a
// PostgreSQL URL without a password in it.
void checkCatalog(const QString &url, bool onCommandLine)
{
    if (url.isEmpty())
        return;
    const qsizetype sep = url.indexOf(QLatin1String("://"));
    if (sep < 0)
        return; // a SQLite path (or sqlite:PATH)
    const QString scheme = url.left(sep).toLower();
    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres") &&
        scheme != QLatin1String("sqlite"))
        throw UsageError{QCoreApplication::translate(
                             "Cli", "The catalog \"%1\" is not supported: use a SQLite file path or "
                                    "postgresql://USER@HOST:PORT/DATABASE.")
                             .arg(url.left(sep + 3))};
    if (scheme == QLatin1String("sqlite"))
        return;
    const QUrl u(url);
    if (!u.isValid())
        throw UsageError{
            QCoreApplication::translate("Cli", "The catalog URL is not valid: %1").arg(u.errorString())};
    if (onCommandLine && (!u.password().isEmpty() || QUrlQuery(u).hasQueryItem(QStringLiteral("password"))))
        throw UsageError{QCoreApplication::translate(
            "Cli", "The catalog URL contains a password, which every user could read in the process list. "
                   "Remove it and set CLOUDBACKUP_PASSWORD or PGPASSWORD, or use ~/.pgpass.")};
}

bool isPostgres(const QString &url)
{
    return url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
}

class Runner
{
public:
    Runner(QTextStream &out, QTextStream &err) : m_io(out, err) {}

    int run(const QStringList &args)
    {
        // Global options, then the command words; everything after the
        // words belongs to the command's own parser.
        QStringList prefix, words, tail;
        for (int i = 0; i < args.size(); ++i) {
            const QString &t = args[i];
            // "help", "prune" and "daemon" are whole commands in one word.
            if (words.size() == 2 || (words.size() == 1 && (words.first() == QLatin1String("help") ||
                                                            findCommand(words.first(), QString())))) {
                tail = args.mid(i);
                break;
            }
            if (t.startsWith(u'-') && t.size() > 1) {
                prefix << t;
                const Option *o = t.startsWith(QLatin1String("--")) ? globalOption(t.mid(2)) : nullptr;
                if (o && o->valueName && i + 1 < args.size())
                    prefix << args[++i];
            } else {
                words << t;
            }
        }
        QCommandLineParser globals;
        addOptions(globals, globalOptions());
        parse(globals, prefix);
        if (!globals.positionalArguments().isEmpty())
            words = globals.positionalArguments() + words;
        if (globals.isSet(QStringLiteral("version")))
            return printVersion();
        checkValues(globals, globalOptions());
        if (globals.isSet(QStringLiteral("lang")))
            useLanguage(language(globals.value(QStringLiteral("lang"))));
        const bool help = globals.isSet(QStringLiteral("help"));
        if (words.isEmpty()) {
            (help ? m_io.out : m_io.err) << usageText();
            return help ? ExitOk : ExitUsage;
        }
        const QString group = words.first();
        if (group == QLatin1String("help"))
            return helpFor(tail);
        if (!isGroup(group))
            throw UsageError{QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(group)};
        const Command *single = findCommand(group, QString());
        if (words.size() == 1 && !single) {
            if (help) {
                m_io.out << groupUsage(group);
                return ExitOk;
            }
            showError(m_io.err, QCoreApplication::translate("Cli", "\"%1\" needs a command.").arg(group));
            m_io.err << groupUsage(group);
            return ExitUsage;
        }
        const Command *command = single ? single : findCommand(group, words[1]);
        if (!command)
            throw UsageError{
                QCoreApplication::translate("Cli", "Unknown command \"%1 %2\".").arg(group, words[1])};

        // The command's options shadow global ones of the same name (audit list --user).
        QStringList shadowed;
        for (const Option &o : command->options)
            shadowed << o.name;
        QCommandLineParser parser;
        addOptions(parser, command->options);
        addOptions(parser, globalOptions(), shadowed);
        parse(parser, tail);
        auto global = [&](const QString &name) -> std::optional<QString> {
            if (!shadowed.contains(name) && parser.isSet(name))
                return parser.value(name);
            if (globals.isSet(name))
                return globals.value(name);
            return std::nullopt;
        };
        auto globalFlag = [&](const QString &name) {
            return globals.isSet(name) || (!shadowed.contains(name) && parser.isSet(name));
        };
        if (const auto lang = global(QStringLiteral("lang")))
            useLanguage(language(*lang));
        if (globalFlag(QStringLiteral("help"))) {
            m_io.out << commandUsage(*command);
            return ExitOk;
        }
        if (globalFlag(QStringLiteral("version")))
            return printVersion();

        // Everything is checked before anything is opened or created.
        checkValues(parser, command->options);
        checkValues(parser, globalOptions(), shadowed);
        const QStringList arguments = parser.positionalArguments();
        checkArguments(*command, arguments);
        m_io.json = globalFlag(QStringLiteral("json"));
        if (const auto rate = global(QStringLiteral("limit-rate"))) {
            auto bytes = validate::parseSize(*rate);
            if (!bytes)
                throw UsageError{bytes.error()};
            m_io.rateLimit = *bytes;
        }
        EngineConfig config;
        config.home = global(QStringLiteral("home")).value_or(QString());
        config.repositoryPath = global(QStringLiteral("repository")).value_or(QString());
        QStringList cephConfs = globals.values(QStringLiteral("ceph-conf"));
        if (!shadowed.contains(QStringLiteral("ceph-conf")))
            cephConfs += parser.values(QStringLiteral("ceph-conf"));
        cephConfsInto(cephConfs, config);
        config.repositoryCephConf = global(QStringLiteral("repository-ceph-conf")).value_or(QString());
        config.account = global(QStringLiteral("user")).value_or(QString());
        if (const auto catalog = global(QStringLiteral("catalog"))) {
            checkCatalog(*catalog, true);
            config.catalogUrl = *catalog;
        } else {
            config.catalogUrl = qEnvironmentVariable("CLOUDBACKUP_CATALOG");
            checkCatalog(config.catalogUrl, false);
        }
        Invocation call(*command, parser, arguments, m_io);
        call.config = config;
        call.passwordFile = global(QStringLiteral("password-file")).value_or(QString());
        call.keyFile = global(QStringLiteral("key-file")).value_or(QString());
        if (command->check)
            command->check(call);
        if (command->needs == Needs::Nothing)
            return command->run(call);

        config.rebuildingCatalog = command->needs == Needs::RebuildingEngine;
        config.catalogOnly = command->needs == Needs::Catalog;
        auto engine = openEngine(config, call.passwordFile, call.keyFile);
        if (!engine && command->needs == Needs::EngineOrFailure) {
            call.openFailure = engine.failure();
            return command->run(call);
        }
        if (!engine)
            return m_io.failed(engine.failure());
        call.engine = *engine;
        reportRecovery(*call.engine);
        return command->run(call);
    }

private:
    // --ceph-conf FILE (the default cluster's, once) and NAME=FILE (another
    // cluster, repeatable). A FILE with "=" in it is given with a "/" before
    // it ("./a=b.conf"): a NAME has neither "/" nor "=".
    static void cephConfsInto(const QStringList &values, EngineConfig &config)
    {
        for (const QString &value : values) {
            const qsizetype eq = value.indexOf(u'=');
            if (eq < 0 || value.left(eq).contains(u'/')) {
                if (!config.cephConf.isEmpty() && config.cephConf != value)
                    throw UsageError{QCoreApplication::translate(
                        "Cli", "--ceph-conf FILE names the default cluster and is given once; name the "
                               "others: --ceph-conf NAME=FILE.")};
                config.cephConf = value;
                continue;
            }
            const QString name = value.left(eq);
            const QString file = value.mid(eq + 1);
            if (name.isEmpty() || file.isEmpty())
                throw UsageError{
                    QCoreApplication::translate("Cli", "--ceph-conf takes FILE or NAME=FILE, not \"%1\".")
                        .arg(value)};
            for (const CephClusterConf &c : std::as_const(config.cephClusters)) {
                if (c.name == name)
                    throw UsageError{
                        QCoreApplication::translate("Cli", "The Ceph cluster \"%1\" is given twice.")
                            .arg(name)};
            }
            config.cephClusters.append({name, file});
        }
    }

    static bool isGroup(const QString &name)
    {
        for (const Group &g : groups()) {
            if (g.name == name)
                return true;
        }
        return false;
    }

    static QString language(const QString &value)
    {
        const QString lang = languageOf(value);
        if (lang.isEmpty())
            throw UsageError{
                QCoreApplication::translate("Cli", "Unknown language \"%1\"; the languages are %2.")
                    .arg(value, i18n::available().join(QLatin1String(", ")))};
        return lang;
    }

    // The same line as `cloudbackup --version`, but for the program's name.
    int printVersion()
    {
        m_io.out << QStringLiteral("cloudbackupctl ") << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }

    // cloudbackupctl help [GROUP [COMMAND]]; help --man prints the manual page.
    int helpFor(const QStringList &topic)
    {
        if (topic.contains(QLatin1String("--man"))) {
            m_io.out << manPage(QCoreApplication::applicationVersion());
            return ExitOk;
        }
        QStringList words;
        for (const QString &w : topic) {
            if (!w.startsWith(u'-'))
                words << w;
        }
        if (words.isEmpty()) {
            m_io.out << usageText();
            return ExitOk;
        }
        if (!isGroup(words[0]))
            throw UsageError{QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(words[0])};
        if (words.size() == 1) {
            m_io.out << groupUsage(words[0]);
            return ExitOk;
        }
        const Command *c = findCommand(words[0], words[1]);
        if (!c)
            throw UsageError{
                QCoreApplication::translate("Cli", "Unknown command \"%1 %2\".").arg(words[0], words[1])};
        m_io.out << commandUsage(*c);
        return ExitOk;
    }

    // The password of --user: CLOUDBACKUP_PASSWORD, else what libpq finds
    // (PGPASSWORD, ~/.pgpass), else asked on a terminal when the server wants one.
    // An encrypted repository's passphrase: --password-file, else
    // CLOUDBACKUP_REPOSITORY_PASSWORD, else asked on a terminal once the
    // repository turns out to be encrypted. Its key file (--key-file, else
    // CLOUDBACKUP_REPOSITORY_KEY_FILE) is tried first.
    Result<std::shared_ptr<Engine>> openEngine(EngineConfig config, const QString &passwordFile,
                                               const QString &keyFile)
    {
        auto key = crypto::passphrase::keyFileFrom(keyFile);
        if (!key)
            return fail(key);
        if (!key->isEmpty())
            config.repositoryKeyFile = std::make_shared<const crypto::Secret>(std::move(*key));
        if (!passwordFile.isEmpty()) {
            auto pass = crypto::passphrase::fromFile(passwordFile);
            if (!pass)
                return fail(pass);
            config.repositoryPassphrase = std::make_shared<const crypto::Secret>(std::move(*pass));
        } else if (auto env = crypto::passphrase::fromEnvironment(); !env.isEmpty()) {
            config.repositoryPassphrase = std::make_shared<const crypto::Secret>(std::move(env));
        }
        auto engine = openWithLogin(config);
        if (engine || config.repositoryPassphrase || config.repositoryKeyFile || !::isatty(STDIN_FILENO) ||
            !Repository::needsPassphrase(engine.failure()))
            return engine;
        auto pass =
            crypto::passphrase::fromTerminal(QCoreApplication::translate("Cli", "Repository passphrase: "));
        if (!pass)
            return fail(pass);
        config.repositoryPassphrase = std::make_shared<const crypto::Secret>(std::move(*pass));
        return openWithLogin(config);
    }

    Result<std::shared_ptr<Engine>> openWithLogin(EngineConfig config)
    {
        const bool given = qEnvironmentVariableIsSet("CLOUDBACKUP_PASSWORD");
        if (given)
            config.password = qEnvironmentVariable("CLOUDBACKUP_PASSWORD");
        auto engine = Engine::open(config);
        if (engine || given || !isPostgres(config.catalogUrl) || !::isatty(STDIN_FILENO) ||
            !engine.error().contains(QLatin1String("password"), Qt::CaseInsensitive))
            return engine;
        QString account = config.account;
        if (account.isEmpty())
            account = QUrl(config.catalogUrl).userName();
        config.password = readPassword("CLOUDBACKUP_PASSWORD",
                                       QCoreApplication::translate("Cli", "Password for %1: ").arg(account),
                                       /*confirm=*/false);
        return Engine::open(config);
    }

    void reportRecovery(const Engine &engine)
    {
        const RecoveryReport &rec = engine.recovery();
        if (rec.upgradedFrom > 0)
            m_io.err << QCoreApplication::translate(
                            "Cli", "The repository was upgraded from format %1 to format %2.")
                            .arg(rec.upgradedFrom)
                            .arg(Repository::FormatVersion)
                     << Qt::endl;
        if (rec.backupsFailed + rec.restoresFailed + rec.deletesResolved > 0)
            m_io.err << QCoreApplication::translate("Cli", "Recovered after an interruption: %1, %2, %3.")
                            .arg(QCoreApplication::translate("Cli", "%n backup(s) marked as failed", nullptr,
                                                             int(rec.backupsFailed)),
                                 QCoreApplication::translate("Cli", "%n restore(s) ended", nullptr,
                                                             int(rec.restoresFailed)),
                                 QCoreApplication::translate("Cli", "%n delete(s) settled", nullptr,
                                                             int(rec.deletesResolved)))
                     << Qt::endl;
    }

    Output m_io;
};

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString early = earlyLanguage(args);
    i18n::install(early.isEmpty() ? i18n::systemLanguage() : early);
    try {
        Runner runner(out, err);
        return runner.run(args);
    } catch (const UsageError &e) {
        showError(err, e.message);
        err << QCoreApplication::translate("Cli", "Run \"cloudbackupctl --help\" for usage.") << Qt::endl;
        return ExitUsage;
    } catch (const InputError &e) {
        return showError(err, e.message);
    }
}
