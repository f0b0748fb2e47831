/// Turns one CSV record into a typed model value, or says which field was wrong and why.
struct RowDecoder {
    let file: String
    let columns: [ExportColumn: Int]
    let timestamps: TimestampParser

    func job(_ record: some TableRow) throws(RejectedRow) -> Job {
        let id = try read(.jobID, record, FieldValue.guid)
        if columns[.jobID] != nil, id == nil { throw missing(.jobID, record) }
        let counts = JobCounts(
            inserted: try read(.inserted, record, FieldValue.integer) ?? 0,
            modified: try read(.modified, record, FieldValue.integer) ?? 0,
            deleted: try read(.deleted, record, FieldValue.integer) ?? 0,
            unchanged: try read(.unchanged, record, FieldValue.integer) ?? 0,
            skipped: try read(.skipped, record, FieldValue.integer) ?? 0,
            failed: try read(.failed, record, FieldValue.integer) ?? 0
        )
        var direction = try read(.direction, record, FieldValue.direction)
        if direction == nil { direction = FieldValue.direction(described: try text(.directionText, record)) }
        return Job(
            id: id,
            start: try read(.start, record, timestamps.parse),
            finish: try read(.finish, record, timestamps.parse),
            mapping: try text(.mapping, record),
            type: try text(.jobType, record),
            direction: direction,
            counts: counts,
            message: try verbatim(.jobMessage, record),
            origin: origin(record)
        )
    }

    func error(_ record: some TableRow) throws(RejectedRow) -> SyncError {
        var message = try verbatim(.fullMessage, record)
        if message.isEmpty { message = try verbatim(.shortMessage, record) }
        guard !message.isEmpty else {
            throw RejectedRow(location: origin(record), reason: "the error row has no message")
        }
        return SyncError(
            no: try read(.errorNo, record, FieldValue.integer),
            jobID: try read(.errorJobID, record, FieldValue.guid),
            source: try read(.sourceRecord, record, FieldValue.record),
            destination: try read(.destinationRecord, record, FieldValue.record),
            loggedAt: try read(.loggedAt, record, timestamps.parse),
            message: message,
            origin: origin(record)
        )
    }

    func coupling(_ record: some TableRow) throws(RejectedRow) -> Coupling {
        guard let crmID = try read(.crmID, record, FieldValue.guid) else { throw missing(.crmID, record) }
        guard let integrationID = try read(.integrationID, record, FieldValue.guid) else {
            throw missing(.integrationID, record)
        }
        return Coupling(
            crmID: crmID,
            integrationID: integrationID,
            tableID: try read(.tableID, record, FieldValue.integer),
            lastSynchModifiedOn: try read(.lastSynchModifiedOn, record, timestamps.parse),
            lastSynchCRMModifiedOn: try read(.lastSynchCRMModifiedOn, record, timestamps.parse),
            lastSynchResult: try read(.lastSynchResult, record, FieldValue.syncResult),
            lastSynchCRMResult: try read(.lastSynchCRMResult, record, FieldValue.syncResult),
            lastSynchJobID: try read(.lastSynchJobID, record, FieldValue.guid),
            lastSynchCRMJobID: try read(.lastSynchCRMJobID, record, FieldValue.guid),
            isSkipped: try read(.isSkipped, record, FieldValue.boolean) ?? false,
            origin: origin(record)
        )
    }

    /// A row of Coupled Data Synchronization Errors: the Business Central record's latest error, without job or entry number.
    func coupledError(_ record: some TableRow) throws(RejectedRow) -> SyncError {
        let table = try text(.tableName, record)
        let key = try text(.recordDescription, record)
        guard !table.isEmpty, !key.isEmpty else { throw missing(table.isEmpty ? .tableName : .recordDescription, record) }
        let message = try verbatim(.latestError, record)
        guard !message.isEmpty else { throw missing(.latestError, record) }
        return SyncError(
            source: RecordID(table: table, key: key),
            loggedAt: try read(.failedOn, record, timestamps.parse),
            message: message,
            recordState: RecordState(
                recordExists: try read(.recordExists, record, FieldValue.boolean),
                coupledRecordExists: try read(.coupledRecordExists, record, FieldValue.boolean),
                coupledTo: try text(.coupledTo, record),
                modifiedOn: try read(.recordModifiedOn, record, timestamps.parse),
                coupledModifiedOn: try read(.coupledModifiedOn, record, timestamps.parse)),
            origin: origin(record)
        )
    }

    private func read<T>(
        _ column: ExportColumn, _ record: some TableRow, _ parse: (ArraySlice<UInt8>) -> Result<T?, FieldProblem>
    ) throws(RejectedRow) -> T? {
        guard let index = columns[column] else { return nil }
        if let problem = record.problem(index) { throw rejection(problem) }
        switch parse(record[index]) {
        case .success(let value):
            return value
        case .failure(let problem):
            throw RejectedRow(
                location: SourceLocation(file: file, line: record.line(index), column: record.column(index)),
                reason: "\(column.caption): \(problem.reason)")
        }
    }

    private func text(_ column: ExportColumn, _ record: some TableRow) throws(RejectedRow) -> String {
        FieldValue.text(try bytes(column, record))
    }

    /// Messages keep their spaces: only blank text counts as missing.
    private func verbatim(_ column: ExportColumn, _ record: some TableRow) throws(RejectedRow) -> String {
        let bytes = try bytes(column, record)
        return FieldValue.trimmed(bytes).isEmpty ? "" : String(decoding: bytes, as: UTF8.self)
    }

    private func bytes(_ column: ExportColumn, _ record: some TableRow) throws(RejectedRow) -> ArraySlice<UInt8> {
        guard let index = columns[column] else { return [] }
        if let problem = record.problem(index) { throw rejection(problem) }
        return record[index]
    }

    private func rejection(_ problem: RowProblem) -> RejectedRow {
        RejectedRow(location: SourceLocation(file: file, line: problem.line, column: problem.column), reason: problem.reason)
    }

    private func missing(_ column: ExportColumn, _ record: some TableRow) -> RejectedRow {
        let index = columns[column] ?? 0
        return RejectedRow(
            location: SourceLocation(file: file, line: record.line(index), column: record.column(index)),
            reason: "\(column.caption) is empty")
    }

    private func origin(_ record: some TableRow) -> SourceLocation {
        SourceLocation(file: file, line: record.line, column: 1)
    }
}

extension RejectedRow: Error {}
