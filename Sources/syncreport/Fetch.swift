import ArgumentParser
import Foundation
import SyncReportKit

struct Fetch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read the night's jobs, errors and couplings from Business Central's OData web services into a folder generate reads.",
        discussion: """
            Signs in as a Microsoft Entra app (client credentials) and reads the pages published on the Web Services \
            page, following their paging. The folder is replaced only when every table arrived whole; it holds one \
            file per page (jobs-0001.json, …), fetch.log and a checksum manifest. Then: syncreport generate DIR/*.json. \
            A table with no service published is left out, unless its --…-service option names one.
            """
    )

    @Option(help: ArgumentHelp("The Business Central company, exactly as it is spelt.", valueName: "name"))
    var company: String

    @Option(help: ArgumentHelp("The folder to write the pages to; replaced as a whole once every table arrived.", valueName: "dir"))
    var out: String

    @Option(help: ArgumentHelp(
        "A published report folder: the fetch starts just after the latest time its data.json covered.", valueName: "dir"))
    var previous: String?

    @OptionGroup var connection: ConnectionOptions

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    func validate() throws {
        try connection.check(company: company)
    }

    func run() throws {
        var report: PreviousReport?
        if let previous {
            do throws(ImportError) { report = try PreviousReport.load(folder: previous) } catch { throw PipelineError.input(error) }
        }
        let request = try connection.request(company: company, previous: report)
        let folder: OutputFolder
        do throws(PublishError) {
            folder = try OutputFolder(URL(fileURLWithPath: out), inputs: [], workingDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        } catch {
            throw PipelineError.fetch(.output(error))
        }
        let result: FetchResult
        do throws(FetchError) {
            result = try Fetcher().run(request, to: folder)
        } catch {
            throw PipelineError.fetch(error)
        }
        Fetch.report(result, of: request, quiet: quiet)
    }

    static func report(_ result: FetchResult, of request: FetchRequest, quiet: Bool) {
        let window = request.window
        Console.info(
            "fetched jobs from \(CivilTime.formatMilliseconds(window.jobs)) and errors from \(CivilTime.formatMilliseconds(window.errors)) (\(window.reason))",
            quiet: quiet)
        for table in result.tables {
            Console.info(table.rows == nil ? "warning: \(table.summary)" : table.summary, quiet: quiet)
        }
    }
}
