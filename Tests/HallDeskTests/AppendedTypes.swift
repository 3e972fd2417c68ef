import Foundation

/// The types of the records a log gained since it held `before`, in order: a step the rules
/// refuse writes nothing, and one the permission matrix refuses writes only `actionDenied`.
/// The `rosterChanged` the first write in a new folder records is the roster's, not the
/// step's, and left out (`RosterChangeTests` checks it).
func appendedTypes(_ log: Data, since before: Data) -> [String] {
    guard log.starts(with: before) else { return ["(the log was rewritten)"] }
    return log.dropFirst(before.count).split(separator: UInt8(ascii: "\n")).map { line in
        ((try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any])?["type"] as? String ?? "(unreadable)"
    }.filter { $0 != "rosterChanged" }
}
