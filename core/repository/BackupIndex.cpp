#include "repository/BackupIndex.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <zstd.h>

#include <cstring>

namespace cb {

namespace {
constexpr char Magic[4] = {'C', 'B', 'I', 'X'};
constexpr quint8 Version = 1;
constexpr int EntrySize = 32;
constexpr int DigestSize = 32;
// A window never holds more; a larger count in a file is damage.
constexpr quint32 MaxWindowEntries = 1u << 20;
constexpr quint32 MaxHeader = 1u << 20;

QByteArray u32(quint32 v)
{
    QByteArray out(4, Qt::Uninitialized);
    qToLittleEndian(v, out.data());
    return out;
}
} // namespace

qint64 chunkCountFor(qint64 volumeSize)
{
    return (volumeSize + ChunkSize - 1) / ChunkSize;
}

qint64 chunkLength(qint64 volumeSize, qint64 index)
{
    return std::min(ChunkSize, volumeSize - index * ChunkSize);
}

IndexWriter::IndexWriter(QIODevice &device, QString name, const IndexHeader &header)
    : m_file(device), m_name(std::move(name)), m_header(header)
{
    m_header.chunkCount = chunkCountFor(header.volumeSize);
    const QJsonObject o{{QStringLiteral("volume_size"), m_header.volumeSize},
                        {QStringLiteral("chunk_size"), m_header.chunkSize},
                        {QStringLiteral("chunk_count"), m_header.chunkCount},
                        {QStringLiteral("backup"), m_header.record.toJson()}};
    const QByteArray json = QJsonDocument(o).toJson(QJsonDocument::Compact);
    QByteArray head(Magic, 4);
    head += char(Version);
    head += QByteArray(3, '\0');
    head += u32(static_cast<quint32>(json.size())) + json + sha256(json.constData(), json.size());
    (void)put(head.constData(), head.size());
    m_window.reserve(WindowEntries * EntrySize);
}

Result<void> IndexWriter::put(const char *data, qint64 length)
{
    if (!m_failed && m_file.write(data, length) != length)
        m_failed = true;
    if (m_failed)
        return fail(deferTr("Repository", "Cannot write %1: %2").arg(m_name, m_file.errorString()));
    return {};
}

Result<void> IndexWriter::append(const ChunkHash &hash)
{
    if (hash.isEmpty())
        m_window.append(EntrySize, '\0');
    else
        m_window.append(hash);
    ++m_written;
    if (m_window.size() >= WindowEntries * EntrySize)
        return flushWindow();
    return {};
}

Result<void> IndexWriter::flushWindow()
{
    if (m_window.isEmpty())
        return {};
    QByteArray packed(static_cast<qsizetype>(ZSTD_compressBound(m_window.size())), Qt::Uninitialized);
    const size_t n = ZSTD_compress(packed.data(), packed.size(), m_window.constData(), m_window.size(), 3);
    if (ZSTD_isError(n))
        return fail(deferTr("Repository", "Cannot compress the index."));
    const QByteArray digest = sha256(m_window.constData(), m_window.size());
    m_windowDigests += digest;
    const QByteArray head =
        u32(static_cast<quint32>(m_window.size() / EntrySize)) + u32(static_cast<quint32>(n)) + digest;
    m_window.clear();
    if (auto r = put(head.constData(), head.size()); !r)
        return r;
    return put(packed.constData(), static_cast<qint64>(n));
}

Result<void> IndexWriter::finish()
{
    if (m_written != m_header.chunkCount)
        return fail(deferTr("Repository", "The index of backup %1 is incomplete.").arg(m_header.record.id));
    if (auto r = flushWindow(); !r)
        return r;
    const QByteArray end = u32(0) + u32(0) + sha256(m_windowDigests.constData(), m_windowDigests.size());
    return put(end.constData(), end.size());
}

Error IndexReader::damaged(const QString &why) const
{
    return fail(deferTr("Repository", "The index of backup %1 is damaged (%2).").arg(m_backupId, why));
}

Result<std::unique_ptr<IndexReader>> IndexReader::open(std::unique_ptr<QIODevice> device,
                                                       const QString &backupId)
{
    std::unique_ptr<IndexReader> r(new IndexReader);
    r->m_backupId = backupId;
    r->m_device = std::move(device);
    r->m_file = r->m_device.get();
    const QByteArray head = r->m_file->read(12);
    if (head.size() != 12 || std::memcmp(head.constData(), Magic, 4) != 0)
        return r->damaged(QCoreApplication::translate("Repository", "not an index"));
    if (quint8(head.at(4)) != Version)
        return fail(deferTr("Repository", "The index of backup %1 has format %2, which this version "
                                          "of cloudbackup cannot read.")
                        .arg(backupId)
                        .arg(quint8(head.at(4))));
    const quint32 length = qFromLittleEndian<quint32>(head.constData() + 8);
    if (length > MaxHeader)
        return r->damaged(QCoreApplication::translate("Repository", "bad header length"));
    const QByteArray json = r->m_file->read(length);
    const QByteArray digest = r->m_file->read(DigestSize);
    if (json.size() != qsizetype(length) || digest != sha256(json.constData(), json.size()))
        return r->damaged(QCoreApplication::translate("Repository", "header checksum"));
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    IndexHeader &h = r->m_header;
    h.record = Backup::fromJson(o.value(QStringLiteral("backup")).toObject());
    h.volumeSize = o.value(QStringLiteral("volume_size")).toInteger(-1);
    h.chunkSize = o.value(QStringLiteral("chunk_size")).toInteger();
    h.chunkCount = o.value(QStringLiteral("chunk_count")).toInteger(-1);
    if (h.chunkSize != ChunkSize || h.volumeSize < 0 || h.chunkCount != chunkCountFor(h.volumeSize) ||
        (!backupId.isEmpty() && h.record.id != backupId))
        return r->damaged(QCoreApplication::translate("Repository", "header"));
    return r;
}

Result<void> IndexReader::loadWindow()
{
    const QByteArray head = m_file->read(8 + DigestSize);
    if (head.size() != 8 + DigestSize)
        return damaged(QCoreApplication::translate("Repository", "truncated"));
    const quint32 entries = qFromLittleEndian<quint32>(head.constData());
    const quint32 packed = qFromLittleEndian<quint32>(head.constData() + 4);
    if (entries == 0 || entries > MaxWindowEntries || m_position + entries > m_header.chunkCount ||
        packed > ZSTD_compressBound(size_t(entries) * EntrySize))
        return damaged(QCoreApplication::translate("Repository", "window"));
    const QByteArray data = m_file->read(packed);
    if (data.size() != qsizetype(packed))
        return damaged(QCoreApplication::translate("Repository", "truncated"));
    m_window.resize(qsizetype(entries) * EntrySize);
    const size_t n = ZSTD_decompress(m_window.data(), m_window.size(), data.constData(), data.size());
    const QByteArray digest = head.mid(8);
    if (ZSTD_isError(n) || n != size_t(m_window.size()) ||
        sha256(m_window.constData(), m_window.size()) != digest)
        return damaged(QCoreApplication::translate("Repository", "window checksum"));
    m_windowDigests += digest;
    m_windowPos = 0;
    return {};
}

Result<void> IndexReader::readEnd()
{
    if (m_endChecked)
        return {};
    const QByteArray end = m_file->read(8 + DigestSize);
    if (end.size() != 8 + DigestSize || qFromLittleEndian<quint32>(end.constData()) != 0 ||
        end.mid(8) != sha256(m_windowDigests.constData(), m_windowDigests.size()) || !m_file->atEnd())
        return damaged(QCoreApplication::translate("Repository", "end"));
    m_endChecked = true;
    return {};
}

Result<ChunkHash> IndexReader::next()
{
    if (atEnd())
        return fail(deferTr("Repository", "The index of backup %1 has no more entries.").arg(m_backupId));
    if (m_windowPos >= m_window.size()) {
        if (auto r = loadWindow(); !r)
            return fail(r);
    }
    const char *entry = m_window.constData() + m_windowPos;
    m_windowPos += EntrySize;
    ++m_position;
    if (atEnd()) {
        if (auto r = readEnd(); !r)
            return fail(r);
    }
    if (isAllZero(entry, EntrySize))
        return ChunkHash();
    return ChunkHash(entry, EntrySize);
}

Result<void> IndexReader::checkRest()
{
    while (!atEnd()) {
        if (auto r = next(); !r)
            return fail(r);
    }
    return readEnd();
}

} // namespace cb
