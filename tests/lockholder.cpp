// Holds a POSIX or OFD byte-range lock on a file until its stdin closes, as
// a program that locks records of a disk image does. Prints "locked" once
// the lock is held.
// usage: lockholder posix|ofd read|write START LENGTH FILE
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s posix|ofd read|write START LENGTH FILE\n", argv[0]);
        return 2;
    }
    const bool ofd = std::strcmp(argv[1], "ofd") == 0;
    const bool write = std::strcmp(argv[2], "write") == 0;
    const int fd = ::open(argv[5], write ? O_RDWR : O_RDONLY);
    if (fd < 0) {
        std::perror(argv[5]);
        return 1;
    }
    struct flock fl = {};
    fl.l_type = write ? F_WRLCK : F_RDLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = std::atoll(argv[3]);
    fl.l_len = std::atoll(argv[4]);
    if (::fcntl(fd, ofd ? F_OFD_SETLK : F_SETLK, &fl) != 0) {
        std::perror("lock");
        return 1;
    }
    std::puts("locked");
    std::fflush(stdout);
    char c;
    while (::read(STDIN_FILENO, &c, 1) > 0) {
    }
    return 0;
}
