/// Builds the error lists. Each error is listed once, in the list of its cause within its mapping, in pages
/// of `pageSize`; a page per cause and a page per mapping lead to those lists, and `errors.html` to all of
/// them. A million errors are a million rows, not two million.
struct ErrorListViewBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter
    let pageSize: Int

    /// The errors of one cause in one mapping, and where its pages go.
    struct List: Sendable {
        let cause: Cause
        /// Empty when the exports do not say which mapping.
        let mapping: String
        let pagination: Pagination
        let indices: [Int]
    }

    /// Every list, by cause in `Cause.allCases` order, then by mapping in the index's order.
    var lists: [List] {
        var byPair: [Cause: [String: [Int]]] = [:]
        let errors = analysis.night.errors
        for index in errors.indices {
            byPair[errors[index].classification.cause, default: [:]][errors[index].mapping, default: []].append(index)
        }
        return Cause.allCases.flatMap { cause in
            analysis.byMapping.compactMap { count in
                byPair[cause]?[count.mapping].map { indices in
                    List(cause: cause, mapping: count.mapping,
                         pagination: Pagination(base: PageNames.errors(cause: cause, mapping: count.mapping), count: indices.count, size: pageSize),
                         indices: indices)
                }
            }
        }
    }

    /// Shapes of unknown messages the hub shows, the most frequent: a night of messages that each have a shape of
    /// their own would otherwise make the page as long as the night.
    static let unknownShapesShown = 100

    func hub(_ lists: [List]) -> ErrorListView {
        let shown = analysis.unknownTemplates.prefix(Self.unknownShapesShown)
        let unknown = shown.map { group in
            UnknownTemplateView(
                template: format.message(group.template), count: format.count(group.count),
                examples: group.examples.map { Note(text: format.message($0)) }, ruleStub: format.message(group.ruleStub))
        }
        let rest = analysis.unknownTemplates.dropFirst(shown.count)
        let restErrors = rest.reduce(0) { $0 + $1.count }
        let causes = Cause.allCases.compactMap { cause -> ListEntry? in
            let count = lists.filter { $0.cause == cause }.reduce(0) { $0 + $1.indices.count }
            guard count > 0 else { return nil }
            return ListEntry(title: cause.title, href: Pagination.firstPage(PageNames.errors(cause: cause)), count: format.count(count))
        }
        let mappings = analysis.byMapping.map { count in
            ListEntry(title: format.mapping(count.mapping), href: Pagination.firstPage(PageNames.errors(mapping: count.mapping)),
                      count: format.count(count.errors))
        }
        return ErrorListView(
            total: format.count(analysis.night.errors.count), causes: causes, mappings: mappings,
            hasErrors: !causes.isEmpty, unknown: unknown, hasUnknown: !unknown.isEmpty,
            moreUnknown: rest.isEmpty ? "" : "\(format.count(rest.count)) less frequent shapes, of \(format.count(restErrors)) \(restErrors == 1 ? "error" : "errors"), are not listed: write rules for the shapes above, run again, and the next ones show here.",
            hasMoreUnknown: !rest.isEmpty)
    }

    /// The page of one cause, or of one mapping: the lists it is split into. It lies in `errors/`.
    func group(cause: Cause?, mapping: String?, of lists: [List]) -> ErrorGroupView {
        let chosen = lists.filter { list in cause.map { list.cause == $0 } ?? (list.mapping == mapping) }
        let total = chosen.reduce(0) { $0 + $1.indices.count }
        let entries = chosen.map { list in
            ListPage(
                title: cause == nil ? list.cause.title : format.mapping(list.mapping),
                href: String(list.pagination.path(1).dropFirst("errors/".count)), count: format.count(list.indices.count),
                pages: list.pagination.pageCount == 1 ? "one page" : "\(format.count(list.pagination.pageCount)) pages of \(format.count(pageSize))")
        }
        let heading = cause.map { "Cause: \($0.title)" } ?? "Mapping: \(format.mapping(mapping ?? ""))"
        return ErrorGroupView(
            heading: heading,
            summary: "\(format.count(total)) \(total == 1 ? "error" : "errors") in \(format.count(entries.count)) \(cause == nil ? "causes" : "mappings")",
            column: cause == nil ? "Cause" : "Integration table mapping", lists: entries)
    }

    /// One page of `list`, whose rows are already rendered; it lies one folder down, in `errors/`.
    func page(_ number: Int, of list: List, rows: String) -> ErrorPageView {
        let pager = list.pagination.pager(number, format: format)
        return ErrorPageView(
            heading: "\(list.cause.title) in \(format.mapping(list.mapping))", summary: "Errors \(pager.summary)", pager: pager,
            rowsHTML: rows, causeHref: String(Pagination.firstPage(PageNames.errors(cause: list.cause)).dropFirst("errors/".count)),
            cause: list.cause.title,
            mappingHref: String(Pagination.firstPage(PageNames.errors(mapping: list.mapping)).dropFirst("errors/".count)),
            mapping: format.mapping(list.mapping))
    }
}
