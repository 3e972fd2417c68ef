import Foundation
import HallStore
import HallTestSupport
import XCTest

/// The line format: what the writer puts on disk, byte for byte, and how the scanner reads
/// it back (escapes, Chinese text, damaged lines).
final class RecordFormatTests: XCTestCase {
    func testLineHasFixedFieldOrderAndHashOverCanonicalBytes() throws {
        let log = try openLog(try makeLog(in: try makeTemporaryFolder(self)))
        let written = try log.append([record("slipIssued", #"{"a":1}"#)], expecting: 0)
        let line = try String(contentsOf: log.url, encoding: .utf8)
        let zeros = String(repeating: "0", count: 64)
        let canonical = #"{"seq":1,"ts":"2026-11-23T09:30:00.123+08:00","actor":"G01","terminal":"tty1","type":"slipIssued","v":1,"body":{"a":1},"prev":"\#(zeros)"}"#
        let hash = try referenceSHA256(Data(canonical.utf8))
        XCTAssertEqual(line, String(canonical.dropLast()) + #","hash":"\#(hash)"}"# + "\n")
        XCTAssertEqual(written[0].hash, hash)
        XCTAssertEqual(written[0].timestamp, "2026-11-23T09:30:00.123+08:00")
        XCTAssertEqual(written[0].length, line.utf8.count)
    }

    func testEscapesAndChineseRoundTrip() throws {
        let log = try openLog(try makeLog(in: try makeTemporaryFolder(self)))
        let actor = "张\"三\\"
        let terminal = "窗口\u{1}\t\n"
        let body = #"{"名":"李四 \"引号\" \\ \u00e9 \ud83d\ude00","n":-1.5e3,"ok":[true,false,null]}"#
        let written = try log.append([record("意见", body, actor: actor, terminal: terminal)], expecting: 0)
        let text = try String(contentsOf: log.url, encoding: .utf8)
        XCTAssertTrue(text.contains(#""actor":"张\"三\\""#), text)
        XCTAssertTrue(text.contains(#""terminal":"窗口\u0001\u0009\u000a""#), text)
        let read = try openLog(log.url).records(after: 0)
        XCTAssertEqual(read, written)
        XCTAssertEqual(read[0].actor, actor)
        XCTAssertEqual(read[0].terminal, terminal)
        XCTAssertEqual(read[0].type, "意见")
        XCTAssertEqual(String(decoding: read[0].body, as: UTF8.self), body)
        XCTAssertEqual(LogVerifier.verify(url: log.url).verdict, .valid)
    }

    func testScannerReadsEscapesOtherWritersMayUse() throws {
        let folder = try makeTemporaryFolder(self)
        let url = folder.appendingPathComponent("events.log")
        let prefix = #"{"seq":1,"ts":"2026-11-23T09:30:00.123+08:00","actor":"\u5f20\/\n\ud83d\ude00","terminal":"t","type":"x","v":2,"body":{"k":"}\"prev\":"},"prev":"\#(String(repeating: "0", count: 64))""#
        let hash = try referenceSHA256(Data((prefix + "}").utf8))
        try overwrite(url, with: Array((prefix + #","hash":"\#(hash)"}"# + "\n").utf8))
        let records = try LogFollower(url: url).poll()
        XCTAssertEqual(records.count, 1)
        XCTAssertEqual(records[0].actor, "张/\n😀")
        XCTAssertEqual(records[0].version, 2)
        XCTAssertEqual(String(decoding: records[0].body, as: UTF8.self), #"{"k":"}\"prev\":"}"#)
        XCTAssertEqual(LogVerifier.verify(url: url).verdict, .valid)
    }

    func testMalformedLinesAreNamed() throws {
        let folder = try makeTemporaryFolder(self)
        let url = try makeLog(in: folder)
        let log = try openLog(url)
        try fill(log, count: 2)
        let good = try bytes(of: url)
        let cases: [(String, RecordDefect)] = [
            ("not json at all", .malformed),
            (#"{"ts":"x","seq":3}"#, .malformed),
            (String(repeating: "x", count: 400), .malformed),
            (String(decoding: good[lineRanges(good)[1]].dropLast(), as: UTF8.self).replacingOccurrences(of: #""seq":2"#, with: #""seq":02"#), .malformed),
            (String(decoding: good[lineRanges(good)[1]].dropLast(), as: UTF8.self).replacingOccurrences(of: "第1号", with: "第9号"), .hashMismatch),
            (String(decoding: good[lineRanges(good)[1]].dropLast(), as: UTF8.self).replacingOccurrences(of: #""body":{"#, with: #""body":["#), .bodyNotObject),
        ]
        for (line, defect) in cases {
            try overwrite(url, with: Array(good[lineRanges(good)[0]]) + Array((line + "\n").utf8) + Array(good[lineRanges(good)[0]]))
            let report = LogVerifier.verify(url: url)
            XCTAssertEqual(report.problem?.line, 2, line)
            XCTAssertEqual(report.problem?.defect, defect, line)
            XCTAssertEqual(report.recordCount, 1, line)
        }
    }

    func testBodiesThatAreNotOneObjectOnOneLineAreRefused() throws {
        let log = try openLog(try makeLog(in: try makeTemporaryFolder(self)))
        for body in ["", "[]", "1", #""s""#, " {}", "{} ", "{}{}", "{\n}", "{\"a\":\"\n\"}", #"{"a":}"#, #"{"a":01}"#,
                     #"{"a":"\x"}"#, #"{"a" 1}"#, #"{"a":1,}"#, "{\"a\":\"\u{1}\"}"] {
            XCTAssertThrowsError(try log.append([record("x", body)], expecting: 0), body) { error in
                XCTAssertEqual(error as? LogFailure, .notJSONObject, body)
            }
        }
        var invalidUTF8 = Data("{\"a\":\"".utf8)
        invalidUTF8.append(contentsOf: [0xE4, 0xB8])
        invalidUTF8.append(contentsOf: Data("\"}".utf8))
        let bad = NewRecord(actor: "G01", terminal: "t", type: "x", version: 1, body: invalidUTF8, timestamp: Date())
        XCTAssertThrowsError(try log.append([bad], expecting: 0))
        XCTAssertTrue(try bytes(of: log.url) == [])
        for body in ["{}", #"{"a":[1,2.5,-0,1e-3,{"b":null}],"c":"\u4e2d\t"}"#, "{ \"a\" : 1 }"] {
            XCTAssertNoThrow(try log.append([record("x", body)], expecting: log.head.seq), body)
        }
    }

    func testTimestampsUseTheSiteOffset() throws {
        let folder = try makeTemporaryFolder(self)
        let shanghai = try openLog(try makeLog(in: folder))
        let late = NewRecord(actor: "a", terminal: "t", type: "x", version: 1, body: Data("{}".utf8),
                             timestamp: Date(timeIntervalSince1970: 1_795_449_599.9996))
        XCTAssertEqual(try shanghai.append([late], expecting: 0)[0].timestamp, "2026-11-23T23:59:59.999+08:00")
        let other = try EventLog.createAndOpen(in: folder, zone: TimeZone(identifier: "America/St_Johns")!)
        XCTAssertEqual(try other.append([late], expecting: 0)[0].timestamp, "2026-11-23T12:29:59.999-03:30")
        let utc = try EventLog.createAndOpen(in: folder, zone: TimeZone(identifier: "UTC")!)
        let epoch = NewRecord(actor: "a", terminal: "t", type: "x", version: 1, body: Data("{}".utf8), timestamp: Date(timeIntervalSince1970: -0.5))
        XCTAssertEqual(try utc.append([epoch], expecting: 0)[0].timestamp, "1969-12-31T23:59:59.500+00:00")
    }
}

extension EventLog {
    /// A second log in `folder`, in another zone.
    fileprivate static func createAndOpen(in folder: URL, zone: TimeZone) throws -> EventLog {
        let url = folder.appendingPathComponent("\(UUID().uuidString).log")
        try create(at: url)
        return try EventLog(url: url, timeZone: zone, repairActor: "system", repairTerminal: "test")
    }
}
