import ArgumentParser

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the report from job, error and coupling exports and publish it.",
        discussion: """
            Each input's table (jobs, errors, couplings) is recognised from its header row. Files given later win \
            over earlier ones for the same job, error or coupling, so give older nights first.
            """
    )

    @Argument(help: ArgumentHelp("Export files: CSV, OData JSON pages or Excel workbooks (.xlsx), each recognised by its header row.", valueName: "input"))
    var inputs: [String]

    @OptionGroup var options: ReportOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("Give at least one export file.") }
    }

    func run() throws {
        let status = try options.publish(inputs: inputs)
        if status != 0 { throw ExitCode(status) }
    }
}
