/// Builds the list of rejected input rows in pages: a night can reject every row of a broken export.
struct RejectedListViewBuilder: Sendable {
    let rejected: [RejectedRow]
    /// Every rejected row, of which `rejected` are the first.
    let total: Int
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
            count: format.count(total), summary: "Rows \(pager.summary)", pager: pager, rows: rows,
            hasRows: !rows.isEmpty,
            unlisted: total > rejected.count
                ? "Only the first \(format.count(rejected.count)) are listed: the inputs table on the overview counts the rejected rows of each file. A file that rejects this many rows is likely the wrong export or format."
                : "")
    }
}
