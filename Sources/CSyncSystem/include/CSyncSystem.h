#ifndef SYNCREPORT_CSYNCSYSTEM_H
#define SYNCREPORT_CSYNCSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP).
/// Returns 0, or -1 with errno set; ENOSYS or EINVAL when the system or file system cannot do it.
int syncreport_exchange(const char *first, const char *second);

#include <stddef.h>

/// Writes `count` bytes to a new or truncated file (mode 0644) without syncing it.
/// Returns 0, or -1 with errno set.
int syncreport_write_file(const char *path, const void *bytes, size_t count);

/// Flushes every file of the file system holding `path` to disk (Linux syncfs): one call instead of one
/// fsync per file. Returns 0, or -1 with errno set.
int syncreport_sync_file_system(const char *path);

#endif
