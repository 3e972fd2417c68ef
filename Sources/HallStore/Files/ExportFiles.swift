import Foundation
import Glibc

/// Writing reports (Markdown, HTML, a folder of CSV files) where the user asks: 0640
/// whatever the umask, and never half there. A file is replaced as a whole (temp, rename);
/// a new folder is filled under a temporary name beside it and renamed into place, so a
/// run killed midway leaves no partial folder, and what it left is removed by the next run.
public enum ExportFiles {
    /// Replaces the file at `url` with `bytes`, 0640.
    public static func write(_ bytes: [UInt8], to url: URL) throws(LogFailure) {
        try DurableFiles.replaceFile(url, contents: bytes, trustedFolder: false)
    }

    /// Writes each `(name, bytes)` into `folder`: into a new folder as a whole, into an
    /// existing one file by file (each whole).
    public static func write(_ files: [(name: String, bytes: [UInt8])], into folder: URL) throws(LogFailure) {
        let parent = folder.deletingLastPathComponent()
        let prefix = ".\(folder.lastPathComponent).writing-"
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where entry.hasPrefix(prefix) {
            if let pid = pid_t(entry.dropFirst(prefix.count)), !DurableFiles.isRunning(pid) {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(entry))
            }
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue {
            for file in files { try write(file.bytes, to: folder.appendingPathComponent(file.name)) }
            return
        }
        let staging = parent.appendingPathComponent(prefix + "\(getpid())")
        do throws(LogFailure) {
            guard mkdir(staging.path, DurableFiles.folderMode) == 0, chmod(staging.path, DurableFiles.folderMode) == 0 else {
                throw LogFailure.from(errno: errno, operation: "mkdir", path: staging.path)
            }
            for file in files { try write(file.bytes, to: staging.appendingPathComponent(file.name)) }
            guard rename(staging.path, folder.path) == 0 else {
                throw LogFailure.from(errno: errno, operation: "rename", path: folder.path)
            }
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }
}
