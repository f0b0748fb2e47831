/// One error as a table row, the same on every page that lists errors.
struct ErrorRows {
    let analysis: Analysis
    let format: Formatter
    private let jobs: [GUID: Job]

    init(analysis: Analysis, format: Formatter) {
        self.analysis = analysis
        self.format = format
        jobs = analysis.night.dataset.jobsByID
    }

    func job(_ id: GUID?) -> Job? { id.flatMap { jobs[$0] } }

    /// `root` leads from the listing page back to the report folder.
    func row(_ index: Int, root: String) -> ErrorRow {
        let error = analysis.night.errors[index]
        let jobID = error.error.jobID
        let hasJob = job(jobID) != nil
        return ErrorRow(
            time: format.time(error.error.loggedAt),
            record: error.record.displayName,
            recordHref: root + PageNames.record(error.record.key),
            hasRecord: error.record.isKnown,
            jobHref: job(jobID).map { root + PageNames.job($0) } ?? "",
            hasJob: hasJob,
            mapping: format.mapping(error.mapping),
            message: error.error.message,
            cause: error.classification.cause.title,
            causeID: error.classification.cause.rawValue,
            evidence: Self.evidence(error.classification),
            action: error.classification.action,
            isSkipped: RecordFacts(error.error.recordState, coupling: analysis.night.records.coupling(of: error.error)).isSkipped == true)
    }

    /// The rules that decided and, when facts rather than the message's text decided, those facts.
    static func evidence(_ classification: Classification) -> String {
        guard !classification.ruleChain.isEmpty else { return "no rule matched" }
        let rules = "rule " + classification.ruleChain.joined(separator: " → ")
        return classification.isDecidedByFacts ? "\(rules); \(classification.matchedText)" : rules
    }
}
