import Glibc

/// A file descriptor with the few system calls the log needs, each turning `errno` into a
/// `LogFailure`. Plain POSIX calls rather than FileHandle: the log depends on checking
/// every `write`, `O_APPEND`, `flock` and `fdatasync`, and must see every error code.
struct OpenFile {
    let fd: Int32
    let path: String

    static func open(_ path: String, flags: Int32, mode: mode_t = 0o640) throws(LogFailure) -> OpenFile {
        let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
        guard fd >= 0 else { throw LogFailure.from(errno: errno, operation: "open", path: path) }
        return OpenFile(fd: fd, path: path)
    }

    /// Opens `path` in the data folder as what it must be: never through a symbolic link
    /// (`O_NOFOLLOW`), and checked by descriptor (`fstat`, so nothing can be swapped in
    /// between the check and the use) to be a regular file (or with `folder`, a folder),
    /// owned by the owner of the folder holding it, and not writable by group or others.
    /// Anything else is `.untrusted` and is not read or written.
    static func openTrusted(_ path: String, flags: Int32, mode: mode_t = 0o640, folder: Bool = false) throws(LogFailure) -> OpenFile {
        let parent = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)])
        var holder = stat()
        guard stat(parent.isEmpty ? "." : parent, &holder) == 0 else {
            throw LogFailure.from(errno: errno, operation: "stat", path: path)
        }
        let fd = Glibc.open(path, flags | O_NOFOLLOW | O_CLOEXEC | (folder ? O_DIRECTORY : 0), mode)
        guard fd >= 0 else {
            let code = errno
            var link = stat()
            if code == ELOOP || (code == ENOTDIR && lstat(path, &link) == 0 && link.st_mode & S_IFMT == S_IFLNK) {
                throw LogFailure.untrusted(path: path, problem: .symlink, folder: folder)
            }
            if code == ENOTDIR, folder { throw LogFailure.untrusted(path: path, problem: .notFolder, folder: folder) }
            throw LogFailure.from(errno: code, operation: "open", path: path)
        }
        let file = OpenFile(fd: fd, path: path)
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            file.close()
            throw LogFailure.from(errno: errno, operation: "fstat", path: path)
        }
        let problem: UntrustedFile?
        if info.st_mode & S_IFMT != (folder ? S_IFDIR : S_IFREG) {
            problem = folder ? .notFolder : .notRegularFile
        } else if info.st_uid != holder.st_uid {
            problem = .foreignOwner(owner: info.st_uid, expected: holder.st_uid)
        } else if info.st_mode & 0o022 != 0 {
            problem = .writableByOthers(mode: info.st_mode & 0o7777)
        } else {
            problem = nil
        }
        if let problem {
            file.close()
            throw LogFailure.untrusted(path: path, problem: problem, folder: folder)
        }
        return file
    }

    func close() {
        _ = Glibc.close(fd)
    }

    /// Size and modification time, from one `fstat`.
    func status() throws(LogFailure) -> (size: UInt64, modified: timespec) {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw failure("fstat") }
        return (UInt64(info.st_size), info.st_mtim)
    }

    /// Throws `.moved` unless `path` still names this open file (same device and inode).
    /// An open descriptor keeps working after its file is renamed or deleted, so without
    /// this check a writer would go on appending to a file nobody else reads any more.
    /// Returns the open file's size from the same `fstat`: an append asks for both, under
    /// its lock, and each system call is a visible share of a 60 µs durable write.
    @discardableResult
    func checkStillNamed() throws(LogFailure) -> UInt64 {
        var named = stat()
        var open = stat()
        guard fstat(fd, &open) == 0 else { throw failure("fstat") }
        guard fstatat(AT_FDCWD, path, &named, AT_SYMLINK_NOFOLLOW) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw LogFailure.moved(path: path) }
            throw failure("stat")
        }
        guard named.st_dev == open.st_dev, named.st_ino == open.st_ino else { throw LogFailure.moved(path: path) }
        return UInt64(open.st_size)
    }

    func size() throws(LogFailure) -> UInt64 {
        try status().size
    }

    /// Reads up to `buffer.count` bytes at `offset`; fewer only at the end of the file.
    func read(at offset: UInt64, into buffer: UnsafeMutableRawBufferPointer) throws(LogFailure) -> Int {
        var done = 0
        while done < buffer.count {
            let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset) + off_t(done))
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("pread")
            }
            if n == 0 { break }
            done += n
        }
        return done
    }

    /// Reads into `bytes[range]` from `offset`; returns the count read.
    func read(at offset: UInt64, into bytes: inout [UInt8], _ range: Range<Int>) throws(LogFailure) -> Int {
        let result = bytes.withUnsafeMutableBytes { raw -> Result<Int, LogFailure> in
            do throws(LogFailure) {
                return .success(try read(at: offset, into: UnsafeMutableRawBufferPointer(rebasing: raw[range])))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// The bytes in `[start, end)`; fewer if the file is shorter.
    func read(from start: UInt64, to end: UInt64) throws(LogFailure) -> [UInt8] {
        guard end > start else { return [] }
        var bytes = [UInt8](repeating: 0, count: Int(end - start))
        let count = try read(at: start, into: &bytes, 0..<bytes.count)
        bytes.removeLast(bytes.count - count)
        return bytes
    }

    /// Exactly one `write` call of `bytes[range]`: the count written, or the `errno` it
    /// failed with.
    func writeOnce(_ bytes: [UInt8], _ range: Range<Int>) -> Result<Int, Errno> {
        let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + range.lowerBound, range.count) }
        return n < 0 ? .failure(Errno(code: errno)) : .success(n)
    }

    /// Writes all of `bytes`, looping over short writes: for files that are not the log
    /// (quarantine, snapshots), where the caller discards the file on failure anyway.
    func writeAll(_ bytes: [UInt8]) throws(LogFailure) {
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, $0.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw failure("write")
            }
            if n == 0 { throw LogFailure.diskFull }
            done += n
        }
    }

    func truncate(to length: UInt64) throws(LogFailure) {
        guard ftruncate(fd, off_t(length)) == 0 else { throw failure("ftruncate") }
    }

    /// `fdatasync`: the data and the size, which is all an appended log needs.
    func syncData() throws(LogFailure) {
        guard fdatasync(fd) == 0 else { throw LogFailure.fsyncFailed }
    }

    /// `fsync`, for folders (after a rename or a new entry) and for files whose size shrank.
    func sync() throws(LogFailure) {
        guard fsync(fd) == 0 else { throw LogFailure.fsyncFailed }
    }

    /// `flock(LOCK_EX)`: unlike `fcntl` locks it belongs to this open file description,
    /// so closing some other descriptor on the same file does not silently release it.
    func lockExclusive() throws(LogFailure) {
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw failure("flock") }
        }
    }

    func unlock() {
        _ = flock(fd, LOCK_UN)
    }

    private func failure(_ operation: String) -> LogFailure {
        LogFailure.from(errno: errno, operation: operation, path: path)
    }

    /// An `errno` value kept for the caller to map once it has cleaned up.
    struct Errno: Error {
        let code: Int32
    }
}
