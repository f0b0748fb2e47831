/// Builds what the report says about earlier nights: the index's comparison and trend, and the changes page.
struct HistoryViewBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter

    private var history: History { analysis.history }

    /// Plain words on what tonight is compared with, or why it is not.
    var basis: String {
        switch history.uncompared {
        case nil:
            history.comparedWith.map { "Compared with the previous report, of the night of \($0)." } ?? "Compared with the previous report."
        case .firstNight?:
            "This is the first report: there is no previous report to compare with, so nothing is marked new or fixed yet. From the next run on, this shows what is new, what still fails and since when, and what was fixed."
        case .firstNightAgain(let night)?:
            "The night of \(night) was reported before, by the first report: there is still no earlier report to compare with, so nothing is marked new or fixed yet."
        case .noRecords(let file)?:
            "The previous report (\(file)) was made by an earlier version that did not list its failing records, so nothing is marked new or fixed tonight; the next run compares with tonight."
        case .laterNight(let file, let night)?:
            "The previous report (\(file)) is of a later night, \(night), so tonight is not compared with it; give an earlier report with --previous to compare."
        }
    }

    func index() -> HistoryView {
        let nights = history.nights
        let counts = [history.newCount, history.stillFailingCount, history.fixed.count]
        let changes = history.isCompared ? zip(Self.kinds, counts).map { kind, count in
            Stat(label: kind.title, value: format.count(count), href: Pagination.firstPage(PageNames.changes(kind.id)), hasLink: count > 0)
        } : []
        return HistoryView(
            isCompared: history.isCompared, basis: basis, changes: changes,
            trend: nights.isEmpty ? [] : [Chart.columns(
                id: "chart-nights", title: "Errors per night, last \(format.count(nights.count)) \(nights.count == 1 ? "night" : "nights")",
                items: nights.map { ($0.night, $0.errors) }, format: format, shortLabel: { String($0.suffix(5)) })],
            nights: nights.reversed().map {
                NightRow(night: $0.night, errors: format.count($0.errors), failingRecords: format.count($0.failingRecords),
                         isTonight: $0.night == analysis.date)
            })
    }

    /// A list of tracked records and where its pages go.
    struct List: Sendable {
        let title: String
        let none: String
        let records: [TrackedRecord]
        let pagination: Pagination
        /// The records among them with a page tonight: those that logged errors.
        let withPage: Set<String>
    }

    /// New, still failing and fixed, each in its own pages; none when nothing was compared.
    func lists(pageSize: Int) -> [List] {
        guard history.isCompared else { return [] }
        let failing = history.failing.values.sorted { $0.key < $1.key }
        let withPage = Set(analysis.records.map(\.record.key))
        let records = [
            failing.filter { $0.status == .new },
            // Longest failing first: those have waited longest for someone.
            failing.filter { $0.status == .stillFailing }.sorted { ($1.nights, $0.key) < ($0.nights, $1.key) },
            history.fixed,
        ]
        return zip(Self.kinds, records).map { kind, records in
            List(title: kind.title, none: kind.none, records: records,
                 pagination: Pagination(base: PageNames.changes(kind.id), count: records.count, size: pageSize), withPage: withPage)
        }
    }

    /// The three lists, in the order of `History`'s counts: new, still failing, fixed.
    private static let kinds: [(id: String, title: String, none: String)] = [
        ("new", "New tonight", "No record started failing tonight."),
        ("still-failing", "Still failing", "No record failing in the previous report still fails."),
        ("fixed", "Fixed", "No record failing in the previous report was fixed."),
    ]

    /// One page of `list`, its rows rendered with `row`; it lies one folder down, in `changes/`.
    func page(_ number: Int, of list: List, row: RowTemplate) -> TrackedPageView {
        let pager = list.pagination.pager(number, format: format)
        let records = list.records[list.pagination.rows(number)]
        let rows = records.lazy.map { record in
            TrackedRow(
                name: record.name, href: "../" + PageNames.record(record.key), hasPage: list.withPage.contains(record.key),
                since: record.failingSince ?? "–", nights: format.count(record.nights))
        }
        return TrackedPageView(
            heading: list.title, basis: basis, summary: "Records \(pager.summary)", pager: pager, rowsHTML: row.rendered(rows),
            hasRows: !records.isEmpty, none: list.none)
    }

    /// The record page's line on how long the record has been failing.
    func line(for key: String) -> String {
        guard let record = history.failing[key], let status = record.status else { return "" }
        switch status {
        case .new: return "New tonight: it did not fail in the previous report."
        case .stillFailing:
            return "Failing since \(record.failingSince ?? "a night without a date"), \(format.count(record.nights)) reports in a row."
        }
    }
}
