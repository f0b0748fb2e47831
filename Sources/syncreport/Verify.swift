import ArgumentParser
import Foundation
import SyncReportKit

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an archived bag against its manifests: every missing, extra or altered file.",
        discussion: """
            Prints each problem as bag/path: what, and exits 4 when there is one; exits 3 when the folder is not \
            a BagIt bag. A .tar bag is checked after extracting it (tar -xf).
            """
    )

    @Argument(help: ArgumentHelp("The bag's folder.", valueName: "bag"))
    var bag: String

    func run() throws {
        let problems: [BagVerifier.Problem]
        do {
            problems = try BagVerifier().run(URL(fileURLWithPath: bag))
        } catch {
            Console.error(error.description)
            throw ExitCode(3)
        }
        for problem in problems { Console.error("\(bag)/\(problem)") }
        guard problems.isEmpty else { throw ExitCode(4) }
        Console.error("\(bag): every file matches its manifest and the payload is what bag-info.txt says")
    }
}
