import Foundation

/// How to read the exports.
public struct ImportOptions: Sendable, Equatable {
    /// What a local date-time without an offset means.
    public var timeZone: TimeZone
    /// The day/month order of locale-formatted dates; `nil` decides it from each file's data.
    public var dateOrder: DateOrder?
    public var limits: ImportLimits

    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!, dateOrder: DateOrder? = nil, limits: ImportLimits = .standard) {
        self.timeZone = timeZone
        self.dateOrder = dateOrder
        self.limits = limits
    }
}
