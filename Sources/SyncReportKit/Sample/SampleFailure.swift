/// One failure of one record: a message template, an optional wrapper and the seed of the template's varying parts.
/// Equal failures render byte-identical text, which is what Business Central compares to set Skipped.
struct SampleFailure: Equatable {
    let message: SampleMessage
    let wrapper: SampleWrapper
    let param: UInt64

    var cause: SampleCause {
        message.cause
    }

    func text(record: SampleRecord, direction: SampleDirection, environment: SampleEnvironment) -> String {
        let inner = message.text(record: record, direction: direction, param: param, environment: environment)
        let destination = direction == .toIntegrationTable ? record.table.dataverseCaption : record.table.caption
        return wrapper.wrap(inner, destinationCaption: destination)
    }
}
