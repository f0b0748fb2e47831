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
    /// What to check before tonight's numbers can be trusted; a night with any is never "nothing to do".
    public var health: [HealthFinding]
    /// What the exports do not allow the report to show, and why.
    public var unavailable: [String]
    /// Rules that gave up on some messages; each is also among `unavailable`.
    public var abandonedRules: [AbandonedRule]
    /// Messages no rule knows, grouped by their masked template, most frequent first.
    public var unknownTemplates: [UnknownMessageGroup]
    /// What to do about the failing records, the action that clears most errors first.
    public var actions: [PlannedAction]
    /// The UTC date the night's first job started (or its first error was logged, without jobs); `nil` when the
    /// exports hold no time at all.
    public var date: String?
    /// How far tonight's jobs and errors reach, from which the next night's fetch goes on.
    public var coverage: Coverage
    /// Tonight against the previous report, and the nights kept for the trend.
    public var history: History
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
    /// The directions whose last synchronisation did not succeed, each with its latest error (an index into
    /// `night.errors`); empty when the record is fixed.
    public var failing: [FailingDirection]

    public var isFailing: Bool { !failing.isEmpty }

    public var latestErrorIndex: Int { errorIndices[errorIndices.count - 1] }
}

public struct FailingDirection: Sendable, Equatable {
    /// `nil` when neither the job nor the record ids tell the direction.
    public var direction: SyncDirection?
    public var latestErrorIndex: Int
    /// The error whose cause and action say what to do: the latest of a lasting cause, so a timeout after a
    /// missing posting group does not hide the posting group; the latest when every error is transient.
    public var decidingErrorIndex: Int
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
