#include "TestPostgres.h"
#include "TestSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace cb::test;

// cloudbackupctl is an interface scripts rely on: exit codes, JSON fields, messages.
class TestCli : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;

    struct Run
    {
        int code;
        QByteArray out;
        QString err;
        QJsonValue json() const
        {
            const auto doc = QJsonDocument::fromJson(out);
            return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        }
    };

    Run ctl(const QStringList &args,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CLOUDBACKUPCTL"),
                QStringList{QStringLiteral("--home"), m_home->path()} + args);
        if (!p.waitForFinished(120000))
            qFatal("cloudbackupctl hung");
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    // Without the --home this class adds: the home from env or the arguments.
    static Run bare(const QStringList &args,
                    const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                    const QString &workingDirectory = {})
    {
        QProcess p;
        p.setProcessEnvironment(env);
        if (!workingDirectory.isEmpty())
            p.setWorkingDirectory(workingDirectory);
        p.start(qEnvironmentVariable("CLOUDBACKUPCTL"), args);
        if (!p.waitForFinished(120000))
            qFatal("cloudbackupctl hung");
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    static QString osUser()
    {
        const passwd *pw = getpwuid(geteuid());
        return pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(geteuid());
    }

    // Entries of a folder, recursively, relative to it.
    static QStringList tree(const QString &dir)
    {
        QStringList out;
        QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QDir(dir).relativeFilePath(it.next());
        out.sort();
        return out;
    }

    QString device(const QString &volume)
    {
        return ctl({QStringLiteral("--json"), QStringLiteral("volume"), QStringLiteral("show"), volume})
            .json()[QStringLiteral("device")]
            .toString();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariable("CLOUDBACKUPCTL").isEmpty()); }
    void init() { m_home = std::make_unique<QTemporaryDir>(); }

    void volumeJsonFields()
    {
        auto r = ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v1"),
                      QStringLiteral("--size"), QStringLiteral("16M"), QStringLiteral("--project"),
                      QStringLiteral("proj1")});
        QCOMPARE(r.code, 0);
        r = ctl({QStringLiteral("--json"), QStringLiteral("volume"), QStringLiteral("show"),
                 QStringLiteral("v1")});
        QCOMPARE(r.code, 0);
        const auto o = r.json().toObject();
        QCOMPARE(o[QStringLiteral("id")].toString(), QStringLiteral("file:proj1/v1"));
        QCOMPARE(o[QStringLiteral("name")].toString(), QStringLiteral("v1"));
        QCOMPARE(o[QStringLiteral("project")].toString(), QStringLiteral("proj1"));
        QCOMPARE(o[QStringLiteral("type")].toString(), QStringLiteral("file"));
        QCOMPARE(o[QStringLiteral("size")].toInteger(), qint64(16) << 20);
        QCOMPARE(o[QStringLiteral("status")].toString(), QStringLiteral("available"));
        const QString device = o[QStringLiteral("device")].toString();
        QCOMPARE(device, m_home->filePath(QStringLiteral("volumes/proj1/v1.img")));
        QCOMPARE(QFileInfo(device).size(), qint64(16) << 20);
        QFile meta(m_home->filePath(QStringLiteral("volumes/proj1/v1.json")));
        QVERIFY(meta.open(QIODevice::ReadOnly));
        const auto m = QJsonDocument::fromJson(meta.readAll()).object();
        meta.close();
        QCOMPARE(m[QStringLiteral("id")].toString(), QStringLiteral("file:proj1/v1"));
        QCOMPARE(m[QStringLiteral("size")].toInteger(), qint64(16) << 20);
        QVERIFY(!m[QStringLiteral("created_at")].toString().isEmpty());
        auto list = ctl({QStringLiteral("--json"), QStringLiteral("volume"), QStringLiteral("list")});
        QCOMPARE(list.json().toArray().size(), 1);
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("delete"), QStringLiteral("v1")}).code, 0);
        QVERIFY(!QFile::exists(device));
        QVERIFY(!meta.exists());
    }

    void badInputGivesClearErrors()
    {
        auto r = ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v"),
                      QStringLiteral("--size"), QStringLiteral("lots")});
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QLatin1String("not a size")));
        r = ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("bad\x01name"),
                 QStringLiteral("--size"), QStringLiteral("1M")});
        QVERIFY(r.code != 0);
        QVERIFY(r.err.contains(QLatin1String("control")));
        r = ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("--size")));
        r = ctl({QStringLiteral("backup"), QStringLiteral("show"), QStringLiteral("deadbeef")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("deadbeef")));
        r = ctl({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        r = ctl({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("nothere")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("nothere")));
        QVERIFY(ctl({QStringLiteral("--json"), QStringLiteral("volume"), QStringLiteral("list")})
                    .json()
                    .toArray()
                    .isEmpty());
    }

    void backupLifecycle()
    {
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("db"),
                      QStringLiteral("--size"), QStringLiteral("32M")})
                     .code,
                 0);
        const QString dev = device(QStringLiteral("db"));
        writeRandom(dev, 0, 12 << 20, 7);
        auto full = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                         QStringLiteral("db"), QStringLiteral("--name"), QStringLiteral("nightly"),
                         QStringLiteral("--description"), QStringLiteral("first")});
        QCOMPARE(full.code, 0);
        const auto f = full.json().toObject();
        for (const char *key : {"id", "name", "description", "volume", "project", "kind", "parent", "status",
                                "size", "read_bytes", "stored_bytes", "created_at", "tags"})
            QVERIFY2(f.contains(QLatin1String(key)), key);
        QCOMPARE(f[QStringLiteral("kind")].toString(), QStringLiteral("full"));
        QVERIFY(f[QStringLiteral("parent")].isNull());
        QCOMPARE(f[QStringLiteral("status")].toString(), QStringLiteral("available"));
        QCOMPARE(f[QStringLiteral("volume")].toString(), QStringLiteral("file:admin/db"));
        QCOMPARE(f[QStringLiteral("read_bytes")].toInteger(), qint64(12) << 20);
        const QString fullId = f[QStringLiteral("id")].toString();

        writeRandom(dev, 20 << 20, 1 << 20, 8);
        const QString expected = m_home->filePath(QStringLiteral("expected.img"));
        QFile::copy(dev, expected);
        auto inc = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                        QStringLiteral("file:admin/db"), QStringLiteral("--incremental")});
        QCOMPARE(inc.code, 0);
        const auto i = inc.json().toObject();
        QCOMPARE(i[QStringLiteral("kind")].toString(), QStringLiteral("incremental"));
        QCOMPARE(i[QStringLiteral("parent")].toString(), fullId);
        QVERIFY(i[QStringLiteral("stored_bytes")].toInteger() <= (1 << 20) + 4096);
        const QString incId = i[QStringLiteral("id")].toString();

        // list / filter / chain
        auto list = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"),
                         QStringLiteral("--volume"), QStringLiteral("db")});
        QCOMPARE(list.json().toArray().size(), 2);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"),
                      QStringLiteral("--project"), QStringLiteral("other")})
                     .json()
                     .toArray()
                     .size(),
                 0);
        auto chain = ctl({QStringLiteral("backup"), QStringLiteral("chain"), QStringLiteral("db")});
        QCOMPARE(chain.code, 0);
        QVERIFY(chain.out.contains(fullId.left(8).toLatin1()));
        QVERIFY(chain.out.contains(incId.left(8).toLatin1()));

        // edit and tags, by id prefix
        auto edit = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("edit"),
                         incId.left(8), QStringLiteral("--name"), QStringLiteral("after change")});
        QCOMPARE(edit.code, 0);
        QCOMPARE(edit.json()[QStringLiteral("name")].toString(), QStringLiteral("after change"));
        auto tags = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("tags"), incId,
                         QStringLiteral("--add"), QStringLiteral("prod"), QStringLiteral("--add"),
                         QStringLiteral("weekly")});
        QCOMPARE(tags.code, 0);
        QCOMPARE(tags.json()[QStringLiteral("tags")].toArray().size(), 2);
        tags = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("tags"), incId,
                    QStringLiteral("--remove"), QStringLiteral("prod")});
        QCOMPARE(tags.json()[QStringLiteral("tags")].toArray().first().toString(), QStringLiteral("weekly"));

        // restore needs a target, and --yes to overwrite
        QCOMPARE(ctl({QStringLiteral("backup"), QStringLiteral("restore"), incId}).code, 2);
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("target"),
                      QStringLiteral("--size"), QStringLiteral("32M")})
                     .code,
                 0);
        auto noYes = ctl({QStringLiteral("backup"), QStringLiteral("restore"), incId, QStringLiteral("--to"),
                          QStringLiteral("target")});
        QCOMPARE(noYes.code, 1);
        QVERIFY(noYes.err.contains(QLatin1String("--yes")));
        auto over = ctl({QStringLiteral("backup"), QStringLiteral("restore"), incId, QStringLiteral("--to"),
                         QStringLiteral("target"), QStringLiteral("--yes")});
        QCOMPARE(over.code, 0);
        QVERIFY(sameContent(device(QStringLiteral("target")), expected));
        auto toNew = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"),
                          incId, QStringLiteral("--new-volume"), QStringLiteral("copy")});
        QCOMPARE(toNew.code, 0);
        QVERIFY(sameContent(toNew.json()[QStringLiteral("device")].toString(), expected));

        QCOMPARE(ctl({QStringLiteral("backup"), QStringLiteral("verify"), incId}).code, 0);
        QCOMPARE(ctl({QStringLiteral("repo"), QStringLiteral("verify")}).code, 0);

        // delete: the full is refused while the incremental depends on it, naming it
        auto refused = ctl({QStringLiteral("backup"), QStringLiteral("delete"), fullId});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(incId.left(8)));
        auto dry = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("delete"), fullId,
                        incId, QStringLiteral("--dry-run")});
        QCOMPARE(dry.json()[QStringLiteral("order")].toArray().first().toString(), incId);
        auto del = ctl(
            {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("delete"), fullId, incId});
        QCOMPARE(del.code, 0);
        QCOMPARE(del.json()[QStringLiteral("deleted")].toArray().size(), 2);
        auto gc = ctl({QStringLiteral("--json"), QStringLiteral("repo"), QStringLiteral("gc")});
        QCOMPARE(gc.code, 0);
        QVERIFY(gc.json()[QStringLiteral("chunks_removed")].toInteger() >= 3);
    }

    void inUseVolumeNeedsForce()
    {
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("vm"),
                      QStringLiteral("--size"), QStringLiteral("8M")})
                     .code,
                 0);
        QProcess attach;
        attach.start(qEnvironmentVariable("CLOUDBACKUPCTL"),
                     {QStringLiteral("--home"), m_home->path(), QStringLiteral("volume"),
                      QStringLiteral("attach"), QStringLiteral("vm")});
        QVERIFY(attach.waitForReadyRead(10000)); // "is now in use"
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("volume"), QStringLiteral("show"),
                      QStringLiteral("vm")})
                     .json()[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("in-use"));
        auto refused = ctl({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("vm")});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QLatin1String("force")));
        auto forced = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                           QStringLiteral("vm"), QStringLiteral("--force")});
        QCOMPARE(forced.code, 0);
        QVERIFY(forced.json()[QStringLiteral("forced")].toBool());
        attach.terminate();
        QVERIFY(attach.waitForFinished());
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("volume"), QStringLiteral("show"),
                      QStringLiteral("vm")})
                     .json()[QStringLiteral("status")]
                     .toString(),
                 QStringLiteral("available"));
    }

    void ambiguousNamesAskForAnId()
    {
        for (const char *project : {"p1", "p2"})
            QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("same"),
                          QStringLiteral("--size"), QStringLiteral("1M"), QStringLiteral("--project"),
                          QLatin1String(project)})
                         .code,
                     0);
        auto r = ctl({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("same")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("file:p1/same")));
        QCOMPARE(
            ctl({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("file:p2/same")}).code,
            0);
    }

    void homeFromEnvironment()
    {
        QTemporaryDir other;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLOUDBACKUP_HOME"), other.path());
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CLOUDBACKUPCTL"),
                {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("envvol"),
                 QStringLiteral("--size"), QStringLiteral("1M")});
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFile::exists(other.filePath(QStringLiteral("volumes/admin/envvol.img"))));
        QVERIFY(QFile::exists(other.filePath(QStringLiteral("catalog.sqlite"))));
    }

    void rebuildCatalog()
    {
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("r"),
                      QStringLiteral("--size"), QStringLiteral("4M")})
                     .code,
                 0);
        QCOMPARE(ctl({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("r")}).code, 0);
        for (const QString &f : QDir(m_home->path()).entryList({QStringLiteral("catalog.sqlite*")}))
            QFile::remove(m_home->filePath(f));
        QFile empty(m_home->filePath(QStringLiteral("catalog.sqlite"))); // a 0-byte catalog
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        // A lost catalog is an error naming the way back, not an empty list.
        auto lost = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
        QCOMPARE(lost.code, 1);
        QVERIFY2(lost.err.contains(QLatin1String("repo rebuild-catalog")), qPrintable(lost.err));
        auto r = ctl({QStringLiteral("--json"), QStringLiteral("repo"), QStringLiteral("rebuild-catalog")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("changed")].toInt(), 1);
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")})
                     .json()
                     .toArray()
                     .size(),
                 1);
    }

    void repositoryIsMadeOnlyOnPurpose()
    {
        QTemporaryDir other;
        const QString typo = other.filePath(QStringLiteral("repo-typo"));
        // A mistyped --repository is an error, and nothing is created.
        auto r =
            ctl({QStringLiteral("--repository"), typo, QStringLiteral("backup"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("repo init")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(typo));
        // An ordinary folder with a tmp/ of the user's files is left alone.
        QVERIFY(QDir(other.path()).mkpath(QStringLiteral("docs/tmp")));
        QFile mine(other.filePath(QStringLiteral("docs/tmp/1-mine.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.close();
        r = ctl({QStringLiteral("--repository"), other.filePath(QStringLiteral("docs")),
                 QStringLiteral("repo"), QStringLiteral("info")});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("not a cloudbackup repository")));
        QVERIFY(mine.exists());
        QCOMPARE(ctl({QStringLiteral("repo"), QStringLiteral("init"), other.filePath(QStringLiteral("docs"))})
                     .code,
                 1);
        // repo init makes one; then it is used.
        r = ctl({QStringLiteral("--json"), QStringLiteral("repo"), QStringLiteral("init"), typo});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("format")].toInt(), 2);
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v"),
                      QStringLiteral("--size"), QStringLiteral("4M")})
                     .code,
                 0);
        r = ctl({QStringLiteral("--repository"), typo, QStringLiteral("backup"), QStringLiteral("create"),
                 QStringLiteral("v")});
        QCOMPARE(r.code, 0);
        QCOMPARE(QDir(typo + QStringLiteral("/indexes")).entryList(QDir::Files).size(), 1);
    }

    // An option's value is the option's, even when it looks like a global option.
    void optionValuesAreNeverGlobalOptions()
    {
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v"),
                      QStringLiteral("--size"), QStringLiteral("1M")})
                     .code,
                 0);
        QTemporaryDir elsewhere;
        const QString other = elsewhere.filePath(QStringLiteral("x"));
        auto r = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                      QStringLiteral("v"), QStringLiteral("--description"), QStringLiteral("--home=") + other,
                      QStringLiteral("--name"), QStringLiteral("help")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("description")].toString(), QStringLiteral("--home=") + other);
        QCOMPARE(r.json()[QStringLiteral("name")].toString(), QStringLiteral("help"));
        QVERIFY(!QFileInfo::exists(other));
        const QString id = r.json()[QStringLiteral("id")].toString();
        // Separate words too, and --lang as a value.
        r = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("edit"), id,
                 QStringLiteral("--description"), QStringLiteral("--lang")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json()[QStringLiteral("description")].toString(), QStringLiteral("--lang"));
        r = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("edit"), id,
                 QStringLiteral("--description"), QStringLiteral("--home"), other});
        QCOMPARE(r.code, 2); // "other" is an unexpected argument, not a home
        QVERIFY(!QFileInfo::exists(other));
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("show"), id})
                     .json()[QStringLiteral("description")]
                     .toString(),
                 QStringLiteral("--lang"));
    }

    // Parse and check everything, then open (and create) the home.
    void usageErrorsCreateNothing()
    {
        QTemporaryDir parent;
        const QString fresh = parent.filePath(QStringLiteral("new"));
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLOUDBACKUP_HOME"), fresh);
        const QList<QStringList> bad{
            {QStringLiteral("backup"), QStringLiteral("create")},
            {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("v"), QStringLiteral("w")},
            {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v"),
             QStringLiteral("--size"), QStringLiteral("1M"), QStringLiteral("--bogus")},
            {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v")},
            {QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("abcd")},
            {QStringLiteral("backup"), QStringLiteral("edit"), QStringLiteral("abcd")},
            {QStringLiteral("backup"), QStringLiteral("delete")},
            {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("bob")},
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--since"),
             QStringLiteral("yesterday")},
            {QStringLiteral("--limit-rate"), QStringLiteral("fast"), QStringLiteral("backup"),
             QStringLiteral("list")},
            {QStringLiteral("backup"), QStringLiteral("frobnicate")},
            {QStringLiteral("backup")},
        };
        for (const QStringList &args : bad) {
            const Run r = bare(args, env);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + QStringLiteral(": ") + r.err));
            QVERIFY2(!QFileInfo::exists(fresh), qPrintable(args.join(u' ')));
            QVERIFY2(r.err.startsWith(QLatin1String("cloudbackupctl: error: ")), qPrintable(r.err));
        }
        // Bad input found before opening changes nothing either (exit 1).
        for (const QStringList &args :
             QList<QStringList>{{QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v"),
                                 QStringLiteral("--size"), QStringLiteral("lots")},
                                {QStringLiteral("backup"), QStringLiteral("restore"), QStringLiteral("abcd"),
                                 QStringLiteral("--to"), QStringLiteral("v")}}) {
            const Run r = bare(args, env);
            QCOMPARE(r.code, 1);
            QVERIFY2(!QFileInfo::exists(fresh), qPrintable(args.join(u' ')));
        }
        // The same command, complete, creates the home.
        QCOMPARE(bare({QStringLiteral("volume"), QStringLiteral("list")}, env).code, 0);
        QVERIFY(QFileInfo::exists(fresh));
    }

    void catalogMustBeSqliteOrPostgres()
    {
        QTemporaryDir cwd;
        for (const QString &url :
             {QStringLiteral("mysql://u@h/db"), QStringLiteral("mysql:/x"), QStringLiteral("http://h/db")}) {
            if (!url.contains(QLatin1String("://")))
                continue;
            const Run r = bare({QStringLiteral("--home"), m_home->path(), QStringLiteral("--catalog"), url,
                                QStringLiteral("backup"), QStringLiteral("list")},
                               QProcessEnvironment::systemEnvironment(), cwd.path());
            QVERIFY(r.code != 0);
            QVERIFY2(r.err.contains(url.section(u':', 0, 0)) &&
                         r.err.contains(QLatin1String("postgresql://")),
                     qPrintable(r.err));
        }
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CLOUDBACKUP_CATALOG"), QStringLiteral("mysql://u@h/db"));
        QVERIFY(
            bare({QStringLiteral("--home"), m_home->path(), QStringLiteral("volume"), QStringLiteral("list")},
                 env, cwd.path())
                .code != 0);
        QCOMPARE(tree(cwd.path()), QStringList());     // no file named "mysql:"
        QCOMPARE(tree(m_home->path()), QStringList()); // nor a home
    }

    // A password on the command line is readable by every user in ps.
    void catalogUrlWithPasswordIsRefused()
    {
        QTemporaryDir cwd;
        for (const QString &url : {QStringLiteral("postgresql://u:secret@127.0.0.1:1/db"),
                                   QStringLiteral("postgres://u@127.0.0.1:1/db?password=secret")}) {
            const Run r = bare({QStringLiteral("--home"), m_home->path(), QStringLiteral("--catalog"), url,
                                QStringLiteral("backup"), QStringLiteral("list")},
                               QProcessEnvironment::systemEnvironment(), cwd.path());
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QLatin1String("CLOUDBACKUP_PASSWORD")) &&
                         r.err.contains(QLatin1String("PGPASSWORD")) &&
                         r.err.contains(QLatin1String(".pgpass")),
                     qPrintable(r.err));
            QVERIFY(!r.err.contains(QLatin1String("secret")));
        }
        QCOMPARE(tree(m_home->path()), QStringList());
        // No command takes a password as an option.
        for (const QString &group :
             {QStringLiteral("user create bob --role member"), QStringLiteral("user passwd bob")}) {
            QStringList args = group.split(u' ');
            args << QStringLiteral("--password") << QStringLiteral("secret");
            const Run r = ctl(args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QLatin1String("--password")), qPrintable(r.err));
        }
    }

    void emptyProjectIsAUsageError()
    {
        const QList<QStringList> cases{
            {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v"),
             QStringLiteral("--size"), QStringLiteral("1M"), QStringLiteral("--project"), QString()},
            {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v"),
             QStringLiteral("--size"), QStringLiteral("1M"), QStringLiteral("--project=")},
            {QStringLiteral("volume"), QStringLiteral("list"), QStringLiteral("--project"), QString()},
            {QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--project"), QString()},
            {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--project"), QString()},
        };
        for (const QStringList &args : cases) {
            const Run r = ctl(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(u' ') + r.err));
            QVERIFY2(r.err.contains(QLatin1String("--project")), qPrintable(r.err));
        }
        QVERIFY(!QFileInfo::exists(m_home->filePath(QStringLiteral("volumes/admin/v.img"))));
        QCOMPARE(ctl({QStringLiteral("--json"), QStringLiteral("volume"), QStringLiteral("list")})
                     .json()
                     .toArray()
                     .size(),
                 0);
    }

    void unknownStatusIsAUsageError()
    {
        const Run r = ctl({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("bogus")});
        QCOMPARE(r.code, 2);
        for (const char *status : {"bogus", "creating", "available", "error", "deleting", "damaged"})
            QVERIFY2(r.err.contains(QLatin1String(status)), qPrintable(r.err));
        QCOMPARE(ctl({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--status"),
                      QStringLiteral("available")})
                     .code,
                 0);
    }

    void unknownLanguageIsAUsageError()
    {
        for (const QStringList &lang : {QStringList{QStringLiteral("--lang"), QStringLiteral("xx_YY")},
                                        QStringList{QStringLiteral("--lang=xx_YY")}}) {
            const Run r = ctl(lang + QStringList{QStringLiteral("volume"), QStringLiteral("list")});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(QLatin1String("xx_YY")) && r.err.contains(QLatin1String("zh_CN")) &&
                         r.err.contains(QLatin1String("en")),
                     qPrintable(r.err));
        }
        // After the command words too, and the known ones work.
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("list"), QStringLiteral("--lang"),
                      QStringLiteral("xx")})
                     .code,
                 2);
        QCOMPARE(ctl({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("volume"),
                      QStringLiteral("list")})
                     .code,
                 0);
        const Run zh = ctl({QStringLiteral("volume"), QStringLiteral("list"), QStringLiteral("--lang"),
                            QStringLiteral("zh_CN")});
        QCOMPARE(zh.code, 0);
        QVERIFY2(zh.out.startsWith("ID"), zh.out.constData()); // the header is translated
        QVERIFY2(!zh.out.startsWith("ID  NAME"), zh.out.constData());
    }

    // The table yields help for everything, per group and per command.
    void helpComesFromTheTable()
    {
        const Run all = ctl({QStringLiteral("help")});
        QCOMPARE(all.code, 0);
        const QStringList commands{QStringLiteral("volume list"),
                                   QStringLiteral("volume show"),
                                   QStringLiteral("volume create"),
                                   QStringLiteral("volume delete"),
                                   QStringLiteral("volume attach"),
                                   QStringLiteral("backup create"),
                                   QStringLiteral("backup list"),
                                   QStringLiteral("backup show"),
                                   QStringLiteral("backup chain"),
                                   QStringLiteral("backup edit"),
                                   QStringLiteral("backup tags"),
                                   QStringLiteral("backup restore"),
                                   QStringLiteral("backup delete"),
                                   QStringLiteral("backup verify"),
                                   QStringLiteral("repo init"),
                                   QStringLiteral("repo gc"),
                                   QStringLiteral("repo verify"),
                                   QStringLiteral("repo rebuild-catalog"),
                                   QStringLiteral("repo info"),
                                   QStringLiteral("repo upgrade"),
                                   QStringLiteral("job list"),
                                   QStringLiteral("job log"),
                                   QStringLiteral("project create"),
                                   QStringLiteral("project list"),
                                   QStringLiteral("project delete"),
                                   QStringLiteral("user create"),
                                   QStringLiteral("user list"),
                                   QStringLiteral("user show"),
                                   QStringLiteral("user disable"),
                                   QStringLiteral("user enable"),
                                   QStringLiteral("user set-role"),
                                   QStringLiteral("user add-project"),
                                   QStringLiteral("user remove-project"),
                                   QStringLiteral("user passwd"),
                                   QStringLiteral("audit list"),
                                   QStringLiteral("completion bash")};
        for (const QString &c : commands) {
            QVERIFY2(all.out.contains((QStringLiteral("  ") + c).toUtf8()), qPrintable(c));
            const Run one = ctl(c.split(u' ') + QStringList{QStringLiteral("--help")});
            QCOMPARE(one.code, 0);
            QVERIFY2(one.out.contains((QStringLiteral("cloudbackupctl [GLOBAL OPTIONS] ") + c).toUtf8()),
                     one.out.constData());
        }
        QVERIFY(all.out.contains("3 not permitted"));
        QVERIFY(all.out.contains("CLOUDBACKUP_NEW_PASSWORD"));
        QCOMPARE(ctl({QStringLiteral("--help")}).out, all.out);
        const Run group = ctl({QStringLiteral("user"), QStringLiteral("--help")});
        QCOMPARE(group.code, 0);
        QVERIFY(group.out.contains("user set-role NAME ROLE"));
        QVERIFY(!group.out.contains("backup create"));
        const Run cmd = ctl({QStringLiteral("help"), QStringLiteral("user"), QStringLiteral("create")});
        QVERIFY(cmd.out.contains("--role ROLE"));
        QVERIFY(cmd.out.contains("cloud-admin, dept-admin, project-admin, member"));
        QCOMPARE(tree(m_home->path()), QStringList()); // help opens nothing
        const Run none = ctl({});
        QCOMPARE(none.code, 2);
        QVERIFY(none.err.contains(QLatin1String("backup create")));
    }

    // `completion bash` prints the script the source tree ships, and it completes.
    void bashCompletion()
    {
        const Run script = ctl({QStringLiteral("completion"), QStringLiteral("bash")});
        QCOMPARE(script.code, 0);
        QFile shipped(QFileInfo(QStringLiteral(__FILE__)).absolutePath() +
                      QStringLiteral("/../scripts/cloudbackupctl.bash-completion"));
        QVERIFY(shipped.open(QIODevice::ReadOnly));
        QVERIFY2(shipped.readAll() == script.out,
                 "scripts/cloudbackupctl.bash-completion is stale: cloudbackupctl completion bash > it");
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("alpha"),
                      QStringLiteral("--size"), QStringLiteral("1M")})
                     .code,
                 0);
        const QString file = m_home->filePath(QStringLiteral("completion.bash"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(script.out);
        f.close();
        // COMP_WORDS as bash splits the line; prints the candidates.
        auto complete = [&](const QStringList &line) {
            QString words;
            for (const QString &w : line)
                words += u'\'' + w + QStringLiteral("' ");
            QProcess bash;
            bash.start(
                QStringLiteral("bash"),
                {QStringLiteral("-c"),
                 QStringLiteral("source '%1' && COMP_WORDS=(%2) && COMP_CWORD=%3 && _cloudbackupctl && "
                                "printf '%s\\n' \"${COMPREPLY[@]}\"")
                     .arg(file, words)
                     .arg(line.size() - 1)});
            if (!bash.waitForFinished(60000))
                qFatal("bash hung");
            return QString::fromUtf8(bash.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        };
        const QString ctlPath = qEnvironmentVariable("CLOUDBACKUPCTL");
        const QString home = m_home->path();
        QVERIFY(
            complete({ctlPath, QStringLiteral("--home"), home, QString()}).contains(QStringLiteral("audit")));
        QCOMPARE(complete({ctlPath, QStringLiteral("us")}), QStringList{QStringLiteral("user")});
        QCOMPARE(complete({ctlPath, QStringLiteral("user"), QStringLiteral("set-")}),
                 QStringList{QStringLiteral("set-role")});
        QCOMPARE(complete({ctlPath, QStringLiteral("backup"), QStringLiteral("list"),
                           QStringLiteral("--status"), QStringLiteral("da")}),
                 QStringList{QStringLiteral("damaged")});
        QVERIFY(complete({ctlPath, QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--")})
                    .contains(QStringLiteral("--incremental")));
        QCOMPARE(complete({ctlPath, QStringLiteral("--home"), home, QStringLiteral("backup"),
                           QStringLiteral("create"), QStringLiteral("--description"), QStringLiteral("x"),
                           QStringLiteral("al")}),
                 QStringList{QStringLiteral("alpha")});
        QCOMPARE(complete({ctlPath, QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("bob"),
                           QStringLiteral("pro")}),
                 QStringList{QStringLiteral("project-admin")});
        QCOMPARE(complete({ctlPath, QStringLiteral("repo"), QStringLiteral("key"), QString()}),
                 (QStringList{QStringLiteral("change-passphrase"), QStringLiteral("export"),
                              QStringLiteral("recover"), QStringLiteral("add-key-file"),
                              QStringLiteral("remove-key-file")}));
        QCOMPARE(complete({ctlPath, QStringLiteral("repo"), QStringLiteral("key"), QStringLiteral("ex")}),
                 QStringList{QStringLiteral("export")});
    }

    // The embedded catalog has one account, its owner, a cloud admin.
    void accountsOnTheEmbeddedCatalog()
    {
        const QString me = osUser();
        auto list = ctl({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().toArray().size(), 1);
        const QJsonObject owner = list.json().toArray().first().toObject();
        QCOMPARE(owner[QStringLiteral("name")].toString(), me);
        QCOMPARE(owner[QStringLiteral("role")].toString(), QStringLiteral("cloud-admin"));
        QVERIFY(owner[QStringLiteral("enabled")].toBool());
        auto show = ctl({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("show"), me});
        QCOMPARE(show.code, 0);
        QCOMPARE(show.json()[QStringLiteral("role")].toString(), QStringLiteral("cloud-admin"));
        QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("show"), QStringLiteral("nobodyhere")}).code, 1);
        // Managing accounts needs a shared catalog: the engine says so, and nothing asks for a password.
        for (const QStringList &args :
             {QStringList{QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("bob"),
                          QStringLiteral("--role"), QStringLiteral("member")},
              QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("bob")},
              QStringList{QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("bob"),
                          QStringLiteral("member")},
              QStringList{QStringLiteral("user"), QStringLiteral("add-project"), QStringLiteral("bob"),
                          QStringLiteral("admin")},
              QStringList{QStringLiteral("user"), QStringLiteral("passwd"), me}}) {
            const Run r = ctl(args);
            QVERIFY2(r.code == 1, qPrintable(args.join(u' ') + r.err));
            QVERIFY2(r.err.startsWith(QLatin1String("cloudbackupctl: error: ")) &&
                         r.err.contains(QLatin1String("PostgreSQL")),
                     qPrintable(r.err));
        }
        // Another account cannot log in; the owner can.
        const Run other = ctl({QStringLiteral("--user"), QStringLiteral("someoneelse"),
                               QStringLiteral("volume"), QStringLiteral("list")});
        QCOMPARE(other.code, 1);
        QVERIFY2(other.err.contains(QLatin1String("\"someoneelse\"")), qPrintable(other.err));
        QCOMPARE(ctl({QStringLiteral("--user"), me, QStringLiteral("volume"), QStringLiteral("list")}).code,
                 0);
        // Usage errors of the new commands.
        Run r = ctl({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("bob"),
                     QStringLiteral("--role"), QStringLiteral("boss")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("project-admin")), qPrintable(r.err));
        r = ctl({QStringLiteral("user"), QStringLiteral("set-role"), QStringLiteral("bob"),
                 QStringLiteral("boss")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("dept-admin")), qPrintable(r.err));
        QCOMPARE(ctl({QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("Bad Name"),
                      QStringLiteral("--role"), QStringLiteral("member")})
                     .code,
                 1);
        QCOMPARE(
            ctl({QStringLiteral("--user"), QString(), QStringLiteral("volume"), QStringLiteral("list")}).code,
            2);
    }

    // A shared PostgreSQL catalog: accounts made and used through the command line.
    void accountsOnPostgres()
    {
        const QString fixture = postgresUrl(); // puts the owner's password in PGPASSWORD
        if (fixture.isEmpty())
            QSKIP("Runs under CTest with the PostgreSQL fixture.");
        // A database of its own; its owner (the fixture's superuser) is the first cloud admin.
        QUrl u(fixture);
        auto psql = [&](const QString &sql) {
            QProcess p;
            p.start(postgresBinDir() + QStringLiteral("/psql"),
                    {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), u.host(),
                     QStringLiteral("-p"), QString::number(u.port()), QStringLiteral("-U"), u.userName(),
                     QStringLiteral("-d"), u.path().mid(1), QStringLiteral("-c"), sql});
            if (!p.waitForFinished(60000))
                qFatal("psql hung");
            return p.exitCode();
        };
        psql(QStringLiteral("DROP DATABASE IF EXISTS cloudbackup_cli"));
        for (const char *role : {"cli_alice", "cli_bob"})
            psql(QStringLiteral("DROP ROLE IF EXISTS %1").arg(QLatin1String(role)));
        QCOMPARE(psql(QStringLiteral("CREATE DATABASE cloudbackup_cli")), 0);
        u.setPath(QStringLiteral("/cloudbackup_cli"));
        const QString url = u.toString();
        const QStringList catalog{QStringLiteral("--catalog"), url};
        auto as = [&](const QString &account, const QString &password, const QStringList &args,
                      const QString &newPassword = {}) {
            auto env = QProcessEnvironment::systemEnvironment();
            if (!account.isEmpty()) {
                env.remove(QStringLiteral("PGPASSWORD"));
                env.insert(QStringLiteral("CLOUDBACKUP_PASSWORD"), password);
            }
            if (!newPassword.isEmpty())
                env.insert(QStringLiteral("CLOUDBACKUP_NEW_PASSWORD"), newPassword);
            QStringList full = catalog;
            if (!account.isEmpty())
                full << QStringLiteral("--user") << account;
            return ctl(full + args, env);
        };
        const QString secret = QStringLiteral("Al'ice\\pw; 1");

        // The owner makes a project and a member of it.
        Run r = as({}, {}, {QStringLiteral("project"), QStringLiteral("create"), QStringLiteral("p1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = as({}, {},
               {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("create"),
                QStringLiteral("cli_alice"), QStringLiteral("--role"), QStringLiteral("member"),
                QStringLiteral("--project"), QStringLiteral("p1")},
               secret);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json()[QStringLiteral("role")].toString(), QStringLiteral("member"));
        QCOMPARE(r.json()[QStringLiteral("projects")].toArray().first().toString(), QStringLiteral("p1"));
        // Without a password to give (no terminal, no variable) nothing is created.
        r = as({}, {},
               {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("cli_bob"),
                QStringLiteral("--role"), QStringLiteral("member")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("CLOUDBACKUP_NEW_PASSWORD")), qPrintable(r.err));
        r = as({}, {}, {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QStringList names;
        for (const QJsonValue &a : r.json().toArray())
            names << a[QStringLiteral("name")].toString();
        QVERIFY2(names.contains(QStringLiteral("cli_alice")) && !names.contains(QStringLiteral("cli_bob")),
                 qPrintable(names.join(u',')));

        // --user acts as that account, with its password from CLOUDBACKUP_PASSWORD.
        r = as(QStringLiteral("cli_alice"), secret,
               {QStringLiteral("--json"), QStringLiteral("project"), QStringLiteral("list")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().toArray().size(), 1);
        QCOMPARE(r.json().toArray().first()[QStringLiteral("name")].toString(), QStringLiteral("p1"));
        // A member may not change anything: refused with exit 3, audited with the real account.
        r = as(QStringLiteral("cli_alice"), secret,
               {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("v"),
                QStringLiteral("--size"), QStringLiteral("1M"), QStringLiteral("--project"),
                QStringLiteral("p1")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.startsWith(QLatin1String("cloudbackupctl: error: Permission denied")),
                 qPrintable(r.err));
        r = as(QStringLiteral("cli_alice"), secret,
               {QStringLiteral("user"), QStringLiteral("create"), QStringLiteral("cli_bob"),
                QStringLiteral("--role"), QStringLiteral("cloud-admin")});
        QCOMPARE(r.code, 3);
        r = as({}, {},
               {QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("list"),
                QStringLiteral("--user"), QStringLiteral("cli_alice")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        int denied = 0;
        for (const QJsonValue &e : r.json().toArray()) {
            QCOMPARE(e[QStringLiteral("user")].toString(), QStringLiteral("cli_alice"));
            denied += e[QStringLiteral("result")].toString() == QLatin1String("denied");
            QVERIFY(!QJsonDocument(e.toObject()).toJson().contains(secret.toUtf8()));
        }
        QVERIFY(denied >= 2);
        // A wrong password fails and is not echoed.
        r = as(QStringLiteral("cli_alice"), QStringLiteral("wrong-pw"),
               {QStringLiteral("volume"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY(!r.err.contains(QLatin1String("wrong-pw")));
        // Anyone may change their own password.
        const QString renewed = QStringLiteral("n3w \"pw\"");
        r = as(QStringLiteral("cli_alice"), secret,
               {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("cli_alice")}, renewed);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(
            as(QStringLiteral("cli_alice"), secret, {QStringLiteral("volume"), QStringLiteral("list")}).code,
            1);
        QCOMPARE(
            as(QStringLiteral("cli_alice"), renewed, {QStringLiteral("volume"), QStringLiteral("list")}).code,
            0);
        // A disabled account cannot log in.
        r = as({}, {},
               {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("disable"),
                QStringLiteral("cli_alice")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json()[QStringLiteral("enabled")].toBool(), false);
        r = as(QStringLiteral("cli_alice"), renewed, {QStringLiteral("volume"), QStringLiteral("list")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("disabled")), qPrintable(r.err));
        r = as({}, {},
               {QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("set-role"),
                QStringLiteral("cli_alice"), QStringLiteral("project-admin")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json()[QStringLiteral("role")].toString(), QStringLiteral("project-admin"));
    }

    void damagedBackupRestoresOnlyWhenAllowed()
    {
        QCOMPARE(ctl({QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("d"),
                      QStringLiteral("--size"), QStringLiteral("8M")})
                     .code,
                 0);
        writeRandom(device(QStringLiteral("d")), 0, 8 << 20, 11);
        auto created = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("create"),
                            QStringLiteral("d")});
        const QString id = created.json()[QStringLiteral("id")].toString();
        QDirIterator it(m_home->filePath(QStringLiteral("repository/chunks")), QDir::Files,
                        QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        QFile chunk(it.next());
        QVERIFY(chunk.open(QIODevice::ReadWrite));
        chunk.seek(100);
        chunk.write("XXXX");
        chunk.close();
        auto verify = ctl({QStringLiteral("backup"), QStringLiteral("verify"), id});
        QCOMPARE(verify.code, 1);
        auto show = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("show"), id});
        QCOMPARE(show.json()[QStringLiteral("status")].toString(), QStringLiteral("damaged"));
        auto listed = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list"),
                           QStringLiteral("--status"), QStringLiteral("damaged")});
        QCOMPARE(listed.json().toArray().size(), 1);
        auto refused = ctl({QStringLiteral("backup"), QStringLiteral("restore"), id,
                            QStringLiteral("--new-volume"), QStringLiteral("d2")});
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QLatin1String("--allow-damaged")), qPrintable(refused.err));
        auto partial =
            ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"), id,
                 QStringLiteral("--new-volume"), QStringLiteral("d2"), QStringLiteral("--allow-damaged")});
        QCOMPARE(partial.code, 0);
        const QJsonArray zeroed = partial.json()[QStringLiteral("zeroed_ranges")].toArray();
        QCOMPARE(zeroed.size(), 1);
        QCOMPARE(zeroed.first()[QStringLiteral("length")].toInteger(), qint64(4) << 20);
        QVERIFY(partial.err.contains(QLatin1String("zeros")));
        // repo verify still reports the missing chunk until a backup stores it again.
        QCOMPARE(ctl({QStringLiteral("repo"), QStringLiteral("verify")}).code, 1);
        QCOMPARE(ctl({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("d")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("repo"), QStringLiteral("verify")}).code, 0);
        show = ctl({QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("show"), id});
        QCOMPARE(show.json()[QStringLiteral("status")].toString(), QStringLiteral("available"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
