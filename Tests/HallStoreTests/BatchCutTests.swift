import Foundation
import HallStore
import HallTestSupport
import XCTest

/// A framed batch cut at every byte offset, as a crash mid-append leaves it: a reader
/// sees none of the batch, verify calls it a torn tail, and a writer quarantines all of it
/// (from the opener on, bytes never dropped) and records the repair: whole or absent.
final class BatchCutTests: XCTestCase {
    func testABatchCutAnywhereIsNeitherReadNorKeptButQuarantinedWhole() throws {
        let root = try makeTemporaryFolder(self)
        let source = try makeLog(in: root.appendingPathComponent("source").creatingFolder())
        let log = try openLog(source)
        let singles = try fill(log, count: 3)
        let batch = try log.append((0..<4).map { record("orderReceived", #"{"n":\#($0),"text":"第\#($0)张 停电"}"#) }, expecting: 3)
        let original = try bytes(of: source)
        let openerStart = Int(singles[2].head.endOffset)
        // Every line end and the bytes either side of it, and every 5th byte between: each
        // cut fsyncs several times, and the disk is shared.
        var offsets = Set(stride(from: openerStart, through: original.count, by: 5))
        for line in lineRanges(original) where line.upperBound >= openerStart {
            offsets.formUnion([line.upperBound - 1, line.upperBound, line.upperBound + 1].filter { $0 >= openerStart && $0 <= original.count })
        }
        offsets.insert(openerStart)
        var cuts = 0
        for cut in offsets.sorted() {
            let folder = try root.appendingPathComponent("cut\(cut)").creatingFolder()
            let url = folder.appendingPathComponent("events.log")
            try overwrite(url, with: Array(original[0..<cut]))
            let whole = cut == original.count || cut == openerStart

            let read = try LogFollower(url: url).poll()
            XCTAssertEqual(read.count, cut == original.count ? 8 : 3, "a reader applies none of an unfinished batch, cut \(cut)")
            let report = LogVerifier.verify(url: url)
            if whole {
                XCTAssertEqual(report.verdict, .valid, "cut \(cut)")
            } else {
                XCTAssertEqual(report.verdict, .tornTail, "cut \(cut): \(report.message)")
                XCTAssertEqual(report.problem?.offset, UInt64(openerStart), "cut \(cut)")
                XCTAssertEqual(report.recordCount, 3)
            }
            XCTAssertEqual(try bytes(of: url).count, cut, "readers never repair")

            let writer = try openLog(url)
            let after = try writer.records(after: 0)
            if whole {
                XCTAssertFalse(after.contains { $0.type == "logRepaired" })
            } else {
                cuts += 1
                XCTAssertEqual(after.map(\.type), ["slipIssued", "slipIssued", "slipIssued", "logRepaired"], "none of the batch kept, cut \(cut)")
                let body = try JSONSerialization.jsonObject(with: after[3].body) as! [String: Any]
                XCTAssertEqual(body["offset"] as? Int, openerStart)
                XCTAssertEqual(body["bytes"] as? Int, cut - openerStart)
                let quarantined = try bytes(of: folder.appendingPathComponent(body["quarantineFile"] as! String))
                XCTAssertEqual(quarantined, Array(original[openerStart..<cut]), "all of it kept in quarantine, cut \(cut)")
            }
            XCTAssertEqual(LogVerifier.verify(url: url).verdict, .valid, "cut \(cut)")
            try FileManager.default.removeItem(at: folder)
        }
        XCTAssertEqual(cuts, offsets.count - 2, "all but the cuts before and after the whole batch")
        XCTAssertEqual(batch.count, 4)
        print("BatchCutTests: \(cuts) cuts inside a batch of \(original.count - openerStart) bytes, each quarantined whole")
    }

    /// A batch left unfinished with other records written after it is not a crash: the
    /// next opener comes while the first batch still expects records.
    func testAnUnfinishedBatchFollowedByOtherRecordsIsCorruption() throws {
        let url = try makeLog(in: try makeTemporaryFolder(self))
        let log = try openLog(url)
        try fill(log, count: 2)
        _ = try log.append([record(), record(), record()], expecting: 2)
        let first = try bytes(of: url)
        let lines = lineRanges(first)
        // The batch (lines 3-6) loses its last record; then a new opener is chained after it.
        let kept = Array(first[0..<lines[4].upperBound])
        try overwrite(url, with: kept)
        XCTAssertEqual(try LogFollower(url: url).poll().count, 2, "the unfinished batch is not read")
        try overwrite(url, with: kept + rechained(Array(first[lines[2]].dropLast()), seq: 6, after: Array(first[lines[4]].dropLast())))
        let report = LogVerifier.verify(url: url)
        XCTAssertEqual(report.verdict, .corrupt, report.message)
        XCTAssertEqual(report.problem?.defect, .batchInterrupted)
        XCTAssertEqual(report.problem?.line, 6)
        let before = try bytes(of: url)
        XCTAssertThrowsError(try openLog(url)) { error in
            XCTAssertEqual(error as? LogFailure, .corrupt(seq: 6, line: 6, defect: .batchInterrupted))
        }
        XCTAssertEqual(try bytes(of: url), before)
    }

    /// `line` (a record without its newline) renumbered as `seq` and re-hashed to chain
    /// after the record `previous`, with its newline.
    private func rechained(_ line: [UInt8], seq: Int, after previous: [UInt8]) throws -> [UInt8] {
        let previousHash = String(decoding: previous.suffix(66).prefix(64), as: UTF8.self)
        var text = String(decoding: line, as: UTF8.self)
        text = text.replacingOccurrences(of: #"^\{"seq":\d+"#, with: "{\"seq\":\(seq)", options: .regularExpression)
        text = String(text[..<text.range(of: #","prev":""#)!.upperBound]) + previousHash + "\""
        let hash = try referenceSHA256(Data((text + "}").utf8))
        return Array((text + #","hash":"\#(hash)"}"# + "\n").utf8)
    }
}
