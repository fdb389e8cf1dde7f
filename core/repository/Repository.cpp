#include "repository/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QtEndian>

#include <openssl/evp.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/uio.h>
#include <unistd.h>

namespace cb {

static QString sysError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

namespace {
constexpr char ChunkMagic[4] = {'C', 'B', 'K', '1'};
constexpr quint8 CodecRaw = 0;
constexpr quint8 CodecZstd = 1;
constexpr int HeaderSize = 16; // magic, codec, 3 reserved, 8 bytes raw length (LE)
const auto FormatFile = QStringLiteral("cloudbackup-repository.json");

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
} // namespace

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

Repository::Lock::~Lock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<std::shared_ptr<Repository>> Repository::open(const QString &path)
{
    QDir dir(path);
    for (const char *sub : {"chunks", "manifests", "tmp", "locks"}) {
        if (!dir.mkpath(QLatin1String(sub)))
            return fail(
                QCoreApplication::translate("Repository", "Cannot create the repository directory %1.")
                    .arg(dir.filePath(QLatin1String(sub))));
    }
    if (!dir.exists(QStringLiteral("chunks/ff"))) {
        for (int i = 0; i < 256; ++i)
            dir.mkpath(QStringLiteral("chunks/%1").arg(i, 2, 16, QLatin1Char('0')));
    }
    std::shared_ptr<Repository> repo(new Repository(dir.absolutePath()));
    QFile format(dir.filePath(FormatFile));
    if (format.exists()) {
        if (!format.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("Repository", "Cannot read %1.").arg(format.fileName()));
        const auto o = QJsonDocument::fromJson(format.readAll()).object();
        const int version = o.value(QStringLiteral("format")).toInt();
        if (version != FormatVersion)
            return fail(QCoreApplication::translate(
                            "Repository",
                            "The repository %1 has format %2; this version of cloudbackup reads format %3.")
                            .arg(path)
                            .arg(version)
                            .arg(FormatVersion));
        if (o.value(QStringLiteral("chunk_size")).toInteger() != ChunkSize)
            return fail(
                QCoreApplication::translate("Repository", "The repository %1 uses an unsupported chunk size.")
                    .arg(path));
    } else {
        const QJsonObject o{
            {QStringLiteral("format"), FormatVersion},
            {QStringLiteral("chunk_size"), ChunkSize},
            {QStringLiteral("hash"), QStringLiteral("sha256")},
            {QStringLiteral("compression"), QStringLiteral("zstd")},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        if (auto r = repo->atomicWrite(format.fileName(), QJsonDocument(o).toJson(), true); !r)
            return fail(r.error());
    }
    // Temp files of writers that are gone (crash, kill) are removed now.
    const auto temps = QDir(dir.filePath(QStringLiteral("tmp"))).entryInfoList(QDir::Files);
    for (const auto &fi : temps) {
        const qint64 pid = fi.fileName().section(u'-', 0, 0).toLongLong();
        if (pid <= 0 || (::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH))
            QFile::remove(fi.absoluteFilePath());
    }
    return repo;
}

QString Repository::chunkPath(const ChunkHash &hash) const
{
    const QString h = hex(hash);
    return m_path + QStringLiteral("/chunks/") + h.left(2) + u'/' + h;
}

QString Repository::manifestPath(const QString &backupId) const
{
    return m_path + QStringLiteral("/manifests/") + backupId + QStringLiteral(".json");
}

static Result<void> writeAll(int fd, const struct iovec *iov, int count)
{
    std::vector<struct iovec> v(iov, iov + count);
    size_t idx = 0;
    while (idx < v.size()) {
        const ssize_t n = ::writev(fd, v.data() + idx, static_cast<int>(v.size() - idx));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(sysError());
        }
        size_t left = static_cast<size_t>(n);
        while (idx < v.size() && left >= v[idx].iov_len) {
            left -= v[idx].iov_len;
            ++idx;
        }
        if (idx < v.size()) {
            v[idx].iov_base = static_cast<char *>(v[idx].iov_base) + left;
            v[idx].iov_len -= left;
        }
    }
    return {};
}

static QString tempName(const QString &repo)
{
    static std::atomic<quint64> counter{0};
    return repo + QStringLiteral("/tmp/") + QString::number(::getpid()) + u'-' +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16) + u'-' +
           QString::number(counter++);
}

static Result<void> atomicWriteV(const QString &repo, const QString &target, const struct iovec *iov,
                                 int count, bool sync)
{
    const QString tmp = tempName(repo);
    const QByteArray tmpName = QFile::encodeName(tmp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(QCoreApplication::translate("Repository", "Cannot write %1: %2").arg(tmp, sysError()));
    auto r = writeAll(fd, iov, count);
    if (r && sync && ::fsync(fd) != 0)
        r = fail(sysError());
    ::close(fd);
    if (r && ::rename(tmpName.constData(), QFile::encodeName(target).constData()) != 0)
        r = fail(sysError());
    if (!r) {
        ::unlink(tmpName.constData());
        return fail(QCoreApplication::translate("Repository", "Cannot write %1: %2").arg(target, r.error()));
    }
    return {};
}

Result<void> Repository::atomicWrite(const QString &target, const QByteArray &data, bool sync) const
{
    struct iovec iov = {const_cast<char *>(data.constData()), static_cast<size_t>(data.size())};
    return atomicWriteV(m_path, target, &iov, 1, sync);
}

bool Repository::hasChunk(const ChunkHash &hash) const
{
    return ::access(QFile::encodeName(chunkPath(hash)).constData(), F_OK) == 0;
}

// Random data (encrypted or already compressed blocks) does not shrink:
// compress two small samples first and skip the whole chunk when they don't.
static bool worthCompressing(const char *data, qint64 length, std::vector<char> &scratch)
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

Result<qint64> Repository::putChunk(const ChunkHash &hash, const char *data, qint64 length)
{
    const QString target = chunkPath(hash);
    if (hasChunk(hash))
        return qint64(0);
    thread_local std::vector<char> buffer;
    buffer.resize(ZSTD_compressBound(static_cast<size_t>(length)));
    size_t packed = 0;
    bool useZstd = false;
    if (worthCompressing(data, length, buffer)) {
        packed =
            ZSTD_compressCCtx(zstd.c, buffer.data(), buffer.size(), data, static_cast<size_t>(length), 1);
        useZstd = !ZSTD_isError(packed) && packed < static_cast<size_t>(length) - length / 32;
    }
    char header[HeaderSize] = {};
    std::memcpy(header, ChunkMagic, 4);
    header[4] = static_cast<char>(useZstd ? CodecZstd : CodecRaw);
    const quint64 raw = qToLittleEndian(static_cast<quint64>(length));
    std::memcpy(header + 8, &raw, 8);
    struct iovec iov[2] = {
        {header, HeaderSize},
        {useZstd ? buffer.data() : const_cast<char *>(data), useZstd ? packed : static_cast<size_t>(length)}};
    if (auto r = atomicWriteV(m_path, target, iov, 2, true); !r)
        return fail(r.error());
    return static_cast<qint64>(HeaderSize + iov[1].iov_len);
}

Result<void> Repository::getChunkInto(const ChunkHash &hash, char *out, qint64 capacity, qint64 *length) const
{
    const QString path = chunkPath(hash);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Repository", "Chunk %1 is missing from the repository.")
                        .arg(hex(hash)));
    thread_local QByteArray file;
    file.resize(f.size());
    if (f.read(file.data(), file.size()) != file.size() || file.size() < HeaderSize ||
        std::memcmp(file.constData(), ChunkMagic, 4) != 0)
        return fail(QCoreApplication::translate("Repository", "Chunk %1 is damaged (unreadable header).")
                        .arg(hex(hash)));
    quint64 raw;
    std::memcpy(&raw, file.constData() + 8, 8);
    raw = qFromLittleEndian(raw);
    if (raw > static_cast<quint64>(capacity))
        return fail(
            QCoreApplication::translate("Repository", "Chunk %1 is damaged (bad length).").arg(hex(hash)));
    const char *payload = file.constData() + HeaderSize;
    const size_t payloadSize = static_cast<size_t>(file.size() - HeaderSize);
    if (file.at(4) == CodecZstd) {
        const size_t n =
            ZSTD_decompressDCtx(zstd.d, out, static_cast<size_t>(capacity), payload, payloadSize);
        if (ZSTD_isError(n) || n != raw)
            return fail(QCoreApplication::translate("Repository", "Chunk %1 is damaged (cannot decompress).")
                            .arg(hex(hash)));
    } else if (file.at(4) == CodecRaw && payloadSize == raw) {
        std::memcpy(out, payload, raw);
    } else {
        return fail(QCoreApplication::translate("Repository", "Chunk %1 is damaged (unknown encoding).")
                        .arg(hex(hash)));
    }
    if (sha256(out, static_cast<qint64>(raw)) != hash)
        return fail(QCoreApplication::translate("Repository", "Chunk %1 is damaged (checksum mismatch).")
                        .arg(hex(hash)));
    *length = static_cast<qint64>(raw);
    return {};
}

Result<QByteArray> Repository::getChunk(const ChunkHash &hash) const
{
    QByteArray data(ChunkSize, Qt::Uninitialized);
    qint64 length = 0;
    if (auto r = getChunkInto(hash, data.data(), data.size(), &length); !r)
        return fail(r.error());
    data.truncate(length);
    return data;
}

static QJsonObject manifestJson(const Manifest &m)
{
    QJsonArray chunks;
    for (auto it = m.chunks.cbegin(); it != m.chunks.cend(); ++it)
        chunks.append(QJsonArray{it.key(), it->isEmpty() ? QJsonValue() : QJsonValue(Repository::hex(*it))});
    return QJsonObject{{QStringLiteral("format"), Repository::FormatVersion},
                       {QStringLiteral("backup"), m.record.toJson()},
                       {QStringLiteral("volume_size"), m.volumeSize},
                       {QStringLiteral("chunk_size"), m.chunkSize},
                       {QStringLiteral("chunks"), chunks}};
}

static Result<void> syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString reason = sysError();
        if (fd >= 0)
            ::close(fd);
        return fail(QCoreApplication::translate("Repository", "Cannot flush the repository directory %1: %2")
                        .arg(path, reason));
    }
    ::close(fd);
    return {};
}

Result<void> Repository::writeManifest(const Manifest &m)
{
    if (auto r = atomicWrite(manifestPath(m.record.id),
                             QJsonDocument(manifestJson(m)).toJson(QJsonDocument::Compact), true);
        !r)
        return r;
    return syncDirectory(m_path + QStringLiteral("/manifests"));
}

static Result<QJsonObject> readJson(const QString &path, const QString &id)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(QCoreApplication::translate("Repository",
                                                "The manifest of backup %1 is missing from the repository.")
                        .arg(id));
    QJsonParseError err;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("Repository", "The manifest of backup %1 is damaged: %2")
                        .arg(id, err.errorString()));
    const auto o = doc.object();
    if (o.value(QStringLiteral("format")).toInt() != Repository::FormatVersion)
        return fail(
            QCoreApplication::translate("Repository", "The manifest of backup %1 has an unknown format.")
                .arg(id));
    return o;
}

Result<Manifest> Repository::readManifest(const QString &backupId) const
{
    auto json = readJson(manifestPath(backupId), backupId);
    if (!json)
        return fail(json.error());
    Manifest m;
    m.record = Backup::fromJson(json->value(QStringLiteral("backup")).toObject());
    m.volumeSize = json->value(QStringLiteral("volume_size")).toInteger();
    m.chunkSize = json->value(QStringLiteral("chunk_size")).toInteger();
    if (m.chunkSize != ChunkSize || m.record.id != backupId || m.volumeSize < 0)
        return fail(
            QCoreApplication::translate("Repository", "The manifest of backup %1 is damaged.").arg(backupId));
    const auto chunks = json->value(QStringLiteral("chunks")).toArray();
    for (const auto &c : chunks) {
        const auto pair = c.toArray();
        const qint64 index = pair.at(0).toInteger(-1);
        const QByteArray hash = QByteArray::fromHex(pair.at(1).toString().toLatin1());
        if (index < 0 || (!pair.at(1).isNull() && hash.size() != 32))
            return fail(QCoreApplication::translate("Repository", "The manifest of backup %1 is damaged.")
                            .arg(backupId));
        m.chunks.insert(index, hash);
    }
    return m;
}

Result<Backup> Repository::readManifestRecord(const QString &backupId) const
{
    auto json = readJson(manifestPath(backupId), backupId);
    if (!json)
        return fail(json.error());
    return Backup::fromJson(json->value(QStringLiteral("backup")).toObject());
}

Result<void> Repository::updateManifestRecord(const Backup &record)
{
    auto json = readJson(manifestPath(record.id), record.id);
    if (!json)
        return fail(json.error());
    json->insert(QStringLiteral("backup"), record.toJson());
    return atomicWrite(manifestPath(record.id), QJsonDocument(*json).toJson(QJsonDocument::Compact), true);
}

bool Repository::hasManifest(const QString &backupId) const
{
    return QFile::exists(manifestPath(backupId));
}

Result<void> Repository::removeManifest(const QString &backupId)
{
    const QString path = manifestPath(backupId);
    if (QFile::exists(path) && !QFile::remove(path))
        return fail(QCoreApplication::translate("Repository", "Cannot remove the manifest of backup %1.")
                        .arg(backupId));
    return {};
}

QStringList Repository::manifestIds() const
{
    QStringList ids;
    const auto files =
        QDir(m_path + QStringLiteral("/manifests")).entryList({QStringLiteral("*.json")}, QDir::Files);
    for (const auto &f : files)
        ids << f.chopped(5);
    return ids;
}

Result<void> Repository::syncChunkDirectories(const QList<ChunkHash> &hashes)
{
    // Each chunk file was fsync'd before its rename; the renames become
    // durable with their directories. Only this backup's directories, never
    // the whole filesystem (syncfs would wait for everyone's dirty data).
    bool seen[256] = {};
    for (const ChunkHash &h : hashes) {
        if (h.isEmpty())
            continue;
        const auto first = static_cast<unsigned char>(h.at(0));
        if (seen[first])
            continue;
        seen[first] = true;
        if (auto r = syncDirectory(m_path + QStringLiteral("/chunks/") + hex(h).left(2)); !r)
            return r;
    }
    return {};
}

static int openLockFile(const QString &repo)
{
    return ::open(QFile::encodeName(repo + QStringLiteral("/locks/gc.lock")).constData(),
                  O_RDWR | O_CREAT | O_CLOEXEC, 0644);
}

Result<std::unique_ptr<Repository::Lock>> Repository::lockShared() const
{
    const int fd = openLockFile(m_path);
    if (fd < 0)
        return fail(
            QCoreApplication::translate("Repository", "Cannot open the repository lock: %1").arg(sysError()));
    // gc holds it only briefly; wait for it.
    while (::flock(fd, LOCK_SH) != 0) {
        if (errno != EINTR) {
            ::close(fd);
            return fail(
                QCoreApplication::translate("Repository", "Cannot lock the repository: %1").arg(sysError()));
        }
    }
    return std::make_unique<Lock>(fd);
}

Result<std::unique_ptr<Repository::Lock>> Repository::lockExclusive(const std::atomic_bool *cancel) const
{
    const int fd = openLockFile(m_path);
    if (fd < 0)
        return fail(
            QCoreApplication::translate("Repository", "Cannot open the repository lock: %1").arg(sysError()));
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        if (cancel && cancel->load()) {
            ::close(fd);
            return fail(QCoreApplication::translate("Repository", "Cancelled."));
        }
        QThread::msleep(100);
    }
    return std::make_unique<Lock>(fd);
}

Result<GcStats> Repository::gc(const std::atomic_bool *cancel, const ProgressFn &progress)
{
    auto lock = lockExclusive(cancel);
    if (!lock)
        return fail(lock.error());
    QStringList unreadable;
    const QSet<ChunkHash> referenced = referencedChunks(&unreadable);
    if (!unreadable.isEmpty()) // never delete chunks on the strength of an unreadable manifest
        return fail(QCoreApplication::translate("Repository", "Garbage collection stopped: %1")
                        .arg(unreadable.first()));
    GcStats stats;
    QDirIterator it(m_path + QStringLiteral("/chunks"), QDir::Files, QDirIterator::Subdirectories);
    qint64 seen = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (cancel && cancel->load())
            return fail(QCoreApplication::translate("Repository", "Cancelled."));
        if (referenced.contains(QByteArray::fromHex(it.fileName().toLatin1()))) {
            ++stats.chunksKept;
        } else {
            const qint64 size = it.fileInfo().size();
            if (QFile::remove(path)) {
                ++stats.chunksRemoved;
                stats.bytesFreed += size;
            }
        }
        if (progress)
            progress(++seen, 0);
    }
    // Under the exclusive lock no backup runs, so every temp file is a leftover.
    const auto temps = QDir(m_path + QStringLiteral("/tmp")).entryInfoList(QDir::Files);
    for (const auto &fi : temps) {
        if (QFile::remove(fi.absoluteFilePath()))
            ++stats.tempFilesRemoved;
    }
    return stats;
}

Result<VerifyStats> Repository::verifyChunks(const QList<ChunkHash> &hashes, const std::atomic_bool *cancel,
                                             const ProgressFn &progress) const
{
    VerifyStats stats;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    qint64 i = 0;
    for (const auto &h : hashes) {
        if (cancel && cancel->load())
            return fail(QCoreApplication::translate("Repository", "Cancelled."));
        qint64 length = 0;
        if (auto r = getChunkInto(h, buffer.data(), buffer.size(), &length); !r)
            stats.problems << r.error();
        else
            stats.bytesChecked += length;
        ++stats.chunksChecked;
        if (progress)
            progress(++i, hashes.size());
    }
    return stats;
}

QSet<ChunkHash> Repository::referencedChunks(QStringList *unreadable) const
{
    QSet<ChunkHash> all;
    const QStringList ids = manifestIds();
    for (const QString &id : ids) {
        auto m = readManifest(id);
        if (!m) {
            *unreadable << m.error();
            continue;
        }
        for (const auto &h : std::as_const(m->chunks)) {
            if (!h.isEmpty())
                all.insert(h);
        }
    }
    return all;
}

} // namespace cb
