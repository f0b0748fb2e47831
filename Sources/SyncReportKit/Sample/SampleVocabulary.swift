/// Invented but Business Central-like values the sample night is built from. Names deliberately include commas,
/// double quotes, `&`, `<`, apostrophes and non-ASCII letters, as real tenants have them.
enum SampleVocabulary {
    /// ISO codes of currencies that exist in Business Central and are synchronised (local currency DKK excluded).
    static let currencies = [
        "EUR", "USD", "GBP", "SEK", "NOK", "CHF", "JPY", "CAD", "AUD", "PLN", "CZK", "ISK", "INR", "CNY", "BRL", "TRY",
    ]
    /// Currencies used on records but never coupled; they have no coupling row.
    static let uncoupledCurrencies = ["ZAR", "HUF", "NZD", "MXN"]

    static let salespersonCodes = [
        "JR", "AH", "BC", "DD", "EL", "IT", "JO", "KH", "LT", "MH", "OF", "PS", "RB", "SK", "AS",
        "BD", "CG", "DH", "EB", "FM", "GL", "HS", "IR", "JM", "KP", "LM", "MR", "NB", "OW", "PD",
    ]
    /// Salespeople created in Business Central only: no Dataverse user, no coupling row.
    static let uncoupledSalespersonCodes = ["HR", "TW", "KL"]

    /// Item numbers of the Business Central demo company, used before generated numbers.
    static let demoItemNumbers = [
        "1896-S", "1900-S", "1906-S", "1908-S", "1920-S", "1925-W", "1928-S", "1929-W", "1936-S", "1953-W",
        "1960-S", "1964-S", "1965-W", "1968-S", "1969-W", "1972-S", "1980-S", "1988-S", "1996-S", "2000-S",
    ]

    static let companyNames = [
        "Adatum Corporation", "Fabrikam, Inc.", "Litware \"Premium\" Ltd.", "Müller & Söhne GmbH", "Søren Bækgaard A/S",
        "Contoso <EU> Ltd.", "Trey Research", "Alpine Ski House", "Coho Winery", "Northwind Traders",
        "Wide World Importers", "Tailspin Toys", "Proseware, Inc.", "Lucerne Publishing", "Wingtip Toys",
        "Blue Yonder Airlines", "City Power & Light", "Humongous Insurance", "Margie's Travel", "School of Fine Art",
        "Woodgrove Bank", "Fourth Coffee", "Relecloud", "Café Olé S.à r.l.",
    ]

    static let personNames = [
        "Annette Hill", "Jim Olive", "Lina Townsend", "Robin Bettencourt", "Helen Ray", "Otis Falls", "Mark Hanson",
        "Ian Deberry", "Bryce Andersson", "Zoë Ørsted", "José García-López", "Mary O'Neill", "Kim Akers", "Dan Jump",
        "Ellen Adams", "Chris Gray", "Nuno Gonçalves", "Ángel Muñoz", "Jürgen Weiß", "Li Na",
    ]

    static let itemDescriptions = [
        "ATHENS Desk", "PARIS Guest Chair, black", "ROME Guest Chair, green", "LONDON Swivel Chair, blue",
        "ANTWERP Conference Table", "AMSTERDAM Lamp", "BERLIN Guest Chair, yellow", "TOKYO Guest Chair, blue",
        "MEXICO Swivel Chair, black", "MUNICH Swivel Chair, yellow", "SEOUL Guest Chair, red",
        "ATLANTA Whiteboard, base", "SYDNEY Swivel Chair, green", "Conference Bundle 1-6", "Installation Kit",
        "Monitor 24\" Full HD", "Cable 3 m, 2 × HDMI",
    ]

    static let salesOrderNames = [
        "10 Desks for Adatum", "Chairs for Fabrikam, Q4", "Conference Room \"Oslo\" Setup", "Lamps & Whiteboards",
        "Replacement parts <urgent>", "Büromöbel Nachbestellung", "Order 4711",
    ]

    /// Text appended to a name to exceed a field length; each longer than 100 characters.
    static let overlongSuffixes = [
        "– Niederlassung Süd, Abteilung Einkauf und Logistik für Büro- und Konferenzmöbel, z. Hd. Frau Dr. Müller-Lüdenscheidt",
        "(formerly Northwind Traders International Holding Company), Purchasing & Facilities Department, Building 4",
        "c/o Facilities Management Services, Attention: Accounts Payable, Second Floor, Reception Desk, East Wing",
    ]

    static let longAddresses = [
        "Industrivej 12, Bygning C, 3. sal, Att.: Indkøbsafdelingen, Porten ved lager 4",
        "Unit 7, Riverside Business Park, Old Mill Lane, Off Junction 12 (follow signs \"Deliveries\")",
    ]

    static let longJobTitles = [
        "Senior Purchasing Manager, Facilities & Workplace Services (EMEA)",
        "Head of \"Customer Experience\" and Digital Sales Operations, Nordics",
    ]

    static let paymentTerms = ["14 DAYS", "1M(8D)", "CM+19 DAYS", "21 DAYS", "COD", "2%/8D"]
    static let shipmentMethods = ["EXW", "CIF", "DDP", "PICKUP", "FOB"]
    /// Country/region codes that the tenant's Country/Region table lacks.
    static let unknownCountryCodes = ["UK", "XK", "GB-NIR", "EL"]
    static let unitsOfMeasure = ["PCS", "BOX", "SET", "PALLET", "HOUR", "PACK"]
    static let postingGroupFields = ["Gen. Bus. Posting Group", "Customer Posting Group", "VAT Bus. Posting Group"]
    static let customerTemplates = ["CUST000010", "CUSTOMER-EU", "CUST-B2B"]
    static let contactTemplates = ["CONT000002", "CONTACT-PERS"]
    static let dataverseGuidFields = ["ModifiedBy", "OwnerId", "TransactionCurrencyId"]
    static let unmappedTables = ["Resource", "Unit of Measure"]
    static let phonePrefixes = ["+45", "+44", "+49", "+1"]
    static let organizations = ["cronus-eu", "contoso", "fabrikam-prod", "adatum-sales"]
}
