import Foundation
import Testing
@testable import SyncReportKit

@Suite struct SampleGeneratorTests {
    private func night(_ generator: SampleGenerator, _ format: SampleFormat = .csv) throws -> Dataset {
        try Importer().run(generator.files(format).map { InputFile(name: $0.name, bytes: $0.contents) })
    }

    // MARK: Sizes

    /// SHA-256 of the files before --couplings, --jobs and --format existed: tests and users' scripts
    /// rely on a seed and an error count giving the same night.
    @Test(arguments: [
        (400, UInt64(1), [
            "ff648db0419bbe17993764b3fbbb2a29f2c06c0e6d8716145f7a07e5d44353c3",
            "b1199d1dce962d2bfa55c8bc4af9c565a755b8ff0b86ec2ff12284e8139c1d8e",
            "c2a6b01aa3e0447359b5d9a94e0c149ee253d706a0084af0f01a5e259fc5514b",
        ]),
        (6_000, UInt64(7), [
            "7bf86d42a6fd93827499feb25aebf9b04140a88ac7a01abb22ab8e0ff313ed73",
            "d50ce6818f409e541f2b0459533ca96980935276f6c534bb2f1e9cee028d7197",
            "f13d0fbc07c8e14ba443f1322e5a6afa854941527ab98354f8c4a5d0141cd461",
        ]),
    ])
    func aSeedAndAnErrorCountStillGiveTheSameBytes(errors: Int, seed: UInt64, digests: [String]) {
        let files = SampleGenerator(seed: seed, errors: errors).files()
        #expect(files.map(\.name) == ["jobs.csv", "errors.csv", "couplings.csv"])
        #expect(files.map { sha256Hex($0.contents) } == digests)
    }

    @Test func givenCountsOfJobsAndCouplingsAreHonoured() throws {
        let dataset = try night(SampleGenerator(seed: 3, errors: 3_000, couplings: 400, jobs: 150))
        #expect(dataset.jobs.count == 150)
        #expect(dataset.errors.count == 3_000)
        #expect(dataset.couplings.count == 400)
        #expect(dataset.rejected.isEmpty)
    }

    @Test(arguments: [SampleGenerator.minimumJobs, 28, 53, 54, 1_000, 20_001])
    func everyJobCountFromTheMinimumOnIsExact(jobs: Int) {
        let plan = SamplePlan(seed: 5, size: SampleSize(errors: 200, jobs: jobs), night: .default)
        #expect(plan.jobs.count + plan.quietJobs.count == jobs)
    }

    @Test(arguments: [0, 1, 120, 5_000])
    func everyCouplingCountIsExact(couplings: Int) {
        let plan = SamplePlan(seed: 6, size: SampleSize(errors: 2_000, couplings: couplings), night: .default)
        #expect(plan.couplings.count == couplings)
        #expect(plan.events.count == 2_000)
    }

    /// A large tenant's night: most error rows come from a few records that fail on every run, and a few mappings.
    @Test func manyErrorsOverFewCouplingsComeFromRecordsFailingOnEveryRun() throws {
        let dataset = try night(SampleGenerator(seed: 4, errors: 8_000, couplings: 300, jobs: 1_000))
        #expect(dataset.errors.count == 8_000)
        #expect(dataset.couplings.count == 300)
        #expect(dataset.jobs.count == 1_000)
        var jobsByRecord: [RecordID: Set<GUID>] = [:]
        for error in dataset.errors {
            guard let record = error.source, let job = error.jobID else { continue }
            jobsByRecord[record, default: []].insert(job)
        }
        let repeating = jobsByRecord.values.filter { $0.count >= 10 }
        #expect(Double(repeating.count) / Double(jobsByRecord.count) < 0.5)
        #expect(Double(repeating.reduce(0) { $0 + $1.count }) / 8_000 > 0.7, "records failing on 10 runs or more")
        let mappings = Dictionary(uniqueKeysWithValues: dataset.jobs.compactMap { job in job.id.map { ($0, job.mapping) } })
        let byMapping = Dictionary(grouping: dataset.errors) { $0.jobID.flatMap { mappings[$0] } ?? "" }.mapValues(\.count)
        #expect(Double(byMapping.values.sorted(by: >).prefix(2).reduce(0, +)) / 8_000 > 0.5)
        #expect(Set(dataset.jobs.map(\.mapping)).count == 21, "the quiet mappings have jobs too")
    }

    // MARK: Formats

    @Test(arguments: SampleFormat.allCases)
    func theSameSeedGivesTheSameBytes(format: SampleFormat) {
        let first = SampleGenerator(seed: 9, errors: 500, couplings: 200, jobs: 80).files(format)
        #expect(first == SampleGenerator(seed: 9, errors: 500, couplings: 200, jobs: 80).files(format))
        #expect(first != SampleGenerator(seed: 10, errors: 500, couplings: 200, jobs: 80).files(format))
    }

    /// 10,000 errors: a workbook of that size must work, if slowly.
    @Test(arguments: [SampleFormat.json, .xlsx])
    func everyFormatImportsAsTheNightItsCSVIs(format: SampleFormat) throws {
        let generator = SampleGenerator(seed: 11, errors: 10_000, couplings: 1_500, jobs: 400)
        let csv = try night(generator)
        let other = try night(generator, format)
        #expect(other.jobs.count == 400)
        #expect(other.errors.count == 10_000)
        #expect(other.couplings.count == 1_500)
        #expect(other.inputs.map(\.rowsRejected) == [0, 0, 0])
        #expect(other.inputs.map(\.format) == [format.rawValue, format.rawValue, format.rawValue])
        #expect(other.jobs.map(\.withoutOrigin) == csv.jobs.map(\.withoutOrigin))
        #expect(other.errors.map(\.withoutOrigin) == csv.errors.map(\.withoutOrigin))
        #expect(other.couplings.map(\.withoutOrigin) == csv.couplings.map(\.withoutOrigin))
    }

    @Test func aTableOfMoreThanAPageComesInLinkedPages() throws {
        let generator = SampleGenerator(seed: 12, errors: 100, couplings: 0, jobs: 20_001)
        let files = generator.files(.json)
        #expect(files.map(\.name) == ["jobs-01.json", "jobs-02.json", "errors.json"])
        let pages = files.prefix(2).map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(pages[0].contains(#""@odata.nextLink":"https://api.businesscentral.dynamics.com/v2.0/"#))
        #expect(!pages[1].contains("@odata.nextLink"))
        let dataset = try night(generator, .json)
        #expect(dataset.jobs.count == 20_001)
        #expect(dataset.jobs.map(\.withoutOrigin) == (try night(generator)).jobs.map(\.withoutOrigin))
    }

    @Test func theODataPagesSpellValuesAsTheWebServicesDo() throws {
        let files = SampleGenerator(seed: 1).files(.json)
        let text = files.map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(text[0].hasPrefix(#"{"@odata.context":"https://api.businesscentral.dynamics.com/v2.0/"#))
        #expect(text[0].contains(#"$metadata#Company('CRONUS%20International%20Ltd.')/IntegrationSynchJobs","value":[{"ID":""#))
        #expect(text[0].contains(#","Synch_Direction":"ToIntegrationTable","Direction":"Customer to Dataverse Account.","#))
        #expect(text[0].contains(#""Finish_Date_Time":"0001-01-01T00:00:00Z","Duration":"PT0S""#))
        #expect(text[1].contains(#""Date_Time":"2026-11-2"#))
        #expect(text[1].contains(#""HelpLink":"Insufficient permissions""#))
        #expect(!text[1].contains(#""Error Message""#))
        #expect(text[2].contains(#""Last_Synch_Result":"_blank_""#))
        #expect(text[2].contains(#""Skipped":true"#))
        #expect(text.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }, "characters beyond ASCII are escaped")
        #expect(text[1].range(of: #"\{[0-9A-F]{8}-"#, options: .regularExpression) != nil, "record ids keep their braces")
        #expect(text[1].range(of: #""Integration_Synch_Job_ID":"[0-9a-f]{8}-[0-9a-f]{4}-"#, options: .regularExpression) != nil)
    }

    @Test func theWorkbookKeepsTextInSharedStringsAndTimesAsDateSerials() throws {
        let file = try #require(SampleGenerator(seed: 1).files(.xlsx).first { $0.name == "errors.xlsx" })
        var archive = try WorkbookArchive(InputFile(name: file.name, bytes: file.contents), limits: .standard)
        let styles = try #require(try archive.part("xl/styles.xml"))
        #expect(try DateStyles.read(styles, file: file.name, part: "xl/styles.xml").contains(1))
        let strings = String(decoding: try #require(try archive.part("xl/sharedStrings.xml")), as: UTF8.self)
        #expect(strings.contains("<si><t>Integration Synch. Job ID</t></si>"))
        let sheet = String(decoding: try #require(try archive.part("xl/worksheets/sheet1.xml")), as: UTF8.self)
        #expect(sheet.contains(#"<c r="B2" t="s"><v>"#))
        #expect(sheet.range(of: #"<c r="E2" s="1"><v>463[0-9]{2}\.[0-9]+</v></c>"#, options: .regularExpression) != nil)
        let workbook = String(decoding: try #require(try archive.part("xl/workbook.xml")), as: UTF8.self)
        #expect(workbook.contains(#"<sheet name="Integration Synch. Job Errors" sheetId="1" r:id="rId1"/>"#))
    }
}
