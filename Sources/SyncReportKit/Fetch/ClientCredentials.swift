import Foundation

/// The Microsoft Entra app the tool signs in as. The secret never comes from the command line, where `ps` and
/// shell history would show it, and its description never shows it.
public struct ClientCredentials: Sendable, CustomStringConvertible {
    public let clientID: String
    let secret: String

    /// The variables cron can set, documented in the README.
    public static let clientIDVariable = "SYNCREPORT_CLIENT_ID"
    public static let secretVariable = "SYNCREPORT_CLIENT_SECRET"

    public init(clientID: String, secret: String) {
        self.clientID = clientID
        self.secret = secret
    }

    /// The client id from `clientID` or the environment; the secret from a file readable by its owner alone,
    /// or else from the environment.
    public static func load(
        clientID: String?, secretFile: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(FetchError) -> ClientCredentials {
        guard let id = (clientID ?? environment[clientIDVariable]).map(trimmed), !id.isEmpty else {
            throw .missingClientID(variable: clientIDVariable)
        }
        let secret: String
        if let secretFile {
            secret = try read(secretFile)
        } else if let value = environment[secretVariable].map(trimmed), !value.isEmpty {
            secret = value
        } else {
            throw .missingSecret(variable: secretVariable)
        }
        return ClientCredentials(clientID: id, secret: secret)
    }

    public var description: String { "client \(clientID) (secret not shown)" }

    private static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }

    /// A secret file others can read has leaked already, whoever reads it next: refused, as ssh refuses a key.
    private static func read(_ path: String) throws(FetchError) -> String {
        let attributes: [FileAttributeKey: Any]
        do {
            // A mounted secret is often a link; what counts is who may read the file it leads to.
            attributes = try FileManager.default.attributesOfItem(atPath: URL(fileURLWithPath: path).resolvingSymlinksInPath().path)
        } catch {
            throw .unsafeSecretFile(path: path, reason: failureReason(error))
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw .unsafeSecretFile(path: path, reason: "it is not a regular file")
        }
        let owner = (attributes[.ownerAccountID] as? NSNumber)?.uint32Value
        guard owner == getuid() else {
            throw .unsafeSecretFile(path: path, reason: "it belongs to another user than the one running syncreport")
        }
        let mode = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0o777
        guard mode & 0o077 == 0 else {
            throw .unsafeSecretFile(
                path: path, reason: "its group or others may read it (mode \(String(mode, radix: 8))); chmod 600 \(path)")
        }
        guard let bytes = try? FileParts.contents(of: path), let text = String(validating: bytes, as: UTF8.self) else {
            throw .unsafeSecretFile(path: path, reason: "it cannot be read as UTF-8 text")
        }
        let secret = trimmed(text)
        guard !secret.isEmpty else { throw .unsafeSecretFile(path: path, reason: "it is empty") }
        return secret
    }
}
