/// The log's RFC 3339 timestamps shortened for people, in the log's own local time:
/// `2026-11-23T09:30:05.123+08:00` → `2026-11-23 09:30:05` (or `… 09:30`).
public enum ReadableTime {
    public static func of(_ timestamp: String, seconds: Bool = true) -> String {
        let length = seconds ? 19 : 16
        guard timestamp.count >= length else { return timestamp }
        return String(timestamp.prefix(length)).replacingOccurrences(of: "T", with: " ")
    }
}
