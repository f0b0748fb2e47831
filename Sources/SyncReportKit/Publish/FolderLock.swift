import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock on the output folder's parent, held while a run publishes, so two cron jobs
/// writing the same report cannot interleave. The kernel releases it if the process dies, and no lock file
/// is left behind (the output folder itself is replaced by each run, so it cannot carry the lock).
final class FolderLock {
    private let descriptor: Int32

    init(_ url: URL, folder: String) throws(PublishError) {
        let descriptor = open(url.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw .io(path: url.path, reason: NSError(domain: NSPOSIXErrorDomain, code: Int(errno)).localizedDescription)
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            throw .busy(folder: folder)
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }
}
