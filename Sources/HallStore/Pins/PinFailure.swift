/// Why the PIN file could not be read, written or used, in words an admin can act on.
public enum PinFailure: Error, Sendable, Equatable {
    case unreadable(String)
    case notAPin
    case file(LogFailure)

    public var message: String {
        switch self {
        case .unreadable(let detail): "PIN 文件 pins.json 无法读取：\(detail)。请系统管理员检查该文件，或删除后重新为各人设置 PIN"
        case .notAPin: "PIN 须为 4 到 8 位数字，请重新输入"
        case .file(let failure): "PIN 文件无法写入：\(failure.message)"
        }
    }
}
