/// The kinds of export the tool reads, recognised by their header row.
public enum TableKind: String, Sendable, Hashable, CaseIterable, Codable {
    case jobs
    case errors
    case couplings
    /// Page 5333 "Coupled Data Synchronization Errors": skipped couplings with their latest error.
    case coupledErrors

    /// How the report names the export.
    public var title: String {
        switch self {
        case .jobs: "Integration Synchronization Jobs"
        case .errors: "Integration Synchronization Errors"
        case .couplings: "Couplings (CRM Integration Record)"
        case .coupledErrors: "Coupled Data Synchronization Errors"
        }
    }
}
