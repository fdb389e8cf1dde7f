// A repository in a Ceph RADOS pool (label "ceph"): volumes live in the
// fixture's cluster ($CEPH_CONF), the repository in a second cluster
// ($CLOUDBACKUP_TEST_REPO_CEPH_CONF). Everything through cloudbackupctl, as
// consoles on several hosts would; restores compared byte for byte with
// `rbd export`, damage made with `rados put`.
#include "CtlSupport.h"
#include "RbdTestSupport.h"
#include "repository/RadosDirectory.h"
#include "repository/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cb::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QString Pool = QStringLiteral("volumes");

QString repoConf()
{
    return qEnvironmentVariable("CLOUDBACKUP_TEST_REPO_CEPH_CONF");
}

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

// `rados` against the repository's cluster.
Run rados(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(QStringLiteral("rados"), QStringList{QStringLiteral("--conf"), repoConf()} + args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

QStringList objectsIn(const QString &ns)
{
    const Run r = rados({QStringLiteral("-p"), Pool, QStringLiteral("-N"), ns, QStringLiteral("ls")});
    return QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
}

QStringList chunkObjects(const QString &ns)
{
    QStringList out;
    for (const QString &o : objectsIn(ns)) {
        if (o.size() == 64 && !o.contains(u'.'))
            out << o;
    }
    return out;
}

} // namespace

class TestRadosRepo : public QObject
{
    Q_OBJECT

    QString m_ns;
    QString location() const { return QStringLiteral("rados:") + Pool + u'/' + m_ns; }
    QStringList globals() const
    {
        return {QStringLiteral("--repository"), location(), QStringLiteral("--repository-ceph-conf"),
                repoConf()};
    }

    // An RBD image in the volumes' cluster with random data; returns the model.
    static std::unique_ptr<RbdImage> makeImage(const QString &name, qint64 size, quint32 seed)
    {
        const QString spec = Pool + u'/' + name;
        (void)rbd({QStringLiteral("rm"), QStringLiteral("--no-progress"), spec});
        const RbdRun made = rbd({QStringLiteral("create"), QStringLiteral("--size"),
                                 QString::number(size / MiB) + QLatin1Char('M'), spec});
        if (!made.ok())
            qFatal("rbd create failed: %s", made.err.constData());
        auto img = std::make_unique<RbdImage>(spec, size);
        img->writeRandom(0, size, seed);
        QString error;
        if (!img->apply(&error))
            qFatal("cannot write %s: %s", qPrintable(spec), qPrintable(error));
        return img;
    }

    static QString backup(const Ctl &ctl, const QString &image, bool incremental)
    {
        QStringList args{QStringLiteral("backup"), QStringLiteral("create"),
                         QStringLiteral("rbd:") + Pool + u'/' + image};
        if (incremental)
            args << QStringLiteral("--incremental");
        const CtlRun r = ctl.run(args, 300000);
        if (!r.ok())
            qWarning("backup failed: %s", qPrintable(r.describe()));
        return r.object().value(QStringLiteral("id")).toString();
    }

    // Restores to a new image and compares it with the expected bytes; empty when equal.
    static QString restoreDiffers(const Ctl &ctl, const QString &id, const QByteArray &expected,
                                  const QString &name)
    {
        const CtlRun r = ctl.run(
            {QStringLiteral("backup"), QStringLiteral("restore"), id, QStringLiteral("--new-volume"), name},
            300000);
        if (!r.ok())
            return QStringLiteral("restore of %1 failed: %2").arg(id, r.describe());
        QString error;
        const QByteArray got = rbdExport(Pool + u'/' + name, &error);
        (void)ctl.run({QStringLiteral("volume"), QStringLiteral("delete"),
                       QStringLiteral("rbd:") + Pool + u'/' + name});
        if (got.isEmpty())
            return error;
        if (got != expected)
            return QStringLiteral("restore of %1 differs from what was backed up").arg(id);
        return {};
    }

    QJsonObject info(const Ctl &ctl) const
    {
        return ctl.run({QStringLiteral("repo"), QStringLiteral("info")}).object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!repoConf().isEmpty(), "CLOUDBACKUP_TEST_REPO_CEPH_CONF is not set");
        QVERIFY(!qEnvironmentVariable("CEPH_CONF").isEmpty());
        QVERIFY(repoConf() != qEnvironmentVariable("CEPH_CONF"));
    }

    void init()
    {
        m_ns = QStringLiteral("repo-") + QString::number(QRandomGenerator::global()->generate(), 16);
    }

    void initRefusesWhatIsNotEmpty()
    {
        QTemporaryDir home;
        Ctl ctl(home.path());
        const QString conf = repoConf();
        // The pool's default namespace holds RBD's objects: not a place for a repository.
        const CtlRun taken = ctl.run({QStringLiteral("--repository-ceph-conf"), conf, QStringLiteral("repo"),
                                      QStringLiteral("init"), QStringLiteral("rados:volumes")});
        QVERIFY2(!taken.ok() && taken.err.contains(QStringLiteral("not empty")),
                 qPrintable(taken.describe()));
        const CtlRun noPool = ctl.run({QStringLiteral("--repository-ceph-conf"), conf, QStringLiteral("repo"),
                                       QStringLiteral("init"), QStringLiteral("rados:no-such-pool")});
        QVERIFY(!noPool.ok());
        QVERIFY2(noPool.err.contains(QStringLiteral("no-such-pool")), qPrintable(noPool.describe()));
        const CtlRun bad = ctl.run({QStringLiteral("--repository-ceph-conf"), conf, QStringLiteral("repo"),
                                    QStringLiteral("init"), QStringLiteral("rados:a/b/c")});
        QVERIFY(!bad.ok());
        // Nothing was written anywhere by the refusals.
        QVERIFY(objectsIn(m_ns).isEmpty());

        const CtlRun made = ctl.run({QStringLiteral("--repository-ceph-conf"), conf, QStringLiteral("repo"),
                                     QStringLiteral("init"), location()});
        QVERIFY2(made.ok(), qPrintable(made.describe()));
        QVERIFY(objectsIn(m_ns).contains(QStringLiteral("cloudbackup-repository")));
        const CtlRun again = ctl.run({QStringLiteral("--repository-ceph-conf"), conf, QStringLiteral("repo"),
                                      QStringLiteral("init"), location()});
        QVERIFY(!again.ok());
        QVERIFY2(again.err.contains(QStringLiteral("already")), qPrintable(again.describe()));
        // Opening a namespace that is not a repository is an error, not a new repository.
        Ctl other(home.path(), {QStringLiteral("--repository"), location() + QStringLiteral("x"),
                                QStringLiteral("--repository-ceph-conf"), conf});
        const CtlRun missing = other.run({QStringLiteral("repo"), QStringLiteral("info")});
        QVERIFY(!missing.ok());
        QVERIFY(objectsIn(m_ns + QStringLiteral("x")).isEmpty());
    }

    // The indexes and records are listed from the repository's list of
    // backups, not by walking the namespace and its chunks; a pool written
    // before the list existed has it built once, at its next open.
    void indexListDoesNotWalkChunks()
    {
        QTemporaryDir home;
        Ctl ctl(home.path());
        QVERIFY(ctl.run({QStringLiteral("--repository-ceph-conf"), repoConf(), QStringLiteral("repo"),
                         QStringLiteral("init"), location()})
                    .ok());
        cb::StoreOptions options;
        options.cephConf = repoConf();
        auto store = cb::openStore(location(), options);
        QVERIFY2(store, qPrintable(store.error()));
        QVERIFY((*store)->prepare());
        constexpr int chunks = 400;
        for (int i = 0; i < chunks; ++i) {
            const QByteArray data = QByteArray::number(i);
            const QString id =
                QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
            QVERIFY((*store)->write(cb::ObjectKind::Chunk, id, data));
        }
        const QStringList ids{QStringLiteral("b1"), QStringLiteral("b2"), QStringLiteral("b3")};
        for (const QString &id : ids) {
            QVERIFY((*store)->write(cb::ObjectKind::Index, id, "index " + id.toUtf8()));
            QVERIFY((*store)->write(cb::ObjectKind::Record, id, "record " + id.toUtf8()));
        }
        QVERIFY((*store)->remove(cb::ObjectKind::Index, QStringLiteral("b2")));
        // A key whose object never came (its writer died between the two steps) is not listed.
        QCOMPARE(rados({QStringLiteral("-p"), Pool, QStringLiteral("-N"), m_ns, QStringLiteral("setomapval"),
                        QStringLiteral("cloudbackup.directory"), QStringLiteral("index.b9"), QString()})
                     .code,
                 0);
        auto sorted = [](QStringList l) {
            l.sort();
            return l;
        };
        const QStringList indexes{QStringLiteral("b1"), QStringLiteral("b3")};
        qint64 walked = cb::radosObjectsWalked();
        QCOMPARE(sorted((*store)->list(cb::ObjectKind::Index)), indexes);
        QCOMPARE(sorted((*store)->list(cb::ObjectKind::Record)), ids);
        QCOMPARE(cb::radosObjectsWalked(), walked); // no object of the namespace was enumerated
        QCOMPARE(int((*store)->list(cb::ObjectKind::Chunk).size()), chunks);
        QVERIFY(cb::radosObjectsWalked() >= walked + chunks); // what listing chunks costs, for contrast

        // A repository written before the list: it is built at the next open, once.
        QCOMPARE(rados({QStringLiteral("-p"), Pool, QStringLiteral("-N"), m_ns, QStringLiteral("rm"),
                        QStringLiteral("cloudbackup.directory")})
                     .code,
                 0);
        store->reset();
        auto old = cb::openStore(location(), options);
        QVERIFY(old);
        walked = cb::radosObjectsWalked();
        QVERIFY((*old)->prepare());
        QVERIFY(cb::radosObjectsWalked() >= walked + chunks);
        walked = cb::radosObjectsWalked();
        QCOMPARE(sorted((*old)->list(cb::ObjectKind::Index)), indexes);
        QCOMPARE(sorted((*old)->list(cb::ObjectKind::Record)), ids);
        QVERIFY((*old)->prepare()); // already built: nothing walked again
        QCOMPARE(cb::radosObjectsWalked(), walked);
    }

    void backupRestoreVerifyDeleteGc()
    {
        QTemporaryDir home;
        Ctl ctl(home.path(), globals());
        QVERIFY(Ctl(home.path())
                    .run({QStringLiteral("--repository-ceph-conf"), repoConf(), QStringLiteral("repo"),
                          QStringLiteral("init"), location()})
                    .ok());
        auto img = makeImage(QStringLiteral("rr-a"), 24 * MiB, 1);
        const QByteArray atFull = img->model();
        const QString full = backup(ctl, QStringLiteral("rr-a"), false);
        QVERIFY(!full.isEmpty());
        const int afterFull = int(chunkObjects(m_ns).size());
        QCOMPARE(afterFull, 6);
        QVERIFY(objectsIn(m_ns).contains(QStringLiteral("index.") + full));
        QVERIFY(objectsIn(m_ns).contains(QStringLiteral("record.") + full));

        img->writeRandom(5 * MiB, MiB, 2);
        QString error;
        QVERIFY2(img->apply(&error), qPrintable(error));
        const QByteArray atIncr = img->model();
        const QString incr = backup(ctl, QStringLiteral("rr-a"), true);
        QVERIFY(!incr.isEmpty());
        QCOMPARE(int(chunkObjects(m_ns).size()), afterFull + 1); // only the changed chunk is new

        const QJsonObject i = info(ctl);
        QCOMPARE(i.value(QStringLiteral("backend")).toString(), QStringLiteral("rados"));
        QCOMPARE(i.value(QStringLiteral("repository")).toString(), location());
        QCOMPARE(i.value(QStringLiteral("encryption")).toString(), QStringLiteral("none"));
        QCOMPARE(i.value(QStringLiteral("chunks")).toInt(), afterFull + 1);
        QCOMPARE(i.value(QStringLiteral("backups")).toInt(), 2);
        QVERIFY(i.value(QStringLiteral("size")).toInteger() > 0);

        QString diff = restoreDiffers(ctl, full, atFull, QStringLiteral("rr-a-full"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        diff = restoreDiffers(ctl, incr, atIncr, QStringLiteral("rr-a-incr"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // Damage one chunk object of the full backup's first 4 MiB with `rados put`.
        const QByteArray first =
            QCryptographicHash::hash(atFull.left(4 * MiB), QCryptographicHash::Sha256).toHex();
        QVERIFY(chunkObjects(m_ns).contains(QString::fromLatin1(first)));
        const Run put = rados({QStringLiteral("-p"), Pool, QStringLiteral("-N"), m_ns, QStringLiteral("put"),
                               QString::fromLatin1(first), QStringLiteral("-")},
                              QByteArray("CBK1 not the data"));
        QVERIFY2(put.code == 0, put.err.constData());
        const CtlRun verify = ctl.run({QStringLiteral("backup"), QStringLiteral("verify"), full}, 300000);
        QVERIFY2(!verify.ok(), qPrintable(verify.describe()));
        const auto shown = byId(ctl.backups());
        QCOMPARE(shown.value(full).value(QStringLiteral("status")).toString(), QStringLiteral("damaged"));
        QCOMPARE(shown.value(incr).value(QStringLiteral("status")).toString(), QStringLiteral("damaged"));
        // Moved aside: gone from its name, kept as damaged.<id>.
        QVERIFY(!chunkObjects(m_ns).contains(QString::fromLatin1(first)));
        QVERIFY(objectsIn(m_ns).contains(QStringLiteral("damaged.") + QString::fromLatin1(first)));
        // The next backup stores the chunk again, and verify finds the old backups whole.
        QVERIFY(!backup(ctl, QStringLiteral("rr-a"), false).isEmpty());
        QVERIFY(chunkObjects(m_ns).contains(QString::fromLatin1(first)));
        QVERIFY(ctl.run({QStringLiteral("backup"), QStringLiteral("verify"), full}, 300000).ok());
        QCOMPARE(byId(ctl.backups()).value(full).value(QStringLiteral("status")).toString(),
                 QStringLiteral("available"));

        // Delete everything, then gc leaves no chunk behind.
        QStringList ids;
        for (const auto &b : ctl.backups())
            ids << b.toObject().value(QStringLiteral("id")).toString();
        const CtlRun del = ctl.run(QStringList{QStringLiteral("backup"), QStringLiteral("delete")} + ids);
        QVERIFY2(del.ok(), qPrintable(del.describe()));
        const CtlRun gc = ctl.run({QStringLiteral("repo"), QStringLiteral("gc")}, 300000);
        QVERIFY2(gc.ok(), qPrintable(gc.describe()));
        QCOMPARE(gc.object().value(QStringLiteral("chunks_removed")).toInt(), afterFull + 1);
        QVERIFY(chunkObjects(m_ns).isEmpty());
        QCOMPARE(info(ctl).value(QStringLiteral("chunks")).toInt(), 0);
    }

    // Encrypted: no object holds the volume's bytes or is named by their
    // SHA-256; a wrong passphrase is refused; a new one keeps the backup.
    void encryptedRepositoryHidesTheData()
    {
        QTemporaryDir home;
        const auto secretFile = [&](const char *name, const QByteArray &text) {
            const QString path = home.filePath(QString::fromLatin1(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                qFatal("cannot write %s", qPrintable(path));
            f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            return path;
        };
        const QString pass1 = secretFile("pass1", "rados passphrase one");
        const QString pass2 = secretFile("pass2", "rados passphrase two");
        const QString wrong = secretFile("wrong", "not it");
        const auto ctlWith = [&](const QString &pass) {
            return Ctl(home.path(), globals() + QStringList{QStringLiteral("--password-file"), pass});
        };
        const CtlRun made = ctlWith(pass1).run(
            {QStringLiteral("repo"), QStringLiteral("init"), location(), QStringLiteral("--encrypt")});
        QVERIFY2(made.ok(), qPrintable(made.describe()));
        auto img = makeImage(QStringLiteral("rr-enc"), 8 * MiB, 7);
        const QByteArray data = img->model();
        const QString full = backup(ctlWith(pass1), QStringLiteral("rr-enc"), false);
        QVERIFY(!full.isEmpty());
        QCOMPARE(int(chunkObjects(m_ns).size()), 2);
        for (qint64 at = 0; at < data.size(); at += 4 * MiB) {
            const QString plainId = QString::fromLatin1(
                QCryptographicHash::hash(data.mid(at, 4 * MiB), QCryptographicHash::Sha256).toHex());
            QVERIFY(!objectsIn(m_ns).contains(plainId));
        }
        const QByteArray samples[] = {data.mid(1000, 64), data.mid(5 * MiB + 77, 64)};
        for (const QString &object : objectsIn(m_ns)) {
            const Run got = rados({QStringLiteral("-p"), Pool, QStringLiteral("-N"), m_ns,
                                   QStringLiteral("get"), object, QStringLiteral("-")});
            QVERIFY2(got.code == 0, got.err.constData());
            for (const QByteArray &sample : samples)
                QVERIFY2(!got.out.contains(sample), qPrintable(object));
        }
        QCOMPARE(ctlWith(wrong).run({QStringLiteral("backup"), QStringLiteral("list")}).code, 1);
        const CtlRun changed = ctlWith(pass1).run({QStringLiteral("repo"), QStringLiteral("key"),
                                                   QStringLiteral("change-passphrase"),
                                                   QStringLiteral("--new-password-file"), pass2});
        QVERIFY2(changed.ok(), qPrintable(changed.describe()));
        QCOMPARE(ctlWith(pass1).run({QStringLiteral("backup"), QStringLiteral("list")}).code, 1);
        const QString diff = restoreDiffers(ctlWith(pass2), full, data, QStringLiteral("rr-enc-r"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void secondConsoleRebuildsItsCatalog()
    {
        QTemporaryDir homeA, homeB;
        Ctl a(homeA.path(), globals());
        QVERIFY(Ctl(homeA.path())
                    .run({QStringLiteral("--repository-ceph-conf"), repoConf(), QStringLiteral("repo"),
                          QStringLiteral("init"), location()})
                    .ok());
        auto img = makeImage(QStringLiteral("rr-b"), 12 * MiB, 3);
        const QString id = backup(a, QStringLiteral("rr-b"), false);
        QVERIFY(!id.isEmpty());

        Ctl b(homeB.path(), globals());
        const CtlRun refused = b.run({QStringLiteral("backup"), QStringLiteral("list")});
        QVERIFY2(!refused.ok() && refused.err.contains(QStringLiteral("rebuild-catalog")),
                 qPrintable(refused.describe()));
        const CtlRun rebuilt = b.run({QStringLiteral("repo"), QStringLiteral("rebuild-catalog")});
        QVERIFY2(rebuilt.ok(), qPrintable(rebuilt.describe()));
        QVERIFY(byId(b.backups()).contains(id));
        const QString diff = restoreDiffers(b, id, img->model(), QStringLiteral("rr-b-copy"));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The sweep runs after gc's lock is released: a chunk that a backup
    // started since finds present (and so does not write) must survive it.
    void sweepKeepsChunksFoundByLaterBackups()
    {
        QTemporaryDir home;
        QVERIFY(Ctl(home.path())
                    .run({QStringLiteral("--repository-ceph-conf"), repoConf(), QStringLiteral("repo"),
                          QStringLiteral("init"), location()})
                    .ok());
        cb::StoreOptions options;
        options.cephConf = repoConf();
        auto opened = cb::openStore(location(), options);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        cb::RepositoryStore &store = **opened;
        const QString kept(64, u'a'), swept(64, u'b');
        {
            auto lease = store.lockShared();
            QVERIFY(lease.ok());
            auto staging = store.beginStaging(QStringLiteral("job"));
            QVERIFY(staging.ok());
            for (const QString &name : {kept, swept}) {
                QVERIFY(*(*staging)->claim(name));
                QVERIFY(*(*staging)->put(name, QByteArray("CBK1"), "x", 1));
            }
            QVERIFY(!*(*staging)->claim(kept)); // present: not written again
            QVERIFY((*staging)->commit().ok());
        }
        std::unique_ptr<cb::StoreSweep> sweep;
        {
            auto lock = store.lockExclusive(nullptr);
            QVERIFY(lock.ok());
            auto s = store.beginSweep();
            QVERIFY(s.ok());
            sweep = std::move(*s);
            QVERIFY(sweep->runsUnlocked());
        }
        // A backup after the mark finds `kept` present and relies on it.
        auto lease = store.lockShared();
        QVERIFY(lease.ok());
        auto later = store.beginStaging(QStringLiteral("later"));
        QVERIFY(later.ok());
        QVERIFY(!*(*later)->claim(kept));
        QCOMPARE(sweep->remove(kept), qint64(-1));
        QVERIFY(sweep->remove(swept) > 0);
        QVERIFY(store.exists(cb::ObjectKind::Chunk, kept));
        QVERIFY(!store.exists(cb::ObjectKind::Chunk, swept));
        // While the lease is held, gc cannot start its mark.
        QVERIFY(!store.tryLockExclusive());
    }

    // Two consoles on one repository: backups on both and a gc at once, then
    // a backup killed while it holds its lease and a gc on the other console.
    void twoConsolesShareOneRepository()
    {
        QTemporaryDir homeA, homeB;
        Ctl a(homeA.path(), globals());
        Ctl b(homeB.path(), globals());
        QVERIFY(Ctl(homeA.path())
                    .run({QStringLiteral("--repository-ceph-conf"), repoConf(), QStringLiteral("repo"),
                          QStringLiteral("init"), location()})
                    .ok());
        // B's catalog starts empty beside a repository that is about to fill.
        QVERIFY(b.run({QStringLiteral("repo"), QStringLiteral("rebuild-catalog")}).ok());
        auto imgA = makeImage(QStringLiteral("rr-c"), 32 * MiB, 4);
        auto imgB = makeImage(QStringLiteral("rr-d"), 32 * MiB, 5);
        QMap<QString, QByteArray> expectA, expectB; // backup id -> bytes

        // A stale backup whose chunks gc may remove: deleted before the race.
        const QString old = backup(b, QStringLiteral("rr-d"), false);
        QVERIFY(b.run({QStringLiteral("backup"), QStringLiteral("delete"), old}).ok());
        imgB->writeRandom(0, 8 * MiB, 6);
        QString error;
        QVERIFY(imgB->apply(&error));

        auto pa =
            a.start({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("rbd:volumes/rr-c")});
        auto pb =
            b.start({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("rbd:volumes/rr-d")});
        auto pg = b.start({QStringLiteral("repo"), QStringLiteral("gc")});
        const CtlRun ra = finishRun(*pa, 300000);
        const CtlRun rb = finishRun(*pb, 300000);
        const CtlRun rg = finishRun(*pg, 300000);
        QVERIFY2(ra.ok(), qPrintable(ra.describe()));
        QVERIFY2(rb.ok(), qPrintable(rb.describe()));
        QVERIFY2(rg.ok(), qPrintable(rg.describe()));
        expectA.insert(ra.object().value(QStringLiteral("id")).toString(), imgA->model());
        expectB.insert(rb.object().value(QStringLiteral("id")).toString(), imgB->model());

        // A backup killed while it holds its lease (seen in the lock object).
        imgA->writeRandom(8 * MiB, 16 * MiB, 7);
        QVERIFY(imgA->apply(&error));
        auto killed = a.start({QStringLiteral("--limit-rate"), QStringLiteral("4M"), QStringLiteral("backup"),
                               QStringLiteral("create"), QStringLiteral("rbd:volumes/rr-c"),
                               QStringLiteral("--incremental")});
        const QStringList lockInfo{QStringLiteral("-p"),
                                   Pool,
                                   QStringLiteral("-N"),
                                   m_ns,
                                   QStringLiteral("lock"),
                                   QStringLiteral("info"),
                                   QStringLiteral("cloudbackup.lock"),
                                   QStringLiteral("gc")};
        QTRY_VERIFY_WITH_TIMEOUT(rados(lockInfo).out.contains("lease"), 60000);
        QVERIFY(killed->state() == QProcess::Running);
        killed->kill();
        killed->waitForFinished();

        // gc on B waits for the dead lease to run out, then removes only garbage.
        imgB->writeRandom(16 * MiB, 4 * MiB, 8);
        QVERIFY(imgB->apply(&error));
        auto pb2 = b.start({QStringLiteral("backup"), QStringLiteral("create"),
                            QStringLiteral("rbd:volumes/rr-d"), QStringLiteral("--incremental")});
        const CtlRun gc = b.run({QStringLiteral("repo"), QStringLiteral("gc")}, 300000);
        QVERIFY2(gc.ok(), qPrintable(gc.describe()));
        const CtlRun rb2 = finishRun(*pb2, 300000);
        QVERIFY2(rb2.ok(), qPrintable(rb2.describe()));
        expectB.insert(rb2.object().value(QStringLiteral("id")).toString(), imgB->model());
        QVERIFY(b.run({QStringLiteral("repo"), QStringLiteral("gc")}, 300000).ok());

        // Nothing lost: every backup of either console restores byte for byte.
        QVERIFY(a.run({QStringLiteral("backup"), QStringLiteral("list")}).ok()); // settles the killed job
        int n = 0;
        for (auto it = expectA.cbegin(); it != expectA.cend(); ++it) {
            const QString diff = restoreDiffers(a, it.key(), it.value(), QStringLiteral("rr-ra%1").arg(n++));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        for (auto it = expectB.cbegin(); it != expectB.cend(); ++it) {
            const QString diff = restoreDiffers(b, it.key(), it.value(), QStringLiteral("rr-rb%1").arg(n++));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }
};

QTEST_GUILESS_MAIN(TestRadosRepo)
#include "tst_radosrepo.moc"
