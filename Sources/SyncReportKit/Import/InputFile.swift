import Foundation

/// One export file's name (as the user gave it, for messages) and its bytes.
public struct InputFile: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// Reads an export; a pipe is read too (`generate <(…)`) unless `acceptsPipe` is false, as for a file in a
    /// report folder, where a FIFO would never end.
    public static func load(
        path: String, acceptsPipe: Bool = true, maxBytes: Int = ImportLimits.standard.inputBytes
    ) throws(ImportError) -> InputFile {
        let tooLarge = ImportError.overLimit(
            file: path, what: "the file holds more than \(maxBytes) bytes", limit: maxBytes, flag: "--max-input-bytes")
        var parts: FileParts
        do {
            parts = try FileParts(path: path, acceptsPipe: acceptsPipe)
        } catch .folder {
            throw .unreadable(file: path, reason: "it is a folder; give the export files in it")
        } catch {
            throw .unreadable(file: path, reason: error.description)
        }
        // A regular file is refused before it is read; a pipe once it has given too much.
        if let size = parts.size, size > maxBytes { throw tooLarge }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.size ?? 0)
        while true {
            let part: [UInt8]?
            do { part = try parts.next() } catch { throw .unreadable(file: path, reason: error.description) }
            guard let part else { return InputFile(name: path, bytes: bytes) }
            guard bytes.count + part.count <= maxBytes else { throw tooLarge }
            bytes.append(contentsOf: part)
        }
    }
}
