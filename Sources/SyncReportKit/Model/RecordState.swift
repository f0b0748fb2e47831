import Foundation

/// Direct evidence from Coupled Data Synchronization Errors (page 5333) about a skipped coupling:
/// which side still exists, what the Dataverse row is called, and when each side last changed.
public struct RecordState: Sendable, Hashable {
    /// `false` means the record was deleted in Business Central.
    public var recordExists: Bool?
    /// `false` means the coupled row was deleted in Dataverse.
    public var coupledRecordExists: Bool?
    /// The Dataverse row's description, e.g. the account name.
    public var coupledTo: String
    /// The record's and the Dataverse row's modified times: the buffer's Modified On and Int. Modified On, which
    /// the page leaves out unless personalised, and which OData always has.
    public var modifiedOn: Date?
    public var coupledModifiedOn: Date?

    public init(
        recordExists: Bool?, coupledRecordExists: Bool?, coupledTo: String, modifiedOn: Date? = nil, coupledModifiedOn: Date? = nil
    ) {
        self.recordExists = recordExists
        self.coupledRecordExists = coupledRecordExists
        self.coupledTo = coupledTo
        self.modifiedOn = modifiedOn
        self.coupledModifiedOn = coupledModifiedOn
    }
}
