import Foundation
import Glibc

/// Where a torn tail's bytes go before a writer cuts the log back: the `quarantine/`
/// folder beside the log. Nothing is ever silently dropped; an operator can inspect the
/// file, and the log's `logRepaired` record names it.
enum Quarantine {
    /// The folder for `logURL`'s quarantine files.
    static func folder(for logURL: URL) -> URL {
        logURL.deletingLastPathComponent().appendingPathComponent("quarantine", isDirectory: true)
    }

    /// What a quarantine file is called until the `logRepaired` record naming it is durable:
    /// a crash in between leaves a file that says it is not accounted for yet.
    static let pendingSuffix = ".pending"

    /// A quarantine file kept under its pending name by a repair that did not finish.
    struct Pending {
        /// The final name, without the pending suffix.
        let name: String
        /// Where in the log its bytes were cut from.
        let offset: UInt64
        let bytes: [UInt8]
    }

    /// Stores `bytes` (cut from `offset` of the log) durably as
    /// `quarantine/<UTC time>-<offset>.bin.pending` and returns the final name
    /// `<UTC time>-<offset>.bin`; `finish` gives the file that name once the log records it.
    /// The folder must be a real folder of the data folder's owner (`OpenFile.openTrusted`):
    /// a symbolic link there would make the writer put the log's bytes wherever it points.
    static func keep(_ bytes: [UInt8], from offset: UInt64, logURL: URL, at date: Date) throws(LogFailure) -> String {
        let folder = folder(for: logURL)
        try DurableFiles.makeFolder(folder)
        let name = "\(compactUTC(date))-\(offset).bin"
        try DurableFiles.createFile(name + pendingSuffix, in: folder, contents: bytes)
        return name
    }

    /// Gives the pending file `name` its final name, durably.
    static func finish(_ name: String, logURL: URL) throws(LogFailure) {
        let folder = try OpenFile.openTrusted(folder(for: logURL).path, flags: O_RDONLY, folder: true)
        defer { folder.close() }
        guard renameat(folder.fd, name + pendingSuffix, folder.fd, name) == 0 else {
            throw LogFailure.from(errno: errno, operation: "rename", path: folder.path + "/" + name)
        }
        try folder.sync()
    }

    /// Removes the pending file `name`: only when the log still holds its bytes.
    static func discard(_ name: String, logURL: URL) throws(LogFailure) {
        let folder = try OpenFile.openTrusted(folder(for: logURL).path, flags: O_RDONLY, folder: true)
        defer { folder.close() }
        guard unlinkat(folder.fd, name + pendingSuffix, 0) == 0 else {
            throw LogFailure.from(errno: errno, operation: "unlink", path: folder.path + "/" + name)
        }
        try folder.sync()
    }

    /// The pending files of repairs that did not finish, oldest first, in the quarantine
    /// folder at `path` (`folder(for:)`); none when there is no quarantine folder yet.
    static func pending(in path: String) throws(LogFailure) -> [Pending] {
        var info = stat()
        guard lstat(path, &info) == 0 else { return [] }
        let folder = try OpenFile.openTrusted(path, flags: O_RDONLY, folder: true)
        defer { folder.close() }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).filter { $0.hasSuffix(pendingSuffix) }.sorted()
        var found: [Pending] = []
        for file in names {
            let name = String(file.dropLast(pendingSuffix.count))
            guard name.hasSuffix(".bin"), let dash = name.lastIndex(of: "-"),
                  let offset = UInt64(name[name.index(after: dash)..<name.index(name.endIndex, offsetBy: -4)]) else { continue }
            let fd = openat(folder.fd, file, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { throw LogFailure.from(errno: errno, operation: "open", path: path + "/" + file) }
            let opened = OpenFile(fd: fd, path: path + "/" + file)
            defer { opened.close() }
            found.append(Pending(name: name, offset: offset, bytes: try opened.read(from: 0, to: try opened.size())))
        }
        return found
    }

    /// `20261123T013000.123Z`: sortable, and free of characters that trouble shells.
    private static func compactUTC(_ date: Date) -> String {
        let text = LogTimestamp.format(date, in: TimeZone(identifier: "UTC")!)
        return text.prefix(23).filter { $0 != "-" && $0 != ":" } + "Z"
    }
}
