/// Builds the error lists: a page that leads to every list, then each cause's and each mapping's errors in
/// pages of `pageSize`.
struct ErrorListViewBuilder: Sendable {
    let analysis: Analysis
    let format: Formatter
    let pageSize: Int

    /// A list of errors and where its pages go.
    struct List: Sendable {
        let title: String
        let pagination: Pagination
        let indices: [Int]
    }

    var causeLists: [List] {
        var byCause: [Cause: [Int]] = [:]
        for (index, error) in analysis.night.errors.enumerated() {
            byCause[error.classification.cause, default: []].append(index)
        }
        return Cause.allCases.compactMap { cause in
            byCause[cause].map { list(PageNames.errors(cause: cause), title: cause.title, $0) }
        }
    }

    /// Mappings in the order of the index: most errors first.
    var mappingLists: [List] {
        var byMapping: [String: [Int]] = [:]
        for (index, error) in analysis.night.errors.enumerated() {
            byMapping[error.mapping, default: []].append(index)
        }
        return analysis.byMapping.map { count in
            list(PageNames.errors(mapping: count.mapping), title: format.mapping(count.mapping), byMapping[count.mapping] ?? [])
        }
    }

    private func list(_ base: String, title: String, _ indices: [Int]) -> List {
        List(title: title, pagination: Pagination(base: base, count: indices.count, size: pageSize), indices: indices)
    }

    func hub(causes: [List], mappings: [List]) -> ErrorListView {
        let unknown = analysis.unknownTemplates.map { group in
            UnknownTemplateView(
                template: group.template, count: format.count(group.count), examples: group.examples.map(Note.init),
                ruleStub: group.ruleStub)
        }
        return ErrorListView(
            total: format.count(analysis.night.errors.count), causes: causes.map(entry), mappings: mappings.map(entry),
            hasErrors: !causes.isEmpty, unknown: unknown, hasUnknown: !unknown.isEmpty)
    }

    private func entry(_ list: List) -> ListEntry {
        let pages = list.pagination.pageCount
        return ListEntry(
            title: list.title, href: list.pagination.path(1), count: format.count(list.indices.count),
            pages: pages == 1 ? "one page" : "\(format.count(pages)) pages of \(format.count(pageSize))")
    }

    /// One page of `list`, whose rows are already rendered; it lies one folder down, in `errors/`.
    func page(_ number: Int, of list: List, kind: String, rows: String) -> ErrorPageView {
        let pager = list.pagination.pager(number, format: format)
        return ErrorPageView(heading: "\(kind): \(list.title)", summary: "Errors \(pager.summary)", pager: pager, rowsHTML: rows)
    }
}
