#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace cb::crypto {

class Secret;

// Authenticated encryption of repository objects (chunks, indexes, records)
// with AES-256-GCM, and keyed chunk ids. Every call has its own OpenSSL
// context: safe from any number of threads with one key.
//
// Sealed object: version (1 byte) | nonce (12) | ciphertext | tag (16).
// The associated data binds an object to its kind and id, so an object
// moved to another name, or a chunk passed off as an index, fails to open.
namespace cipher {

constexpr int KeySize = 32;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;
constexpr int Overhead = 1 + NonceSize + TagSize;
constexpr char Version = 1;

// A fresh random nonce per object. With random nonces one key stays safe
// for about 2^32 objects: 16 PiB of 4 MiB chunks.
QByteArray seal(const Secret &key, QByteArrayView kind, QByteArrayView id, QByteArrayView plaintext);
// Fails, changing nothing, when the object was altered, truncated, sealed
// with another key, or stored under another kind or id.
Result<QByteArray> open(const Secret &key, QByteArrayView kind, QByteArrayView id, QByteArrayView sealed);
// The same, into a caller's buffer that is reused from chunk to chunk (a
// new 4 MiB buffer per chunk costs an allocation and fresh pages each time):
// sealInto seals head followed by body without copying them together first.
void sealInto(const Secret &key, QByteArrayView kind, QByteArrayView id, QByteArrayView head,
              QByteArrayView body, QByteArray &out);
Result<void> openInto(const Secret &key, QByteArrayView kind, QByteArrayView id, QByteArrayView sealed,
                      QByteArray &plain);

// HMAC-SHA-256 of the data under the repository's id key: 32 raw bytes.
// Equal data gives equal ids inside one repository (deduplication), but an
// id says nothing about the data to whoever lacks the key, unlike SHA-256.
QByteArray chunkId(const Secret &idKey, const char *data, qint64 length);

} // namespace cipher
} // namespace cb::crypto
