import Foundation

/// What the last published report said, from its `data.json`: the nights it kept and the records failing then.
public struct PreviousReport: Sendable, Equatable {
    /// The file it was read from, for messages.
    public var file: String
    public var night: String?
    /// Whether that report compared itself with one before it (its `changes` are not null).
    public var wasCompared: Bool
    /// The night it compared itself with, when that night had a date.
    public var comparedWith: String?
    public var history: [NightTotals]
    /// Records failing in that report; `nil` when it comes from a version that did not list them.
    public var failing: [TrackedRecord]?
    /// Records that report found fixed, which a re-run of the same night compares with again.
    public var fixed: [TrackedRecord]
    /// The mappings whose jobs ran that night; `nil` from a version that did not write them.
    public var mappingsRun: [String]? = nil
    /// How far that report's jobs and errors reached; `nil` from a version that did not write it.
    public var coverage: Coverage? = nil

    /// The only schema version this tool reads and writes.
    public static let schemaVersion = 1

    /// Reads `data.json` in `folder`; `nil` when the folder or the file does not exist (a first night).
    public static func load(folder: String) throws(ImportError) -> PreviousReport? {
        let path = (folder.hasSuffix("/") ? folder : folder + "/") + "data.json"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let input = try InputFile.load(path: path, acceptsPipe: false)
        return try PreviousReportParser(bytes: input.bytes, file: input.name).parse()
    }
}
