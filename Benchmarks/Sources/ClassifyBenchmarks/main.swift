import Benchmark
import Foundation
import SyncReportKit

// A seeded sample night of a million error rows, imported once before any benchmark runs: the measured part
// is the Classify stage alone.
let errorCount = Int(ProcessInfo.processInfo.environment["SYNCREPORT_BENCH_ERRORS"] ?? "") ?? 1_000_000
let night = try! Importer().run(
    SampleGenerator(seed: 1, errors: errorCount).files().map { InputFile(name: $0.name, bytes: $0.contents) })
let rules = try! RuleSet.effective(userFiles: [])
let classifier = Classifier(rules: rules)

// The regular-expression engines compared on the same work: every default pattern on every message of a
// slice of the night's distinct messages, without the literal prefilter. Patterns that Swift `Regex` cannot
// compile are left out of both, so the two loops do the same matches.
let sliceSize = 2_000
let slice = Array(Set(night.errors.map(\.message)).sorted().prefix(sliceSize))
let sources = rules.rules.flatMap(\.patterns).map(\.source)
let compiled = sources.compactMap { source in (try? Regex(source)).map { (source, $0.ignoresCase()) } }
let swiftRegexes = compiled.map(\.1)
let foundationRegexes = compiled.map { try! NSRegularExpression(pattern: $0.0, options: [.caseInsensitive]) }
FileHandle.standardError.write(Data("""
    night: \(night.errors.count) errors, \(Set(night.errors.map(\.message)).count) distinct messages; \
    \(sources.count) patterns, \(compiled.count) of them compile as Swift Regex

    """.utf8))

// The stage's result lives on into Analyse and Render, so freeing it is not part of the measure.
benchmark("classify night (\(night.errors.count) errors)") { state in
    var result: ClassifiedNight?
    try state.measure { result = classifier.run(night) }
    keep(result)
}

// The baseline for the stage: every error classified on its own, on one thread, as the stage would without
// de-duplication and cores. (Building the record index, a tenth of a second, is part of it; holding a
// classified night for the whole run would crowd the other measures.)
benchmark("baseline: classify night error by error (one thread)") {
    let index = RecordIndex(night)
    let mappings = night.jobsByID.mapValues(\.mapping)
    for error in night.errors {
        let classification = classifier.classify(
            error.message, facts: index.facts(of: error))
        keep(classification.action(
            record: index.record(of: error).displayName, mapping: error.jobID.flatMap { mappings[$0] } ?? "(unknown mapping)"))
    }
}

benchmark("classify \(slice.count) distinct messages, prefiltered (one thread)") {
    for message in slice { keep(classifier.classify(message)) }
}

benchmark("every pattern on \(slice.count) messages: NSRegularExpression") {
    for message in slice {
        let range = NSRange(message.startIndex..., in: message)
        for regex in foundationRegexes { keep(regex.firstMatch(in: message, range: range)) }
    }
}

benchmark("every pattern on \(slice.count) messages: Swift Regex") {
    for message in slice {
        for regex in swiftRegexes { keep(try? regex.firstMatch(in: message)) }
    }
}

/// Keeps the optimiser from dropping work whose result is unused.
@inline(never) func keep<T>(_ value: T) { withExtendedLifetime(value) {} }

Benchmark.main()
