import Foundation

/// Instants inside event bodies (due times) as RFC 3339 UTC text, so a log line read with
/// `jq` says when, rather than a count of seconds since 2001.
enum InstantText {
    static func text(_ date: Date) -> String {
        ISO8601DateFormatter().string(from: date)
    }

    static func date(_ text: String) -> Date? {
        ISO8601DateFormatter().date(from: text)
    }
}
