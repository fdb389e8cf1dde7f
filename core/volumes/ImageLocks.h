#pragma once

#include <QByteArray>
#include <QString>

#include <limits>
#include <map>
#include <set>
#include <sys/types.h>
#include <tuple>

namespace cb {

// Which files other processes hold locks on, read once from /proc/locks.
// A file volume is in use while any other process holds any lock on its
// image: QEMU takes shared OFD locks on single bytes, other tools POSIX
// byte-range locks or flock(); each of them means someone has the disk open.
class ImageLocks
{
public:
    // cloudbackup's own backups (read) and restores (write) take OFD locks on
    // exactly this range. It covers every byte QEMU and byte-range lockers
    // use, so lock-honouring writers stay out while we read or write; it ends
    // one byte short of the end of the off_t range, where no whole-file lock
    // ("to EOF") and no other tool ends, which is how one cloudbackup process
    // tells another's backup or restore from a VM.
    static constexpr off_t OwnStart = 0;
    static constexpr off_t OwnLength = std::numeric_limits<off_t>::max();

    // An empty table: nobody holds anything.
    ImageLocks() = default;
    // The locks on this machine now. Without a readable /proc/locks the
    // table is empty: nothing can be told about other processes.
    static ImageLocks current();
    // Parses /proc/locks text; locks held by ownPid and our own range are left out.
    static ImageLocks parse(const QByteArray &procLocks, qint64 ownPid);

    bool heldByOthers(const QString &path) const;
    bool heldByOthers(dev_t device, ino_t inode) const;

private:
    using Key = std::tuple<quint64, quint64, quint64>; // major, minor, inode
    static bool parseLine(const QByteArray &line, qint64 ownPid, Key *key);
    static std::map<quint64, dev_t> mountDevices();

    std::set<Key> m_held;
    std::map<quint64, dev_t> m_mountDevices; // mount id -> device of its filesystem
};

} // namespace cb
