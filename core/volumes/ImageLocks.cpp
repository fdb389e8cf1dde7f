#include "volumes/ImageLocks.h"

#include <QFile>
#include <QList>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace cb {

ImageLocks ImageLocks::current()
{
    QFile f(QStringLiteral("/proc/locks"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    // This process's own POSIX and flock() locks are not another holder.
    ImageLocks locks = parse(f.readAll(), ::getpid());
    if (!locks.m_held.empty())
        locks.m_mountDevices = mountDevices();
    return locks;
}

// /proc/locks names a file by the device of its filesystem, which is what
// /proc/self/mountinfo shows ("36 25 0:39 / /mnt ..."); stat() may not: on
// btrfs it gives the device of the file's subvolume.
std::map<quint64, dev_t> ImageLocks::mountDevices()
{
    std::map<quint64, dev_t> out;
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        const QList<QByteArray> device = fields.value(2).split(':');
        if (device.size() == 2)
            out[fields[0].toULongLong()] = makedev(device[0].toUInt(), device[1].toUInt());
    }
    return out;
}

ImageLocks ImageLocks::parse(const QByteArray &procLocks, qint64 ownPid)
{
    ImageLocks out;
    Key key;
    for (const QByteArray &line : procLocks.split('\n')) {
        if (parseLine(line, ownPid, &key))
            out.m_held.insert(key);
    }
    return out;
}

// The OFD lock of a cloudbackup backup or restore, in any process.
static bool isOurs(const QList<QByteArray> &f)
{
    return f[1] == "OFDLCK" && f[6] == QByteArray::number(qint64(ImageLocks::OwnStart)) &&
           f[7] == QByteArray::number(qint64(ImageLocks::OwnStart + ImageLocks::OwnLength - 1));
}

// "1: POSIX  ADVISORY  READ 1234 fe:00:10953877 100 101". The kernel prints
// the file as "%02x:%02x:%lu" (device major and minor in hex, inode in
// decimal) and the pid of an OFD lock as -1: an open file description has no
// owning process, so our own range is what tells our OFD locks apart.
bool ImageLocks::parseLine(const QByteArray &line, qint64 ownPid, Key *key)
{
    const QList<QByteArray> f = line.simplified().split(' ');
    // A "->" line is a waiter blocked behind the lock above it: it holds nothing.
    if (f.size() < 8 || f[1] == "->")
        return false;
    // Leases and NFS delegations are caches that the kernel breaks on open, not held disks.
    if (f[1] != "FLOCK" && f[1] != "POSIX" && f[1] != "OFDLCK")
        return false;
    bool ok = false;
    const qint64 pid = f[4].toLongLong(&ok);
    if (!ok || pid == ownPid || isOurs(f))
        return false;
    const QList<QByteArray> file = f[5].split(':');
    if (file.size() != 3)
        return false;
    bool okMajor = false, okMinor = false, okInode = false;
    *key = {file[0].toULongLong(&okMajor, 16), file[1].toULongLong(&okMinor, 16),
            file[2].toULongLong(&okInode, 10)};
    return okMajor && okMinor && okInode;
}

bool ImageLocks::heldByOthers(const QString &path) const
{
    struct statx st = {};
    if (m_held.empty() ||
        ::statx(AT_FDCWD, QFile::encodeName(path).constData(), 0, STATX_INO | STATX_MNT_ID, &st) != 0)
        return false;
    if (heldByOthers(makedev(st.stx_dev_major, st.stx_dev_minor), st.stx_ino))
        return true;
    // Inode numbers repeat across btrfs subvolumes: matching by the filesystem
    // may see another subvolume's file as in use, never the other way round.
    const auto mount = m_mountDevices.find(st.stx_mnt_id);
    return (st.stx_mask & STATX_MNT_ID) && mount != m_mountDevices.end() &&
           heldByOthers(mount->second, st.stx_ino);
}

bool ImageLocks::heldByOthers(dev_t device, ino_t inode) const
{
    return m_held.count(Key{major(device), minor(device), inode}) > 0;
}

} // namespace cb
