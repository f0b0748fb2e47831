import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on one report folder, held while a run publishes, so two cron jobs writing the
/// same report cannot interleave while reports beside it (one per company under one web root) publish at the
/// same time. The output folder is replaced by each run, so it cannot carry the lock: a sibling file
/// `.<name>.lock` does. The kernel releases the lock if the process dies; the file stays, as deleting a lock
/// file lets a third run lock a file the second no longer sees.
final class FolderLock {
    private let descriptor: Int32

    init(_ folder: OutputFolder) throws(PublishError) {
        let path = folder.sibling("lock").path
        // No O_NONBLOCK on a regular file; O_NOFOLLOW so a planted link cannot make the run create a file elsewhere.
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            throw .io(path: path, reason: String(cString: strerror(errno)))
        }
        // A child the process starts holds a copy of the descriptor until its exec closes it, so a lock just
        // released can look held for a moment: a run waits up to a second before calling the folder busy.
        var tries = 0
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            tries += 1
            guard tries < 100 else {
                close(descriptor)
                throw .busy(folder: folder.url.path)
            }
            usleep(10_000)
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
