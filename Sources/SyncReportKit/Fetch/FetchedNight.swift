import Foundation

/// A fetch for `generate --fetch`: the pages are fetched into a temporary folder, read, and the folder
/// removed, also when a signal ends the run. The pages keep stable names (`fetched/errors-0001.json`), so
/// data.json and the archive name the same night the same way.
public enum FetchedNight {
    public static let namePrefix = "fetched/"

    public static func fetch(_ request: FetchRequest, maxBytes: Int) throws(PipelineError) -> (inputs: [InputFile], result: FetchResult) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("syncreport-fetch-\(UUID().uuidString)")
        do {
            // The night's records are business data: for this user alone.
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .fetch(.output(.io(path: folder.path, reason: failureReason(error))))
        }
        let token = Interruption.removeOnSignal(folder)
        defer {
            try? FileManager.default.removeItem(at: folder)
            Interruption.finished(token)
        }
        let output: OutputFolder
        let result: FetchResult
        do {
            output = try OutputFolder(folder.appendingPathComponent("night"), inputs: [], workingDirectory: folder)
        } catch {
            throw .fetch(.output(error))
        }
        do {
            result = try Fetcher().run(request, to: output)
        } catch {
            throw .fetch(error)
        }
        var inputs: [InputFile] = []
        for path in result.files {
            do {
                var input = try InputFile.load(path: path, acceptsPipe: false, maxBytes: maxBytes)
                input.name = namePrefix + URL(fileURLWithPath: path).lastPathComponent
                inputs.append(input)
            } catch {
                throw .input(error)
            }
        }
        return (inputs, result)
    }
}
