import Foundation
import Testing
@testable import SyncReportKit

@Suite struct SampleGeneratorTests {
    private func night(_ generator: SampleGenerator) throws -> Dataset {
        try Importer().run(generator.files().map { InputFile(name: $0.name, bytes: $0.contents) })
    }

    // MARK: Sizes

    /// SHA-256 of the files before --couplings and --jobs existed: tests and users' scripts
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
}
