import Foundation
import Glibc

/// Creating files and folders so that they survive a crash: a new file is fsync'd and so
/// is the folder that names it, because until the folder is synced the new name itself
/// may vanish. Folders are 0750 and files 0640 whatever the umask: hall data is for the
/// HallDesk account and its group only.
enum DurableFiles {
    static let folderMode: mode_t = 0o750
    static let fileMode: mode_t = 0o640

    /// Flushes a folder's entries (new names, renames) to disk.
    static func syncFolder(_ url: URL) throws(LogFailure) {
        let folder = try OpenFile.open(url.path, flags: O_RDONLY | O_DIRECTORY)
        defer { folder.close() }
        try folder.sync()
    }

    /// Makes `url` a folder (0750) if it is not one yet, and syncs its parent if it made it.
    static func makeFolder(_ url: URL) throws(LogFailure) {
        if mkdir(url.path, folderMode) != 0 {
            guard errno == EEXIST else { throw LogFailure.from(errno: errno, operation: "mkdir", path: url.path) }
            return
        }
        guard chmod(url.path, folderMode) == 0 else { throw LogFailure.from(errno: errno, operation: "chmod", path: url.path) }
        try syncFolder(url.deletingLastPathComponent())
    }

    /// Creates a new file (never replacing one) with `contents`, synced, with its folder synced.
    static func createFile(_ url: URL, contents: [UInt8]) throws(LogFailure) {
        let file = try OpenFile.open(url.path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: fileMode)
        defer { file.close() }
        guard fchmod(file.fd, fileMode) == 0 else { throw LogFailure.from(errno: errno, operation: "fchmod", path: url.path) }
        try file.writeAll(contents)
        try file.sync()
        try syncFolder(url.deletingLastPathComponent())
    }

    /// Replaces `url` as a whole so a crash at any point leaves the old file or the new one:
    /// temp file in the same folder, write, fsync, rename, fsync the folder
    /// (`Data.write(options: .atomic)` skips the last step, so after a power cut the rename
    /// itself could be lost). `afterStep` is called after each step.
    static func replaceFile(_ url: URL, contents: [UInt8], afterStep: ((ReplaceStep) -> Void)? = nil) throws(LogFailure) {
        let folder = url.deletingLastPathComponent()
        let temp = folder.appendingPathComponent(".\(url.lastPathComponent)-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp")
        let file = try OpenFile.open(temp.path, flags: O_WRONLY | O_CREAT | O_EXCL, mode: fileMode)
        do throws(LogFailure) {
            defer { file.close() }
            guard fchmod(file.fd, fileMode) == 0 else { throw LogFailure.from(errno: errno, operation: "fchmod", path: temp.path) }
            try file.writeAll(contents)
            afterStep?(.tempWritten)
            try file.sync()
            afterStep?(.tempSynced)
        } catch {
            unlink(temp.path)
            throw error
        }
        guard rename(temp.path, url.path) == 0 else {
            let failure = LogFailure.from(errno: errno, operation: "rename", path: url.path)
            unlink(temp.path)
            throw failure
        }
        afterStep?(.renamed)
        try syncFolder(folder)
        afterStep?(.folderSynced)
    }
}
