/// Builds the list of records with errors tonight, failing ones first (they are what needs doing), in pages.
struct RecordListViewBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter
    let pageSize: Int

    var ordered: [RecordTimeline] { analysis.records.filter(\.isFailing) + analysis.records.filter { !$0.isFailing } }

    func pagination(count: Int) -> Pagination {
        Pagination(base: PageNames.records, count: count, size: pageSize)
    }

    /// One page of `records`, its rows rendered with `row`.
    func page(_ number: Int, of records: [RecordTimeline], row: RowTemplate) -> RecordListView {
        let pagination = pagination(count: records.count)
        let pager = pagination.pager(number, format: format)
        return RecordListView(
            summary: counts + " This page: records \(pager.summary).", pager: pager, rowsHTML: row.rendered(records[pagination.rows(number)].lazy.map(self.row)))
    }

    /// The list holds every record with an error, the index's failing records among them: said in the
    /// index's own numbers, so the two never seem to disagree.
    private var counts: String {
        let total = analysis.records.count
        let failing = analysis.totals.failingRecords
        let fixed = total - failing
        return "\(format.count(total)) \(total == 1 ? "record" : "records") had errors tonight: \(format.count(failing)) still failing, listed first, and \(format.count(fixed)) that a later synchronisation fixed."
    }

    private func row(_ timeline: RecordTimeline) -> RecordRow {
        // A failing record shows the cause that decides what to do; a fixed one its latest.
        let latest = analysis.night.errors[timeline.failing.first?.decidingErrorIndex ?? timeline.latestErrorIndex]
        return RecordRow(
            name: timeline.record.displayName, href: PageNames.record(timeline.record.key),
            mapping: format.mapping(latest.mapping), cause: format.cause(latest.classification.cause),
            errors: format.count(timeline.errorIndices.count), lastFailed: format.time(latest.error.loggedAt),
            status: status(timeline))
    }

    private func status(_ timeline: RecordTimeline) -> String {
        guard timeline.isFailing else { return "Fixed" }
        switch analysis.history.failing[timeline.record.key]?.status {
        case .new?: return "Failing, new tonight"
        case .stillFailing?:
            let nights = analysis.history.failing[timeline.record.key]?.nights ?? 1
            return "Failing, \(format.count(nights)) reports in a row"
        case nil: return "Failing"
        }
    }
}
