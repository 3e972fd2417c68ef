import Glibc

/// Why a receipt did not print, with a Chinese message for the guide at the door that
/// says what happened and what to do. Messages name paths and queues from the
/// configuration, never what was on the receipt.
public enum PrintFailure: Error, Sendable, Equatable {
    /// The `[printer]` table of hall.toml cannot be used; `problem` says which setting.
    case badConfig(problem: String)
    /// This system's iconv has no GB18030 converter (glibc's gconv modules are missing).
    case encodingUnavailable
    /// iconv refused the text; `code` is its `errno`.
    case encodingFailed(code: Int32)
    /// The folder for the `file` printer's output does not exist.
    case folderMissing(path: String)
    /// The `escpos` printer's device does not exist (unplugged, or another path).
    case deviceMissing(path: String)
    /// The printer's device is there but does not answer (switched off, out of paper).
    case printerNotResponding(path: String)
    /// The account running HallDesk may not write to the file or device.
    case permissionDenied(path: String)
    /// The device took only part of the receipt in its one write.
    case shortWrite(path: String, written: Int, expected: Int)
    /// Any other system error, named by the operation and `errno`.
    case io(operation: String, path: String, code: Int32)
    /// No `lp` command on this system's PATH: CUPS is not installed.
    case lpMissing
    /// `lp` ran and failed (exit `status`, or -1 when it could not be started); `detail` is
    /// its error output.
    case lpFailed(status: Int32, detail: String)

    public var message: String {
        let retry = "本次未打印，处理后请重新打印。"
        switch self {
        case .badConfig(let problem):
            return "打印机设置（hall.toml 的 [printer] 表）有误：\(problem)。请改正后重新启动 HallDesk。"
        case .encodingUnavailable:
            return "本机缺少 GB18030 中文编码转换（iconv），无法生成打印内容。\(retry)请联系运维安装完整的 glibc 字符集模块（gconv）。"
        case .encodingFailed(let code):
            return "转换为 GB18030 中文编码时出错（错误码 \(code)：\(describe(code))）。\(retry)这是程序错误，请联系开发人员。"
        case .folderMissing(let path):
            return "找不到打印输出文件所在的目录：\(path)。\(retry)请创建该目录，或改正 hall.toml [printer] 中的 path。"
        case .deviceMissing(let path):
            return "找不到打印机设备 \(path)。\(retry)请检查打印机电源和 USB 线是否接好；如设备名不同，请改正 hall.toml [printer] 中的 path。"
        case .printerNotResponding(let path):
            return "打印机（\(path)）没有响应，可能未开机、缺纸、纸仓未合上或连接已断开。\(retry)"
        case .permissionDenied(let path):
            return "当前系统账号没有写入 \(path) 的权限。\(retry)请联系运维：打印机设备一般需把账号加入 lp 组；文件需检查目录权限。"
        case .shortWrite(let path, let written, let expected):
            return "打印机（\(path)）只接收了 \(written)/\(expected) 字节，小票可能不完整。请撕下后重新打印，并检查打印机连接。"
        case .io(let operation, let path, let code):
            return "打印时系统报错（\(operation) \(path)，错误码 \(code)：\(describe(code))）。\(retry)请检查打印机和磁盘，必要时联系运维。"
        case .lpMissing:
            return "没有找到 lp 命令（本机未安装 CUPS 打印系统）。\(retry)请联系运维安装 CUPS 客户端并配置打印队列，或在 hall.toml [printer] 改用 kind = \"escpos\" 直连打印机。"
        case .lpFailed(let status, let detail):
            let shown = detail.isEmpty ? "无错误输出" : detail
            return "打印队列拒绝了打印任务（lp 退出码 \(status)：\(shown)）。\(retry)请检查 hall.toml [printer] 中的 queue 是否正确、打印机是否在线（可运行 lpstat -p 查看）。"
        }
    }

    private func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
