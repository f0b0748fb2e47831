import Foundation

/// Why a file operation failed, in the system's words ("No space left on device", as the C calls say it)
/// rather than Foundation's ("The operation could not be completed. There isn't enough space."), which hides
/// the cause an administrator searches for and reads badly inside a sentence.
func failureReason(_ error: any Error) -> String {
    let error = error as NSError
    if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
    if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(underlying.code)))
    }
    return error.localizedDescription
}
