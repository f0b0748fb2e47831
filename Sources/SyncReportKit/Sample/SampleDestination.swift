/// Where a sample night's export files go, one after the other and each in pieces, so a large night never has to
/// sit in memory whole.
public protocol SampleDestination {
    associatedtype Failure: Error

    /// Starts the file `name`; the file before it, if any, is finished.
    mutating func startFile(named name: String) throws(Failure)
    /// Appends to the file started last.
    mutating func write(_ bytes: [UInt8]) throws(Failure)
    mutating func finishFile() throws(Failure)
}

/// Keeps the files in memory.
struct SampleFileCollector: SampleDestination {
    typealias Failure = Never

    private(set) var files: [SampleFile] = []
    private var name = ""
    private var contents: [UInt8] = []

    mutating func startFile(named name: String) {
        self.name = name
        contents = []
    }

    mutating func write(_ bytes: [UInt8]) {
        contents.append(contentsOf: bytes)
    }

    mutating func finishFile() {
        files.append(SampleFile(name: name, contents: contents))
        contents = []
    }
}
