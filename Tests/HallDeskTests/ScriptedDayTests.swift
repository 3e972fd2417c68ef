import Foundation
import XCTest

/// A day at the hall, scripted (`Fixtures/scripted-day/day.txt`: counters, slips, a door
/// answer, a notice, work orders from receipt to close, a return, a case, the next morning),
/// run through the binary at fixed hall times in a practice folder. The log it writes must
/// equal `Fixtures/scripted-day/hall.log` byte for byte: a change of structure (moving the
/// session, the store seam, where a rule lives) must not change one byte of what the hall
/// records. A change that means to write something else regenerates the file on purpose:
/// `HALLDESK_REWRITE_SCRIPTED_DAY=1 swift test --filter ScriptedDayTests`, and says why in
/// its commit.
///
/// `log snapshot` is not in the script, and the folder's automatic snapshots are turned off
/// (the next morning would take one): a snapshot holds dictionaries, which encode in the
/// process's hash order, so two snapshots of one state differ, and so would the SHA-256
/// their `snapshotTaken` records name.
final class ScriptedDayTests: XCTestCase {
    func testAScriptedDayWritesTheSameLogByteForByte() throws {
        let halldesk = try builtHalldesk()
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/scripted-day")
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../seeds").standardized
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scripted-day-\(getpid())-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let initialised = try runCapturing(halldesk, ["init", "--practice", "--data", data.path, "--seeds", seeds.path])
        XCTAssertEqual(initialised.status, 0, initialised.errors)
        let hallTOML = data.appendingPathComponent("seeds/hall.toml")
        let hall = try String(contentsOf: hallTOML, encoding: .utf8)
        XCTAssertTrue(hall.contains("at_day_close = true"), "the seeds take a snapshot at each day's close")
        try hall.replacingOccurrences(of: "at_day_close = true", with: "at_day_close = false").write(to: hallTOML, atomically: true, encoding: .utf8)

        let script = try String(contentsOf: fixtures.appendingPathComponent("day.txt"), encoding: .utf8)
        for line in script.split(separator: "\n") where !line.hasPrefix("#") {
            let time = String(line.prefix(16))
            let arguments = try shellWords(String(line.dropFirst(17))) + ["--data", data.path]
            let run = try runCapturing(halldesk, arguments, environment: ["HALLDESK_NOW": time, "HALLDESK_TERMINAL": "script"])
            XCTAssertEqual(run.status, 0, "\(line): \(run.errors)")
        }

        let written = try Data(contentsOf: data.appendingPathComponent("events.log"))
        let golden = fixtures.appendingPathComponent("hall.log")
        if ProcessInfo.processInfo.environment["HALLDESK_REWRITE_SCRIPTED_DAY"] == "1" {
            try written.write(to: golden)
        }
        let expected = try Data(contentsOf: golden)
        let writtenLines = String(decoding: written, as: UTF8.self).split(separator: "\n")
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(writtenLines.count, expectedLines.count, "records written")
        if let first = zip(writtenLines, expectedLines).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            XCTFail("line \(first + 1) differs\nwritten:  \(writtenLines[first])\nexpected: \(expectedLines[first])")
        }
        XCTAssertEqual(written, expected, "the log, byte for byte")
    }

    /// The words of a script line: split at spaces, except inside single quotes.
    private func shellWords(_ line: String) throws -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        for character in line {
            switch character {
            case "'": quoted.toggle(); started = true
            case " " where !quoted:
                if started { words.append(word) }
                word = ""; started = false
            default: word.append(character); started = true
            }
        }
        if quoted { throw CocoaError(.formatting) }
        if started { words.append(word) }
        return words
    }
}
