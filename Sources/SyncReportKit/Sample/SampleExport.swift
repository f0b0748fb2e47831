/// The three tables a sample night exports, each with every column any of its formats has, in the order Business
/// Central lists them.
enum SampleExport: CaseIterable {
    case jobs
    case errors
    case couplings

    /// The file name without its extension.
    var name: String {
        switch self {
        case .jobs: "jobs"
        case .errors: "errors"
        case .couplings: "couplings"
        }
    }

    /// The table's name, which names its workbook's sheet (at most 31 characters, as Excel allows).
    var tableName: String {
        switch self {
        case .jobs: "Integration Synch. Job"
        case .errors: "Integration Synch. Job Errors"
        case .couplings: "CRM Integration Record"
        }
    }

    /// The web service name its OData pages come from: pages 5338 and 5339 as published, and for table 5331, which
    /// has no list page of its own, the page or API a partner publishes for it.
    var serviceName: String {
        switch self {
        case .jobs: "IntegrationSynchJobs"
        case .errors: "IntegrationSynchErrors"
        case .couplings: "CRMIntegrationRecords"
        }
    }

    var columns: [SampleColumn] {
        switch self {
        case .jobs: Self.jobColumns
        case .errors: Self.errorColumns
        case .couplings: Self.couplingColumns
        }
    }

    private static let jobColumns = [
        SampleColumn("ID"), SampleColumn("Start Date/Time", "Start_Date_Time"),
        SampleColumn("Finish Date/Time", "Finish_Date_Time"), SampleColumn(pageControl: "Duration"),
        SampleColumn("Integration Table Mapping Name", "Integration_Table_Mapping_Name"), SampleColumn("Type"),
        SampleColumn("Synch. Direction", "Synch_Direction"), SampleColumn(pageControl: "Direction"),
        SampleColumn("Inserted"), SampleColumn("Modified"), SampleColumn("Deleted"), SampleColumn("Unchanged"),
        SampleColumn("Skipped"), SampleColumn("Failed"), SampleColumn("Message"),
    ]

    /// The job and record ids are no controls of page 5339; its OData pages have them because the page was
    /// personalised to show them, under the names the OData rule gives their fields.
    private static let errorColumns = [
        SampleColumn("No.", "No"), SampleColumn("Integration Synch. Job ID", "Integration_Synch_Job_ID"),
        SampleColumn("Source Record ID", "Source_Record_ID"),
        SampleColumn("Destination Record ID", "Destination_Record_ID"), SampleColumn("Date/Time", "Date_Time"),
        SampleColumn(tableField: "Message"), SampleColumn("Error Message", "Message"),
        SampleColumn(pageControl: "HelpLink"), SampleColumn(pageControl: "Source"),
        SampleColumn(pageControl: "Destination"),
    ]

    private static let couplingColumns = [
        SampleColumn("CRM ID", "CRM_ID"), SampleColumn("Integration ID", "Integration_ID"),
        SampleColumn("Table ID", "Table_ID"), SampleColumn("Last Synch. Modified On", "Last_Synch_Modified_On"),
        SampleColumn("Last Synch. CRM Modified On", "Last_Synch_CRM_Modified_On"),
        SampleColumn("Last Synch. Result", "Last_Synch_Result"),
        SampleColumn("Last Synch. CRM Result", "Last_Synch_CRM_Result"),
        SampleColumn("Last Synch. Job ID", "Last_Synch_Job_ID"),
        SampleColumn("Last Synch. CRM Job ID", "Last_Synch_CRM_Job_ID"), SampleColumn("Skipped"),
    ]
}

/// A column of an export: its caption, the header of CSV and workbook exports (which hold the table's fields, as
/// Edit in Excel and configuration packages do), and its OData name (a control of the page, see corpus/fields.md).
struct SampleColumn {
    let caption: String
    let odataName: String
    let isTableField: Bool
    let isPageControl: Bool

    /// A table field the page shows as a control of the same name.
    init(_ caption: String, _ odataName: String? = nil) {
        self.caption = caption
        self.odataName = odataName ?? caption
        isTableField = true
        isPageControl = true
    }

    /// A page variable (Duration, Help Link …): only OData has it.
    init(pageControl odataName: String) {
        caption = odataName
        self.odataName = odataName
        isTableField = false
        isPageControl = true
    }

    /// A table field the page does not show (the errors' 250-character Message): only CSV and workbooks have it.
    init(tableField caption: String) {
        self.caption = caption
        odataName = caption
        isTableField = true
        isPageControl = false
    }

    func appears(in format: SampleFormat) -> Bool {
        format == .json ? isPageControl : isTableField
    }
}

/// Walks an export's columns as a row's fields are written, telling whether the format has the next one.
struct SampleColumnCursor {
    private let appears: [Bool]
    private var index = 0

    init(_ export: SampleExport, _ format: SampleFormat) {
        appears = export.columns.map { $0.appears(in: format) }
    }

    /// Whether the format has the next column; moves on either way.
    mutating func next() -> Bool {
        defer { index += 1 }
        return appears[index]
    }

    /// The index of the column `next` just passed.
    var current: Int { index - 1 }

    mutating func endRow() {
        precondition(index == appears.count, "a row wrote \(index) of \(appears.count) fields")
        index = 0
    }
}
