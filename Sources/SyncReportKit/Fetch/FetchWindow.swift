import Foundation

/// Where the night's windows of jobs and of errors start: where the user says; else just after how far the
/// previous report reached in each, so a night cron missed is caught up and no row is lost; else the last
/// 24 hours.
public struct FetchWindow: Sendable, Equatable {
    public var jobs: Date
    public var errors: Date
    /// Why they start there, for the log and the console.
    public var reason: String

    public static func start(given: Date?, previous: PreviousReport?, now: Date = Date()) -> FetchWindow {
        if let given { return FetchWindow(jobs: given, errors: given, reason: "as --since asks") }
        let dayAgo = now.addingTimeInterval(-86_400)
        guard let previous else { return FetchWindow(jobs: dayAgo, errors: dayAgo, reason: "the last 24 hours (no previous report)") }
        // A table the previous reports never saw a row of starts where the other one does: errors come
        // from jobs, and jobs log errors.
        guard let jobs = previous.coverage?.jobs ?? previous.coverage?.errors,
              let errors = previous.coverage?.errors ?? previous.coverage?.jobs, max(jobs, errors) < now else {
            return FetchWindow(jobs: dayAgo, errors: dayAgo, reason: "the last 24 hours (\(previous.file) does not say how far it reached)")
        }
        // Business Central keeps milliseconds: one more is the first time the previous report did not see.
        return FetchWindow(
            jobs: jobs.addingTimeInterval(0.001), errors: errors.addingTimeInterval(0.001),
            reason: "just after how far \(previous.file) reached")
    }

    func since(_ table: FetchTable) -> Date? {
        switch table {
        case .jobs: jobs
        case .errors: errors
        case .couplings, .coupledErrors: nil
        }
    }

    /// `--since`: a UTC date (midnight), or a date and time with `Z` or an offset. A time without a zone is
    /// refused: cron's local time and Business Central's UTC differ by hours.
    public static func parse(_ text: String) -> Date? {
        let isDate = text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil
        guard isDate || text.firstMatch(of: /T[0-9:.]+(?:Z|[+-][0-9]{2}:?[0-9]{2})$/) != nil,
              case .success(let date?) = TimestampParser(timeZone: .gmt).parse(ArraySlice(text.utf8)) else { return nil }
        return date
    }
}
