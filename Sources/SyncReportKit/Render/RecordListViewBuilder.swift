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
            summary: "Records \(pager.summary)", pager: pager, rowsHTML: row.rendered(records[pagination.rows(number)].lazy.map(self.row)))
    }

    private func row(_ timeline: RecordTimeline) -> RecordRow {
        let latest = analysis.night.errors[timeline.latestErrorIndex]
        return RecordRow(
            name: timeline.record.displayName, href: PageNames.record(timeline.record.key),
            mapping: format.mapping(latest.mapping), cause: latest.classification.cause.title,
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
