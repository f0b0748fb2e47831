/// The Business Central pages `fetch` reads, each published by the administrator as an OData web service.
public enum FetchTable: String, CaseIterable, Sendable {
    case jobs
    case errors
    case couplings
    case coupledErrors = "coupled-errors"

    /// The service name the README tells administrators to publish the page under.
    public var defaultService: String {
        switch self {
        case .jobs: "IntegrationSynchJobs"
        case .errors: "IntegrationSynchErrors"
        case .couplings: "CRMIntegrationRecords"
        case .coupledErrors: "CoupledDataSynchErrors"
        }
    }

    /// The page (or, for couplings, the table) the service publishes.
    var object: String {
        switch self {
        case .jobs: "page 5338 Integration Synchronization Jobs"
        case .errors: "page 5339 Integration Synchronization Errors"
        case .couplings: "a page over table 5331 CRM Integration Record"
        case .coupledErrors: "page 5333 Coupled Data Synchronization Errors"
        }
    }

    /// The field the window filters on; couplings and page 5333 are state, read whole.
    var timeField: String? {
        switch self {
        case .jobs: "Start_Date_Time"
        case .errors: "Date_Time"
        case .couplings, .coupledErrors: nil
        }
    }

    /// Jobs and errors come from standard pages every tenant can publish; without them there is no report.
    /// Couplings have no standard page and page 5333 may be left unpublished, so by default they are read
    /// where published.
    var isRequired: Bool { self == .jobs || self == .errors }

    var kind: TableKind {
        switch self {
        case .jobs: .jobs
        case .errors: .errors
        case .couplings: .couplings
        case .coupledErrors: .coupledErrors
        }
    }
}
