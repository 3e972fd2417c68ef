/// Who the hall is and the figures every screen leans on, read from `seeds/hall.toml`.
public struct HallProfile: Sendable, Equatable, Codable {
    public var name: String
    public var station: String
    /// An IANA zone name such as `Asia/Shanghai`: business days and slip numbers follow
    /// local time there, whatever the machine's zone.
    public var timeZone: String
    /// The promised average wait at peak, in minutes (China Southern Grid: 15).
    public var waitTargetMinutes: Int
    public var openingHours: [OpeningPeriod]

    public init(name: String, station: String, timeZone: String, waitTargetMinutes: Int, openingHours: [OpeningPeriod]) {
        self.name = name
        self.station = station
        self.timeZone = timeZone
        self.waitTargetMinutes = waitTargetMinutes
        self.openingHours = openingHours
    }
}
