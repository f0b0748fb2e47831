/// How much a sample night holds. Without `couplings` and `jobs` they follow from `errors`, as they always have,
/// so a seed and an error count keep giving the same bytes.
struct SampleSize {
    /// Error rows, exactly.
    var errors: Int
    /// Coupling rows, exactly.
    var couplings: Int?
    /// Job rows, exactly; at least `SamplePlanBuilder.minimumRuns` runs of every sample mapping.
    var jobs: Int?
}
