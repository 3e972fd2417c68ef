import Foundation
import Glibc
import XCTest

/// `report month --csv DIR --md FILE` under any umask writes 0640 files (a 0750 folder),
/// and runs killed midway leave no partial folder; what they left is removed by the next.
final class ReportExportFilesTests: XCTestCase {
    private func mode(_ path: String) -> mode_t {
        var info = stat()
        return stat(path, &info) == 0 ? info.st_mode & 0o7777 : 0
    }

    /// Runs `halldesk` with `umask` set first, through the shell.
    private func underUmask(_ mask: String, _ halldesk: URL, _ arguments: [String]) throws -> Worker {
        try start("/bin/sh", ["-c", "umask \(mask); exec \"$0\" \"$@\"", halldesk.path] + arguments, folder: try makeTemporaryFolder(self))
    }

    func testExportsAre0640AndKilledRunsLeaveNoPartialFolder() throws {
        let halldesk = try builtHalldesk()
        let root = try makeTemporaryFolder(self)
        let data = root.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)

        let whole = root.appendingPathComponent("whole")
        XCTAssertEqual(try runToEnd(halldesk, ["report", "month", "2026-11", "--data", data, "--csv", whole.path]), 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: whole.path).sorted()
        let csv = root.appendingPathComponent("csv")
        let killed = (0..<6).map { _ in UInt32.random(in: 20_000...400_000) }
        for delay in killed {
            let worker = try underUmask("022", halldesk, ["report", "month", "2026-11", "--data", data, "--csv", csv.path])
            usleep(delay)
            kill(worker.process.processIdentifier, SIGKILL)
            _ = try worker.finish()
            if FileManager.default.fileExists(atPath: csv.path) { break }
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.path).filter { $0.hasPrefix(".csv.writing-") }
        if FileManager.default.fileExists(atPath: csv.path) {
            XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: csv.path).sorted(), files, "a folder only when whole")
            try FileManager.default.removeItem(at: csv)
        }

        let md = root.appendingPathComponent("month.md")
        for mask in ["077", "000"] {
            let run = try underUmask(mask, halldesk, ["report", "month", "2026-11", "--data", data, "--csv", csv.path, "--md", md.path]).finish()
            XCTAssertEqual(run.status, 0, run.lines.joined(separator: "\n"))
            XCTAssertEqual(mode(md.path), 0o640, "umask \(mask)")
            XCTAssertEqual(mode(csv.path), 0o750, "umask \(mask)")
            for file in try FileManager.default.contentsOfDirectory(atPath: csv.path) {
                XCTAssertEqual(mode(csv.appendingPathComponent(file).path), 0o640, "\(file), umask \(mask)")
            }
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: root.path)
        XCTAssertEqual(after.filter { $0.hasPrefix(".csv.writing-") || $0.hasSuffix(".tmp") }, [],
                       "killed runs left \(leftovers.count) staging folders; the next run removed them")
    }
}
