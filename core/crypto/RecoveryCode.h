#pragma once

#include "util/Result.h"

#include <QString>

namespace cb::crypto {

class Secret;

// The printable form of a recovery key: Crockford base32 (no I, L, O, U;
// read case-blind, with O as 0 and I, L as 1) in groups of four, four lines
// of seven groups, ending in a checksum so a mistyped character is caught
// before any key is tried. Dashes, spaces and line breaks are ignored.
namespace recoverycode {

constexpr int PayloadSize = 65; // a version byte and the 64 bytes of the repository's keys

QString encode(const Secret &payload);
Result<Secret> decode(const QString &text);

} // namespace recoverycode
} // namespace cb::crypto
