import Foundation
import Glibc
import XCTest
@testable import HallStore

/// Files a killed run leaves, and files that must be 0640 whatever the umask: a snapshot
/// write killed before its rename leaves a temp file, which the next write removes; the
/// `file` printer's printouts are hall data.
final class LeftoverFilesTests: XCTestCase {
    func testATempFileOfAKilledSnapshotWriteIsRemovedByTheNextWrite() throws {
        let logstress = try builtExecutable("logstress")
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let log = try openLog(url)
        _ = try fill(log, count: 3)
        let snapshots = try folder.appendingPathComponent("snapshots").creatingFolder()
        XCTAssertEqual(chmod(snapshots.path, 0o750), 0)
        let child = try Child(logstress, ["snapshot", "--log", url.path, "--folder", snapshots.path,
                                          "--label", "killed", "--kill-after", "tempSynced"], outputIn: folder)
        _ = try child.finish()
        XCTAssertEqual(child.process.terminationReason, .uncaughtSignal)
        let left = try FileManager.default.contentsOfDirectory(atPath: snapshots.path)
        XCTAssertEqual(left.filter { $0.hasSuffix(".tmp") }.count, 1, "the kill left its temp file: \(left)")

        let store = SnapshotStore(folder: snapshots)
        try store.keep(store.encode(StressState(seq: 4, label: "next"), at: try openLog(url).head))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: snapshots.path), ["snapshot-4.bin"], "the leftover is gone")
    }

    func testPrintoutsAre0640WhateverTheUmask() throws {
        let folder = try makeTemporaryFolder(self)
        for mask: mode_t in [0o077, 0o000] {
            let path = folder.appendingPathComponent("printouts-\(mask).txt").path
            let old = umask(mask)
            defer { umask(old) }
            try FilePrinter(path: path, paper: .mm58).print(SlipPrintout.make(
                hallName: "乐从营业厅", slipNumber: "A001", businessName: "居民新装", customerKind: "居民",
                issuedAt: "2025-06-03 09:12", peopleAhead: 0, expectedWait: "约 5 分钟"))
            var info = stat()
            XCTAssertEqual(stat(path, &info), 0)
            XCTAssertEqual(info.st_mode & 0o7777, 0o640, "umask \(String(mask, radix: 8))")
        }
    }
}
