import Foundation

/// Something to check before tonight's numbers can be trusted: an export missing or stale, jobs that failed as
/// a whole, counts that disagree. A night with any of these is never "nothing to do", however few errors it has.
public struct HealthFinding: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case missingExport = "missing_export"
        case jobFailed = "job_failed"
        case failedCountsDisagree = "failed_counts_disagree"
        case mappingRanNoJob = "mapping_ran_no_job"
        case staleExports = "stale_exports"
        case undated
    }

    public var kind: Kind
    /// What is wrong, in one or two sentences.
    public var text: String
    /// What to do about it.
    public var remedy: String
    /// The job runs it is about, for links; at most `jobsListed`.
    public var jobs: [Job]

    static let jobsListed = 10
}

/// The checks made on every night, in the order an administrator should clear them: what is missing first,
/// then what failed as a whole, then what disagrees.
enum Health {
    static func findings(_ night: ClassifiedNight, jobRuns: [JobRun], date: String?, previous: PreviousReport?) -> [HealthFinding] {
        missingExports(night.dataset) + failedJobs(night, jobRuns: jobRuns) + disagreeingCounts(night, jobRuns: jobRuns)
            + mappingsWithoutJobs(night.dataset, previous: previous) + staleness(night, date: date, previous: previous)
            + (date == nil && !night.dataset.inputs.isEmpty ? [undated] : [])
    }

    // MARK: Exports

    private static func missingExports(_ dataset: Dataset) -> [HealthFinding] {
        let inputs = dataset.inputs
        let failedByJobs = dataset.jobs.reduce(0) { $0 + $1.counts.failed }
        var findings: [HealthFinding] = []
        if !inputs.contains(where: { $0.table == .errors || $0.table == .coupledErrors }) {
            let counted = failedByJobs > 0 ? " The jobs export counts \(failedByJobs) failed \(failedByJobs == 1 ? "record" : "records")." : ""
            findings.append(HealthFinding(
                kind: .missingExport,
                text: "No errors export was read, so this report cannot say which records fail.\(counted)",
                remedy: "Export Integration Synchronization Errors (page 5339) with the other exports and run again.",
                jobs: []))
        }
        for (kind, lost, remedy) in [
            (TableKind.jobs, "failed jobs, whole-job failures and mappings that did not run cannot be seen",
             "Export Integration Synchronization Jobs (page 5338) with the other exports and run again."),
            (.couplings, "a record that a later synchronisation fixed still counts as failing",
             "Export the couplings (table 5331, CRM Integration Record) with the other exports and run again."),
        ] {
            let files = inputs.filter { $0.table == kind }
            if files.isEmpty {
                findings.append(HealthFinding(
                    kind: .missingExport, text: "No \(kind.title) export was read, so \(lost).", remedy: remedy, jobs: []))
            } else if files.allSatisfy({ $0.rowsRead == 0 }) {
                let names = files.map(\.file).joined(separator: ", ")
                findings.append(HealthFinding(
                    kind: .missingExport, text: "The \(kind.title) export (\(names)) holds no rows, so \(lost).",
                    remedy: "Check the export's filters: a tenant that synchronises always has some. " + remedy, jobs: []))
            }
        }
        return findings
    }

    // MARK: Jobs

    /// Jobs whose Message says they stopped as a whole (no connection, a broken mapping): nothing of theirs
    /// synchronised, and the errors export may hold nothing about them. One finding per mapping and message.
    private static func failedJobs(_ night: ClassifiedNight, jobRuns: [JobRun]) -> [HealthFinding] {
        var groups: [String: (mapping: String, message: String, jobs: [Job])] = [:]
        var order: [String] = []
        for run in jobRuns {
            // One line: a job's Message can hold the service's whole reply, line breaks included.
            let message = run.job.message.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard !message.isEmpty else { continue }
            let key = run.job.mapping + "\u{0}" + message
            if groups[key] == nil {
                groups[key] = (run.job.mapping, message, [])
                order.append(key)
            }
            groups[key]?.jobs.append(run.job)
        }
        return order.compactMap { groups[$0] }.map { group in
            let runs = group.jobs.count == 1 ? "A job run" : "\(group.jobs.count) job runs"
            let mapping = group.mapping.isEmpty ? "" : " of mapping \(group.mapping)"
            let records = group.mapping.isEmpty ? "the job's records" : "the records of mapping \(group.mapping)"
            let classification = night.classifier.classify(group.message)
            let remedy = classification.ruleID == Classification.noRule
                ? "Open the job in Business Central (Integration Synchronization Jobs) and its Job Queue Log Entry; until the job runs whole, none of its records synchronise."
                : "\(classification.cause.title)\(classification.cause.isTransient ? " – transient" : ""): \(classification.action(record: records, mapping: group.mapping))"
            return HealthFinding(
                kind: .jobFailed,
                text: "\(runs)\(mapping) failed as a whole, so none of \(group.jobs.count == 1 ? "its" : "their") records synchronised: “\(group.message)”",
                remedy: remedy, jobs: Array(group.jobs.prefix(HealthFinding.jobsListed)))
        }
    }

    /// Finished jobs count their failed records; the errors export should hold a row for each. Fewer rows mean
    /// the export was filtered or taken early, and the records it lacks are missing from every list.
    private static func disagreeingCounts(_ night: ClassifiedNight, jobRuns: [JobRun]) -> [HealthFinding] {
        let inputs = night.dataset.inputs
        guard inputs.contains(where: { $0.table == .errors }) else { return [] }
        let finished = jobRuns.filter { $0.job.finish != nil && $0.job.counts.failed > 0 }
        let linked = !inputs.contains { $0.table == .errors && $0.absentColumns.contains(ExportColumn.errorJobID.caption) }
        let short: [JobRun]
        let counted: Int
        let found: Int
        if linked {
            short = finished.filter { $0.job.id != nil && $0.errorIndices.count < $0.job.counts.failed }
            counted = short.reduce(0) { $0 + $1.job.counts.failed }
            found = short.reduce(0) { $0 + $1.errorIndices.count }
        } else {
            short = []
            counted = finished.reduce(0) { $0 + $1.job.counts.failed }
            found = night.errors.count
        }
        guard found < counted else { return [] }
        let scope = linked ? "\(short.count) \(short.count == 1 ? "job run counts" : "job runs count")" : "The job runs count"
        return [HealthFinding(
            kind: .failedCountsDisagree,
            text: "\(scope) \(counted) failed \(counted == 1 ? "record" : "records"), but the errors export holds only \(found) error \(found == 1 ? "row" : "rows") for \(linked ? "them" : "all jobs"): \(counted - found) failures are missing from every list in this report.",
            remedy: "Export Integration Synchronization Errors again without filters, after the night's jobs have finished.",
            jobs: Array(short.prefix(HealthFinding.jobsListed).map(\.job)))]
    }

    /// A mapping that ran on the previous report's night and not tonight: its job queue entry may be on hold.
    private static func mappingsWithoutJobs(_ dataset: Dataset, previous: PreviousReport?) -> [HealthFinding] {
        guard dataset.inputs.contains(where: { $0.table == .jobs }), let previous, let before = previous.mappingsRun else { return [] }
        let tonight = Set(dataset.jobs.map(\.mapping))
        return before.filter { !tonight.contains($0) }.map { mapping in
            HealthFinding(
                kind: .mappingRanNoJob,
                text: "Mapping \(mapping) ran no job tonight; it ran on the night of \(previous.night ?? "the previous report").",
                remedy: "Check its job queue entry in Business Central (Job Queue Entries): it may be on hold, or have failed to start.",
                jobs: [])
        }
    }

    // MARK: Time

    /// Exports of a night already reported, or one export a day older than the others: the files were not
    /// all taken tonight.
    private static func staleness(_ night: ClassifiedNight, date: String?, previous: PreviousReport?) -> [HealthFinding] {
        var findings: [HealthFinding] = []
        if let date, let reported = previous?.night {
            if reported == date {
                findings.append(HealthFinding(
                    kind: .staleExports,
                    text: "These exports are of the night of \(date), which the published report already covered.",
                    remedy: "If this run was meant to report a new night, the exports were not refreshed: check the job that takes them. A deliberate re-run can ignore this.",
                    jobs: []))
            } else if reported > date {
                findings.append(HealthFinding(
                    kind: .staleExports,
                    text: "These exports are of the night of \(date), older than the report they replaced (\(reported)).",
                    remedy: "Publish the latest night again, or pass --previous with the later report's folder when reporting older nights.",
                    jobs: []))
            }
        }
        let newest = newestTimes(night)
        if let latest = newest.max(by: { $0.value < $1.value }) {
            let day: TimeInterval = 24 * 60 * 60
            for (file, time) in newest.sorted(by: { $0.key < $1.key }) where latest.value.timeIntervalSince(time) > day {
                let hours = Int(latest.value.timeIntervalSince(time) / 3600)
                findings.append(HealthFinding(
                    kind: .staleExports,
                    text: "\(file) ends \(hours) hours before \(latest.key) does: it may be an earlier night's export.",
                    remedy: "Take every export for the same night and run again.",
                    jobs: []))
            }
        }
        return findings
    }

    /// The latest time each input file holds, from its jobs' starts and finishes and its errors' times.
    private static func newestTimes(_ night: ClassifiedNight) -> [String: Date] {
        var newest: [String: Date] = [:]
        func note(_ file: String, _ time: Date?) {
            guard let time else { return }
            if newest[file].map({ $0 < time }) ?? true { newest[file] = time }
        }
        for job in night.dataset.jobs {
            note(job.origin.file, job.start)
            note(job.origin.file, job.finish)
        }
        for position in night.errors.indices {
            note(night.errors[position].error.origin.file, night.errors[position].error.loggedAt)
        }
        return newest
    }

    private static let undated = HealthFinding(
        kind: .undated,
        text: "No job or error in the exports has a time, so the night this report covers is unknown and it cannot be compared with other nights.",
        remedy: "Export the jobs with their Start Date/Time and the errors with their Date/Time.",
        jobs: [])
}
