/// Which way a job moved data, as Business Central's option `Synch. Direction` names it.
public enum SyncDirection: String, Sendable, Hashable, CaseIterable, Codable {
    case bidirectional = "Bidirectional"
    /// Business Central to Dataverse.
    case toIntegrationTable = "ToIntegrationTable"
    /// Dataverse to Business Central.
    case fromIntegrationTable = "FromIntegrationTable"

    public var title: String {
        switch self {
        case .bidirectional: "Both ways"
        case .toIntegrationTable: "Business Central to Dataverse"
        case .fromIntegrationTable: "Dataverse to Business Central"
        }
    }
}
