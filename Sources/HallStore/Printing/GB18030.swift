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

    /// A GB18030 code is never more than twice as long as the UTF-8 it comes from (two
    /// UTF-8 bytes may become four), so twice the input always suffices.
    private static func convert(_ utf8: [UInt8]) throws(PrintFailure) -> [UInt8] {
        switch Iconv.convert(utf8, from: "UTF-8", to: "GB18030", capacity: utf8.count * 2) {
        case .converted(let bytes): return bytes
        case .failed(_, let code): throw PrintFailure.encodingFailed(code: code)
        case .unavailable: throw PrintFailure.encodingUnavailable
        }
    }
}
