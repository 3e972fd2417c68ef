import Foundation
import HallStore

/// The doctor's findings as one JSON array, for monitoring scripts.
enum DoctorJSON {
    private struct Output: Encodable {
        var check: String
        var key: String
        var level: String
        var detail: String
        var fix: String?
    }

    static func render(_ findings: [DoctorFinding]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let output = findings.map { Output(check: $0.check, key: $0.key, level: $0.level.rawValue, detail: $0.detail, fix: $0.fix) }
        return (try? encoder.encode(output)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }
}
