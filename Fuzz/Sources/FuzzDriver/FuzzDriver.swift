/// libFuzzer's driver, run from a target's own entry point: SwiftPM points `main` at the executable's module
/// entry, so libFuzzer's `main` never runs, and its driver is called instead. libFuzzer still needs each
/// target's `LLVMFuzzerTestOneInput`, which is the test handed over here.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Fuzzes `test` with this process's arguments (libFuzzer's options and corpus folders); returns its status.
public func fuzz(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    return runDriver(&argc, &argv, test)
}

/// The input libFuzzer hands over, as bytes.
public func bytes(_ data: UnsafePointer<UInt8>?, _ count: Int) -> [UInt8] {
    Array(UnsafeBufferPointer(start: data, count: count))
}
