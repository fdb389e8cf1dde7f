#include "repository/Repository.h"

#include "repository/RepositoryFiles.h"
#include "util/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QThread>
#include <QtEndian>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace cb {

Q_LOGGING_CATEGORY(lcRepository, "cloudbackup.repository", QtInfoMsg)

using namespace repofiles;

namespace {
constexpr char ChunkMagic[4] = {'C', 'B', 'K', '1'};
constexpr quint8 CodecRaw = 0;
constexpr quint8 CodecZstd = 1;
constexpr int HeaderSize = 16; // magic, codec, 3 reserved, 8 bytes raw length (LE)
const auto FormatFile = QStringLiteral("cloudbackup-repository.json");
const QStringList Subdirs = {QStringLiteral("chunks"),  QStringLiteral("indexes"), QStringLiteral("records"),
                             QStringLiteral("staging"), QStringLiteral("damaged"), QStringLiteral("tmp"),
                             QStringLiteral("locks")};

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

Repository::Lock::~Lock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

static QString chunkFolder(int i)
{
    return QStringLiteral("chunks/%1").arg(i, 2, 16, QLatin1Char('0'));
}

Result<void> Repository::writeFormat(const QString &event) const
{
    const QJsonObject o{{QStringLiteral("format"), FormatVersion},
                        {QStringLiteral("chunk_size"), ChunkSize},
                        {QStringLiteral("hash"), QStringLiteral("sha256")},
                        {QStringLiteral("compression"), QStringLiteral("zstd")},
                        {QStringLiteral("index"), QStringLiteral("cbix-1")},
                        {event, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    return atomicWrite(m_path + u'/' + FormatFile, QJsonDocument(o).toJson());
}

Result<void> Repository::create(const QString &path)
{
    QDir dir(path);
    if (!privatefiles::makeDirectory(dir.absolutePath()))
        return fail(deferTr("Repository", "Cannot create the repository directory %1.").arg(path));
    for (const QString &sub : Subdirs) {
        if (!privatefiles::makeDirectory(dir.filePath(sub)))
            return fail(
                deferTr("Repository", "Cannot create the repository directory %1.").arg(dir.filePath(sub)));
    }
    for (int i = 0; i < 256; ++i)
        privatefiles::makeDirectory(dir.filePath(chunkFolder(i)));
    Repository repo(dir.absolutePath());
    // The format file comes last: a folder without it is not a repository.
    return repo.writeFormat(QStringLiteral("created_at"));
}

static bool isMissingOrEmpty(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists() && !fi.isSymLink())
        return true;
    return fi.isDir() && !fi.isSymLink() &&
           QDir(path)
               .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)
               .isEmpty();
}

Result<void> Repository::init(const QString &path)
{
    if (QFileInfo::exists(path + u'/' + FormatFile))
        return fail(deferTr("Repository", "%1 is already a cloudbackup repository.").arg(path));
    if (!isMissingOrEmpty(path))
        return fail(
            deferTr("Repository", "%1 is not empty; a repository is created only in a new or empty folder.")
                .arg(path));
    return create(path);
}

Result<std::shared_ptr<Repository>> Repository::open(const QString &path, Open mode)
{
    const QString format = path + u'/' + FormatFile;
    if (!QFileInfo::exists(format)) {
        if (mode == Open::CreateIfAbsent && isMissingOrEmpty(path)) {
            if (auto r = create(path); !r)
                return fail(r);
        } else if (!QFileInfo::exists(path)) {
            return fail(
                deferTr("Repository",
                        "There is no repository at %1. Create one with \"cloudbackupctl repo init %1\".")
                    .arg(path));
        } else {
            return fail(deferTr("Repository",
                                "%1 is not a cloudbackup repository (it has no %2). Check --repository, or "
                                "create a repository in an empty folder with \"cloudbackupctl repo init\".")
                            .arg(path, FormatFile));
        }
    }
    QFile file(format);
    if (!file.open(QIODevice::ReadOnly))
        return fail(deferTr("Repository", "Cannot read %1.").arg(format));
    QJsonParseError err;
    const auto o = QJsonDocument::fromJson(file.readAll(), &err).object();
    const int version = o.value(QStringLiteral("format")).toInt();
    if (err.error != QJsonParseError::NoError || version <= 0)
        return fail(deferTr("Repository", "The format file %1 is damaged.").arg(format));
    if (version > FormatVersion)
        return fail(
            deferTr("Repository",
                    "The repository %1 has format %2; this version of cloudbackup reads formats up to %3. "
                    "Use a newer cloudbackup.")
                .arg(path)
                .arg(version)
                .arg(FormatVersion));
    if (o.value(QStringLiteral("chunk_size")).toInteger() != ChunkSize)
        return fail(deferTr("Repository", "The repository %1 uses an unsupported chunk size.").arg(path));
    std::shared_ptr<Repository> repo(new Repository(QDir(path).absolutePath()));
    // Before anything is written (an upgrade writes too): no link is followed out.
    if (auto r = repo->checkLayout(); !r)
        return fail(r);
    if (version < FormatVersion) {
        if (auto r = repo->upgradeFrom1(); !r)
            return fail(r);
    }
    // Repositories made by earlier releases were readable by every local user.
    privatefiles::tightenTree(repo->m_path);
    repo->removeStaleTemps();
    repo->removeStaleStaging();
    return repo;
}

Result<void> Repository::checkLayout() const
{
    // Nothing inside is followed through a symbolic link: a link could make
    // cleanup or a write reach files the repository did not make.
    QStringList folders = Subdirs;
    for (int i = 0; i < 256; ++i)
        folders << chunkFolder(i);
    for (const QString &sub : std::as_const(folders)) {
        const QString p = m_path + u'/' + sub;
        if (!isRealDirectory(p))
            privatefiles::makeDirectory(p); // a folder lost by hand is made again; a link is refused below
        if (!isRealDirectory(p))
            return fail(
                deferTr("Repository",
                        "%1 is not a plain folder (a symbolic link?); the repository does not follow links.")
                    .arg(p));
    }
    return {};
}

QString Repository::tempPath() const
{
    return m_path + QStringLiteral("/tmp/") + tempFileName();
}

void Repository::removeStaleTemps() const
{
    // Only files this program names (.cbtmp-PID-...) of writers that are gone.
    const QDir dir(m_path + QStringLiteral("/tmp"));
    const auto names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const qint64 pid = tempFileOwner(name);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH)
            removeRegularFile(dir.filePath(name));
    }
}

void Repository::removeStaleStaging() const
{
    // A staging area whose lock nobody holds belongs to a backup that died.
    const QDir dir(m_path + QStringLiteral("/staging"));
    const auto locks = dir.entryList({QStringLiteral("*.lock")}, QDir::Files);
    for (const QString &lock : locks) {
        const QString jobId = lock.chopped(5);
        if (!isJobId(jobId))
            continue;
        const int fd =
            ::open(QFile::encodeName(dir.filePath(lock)).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) {
            removeFlatDirectory(dir.filePath(jobId));
            ::unlink(QFile::encodeName(dir.filePath(lock)).constData());
        }
        ::close(fd);
    }
}

QString Repository::chunkPath(const ChunkHash &hash) const
{
    const QString h = hex(hash);
    return m_path + QStringLiteral("/chunks/") + h.left(2) + u'/' + h;
}

QString Repository::indexPath(const QString &backupId) const
{
    return m_path + QStringLiteral("/indexes/") + backupId + QStringLiteral(".cbix");
}

QString Repository::recordPath(const QString &backupId) const
{
    return m_path + QStringLiteral("/records/") + backupId + QStringLiteral(".json");
}

Result<void> Repository::atomicWrite(const QString &target, const QByteArray &data, bool durable) const
{
    struct iovec iov = {const_cast<char *>(data.constData()), static_cast<size_t>(data.size())};
    if (auto r = writeFileAtomically(tempPath(), target, &iov, 1, durable); !r)
        return r;
    return durable ? syncDirectory(QFileInfo(target).absolutePath()) : Result<void>();
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

Result<std::unique_ptr<Repository::Staging>> Repository::beginStaging(const QString &jobId) const
{
    const QString dir = m_path + QStringLiteral("/staging/") + jobId;
    const QByteArray lock = QFile::encodeName(dir + QStringLiteral(".lock"));
    const int fd = ::open(lock.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0 || ::flock(fd, LOCK_EX) != 0 ||
        ::mkdir(QFile::encodeName(dir).constData(), privatefiles::DirMode) != 0) {
        if (fd >= 0)
            ::close(fd);
        return fail(deferTr("Repository", "Cannot create the staging folder %1: %2").arg(dir, sysError()));
    }
    return std::unique_ptr<Staging>(new Staging(*this, dir, fd));
}

bool Repository::Staging::claim(const ChunkHash &hash)
{
    QMutexLocker lock(&m_mutex);
    if (m_hashes.contains(hash))
        return false;
    m_hashes.insert(hash);
    return true;
}

Result<void> Repository::Staging::commit()
{
    QMutexLocker lock(&m_mutex);
    bool seen[256] = {};
    for (const ChunkHash &h : std::as_const(m_hashes)) {
        const QString from = m_dir + u'/' + hex(h);
        const QString to = m_repo.chunkPath(h);
        if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
            return fail(deferTr("Repository", "Cannot move chunk %1 into the repository: %2")
                            .arg(hex(h), sysError()));
        seen[static_cast<unsigned char>(h.at(0))] = true;
    }
    // Each chunk was fsync'd when written; the renames become durable with
    // their directories. Only these directories, never the whole filesystem
    // (syncfs would wait for everyone's dirty data).
    for (int i = 0; i < 256; ++i) {
        if (!seen[i])
            continue;
        if (auto r = syncDirectory(m_repo.m_path + u'/' + chunkFolder(i)); !r)
            return r;
    }
    m_committed = true;
    return {};
}

Repository::Staging::~Staging()
{
    removeFlatDirectory(m_dir);
    ::unlink(QFile::encodeName(m_dir + QStringLiteral(".lock")).constData());
    ::close(m_lockFd);
}

Result<qint64> Repository::putChunk(Staging &staging, const ChunkHash &hash, const char *data,
                                    qint64 length) const
{
    if (hasChunk(hash) || !staging.claim(hash))
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
    if (auto r = writeFileAtomically(tempPath(), staging.m_dir + u'/' + hex(hash), iov, 2); !r)
        return fail(r);
    return static_cast<qint64>(HeaderSize + iov[1].iov_len);
}

Result<void> Repository::getChunkInto(const ChunkHash &hash, char *out, qint64 capacity, qint64 *length) const
{
    QFile f(chunkPath(hash));
    if (!f.open(QIODevice::ReadOnly))
        return fail(deferTr("Repository", "Chunk %1 is missing from the repository.").arg(hex(hash)));
    thread_local QByteArray file;
    file.resize(f.size());
    if (f.read(file.data(), file.size()) != file.size() || file.size() < HeaderSize ||
        std::memcmp(file.constData(), ChunkMagic, 4) != 0)
        return fail(deferTr("Repository", "Chunk %1 is damaged (unreadable header).").arg(hex(hash)));
    quint64 raw;
    std::memcpy(&raw, file.constData() + 8, 8);
    raw = qFromLittleEndian(raw);
    if (raw > static_cast<quint64>(capacity))
        return fail(deferTr("Repository", "Chunk %1 is damaged (bad length).").arg(hex(hash)));
    const char *payload = file.constData() + HeaderSize;
    const size_t payloadSize = static_cast<size_t>(file.size() - HeaderSize);
    if (file.at(4) == CodecZstd) {
        const size_t n =
            ZSTD_decompressDCtx(zstd.d, out, static_cast<size_t>(capacity), payload, payloadSize);
        if (ZSTD_isError(n) || n != raw)
            return fail(deferTr("Repository", "Chunk %1 is damaged (cannot decompress).").arg(hex(hash)));
    } else if (file.at(4) == CodecRaw && payloadSize == raw) {
        std::memcpy(out, payload, raw);
    } else {
        return fail(deferTr("Repository", "Chunk %1 is damaged (unknown encoding).").arg(hex(hash)));
    }
    if (sha256(out, static_cast<qint64>(raw)) != hash)
        return fail(deferTr("Repository", "Chunk %1 is damaged (checksum mismatch).").arg(hex(hash)));
    *length = static_cast<qint64>(raw);
    return {};
}

Result<QByteArray> Repository::getChunk(const ChunkHash &hash) const
{
    QByteArray data(ChunkSize, Qt::Uninitialized);
    qint64 length = 0;
    if (auto r = getChunkInto(hash, data.data(), data.size(), &length); !r)
        return fail(r);
    data.truncate(length);
    return data;
}

Result<void> Repository::quarantine(const ChunkHash &hash) const
{
    const QByteArray from = QFile::encodeName(chunkPath(hash));
    const QByteArray to = QFile::encodeName(m_path + QStringLiteral("/damaged/") + hex(hash));
    if (::rename(from.constData(), to.constData()) != 0 && errno != ENOENT)
        return fail(
            deferTr("Repository", "Cannot move the damaged chunk %1 aside: %2").arg(hex(hash), sysError()));
    qCWarning(lcRepository) << "chunk moved aside as damaged:" << hex(hash);
    return {};
}

Repository::PendingIndex::~PendingIndex()
{
    if (!m_committed && m_file.isOpen()) {
        m_file.close();
        m_file.remove();
    }
}

Result<void> Repository::PendingIndex::commit()
{
    if (auto r = m_writer->finish(); !r)
        return r;
    if (::fsync(m_file.handle()) != 0)
        return fail(deferTr("Repository", "Cannot write %1: %2").arg(m_target, sysError()));
    m_file.close();
    if (::rename(QFile::encodeName(m_file.fileName()).constData(), QFile::encodeName(m_target).constData()) !=
        0) {
        const QString reason = sysError();
        m_file.remove();
        return fail(deferTr("Repository", "Cannot write %1: %2").arg(m_target, reason));
    }
    m_committed = true;
    return syncDirectory(m_repo->m_path + QStringLiteral("/indexes"));
}

Result<std::unique_ptr<Repository::PendingIndex>> Repository::createIndex(const IndexHeader &header) const
{
    std::unique_ptr<PendingIndex> p(new PendingIndex);
    p->m_repo = this;
    p->m_target = indexPath(header.record.id);
    p->m_file.setFileName(tempPath());
    // NewOnly is O_EXCL: a link in its place is not followed.
    if (!p->m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                        QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return fail(
            deferTr("Repository", "Cannot write %1: %2").arg(p->m_file.fileName(), p->m_file.errorString()));
    p->m_writer = std::make_unique<IndexWriter>(p->m_file, header);
    return p;
}

Result<std::unique_ptr<IndexReader>> Repository::openIndex(const QString &backupId) const
{
    return IndexReader::open(indexPath(backupId), backupId);
}

bool Repository::hasIndex(const QString &backupId) const
{
    return QFileInfo::exists(indexPath(backupId));
}

Result<void> Repository::removeBackup(const QString &backupId)
{
    for (const QString &path : {indexPath(backupId), recordPath(backupId)}) {
        if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
            return fail(
                deferTr("Repository", "Cannot remove the index of backup %1: %2").arg(backupId, sysError()));
    }
    return syncDirectory(m_path + QStringLiteral("/indexes"));
}

QStringList Repository::indexIds() const
{
    QStringList ids;
    const auto files =
        QDir(m_path + QStringLiteral("/indexes")).entryList({QStringLiteral("*.cbix")}, QDir::Files);
    for (const auto &f : files)
        ids << f.chopped(5);
    return ids;
}

Result<void> Repository::writeRecord(const Backup &record, bool durable) const
{
    Backup stored = record;
    stored.status = BackupStatus::Available;
    stored.error.clear();
    return atomicWrite(recordPath(record.id), QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact),
                       durable);
}

Result<Backup> Repository::readRecord(const QString &backupId) const
{
    QFile f(recordPath(backupId));
    if (f.open(QIODevice::ReadOnly)) {
        const auto o = QJsonDocument::fromJson(f.readAll()).object();
        Backup b = Backup::fromJson(o);
        if (b.id == backupId)
            return b;
    }
    auto index = openIndex(backupId);
    if (!index)
        return fail(index);
    return (*index)->header().record;
}

static int openLockFile(const QString &repo)
{
    return ::open(QFile::encodeName(repo + QStringLiteral("/locks/gc.lock")).constData(),
                  O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
}

Result<std::unique_ptr<Repository::Lock>> Repository::lockShared() const
{
    const int fd = openLockFile(m_path);
    if (fd < 0)
        return fail(deferTr("Repository", "Cannot open the repository lock: %1").arg(sysError()));
    // gc holds it only briefly; wait for it.
    while (::flock(fd, LOCK_SH) != 0) {
        if (errno != EINTR) {
            ::close(fd);
            return fail(deferTr("Repository", "Cannot lock the repository: %1").arg(sysError()));
        }
    }
    return std::make_unique<Lock>(fd);
}

std::unique_ptr<Repository::Lock> Repository::tryLockExclusive() const
{
    const int fd = openLockFile(m_path);
    if (fd < 0)
        return nullptr;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return nullptr;
    }
    return std::make_unique<Lock>(fd);
}

Result<std::unique_ptr<Repository::Lock>> Repository::lockExclusive(const std::atomic_bool *cancel) const
{
    for (;;) {
        if (auto lock = tryLockExclusive())
            return lock;
        if (cancel && cancel->load())
            return fail(deferTr("Repository", "Cancelled."));
        QThread::msleep(50);
    }
}

Result<GcStats> Repository::gc(const std::atomic_bool *cancel, const ProgressFn &progress)
{
    auto lock = lockExclusive(cancel);
    if (!lock)
        return fail(lock);
    QStringList unreadable;
    const QSet<ChunkHash> referenced = referencedChunks(&unreadable);
    if (!unreadable.isEmpty()) // never delete chunks on the strength of an unreadable index
        return fail(deferTr("Repository", "Garbage collection stopped: %1").arg(unreadable.first()));
    GcStats stats;
    QDirIterator it(m_path + QStringLiteral("/chunks"), QDir::Files, QDirIterator::Subdirectories);
    qint64 seen = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (cancel && cancel->load())
            return fail(deferTr("Repository", "Cancelled."));
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
    const auto before = QDir(m_path + QStringLiteral("/tmp")).count();
    removeStaleTemps();
    stats.tempFilesRemoved = before - QDir(m_path + QStringLiteral("/tmp")).count();
    return stats;
}

QSet<ChunkHash> Repository::referencedChunks(QStringList *unreadable, QStringList *unreadableIds) const
{
    QSet<ChunkHash> all;
    const QStringList ids = indexIds();
    for (const QString &id : ids) {
        auto index = openIndex(id);
        if (!index) {
            // Removed by a delete since the listing: nothing to keep for it.
            if (hasIndex(id)) {
                *unreadable << index.error();
                if (unreadableIds)
                    *unreadableIds << id;
            }
            continue;
        }
        while (!(*index)->atEnd()) {
            auto h = (*index)->next();
            if (!h)
                break;
            if (!h->isEmpty())
                all.insert(*h);
        }
        if (auto r = (*index)->checkRest(); !r) {
            *unreadable << r.error();
            if (unreadableIds)
                *unreadableIds << id;
        }
    }
    return all;
}

} // namespace cb
