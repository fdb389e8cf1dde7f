#pragma once

#include "model/Types.h"
#include "repository/Digest.h"
#include "util/Result.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace cb {

// The self-contained index of one backup: the volume's size and, for every
// chunk of it in order, the chunk's digest or a hole. A restore or verify
// reads this one file and never walks the chain.
//
// Binary, versioned, checksummed, and written and read in windows so memory
// does not grow with the volume's size:
//
//   "CBIX" u8 version, 3 reserved bytes
//   u32 header length, header (compact JSON: volume_size, chunk_size,
//       chunk_count, backup = the catalog record), SHA-256 of the header
//   windows: u32 entry count (> 0), u32 packed length, SHA-256 of the raw
//       entries, zstd(entries); an entry is 32 bytes, all zero for a hole
//   end: u32 0, u32 0, SHA-256 of the window digests in order
//
// A damaged or truncated index is detected (a digest or the count does not
// match), never half-read.
struct IndexHeader
{
    Backup record; // the catalog record at creation, so a lost catalog can be rebuilt
    qint64 volumeSize = 0;
    qint64 chunkSize = ChunkSize;
    qint64 chunkCount = 0;
};

qint64 chunkCountFor(qint64 volumeSize);
qint64 chunkLength(qint64 volumeSize, qint64 index);

class IndexWriter
{
public:
    static constexpr int WindowEntries = 16384; // 512 KiB raw per window

    // Writes to the already open device; the caller makes it durable and
    // names it. name: what errors call it.
    IndexWriter(QIODevice &device, QString name, const IndexHeader &header);
    Result<void> append(const ChunkHash &hash);
    Result<void> finish();
    qint64 written() const { return m_written; }

private:
    Result<void> flushWindow();
    Result<void> put(const char *data, qint64 length);

    QIODevice &m_file;
    QString m_name;
    IndexHeader m_header;
    QByteArray m_window;
    QByteArray m_windowDigests;
    qint64 m_written = 0;
    bool m_failed = false;
};

// Reads an index entry by entry, one window in memory at a time.
class IndexReader
{
public:
    // Reads from the open device (a file, or an object read whole).
    static Result<std::unique_ptr<IndexReader>> open(std::unique_ptr<QIODevice> device,
                                                     const QString &backupId);
    const IndexHeader &header() const { return m_header; }
    // The next entry (empty = hole); fails on damage or at the end.
    Result<ChunkHash> next();
    bool atEnd() const { return m_position >= m_header.chunkCount; }
    qint64 position() const { return m_position; }
    // Reads the rest and checks every window and the end marker.
    Result<void> checkRest();

private:
    IndexReader() = default;
    Result<void> loadWindow();
    Result<void> readEnd();
    Error damaged(const QString &why) const;

    std::unique_ptr<QIODevice> m_device;
    QIODevice *m_file = nullptr;
    QString m_backupId;
    IndexHeader m_header;
    QByteArray m_window;
    QByteArray m_windowDigests;
    qint64 m_windowPos = 0;
    qint64 m_position = 0;
    bool m_endChecked = false;
};

} // namespace cb
