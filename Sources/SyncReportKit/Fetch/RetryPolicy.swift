import Foundation

/// How long to wait before trying a request again, and how often. Business Central asks clients to back off
/// on 429 and 503 and names the wait in Retry-After; without it, the wait doubles from `firstWait`.
public struct RetryPolicy: Sendable, Equatable {
    /// Tries of one request, the first included.
    public var attempts: Int
    /// The longest single wait; a Retry-After beyond it stops the fetch rather than hold cron for hours.
    public var longestWait: TimeInterval
    var firstWait: TimeInterval = 2

    public static let standard = RetryPolicy(attempts: 5, longestWait: 300)

    public init(attempts: Int, longestWait: TimeInterval) {
        self.attempts = attempts
        self.longestWait = longestWait
    }

    /// The wait before try `attempt` (2 for the first retry), or `nil` when the wait asked for is too long.
    func wait(before attempt: Int, retryAfter: String?, now: Date = Date()) -> TimeInterval? {
        if let retryAfter, let asked = Self.seconds(retryAfter, now: now) {
            return asked <= longestWait ? asked : nil
        }
        let doubled = firstWait * pow(2, Double(max(0, attempt - 2)))
        // A little jitter, so that several tenants' cron jobs throttled together do not retry together.
        return min(longestWait, doubled * Double.random(in: 0.8...1.2))
    }

    /// Retry-After is whole seconds or an HTTP date (RFC 9110 §10.2.3).
    static func seconds(_ value: String, now: Date) -> TimeInterval? {
        let text = value.trimmingCharacters(in: .whitespaces)
        if let seconds = Int(text), seconds >= 0 { return TimeInterval(seconds) }
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.timeZone = TimeZone(identifier: "GMT")
        format.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return format.date(from: text).map { max(0, $0.timeIntervalSince(now)) }
    }
}
