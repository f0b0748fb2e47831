import Foundation
@testable import SyncReportKit

extension Site {
    /// Reads every regular file under `folder`, paths relative to it: a whole report in memory, for comparing two.
    static func read(from folder: URL) throws(PublishError) -> Site {
        let manager = FileManager.default
        guard let paths = try? manager.subpathsOfDirectory(atPath: folder.path) else {
            throw .io(path: folder.path, reason: "cannot read the folder")
        }
        var files: [SiteFile] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: url.path) else { throw .io(path: url.path, reason: "cannot read the file") }
            files.append(SiteFile(path: path, bytes: [UInt8](data)))
        }
        return Site(files: files)
    }
}
