import Foundation

/// Typed readers for one field's bytes. Each returns `.failure(reason)` for text that is not
/// such a value, so the row can be rejected with the column that was wrong.
enum FieldValue {
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") { slice.removeFirst() }
        while let last = slice.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") { slice.removeLast() }
        return slice
    }

    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: trimmed(bytes), as: UTF8.self)
    }

    /// Whole numbers; Excel may write `10.` or `10,` for them.
    static func integer(_ bytes: ArraySlice<UInt8>) -> Result<Int?, FieldProblem> {
        var slice = trimmed(bytes)
        if slice.isEmpty { return .success(nil) }
        // `10.`, `10,` (Excel) and `10.0` (JSON writers) are whole numbers; `10.5` is not.
        if let point = slice.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }),
           slice[slice.index(after: point)...].allSatisfy({ $0 == UInt8(ascii: "0") }) {
            slice = slice[..<point]
        }
        var isNegative = false
        if slice.first == UInt8(ascii: "-") {
            isNegative = true
            slice.removeFirst()
        }
        guard !slice.isEmpty, slice.count <= 18 else { return .failure(.notA("whole number", bytes)) }
        var value = 0
        for byte in slice {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return .failure(.notA("whole number", bytes)) }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return .success(isNegative ? -value : value)
    }

    static func guid(_ bytes: ArraySlice<UInt8>) -> Result<GUID?, FieldProblem> {
        let slice = trimmed(bytes)
        if slice.isEmpty { return .success(nil) }
        guard let guid = GUID(String(decoding: slice, as: UTF8.self)) else { return .failure(.notA("GUID", bytes)) }
        return .success(guid.isNull ? nil : guid)
    }

    static func record(_ bytes: ArraySlice<UInt8>) -> Result<RecordID?, FieldProblem> {
        let text = text(bytes)
        if text.isEmpty { return .success(nil) }
        guard let record = RecordID(text) else { return .failure(.notA("record id like 'Customer: 10000'", bytes)) }
        return .success(record)
    }

    /// Yes/No as the pages print them, true/false from OData, 1/0 from some tools.
    static func boolean(_ bytes: ArraySlice<UInt8>) -> Result<Bool?, FieldProblem> {
        switch text(bytes).lowercased() {
        case "": .success(nil)
        case "yes", "true", "1": .success(true)
        case "no", "false", "0": .success(false)
        default: .failure(.notA("Yes/No value", bytes))
        }
    }

    /// The option's blank first member comes as empty, a space or `_blank_`.
    static func syncResult(_ bytes: ArraySlice<UInt8>) -> Result<SyncResult?, FieldProblem> {
        switch text(bytes).lowercased() {
        case "", "_blank_": .success(nil)
        case "success": .success(.success)
        case "failure": .success(.failure)
        default: .failure(.notA("synchronisation result (Success, Failure or blank)", bytes))
        }
    }

    /// The jobs page's "Direction" text, `Customer to Dataverse Account.`: the side of the destination's
    /// caption tells the direction.
    static func direction(described text: String) -> SyncDirection? {
        let parts = text.trimmingCharacters(in: CharacterSet(charactersIn: ". ")).components(separatedBy: " to ")
        guard parts.count == 2 else { return nil }
        switch (RecordID.isDataverseCaption(parts[0]), RecordID.isDataverseCaption(parts[1])) {
        case (false, true): return .toIntegrationTable
        case (true, false): return .fromIntegrationTable
        default: return nil
        }
    }

    static func direction(_ bytes: ArraySlice<UInt8>) -> Result<SyncDirection?, FieldProblem> {
        switch HeaderName.normalize(text(bytes)) {
        case "": .success(nil)
        case "bidirectional": .success(.bidirectional)
        case "tointegrationtable": .success(.toIntegrationTable)
        case "fromintegrationtable": .success(.fromIntegrationTable)
        default: .failure(.notA("synch. direction (Bidirectional, ToIntegrationTable, FromIntegrationTable)", bytes))
        }
    }
}

/// Why a field's text could not be read as the value its column holds.
struct FieldProblem: Error, Equatable {
    let reason: String

    static func notA(_ kind: String, _ bytes: ArraySlice<UInt8>) -> FieldProblem {
        let text = String(decoding: bytes.prefix(60), as: UTF8.self)
        return FieldProblem(reason: "'\(text)' is not a \(kind)")
    }
}
