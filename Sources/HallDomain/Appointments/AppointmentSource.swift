/// Where an appointment (预约) was made: the State Grid app 网上国网, a phone call to the
/// hall, or at the hall itself for a later slot.
public enum AppointmentSource: String, Sendable, Equatable, Codable, CaseIterable {
    case onlineGrid
    case phone
    case onSite

    public var chineseName: String {
        switch self {
        case .onlineGrid: "网上国网"
        case .phone: "电话"
        case .onSite: "现场"
        }
    }

    /// Reads the Chinese name (as a CSV export or staff write it) or the stored name.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let source = AppointmentSource.allCases.first(where: {
            $0.chineseName == trimmed || $0.rawValue.lowercased() == trimmed.lowercased()
        }) else { return nil }
        self = source
    }
}
