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
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .busy(folder: folder.url.path)
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
