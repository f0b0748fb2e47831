import Foundation

/// The folder a report is published to, checked before any work is done: a symlink is followed to its target
/// (so a web root kept as a link is updated), and folders whose replacement would destroy something are refused.
public struct OutputFolder: Sendable, Equatable {
    public let url: URL

    var parent: URL { url.deletingLastPathComponent() }
    var name: String { url.lastPathComponent }

    /// Siblings the tool writes while publishing; they start with `.<name>.` so one pattern ignores them.
    func sibling(_ role: String) -> URL {
        parent.appendingPathComponent(".\(name).\(role)")
    }

    public init(_ url: URL, inputs: [String], workingDirectory: URL) throws(PublishError) {
        let resolved = url.standardizedFileURL.resolvingSymlinksInPath()
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: resolved.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .notAFolder(path: url.path)
        }
        let folder = resolved.path.hasSuffix("/") ? resolved.path : resolved.path + "/"
        if (workingDirectory.standardizedFileURL.resolvingSymlinksInPath().path + "/").hasPrefix(folder) {
            throw .holdsWorkingDirectory(folder: url.path)
        }
        for input in inputs {
            let path = URL(fileURLWithPath: input, relativeTo: workingDirectory).standardizedFileURL.resolvingSymlinksInPath().path
            if path.hasPrefix(folder) { throw .holdsInput(folder: url.path, input: input) }
        }
        self.url = resolved
    }
}
