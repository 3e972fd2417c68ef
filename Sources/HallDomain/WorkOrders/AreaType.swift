/// How far out the customer's area is: the fault-repair arrival deadline depends on it
/// (45 minutes in the city, 90 rural, 120 remote under the public commitment).
public enum AreaType: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case city, rural, remote

    public var chineseName: String {
        switch self {
        case .city: "城区"
        case .rural: "农村"
        case .remote: "边远"
        }
    }
}
