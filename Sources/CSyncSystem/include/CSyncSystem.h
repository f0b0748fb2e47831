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

/// Opens `path` for reading and says what it is in `kind`: 0 a regular file (its size in `size`), 1 a pipe or
/// FIFO, 2 a folder, 3 anything else (a device, a socket). A FIFO that no one writes to is waited on only when
/// `accepts_pipe` is set. Returns the descriptor, whose reads block as usual, or -1 with errno set.
int syncreport_open_for_reading(const char *path, int accepts_pipe, int *kind, long long *size);

/// Inflates the raw deflate stream `input` (a zip entry's data) into `output`, at most `capacity` bytes, and
/// sets `written`. Returns 0 when the stream ends within `input` and fits, 1 when it holds more than
/// `capacity`, 2 when it is damaged or ends early. Never reads or writes outside the two buffers.
int syncreport_inflate(const unsigned char *input, size_t input_count, unsigned char *output, size_t capacity, size_t *written);

/// The CRC-32 that zip entries are checked with.
unsigned long syncreport_crc32(const unsigned char *bytes, size_t count);

#endif
