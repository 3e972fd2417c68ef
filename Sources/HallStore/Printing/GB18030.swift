import Glibc

/// Text to the bytes a Chinese receipt printer reads, through glibc's iconv.
///
/// The output is GB18030. Its four-byte codes (CJK extensions, emoji, rare symbols) are
/// replaced by `?`: receipt printers' Chinese fonts hold the one- and two-byte part (the
/// GBK repertoire) and print a four-byte code as two garbage glyphs. A visible `?` in an
/// odd character is better than garbage, and better than no slip at all. Every byte of the
/// result is ASCII or part of a two-byte code (lead 0x81–0xFE, trail 0x40–0xFE), so text
/// can never contain a printer command.
enum GB18030 {
    static func encode(_ text: String) throws(PrintFailure) -> [UInt8] {
        let converted = try convert(Array(text.utf8))
        var bytes: [UInt8] = []
        bytes.reserveCapacity(converted.count)
        var index = 0
        while index < converted.count {
            let byte = converted[index]
            if byte < 0x80 {
                bytes.append(byte)
                index += 1
            } else if index + 1 < converted.count, (0x30...0x39).contains(converted[index + 1]) {
                bytes.append(UInt8(ascii: "?"))
                index += 4
            } else {
                bytes += converted[index..<min(index + 2, converted.count)]
                index += 2
            }
        }
        return bytes
    }

    /// One iconv pass. A GB18030 code is never more than twice as long as the UTF-8 it
    /// comes from (two UTF-8 bytes may become four), so one buffer of twice the input
    /// always suffices and any failure is a real error, not a full buffer.
    private static func convert(_ utf8: [UInt8]) throws(PrintFailure) -> [UInt8] {
        guard !utf8.isEmpty else { return [] }
        guard let converter = iconv_open("GB18030", "UTF-8"),
              converter != iconv_t(bitPattern: -1) else { throw PrintFailure.encodingUnavailable }
        defer { iconv_close(converter) }
        var input = utf8
        var output = [UInt8](repeating: 0, count: utf8.count * 2)
        let (result, produced, code) = input.withUnsafeMutableBytes { inputBytes in
            output.withUnsafeMutableBytes { outputBytes in
                var inPointer = inputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var outPointer = outputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
                var inLeft = inputBytes.count
                var outLeft = outputBytes.count
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result, outputBytes.count - outLeft, errno)
            }
        }
        guard result != -1 else { throw PrintFailure.encodingFailed(code: code) }
        return Array(output[..<produced])
    }
}
