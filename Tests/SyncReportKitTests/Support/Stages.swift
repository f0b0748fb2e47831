import Foundation
import SyncReportKit
import SyncReportTemplates

/// The stages as the tool configures them by default, for tests that feed one stage the output of the others.
enum Stages {
    static let rules = RuleSet(try! RuleSet.bundled())
    static let classifier = Classifier(rules: rules)
    static let renderer = try! Renderer(options: RenderOptions(templates: BundledTemplates.root))

    static func analysis(_ inputs: [InputFile]) throws -> Analysis {
        Analyser().run(classifier.run(try Importer().run(inputs)))
    }

    static func fixtureNight() throws -> [InputFile] {
        [try Fixtures.input("jobs.csv"), try Fixtures.input("errors.csv"), try Fixtures.input("couplings.csv")]
    }
}
