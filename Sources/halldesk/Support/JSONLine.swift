import Foundation
import TermUI

/// One value as one line of JSON with sorted keys: what `--json` prints.
///
/// The encoder escapes C0 controls but writes DEL, C1 controls and bidi overrides raw;
/// those are escaped here too (`InertText.json`), so a JSON line on a terminal cannot
/// drive it either, and a script still reads the same values.
enum JSONLine {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return InertText.json(String(decoding: data, as: UTF8.self))
    }

    /// An event's envelope with its body appended as stored: the body is already JSON, and
    /// copying its bytes keeps them as the log has them, but for the escapes above.
    static func encode<T: Encodable>(_ envelope: T, body: Data) -> String {
        String(encode(envelope).dropLast()) + #","body":"# + InertText.json(String(decoding: body, as: UTF8.self)) + "}"
    }
}

/// The fields of a record that `--json` prints before its body; `hash` only where the
/// record came from the log (an acting command reports events it just wrote).
struct RecordEnvelope: Encodable {
    var seq: Int
    var ts: String
    var actor: String
    var terminal: String
    var type: String
    var v: Int
    var hash: String?
    /// Set by `log tail` when the body was masked for the reader.
    var masked: Bool? = nil
}
