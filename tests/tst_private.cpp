// Private by default: under the usual umask 022, nothing cloudbackup keeps is
// readable by other local users, homes of earlier releases are tightened, and
// no link leads a backup, restore or delete outside the home.
#include "TestSupport.h"
#include "engine/Engine.h"
#include "repository/Repository.h"
#include "volumes/VolumeBackend.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace cb;
using namespace cb::test;

constexpr qint64 MiB = 1024 * 1024;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat st;
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode;
}

// Every folder and file under root (root too) that is not 0700 / 0600; links are not followed.
QStringList notPrivate(const QString &root)
{
    QStringList out;
    const auto check = [&out](const QString &path) {
        const mode_t m = modeOf(path);
        if (S_ISLNK(m))
            return;
        const mode_t want = S_ISDIR(m) ? 0700 : 0600;
        if ((m & 07777) != want)
            out << QStringLiteral("%1 %2").arg(path).arg(m & 07777, 4, 8, QLatin1Char('0'));
    };
    check(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        check(it.next());
    return out;
}

// The way an earlier release left a home under umask 022.
void openUp(const QString &root)
{
    ::chmod(QFile::encodeName(root).constData(), 0755);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const mode_t m = modeOf(path);
        if (!S_ISLNK(m))
            ::chmod(QFile::encodeName(path).constData(), S_ISDIR(m) ? 0755 : 0644);
    }
}

// Path -> SHA-256 of every file under dir, to show that nothing outside the home changed.
QMap<QString, QByteArray> contentsOf(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(path, QFileInfo(path).isDir() ? QByteArray("dir") : sha256File(path));
    }
    return out;
}

bool symlink(const QString &target, const QString &link)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(link).constData()) == 0;
}

} // namespace

class TestPrivate : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_home;
    QString m_outside;
    std::shared_ptr<Engine> m_engine;

    void openEngine()
    {
        m_engine.reset();
        m_engine = openEngineOrDie(m_home);
    }
    Volume makeVolume(const QString &name, qint64 size, const QString &project = {})
    {
        CreateVolumeParams p;
        p.name = name;
        p.project = project;
        p.size = size;
        auto v = m_engine->createVolume(p);
        if (!v)
            qFatal("%s", qPrintable(v.error()));
        writeRandom(v->device, 0, size / 2, 7);
        writeText(v->device, size / 2, size / 4);
        return *v;
    }

    // Every way to touch the volume is refused with a message about the link.
    void checkRefused(const QString &volume, const QString &backupId, const QString &newName)
    {
        auto b = runBackup(*m_engine, volume, false);
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(QLatin1String("symbolic link")), qPrintable(b.error()));
        auto over = restoreOver(*m_engine, backupId, volume);
        QVERIFY(!over.ok());
        QVERIFY2(over.error().contains(QLatin1String("symbolic link")), qPrintable(over.error()));
        auto toNew = restoreToNew(*m_engine, backupId, newName);
        QVERIFY(!toNew.ok());
        QVERIFY2(toNew.error().contains(QLatin1String("symbolic link")), qPrintable(toNew.error()));
        auto del = m_engine->deleteVolume(volume);
        QVERIFY(!del.ok());
        QVERIFY2(del.error().contains(QLatin1String("symbolic link")), qPrintable(del.error()));
    }

private Q_SLOTS:
    void initTestCase() { ::umask(022); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A temporary folder is 0700: open it, so only the home's own modes protect it.
        QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                         QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                         QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                                         QFileDevice::ExeGroup));
        m_home = m_dir->filePath(QStringLiteral("home"));
        m_outside = m_dir->filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(m_outside));
        openEngine();
    }
    void cleanup()
    {
        m_engine.reset();
        m_dir.reset();
    }

    // Under umask 022 every folder is 0700 and every file 0600: the home,
    // catalog with its -wal and -shm, repository, run/ locks, file volumes.
    void newHomeIsPrivate()
    {
        const Volume v = makeVolume(QStringLiteral("priv"), 16 * MiB);
        const Backup full = backupOrDie(*m_engine, v.id, false);
        writeRandom(v.device, 4 * MiB, MiB, 8);
        // The staging folder and its chunks, while the backup runs.
        QStringList staging;
        BackupParams params;
        params.volume = v.id;
        params.incremental = true;
        JobControl control;
        control.progress = [&](qint64, qint64) {
            if (staging.isEmpty())
                staging = notPrivate(m_home + QStringLiteral("/repository/staging"))
                          << QStringLiteral("seen");
        };
        auto incremental = m_engine->createBackup(params, control);
        QVERIFY2(incremental.ok(), qPrintable(incremental.error()));
        QCOMPARE(staging, QStringList{QStringLiteral("seen")});

        auto toNew = restoreToNew(*m_engine, incremental->id, QStringLiteral("copy"));
        QVERIFY2(toNew.ok(), qPrintable(toNew.error()));
        auto over = restoreOver(*m_engine, full.id, v.id);
        QVERIFY2(over.ok(), qPrintable(over.error()));
        JobControl verify;
        QVERIFY(m_engine->verifyBackup(incremental->id, verify).ok());
        JobControl gc;
        QVERIFY(m_engine->gc(gc).ok());
        // A restore target that is never written keeps its ".restoring" marker.
        CreateVolumeParams target;
        target.name = QStringLiteral("target");
        target.project = QStringLiteral("other");
        target.size = 4 * MiB;
        target.forRestore = true;
        QVERIFY(m_engine->backendFor(QStringLiteral("file:x"))->create(target).ok());

        for (const char *file : {"catalog.sqlite", "catalog.sqlite-wal", "catalog.sqlite-shm",
                                 "repository/locks/gc.lock", "repository/cloudbackup-repository.json",
                                 "volumes/admin/priv.json", "volumes/other/target.img.restoring"})
            QVERIFY2(QFileInfo::exists(m_home + u'/' + QLatin1String(file)), file);
        QVERIFY(!chunkFilesOf(m_home + QStringLiteral("/repository")).isEmpty());
        QVERIFY(!QDir(m_home + QStringLiteral("/repository/records")).isEmpty());
        const QStringList open = notPrivate(m_home);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));

        // A repository made by "repo init" elsewhere is private too.
        const QString repo = m_dir->filePath(QStringLiteral("elsewhere/repo"));
        QVERIFY(Repository::init(repo).ok());
        const QStringList openRepo = notPrivate(m_dir->filePath(QStringLiteral("elsewhere")));
        QVERIFY2(openRepo.isEmpty(), qPrintable(openRepo.join(u'\n')));
    }

    // A home an earlier release left 0755/0644 is private after the next open;
    // files of others in the home and targets of links are left alone.
    void oldHomeIsTightened()
    {
        const Volume v = makeVolume(QStringLiteral("old"), 8 * MiB);
        backupOrDie(*m_engine, v.id, false);
        m_engine.reset();
        openUp(m_home);
        QVERIFY(!notPrivate(m_home).isEmpty());
        QFile notes(m_home + QStringLiteral("/notes.txt"));
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.close();
        QVERIFY(::chmod(QFile::encodeName(notes.fileName()).constData(), 0644) == 0);
        QFile shared(m_outside + QStringLiteral("/shared.txt"));
        QVERIFY(shared.open(QIODevice::WriteOnly));
        shared.close();
        QVERIFY(::chmod(QFile::encodeName(shared.fileName()).constData(), 0644) == 0);
        QVERIFY(
            symlink(shared.fileName(), QFileInfo(v.device).absolutePath() + QStringLiteral("/link.json")));

        openEngine();
        QCOMPARE(modeOf(notes.fileName()) & 0777, mode_t(0644));
        QCOMPARE(modeOf(shared.fileName()) & 0777, mode_t(0644));
        QVERIFY(QFile::remove(notes.fileName()));
        const QStringList open = notPrivate(m_home);
        QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
        // And it still works.
        backupOrDie(*m_engine, v.id, true);
    }

    // Another local user reads nothing: not a chunk, not an image, not the catalog.
    void otherUsersReadNothing()
    {
        const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        if (::geteuid() != 0 || setpriv.isEmpty())
            QSKIP("needs root and setpriv to act as another user");
        const Volume v = makeVolume(QStringLiteral("secret"), 8 * MiB);
        backupOrDie(*m_engine, v.id, false);
        const QStringList chunks = chunkFilesOf(m_home + QStringLiteral("/repository"));
        QVERIFY(!chunks.isEmpty());
        const auto asNobody = [&](const QStringList &command) {
            QProcess p;
            p.start(setpriv, QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                         QStringLiteral("--clear-groups")} +
                                 command);
            p.waitForFinished(30000);
            return std::pair{p.exitCode(), p.readAllStandardOutput()};
        };
        // The check itself works: nobody reads a file that is meant to be readable.
        QFile open(m_outside + QStringLiteral("/readable.txt"));
        QVERIFY(open.open(QIODevice::WriteOnly));
        open.write("readable");
        open.close();
        QVERIFY(::chmod(QFile::encodeName(open.fileName()).constData(), 0644) == 0);
        QCOMPARE(asNobody({QStringLiteral("cat"), open.fileName()}).second, QByteArray("readable"));

        for (const QString &path :
             QStringList{chunks.first(), v.device, m_home + QStringLiteral("/catalog.sqlite")}) {
            const auto [code, out] = asNobody({QStringLiteral("cat"), path});
            QVERIFY2(code != 0 && out.isEmpty(), qPrintable(path));
        }
        const auto [code, out] =
            asNobody({QStringLiteral("ls"), m_home + QStringLiteral("/repository/chunks")});
        QVERIFY2(code != 0 && out.isEmpty(), out.constData());
    }

    // volumes/default/evil.img links to a file outside the home.
    void linkedImageIsRefused()
    {
        const Volume good = makeVolume(QStringLiteral("good"), 8 * MiB);
        const Backup b = backupOrDie(*m_engine, good.id, false);
        const QString target = m_outside + QStringLiteral("/disk.img");
        writeText(target, 0, 8 * MiB);
        const QString root = QFileInfo(good.device).absolutePath() + u'/';
        QVERIFY(symlink(target, root + QStringLiteral("evil.img")));
        // Its metadata and restore marker, linked out as well, for names not yet taken.
        QVERIFY(symlink(m_outside + QStringLiteral("/meta.txt"), root + QStringLiteral("meta.json")));
        writeText(m_outside + QStringLiteral("/meta.txt"), 0, 1000);
        QVERIFY(
            symlink(m_outside + QStringLiteral("/mark.txt"), root + QStringLiteral("mark.img.restoring")));
        writeText(m_outside + QStringLiteral("/mark.txt"), 0, 1000);
        const auto before = contentsOf(m_outside);

        // Listed in error, not followed.
        auto all = m_engine->volumes();
        QVERIFY(all.ok());
        bool listed = false;
        for (const Volume &v : std::as_const(*all)) {
            if (v.id == QLatin1String("file:admin/evil")) {
                listed = true;
                QCOMPARE(v.status, VolumeStatus::Error);
                QCOMPARE(v.size, 0);
            }
        }
        QVERIFY(listed);

        checkRefused(QStringLiteral("file:admin/evil"), b.id, QStringLiteral("evil"));
        checkRefused(QStringLiteral("evil"), b.id, QStringLiteral("evil"));
        for (const QString &name : {QStringLiteral("meta"), QStringLiteral("mark")}) {
            auto r = restoreToNew(*m_engine, b.id, name);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(QLatin1String("symbolic link")), qPrintable(r.error()));
            CreateVolumeParams p;
            p.name = name;
            p.size = MiB;
            QVERIFY(!m_engine->createVolume(p).ok());
            QVERIFY(!QFileInfo::exists(root + name + QStringLiteral(".img")));
        }
        QVERIFY(QFileInfo(root + QStringLiteral("evil.img")).isSymLink());
        QCOMPARE(contentsOf(m_outside), before);
    }

    // volumes/linked is a link to a folder outside the home.
    void linkedProjectIsRefused()
    {
        const Volume v = makeVolume(QStringLiteral("pv"), 8 * MiB, QStringLiteral("linked"));
        const Backup b = backupOrDie(*m_engine, v.id, false);
        const QString folder = m_home + QStringLiteral("/volumes/linked");
        QVERIFY(QDir().rename(folder, m_outside + QStringLiteral("/linked")));
        QVERIFY(symlink(m_outside + QStringLiteral("/linked"), folder));
        const auto before = contentsOf(m_outside);

        // Not entered by the listing: the catalog's volume shows as no longer there.
        auto all = m_engine->volumes();
        QVERIFY(all.ok());
        for (const Volume &listed : std::as_const(*all)) {
            if (listed.id == v.id)
                QCOMPARE(listed.status, VolumeStatus::Missing);
        }
        checkRefused(v.id, b.id, QStringLiteral("pv2"));
        CreateVolumeParams p;
        p.name = QStringLiteral("fresh");
        p.project = QStringLiteral("linked");
        p.size = MiB;
        auto created = m_engine->createVolume(p);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().contains(QLatin1String("symbolic link")), qPrintable(created.error()));
        QCOMPARE(contentsOf(m_outside), before);
    }

    void linkedRepositoryFolderIsRefused_data()
    {
        QTest::addColumn<QString>("folder");
        for (const char *f : {"chunks", "indexes", "records", "staging", "tmp", "locks", "damaged"})
            QTest::newRow(f) << QString::fromLatin1(f);
        QTest::newRow("chunks/xx") << QString();
    }

    // A repository folder that links outside: the engine does not open, so no
    // backup, restore or delete runs, and nothing outside changes.
    void linkedRepositoryFolderIsRefused()
    {
        QFETCH(QString, folder);
        const Volume v = makeVolume(QStringLiteral("rv"), 8 * MiB);
        backupOrDie(*m_engine, v.id, false);
        m_engine.reset();
        const QString repo = m_home + QStringLiteral("/repository/");
        if (folder.isEmpty()) // the folder of a chunk the backup stored
            folder = QStringLiteral("chunks/") + QFileInfo(chunkFilesOf(repo).first()).dir().dirName();
        const QString moved = m_outside + u'/' + QString(folder).replace(u'/', u'-');
        QVERIFY(QDir().rename(repo + folder, moved));
        QVERIFY(symlink(moved, repo + folder));
        const auto before = contentsOf(m_outside);

        EngineConfig config;
        config.home = m_home;
        auto e = Engine::open(config);
        QVERIFY(!e.ok());
        QVERIFY2(e.error().contains(QLatin1String("symbolic link")), qPrintable(e.error()));
        QVERIFY2(e.error().contains(repo + folder), qPrintable(e.error()));
        QCOMPARE(contentsOf(m_outside), before);
        QVERIFY(QFileInfo(repo + folder).isSymLink());
    }
};

QTEST_GUILESS_MAIN(TestPrivate)
#include "tst_private.moc"
