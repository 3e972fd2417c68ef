import Foundation
import HallDomain
import XCTest

/// The importer fuzz through the real binary, on fewer files: the shipped fixture exports
/// (written by Python's codecs) cut, flipped, NUL-filled and bloated at the byte level, each
/// imported with `halldesk import 95598`. A file that is not imported leaves the log byte for
/// byte as it was; one that is leaves a log that verifies. The in-process run in
/// HallStoreTests (ImporterFuzzTests) covers the many thousands.
final class ImportFuzzCommandTests: XCTestCase {
    private static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/95598")
    private static let files = ProcessInfo.processInfo.environment["HALLDESK_FUZZ_BINARY_FILES"].flatMap(Int.init) ?? 60

    func testBrokenFilesThroughTheBinaryWriteAllOrNothing() throws {
        let halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        let data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
        let log = URL(fileURLWithPath: data).appendingPathComponent("events.log")
        let originals = try ["clean-utf8.csv", "gbk-crlf-two-bad.csv", "utf8-bom-multiline.csv"]
            .map { Array(try Data(contentsOf: Self.fixtures.appendingPathComponent($0))) }
        var random = SimulationRandom(seed: 7)
        var imported = 0
        for number in 0..<Self.files {
            let bytes = mutate(originals[Int(random.next() % 3)], &random)
            let file = folder.appendingPathComponent("broken-\(number).csv")
            try Data(bytes).write(to: file)
            let before = try Data(contentsOf: log)
            let run = try runCapturing(halldesk, ["import", "95598", file.path, "--data", data, "--staff", "K01"])
            XCTAssertTrue(run.status == 0 || run.status == 1, "file \(number) ended with \(run.status): \(run.errors)")
            XCTAssertFalse(run.errors.contains("Fatal error") || run.errors.contains("Stack dump"), run.errors)
            XCTAssertFalse((run.output + run.errors).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "raw escapes printed")
            if run.status == 0 {
                imported += 1
                XCTAssertEqual(try runToEnd(halldesk, ["log", "verify", "--data", data]), 0, "file \(number)")
            } else {
                XCTAssertEqual(try Data(contentsOf: log), before, "file \(number) was refused but the log changed: \(run.output)")
                XCTAssertTrue(run.output.contains("第 ") || run.errors.contains("第 ") || run.errors.contains("文件是空的"),
                              "file \(number): the refusal names no line: \(run.output) \(run.errors)")
            }
        }
        XCTAssertGreaterThan(imported, 0, "some files should still import whole")
    }

    /// One to three byte-level breaks: cut, flipped bytes, NULs, a huge run, escape bytes.
    private func mutate(_ original: [UInt8], _ random: inout SimulationRandom) -> [UInt8] {
        var bytes = original
        func position() -> Int { Int(random.next() % UInt64(bytes.count + 1)) }
        for _ in 0..<(1 + random.next() % 3) {
            switch random.next() % 6 {
            case 0: bytes = Array(bytes.prefix(position()))
            case 1: for _ in 0..<(1 + random.next() % 8) where !bytes.isEmpty { bytes[position() % bytes.count] = UInt8(truncatingIfNeeded: random.next()) }
            case 2: bytes.insert(contentsOf: [0, 0, 0], at: position())
            case 3: bytes.insert(contentsOf: Array(String(repeating: "停电", count: 3_000).utf8), at: position())
            case 4: bytes.insert(contentsOf: Array("\u{1B}]0;pwned\u{07}\u{1B}[2J".utf8), at: position())
            default: break
            }
        }
        return bytes
    }
}
