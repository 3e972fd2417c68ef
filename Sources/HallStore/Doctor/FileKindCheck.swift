import Foundation
import Glibc

/// Every entry of the data folder must be what it claims: a real file or folder (never a
/// symbolic link, which would turn a writer running as the service account against what
/// it points to) owned by the data folder's owner. Writers refuse anything else
/// (`OpenFile.openTrusted`); this check names it beforehand, with the fix. Group or other
/// write permission is `ModeCheck`'s finding.
public enum FileKindCheck {
    public static func run(folder: URL) -> DoctorFinding {
        var owner = stat()
        guard lstat(folder.path, &owner) == 0 else {
            return DoctorFinding(check: "文件类型与属主", key: "file-kinds", level: .problem, detail: "读不到数据目录 \(folder.path)")
        }
        var wrong: [(path: String, problem: UntrustedFile, folder: Bool)] = []
        walk(folder, owner: owner.st_uid) { wrong.append(($0, $1, $2)) }
        guard !wrong.isEmpty else {
            return DoctorFinding(check: "文件类型与属主", key: "file-kinds", level: .ok,
                                 detail: "数据目录里都是属于同一账号的普通文件和目录，没有符号链接")
        }
        let listed = wrong.prefix(5).map { "\($0.path) \($0.problem.reason)" }.joined(separator: "；")
        let more = wrong.count > 5 ? "；另有 \(wrong.count - 5) 项" : ""
        return DoctorFinding(
            check: "文件类型与属主", key: "file-kinds", level: .problem,
            detail: "HallDesk 拒绝读写这些文件（可能有人借此让 HallDesk 改写别处的文件）：" + listed + more,
            fix: wrong.prefix(5).map { $0.problem.fix($0.path, folder: $0.folder) }.joined(separator: "；")
        )
    }

    /// Calls `each` for every entry under `url` that is not a plain file or folder of
    /// `owner`, without following symbolic links.
    private static func walk(_ url: URL, owner: uid_t, _ each: (String, UntrustedFile, Bool) -> Void) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
        for name in names.sorted() {
            let path = url.appendingPathComponent(name)
            var info = stat()
            guard lstat(path.path, &info) == 0 else { continue }
            let kind = info.st_mode & S_IFMT
            if kind == S_IFLNK {
                each(path.path, .symlink, false)
            } else if kind != S_IFREG && kind != S_IFDIR {
                each(path.path, .notRegularFile, false)
            } else if info.st_uid != owner {
                each(path.path, .foreignOwner(owner: info.st_uid, expected: owner), kind == S_IFDIR)
            } else if kind == S_IFDIR {
                walk(path, owner: owner, each)
            }
        }
    }
}
