#include "repository/Codec.h"

#include "repository/Repository.h"

#include <QCoreApplication>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <zstd.h>

#include <cstring>
#include <vector>

namespace cb {

namespace {
constexpr char ChunkMagic[4] = {'C', 'B', 'K', '1'};
constexpr quint8 CodecRaw = 0;
constexpr quint8 CodecZstd = 1;

struct ZstdContexts
{
    ZSTD_CCtx *c = ZSTD_createCCtx();
    ZSTD_DCtx *d = ZSTD_createDCtx();
    ~ZstdContexts()
    {
        ZSTD_freeCCtx(c);
        ZSTD_freeDCtx(d);
    }
};
thread_local ZstdContexts zstd;

QString hexOf(const ChunkHash &hash)
{
    return Repository::hex(hash);
}

// Random data (encrypted or already compressed blocks) does not shrink:
// compress two small samples first and skip the whole chunk when they don't.
bool worthCompressing(const char *data, qint64 length, std::vector<char> &scratch)
{
    constexpr qint64 Sample = 32 * 1024;
    if (length < 8 * Sample)
        return true;
    for (const qint64 at : {length / 4, length * 3 / 4}) {
        const size_t packed = ZSTD_compressCCtx(zstd.c, scratch.data(), scratch.size(), data + at,
                                                static_cast<size_t>(Sample), 1);
        if (!ZSTD_isError(packed) && packed < static_cast<size_t>(Sample - Sample / 16))
            return true;
    }
    return false;
}
} // namespace

// OpenSSL's exit-time cleanup frees per-thread state that worker threads
// still free in their own exit destructors (a double free seen about once in
// 500 parallel runs under ASan). The process is ending anyway: skip it.
// Runs before main(), ahead of any other OpenSSL call.
static const bool cryptoInitialised = OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;

ChunkHash sha256(const char *data, qint64 length)
{
    ChunkHash out(32, Qt::Uninitialized);
    unsigned int len = 32;
    EVP_Digest(data, static_cast<size_t>(length), reinterpret_cast<unsigned char *>(out.data()), &len,
               EVP_sha256(), nullptr);
    return out;
}

bool isAllZero(const char *data, qint64 length)
{
    // Word-wise scan; the common non-zero case exits at once.
    qint64 i = 0;
    for (; i + 8 <= length; i += 8) {
        quint64 w;
        std::memcpy(&w, data + i, 8);
        if (w)
            return false;
    }
    for (; i < length; ++i) {
        if (data[i])
            return false;
    }
    return true;
}

ChunkHash Codec::id(const char *data, qint64 length)
{
    return sha256(data, length);
}

Codec::Encoded Codec::encode(const char *data, qint64 length)
{
    thread_local std::vector<char> buffer;
    buffer.resize(ZSTD_compressBound(static_cast<size_t>(length)));
    size_t packed = 0;
    bool useZstd = false;
    if (worthCompressing(data, length, buffer)) {
        packed =
            ZSTD_compressCCtx(zstd.c, buffer.data(), buffer.size(), data, static_cast<size_t>(length), 1);
        useZstd = !ZSTD_isError(packed) && packed < static_cast<size_t>(length) - length / 32;
    }
    Encoded e;
    e.head = QByteArray(HeaderSize, '\0');
    std::memcpy(e.head.data(), ChunkMagic, 4);
    e.head[4] = static_cast<char>(useZstd ? CodecZstd : CodecRaw);
    qToLittleEndian(static_cast<quint64>(length), e.head.data() + 8);
    e.payload = useZstd ? buffer.data() : data;
    e.length = useZstd ? static_cast<qint64>(packed) : length;
    return e;
}

Result<void> Codec::decode(const ChunkHash &hash, const QByteArray &file, char *out, qint64 capacity,
                           qint64 *length)
{
    if (file.size() < HeaderSize || std::memcmp(file.constData(), ChunkMagic, 4) != 0)
        return fail(deferTr("Repository", "Chunk %1 is damaged (unreadable header).").arg(hexOf(hash)));
    const quint64 raw = qFromLittleEndian<quint64>(file.constData() + 8);
    if (raw > static_cast<quint64>(capacity))
        return fail(deferTr("Repository", "Chunk %1 is damaged (bad length).").arg(hexOf(hash)));
    const char *payload = file.constData() + HeaderSize;
    const size_t payloadSize = static_cast<size_t>(file.size() - HeaderSize);
    if (file.at(4) == CodecZstd) {
        const size_t n =
            ZSTD_decompressDCtx(zstd.d, out, static_cast<size_t>(capacity), payload, payloadSize);
        if (ZSTD_isError(n) || n != raw)
            return fail(deferTr("Repository", "Chunk %1 is damaged (cannot decompress).").arg(hexOf(hash)));
    } else if (file.at(4) == CodecRaw && payloadSize == raw) {
        std::memcpy(out, payload, raw);
    } else {
        return fail(deferTr("Repository", "Chunk %1 is damaged (unknown encoding).").arg(hexOf(hash)));
    }
    if (id(out, static_cast<qint64>(raw)) != hash)
        return fail(deferTr("Repository", "Chunk %1 is damaged (checksum mismatch).").arg(hexOf(hash)));
    *length = static_cast<qint64>(raw);
    return {};
}

} // namespace cb
