import Foundation
import Testing
@testable import SyncReportKit

/// Each bound on what an export may hold is a clear error that names the bound and the flag that raises it.
@Suite struct ImportLimitTests {
    private func limits(inputBytes: Int = ImportLimits.standard.inputBytes, rows: Int = ImportLimits.standard.rows,
                        fieldBytes: Int = ImportLimits.standard.fieldBytes, unpackedBytes: Int = ImportLimits.standard.unpackedBytes) -> ImportLimits {
        ImportLimits(inputBytes: inputBytes, rows: rows, fieldBytes: fieldBytes, unpackedBytes: unpackedBytes)
    }

    @Test func aLargerInputFileIsRefusedBeforeItIsRead() throws {
        let folder = try Fixtures.temporaryFolder()
        let file = folder.appendingPathComponent("errors.csv")
        try Data(String(repeating: "x", count: 5_000).utf8).write(to: file)
        #expect(throws: ImportError.overLimit(file: file.path, what: "the file holds more than 4096 bytes", limit: 4096, flag: "--max-input-bytes")) {
            try InputFile.load(path: file.path, maxBytes: 4096)
        }
        #expect(try InputFile.load(path: file.path, maxBytes: 5_000).bytes.count == 5_000)
    }

    @Test func moreRowsThanTheLimitStopTheRun() throws {
        var csv = "No.,Date/Time,Error Message\n"
        for number in 1...20_000 { csv += "\(number),2026-11-24 22:00:00,The record is locked.\n" }
        let importer = Importer(options: ImportOptions(limits: limits(rows: 9_000)))
        #expect(throws: ImportError.overLimit(file: "e.csv", what: "the export has more than 9000 rows", limit: 9_000, flag: "--max-rows")) {
            try importer.run([Fixtures.input("e.csv", text: csv)])
        }
        let error = ImportError.overLimit(file: "e.csv", what: "the export has more than 9000 rows", limit: 9_000, flag: "--max-rows")
        #expect(error.description == "e.csv: error: the export has more than 9000 rows, over the limit of 9000 (--max-rows raises it)")
        #expect(try Importer(options: ImportOptions(limits: limits(rows: 20_000))).run([Fixtures.input("e.csv", text: csv)]).errors.count == 20_000)
    }

    @Test func aLongerFieldRejectsItsRowNamingTheFlag() throws {
        let importer = Importer(options: ImportOptions(limits: limits(fieldBytes: 10)))
        let dataset = try importer.run([Fixtures.input("e.csv", text: "No.,Date/Time,Error Message\n1,,short\n2,,longer than ten\n")])
        #expect(dataset.errors.map(\.message) == ["short"])
        #expect(dataset.rejected.first?.reason == "the field holds 15 bytes, over the limit of 10 (--max-field-bytes raises it)")
    }

    @Test func aWorkbookUnpackingToMoreThanTheLimitNamesTheFlag() throws {
        let file = try #require(SampleGenerator(seed: 1).files(.xlsx).first { $0.name == "errors.xlsx" })
        let book = InputFile(name: file.name, bytes: file.contents)
        let importer = Importer(options: ImportOptions(limits: limits(unpackedBytes: 4_000)))
        do {
            _ = try importer.run([book])
            Issue.record("expected the workbook to be refused")
        } catch {
            #expect(error.description.contains("(--max-unpacked-bytes raises the limit for a whole workbook"), "\(error)")
        }
    }
}
