import Foundation

/// Runs the named steps of one command in order: each step's start, end, wall time and peak memory are
/// reported by this one loop, and each step's own error is mapped to the run's error in one place.
struct Steps {
    let names: [String]
    let observer: RunObserver?
    private var next = 0

    init(_ names: [String], observer: RunObserver?) {
        self.names = names
        self.observer = observer
    }

    /// Runs the next step, which must be named `name` (the order is declared once, in `names`).
    mutating func run<T, Failure: Error>(
        _ name: String, mapError: (Failure) -> PipelineError, _ body: (Progress) throws(Failure) -> T
    ) throws(PipelineError) -> T {
        do {
            return try timed(name, body)
        } catch {
            throw mapError(error)
        }
    }

    /// Runs the next step, one that cannot fail.
    mutating func run<T>(_ name: String, _ body: (Progress) -> T) -> T {
        timed(name, body)
    }

    /// Runs the next step between its start and finish reports.
    private mutating func timed<T, Failure: Error>(_ name: String, _ body: (Progress) throws(Failure) -> T) throws(Failure) -> T {
        precondition(next < names.count && names[next] == name, "step \(name) is not the next declared step")
        next += 1
        observer?(.started(step: name, number: next, count: names.count))
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try body(Progress(step: name, observer: observer))
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        observer?(.finished(StepTiming(step: name, seconds: seconds, peakMemory: Self.peakMemory())))
        return result
    }

    /// Skips a declared step that this run does not need (no archive, no mail).
    mutating func skip(_ name: String) {
        precondition(next < names.count && names[next] == name, "step \(name) is not the next declared step")
        next += 1
    }

    private static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1_024
    }
}

/// How a long step reports how far it is; safe to call from any worker.
struct Progress: Sendable {
    let step: String
    let observer: RunObserver?

    func report(done: Int, of total: Int) {
        observer?(.progress(step: step, done: done, total: total))
    }
}
