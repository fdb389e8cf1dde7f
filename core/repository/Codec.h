#pragma once

#include "repository/Digest.h"
#include "util/Result.h"

#include <QByteArray>

#include <memory>

namespace cb {

namespace crypto {
struct RepositoryKeys;
}

// How the bytes of one repository are stored and named; each Repository
// owns one. Every chunk passes through one encode()/decode() pair and is
// named by id(); indexes and records pass through seal()/open().
//
// Plain (unencrypted) repositories: ids are SHA-256 of the plain bytes;
// stored chunk: "CBK1", codec (0 raw, 1 zstd), 3 reserved, u64 LE raw
// length, payload; indexes and records as they are.
//
// Encrypted repositories ("aes-256-gcm"): ids are HMAC-SHA-256 under the
// repository's id key, so names reveal nothing about the data while equal
// chunks still share one id; a chunk is the plain form above sealed with
// AES-256-GCM, indexes and records sealed likewise, each bound to its kind
// and name (crypto/Cipher.h).
class Codec
{
public:
    static constexpr int HeaderSize = 16;

    static std::unique_ptr<Codec> plain();
    static std::unique_ptr<Codec> encrypted(crypto::RepositoryKeys keys);
    virtual ~Codec() = default;

    // "none" or "aes-256-gcm", as the format object names it.
    virtual QString encryption() const = 0;
    // The chunk's id.
    virtual ChunkHash id(const char *data, qint64 length) const = 0;
    // The header and the payload to store. They point into data or into a
    // per-thread buffer valid until the next encode() on this thread.
    struct Encoded
    {
        QByteArray head;
        const char *payload = nullptr;
        qint64 length = 0;
    };
    virtual Encoded encode(const ChunkHash &id, const char *data, qint64 length) const = 0;
    // Decodes a stored chunk into out (capacity bytes) and checks its id.
    virtual Result<void> decode(const ChunkHash &id, const QByteArray &stored, char *out, qint64 capacity,
                                qint64 *length) const = 0;
    // Indexes and records: kind "index" or "record", name the backup's id.
    virtual QByteArray seal(const char *kind, const QString &name, const QByteArray &plain) const = 0;
    virtual Result<QByteArray> open(const char *kind, const QString &name,
                                    const QByteArray &stored) const = 0;
};

} // namespace cb
