import Foundation
import Glibc

/// Whether the printer `hall.toml` names can be reached now, without printing: the file
/// (or its folder) writable, the CUPS queue known to `lpstat`, the device present and
/// writable. A slip is recorded even when printing fails, so this is what tells the guide
/// in the morning rather than at the first customer.
public enum PrinterCheck {
    public static func run(_ loading: Result<PrinterConfig?, SeedError>, searchPath: String) -> DoctorFinding {
        let config: PrinterConfig?
        switch loading {
        case .failure(let error):
            return finding(.problem, "打印设置有误：\(error.description)", fix: "改正数据目录 seeds/hall.toml 的 [printer] 一节")
        case .success(let loaded):
            config = loaded
        }
        guard let config else { return finding(.ok, "未配置打印机：小票和一次性告知单只显示、不打印") }
        switch config.destination {
        case .file(let path):
            if FileManager.default.fileExists(atPath: path) {
                return access(path, W_OK) == 0 ? finding(.ok, "文件打印 \(path) 可写")
                    : finding(.problem, "文件打印 \(path) 不可写", fix: "chmod 0640 '\(path)'，并确认属主是运行 HallDesk 的账号")
            }
            let folder = (path as NSString).deletingLastPathComponent
            return access(folder, W_OK) == 0 ? finding(.ok, "文件打印 \(path) 尚未建立，所在目录可写")
                : finding(.problem, "文件打印的目录 \(folder) 不存在或不可写", fix: "mkdir -p '\(folder)'，或改 hall.toml 的 printer.path")
        case .escpos(let device):
            guard FileManager.default.fileExists(atPath: device) else {
                return finding(.problem, "打印机设备 \(device) 不存在：未接上、未开机或设备名不对", fix: "检查打印机的线和电源，ls /dev/usb/ 查看设备名")
            }
            return access(device, W_OK) == 0 ? finding(.ok, "打印机设备 \(device) 存在且可写")
                : finding(.problem, "打印机设备 \(device) 不可写", fix: "把运行 HallDesk 的账号加入 lp 组（usermod -aG lp 账号）后重新登录")
        case .lp(let queue):
            return lpQueue(queue, searchPath: searchPath)
        }
    }

    private static func lpQueue(_ queue: String, searchPath: String) -> DoctorFinding {
        guard let lpstat = searchPath.split(separator: ":").map({ URL(fileURLWithPath: String($0)).appendingPathComponent("lpstat") })
            .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            return finding(.problem, "找不到 lpstat：本机没有 CUPS 客户端，无法打印到队列 \(queue)", fix: "apt-get install cups-client")
        }
        let process = Process()
        process.executableURL = lpstat
        process.arguments = ["-p", queue]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            process.waitUntilExit()
        } catch {
            return finding(.problem, "无法运行 \(lpstat.path)", fix: "检查 CUPS 客户端的安装")
        }
        return process.terminationStatus == 0 ? finding(.ok, "CUPS 队列 \(queue) 存在")
            : finding(.problem, "CUPS 里没有队列 \(queue)（或 CUPS 服务未运行）", fix: "lpstat -p 查看已有队列；lpadmin 添加该队列或改 hall.toml 的 printer.queue")
    }

    private static func finding(_ level: DoctorFinding.Level, _ detail: String, fix: String? = nil) -> DoctorFinding {
        DoctorFinding(check: "打印机", key: "printer", level: level, detail: detail, fix: fix)
    }
}
