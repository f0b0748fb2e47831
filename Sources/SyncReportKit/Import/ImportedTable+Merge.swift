extension ImportedTable {
    /// Merges tables into one `Dataset`, de-duplicated by key; a later table wins for the same key.
    static func merge(_ tables: [ImportedTable]) -> Dataset {
        var jobs: [GUID: Job] = [:]
        var errors: [ErrorKey: SyncError] = [:]
        var unkeyedErrors: [SyncError] = []
        var couplings: [CouplingKey: Coupling] = [:]
        for table in tables {
            for job in table.jobs { jobs[job.id] = job }
            for error in table.errors {
                if let no = error.no {
                    errors[ErrorKey(jobID: error.jobID, no: no)] = error
                } else {
                    unkeyedErrors.append(error)
                }
            }
            for coupling in table.couplings {
                couplings[CouplingKey(crmID: coupling.crmID, integrationID: coupling.integrationID)] = coupling
            }
        }
        return Dataset(
            jobs: jobs.values.sorted { ($0.start ?? .distantPast, $0.id) < ($1.start ?? .distantPast, $1.id) },
            errors: (Array(errors.values) + unkeyedErrors).sorted(by: SyncError.chronologically),
            couplings: couplings.values.sorted { ($0.crmID, $0.integrationID) < ($1.crmID, $1.integrationID) },
            inputs: tables.map(\.summary),
            rejected: tables.flatMap(\.rejected).sorted()
        )
    }
}

private struct ErrorKey: Hashable {
    let jobID: GUID?
    let no: Int
}

private struct CouplingKey: Hashable {
    let crmID: GUID
    let integrationID: GUID
}

extension SyncError {
    /// Time order, then entry number, then where it was read: a total, stable order.
    static func chronologically(_ lhs: SyncError, _ rhs: SyncError) -> Bool {
        let left = (lhs.loggedAt ?? .distantPast, lhs.no ?? 0)
        let right = (rhs.loggedAt ?? .distantPast, rhs.no ?? 0)
        if left != right { return left < right }
        return lhs.origin < rhs.origin
    }
}
