import Foundation
import HallPostgres
import HallStore
import XCTest

/// Given a hall's log file (the scripted day's), when `halldesk log import` moves it into
/// an empty hall in PostgreSQL, then `log export` gives the very same bytes back; a hall
/// that already has records, or a file with a changed record, is refused with nothing written.
final class LogImportTests: PostgresTestCase {
    private let day = Checkout.root.appendingPathComponent("Tests/HallDeskTests/Fixtures/scripted-day/hall.log")

    private func address(_ database: String) throws -> String {
        let cluster = try cluster
        return "postgres://\(cluster.owner)@/\(database)?host=\(cluster.socketFolder)"
    }

    func testAnImportedLogExportsByteForByte() throws {
        let database = try installedDatabase()
        let imported = try runCapturing(try builtHalldesk(), ["log", "import", "--from", day.path, "--store", try address(database),
                                                              "--hall", "shunde"])
        XCTAssertEqual(imported.status, 0, imported.errors)
        XCTAssertTrue(imported.output.hasPrefix("已从 \(day.path) 导入 121 条记录到"), imported.output)
        let back = try makeTemporaryFolder(self).appendingPathComponent("events.log")
        let exported = try runCapturing(try builtHalldesk(), ["log", "export", "--store", try address(database), "--hall", "shunde",
                                                              "--to", back.path])
        XCTAssertEqual(exported.status, 0, exported.errors)
        XCTAssertEqual(try Data(contentsOf: back), try Data(contentsOf: day), "cmp: the same bytes")
        XCTAssertEqual(try store(database).head(), try FileEventStore(readingFrom: day).head())
    }

    func testAHallWithRecordsIsRefusedAndKeepsThem() throws {
        let database = try installedDatabase()
        let written = try store(database).append([record()], expecting: 0)
        let run = try runCapturing(try builtHalldesk(), ["log", "import", "--from", day.path, "--store", try address(database),
                                                         "--hall", "shunde"])
        XCTAssertEqual(run.status, 1)
        XCTAssertTrue(run.errors.contains("里已有 1 条记录，没有导入"), run.errors)
        XCTAssertEqual(Array(try store(database).records(after: 0).suffix(1)), written)
    }

    func testAChangedRecordInTheFileIsRefusedWithNothingWritten() throws {
        let database = try installedDatabase()
        let changed = try makeTemporaryFolder(self).appendingPathComponent("events.log")
        var text = try String(contentsOf: day, encoding: .utf8)
        text = text.replacingOccurrences(of: "\"actor\":\"G01\"", with: "\"actor\":\"G02\"", options: [], range: text.range(of: "\"actor\":\"G01\""))
        try Data(text.utf8).write(to: changed)
        let run = try runCapturing(try builtHalldesk(), ["log", "import", "--from", changed.path, "--store", try address(database),
                                                         "--hall", "shunde"])
        XCTAssertEqual(run.status, 2, run.errors)
        XCTAssertTrue(run.errors.contains("损坏或被改动"), run.errors)
        XCTAssertEqual(try store(database).head(), .empty)
    }
}
