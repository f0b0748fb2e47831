@testable import SyncReportKit

// Where a row came from differs between formats of the same night; these compare what it says.

extension Job {
    var withoutOrigin: Job {
        var job = self
        job.origin = SourceLocation(file: "", line: 0, column: 0)
        return job
    }
}

extension SyncError {
    var withoutOrigin: SyncError {
        var error = self
        error.origin = SourceLocation(file: "", line: 0, column: 0)
        return error
    }
}

extension Coupling {
    var withoutOrigin: Coupling {
        var coupling = self
        coupling.origin = SourceLocation(file: "", line: 0, column: 0)
        return coupling
    }
}
