#pragma once

#include "repository/Digest.h"
#include "util/Result.h"

#include <QByteArray>

namespace cb {

// How chunk bytes are stored and named. Every chunk passes through one
// encode()/decode() pair and is named by id(); encryption at rest plugs in
// here (an id keyed by the repository's secret, an encrypted payload) without
// the stores or the engine changing.
//
// Stored chunk: "CBK1", codec (0 raw, 1 zstd), 3 reserved, u64 LE raw length, payload.
class Codec
{
public:
    static constexpr int HeaderSize = 16;

    // The chunk's id: SHA-256 of its plain bytes.
    static ChunkHash id(const char *data, qint64 length);
    // The header and the payload to store. The payload points into data or
    // into a per-thread buffer valid until the next encode() on this thread.
    struct Encoded
    {
        QByteArray head;
        const char *payload = nullptr;
        qint64 length = 0;
    };
    static Encoded encode(const char *data, qint64 length);
    // Decodes a stored chunk into out (capacity bytes) and checks its id.
    static Result<void> decode(const ChunkHash &id, const QByteArray &stored, char *out, qint64 capacity,
                               qint64 *length);
};

} // namespace cb
