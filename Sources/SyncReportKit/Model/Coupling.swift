import Foundation

/// A coupling between a Business Central record and a Dataverse row (table 5331 "CRM Integration Record").
public struct Coupling: Sendable, Hashable {
    public var crmID: GUID
    /// The `SystemId` of the Business Central record.
    public var integrationID: GUID
    public var tableID: Int?
    public var lastSynchModifiedOn: Date?
    public var lastSynchCRMModifiedOn: Date?
    /// Result of the last synchronisation into Business Central.
    public var lastSynchResult: SyncResult?
    /// Result of the last synchronisation into Dataverse.
    public var lastSynchCRMResult: SyncResult?
    public var lastSynchJobID: GUID?
    public var lastSynchCRMJobID: GUID?
    /// Business Central set it after the same failure twice in a row; Retry clears it.
    public var isSkipped: Bool
    public var origin: SourceLocation

    public init(
        crmID: GUID, integrationID: GUID, tableID: Int? = nil, lastSynchModifiedOn: Date? = nil,
        lastSynchCRMModifiedOn: Date? = nil, lastSynchResult: SyncResult? = nil, lastSynchCRMResult: SyncResult? = nil,
        lastSynchJobID: GUID? = nil, lastSynchCRMJobID: GUID? = nil, isSkipped: Bool = false, origin: SourceLocation
    ) {
        self.crmID = crmID
        self.integrationID = integrationID
        self.tableID = tableID
        self.lastSynchModifiedOn = lastSynchModifiedOn
        self.lastSynchCRMModifiedOn = lastSynchCRMModifiedOn
        self.lastSynchResult = lastSynchResult
        self.lastSynchCRMResult = lastSynchCRMResult
        self.lastSynchJobID = lastSynchJobID
        self.lastSynchCRMJobID = lastSynchCRMJobID
        self.isSkipped = isSkipped
        self.origin = origin
    }
}
