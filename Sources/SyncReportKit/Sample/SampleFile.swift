/// One generated export file: its name and its exact bytes (UTF-8 without BOM, CRLF row ends).
public struct SampleFile: Sendable, Equatable {
    public let name: String
    public let contents: [UInt8]
}
