#include "TestSupport.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

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
