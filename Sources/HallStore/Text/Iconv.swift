import Glibc

/// One pass of glibc's iconv over a whole buffer: the printer's GB18030 and the import's
/// GBK files both go through it. The caller gives an output size that always suffices for
/// its encodings, so a failure is a bad byte (or a missing converter), never a full buffer.
enum Iconv {
    enum Outcome {
        case converted([UInt8])
        /// The bytes before `consumed` converted; the one at `consumed` did not (`code` is errno).
        case failed(consumed: Int, code: Int32)
        /// This glibc has no converter between the two encodings.
        case unavailable
    }

    static func convert(_ bytes: [UInt8], from source: String, to target: String, capacity: Int) -> Outcome {
        guard !bytes.isEmpty else { return .converted([]) }
        guard let converter = iconv_open(target, source), converter != iconv_t(bitPattern: -1) else { return .unavailable }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: capacity)
        let (result, consumed, produced, code) = input.withUnsafeMutableBytes { inputBytes in
            output.withUnsafeMutableBytes { outputBytes in
                var inPointer = inputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = outputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBytes.count
                var outLeft = outputBytes.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result, inputBytes.count - inLeft, outputBytes.count - outLeft, errno)
            }
        }
        guard result != -1 else { return .failed(consumed: consumed, code: code) }
        return .converted(Array(output[..<produced]))
    }
}
