import Glibc

/// Everything that can go wrong with the log, each with a Chinese message that says what
/// happened and what to do. When one is thrown the log file is as it was before the call.
public enum LogFailure: Error, Sendable, Equatable {
    /// The log moved on since the caller decided: catch up to `head` and decide again.
    case conflict(head: LogHead)
    /// The disk (or quota) is full; nothing was written.
    case diskFull
    /// The file or file system does not allow writing (read-only mount, `chattr +i`).
    case readOnly
    /// The user running HallDesk may not open the file.
    case permissionDenied
    /// The file or folder does not exist.
    case missing(path: String)
    /// The log this process opened is no longer at `path` (renamed, moved or deleted, maybe
    /// with another file put there). Nothing was written and no new log was created.
    case moved(path: String)
    /// A complete record is damaged (or the file shrank): corruption or tampering, never
    /// mistaken for a crash, so nothing is cut.
    case corrupt(seq: Int, line: Int, defect: RecordDefect)
    /// The disk did not confirm a write. The writer stops for good: a new one must re-open
    /// the log and re-check it from disk.
    case fsyncFailed
    /// A body is not one JSON object on one line.
    case notJSONObject
    /// An event version below 0, which the log's format cannot hold.
    case badVersion(Int)
    /// The derived state could not be encoded as JSON (a NaN or infinite number in it):
    /// no snapshot was written; start-up replays the log instead.
    case stateNotEncodable
    /// A data folder cannot be created where something already is.
    case folderNotEmpty(path: String)
    /// A folder that should be a data folder has no event log or no seeds.
    case notDataFolder(path: String)
    /// A whole day was to be written into a log that already has `records`.
    case logNotEmpty(path: String, records: Int)
    /// A file or folder in the data folder is not what it claims (a symbolic link, someone
    /// else's, writable by others): nothing was read from it or written to it.
    case untrusted(path: String, problem: UntrustedFile, folder: Bool)
    /// Any other system error, named by the operation and `errno`.
    case io(operation: String, code: Int32)
    /// The database server that keeps the log (PostgreSQL) could not be reached or refused
    /// the request; `detail` is its own words. An append cut off while committing may or may
    /// not have been kept: the log, read again, is what counts.
    case serverUnavailable(detail: String)

    /// What happened and what to do, in Chinese, without personal data.
    public var message: String {
        switch self {
        case .conflict(let head):
            return "其他终端刚写入了新记录（日志已到第 \(head.seq) 条），本次操作未保存。已读取最新状态，请确认后再操作一次。"
        case .diskFull:
            return "磁盘空间已满，本次操作未保存，日志保持原样。请清理磁盘或联系运维扩容后再试。"
        case .readOnly:
            return "日志文件当前只读（只读挂载或被设为不可修改），本次操作未保存。请联系运维恢复写权限后再试。"
        case .permissionDenied:
            return "没有读写日志文件的权限，本次操作未保存。请用正确的系统账号运行，或联系运维检查文件权限。"
        case .missing(let path):
            return "找不到文件或目录：\(path)。请检查数据目录设置；新营业厅请先运行 halldesk init。"
        case .moved(let path):
            return "日志文件 \(path) 已被移走、改名或删除（本终端打开的那份已不在原处）。本次操作未保存，也没有新建日志。请把原文件放回原处（放回后自动继续）；若只能从备份恢复，恢复后请重新启动 HallDesk。"
        case .corrupt(let seq, let line, let defect):
            return "日志第 \(line) 行（第 \(seq) 条记录）损坏：\(defect.reason)。这不是崩溃留下的半截写入，可能被篡改。已停止写入，日志未做任何改动。请立即联系管理员核查（运行 halldesk log verify）。"
        case .fsyncFailed:
            return "磁盘未能确认写入（fsync 失败），为防止数据丢失已停止写入。请检查磁盘后重新启动 HallDesk，它会重新核对日志。"
        case .notJSONObject:
            return "记录内容不是单行的 JSON 对象，未保存。这是程序错误，请联系开发人员。"
        case .badVersion(let version):
            return "事件版本号 \(version) 无效（必须是非负整数），未保存。这是程序错误，请联系开发人员。"
        case .stateNotEncodable:
            return "派生状态无法编码为 JSON（含有 NaN 或无穷大等数值），本次快照未写入，日志不受影响，下次启动会完整重放日志。这是程序错误，请联系开发人员。"
        case .folderNotEmpty(let path):
            return "目录已存在且不为空：\(path)（也可能是另一个 halldesk init 刚刚建好了它）。为免覆盖已有数据，未做任何改动。请换一个目录，或确认后手动清理。"
        case .notDataFolder(let path):
            return "目录 \(path) 不是 HallDesk 的数据目录（里面没有 events.log 或 seeds/）。未做任何改动。请换一个不存在的目录（会按 seeds 新建），或指向用 halldesk init 建立的数据目录。"
        case .logNotEmpty(let path, let records):
            return "数据目录 \(path) 的日志里已有 \(records) 条记录；把模拟的一天写进去会和真实记录混在一起。未做任何改动。请换一个不存在的目录，或用 halldesk init 新建一个。"
        case .untrusted(let path, let problem, let folder):
            return "\(path) \(problem.reason)。为安全起见，HallDesk 没有读写它，也没有改动任何文件。请\(problem.fix(path, folder: folder))，然后运行 halldesk doctor 复查。"
        case .serverUnavailable(let detail) where detail.hasPrefix("SQLSTATE 42501"):
            // insufficient_privilege: the login may read but not write (the bureau's role).
            return "数据库拒绝了写入：本登录只有查看权限（例如局协调用的只读账号 halldesk_bureau），本次操作未保存，日志未被改动（\(detail)）。请到该营业厅的终端、用营业厅的数据库账号办理；halldesk doctor 会列出本登录的权限。"
        case .serverUnavailable(let detail):
            return "连不上保存日志的数据库服务器，或服务器拒绝了本次请求（\(detail)）。本次操作没有得到服务器确认，已写入的日志不会被改动。请检查网络和数据库服务（halldesk doctor）；恢复后终端会重新读取日志，请以日志为准再操作。"
        case .io(let operation, let code):
            return "读写日志时系统报错（操作 \(operation)，错误码 \(code)：\(String(cString: strerror(code)))）。日志未做改动。请检查磁盘和文件系统，必要时联系运维。"
        }
    }

    /// The failure an `errno` from a file operation means.
    static func from(errno code: Int32, operation: String, path: String) -> LogFailure {
        switch code {
        case ENOSPC, EDQUOT: return .diskFull
        case EROFS, EPERM, ETXTBSY: return .readOnly
        case EACCES: return .permissionDenied
        case ENOENT: return .missing(path: path)
        default: return .io(operation: operation, code: code)
        }
    }
}
