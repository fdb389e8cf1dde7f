#include "repository/RepositoryFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <atomic>
#include <cerrno>
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

Result<void> writeFileAtomically(const QString &temp, const QString &target, const struct iovec *iov,
                                 int count, Flush flush)
{
    const QByteArray tmpName = QFile::encodeName(temp);
    const int fd = ::open(tmpName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return fail(deferTr("Repository", "Cannot write %1: %2").arg(temp, sysError()));
    auto r = writeAll(fd, iov, count);
    if (r && flush == Flush::Wait && ::fsync(fd) != 0)
        r = fail(sysError());
    if (r && flush == Flush::Start)
        ::sync_file_range(fd, 0, 0, SYNC_FILE_RANGE_WRITE); // a hint: the durable pass checks
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
