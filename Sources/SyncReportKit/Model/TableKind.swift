/// The kinds of export the tool reads, recognised by their header row.
public enum TableKind: String, Sendable, Hashable, CaseIterable, Codable {
    case jobs
    case errors
    case couplings
}
