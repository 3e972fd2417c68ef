import Glibc

/// Splits a region of a file into lines, reading it in large chunks so that a log of any
/// length is read with bounded memory (lines are usually short; the buffer grows if a
/// longer run of bytes without a newline turns up).
enum LineReader {
    private static let chunkSize = 4 << 20

    /// Calls `body` with each complete line in `[start, end)` (without its newline) and the
    /// line's offset, until `body` returns false. Returns nil if every byte was consumed;
    /// otherwise the offset where reading stopped: the line `body` refused, or the first
    /// byte of a trailing run with no newline. A file shorter than `end` ends early.
    static func forEachLine(
        in file: OpenFile, from start: UInt64, to end: UInt64,
        _ body: (UnsafeRawBufferPointer, UInt64) -> Bool
    ) throws(LogFailure) -> UInt64? {
        guard end > start else { return nil }
        var buffer = [UInt8](repeating: 0, count: Int(min(end - start, UInt64(chunkSize))))
        var bufferStart = start
        var filled = 0
        var readEnd = end
        while true {
            let want = Int(min(UInt64(buffer.count - filled), readEnd - (bufferStart + UInt64(filled))))
            if want > 0 {
                let got = try file.read(at: bufferStart + UInt64(filled), into: &buffer, filled..<(filled + want))
                filled += got
                if got < want { readEnd = bufferStart + UInt64(filled) }
            }
            var refused = false
            let consumed = buffer.withUnsafeBytes { raw in
                var lineStart = 0
                while lineStart < filled, let newline = memchr(raw.baseAddress! + lineStart, 0x0A, filled - lineStart) {
                    let lineEnd = raw.baseAddress!.distance(to: UnsafeRawPointer(newline))
                    guard body(UnsafeRawBufferPointer(rebasing: raw[lineStart..<lineEnd]), bufferStart + UInt64(lineStart)) else {
                        refused = true
                        break
                    }
                    lineStart = lineEnd + 1
                }
                return lineStart
            }
            if refused { return bufferStart + UInt64(consumed) }
            if bufferStart + UInt64(filled) >= readEnd {
                return consumed == filled ? nil : bufferStart + UInt64(consumed)
            }
            if consumed > 0 {
                buffer.withUnsafeMutableBytes { raw in
                    _ = memmove(raw.baseAddress!, raw.baseAddress! + consumed, filled - consumed)
                }
                bufferStart += UInt64(consumed)
                filled -= consumed
            } else if filled == buffer.count {
                buffer.append(contentsOf: repeatElement(0, count: buffer.count))
            }
        }
    }
}
