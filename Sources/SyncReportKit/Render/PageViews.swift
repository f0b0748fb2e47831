// View models for the templates. swift-mustache reads stored properties through `Mirror`, so every
// value is precomputed here: text already formatted, flags for optional sections, arrays already sorted.

struct Page<Content>: Sendable where Content: Sendable {
    /// Path prefix from the page back to the report folder: "" or "../".
    let root: String
    let title: String
    let timeZone: String
    let generated: String
    let hasGenerated: Bool
    let content: Content
}

struct Stat: Sendable {
    let label: String
    let value: String
    let href: String
    let hasLink: Bool
}

struct IndexView: Sendable {
    let period: String
    let hasPeriod: Bool
    let health: [HealthRow]
    let hasHealth: Bool
    /// What "What to do" says when no record fails: an all-clear only on a healthy night.
    let noActions: String
    let stats: [Stat]
    let history: HistoryView
    let actions: [ActionRow]
    let hasActions: Bool
    let allActions: Link
    let moreActions: String
    let hasMoreActions: Bool
    let causeChart: ChartView
    let causes: [CauseRow]
    /// One chart, or none when no error names a mapping.
    let mappingChart: [ChartView]
    let mappings: [MappingRow]
    let hasMappings: Bool
    let recordsCount: String
    let hasRecords: Bool
    /// The first job runs; `allJobs` links to the list of every one.
    let jobsHTML: String
    let hasJobs: Bool
    let allJobs: String
    let allJobsHref: String
    let inputs: [InputRow]
    let duplicates: String
    let hasDuplicates: Bool
    let unavailable: [Note]
    let hasUnavailable: Bool
    let rejectedCount: String
    let hasRejected: Bool
}

/// Tonight against the previous report, and the trend over the nights kept.
struct HistoryView: Sendable {
    let isCompared: Bool
    /// "Compared with the report of the night of 2026-11-23." or why nothing is compared.
    let basis: String
    let changes: [Stat]
    /// One chart, or none before a night with a date.
    let trend: [ChartView]
    let nights: [NightRow]
}

struct NightRow: Sendable {
    let night: String
    let errors: String
    let failingRecords: String
    let isTonight: Bool
}

/// Tonight's failing records as new and still failing, and the records fixed since the previous report.
/// One page of the records that are new, still failing or fixed.
struct TrackedPageView: Sendable {
    let heading: String
    let basis: String
    let summary: String
    let pager: PagerView
    let rowsHTML: String
    let hasRows: Bool
    /// What an empty list means.
    let none: String
}

/// One page of the records with errors tonight.
struct RecordListView: Sendable {
    let summary: String
    let pager: PagerView
    let rowsHTML: String
}

struct TrackedRow: Sendable {
    let name: String
    let href: String
    let hasPage: Bool
    let since: String
    let nights: String
}

/// One action of the plan, with the records behind it (the first few; the rest counted).
struct ActionRow: Sendable {
    let cause: String
    let causeID: String
    let text: String
    /// "clears 12 errors on 3 records."
    let clears: String
    let records: [Link]
    let more: String
    let hasMore: Bool
    /// The action's page: every record, and the filter to retry them.
    let page: Link
}

struct Note: Sendable {
    let text: String
}

struct CauseRow: Sendable {
    let id: String
    let title: String
    /// The first page of its errors.
    let href: String
    let errors: String
    let records: String
    let hasErrors: Bool
}

struct MappingRow: Sendable {
    let name: String
    /// The first page of its errors.
    let href: String
    let errors: String
}

struct RecordRow: Sendable {
    let name: String
    let href: String
    let mapping: String
    let cause: String
    let errors: String
    let lastFailed: String
    let status: String
}

struct JobRow: Sendable {
    let href: String
    let start: String
    let finish: String
    let mapping: String
    let direction: String
    let inserted: String
    let modified: String
    let failed: String
    let message: String
}

struct InputRow: Sendable {
    let file: String
    let table: String
    let format: String
    let rowsRead: String
    let rowsUsed: String
    let rowsRejected: String
    let absentColumns: String
}

struct RejectedListView: Sendable {
    let count: String
    let summary: String
    let pager: PagerView
    let rows: [RejectedView]
    let hasRows: Bool
    /// Why not every rejected row is listed; empty when every one is.
    let unlisted: String
}

/// One page of the list of every job run.
struct JobListView: Sendable {
    let summary: String
    let pager: PagerView
    let rowsHTML: String
    let hasJobs: Bool
}

struct RejectedView: Sendable {
    let file: String
    let line: String
    let column: String
    let reason: String
}

struct ErrorListView: Sendable {
    let total: String
    let causes: [ListEntry]
    let mappings: [ListEntry]
    let hasErrors: Bool
    let unknown: [UnknownTemplateView]
    let hasUnknown: Bool
    let moreUnknown: String
    let hasMoreUnknown: Bool
}

struct UnknownTemplateView: Sendable {
    let template: String
    let count: String
    let examples: [Note]
    let ruleStub: String
}

/// A cause or a mapping on the page of every error list.
struct ListEntry: Sendable {
    let title: String
    let href: String
    let count: String
}

/// A paginated list, as the page that leads to it shows it.
struct ListPage: Sendable {
    let title: String
    let href: String
    let count: String
    /// "3 pages of 200"
    let pages: String
}

/// One page of a paginated list of errors.
struct ErrorPageView: Sendable {
    let heading: String
    /// "Errors 201–400 of 1234"
    let summary: String
    let pager: PagerView
    /// The page's rows, each rendered once by the `rows/error` template.
    let rowsHTML: String
    /// The pages of its cause and of its mapping, beside it in `errors/`.
    let causeHref: String
    let cause: String
    let mappingHref: String
    let mapping: String
}

/// The page of a cause or of a mapping: the lists its errors are in.
struct ErrorGroupView: Sendable {
    let heading: String
    let summary: String
    /// The heading of the lists' column: the other dimension.
    let column: String
    let lists: [ListPage]
}

struct ErrorRow: Sendable {
    let time: String
    let record: String
    let recordHref: String
    let hasRecord: Bool
    /// "new" when the record did not fail in the previous report; empty otherwise or without history.
    let isNew: Bool
    let jobHref: String
    let hasJob: Bool
    let message: String
    /// A list shows one cause of one mapping, which its heading names; a job's section mixes causes.
    let showsCause: Bool
    let cause: String
    let causeID: String
    /// What to do, for an error whose record has no timeline to say it; empty otherwise, to keep the lists
    /// compact (a million errors appear in them).
    let action: String
    /// Business Central left the record out of synchronisation until Retry.
    let isSkipped: Bool
}

/// A link with its text: into the report, or into the Business Central web client.
struct Link: Sendable {
    let label: String
    let href: String
}

/// A health finding as the index shows it, with links to the job runs it is about.
struct HealthRow: Sendable {
    let text: String
    let remedy: String
    let jobs: [Link]
    let hasJobs: Bool
}

/// One record's section on the page of its group.
struct RecordView: Sendable {
    /// The section's id, which links to the record end with.
    let anchor: String
    let name: String
    let sides: [Field]
    let coupling: [Field]
    let hasCoupling: Bool
    let pageEvidence: [Field]
    let hasPageEvidence: Bool
    let isFailing: Bool
    let status: String
    /// Since when it fails, against the previous report; empty when fixed or nothing was compared.
    let history: String
    let hasHistory: Bool
    let nextSteps: [Step]
    let isSkipped: Bool
    /// The latest events; a record that failed on every run of a long night shows its most recent ones.
    let events: [EventRow]
    /// "The latest 100 of 250 entries; …" when entries were left out.
    let earlierEvents: String
    let hasEarlierEvents: Bool
}

/// One page of records grouped by their hash.
struct RecordPageView: Sendable {
    let summary: String
    let recordsHTML: String
}

/// One page of jobs grouped by their hash.
struct JobPageView: Sendable {
    let summary: String
    let jobsHTML: String
}

struct Step: Sendable {
    let direction: String
    let cause: String
    let action: String
    let links: [Link]
    let hasLinks: Bool
}

struct Field: Sendable {
    let label: String
    let value: String
}

struct EventRow: Sendable {
    let time: String
    let jobHref: String
    let hasJob: Bool
    let job: String
    let direction: String
    let isFailure: Bool
    let message: String
    let cause: String
    let evidence: String
    let action: String
    /// "The same error came back 3 more times:", then each time, linked to its job when the job is known.
    let repeatSummary: String
    let repeats: [Link]
    let hasRepeats: Bool
}

/// One job run's section on the page of its group.
struct JobView: Sendable {
    let anchor: String
    let title: String
    let fields: [Field]
    let counts: [Field]
    let message: String
    let hasMessage: Bool
    /// Its first errors as rows of the error lists; the rest are counted in `moreErrors`.
    let errorsHTML: String
    let hasErrors: Bool
    let moreErrors: String
    let hasMoreErrors: Bool
    /// Integration Synchronization Errors filtered to this job; empty without `--bc-url` or a job id.
    let errorsLink: String
    let hasErrorsLink: Bool
}
