import Foundation
import Glibc

/// The data folder keeps hall data to the HallDesk account and its group: folders 0750,
/// files 0640 (see `DurableFiles`), the PIN secret 0600 (see `PinSecret`). Anything more
/// open lets every login on the machine read customers' phone numbers or rewrite the log
/// (or, for the secret, lets the group guess PINs offline); anything stricter locks out
/// the group's readers (the manager's panel under another login).
public enum ModeCheck {
    public static func run(folder: URL) -> DoctorFinding {
        var wrong: [(path: String, mode: mode_t, expected: mode_t)] = []
        let secret = PinSecret.url(in: folder).path
        walk(folder) { path, mode, isFolder in
            let expected = isFolder ? DurableFiles.folderMode : path == secret ? PinSecret.mode : DurableFiles.fileMode
            if mode & 0o7777 != expected { wrong.append((path, mode & 0o7777, expected)) }
        }
        guard !wrong.isEmpty else {
            return DoctorFinding(check: "文件权限", key: "modes", level: .ok, detail: "数据目录及其中文件的权限均为 0750/0640")
        }
        let open = wrong.contains { $0.mode & ~$0.expected != 0 }
        let listed = wrong.prefix(5).map { "\($0.path) 为 \(octal($0.mode))，应为 \(octal($0.expected))" }.joined(separator: "；")
        let more = wrong.count > 5 ? "；另有 \(wrong.count - 5) 项" : ""
        let fix = wrong.count <= 3
            ? wrong.map { "chmod \(octal($0.expected)) '\($0.path)'" }.joined(separator: " && ")
            : "find '\(folder.path)' -type d -exec chmod 0750 {} + && find '\(folder.path)' -type f ! -name \(PinSecret.fileName) -exec chmod 0640 {} + && chmod 0600 '\(secret)'"
        return DoctorFinding(
            check: "文件权限", key: "modes", level: open ? .problem : .warning,
            detail: (open ? "权限过宽，其他账号可读写营业厅数据：" : "权限比规定更严，同组账号可能读不到：") + listed + more,
            fix: fix
        )
    }

    private static func octal(_ mode: mode_t) -> String {
        "0" + String(mode, radix: 8)
    }

    /// Calls `each` for `url` and everything under it, not following symbolic links.
    private static func walk(_ url: URL, _ each: (String, mode_t, Bool) -> Void) {
        var info = stat()
        guard lstat(url.path, &info) == 0 else { return }
        let isFolder = info.st_mode & S_IFMT == S_IFDIR
        guard isFolder || info.st_mode & S_IFMT == S_IFREG else { return }
        each(url.path, info.st_mode, isFolder)
        guard isFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return }
        for name in names.sorted() { walk(url.appendingPathComponent(name), each) }
    }
}
