/// One generated export file: its name and its exact bytes.
public struct SampleFile: Sendable, Equatable {
    public let name: String
    public let contents: [UInt8]
}
