import Foundation

/// What a fetch did, written beside the pages as `fetch.log`: every request's address (never the secret or
/// the token), its answer, the rows of every table and the time taken, for the administrator who asks in
/// the morning where a number came from.
struct FetchLog: Sendable {
    static let fileName = "fetch.log"

    private(set) var lines: [String] = []

    mutating func add(_ line: String, at time: Date = Date()) {
        lines.append("\(CivilTime.format(time, in: .gmt, iso: true)) \(line)")
    }

    var bytes: [UInt8] { Array(lines.map { $0 + "\n" }.joined().utf8) }

    static func seconds(_ interval: TimeInterval) -> String {
        interval < 10 ? String(format: "%.2f s", interval) : "\(Int(interval.rounded())) s"
    }
}
