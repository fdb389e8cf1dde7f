#pragma once

#include "crypto/Secret.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

// The keys of an encrypted repository and the key file (JSON) that keeps
// them in the repository. The keys never change for the repository's life:
// a new passphrase re-wraps the same keys, so every backup stays readable.
// The key file holds them sealed (AES-256-GCM) under a key derived from the
// passphrase with Argon2id, and optionally also under a key file's secret.
namespace cb::crypto {

struct RepositoryKeys
{
    Secret dataKey; // AES-256-GCM, for chunks, indexes and records
    Secret idKey;   // HMAC-SHA-256, for chunk ids
};

// Argon2id cost, stored in the key file so a key made with other costs
// still opens. The default is libsodium's MODERATE (3 passes over 256 MiB):
// ~0.4 s to unlock on our 2-core development machine, once per process.
// INTERACTIVE (2 x 64 MiB, ~0.07 s) would make a guessing attack with a
// stolen key file four times cheaper per guess; SENSITIVE (1 GiB, ~2 s)
// would tie up a gigabyte of the console host at every unlock.
struct KdfParams
{
    quint64 opsLimit = 3;
    quint64 memLimit = quint64(256) << 20; // bytes
};

struct NewRepositoryKey
{
    QByteArray keyFile; // JSON, to be stored in the repository
    RepositoryKeys keys;
};

namespace repositorykeys {

// New random keys, wrapped by the passphrase.
Result<NewRepositoryKey> create(const Secret &passphrase, const KdfParams &params = {});
// The keys, or "wrong passphrase" when the passphrase does not open them.
Result<RepositoryKeys> unlock(const QByteArray &keyFile, const Secret &passphrase);
// The same keys under a new passphrase (and the current default cost); the
// key-file wrapping, if any, is kept. Fails, changing nothing, when the old
// passphrase is wrong.
Result<QByteArray> changePassphrase(const QByteArray &keyFile, const Secret &oldPassphrase,
                                    const Secret &newPassphrase, const KdfParams &params = {});
// A new passphrase for keys opened another way (a recovery key).
Result<QByteArray> setPassphrase(const QByteArray &keyFile, const RepositoryKeys &keys,
                                 const Secret &newPassphrase, const KdfParams &params = {});
// The Argon2id cost stored in a key file.
Result<KdfParams> storedKdfParams(const QByteArray &keyFile);

// The keys themselves in printable form, to keep on paper: they open the
// repository's data even when its key file is lost or damaged.
QString exportRecoveryKey(const RepositoryKeys &keys);
// The keys a recovery key holds, checked against the repository's key file.
Result<RepositoryKeys> unlockWithRecoveryKey(const QByteArray &keyFile, const QString &recoveryKey);

// A second wrapping: the keys also sealed under the contents of a secret
// file (for unattended hosts, where no one types a passphrase).
// newSecretFileContents() makes contents to save in a private file.
QByteArray newSecretFileContents();
Result<QByteArray> addSecretFile(const QByteArray &keyFile, const RepositoryKeys &keys,
                                 const Secret &contents);
Result<RepositoryKeys> unlockWithSecretFile(const QByteArray &keyFile, const Secret &contents);
// The key file without its secret-file wrapping: that file opens nothing any more.
Result<QByteArray> removeSecretFile(const QByteArray &keyFile, const RepositoryKeys &keys);
bool hasSecretFile(const QByteArray &keyFile);

} // namespace repositorykeys
} // namespace cb::crypto
