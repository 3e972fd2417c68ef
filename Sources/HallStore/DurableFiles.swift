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

    /// Makes `url` a folder (0750) if nothing is there yet, and syncs its parent if it made
    /// it. Something already there is left as it is: whoever writes into it opens it with
    /// `OpenFile.openTrusted`, which refuses a symbolic link.
    static func makeFolder(_ url: URL) throws(LogFailure) {
        if mkdir(url.path, folderMode) != 0 {
            guard errno == EEXIST else { throw LogFailure.from(errno: errno, operation: "mkdir", path: url.path) }
            return
        }
        guard chmod(url.path, folderMode) == 0 else { throw LogFailure.from(errno: errno, operation: "chmod", path: url.path) }
        try syncFolder(url.deletingLastPathComponent())
    }

    /// Creates the new file `name` (never replacing one) in `folder`, which must be a real
    /// folder of its parent's owner, with `contents`, synced, with the folder synced.
    static func createFile(_ name: String, in folder: URL, contents: [UInt8]) throws(LogFailure) {
        let holder = try OpenFile.openTrusted(folder.path, flags: O_RDONLY, folder: true)
        defer { holder.close() }
        let path = folder.appendingPathComponent(name).path
        let fd = openat(holder.fd, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw LogFailure.from(errno: errno, operation: "open", path: path) }
        let file = OpenFile(fd: fd, path: path)
        defer { file.close() }
        guard fchmod(fd, fileMode) == 0 else { throw LogFailure.from(errno: errno, operation: "fchmod", path: path) }
        try file.writeAll(contents)
        try file.sync()
        try holder.sync()
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
        let folder = try OpenFile.openTrusted(url.deletingLastPathComponent().path, flags: O_RDONLY, folder: true)
        defer { folder.close() }
        let name = url.lastPathComponent
        let tempName = "\(tempPrefix(for: name))\(getpid())-\(UInt32.random(in: 0...UInt32.max)).tmp"
        let tempPath = url.deletingLastPathComponent().appendingPathComponent(tempName).path
        let fd = openat(folder.fd, tempName, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, fileMode)
        guard fd >= 0 else { throw LogFailure.from(errno: errno, operation: "open", path: tempPath) }
        let file = OpenFile(fd: fd, path: tempPath)
        do throws(LogFailure) {
            defer { file.close() }
            guard fchmod(file.fd, fileMode) == 0 else { throw LogFailure.from(errno: errno, operation: "fchmod", path: tempPath) }
            try file.writeAll(contents)
            afterStep?(.tempWritten)
            try file.sync()
            afterStep?(.tempSynced)
        } catch {
            unlinkat(folder.fd, tempName, 0)
            throw error
        }
        guard renameat(folder.fd, tempName, folder.fd, name) == 0 else {
            let failure = LogFailure.from(errno: errno, operation: "rename", path: url.path)
            unlinkat(folder.fd, tempName, 0)
            throw failure
        }
        afterStep?(.renamed)
        try folder.sync()
        afterStep?(.folderSynced)
    }

    /// The start of the names of `name`'s temp files: `.<name>-`, so that a run killed
    /// mid-write leaves a file the next one recognises as its own leftover.
    static func tempPrefix(for name: String) -> String {
        ".\(name)-"
    }
}
