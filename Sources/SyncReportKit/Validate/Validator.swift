import Foundation

/// The Validate stage: every page must parse as well-formed XML with libxml2 before anything is published.
public struct Validator: Sendable {
    public init() {}

    /// Returns the site unchanged when every page is clean; otherwise throws every issue found.
    public func run(_ site: Site) throws(ValidationError) -> Site {
        let issues = site.files.filter(\.isPage).flatMap { LibXML.check($0.bytes, name: $0.path) }
        guard issues.isEmpty else { throw ValidationError(issues: issues) }
        return site
    }

    /// Re-validates a published report folder; `Site` paths are relative to `folder`.
    public func run(folder: URL) throws(PublishError) -> [MarkupIssue] {
        let site = try Site.read(from: folder)
        guard site.files.contains(where: \.isPage) else { throw .notAReport(folder: folder.path) }
        return site.files.filter(\.isPage).flatMap { LibXML.check($0.bytes, name: $0.path) }
    }
}
