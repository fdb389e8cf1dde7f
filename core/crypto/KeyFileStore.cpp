#include "crypto/KeyFileStore.h"

#include "util/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace cb::crypto::keyfilestore {

namespace {

constexpr qint64 MaxSize = 64 * 1024; // a key file is about 1 KiB

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

Error cannotWrite(const QString &path)
{
    return fail(deferTr("Crypto", "Cannot write the repository key file %1: %2.").arg(path, systemError()));
}

// Writes and flushes a private temporary file beside path; its name.
Result<QByteArray> writeTemporary(const QString &path, const QByteArray &keyFile)
{
    const QByteArray temp = QFile::encodeName(path) + ".new";
    ::unlink(temp.constData()); // left by a crash
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
                          privatefiles::FileMode);
    if (fd < 0)
        return cannotWrite(path);
    const bool ok =
        ::write(fd, keyFile.constData(), size_t(keyFile.size())) == keyFile.size() && ::fsync(fd) == 0;
    const Error e = ok ? Error{} : cannotWrite(path);
    ::close(fd);
    if (!ok) {
        ::unlink(temp.constData());
        return e;
    }
    return temp;
}

void syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

Result<QByteArray> read(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(
            deferTr("Crypto", "Cannot read the repository key file %1: %2.").arg(path, f.errorString()));
    if (f.size() > MaxSize)
        return fail(deferTr("Crypto", "%1 is too large to be a repository key file.").arg(path));
    return f.readAll();
}

Result<void> create(const QString &path, const QByteArray &keyFile)
{
    auto temp = writeTemporary(path, keyFile);
    if (!temp)
        return fail(temp);
    // link() never replaces: of two concurrent creators one fails.
    const bool linked = ::link(temp->constData(), QFile::encodeName(path).constData()) == 0;
    const int linkErrno = errno;
    ::unlink(temp->constData());
    if (!linked && linkErrno == EEXIST)
        return fail(deferTr("Crypto",
                            "The repository key file %1 exists already; it is never replaced by new "
                            "keys.")
                        .arg(path));
    errno = linkErrno;
    if (!linked)
        return cannotWrite(path);
    syncDirectory(path);
    return {};
}

Result<void> replace(const QString &path, const QByteArray &keyFile)
{
    auto temp = writeTemporary(path, keyFile);
    if (!temp)
        return fail(temp);
    if (::rename(temp->constData(), QFile::encodeName(path).constData()) != 0) {
        const Error e = cannotWrite(path);
        ::unlink(temp->constData());
        return e;
    }
    syncDirectory(path);
    return {};
}

} // namespace cb::crypto::keyfilestore
