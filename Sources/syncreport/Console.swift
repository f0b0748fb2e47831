import Foundation
import Synchronization
import SyncReportKit

/// stderr output, one line per message; stdout is left to what scripts consume.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((visible(message) + "\n").utf8))
    }

    /// Messages quote text from the exports, which may carry terminal escape sequences (ESC, OSC 8 links, screen
    /// clears) or bidi overrides: such characters are written as `\u{1B}`, so a message can neither drive the
    /// terminal nor disguise what it says. Line breaks and tabs stay.
    static func visible(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .control where scalar != "\n" && scalar != "\t", .format, .lineSeparator, .paragraphSeparator:
                result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default:
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    static func info(_ message: String, quiet: Bool) {
        guard !quiet else { return }
        error(message)
    }
}

/// Shows a run on stderr: with `--timings` a line per step with its time and memory; on a terminal, unless
/// quiet, one progress line rewritten in place (nothing when stderr is a file or a pipe, as under cron).
struct RunReporter {
    let timings: Bool
    let quiet: Bool

    var observer: RunObserver? {
        let showsProgress = !quiet && isatty(STDERR_FILENO) == 1
        guard timings || showsProgress else { return nil }
        let timings = timings
        let clock = ProgressClock()
        return { event in
            switch event {
            case .started(let step, let number, let count) where showsProgress:
                clock.write("\r\u{1B}[K[\(number)/\(count)] \(step)")
            case .progress(let step, let done, let total) where showsProgress && clock.isDue():
                clock.write("\r\u{1B}[K\(step): \(done) of \(total)")
            case .finished(let timing):
                if showsProgress { clock.write("\r\u{1B}[K") }
                if timings { Console.error("timing: \(timing.description)") }
            default:
                break
            }
        }
    }
}

/// Lets progress through ten times a second at most, from any thread.
private final class ProgressClock: Sendable {
    private let last = Mutex<UInt64>(0)

    func isDue() -> Bool {
        let now = DispatchTime.now().uptimeNanoseconds
        return last.withLock { last in
            guard now - last >= 100_000_000 else { return false }
            last = now
            return true
        }
    }

    func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
