// Off-site copies through cloudbackupctl: `repo sync --to` copies what the
// target lacks and verifies it there, a second sync after an incremental
// moves only the incremental's new chunks, the catalog knows where each
// backup is, and `backup restore --from` restores byte for byte from the copy
// once the primary repository has lost its chunks. localToLocal runs
// everywhere (label cli); localToRados needs the fixture's second cluster
// (label ceph, CLOUDBACKUP_TEST_REPO_CEPH_CONF) and is skipped without it.
#include "CtlSupport.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cb::test;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 VolumeSize = 24 * MiB; // 6 chunks: 4 of data, 2 holes

void writeAt(const QString &device, qint64 offset, const QByteArray &data)
{
    QFile f(device);
    if (!f.open(QIODevice::ReadWrite) || !f.seek(offset) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(device));
}

QByteArray sha(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

// The other repository a scenario copies to.
struct Target
{
    QString location;   // as given to --to / --from
    QString recorded;   // as the catalog records it
    QStringList access; // --to-ceph-conf, --to-password-file ... with "to" replaced by "from" for restores
    bool plain = true;  // chunk ids and encodings equal the primary's: bytes compare too
};

QStringList accessFor(const Target &t, const char *side)
{
    QStringList out;
    for (QString a : t.access)
        out << a.replace(QLatin1String("--to-"), QLatin1String("--") + QLatin1String(side) + u'-');
    return out;
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString file(const QString &name) const { return m_dir.filePath(name); }

    // Backs up, syncs, syncs again after an incremental, then restores from
    // the copy with the primary's chunks gone. home: a fresh home.
    void scenario(const QString &home, const Target &t)
    {
        const Ctl c(home);
        const QString primary = home + QStringLiteral("/repository");
        QVERIFY2(c.run(words("volume", "create", "vol", "--size", "24M")).ok(), "volume create");
        const QString device = c.device(QStringLiteral("vol"));
        QByteArray data(VolumeSize, '\0');
        data.replace(0, 16 * MiB, randomBytes(16 * MiB, 1128));
        writeAt(device, 0, data.left(16 * MiB));
        const CtlRun full = c.run(words("backup", "create", "vol"));
        QVERIFY2(full.ok(), qPrintable(full.describe()));
        const QString id1 = full.object().value(QLatin1String("id")).toString();
        const QByteArray sha1 = sha(data);

        // A first sync copies the four data chunks and verifies them there.
        const CtlRun first = c.run(words("repo", "sync", "--to", t.location) + t.access);
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        QCOMPARE(strings(first.object().value(QLatin1String("copied"))), QStringList{id1});
        QCOMPARE(first.object().value(QLatin1String("chunks_copied")).toInteger(), 4);
        QCOMPARE(first.object().value(QLatin1String("chunks_verified")).toInteger(), 4);
        QCOMPARE(first.object().value(QLatin1String("target")).toString(), t.recorded);
        if (t.plain)
            QCOMPARE(first.object().value(QLatin1String("bytes_copied")).toInteger(),
                     full.object().value(QLatin1String("stored_bytes")).toInteger());

        // Nothing new: nothing moves.
        const CtlRun again = c.run(words("repo", "sync", "--to", t.location) + t.access);
        QVERIFY2(again.ok(), qPrintable(again.describe()));
        QVERIFY(strings(again.object().value(QLatin1String("copied"))).isEmpty());
        QCOMPARE(strings(again.object().value(QLatin1String("skipped"))), QStringList{id1});
        QCOMPARE(again.object().value(QLatin1String("chunks_copied")).toInteger(), 0);
        QCOMPARE(again.object().value(QLatin1String("bytes_copied")).toInteger(), 0);

        // One changed chunk: the incremental adds one chunk, and the sync moves that one only.
        const QByteArray changed = randomBytes(4 * MiB, 2026);
        data.replace(4 * MiB, 4 * MiB, changed);
        writeAt(device, 4 * MiB, changed);
        const int before = int(chunkFilesOf(primary).size());
        const CtlRun inc = c.run(words("backup", "create", "vol", "--incremental"));
        QVERIFY2(inc.ok(), qPrintable(inc.describe()));
        const QString id2 = inc.object().value(QLatin1String("id")).toString();
        const qint64 added = chunkFilesOf(primary).size() - before;
        QCOMPARE(added, 1);
        const QByteArray sha2 = sha(data);
        const CtlRun second = c.run(words("repo", "sync", "--to", t.location) + t.access);
        QVERIFY2(second.ok(), qPrintable(second.describe()));
        QCOMPARE(strings(second.object().value(QLatin1String("copied"))), QStringList{id2});
        QCOMPARE(strings(second.object().value(QLatin1String("skipped"))), QStringList{id1});
        QCOMPARE(second.object().value(QLatin1String("chunks_copied")).toInteger(), added);
        if (t.plain)
            QCOMPARE(second.object().value(QLatin1String("bytes_copied")).toInteger(),
                     inc.object().value(QLatin1String("stored_bytes")).toInteger());
        else
            QVERIFY(second.object().value(QLatin1String("bytes_copied")).toInteger() > 0);

        // The catalog knows both places; the list stays as it was.
        const CtlRun shown = c.run(words("backup", "show", id2));
        QVERIFY2(shown.ok(), qPrintable(shown.describe()));
        const QJsonArray locations = shown.object().value(QLatin1String("locations")).toArray();
        QCOMPARE(locations.size(), 2);
        QVERIFY(locations[0].toObject().value(QLatin1String("primary")).toBool());
        QCOMPARE(locations[1].toObject().value(QLatin1String("location")).toString(), t.recorded);
        QVERIFY(!locations[1].toObject().value(QLatin1String("verified_at")).toString().isEmpty());
        QVERIFY(!c.backups().first().toObject().contains(QLatin1String("locations")));

        // The primary loses every chunk: it cannot restore, the copy can, byte for byte.
        for (const QString &f : chunkFilesOf(primary))
            QVERIFY(QFile::remove(f));
        const CtlRun lost = c.run(words("backup", "restore", id1, "--new-volume", "lost"));
        QVERIFY(!lost.ok());
        for (const auto &[id, expected] : {std::pair{id1, sha1}, std::pair{id2, sha2}}) {
            const CtlRun r =
                c.run(words("backup", "restore", id, "--new-volume", "fromcopy", "--from", t.location) +
                      accessFor(t, "from"));
            QVERIFY2(r.ok(), qPrintable(r.describe()));
            const QString restored = r.object().value(QLatin1String("device")).toString();
            QCOMPARE(sha256Prefix(restored), expected);
            QCOMPARE(fileSize(restored), VolumeSize);
            QVERIFY(c.run(words("volume", "delete", "fromcopy")).ok());
        }

        // Both are audited.
        const CtlRun audit = c.run(words("audit", "list"));
        QVERIFY2(audit.ok(), qPrintable(audit.describe()));
        int syncs = 0, fromCopy = 0;
        for (const QJsonValue &e : audit.array()) {
            const QJsonObject o = e.toObject();
            if (o.value(QLatin1String("result")).toString() != QLatin1String("ok"))
                continue;
            syncs += o.value(QLatin1String("action")).toString() == QLatin1String("repo.sync") ? 1 : 0;
            fromCopy +=
                o.value(QLatin1String("detail")).toString().startsWith(QLatin1String("from=")) ? 1 : 0;
        }
        QCOMPARE(syncs, 3);
        QCOMPARE(fromCopy, 2);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void badTargetChangesNothing()
    {
        const Ctl c(file(QStringLiteral("bad-home")));
        QVERIFY(c.run(words("volume", "create", "v", "--size", "4M")).ok());
        writeAt(c.device(QStringLiteral("v")), 0, randomBytes(4 * MiB, 7));
        const CtlRun b = c.run(words("backup", "create", "v"));
        QVERIFY2(b.ok(), qPrintable(b.describe()));
        const QString id = b.object().value(QLatin1String("id")).toString();

        // A folder that is no repository (missing, or not made by repo init).
        const QString missing = file(QStringLiteral("nowhere/repo"));
        CtlRun r = c.run(words("repo", "sync", "--to", missing));
        QVERIFY(!r.ok());
        QVERIFY2(!r.err.isEmpty(), "a reason is given");
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(QDir().mkpath(file(QStringLiteral("plain-folder"))));
        r = c.run(words("repo", "sync", "--to", file(QStringLiteral("plain-folder"))));
        QVERIFY(!r.ok());
        QVERIFY(QDir(file(QStringLiteral("plain-folder"))).isEmpty());
        // The repository itself, and a restore from a copy that does not exist.
        r = c.run(words("repo", "sync", "--to", c.home() + QStringLiteral("/repository")));
        QVERIFY(!r.ok());
        QVERIFY(c.run(words("backup", "restore", id, "--new-volume", "x", "--from", missing)).code != 0);
        QVERIFY(!QFileInfo::exists(missing));
        // Unknown volumes and projects are refused; a filter that matches nothing copies nothing.
        const QString copy = file(QStringLiteral("filtered"));
        QVERIFY(c.run(words("repo", "init", copy)).ok());
        QVERIFY(!c.run(words("repo", "sync", "--to", copy, "--volume", "nosuchvolume")).ok());
        QVERIFY(!c.run(words("repo", "sync", "--to", copy, "--project", "nosuchproject")).ok());
        QVERIFY(c.run(words("project", "create", "other")).ok());
        r = c.run(words("repo", "sync", "--to", copy, "--project", "other"));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        QVERIFY(strings(r.object().value(QLatin1String("copied"))).isEmpty());
        QCOMPARE(chunkFilesOf(copy).size(), 0);
        const CtlRun shown = c.run(words("backup", "show", id));
        QCOMPARE(shown.object().value(QLatin1String("locations")).toArray().size(), 1);
        QVERIFY(c.volume(QStringLiteral("x")).isEmpty());
    }

    void localToLocal()
    {
        const QString copy = file(QStringLiteral("copy"));
        const CtlRun made = Ctl(file(QStringLiteral("init-home"))).run(words("repo", "init", copy));
        QVERIFY2(made.ok(), qPrintable(made.describe()));
        scenario(file(QStringLiteral("home-local")), Target{copy, copy, {}, true});
    }

    void localToEncryptedLocal()
    {
        const QString copy = file(QStringLiteral("copy-encrypted"));
        const QString pass = writePrivate(file(QStringLiteral("target-pass")), "target passphrase\n");
        const CtlRun made = Ctl(file(QStringLiteral("init-home")), {QStringLiteral("--password-file"), pass})
                                .run(words("repo", "init", copy, "--encrypt"));
        QVERIFY2(made.ok(), qPrintable(made.describe()));
        // A wrong passphrase is refused and records nothing.
        const QString wrong = writePrivate(file(QStringLiteral("wrong-pass")), "wrong\n");
        const Ctl c(file(QStringLiteral("home-encrypted")));
        QVERIFY(c.run(words("volume", "create", "w", "--size", "4M")).ok());
        QVERIFY(c.run(words("backup", "create", "w")).ok());
        const CtlRun refused = c.run(words("repo", "sync", "--to", copy, "--to-password-file", wrong));
        QVERIFY(!refused.ok());
        QVERIFY(c.run(words("backup", "delete",
                            c.backups().first().toObject().value(QLatin1String("id")).toString()))
                    .ok());
        QVERIFY(c.run(words("volume", "delete", "w")).ok());
        scenario(file(QStringLiteral("home-encrypted")),
                 Target{copy, copy, {QStringLiteral("--to-password-file"), pass}, false});
    }

    void localToRados()
    {
        const QString conf = qEnvironmentVariable("CLOUDBACKUP_TEST_REPO_CEPH_CONF");
        if (conf.isEmpty())
            QSKIP("needs the fixture's repository cluster (label ceph)");
        const QString location = QStringLiteral("rados:volumes/sync-%1")
                                     .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
        const QString pass = writePrivate(file(QStringLiteral("rados-pass")), "rados passphrase\n");
        const CtlRun made =
            Ctl(file(QStringLiteral("init-home")),
                {QStringLiteral("--repository-ceph-conf"), conf, QStringLiteral("--password-file"), pass})
                .run(words("repo", "init", location, "--encrypt"));
        QVERIFY2(made.ok(), qPrintable(made.describe()));
        const Target t{location,
                       location,
                       {QStringLiteral("--to-ceph-conf"), conf, QStringLiteral("--to-password-file"), pass},
                       false};
        scenario(file(QStringLiteral("home-rados")), t);

        // And back: a console on the RADOS copy rebuilds its catalog there and
        // syncs to a local folder, which restores byte for byte.
        const Ctl remote(file(QStringLiteral("home-remote")),
                         {QStringLiteral("--repository"), location, QStringLiteral("--repository-ceph-conf"),
                          conf, QStringLiteral("--password-file"), pass});
        QVERIFY2(remote.run(words("repo", "rebuild-catalog")).ok(), "rebuild-catalog");
        const QString back = file(QStringLiteral("back"));
        QVERIFY(Ctl(file(QStringLiteral("init-home"))).run(words("repo", "init", back)).ok());
        const CtlRun down = remote.run(words("repo", "sync", "--to", back));
        QVERIFY2(down.ok(), qPrintable(down.describe()));
        QCOMPARE(strings(down.object().value(QLatin1String("copied"))).size(), 2);
        const QString id = strings(down.object().value(QLatin1String("copied"))).last();
        const Ctl local(file(QStringLiteral("home-rados")));
        const CtlRun r =
            local.run(words("backup", "restore", id, "--new-volume", "fromback", "--from", back));
        QVERIFY2(r.ok(), qPrintable(r.describe()));
        const CtlRun first =
            local.run(words("backup", "restore", id, "--new-volume", "fromrados", "--from", location) +
                      accessFor(t, "from"));
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        QCOMPARE(sha256Prefix(r.object().value(QLatin1String("device")).toString()),
                 sha256Prefix(first.object().value(QLatin1String("device")).toString()));
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
