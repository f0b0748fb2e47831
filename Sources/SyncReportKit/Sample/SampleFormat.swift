/// The formats a sample night's exports can be written in, as the three ways Business Central exports reach people.
public enum SampleFormat: String, CaseIterable, Sendable {
    /// `jobs.csv`, `errors.csv`, `couplings.csv`, as Excel saves CSV: the tables' fields under their captions.
    case csv
    /// OData v4 pages as Business Central's web services return them, under the pages' control names: `jobs.json`,
    /// `errors.json`, `couplings.json`, or numbered pages (`errors-01.json` …) for more than 20,000 rows.
    case json
    /// `jobs.xlsx`, `errors.xlsx`, `couplings.xlsx`, one sheet each, as Excel saves a workbook: shared strings,
    /// date-times as serial numbers in a date format.
    case xlsx
}
