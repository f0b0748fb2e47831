import ArgumentParser
import Foundation
import SyncReportKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a published report folder again: every page must be well-formed XHTML.",
        discussion: "Prints each problem as page:line:column and exits 4 when there is any."
    )

    @Argument(help: ArgumentHelp("The report folder.", valueName: "dir"))
    var folder: String

    func run() throws {
        let issues: [MarkupIssue]
        do {
            issues = try Validator().run(folder: URL(fileURLWithPath: folder))
        } catch {
            Console.error(error.description)
            throw ExitCode(3)
        }
        for issue in issues { Console.error("\(folder)/\(issue)") }
        guard issues.isEmpty else { throw ExitCode(4) }
        Console.error("\(folder): every page is well-formed")
    }
}
