/// Builds one job run's section: its settings, counters, message and the errors it logged.
struct JobViewBuilder: Sendable {
    let run: JobRun
    let rows: ErrorRows
    let format: Formatter

    /// - Parameters:
    ///   - errorsHTML: the rows of the job's first errors, already rendered.
    ///   - more: how many of its errors are not among them.
    func build(errorsHTML: String, more: Int) -> JobView {
        let job = run.job
        let errorsLink = job.id.flatMap { id in rows.businessCentral.map { $0.errors(ofJob: id) } }
        return JobView(
            anchor: PageNames.jobAnchor(job),
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
            message: format.message(job.message),
            hasMessage: !job.message.isEmpty,
            errorsHTML: errorsHTML,
            hasErrors: !run.errorIndices.isEmpty,
            moreErrors: more == 0 ? ""
                : "The first \(format.count(run.errorIndices.count - more)) of its \(format.count(run.errorIndices.count)) errors; the \(format.count(more)) others are in the error lists by cause and by mapping (\(format.mapping(job.mapping))).",
            hasMoreErrors: more > 0,
            errorsLink: errorsLink ?? "",
            hasErrorsLink: errorsLink != nil
        )
    }
}
