/// Checks pages one at a time on one thread: well-formed, valid against the report's schema, each id once.
/// Each thread makes its own, since a compiled schema is not shared between threads.
final class PageChecker {
    private let page: RelaxNGSchema
    private let email: RelaxNGSchema

    init() throws(XMLReadFailure) {
        page = try ReportSchema.page.compiled()
        email = try ReportSchema.email.compiled()
    }

    /// The page's own problems, and its ids and links for the checks across pages.
    func check(_ bytes: [UInt8], path: String) -> PageInspection {
        var inspection = LibXML.inspect(bytes, name: path, schema: ReportSchema.of(path) == .email ? email : page)
        var firstLine: [String: Int] = [:]
        var lines: PageLines?
        for (index, id) in inspection.ids.enumerated() {
            guard let first = firstLine[id.text] else {
                firstLine[id.text] = id.line
                continue
            }
            let found = lines ?? PageLines(bytes)
            lines = found
            let occurrence = inspection.ids[..<index].count { $0.line == id.line }
            inspection.issues.append(MarkupIssue(
                file: path, line: id.line, column: found.column(ofAttribute: "id", occurrence: occurrence, onLine: id.line),
                level: .error, message: "the id '\(id.text)' is used again; it is first used on line \(first)"))
        }
        return inspection
    }

    /// The issue that stands for every page when the schemas that ship with the tool cannot be compiled.
    static func unusableSchema(_ failure: XMLReadFailure) -> MarkupIssue {
        MarkupIssue(
            file: "Schema", line: failure.line, column: failure.column, level: .fatal,
            message: "a schema that ships with the tool cannot be used: \(failure.message)")
    }
}
