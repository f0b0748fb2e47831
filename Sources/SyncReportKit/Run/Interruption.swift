import Foundation
import Synchronization

/// What a run keeps on disk only until it finishes, removed if SIGTERM or SIGINT ends the run first: cron's
/// timeout or an administrator's Ctrl-C must not leave a staging folder of hundreds of megabytes, or half a bag.
public enum Interruption {
    /// The exit status after a signal, as shells report it: 128 + the signal (130 for SIGINT, 143 for SIGTERM).
    public static func exitStatus(after signal: Int32) -> Int32 { 128 + signal }

    private static let pending = Mutex<[UUID: URL]>([:])
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Marks `url` for removal should the run be interrupted, until `finished` is called with the token.
    static func removeOnSignal(_ url: URL) -> UUID {
        let token = UUID()
        pending.withLock { $0[token] = url }
        return token
    }

    static func finished(_ token: UUID) {
        _ = pending.withLock { $0.removeValue(forKey: token) }
    }

    /// Handles SIGINT and SIGTERM from now on: the marked paths are removed and the process exits with
    /// `exitStatus(after:)`. The published report is never among them, so it stays as it was.
    public static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                for url in pending.withLock({ Array($0.values) }) { remove(url) }
                // _exit, not exit: the workers are still running, and exit's handlers would tear down what
                // they use under them.
                _exit(exitStatus(after: number))
            }
            source.resume()
            sources.append(source)
        }
    }

    /// The workers are still writing into the folder while it goes: it is first renamed (rename(2), atomic),
    /// so that most files they open from then on fail instead of landing in a folder being removed, then
    /// removed, over and over for up to a second should a file still come in between. A worker that creates
    /// its file's folders as it goes makes the old path anew, so both names are cleared. The new name keeps
    /// the old one's start, which the next run clears should even that fail.
    private static func remove(_ url: URL) {
        let manager = FileManager.default
        let doomed = url.deletingLastPathComponent().appendingPathComponent(url.lastPathComponent + ".removing")
        _ = rename(url.path, doomed.path)
        for _ in 0..<100 {
            let left = [doomed, url].filter { manager.fileExists(atPath: $0.path) }
            if left.isEmpty { return }
            for folder in left { try? manager.removeItem(at: folder) }
            usleep(10_000)
        }
    }
}
