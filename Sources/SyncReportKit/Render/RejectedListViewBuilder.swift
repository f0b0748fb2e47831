/// Builds the list of rejected input rows in pages: a night can reject every row of a broken export.
struct RejectedListViewBuilder: Sendable {
    let rejected: [RejectedRow]
    let format: Formatter
    let pageSize: Int

    var pagination: Pagination { Pagination(base: PageNames.rejected, count: rejected.count, size: pageSize) }

    func page(_ number: Int) -> RejectedListView {
        let pager = pagination.pager(number, format: format)
        let rows = rejected[pagination.rows(number)].map {
            RejectedView(file: $0.location.file, line: format.count($0.location.line),
                         column: format.count($0.location.column), reason: $0.reason)
        }
        return RejectedListView(
            count: format.count(rejected.count), summary: "Rows \(pager.summary)", pager: pager, rows: rows,
            hasRows: !rows.isEmpty)
    }
}
