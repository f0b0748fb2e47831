import Foundation

/// What one run of the binary left behind.
struct Outcome {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// The built `syncreport`: the test bundle lives in the build folder next to the executable it depends on. Or
/// the one `SYNCREPORT_BINARY` names, such as a release build for a large night.
let syncreportBinary: URL = {
    if let path = ProcessInfo.processInfo.environment["SYNCREPORT_BINARY"] { return URL(fileURLWithPath: path) }
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !FileManager.default.isExecutableFile(atPath: folder.appendingPathComponent("syncreport").path), folder.path != "/" {
        folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("syncreport")
}()

/// Runs `syncreport` as cron would, with this process's environment unless given one.
func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String]? = nil) throws -> Outcome {
    // Output goes to files, not pipes: a run that filled the stderr pipe while we waited for stdout's end would hang.
    let capture = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: capture) }
    let stdout = capture.appendingPathComponent("stdout")
    let stderr = capture.appendingPathComponent("stderr")
    for file in [stdout, stderr] { try Data().write(to: file) }
    let out = try FileHandle(forWritingTo: stdout)
    defer { try? out.close() }
    let err = try FileHandle(forWritingTo: stderr)
    defer { try? err.close() }

    let process = Process()
    process.executableURL = syncreportBinary
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    if let environment { process.environment = environment }
    process.standardOutput = out
    process.standardError = err
    try process.run()
    process.waitUntilExit()
    return Outcome(
        status: process.terminationStatus, stdout: String(decoding: try Data(contentsOf: stdout), as: UTF8.self),
        stderr: String(decoding: try Data(contentsOf: stderr), as: UTF8.self))
}

/// A new empty folder of its own: tests run in parallel and never write into the working directory.
func temporaryFolder() throws -> URL {
    let url = testRun.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// One folder for every temporary folder of this test run, removed when the run ends.
private let testRun: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("syncreport-cli-\(getpid())")
    atexit { try? FileManager.default.removeItem(at: testRun) }
    return url
}()
