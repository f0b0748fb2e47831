/// Builds one night: the job grid, then failing and healthy records whose stories are played run by run with
/// Business Central's rules (same message twice in a row ⇒ Skipped; an insert creates the coupling), then the
/// timing of every job and error row. Every random draw comes from one SplitMix64 stream, in a fixed order.
///
/// A night whose coupling count is given fills it in two phases: ordinary failing records until most of the
/// couplings exist, then new records that fail on every run (never coupled, so never Skipped) for the error rows
/// left, which is how a few records come to fill a large tenant's log; healthy couplings make up the rest.
struct SamplePlanBuilder {
    private let seed: UInt64
    private let errors: Int
    private let couplingTarget: Int?
    private let quietJobCount: Int
    private var rng: SplitMix64
    private let environment: SampleEnvironment
    private let eveningStart: Int
    private let runCount: Int
    private let intervalMilliseconds: Int
    private var jobs: [SampleJob] = []
    private var quietJobs: [SampleQuietJob] = []
    /// Per table, its job indices in run order (To before From within a run).
    private var jobsByTable: [[Int]] = SampleTable.allCases.map { _ in [] }
    private var records: [SampleRecord] = []
    private var events: [SampleEvent] = []
    private var couplings: [SampleCoupling] = []
    /// Error rows still to be produced per cause; they sum to `remaining`.
    private var quotas: [Int]
    private var remaining: Int
    private var nextNumber: [Int] = SampleTable.allCases.map { _ in 0 }
    private var specialKeysUsed: [Int] = SampleTable.allCases.map { _ in 0 }

    /// Healthy couplings added even to an empty night, so couplings.csv is never trivial.
    private static let minimumHealthyRecords = 12
    /// Runs every mapping has at least: a job that fails as a whole has a run before and after it.
    static let minimumRuns = 3
    /// From the first run at 20:00 to the last at 06:00.
    private static let nightMilliseconds = 10 * 3_600_000
    /// Share of the coupling target that ordinary failing records may fill, in percent; repeated failures and
    /// healthy couplings make up the rest.
    private static let failingCouplingShare = 70

    init(seed: UInt64, size: SampleSize, night: SampleNight) {
        self.seed = seed
        errors = max(0, size.errors)
        couplingTarget = size.couplings.map { max(0, $0) }
        rng = SplitMix64(seed: seed)
        environment = SampleEnvironment(rng: &rng)
        eveningStart = night.eveningStart
        if let jobs = size.jobs {
            // Every mapping, the sample's and the quiet ones, runs about as often; the quiet ones take the remainder.
            let perRun = SampleTable.jobsPerRun + SampleQuietMapping.jobsPerRun
            runCount = max(Self.minimumRuns, jobs / perRun)
            intervalMilliseconds = Self.nightMilliseconds / (runCount - 1)
            quietJobCount = jobs - runCount * SampleTable.jobsPerRun
        } else {
            // Larger nights run their job queue entries more often, so jobs scale with the error count too.
            let intervalMinutes = errors <= 5_000 ? 120 : errors <= 50_000 ? 60 : 30
            intervalMilliseconds = intervalMinutes * 60_000
            runCount = Self.nightMilliseconds / intervalMilliseconds + 1
            quietJobCount = 0
        }
        quotas = SampleCause.quotas(total: errors)
        remaining = errors
    }

    mutating func build() -> SamplePlan {
        let firstErrorNumber = 1001 + rng.below(9000)
        let earlierJobIDs = (0..<SampleTable.allCases.count * SampleDirection.allCases.count).map { _ in
            SampleGUID(random: &rng)
        }
        scheduleJobs()
        failWholeJobs()
        if let couplingTarget {
            while remaining > 0 && couplings.count < couplingTarget * Self.failingCouplingShare / 100 {
                addFailingRecord()
            }
            if remaining > 0 { giveQuotasToRepeatingCauses() }
            while remaining > 0 {
                addRepeatedFailure(couplingTarget: couplingTarget)
            }
            while couplings.count < couplingTarget {
                addHealthyRecord()
            }
        } else {
            while remaining > 0 {
                if rng.chance(50) { addHealthyRecord() }
                addFailingRecord()
            }
            for _ in 0..<Self.minimumHealthyRecords {
                addHealthyRecord()
            }
        }
        countUnchangedRecords()
        timeJobs()
        timeEvents()
        runQuietMappings()
        let crmIDs = couplings.map { records[Int($0.record)].crmID }
        let couplingOrder = couplings.indices.sorted { crmIDs[$0] < crmIDs[$1] }
        return SamplePlan(
            environment: environment, firstErrorNumber: firstErrorNumber, eveningStart: eveningStart, jobs: jobs,
            quietJobs: quietJobs, records: records, events: events, couplings: couplingOrder.map { couplings[$0] },
            earlierJobIDs: earlierJobIDs)
    }

    // MARK: Jobs

    private mutating func scheduleJobs() {
        for run in 0..<runCount {
            for table in SampleTable.allCases {
                for direction in table.directions {
                    jobsByTable[table.rawValue].append(jobs.count)
                    jobs.append(SampleJob(id: SampleGUID(random: &rng), table: table, direction: direction, run: run))
                }
            }
        }
        // The export is taken while the last run's last job is still busy.
        jobs[jobIndex(.salesOrder, .fromIntegrationTable, run: runCount - 1)].isFinished = false
    }

    private func jobIndex(_ table: SampleTable, _ direction: SampleDirection, run: Int) -> Int {
        let directions = table.directions
        return jobsByTable[table.rawValue][run * directions.count + directions.firstIndex(of: direction)!]
    }

    /// One job loses the connection (no rows); one finds its mapping broken and logs a single row without records.
    /// Neither is in the first or last run, so every record has a run before and after them.
    private mutating func failWholeJobs() {
        let lostTable = rng.pick([SampleTable.customer, .contact])
        let lost = jobIndex(lostTable, rng.pick(lostTable.directions), run: 1 + rng.below(runCount - 2))
        jobs[lost].jobMessage = rng.chance(50) ? .accessTokenFailed : .connectionTimedOut

        let broken = SampleJobMessage.noFieldMappingRows
        guard quotas[broken.cause.rawValue] > 0 else { return }
        let job = jobIndex(.item, .toIntegrationTable, run: 1 + rng.below(runCount - 2))
        jobs[job].jobMessage = broken
        jobs[job].failed = 1
        quotas[broken.cause.rawValue] -= 1
        remaining -= 1
        events.append(SampleEvent(job: job, subject: .job(broken), offset: UInt32(truncatingIfNeeded: rng.next())))
    }

    /// A run in which the record's job of that direction processes records.
    private mutating func processingRun(_ table: SampleTable, _ direction: SampleDirection) -> Int {
        while true {
            let run = rng.below(runCount)
            if jobs[jobIndex(table, direction, run: run)].jobMessage == nil { return run }
        }
    }

    // MARK: Records

    private mutating func addFailingRecord() {
        let cause = pickCause()
        let (table, candidate) = pickFirstFailure(cause)
        let direction = candidate.direction
        let situation = candidate.situation
        let origin = SampleRecord.Origin(direction: direction, situation: situation)
        let recordIndex = addRecord(table, origin, allowSpecialKey: origin != .newInDataverse)
        let first = SampleStory.Step.fail(failure(candidate.message, direction, situation))
        let start = processingRun(table, direction)

        var steps: [SampleStory.Step]
        switch situation {
        case .insert:
            // Not coupled: no Skipped; fails again if picked up again, and is inserted once someone fixes it.
            steps = Array(repeating: first, count: 1 + rng.below(2))
            if rng.chance(45) { steps.append(.succeed) }
        case .deletedDestination:
            // Nothing fixes a deletion by itself; it repeats until Skipped.
            steps = rng.chance(75)
                ? Array(repeating: first, count: 2 + rng.below(3))
                : [first] + repeatedAlternative(table, direction, situation, avoiding: candidate.message, times: 2)
        case .update where cause.isTransient:
            switch rng.below(100) {
            case ..<65: steps = [first, .succeed]
            case ..<85:
                let other = repeatedAlternative(table, direction, situation, avoiding: candidate.message, times: 1)
                steps = [first] + other + [.succeed]
            default: steps = [first, first]
            }
        case .update:
            switch rng.below(100) {
            case ..<55: steps = Array(repeating: first, count: 2 + rng.below(3))
            case ..<80: steps = [first, .succeed]
            default:
                steps = [first] + repeatedAlternative(table, direction, situation, avoiding: candidate.message, times: 2)
            }
        }

        var story = SampleStory(direction: direction, start: start, steps: steps)
        if situation == .update && table.directions.count == 2 {
            let other = direction == .toIntegrationTable ? SampleDirection.fromIntegrationTable : .toIntegrationTable
            if cause == .conflict && rng.chance(40) {
                // Changed on both sides: both directions' jobs of the same run report the conflict.
                story.start[other.rawValue] = start
                story.steps[other.rawValue] = steps
            } else if rng.chance(10) {
                story.start[other.rawValue] = start + rng.below(2)
                story.steps[other.rawValue] = repeatedAlternative(
                    table, other, .update, avoiding: candidate.message, times: 2)
            }
        }
        play(story, recordIndex: recordIndex)
    }

    /// Couplings without errors tonight: synchronised once, inserted tonight, or untouched.
    private mutating func addHealthyRecord() {
        let table = pickTable { _ in true }
        let direction = rng.pick(table.directions)
        let kind = rng.below(100)
        let origin = kind < 20 ? SampleRecord.Origin(direction: direction, situation: .insert) : .coupled
        let recordIndex = addRecord(table, origin, allowSpecialKey: false)
        let story = kind < 75
            ? SampleStory(direction: direction, start: rng.below(runCount), steps: [.succeed])
            : SampleStory()
        play(story, recordIndex: recordIndex)
    }

    /// A new record that fails on every run from its first until the end of the night: something (a web shop, an
    /// import) touches it on every run, and a record that is not coupled is never Skipped. Someone fixes a few.
    private mutating func addRepeatedFailure(couplingTarget: Int) {
        let (table, candidate) = pickFirstFailure(pickCause(), uncoupled: true)
        let direction = candidate.direction
        let origin = SampleRecord.Origin(direction: direction, situation: .insert)
        let recordIndex = addRecord(table, origin, allowSpecialKey: origin != .newInDataverse)
        let start = processingRun(table, direction)
        let failing = SampleStory.Step.fail(failure(candidate.message, direction, .insert))
        let runsLeft = runCount - start
        let isFixed = couplings.count < couplingTarget && rng.chance(30)
        var steps = Array(repeating: failing, count: isFixed ? 1 + rng.below(runsLeft) : runsLeft)
        if isFixed { steps.append(.succeed) }
        var story = SampleStory(direction: direction, start: start, steps: steps)
        story.isRepeated = true
        play(story, recordIndex: recordIndex)
    }

    /// Only a coupled record can conflict or be deleted, and a passing fault (a timeout, a lock) does not hit the same
    /// record on every run: once the couplings are spoken for, the error rows still planned for those causes go, by
    /// weight, to the causes that stop a new record until someone fixes its data.
    private mutating func giveQuotasToRepeatingCauses() {
        let repeating = SampleCause.allCases.filter { cause in
            !cause.isTransient && SampleMessage.firstInsertFailures[cause.rawValue].contains { !$0.isEmpty }
        }
        let moved = SampleCause.allCases.filter { !repeating.contains($0) }.reduce(0) { $0 + quotas[$1.rawValue] }
        let shares = SampleCause.shares(of: moved, among: repeating)
        for cause in SampleCause.allCases {
            quotas[cause.rawValue] = repeating.contains(cause) ? quotas[cause.rawValue] + shares[cause.rawValue] : 0
        }
    }

    private mutating func addRecord(_ table: SampleTable, _ origin: SampleRecord.Origin, allowSpecialKey: Bool) -> Int {
        let number = nextNumber[table.rawValue]
        nextNumber[table.rawValue] += 1
        var special: Int8 = -1
        if allowSpecialKey && specialKeysUsed[table.rawValue] < table.specialKeys.count {
            special = Int8(specialKeysUsed[table.rawValue])
            specialKeysUsed[table.rawValue] += 1
        }
        let salt = SplitMix64.combine(seed, UInt64(table.rawValue) << 32 | UInt64(number))
        records.append(SampleRecord(table: table, origin: origin, special: special, number: Int32(number), salt: salt))
        return records.count - 1
    }

    /// A cause with error rows left, in proportion to what is left.
    private mutating func pickCause() -> SampleCause {
        var draw = rng.below(remaining)
        for cause in SampleCause.allCases {
            if draw < quotas[cause.rawValue] { return cause }
            draw -= quotas[cause.rawValue]
        }
        preconditionFailure("quotas do not add up to the remaining error rows")
    }

    private mutating func pickFirstFailure(
        _ cause: SampleCause, uncoupled: Bool = false
    ) -> (SampleTable, SampleMessage.Candidate) {
        let byTable = (uncoupled ? SampleMessage.firstInsertFailures : SampleMessage.firstFailures)[cause.rawValue]
        let table = pickTable { !byTable[$0.rawValue].isEmpty }
        let candidates = byTable[table.rawValue]
        var draw = rng.below(candidates.reduce(0) { $0 + $1.situation.firstFailureWeight })
        for candidate in candidates {
            if draw < candidate.situation.firstFailureWeight { return (table, candidate) }
            draw -= candidate.situation.firstFailureWeight
        }
        preconditionFailure("no candidate drawn")
    }

    /// A table by weight among those that qualify and still have unused keys.
    private mutating func pickTable(where qualifies: (SampleTable) -> Bool) -> SampleTable {
        let tables = SampleTable.allCases.filter { qualifies($0) && nextNumber[$0.rawValue] < $0.capacity }
        var draw = rng.below(tables.reduce(0) { $0 + $1.weight })
        for table in tables {
            if draw < table.weight { return table }
            draw -= table.weight
        }
        preconditionFailure("no table qualifies")
    }

    private mutating func failure(
        _ message: SampleMessage, _ direction: SampleDirection, _ situation: SampleSituation
    ) -> SampleFailure {
        var wrapper = SampleWrapper.none
        if message.cause.isWrappable && rng.chance(15) {
            var wrappers = [direction == .toIntegrationTable ? SampleWrapper.dataverseCommunication : .dataNotUpdated]
            if situation == .update { wrappers.append(.modifying) }
            wrapper = rng.pick(wrappers)
        }
        return SampleFailure(message: message, wrapper: wrapper, param: rng.next())
    }

    /// A different failure of the same record, repeated `times` times (twice in a row makes it Skipped).
    private mutating func repeatedAlternative(
        _ table: SampleTable, _ direction: SampleDirection, _ situation: SampleSituation,
        avoiding message: SampleMessage, times: Int
    ) -> [SampleStory.Step] {
        let messages = SampleMessage.alternatives(for: table, direction, situation).filter { $0 != message }
        let step = SampleStory.Step.fail(failure(rng.pick(messages), direction, situation))
        return Array(repeating: step, count: times)
    }

    // MARK: Playing a story

    /// Walks the record's jobs in time order and applies each due step the way Business Central would.
    private mutating func play(_ story: SampleStory, recordIndex: Int) {
        let record = records[recordIndex]
        var coupled = record.origin.isCoupled
        var marks: [SampleSyncMark] = [.never, .never]
        if coupled {
            for direction in record.table.directions {
                marks[direction.rawValue] = rng.chance(85) ? .earlier : .never
            }
        }
        var skipped = false
        var lastFailure: [SampleFailure?] = [nil, nil]
        var cursor = [0, 0]
        var lastSuccessJob = -1
        // Only the runs from the story's first on can touch the record: a night of many runs has no time to walk
        // all of them for every record.
        var firstRun = runCount
        for direction in SampleDirection.allCases where !story.steps[direction.rawValue].isEmpty {
            firstRun = min(firstRun, story.start[direction.rawValue])
        }
        let tableJobs = jobsByTable[record.table.rawValue]
        for job in tableJobs[min(firstRun * record.table.directions.count, tableJobs.count)...] {
            if cursor[0] >= story.steps[0].count && cursor[1] >= story.steps[1].count { break }
            let direction = jobs[job].direction.rawValue
            // A job that failed as a whole does not touch the record; its step waits for the next run.
            guard jobs[job].run >= story.start[direction], cursor[direction] < story.steps[direction].count,
                jobs[job].jobMessage == nil
            else { continue }
            let step = story.steps[direction][cursor[direction]]
            cursor[direction] += 1
            if skipped {
                jobs[job].skipped += 1
                continue
            }
            if case .fail(let failure) = step, quotas[failure.cause.rawValue] > 0 {
                quotas[failure.cause.rawValue] -= 1
                remaining -= 1
                jobs[job].failed += 1
                let offset = UInt32(truncatingIfNeeded: rng.next())
                events.append(SampleEvent(job: job, subject: .record(Int32(recordIndex), failure), offset: offset))
                // CRMIntegrationRecord.IsSameFailureRepeatedTwice: only a coupling can be marked.
                if coupled && lastFailure[direction] == failure { skipped = true }
                lastFailure[direction] = failure
                marks[direction] = .failure(job: Int32(job))
            } else if case .fail = step, record.origin.situation == .deletedDestination || story.isRepeated {
                // Out of error rows for this cause: the deleted record, or the one nobody fixes, simply is not
                // picked up again.
                cursor[direction] = story.steps[direction].count
            } else {
                if coupled { jobs[job].modified += 1 } else { jobs[job].inserted += 1 }
                coupled = true
                lastFailure[direction] = nil
                marks[direction] = .success(job: Int32(job))
                lastSuccessJob = job
            }
        }
        if coupled {
            couplings.append(SampleCoupling(
                record: Int32(recordIndex), toDataverse: marks[0], toBusinessCentral: marks[1], skipped: skipped,
                lastSuccessJob: Int32(lastSuccessJob)))
        }
    }

    // MARK: Timing

    private mutating func countUnchangedRecords() {
        let scale = 4 + errors / jobs.count
        for job in jobs.indices where jobs[job].jobMessage == nil {
            jobs[job].unchanged = rng.below(scale)
        }
    }

    /// Each mapping's job queue entry runs on its own (mappings overlap in time); within an entry the To job runs
    /// before the From job, and a run waits for the previous one. Per-record time is capped so a run fits its slot.
    private mutating func timeJobs() {
        for table in SampleTable.allCases {
            let tableJobs = jobsByTable[table.rawValue]
            let perRun = table.directions.count
            var busiest = 1
            for run in 0..<runCount {
                let processed = tableJobs[run * perRun..<(run + 1) * perRun].reduce(0) { $0 + jobs[$1].processed }
                busiest = max(busiest, processed)
            }
            let perRecord = max(1, min(60 + rng.below(80), intervalMilliseconds * 6 / 10 / busiest))
            var free = eveningStart
            for run in 0..<runCount {
                var clock = runStart(run, every: intervalMilliseconds, after: free)
                for job in tableJobs[run * perRun..<(run + 1) * perRun] {
                    jobs[job].start = clock
                    let duration = jobs[job].jobMessage?.durationMilliseconds
                        ?? 1_500 + rng.below(3_500) + jobs[job].processed * perRecord
                    jobs[job].finish = clock + duration
                    clock = jobs[job].finish + 500 + rng.below(2_500)
                }
                free = clock
            }
        }
    }

    /// When a job queue entry's run starts: shortly after its scheduled time (by less than a quarter of the interval,
    /// so runs a minute apart stay apart) and not before the entry's previous run has finished.
    private mutating func runStart(_ run: Int, every interval: Int, after free: Int) -> Int {
        let scheduled = eveningStart + run * interval + min(5_000, interval / 20)
        return max(scheduled + rng.below(min(85_000, interval / 4)), free + 1_000)
    }

    /// The quiet mappings' jobs: `quietJobCount` split into whole runs of every mapping, the mappings first in line
    /// running once more for the remainder, each run spread over the night like the sample mappings' runs.
    private mutating func runQuietMappings() {
        let mappings = SampleQuietMapping.allCases
        var runs = mappings.map { _ in quietJobCount / SampleQuietMapping.jobsPerRun }
        var remainder = quietJobCount % SampleQuietMapping.jobsPerRun
        for index in mappings.indices where mappings[index].directions.count <= remainder {
            runs[index] += 1
            remainder -= mappings[index].directions.count
        }
        for (mapping, mappingRuns) in zip(mappings, runs) {
            let interval = Self.nightMilliseconds / max(1, mappingRuns - 1)
            var free = eveningStart
            for run in 0..<mappingRuns {
                var clock = runStart(run, every: interval, after: free)
                for direction in mapping.directions {
                    let inserted = rng.chance(4) ? 1 : 0
                    let modified = rng.chance(12) ? 1 + rng.below(3) : 0
                    let unchanged = rng.below(6)
                    let finish = clock + 700 + rng.below(2_300) + (inserted + modified + unchanged) * (40 + rng.below(60))
                    quietJobs.append(SampleQuietJob(
                        id: SampleGUID(random: &rng), mapping: mapping, direction: direction, inserted: inserted,
                        modified: modified, unchanged: unchanged, start: clock, finish: finish))
                    clock = finish + 300 + rng.below(1_500)
                }
                free = clock
            }
        }
    }

    /// Places every error row inside its job and orders the rows by time, as No. (AutoIncrement) numbers them.
    private mutating func timeEvents() {
        for index in events.indices {
            let job = jobs[Int(events[index].job)]
            events[index].time = job.start + Int((UInt64(events[index].offset) * UInt64(job.finish - job.start)) >> 32)
        }
        events.sort { ($0.time, $0.job, $0.recordIndex) < ($1.time, $1.job, $1.recordIndex) }
    }
}
