#include "repository/Codec.h"

#include "crypto/Cipher.h"
#include "crypto/RepositoryKeys.h"
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

namespace {

Codec::Encoded encodePlain(const char *data, qint64 length)
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
    Codec::Encoded e;
    e.head = QByteArray(Codec::HeaderSize, '\0');
    std::memcpy(e.head.data(), ChunkMagic, 4);
    e.head[4] = static_cast<char>(useZstd ? CodecZstd : CodecRaw);
    qToLittleEndian(static_cast<quint64>(length), e.head.data() + 8);
    e.payload = useZstd ? buffer.data() : data;
    e.length = useZstd ? static_cast<qint64>(packed) : length;
    return e;
}

// Unpacks a plain stored chunk into out; the caller checks the id.
Result<void> decodePlain(const ChunkHash &hash, QByteArrayView file, char *out, qint64 capacity,
                         qint64 *length)
{
    if (file.size() < Codec::HeaderSize || std::memcmp(file.constData(), ChunkMagic, 4) != 0)
        return fail(deferTr("Repository", "Chunk %1 is damaged (unreadable header).").arg(hexOf(hash)));
    const quint64 raw = qFromLittleEndian<quint64>(file.constData() + 8);
    if (raw > static_cast<quint64>(capacity))
        return fail(deferTr("Repository", "Chunk %1 is damaged (bad length).").arg(hexOf(hash)));
    const char *payload = file.constData() + Codec::HeaderSize;
    const size_t payloadSize = static_cast<size_t>(file.size() - Codec::HeaderSize);
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
    *length = static_cast<qint64>(raw);
    return {};
}

Error checksumMismatch(const ChunkHash &hash)
{
    return fail(deferTr("Repository", "Chunk %1 is damaged (checksum mismatch).").arg(hexOf(hash)));
}

class PlainCodec final : public Codec
{
public:
    QString encryption() const override { return QStringLiteral("none"); }
    ChunkHash id(const char *data, qint64 length) const override { return sha256(data, length); }
    Encoded encode(const ChunkHash &, const char *data, qint64 length) const override
    {
        return encodePlain(data, length);
    }
    Result<void> decode(const ChunkHash &hash, const QByteArray &stored, char *out, qint64 capacity,
                        qint64 *length) const override
    {
        if (auto r = decodePlain(hash, stored, out, capacity, length); !r)
            return r;
        if (id(out, *length) != hash)
            return checksumMismatch(hash);
        return {};
    }
    QByteArray seal(const char *, const QString &, const QByteArray &plain) const override { return plain; }
    Result<QByteArray> open(const char *, const QString &, const QByteArray &stored) const override
    {
        return stored;
    }
};

constexpr char ChunkKind[] = "chunk";

class EncryptedCodec final : public Codec
{
public:
    explicit EncryptedCodec(crypto::RepositoryKeys keys) : m_keys(std::move(keys)) {}
    QString encryption() const override { return QStringLiteral("aes-256-gcm"); }
    ChunkHash id(const char *data, qint64 length) const override
    {
        return crypto::cipher::chunkId(m_keys.idKey, data, length);
    }
    // The plain form sealed under the chunk's id: a chunk copied to another
    // name fails to open.
    Encoded encode(const ChunkHash &hash, const char *data, qint64 length) const override
    {
        const Encoded inner = encodePlain(data, length);
        thread_local QByteArray sealed;
        crypto::cipher::sealInto(m_keys.dataKey, ChunkKind, hexOf(hash).toLatin1(), inner.head,
                                 QByteArrayView(inner.payload, inner.length), sealed);
        Encoded e;
        e.head = sealed.left(HeaderSize);
        e.payload = sealed.constData() + HeaderSize;
        e.length = sealed.size() - HeaderSize;
        return e;
    }
    Result<void> decode(const ChunkHash &hash, const QByteArray &stored, char *out, qint64 capacity,
                        qint64 *length) const override
    {
        thread_local QByteArray plain;
        if (!crypto::cipher::openInto(m_keys.dataKey, ChunkKind, hexOf(hash).toLatin1(), stored, plain))
            return fail(deferTr("Repository",
                                "Chunk %1 is damaged (it fails authentication: altered, truncated or not "
                                "of this repository).")
                            .arg(hexOf(hash)));
        if (auto r = decodePlain(hash, plain, out, capacity, length); !r)
            return r;
        if (id(out, *length) != hash)
            return checksumMismatch(hash);
        return {};
    }
    QByteArray seal(const char *kind, const QString &name, const QByteArray &plain) const override
    {
        return crypto::cipher::seal(m_keys.dataKey, kind, name.toUtf8(), plain);
    }
    Result<QByteArray> open(const char *kind, const QString &name, const QByteArray &stored) const override
    {
        auto plain = crypto::cipher::open(m_keys.dataKey, kind, name.toUtf8(), stored);
        if (!plain)
            return fail(qstrcmp(kind, "index") == 0
                            ? deferTr("Repository", "The index of backup %1 is damaged (it fails "
                                                    "authentication: altered, truncated or not of this "
                                                    "repository).")
                                  .arg(name)
                            : deferTr("Repository", "The record of backup %1 is damaged (it fails "
                                                    "authentication: altered, truncated or not of this "
                                                    "repository).")
                                  .arg(name));
        return plain;
    }

private:
    crypto::RepositoryKeys m_keys;
};

} // namespace

std::unique_ptr<Codec> Codec::plain()
{
    return std::make_unique<PlainCodec>();
}

std::unique_ptr<Codec> Codec::encrypted(crypto::RepositoryKeys keys)
{
    return std::make_unique<EncryptedCodec>(std::move(keys));
}

} // namespace cb
