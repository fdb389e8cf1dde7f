#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace cb::crypto {

// Bytes that must not outlive their use: keys, passphrases. Wiped when
// destroyed or overwritten; never copied implicitly (QByteArray's shared
// copies could not all be wiped). Its size is fixed when made.
class Secret
{
public:
    Secret() = default;
    explicit Secret(qsizetype size); // zero-filled
    static Secret copyOf(QByteArrayView bytes);
    static Secret random(qsizetype size);
    ~Secret();
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    Secret clone() const { return copyOf(view()); }

    unsigned char *data() { return m_bytes.data(); }
    const unsigned char *data() const { return m_bytes.data(); }
    qsizetype size() const { return qsizetype(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.empty(); }
    QByteArrayView view() const { return {m_bytes.data(), size()}; }
    // Constant time, so a comparison leaks nothing through its duration.
    bool equals(const Secret &other) const;
    void wipe();

private:
    std::vector<unsigned char> m_bytes;
};

// libsodium started (once per process); false when it cannot be.
bool sodiumReady();

// Wipes a QByteArray that held a secret (its own buffer only).
void wipe(QByteArray &bytes);

} // namespace cb::crypto
