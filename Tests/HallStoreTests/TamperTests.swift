import Foundation
import HallStore
import HallTestSupport
import XCTest

/// Damage anywhere in a log, the last complete line too (a flipped byte, an edited and
/// re-hashed record, a deleted record, swapped records): verify names the first bad record
/// and its line, and a writer refuses to open without changing a byte: only bytes without
/// a final newline are a torn tail, a complete line is never cut.
final class TamperTests: XCTestCase {
    private var url: URL!
    private var original: [UInt8] = []
    private var lines: [Range<Int>] = []
    private var written: [LogRecord] = []

    override func setUpWithError() throws {
        url = try makeLog(in: try makeTemporaryFolder(self))
        written = try fill(try openLog(url), count: 12)
        original = try bytes(of: url)
        lines = lineRanges(original)
    }

    /// The writer must refuse with `.corrupt` at `line` and leave the file and folder alone.
    private func assertWriterRefuses(line: Int, defect: RecordDefect? = nil, _ context: String, file: StaticString = #filePath, lineNumber: UInt = #line) throws {
        let before = try bytes(of: url)
        XCTAssertThrowsError(try openLog(url), context, file: file, line: lineNumber) { error in
            guard case .corrupt(let seq, let reported, let found)? = error as? LogFailure else {
                return XCTFail("\(context): \(error)", file: file, line: lineNumber)
            }
            XCTAssertEqual(reported, line, context, file: file, line: lineNumber)
            XCTAssertEqual(seq, line, context, file: file, line: lineNumber)
            if let defect { XCTAssertEqual(found, defect, context, file: file, line: lineNumber) }
        }
        XCTAssertTrue(try bytes(of: url) == before, "\(context): never cut", file: file, line: lineNumber)
        XCTAssertFalse(FileManager.default.fileExists(atPath: url.deletingLastPathComponent().appendingPathComponent("quarantine").path), context, file: file, line: lineNumber)
    }

    private func assertVerifyNames(line: Int, defect: RecordDefect? = nil, verdict: VerifyReport.Verdict = .corrupt, _ context: String, file: StaticString = #filePath, lineNumber: UInt = #line) {
        let report = LogVerifier.verify(url: url)
        XCTAssertEqual(report.verdict, verdict, "\(context): \(report.message)", file: file, line: lineNumber)
        XCTAssertEqual(report.problem?.line, line, context, file: file, line: lineNumber)
        XCTAssertEqual(report.problem?.seq, line, context, file: file, line: lineNumber)
        XCTAssertEqual(report.problem?.offset, UInt64(lines[line - 1].lowerBound), context, file: file, line: lineNumber)
        XCTAssertEqual(report.recordCount, line - 1, context, file: file, line: lineNumber)
        if let defect { XCTAssertEqual(report.problem?.defect, defect, context, file: file, line: lineNumber) }
        XCTAssertTrue(report.message.contains("第 \(line) 行"), report.message, file: file, line: lineNumber)
    }

    func testOneFlippedByteAnywhereButTheFinalNewline() throws {
        let finalNewline = original.count - 1
        var generator = SystemRandomNumberGenerator()
        var positions = Set(stride(from: 0, to: finalNewline, by: 5))
        positions.formUnion(lines.dropLast().map { $0.upperBound - 1 })
        for _ in 0..<100 { positions.insert(Int.random(in: 0..<finalNewline, using: &generator)) }
        for position in positions.sorted() {
            var damaged = original
            damaged[position] ^= 0x20
            try overwrite(url, with: damaged)
            let line = lines.firstIndex { $0.contains(position) }! + 1
            assertVerifyNames(line: line, "byte \(position)")
            try assertWriterRefuses(line: line, "byte \(position)")
        }
        print("TamperTests: \(positions.count) flipped positions, each named and refused")
    }

    func testAnEditedLastLineWithItsNewlineIsDamageNotATornTail() throws {
        var damaged = original
        damaged[lines[11].lowerBound + 40] ^= 0x01
        try overwrite(url, with: damaged)
        assertVerifyNames(line: 12, defect: .hashMismatch, verdict: .corrupt, "last record")
        try assertWriterRefuses(line: 12, defect: .hashMismatch, "last record")
        let follower = LogFollower(url: url)
        XCTAssertEqual(try follower.poll().count, 11, "the good records first")
        XCTAssertThrowsError(try follower.poll()) { error in
            XCTAssertEqual(error as? LogFailure, .corrupt(seq: 12, line: 12, defect: .hashMismatch), "readers raise the alarm")
        }
        XCTAssertFalse(LogFailure.corrupt(seq: 12, line: 12, defect: .hashMismatch).message.contains("其后还有有效记录"))

        try overwrite(url, with: Array(original.dropLast()))
        XCTAssertEqual(LogVerifier.verify(url: url).verdict, .tornTail, "without its newline the same line is torn")
    }

    func testARecordEditedAndRehashedAloneBreaksTheChainAtTheNextRecord() throws {
        let edited = try rehashed(line: 5) { $0.replacingOccurrences(of: "第4号", with: "第9号") }
        try overwrite(url, with: Array(original[0..<lines[4].lowerBound]) + edited + Array(original[lines[5].lowerBound...]))
        assertVerifyNames(line: 6, defect: .chainBroken, "edited record 5")
        try assertWriterRefuses(line: 6, defect: .chainBroken, "edited record 5")
    }

    func testTheLastRecordEditedAndRehashedIsCaughtOnlyByAKeptHead() throws {
        let edited = try rehashed(line: 12) { $0.replacingOccurrences(of: "第11号", with: "第99号") }
        try overwrite(url, with: Array(original[0..<lines[11].lowerBound]) + edited)
        XCTAssertEqual(LogVerifier.verify(url: url).verdict, .valid)
        let report = LogVerifier.verify(url: url, expectedHead: (12, written[11].hash))
        XCTAssertEqual(report.verdict, .corrupt)
        XCTAssertEqual(report.problem?.defect, .headMismatch)
        XCTAssertEqual(report.problem?.line, 12)
        XCTAssertEqual(LogVerifier.verify(url: url, expectedHead: (11, written[10].hash)).verdict, .valid)
    }

    func testADeletedRecord() throws {
        try overwrite(url, with: Array(original[0..<lines[6].lowerBound]) + Array(original[lines[7].lowerBound...]))
        assertVerifyNames(line: 7, defect: .wrongSeq, "record 7 deleted")
        try assertWriterRefuses(line: 7, defect: .wrongSeq, "record 7 deleted")
    }

    func testTheLastRecordDeletedIsCaughtByAKeptHead() throws {
        try overwrite(url, with: Array(original[0..<lines[11].lowerBound]))
        let report = LogVerifier.verify(url: url, expectedHead: (12, written[11].hash))
        XCTAssertEqual(report.verdict, .corrupt)
        XCTAssertEqual(report.problem?.defect, .headMissing)
    }

    func testSwappedRecords() throws {
        try overwrite(url, with: Array(original[0..<lines[2].lowerBound]) + Array(original[lines[3]]) + Array(original[lines[2]])
            + Array(original[lines[4].lowerBound...]))
        assertVerifyNames(line: 3, defect: .wrongSeq, "records 3 and 4 swapped")
        try assertWriterRefuses(line: 3, defect: .wrongSeq, "records 3 and 4 swapped")
    }

    func testAReaderReportsCorruptionAfterReturningTheGoodRecordsBeforeIt() throws {
        var damaged = original
        damaged[lines[8].lowerBound + 30] ^= 0x01
        try overwrite(url, with: damaged)
        let follower = LogFollower(url: url)
        XCTAssertEqual(try follower.poll(), Array(written.prefix(8)))
        XCTAssertThrowsError(try follower.poll()) { error in
            XCTAssertEqual(error as? LogFailure, .corrupt(seq: 9, line: 9, defect: .hashMismatch))
        }
        XCTAssertTrue(try bytes(of: url) == damaged)
    }

    /// Line `number` changed by `edit` and given a correct hash of its own.
    private func rehashed(line number: Int, _ edit: (String) -> String) throws -> [UInt8] {
        let text = edit(String(decoding: original[lines[number - 1]].dropLast(), as: UTF8.self))
        let cut = try XCTUnwrap(text.range(of: #","hash":""#, options: .backwards))
        let canonical = String(text[..<cut.lowerBound]) + "}"
        let hash = try referenceSHA256(Data(canonical.utf8))
        return Array((String(text[..<cut.lowerBound]) + #","hash":"\#(hash)"}"# + "\n").utf8)
    }
}
