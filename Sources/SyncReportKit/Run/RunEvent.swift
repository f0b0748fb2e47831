import Foundation

/// What a run tells its observer as it goes, so a terminal can show progress and `--timings` each step's cost.
public enum RunEvent: Sendable {
    /// Step `number` of `count` begins.
    case started(step: String, number: Int, count: Int)
    /// Part of a long step is done: `done` of `total` items (pages, rows).
    case progress(step: String, done: Int, total: Int)
    case finished(StepTiming)
}

/// One step's wall time and the process's peak resident memory when it ended.
public struct StepTiming: Sendable, Equatable {
    public var step: String
    public var seconds: Double
    /// The high-water mark of resident memory so far, in bytes (Linux's `ru_maxrss`).
    public var peakMemory: Int

    public var description: String {
        String(format: "%@: %.2f s, peak memory %.0f MB", step, seconds, Double(peakMemory) / 1_048_576)
    }
}

/// Receives a run's events; called from the thread that runs the step, and from workers for progress.
public typealias RunObserver = @Sendable (RunEvent) -> Void
