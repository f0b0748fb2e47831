import Foundation

/// Hands the summary email to a sendmail-compatible program on its standard input, as cron jobs do: the
/// program reads the recipients from the message's headers (`-t`) and does not stop at a lone dot (`-i`).
public struct Mailer: Sendable, Equatable {
    /// The program and its arguments.
    public var command: [String]
    /// Seconds the program may take to read the message and exit; a hung one is stopped, so it cannot hold
    /// the run (and the report's lock) for ever.
    public var timeout: Double

    public static let sendmail = ["/usr/sbin/sendmail", "-t", "-i"]
    public static let defaultTimeout = 120.0

    /// A program that exits before reading the message must make writing fail, not kill the run with SIGPIPE.
    private static let pipeErrorsAreErrors: Void = {
        signal(SIGPIPE, SIG_IGN)
    }()

    public init(command: [String] = Mailer.sendmail, timeout: Double = Mailer.defaultTimeout) {
        self.command = command
        self.timeout = timeout
    }

    public func send(_ message: [UInt8]) throws(MailError) {
        _ = Self.pipeErrorsAreErrors
        guard let program = command.first else { throw .failed(command: "", reason: "no program given") }
        let process = Process()
        // A bare name is looked up on PATH, as a shell would.
        process.executableURL = URL(fileURLWithPath: program.contains("/") ? program : "/usr/bin/env")
        process.arguments = (program.contains("/") ? [] : [program]) + Array(command.dropFirst())
        // The mail program needs nothing of a fetch's sign-in, least of all its secret.
        process.environment = ProcessInfo.processInfo.environment.filter { $0.key != ClientCredentials.secretVariable }
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        // The program's complaints are read while the message is written: a program that says much before
        // reading would otherwise wait for us while we wait for it.
        let said = Complaints()
        let talking = DispatchGroup()
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            throw .failed(command: command.joined(separator: " "), reason: failureReason(error))
        }
        DispatchQueue.global().async(group: talking) { said.data = errors.fileHandleForReading.readDataToEndOfFile() }
        // Written on a thread of its own too: a program that never reads would block the write past the timeout.
        DispatchQueue.global().async(group: talking) {
            do {
                try input.fileHandleForWriting.write(contentsOf: message)
            } catch {
                said.unwritten = failureReason(error)
            }
            try? input.fileHandleForWriting.close()
        }
        if exited.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            if exited.wait(timeout: .now() + 5) == .timedOut {
                kill(process.processIdentifier, SIGKILL)
                exited.wait()
            }
            // A child of the program may still hold its pipes open: nothing more is waited for.
            throw .failed(
                command: command.joined(separator: " "),
                reason: "it did not finish within \(Int(timeout)) seconds (--sendmail-timeout) and was stopped")
        }
        talking.wait()
        // A program that fails may stop reading first: its exit status then says more than the broken pipe.
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            let reason = String(decoding: said.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .failed(
                command: command.joined(separator: " "),
                reason: "exit status \(process.terminationStatus)\(reason.isEmpty ? "" : ": \(reason.prefix(300))")")
        }
        if let unwritten = said.unwritten {
            throw .failed(command: command.joined(separator: " "), reason: "it stopped reading the message: \(unwritten)")
        }
    }
}

/// What the program wrote to its error output, and why the message could not be written, filled by the threads
/// that talk to it and read after they are done.
private final class Complaints: @unchecked Sendable {
    var data = Data()
    var unwritten: String?
}

/// The email could not be handed over; the report was published all the same.
public enum MailError: Error, Equatable, Sendable, CustomStringConvertible {
    case failed(command: String, reason: String)

    public var description: String {
        switch self {
        case .failed(let command, let reason):
            "error: the summary email was not sent: \(command.isEmpty ? "the sendmail program" : command) failed (\(reason)); the report is published"
        }
    }
}
