/// A Business Central record (or a new Dataverse row) taking part in the night. Only its identity is stored;
/// everything else (GUIDs, names, the currency it lacks …) is derived from `salt`, so every error row, job and
/// coupling that mentions the record agrees without keeping strings around for a million records.
struct SampleRecord {
    enum Origin: UInt8 {
        /// Coupled, both sides exist.
        case coupled
        /// Coupled, but the Business Central record was deleted (fails from Dataverse).
        case deletedInBusinessCentral
        /// Coupled, but the Dataverse row was deleted (fails to Dataverse).
        case deletedInDataverse
        /// New in Business Central, not coupled yet.
        case newInBusinessCentral
        /// New in Dataverse, not coupled yet.
        case newInDataverse

        init(direction: SampleDirection, situation: SampleSituation) {
            let toDataverse = direction == .toIntegrationTable
            switch situation {
            case .update: self = .coupled
            case .insert: self = toDataverse ? .newInBusinessCentral : .newInDataverse
            case .deletedDestination: self = toDataverse ? .deletedInDataverse : .deletedInBusinessCentral
            }
        }

        var situation: SampleSituation {
            switch self {
            case .coupled: .update
            case .deletedInBusinessCentral, .deletedInDataverse: .deletedDestination
            case .newInBusinessCentral, .newInDataverse: .insert
            }
        }

        var isCoupled: Bool {
            situation != .insert
        }
    }

    let table: SampleTable
    let origin: Origin
    /// Index into `table.specialKeys`, or -1 for a key from the number series.
    let special: Int8
    let number: Int32
    let salt: UInt64

    var key: String {
        special >= 0 ? table.specialKeys[Int(special)] : table.key(number: Int(number))
    }

    /// `Customer: C00110`
    var recordID: String {
        table.recordID(key: key)
    }

    /// The coupled Dataverse row id (CRM ID); stable, so both sides of the record can be linked.
    var crmID: SampleGUID {
        SampleGUID(hashing: SplitMix64.combine(salt, 1))
    }

    /// SystemId of the Business Central record (coupling's Integration ID).
    var systemID: SampleGUID {
        SampleGUID(hashing: SplitMix64.combine(salt, 2))
    }

    /// `Dataverse Account: {GUID}`
    var dataverseRecordID: String {
        "\(table.dataverseCaption): \(crmID.braced)"
    }

    /// Id of a Dataverse row the record refers to (owner, currency) that no longer exists.
    var referencedID: SampleGUID {
        SampleGUID(hashing: SplitMix64.combine(salt, 3))
    }

    var companyName: String { pick(4, SampleVocabulary.companyNames) }
    var personName: String { pick(5, SampleVocabulary.personNames) }
    var itemDescription: String { pick(6, SampleVocabulary.itemDescriptions) }
    var salesOrderName: String { pick(7, SampleVocabulary.salesOrderNames) }
    var uncoupledCurrency: String { pick(8, SampleVocabulary.uncoupledCurrencies) }
    var uncoupledSalesperson: String { pick(9, SampleVocabulary.uncoupledSalespersonCodes) }
    var paymentTerms: String { pick(10, SampleVocabulary.paymentTerms) }
    var shipmentMethod: String { pick(11, SampleVocabulary.shipmentMethods) }
    var unknownCountryCode: String { pick(12, SampleVocabulary.unknownCountryCodes) }
    var longAddress: String { pick(13, SampleVocabulary.longAddresses) }
    var longJobTitle: String { pick(14, SampleVocabulary.longJobTitles) }
    var customerTemplate: String { pick(15, SampleVocabulary.customerTemplates) }
    var contactTemplate: String { pick(16, SampleVocabulary.contactTemplates) }

    var unitOfMeasure: String { pick(17, SampleVocabulary.unitsOfMeasure) }

    /// A unit of measure other than `unitOfMeasure`.
    var otherUnitOfMeasure: String {
        let units = SampleVocabulary.unitsOfMeasure
        let own = fact(17, below: units.count)
        return units[(own + 1 + fact(18, below: units.count - 1)) % units.count]
    }

    /// The record's name as it would be entered, for tables that have one.
    var name: String {
        switch table {
        case .salesperson, .contact: personName
        case .customer, .salesOrder: companyName
        case .item: itemDescription
        case .currency: key
        }
    }

    /// The name with an address-like tail, longer than any Name field allows.
    var overlongName: String {
        name + " " + pick(19, SampleVocabulary.overlongSuffixes)
    }

    var phoneNumber: String {
        let digits = String(10_000_000 + fact(20, below: 89_999_999))
        return pick(21, SampleVocabulary.phonePrefixes) + " " + digits + " ext. " + String(1 + fact(22, below: 99))
    }

    /// A malformed e-mail address built from the name, the way users mistype them.
    var invalidEmail: String {
        var local = ""
        for character in name.lowercased() {
            local.append(character == " " ? "." : character)
        }
        switch fact(23, below: 4) {
        case 0: return local + "@contoso"
        case 1: return local + "@@contoso.com"
        case 2: return local + "@contoso,com"
        default: return local + "@contoso.com;" + local + "@fabrikam.com"
        }
    }

    /// Another customer's number (an order's customer, a deleted customer).
    var otherCustomerKey: String {
        SampleTable.customer.key(number: 5000 + fact(24, below: 90_000))
    }

    /// Another sales order number.
    var otherSalesOrderNumber: String {
        SampleTable.salesOrder.key(number: 20_000 + fact(25, below: 9000))
    }

    /// Another record of the same table, the one a Dataverse row is already coupled to.
    var otherRecordID: String {
        table.recordID(key: table.key(number: Int(number) + 1 + fact(26, below: 50)))
    }

    private func fact(_ key: UInt64, below count: Int) -> Int {
        Int(SplitMix64.combine(salt, key) % UInt64(count))
    }

    private func pick(_ key: UInt64, _ values: [String]) -> String {
        values[fact(key, below: values.count)]
    }
}
