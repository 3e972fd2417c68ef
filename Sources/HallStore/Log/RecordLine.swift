import Foundation

/// Writes one record line in the fixed field order and computes its hash.
///
/// The hash is SHA-256 over the line without its `,"hash":"…"` part (everything up to the
/// closing quote of `prev`, then `}`). Because `prev` is inside those bytes the hashes
/// chain, and an auditor can recompute them from the file without re-encoding any JSON.
enum RecordLine {
    /// Bytes after the body: `,"prev":"` 64 hex `","hash":"` 64 hex `"}`.
    static let suffixLength = 9 + 64 + 10 + 64 + 2

    /// Appends the line for one record, newline included, to `out` and returns its hash.
    /// `body` must already be checked with `JSONObjectValidator`.
    static func append(
        seq: Int, timestamp: String, actor: String, terminal: String, type: String, version: Int,
        body: Data, prev: String, to out: inout [UInt8]
    ) -> String {
        let start = out.count
        out.append(contentsOf: Array("{\"seq\":\(seq),\"ts\":".utf8))
        JSONString.append(timestamp, to: &out)
        out.append(contentsOf: Array(",\"actor\":".utf8))
        JSONString.append(actor, to: &out)
        out.append(contentsOf: Array(",\"terminal\":".utf8))
        JSONString.append(terminal, to: &out)
        out.append(contentsOf: Array(",\"type\":".utf8))
        JSONString.append(type, to: &out)
        out.append(contentsOf: Array(",\"v\":\(version),\"body\":".utf8))
        out.append(contentsOf: body)
        out.append(contentsOf: Array(",\"prev\":\"\(prev)\"".utf8))
        let digest = out.withUnsafeBytes { raw in
            canonicalHash(UnsafeRawBufferPointer(rebasing: raw[start...]))
        }
        let hashStart = out.count + 9
        out.append(contentsOf: Array(",\"hash\":\"".utf8))
        Hex.append(digest, to: &out)
        out.append(contentsOf: Array("\"}\n".utf8))
        return String(decoding: out[hashStart..<(hashStart + 64)], as: UTF8.self)
    }

    /// SHA-256 of `head` followed by `}`: `head` is a line up to the closing quote of `prev`.
    static func canonicalHash(_ head: UnsafeRawBufferPointer) -> SHA256Digest {
        withUnsafeBytes(of: UInt8(ascii: "}")) { SHA256.hash(head, $0) }
    }
}
