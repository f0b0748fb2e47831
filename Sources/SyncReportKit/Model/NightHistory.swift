/// One night's totals, as the trend keeps them.
public struct NightTotals: Sendable, Equatable, Encodable {
    /// The UTC date the night's first job started, `YYYY-MM-DD`.
    public var night: String
    public var errors: Int
    public var failingRecords: Int

    public init(night: String, errors: Int, failingRecords: Int) {
        self.night = night
        self.errors = errors
        self.failingRecords = failingRecords
    }
}

/// A record that was failing in a report: since which night, and for how many reports in a row.
public struct TrackedRecord: Sendable, Equatable {
    public enum Status: String, Sendable {
        case new, stillFailing
    }

    public var key: String
    public var name: String
    /// `nil` when the night that first showed it had no date (no job and no error time in its exports).
    public var failingSince: String?
    public var nights: Int
    /// `nil` when there was nothing to compare with.
    public var status: Status?

    public init(key: String, name: String, failingSince: String?, nights: Int, status: Status?) {
        self.key = key
        self.name = name
        self.failingSince = failingSince
        self.nights = nights
        self.status = status
    }
}
