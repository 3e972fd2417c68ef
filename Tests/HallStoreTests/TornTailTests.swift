import Foundation
import HallStore
import XCTest

/// A log cut short at every byte offset within its last three records, as a crash
/// mid-write leaves it: a writer opens at the last complete record, quarantines the torn
/// bytes, records the repair, and the next append works. Readers leave it alone.
final class TornTailTests: XCTestCase {
    func testCutAtEveryOffsetInTheLastThreeRecords() throws {
        let root = try makeTemporaryFolder(self)
        let source = try makeLog(in: root.appendingPathComponent("source").creatingFolder())
        let written = try fill(try openLog(source), count: 6)
        let original = try bytes(of: source)
        let lines = lineRanges(original)
        let firstCut = lines[lines.count - 3].lowerBound
        var repaired = 0
        for cut in firstCut...original.count {
            let folder = try root.appendingPathComponent("cut\(cut)").creatingFolder()
            let url = folder.appendingPathComponent("events.log")
            try overwrite(url, with: Array(original[0..<cut]))
            let complete = lines.filter { $0.upperBound <= cut }
            let tornStart = complete.last?.upperBound ?? 0

            XCTAssertEqual(try LogFollower(url: url).poll(), Array(written.prefix(complete.count)), "a reader waits at \(cut)")
            XCTAssertEqual(try bytes(of: url).count, cut, "a reader never repairs")

            let log = try openLog(url)
            let after = try bytes(of: url)
            XCTAssertEqual(Array(after[0..<tornStart]), Array(original[0..<tornStart]), "cut \(cut)")
            if tornStart == cut {
                XCTAssertEqual(log.head, written[complete.count - 1].head, "cut \(cut)")
                XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("quarantine").path))
            } else {
                repaired += 1
                let repair = try log.records(after: complete.count)
                XCTAssertEqual(repair.count, 1, "cut \(cut)")
                XCTAssertEqual(repair.first?.type, "logRepaired")
                XCTAssertEqual(repair.first?.actor, "system")
                let body = try XCTUnwrap(repair.first.map { String(decoding: $0.body, as: UTF8.self) })
                let quarantine = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("quarantine").path)
                XCTAssertEqual(quarantine.count, 1)
                XCTAssertEqual(body, #"{"bytes":\#(cut - tornStart),"offset":\#(tornStart),"quarantineFile":"quarantine/\#(quarantine[0])"}"#)
                XCTAssertTrue(quarantine[0].hasSuffix("-\(tornStart).bin"))
                XCTAssertEqual(try bytes(of: folder.appendingPathComponent("quarantine/\(quarantine[0])")), Array(original[tornStart..<cut]))
            }
            let next = try log.append([record("afterRepair")], expecting: log.head.seq)
            XCTAssertEqual(next[0].seq, complete.count + (tornStart == cut ? 1 : 2))
            let report = LogVerifier.verify(url: url)
            XCTAssertEqual(report.verdict, .valid, "cut \(cut): \(report.message)")
            try FileManager.default.removeItem(at: folder)
        }
        XCTAssertEqual(repaired, original.count - firstCut + 1 - 4, "every cut but the four at line ends")
    }

    func testVerifyReportsATornTailWithoutCallingItCorruption() throws {
        let url = try makeLog(in: try makeTemporaryFolder(self))
        try fill(try openLog(url), count: 3)
        let original = try bytes(of: url)
        try overwrite(url, with: Array(original.dropLast(10)))
        let report = LogVerifier.verify(url: url)
        XCTAssertEqual(report.verdict, .tornTail)
        XCTAssertEqual(report.problem?.line, 3)
        XCTAssertEqual(report.problem?.defect, .incompleteLine)
        XCTAssertEqual(report.problem?.offset, UInt64(lineRanges(original)[2].lowerBound))
        XCTAssertEqual(report.recordCount, 2)
    }
}

extension URL {
    /// Creates this folder and returns it.
    func creatingFolder() throws -> URL {
        try FileManager.default.createDirectory(at: self, withIntermediateDirectories: true)
        return self
    }
}
