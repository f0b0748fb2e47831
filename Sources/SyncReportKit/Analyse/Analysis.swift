import Foundation

/// The analysed night: counts, per-record timelines and per-job runs, ready to render.
public struct Analysis: Sendable {
    public var night: ClassifiedNight
    public var totals: Totals
    /// Every cause, in `Cause.allCases` order, zeros included.
    public var byCause: [CauseCount]
    /// Mappings by error count, most first, then by name.
    public var byMapping: [MappingCount]
    /// Records with at least one error, ordered by key.
    public var records: [RecordTimeline]
    /// Job runs in time order.
    public var jobs: [JobRun]
}

public struct Totals: Sendable, Equatable, Codable {
    public var jobs: Int
    public var errors: Int
    public var couplings: Int
    public var failingRecords: Int
    public var rejectedRows: Int
}

public struct CauseCount: Sendable, Equatable {
    public var cause: Cause
    public var errors: Int
    public var records: Int
}

public struct MappingCount: Sendable, Equatable {
    /// Empty when the exports do not say which mapping.
    public var mapping: String
    public var errors: Int
}

/// One job run and the errors it logged (indices into `night.errors`).
public struct JobRun: Sendable {
    public var job: Job
    public var errorIndices: [Int]
}

/// Everything known about one record's synchronisation this night.
public struct RecordTimeline: Sendable {
    public var record: RecordRef
    public var coupling: Coupling?
    /// Time order; events without a time come last.
    public var events: [TimelineEvent]
    /// Its errors (indices into `night.errors`), oldest first.
    public var errorIndices: [Int]
    /// Some direction's last synchronisation did not succeed.
    public var isFailing: Bool

    public var latestErrorIndex: Int { errorIndices[errorIndices.count - 1] }
}

public struct TimelineEvent: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case failed(errorIndex: Int)
        case synchronized
    }

    public var kind: Kind
    public var at: Date?
    public var jobID: GUID?
    public var direction: SyncDirection?
}
