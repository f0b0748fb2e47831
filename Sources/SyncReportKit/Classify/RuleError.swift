/// A mistake in a rule file, with the place it was found.
public enum RuleError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case syntax(file: String, line: Int, column: Int, problem: String)
    case invalid(file: String, line: Int, column: Int, problem: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "\(file): error: cannot read the rule file: \(reason)"
        case .syntax(let file, let line, let column, let problem):
            "\(file):\(line):\(column): error: not valid YAML: \(problem)"
        case .invalid(let file, let line, let column, let problem):
            "\(file):\(line):\(column): error: \(problem)"
        }
    }
}
