#include "crypto/Secret.h"

#include <sodium.h>

namespace cb::crypto {

Secret::Secret(qsizetype size) : m_bytes(size_t(size), 0) {}

Secret Secret::copyOf(QByteArrayView bytes)
{
    Secret s(bytes.size());
    std::copy(bytes.begin(), bytes.end(), s.m_bytes.begin());
    return s;
}

bool sodiumReady()
{
    // Safe to call from several threads and more than once; fails only
    // when the system has no source of randomness.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

Secret Secret::random(qsizetype size)
{
    Secret s(size);
    if (!sodiumReady())
        qFatal("libsodium cannot start: the system has no source of randomness");
    randombytes_buf(s.data(), s.m_bytes.size());
    return s;
}

Secret::~Secret()
{
    wipe();
}

Secret::Secret(Secret &&other) noexcept : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

bool Secret::equals(const Secret &other) const
{
    return size() == other.size() && sodium_memcmp(data(), other.data(), m_bytes.size()) == 0;
}

void Secret::wipe()
{
    if (!m_bytes.empty())
        sodium_memzero(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

void wipe(QByteArray &bytes)
{
    // A shared buffer belongs to its other holders too (it may even be
    // read-only data): only a buffer held here alone is wiped.
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace cb::crypto
