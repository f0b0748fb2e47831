import ArgumentParser
import Foundation
import SyncReportKit

@main
struct SyncReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syncreport",
        abstract: "Turn Business Central integration synchronisation exports into a validated static HTML report.",
        discussion: """
            Exit codes: 0 success; 1 published with rejected rows; 2 usage error; 3 input error (nothing published); \
            4 validation error (nothing published); 5 internal error; 6 an archive limit would be exceeded \
            (nothing published); 7 the summary email could not be sent (the report is published); 8 the bag could \
            not be written (the report is published); 130 and 143 stopped by SIGINT or SIGTERM (nothing published).
            """,
        version: SyncReportVersion.current,
        subcommands: [Fetch.self, Generate.self, Validate.self, Verify.self, Rules.self, Sample.self, Demo.self]
    )

    /// ArgumentParser's own exit codes (64 for usage, 1 for the rest) would break the documented contract.
    static func main() {
        Interruption.install()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch let error as PipelineError {
            Console.error(error.description)
            Foundation.exit(error.exitStatus)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            Console.error(fullMessage(for: error))
            Foundation.exit(code == .validationFailure ? 2 : 5)
        }
    }
}
