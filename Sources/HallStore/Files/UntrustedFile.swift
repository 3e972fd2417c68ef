import Glibc

/// Why a file or folder in the data folder is not what it claims to be: a symbolic link
/// (which would turn a writer running as the service account against whatever it points
/// to), something other than a plain file or folder, someone else's, or writable by
/// others. HallDesk neither reads nor writes such a thing (see `OpenFile.openTrusted`).
public enum UntrustedFile: Sendable, Equatable {
    case symlink
    case notRegularFile
    case notFolder
    /// Owned by `owner`, while the folder holding it belongs to `expected`.
    case foreignOwner(owner: UInt32, expected: UInt32)
    /// Writable by the group or by everyone (`mode`, permission bits only).
    case writableByOthers(mode: UInt32)

    /// What is wrong, in Chinese.
    public var reason: String {
        switch self {
        case .symlink: return "是符号链接（指向别处），不是真正的文件或目录"
        case .notRegularFile: return "不是普通文件（可能是目录、设备或管道）"
        case .notFolder: return "不是目录"
        case .foreignOwner(let owner, let expected): return "属主是 uid \(owner)，而所在目录属于 uid \(expected)"
        case .writableByOthers(let mode): return "权限为 0\(String(mode, radix: 8))，同组或其他账号可以改写"
        }
    }

    /// The command or step that puts `path` right.
    public func fix(_ path: String, folder: Bool) -> String {
        switch self {
        case .symlink, .notRegularFile, .notFolder:
            return "查明是谁放的，删除它（rm '\(path)'）并放回原来的\(folder ? "目录" : "文件")（可从备份恢复）"
        case .foreignOwner(_, let expected):
            return "改回数据目录的属主：chown \(expected) '\(path)'"
        case .writableByOthers:
            return "收紧权限：chmod \(folder ? "0750" : "0640") '\(path)'"
        }
    }
}
