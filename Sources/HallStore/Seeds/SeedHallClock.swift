import Foundation

/// The `[clock]` table of `hall.toml`: how long a switch-in on a shared terminal lasts, and
/// how far ahead of the machine's clock a record may be stamped. Both optional; a hall
/// without the table gets the defaults.
public struct SeedHallClock: Sendable, Equatable {
    /// How long `halldesk staff switch` (and F4 换人) holds: 4 hours by default, a half-day
    /// shift (the seeds' hall opens 08:30–12:00 and 14:00–17:30), so a member who walks
    /// away is not left signed in at the terminal through the next shift.
    public var switchLasts: TimeInterval
    /// See `HallEngine.aheadTolerance`.
    public var aheadTolerance: TimeInterval

    public static let defaults = SeedHallClock(switchLasts: 4 * 3600, aheadTolerance: LogClock.aheadTolerance)

    public init(switchLasts: TimeInterval, aheadTolerance: TimeInterval) {
        self.switchLasts = switchLasts
        self.aheadTolerance = aheadTolerance
    }

    private struct File: Decodable {
        var clock: Table?
    }

    private struct Table: Decodable {
        var switch_minutes: Int?
        var ahead_tolerance_minutes: Int?
    }

    public static func load(_ hallTOML: URL) throws(SeedError) -> SeedHallClock {
        guard let table = try SeedTOML.decode(File.self, from: hallTOML).clock else { return defaults }
        let name = hallTOML.lastPathComponent
        var loaded = defaults
        if let minutes = table.switch_minutes {
            guard (1...24 * 60).contains(minutes) else {
                throw SeedError(file: name, problem: "[clock] switch_minutes（换人有效分钟数）应在 1 到 1440 之间")
            }
            loaded.switchLasts = TimeInterval(minutes * 60)
        }
        if let minutes = table.ahead_tolerance_minutes {
            guard (0...60).contains(minutes) else {
                throw SeedError(file: name, problem: "[clock] ahead_tolerance_minutes（记录时间可超前本机时钟的分钟数）应在 0 到 60 之间")
            }
            loaded.aheadTolerance = TimeInterval(minutes * 60)
        }
        return loaded
    }
}
