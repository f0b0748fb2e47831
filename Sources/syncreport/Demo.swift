import ArgumentParser
import Foundation
import SyncReportKit

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a sample night into a temporary folder and build its report (by default into Output/)."
    )

    @Option(help: "Seed of the sample night.")
    var seed: UInt64 = 1

    @OptionGroup var options: ReportOptions

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("syncreport-demo-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = try SampleWriter.write(SampleGenerator(seed: seed).files(), to: folder)
        let status = try options.publish(inputs: paths)
        if status != 0 { throw ExitCode(status) }
    }
}
