#pragma once

// The other repository of `repo sync --to` and `backup restore --from`:
// its Ceph configuration (--to-ceph-conf / --from-ceph-conf, else the
// repository's, else the volumes') and, when it is encrypted, its passphrase
// (--to-password-file / --from-password-file, a private file, else
// CLOUDBACKUP_TARGET_REPOSITORY_PASSWORD / CLOUDBACKUP_SOURCE_REPOSITORY_PASSWORD,
// else asked on a terminal); never from the command line.

#include "cli/Command.h"

namespace cb::cli {

enum class OtherSide
{
    To,  // repo sync --to
    From // backup restore --from
};

Result<RepositoryRef> otherRepository(const Invocation &call, const QString &location, OtherSide side);
QList<Option> otherRepositoryOptions(OtherSide side);

} // namespace cb::cli
