import CSyncSystem
import Foundation

/// A file read a megabyte at a time: exports, data.json and a bag's files run to hundreds of megabytes, and
/// going through a whole `Data` would hold each twice. Only a regular file is read, or a pipe where the caller
/// takes one (`generate <(…)`): a FIFO left in a report folder would make `open` wait for a writer for ever,
/// and a device might never end.
struct FileParts: ~Copyable {
    static let partSize = 1 << 20

    private let descriptor: Int32
    /// The size of a regular file when opened; `nil` for a pipe.
    let size: Int?

    init(path: String, acceptsPipe: Bool = false) throws(FileProblem) {
        var kind: Int32 = 0
        var size: Int64 = 0
        let descriptor = syncreport_open_for_reading(path, acceptsPipe ? 1 : 0, &kind, &size)
        guard descriptor >= 0 else { throw .io(String(cString: strerror(errno))) }
        switch kind {
        case 0:
            self.size = Int(size)
        case 1 where acceptsPipe:
            self.size = nil
        default:
            close(descriptor)
            throw kind == 2 ? .folder : .special(kind == 1 ? "FIFO" : "device or socket")
        }
        self.descriptor = descriptor
    }

    deinit {
        close(descriptor)
    }

    /// The next part, or `nil` at the end of the file.
    mutating func next() throws(FileProblem) -> [UInt8]? {
        var failure: Int32 = 0
        let part = [UInt8](unsafeUninitializedCapacity: Self.partSize) { buffer, count in
            while true {
                let read = Foundation.read(descriptor, buffer.baseAddress, Self.partSize)
                if read < 0, errno == EINTR { continue }
                if read < 0 { failure = errno }
                count = max(read, 0)
                return
            }
        }
        guard failure == 0 else { throw .io(String(cString: strerror(failure))) }
        return part.isEmpty ? nil : part
    }

    /// The whole regular file at `path`.
    static func contents(of path: String) throws(FileProblem) -> [UInt8] {
        var parts = try FileParts(path: path)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(parts.size ?? 0)
        while let part = try parts.next() { bytes.append(contentsOf: part) }
        return bytes
    }
}

/// Why a file could not be read, as the end of a message such as `data.json: error: cannot read it: …`.
enum FileProblem: Error, CustomStringConvertible {
    case folder
    /// A FIFO, device or socket, named by what it is.
    case special(String)
    /// The system's reason.
    case io(String)

    var description: String {
        switch self {
        case .folder: "it is a folder, not a file"
        case .special(let kind): "it is not a regular file but a \(kind), which could block or never end"
        case .io(let reason): reason
        }
    }
}
