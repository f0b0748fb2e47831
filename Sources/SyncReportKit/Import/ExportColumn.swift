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

    /// Columns that make this one unneeded when present: the jobs page's Direction text and the Synch.
    /// Direction option say the same, and the full Error Message makes the 250-character Message redundant.
    var coveredBy: [ExportColumn] {
        switch self {
        case .direction: [.directionText]
        case .directionText: [.direction]
        case .shortMessage: [.fullMessage]
        default: []
        }
    }

    /// What the report loses when an export lacks this column; `nil` when it loses nothing worth saying.
    var cost: String? {
        switch self {
        case .jobID: "its jobs cannot be linked to their errors (Open in Excel leaves ID out; Edit in Excel and the OData feed include it)"
        case .start: "job runs have no start time, so the night's date comes from the errors alone"
        case .finish: "finished jobs cannot be told from running ones, so their Failed counts are not checked against the errors"
        case .mapping: "errors cannot be counted by mapping (the column is hidden on the page: show it with Personalize before exporting)"
        case .direction, .directionText: "the direction of each job's errors is unknown, so a record's two directions cannot be told apart"
        case .failed: "the jobs' failed records cannot be checked against the errors export"
        case .jobMessage: "a job that failed as a whole (no connection, a broken mapping) cannot be seen"
        case .errorNo: "the same error read from two files cannot be merged"
        case .errorJobID: "errors are not linked to their jobs: no mapping, direction or job page for them (add the column with Personalize before exporting; page 5339 published as a web service leaves it out, a page from an extension that shows the field includes it)"
        case .sourceRecord: "errors are placed on records by their Destination Record ID alone, and one without it belongs to no record (Open in Excel and page 5339 published as a web service leave Source Record ID out; Edit in Excel, and a page from an extension that shows the field, include it)"
        case .fullMessage: "messages are the 250-character Message field, so long messages are cut and may not be classified"
        case .lastSynchResult, .lastSynchCRMResult: "a record that a later synchronisation fixed still counts as failing"
        case .isSkipped: "records Business Central skips until Retry are not marked"
        case .recordExists, .coupledRecordExists: "a record deleted in one app cannot be told from one changed in both"
        default: nil
        }
    }

    var isDateTime: Bool {
        switch self {
        case .start, .finish, .loggedAt, .lastSynchModifiedOn, .lastSynchCRMModifiedOn, .failedOn, .recordModifiedOn,
             .coupledModifiedOn: true
        default: false
        }
    }
}
