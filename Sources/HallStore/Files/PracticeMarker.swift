import Foundation
import Glibc

/// The mark of a data folder made for practice, tests or simulation (`init --practice`,
/// `simulate --log`, `demo`): only there may `HALLDESK_NOW` set the clock and
/// `HALLDESK_TERMINAL` name the terminal. A live hall's folder never has it, so no login
/// can choose the time or the terminal its records carry.
///
/// The mark counts only if it is what `DataFolder.create` writes: a regular file (not a
/// symlink) with exactly `text`, owned by the folder's owner and writable by nobody else,
/// in a folder nobody else can write to. A login of the hall's group can therefore not
/// add it to a live folder; the service account's own commands never write it there.
public enum PracticeMarker {
    public static let name = "practice"
    static let text = "HallDesk practice folder: HALLDESK_NOW and HALLDESK_TERMINAL are honoured here. Never a live hall.\n"

    /// Whether `folder` carries a valid mark.
    public static func isPresent(in folder: DataFolder) -> Bool {
        let url = folder.url.appendingPathComponent(name)
        var folderStat = stat(), markStat = stat()
        guard lstat(folder.url.path, &folderStat) == 0, folderStat.st_mode & S_IFMT == S_IFDIR,
              folderStat.st_mode & 0o022 == 0,
              lstat(url.path, &markStat) == 0, markStat.st_mode & S_IFMT == S_IFREG,
              markStat.st_uid == folderStat.st_uid, markStat.st_mode & 0o022 == 0,
              markStat.st_size == off_t(text.utf8.count) else { return false }
        let fd = open(url.path, O_RDONLY | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: text.utf8.count + 1)
        return read(fd, &bytes, bytes.count) == text.utf8.count && Array(bytes.prefix(text.utf8.count)) == Array(text.utf8)
    }

    /// Writes the mark into a folder being made (before it is renamed into place).
    static func write(in folder: DataFolder) throws(LogFailure) {
        try DurableFiles.createFile(folder.url.appendingPathComponent(name), contents: Array(text.utf8))
    }
}
