import CSyncSystem
import Crypto
import Foundation

/// A file of the report once written: all that the manifest, the archive and the checks keep of it.
public struct WrittenFile: Sendable, Equatable {
    /// Relative to the report folder.
    public var path: String
    /// Lowercase hex, as the manifest writes it.
    public var sha256: String
    public var size: Int
}

/// The folder a run writes its report into before publishing it: files go in as they are made, each hashed
/// as it is written, so no file is read back and the site is never held whole.
public struct StagingFolder: Sendable {
    public let url: URL

    /// Creates the folders the given paths lie in.
    func makeFolders(for paths: some Sequence<String>) throws(PublishError) {
        let folders = Set(paths.compactMap { path in path.lastIndex(of: "/").map { String(path[..<$0]) } })
        for folder in folders.sorted() {
            let url = url.appendingPathComponent(folder, isDirectory: true)
            do {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } catch {
                throw .io(path: url.path, reason: failureReason(error))
            }
        }
    }

    /// Writes one file, unsynced (publishing flushes the file system once), and returns its hash.
    func write(_ bytes: [UInt8], to path: String) throws(PublishError) -> WrittenFile {
        let target = url.appendingPathComponent(path).path
        guard syncreport_write_file(target, bytes, bytes.count) == 0 else {
            throw .io(path: target, reason: String(cString: strerror(errno)))
        }
        return WrittenFile(path: path, sha256: sha256Hex(bytes), size: bytes.count)
    }

    /// Writes one file as `body` makes it, hashing each part as it is written: `data.json` grows with the
    /// night and is never held whole.
    func stream(to path: String, _ body: (inout FileSink) throws(PublishError) -> Void) throws(PublishError) -> WrittenFile {
        let target = url.appendingPathComponent(path)
        guard FileManager.default.createFile(atPath: target.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: target) else {
            throw .io(path: target.path, reason: "cannot create the file")
        }
        defer { try? handle.close() }
        var sink = FileSink(handle: handle, path: target.path)
        try body(&sink)
        return WrittenFile(path: path, sha256: sink.hasher.finalize().map { String(format: "%02x", $0) }.joined(), size: sink.size)
    }

    /// The bytes of a file written here; for placing an issue's column after the page was let go.
    func read(_ path: String) -> [UInt8]? {
        try? FileParts.contents(of: url.appendingPathComponent(path).path)
    }
}

/// A file being written part by part, hashed as it goes.
struct FileSink: ByteSink {
    fileprivate let handle: FileHandle
    fileprivate let path: String
    fileprivate var hasher = SHA256()
    fileprivate var size = 0

    mutating func append(_ bytes: [UInt8]) throws(PublishError) {
        do {
            try handle.write(contentsOf: bytes)
        } catch {
            throw .io(path: path, reason: failureReason(error))
        }
        hasher.update(data: bytes)
        size += bytes.count
    }
}
