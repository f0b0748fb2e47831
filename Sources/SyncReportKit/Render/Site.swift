/// A rendered report: every file by its path relative to the report folder, sorted by path.
public struct Site: Sendable, Equatable {
    public var files: [SiteFile]

    public init(files: [SiteFile]) {
        self.files = files.sorted { $0.path < $1.path }
    }
}

public struct SiteFile: Sendable, Equatable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public var isPage: Bool { path.hasSuffix(".html") }
}
