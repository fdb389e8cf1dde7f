#include "cli/Cli.h"

#include "catalog/Catalog.h"
#include "engine/Engine.h"
#include "engine/Job.h"
#include "util/Validate.h"
#include "volumes/FileBackend.h"
#include "volumes/VolumeBackend.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <csignal>
#include <unistd.h>

using namespace cb;

namespace {

std::atomic_bool *g_cancel = nullptr;

void onSignal(int)
{
    if (g_cancel && !g_cancel->load()) {
        g_cancel->store(true); // a second signal kills as usual
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
}

struct UsageError
{
    QString message;
};

// Options after the command words: "--name N", "--name=N", repeated "--add T", flags.
class Args
{
public:
    Args(QStringList words, const QStringList &valueOptions) : m_valueOptions(valueOptions)
    {
        for (int i = 0; i < words.size(); ++i) {
            const QString &w = words[i];
            if (w == QLatin1String("--")) {
                m_positional << words.mid(i + 1);
                break;
            }
            if (w.startsWith(QLatin1String("--"))) {
                QString key = w.mid(2);
                QString value;
                const qsizetype eq = key.indexOf(u'=');
                if (eq >= 0) {
                    value = key.mid(eq + 1);
                    key = key.left(eq);
                    if (!valueOptions.contains(key))
                        throw UsageError{
                            QCoreApplication::translate("Cli", "The option --%1 takes no value.").arg(key)};
                } else if (valueOptions.contains(key)) {
                    if (i + 1 >= words.size())
                        throw UsageError{
                            QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(key)};
                    value = words[++i];
                }
                m_options.append({key, value});
            } else {
                m_positional << w;
            }
        }
    }
    void allow(const QStringList &flags) const
    {
        for (const auto &o : m_options) {
            if (!flags.contains(o.first) && !m_valueOptions.contains(o.first))
                throw UsageError{QCoreApplication::translate("Cli", "Unknown option --%1.").arg(o.first)};
        }
    }
    bool has(const QString &key) const
    {
        for (const auto &o : m_options) {
            if (o.first == key)
                return true;
        }
        return false;
    }
    std::optional<QString> value(const QString &key) const
    {
        std::optional<QString> v;
        for (const auto &o : m_options) {
            if (o.first == key)
                v = o.second;
        }
        return v;
    }
    QStringList values(const QString &key) const
    {
        QStringList out;
        for (const auto &o : m_options) {
            if (o.first == key)
                out << o.second;
        }
        return out;
    }
    const QStringList &positional() const { return m_positional; }
    QString take(const QString &what)
    {
        if (m_positional.isEmpty())
            throw UsageError{QCoreApplication::translate("Cli", "Missing %1.").arg(what)};
        return m_positional.takeFirst();
    }
    void noMore() const
    {
        if (!m_positional.isEmpty())
            throw UsageError{
                QCoreApplication::translate("Cli", "Unexpected argument \"%1\".").arg(m_positional.first())};
    }

private:
    QStringList m_valueOptions;
    QList<std::pair<QString, QString>> m_options;
    QStringList m_positional;
};

QString usage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: cloudbackupctl [--home DIR] [--json] [--lang zh_CN|en] COMMAND ...\n"
        "\n"
        "Volumes:\n"
        "  volume list [--project P]\n"
        "  volume show VOLUME\n"
        "  volume create NAME --size SIZE [--project P] [--type T]\n"
        "  volume delete VOLUME\n"
        "  volume attach VOLUME          hold the volume in use until interrupted\n"
        "Backups:\n"
        "  backup create VOLUME [--incremental] [--force] [--name N] [--description D]\n"
        "  backup list [--volume V] [--project P] [--status S] [--tag T]\n"
        "  backup show ID\n"
        "  backup chain VOLUME\n"
        "  backup edit ID [--name N] [--description D]\n"
        "  backup tags ID [--add T]... [--remove T]... [--set T,T]\n"
        "  backup restore ID (--new-volume NAME | --to VOLUME --yes) [--allow-damaged]\n"
        "  backup delete ID... [--dry-run]\n"
        "  backup verify ID\n"
        "Repository:\n"
        "  repo init DIR | repo gc | repo verify | repo rebuild-catalog | repo info | repo upgrade\n"
        "Jobs:\n"
        "  job list [--running]\n"
        "\n"
        "Global options:\n"
        "  --home DIR        self-contained setup (or CLOUDBACKUP_HOME)\n"
        "  --repository DIR  repository path (default HOME/repository)\n"
        "  --catalog URL     catalog: a SQLite path or postgresql://user:pass@host:port/db\n"
        "  --ceph-conf FILE  Ceph configuration (or CEPH_CONF)\n"
        "  --json            machine-readable output\n"
        "  --limit-rate RATE limit backup and restore I/O, per second (for example 100M)\n"
        "  --lang LANG       zh_CN or en (default: from LANG)\n"
        "\n"
        "VOLUME is an id as \"volume list\" prints it or an unambiguous name. ID is a backup id or an\n"
        "unambiguous prefix of at least 4 characters. Sizes accept K, M, G and T (binary).\n");
}

class Cli
{
public:
    Cli(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) {}

    int run(QStringList args)
    {
        // Global options may come anywhere before the command words.
        EngineConfig config;
        QStringList rest;
        for (int i = 0; i < args.size(); ++i) {
            const QString &a = args[i];
            auto valueOf = [&](const QString &name) -> std::optional<QString> {
                if (a == name) {
                    if (i + 1 >= args.size())
                        throw UsageError{
                            QCoreApplication::translate("Cli", "The option %1 needs a value.").arg(name)};
                    return args[++i];
                }
                if (a.startsWith(name + u'='))
                    return a.mid(name.size() + 1);
                return std::nullopt;
            };
            if (auto v = valueOf(QStringLiteral("--home")))
                config.home = *v;
            else if (auto v2 = valueOf(QStringLiteral("--repository")))
                config.repositoryPath = *v2;
            else if (auto v3 = valueOf(QStringLiteral("--catalog")))
                config.catalogUrl = *v3;
            else if (auto v4 = valueOf(QStringLiteral("--ceph-conf")))
                config.cephConf = *v4;
            else if (auto v5 = valueOf(QStringLiteral("--limit-rate"))) {
                auto rate = validate::parseSize(*v5);
                if (!rate)
                    throw UsageError{rate.error()};
                m_rateLimit = *rate;
            } else if (a == QLatin1String("--json"))
                m_json = true;
            else if (a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("help")) {
                m_out << usage();
                return 0;
            } else if (a == QLatin1String("--version")) {
                m_out << QCoreApplication::applicationVersion() << Qt::endl;
                return 0;
            } else
                rest << a;
        }
        if (rest.isEmpty()) {
            m_err << usage();
            return 2;
        }
        const QString group = rest.takeFirst();
        const QString command = rest.isEmpty() ? QString() : rest.takeFirst();
        if (!known(group, command))
            throw UsageError{
                command.isEmpty()
                    ? QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(group)
                    : QCoreApplication::translate("Cli", "Unknown command \"%1 %2\".").arg(group, command)};
        if (config.catalogUrl.isEmpty())
            config.catalogUrl = qEnvironmentVariable("CLOUDBACKUP_CATALOG");
        if (group == QLatin1String("repo") && command == QLatin1String("init"))
            return repoInit(rest);
        config.rebuildingCatalog =
            group == QLatin1String("repo") && command == QLatin1String("rebuild-catalog");
        auto engine = Engine::open(config);
        if (!engine)
            return failed(engine.error());
        m_engine = *engine;
        const RecoveryReport &rec = m_engine->recovery();
        if (rec.upgradedFrom > 0)
            m_err << QCoreApplication::translate("Cli",
                                                 "The repository was upgraded from format %1 to format %2.")
                         .arg(rec.upgradedFrom)
                         .arg(Repository::FormatVersion)
                  << Qt::endl;
        if (rec.backupsFailed + rec.restoresFailed + rec.deletesResolved > 0)
            m_err << QCoreApplication::translate("Cli", "Recovered after an interruption: %1, %2, %3.")
                         .arg(QCoreApplication::translate("Cli", "%n backup(s) marked as failed", nullptr,
                                                          int(rec.backupsFailed)),
                              QCoreApplication::translate("Cli", "%n restore(s) ended", nullptr,
                                                          int(rec.restoresFailed)),
                              QCoreApplication::translate("Cli", "%n delete(s) settled", nullptr,
                                                          int(rec.deletesResolved)))
                  << Qt::endl;
        return dispatch(group, command, rest);
    }

private:
    static bool known(const QString &group, const QString &command)
    {
        static const QHash<QString, QStringList> commands = {
            {QStringLiteral("volume"),
             {QStringLiteral("list"), QStringLiteral("show"), QStringLiteral("create"),
              QStringLiteral("delete"), QStringLiteral("attach")}},
            {QStringLiteral("backup"),
             {QStringLiteral("create"), QStringLiteral("list"), QStringLiteral("show"),
              QStringLiteral("chain"), QStringLiteral("edit"), QStringLiteral("tags"),
              QStringLiteral("restore"), QStringLiteral("delete"), QStringLiteral("verify")}},
            {QStringLiteral("repo"),
             {QStringLiteral("gc"), QStringLiteral("verify"), QStringLiteral("rebuild-catalog"),
              QStringLiteral("info"), QStringLiteral("init"), QStringLiteral("upgrade")}},
            {QStringLiteral("job"), {QStringLiteral("list")}},
        };
        return commands.value(group).contains(command);
    }

    int dispatch(const QString &group, const QString &command, const QStringList &words)
    {
        if (group == QLatin1String("volume")) {
            if (command == QLatin1String("list"))
                return volumeList(words);
            if (command == QLatin1String("show"))
                return volumeShow(words);
            if (command == QLatin1String("create"))
                return volumeCreate(words);
            if (command == QLatin1String("delete"))
                return volumeDelete(words);
            return volumeAttach(words);
        }
        if (group == QLatin1String("backup")) {
            if (command == QLatin1String("create"))
                return backupCreate(words);
            if (command == QLatin1String("list"))
                return backupList(words);
            if (command == QLatin1String("show"))
                return backupShow(words);
            if (command == QLatin1String("chain"))
                return backupChain(words);
            if (command == QLatin1String("edit"))
                return backupEdit(words);
            if (command == QLatin1String("tags"))
                return backupTags(words);
            if (command == QLatin1String("restore"))
                return backupRestore(words);
            if (command == QLatin1String("delete"))
                return backupDelete(words);
            return backupVerify(words);
        }
        if (group == QLatin1String("job"))
            return jobList(words);
        if (command == QLatin1String("gc"))
            return repoGc(words);
        if (command == QLatin1String("verify"))
            return repoVerify(words);
        if (command == QLatin1String("info") || command == QLatin1String("upgrade"))
            return repoInfo(words);
        return repoRebuild(words);
    }

    int failed(const QString &message)
    {
        m_err << QCoreApplication::translate("Cli", "Error: %1").arg(message) << Qt::endl;
        return 1;
    }

    void printJson(const QJsonValue &v)
    {
        m_out << (v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject()))
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
    }

    static QString size(qint64 bytes) { return validate::formatSize(bytes); }
    static QString time(const QDateTime &t)
    {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                           : QString();
    }

    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        QList<qsizetype> widths;
        auto width = [](const QString &s) {
            qsizetype w = 0;
            for (QChar c : s) // CJK characters take two columns
                w += (c.unicode() >= 0x1100 &&
                      (c.unicode() <= 0x115f || (c.unicode() >= 0x2e80 && c.unicode() <= 0xa4cf) ||
                       (c.unicode() >= 0xac00 && c.unicode() <= 0xd7a3) ||
                       (c.unicode() >= 0xf900 && c.unicode() <= 0xfaff) ||
                       (c.unicode() >= 0xff00 && c.unicode() <= 0xff60)))
                         ? 2
                         : 1;
            return w;
        };
        for (const QString &h : header)
            widths << width(h);
        for (const auto &r : rows) {
            for (int i = 0; i < r.size(); ++i)
                widths[i] = std::max(widths[i], width(r[i]));
        }
        auto line = [&](const QStringList &cells) {
            QString s;
            for (int i = 0; i < cells.size(); ++i) {
                s += cells[i];
                if (i + 1 < cells.size())
                    s += QString(widths[i] - width(cells[i]) + 2, u' ');
            }
            m_out << s.trimmed() << '\n';
        };
        line(header);
        for (const auto &r : rows)
            line(r);
        m_out.flush();
    }

    // Runs an engine operation with Ctrl-C as cancel and a progress bar on a terminal.
    template<typename T, typename F> Result<T> withProgress(const QString &label, F &&operation)
    {
        JobControl control;
        control.rateLimit = m_rateLimit;
        ProgressMeter meter;
        meter.start();
        const bool tty = ::isatty(STDERR_FILENO) && !m_json;
        qint64 lastDraw = -1;
        control.progress = [&](qint64 done, qint64 total) {
            meter.update(done, total);
            if (!tty || total <= 0)
                return;
            const qint64 now = meter.elapsedMs();
            if (now - lastDraw < 200 && done < total)
                return;
            lastDraw = now;
            const int width = 30;
            const int filled = static_cast<int>(double(done) / double(total) * width);
            const qint64 eta = meter.etaSeconds();
            m_err << '\r' << label << " [" << QString(filled, u'#') << QString(width - filled, u' ') << "] "
                  << QString::number(100.0 * double(done) / double(total), 'f', 0) << "% "
                  << size(static_cast<qint64>(meter.bytesPerSecond())) << "/s"
                  << (eta >= 0 ? QCoreApplication::translate("Cli", " ETA %1:%2")
                                     .arg(eta / 60)
                                     .arg(eta % 60, 2, 10, QLatin1Char('0'))
                               : QString())
                  << "   ";
            m_err.flush();
        };
        g_cancel = &control.cancel;
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
        Result<T> r = operation(control);
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        g_cancel = nullptr;
        if (tty && lastDraw >= 0)
            m_err << '\n';
        m_err.flush();
        return r;
    }

    Result<Volume> volumeArg(Args &a)
    {
        return m_engine->resolveVolume(a.take(QCoreApplication::translate("Cli", "the volume")));
    }

    int volumeList(const QStringList &words)
    {
        Args a(words, {QStringLiteral("project")});
        a.allow({});
        a.noMore();
        auto list = m_engine->volumes();
        if (!list)
            return failed(list.error());
        auto backups = m_engine->backups();
        if (!backups)
            return failed(backups.error());
        QHash<QString, int> counts;
        for (const Backup &b : std::as_const(*backups))
            counts[b.volumeId]++;
        const QString project = a.value(QStringLiteral("project")).value_or(QString());
        QJsonArray json;
        QList<QStringList> rows;
        for (const Volume &v : std::as_const(*list)) {
            if (!project.isEmpty() && v.project != project)
                continue;
            if (v.status == VolumeStatus::Missing && counts.value(v.id) == 0)
                continue; // deleted and nothing left to restore
            QJsonObject o = v.toJson();
            o.insert(QStringLiteral("backups"), counts.value(v.id));
            json.append(o);
            rows << QStringList{v.id,
                                v.name,
                                v.project,
                                v.type,
                                size(v.size),
                                volumeStatusText(v.status),
                                QString::number(counts.value(v.id))};
        }
        if (m_json)
            printJson(json);
        else
            table({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "NAME"),
                   QCoreApplication::translate("Cli", "PROJECT"), QCoreApplication::translate("Cli", "TYPE"),
                   QCoreApplication::translate("Cli", "SIZE"), QCoreApplication::translate("Cli", "STATUS"),
                   QCoreApplication::translate("Cli", "BACKUPS")},
                  rows);
        return 0;
    }

    int volumeShow(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        auto v = volumeArg(a);
        a.noMore();
        if (!v)
            return failed(v.error());
        if (m_json) {
            printJson(v->toJson());
        } else {
            table({QCoreApplication::translate("Cli", "FIELD"), QCoreApplication::translate("Cli", "VALUE")},
                  {{QCoreApplication::translate("Cli", "id"), v->id},
                   {QCoreApplication::translate("Cli", "name"), v->name},
                   {QCoreApplication::translate("Cli", "project"), v->project},
                   {QCoreApplication::translate("Cli", "type"), v->type},
                   {QCoreApplication::translate("Cli", "size"), size(v->size)},
                   {QCoreApplication::translate("Cli", "status"), volumeStatusText(v->status)},
                   {QCoreApplication::translate("Cli", "device"), v->device}});
        }
        return 0;
    }

    int volumeCreate(const QStringList &words)
    {
        Args a(words, {QStringLiteral("size"), QStringLiteral("project"), QStringLiteral("type")});
        a.allow({});
        CreateVolumeParams p;
        p.name = a.take(QCoreApplication::translate("Cli", "the volume name"));
        a.noMore();
        const auto sizeText = a.value(QStringLiteral("size"));
        if (!sizeText)
            throw UsageError{
                QCoreApplication::translate("Cli", "volume create needs --size (for example --size 10G).")};
        auto bytes = validate::parseSize(*sizeText);
        if (!bytes)
            return failed(bytes.error());
        p.size = *bytes;
        p.project = a.value(QStringLiteral("project")).value_or(QString());
        p.type = a.value(QStringLiteral("type")).value_or(QString());
        if (auto r = validate::volumeName(p.name); !r)
            return failed(r.error());
        auto v = m_engine->createVolume(p);
        if (!v)
            return failed(v.error());
        if (m_json)
            printJson(v->toJson());
        else
            m_out << QCoreApplication::translate("Cli", "Created volume %1 (%2).").arg(v->id, size(v->size))
                  << Qt::endl;
        return 0;
    }

    int volumeDelete(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        const QString id = a.take(QCoreApplication::translate("Cli", "the volume"));
        a.noMore();
        if (auto r = m_engine->deleteVolume(id); !r)
            return failed(r.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("deleted"), id}});
        else
            m_out << QCoreApplication::translate("Cli", "Deleted volume %1. Its backups are kept.").arg(id)
                  << Qt::endl;
        return 0;
    }

    int volumeAttach(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        auto v = volumeArg(a);
        a.noMore();
        if (!v)
            return failed(v.error());
        if (!v->id.startsWith(QLatin1String("file:")))
            return failed(QCoreApplication::translate(
                "Cli", "Only file volumes can be attached from the command line."));
        auto fd = FileBackend::attach(v->device);
        if (!fd)
            return failed(fd.error());
        m_out << QCoreApplication::translate("Cli", "Volume %1 is now in use. Press Ctrl-C to detach.")
                     .arg(v->id)
              << Qt::endl;
        std::signal(SIGINT, [](int) {});
        std::signal(SIGTERM, [](int) {});
        ::pause();
        ::close(*fd);
        return 0;
    }

    int backupCreate(const QStringList &words)
    {
        Args a(words, {QStringLiteral("name"), QStringLiteral("description")});
        a.allow({QStringLiteral("incremental"), QStringLiteral("full"), QStringLiteral("force")});
        BackupParams p;
        p.volume = a.take(QCoreApplication::translate("Cli", "the volume"));
        a.noMore();
        p.incremental = a.has(QStringLiteral("incremental"));
        p.force = a.has(QStringLiteral("force"));
        p.name = a.value(QStringLiteral("name")).value_or(QString());
        p.description = a.value(QStringLiteral("description")).value_or(QString());
        if (a.has(QStringLiteral("name")) && p.name.isEmpty())
            return failed(QCoreApplication::translate("Cli", "The backup name must not be empty."));
        auto r = withProgress<Backup>(QCoreApplication::translate("Cli", "Backup"),
                                      [&](JobControl &c) { return m_engine->createBackup(p, c); });
        if (!r)
            return failed(r.error());
        if (m_json) {
            printJson(r->shownJson());
        } else {
            m_out << QCoreApplication::translate("Cli",
                                                 "Backup %1 (%2) of %3 is available: read %4, stored %5.")
                         .arg(r->id, backupKindText(r->kind), r->volumeName, size(r->readBytes),
                              size(r->storedBytes))
                  << Qt::endl;
            if (!r->warning.isEmpty())
                m_out << QCoreApplication::translate("Cli", "Warning: %1").arg(r->warningText()) << Qt::endl;
        }
        return 0;
    }

    QStringList backupRow(const Backup &b)
    {
        return {b.id,
                b.name,
                b.volumeName,
                b.project,
                backupKindText(b.kind),
                backupStatusText(b.status),
                size(b.size),
                size(b.storedBytes),
                time(b.createdAt),
                b.tags.join(u',')};
    }
    QStringList backupHeader()
    {
        return {QCoreApplication::translate("Cli", "ID"),      QCoreApplication::translate("Cli", "NAME"),
                QCoreApplication::translate("Cli", "VOLUME"),  QCoreApplication::translate("Cli", "PROJECT"),
                QCoreApplication::translate("Cli", "TYPE"),    QCoreApplication::translate("Cli", "STATUS"),
                QCoreApplication::translate("Cli", "SIZE"),    QCoreApplication::translate("Cli", "STORED"),
                QCoreApplication::translate("Cli", "CREATED"), QCoreApplication::translate("Cli", "TAGS")};
    }

    int backupList(const QStringList &words)
    {
        Args a(words, {QStringLiteral("volume"), QStringLiteral("project"), QStringLiteral("status"),
                       QStringLiteral("tag")});
        a.allow({});
        a.noMore();
        BackupQuery f;
        if (auto v = a.value(QStringLiteral("volume"))) {
            auto vol = m_engine->resolveVolume(*v);
            if (!vol)
                return failed(vol.error());
            f.volumeId = vol->id;
        }
        f.project = a.value(QStringLiteral("project")).value_or(QString());
        f.status = a.value(QStringLiteral("status")).value_or(QString());
        auto list = m_engine->backups(f);
        if (!list)
            return failed(list.error());
        const auto tag = a.value(QStringLiteral("tag"));
        QJsonArray json;
        QList<QStringList> rows;
        for (const Backup &b : std::as_const(*list)) {
            if (tag && !b.tags.contains(*tag))
                continue;
            json.append(b.shownJson());
            rows << backupRow(b);
        }
        if (m_json)
            printJson(json);
        else
            table(backupHeader(), rows);
        return 0;
    }

    Result<Backup> backupArg(Args &a)
    {
        return m_engine->backup(a.take(QCoreApplication::translate("Cli", "the backup id")));
    }

    int showBackup(const Backup &b)
    {
        if (m_json) {
            printJson(b.shownJson());
            return 0;
        }
        QList<QStringList> rows = {
            {QCoreApplication::translate("Cli", "id"), b.id},
            {QCoreApplication::translate("Cli", "name"), b.name},
            {QCoreApplication::translate("Cli", "description"), b.description},
            {QCoreApplication::translate("Cli", "volume"), b.volumeId},
            {QCoreApplication::translate("Cli", "project"), b.project},
            {QCoreApplication::translate("Cli", "type"), backupKindText(b.kind)},
            {QCoreApplication::translate("Cli", "parent"), b.parentId},
            {QCoreApplication::translate("Cli", "status"), backupStatusText(b.status)},
            {QCoreApplication::translate("Cli", "size"), size(b.size)},
            {QCoreApplication::translate("Cli", "read"), size(b.readBytes)},
            {QCoreApplication::translate("Cli", "stored"), size(b.storedBytes)},
            {QCoreApplication::translate("Cli", "created"), time(b.createdAt)},
            {QCoreApplication::translate("Cli", "tags"), b.tags.join(QLatin1String(", "))},
            {QCoreApplication::translate("Cli", "forced"), b.forced
                                                               ? QCoreApplication::translate("Cli", "yes")
                                                               : QCoreApplication::translate("Cli", "no")}};
        if (!b.warning.isEmpty())
            rows << QStringList{QCoreApplication::translate("Cli", "warning"), b.warningText()};
        if (!b.error.isEmpty())
            rows << QStringList{QCoreApplication::translate("Cli", "error"), b.errorText()};
        table({QCoreApplication::translate("Cli", "FIELD"), QCoreApplication::translate("Cli", "VALUE")},
              rows);
        return 0;
    }

    int backupShow(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        auto b = backupArg(a);
        a.noMore();
        if (!b)
            return failed(b.error());
        return showBackup(*b);
    }

    int backupChain(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        auto v = volumeArg(a);
        a.noMore();
        if (!v)
            return failed(v.error());
        auto list = m_engine->backups(v->id);
        if (!list)
            return failed(list.error());
        if (m_json) {
            QJsonArray arr;
            for (const Backup &b : std::as_const(*list))
                arr.append(b.shownJson());
            printJson(QJsonObject{{QStringLiteral("volume"), v->toJson()}, {QStringLiteral("backups"), arr}});
            return 0;
        }
        m_out << QCoreApplication::translate("Cli", "Backup chain of %1 (%n backup(s))", nullptr,
                                             int(list->size()))
                     .arg(v->id)
              << '\n';
        QHash<QString, int> depth;
        for (const Backup &b : std::as_const(*list)) {
            const int d = b.parentId.isEmpty() ? 0 : depth.value(b.parentId, 0) + 1;
            depth.insert(b.id, d);
            m_out << QString(2 * d, u' ') << (b.kind == BackupKind::Full ? "● " : "└─○ ") << b.id.left(8)
                  << "  " << b.name << "  " << backupKindText(b.kind) << "  " << backupStatusText(b.status)
                  << "  " << time(b.createdAt) << "  " << size(b.storedBytes) << '\n';
        }
        m_out.flush();
        return 0;
    }

    int backupEdit(const QStringList &words)
    {
        Args a(words, {QStringLiteral("name"), QStringLiteral("description")});
        a.allow({});
        const QString id = a.take(QCoreApplication::translate("Cli", "the backup id"));
        a.noMore();
        const auto name = a.value(QStringLiteral("name"));
        const auto description = a.value(QStringLiteral("description"));
        if (!name && !description)
            throw UsageError{
                QCoreApplication::translate("Cli", "backup edit needs --name or --description.")};
        auto b = m_engine->editBackup(id, name, description);
        if (!b)
            return failed(b.error());
        return showBackup(*b);
    }

    int backupTags(const QStringList &words)
    {
        Args a(words, {QStringLiteral("add"), QStringLiteral("remove"), QStringLiteral("set")});
        a.allow({});
        const QString id = a.take(QCoreApplication::translate("Cli", "the backup id"));
        a.noMore();
        Result<Backup> b = m_engine->backup(id);
        if (b && a.has(QStringLiteral("set"))) {
            const QString set = a.value(QStringLiteral("set")).value_or(QString());
            b = m_engine->setTags(b->id, set.isEmpty() ? QStringList() : set.split(u','));
        }
        if (b && (a.has(QStringLiteral("add")) || a.has(QStringLiteral("remove"))))
            b = m_engine->editTags(b->id, a.values(QStringLiteral("add")),
                                   a.values(QStringLiteral("remove")));
        if (!b)
            return failed(b.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("id"), b->id},
                                  {QStringLiteral("tags"), QJsonArray::fromStringList(b->tags)}});
        else
            m_out << (b->tags.isEmpty() ? QCoreApplication::translate("Cli", "(no tags)")
                                        : b->tags.join(QLatin1String(", ")))
                  << Qt::endl;
        return 0;
    }

    int backupRestore(const QStringList &words)
    {
        Args a(words, {QStringLiteral("new-volume"), QStringLiteral("to")});
        a.allow({QStringLiteral("yes"), QStringLiteral("allow-damaged")});
        RestoreParams p;
        p.backupId = a.take(QCoreApplication::translate("Cli", "the backup id"));
        a.noMore();
        QList<ByteRange> zeroed;
        p.allowDamaged = a.has(QStringLiteral("allow-damaged"));
        p.zeroed = &zeroed;
        p.newVolumeName = a.value(QStringLiteral("new-volume")).value_or(QString());
        p.targetVolume = a.value(QStringLiteral("to")).value_or(QString());
        if (a.has(QStringLiteral("new-volume")) == a.has(QStringLiteral("to")))
            throw UsageError{QCoreApplication::translate(
                "Cli", "backup restore needs either --new-volume NAME or --to VOLUME --yes.")};
        if (a.has(QStringLiteral("new-volume")) && p.newVolumeName.isEmpty())
            return failed(QCoreApplication::translate("Cli", "The volume name must not be empty."));
        if (a.has(QStringLiteral("to")) && !a.has(QStringLiteral("yes")))
            return failed(QCoreApplication::translate(
                              "Cli", "Restoring over %1 overwrites all its data. Add --yes to confirm.")
                              .arg(p.targetVolume));
        auto v = withProgress<Volume>(QCoreApplication::translate("Cli", "Restore"),
                                      [&](JobControl &c) { return m_engine->restore(p, c); });
        if (!v)
            return failed(v.error());
        if (m_json) {
            QJsonObject o = v->toJson();
            QJsonArray ranges;
            for (const ByteRange &r : std::as_const(zeroed))
                ranges.append(
                    QJsonObject{{QStringLiteral("offset"), r.offset}, {QStringLiteral("length"), r.length}});
            o.insert(QStringLiteral("zeroed_ranges"), ranges);
            printJson(o);
        } else {
            m_out << QCoreApplication::translate("Cli", "Restored to volume %1.").arg(v->id) << Qt::endl;
        }
        if (!zeroed.isEmpty())
            m_err << QCoreApplication::translate("Cli", "Damaged data was written as zeros at %1.")
                         .arg(describeRanges(zeroed))
                  << Qt::endl;
        return 0;
    }

    int backupDelete(const QStringList &words)
    {
        Args a(words, {});
        a.allow({QStringLiteral("dry-run"), QStringLiteral("yes")});
        QStringList ids = a.positional();
        if (ids.isEmpty())
            throw UsageError{QCoreApplication::translate("Cli", "Missing %1.")
                                 .arg(QCoreApplication::translate("Cli", "the backup id"))};
        if (a.has(QStringLiteral("dry-run"))) {
            auto plan = m_engine->deletionPlan(ids);
            if (!plan)
                return failed(plan.error());
            if (m_json)
                printJson(QJsonObject{{QStringLiteral("order"), QJsonArray::fromStringList(*plan)}});
            else
                m_out << QCoreApplication::translate("Cli", "Would delete, in this order: %1")
                             .arg(plan->join(QLatin1String(", ")))
                      << Qt::endl;
            return 0;
        }
        auto r = withProgress<QStringList>(QCoreApplication::translate("Cli", "Delete"),
                                           [&](JobControl &c) { return m_engine->deleteBackups(ids, c); });
        if (!r)
            return failed(r.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("deleted"), QJsonArray::fromStringList(*r)}});
        else
            for (const QString &id : std::as_const(*r))
                m_out << QCoreApplication::translate("Cli", "Deleted backup %1.").arg(id) << '\n';
        m_out.flush();
        return 0;
    }

    int backupVerify(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        const QString id = a.take(QCoreApplication::translate("Cli", "the backup id"));
        a.noMore();
        auto r = withProgress<VerifyStats>(QCoreApplication::translate("Cli", "Verify"),
                                           [&](JobControl &c) { return m_engine->verifyBackup(id, c); });
        if (!r)
            return failed(r.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("chunks"), r->chunksChecked},
                                  {QStringLiteral("bytes"), r->bytesChecked}});
        else
            m_out << QCoreApplication::translate("Cli", "The backup is intact: %n chunk(s), %1 checked.",
                                                 nullptr, int(r->chunksChecked))
                         .arg(size(r->bytesChecked))
                  << Qt::endl;
        return 0;
    }

    int repoGc(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        a.noMore();
        auto r = withProgress<GcStats>(QCoreApplication::translate("Cli", "Garbage collection"),
                                       [&](JobControl &c) { return m_engine->gc(c); });
        if (!r)
            return failed(r.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("chunks_removed"), r->chunksRemoved},
                                  {QStringLiteral("bytes_freed"), r->bytesFreed},
                                  {QStringLiteral("chunks_kept"), r->chunksKept}});
        else
            m_out << QCoreApplication::translate("Cli",
                                                 "Removed %n unreferenced chunk(s) (%1 freed); %2 kept.",
                                                 nullptr, int(r->chunksRemoved))
                         .arg(size(r->bytesFreed),
                              QCoreApplication::translate("Cli", "%n chunk(s)", nullptr, int(r->chunksKept)))
                  << Qt::endl;
        return 0;
    }

    int repoVerify(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        a.noMore();
        auto r = withProgress<VerifyStats>(QCoreApplication::translate("Cli", "Verify"),
                                           [&](JobControl &c) { return m_engine->verifyRepository(c); });
        if (!r)
            return failed(r.error());
        if (m_json) {
            printJson(QJsonObject{{QStringLiteral("ok"), r->problems.isEmpty()},
                                  {QStringLiteral("chunks"), r->chunksChecked},
                                  {QStringLiteral("bytes"), r->bytesChecked},
                                  {QStringLiteral("problems"), QJsonArray::fromStringList(r->problems)}});
        } else {
            for (const QString &p : std::as_const(r->problems))
                m_err << p << '\n';
            m_out << QCoreApplication::translate("Cli", "%n chunk(s) (%1) checked, %2.", nullptr,
                                                 int(r->chunksChecked))
                         .arg(size(r->bytesChecked),
                              QCoreApplication::translate("Cli", "%n problem(s)", nullptr,
                                                          int(r->problems.size())))
                  << Qt::endl;
        }
        return r->problems.isEmpty() ? 0 : 1;
    }

    int repoInit(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        const QString dir = a.take(QCoreApplication::translate("Cli", "the repository folder"));
        a.noMore();
        if (auto r = Repository::init(dir); !r)
            return failed(r.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("repository"), QFileInfo(dir).absoluteFilePath()},
                                  {QStringLiteral("format"), Repository::FormatVersion}});
        else
            m_out << QCoreApplication::translate("Cli", "Created a repository in %1.").arg(dir) << Qt::endl;
        return 0;
    }

    int repoRebuild(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        a.noMore();
        auto r = m_engine->rebuildCatalog();
        if (!r)
            return failed(r.error());
        if (m_json)
            printJson(QJsonObject{{QStringLiteral("changed"), *r}});
        else
            m_out << QCoreApplication::translate(
                         "Cli", "Catalog rebuilt from the repository: %n record(s) added or corrected.",
                         nullptr, int(*r))
                  << Qt::endl;
        return 0;
    }

    int repoInfo(const QStringList &words)
    {
        Args a(words, {});
        a.allow({});
        a.noMore();
        const StoreInfo info = m_engine->info(true);
        const QJsonObject o{{QStringLiteral("home"), m_engine->config().home},
                            {QStringLiteral("repository"), info.repositoryPath},
                            {QStringLiteral("catalog"), info.catalog},
                            {QStringLiteral("schema_version"), info.schemaVersion},
                            {QStringLiteral("format"), info.repositoryFormat},
                            {QStringLiteral("backups"), info.repositoryBackups}};
        if (m_json) {
            printJson(o);
        } else {
            QList<QStringList> rows;
            for (auto it = o.begin(); it != o.end(); ++it)
                rows << QStringList{it.key(), it.value().toVariant().toString()};
            table({QCoreApplication::translate("Cli", "FIELD"), QCoreApplication::translate("Cli", "VALUE")},
                  rows);
        }
        return 0;
    }

    int jobList(const QStringList &words)
    {
        Args a(words, {});
        a.allow({QStringLiteral("running")});
        a.noMore();
        auto jobs = m_engine->jobs(a.has(QStringLiteral("running")));
        if (!jobs)
            return failed(jobs.error());
        QJsonArray arr;
        QList<QStringList> rows;
        for (const JobRecord &j : std::as_const(*jobs)) {
            arr.append(QJsonObject{{QStringLiteral("id"), j.id},
                                   {QStringLiteral("kind"), jobKindKey(j.kind)},
                                   {QStringLiteral("status"), jobStatusKey(j.status)},
                                   {QStringLiteral("backup"), j.backupId},
                                   {QStringLiteral("volume"), j.volumeId},
                                   {QStringLiteral("started_at"), j.startedAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("finished_at"), j.finishedAt.toString(Qt::ISODateWithMs)},
                                   {QStringLiteral("error"), j.errorText()}});
            rows << QStringList{j.id.left(8),       jobKindText(j.kind), jobStatusText(j.status),
                                j.backupId.left(8), time(j.startedAt),   j.errorText().left(60)};
        }
        if (m_json)
            printJson(arr);
        else
            table({QCoreApplication::translate("Cli", "ID"), QCoreApplication::translate("Cli", "KIND"),
                   QCoreApplication::translate("Cli", "STATUS"), QCoreApplication::translate("Cli", "BACKUP"),
                   QCoreApplication::translate("Cli", "STARTED"),
                   QCoreApplication::translate("Cli", "ERROR")},
                  rows);
        return 0;
    }

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    qint64 m_rateLimit = 0;
    std::shared_ptr<Engine> m_engine;
};

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    try {
        Cli cli(out, err);
        return cli.run(args);
    } catch (const UsageError &e) {
        err << QCoreApplication::translate("Cli", "Error: %1").arg(e.message) << '\n'
            << QCoreApplication::translate("Cli", "Run \"cloudbackupctl --help\" for usage.") << Qt::endl;
        return 2;
    }
}
