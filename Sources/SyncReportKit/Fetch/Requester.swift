import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Sends a request until it gets an answer worth reading: transient failures (throttling, a busy or
/// restarting service, a timeout, a page cut short) are tried again within the retry policy; every try goes
/// into the fetch log, without the secret or the token.
struct Requester {
    let client: HTTPClient
    let retry: RetryPolicy
    var log: FetchLog

    /// Statuses Business Central documents as transient: 408 a cancelled session, 429 throttling, 502–504 a busy
    /// or restarting service; 500 too, unless it is a missing permission, which no retry mends.
    static func isTransient(_ response: HTTPResponse) -> Bool {
        switch response.status {
        case 408, 429, 502, 503, 504: true
        case 500: !String(decoding: response.body.prefix(4_096), as: UTF8.self).lowercased().contains("permissions prevented")
        default: false
        }
    }

    /// - Parameter incomplete: why a 2xx answer is not whole (a page cut short), or `nil` when it is.
    mutating func send(
        _ request: URLRequest, shown url: String, incomplete: (HTTPResponse) -> String? = { _ in nil }
    ) throws(FetchError) -> HTTPResponse {
        let method = request.httpMethod ?? "GET"
        var attempt = 1
        while true {
            let started = Date()
            let reason: String
            var retryAfter: String?
            do {
                let response = try client.send(request)
                let seconds = Date().timeIntervalSince(started)
                if (200..<300).contains(response.status), let cut = incomplete(response) {
                    reason = cut
                } else if Self.isTransient(response) {
                    retryAfter = response.header("Retry-After")
                    reason = "HTTP \(response.status)" + (retryAfter.map { " with Retry-After: \($0)" } ?? "")
                } else {
                    log.add("\(method) \(url) -> \(response.status), \(response.body.count) bytes, \(FetchLog.seconds(seconds))")
                    return response
                }
            } catch {
                reason = error.reason
            }
            guard attempt < retry.attempts else {
                log.add("\(method) \(url) -> \(reason); gave up after \(attempt) \(attempt == 1 ? "attempt" : "attempts")")
                throw .gaveUp(url: url, attempts: attempt, reason: reason)
            }
            attempt += 1
            guard let wait = retry.wait(before: attempt, retryAfter: retryAfter) else {
                log.add("\(method) \(url) -> \(reason); the wait asked for is over \(Int(retry.longestWait)) s")
                throw .gaveUp(
                    url: url, attempts: attempt - 1,
                    reason: "\(reason): the service asked to wait longer than --longest-wait (\(Int(retry.longestWait)) s)")
            }
            log.add("\(method) \(url) -> \(reason); try \(attempt) of \(retry.attempts) in \(FetchLog.seconds(wait))")
            Thread.sleep(forTimeInterval: wait)
        }
    }
}
