/// A template problem: the report cannot be rendered as configured.
public enum RenderError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case template(file: String, line: Int, column: Int, problem: String)
    case missingTemplate(String)
    case assetClash(String)
    /// Two pages would have one file name: their ids' hashes met, which the report cannot show both of.
    case pathClash(String)
    /// A link's base from the options is not an http(s) address.
    case notWebAddress(option: String, address: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): "\(file): error: cannot read the template: \(reason)"
        case .template(let file, let line, let column, let problem): "\(file):\(line):\(column): error: \(problem)"
        case .missingTemplate(let name): "error: the templates have no '\(name).mustache'"
        case .assetClash(let path): "error: the template folder holds '\(path)', a file the report writes itself; rename it"
        case .pathClash(let path): "error: two pages would both be written to '\(path)'; please report this with the ids involved"
        case .notWebAddress(let option, let address):
            "error: \(option) must be an http(s) address, not '\(address.debugDescription.dropFirst().dropLast())'"
        }
    }
}
