import ArgumentParser
import Foundation
import SyncReportKit

extension DateOrder: ExpressibleByArgument {}
extension ArchiveFormat: ExpressibleByArgument {}
extension FailCondition: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// Options shared by the commands that build a report.
struct ReportOptions: ParsableArguments {
    @Option(name: .customLong("out"), help: ArgumentHelp("Folder to publish the report to; replaced as a whole at the end of a successful run.", valueName: "dir"))
    var output = "Output"

    @Option(name: .customLong("rules"), help: ArgumentHelp("A rule file that adds rules or replaces default ones by id; repeatable.", valueName: "file"))
    var ruleFiles: [String] = []

    @Option(help: ArgumentHelp(
        "Read every error message as this language (\(Language.allCases.map(\.rawValue).joined(separator: ", "))); by default each message's words choose its language's rules, tried with the English ones.",
        valueName: "code"))
    var language: Language?

    @Option(help: ArgumentHelp("IANA time zone of local times in the exports and of the times shown in the report.", valueName: "zone"))
    var timeZone = "UTC"

    @Option(help: ArgumentHelp("Day/month order of dates like 03/04/2026 (dmy or mdy); by default each file's dates decide, and a file where none does is an error.", valueName: "order"))
    var dateOrder: DateOrder?

    @Option(help: ArgumentHelp("Largest input file, in bytes.", valueName: "bytes"))
    var maxInputBytes = ImportLimits.standard.inputBytes

    @Option(help: ArgumentHelp("Most rows in one export.", valueName: "rows"))
    var maxRows = ImportLimits.standard.rows

    @Option(help: ArgumentHelp("Largest field, in bytes; a longer one rejects its row.", valueName: "bytes"))
    var maxFieldBytes = ImportLimits.standard.fieldBytes

    @Option(help: ArgumentHelp("Most bytes an Excel workbook may unpack to.", valueName: "bytes"))
    var maxUnpackedBytes = ImportLimits.standard.unpackedBytes

    @Option(help: ArgumentHelp("A folder with report/ templates to use instead of the bundled ones.", valueName: "dir"))
    var templates: String?

    @Option(name: .customLong("bc-url"), help: ArgumentHelp(
        "The Business Central web client's address with tenant and environment, e.g. https://businesscentral.dynamics.com/<tenant>/Production/; with --company, every action links to the page where it is done.",
        valueName: "url"))
    var businessCentralURL: String?

    @Option(help: ArgumentHelp("The Business Central company: names the tenant in the email, and the company the links of --bc-url open.", valueName: "name"))
    var company: String?

    @Option(help: ArgumentHelp(
        "A published report folder whose data.json tonight is compared with; by default the report being replaced in --out.",
        valueName: "dir"))
    var previous: String?

    @Flag(name: .customLong("no-previous"), help: "Compare with no previous report: tonight starts the history afresh.")
    var noPrevious = false

    @Option(help: ArgumentHelp("Rows on each page of the error lists.", valueName: "rows"))
    var pageSize = RenderOptions.defaultPageSize

    @Option(name: .customLong("report-url"), help: ArgumentHelp(
        "Where the report is published, e.g. https://intranet.example/sync/; the summary email links there (relative links without it).",
        valueName: "url"))
    var reportURL: String?

    @Option(help: ArgumentHelp("The summary email's sender address.", valueName: "address"))
    var mailFrom = "syncreport@localhost"

    @Option(help: ArgumentHelp("A recipient of the summary email; repeatable.", valueName: "address"))
    var mailTo: [String] = []

    @Flag(help: "Once the report is published, hand the summary email to the sendmail program (needs --mail-to).")
    var sendmail = false

    @Option(help: ArgumentHelp(
        "The sendmail-compatible program and its arguments, as one string.", valueName: "command"))
    var sendmailCommand = Mailer.sendmail.joined(separator: " ")

    @Option(help: ArgumentHelp("Seconds the sendmail program may take; a hung one is stopped (exit 7).", valueName: "seconds"))
    var sendmailTimeout = Mailer.defaultTimeout

    @Option(help: ArgumentHelp(
        "A folder of audit snapshots: the night's report and its exports are kept there as a BagIt bag named after the night.",
        valueName: "dir"))
    var archive: String?

    @Option(help: ArgumentHelp("How the bag is kept: folder, or tar for one file.", valueName: "format"))
    var archiveFormat: ArchiveFormat = .folder

    @Option(help: ArgumentHelp("Largest bag in bytes; a larger one stops the run before anything is published.", valueName: "bytes"))
    var archiveMaxBytes: Int64 = ArchiveLimits.default.totalBytes

    @Option(help: ArgumentHelp("Largest file in a bag, in bytes.", valueName: "bytes"))
    var archiveMaxFileBytes: Int64 = ArchiveLimits.default.fileBytes

    @Option(help: ArgumentHelp("Most files in a bag.", valueName: "count"))
    var archiveMaxFiles: Int = ArchiveLimits.default.files

    @Option(name: .customLong("fail-on"), help: ArgumentHelp(
        "Exit 10 once the report is published when tonight has new failing records (new), any failing record or error (any), a health check to clear (health) or rejected rows (rejected); repeatable.",
        valueName: "condition"))
    var failOn: [FailCondition] = []

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print each step's wall time and the peak memory so far to stderr.")
    var timings = false

    func validate() throws {
        guard !output.isEmpty else { throw ValidationError("--out needs a folder name.") }
        guard TimeZone(identifier: timeZone) != nil else {
            throw ValidationError("'\(timeZone)' is not an IANA time zone name; try e.g. Europe/Berlin or UTC.")
        }
        guard (1...100_000).contains(pageSize) else {
            throw ValidationError("--page-size must be between 1 and 100000 rows, not \(pageSize).")
        }
        for address in [mailFrom] + mailTo {
            // A display name may be in any script; the address itself must be ASCII.
            let spec = address.split(separator: "<").last.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "> ")) } ?? address
            guard spec.contains("@"), spec.allSatisfy({ $0.isASCII && !$0.isWhitespace }), !address.contains(where: \.isNewline) else {
                throw ValidationError("'\(address)' is not an email address such as ops@example.com or \"Ops Team <ops@example.com>\".")
            }
        }
        guard !sendmail || !mailTo.isEmpty else {
            throw ValidationError("--sendmail needs at least one --mail-to: the program reads the recipients from the message.")
        }
        guard maxInputBytes > 0, maxRows > 0, maxFieldBytes > 0, maxUnpackedBytes > 0 else {
            throw ValidationError("the --max limits must be above 0.")
        }
        guard sendmailTimeout > 0, sendmailTimeout.isFinite else {
            throw ValidationError("--sendmail-timeout must be a number of seconds above 0.")
        }
        guard archiveMaxBytes > 0, archiveMaxFileBytes > 0, archiveMaxFiles > 0 else {
            throw ValidationError("the --archive-max limits must be above 0.")
        }
        guard previous == nil || !noPrevious else {
            throw ValidationError("--previous and --no-previous contradict each other: give one of them.")
        }
        guard businessCentralURL == nil || company != nil else {
            throw ValidationError("--bc-url needs --company: its links open a page of one company.")
        }
        if let url = businessCentralURL, !WebAddress.isHTTP(url) {
            throw ValidationError("--bc-url must be the web client's http(s) address, e.g. https://businesscentral.dynamics.com/<tenant>/Production/, not '\(url)'.")
        }
        if let url = reportURL, !WebAddress.isHTTP(url) {
            throw ValidationError("--report-url must be the http(s) address the report is published at, e.g. https://intranet.example/sync/, not '\(url)'.")
        }
    }

    func request(inputs: [String]) throws -> GenerateRequest {
        GenerateRequest(
            inputs: inputs, output: URL(fileURLWithPath: output), ruleFiles: ruleFiles, language: language,
            timeZone: TimeZone(identifier: timeZone)!, dateOrder: dateOrder,
            limits: ImportLimits(inputBytes: maxInputBytes, rows: maxRows, fieldBytes: maxFieldBytes, unpackedBytes: maxUnpackedBytes),
            templates: templates.map { URL(fileURLWithPath: $0) },
            generatedAt: try Self.sourceDateEpoch(),
            businessCentral: businessCentralURL.flatMap { url in company.map { BusinessCentralLinks(base: url, company: $0) } },
            mail: MailOptions(
                reportURL: reportURL, from: mailFrom, to: mailTo, tenant: company ?? "Business Central"),
            previous: noPrevious ? .none : previous.map(PreviousSource.folder) ?? .replacedFolder, pageSize: pageSize,
            archive: archive.map {
                Archiver(
                    folder: URL(fileURLWithPath: $0), format: archiveFormat,
                    limits: ArchiveLimits(totalBytes: archiveMaxBytes, fileBytes: archiveMaxFileBytes, files: archiveMaxFiles))
            },
            mailer: sendmail ? Mailer(command: sendmailCommand.split(separator: " ").map(String.init), timeout: sendmailTimeout) : nil,
            observer: RunReporter(timings: timings, quiet: quiet).observer)
    }

    /// Reproducible builds' convention: a timestamp only when SOURCE_DATE_EPOCH asks for one.
    static func sourceDateEpoch() throws -> Date? {
        guard let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !text.isEmpty else { return nil }
        guard let seconds = Int(text), (0...253_402_300_799).contains(seconds) else {
            throw ValidationError("SOURCE_DATE_EPOCH must be whole seconds since 1970 up to the year 9999, not '\(text)'.")
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The report tonight is compared with, read for where a fetch starts: the same one `generate` reads.
    func previousReport() throws -> PreviousReport? {
        guard !noPrevious else { return nil }
        do {
            return try PreviousReport.load(folder: previous ?? output)
        } catch {
            throw PipelineError.input(error)
        }
    }

    /// Publishes the exports at `inputs` and reports the outcome; returns the exit status (1 when rows were rejected).
    func publish(inputs: [String]) throws -> Int32 {
        summarise(try Generation.run(try request(inputs: inputs)))
    }

    /// Publishes exports already read.
    func publish(inputs: [InputFile]) throws -> Int32 {
        summarise(try Generation.run(try request(inputs: []), inputs: inputs))
    }

    private static func why(_ uncompared: History.Uncompared) -> String {
        switch uncompared {
        case .firstNight: "no previous report: nothing is marked new or fixed"
        case .firstNightAgain(let night): "the night of \(night) was reported before by the first report, with nothing before it: nothing is marked new or fixed"
        case .noRecords(let file): "\(file) does not list its failing records; nothing is marked new or fixed tonight"
        case .laterNight(let file, let night): "\(file) is of a later night (\(night)); tonight is not compared with it"
        }
    }

    private func summarise(_ report: Report) -> Int32 {
        let totals = report.analysis.totals
        Console.info(
            "\(output)/index.html: \(totals.errors) errors, \(totals.failingRecords) failing records, \(totals.jobs) jobs, \(totals.rejectedRows) rejected rows",
            quiet: quiet)
        let history = report.analysis.history
        if history.isCompared {
            Console.info(
                "since \(history.comparedWith ?? "the previous report"): \(history.newCount) new, \(history.stillFailingCount) still failing, \(history.fixed.count) fixed",
                quiet: quiet)
        } else if let uncompared = history.uncompared, uncompared != .firstNight {
            Console.info("warning: \(Self.why(uncompared))", quiet: quiet)
        }
        for input in report.analysis.night.dataset.inputs {
            for column in input.unreadColumns {
                Console.info(
                    "\(column.location): warning: column '\(column.name)' is not one syncreport reads"
                        + (column.closest.map { "; did you mean '\($0)'?" } ?? ", so its data is left out"),
                    quiet: quiet)
            }
        }
        for finding in report.analysis.health {
            Console.info("warning: \(finding.text) \(finding.remedy)", quiet: quiet)
        }
        for abandoned in report.analysis.abandonedRules {
            Console.info(
                "\(abandoned.first): warning: rule \(abandoned.rule) gave up on this message and \(abandoned.errors - 1) more (its pattern backtracks without bound); later rules decided them",
                quiet: quiet)
        }
        let dataset = report.analysis.night.dataset
        let rejected = dataset.rejected
        for row in rejected.prefix(20) {
            Console.info("\(row.location): warning: row rejected: \(row.reason)", quiet: quiet)
        }
        if dataset.rejectedCount > 20 {
            Console.info(
                "warning: \(dataset.rejectedCount - 20) more rows rejected; the report's Rejected rows section lists the first \(min(dataset.rejectedCount, RejectedRow.listedLimit))",
                quiet: quiet)
        }
        let met = failOn.compactMap { $0.reason(report.analysis) }
        if !met.isEmpty {
            Console.error("\(output)/index.html: error: --fail-on: \(met.joined(separator: "; ")); the report is published")
            return FailCondition.exitStatus
        }
        return totals.rejectedRows > 0 ? 1 : 0
    }
}
