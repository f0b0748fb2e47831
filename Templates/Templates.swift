import Foundation

/// The report templates that ship with the tool (`Templates/report/`).
public enum BundledTemplates {
    /// Folder holding `report/`; `--templates DIR` replaces it with a folder of the same layout.
    public static var root: URL {
        Bundle.module.resourceURL!
    }
}
