import ArgumentParser
import SyncReportKit

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the report from job, error and coupling exports and publish it.",
        discussion: """
            Each input's table (jobs, errors, couplings) is recognised from its header row. Files given later win \
            over earlier ones for the same job, error or coupling, so give older nights first.
            """
    )

    @Argument(help: ArgumentHelp("Export files: CSV, OData JSON pages or Excel workbooks (.xlsx), each recognised by its header row.", valueName: "input"))
    var inputs: [String] = []

    @Flag(help: "Fetch the night from Business Central first (the options of syncreport fetch, with --company), instead of reading export files.")
    var fetch = false

    @OptionGroup var options: ReportOptions

    @OptionGroup(title: "Fetching (with --fetch)") var connection: ConnectionOptions

    func validate() throws {
        if fetch {
            guard inputs.isEmpty else { throw ValidationError("--fetch reads the night from Business Central: give no export files with it.") }
            try connection.check(company: options.company)
        } else {
            guard !inputs.isEmpty else { throw ValidationError("Give at least one export file, or --fetch.") }
            if let flag = connection.given.first { throw ValidationError("\(flag) is for fetching: add --fetch.") }
        }
    }

    func run() throws {
        let status: Int32
        if fetch {
            let request = try connection.request(company: options.company ?? "", previous: try options.previousReport())
            let fetched = try FetchedNight.fetch(request, maxBytes: options.maxInputBytes)
            Fetch.report(fetched.result, of: request, quiet: options.quiet)
            status = try options.publish(inputs: fetched.inputs)
        } else {
            status = try options.publish(inputs: inputs)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
