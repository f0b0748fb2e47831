import Foundation

/// One export file's name (as the user gave it, for messages) and its bytes.
public struct InputFile: Sendable, Equatable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    public static func load(path: String) throws(ImportError) -> InputFile {
        // Read a megabyte at a time into one array: going through a whole `Data` first would hold every
        // export twice while it is copied. A pipe has no size to reserve; it is read just the same.
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if attributes?[.type] as? FileAttributeType == .typeDirectory {
            throw .unreadable(file: path, reason: "it is a folder; give the export files in it")
        }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            var bytes: [UInt8] = []
            if attributes?[.type] as? FileAttributeType == .typeRegular, let size = attributes?[.size] as? Int {
                bytes.reserveCapacity(size)
            }
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
            }
            return InputFile(name: path, bytes: bytes)
        } catch {
            throw .unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
    }
}
