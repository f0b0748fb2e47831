import CSyncSystem

/// zlib's inflate and CRC-32 for workbook parts, over Swift arrays: the output is allocated at the size the
/// package declares, which the part's limit has already bounded, and a stream that holds more, or ends before
/// its end marker, is an error.
enum Inflation {
    static func inflate(_ data: ArraySlice<UInt8>, declaredSize: Int, file: String, path: String) throws(ImportError) -> [UInt8] {
        var status: Int32 = 2
        let input = Array(data)
        // Uninitialised capacity: a part that declares a gigabyte costs memory only as it really inflates.
        let output = [UInt8](unsafeUninitializedCapacity: declaredSize) { buffer, count in
            var written = 0
            status = syncreport_inflate(input, input.count, buffer.baseAddress, declaredSize, &written)
            count = written
        }
        switch status {
        case 0 where output.count == declaredSize: return output
        case 0: throw .unreadableWorkbook(file: file, reason: "\(path) is damaged: it unpacks to less than it declares")
        case 1: throw .unreadableWorkbook(file: file, reason: "\(path) is damaged: it unpacks to more than it declares")
        default: throw .unreadableWorkbook(file: file, reason: "\(path) is damaged: its compressed data is broken or cut short")
        }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        UInt32(truncatingIfNeeded: syncreport_crc32(bytes, bytes.count))
    }
}
