import Foundation

/// The Analyse stage: counts by cause and mapping, a timeline for every record that failed, the runs of every job.
public struct Analyser: Sendable {
    public init() {}

    /// - Parameter previous: the last published report, to tell what is new, still failing and fixed.
    public func run(_ night: ClassifiedNight, previous: PreviousReport? = nil) -> Analysis {
        let dataset = night.dataset
        let jobs = dataset.jobsByID
        let index = night.records
        // The timelines and the counts read the night independently: each on a core of its own.
        let (records, counts) = concurrently(
            { timelines(night, jobs: jobs, index: index) },
            {
                (byCause: Self.byCause(night.errors), byMapping: Self.byMapping(night.errors), jobs: Self.jobRuns(night),
                 unknownTemplates: UnknownMessages.group(
                    night.errors.filter { $0.classification.ruleID == Classification.noRule }.map(\.error.message)),
                 abandonedRules: Availability.abandonedRules(in: night.errors))
            })
        let totals = Totals(
            jobs: dataset.jobs.count, errors: night.errors.count, couplings: dataset.couplings.count,
            failingRecords: records.count { $0.isFailing }, rejectedRows: dataset.rejectedCount)
        let date = Self.date(of: night)
        return Analysis(
            night: night,
            totals: totals,
            byCause: counts.byCause,
            byMapping: counts.byMapping,
            records: records,
            jobs: counts.jobs,
            health: Health.findings(night, jobRuns: counts.jobs, date: date, previous: previous),
            unavailable: Availability.notes(for: dataset) + counts.abandonedRules.map(Availability.note),
            abandonedRules: counts.abandonedRules,
            unknownTemplates: counts.unknownTemplates,
            actions: ActionPlan.actions(night, records: records),
            date: date,
            coverage: Coverage(jobs: dataset.jobs, logged: Self.latestLogged(night), previous: previous?.coverage),
            history: History(
                night: date, failing: records.filter(\.isFailing).map { ($0.record.key, $0.record.displayName) },
                totals: totals, previous: previous)
        )
    }

    private static func date(of night: ClassifiedNight) -> String? {
        let first = night.dataset.jobs.compactMap(\.start).min() ?? night.errors.compactMap(\.error.loggedAt).min()
        return first.map { String(CivilTime.format($0, in: .gmt, iso: true).prefix(10)) }
    }

    /// The latest time of an error of page 5339, by its file: merging gives a logged error what page 5333
    /// says of its record, and page 5333 lists old failures every night.
    private static func latestLogged(_ night: ClassifiedNight) -> Date? {
        let logs = night.dataset.inputs.filter { $0.table == .errors }.map(\.file)
        var latest: Date?
        // By position, reading fields in place; the time first, as most errors share their file.
        for position in night.errors.indices {
            guard let at = night.errors[position].error.loggedAt, at > latest ?? .distantPast,
                  logs.contains(night.errors[position].error.origin.file) else { continue }
            latest = at
        }
        return latest
    }

    private static func byCause(_ errors: [ClassifiedError]) -> [CauseCount] {
        var counts: [Cause: (errors: Int, records: Set<String>)] = [:]
        // By position, reading fields in place: iterating copies each error whole, retaining all its strings.
        for position in errors.indices {
            let cause = errors[position].classification.cause
            counts[cause, default: (0, [])].errors += 1
            if errors[position].record.isKnown {
                counts[cause, default: (0, [])].records.insert(errors[position].record.key)
            }
        }
        return Cause.allCases.map { cause in
            CauseCount(cause: cause, errors: counts[cause]?.errors ?? 0, records: counts[cause]?.records.count ?? 0)
        }
    }

    private static func byMapping(_ errors: [ClassifiedError]) -> [MappingCount] {
        var counts: [String: Int] = [:]
        for position in errors.indices { counts[errors[position].mapping, default: 0] += 1 }
        return counts.map { MappingCount(mapping: $0.key, errors: $0.value) }
            .sorted { ($1.errors, $0.mapping) < ($0.errors, $1.mapping) }
    }

    private static func jobRuns(_ night: ClassifiedNight) -> [JobRun] {
        var errorsByJob: [GUID: [Int]] = [:]
        for offset in night.errors.indices {
            if let id = night.errors[offset].error.jobID { errorsByJob[id, default: []].append(offset) }
        }
        return night.dataset.jobs.map { job in JobRun(job: job, errorIndices: job.id.flatMap { errorsByJob[$0] } ?? []) }
    }

    private func timelines(_ night: ClassifiedNight, jobs: [GUID: Job], index: RecordIndex) -> [RecordTimeline] {
        var errorsByRecord: [RecordRef: [Int]] = [:]
        for offset in night.errors.indices where night.errors[offset].record.isKnown {
            errorsByRecord[night.errors[offset].record, default: []].append(offset)
        }
        // Each record's timeline is made from its own errors: records are spread over the cores.
        let made = Array(errorsByRecord).parallelMap(minimumChunk: 1_024) { record, errorIndices in
            let record = errorIndices.lazy.map { night.errors[$0].record }.first { $0.dataverse != nil } ?? record
            let coupling = index.coupling(of: record)
            var events = errorIndices.map { offset in
                TimelineEvent(
                    kind: .failed(errorIndex: offset), at: night.errors[offset].error.loggedAt, jobID: night.errors[offset].error.jobID,
                    direction: night.errors[offset].direction)
            }
            var latestByDirection: [SyncDirection?: Int] = [:]
            var lastingByDirection: [SyncDirection?: Int] = [:]
            for index in errorIndices {
                latestByDirection[night.errors[index].direction] = index
                if !night.errors[index].classification.cause.isTransient { lastingByDirection[night.errors[index].direction] = index }
            }
            let directions = Set(latestByDirection.keys)
            events = Self.placing(Self.successfulSyncs(coupling, jobs: jobs), among: events, failedDirections: directions)
            return RecordTimeline(
                record: record, coupling: coupling, events: events, errorIndices: errorIndices,
                failing: latestByDirection
                    .filter { !Self.lastSyncSucceeded(coupling, direction: $0.key) }
                    .map { FailingDirection(direction: $0.key, latestErrorIndex: $0.value, decidingErrorIndex: lastingByDirection[$0.key] ?? $0.value) }
                    .sorted { $0.latestErrorIndex < $1.latestErrorIndex })
        }
        // Sorted by place, then gathered once: moving the timelines themselves at every step of the sort
        // retains and releases their arrays each time.
        return made.indices.sorted { made[$0].record < made[$1].record }.map { made[$0] }
    }

    /// The coupling holds the result of the last synchronisation in each direction.
    private static func lastSyncSucceeded(_ coupling: Coupling?, direction: SyncDirection?) -> Bool {
        guard let coupling else { return false }
        switch direction {
        case .toIntegrationTable: return coupling.lastSynchCRMResult == .success
        case .fromIntegrationTable: return coupling.lastSynchResult == .success
        case .bidirectional, nil: return coupling.lastSynchCRMResult == .success && coupling.lastSynchResult == .success
        }
    }

    private static func successfulSyncs(_ coupling: Coupling?, jobs: [GUID: Job]) -> [TimelineEvent] {
        guard let coupling else { return [] }
        var events: [TimelineEvent] = []
        if coupling.lastSynchResult == .success, let id = coupling.lastSynchJobID {
            events.append(TimelineEvent(kind: .synchronized, at: jobs[id]?.finish, jobID: id, direction: .fromIntegrationTable))
        }
        if coupling.lastSynchCRMResult == .success, let id = coupling.lastSynchCRMJobID {
            events.append(TimelineEvent(kind: .synchronized, at: jobs[id]?.finish, jobID: id, direction: .toIntegrationTable))
        }
        return events
    }

    /// Merges successful synchronisations into the failures in time order. A success whose job is not in the
    /// exports has no time: the coupling keeps only the last result per direction, so it comes after tonight's
    /// failures in its own direction, and before everything when its direction did not fail tonight.
    private static func placing(
        _ successes: [TimelineEvent], among failures: [TimelineEvent], failedDirections: Set<SyncDirection?>
    ) -> [TimelineEvent] {
        let untimed = successes.filter { $0.at == nil }
        let earlier = untimed.filter { !failedDirections.contains($0.direction) }
        let later = untimed.filter { failedDirections.contains($0.direction) }
        let timed = (failures + successes.filter { $0.at != nil }).enumerated().sorted { lhs, rhs in
            switch (lhs.element.at, rhs.element.at) {
            case let (left?, right?) where left != right: left < right
            case (nil, _?): true
            case (_?, nil): false
            default: lhs.offset < rhs.offset
            }
        }.map(\.element)
        return earlier + timed + later
    }
}
