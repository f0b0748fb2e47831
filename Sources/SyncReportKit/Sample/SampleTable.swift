/// The Business Central tables of the night's integration table mappings, in the order their jobs run.
enum SampleTable: Int, CaseIterable {
    case currency
    case salesperson
    case customer
    case contact
    case item
    case salesOrder

    /// Integration Table Mapping Name (Code[20]) as in CDSSetupDefaults / CRMSetupDefaults.
    var mappingName: String {
        switch self {
        case .currency: "CURRENCY"
        case .salesperson: "SALESPEOPLE"
        case .customer: "CUSTOMER"
        case .contact: "CONTACT"
        case .item: "ITEM-PRODUCT"
        case .salesOrder: "SALESORDER-ORDER"
        }
    }

    /// Default mapping directions; a bidirectional mapping runs one job per direction (To first).
    var directions: [SampleDirection] {
        switch self {
        case .currency, .item: [.toIntegrationTable]
        case .salesperson: [.fromIntegrationTable]
        case .customer, .contact, .salesOrder: [.toIntegrationTable, .fromIntegrationTable]
        }
    }

    /// Jobs of one run of every mapping.
    static let jobsPerRun = allCases.reduce(0) { $0 + $1.directions.count }

    var tableID: Int {
        switch self {
        case .currency: 4
        case .salesperson: 13
        case .customer: 18
        case .contact: 5050
        case .item: 27
        case .salesOrder: 36
        }
    }

    var caption: String {
        switch self {
        case .currency: "Currency"
        case .salesperson: "Salesperson/Purchaser"
        case .customer: "Customer"
        case .contact: "Contact"
        case .item: "Item"
        case .salesOrder: "Sales Header"
        }
    }

    /// Caption of the coupled Dataverse table inside Business Central.
    var dataverseCaption: String {
        switch self {
        case .currency: "Dataverse Transactioncurrency"
        case .salesperson: "Dataverse Systemuser"
        case .customer: "Dataverse Account"
        case .contact: "Dataverse Contact"
        case .item: "CRM Product"
        case .salesOrder: "CRM Salesorder"
        }
    }

    /// Dataverse logical name, as Dataverse's own messages print it.
    var entityName: String {
        switch self {
        case .currency: "transactioncurrency"
        case .salesperson: "systemuser"
        case .customer: "account"
        case .contact: "contact"
        case .item: "product"
        case .salesOrder: "salesorder"
        }
    }

    /// Dataverse object type code, quoted by privilege errors ("on OTC=1 for entity 'account'").
    var objectTypeCode: Int {
        switch self {
        case .currency: 9105
        case .salesperson: 8
        case .customer: 1
        case .contact: 2
        case .item: 1024
        case .salesOrder: 1088
        }
    }

    /// Entity part of Dataverse privilege names (prvWriteAccount).
    var privilegeEntity: String {
        switch self {
        case .currency: "TransactionCurrency"
        case .salesperson: "User"
        case .customer: "Account"
        case .contact: "Contact"
        case .item: "Product"
        case .salesOrder: "SalesOrder"
        }
    }

    /// Relative share of the night's records.
    var weight: Int {
        switch self {
        case .currency: 4
        case .salesperson: 5
        case .customer: 34
        case .contact: 24
        case .item: 16
        case .salesOrder: 17
        }
    }

    /// How many distinct records the table can have (currencies come from a fixed ISO list).
    var capacity: Int {
        self == .currency ? SampleVocabulary.currencies.count : Int.max
    }

    /// Keys that need escaping or sanitising downstream (HTML, file names); valid Code values with `/ & . - +` and spaces.
    var specialKeys: [String] {
        switch self {
        case .customer: ["C-10/20", "EU.01 & CO"]
        case .contact: ["CT-DK/0042"]
        case .item: ["1920-S & CO", "GR+BL/70"]
        case .salesperson: ["JO DK"]
        case .currency, .salesOrder: []
        }
    }

    /// Primary key value of the `number`-th record, in the table's usual number series.
    func key(number: Int) -> String {
        switch self {
        case .currency:
            return SampleVocabulary.currencies[number]
        case .salesperson:
            let codes = SampleVocabulary.salespersonCodes
            return number < codes.count ? codes[number] : codes[number % codes.count] + String(number / codes.count + 1)
        case .customer:
            return "C" + Self.zeroPadded(10 * (number + 1), width: 5)
        case .contact:
            return "CT" + Self.zeroPadded(number + 1, width: 6)
        case .item:
            let demo = SampleVocabulary.demoItemNumbers
            guard number >= demo.count else { return demo[number] }
            return String(2000 + 4 * (number - demo.count + 1)) + ["-S", "-W", "-T"][number % 3]
        case .salesOrder:
            return String(101_001 + number)
        }
    }

    /// Business Central's RecordID text, e.g. `Customer: C00110` or `Sales Header: Order,101005`.
    func recordID(key: String) -> String {
        self == .salesOrder ? "\(caption): Order,\(key)" : "\(caption): \(key)"
    }

    /// The "Identification fields and values" part of platform messages.
    func identification(key: String) -> String {
        switch self {
        case .currency, .salesperson: "Code='\(key)'"
        case .customer, .contact, .item: "No.='\(key)'"
        case .salesOrder: "Document Type='Order',No.='\(key)'"
        }
    }

    /// Bi-directional field pairs (Business Central caption, Dataverse caption) that can conflict.
    var conflictFields: [(String, String)] {
        switch self {
        case .customer: Self.customerConflictFields
        case .contact: Self.contactConflictFields
        case .salesOrder: Self.salesOrderConflictFields
        case .currency, .salesperson, .item: []
        }
    }

    private static let customerConflictFields = [
        ("Name", "Account Name"), ("Phone No.", "Main Phone"), ("E-Mail", "Email"), ("Address", "Address 1: Street 1"),
        ("City", "Address 1: City"), ("Post Code", "Address 1: ZIP/Postal Code"),
    ]
    private static let contactConflictFields = [
        ("First Name", "First Name"), ("Surname", "Last Name"), ("E-Mail", "Email"),
        ("Mobile Phone No.", "Mobile Phone"), ("Job Title", "Job Title"),
    ]
    private static let salesOrderConflictFields = [
        ("External Document No.", "Name"), ("Requested Delivery Date", "Requested Delivery Date"),
        ("Your Reference", "Description"),
    ]

    private static func zeroPadded(_ value: Int, width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
