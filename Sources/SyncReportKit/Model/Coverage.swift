import Foundation

/// How far a night's exports reach in the two tables a fetch reads by time, each on its own: the next
/// night's fetch goes on from there, so a night cron missed is caught up and no row is lost. Taken per table
/// because Business Central writes jobs and errors at different moments; one time for both would lose the
/// rows of whichever table the fetch read first.
public struct Coverage: Sendable, Equatable {
    /// The latest job start, held back to just before the first job still running: that job is read again,
    /// finished, the next night.
    public var jobs: Date?
    /// The latest time of an error of page 5339 (not page 5333, which lists old failures every night).
    public var errors: Date?

    public init(jobs: Date?, errors: Date?) {
        self.jobs = jobs
        self.errors = errors
    }

    /// Tonight's reach, never behind the previous night's: a quiet night keeps where the last one stopped.
    /// - Parameter logged: the latest time of an error of page 5339 tonight.
    init(jobs: [Job], logged: Date?, previous: Coverage?) {
        var started = jobs.compactMap(\.start).max()
        // Only where the export says when jobs finish: without the column every job would look unfinished.
        if jobs.contains(where: { $0.finish != nil }),
           let running = jobs.filter({ $0.finish == nil }).compactMap(\.start).min() {
            started = running.addingTimeInterval(-0.001)
        }
        self.jobs = [started, previous?.jobs].compactMap { $0 }.max()
        errors = [logged, previous?.errors].compactMap { $0 }.max()
    }
}
