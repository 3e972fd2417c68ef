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
    ///
    /// Temp files that a killed run left (their process gone) are removed first. With
    /// `trustedFolder` (the data folder's own folders) the folder must pass
    /// `OpenFile.openTrusted`; an export goes wherever its user points it.
    static func replaceFile(_ url: URL, contents: [UInt8], trustedFolder: Bool = true,
                            afterStep: ((ReplaceStep) -> Void)? = nil) throws(LogFailure) {
        let folderPath = url.deletingLastPathComponent().path
        let folder = trustedFolder
            ? try OpenFile.openTrusted(folderPath, flags: O_RDONLY, folder: true)
            : try OpenFile.open(folderPath, flags: O_RDONLY | O_DIRECTORY)
        defer { folder.close() }
        let name = url.lastPathComponent
        removeStaleTemps(of: name, in: folder)
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

    /// Removes `name`'s temp files (`.<name>-<pid>-<random>.tmp`) whose process is gone.
    private static func removeStaleTemps(of name: String, in folder: OpenFile) {
        let prefix = tempPrefix(for: name)
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let fields = entry.dropFirst(prefix.count).dropLast(4).split(separator: "-")
            guard fields.count == 2, let pid = pid_t(fields[0]), !isRunning(pid) else { continue }
            unlinkat(folder.fd, entry, 0)
        }
    }

    /// Removes every temp file in `folder` whose name starts with `prefix` and whose process
    /// is gone, whatever file it was replacing: snapshots are named by sequence number, so a
    /// write killed for one name is never retried under that name.
    static func removeStaleTemps(in folder: URL, prefix: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
            let fields = entry.dropLast(4).split(separator: "-")
            guard fields.count >= 3, let pid = pid_t(fields[fields.count - 2]), !isRunning(pid) else { continue }
            unlink(folder.appendingPathComponent(entry).path)
        }
    }

    /// Whether process `pid` exists (a leftover of a running writer must stay).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }

    /// The start of the names of `name`'s temp files: `.<name>-`, so that a run killed
    /// mid-write leaves a file the next one recognises as its own leftover.
    static func tempPrefix(for name: String) -> String {
        ".\(name)-"
    }
}
