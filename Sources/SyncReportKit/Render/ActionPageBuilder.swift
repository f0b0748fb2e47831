/// Builds the page of one action, in pages of records, and its CSV: every record behind the action, and the
/// filter to paste on Coupled Data Synchronization Errors so that Retry reaches exactly those records.
struct ActionPageBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter
    let pageSize: Int

    /// Longest filter text given as one piece; longer lists are split into several filters to apply in turn.
    static let filterLength = 1_000
    /// Actions with a page and a CSV of their own: a large night has thousands of actions of a record or two,
    /// which the list of all actions shows with their records and filters. Keeps the file count bounded.
    static let actionsWithPages = 100
    /// Actions on each page of the list of all actions.
    static let actionsPerListPage = 100
    /// Records the list of all actions shows of an action that has a page of its own.
    static let recordsPerListedAction = 12

    var listPagination: Pagination {
        Pagination(base: PageNames.actionList, count: analysis.actions.count, size: Self.actionsPerListPage)
    }

    /// One page of the list of every action: each with its records; those beyond the first hundred, which
    /// have no page of their own, with all their records and their filter.
    func listPage(_ number: Int) -> ActionListView {
        let pagination = listPagination
        let pager = pagination.pager(number, format: format)
        let ranks = pagination.rows(number).map { $0 + 1 }
        return ActionListView(
            summary: "\(format.count(analysis.actions.count)) actions, lasting causes first, each most errors cleared first. This page: actions \(pager.summary).",
            csvHref: PageNames.actionListCSV.dropFirst("actions/".count).description, pager: pager,
            actions: ranks.map { rank in
                let action = analysis.actions[rank - 1]
                let hasPage = rank <= Self.actionsWithPages
                let shown = hasPage ? Array(action.records.prefix(Self.recordsPerListedAction)) : action.records
                let more = action.records.count - shown.count
                let filters = hasPage ? [] : Self.filters(for: action.records)
                return ListedAction(
                    id: "a-\(rank)", heading: "\(rank). \(format.cause(action.cause))",
                    clears: "This action \(format.clears(action)).", text: action.text,
                    records: shown.map { Link(label: $0.displayName, href: "../" + PageNames.record($0.key)) },
                    more: more > 0 ? "and \(format.count(more)) more" : "", hasMore: more > 0,
                    page: hasPage ? [Link(label: "Its page: every record and the filter to retry them", href: PageNames.action(rank).dropFirst("actions/".count) + ".html")] : [],
                    filters: filters, hasFilters: !filters.isEmpty)
            })
    }

    /// Every record of every action, with the action's rank and cause.
    func listCSV() -> [UInt8] {
        var bytes: [UInt8] = []
        Self.row(["Action", "Cause", "Record", "Business Central table", "Key", "Dataverse row"], to: &bytes)
        for (offset, action) in analysis.actions.enumerated() {
            for record in action.records {
                Self.row([String(offset + 1), action.cause.rawValue] + Self.fields(record), to: &bytes)
            }
        }
        return bytes
    }

    /// The ranks (1-based) of the actions that have pages.
    var ranks: Range<Int> { 1..<(min(analysis.actions.count, Self.actionsWithPages) + 1) }

    func pagination(rank: Int) -> Pagination {
        Pagination(base: PageNames.action(rank), count: analysis.actions[rank - 1].records.count, size: pageSize)
    }

    func page(_ number: Int, rank: Int) -> ActionPageView {
        let action = analysis.actions[rank - 1]
        let pagination = pagination(rank: rank)
        let pager = pagination.pager(number, format: format)
        let records = action.records[pagination.rows(number)]
        let filters = Self.filters(for: action.records)
        return ActionPageView(
            heading: "Action \(rank): \(format.cause(action.cause))",
            clears: "This action \(format.clears(action)).", text: action.text,
            filters: filters, hasFilters: !filters.isEmpty,
            csvHref: PageNames.actionCSV(rank).dropFirst("actions/".count).description,
            summary: "Records \(pager.summary).", pager: pager,
            records: records.map { record in
                ActionRecordRow(
                    name: record.displayName, href: "../" + PageNames.record(record.key),
                    businessCentral: record.businessCentral?.description ?? "–", dataverse: record.dataverse?.description ?? "–")
            })
    }

    /// Every record of the action as CSV: its name, Business Central table and key, and Dataverse row.
    func csv(rank: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        Self.row(["Record", "Business Central table", "Key", "Dataverse row"], to: &bytes)
        for record in analysis.actions[rank - 1].records { Self.row(Self.fields(record), to: &bytes) }
        return bytes
    }

    private static func fields(_ record: RecordRef) -> [String] {
        [record.displayName, record.businessCentral?.table ?? "", record.businessCentral?.key ?? "", record.dataverse?.description ?? ""]
    }

    /// One CSV row, every value inert.
    private static func row(_ fields: [String], to bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVWriter.append(inert(field), to: &bytes)
        }
        bytes += [0x0D, 0x0A]
    }

    /// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula: such a value from the
    /// exports is written after an apostrophe, which Excel shows as text.
    static func inert(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// Per Business Central table, the records' keys as filter text for the Description column (the key
    /// values Coupled Data Synchronization Errors shows), split into pieces of at most `filterLength`.
    static func filters(for records: [RecordRef]) -> [ActionFilter] {
        var keys: [String: [String]] = [:]
        for record in records {
            guard let id = record.businessCentral else { continue }
            keys[id.table, default: []].append(filterValue(id.key))
        }
        return keys.keys.sorted().flatMap { table in
            var pieces: [String] = []
            var current = ""
            for key in keys[table]! {
                if !current.isEmpty, current.count + 1 + key.count > filterLength {
                    pieces.append(current)
                    current = ""
                }
                current += (current.isEmpty ? "" : "|") + key
            }
            pieces.append(current)
            return pieces.enumerated().map { index, text in
                ActionFilter(
                    table: table, part: pieces.count > 1 ? " (part \(index + 1) of \(pieces.count))" : "", text: text)
            }
        }
    }

    /// A key as one value of a Business Central filter: quoted when it holds a character filters give a
    /// meaning to, its quotes doubled.
    static func filterValue(_ key: String) -> String {
        guard key.contains(where: { "|&()*<>=.@'?%~ ".contains($0) }) || key.isEmpty else { return key }
        return "'" + key.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

struct ActionPageView: Sendable {
    let heading: String
    let clears: String
    let text: String
    let filters: [ActionFilter]
    let hasFilters: Bool
    let csvHref: String
    let summary: String
    let pager: PagerView
    let records: [ActionRecordRow]
}

struct ActionListView: Sendable {
    let summary: String
    let csvHref: String
    let pager: PagerView
    let actions: [ListedAction]
}

struct ListedAction: Sendable {
    let id: String
    let heading: String
    let clears: String
    let text: String
    let records: [Link]
    let more: String
    let hasMore: Bool
    /// The action's own page, for the first hundred.
    let page: [Link]
    /// For the others, which have no page, the filter to retry their records.
    let filters: [ActionFilter]
    let hasFilters: Bool
}

struct ActionFilter: Sendable {
    let table: String
    /// " (part 2 of 3)" when the keys need several filters.
    let part: String
    let text: String
}

struct ActionRecordRow: Sendable {
    let name: String
    let href: String
    let businessCentral: String
    let dataverse: String
}
