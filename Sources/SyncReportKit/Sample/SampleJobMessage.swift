/// Job-level failures: the whole job stops, its Message holds the text.
enum SampleJobMessage {
    /// Connection lost for one run; the job processes nothing and logs no error rows.
    case accessTokenFailed
    case connectionTimedOut
    /// Broken mapping; the job also logs one error row without source or destination record.
    case noFieldMappingRows

    var cause: SampleCause {
        switch self {
        case .accessTokenFailed, .connectionTimedOut: .connectionThrottlingTimeout
        case .noFieldMappingRows: .mappingConfiguration
        }
    }

    /// How long the job runs before giving up, in milliseconds (a timeout waits for the two-minute channel limit).
    var durationMilliseconds: Int {
        switch self {
        case .accessTokenFailed: 2_400
        case .connectionTimedOut: 120_300
        case .noFieldMappingRows: 900
        }
    }

    func text(table: SampleTable, environment: SampleEnvironment) -> String {
        switch self {
        case .accessTokenFailed:
            "Failed to acquire an access token for \(environment.serviceURL)."
        case .connectionTimedOut:
            SampleMessage.operationTimedOutText
        case .noFieldMappingRows:
            "There are no field mapping rows for the Integration Table Mapping Name \(table.mappingName) in the Integration Field Mapping table."
        }
    }
}
