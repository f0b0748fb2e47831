/// What the report cannot show because of what the exports lack, each with the reason and the remedy.
/// An administrator reading a thin report must know whether the night was quiet or the export was partial.
enum Availability {
    static func notes(for dataset: Dataset) -> [String] {
        var notes: [String] = []
        for input in dataset.inputs {
            let schema = TableSchema.of(input.table)
            let absent = Set(input.absentColumns)
            // A missing export is a health finding, said at the top; these are the columns an export lacks.
            // Alternatives share their cost (Synch. Direction or Direction): one note names them together.
            var costs: [(captions: [String], cost: String)] = []
            for column in schema.columns where absent.contains(column.caption) {
                // Without either record column, timelines go altogether: said once, below.
                if column == .sourceRecord && absent.contains(ExportColumn.destinationRecord.caption) { continue }
                // Errors without jobs to link to lose nothing more for lacking the job ID.
                if column == .errorJobID && !dataset.inputs.contains(where: { $0.table == .jobs }) { continue }
                guard let cost = column.cost else { continue }
                if let index = costs.firstIndex(where: { $0.cost == cost }) {
                    costs[index].captions.append(column.caption)
                } else {
                    costs.append(([column.caption], cost))
                }
            }
            for (captions, cost) in costs {
                notes.append("\(input.file) has no \(captions.joined(separator: " or ")) column: \(cost).")
            }
            if input.table == .errors, absent.contains(ExportColumn.sourceRecord.caption), absent.contains(ExportColumn.destinationRecord.caption) {
                notes.append("\(input.file) has no Source Record ID or Destination Record ID column, so its errors belong to no record and have no timeline (Open in Excel and page 5339 published as a web service leave them out; Edit in Excel, and a page from an extension that shows the fields, include them).")
            }
            for column in input.unreadColumns {
                notes.append("\(column.location): the column '\(column.name)' is not one syncreport reads, so its data is left out" + (column.closest.map { "; did you mean '\($0)'?" } ?? "."))
            }
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
