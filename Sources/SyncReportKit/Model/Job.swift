import Foundation

/// One run of an integration synchronisation job (table 5338 "Integration Synch. Job").
public struct Job: Sendable, Hashable {
    /// `nil` when the export has no ID column (Open in Excel leaves it out); such a job cannot be linked to errors.
    public var id: GUID?
    public var start: Date?
    public var finish: Date?
    /// The integration table mapping, e.g. `CUSTOMER`; empty when the export lacks the column.
    public var mapping: String
    public var type: String
    public var direction: SyncDirection?
    public var counts: JobCounts
    public var message: String
    public var origin: SourceLocation

    public init(
        id: GUID?, start: Date? = nil, finish: Date? = nil, mapping: String = "", type: String = "",
        direction: SyncDirection? = nil, counts: JobCounts = JobCounts(), message: String = "",
        origin: SourceLocation
    ) {
        self.id = id
        self.start = start
        self.finish = finish
        self.mapping = mapping
        self.type = type
        self.direction = direction
        self.counts = counts
        self.message = message
        self.origin = origin
    }

    /// What names the job's page: its ID, or where it was read when the export has none.
    public var pageKey: String {
        id?.value ?? "\(origin.file)-\(origin.line)"
    }
}

/// The record counters of a job run.
public struct JobCounts: Sendable, Hashable, Codable {
    public var inserted = 0
    public var modified = 0
    public var deleted = 0
    public var unchanged = 0
    public var skipped = 0
    public var failed = 0

    public init(inserted: Int = 0, modified: Int = 0, deleted: Int = 0, unchanged: Int = 0, skipped: Int = 0, failed: Int = 0) {
        self.inserted = inserted
        self.modified = modified
        self.deleted = deleted
        self.unchanged = unchanged
        self.skipped = skipped
        self.failed = failed
    }
}
