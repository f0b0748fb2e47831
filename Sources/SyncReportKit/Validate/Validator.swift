import Foundation

/// The Validate stage, before anything is published: every page must be well-formed XML that is valid against
/// the report's RELAX NG schema, use each id once, and link only to files and ids the report holds.
public struct Validator: Sendable {
    public init() {}

    /// Returns the site unchanged when every page is clean; otherwise throws every issue found.
    public func run(_ site: Site) throws(ValidationError) -> Site {
        let issues = Self.markupIssues(site)
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return site
    }

    /// Re-checks a published report folder: every page again, and every file against `manifest-sha256.txt`
    /// (missing, altered or added files). Issues are sorted by file.
    public func run(folder: URL) throws(PublishError) -> [MarkupIssue] {
        let site = try Site.read(from: folder)
        guard site.files.contains(where: \.isPage) else { throw .notAReport(folder: folder.path) }
        return (Self.markupIssues(site) + Self.manifestIssues(site)).sorted()
    }

    /// Pages are read on every core, each thread with its own compiled schema.
    private static func markupIssues(_ site: Site) -> [MarkupIssue] {
        let pages = site.files.filter(\.isPage)
        let chunks = (0..<pages.count).parallelChunks(minimumChunk: 256) { range -> Result<[PageInspection], XMLReadFailure> in
            Result { () throws(XMLReadFailure) in
                let page = try ReportSchema.page.compiled()
                let email = try ReportSchema.email.compiled()
                return range.map { index in
                    let path = pages[index].path
                    return LibXML.inspect(pages[index].bytes, name: path, schema: ReportSchema.of(path) == .email ? email : page)
                }
            }
        }
        var inspections: [PageInspection] = []
        for chunk in chunks {
            switch chunk {
            case .success(let part): inspections += part
            case .failure(let failure):
                return [MarkupIssue(
                    file: "Schema", line: failure.line, column: failure.column, level: .fatal,
                    message: "a schema that ships with the tool cannot be used: \(failure.message)")]
            }
        }
        return inspections.flatMap(\.issues)
            + SiteLinks.issues(pages: pages, inspections: inspections, files: Set(site.files.map(\.path)))
    }

    private static func manifestIssues(_ site: Site) -> [MarkupIssue] {
        guard let manifest = site.files.first(where: { $0.path == Manifest.fileName }) else {
            return [MarkupIssue(file: Manifest.fileName, line: 0, column: 0, level: .error, message: "the manifest is missing")]
        }
        let listed = Manifest.entries(in: manifest.bytes)
        let present = Dictionary(site.files.map { ($0.path, $0.bytes) }) { first, _ in first }
        var issues: [MarkupIssue] = []
        for (line, entry) in listed.enumerated() {
            guard let bytes = present[entry.path] else {
                issues.append(MarkupIssue(file: entry.path, line: 0, column: 0, level: .error,
                                          message: "listed in the manifest (line \(line + 1)) but missing"))
                continue
            }
            if sha256Hex(bytes) != entry.sha256 {
                issues.append(MarkupIssue(file: entry.path, line: 0, column: 0, level: .error,
                                          message: "altered: its SHA-256 differs from the manifest's (line \(line + 1))"))
            }
        }
        let listedPaths = Set(listed.map(\.path))
        for file in site.files where file.path != Manifest.fileName && !listedPaths.contains(file.path) && !file.path.contains("/.") {
            issues.append(MarkupIssue(file: file.path, line: 0, column: 0, level: .warning, message: "not written by the report (not in the manifest)"))
        }
        return issues
    }
}
