/// Where an order came in. An order from the 95598 call centre also carries its 95598 number.
public enum WorkOrderSource: String, Sendable, Equatable, Hashable, Codable, CaseIterable {
    case hotline95598, hall, phone, letter, media, online

    public var chineseName: String {
        switch self {
        case .hotline95598: "95598"
        case .hall: "营业厅"
        case .phone: "来电"
        case .letter: "来信"
        case .media: "媒体"
        case .online: "网上"
        }
    }
}
