/// What the synchronisation engine found for the record; decides which messages can occur and whether the
/// error row has a Destination Record ID.
enum SampleSituation: Int, CaseIterable {
    /// Coupled, both sides exist: the destination is modified.
    case update
    /// Not coupled yet: the destination is to be inserted, so it has no record id.
    case insert
    /// Coupled, but the destination side was deleted.
    case deletedDestination

    /// Relative frequency of a first failure in this situation when a message allows several: most errors of a
    /// night hit existing couplings; new records and deletions are the minority.
    var firstFailureWeight: Int {
        switch self {
        case .update: 4
        case .insert, .deletedDestination: 1
        }
    }
}
