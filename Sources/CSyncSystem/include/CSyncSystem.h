#ifndef SYNCREPORT_CSYNCSYSTEM_H
#define SYNCREPORT_CSYNCSYSTEM_H

/// Atomically exchanges two paths (Linux renameat2 RENAME_EXCHANGE, macOS renamex_np RENAME_SWAP).
/// Returns 0, or -1 with errno set; ENOSYS or EINVAL when the system or file system cannot do it.
int syncreport_exchange(const char *first, const char *second);

#endif
