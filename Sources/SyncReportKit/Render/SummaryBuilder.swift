/// Builds the morning email: what broke tonight, what is new, what was fixed, the actions that clear most
/// errors, and links into the full report.
struct SummaryBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter
    let mail: MailOptions

    /// The email shows the first few actions; the report has them all.
    static let actionsShown = 5
    /// Records an action names by name; its page lists them all.
    static let recordsNamed = 3

    var subject: String {
        let history = analysis.history
        let failing = analysis.totals.failingRecords
        let counts = history.isCompared
            ? "\(format.count(history.newCount)) new failing \(history.newCount == 1 ? "record" : "records"), \(format.count(history.fixed.count)) fixed"
            : "\(format.count(failing)) \(failing == 1 ? "record" : "records") failing to sync"
        // A night with health findings says so first: its counts may be wrong or incomplete.
        let checks = analysis.health.isEmpty ? "" : "Check first (\(analysis.health.count)): "
        return "\(checks)\(counts) – \(mail.tenant)"
    }

    func build() -> SummaryView {
        let history = analysis.history
        let totals = analysis.totals
        let base = mail.reportURL.map { $0.hasSuffix("/") ? $0 : $0 + "/" } ?? ""
        var facts = [
            Field(label: "Errors tonight", value: format.count(totals.errors)),
            Field(label: "Records failing", value: format.count(totals.failingRecords)),
            Field(label: "Jobs run", value: format.count(totals.jobs)),
        ]
        if history.isCompared {
            facts += [
                Field(label: "New since the previous report", value: format.count(history.newCount)),
                Field(label: "Still failing", value: format.count(history.stillFailingCount)),
                Field(label: "Fixed", value: format.count(history.fixed.count)),
            ]
        }
        let actions = analysis.actions.prefix(Self.actionsShown).enumerated().map { offset, action in
            let named = action.records.prefix(Self.recordsNamed).map(\.displayName).joined(separator: ", ")
            let more = action.records.count - min(action.records.count, Self.recordsNamed)
            return SummaryAction(
                cause: format.cause(action.cause),
                clears: "C" + format.clears(action).dropFirst(),
                text: action.textWithoutList,
                records: named + (more > 0 ? " and \(format.count(more)) more" : ""),
                href: base + Pagination.firstPage(PageNames.action(offset + 1)))
        }
        return SummaryView(
            subject: subject, night: analysis.date ?? "a night without a date",
            basis: HistoryViewBuilder(analysis: analysis, format: format).basis,
            checks: analysis.health.map { SummaryCheck(text: $0.text, remedy: $0.remedy) },
            hasChecks: !analysis.health.isEmpty,
            noActions: format.noActions(analysis),
            facts: facts, actions: actions, hasActions: !actions.isEmpty,
            moreActions: analysis.actions.count > Self.actionsShown
                ? "\(format.count(analysis.actions.count - Self.actionsShown)) more actions are in the report." : "",
            links: [
                Link(label: "The full report", href: base + PageNames.index),
                Link(label: "Errors by cause and by mapping", href: base + PageNames.errors),
                Link(label: "Records with errors", href: base + Pagination.firstPage(PageNames.records)),
            ] + (history.isCompared ? [Link(label: "New tonight", href: base + Pagination.firstPage(PageNames.changes("new")))] : []),
            whereReportLies: mail.reportURL == nil
                ? "The links are relative to the published report's folder; with --report-url they open it from this email." : "",
            hasWhereReportLies: mail.reportURL == nil)
    }
}

struct SummaryView: Sendable {
    let subject: String
    let night: String
    let basis: String
    let checks: [SummaryCheck]
    let hasChecks: Bool
    let noActions: String
    let facts: [Field]
    let actions: [SummaryAction]
    let hasActions: Bool
    let moreActions: String
    let links: [Link]
    let whereReportLies: String
    let hasWhereReportLies: Bool
}

struct SummaryCheck: Sendable {
    let text: String
    let remedy: String
}

struct SummaryAction: Sendable {
    let cause: String
    let clears: String
    let text: String
    /// The first records, by name.
    let records: String
    let href: String
}
