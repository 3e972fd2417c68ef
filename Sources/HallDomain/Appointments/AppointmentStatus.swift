/// Where an appointment stands.
public enum AppointmentStatus: String, Sendable, Equatable, Codable, CaseIterable {
    case booked
    case cancelled
    case checkedIn
    /// Its check-in window passed without a check-in (失约).
    case missed

    public var chineseName: String {
        switch self {
        case .booked: "已预约"
        case .cancelled: "已取消"
        case .checkedIn: "已签到"
        case .missed: "失约"
        }
    }
}
