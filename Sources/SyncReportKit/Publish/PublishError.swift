/// Writing the report failed; the previously published folder is as it was.
public enum PublishError: Error, Equatable, Sendable, CustomStringConvertible {
    case io(path: String, reason: String)
    case foreignFolder(folder: String, entry: String)
    case notAReport(folder: String)

    public var description: String {
        switch self {
        case .io(let path, let reason):
            "\(path): error: \(reason)"
        case .foreignFolder(let folder, let entry):
            "\(folder): error: refusing to replace this folder: it holds '\(entry)', which no earlier report wrote; choose an empty folder or an earlier report's"
        case .notAReport(let folder):
            "\(folder): error: no report here: the folder holds no pages"
        }
    }
}
