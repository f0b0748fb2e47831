import Foundation

/// stderr output, one line per message; stdout is left to what scripts consume.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    static func info(_ message: String, quiet: Bool) {
        guard !quiet else { return }
        error(message)
    }
}
