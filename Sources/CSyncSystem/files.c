// syncfs needs _GNU_SOURCE, which Swift's Glibc module does not set.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "CSyncSystem.h"

int syncreport_write_file(const char *path, const void *bytes, size_t count) {
    int fd;
    do {
        fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return -1;
    const char *next = bytes;
    while (count > 0) {
        ssize_t written = write(fd, next, count);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) {
            // A write that makes no progress would loop for ever.
            if (written == 0) errno = EIO;
            int saved = errno;
            close(fd);
            errno = saved;
            return -1;
        }
        next += written;
        count -= (size_t)written;
    }
    return close(fd);
}

int syncreport_sync_file_system(const char *path) {
    int fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return -1;
#if defined(__linux__)
    int result = syncfs(fd);
#else
    int result = fsync(fd);
    if (result == 0) sync();
#endif
    int saved = errno;
    close(fd);
    errno = saved;
    return result;
}

int syncreport_open_for_reading(const char *path, int accepts_pipe, int *kind, long long *size) {
    int fd;
    // O_NONBLOCK: opening a FIFO that no one writes to would otherwise wait for a writer for ever.
    do {
        fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) return -1;
    struct stat status;
    if (fstat(fd, &status) != 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    *size = (long long)status.st_size;
    if (S_ISREG(status.st_mode)) *kind = 0;
    else if (S_ISFIFO(status.st_mode)) *kind = 1;
    else if (S_ISDIR(status.st_mode)) *kind = 2;
    else *kind = 3;
    if (*kind == 1 && accepts_pipe) {
        // A named FIFO given as an input: wait for its writer, as reading it from a shell would.
        close(fd);
        do {
            fd = open(path, O_RDONLY | O_CLOEXEC);
        } while (fd < 0 && errno == EINTR);
        return fd;
    }
    // Reads block again: a pipe being written to is read to its end.
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        int saved = errno;
        close(fd);
        errno = saved;
        return -1;
    }
    return fd;
}
