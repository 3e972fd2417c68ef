import Foundation

/// The types of the records a log gained since it held `before`, in order: a step the rules
/// refuse writes nothing, and one the permission matrix refuses writes only `actionDenied`.
func appendedTypes(_ log: Data, since before: Data) -> [String] {
    guard log.starts(with: before) else { return ["(the log was rewritten)"] }
    return log.dropFirst(before.count).split(separator: UInt8(ascii: "\n")).map { line in
        ((try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any])?["type"] as? String ?? "(unreadable)"
    }
}
