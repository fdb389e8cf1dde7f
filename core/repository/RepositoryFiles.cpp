#include "repository/RepositoryFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>
#include <vector>

namespace cb::repofiles {

QString sysError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

bool isRealDirectory(const QString &path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

QString tempFileName()
{
    static std::atomic<quint64> counter{0};
    return QStringLiteral(".cbtmp-") + QString::number(::getpid()) + u'-' +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16) + u'-' +
           QString::number(counter++);
}

qint64 tempFileOwner(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\.cbtmp-([0-9]+)-[0-9a-f]+-[0-9]+$"));
    const auto m = pattern.match(name);
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

bool isJobId(const QString &name)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(name).hasMatch();
}

void removeRegularFile(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    struct stat st;
    if (::lstat(p.constData(), &st) == 0 && S_ISREG(st.st_mode))
        ::unlink(p.constData());
}

void removeFlatDirectory(const QString &path)
{
    if (!isRealDirectory(path))
        return;
    const auto names = QDir(path).entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names)
        removeRegularFile(path + u'/' + name);
    ::rmdir(QFile::encodeName(path).constData());
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

// O_DIRECT wants the buffer, the offset and the length aligned to the
// device's logical block; 4096 covers 512-byte and 4K-native disks alike.
constexpr size_t DirectAlign = 4096;

static size_t directPadded(size_t size)
{
    return (size + DirectAlign - 1) / DirectAlign * DirectAlign;
}

// Turns O_DIRECT on or off for an open file; false when the filesystem has none.
static bool setDirect(int fd, bool on)
{
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, on ? flags | O_DIRECT : flags & ~O_DIRECT) == 0;
}

// One aligned buffer per writing thread, kept for the thread's life: a new
// one per chunk would fault in fresh pages each time, the very cost that
// writing past the page cache avoids.
class DirectBuffer
{
public:
    ~DirectBuffer() { std::free(m_data); }
    char *reserve(size_t size)
    {
        if (size <= m_size)
            return m_data;
        std::free(m_data);
        m_data = nullptr;
        m_size = 0;
        void *p = nullptr;
        if (::posix_memalign(&p, DirectAlign, size) != 0)
            return nullptr;
        m_data = static_cast<char *>(p);
        m_size = size;
        return m_data;
    }

private:
    char *m_data = nullptr;
    size_t m_size = 0;
};

// Why past the page cache: a chunk is written once and read again only by a
// restore or a verify, so caching it evicts the host's own data; and on our
// 2-core VM a page-cache write of new data cost 6.8 ms of CPU per MiB (100
// MiB: 0.68 s system time buffered, 0.01 s O_DIRECT), memory the hypervisor
// had taken back being faulted in again page by page. The bytes are copied
// into one aligned buffer, written padded to the block size, and the file is
// cut to its length; a filesystem without O_DIRECT (tmpfs) gets the buffered write.
static Result<void> writeDirect(int fd, const struct iovec *iov, int count)
{
    size_t total = 0;
    for (int i = 0; i < count; ++i)
        total += iov[i].iov_len;
    const size_t padded = directPadded(total);
    thread_local DirectBuffer buffer;
    char *data = buffer.reserve(padded);
    if (!data || !setDirect(fd, true))
        return writeAll(fd, iov, count);
    size_t at = 0;
    for (int i = 0; i < count; ++i) {
        std::memcpy(data + at, iov[i].iov_base, iov[i].iov_len);
        at += iov[i].iov_len;
    }
    std::memset(data + total, 0, padded - total);
    for (size_t done = 0; done < padded;) {
        const ssize_t n = ::pwrite(fd, data + done, padded - done, off_t(done));
        if (n >= 0) {
            done += size_t(n);
            continue;
        }
        if (errno == EINTR)
            continue;
        if (errno != EINVAL || done != 0)
            return fail(sysError());
        // The filesystem refused the alignment: write through the cache.
        if (!setDirect(fd, false))
            return fail(sysError());
        return writeAll(fd, iov, count);
    }
    if (padded != total && ::ftruncate(fd, off_t(total)) != 0)
        return fail(sysError());
    return {};
}

Result<bool> readFileDirect(const QString &path, QByteArray *out)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return errno == ENOENT ? Result<bool>(false) : fail(sysError());
    struct stat st;
    if (::fstat(fd, &st) != 0) {
        const QString reason = sysError();
        ::close(fd);
        return fail(reason);
    }
    const size_t size = size_t(st.st_size);
    const size_t padded = directPadded(size);
    thread_local DirectBuffer buffer;
    char *data = padded ? buffer.reserve(padded) : nullptr;
    bool direct = data && setDirect(fd, true);
    out->resize(qsizetype(size));
    size_t done = 0;
    while (done < size) {
        const ssize_t n = direct ? ::pread(fd, data + done, padded - done, off_t(done))
                                 : ::pread(fd, out->data() + done, size - done, off_t(done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EINVAL && direct && done == 0 && setDirect(fd, false)) {
            direct = false; // the filesystem refused the alignment: read through the cache
            continue;
        }
        if (n <= 0) {
            const QString reason = n < 0 ? sysError() : QStringLiteral("the file is shorter than its size");
            ::close(fd);
            return fail(reason);
        }
        done += size_t(n);
    }
    ::close(fd);
    if (direct)
        std::memcpy(out->data(), data, size);
    return true;
}

Result<void> writeFileAtomically(const QString &temp, const QString &target, const struct iovec *iov,
                                 int count, Flush flush)
{
    const QByteArray tmpName = QFile::encodeName(temp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(deferTr("Repository", "Cannot write %1: %2").arg(temp, sysError()));
    auto r = flush == Flush::Direct ? writeDirect(fd, iov, count) : writeAll(fd, iov, count);
    if (r && flush == Flush::Wait && ::fsync(fd) != 0)
        r = fail(sysError());
    ::close(fd);
    if (r && ::rename(tmpName.constData(), QFile::encodeName(target).constData()) != 0)
        r = fail(sysError());
    if (!r) {
        ::unlink(tmpName.constData());
        return fail(deferTr("Repository", "Cannot write %1: %2").arg(target, r.error()));
    }
    return {};
}

Result<void> syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        const QString reason = sysError();
        if (fd >= 0)
            ::close(fd);
        return fail(deferTr("Repository", "Cannot flush the repository directory %1: %2").arg(path, reason));
    }
    ::close(fd);
    return {};
}

} // namespace cb::repofiles
