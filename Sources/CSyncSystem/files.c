// syncfs needs _GNU_SOURCE, which Swift's Glibc module does not set.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
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
