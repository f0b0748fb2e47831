/// Writes a plan as the three exports, with the captions Business Central shows as column headers.
struct SampleRenderer {
    let plan: SamplePlan

    func files() -> [SampleFile] {
        [jobsFile(), errorsFile(), couplingsFile()]
    }

    private static let jobsHeader = [
        "ID", "Start Date/Time", "Finish Date/Time", "Integration Table Mapping Name", "Type", "Synch. Direction",
        "Inserted", "Modified", "Deleted", "Unchanged", "Skipped", "Failed", "Message",
    ]
    private static let errorsHeader = [
        "No.", "Integration Synch. Job ID", "Source Record ID", "Destination Record ID", "Date/Time", "Message",
        "Error Message",
    ]
    private static let couplingsHeader = [
        "CRM ID", "Integration ID", "Table ID", "Last Synch. Modified On", "Last Synch. CRM Modified On",
        "Last Synch. Result", "Last Synch. CRM Result", "Last Synch. Job ID", "Last Synch. CRM Job ID", "Skipped",
    ]

    /// Text[250] fields (5338.Message, 5339.Message) keep the first 250 characters of the full text.
    private static let shortMessageLength = 250

    /// Jobs in order of their start, as the page lists them; the quiet mappings' jobs are placed among them.
    private func jobsFile() -> SampleFile {
        let jobs = plan.jobs
        let quietJobs = plan.quietJobs
        var csv = CSVWriter(header: Self.jobsHeader, reservingCapacity: 512 + (jobs.count + quietJobs.count) * 200)
        // Indices past the plan's jobs are quiet jobs, so these sort after the plan's jobs starting at the same time.
        let starts = jobs.map(\.start) + quietJobs.map(\.start)
        for index in starts.indices.sorted(by: { (starts[$0], $0) < (starts[$1], $1) }) {
            guard index < jobs.count else {
                let job = quietJobs[index - jobs.count]
                csv.guid(job.id)
                csv.dateTime(milliseconds: job.start)
                csv.dateTime(milliseconds: job.finish)
                csv.text(job.mapping.mappingName)
                csv.text("Synchronization")
                csv.text(job.direction.caption)
                for count in [job.inserted, job.modified, 0, job.unchanged, 0, 0] {
                    csv.integer(count)
                }
                csv.text("")
                csv.endRow()
                continue
            }
            let job = jobs[index]
            csv.guid(job.id)
            csv.dateTime(milliseconds: job.start)
            csv.dateTime(milliseconds: job.isFinished ? job.finish : nil)
            csv.text(job.table.mappingName)
            csv.text("Synchronization")
            csv.text(job.direction.caption)
            csv.integer(job.inserted)
            csv.integer(job.modified)
            csv.integer(0)
            csv.integer(job.unchanged)
            csv.integer(job.skipped)
            csv.integer(job.failed)
            csv.text(Self.short(job.jobMessage?.text(table: job.table, environment: plan.environment) ?? ""))
            csv.endRow()
        }
        return SampleFile(name: "jobs.csv", contents: csv.bytes)
    }

    private func errorsFile() -> SampleFile {
        var csv = CSVWriter(header: Self.errorsHeader, reservingCapacity: 512 + plan.events.count * 480)
        for (position, event) in plan.events.enumerated() {
            let job = plan.jobs[Int(event.job)]
            csv.integer(plan.firstErrorNumber + position)
            csv.guid(job.id)
            let text: String
            switch event.subject {
            case .record(let index, let failure):
                let record = plan.records[Int(index)]
                // Source is the side the data comes from; a destination that does not exist (insert, deleted) is blank.
                let businessCentral = record.recordID
                let dataverse = record.dataverseRecordID
                let destinationExists = record.origin == .coupled
                let toDataverse = job.direction == .toIntegrationTable
                csv.text(toDataverse ? businessCentral : dataverse)
                csv.text(destinationExists ? (toDataverse ? dataverse : businessCentral) : "")
                text = failure.text(record: record, direction: job.direction, environment: plan.environment)
            case .job(let message):
                csv.empty()
                csv.empty()
                text = message.text(table: job.table, environment: plan.environment)
            }
            csv.dateTime(milliseconds: event.time)
            csv.text(Self.short(text))
            csv.text(text)
            csv.endRow()
        }
        return SampleFile(name: "errors.csv", contents: csv.bytes)
    }

    private func couplingsFile() -> SampleFile {
        var csv = CSVWriter(header: Self.couplingsHeader, reservingCapacity: 512 + plan.couplings.count * 230)
        for coupling in plan.couplings {
            let record = plan.records[Int(coupling.record)]
            let modifiedOn = timestamps(coupling, record)
            csv.guid(record.crmID)
            csv.guid(record.systemID)
            csv.integer(record.table.tableID)
            csv.dateTime(milliseconds: modifiedOn?.businessCentral)
            csv.dateTime(milliseconds: modifiedOn?.dataverse)
            csv.text(coupling.toBusinessCentral.result)
            csv.text(coupling.toDataverse.result)
            csv.guid(jobID(coupling.toBusinessCentral, record.table, .fromIntegrationTable))
            csv.guid(jobID(coupling.toDataverse, record.table, .toIntegrationTable))
            csv.text(coupling.skipped ? "Yes" : "No")
            csv.endRow()
        }
        return SampleFile(name: "couplings.csv", contents: csv.bytes)
    }

    private func jobID(_ mark: SampleSyncMark, _ table: SampleTable, _ direction: SampleDirection) -> SampleGUID {
        switch mark {
        case .never: SampleGUID.null
        case .earlier: plan.earlierJobID(table, direction)
        case .success(let job), .failure(let job): plan.jobs[Int(job)].id
        }
    }

    /// "Last Synch. Modified On" / "Last Synch. CRM Modified On": both sides' modification times at the last
    /// successful synchronisation. Tonight's success: the source changed before the run, the destination was written
    /// during it. Otherwise a sync before tonight, or blank (0DT) for a coupling never synchronised.
    private func timestamps(_ coupling: SampleCoupling, _ record: SampleRecord) -> (businessCentral: Int, dataverse: Int)? {
        let hash = SplitMix64.combine(record.salt, 30)
        if coupling.lastSuccessJob >= 0 {
            let job = plan.jobs[Int(coupling.lastSuccessJob)]
            let synced = job.start + Int(hash % UInt64(max(1, job.finish - job.start)))
            let sourceChanged = synced - 60_000 - Int((hash >> 20) % 7_200_000)
            let written = synced + 300 + Int((hash >> 44) % 4_000)
            return job.direction == .toIntegrationTable ? (sourceChanged, written) : (written, sourceChanged)
        }
        switch (coupling.toDataverse, coupling.toBusinessCentral) {
        case (.earlier, _), (_, .earlier):
            let synced = plan.eveningStart - 3_600_000 - Int(hash % (60 * 86_400_000))
            return (synced, synced + Int((hash >> 40) % 5_000))
        default:
            return nil
        }
    }

    private static func short(_ text: String) -> String {
        guard text.utf8.count > shortMessageLength else { return text }
        let scalars = text.unicodeScalars
        guard let end = scalars.index(scalars.startIndex, offsetBy: shortMessageLength, limitedBy: scalars.endIndex) else {
            return text
        }
        return String(scalars[..<end])
    }
}
