/// Business Central sentences that wrap the real (inner) error; the cause is the inner one.
enum SampleWrapper: UInt8 {
    case none
    /// ModifyFailedErr in IntegrationRecSynchInvoke (destination table caption).
    case modifying
    /// CopyDataErr in IntegrationRecSynchInvoke.
    case dataNotUpdated
    /// Platform wrapper around a Dataverse fault; the AL `\` line break comes out as a newline.
    case dataverseCommunication

    func wrap(_ inner: String, destinationCaption: String) -> String {
        switch self {
        case .none:
            inner
        case .modifying:
            "Modifying \(destinationCaption) failed because of the following error: \(Self.withoutTrailingDots(inner))."
        case .dataNotUpdated:
            "The data could not be updated because of the following error: \(Self.withoutTrailingDots(inner))."
        case .dataverseCommunication:
            "An error occurred when communicating with Dataverse.\nDetailed description: \(inner)"
        }
    }

    /// Business Central's RemoveTrailingDots, so the wrapper's own full stop is not doubled.
    private static func withoutTrailingDots(_ text: String) -> Substring {
        var trimmed = Substring(text)
        while trimmed.last == "." {
            trimmed.removeLast()
        }
        return trimmed
    }
}
