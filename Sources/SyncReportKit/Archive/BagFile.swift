import Foundation

/// One file of a bag: its path inside the bag, its hash and size, and where its bytes are. A report file is only
/// named: it was hashed as it was written and a large night's report runs to gigabytes, so the manifests and
/// limits use what was recorded then, and its bytes are copied from the report folder when the bag is written.
public struct BagFile: Sendable, Equatable {
    public enum Source: Sendable, Equatable {
        /// Held in memory: a tag file, the report's manifest, an export.
        case bytes([UInt8])
        /// A file of the report, by its path inside the report folder.
        case report(String)
    }

    public var path: String
    /// Lowercase hex, as the manifests write it.
    public var sha256: String
    public var size: Int
    public var source: Source

    init(path: String, bytes: [UInt8]) {
        self.path = path
        sha256 = sha256Hex(bytes)
        size = bytes.count
        source = .bytes(bytes)
    }

    /// A report file as it was written, under `data/report/`.
    init(report file: WrittenFile) {
        path = "data/report/\(file.path)"
        sha256 = file.sha256
        size = file.size
        source = .report(file.path)
    }

    /// Hands the file's bytes to `write` in order, a report file read from `report` one part at a time. A report
    /// file whose size is no longer the one written is refused: the bag's manifest would not describe it, and a
    /// tar entry's header already gave the size.
    func copy(from report: URL, into write: ([UInt8]) throws(ArchiveError) -> Void) throws(ArchiveError) {
        switch source {
        case .bytes(let bytes):
            try write(bytes)
        case .report(let path):
            try Self.stream(report.appendingPathComponent(path), size: size, into: write)
        }
    }

    private static func stream(_ url: URL, size: Int, into write: ([UInt8]) throws(ArchiveError) -> Void) throws(ArchiveError) {
        let changed = ArchiveError.io(path: url.path, reason: "it is no longer the \(size) bytes the report wrote, so the bag's manifest would not match it")
        var parts: FileParts
        do { parts = try FileParts(path: url.path) } catch { throw .io(path: url.path, reason: error.description) }
        var copied = 0
        while true {
            let part: [UInt8]?
            do { part = try parts.next() } catch { throw .io(path: url.path, reason: error.description) }
            guard let part else { break }
            copied += part.count
            guard copied <= size else { throw changed }
            try write(part)
        }
        guard copied == size else { throw changed }
    }
}
