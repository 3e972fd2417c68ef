import Glibc

/// Opens a path, hands it all the bytes in one `write` and closes it. One write keeps a
/// receipt in one piece: two `file` printers appending at once cannot interleave lines,
/// and a printer device never sees half a job followed by another's. A write that takes
/// fewer bytes is reported, not continued, because the rest would print as a new job.
enum SingleWrite {
    /// `missing` is what ENOENT means for this caller: a missing folder or a missing device.
    static func write(_ bytes: [UInt8], to path: String, flags: Int32, missing: PrintFailure) throws(PrintFailure) {
        var fd: Int32
        repeat {
            fd = open(path, flags | O_WRONLY | O_NOCTTY | O_CLOEXEC, 0o640)
        } while fd < 0 && errno == EINTR
        guard fd >= 0 else { throw failure(errno, operation: "open", path: path, missing: missing) }
        // A file this may have created (printouts.txt) is hall data: 0640 whatever the umask.
        var info = stat()
        if flags & O_CREAT != 0, fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_mode & 0o7777 != 0o640 {
            _ = fchmod(fd, 0o640)
        }
        var written: Int
        repeat {
            written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        } while written < 0 && errno == EINTR
        let writeError = errno
        let closed = close(fd)
        let closeError = errno
        guard written >= 0 else { throw failure(writeError, operation: "write", path: path, missing: missing) }
        guard written == bytes.count else {
            throw PrintFailure.shortWrite(path: path, written: written, expected: bytes.count)
        }
        guard closed == 0 || closeError == EINTR else {
            throw failure(closeError, operation: "close", path: path, missing: missing)
        }
    }

    private static func failure(_ code: Int32, operation: String, path: String, missing: PrintFailure) -> PrintFailure {
        switch code {
        case ENOENT: return missing
        case EACCES, EPERM: return .permissionDenied(path: path)
        case ENODEV, ENXIO, EIO: return .printerNotResponding(path: path)
        default: return .io(operation: operation, path: path, code: code)
        }
    }
}
