import Foundation

/// The PINs of shared terminals can be checked: the folder's secret is there and private,
/// `pins.json` reads, and every entry is of the current kind (bound to its member and the
/// secret). An entry of the old kind is refused at every switch, so its member is named
/// with the command that sets a new PIN.
public enum PinFileCheck {
    public static func run(folder: DataFolder) -> DoctorFinding {
        let pins = PinFile(folder: folder)
        let entries: [String: PinHash]
        do {
            entries = try pins.hashes()
        } catch {
            return DoctorFinding(check: "PIN", key: "pins", level: .problem, detail: error.message,
                                 fix: "rm '\(pins.url.path)'，再由各人重新 halldesk staff set-pin")
        }
        do {
            _ = try PinSecret.read(in: folder.url)
        } catch .secretMissing(let path) {
            guard !entries.isEmpty else {
                return DoctorFinding(check: "PIN", key: "pins", level: .ok, detail: "尚未设置任何 PIN（第一次 staff set-pin 时建立密钥文件）")
            }
            return DoctorFinding(check: "PIN", key: "pins", level: .warning,
                                 detail: "PIN 密钥文件 \(path) 不存在：已设置的 \(entries.count) 个 PIN 都无法核对，换人会被拒绝",
                                 fix: "halldesk staff set-pin 工号（每人一次，第一次会建立密钥文件）")
        } catch {
            return DoctorFinding(check: "PIN", key: "pins", level: .problem, detail: error.message)
        }
        let outdated = entries.filter { !$0.value.isCurrent }.keys.sorted()
        guard outdated.isEmpty else {
            return DoctorFinding(check: "PIN", key: "pins", level: .warning,
                                 detail: "\(outdated.joined(separator: "、")) 的 PIN 是旧版本设置的（4 位或未与工号绑定），换人时会被拒绝",
                                 fix: outdated.prefix(3).map { "halldesk staff set-pin \($0)" }.joined(separator: "；"))
        }
        return DoctorFinding(check: "PIN", key: "pins", level: .ok,
                             detail: "\(entries.count) 人已设置 PIN；散列含工号与只有服务账号可读的密钥（0600）")
    }
}
