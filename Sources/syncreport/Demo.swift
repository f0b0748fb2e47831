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
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("syncreport-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        var sample = try SampleFolder(folder)
        try SampleGenerator(seed: seed).write(.csv, to: &sample)
        // The report names the files, not the temporary folder, so every demo is byte-identical.
        var inputs: [InputFile] = []
        for path in sample.paths {
            do throws(ImportError) {
                var input = try InputFile.load(path: path)
                input.name = URL(fileURLWithPath: path).lastPathComponent
                inputs.append(input)
            } catch {
                throw PipelineError.input(error)
            }
        }
        let status = try options.publish(inputs: inputs)
        if status != 0 { throw ExitCode(status) }
    }
}
