import Foundation

/// The Validate stage: every page must be well-formed XML that is valid against the report's RELAX NG
/// schema, use each id once, and link only to files and ids the report holds. Pages are checked on every
/// core as they stream past (`PageStream`); the checks across pages run on what each page left behind.
public struct Validator: Sendable {
    public init() {}

    /// Returns the site unchanged when every page is clean; otherwise throws every issue found.
    public func run(_ site: Site) throws(ValidationError) -> Site {
        let pages = site.files.filter(\.isPage)
        let bytes = Dictionary(site.files.map { ($0.path, $0.bytes) }) { first, _ in first }
        let outcome = PageStream<Never>(
            make: { (pages[$0].path, pages[$0].bytes) },
            keep: { path, bytes in WrittenFile(path: path, sha256: "", size: bytes.count) }
        ).run(count: pages.count, progress: nil)
        let issues = Self.issues(outcome, files: Set(bytes.keys)) { bytes[$0] }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return site
    }

    /// A stream's own issues and those across its pages; `read` gives a page's bytes to place a column.
    static func issues(_ outcome: PageStreamOutcome, files: Set<String>, read: (String) -> [UInt8]?) -> [MarkupIssue] {
        outcome.issues + outcome.links.issues(files: files, read: read)
    }

    /// Re-checks a published report folder: every page again, and every file against `manifest-sha256.txt`
    /// (missing, altered or added files). Pages are read one at a time, other files (data.json) hashed a part at
    /// a time. Issues are sorted by file.
    public func run(folder: URL, progress: RunObserver? = nil) throws(PublishError) -> [MarkupIssue] {
        let paths = try Self.files(in: folder)
        let pages = paths.filter { $0.hasSuffix(".html") }
        guard !pages.isEmpty else { throw .notAReport(folder: folder.path) }
        let read: @Sendable (String) throws(PublishError) -> [UInt8] = { path throws(PublishError) in
            do throws(FileProblem) {
                return try FileParts.contents(of: folder.appendingPathComponent(path).path)
            } catch {
                throw .io(path: folder.appendingPathComponent(path).path, reason: error.description)
            }
        }
        let outcome = try PageStream<PublishError>(
            make: { index throws(PublishError) in (pages[index], try read(pages[index])) },
            keep: { path, bytes in WrittenFile(path: path, sha256: sha256Hex(bytes), size: bytes.count) }
        ).run(count: pages.count, progress: Progress(step: "validate", observer: progress))
        var hashes = Dictionary(outcome.files.map { ($0.path, $0.sha256) }) { first, _ in first }
        var manifest: [UInt8]?
        for path in paths where !path.hasSuffix(".html") {
            if path == Manifest.fileName {
                manifest = try read(path)
                continue
            }
            let url = folder.appendingPathComponent(path)
            do throws(FileProblem) {
                hashes[path] = try sha256Hex(ofFileAt: url.path)
            } catch {
                throw .io(path: url.path, reason: error.description)
            }
        }
        let issues = Self.issues(outcome, files: Set(paths)) { try? read($0) }
        return (issues + Self.manifestIssues(manifest, hashes: hashes)).sorted()
    }

    /// Every regular file under `folder`, relative to it, sorted.
    private static func files(in folder: URL) throws(PublishError) -> [String] {
        let manager = FileManager.default
        guard let paths = try? manager.subpathsOfDirectory(atPath: folder.path) else {
            throw .io(path: folder.path, reason: "cannot read the folder")
        }
        return paths.filter { path in
            var isDirectory: ObjCBool = false
            return manager.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    /// - Parameter hashes: every file but the manifest, by path.
    private static func manifestIssues(_ manifest: [UInt8]?, hashes: [String: String]) -> [MarkupIssue] {
        guard let manifest else {
            return [MarkupIssue(file: Manifest.fileName, line: 0, column: 0, level: .error, message: "the manifest is missing")]
        }
        let listed = Manifest.entries(in: manifest)
        var issues: [MarkupIssue] = []
        for (line, entry) in listed.enumerated() {
            guard let hash = hashes[entry.path] else {
                issues.append(MarkupIssue(file: entry.path, line: 0, column: 0, level: .error,
                                          message: "listed in the manifest (line \(line + 1)) but missing"))
                continue
            }
            if hash != entry.sha256 {
                issues.append(MarkupIssue(file: entry.path, line: 0, column: 0, level: .error,
                                          message: "altered: its SHA-256 differs from the manifest's (line \(line + 1))"))
            }
        }
        let listedPaths = Set(listed.map(\.path))
        for path in hashes.keys.sorted() where !listedPaths.contains(path) && !path.contains("/.") {
            issues.append(MarkupIssue(file: path, line: 0, column: 0, level: .warning, message: "not written by the report (not in the manifest)"))
        }
        return issues
    }
}
