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
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
            return InputFile(name: path, bytes: [UInt8](data))
        } catch {
            throw .unreadable(file: path, reason: (error as NSError).localizedDescription)
        }
    }
}
