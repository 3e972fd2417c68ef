/// Bytes of an export file to text, guessing the encoding the way the hall's files come:
/// a byte-order mark means UTF-8; bytes that are valid UTF-8 are UTF-8; anything else is
/// GB18030 (a superset of GBK), decoded with glibc's iconv because Foundation on Linux
/// knows no GBK.
///
/// One refinement: a file whose first line (the header) is valid UTF-8 with Chinese in it
/// is UTF-8 even when a later line is not. A GBK header is never valid UTF-8, so such a
/// file is UTF-8 with a damaged line, and reading it as GBK would only turn every Chinese
/// character into nonsense instead of naming the damaged line.
///
/// Undecodable bytes are never replaced: the error names the line they are on, so nothing
/// garbled reaches the log.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8]) throws(ImportFailure) -> (text: String, encoding: TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return (try strictUTF8(Array(bytes.dropFirst(3)), hint: "文件开头标明是 UTF-8"), .utf8WithBOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        let header = bytes.prefix { $0 != 0x0A }
        if header.contains(where: { $0 >= 0x80 }), String(validating: header, as: UTF8.self) != nil {
            return (try strictUTF8(bytes, hint: "表头是 UTF-8"), .utf8)
        }
        return (try gb18030(bytes), .gb18030)
    }

    /// UTF-8 line by line, so a bad byte is reported with its line. A line feed byte never
    /// occurs inside a UTF-8 sequence, so splitting on it first is safe.
    private static func strictUTF8(_ bytes: [UInt8], hint: String) throws(ImportFailure) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where String(validating: line, as: UTF8.self) == nil {
            throw ImportFailure(line: index + 1, "有无法识别的字节：\(hint)，但这一行不是有效的 UTF-8。文件可能已损坏；请在 Excel 里重新“另存为”CSV 后再导入。")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// One iconv pass from GB18030 to UTF-8. A GB18030 code of one, two or four bytes
    /// becomes at most one, three or four bytes of UTF-8, so twice the input always fits and
    /// any failure is a bad byte, not a full buffer. Line feeds never occur inside a
    /// GB18030 code either, so counting them up to the bad byte gives its line.
    private static func gb18030(_ bytes: [UInt8]) throws(ImportFailure) -> String {
        switch Iconv.convert(bytes, from: "GB18030", to: "UTF-8", capacity: bytes.count * 2 + 4) {
        case .converted(let utf8):
            return String(decoding: utf8, as: UTF8.self)
        case .failed(let consumed, _):
            let line = bytes[..<consumed].count(where: { $0 == 0x0A }) + 1
            let shown = bytes[consumed...].prefix(2).map { "0x" + String($0, radix: 16, uppercase: true) }.joined(separator: " ")
            throw ImportFailure(line: line, "有无法识别的字节（\(shown)）：文件既不是 UTF-8，按 GB18030/GBK 也读不通。文件可能已损坏或是其他编码；请在 Excel 里重新“另存为”CSV 后再导入。")
        case .unavailable:
            throw ImportFailure(line: nil, "本机的 glibc 不支持 GB18030 编码，无法读取 GBK 文件。请在 Excel 里另存为“CSV UTF-8”后再导入。")
        }
    }
}
