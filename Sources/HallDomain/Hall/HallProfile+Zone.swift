import Foundation

extension HallProfile {
    /// The hall's zone. The seed loader refuses an unknown zone name, so the +08:00
    /// fallback only serves a profile built by hand; one place decides it for every caller.
    public var zone: TimeZone {
        TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 8 * 3600)!
    }
}
