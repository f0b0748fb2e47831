import Foundation
import Synchronization

/// The heart of a large night: pages are made, checked and kept one at a time by a worker on each core. A
/// worker holds one page at a time and keeps only what the later checks need: the file's path and hash, and
/// the page's ids and link targets.
/// What a page stream left behind.
struct PageStreamOutcome: Sendable {
    /// In the order of the pages.
    var files: [WrittenFile] = []
    /// Each page's own problems: malformed, outside the schema, an id used twice.
    var issues: [MarkupIssue] = []
    var links = SiteLinks()
}

struct PageStream<Failure: Error> {
    typealias Outcome = PageStreamOutcome

    /// Makes page `index`: its path and bytes (rendered, or read from a published folder).
    let make: @Sendable (Int) throws(Failure) -> (path: String, bytes: [UInt8])
    /// Keeps a checked page (writes it into the staging folder, or only hashes it).
    let keep: @Sendable (String, [UInt8]) throws(Failure) -> WrittenFile

    /// Runs `count` pages on every core; the first failure to make or keep a page stops the run and is thrown.
    func run(count: Int, progress: Progress?) throws(Failure) -> Outcome {
        let done = Atomic<Int>(0)
        // Chunks small enough that both cores stay busy to the end, large enough to share a schema and a cache.
        let parts = (0..<count).parallelChunks(minimumChunk: 64, chunksPerWorker: 16) { range -> Result<Outcome, PartFailure> in
            let checker: PageChecker
            do throws(XMLReadFailure) {
                checker = try PageChecker()
            } catch {
                return .failure(.schema(PageChecker.unusableSchema(error)))
            }
            var outcome = Outcome()
            for index in range {
                do throws(Failure) {
                    let (path, bytes) = try make(index)
                    let inspection = checker.check(bytes, path: path)
                    outcome.issues += inspection.issues
                    outcome.links.add(page: path, inspection)
                    outcome.files.append(try keep(path, bytes))
                } catch {
                    return .failure(.page(error))
                }
                let finished = done.add(1, ordering: .relaxed).newValue
                if finished % 256 == 0 || finished == count { progress?.report(done: finished, of: count) }
            }
            return .success(outcome)
        }
        var outcome = Outcome()
        for part in parts {
            switch part {
            case .success(let part):
                outcome.files += part.files
                outcome.issues += part.issues
                outcome.links.merge(part.links)
            case .failure(.page(let error)):
                throw error
            case .failure(.schema(let issue)):
                return Outcome(files: [], issues: [issue], links: SiteLinks())
            }
        }
        return outcome
    }

    private enum PartFailure: Error {
        case page(Failure)
        case schema(MarkupIssue)
    }
}
