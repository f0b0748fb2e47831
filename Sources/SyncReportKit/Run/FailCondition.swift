/// What makes a published night end with exit 10 under `--fail-on`, so cron (which mails only on a non-zero
/// status) tells the administrator; the report is published all the same.
public enum FailCondition: String, Sendable, CaseIterable {
    /// A record fails that did not fail in the previous report.
    case new
    /// Any record fails, or any error was logged.
    case any
    /// A health check found something: an export missing or stale, a job that failed as a whole, counts that disagree.
    case health
    /// Some input rows were rejected.
    case rejected

    /// Why the night meets this condition, for stderr; `nil` when it does not.
    public func reason(_ analysis: Analysis) -> String? {
        switch self {
        case .new:
            let count = analysis.history.newCount
            return count > 0 ? "\(count) new failing \(count == 1 ? "record" : "records")" : nil
        case .any:
            let totals = analysis.totals
            return totals.failingRecords > 0 || totals.errors > 0
                ? "\(totals.failingRecords) failing \(totals.failingRecords == 1 ? "record" : "records"), \(totals.errors) \(totals.errors == 1 ? "error" : "errors")" : nil
        case .health:
            let count = analysis.health.count
            return count > 0 ? "\(count) health \(count == 1 ? "check" : "checks") to clear" : nil
        case .rejected:
            let count = analysis.totals.rejectedRows
            return count > 0 ? "\(count) rejected \(count == 1 ? "row" : "rows")" : nil
        }
    }

    /// The exit status of a published night that meets a `--fail-on` condition.
    public static let exitStatus: Int32 = 10
}
