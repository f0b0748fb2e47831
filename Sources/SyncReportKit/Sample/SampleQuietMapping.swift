/// Integration table mappings of the default setup (CDSSetupDefaults / CRMSetupDefaults) whose records the sample
/// does not follow: their jobs run on their own job queue entries and synchronise a few rows without failing, as most
/// mappings of a tenant do while a few produce nearly all of its errors. A night only has them when its job count is
/// given, to fill it. Mappings with two directions come first, so that single ones can make up any remainder.
enum SampleQuietMapping: CaseIterable {
    case vendor
    case opportunity
    case resourceProduct
    case unitOfMeasure
    case unitGroup
    case itemUnitOfMeasure
    case resourceUnitOfMeasure
    case paymentTerms
    case shipmentMethod
    case shippingAgent
    case salesLine
    case postedSalesInvoice
    case postedSalesInvoiceLine
    case priceListHeader
    case priceListLine

    var mappingName: String {
        switch self {
        case .vendor: "VENDOR"
        case .opportunity: "OPPORTUNITY"
        case .resourceProduct: "RESOURCE-PRODUCT"
        case .unitOfMeasure: "UNIT OF MEASURE"
        case .unitGroup: "UNIT GROUP"
        case .itemUnitOfMeasure: "ITEM UOM"
        case .resourceUnitOfMeasure: "RESOURCE UOM"
        case .paymentTerms: "PAYMENT TERMS"
        case .shipmentMethod: "SHIPMENT METHOD"
        case .shippingAgent: "SHIPPING AGENT"
        case .salesLine: "SOLINE-ORDERDETAIL"
        case .postedSalesInvoice: "POSTEDSALESINV-INV"
        case .postedSalesInvoiceLine: "POSTEDSALESLINE-INV"
        case .priceListHeader: "PLHEADER-PRICE"
        case .priceListLine: "PLLINE-PRODPRICE"
        }
    }

    var directions: [SampleDirection] {
        switch self {
        case .vendor, .opportunity: [.toIntegrationTable, .fromIntegrationTable]
        default: [.toIntegrationTable]
        }
    }

    /// Captions of the Business Central table and of the Dataverse table as Business Central names it, which the
    /// jobs page puts in its Direction column.
    var captions: (businessCentral: String, dataverse: String) {
        switch self {
        case .vendor: ("Vendor", "Dataverse Account")
        case .opportunity: ("Opportunity", "CRM Opportunity")
        case .resourceProduct: ("Resource", "CRM Product")
        case .unitOfMeasure: ("Unit of Measure", "CRM Uomschedule")
        case .unitGroup: ("Unit Group", "CRM Uomschedule")
        case .itemUnitOfMeasure: ("Item Unit of Measure", "CRM Uom")
        case .resourceUnitOfMeasure: ("Resource Unit of Measure", "CRM Uom")
        case .paymentTerms: ("Payment Terms", "CRM Payment Terms")
        case .shipmentMethod: ("Shipment Method", "CRM Freight Terms")
        case .shippingAgent: ("Shipping Agent", "CRM Shipping Method")
        case .salesLine: ("Sales Line", "CRM Salesorderdetail")
        case .postedSalesInvoice: ("Sales Invoice Header", "CRM Invoice")
        case .postedSalesInvoiceLine: ("Sales Invoice Line", "CRM Invoicedetail")
        case .priceListHeader: ("Price List Header", "CRM Pricelevel")
        case .priceListLine: ("Price List Line", "CRM Productpricelevel")
        }
    }

    /// Jobs of one run of every quiet mapping.
    static let jobsPerRun = allCases.reduce(0) { $0 + $1.directions.count }
}
