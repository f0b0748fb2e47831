import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// One answer, read whole.
struct HTTPResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// Why a request got no answer: a timeout, a connection cut mid-answer, a host not found.
struct TransportFailure: Error, Sendable {
    var reason: String
}

/// Foundation's URLSession, waited on: the pipeline is synchronous, and requests go one at a time, well
/// inside Business Central's five concurrent requests per user.
struct HTTPClient: Sendable {
    private let session: URLSession
    private let deadline: TimeInterval

    /// - Parameters:
    ///   - timeout: how long a request may wait for its next bytes, in whole seconds (libcurl counts no finer).
    ///   - deadline: how long one whole answer may take. Business Central stops a request at 10 minutes; a
    ///     server that trickles bytes would otherwise hold cron for ever, and on Linux URLSession does not
    ///     enforce `timeoutIntervalForResource`, so the wait itself is bounded.
    init(timeout: Int, deadline: TimeInterval = 660) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = TimeInterval(timeout)
        configuration.requestCachePolicy = .reloadIgnoringLocalAndRemoteCacheData
        configuration.urlCache = nil
        configuration.httpCookieStorage = nil
        session = URLSession(configuration: configuration, delegate: RedirectRefusal(), delegateQueue: nil)
        self.deadline = max(TimeInterval(timeout), deadline)
    }

    func send(_ request: URLRequest) throws(TransportFailure) -> HTTPResponse {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            outcome.value.withLock { value in
                if let response = response as? HTTPURLResponse, error == nil {
                    var headers: [String: String] = [:]
                    for case (let name as String, let value as String) in response.allHeaderFields { headers[name] = value }
                    value = .success(HTTPResponse(status: response.statusCode, headers: headers, body: [UInt8](data ?? Data())))
                } else {
                    value = .failure(TransportFailure(reason: Self.reason(error)))
                }
            }
            done.signal()
        }
        task.resume()
        if done.wait(timeout: .now() + deadline) == .timedOut {
            task.cancel()
            done.wait()
            throw TransportFailure(reason: "the answer took longer than \(Int(deadline)) s")
        }
        return try outcome.value.withLock { value throws(TransportFailure) in
            try (value ?? .failure(TransportFailure(reason: "no answer"))).get()
        }
    }

    /// Ends the session, which otherwise keeps its delegate, and so itself, alive.
    func close() {
        session.finishTasksAndInvalidate()
    }

    /// A redirect would carry the bearer token to whatever host it names: the 3xx answer is returned instead.
    private final class RedirectRefusal: NSObject, URLSessionTaskDelegate, Sendable {
        func urlSession(
            _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
            newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
        ) {
            completionHandler(nil)
        }
    }

    private final class Outcome: Sendable {
        let value = Mutex<Result<HTTPResponse, TransportFailure>?>(nil)
    }

    private static func reason(_ error: (any Error)?) -> String {
        guard let error = error as? URLError else { return error.map(failureReason) ?? "the answer was not HTTP" }
        switch error.code {
        case .timedOut: return "the request timed out"
        case .networkConnectionLost: return "the connection was cut before the answer was whole"
        case .cannotFindHost, .dnsLookupFailed: return "the host name could not be resolved"
        case .cannotConnectToHost: return "the host refused the connection"
        case .notConnectedToInternet: return "this machine is not connected to the network"
        case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
             .serverCertificateNotYetValid, .serverCertificateHasUnknownRoot:
            return "the TLS connection could not be made safely (\(error.localizedDescription))"
        default: return error.localizedDescription
        }
    }
}
