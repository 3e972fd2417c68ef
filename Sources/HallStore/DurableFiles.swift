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
}
