import Foundation
import Glibc

/// The data folder's `pin-secret`: 32 random bytes (a pepper) mixed into every PIN hash,
/// so that a copied `pins.json` cannot be guessed offline without it as well. Unlike every
/// other hall file it is 0600: readable by the HallDesk service account only (the binary
/// is setuid to it), never by the hall's group, who may read the rest of the folder.
///
/// Made by `init`; a hall made before it existed gets one at its first `staff set-pin`
/// (every PIN set before then is refused anyway and must be set again).
public enum PinSecret {
    public static let fileName = "pin-secret"
    public static let mode: mode_t = 0o600
    static let length = 32

    public static func url(in folder: URL) -> URL {
        folder.appendingPathComponent(fileName)
    }

    /// Creates the secret in `folder` (never replacing one), synced, 0600 whatever the umask.
    static func create(in folder: URL) throws(LogFailure) {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let url = url(in: folder)
        let file = try OpenFile.open(url.path, flags: O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, mode: mode)
        defer { file.close() }
        guard fchmod(file.fd, mode) == 0 else { throw LogFailure.from(errno: errno, operation: "fchmod", path: url.path) }
        try file.writeAll(bytes)
        try file.sync()
        try DurableFiles.syncFolder(folder)
    }

    /// The secret of `folder`. Refused when it is missing, not a plain file of the right
    /// size, or readable by anyone but its owner: a pepper others can read protects nothing.
    static func read(in folder: URL) throws(PinFailure) -> [UInt8] {
        let url = url(in: folder)
        let file: OpenFile
        do {
            file = try OpenFile.open(url.path, flags: O_RDONLY | O_NOFOLLOW)
        } catch .missing {
            throw .secretMissing(path: url.path)
        } catch {
            throw .secretUnusable(path: url.path, detail: error.message)
        }
        defer { file.close() }
        var info = stat()
        guard fstat(file.fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw .secretUnusable(path: url.path, detail: "不是普通文件")
        }
        guard info.st_mode & 0o077 == 0 else {
            throw .secretUnusable(path: url.path, detail: "权限为 0\(String(info.st_mode & 0o777, radix: 8))，同组或其他账号可读；须为 0600（chmod 600 '\(url.path)'），并重新设置所有 PIN")
        }
        let bytes: [UInt8]
        do {
            bytes = try file.read(from: 0, to: UInt64(length + 1))
        } catch {
            throw .secretUnusable(path: url.path, detail: error.message)
        }
        guard bytes.count == length else { throw .secretUnusable(path: url.path, detail: "长度不对，文件已损坏") }
        return bytes
    }

    /// The secret of `folder`, created first if the folder has none yet.
    static func readOrCreate(in folder: URL) throws(PinFailure) -> [UInt8] {
        do {
            return try read(in: folder)
        } catch .secretMissing {
            do {
                try create(in: folder)
            } catch .io(_, let code) where code == EEXIST {
                // Another set-pin made it at the same moment: use theirs.
            } catch {
                throw .file(error)
            }
            return try read(in: folder)
        }
    }
}
