import Foundation

/// Where the night's window of jobs and errors starts: where the user says; else just after the latest time
/// the previous report covered, so a night cron missed is caught up and no row is read twice; else the last
/// 24 hours.
public struct FetchWindow: Sendable, Equatable {
    public var since: Date
    /// Why it starts there, for the log and the console.
    public var reason: String

    public static func start(given: Date?, previous: PreviousReport?, now: Date = Date()) -> FetchWindow {
        if let given { return FetchWindow(since: given, reason: "as --since asks") }
        let dayAgo = now.addingTimeInterval(-86_400)
        guard let previous else { return FetchWindow(since: dayAgo, reason: "the last 24 hours (no previous report)") }
        guard let covered = previous.coveredUntil, covered < now else {
            return FetchWindow(since: dayAgo, reason: "the last 24 hours (\(previous.file) does not say what it covered)")
        }
        // Business Central keeps milliseconds: one more is the first time the previous report did not see.
        return FetchWindow(
            since: covered.addingTimeInterval(0.001),
            reason: "after \(CivilTime.formatMilliseconds(covered)), the latest time \(previous.file) covered")
    }

    /// `--since`: a UTC date (midnight), or a date and time with `Z` or an offset. A time without a zone is
    /// refused: cron's local time and Business Central's UTC differ by hours.
    public static func parse(_ text: String) -> Date? {
        let format = ISO8601DateFormatter()
        // Foundation reads a date-only format from the start of a longer text, so a date must be all there is.
        let forms: [ISO8601DateFormatter.Options] = text.wholeMatch(of: /[0-9]{4}-[0-9]{2}-[0-9]{2}/) != nil
            ? [.withFullDate] : [[.withInternetDateTime, .withFractionalSeconds], .withInternetDateTime]
        for options in forms {
            format.formatOptions = options
            if let date = format.date(from: text) { return date }
        }
        return nil
    }
}
