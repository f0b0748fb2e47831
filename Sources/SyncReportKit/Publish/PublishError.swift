/// Writing the report failed, or the output folder is not safe to replace; the previously published folder is
/// as it was.
public enum PublishError: Error, Equatable, Sendable, CustomStringConvertible {
    case io(path: String, reason: String)
    case foreignFolder(folder: String, entry: String)
    /// A FIFO, socket or device among the folder's files: it cannot be carried over to the new report.
    case specialFile(folder: String, entry: String)
    case notAReport(folder: String)
    case notAFolder(path: String)
    case holdsInput(folder: String, input: String)
    case holdsWorkingDirectory(folder: String)
    case busy(folder: String)

    public var description: String {
        switch self {
        case .io(let path, let reason):
            "\(path): error: \(reason)"
        case .foreignFolder(let folder, let entry):
            "\(folder): error: refusing to replace this folder: it holds '\(entry)', which no earlier report wrote; choose an empty folder or an earlier report's"
        case .specialFile(let folder, let entry):
            "\(folder): error: refusing to replace this folder: '\(entry)' is a FIFO, socket or device, which cannot be carried over to the new report; move it out of the folder"
        case .notAReport(let folder):
            "\(folder): error: no report here: the folder holds no pages"
        case .notAFolder(let path):
            "\(path): error: refusing to publish here: it is a file, not a folder"
        case .holdsInput(let folder, let input):
            "\(folder): error: refusing to replace this folder: it holds the input \(input)"
        case .holdsWorkingDirectory(let folder):
            "\(folder): error: refusing to replace the folder you are working in; give --out a folder of its own"
        case .busy(let folder):
            "\(folder): error: another run is publishing to this folder; try again when it has finished"
        }
    }

    /// Mistakes in the choice of folder are usage errors; the rest are failures while writing.
    public var isUsageError: Bool {
        switch self {
        case .foreignFolder, .specialFile, .notAFolder, .holdsInput, .holdsWorkingDirectory: true
        case .io, .notAReport, .busy: false
        }
    }
}
