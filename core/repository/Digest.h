#pragma once

#include <QByteArray>

namespace cb {

using ChunkHash = QByteArray; // 32 raw bytes of SHA-256; empty = all-zero chunk (a hole)

ChunkHash sha256(const char *data, qint64 length);
bool isAllZero(const char *data, qint64 length);

} // namespace cb
