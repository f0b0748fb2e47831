import Foundation

/// How to read the exports.
public struct ImportOptions: Sendable, Equatable {
    /// What a local date-time without an offset means.
    public var timeZone: TimeZone

    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!) {
        self.timeZone = timeZone
    }
}
