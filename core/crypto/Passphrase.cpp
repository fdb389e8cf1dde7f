#include "crypto/Passphrase.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace cb::crypto::passphrase {

namespace {

constexpr qsizetype MaxLength = 4096;

// A file descriptor closed when it goes out of scope.
struct Fd
{
    int fd;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

// Reads up to the end (or a line break when line) into a wiped buffer.
Result<Secret> readAll(int fd, bool line)
{
    Secret buffer(MaxLength + 1);
    qsizetype n = 0;
    for (unsigned char c; n <= MaxLength;) {
        const ssize_t r = ::read(fd, &c, 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0 || (line && c == '\n'))
            break;
        buffer.data()[n++] = c;
    }
    if (n > MaxLength)
        return fail(deferTr("Crypto", "The passphrase is longer than %1 bytes.").arg(int(MaxLength)));
    if (!line && n > 0 && buffer.data()[n - 1] == '\n')
        --n;
    if (n > 0 && buffer.data()[n - 1] == '\r')
        --n;
    return Secret::copyOf(buffer.view().first(n));
}

Result<Secret> askOnce(int tty, const QString &prompt)
{
    const QByteArray text = prompt.toLocal8Bit();
    if (::write(tty, text.constData(), size_t(text.size())) < 0)
        return fail(deferTr("Crypto", "Cannot ask for the passphrase on the terminal."));
    termios old{};
    const bool restore = ::tcgetattr(tty, &old) == 0;
    if (restore) {
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        ::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    auto answer = readAll(tty, true);
    if (restore)
        ::tcsetattr(tty, TCSAFLUSH, &old);
    return answer;
}

// A private file's contents less one final line break; the messages name
// what the file is (a password file or a key file).
Result<Secret> readPrivateFile(const QString &path, bool keyFile)
{
    const Fd f{::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY)};
    if (f.fd < 0)
        return fail((keyFile ? deferTr("Crypto", "Cannot read the key file %1: %2.")
                             : deferTr("Crypto", "Cannot read the password file %1: %2."))
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    struct stat st
    {};
    if (::fstat(f.fd, &st) != 0 || !S_ISREG(st.st_mode))
        return fail((keyFile ? deferTr("Crypto", "The key file %1 is not a regular file.")
                             : deferTr("Crypto", "The password file %1 is not a regular file."))
                        .arg(path));
    if ((st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return fail((keyFile
                         ? deferTr("Crypto", "The key file %1 may be read or changed by other users (mode "
                                             "%2); make it private with chmod 600 %1.")
                         : deferTr("Crypto", "The password file %1 may be read or changed by other users "
                                             "(mode %2); make it private with chmod 600 %1."))
                        .arg(path, QString::number(st.st_mode & 07777, 8)));
    auto secret = readAll(f.fd, false);
    if (secret && secret->isEmpty())
        return fail((keyFile ? deferTr("Crypto", "The key file %1 is empty.")
                             : deferTr("Crypto", "The password file %1 is empty."))
                        .arg(path));
    return secret;
}

} // namespace

Result<Secret> fromFile(const QString &path)
{
    return readPrivateFile(path, false);
}

Result<Secret> fromKeyFile(const QString &path)
{
    return readPrivateFile(path, true);
}

Result<Secret> keyFileFrom(const QString &path)
{
    if (!path.isEmpty())
        return fromKeyFile(path);
    const QString named = qEnvironmentVariable(KeyFileVariable);
    return named.isEmpty() ? Result<Secret>(Secret()) : fromKeyFile(named);
}

Result<void> createKeyFile(const QString &path, QByteArrayView contents)
{
    const QByteArray name = QFile::encodeName(path);
    const Fd f{::open(name.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600)};
    if (f.fd < 0)
        return fail(deferTr("Crypto", "Cannot create the key file %1: %2.")
                        .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    qsizetype done = 0;
    while (done < contents.size()) {
        const ssize_t n = ::write(f.fd, contents.data() + done, size_t(contents.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += n;
    }
    if (done != contents.size() || ::fsync(f.fd) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(name.constData());
        return fail(deferTr("Crypto", "Cannot create the key file %1: %2.").arg(path, reason));
    }
    return {};
}

Secret fromEnvironment(const char *variable)
{
    // getenv, not qgetenv: no copy that could not be wiped.
    const char *value = std::getenv(variable);
    return value ? Secret::copyOf(QByteArrayView(value, qsizetype(std::strlen(value)))) : Secret();
}

Result<Secret> fromTerminal(const QString &prompt, const QString &confirmPrompt)
{
    const Fd tty{::open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)};
    if (tty.fd < 0)
        return fail(deferTr("Crypto", "There is no terminal to ask for the passphrase on."));
    auto first = askOnce(tty.fd, prompt);
    if (!first)
        return first;
    if (first->isEmpty())
        return fail(deferTr("Crypto", "No passphrase was given."));
    if (confirmPrompt.isEmpty())
        return first;
    auto again = askOnce(tty.fd, confirmPrompt);
    if (!again)
        return again;
    if (!again->equals(*first))
        return fail(deferTr("Crypto", "The passphrases do not match."));
    return first;
}

Result<Secret> read(const Sources &sources)
{
    if (!sources.file.isEmpty())
        return fromFile(sources.file);
    if (Secret s = fromEnvironment(sources.variable); !s.isEmpty())
        return s;
    if (!::isatty(STDIN_FILENO))
        return fail(deferTr("Crypto", "A repository passphrase is needed: give --password-file FILE, set %1, "
                                      "or run on a terminal to be asked for it.")
                        .arg(QLatin1String(sources.variable)));
    return fromTerminal(sources.prompt, sources.confirmPrompt);
}

} // namespace cb::crypto::passphrase
