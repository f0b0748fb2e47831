/// Rows that appeared more than once across the inputs (e.g. overlapping nights), merged into one.
public struct Duplicates: Sendable, Equatable {
    /// Same key, same values.
    public var repeated = 0
    /// Same key, different values: the newer row was kept.
    public var conflicting = 0

    public init(repeated: Int = 0, conflicting: Int = 0) {
        self.repeated = repeated
        self.conflicting = conflicting
    }
}
