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
    public static func load(path: String, acceptsPipe: Bool = true) throws(ImportError) -> InputFile {
        do throws(FileProblem) {
            var parts = try FileParts(path: path, acceptsPipe: acceptsPipe)
            var bytes: [UInt8] = []
            bytes.reserveCapacity(parts.size ?? 0)
            while let part = try parts.next() { bytes.append(contentsOf: part) }
            return InputFile(name: path, bytes: bytes)
        } catch .folder {
            throw .unreadable(file: path, reason: "it is a folder; give the export files in it")
        } catch {
            throw .unreadable(file: path, reason: error.description)
        }
    }
}
