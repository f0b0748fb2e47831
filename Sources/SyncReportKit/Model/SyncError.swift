import Foundation

/// One logged synchronisation error (table 5339 "Integration Synch. Job Errors").
public struct SyncError: Sendable, Hashable {
    /// The entry number; `nil` when the export has no `No.` column.
    public var no: Int?
    public var jobID: GUID?
    public var source: RecordID?
    public var destination: RecordID?
    public var loggedAt: Date?
    /// The full error text (the 2048-character field when the export has it).
    public var message: String
    /// What Coupled Data Synchronization Errors says about the record; `nil` when that export did not list it.
    public var recordState: RecordState?
    public var origin: SourceLocation

    public init(
        no: Int? = nil, jobID: GUID? = nil, source: RecordID? = nil, destination: RecordID? = nil,
        loggedAt: Date? = nil, message: String, recordState: RecordState? = nil, origin: SourceLocation
    ) {
        self.no = no
        self.jobID = jobID
        self.source = source
        self.destination = destination
        self.loggedAt = loggedAt
        self.message = message
        self.recordState = recordState
        self.origin = origin
    }

    /// The Business Central side of the record, if either id names it.
    public var businessCentralRecord: RecordID? {
        if let source, !source.isDataverseSide { return source }
        if let destination, !destination.isDataverseSide { return destination }
        return nil
    }

    /// The Dataverse side of the record, if either id names it.
    public var dataverseRecord: RecordID? {
        if let source, source.isDataverseSide { return source }
        if let destination, destination.isDataverseSide { return destination }
        return nil
    }

    /// The Dataverse row either id names, read without copying the ids (the record index asks it per error).
    var dataverseRowID: GUID? {
        source?.isDataverseSide == true ? source?.dataverseID : destination?.isDataverseSide == true ? destination?.dataverseID : nil
    }

    var namesBusinessCentralRecord: Bool {
        source?.isDataverseSide == false || destination?.isDataverseSide == false
    }
}
