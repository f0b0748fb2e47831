import Foundation

/// `data.json`: the report's facts for scripts, under the contract of schema version 1.
/// Keys are camelCase, counts are integers, times are UTC, and absent values are `null`, never omitted.
struct DataJSON: Sendable {
    let schemaVersion = 1
    let tool = Tool()
    let generatedAt: String?
    /// The UTC date of the night's first job (or error), which names it in the history.
    let night: String?
    /// How far the night's jobs and errors reach, with milliseconds; the next night's fetch goes on from there.
    let coveredUntil: CoveredUntil
    let inputs: [Input]
    let totals: Totals
    let byCause: [String: Int]
    let byMapping: [String: Int]
    /// Changes against the previous night; `nil` (null) until history is known.
    let changes: Changes?
    /// The errors are written from the analysis as the file is written, never held as entries.
    let analysis: Analysis
    /// Tonight's failing records, by key: since when and for how many reports in a row.
    let records: [Record]
    /// Records failing in the previous report that no longer fail.
    let fixed: [Record]
    let rejected: [Rejected]
    /// Up to 30 nights, oldest first, tonight last.
    let history: [NightTotals]
    /// What to check before the numbers can be trusted, in the report's order.
    let health: [Health]
    /// The mappings whose jobs ran tonight, sorted: the next night tells from them a mapping that stopped running.
    let mappingsRun: [String]

    struct Health: Encodable {
        let kind: String
        let text: String
        let remedy: String
        /// The job runs it is about, by ID (null for a job the export gives none).
        let jobs: [String?]
    }

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

    struct CoveredUntil: Encodable {
        let jobs: String?
        let errors: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(errors, forKey: .errors)
            try container.encode(jobs, forKey: .jobs)
        }

        private enum CodingKeys: String, CodingKey {
            case errors, jobs
        }
    }

    struct Record {
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
    }

    struct Rejected {
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
        coveredUntil = CoveredUntil(
            jobs: analysis.coverage.jobs.map(CivilTime.formatMilliseconds),
            errors: analysis.coverage.errors.map(CivilTime.formatMilliseconds))
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
        self.analysis = analysis
        records = history.failing.values.sorted { $0.key < $1.key }.map(Record.init)
        fixed = history.fixed.map(Record.init)
        rejected = night.dataset.rejected.map {
            Rejected(file: $0.location.file, line: $0.location.line, column: $0.location.column, reason: $0.reason)
        }
        self.history = history.nights
        health = analysis.health.map {
            Health(kind: $0.kind.rawValue, text: $0.text, remedy: $0.remedy, jobs: $0.jobs.map { $0.id?.value })
        }
        mappingsRun = Set(night.dataset.jobs.map(\.mapping)).sorted()
    }

    /// Writes the file with sorted keys, pretty-printed as JSONEncoder would except the entries of the arrays
    /// that grow with the night, which are written an entry at a time, one compact object a line.
    func write(to out: inout some ByteSink) throws(PublishError) {
        var json = JSONWriter()
        json.raw("{\n")
        json.member("byCause", encoded: byCause)
        json.member("byMapping", encoded: byMapping)
        json.member("changes", encoded: changes)
        json.member("coveredUntil", encoded: coveredUntil)
        try json.array("errors", analysis.night.errors, out: &out) { json, error in
            json.string("action", error.action)
            json.string("cause", error.classification.cause.rawValue)
            json.string("jobId", error.error.jobID?.value)
            json.string("loggedAt", error.error.loggedAt.map { CivilTime.format($0, in: .gmt, iso: true) })
            json.string("mapping", error.mapping)
            json.string("message", error.error.message)
            json.integer("no", error.error.no)
            let record = error.record.key
            json.string("record", record)
            json.string("rule", error.classification.ruleID)
            json.string("status", analysis.history.status(ofErrorOn: record)?.rawValue, last: true)
        }
        try json.array("fixed", fixed, out: &out, Self.record)
        json.member("generatedAt", encoded: generatedAt)
        json.member("health", encoded: health)
        json.member("history", encoded: history)
        json.member("inputs", encoded: inputs)
        json.member("mappingsRun", encoded: mappingsRun)
        json.member("night", encoded: night)
        try json.array("records", records, out: &out, Self.record)
        try json.array("rejected", rejected, out: &out) { json, row in
            json.integer("column", row.column)
            json.string("file", row.file)
            json.integer("line", row.line)
            json.string("reason", row.reason, last: true)
        }
        json.member("schemaVersion", encoded: schemaVersion)
        json.member("tool", encoded: tool)
        json.member("totals", encoded: totals, last: true)
        json.raw("}\n")
        try out.append(json.take())
    }

    private static func record(_ json: inout JSONWriter, _ record: Record) {
        json.string("failingSince", record.failingSince)
        json.string("name", record.name)
        json.integer("nights", record.nights)
        json.string("record", record.record)
        json.string("status", record.status, last: true)
    }

    /// The whole file in memory, for small reports and tests.
    func encoded() -> [UInt8] {
        var bytes: [UInt8] = []
        // Appending to memory cannot fail.
        try! write(to: &bytes)
        return bytes
    }
}
