// Encryption at rest, as an administrator uses it through cloudbackupctl: an
// encrypted local repository keeps no plaintext and no content-derived
// names, restores byte for byte, refuses a wrong passphrase without changing
// anything, and keeps every backup readable across a passphrase change and
// a recovery.
#include "CtlSupport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cb::test;

namespace {

constexpr qint64 VolumeSize = 16 << 20;
constexpr qint64 ChunkBytes = 4 << 20;
const QByteArray Marker = QByteArrayLiteral("CLOUDBACKUP-ENCRYPTION-TEST-MARKER-7f3a");

// Random bytes (zstd leaves them as they are, so an unencrypted chunk would
// hold them verbatim) with the marker every 64 KiB.
QByteArray knownPattern(quint32 seed)
{
    QByteArray data(VolumeSize, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    for (qint64 at = 0; at + Marker.size() < data.size(); at += 64 * 1024)
        data.replace(at, Marker.size(), Marker);
    return data;
}

// Every file under the repository: path -> sha256 of its contents.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(path, sha256Prefix(path));
    }
    return files;
}

} // namespace

class TestEncrypt : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_repo;
    QString m_recoveryKey;
    QByteArray m_data;
    QStringList m_backups;

    QString file(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    Ctl ctl(const QString &passwordFile) const
    {
        return Ctl(file("home"),
                   {QStringLiteral("--repository"), m_repo, QStringLiteral("--password-file"), passwordFile});
    }
    Ctl withoutPassphrase() const { return Ctl(file("home"), {QStringLiteral("--repository"), m_repo}); }

    void checkEveryBackupRestores(const Ctl &c, const char *tag)
    {
        const QByteArray sha = QCryptographicHash::hash(m_data, QCryptographicHash::Sha256).toHex();
        for (const QString &id : std::as_const(m_backups)) {
            const QString problem =
                checkRestore(c, id, sha, VolumeSize, QStringLiteral("restored-%1").arg(QLatin1String(tag)));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_repo = file("repo");
        writePrivate(file("pass1"), "first passphrase\n");
        writePrivate(file("pass2"), "second passphrase\n");
        writePrivate(file("pass3"), "third passphrase\n");
        writePrivate(file("wrong"), "not the passphrase\n");
    }

    void initPrintsTheRecoveryKeyOnce()
    {
        const CtlRun made =
            ctl(file("pass1"))
                .run({QStringLiteral("repo"), QStringLiteral("init"), m_repo, QStringLiteral("--encrypt")});
        QVERIFY2(made.ok(), qPrintable(made.describe()));
        QCOMPARE(made.object().value(QLatin1String("encryption")).toString(), QStringLiteral("aes-256-gcm"));
        m_recoveryKey = made.object().value(QLatin1String("recovery_key")).toString();
        QVERIFY(m_recoveryKey.size() > 100);
        const CtlRun info = ctl(file("pass1")).run(words("repo", "info"));
        QVERIFY2(info.ok(), qPrintable(info.describe()));
        QCOMPARE(info.object().value(QLatin1String("encryption")).toString(), QStringLiteral("aes-256-gcm"));
        QVERIFY(info.object().value(QLatin1String("kdf")).toString().startsWith(QLatin1String("argon2id")));
    }

    void backupLeavesNoPlaintextAndNoContentNames()
    {
        const Ctl c = ctl(file("pass1"));
        const CtlRun vol = c.run(words("volume", "create", "secret", "--size", "16M"));
        QVERIFY2(vol.ok(), qPrintable(vol.describe()));
        m_data = knownPattern(20261128);
        writePrivate(c.device(QStringLiteral("secret")), m_data);
        const CtlRun full = c.run(words("backup", "create", "secret"));
        QVERIFY2(full.ok(), qPrintable(full.describe()));
        m_backups << full.object().value(QLatin1String("id")).toString();
        QVERIFY(full.object().value(QLatin1String("stored_bytes")).toInteger() >= VolumeSize);

        QSet<QString> plainIds;
        for (qint64 at = 0; at < VolumeSize; at += ChunkBytes)
            plainIds.insert(QString::fromLatin1(
                QCryptographicHash::hash(m_data.mid(at, ChunkBytes), QCryptographicHash::Sha256).toHex()));
        const QByteArray sample = m_data.mid(1000, 64); // random bytes between two markers
        int chunkFiles = 0;
        QDirIterator it(m_repo, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(Marker), qPrintable(path));
            QVERIFY2(!bytes.contains(sample), qPrintable(path));
            QVERIFY2(!bytes.contains("\"secret\""), qPrintable(path)); // the volume's name in a record
            QVERIFY2(!plainIds.contains(it.fileName()), qPrintable(path));
            chunkFiles += it.fileName().size() == 64 ? 1 : 0;
        }
        QCOMPARE(chunkFiles, 4);
    }

    void restoresByteForByte() { checkEveryBackupRestores(ctl(file("pass1")), "first"); }

    void unchangedIncrementalStoresAlmostNothing()
    {
        const CtlRun inc = ctl(file("pass1")).run(words("backup", "create", "secret", "--incremental"));
        QVERIFY2(inc.ok(), qPrintable(inc.describe()));
        m_backups << inc.object().value(QLatin1String("id")).toString();
        // Equal chunks get equal keyed ids: nothing new is stored.
        QVERIFY(inc.object().value(QLatin1String("stored_bytes")).toInteger() < 64 * 1024);
    }

    void wrongOrMissingPassphraseChangesNothing()
    {
        const auto before = snapshot(m_repo);
        const CtlRun wrong = ctl(file("wrong")).run(words("backup", "create", "secret"));
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("Wrong passphrase")), qPrintable(wrong.err));
        const CtlRun none = withoutPassphrase().run(words("backup", "list"));
        QCOMPARE(none.code, 1);
        QVERIFY2(none.err.contains(QLatin1String("encrypted")), qPrintable(none.err));
        const CtlRun key = ctl(file("wrong")).run(words("repo", "key", "export"));
        QCOMPARE(key.code, 1);
        QCOMPARE(snapshot(m_repo), before);
    }

    void changedPassphraseKeepsEveryBackup()
    {
        const CtlRun changed =
            ctl(file("pass1"))
                .run({QStringLiteral("repo"), QStringLiteral("key"), QStringLiteral("change-passphrase"),
                      QStringLiteral("--new-password-file"), file("pass2")});
        QVERIFY2(changed.ok(), qPrintable(changed.describe()));
        const CtlRun old = ctl(file("pass1")).run(words("backup", "list"));
        QCOMPARE(old.code, 1);
        checkEveryBackupRestores(ctl(file("pass2")), "second");
    }

    void exportAndRecover()
    {
        const CtlRun exported = ctl(file("pass2")).run(words("repo", "key", "export"));
        QVERIFY2(exported.ok(), qPrintable(exported.describe()));
        QCOMPARE(exported.object().value(QLatin1String("recovery_key")).toString(), m_recoveryKey);
        writePrivate(file("recovery"), m_recoveryKey.toLatin1());
        // The passphrase is forgotten: the recovery key sets a new one.
        const CtlRun recovered =
            withoutPassphrase().run({QStringLiteral("repo"), QStringLiteral("key"), QStringLiteral("recover"),
                                     QStringLiteral("--recovery-key-file"), file("recovery"),
                                     QStringLiteral("--new-password-file"), file("pass3")});
        QVERIFY2(recovered.ok(), qPrintable(recovered.describe()));
        QCOMPARE(ctl(file("pass2")).run(words("backup", "list")).code, 1);
        checkEveryBackupRestores(ctl(file("pass3")), "third");
    }

    // repo init and the key commands run beside the engine's repository, but
    // are audited like everything else, and never with a secret.
    void keyCommandsAreAudited()
    {
        const CtlRun audit = ctl(file("pass3")).run(words("audit", "list"));
        QVERIFY2(audit.ok(), qPrintable(audit.describe()));
        QStringList seen;
        for (const QJsonValue &v : audit.json().toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value(QLatin1String("action")).toString().startsWith(QLatin1String("repo.")))
                continue;
            seen << e.value(QLatin1String("action")).toString() + u' ' +
                        e.value(QLatin1String("result")).toString();
            QVERIFY(!e.value(QLatin1String("user")).toString().isEmpty());
            QCOMPARE(e.value(QLatin1String("object")).toString(), m_repo);
        }
        // Newest first.
        QCOMPARE(seen,
                 (QStringList{QStringLiteral("repo.key.recover ok"), QStringLiteral("repo.key.export ok"),
                              QStringLiteral("repo.key.change-passphrase ok"),
                              QStringLiteral("repo.key.export failed"), QStringLiteral("repo.init ok")}));
        // No passphrase and no part of the recovery key, in the audit or anywhere in the catalog.
        QByteArray stored = audit.out;
        for (const char *name : {"/catalog.sqlite", "/catalog.sqlite-wal"}) {
            QFile f(file("home") + QLatin1String(name));
            if (f.open(QIODevice::ReadOnly))
                stored += f.readAll();
        }
        QList<QByteArray> secrets{
            QByteArrayLiteral("first passphrase"), QByteArrayLiteral("second passphrase"),
            QByteArrayLiteral("third passphrase"), QByteArrayLiteral("not the passphrase")};
        for (const QString &line : m_recoveryKey.split(u'\n', Qt::SkipEmptyParts))
            secrets << line.trimmed().toLatin1();
        for (const QByteArray &secret : std::as_const(secrets))
            QVERIFY2(!stored.contains(secret), secret.constData());
    }

    // A key file opens the repository without the passphrase (an unattended
    // host); it is made private and never over another file, a wrong or
    // readable one is refused, a new one replaces the old, and removing it
    // leaves the passphrase. Its contents reach no log, audit or catalog.
    void keyFileOpensWithoutThePassphrase()
    {
        const QString key = file("host.key");
        const CtlRun added =
            ctl(file("pass3"))
                .run({QStringLiteral("repo"), QStringLiteral("key"), QStringLiteral("add-key-file"),
                      QStringLiteral("--new-key-file"), key});
        QVERIFY2(added.ok(), qPrintable(added.describe()));
        QCOMPARE(added.object().value(QLatin1String("key_file")).toString(), key);
        QCOMPARE(QFileInfo(key).permissions() &
                     ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                 QFileDevice::Permissions());
        QFile keyBytes(key);
        QVERIFY(keyBytes.open(QIODevice::ReadOnly));
        const QByteArray contents = keyBytes.readAll().trimmed();
        QVERIFY(contents.size() >= 32);

        const Ctl byKey(file("home"),
                        {QStringLiteral("--repository"), m_repo, QStringLiteral("--key-file"), key});
        QCOMPARE(byKey.run(words("repo", "info")).object().value(QLatin1String("key_file")).toBool(), true);
        checkEveryBackupRestores(byKey, "keyfile");
        qputenv("CLOUDBACKUP_REPOSITORY_KEY_FILE", QFile::encodeName(key));
        const CtlRun viaEnv = withoutPassphrase().run(words("backup", "list"));
        qunsetenv("CLOUDBACKUP_REPOSITORY_KEY_FILE");
        QVERIFY2(viaEnv.ok(), qPrintable(viaEnv.describe()));

        // Never over an existing file, and nothing changes.
        const auto before = snapshot(m_repo);
        const CtlRun again =
            ctl(file("pass3"))
                .run({QStringLiteral("repo"), QStringLiteral("key"), QStringLiteral("add-key-file"),
                      QStringLiteral("--new-key-file"), key});
        QCOMPARE(again.code, 1);
        QCOMPARE(snapshot(m_repo), before);
        QVERIFY(keyBytes.seek(0));
        QCOMPARE(keyBytes.readAll().trimmed(), contents);
        // A wrong key file, and one others may read, are refused without a prompt.
        writePrivate(file("other.key"), QByteArray(44, 'A') + '\n');
        const Ctl byOther(file("home"), {QStringLiteral("--repository"), m_repo, QStringLiteral("--key-file"),
                                         file("other.key")});
        const CtlRun wrong = byOther.run(words("backup", "list"));
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QLatin1String("key file")), qPrintable(wrong.err));
        QFile::setPermissions(file("other.key"), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        const CtlRun open = byOther.run(words("backup", "list"));
        QCOMPARE(open.code, 1);
        QVERIFY2(open.err.contains(QLatin1String("chmod 600")), qPrintable(open.err));
        QCOMPARE(snapshot(m_repo), before);

        // A second key file replaces the first.
        const QString second = file("second.key");
        const CtlRun replaced =
            byKey.run({QStringLiteral("repo"), QStringLiteral("key"), QStringLiteral("add-key-file"),
                       QStringLiteral("--new-key-file"), second});
        QVERIFY2(replaced.ok(), qPrintable(replaced.describe()));
        QCOMPARE(byKey.run(words("backup", "list")).code, 1);
        const Ctl bySecond(file("home"),
                           {QStringLiteral("--repository"), m_repo, QStringLiteral("--key-file"), second});
        QVERIFY(bySecond.run(words("backup", "list")).ok());

        // Removed: the file opens nothing; the passphrase still does.
        const CtlRun removed = bySecond.run(words("repo", "key", "remove-key-file"));
        QVERIFY2(removed.ok(), qPrintable(removed.describe()));
        QCOMPARE(bySecond.run(words("backup", "list")).code, 1);
        const CtlRun info = ctl(file("pass3")).run(words("repo", "info"));
        QCOMPARE(info.object().value(QLatin1String("key_file")).toBool(), false);

        QStringList seen;
        QByteArray stored = ctl(file("pass3")).run(words("audit", "list")).out;
        for (const QJsonValue &v : QJsonDocument::fromJson(stored).array()) {
            const QString action = v.toObject().value(QLatin1String("action")).toString();
            if (action.endsWith(QLatin1String("key-file")))
                seen << action + u' ' + v.toObject().value(QLatin1String("result")).toString();
        }
        QCOMPARE(seen, (QStringList{QStringLiteral("repo.key.remove-key-file ok"),
                                    QStringLiteral("repo.key.add-key-file ok"),
                                    QStringLiteral("repo.key.add-key-file failed"),
                                    QStringLiteral("repo.key.add-key-file ok")}));
        for (const char *name : {"/catalog.sqlite", "/catalog.sqlite-wal"}) {
            QFile f(file("home") + QLatin1String(name));
            if (f.open(QIODevice::ReadOnly))
                stored += f.readAll();
        }
        QVERIFY(!stored.contains(contents));
    }

    void plainRepositoryHasNoKey()
    {
        const QString plain = file("plain");
        Ctl c(file("plainhome"), {QStringLiteral("--repository"), plain});
        const CtlRun made = c.run({QStringLiteral("repo"), QStringLiteral("init"), plain});
        QVERIFY2(made.ok(), qPrintable(made.describe()));
        QCOMPARE(c.run(words("repo", "info")).object().value(QLatin1String("encryption")).toString(),
                 QStringLiteral("none"));
        const CtlRun key = c.run(words("repo", "key", "export"));
        QCOMPARE(key.code, 1);
        QVERIFY2(key.err.contains(QLatin1String("not encrypted")), qPrintable(key.err));
    }
};

QTEST_GUILESS_MAIN(TestEncrypt)
#include "tst_encrypt.moc"
