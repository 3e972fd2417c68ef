import Foundation
import Glibc
import HallStore
import XCTest

/// A full disk and a read-only log: a clear error, nothing half-written, and appends work
/// again once the cause is gone. Needs root for `mount` and `chattr`; skips (saying why)
/// where that is not allowed.
final class DiskFailureTests: XCTestCase {
    private var mountPoint: URL?
    private var immutable: URL?

    override func tearDown() {
        if let immutable { system(["chattr", "-i", immutable.path]) }
        if let mountPoint {
            system(["umount", mountPoint.path])
            try? FileManager.default.removeItem(at: mountPoint)
        }
        super.tearDown()
    }

    func testDiskFullLeavesTheLogAsItWasAndRecovers() throws {
        let point = FileManager.default.temporaryDirectory.appendingPathComponent("hallstore-tmpfs-\(getpid())")
        try FileManager.default.createDirectory(at: point, withIntermediateDirectories: true)
        guard system(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", point.path]) == 0 else {
            try? FileManager.default.removeItem(at: point)
            throw XCTSkip("cannot mount a tmpfs here (needs root / CAP_SYS_ADMIN)")
        }
        mountPoint = point
        let url = try makeLog(in: point)
        let log = try openLog(url)
        try fill(log, count: 3)
        let filler = point.appendingPathComponent("filler")
        let fd = open(filler.path, O_WRONLY | O_CREAT, 0o600)
        let block = [UInt8](repeating: 0x55, count: 4096)
        while write(fd, block, block.count) > 0 {}
        close(fd)

        // The log's last page still has room, so the first record is partly written
        // (a short write) and must be cut back; the second fails outright (ENOSPC).
        let before = try bytes(of: url)
        var failures: [LogFailure] = []
        for size in [3_000, 20_000] {
            let body = #"{"pad":"\#(String(repeating: "满", count: size))"}"#
            XCTAssertThrowsError(try log.append([record("x", body)], expecting: 3), "body of \(size)") { error in
                if let failure = error as? LogFailure { failures.append(failure) }
            }
            XCTAssertTrue(try bytes(of: url) == before, "nothing half-written")
        }
        XCTAssertEqual(failures, [.diskFull, .diskFull])
        XCTAssertTrue(failures[0].message.contains("磁盘空间已满"))
        XCTAssertEqual(LogVerifier.verify(url: url).verdict, .valid)

        try FileManager.default.removeItem(at: filler)
        XCTAssertEqual(try log.append([record("x", #"{"after":"空间恢复"}"#)], expecting: 3).map(\.seq), [4])
        XCTAssertEqual(LogVerifier.verify(url: url).recordCount, 4)
    }

    func testReadOnlyLogRefusesWithAClearMessageAndRecovers() throws {
        let url = try makeLog(in: try makeTemporaryFolder(self))
        let log = try openLog(url)
        try fill(log, count: 2)
        guard system(["chattr", "+i", url.path]) == 0 else {
            throw XCTSkip("chattr +i is not permitted here (needs root on a file system with attributes)")
        }
        immutable = url
        let before = try bytes(of: url)
        XCTAssertThrowsError(try log.append([record()], expecting: 2)) { error in
            XCTAssertEqual(error as? LogFailure, .readOnly)
            XCTAssertTrue((error as? LogFailure)?.message.contains("只读") == true)
        }
        XCTAssertThrowsError(try openLog(url)) { XCTAssertEqual($0 as? LogFailure, .readOnly) }
        XCTAssertTrue(try bytes(of: url) == before)
        XCTAssertEqual(try LogFollower(url: url).poll().count, 2, "reading still works")

        system(["chattr", "-i", url.path])
        immutable = nil
        XCTAssertEqual(try log.append([record()], expecting: 2).map(\.seq), [3], "the same writer works again")
        XCTAssertEqual(try openLog(url).head.seq, 3)
    }

    func testPermissionDeniedForAnotherUser() throws {
        let logstress = try builtExecutable("logstress")
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root and setpriv to run the writer as another user")
        }
        XCTAssertEqual(chmod(folder.path, 0o755), 0)
        let child = try Child(URL(fileURLWithPath: "/usr/bin/setpriv"),
                              ["--reuid=65534", "--regid=65534", "--clear-groups", logstress.path, "append", "--log", url.path, "--writer", "1", "--count", "1"],
                              outputIn: try makeTemporaryFolder(self))
        let output = try child.finish().joined(separator: "\n")
        XCTAssertNotEqual(child.process.terminationStatus, 0)
        XCTAssertTrue(output.contains(LogFailure.permissionDenied.message), output)
        XCTAssertTrue(try bytes(of: url) == [])
    }
}
