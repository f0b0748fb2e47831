/// The stages in order: Import, Classify, Analyse, Render, Validate. Publishing is the caller's last step,
/// so nothing reaches the output folder unless every stage succeeded.
public struct Pipeline: Sendable {
    public var importer: Importer
    public var classifier: Classifier
    public var renderer: Renderer

    public init(importer: Importer, classifier: Classifier, renderer: Renderer) {
        self.importer = importer
        self.classifier = classifier
        self.renderer = renderer
    }

    /// - Parameter previous: the last published report, which tonight is compared with.
    public func run(_ inputs: [InputFile], previous: PreviousReport? = nil) throws(PipelineError) -> Report {
        do {
            let dataset = try importer.run(inputs)
            let analysis = Analyser().run(classifier.run(dataset), previous: previous)
            let site = try Validator().run(renderer.run(analysis))
            return Report(analysis: analysis, site: site)
        } catch let error as ImportError {
            throw .input(error)
        } catch let error as RenderError {
            throw .render(error)
        } catch let error as ValidationError {
            throw .validation(error)
        } catch {
            throw .internal("\(error)")
        }
    }
}

/// A validated report, ready to publish.
public struct Report: Sendable {
    public var analysis: Analysis
    public var site: Site
}

/// Why a run stopped, with the exit status cron sees (see the README's exit codes).
public enum PipelineError: Error, Sendable, CustomStringConvertible {
    case input(ImportError)
    case rules(RuleError)
    case render(RenderError)
    case validation(ValidationError)
    case publish(PublishError)
    case archive(ArchiveError)
    case mail(MailError)
    case `internal`(String)

    public var description: String {
        switch self {
        case .input(let error): error.description
        case .rules(let error): error.description
        case .render(let error): error.description
        case .validation(let error): error.description
        case .publish(let error): error.description
        case .archive(let error): error.description
        case .mail(let error): error.description
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
        case .internal: 5
        }
    }
}
