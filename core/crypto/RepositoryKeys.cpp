#include "crypto/RepositoryKeys.h"

#include "crypto/Cipher.h"
#include "crypto/RecoveryCode.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/hmac.h>
#include <sodium.h>

namespace cb::crypto::repositorykeys {

namespace {

constexpr int KeySize = cipher::KeySize;
const auto Format = QStringLiteral("cloudbackup-key/1");
const auto Kdf = QStringLiteral("argon2id13");
constexpr char WrapKind[] = "cloudbackup-key";
constexpr char RecoveryVersion = 1;
// Bounds on stored costs: a damaged or hostile key file cannot make an
// unlock take hours or gigabytes, nor pass off a trivial cost.
constexpr quint64 MaxOps = 32;
constexpr quint64 MaxMem = quint64(4) << 30;
constexpr qsizetype MinSecretFile = 16;

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1());
}

Secret hmac(const Secret &key, QByteArrayView message)
{
    Secret out(32);
    unsigned int n = 0;
    HMAC(EVP_sha256(), key.data(), int(key.size()), reinterpret_cast<const unsigned char *>(message.data()),
         size_t(message.size()), out.data(), &n);
    return out;
}

Secret concatenated(const RepositoryKeys &keys)
{
    Secret both(2 * KeySize);
    std::copy(keys.dataKey.data(), keys.dataKey.data() + KeySize, both.data());
    std::copy(keys.idKey.data(), keys.idKey.data() + KeySize, both.data() + KeySize);
    return both;
}

RepositoryKeys split(const unsigned char *both)
{
    const auto *p = reinterpret_cast<const char *>(both);
    return {Secret::copyOf({p, KeySize}), Secret::copyOf({p + KeySize, KeySize})};
}

// Tells which repository a set of keys belongs to, without revealing them.
QString keyCheck(const RepositoryKeys &keys)
{
    return b64(hmac(concatenated(keys), "cloudbackup key check 1").view().toByteArray());
}

Error damaged(const QString &what)
{
    return fail(deferTr("Crypto", "The repository key file is damaged (%1).").arg(what));
}

Error wrongPassphrase()
{
    return fail(deferTr("Crypto", "Wrong passphrase: it does not unlock this repository's key. Nothing was "
                                  "changed."));
}

Result<QJsonObject> parse(const QByteArray &keyFile)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(keyFile, &error);
    if (!doc.isObject())
        return damaged(error.errorString());
    QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != Format)
        return fail(deferTr("Crypto", "This is not a cloudbackup repository key, or one made by a newer "
                                      "release (format \"%1\").")
                        .arg(o.value(QStringLiteral("format")).toString()));
    return o;
}

QByteArray serialize(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

bool inRange(const KdfParams &p)
{
    return p.opsLimit >= crypto_pwhash_argon2id_OPSLIMIT_MIN && p.opsLimit <= MaxOps &&
           p.memLimit >= crypto_pwhash_argon2id_MEMLIMIT_MIN && p.memLimit <= MaxMem;
}

Error costOutOfRange(const KdfParams &p)
{
    return fail(deferTr("Crypto", "The passphrase key cost is out of range: %1 passes over %2 MiB.")
                    .arg(qint64(p.opsLimit))
                    .arg(qint64(p.memLimit >> 20)));
}

Result<Secret> derive(const Secret &passphrase, const QByteArray &salt, const KdfParams &p)
{
    if (!sodiumReady())
        return fail(deferTr("Crypto", "The cryptography library cannot start."));
    if (salt.size() != crypto_pwhash_SALTBYTES)
        return damaged(QStringLiteral("salt"));
    Secret key(KeySize);
    if (crypto_pwhash(key.data(), KeySize, reinterpret_cast<const char *>(passphrase.data()),
                      quint64(passphrase.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
                      p.opsLimit, size_t(p.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(
            deferTr("Crypto", "Not enough memory to derive the key from the passphrase (%1 MiB needed).")
                .arg(qint64(p.memLimit >> 20)));
    return key;
}

// The name a wrapping is sealed under: its costs and salt are bound to it.
QByteArray passphraseWrapId(const KdfParams &p, const QByteArray &salt)
{
    return QByteArrayLiteral("passphrase/argon2id13/") + QByteArray::number(p.opsLimit) + '/' +
           QByteArray::number(p.memLimit) + '/' + salt.toBase64();
}

Result<QJsonObject> passphraseWrapping(const RepositoryKeys &keys, const Secret &passphrase,
                                       const KdfParams &p)
{
    if (passphrase.isEmpty())
        return fail(deferTr("Crypto", "The passphrase is empty."));
    if (!inRange(p))
        return costOutOfRange(p);
    const Secret salt = Secret::random(crypto_pwhash_SALTBYTES);
    const QByteArray saltBytes = salt.view().toByteArray();
    auto wrapKey = derive(passphrase, saltBytes, p);
    if (!wrapKey)
        return fail(wrapKey);
    const QByteArray sealed =
        cipher::seal(*wrapKey, WrapKind, passphraseWrapId(p, saltBytes), concatenated(keys).view());
    return QJsonObject{{QStringLiteral("kdf"), Kdf},
                       {QStringLiteral("opslimit"), qint64(p.opsLimit)},
                       {QStringLiteral("memlimit"), qint64(p.memLimit)},
                       {QStringLiteral("salt"), b64(saltBytes)},
                       {QStringLiteral("sealed"), b64(sealed)}};
}

Result<KdfParams> paramsOf(const QJsonObject &wrapping)
{
    if (wrapping.value(QStringLiteral("kdf")).toString() != Kdf)
        return damaged(QStringLiteral("kdf"));
    const KdfParams p{quint64(wrapping.value(QStringLiteral("opslimit")).toInteger()),
                      quint64(wrapping.value(QStringLiteral("memlimit")).toInteger())};
    if (!inRange(p))
        return costOutOfRange(p);
    return p;
}

// Opens a sealed copy of the keys and checks them against the key file.
Result<RepositoryKeys> openKeys(const QJsonObject &o, const Secret &wrapKey, const QByteArray &wrapId,
                                const QJsonValue &sealed, const Error &refused)
{
    auto both = cipher::open(wrapKey, WrapKind, wrapId, unb64(sealed));
    if (!both)
        return refused;
    Secret bothKeys = Secret::copyOf(*both);
    wipe(*both);
    if (bothKeys.size() != 2 * KeySize)
        return damaged(QStringLiteral("sealed"));
    RepositoryKeys keys = split(bothKeys.data());
    if (keyCheck(keys) != o.value(QStringLiteral("check")).toString())
        return damaged(QStringLiteral("check"));
    return keys;
}

Result<QByteArray> withPassphrase(QJsonObject o, const RepositoryKeys &keys, const Secret &passphrase,
                                  const KdfParams &params)
{
    auto wrapping = passphraseWrapping(keys, passphrase, params);
    if (!wrapping)
        return fail(wrapping);
    o.insert(QStringLiteral("passphrase"), *wrapping);
    return serialize(o);
}

Secret secretFileKey(const Secret &contents)
{
    return hmac(contents, "cloudbackup secret file 1");
}

} // namespace

Result<NewRepositoryKey> create(const Secret &passphrase, const KdfParams &params)
{
    if (!sodiumReady())
        return fail(deferTr("Crypto", "The cryptography library cannot start."));
    RepositoryKeys keys{Secret::random(KeySize), Secret::random(KeySize)};
    const QJsonObject o{{QStringLiteral("format"), Format},
                        {QStringLiteral("cipher"), QStringLiteral("aes-256-gcm")},
                        {QStringLiteral("chunk_id"), QStringLiteral("hmac-sha256")},
                        {QStringLiteral("check"), keyCheck(keys)}};
    auto json = withPassphrase(o, keys, passphrase, params);
    if (!json)
        return fail(json);
    return NewRepositoryKey{std::move(*json), std::move(keys)};
}

Result<RepositoryKeys> unlock(const QByteArray &keyFile, const Secret &passphrase)
{
    auto o = parse(keyFile);
    if (!o)
        return fail(o);
    const QJsonObject wrapping = o->value(QStringLiteral("passphrase")).toObject();
    auto params = paramsOf(wrapping);
    if (!params)
        return fail(params);
    const QByteArray salt = unb64(wrapping.value(QStringLiteral("salt")));
    auto wrapKey = derive(passphrase, salt, *params);
    if (!wrapKey)
        return fail(wrapKey);
    return openKeys(*o, *wrapKey, passphraseWrapId(*params, salt), wrapping.value(QStringLiteral("sealed")),
                    wrongPassphrase());
}

Result<QByteArray> changePassphrase(const QByteArray &keyFile, const Secret &oldPassphrase,
                                    const Secret &newPassphrase, const KdfParams &params)
{
    auto keys = unlock(keyFile, oldPassphrase);
    if (!keys)
        return fail(keys);
    return setPassphrase(keyFile, *keys, newPassphrase, params);
}

Result<QByteArray> setPassphrase(const QByteArray &keyFile, const RepositoryKeys &keys,
                                 const Secret &newPassphrase, const KdfParams &params)
{
    auto o = parse(keyFile);
    if (!o)
        return fail(o);
    if (keyCheck(keys) != o->value(QStringLiteral("check")).toString())
        return fail(deferTr("Crypto", "These keys belong to another repository."));
    return withPassphrase(*o, keys, newPassphrase, params);
}

Result<KdfParams> storedKdfParams(const QByteArray &keyFile)
{
    auto o = parse(keyFile);
    if (!o)
        return fail(o);
    return paramsOf(o->value(QStringLiteral("passphrase")).toObject());
}

QString exportRecoveryKey(const RepositoryKeys &keys)
{
    Secret payload(recoverycode::PayloadSize);
    payload.data()[0] = RecoveryVersion;
    const Secret both = concatenated(keys);
    std::copy(both.data(), both.data() + both.size(), payload.data() + 1);
    return recoverycode::encode(payload);
}

Result<RepositoryKeys> unlockWithRecoveryKey(const QByteArray &keyFile, const QString &recoveryKey)
{
    auto o = parse(keyFile);
    if (!o)
        return fail(o);
    auto payload = recoverycode::decode(recoveryKey);
    if (!payload)
        return fail(payload);
    if (payload->data()[0] != RecoveryVersion)
        return fail(deferTr("Crypto", "This recovery key was made by a newer release."));
    RepositoryKeys keys = split(payload->data() + 1);
    if (keyCheck(keys) != o->value(QStringLiteral("check")).toString())
        return fail(deferTr("Crypto", "This recovery key belongs to another repository."));
    return keys;
}

QByteArray newSecretFileContents()
{
    Secret raw = Secret::random(KeySize);
    return raw.view().toByteArray().toBase64() + '\n';
}

Result<QByteArray> addSecretFile(const QByteArray &keyFile, const RepositoryKeys &keys,
                                 const Secret &contents)
{
    auto o = parse(keyFile);
    if (!o)
        return fail(o);
    if (keyCheck(keys) != o->value(QStringLiteral("check")).toString())
        return fail(deferTr("Crypto", "These keys belong to another repository."));
    if (contents.size() < MinSecretFile)
        return fail(deferTr("Crypto", "A key file must hold at least %1 bytes.").arg(int(MinSecretFile)));
    const QByteArray sealed =
        cipher::seal(secretFileKey(contents), WrapKind, "secret-file", concatenated(keys).view());
    o->insert(QStringLiteral("secret_file"), QJsonObject{{QStringLiteral("sealed"), b64(sealed)}});
    return serialize(*o);
}

Result<RepositoryKeys> unlockWithSecretFile(const QByteArray &keyFile, const Secret &contents)
{
    auto o = parse(keyFile);
    if (!o)
        return fail(o);
    const QJsonValue sealed =
        o->value(QStringLiteral("secret_file")).toObject().value(QStringLiteral("sealed"));
    if (sealed.isUndefined())
        return fail(
            deferTr("Crypto", "This repository has no key file; add one with \"repo key add-key-file\"."));
    return openKeys(*o, secretFileKey(contents), "secret-file", sealed,
                    fail(deferTr("Crypto", "The key file does not unlock this repository.")));
}

Result<QByteArray> removeSecretFile(const QByteArray &keyFile, const RepositoryKeys &keys)
{
    auto o = parse(keyFile);
    if (!o)
        return fail(o);
    if (keyCheck(keys) != o->value(QStringLiteral("check")).toString())
        return fail(deferTr("Crypto", "These keys belong to another repository."));
    if (!o->contains(QStringLiteral("secret_file")))
        return fail(deferTr("Crypto", "This repository has no key file to remove."));
    o->remove(QStringLiteral("secret_file"));
    return serialize(*o);
}

bool hasSecretFile(const QByteArray &keyFile)
{
    auto o = parse(keyFile);
    return o && o->contains(QStringLiteral("secret_file"));
}

} // namespace cb::crypto::repositorykeys
