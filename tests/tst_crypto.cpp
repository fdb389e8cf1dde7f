// Encryption at rest, piece by piece: the repository key file, the object
// cipher, chunk ids, recovery keys and passphrase sources. No repository
// or cluster: these are the parts the stores build on.
#include "crypto/Cipher.h"
#include "crypto/KeyFileStore.h"
#include "crypto/Passphrase.h"
#include "crypto/RepositoryKeys.h"
#include "crypto/Secret.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>
#include <vector>

using namespace cb;
using namespace cb::crypto;

namespace {

// Cheap Argon2id costs so the tests run in milliseconds; the default cost
// is exercised once (defaultCost).
const KdfParams Fast{1, quint64(8) << 20};

Secret secret(const char *text)
{
    return Secret::copyOf(QByteArrayView(text));
}

NewRepositoryKey createOrDie(const char *passphrase, const KdfParams &params = Fast)
{
    auto created = repositorykeys::create(secret(passphrase), params);
    if (!created)
        qFatal("cannot create a repository key: %s", qPrintable(created.error()));
    return std::move(*created);
}

bool sameKeys(const RepositoryKeys &a, const RepositoryKeys &b)
{
    return a.dataKey.equals(b.dataKey) && a.idKey.equals(b.idKey);
}

QByteArray pattern(qsizetype size)
{
    const QByteArray line = QByteArrayLiteral("CLOUDBACKUP-KNOWN-PATTERN-0123456789;");
    QByteArray data;
    data.reserve(size);
    while (data.size() < size)
        data.append(line);
    data.truncate(size);
    return data;
}

QByteArray sealedKeys(const QByteArray &keyFile)
{
    const QJsonObject o = QJsonDocument::fromJson(keyFile).object();
    return o.value(QStringLiteral("passphrase"))
        .toObject()
        .value(QStringLiteral("sealed"))
        .toString()
        .toLatin1();
}

QByteArray withField(const QByteArray &keyFile, const QString &field, qint64 value)
{
    QJsonObject o = QJsonDocument::fromJson(keyFile).object();
    QJsonObject p = o.value(QStringLiteral("passphrase")).toObject();
    p.insert(field, value);
    o.insert(QStringLiteral("passphrase"), p);
    return QJsonDocument(o).toJson();
}

bool writeFile(const QString &path, const QByteArray &data, QFile::Permissions mode)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.setPermissions(mode);
}

} // namespace

class TestCrypto : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAreRandomAndUnlock()
    {
        const NewRepositoryKey a = createOrDie("correct horse");
        const NewRepositoryKey b = createOrDie("correct horse");
        QCOMPARE(a.keys.dataKey.size(), 32);
        QCOMPARE(a.keys.idKey.size(), 32);
        QVERIFY(!a.keys.dataKey.equals(a.keys.idKey));
        QVERIFY(!a.keys.dataKey.equals(b.keys.dataKey));
        auto keys = repositorykeys::unlock(a.keyFile, secret("correct horse"));
        QVERIFY2(keys.ok(), qPrintable(keys.error()));
        QVERIFY(sameKeys(*keys, a.keys));
        // The key file holds neither the keys nor the passphrase in the clear.
        QVERIFY(!a.keyFile.contains(a.keys.dataKey.view().toByteArray()));
        QVERIFY(!a.keyFile.contains(a.keys.dataKey.view().toByteArray().toBase64()));
        QVERIFY(!a.keyFile.contains("correct horse"));
    }

    void wrongPassphraseIsRefusedAndChangesNothing()
    {
        const NewRepositoryKey k = createOrDie("right one");
        const QByteArray before = k.keyFile;
        auto keys = repositorykeys::unlock(k.keyFile, secret("wrong one"));
        QVERIFY(!keys.ok());
        QVERIFY2(keys.error().contains(QStringLiteral("Wrong passphrase")), qPrintable(keys.error()));
        QVERIFY(!keys.what().code().isEmpty());
        auto changed = repositorykeys::changePassphrase(k.keyFile, secret("wrong one"), secret("new"), Fast);
        QVERIFY(!changed.ok());
        QCOMPARE(changed.what().code(), keys.what().code());
        QCOMPARE(k.keyFile, before);
        QVERIFY(repositorykeys::unlock(k.keyFile, secret("right one")).ok());
        // An empty passphrase is no passphrase.
        QVERIFY(!repositorykeys::create(Secret(), Fast).ok());
    }

    void changePassphraseKeepsTheMasterKey()
    {
        const NewRepositoryKey k = createOrDie("old passphrase");
        const QByteArray object = cipher::seal(k.keys.dataKey, "chunk", "id-1", pattern(1000));
        auto changed = repositorykeys::changePassphrase(k.keyFile, secret("old passphrase"),
                                                        secret("new passphrase"), Fast);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QVERIFY(sealedKeys(*changed) != sealedKeys(k.keyFile));
        QVERIFY(!repositorykeys::unlock(*changed, secret("old passphrase")).ok());
        auto keys = repositorykeys::unlock(*changed, secret("new passphrase"));
        QVERIFY2(keys.ok(), qPrintable(keys.error()));
        QVERIFY(sameKeys(*keys, k.keys));
        // What was written before the change still opens after it.
        auto opened = cipher::open(keys->dataKey, "chunk", "id-1", object);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(*opened, pattern(1000));
    }

    void recoveryKeyRoundTrip()
    {
        const NewRepositoryKey k = createOrDie("pass");
        const QString recovery = repositorykeys::exportRecoveryKey(k.keys);
        QCOMPARE(recovery.split(u'\n').size(), 4);
        QCOMPARE(recovery.split(QRegularExpression(QStringLiteral("[-\\n]"))).size(), 28);
        auto keys = repositorykeys::unlockWithRecoveryKey(k.keyFile, recovery);
        QVERIFY2(keys.ok(), qPrintable(keys.error()));
        QVERIFY(sameKeys(*keys, k.keys));
        // Typed back by hand: lower case, other separators, O for 0 and l for 1.
        QString typed = recovery.toLower();
        typed.replace(u'\n', u' ').replace(u'-', u' ').replace(u'0', u'o').replace(u'1', u'l');
        QVERIFY(repositorykeys::unlockWithRecoveryKey(k.keyFile, typed).ok());
        // It sets a new passphrase when the old one is forgotten.
        auto reset = repositorykeys::setPassphrase(k.keyFile, *keys, secret("fresh"), Fast);
        QVERIFY2(reset.ok(), qPrintable(reset.error()));
        auto again = repositorykeys::unlock(*reset, secret("fresh"));
        QVERIFY(again.ok() && sameKeys(*again, k.keys));
    }

    void recoveryKeyTypoIsCaughtByItsChecksum()
    {
        const NewRepositoryKey k = createOrDie("pass");
        const QString recovery = repositorykeys::exportRecoveryKey(k.keys);
        for (int at : {0, 17, 60, int(recovery.size()) - 1}) {
            QString typo = recovery;
            if (typo[at] == u'-' || typo[at] == u'\n')
                ++at;
            typo[at] = typo[at] == u'7' ? u'8' : u'7';
            auto r = repositorykeys::unlockWithRecoveryKey(k.keyFile, typo);
            QVERIFY(!r.ok());
            QVERIFY2(r.error().contains(QStringLiteral("checksum")), qPrintable(r.error()));
        }
        // Two characters swapped, one left out, a stray character.
        QString swapped = recovery;
        std::swap(swapped[5], swapped[6]);
        if (swapped != recovery)
            QVERIFY(!repositorykeys::unlockWithRecoveryKey(k.keyFile, swapped).ok());
        QVERIFY(!repositorykeys::unlockWithRecoveryKey(k.keyFile, recovery.mid(1)).ok());
        auto stray = repositorykeys::unlockWithRecoveryKey(k.keyFile, recovery + QStringLiteral("U"));
        QVERIFY(!stray.ok());
        // Another repository's recovery key is told apart.
        const NewRepositoryKey other = createOrDie("pass");
        auto foreign =
            repositorykeys::unlockWithRecoveryKey(k.keyFile, repositorykeys::exportRecoveryKey(other.keys));
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error().contains(QStringLiteral("another repository")), qPrintable(foreign.error()));
    }

    void kdfParamsAreStoredAndHonoured()
    {
        const KdfParams custom{2, quint64(16) << 20};
        const NewRepositoryKey k = createOrDie("pass", custom);
        auto stored = repositorykeys::storedKdfParams(k.keyFile);
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QCOMPARE(stored->opsLimit, custom.opsLimit);
        QCOMPARE(stored->memLimit, custom.memLimit);
        // The stored cost is the one used: another cost derives another key.
        const QByteArray lowered = withField(k.keyFile, QStringLiteral("memlimit"), qint64(8) << 20);
        QVERIFY(!repositorykeys::unlock(lowered, secret("pass")).ok());
        const QByteArray fewerPasses = withField(k.keyFile, QStringLiteral("opslimit"), 1);
        QVERIFY(!repositorykeys::unlock(fewerPasses, secret("pass")).ok());
        // A cost out of range is refused before any work.
        const QByteArray huge = withField(k.keyFile, QStringLiteral("memlimit"), qint64(64) << 30);
        auto refused = repositorykeys::unlock(huge, secret("pass"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("out of range")), qPrintable(refused.error()));
        // A new passphrase takes the cost it is given.
        auto changed = repositorykeys::changePassphrase(k.keyFile, secret("pass"), secret("pass2"), Fast);
        QVERIFY(changed.ok());
        QCOMPARE(repositorykeys::storedKdfParams(*changed)->memLimit, Fast.memLimit);
    }

    void defaultCost()
    {
        // libsodium's MODERATE: 3 passes over 256 MiB.
        QCOMPARE(KdfParams{}.opsLimit, quint64(3));
        QCOMPARE(KdfParams{}.memLimit, quint64(256) << 20);
        auto created = repositorykeys::create(secret("pass"));
        QVERIFY2(created.ok(), qPrintable(created.error()));
        QCOMPARE(repositorykeys::storedKdfParams(created->keyFile)->memLimit, quint64(256) << 20);
        auto keys = repositorykeys::unlock(created->keyFile, secret("pass"));
        QVERIFY(keys.ok() && sameKeys(*keys, created->keys));
    }

    void damagedKeyFileIsRefused()
    {
        QVERIFY(!repositorykeys::unlock("not json", secret("pass")).ok());
        QVERIFY(!repositorykeys::unlock(R"({"format":"cloudbackup-key/9"})", secret("pass")).ok());
        const NewRepositoryKey k = createOrDie("pass");
        QJsonObject o = QJsonDocument::fromJson(k.keyFile).object();
        o.insert(QStringLiteral("check"), QStringLiteral("AAAA"));
        auto r = repositorykeys::unlock(QJsonDocument(o).toJson(), secret("pass"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("damaged")), qPrintable(r.error()));
    }

    void secretFileIsASecondWrapping()
    {
        const NewRepositoryKey k = createOrDie("pass");
        QVERIFY(!repositorykeys::unlockWithSecretFile(k.keyFile, secret("0123456789abcdef0123")).ok());
        const Secret contents = Secret::copyOf(repositorykeys::newSecretFileContents());
        auto both = repositorykeys::addSecretFile(k.keyFile, k.keys, contents);
        QVERIFY2(both.ok(), qPrintable(both.error()));
        auto viaFile = repositorykeys::unlockWithSecretFile(*both, contents);
        QVERIFY2(viaFile.ok(), qPrintable(viaFile.error()));
        QVERIFY(sameKeys(*viaFile, k.keys));
        QVERIFY(!repositorykeys::unlockWithSecretFile(*both, secret("0123456789abcdef0123")).ok());
        // Changing the passphrase keeps the secret file's wrapping.
        auto changed = repositorykeys::changePassphrase(*both, secret("pass"), secret("other"), Fast);
        QVERIFY(changed.ok());
        QVERIFY(repositorykeys::unlockWithSecretFile(*changed, contents).ok());
        QVERIFY(repositorykeys::unlock(*changed, secret("other")).ok());
    }

    void sealedObjectHoldsNoPlaintext()
    {
        const NewRepositoryKey k = createOrDie("pass");
        const QByteArray plain = pattern(4 << 20);
        const QByteArray sealed = cipher::seal(k.keys.dataKey, "chunk", "id", plain);
        QCOMPARE(sealed.size(), plain.size() + cipher::Overhead);
        QVERIFY(!sealed.contains("KNOWN-PATTERN"));
        QVERIFY(!sealed.contains(plain.left(16)));
        // A fresh nonce each time: the same data never seals to the same bytes.
        QVERIFY(cipher::seal(k.keys.dataKey, "chunk", "id", plain) != sealed);
        auto opened = cipher::open(k.keys.dataKey, "chunk", "id", sealed);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(*opened, plain);
        // Empty objects seal and open too.
        auto empty =
            cipher::open(k.keys.dataKey, "record", "r", cipher::seal(k.keys.dataKey, "record", "r", ""));
        QVERIFY(empty.ok() && empty->isEmpty());
    }

    void tamperedObjectFailsToOpen()
    {
        const NewRepositoryKey k = createOrDie("pass");
        const QByteArray sealed = cipher::seal(k.keys.dataKey, "chunk", "id", pattern(4096));
        // The version, the nonce, the body and the tag.
        for (qsizetype at : {qsizetype(0), qsizetype(5), qsizetype(100), sealed.size() - 1}) {
            QByteArray damaged = sealed;
            damaged[at] = char(damaged[at] ^ 0x01);
            auto r = cipher::open(k.keys.dataKey, "chunk", "id", damaged);
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("byte %1").arg(at)));
        }
        QVERIFY(!cipher::open(k.keys.dataKey, "chunk", "id", sealed.chopped(1)).ok());
        QVERIFY(!cipher::open(k.keys.dataKey, "chunk", "id", sealed.left(cipher::Overhead - 1)).ok());
        const NewRepositoryKey other = createOrDie("pass");
        QVERIFY(!cipher::open(other.keys.dataKey, "chunk", "id", sealed).ok());
    }

    void swappedAssociatedDataFailsToOpen()
    {
        const NewRepositoryKey k = createOrDie("pass");
        const QByteArray sealed = cipher::seal(k.keys.dataKey, "chunk", "aaaa", pattern(4096));
        QVERIFY(cipher::open(k.keys.dataKey, "chunk", "aaaa", sealed).ok());
        QVERIFY(!cipher::open(k.keys.dataKey, "chunk", "aaab", sealed).ok());
        QVERIFY(!cipher::open(k.keys.dataKey, "index", "aaaa", sealed).ok());
        // The kind and id cannot run into each other.
        QVERIFY(!cipher::open(k.keys.dataKey, "chunka", "aaa", sealed).ok());
    }

    void chunkIdIsKeyed()
    {
        const NewRepositoryKey a = createOrDie("pass");
        const NewRepositoryKey b = createOrDie("pass");
        const QByteArray data = pattern(1 << 20);
        const QByteArray id = cipher::chunkId(a.keys.idKey, data.constData(), data.size());
        QCOMPARE(id.size(), 32);
        QVERIFY(id != QCryptographicHash::hash(data, QCryptographicHash::Sha256));
        QCOMPARE(cipher::chunkId(a.keys.idKey, data.constData(), data.size()), id);
        QVERIFY(cipher::chunkId(b.keys.idKey, data.constData(), data.size()) != id);
        QVERIFY(cipher::chunkId(a.keys.idKey, data.constData(), data.size() - 1) != id);
    }

    void cipherIsSafeFromSeveralThreads()
    {
        const NewRepositoryKey k = createOrDie("pass");
        std::atomic<int> failures = 0;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back(QThread::create([&, t] {
                for (int i = 0; i < 50; ++i) {
                    const QByteArray id = QByteArray::number(t) + '/' + QByteArray::number(i);
                    const QByteArray plain = pattern(64 << 10) + id;
                    auto r = cipher::open(k.keys.dataKey, "chunk", id,
                                          cipher::seal(k.keys.dataKey, "chunk", id, plain));
                    if (!r || *r != plain)
                        ++failures;
                }
            }));
            threads.back()->start();
        }
        for (auto &t : threads)
            QVERIFY(t->wait());
        QCOMPARE(failures.load(), 0);
    }

    void passphraseFileMustBePrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pass"));
        QVERIFY(writeFile(path, "s3cret phrase\n", QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        auto refused = passphrase::fromFile(path);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("chmod 600")), qPrintable(refused.error()));
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
        auto read = passphrase::fromFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY(read->equals(secret("s3cret phrase")));
        // Only the final line break goes; other spaces are the passphrase's.
        QVERIFY(writeFile(path, " two\n\n", QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(passphrase::fromFile(path)->equals(secret(" two\n")));
        QVERIFY(writeFile(path, "", QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(!passphrase::fromFile(path).ok());
        QVERIFY(!passphrase::fromFile(dir.filePath(QStringLiteral("missing"))).ok());
        QVERIFY(!passphrase::fromFile(dir.path()).ok());
    }

    void keyFileIsPrivateAndNeverReplacedByNewKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        const NewRepositoryKey k = createOrDie("pass");
        QVERIFY(keyfilestore::create(path, k.keyFile).ok());
        QCOMPARE(QFileInfo(path).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(*keyfilestore::read(path), k.keyFile);
        const NewRepositoryKey other = createOrDie("pass");
        auto refused = keyfilestore::create(path, other.keyFile);
        QVERIFY(!refused.ok());
        QCOMPARE(*keyfilestore::read(path), k.keyFile);
        auto changed = repositorykeys::changePassphrase(k.keyFile, secret("pass"), secret("new"), Fast);
        QVERIFY(keyfilestore::replace(path, *changed).ok());
        QCOMPARE(*keyfilestore::read(path), *changed);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("key")});
    }

    void passphraseSources()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pass"));
        QVERIFY(writeFile(path, "from file", QFile::ReadOwner | QFile::WriteOwner));
        qputenv("CB_TEST_PASSPHRASE", "from env");
        passphrase::Sources sources;
        sources.variable = "CB_TEST_PASSPHRASE";
        sources.file = path;
        auto fromFile = passphrase::read(sources);
        QVERIFY(fromFile.ok() && fromFile->equals(secret("from file")));
        sources.file.clear();
        auto fromEnv = passphrase::read(sources);
        QVERIFY(fromEnv.ok() && fromEnv->equals(secret("from env")));
        qunsetenv("CB_TEST_PASSPHRASE");
        QVERIFY(passphrase::fromEnvironment("CB_TEST_PASSPHRASE").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "tst_crypto.moc"
