#include "util/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cb::privatefiles {

Q_LOGGING_CATEGORY(lcPrivate, "cloudbackup.files", QtInfoMsg)

namespace {

constexpr mode_t Shared = S_IRWXG | S_IRWXO;

bool isPrivate(const struct stat &st)
{
    return (st.st_mode & Shared) == 0 || (S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX));
}

mode_t privateMode(const struct stat &st)
{
    return st.st_mode & 07777 & ~Shared;
}

void warn(const char *what, const QString &path)
{
    qCWarning(lcPrivate).noquote() << "cannot make private:" << what << path << std::strerror(errno);
}

// One entry of a folder: regular files and folders only, never a link.
bool tightenAt(int dirFd, const char *name, const QString &path)
{
    struct stat st;
    if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT;
    if (!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
        return true;
    if (S_ISDIR(st.st_mode)) {
        const int fd = ::openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0) {
            warn("folder", path);
            return false;
        }
        bool ok = true;
        if (!isPrivate(st)) {
            // Children first, the folder last (see tightenTree).
            DIR *dir = ::fdopendir(::dup(fd));
            if (!dir) {
                warn("folder", path);
                ::close(fd);
                return false;
            }
            while (const struct dirent *e = ::readdir(dir)) {
                if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
                    continue;
                ok = tightenAt(::dirfd(dir), e->d_name, path + u'/' + QFile::decodeName(e->d_name)) && ok;
            }
            ::closedir(dir);
            if (ok && ::fchmod(fd, privateMode(st)) != 0) {
                warn("folder", path);
                ok = false;
            }
        }
        ::close(fd);
        return ok;
    }
    if (isPrivate(st))
        return true;
    if (::fchmodat(dirFd, name, privateMode(st), AT_SYMLINK_NOFOLLOW) == 0)
        return true;
    // C libraries before glibc 2.32 cannot change a mode without following;
    // fstatat() above saw a regular file.
    if ((errno == ENOTSUP || errno == EOPNOTSUPP) && ::fchmodat(dirFd, name, privateMode(st), 0) == 0)
        return true;
    warn("file", path);
    return false;
}

} // namespace

bool makeDirectory(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    const QByteArray p = QFile::encodeName(clean);
    struct stat st;
    if (::stat(p.constData(), &st) == 0)
        return S_ISDIR(st.st_mode);
    const QString parent = clean.section(u'/', 0, -2);
    if (!parent.isEmpty() && parent != clean && !makeDirectory(parent))
        return false;
    if (::mkdir(p.constData(), DirMode) == 0)
        return true;
    return errno == EEXIST && ::stat(p.constData(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool createFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, FileMode);
    if (fd < 0)
        return errno == EEXIST;
    ::close(fd);
    return true;
}

bool tighten(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    struct stat st;
    if (::lstat(p.constData(), &st) != 0)
        return errno == ENOENT;
    if ((!S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) || isPrivate(st))
        return true;
    if (::fchmodat(AT_FDCWD, p.constData(), privateMode(st), AT_SYMLINK_NOFOLLOW) == 0 ||
        ((errno == ENOTSUP || errno == EOPNOTSUPP) && ::chmod(p.constData(), privateMode(st)) == 0))
        return true;
    warn("", path);
    return false;
}

bool tightenTree(const QString &path)
{
    // The folder itself may be reached through a link; nothing under it is.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return errno == ENOENT;
    struct stat st;
    bool ok = ::fstat(fd, &st) == 0;
    if (ok && !isPrivate(st)) {
        qCInfo(lcPrivate).noquote() << "making private:" << path;
        ok = tightenAt(fd, ".", path);
    }
    ::close(fd);
    return ok;
}

} // namespace cb::privatefiles
