#pragma once

#include "util/Result.h"

#include <QString>

struct iovec;

// File-system steps of the local repository: atomic writes, directory
// flushes, and removals that touch only what the repository itself made.
namespace cb::repofiles {

QString sysError();
// A directory, not a symbolic link to one.
bool isRealDirectory(const QString &path);
// ".cbtmp-PID-THREAD-COUNTER": a name only this program makes.
QString tempFileName();
// The PID in a temp file name of ours, or 0 when the name is not ours.
qint64 tempFileOwner(const QString &name);
bool isJobId(const QString &name);
// Removes the path only when it is a regular file (never through a link).
void removeRegularFile(const QString &path);
// Removes the regular files of one folder, then the folder (no recursion, no links).
void removeFlatDirectory(const QString &path);
// What writeFileAtomically waits for before the rename: the bytes on disk
// (Wait), or nothing (None). Direct writes the bytes past the page cache
// (O_DIRECT, where the filesystem has it) and leaves the durable pass
// (fdatasync: the file's size and the disk's cache) to a caller that makes
// many files durable in one pass.
enum class Flush
{
    Wait,
    Direct,
    None
};
// Writes the buffers to temp, flushes them as asked and renames temp to target.
Result<void> writeFileAtomically(const QString &temp, const QString &target, const struct iovec *iov,
                                 int count, Flush flush = Flush::Wait);
Result<void> syncDirectory(const QString &path);
// A whole file read past the page cache (O_DIRECT, where the filesystem has
// it), for the chunks writeFileAtomically(Flush::Direct) wrote; false when
// the file is missing.
Result<bool> readFileDirect(const QString &path, QByteArray *out);

} // namespace cb::repofiles
