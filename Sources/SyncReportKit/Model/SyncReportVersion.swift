/// The tool's version, as `--version` and data.json report it.
public enum SyncReportVersion {
    public static let current = "0.1.0"
}
