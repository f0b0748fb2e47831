/// One error as a compact table row, the same on every page that lists errors; the record's timeline has the rest.
struct ErrorRows: Sendable {
    let analysis: Analysis
    let format: Formatter
    let businessCentral: BusinessCentralLinks?
    /// Each job with its address from the report folder, made once per job rather than once per error.
    private let jobs: [GUID: (job: Job, address: String)]

    init(analysis: Analysis, format: Formatter, businessCentral: BusinessCentralLinks?) {
        self.analysis = analysis
        self.format = format
        self.businessCentral = businessCentral
        jobs = analysis.night.dataset.jobsByID.mapValues { ($0, PageNames.job($0)) }
    }

    /// The job and where its section is, from a page whose way back to the report folder is `root`.
    func job(_ id: GUID?, root: String) -> (job: Job, href: String)? {
        id.flatMap { jobs[$0] }.map { ($0.job, root + $0.address) }
    }

    /// Where the job's section is, from a page whose way back to the report folder is `root`.
    func jobHref(_ id: GUID?, root: String) -> String? { id.flatMap { jobs[$0] }.map { root + $0.address } }

    /// `root` leads from the listing page back to the report folder.
    func row(_ index: Int, root: String, showsCause: Bool) -> ErrorRow {
        // Fields are read in place: a copy of the whole error would retain each of its strings, for two million
        // rows on a large night.
        let errors = analysis.night.errors
        let record = errors[index].record
        let key = record.key
        let isKnown = record.isKnown
        let jobHref = jobHref(errors[index].error.jobID, root: root)
        let cause = errors[index].classification.cause
        return ErrorRow(
            time: format.time(errors[index].error.loggedAt),
            record: record.displayName,
            recordHref: root + PageNames.record(key),
            hasRecord: isKnown,
            isNew: isKnown && analysis.history.status(ofErrorOn: key) == .new,
            jobHref: jobHref ?? "",
            hasJob: jobHref != nil,
            message: format.message(errors[index].error.message),
            showsCause: showsCause,
            cause: cause.title,
            causeID: cause.rawValue,
            action: isKnown ? "" : errors[index].action,
            isSkipped: analysis.night.records.facts(of: errors[index].error).isSkipped == true)
    }

    /// Where the action for an error is carried out: the record's card, Coupled Data Synchronization Errors
    /// (Retry, Synchronize, Restore, Delete, Delete Couplings) and, for a mapping fix, the mapping.
    func links(for error: ClassifiedError) -> [Link] {
        guard let businessCentral else { return [] }
        var links: [Link] = []
        if let record = error.record.businessCentral, let card = businessCentral.card(of: record) {
            links.append(Link(label: record.displayName, href: card))
        }
        links.append(Link(label: "Coupled Data Synchronization Errors", href: businessCentral.coupledDataSynchronizationErrors))
        if error.classification.cause == .mappingConfiguration, !error.mapping.isEmpty {
            links.append(Link(label: "Integration Table Mapping \(error.mapping)", href: businessCentral.mapping(error.mapping)))
        }
        return links
    }

    /// The rules that decided and, when facts rather than the message's text decided, those facts.
    static func evidence(_ classification: Classification) -> String {
        guard !classification.ruleChain.isEmpty else { return "no rule matched" }
        let rules = "rule " + classification.ruleChain.joined(separator: " → ")
        return classification.isDecidedByFacts ? "\(rules); \(classification.matchedText)" : rules
    }
}
