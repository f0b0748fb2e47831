import ArgumentParser
import Foundation
import SyncReportKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a published report folder again: every page and every file of its manifest.",
        discussion: """
            The same checks as before publishing: every page well-formed and valid against the report's RELAX NG \
            schema, each id once per page, every link inside the report to a file and id it holds. Prints each \
            problem as page:line:column and exits 4 when a page fails or a file is missing or altered. Files the \
            report did not write are listed as warnings.
            """
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
        guard issues.allSatisfy({ $0.level == .warning }) else { throw ExitCode(4) }
        Console.error("\(folder): every page is valid against the report schema with unique ids and links that resolve, and every file matches the manifest")
    }
}
