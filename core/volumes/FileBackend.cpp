#include "volumes/FileBackend.h"

#include "util/PrivateFiles.h"
#include "util/Validate.h"
#include "volumes/ImageLocks.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/falloc.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cb {

Q_LOGGING_CATEGORY(lcFileBackend, "cloudbackup.volumes", QtInfoMsg)

static QString sysError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// OFD lock on [start, start + length), length 0 meaning to the end of the
// file; fails with EAGAIN/EACCES when another holds a conflicting lock.
static bool ofdLock(int fd, short type, off_t start, off_t length)
{
    struct flock fl = {};
    fl.l_type = type;
    fl.l_whence = SEEK_SET;
    fl.l_start = start;
    fl.l_len = length;
    return ::fcntl(fd, F_OFD_SETLK, &fl) == 0;
}

// Our backups and restores lock only the range other cloudbackup processes
// recognise (see ImageLocks), so they do not make the volume look in use.
static bool ownLock(int fd, short type)
{
    return ofdLock(fd, type, ImageLocks::OwnStart, ImageLocks::OwnLength);
}

// A marker beside the image, write-locked (OFD) while one of our restores
// writes to it. Others test the lock without taking it (F_OFD_GETLK): a
// probe that took it, even briefly, made a starting restore fail.
static QString restoringMarker(const QString &imagePath)
{
    return imagePath + QStringLiteral(".restoring");
}

// "<name>.json" beside "<name>.img".
static QString metadataPath(const QString &imagePath)
{
    return imagePath.chopped(4) + QStringLiteral(".json");
}

enum class MarkerState
{
    None,
    Held,
    Stale
};

static MarkerState markerState(const QString &imagePath)
{
    const QByteArray path = QFile::encodeName(restoringMarker(imagePath));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return errno == ENOENT ? MarkerState::None : MarkerState::Stale;
    struct flock fl = {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    const bool held = ::fcntl(fd, F_OFD_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
    ::close(fd);
    return held ? MarkerState::Held : MarkerState::Stale;
}

// lstat(): what is at the path itself, a link not followed.
static bool entryAt(const QString &path, struct stat *st)
{
    return ::lstat(QFile::encodeName(path).constData(), st) == 0;
}

FileBackend::FileBackend(QString root) : m_root(std::move(root)) {}

// Nothing under the volumes folder is followed through a link: a linked
// project folder or image would make a restore overwrite, or a backup read,
// a file outside it. Every file is also opened with O_NOFOLLOW.
Result<void> FileBackend::checkPaths(const QString &project, const QString &name) const
{
    struct stat st;
    const QString dir = m_root + u'/' + project;
    if (entryAt(dir, &st) && !S_ISDIR(st.st_mode))
        return fail(deferTr("FileBackend",
                            "The folder of project \"%1\" (%2) is a symbolic link or not a folder; "
                            "cloudbackup does not follow links out of %3.")
                        .arg(project, QDir::toNativeSeparators(dir), QDir::toNativeSeparators(m_root)));
    const QString image = imagePath(project, name);
    for (const QString &path : {image, metadataPath(image), restoringMarker(image)}) {
        if (entryAt(path, &st) && !S_ISREG(st.st_mode))
            return fail(deferTr("FileBackend", "%1 is a symbolic link or not a regular file; cloudbackup "
                                               "does not follow links out of %2.")
                            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(m_root)));
    }
    return {};
}

Result<void> FileBackend::checkPaths(const QString &id) const
{
    auto parsed = parseId(id);
    if (!parsed)
        return fail(parsed);
    return checkPaths(parsed->first, parsed->second);
}

QString FileBackend::describe() const
{
    return QCoreApplication::translate("FileBackend", "File volumes in %1")
        .arg(QDir::toNativeSeparators(m_root));
}

QString FileBackend::makeId(const QString &project, const QString &name)
{
    return QStringLiteral("file:") + project + u'/' + name;
}

QString FileBackend::imagePath(const QString &project, const QString &name) const
{
    return m_root + u'/' + project + u'/' + name + QStringLiteral(".img");
}

Result<std::pair<QString, QString>> FileBackend::parseId(const QString &id) const
{
    if (!id.startsWith(QLatin1String("file:")))
        return fail(deferTr("FileBackend", "\"%1\" is not a file volume id.").arg(id));
    const QStringList parts = id.mid(5).split(u'/');
    if (parts.size() != 2 || !validate::projectName(parts[0]) || !validate::volumeName(parts[1]))
        return fail(deferTr("FileBackend", "\"%1\" is not a valid file volume id.").arg(id));
    return std::pair{parts[0], parts[1]};
}

Volume FileBackend::load(const QString &project, const QString &name, const ImageLocks &locks) const
{
    Volume v;
    v.id = makeId(project, name);
    v.name = name;
    v.project = project;
    v.type = QStringLiteral("file");
    v.device = imagePath(project, name);
    struct stat st;
    if (!checkPaths(project, name) || !entryAt(v.device, &st)) {
        v.status = VolumeStatus::Error; // listed, never followed; acting on it says why
        return v;
    }
    v.size = st.st_size;
    switch (markerState(v.device)) {
    case MarkerState::Held:
        v.status = VolumeStatus::Restoring;
        break;
    case MarkerState::Stale:
        v.status = VolumeStatus::Error;
        break;
    case MarkerState::None:
        v.status = locks.heldByOthers(v.device) ? VolumeStatus::InUse : VolumeStatus::Available;
        break;
    }
    return v;
}

Result<QList<Volume>> FileBackend::list()
{
    QList<Volume> out;
    const ImageLocks locks = ImageLocks::current(); // once for all volumes, not per image
    const QDir root(m_root);
    const auto projects = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &project : projects) {
        if (!validate::projectName(project))
            continue;
        struct stat st;
        if (!entryAt(root.filePath(project), &st) || !S_ISDIR(st.st_mode)) {
            // Not entered: its volumes would lie outside the volumes folder.
            qCWarning(lcFileBackend).noquote()
                << "not listing project folder" << root.filePath(project) << "(a symbolic link)";
            continue;
        }
        const QDir dir(root.filePath(project));
        // System: broken links too, shown as volumes in error.
        const auto images = dir.entryList({QStringLiteral("*.img")}, QDir::Files | QDir::System, QDir::Name);
        for (const QString &file : images) {
            const QString name = file.chopped(4);
            if (validate::volumeName(name))
                out << load(project, name, locks);
        }
    }
    return out;
}

Result<Volume> FileBackend::volume(const QString &id)
{
    auto parsed = parseId(id);
    if (!parsed)
        return fail(parsed);
    const auto [project, name] = *parsed;
    if (auto r = checkPaths(project, name); !r)
        return fail(r);
    struct stat st;
    if (!entryAt(imagePath(project, name), &st))
        return fail(deferTr("FileBackend", "The volume \"%1\" does not exist.").arg(id));
    return load(project, name, ImageLocks::current());
}

Result<Volume> FileBackend::create(const CreateVolumeParams &p)
{
    if (auto r = validate::volumeName(p.name); !r)
        return fail(r);
    if (auto r = validate::projectName(p.project); !r)
        return fail(r);
    if (!p.type.isEmpty() && p.type != QLatin1String("file"))
        return fail(deferTr("FileBackend", "File volumes have only the volume type \"file\", not \"%1\".")
                        .arg(p.type));
    if (p.size <= 0)
        return fail(deferTr("FileBackend", "The size must be greater than zero."));
    if (auto r = checkPaths(p.project, p.name); !r)
        return fail(r);
    if (!privatefiles::makeDirectory(m_root + u'/' + p.project))
        return fail(deferTr("FileBackend", "Cannot create the directory for project \"%1\".").arg(p.project));
    const QString path = imagePath(p.project, p.name);
    // A restore target gets its marker before the image exists: if the
    // restore dies at any instant, the volume reads "error", never "available".
    const QByteArray marker = QFile::encodeName(restoringMarker(path));
    struct stat st;
    if (p.forRestore && !entryAt(path, &st)) {
        const int m =
            ::open(marker.constData(), O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW, privatefiles::FileMode);
        if (m >= 0)
            ::close(m);
    }
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, privatefiles::FileMode);
    if (fd < 0) {
        const int error = errno;
        if (p.forRestore && error != EEXIST)
            ::unlink(marker.constData());
        errno = error;
        if (errno == EEXIST)
            return fail(deferTr("FileBackend", "A volume named \"%1\" already exists in project \"%2\".")
                            .arg(p.name, p.project));
        return fail(deferTr("FileBackend", "Cannot create the volume image %1: %2").arg(path, sysError()));
    }
    if (::ftruncate(fd, p.size) != 0) {
        const QString reason = sysError();
        ::close(fd);
        ::unlink(QFile::encodeName(path).constData());
        if (p.forRestore)
            ::unlink(marker.constData());
        return fail(deferTr("FileBackend", "Cannot size the volume image %1: %2").arg(path, reason));
    }
    ::close(fd);
    // Metadata beside the image, for people and tools that look at the
    // directory; the image itself stays a plain raw file.
    const Volume created = load(p.project, p.name, ImageLocks()); // nobody has a new image yet
    QJsonObject meta = created.toJson();
    meta.remove(QStringLiteral("status"));
    meta.insert(QStringLiteral("format"), QStringLiteral("raw"));
    meta.insert(QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    const int metaFd = ::open(QFile::encodeName(metadataPath(path)).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, privatefiles::FileMode);
    QFile metaFile;
    if (metaFd >= 0 && metaFile.open(metaFd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
        metaFile.write(QJsonDocument(meta).toJson());
    else if (metaFd >= 0)
        ::close(metaFd);
    return created;
}

Result<void> FileBackend::remove(const QString &id)
{
    auto v = volume(id);
    if (!v)
        return fail(v);
    if (v->status == VolumeStatus::InUse || v->status == VolumeStatus::Restoring)
        return fail(
            deferTr("FileBackend", "The volume \"%1\" is in use and cannot be deleted.").arg(v->name));
    if (!QFile::remove(v->device))
        return fail(deferTr("FileBackend", "Cannot delete %1.").arg(v->device));
    QFile::remove(restoringMarker(v->device));
    QFile::remove(metadataPath(v->device));
    return {};
}

namespace {

class FilePointInTime final : public PointInTime
{
public:
    FilePointInTime(int fd, qint64 size) : m_fd(fd), m_size(size) {}
    ~FilePointInTime() override { ::close(m_fd); }

    qint64 size() const override { return m_size; }

    Result<ChangeSet> changes(const QString &) override
    {
        // Files keep no change history: list the allocated ranges and let the
        // engine compare chunk hashes with the parent.
        ChangeSet set;
        qint64 pos = 0;
        while (pos < m_size) {
            const off_t data = ::lseek(m_fd, pos, SEEK_DATA);
            if (data < 0) {
                if (errno == ENXIO)
                    break;
                // No SEEK_DATA support: treat the whole file as data.
                set.extents = {Extent{0, m_size, true}};
                return set;
            }
            off_t hole = ::lseek(m_fd, data, SEEK_HOLE);
            if (hole < 0)
                hole = m_size;
            const qint64 end = std::min<qint64>(hole, m_size);
            if (end > data)
                set.extents << Extent{data, end - data, true};
            pos = end;
        }
        return set;
    }

    Result<void> read(qint64 offset, char *buffer, qint64 length) override
    {
        qint64 done = 0;
        while (done < length) {
            const ssize_t n = ::pread(m_fd, buffer + done, length - done, offset + done);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return fail(
                    deferTr("FileBackend", "Read error at offset %1: %2").arg(offset + done).arg(sysError()));
            }
            if (n == 0) { // the file shrank under us: the rest reads as zeros
                std::memset(buffer + done, 0, length - done);
                break;
            }
            done += n;
        }
        return {};
    }

    void commit() override {}
    void abandon() override {}

private:
    int m_fd;
    qint64 m_size;
};

class FileWriter final : public VolumeWriter
{
public:
    FileWriter(int fd, int directFd, QString marker, int markerFd)
        : m_fd(fd), m_directFd(directFd), m_marker(std::move(marker)), m_markerFd(markerFd)
    {}
    ~FileWriter() override
    {
        if (m_directFd >= 0)
            ::close(m_directFd);
        ::close(m_fd);
        if (m_finished)
            ::unlink(QFile::encodeName(m_marker).constData());
        // An unfinished restore keeps its marker: the volume shows "error".
        ::close(m_markerFd);
    }

    Result<void> write(qint64 offset, const char *data, qint64 length) override
    {
        // Whole aligned chunks go around the page cache: no copy, and the
        // filesystem lets several direct writers into one file at once.
        constexpr qint64 Align = 4096;
        const bool direct = m_directFd >= 0 && offset % Align == 0 && length % Align == 0 &&
                            reinterpret_cast<quintptr>(data) % Align == 0;
        const int fd = direct ? m_directFd : m_fd;
        qint64 done = 0;
        while (done < length) {
            const ssize_t n = ::pwrite(fd, data + done, length - done, offset + done);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                return fail(deferTr("FileBackend", "Write error at offset %1: %2")
                                .arg(offset + done)
                                .arg(sysError()));
            }
            done += n;
        }
        // Start writeback now, so the final flush has little left to wait for.
        if (!direct)
            ::sync_file_range(m_fd, offset, length, SYNC_FILE_RANGE_WRITE);
        return {};
    }

    Result<void> zero(qint64 offset, qint64 length) override
    {
        if (::fallocate(m_fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, length) == 0)
            return {};
        static const QByteArray zeros(ChunkSize, '\0');
        for (qint64 pos = 0; pos < length; pos += zeros.size()) {
            if (auto r = write(offset + pos, zeros.constData(), std::min<qint64>(zeros.size(), length - pos));
                !r)
                return r;
        }
        return {};
    }

    Result<void> finish() override
    {
        if (::fdatasync(m_fd) != 0)
            return fail(deferTr("FileBackend", "Cannot flush the volume: %1").arg(sysError()));
        m_finished = true;
        return {};
    }

private:
    int m_fd;
    int m_directFd; // -1 where the filesystem has no direct I/O (tmpfs)
    QString m_marker;
    int m_markerFd;
    bool m_finished = false;
};

} // namespace

Result<std::unique_ptr<PointInTime>> FileBackend::freeze(const QString &id, const QString &, bool force)
{
    auto v = volume(id);
    if (!v)
        return fail(v);
    const int fd = ::open(QFile::encodeName(v->device).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return fail(deferTr("FileBackend", "Cannot open the volume image %1: %2").arg(v->device, sysError()));
    // A shared lock keeps writers that honour locks (QEMU too) out while we
    // read: a consistent point in time. Looking for other holders only once
    // it is taken closes the window since the status was read. In use and
    // forced: read it live.
    const bool locked = ownLock(fd, F_RDLCK);
    if (!force && (!locked || ImageLocks::current().heldByOthers(v->device))) {
        ::close(fd);
        return fail(
            deferTr("FileBackend",
                    "The volume \"%1\" is in use. Use the force option to back it up while it is attached.")
                .arg(v->name));
    }
    return std::unique_ptr<PointInTime>(new FilePointInTime(fd, v->size));
}

Result<std::unique_ptr<VolumeWriter>> FileBackend::openForRestore(const QString &id, bool)
{
    auto v = volume(id);
    if (!v)
        return fail(v);
    const QByteArray marker = QFile::encodeName(restoringMarker(v->device));
    const int markerFd =
        ::open(marker.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, privatefiles::FileMode);
    if (markerFd < 0 || !ofdLock(markerFd, F_WRLCK, 0, 0)) {
        if (markerFd >= 0)
            ::close(markerFd);
        return fail(
            deferTr("FileBackend", "The volume \"%1\" is being restored by another job.").arg(v->name));
    }
    const int fd = ::open(QFile::encodeName(v->device).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    // Our write lock keeps out byte-range lockers; flock() holders only show in /proc/locks.
    if (fd < 0 || !ownLock(fd, F_WRLCK) || ImageLocks::current().heldByOthers(v->device)) {
        const QString reason = fd < 0 ? sysError() : QString();
        if (fd >= 0)
            ::close(fd);
        ::close(markerFd);
        if (v->status != VolumeStatus::Error)
            ::unlink(marker.constData());
        if (!reason.isEmpty())
            return fail(deferTr("FileBackend", "Cannot open the volume image %1: %2").arg(v->device, reason));
        return fail(deferTr("FileBackend", "The volume \"%1\" is in use; detach it before restoring over it.")
                        .arg(v->name));
    }
    const int directFd =
        ::open(QFile::encodeName(v->device).constData(), O_WRONLY | O_DIRECT | O_CLOEXEC | O_NOFOLLOW);
    return std::unique_ptr<VolumeWriter>(new FileWriter(fd, directFd, restoringMarker(v->device), markerFd));
}

Result<int> FileBackend::attach(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return fail(deferTr("FileBackend", "Cannot open the volume image %1: %2").arg(path, sysError()));
    // The whole file, as a VM that owns its disk: any lock counts as in use.
    if (!ofdLock(fd, F_WRLCK, 0, 0)) {
        ::close(fd);
        return fail(deferTr("FileBackend", "The volume image %1 is already attached.").arg(path));
    }
    return fd;
}

} // namespace cb
