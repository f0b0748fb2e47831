/// Why a synchronisation failed. The raw values are the ids used in rule files and data.json.
public enum Cause: String, Sendable, Hashable, CaseIterable, Codable {
    case conflict
    case deletedInBC = "deleted_in_bc"
    case deletedInDataverse = "deleted_in_dataverse"
    case missingDependency = "missing_dependency"
    case validation
    case permission
    case duplicateOrAlreadyCoupled = "duplicate_or_already_coupled"
    case connectionThrottlingTimeout = "connection_throttling_timeout"
    case mappingConfiguration = "mapping_configuration"
    case lockedConcurrency = "locked_concurrency"
    case unclassified

    /// How the report names the cause to an administrator.
    public var title: String {
        switch self {
        case .conflict: "Changed in both apps"
        case .deletedInBC: "Deleted in Business Central"
        case .deletedInDataverse: "Deleted in Dataverse"
        case .missingDependency: "Missing coupled dependency"
        case .validation: "Data validation"
        case .permission: "Permission or privilege"
        case .duplicateOrAlreadyCoupled: "Duplicate or already coupled"
        case .connectionThrottlingTimeout: "Connection, throttling or timeout"
        case .mappingConfiguration: "Mapping or configuration"
        case .lockedConcurrency: "Locked or changed concurrently"
        case .unclassified: "Unclassified"
        }
    }

    /// A cause that passes by itself: the next run, or Retry, succeeds once the service or the lock is free.
    /// It never decides what to do for a record that also failed for a lasting cause.
    public var isTransient: Bool {
        self == .connectionThrottlingTimeout || self == .lockedConcurrency
    }
}
