/// Why a department sends an order back (回退): only a wrong address, category or owner.
public enum ReturnReason: String, Sendable, Equatable, Codable, CaseIterable {
    case wrongAddress, wrongCategory, wrongOwner

    public var chineseName: String {
        switch self {
        case .wrongAddress: "地址有误"
        case .wrongCategory: "分类有误"
        case .wrongOwner: "不属本部门"
        }
    }
}
