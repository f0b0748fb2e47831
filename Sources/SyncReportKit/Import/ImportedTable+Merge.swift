import Foundation

extension ImportedTable {
    /// Merges tables into one `Dataset`, de-duplicated by key. When two rows share a key, the newer one is kept
    /// (a finished job over an unfinished one, the coupling synchronised later; otherwise the later input), and
    /// the duplicate is counted, apart when their values differ.
    static func merge(_ tables: consuming [ImportedTable]) -> Dataset {
        var tables = tables
        var duplicates = Duplicates()
        var jobs: [JobKey: Job] = [:]
        let errorCount = tables.reduce(0) { $0 + $1.errors.count }
        // `No.` is the primary key of table 5339; exports differ in whether they carry the job ID.
        var errors = KeyedRows<Int, SyncError>(capacity: errorCount)
        var pageErrors = KeyedRows<PageErrorKey, SyncError>(capacity: 0)
        var unnumberedErrors = KeyedRows<ContentKey, SyncError>(capacity: 0)
        var couplings: [CouplingKey: Coupling] = [:]
        let keepFirst: (SyncError, SyncError) -> Bool = { _, _ in false }
        for position in tables.indices {
            // Each table's errors are let go as they are merged, so the night's errors are not held three times
            // (tables, merged, sorted) at the peak.
            let tableErrors = tables[position].errors
            tables[position].errors = []
            for job in tables[position].jobs {
                let key = JobKey(job)
                jobs[key] = duplicates.newer(jobs[key], job) { ($0.finish ?? .distantPast) > ($1.finish ?? .distantPast) }
            }
            for error in tableErrors {
                if let no = error.no {
                    errors.insert(error, at: no, counting: &duplicates, isNewer: keepFirst)
                } else if error.recordState != nil, let record = error.businessCentralRecord {
                    pageErrors.insert(
                        error, at: PageErrorKey(record: record, loggedAt: error.loggedAt), counting: &duplicates, isNewer: keepFirst)
                } else {
                    // Without an entry number, an error is the same error when everything it says is the same.
                    unnumberedErrors.insert(error, at: ContentKey(error), counting: &duplicates, isNewer: keepFirst)
                }
            }
            for coupling in tables[position].couplings {
                let key = CouplingKey(crmID: coupling.crmID, integrationID: coupling.integrationID)
                couplings[key] = duplicates.newer(couplings[key], coupling) { $0.lastSynchronized > $1.lastSynchronized }
            }
        }
        // The same run exported with and without its ID (OData and Open in Excel) is one run; Open in Excel
        // usually hides the mapping, so an empty mapping matches any.
        // Looked up by start and direction, so a night of twenty thousand runs without IDs is not a quadratic scan.
        var withID: [RunMoment: Set<String>] = [:]
        for job in jobs.values where job.id != nil { withID[RunMoment(start: job.start, direction: job.direction), default: []].insert(job.mapping) }
        for (key, job) in jobs where job.id == nil {
            if let mappings = withID[RunMoment(start: job.start, direction: job.direction)], job.mapping.isEmpty || mappings.contains(job.mapping) {
                jobs[key] = nil
                duplicates.repeated += 1
            }
        }
        // A record's row on Coupled Data Synchronization Errors repeats the error log's entry of the same time:
        // the log's entry keeps its full text and job, and gains the page's evidence.
        // Consumed, so the rows are moved rather than copied: a million errors stay one array.
        var logged = (consume errors).rows
        logged.append(contentsOf: unnumberedErrors.rows)
        var loggedByRecord: [RecordID: [Int]] = [:]
        for (index, error) in logged.enumerated() {
            if let record = error.businessCentralRecord { loggedByRecord[record, default: []].append(index) }
        }
        var unmatched: [SyncError] = []
        for pageError in pageErrors.rows {
            let candidates = pageError.businessCentralRecord.flatMap { loggedByRecord[$0] } ?? []
            if let index = candidates.first(where: { logged[$0].isLogged(as: pageError) }) {
                logged[index].recordState = pageError.recordState
            } else {
                unmatched.append(pageError)
            }
        }
        logged.append(contentsOf: unmatched)
        return Dataset(
            jobs: jobs.values.sorted { ($0.start ?? .distantPast, $0.pageKey) < ($1.start ?? .distantPast, $1.pageKey) },
            errors: SyncError.chronological(logged),
            couplings: couplings.values.sorted { ($0.crmID, $0.integrationID) < ($1.crmID, $1.integrationID) },
            inputs: tables.map(\.summary),
            rejected: Array(tables.flatMap(\.rejected).sorted().prefix(RejectedRow.listedLimit)),
            duplicates: duplicates
        )
    }
}

extension Duplicates {
    /// The row to keep of `existing` and `candidate`; `isNewer(existing, candidate)` says the existing one is newer.
    mutating func newer<Row: Locatable>(_ existing: Row?, _ candidate: Row, isNewer: (Row, Row) -> Bool) -> Row {
        guard let existing else { return candidate }
        var relocated = candidate
        relocated.origin = existing.origin
        if relocated == existing { repeated += 1 } else { conflicting += 1 }
        return isNewer(existing, candidate) ? existing : candidate
    }
}

/// A row that remembers where it was read.
protocol Locatable: Equatable {
    var origin: SourceLocation { get set }
}

extension Job: Locatable {}
extension SyncError: Locatable {}
extension Coupling: Locatable {}

extension Coupling {
    /// When either side was last synchronised.
    var lastSynchronized: Date {
        max(lastSynchModifiedOn ?? .distantPast, lastSynchCRMModifiedOn ?? .distantPast)
    }
}

/// A job's ID; without one (Open in Excel), the run is the same run when it started at the same time in the
/// same direction for the same mapping.
private enum JobKey: Hashable {
    case id(GUID)
    case run(RunKey)

    init(_ job: Job) {
        self = job.id.map(JobKey.id) ?? .run(RunKey(job))
    }
}

private struct RunKey: Hashable {
    let start: Date?
    let mapping: String
    let direction: SyncDirection?

    init(_ job: Job) {
        start = job.start
        mapping = job.mapping
        direction = job.direction
    }
}

private struct PageErrorKey: Hashable {
    let record: RecordID
    let loggedAt: Date?
}

private struct ContentKey: Hashable {
    let jobID: GUID?
    let loggedAt: Date?
    let source: RecordID?
    let destination: RecordID?
    let message: String

    init(_ error: SyncError) {
        jobID = error.jobID
        loggedAt = error.loggedAt
        source = error.source
        destination = error.destination
        message = error.message
    }
}

private struct CouplingKey: Hashable {
    let crmID: GUID
    let integrationID: GUID
}

extension SyncError {
    /// Whether a row of Coupled Data Synchronization Errors shows this logged error: the page keeps the 250
    /// characters of `Message` and, exported through Excel, times to the minute.
    func isLogged(as pageError: SyncError) -> Bool {
        guard let loggedAt, let failedOn = pageError.loggedAt else { return false }
        let precision: Double = failedOn.timeIntervalSince1970.truncatingRemainder(dividingBy: 60) == 0 ? 60 : 1
        func truncated(_ date: Date) -> Double { (date.timeIntervalSince1970 / precision).rounded(.down) }
        return truncated(loggedAt) == truncated(failedOn)
            && message.hasPrefix(pageError.message.trimmingCharacters(in: .whitespaces))
    }

    /// In time order, then by entry number, then by where each was read: a total, stable order. Sorted by
    /// small keys and gathered once, rather than moving every error (and retaining its strings) at each step.
    static func chronological(_ errors: [SyncError]) -> [SyncError] {
        let keys = errors.indices.map { ChronologicalKey(at: errors[$0].loggedAt ?? .distantPast, no: errors[$0].no ?? 0, place: $0) }
        let order = keys.sorted { lhs, rhs in
            if (lhs.at, lhs.no) != (rhs.at, rhs.no) { return (lhs.at, lhs.no) < (rhs.at, rhs.no) }
            return errors[lhs.place].origin < errors[rhs.place].origin
        }
        // Exports usually list errors in order already: then they are not copied at all.
        if order.indices.allSatisfy({ order[$0].place == $0 }) { return errors }
        return order.map { errors[$0.place] }
    }
}

private struct ChronologicalKey {
    var at: Date
    var no: Int
    var place: Int
}

/// When and which way a job ran: what matches a run exported without its ID to the same run with it.
private struct RunMoment: Hashable {
    var start: Date?
    var direction: SyncDirection?
}
