#pragma once

#include "util/Result.h"

namespace cb::validate {

// Every user input is checked here, with a translated reason.
Result<void> volumeName(const QString &name);
Result<void> projectName(const QString &name);
// Account names are database login roles too: lowercase ASCII letters,
// digits, "_", "." and "-", starting with a letter, at most 63 characters.
Result<void> accountName(const QString &name);
Result<void> backupName(const QString &name);
Result<void> description(const QString &text);
Result<void> tag(const QString &tag);
// "1G", "512M", "4096", "1.5G" (binary units K/M/G/T, optional "iB"/"B").
Result<qint64> parseSize(const QString &text);
QString formatSize(qint64 bytes); // "1.5 GiB", locale-aware

inline constexpr int MaxVolumeName = 64;
inline constexpr int MaxBackupName = 128;
inline constexpr int MaxDescription = 1024;
inline constexpr int MaxTag = 64;

} // namespace cb::validate
