/// A published report: the analysis it shows, and its files as written.
public struct Report: Sendable {
    public var analysis: Analysis
    /// Every file of the report but the manifest, with its hash.
    public var files: [WrittenFile]
    /// `summary.eml`, as sent.
    public var email: [UInt8]
}

/// Why a run stopped, with the exit status cron sees (see the README's exit codes).
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case input(ImportError)
    case rules(RuleError)
    case render(RenderError)
    case validation(ValidationError)
    case publish(PublishError)
    /// The bag would exceed a limit: nothing was published.
    case archive(ArchiveError)
    /// The report is published, but its bag could not be written.
    case bag(ArchiveError)
    case mail(MailError)
    /// Business Central or Microsoft Entra ID did not give the night: nothing was published.
    case fetch(FetchError)
    case `internal`(String)

    public var description: String {
        switch self {
        case .input(let error): error.description
        case .rules(let error): error.description
        case .render(let error): error.description
        case .validation(let error): error.description
        case .publish(let error): error.description
        case .archive(let error): error.description
        case .bag(let error): "\(error.description); the report is published, but not archived"
        case .mail(let error): error.description
        case .fetch(let error): error.description
        case .internal(let message): "error: internal error: \(message)"
        }
    }

    public var exitStatus: Int32 {
        switch self {
        case .input, .rules, .render: 3
        case .validation: 4
        case .publish(let error): error.isUsageError ? 2 : 5
        case .archive: 6
        case .mail: 7
        case .bag: 8
        case .fetch(let error): error.exitStatus
        case .internal: 5
        }
    }
}
