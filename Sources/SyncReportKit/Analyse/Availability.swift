/// What the report cannot show because of what the exports lack, each with the reason and the remedy.
/// An administrator reading a thin report must know whether the night was quiet or the export was partial.
enum Availability {
    static func notes(for dataset: Dataset) -> [String] {
        let inputs = dataset.inputs
        func has(_ kind: TableKind) -> Bool { inputs.contains { $0.table == kind } }
        func errorsLack(_ caption: String) -> Bool {
            inputs.contains { $0.table == .errors && $0.absentColumns.contains(caption) }
        }
        var notes: [String] = []
        // A missing export is a health finding, said at the top; these are the columns an export lacks.
        if has(.jobs) && has(.errors) && errorsLack(ExportColumn.errorJobID.caption) {
            notes.append("Errors are not linked to their jobs: the errors export has no Integration Synch. Job ID column. Add it by personalising the page before exporting, or use the OData feed.")
        }
        if inputs.contains(where: { $0.table == .jobs && $0.absentColumns.contains(ExportColumn.jobID.caption) }) {
            notes.append("Some jobs cannot be linked to their errors: the jobs export has no ID column (Open in Excel leaves it out; Edit in Excel and the OData feed include it).")
        }
        if has(.errors) && errorsLack(ExportColumn.sourceRecord.caption) && errorsLack(ExportColumn.destinationRecord.caption) {
            notes.append("Record timelines are not available for the errors export: it has no Source Record ID or Destination Record ID column (Open in Excel leaves them out; Edit in Excel and the OData feed include them).")
        }
        return notes
    }

    /// Rules that gave up on some of the night's messages, in the order the night first met them.
    static func abandonedRules(in errors: [ClassifiedError]) -> [AbandonedRule] {
        var found: [String: AbandonedRule] = [:]
        var order: [String] = []
        for position in errors.indices {
            for rule in errors[position].classification.abandonedRules {
                if found[rule] == nil {
                    found[rule] = AbandonedRule(rule: rule, errors: 0, first: errors[position].error.origin)
                    order.append(rule)
                }
                found[rule]?.errors += 1
            }
        }
        return order.compactMap { found[$0] }
    }

    static func note(_ abandoned: AbandonedRule) -> String {
        "Rule \(abandoned.rule) gave up on the message of \(abandoned.errors) \(abandoned.errors == 1 ? "error" : "errors") (the first at \(abandoned.first)): its pattern took over ten million matching steps there, so the rules after it decided their cause. A pattern with nested repetition, such as (\\w+\\s?)+ or several .+? around a repeated text, backtracks without bound on some texts; make it more specific."
    }
}

/// A rule whose pattern gave up on some messages (`RulePattern.patience`).
public struct AbandonedRule: Sendable, Equatable {
    public let rule: String
    public var errors: Int
    /// Where the first error whose message it gave up on was read.
    public let first: SourceLocation
}
