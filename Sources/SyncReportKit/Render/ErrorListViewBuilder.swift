/// Builds the error list: every error, grouped by cause in the order of `Cause.allCases`.
struct ErrorListViewBuilder {
    let analysis: Analysis
    let rows: ErrorRows
    let format: Formatter

    func build() -> ErrorListView {
        var byCause: [Cause: [Int]] = [:]
        for (index, error) in analysis.night.errors.enumerated() {
            byCause[error.classification.cause, default: []].append(index)
        }
        let sections = Cause.allCases.compactMap { cause -> CauseSection? in
            guard let indices = byCause[cause] else { return nil }
            return CauseSection(
                id: cause.rawValue, title: cause.title, count: format.count(indices.count),
                errors: indices.map { rows.row($0, root: "") })
        }
        let unknown = analysis.unknownTemplates.map { group in
            UnknownTemplateView(
                template: group.template, count: format.count(group.count), examples: group.examples.map(Note.init),
                ruleStub: group.ruleStub)
        }
        return ErrorListView(
            total: format.count(analysis.night.errors.count), sections: sections, hasErrors: !sections.isEmpty,
            unknown: unknown, hasUnknown: !unknown.isEmpty)
    }
}
