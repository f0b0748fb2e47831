import ArgumentParser
import Foundation
import SyncReportKit

struct Sample: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one synthetic but realistic night of exports: jobs, errors and couplings.",
        discussion: """
            The same seed and options always give the same bytes. Without --couplings and --jobs, both grow with \
            --errors; with them, a night of many errors over few couplings is one where a few records fail on every run.
            """
    )

    @Option(help: "Seed of the random night.")
    var seed: UInt64 = 1

    @Option(help: "How many error rows to write.")
    var errors = 400

    @Option(help: "How many coupling rows to write (default: in proportion to --errors).")
    var couplings: Int?

    @Option(help: "How many job rows to write, at least \(SampleGenerator.minimumJobs) (default: in proportion to --errors).")
    var jobs: Int?

    @Option(help: ArgumentHelp("The date whose evening the night starts on (default: 2026-11-24).", valueName: "yyyy-mm-dd"))
    var night: String?

    @Option(help: "csv (as Excel saves it), json (OData pages) or xlsx (workbooks).")
    var format: SampleFormat = .csv

    @Option(name: .customLong("out"), help: ArgumentHelp("Folder to write the exports to.", valueName: "dir"))
    var output: String

    func validate() throws {
        let rows = 0...10_000_000
        guard rows.contains(errors) else { throw ValidationError("--errors must be between 0 and 10000000.") }
        if let couplings, !rows.contains(couplings) {
            throw ValidationError("--couplings must be between 0 and 10000000.")
        }
        if let jobs, !(SampleGenerator.minimumJobs...1_000_000).contains(jobs) {
            throw ValidationError(
                "--jobs must be between \(SampleGenerator.minimumJobs) (three runs of the sample's nine mapping jobs) and 1000000.")
        }
        _ = try sampleNight()
    }

    func run() throws {
        let generator = SampleGenerator(
            seed: seed, errors: errors, couplings: couplings, jobs: jobs, night: try sampleNight())
        var folder = try SampleFolder(URL(fileURLWithPath: output))
        try generator.write(format, to: &folder)
        for path in folder.paths { Console.error("wrote \(path)") }
    }

    private func sampleNight() throws -> SampleNight {
        guard let night else { return .default }
        guard let date = SampleNight(night) else {
            let years = SampleNight.years
            throw ValidationError(
                "--night must be a date written YYYY-MM-DD, such as 2026-11-24, from \(years.lowerBound) to \(years.upperBound); '\(night)' is not.")
        }
        return date
    }
}

extension SampleFormat: ExpressibleByArgument {}

/// Writes sample files into a folder, creating it, as the generator hands them over.
struct SampleFolder: SampleDestination {
    private let folder: URL
    private(set) var paths: [String] = []
    private var file: FileHandle?

    init(_ folder: URL) throws(PipelineError) {
        self.folder = folder
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw Self.failure(folder.path, error)
        }
    }

    mutating func startFile(named name: String) throws(PipelineError) {
        let url = folder.appendingPathComponent(name)
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw .publish(.io(path: url.path, reason: "cannot create the file"))
        }
        do {
            file = try FileHandle(forWritingTo: url)
        } catch {
            throw Self.failure(url.path, error)
        }
        paths.append(url.path)
    }

    mutating func write(_ bytes: [UInt8]) throws(PipelineError) {
        do {
            try file?.write(contentsOf: bytes)
        } catch {
            throw Self.failure(paths.last ?? folder.path, error)
        }
    }

    mutating func finishFile() throws(PipelineError) {
        do {
            try file?.close()
        } catch {
            throw Self.failure(paths.last ?? folder.path, error)
        }
        file = nil
    }

    private static func failure(_ path: String, _ error: any Error) -> PipelineError {
        .publish(.io(path: path, reason: (error as NSError).localizedDescription))
    }
}
