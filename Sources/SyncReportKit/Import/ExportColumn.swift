/// A column the tool reads, with every name Business Central gives it: the caption (Open/Edit in Excel),
/// the OData control name and the AL field name. They are compared after `HeaderName.normalize`.
enum ExportColumn: String, CaseIterable, Sendable {
    // Table 5338 "Integration Synch. Job"
    case jobID, start, finish, mapping, jobType, direction, directionText
    case inserted, modified, deleted, unchanged, skipped, failed, jobMessage
    // Table 5339 "Integration Synch. Job Errors"
    case errorNo, errorJobID, sourceRecord, destinationRecord, loggedAt, shortMessage, fullMessage
    // Table 5331 "CRM Integration Record"
    case crmID, integrationID, tableID, lastSynchModifiedOn, lastSynchCRMModifiedOn
    case lastSynchResult, lastSynchCRMResult, lastSynchJobID, lastSynchCRMJobID, isSkipped
    // Page 5333 "Coupled Data Synchronization Errors" (buffer table 5374)
    case skippedTableID, tableName, recordDescription, recordExists, coupledTo, coupledRecordExists, latestError, failedOn
    case recordModifiedOn, coupledModifiedOn

    var names: [String] {
        switch self {
        case .jobID: ["ID"]
        case .start: ["Start Date/Time"]
        case .finish: ["Finish Date/Time"]
        case .mapping: ["Integration Table Mapping Name"]
        case .jobType: ["Type"]
        case .direction: ["Synch. Direction"]
        // The page's own column: "Customer to Dataverse Account." built from the table captions.
        case .directionText: ["Direction"]
        case .inserted: ["Inserted"]
        case .modified: ["Modified"]
        case .deleted: ["Deleted"]
        case .unchanged: ["Unchanged"]
        case .skipped: ["Skipped"]
        case .failed: ["Failed"]
        case .jobMessage: ["Message"]
        case .errorNo: ["No."]
        case .errorJobID: ["Integration Synch. Job ID"]
        case .sourceRecord: ["Source Record ID"]
        case .destinationRecord: ["Destination Record ID"]
        case .loggedAt: ["Date/Time"]
        // The page's "Error Message" column is the OData control `Message`; the table's own
        // `Message` field is the 250-character copy, so the full text wins when both are there.
        case .shortMessage: ["Message"]
        case .fullMessage: ["Error Message"]
        case .crmID: ["CRM ID"]
        case .integrationID: ["Integration ID"]
        case .tableID: ["Table ID"]
        case .lastSynchModifiedOn: ["Last Synch. Modified On"]
        case .lastSynchCRMModifiedOn: ["Last Synch. CRM Modified On"]
        case .lastSynchResult: ["Last Synch. Result"]
        case .lastSynchCRMResult: ["Last Synch. CRM Result"]
        case .lastSynchJobID: ["Last Synch. Job ID"]
        case .lastSynchCRMJobID: ["Last Synch. CRM Job ID"]
        case .isSkipped: ["Skipped"]
        case .skippedTableID: ["Table ID"]
        case .tableName: ["Table Name"]
        case .recordDescription: ["Description"]
        case .recordExists: ["Record Exists"]
        case .coupledTo: ["Coupled To", "Int. Description"]
        case .coupledRecordExists: ["Coupled Record Exists", "Int. Record Exists"]
        case .latestError: ["Error Message"]
        case .failedOn: ["Failed On"]
        case .recordModifiedOn: ["Modified On"]
        case .coupledModifiedOn: ["Int. Modified On"]
        }
    }

    /// The caption, for messages to people.
    var caption: String { names[0] }

    var isDateTime: Bool {
        switch self {
        case .start, .finish, .loggedAt, .lastSynchModifiedOn, .lastSynchCRMModifiedOn, .failedOn, .recordModifiedOn,
             .coupledModifiedOn: true
        default: false
        }
    }
}
