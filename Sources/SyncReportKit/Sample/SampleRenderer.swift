/// Writes a plan as the three exports, jobs, errors and couplings, in any of the formats.
struct SampleRenderer {
    let plan: SamplePlan

    func write<Destination: SampleDestination>(
        _ format: SampleFormat, to destination: inout Destination
    ) throws(Destination.Failure) {
        for export in SampleExport.allCases {
            switch format {
            case .csv:
                var writer = CSVWriter(export)
                try write(export, with: &writer, to: &destination)
            case .json:
                var writer = ODataPageWriter(export, rowCount: rowCount(export), environment: plan.environment)
                try write(export, with: &writer, to: &destination)
            case .xlsx:
                var writer = XLSXSheetWriter(export, rowCount: rowCount(export), savedAt: savedAt)
                try write(export, with: &writer, to: &destination)
            }
        }
    }

    private func write<Writer: SampleTableWriter, Destination: SampleDestination>(
        _ export: SampleExport, with writer: inout Writer, to destination: inout Destination
    ) throws(Destination.Failure) {
        switch export {
        case .jobs: try writeJobs(with: &writer, to: &destination)
        case .errors: try writeErrors(with: &writer, to: &destination)
        case .couplings: try writeCouplings(with: &writer, to: &destination)
        }
        try writer.finish(to: &destination)
    }

    private func rowCount(_ export: SampleExport) -> Int {
        switch export {
        case .jobs: plan.jobs.count + plan.quietJobs.count
        case .errors: plan.events.count
        case .couplings: plan.couplings.count
        }
    }

    /// The export is taken the morning after, half an hour after the last run was due.
    private var savedAt: Int {
        plan.eveningStart + 10 * 3_600_000 + 30 * 60_000
    }

    /// Text[250] fields (5338.Message, 5339.Message) keep the first 250 characters of the full text.
    private static let shortMessageLength = 250

    /// Jobs in order of their start, as the page lists them; the quiet mappings' jobs are placed among them.
    private func writeJobs<Writer: SampleTableWriter, Destination: SampleDestination>(
        with writer: inout Writer, to destination: inout Destination
    ) throws(Destination.Failure) {
        let jobs = plan.jobs
        let quietJobs = plan.quietJobs
        // Indices past the plan's jobs are quiet jobs, so these sort after the plan's jobs starting at the same time.
        let starts = jobs.map(\.start) + quietJobs.map(\.start)
        let order = starts.indices.sorted { (starts[$0], $0) < (starts[$1], $1) }
        for index in order {
            if index < jobs.count {
                let job = jobs[index]
                let message = job.jobMessage?.text(table: job.table, environment: plan.environment) ?? ""
                writeJob(
                    id: job.id, start: job.start, finish: job.isFinished ? job.finish : nil,
                    mappingName: job.table.mappingName, direction: job.direction,
                    captions: (job.table.caption, job.table.dataverseCaption),
                    counts: [job.inserted, job.modified, 0, job.unchanged, job.skipped, job.failed], message: message,
                    with: &writer)
            } else {
                let job = quietJobs[index - jobs.count]
                writeJob(
                    id: job.id, start: job.start, finish: job.finish, mappingName: job.mapping.mappingName,
                    direction: job.direction, captions: job.mapping.captions,
                    counts: [job.inserted, job.modified, 0, job.unchanged, 0, 0], message: "", with: &writer)
            }
            try writer.endRow(to: &destination)
        }
    }

    /// `counts`: Inserted, Modified, Deleted, Unchanged, Skipped, Failed.
    private func writeJob<Writer: SampleTableWriter>(
        id: SampleGUID, start: Int, finish: Int?, mappingName: String, direction: SampleDirection,
        captions: (businessCentral: String, dataverse: String), counts: [Int], message: String,
        with writer: inout Writer
    ) {
        writer.guid(id)
        writer.dateTime(milliseconds: start)
        writer.dateTime(milliseconds: finish)
        writer.text(Self.duration(milliseconds: finish.map { $0 / 1000 * 1000 - start / 1000 * 1000 } ?? 0))
        writer.text(mappingName)
        writer.option("Synchronization")
        writer.option(direction.caption)
        writer.text(
            direction == .toIntegrationTable
                ? "\(captions.businessCentral) to \(captions.dataverse)."
                : "\(captions.dataverse) to \(captions.businessCentral).")
        for count in counts {
            writer.integer(count)
        }
        writer.text(Self.short(message))
    }

    private func writeErrors<Writer: SampleTableWriter, Destination: SampleDestination>(
        with writer: inout Writer, to destination: inout Destination
    ) throws(Destination.Failure) {
        for (position, event) in plan.events.enumerated() {
            let job = plan.jobs[Int(event.job)]
            let source: String
            let destinationRecord: String
            let text: String
            switch event.subject {
            case .record(let index, let failure):
                let record = plan.records[Int(index)]
                // Source is the side the data comes from; a destination that does not exist (insert, deleted) is blank.
                let businessCentral = record.recordID
                let dataverse = record.dataverseRecordID
                let destinationExists = record.origin == .coupled
                let toDataverse = job.direction == .toIntegrationTable
                source = toDataverse ? businessCentral : dataverse
                destinationRecord = destinationExists ? (toDataverse ? dataverse : businessCentral) : ""
                text = failure.text(record: record, direction: job.direction, environment: plan.environment)
            case .job(let message):
                source = ""
                destinationRecord = ""
                text = message.text(table: job.table, environment: plan.environment)
            }
            writer.integer(plan.firstErrorNumber + position)
            writer.guid(job.id)
            writer.text(source)
            writer.text(destinationRecord)
            writer.dateTime(milliseconds: event.time)
            writer.text(Self.short(text))
            writer.text(text)
            // The page's own columns: its permission hint (label PermissionsTok) and "View" links to the records.
            writer.text(text.contains(" prv") ? "Insufficient permissions" : "")
            writer.text(source.isEmpty ? "" : "View")
            writer.text(destinationRecord.isEmpty ? "" : "View")
            try writer.endRow(to: &destination)
        }
    }

    private func writeCouplings<Writer: SampleTableWriter, Destination: SampleDestination>(
        with writer: inout Writer, to destination: inout Destination
    ) throws(Destination.Failure) {
        for coupling in plan.couplings {
            let record = plan.records[Int(coupling.record)]
            let modifiedOn = timestamps(coupling, record)
            writer.guid(record.crmID)
            writer.guid(record.systemID)
            writer.integer(record.table.tableID)
            writer.dateTime(milliseconds: modifiedOn?.businessCentral)
            writer.dateTime(milliseconds: modifiedOn?.dataverse)
            writer.option(coupling.toBusinessCentral.result)
            writer.option(coupling.toDataverse.result)
            writer.guid(jobID(coupling.toBusinessCentral, record.table, .fromIntegrationTable))
            writer.guid(jobID(coupling.toDataverse, record.table, .toIntegrationTable))
            writer.boolean(coupling.skipped)
            try writer.endRow(to: &destination)
        }
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

    /// The page's Duration as OData writes it (Edm.Duration), e.g. `PT1M30S`.
    private static func duration(milliseconds: Int) -> String {
        let seconds = milliseconds / 1000
        var text = "PT"
        if seconds >= 3600 { text += "\(seconds / 3600)H" }
        if seconds % 3600 >= 60 { text += "\(seconds % 3600 / 60)M" }
        if seconds % 60 > 0 || seconds == 0 { text += "\(seconds % 60)S" }
        return text
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
