import Foundation
import HallPostgres
import HallStore
import XCTest

/// Given a hall in PostgreSQL, when `halldesk log export` writes it to a file, then the
/// file is the file log of the same records: `halldesk log verify` and the auditor's script
/// in docs/log-format.md accept it with the store's head.
final class LogExportTests: PostgresTestCase {
    func testAnExportVerifiesWithHalldeskAndTheAuditorsScript() throws {
        let cluster = try cluster
        let database = try installedDatabase()
        let store = try store(database)
        _ = try store.append([record("slipIssued", #"{"n":1,"note":"第1号 \"引号\" \\"}"#)], expecting: 0)
        _ = try store.append((0..<3).map { record("x", #"{"i":\#($0)}"#, actor: "张\"三") }, expecting: 1)
        let head = try store.head()
        XCTAssertEqual(head.seq, 5)

        let folder = try makeTemporaryFolder(self)
        let log = folder.appendingPathComponent("events.log")
        let address = "postgres://\(cluster.owner)@/\(database)?host=\(cluster.socketFolder)"
        let export = try runCapturing(try builtHalldesk(), ["log", "export", "--store", address, "--hall", "shunde", "--to", log.path])
        XCTAssertEqual(export.status, 0, export.errors)
        XCTAssertEqual(export.output, "已导出 5 条记录到 \(log.path)。\n")
        var exported: [UInt8] = []
        try store.exportLines { exported += $0 }
        XCTAssertEqual(Array(try Data(contentsOf: log)), exported)

        try FileManager.default.copyItem(at: Checkout.seeds, to: folder.appendingPathComponent("seeds"))
        let verify = try runCapturing(try builtHalldesk(), ["log", "verify", "--data", folder.path])
        XCTAssertEqual(verify.status, 0, verify.output + verify.errors)
        let kept = try runCapturing(try builtHalldesk(), ["log", "verify", "--data", folder.path, "--head", "\(head.seq):\(head.hash)"])
        XCTAssertEqual(kept.status, 0, kept.output + kept.errors)

        guard system(["python3", "-c", "pass"]) == 0 else { throw XCTSkip("python3 is not installed") }
        let doc = try String(contentsOf: Checkout.root.appendingPathComponent("docs/log-format.md"), encoding: .utf8)
        let start = try XCTUnwrap(doc.range(of: "```python\n"))
        let end = try XCTUnwrap(doc.range(of: "```", range: start.upperBound..<doc.endIndex))
        let script = folder.appendingPathComponent("audit.py")
        try Data(doc[start.upperBound..<end.lowerBound].utf8).write(to: script)
        let audit = try runCapturing(URL(fileURLWithPath: "/usr/bin/env"), ["python3", script.path, log.path])
        XCTAssertEqual(audit.output + audit.errors, "ok: 5 records, head 5:\(head.hash)\n")
    }

    func testABadAddressIsRefusedWithAnExample() throws {
        let run = try runCapturing(try builtHalldesk(), ["log", "export", "--store", "mysql://x/y", "--hall", "shunde", "--to", "/tmp/x.log"])
        XCTAssertNotEqual(run.status, 0)
        XCTAssertTrue(run.errors.contains("--store 不是 PostgreSQL 地址"), run.errors)
    }

    func testAddressesReadAsLibpqReadsThem() {
        XCTAssertEqual(PostgresEndpoint(address: "postgres://door@/hall?host=/var/run/postgresql"),
                       PostgresEndpoint(place: .socket(path: "/var/run/postgresql/.s.PGSQL.5432"), user: "door", database: "hall"))
        XCTAssertEqual(PostgresEndpoint(address: "postgresql://door:s%40cret@db.bureau:6432/halls"),
                       PostgresEndpoint(place: .host("db.bureau", port: 6432), user: "door", password: "s@cret", database: "halls"))
        XCTAssertNil(PostgresEndpoint(address: "postgres://door@db.bureau"), "no database")
        XCTAssertNil(PostgresEndpoint(address: "/tmp/events.log"))
    }
}
