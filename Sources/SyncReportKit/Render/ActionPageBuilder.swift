/// Builds the page of one action, in pages of records, and its CSV: every record behind the action, and the
/// filter to paste on Coupled Data Synchronization Errors so that Retry reaches exactly those records.
struct ActionPageBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter
    let pageSize: Int

    /// Longest filter text given as one piece; longer lists are split into several filters to apply in turn.
    static let filterLength = 1_000
    /// Actions with a page and a CSV of their own: a large night has thousands of actions of a record or two,
    /// whose records' pages say what to do. Keeps the report's file count bounded.
    static let actionsWithPages = 100

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
        for (index, field) in ["Record", "Business Central table", "Key", "Dataverse row"].enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            CSVWriter.append(field, to: &bytes)
        }
        bytes += [0x0D, 0x0A]
        for record in analysis.actions[rank - 1].records {
            let fields = [record.displayName, record.businessCentral?.table ?? "", record.businessCentral?.key ?? "", record.dataverse?.description ?? ""]
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                CSVWriter.append(Self.inert(field), to: &bytes)
            }
            bytes += [0x0D, 0x0A]
        }
        return bytes
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
