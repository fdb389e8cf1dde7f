#pragma once

#include <QString>

#include <sys/types.h>

// Everything cloudbackup keeps (home, catalog, repository, file volumes) is
// for its owner only: folders 0700, files 0600, whatever the umask. Modes
// are given where things are made, so an engine embedded in any program
// stays private; the process umask is left alone.
namespace cb::privatefiles {

constexpr mode_t DirMode = 0700;
constexpr mode_t FileMode = 0600;

// Like "mkdir -p": every folder it makes is 0700. True when path is a folder at the end.
bool makeDirectory(const QString &path);
// Creates an empty 0600 file unless something (even a link) is there already.
bool createFile(const QString &path);
// Takes group and other access away from one file or folder, never through
// a link; shared folders (sticky bit, as /tmp) are left alone. True when it
// is private afterwards or missing.
bool tighten(const QString &path);
// Made by an earlier release (group or other may enter it): everything under
// the folder loses group and other access, then the folder itself. Links are
// neither followed nor changed. The folder goes last, so a folder that is
// already private was made or tightened by this release and is not walked
// again: one check per open, also for 100,000 chunk files. The folder itself
// may be a link (a home or repository placed elsewhere); nothing in it is.
bool tightenTree(const QString &path);

} // namespace cb::privatefiles
