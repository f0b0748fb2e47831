/// Synch. Direction of a job (table 5338), i.e. which side is the source of the data.
enum SampleDirection: Int, CaseIterable {
    /// Business Central → Dataverse.
    case toIntegrationTable
    /// Dataverse → Business Central.
    case fromIntegrationTable

    /// The option value as the job list exports it.
    var caption: String {
        switch self {
        case .toIntegrationTable: "ToIntegrationTable"
        case .fromIntegrationTable: "FromIntegrationTable"
        }
    }
}
