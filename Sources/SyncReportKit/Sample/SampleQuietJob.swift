/// One run of a quiet mapping in one direction (a row of table 5338): a few rows synchronised, none failed.
struct SampleQuietJob {
    let id: SampleGUID
    let mapping: SampleQuietMapping
    let direction: SampleDirection
    let inserted: Int
    let modified: Int
    let unchanged: Int
    /// Milliseconds since 1970 (UTC).
    let start: Int
    let finish: Int
}
