/// Why the PIN file could not be read, written or used, in words an admin can act on.
public enum PinFailure: Error, Sendable, Equatable {
    case unreadable(String)
    case notAPin
    case file(LogFailure)
    /// The data folder has no `pin-secret`, so no PIN can be checked.
    case secretMissing(path: String)
    /// The `pin-secret` is there but must not be used (open to others, damaged).
    case secretUnusable(path: String, detail: String)

    public var message: String {
        switch self {
        case .unreadable(let detail): "PIN 文件 pins.json 无法读取：\(detail.hasSuffix("。") ? String(detail.dropLast()) : detail)。请系统管理员检查该文件，或删除后重新为各人设置 PIN"
        case .notAPin: "PIN 须为 \(PinFile.digits.lowerBound) 到 \(PinFile.digits.upperBound) 位数字，请重新输入"
        case .file(let failure): "PIN 文件无法写入：\(failure.message)"
        case .secretMissing(let path):
            "找不到 PIN 密钥文件 \(path)，无法核对 PIN。请系统管理员用 halldesk staff set-pin 为各人重新设置 PIN（第一次设置时会建立密钥文件）"
        case .secretUnusable(let path, let detail):
            "PIN 密钥文件 \(path) 不能使用：\(detail)。请系统管理员处理；若程序不是以 HallDesk 服务账号运行（setuid），也读不到它"
        }
    }
}
