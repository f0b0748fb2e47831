/// Business Central / Dataverse error texts by cause, worded as the AL labels and platform messages of the corpus
/// (microsoft/BCApps W1 Base Application, Dataverse service error codes) and filled with the failing record's values.
enum SampleMessage: UInt8, CaseIterable {
    // conflict
    case bidirectionalFieldChanged, bothRecordsChanged
    // deleted_in_bc
    case dataverseRowCoupledToDeletedRecord, cannotFindBusinessCentralRecord, salesOrderManuallyDeleted
    // deleted_in_dataverse
    case recordCoupledToDeletedRow, cannotFindDataverseRow, entityDoesNotExist, accountDoesNotExist, productDoesNotExist
    // missing_dependency
    case mustBeCoupledToRecord, mustBeCoupledToRow, mustBeCoupledInSales, unitOfMeasureNotCoupled,
         itemUnitOfMeasureNotCoupled, unitGroupDoesNotExist, noCustomerCoupledToAccount, productNotCoupledToItem,
         orderItemDoesNotExist, contactCompanyRelation, contactCompanyMissing, referencedEntityDoesNotExist,
         codeNotFoundInSalespeople, valueNotInRelatedTable, exchangeRateCurrencyMissing
    // validation
    case stringValueTooLong, stringWouldBeTruncated, mustHaveValue, stringLengthExceeded, invalidEmailAddress,
         productTypeUnsupported, unitGroupOnMultipleProducts, unitOfMeasureWrongName, unitGroupEmpty,
         accountIsNotCustomer, unexpectedProductTypeCode, noPotentialCustomer, ownerMustBeSystemUser,
         incorrectValueFormat
    // permission
    case principalMissingPrivilege, principalLacksAccessRight, userLacksPrivileges, notEnoughPrivilege,
         permissionsPreventedAction, insufficientPrivilegesLink
    // duplicate_or_already_coupled
    case alreadyCoupledToOther, duplicateDetected, duplicateKey, sqlIntegrityViolation, productIDConflict,
         orderAlreadyCoupled, recordAlreadyExists
    // connection_throttling_timeout
    case operationTimedOut, concurrentRequestsExceeded, executionTimeExceeded, requestsExceeded, networkIssue,
         authenticationRequired
    // locked_concurrency
    case rowVersionMismatch, productFamilyLocked, modifiedByAnotherUser, lockedByAnotherSession
    // mapping_configuration
    case configTemplateNotFound, tableMustBeMapped, fieldMustBeGuid, baseCurrencyUndefined, localCurrencyMismatch,
         writeInProductMissing, noMappingForTable
    // unclassified
    case unexpectedError, transactionAborted, operationFailedTryAgain, modifyingFailedUnexpected,
         communicationFailedUnexpected, integrationRecordNotFound, recordDoesNotExist, sourceOriginUnknown,
         modifyingFailed

    /// A possible first failure of a new failing record.
    struct Candidate {
        let message: SampleMessage
        let direction: SampleDirection
        let situation: SampleSituation
    }

    /// Shared with the job-level timeout; AL's `\\` in the label comes out as two line breaks.
    static let operationTimedOutText = "The operation timed out. Try again.\n\nThe request channel timed out while waiting for a reply after 00:02:00. Increase the timeout value passed to the call to Request or increase the SendTimeout value on the Binding. The time allotted to this operation may have been a portion of a longer timeout."

    var cause: SampleCause {
        switch self {
        case .bidirectionalFieldChanged, .bothRecordsChanged:
            .conflict
        case .dataverseRowCoupledToDeletedRecord, .cannotFindBusinessCentralRecord, .salesOrderManuallyDeleted:
            .deletedInBusinessCentral
        case .recordCoupledToDeletedRow, .cannotFindDataverseRow, .entityDoesNotExist, .accountDoesNotExist,
             .productDoesNotExist:
            .deletedInDataverse
        case .mustBeCoupledToRecord, .mustBeCoupledToRow, .mustBeCoupledInSales, .unitOfMeasureNotCoupled,
             .itemUnitOfMeasureNotCoupled, .unitGroupDoesNotExist, .noCustomerCoupledToAccount,
             .productNotCoupledToItem, .orderItemDoesNotExist, .contactCompanyRelation, .contactCompanyMissing,
             .referencedEntityDoesNotExist, .codeNotFoundInSalespeople, .valueNotInRelatedTable,
             .exchangeRateCurrencyMissing:
            .missingDependency
        case .stringValueTooLong, .stringWouldBeTruncated, .mustHaveValue, .stringLengthExceeded,
             .invalidEmailAddress, .productTypeUnsupported, .unitGroupOnMultipleProducts, .unitOfMeasureWrongName,
             .unitGroupEmpty, .accountIsNotCustomer, .unexpectedProductTypeCode, .noPotentialCustomer,
             .ownerMustBeSystemUser, .incorrectValueFormat:
            .validation
        case .principalMissingPrivilege, .principalLacksAccessRight, .userLacksPrivileges, .notEnoughPrivilege,
             .permissionsPreventedAction, .insufficientPrivilegesLink:
            .permission
        case .alreadyCoupledToOther, .duplicateDetected, .duplicateKey, .sqlIntegrityViolation, .productIDConflict,
             .orderAlreadyCoupled, .recordAlreadyExists:
            .duplicateOrAlreadyCoupled
        case .operationTimedOut, .concurrentRequestsExceeded, .executionTimeExceeded, .requestsExceeded,
             .networkIssue, .authenticationRequired:
            .connectionThrottlingTimeout
        case .rowVersionMismatch, .productFamilyLocked, .modifiedByAnotherUser, .lockedByAnotherSession:
            .lockedConcurrency
        case .configTemplateNotFound, .tableMustBeMapped, .fieldMustBeGuid, .baseCurrencyUndefined,
             .localCurrencyMismatch, .writeInProductMissing, .noMappingForTable:
            .mappingConfiguration
        case .unexpectedError, .transactionAborted, .operationFailedTryAgain, .modifyingFailedUnexpected,
             .communicationFailedUnexpected, .integrationRecordNotFound, .recordDoesNotExist, .sourceOriginUnknown,
             .modifyingFailed:
            .unclassified
        }
    }

    /// Where the message can occur: tables, directions (intersected with the mapping's) and situations.
    private var scope: (tables: [SampleTable], directions: [SampleDirection], situations: [SampleSituation]) {
        let all = SampleTable.allCases
        let both = SampleDirection.allCases
        let to: [SampleDirection] = [.toIntegrationTable]
        let from: [SampleDirection] = [.fromIntegrationTable]
        let anySituation = SampleSituation.allCases
        let existing: [SampleSituation] = [.update, .insert]
        switch self {
        case .bidirectionalFieldChanged: return ([.customer, .contact, .salesOrder], both, [.update])
        case .bothRecordsChanged: return ([.customer, .contact], both, [.update])
        case .dataverseRowCoupledToDeletedRecord:
            return ([.salesperson, .customer, .contact, .salesOrder], from, [.deletedDestination])
        case .cannotFindBusinessCentralRecord: return ([.salesperson, .customer, .contact], from, [.deletedDestination])
        case .salesOrderManuallyDeleted: return ([.salesOrder], from, [.deletedDestination])
        case .recordCoupledToDeletedRow:
            return ([.currency, .customer, .contact, .item, .salesOrder], to, [.deletedDestination])
        case .cannotFindDataverseRow: return ([.customer, .contact, .item, .salesOrder], to, [.deletedDestination])
        case .entityDoesNotExist: return (all, to, [.deletedDestination])
        case .accountDoesNotExist: return ([.customer], to, [.deletedDestination])
        case .productDoesNotExist: return ([.item], to, [.deletedDestination])
        case .mustBeCoupledToRecord: return ([.customer, .contact, .salesOrder], to, existing)
        case .mustBeCoupledToRow: return ([.customer], to, existing)
        case .mustBeCoupledInSales: return ([.salesOrder], to, existing)
        case .unitOfMeasureNotCoupled, .itemUnitOfMeasureNotCoupled: return ([.item], to, existing)
        case .unitGroupDoesNotExist: return ([.item], to, [.update])
        case .noCustomerCoupledToAccount, .productNotCoupledToItem, .orderItemDoesNotExist:
            return ([.salesOrder], from, [.insert])
        case .contactCompanyRelation: return ([.contact], to, existing)
        case .contactCompanyMissing: return ([.contact], from, existing)
        case .referencedEntityDoesNotExist: return ([.customer, .contact], to, [.update])
        case .codeNotFoundInSalespeople: return ([.customer, .contact], from, existing)
        case .valueNotInRelatedTable: return ([.customer, .contact, .salesOrder], from, existing)
        case .exchangeRateCurrencyMissing: return ([.customer, .salesOrder], from, existing)
        case .stringValueTooLong: return ([.currency, .customer, .contact, .item, .salesOrder], to, existing)
        case .stringWouldBeTruncated: return ([.customer, .contact], to, existing)
        case .mustHaveValue: return ([.customer, .salesOrder], from, existing)
        case .stringLengthExceeded, .invalidEmailAddress: return ([.salesperson, .customer, .contact], from, existing)
        case .productTypeUnsupported, .unitOfMeasureWrongName, .unitGroupEmpty: return ([.item], to, [.update])
        case .unitGroupOnMultipleProducts: return ([.item], to, existing)
        case .accountIsNotCustomer, .unexpectedProductTypeCode, .noPotentialCustomer:
            return ([.salesOrder], from, [.insert])
        case .ownerMustBeSystemUser: return ([.customer, .contact], from, [.update])
        case .incorrectValueFormat: return ([.currency, .customer], both, [.update])
        case .principalMissingPrivilege, .userLacksPrivileges, .notEnoughPrivilege, .insufficientPrivilegesLink:
            return (all, to, existing)
        case .principalLacksAccessRight: return (all, to, [.update])
        case .permissionsPreventedAction: return (all, from, existing)
        case .alreadyCoupledToOther: return ([.customer, .contact, .item], to, [.insert])
        case .duplicateDetected: return ([.customer, .contact], to, [.insert])
        case .duplicateKey: return ([.currency, .customer, .item], to, [.insert])
        case .sqlIntegrityViolation: return ([.contact, .item], to, [.insert])
        case .productIDConflict: return ([.item], to, [.insert])
        case .orderAlreadyCoupled: return ([.salesOrder], from, [.insert])
        case .recordAlreadyExists: return ([.salesperson, .customer, .contact], from, [.insert])
        case .operationTimedOut, .concurrentRequestsExceeded, .executionTimeExceeded, .requestsExceeded,
             .networkIssue, .authenticationRequired:
            return (all, both, anySituation)
        case .rowVersionMismatch: return (all, to, [.update])
        case .productFamilyLocked: return ([.item], to, [.update])
        case .modifiedByAnotherUser: return ([.salesperson, .customer, .contact, .salesOrder], from, [.update])
        case .lockedByAnotherSession: return ([.salesperson, .customer, .contact, .salesOrder], from, existing)
        case .configTemplateNotFound: return ([.customer, .contact], from, [.insert])
        case .tableMustBeMapped: return ([.customer, .contact], both, [.update])
        case .fieldMustBeGuid: return (all, both, [.update])
        case .baseCurrencyUndefined: return ([.currency, .item], to, existing)
        case .localCurrencyMismatch: return ([.currency], to, existing)
        case .writeInProductMissing, .noMappingForTable: return ([.salesOrder], from, [.insert])
        case .unexpectedError, .transactionAborted, .operationFailedTryAgain: return (all, both, anySituation)
        case .modifyingFailedUnexpected, .modifyingFailed: return (all, both, [.update])
        case .communicationFailedUnexpected: return (all, to, anySituation)
        case .integrationRecordNotFound: return (all, to, [.update])
        case .recordDoesNotExist: return ([.contact, .salesOrder], from, [.update])
        case .sourceOriginUnknown: return (all, from, existing)
        }
    }

    private func applies(to table: SampleTable, _ direction: SampleDirection, _ situation: SampleSituation) -> Bool {
        let scope = scope
        return table.directions.contains(direction) && scope.tables.contains(table)
            && scope.directions.contains(direction) && scope.situations.contains(situation)
    }

    /// First failures by cause, then by table. A record only starts out deleted through a deletion message.
    static let firstFailures: [[[Candidate]]] = SampleCause.allCases.map { cause in
        SampleTable.allCases.map { table in
            var candidates: [Candidate] = []
            for message in allCases where message.cause == cause {
                for direction in SampleDirection.allCases {
                    for situation in SampleSituation.allCases where message.applies(to: table, direction, situation) {
                        let deletionCause = cause == .deletedInBusinessCentral || cause == .deletedInDataverse
                        if (situation == .deletedDestination) == deletionCause {
                            candidates.append(Candidate(message: message, direction: direction, situation: situation))
                        }
                    }
                }
            }
            return candidates
        }
    }

    /// The first failures of a record that is not coupled yet (an insert), by cause, then by table; empty for
    /// conflicts and deletions, which only a coupled record can have.
    static let firstInsertFailures: [[[Candidate]]] = firstFailures.map { byTable in
        byTable.map { candidates in candidates.filter { $0.situation == .insert } }
    }

    /// Every message possible for a table, direction and situation; a record's later, different failures come from here.
    static func alternatives(
        for table: SampleTable, _ direction: SampleDirection, _ situation: SampleSituation
    ) -> [SampleMessage] {
        alternativesByContext[(table.rawValue * SampleDirection.allCases.count + direction.rawValue)
            * SampleSituation.allCases.count + situation.rawValue]
    }

    private static let alternativesByContext: [[SampleMessage]] = SampleTable.allCases.flatMap { table in
        SampleDirection.allCases.flatMap { direction in
            SampleSituation.allCases.map { situation in
                allCases.filter { $0.applies(to: table, direction, situation) }
            }
        }
    }

    /// The message text; `param` seeds the parts that vary between failures (which field conflicted …),
    /// everything tied to the record comes from the record, so a repeated failure repeats the text exactly.
    func text(record: SampleRecord, direction: SampleDirection, param: UInt64, environment: SampleEnvironment) -> String {
        var variation = SplitMix64(seed: param)
        let table = record.table
        let caption = table.caption
        let dataverseCaption = table.dataverseCaption
        let toDataverse = direction == .toIntegrationTable
        let user = environment.integrationUser.dataverseText
        switch self {
        case .bidirectionalFieldChanged:
            let (field, dataverseField) = variation.pick(table.conflictFields)
            return toDataverse
                ? "Cannot update a record in the \(dataverseCaption) table. The mapping between \(field) field on the \(caption) table and the \(dataverseField) field on the \(dataverseCaption) table is bi-directional, and one or both values have changed since the last synchronization."
                : "Cannot update a record in the \(caption) table. The mapping between \(dataverseField) field on the \(dataverseCaption) table and the \(field) field on the \(caption) table is bi-directional, and one or both values have changed since the last synchronization."
        case .bothRecordsChanged:
            let (target, source) = toDataverse ? ("Dataverse", "Business Central") : ("Business Central", "Dataverse")
            return "Both \(record.recordID) and the Dataverse \(dataverseCaption) record have been changed since the last synchronization, or synchronization has never been performed. If you continue with synchronization, data in \(target) will be overwritten with data from \(source). Are you sure you want to synchronize?"
        case .dataverseRowCoupledToDeletedRecord:
            return "The \(dataverseCaption) record cannot be updated because it is coupled to a deleted record."
        case .cannotFindBusinessCentralRecord:
            return "Cannot find \(caption) record \(record.recordID)."
        case .salesOrderManuallyDeleted:
            return "Although the coupling from Dynamics 365 Sales exists, the sales order had been manually deleted. If needed, please use the menu to create it again in Business Central."
        case .recordCoupledToDeletedRow:
            return "The \(caption) record cannot be updated because it is coupled to a deleted record."
        case .cannotFindDataverseRow:
            return "Cannot find \(dataverseCaption) record \(record.crmID.braced)."
        case .entityDoesNotExist:
            return "Entity '\(table.entityName)' With Id = \(record.crmID.dataverseText) Does Not Exist"
        case .accountDoesNotExist:
            return "Account does not exist."
        case .productDoesNotExist:
            return "The product does not exist."
        case .mustBeCoupledToRecord:
            if table == .salesOrder && variation.chance(50) {
                return "Customer \(record.otherCustomerKey) must be coupled to a Dataverse Account record."
            }
            if table != .contact && variation.chance(60) {
                return "Currency \(record.uncoupledCurrency) must be coupled to a Dataverse Transactioncurrency record."
            }
            return "Salesperson/Purchaser \(record.uncoupledSalesperson) must be coupled to a Dataverse Systemuser record."
        case .mustBeCoupledToRow:
            return variation.chance(70)
                ? "Payment Terms \(record.paymentTerms) must be coupled to a Dataverse row."
                : "Shipment Method \(record.shipmentMethod) must be coupled to a Dataverse row."
        case .mustBeCoupledInSales:
            return "Currency Code \(record.uncoupledCurrency) must be coupled to a record in Dynamics 365 Sales."
        case .unitOfMeasureNotCoupled:
            return "Unit of measure \(record.unitOfMeasure) is not coupled."
        case .itemUnitOfMeasureNotCoupled:
            return "Item unit of measure \(record.unitOfMeasure) is not coupled."
        case .unitGroupDoesNotExist:
            return "CRM Unit Group ITEM \(record.key) does not exist."
        case .noCustomerCoupledToAccount:
            return "The sales order cannot be created. There is no customer coupled to Dynamics 365 Sales account \(record.companyName)."
        case .productNotCoupledToItem:
            return "The sales order cannot be created. The Dynamics 365 Sales product \(record.itemDescription) is not coupled to an item."
        case .orderItemDoesNotExist:
            return "The sales order cannot be created. The item \(record.itemDescription) does not exist."
        case .contactCompanyRelation:
            let relation = variation.chance(50) ? "a customer" : "a customer or vendor"
            return "The contact \(record.key) must have a contact company that has a business relation to \(relation)."
        case .contactCompanyMissing:
            return "The contact cannot be synchronized because the company does not exist."
        case .referencedEntityDoesNotExist:
            let entity = table == .customer && variation.chance(40) ? "transactioncurrency" : "SystemUser"
            return "Entity '\(entity)' With Id = \(record.referencedID.dataverseText) Does Not Exist"
        case .codeNotFoundInSalespeople:
            return "\(record.uncoupledSalesperson) could not be found in Salesperson/Purchaser."
        case .valueNotInRelatedTable:
            let (field, value, related) = switch table {
            case .customer where variation.chance(50): ("Payment Terms Code", record.paymentTerms, "Payment Terms")
            case .salesOrder: ("Shipment Method Code", record.shipmentMethod, "Shipment Method")
            default: ("Country/Region Code", record.unknownCountryCode, "Country/Region")
            }
            return "The field \(field) of table \(caption) contains a value (\(value)) that cannot be found in the related table (\(related))."
        case .exchangeRateCurrencyMissing:
            let currency = record.uncoupledCurrency
            return "The currency with the ISO code '\(currency)' cannot be found. Therefore, the exchange rate between '\(environment.localCurrency)' and '\(currency)' cannot be calculated."
        case .stringValueTooLong:
            return "A validation error occurred. A string value provided is too long."
        case .stringWouldBeTruncated:
            let (column, value) = table == .contact
                ? ("jobtitle", record.longJobTitle)
                : variation.chance(50) ? ("telephone1", record.phoneNumber) : ("address1_line1", record.longAddress)
            return "String or binary data would be truncated in table '\(table.entityName)', column '\(column)'. Truncated value: \(value)."
        case .mustHaveValue:
            return table == .salesOrder
                ? "Sell-to Customer No. must have a value in Sales Header: Document Type=Order, No.=\(record.key). It cannot be zero or empty."
                : "\(variation.pick(SampleVocabulary.postingGroupFields)) must have a value in Customer: No.=\(record.key). It cannot be zero or empty."
        case .stringLengthExceeded:
            let value = record.overlongName
            return "The length of the string is \(value.unicodeScalars.count), but it must be less than or equal to \(table == .salesperson ? 50 : 100) characters. Value: \(value)"
        case .invalidEmailAddress:
            return "The email address \"\(record.invalidEmail)\" is not valid."
        case .productTypeUnsupported:
            return "Dynamics 365 Sales product should have type of Sales Inventory or Services."
        case .unitGroupOnMultipleProducts:
            return "Unit group ITEM \(record.key) is assigned to multiple products. You cannot use the same unit group for multiple products."
        case .unitOfMeasureWrongName:
            return "The unit of measure in the unit group 'ITEM \(record.key)' has an incorrect name: expected name '\(record.unitOfMeasure)', found name '\(record.otherUnitOfMeasure)'."
        case .unitGroupEmpty:
            return "Cannot find any unit of measure inside the unit group 'ITEM \(record.key)' in Dataverse."
        case .accountIsNotCustomer:
            return "The sales order cannot be created. The selected type of the \(record.companyName) Dynamics 365 Sales account is not customer."
        case .unexpectedProductTypeCode:
            return "The sales order cannot be created. Unexpected value of product type code for product \(record.itemDescription). The supported values are: sales inventory, services."
        case .noPotentialCustomer:
            return "The sales order cannot be created. There is no potential customer defined on the Dynamics 365 Sales sales order \(record.salesOrderName)."
        case .ownerMustBeSystemUser:
            return "Only Dataverse Owner of Type SystemUser can be mapped to Salespeople."
        case .incorrectValueFormat:
            return "The value that you are trying to convert is in incorrect format."
        case .principalMissingPrivilege:
            let privilege = "prv\(record.origin.situation == .insert ? "Create" : "Write")\(table.privilegeEntity)"
            return "Principal user (Id=\(user), type=8, roleCount=\(environment.roleCount), privilegeCount=\(environment.privilegeCount), accessMode=4), is missing \(privilege) privilege (Id=\(SampleGUID(naming: privilege).dataverseText)) on OTC=\(table.objectTypeCode) for entity '\(table.entityName)'. context.Caller=\(user)"
        case .principalLacksAccessRight:
            return "Principal with ID \(user) does not have WriteAccess right(s) for record with ID \(record.crmID.dataverseText) of entity \(table.entityName)"
        case .userLacksPrivileges:
            return "The user does not hold the necessary privileges."
        case .notEnoughPrivilege:
            return "Not enough privilege to access the Microsoft Dynamics 365 object or perform the requested operation."
        case .permissionsPreventedAction:
            let operation = record.origin.situation == .insert ? "Insert" : "Modify"
            return "Sorry, the current permissions prevented the action. (TableData \(table.tableID) \(caption) \(operation): Base Application)"
        case .insufficientPrivilegesLink:
            return "The Dataverse user has insufficient privileges to perform this task. Navigate to this link to read about how to add privileges to the user: https://go.microsoft.com/fwlink/?linkid=2206174"
        case .alreadyCoupledToOther:
            return "Cannot couple \(record.recordID) to this Dataverse record, because the Dataverse record is already coupled to \(record.otherRecordID)."
        case .duplicateDetected:
            return "A record was not created or updated because a duplicate of the current record already exists."
        case .duplicateKey:
            return "Cannot insert duplicate key."
        case .sqlIntegrityViolation:
            return "Operation failed due to a SQL integrity violation."
        case .productIDConflict:
            return "The specified product ID conflicts with the product ID of an existing record. Specify a different product ID and try again."
        case .orderAlreadyCoupled:
            return "This Dynamics 365 Sales order is already coupled to sales order \(record.otherSalesOrderNumber)."
        case .recordAlreadyExists:
            return "The record in table \(caption) already exists. Identification fields and values: \(table.identification(key: record.key))"
        case .operationTimedOut:
            return Self.operationTimedOutText
        case .concurrentRequestsExceeded:
            return "Number of concurrent requests exceeded the limit of 52."
        case .executionTimeExceeded:
            return "Combined execution time of incoming requests exceeded limit of 1,200,000 milliseconds over time window of 300 seconds. Decrease number of concurrent requests or reduce the duration of requests and try again later."
        case .requestsExceeded:
            return "Number of requests exceeded the limit of 6000 over time window of 300 seconds."
        case .networkIssue:
            return "Request failed due to unknown network issues or GateWay issues or server issues."
        case .authenticationRequired:
            return "The requested resource requires authentication."
        case .rowVersionMismatch:
            return "The version of the existing record doesn't match the RowVersion property provided."
        case .productFamilyLocked:
            return "The product family root parent record is locked by some other process."
        case .modifiedByAnotherUser:
            return "Another user has modified the record for this \(caption) after you retrieved it from the database.\nEnter your changes again in the updated window, or start the interrupted activity again.\nIdentification fields and values: \(table.identification(key: record.key))"
        case .lockedByAnotherSession:
            return "We can't save your changes right now, because a record in table '\(caption)' is being updated in a transaction done by another session. Please try again later."
        case .configTemplateNotFound:
            return "The Config. Template Header \(table == .contact ? record.contactTemplate : record.customerTemplate) was not found."
        case .tableMustBeMapped:
            return "Table Salesperson/Purchaser must be mapped to table Dataverse Systemuser to transfer value between fields Salesperson Code and Owner."
        case .fieldMustBeGuid:
            return "The field \(variation.pick(SampleVocabulary.dataverseGuidFields)) in the table \(dataverseCaption) must be of type GUID."
        case .baseCurrencyUndefined:
            return "The base currency is not defined. Disable and enable CRM connection to initialize setup properly."
        case .localCurrencyMismatch:
            return "Your local currency code \(environment.localCurrency) does not match any ISO Currency Code in the Dataverse currency table. To continue, make sure that the local currency code in General Ledger Setup complies with the ISO standard and create a currency in Dataverse currency table that uses it as ISO Currency Code."
        case .writeInProductMissing:
            return "Sales line contains a write-in product. You must choose the default write-in product in Sales & Receivables Setup window."
        case .noMappingForTable:
            return "No Integration Table Mapping was found for table \(variation.pick(SampleVocabulary.unmappedTables))."
        case .unexpectedError:
            return "An unexpected error occurred."
        case .transactionAborted:
            return "Transaction Aborted."
        case .operationFailedTryAgain:
            return "Operation could not be performed at the moment. Please try again."
        case .modifyingFailedUnexpected:
            return "Modifying \(toDataverse ? dataverseCaption : caption) failed because of the following error: An unexpected error occurred."
        case .communicationFailedUnexpected:
            return "An error occurred when communicating with Dataverse.\nDetailed description: An unexpected error occurred."
        case .integrationRecordNotFound:
            return "The integration record for entity \(record.recordID) was not found."
        case .recordDoesNotExist:
            return "The Customer does not exist. Identification fields and values: No.='\(record.otherCustomerKey)'"
        case .sourceOriginUnknown:
            return "Cannot determine the source origin: \(record.referencedID.dataverseText)."
        case .modifyingFailed:
            return "Modifying \(toDataverse ? dataverseCaption : caption) failed."
        }
    }
}
