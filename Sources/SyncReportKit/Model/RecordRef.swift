/// The record an error is about, seen from both sides when the exports allow it.
/// Identity is the Business Central record when known, else the Dataverse row.
public struct RecordRef: Sendable, Hashable, Comparable {
    public let businessCentral: RecordID?
    public let dataverse: RecordID?
    /// The stable key: `Customer: C00110`, or the Dataverse row, or empty for job-level errors. Made once:
    /// every stage groups, counts and links errors by it, millions of times on a large night.
    public let key: String

    public init(businessCentral: RecordID?, dataverse: RecordID?) {
        self.businessCentral = businessCentral
        self.dataverse = dataverse
        key = (businessCentral ?? dataverse)?.description ?? ""
    }

    public var displayName: String { (businessCentral ?? dataverse)?.displayName ?? "the job" }

    public var isKnown: Bool { businessCentral != nil || dataverse != nil }

    public static func == (lhs: RecordRef, rhs: RecordRef) -> Bool { lhs.key == rhs.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    public static func < (lhs: RecordRef, rhs: RecordRef) -> Bool { lhs.key < rhs.key }
}
