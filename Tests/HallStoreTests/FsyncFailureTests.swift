import Foundation
import HallStore
import XCTest

/// A disk that does not confirm writes, for real: the test builds an `LD_PRELOAD` shim
/// whose `fdatasync` fails with EIO and runs writers under it. The writer stops, says so in
/// Chinese, refuses every later append without writing, and the log still verifies.
final class FsyncFailureTests: XCTestCase {
    private func shim(in folder: URL) throws -> URL {
        let source = folder.appendingPathComponent("eio.c")
        try Data("#include <errno.h>\nint fdatasync(int fd) { (void)fd; errno = EIO; return -1; }\n".utf8).write(to: source)
        let library = folder.appendingPathComponent("eio.so")
        guard system(["cc", "-shared", "-fPIC", "-o", library.path, source.path]) == 0 else { throw XCTSkip("no C compiler (cc)") }
        return library
    }

    private func run(_ executable: URL, _ arguments: [String], preload: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["LD_PRELOAD": preload.path, "HALLDESK_NOW": "2026-11-03 09:20"]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testAWriterWhoseFdatasyncFailsStopsSaysSoAndRefusesLaterAppends() throws {
        let folder = try makeTemporaryFolder(self)
        let library = try shim(in: folder)
        let url = try makeLog(in: folder)
        try fill(try openLog(url), count: 2)

        let writer = try run(try builtExecutable("logstress"), ["append", "--log", url.path, "--writer", "eio", "--count", "3", "--keep-going", "yes"],
                             preload: library)
        let lines = writer.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, writer.output)
        XCTAssertTrue(lines.allSatisfy { $0.contains("磁盘未能确认写入（fsync 失败），为防止数据丢失已停止写入") }, writer.output)
        XCTAssertFalse(lines.contains { $0.hasPrefix("ack") }, "nothing acknowledged")
        XCTAssertEqual(lineRanges(try bytes(of: url)).count, 3, "the first append reached the file unconfirmed; the later ones were refused unwritten")
        XCTAssertEqual(LogVerifier.verify(url: url).verdict, .valid)
    }

    func testACommandWhoseFdatasyncFailsExits3() throws {
        let folder = try makeTemporaryFolder(self)
        let library = try shim(in: folder)
        let halldesk = try builtExecutable("halldesk")
        let data = folder.appendingPathComponent("data")
        XCTAssertEqual(try run(halldesk, ["init", "--practice", "--data", data.path], preload: library).status, 0, "init syncs with fsync, not fdatasync")
        let issued = try run(halldesk, ["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单",
                                        "--staff", "G01", "--data", data.path], preload: library)
        XCTAssertEqual(issued.status, 3, issued.output)
        XCTAssertTrue(issued.output.contains("fsync 失败"), issued.output)
        XCTAssertEqual(LogVerifier.verify(url: data.appendingPathComponent("events.log")).verdict, .valid)
    }
}
