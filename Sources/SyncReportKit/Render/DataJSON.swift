import Foundation

/// `data.json`: the report's facts for scripts, under the contract of schema version 1.
/// Keys are camelCase, counts are integers, times are UTC, and absent values are `null`, never omitted.
struct DataJSON: Encodable {
    let schemaVersion = 1
    let tool = Tool()
    let generatedAt: String?
    /// The UTC date of the night's first job (or error), which names it in the history.
    let night: String?
    let inputs: [Input]
    let totals: Totals
    let byCause: [String: Int]
    let byMapping: [String: Int]
    /// Changes against the previous night; `nil` (null) until history is known.
    let changes: Changes?
    let errors: [ErrorEntry]
    /// Tonight's failing records, by key: since when and for how many reports in a row.
    let records: [Record]
    /// Records failing in the previous report that no longer fail.
    let fixed: [Record]
    let rejected: [Rejected]
    /// Up to 30 nights, oldest first, tonight last.
    let history: [NightTotals]

    struct Tool: Encodable {
        let name = "syncreport"
        let version = SyncReportVersion.current
    }

    struct Input: Encodable {
        let file: String
        let table: String
        let format: String
        let sha256: String
        let rowsRead: Int
        let rowsUsed: Int
        let rowsRejected: Int
    }

    struct Changes: Encodable {
        let new: Int
        let stillFailing: Int
        let fixed: Int
        /// The night compared with.
        let previousNight: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(new, forKey: .new)
            try container.encode(stillFailing, forKey: .stillFailing)
            try container.encode(fixed, forKey: .fixed)
            try container.encode(previousNight, forKey: .previousNight)
        }

        private enum CodingKeys: String, CodingKey {
            case new, stillFailing, fixed, previousNight
        }
    }

    struct Record: Encodable {
        let record: String
        let name: String
        /// `new` or `stillFailing`; null when nothing was compared, and for fixed records.
        let status: String?
        let failingSince: String?
        let nights: Int

        init(_ tracked: TrackedRecord) {
            record = tracked.key
            name = tracked.name
            status = tracked.status?.rawValue
            failingSince = tracked.failingSince
            nights = tracked.nights
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(record, forKey: .record)
            try container.encode(name, forKey: .name)
            try container.encode(status, forKey: .status)
            try container.encode(failingSince, forKey: .failingSince)
            try container.encode(nights, forKey: .nights)
        }

        private enum CodingKeys: String, CodingKey {
            case record, name, status, failingSince, nights
        }
    }

    struct ErrorEntry: Encodable {
        let jobId: String?
        let no: Int?
        let loggedAt: String?
        let record: String
        let mapping: String
        let message: String
        let cause: String
        let rule: String
        let action: String
        /// `new` or `stillFailing` against the previous night; null until history is known.
        let status: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(jobId, forKey: .jobId)
            try container.encode(no, forKey: .no)
            try container.encode(loggedAt, forKey: .loggedAt)
            try container.encode(record, forKey: .record)
            try container.encode(mapping, forKey: .mapping)
            try container.encode(message, forKey: .message)
            try container.encode(cause, forKey: .cause)
            try container.encode(rule, forKey: .rule)
            try container.encode(action, forKey: .action)
            try container.encode(status, forKey: .status)
        }

        private enum CodingKeys: String, CodingKey {
            case jobId, no, loggedAt, record, mapping, message, cause, rule, action, status
        }
    }

    struct Rejected: Encodable {
        let file: String
        let line: Int
        let column: Int
        let reason: String
    }

    init(analysis: Analysis, generatedAt: Date?) {
        let night = analysis.night
        let history = analysis.history
        self.generatedAt = generatedAt.map { CivilTime.format($0, in: .gmt, iso: true) }
        self.night = analysis.date
        inputs = night.dataset.inputs.map {
            Input(file: $0.file, table: $0.table.rawValue, format: $0.format, sha256: $0.sha256,
                  rowsRead: $0.rowsRead, rowsUsed: $0.rowsUsed, rowsRejected: $0.rowsRejected)
        }
        totals = analysis.totals
        byCause = Dictionary(uniqueKeysWithValues: analysis.byCause.map { ($0.cause.rawValue, $0.errors) })
        byMapping = Dictionary(uniqueKeysWithValues: analysis.byMapping.map { ($0.mapping, $0.errors) })
        changes = history.isCompared
            ? Changes(new: history.newCount, stillFailing: history.stillFailingCount, fixed: history.fixed.count,
                      previousNight: history.comparedWith)
            : nil
        errors = night.errors.map { error in
            ErrorEntry(
                jobId: error.error.jobID?.value, no: error.error.no,
                loggedAt: error.error.loggedAt.map { CivilTime.format($0, in: .gmt, iso: true) },
                record: error.record.key, mapping: error.mapping, message: error.error.message,
                cause: error.classification.cause.rawValue, rule: error.classification.ruleID,
                action: error.classification.action, status: history.status(ofErrorOn: error.record.key)?.rawValue)
        }
        records = history.failing.values.sorted { $0.key < $1.key }.map(Record.init)
        fixed = history.fixed.map(Record.init)
        rejected = night.dataset.rejected.map {
            Rejected(file: $0.location.file, line: $0.location.line, column: $0.location.column, reason: $0.reason)
        }
        self.history = history.nights
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(schemaVersion, forKey: .schemaVersion)
        try container.encode(tool, forKey: .tool)
        try container.encode(generatedAt, forKey: .generatedAt)
        try container.encode(night, forKey: .night)
        try container.encode(inputs, forKey: .inputs)
        try container.encode(totals, forKey: .totals)
        try container.encode(byCause, forKey: .byCause)
        try container.encode(byMapping, forKey: .byMapping)
        try container.encode(changes, forKey: .changes)
        try container.encode(errors, forKey: .errors)
        try container.encode(records, forKey: .records)
        try container.encode(fixed, forKey: .fixed)
        try container.encode(rejected, forKey: .rejected)
        try container.encode(history, forKey: .history)
    }

    private enum CodingKeys: String, CodingKey {
        case schemaVersion, tool, generatedAt, night, inputs, totals, byCause, byMapping, changes, errors, records, fixed, rejected
        case history
    }

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every member is a plain value; encoding cannot fail.
        return Array(try! encoder.encode(self)) + [0x0A]
    }
}
