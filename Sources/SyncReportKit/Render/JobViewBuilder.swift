/// Builds one job run's page: its settings, counters, message and the errors it logged.
struct JobViewBuilder: Sendable {
    let run: JobRun
    let rows: ErrorRows
    let format: Formatter

    func build() -> JobView {
        let job = run.job
        let errorsLink = job.id.flatMap { id in rows.businessCentral.map { $0.errors(ofJob: id) } }
        return JobView(
            title: "\(format.mapping(job.mapping)) job at \(format.time(job.start))",
            fields: [
                Field(label: "Job ID", value: job.id?.value ?? "not in the export"),
                Field(label: "Mapping", value: format.mapping(job.mapping)),
                Field(label: "Type", value: job.type.isEmpty ? "–" : job.type),
                Field(label: "Direction", value: job.direction?.title ?? "–"),
                Field(label: "Started", value: format.time(job.start)),
                Field(label: "Finished", value: format.time(job.finish, absent: "not finished")),
            ],
            counts: [
                Field(label: "Inserted", value: format.count(job.counts.inserted)),
                Field(label: "Modified", value: format.count(job.counts.modified)),
                Field(label: "Deleted", value: format.count(job.counts.deleted)),
                Field(label: "Unchanged", value: format.count(job.counts.unchanged)),
                Field(label: "Skipped", value: format.count(job.counts.skipped)),
                Field(label: "Failed", value: format.count(job.counts.failed)),
            ],
            message: job.message,
            hasMessage: !job.message.isEmpty,
            errors: run.errorIndices.map { rows.row($0, root: "../") },
            hasErrors: !run.errorIndices.isEmpty,
            errorsLink: errorsLink ?? "",
            hasErrorsLink: errorsLink != nil
        )
    }
}
