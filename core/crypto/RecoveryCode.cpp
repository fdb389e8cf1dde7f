#include "crypto/RecoveryCode.h"

#include "crypto/Secret.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>

#include <string>

namespace cb::crypto::recoverycode {

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int ChecksumSize = 5;
constexpr int RawSize = PayloadSize + ChecksumSize; // 70 bytes = 112 characters, no padding
constexpr int Characters = RawSize * 8 / 5;
constexpr int GroupSize = 4;
constexpr int GroupsPerLine = 7;

void checksum(const unsigned char *payload, unsigned char *out)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int n = 0;
    EVP_Digest(payload, PayloadSize, digest, &n, EVP_sha256(), nullptr);
    std::copy(digest, digest + ChecksumSize, out);
}

int valueOf(QChar c)
{
    switch (c.toUpper().unicode()) {
    case u'O':
        return 0;
    case u'I':
    case u'L':
        return 1;
    default:
        break;
    }
    const char *at = std::char_traits<char>::find(Alphabet, 32, char(c.toUpper().toLatin1()));
    return c.unicode() < 128 && at ? int(at - Alphabet) : -1;
}

Error typo()
{
    return fail(deferTr("Crypto", "The recovery key has a typo: its checksum does not match. Compare it with "
                                  "the printed key group by group."));
}

} // namespace

QString encode(const Secret &payload)
{
    Q_ASSERT(payload.size() == PayloadSize);
    Secret raw(RawSize);
    std::copy(payload.data(), payload.data() + PayloadSize, raw.data());
    checksum(payload.data(), raw.data() + PayloadSize);
    QString text;
    quint32 buffer = 0;
    int bits = 0, written = 0;
    for (int i = 0; i < RawSize; ++i) {
        buffer = (buffer << 8) | raw.data()[i];
        for (bits += 8; bits >= 5; bits -= 5) {
            if (written > 0 && written % GroupSize == 0)
                text += written % (GroupSize * GroupsPerLine) == 0 ? u'\n' : u'-';
            text += QLatin1Char(Alphabet[(buffer >> (bits - 5)) & 31]);
            ++written;
        }
    }
    buffer = 0;
    return text;
}

Result<Secret> decode(const QString &text)
{
    Secret raw(RawSize);
    quint32 buffer = 0;
    int bits = 0, read = 0, stored = 0;
    for (const QChar c : text) {
        if (c == u'-' || c.isSpace())
            continue;
        const int v = valueOf(c);
        if (v < 0)
            return fail(deferTr("Crypto", "The recovery key holds \"%1\", which is not a recovery key "
                                          "character.")
                            .arg(c));
        if (++read > Characters)
            continue;
        buffer = (buffer << 5) | quint32(v);
        if ((bits += 5) >= 8) {
            bits -= 8;
            raw.data()[stored++] = static_cast<unsigned char>(buffer >> bits);
        }
    }
    buffer = 0;
    if (read != Characters)
        return fail(deferTr("Crypto", "A recovery key has %1 characters; this one has %2.")
                        .arg(Characters)
                        .arg(read));
    unsigned char expected[ChecksumSize];
    checksum(raw.data(), expected);
    if (CRYPTO_memcmp(expected, raw.data() + PayloadSize, ChecksumSize) != 0)
        return typo();
    return Secret::copyOf(raw.view().first(PayloadSize));
}

} // namespace cb::crypto::recoverycode
