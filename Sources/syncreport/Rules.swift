import ArgumentParser
import Foundation
import SyncReportKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show, try and check classification rules.",
        discussion: "The effective rules are the default ones with each --rules file applied in order: a rule with a default rule's id replaces it.",
        subcommands: [List.self, Test.self, Check.self]
    )

    struct RuleFiles: ParsableArguments {
        @Option(name: .customLong("rules"), help: ArgumentHelp("A rule file applied over the defaults; repeatable.", valueName: "file"))
        var files: [String] = []

        func effective() throws -> RuleSet {
            do {
                return try RuleSet.effective(userFiles: files)
            } catch {
                throw PipelineError.rules(error)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the effective rules in the order they are tried: priority, id, cause, where defined.")

        @OptionGroup var ruleFiles: RuleFiles

        func run() throws {
            for rule in try ruleFiles.effective().rules {
                print("\(rule.priority)\t\(rule.id)\t\(rule.cause.rawValue)\t\(rule.origin)")
            }
        }
    }

    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Classify one message and print its cause, the rules that decided it, their groups and the action.")

        @Argument(help: "The error message, quoted.")
        var message: String

        @Option(help: "The record to name in the action.")
        var record = "the record"

        @Option(help: "The integration table mapping to name in the action (by default \"its mapping\").")
        var mapping = ""

        @Option(name: .customLong("fact"), help: ArgumentHelp(
            "A fact the exports would state about the record, as name=true or name=false; repeatable. Names: \(RecordFacts.Fact.allCases.map(\.rawValue).joined(separator: ", ")).",
            valueName: "name=value"))
        var facts: [String] = []

        @Option(help: ArgumentHelp(
            "Read the message as this language (\(Language.allCases.map(\.rawValue).joined(separator: ", "))); by default its words choose.",
            valueName: "code"))
        var language: Language?

        @OptionGroup var ruleFiles: RuleFiles

        func validate() throws {
            _ = try recordFacts()
        }

        private func recordFacts() throws -> RecordFacts {
            var known = RecordFacts()
            for text in facts {
                let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, let fact = RecordFacts.Fact(rawValue: parts[0]), let value = Bool(parts[1]) else {
                    throw ValidationError("--fact takes name=true or name=false, with a name among \(RecordFacts.Fact.allCases.map(\.rawValue).joined(separator: ", ")); not '\(text)'.")
                }
                known[fact] = value
            }
            return known
        }

        func run() throws {
            let result = Classifier(rules: try ruleFiles.effective(), language: language)
                .classify(message, facts: try recordFacts())
            print("cause\t\(result.cause.rawValue)")
            print("rule\t\(result.ruleChain.isEmpty ? Classification.noRule : result.ruleChain.joined(separator: " > "))")
            print("language\t\(result.language.rawValue)\t\(result.language.name)\(language == nil ? "" : " (forced)")")
            for (name, value) in result.groups.sorted(by: { $0.key < $1.key }) { print("group\t\(name)\t\(value)") }
            if result.isDecidedByFacts { print("facts\t\(result.matchedText)") }
            for rule in result.abandonedRules { print("gave up\t\(rule)\tits pattern backtracks without bound on this message") }
            print("action\t\(result.action(record: record, mapping: mapping))")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check rule files: each mistake is printed as file:line:column and the exit status is 3.")

        @Argument(help: ArgumentHelp("Rule files to check.", valueName: "file"))
        var files: [String]

        func run() throws {
            var failed = false
            // A rule's `like` names a default rule.
            let defaults: [String: Rule]
            do {
                defaults = Dictionary(try RuleSet.bundled().map { ($0.id, $0) }, uniquingKeysWith: { $1 })
            } catch {
                throw PipelineError.rules(error)
            }
            for file in files {
                do {
                    let rules = try RuleSet.load(URL(fileURLWithPath: file), name: file, base: defaults)
                    Console.error("\(file): \(rules.count) rules, no mistakes")
                } catch {
                    Console.error(error.description)
                    failed = true
                }
            }
            if failed { throw ExitCode(3) }
        }
    }
}
