import Foundation
import Glibc

/// Whether the log could take a write right now, found out without writing anything.
///
/// A console asks every couple of seconds, so a full disk or a read-only log shows in a
/// banner before anyone presses a key, and the banner goes by itself once the cause is
/// gone. The probe opens the log for appending *without* `O_CREAT` (a missing log stays
/// missing), never through a symbolic link, and asks `statvfs` how much room is left.
public enum LogHealth {
    /// Below this much free space an append of an ordinary batch may fail: the disk counts
    /// as full. A day's records are a few hundred kilobytes, so this is minutes of work.
    public static let minimumFreeBytes: UInt64 = 64 * 1024

    /// The failure an append would meet now, or nil when the log is writable and has room.
    public static func problem(log url: URL, minimumFree: UInt64 = minimumFreeBytes) -> LogFailure? {
        let file: OpenFile
        do throws(LogFailure) {
            file = try OpenFile.openTrusted(url.path, flags: O_WRONLY | O_APPEND)
        } catch {
            return error
        }
        defer { file.close() }
        guard let free = freeBytes(at: url.deletingLastPathComponent()) else { return nil }
        return free < minimumFree ? .diskFull : nil
    }

    /// Bytes an unprivileged writer may still use on the file system holding `folder`.
    public static func freeBytes(at folder: URL) -> UInt64? {
        var info = statvfs()
        guard statvfs(folder.path, &info) == 0 else { return nil }
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    /// What a banner says while `failure` stands: the file, that this terminal only reads
    /// for now, and what to do. Unlike `LogFailure.message` it speaks of a state, not of one
    /// action that failed.
    public static func banner(_ failure: LogFailure, log url: URL) -> String {
        let path = url.path
        switch failure {
        case .diskFull:
            let free = freeBytes(at: url.deletingLastPathComponent()).map { "（剩余 \($0 / 1024) KiB）" } ?? ""
            return "磁盘已满\(free)：日志 \(path) 暂不能写入，操作会被拒绝，可以照常查看。请清理该磁盘或扩容；空间恢复后自动继续，无需重启。"
        case .readOnly:
            return "日志 \(path) 当前只读（只读挂载或被设为不可修改）：操作会被拒绝，可以照常查看。请运维恢复写权限；恢复后自动继续，无需重启。"
        case .permissionDenied:
            return "没有写日志 \(path) 的权限：操作会被拒绝。请用 HallDesk 的系统账号运行，或请运维检查权限（halldesk doctor 会给出修复命令）。"
        case .missing, .moved:
            return "日志 \(path) 已被移走、改名或删除：已停止写入，未新建日志。请把原文件放回原处（放回后自动继续）；若从备份恢复，请重启 HallDesk。"
        default:
            return "日志 \(path) 暂不能写入：\(failure.message)"
        }
    }
}
