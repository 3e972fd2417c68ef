import Foundation
import HallPostgres
import TermUI
import XCTest

/// A bureau with two halls in one database (issue 17, item 4): each hall's own console
/// writes its own stream; the bureau's folder, logged in with the SELECT-only role, sets
/// the halls' month reports side by side and watches them all, writing nothing.
final class BureauTests: PostgresTestCase {
    /// The database `twoHalls` made.
    private var database = ""

    /// The coordinator's login; roles are the server's, not a database's, so one per database.
    private func bureauLogin(_ database: String) -> String { "quju_\(database)" }

    private func address(_ database: String, user: String? = nil) throws -> String {
        let cluster = try cluster
        return "postgres://\(user ?? cluster.owner)@/\(database)?host=\(cluster.socketFolder)"
    }

    /// 大良 (two slips, one called at 09:40, a complaint) and 容桂 (one slip, a complaint,
    /// nothing after 09:05), on 2026-11-23; and the bureau's folder, logged in as a member
    /// of the bureau's role only.
    private func twoHalls() throws -> (daliang: PracticeHall, ronggui: PracticeHall, bureau: PracticeHall) {
        let database = try installedDatabase()
        self.database = database
        let bureauLogin = bureauLogin(database)
        try psql("CREATE ROLE \(bureauLogin) LOGIN IN ROLE \(PostgresSchema.bureauRole)", database)
        let daliang = try PracticeHall(for: self, store: try address(database), hall: "大良")
        let ronggui = try PracticeHall(for: self, store: try address(database), hall: "容桂")
        let slip = ["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单"]
        try daliang.step(["counter", "open", "--counter", "1"], staff: "C01", at: "2026-11-23 09:20")
        try daliang.step(slip, staff: "G01", at: "2026-11-23 09:25")
        try daliang.step(slip, staff: "G01", at: "2026-11-23 09:30")
        try daliang.step(["slip", "call", "--counter", "1"], staff: "C01", at: "2026-11-23 09:40")
        try daliang.step(complaint("张伟"), staff: "K01", at: "2026-11-23 09:35")
        try ronggui.step(slip, staff: "G01", at: "2026-11-23 09:00")
        try ronggui.step(complaint("李娜"), staff: "K01", at: "2026-11-23 09:05")
        let bureau = try PracticeHall(for: self, store: try address(database, user: bureauLogin), hall: "区局")
        return (daliang, ronggui, bureau)
    }

    private func complaint(_ name: String) -> [String] {
        ["order", "new", "--kind", "投诉", "--source", "hall", "--category", "FWTD", "--name", name, "--phone", "13812341234",
         "--address", "天河北路 1 号", "--area", "天河北", "--station", "天河供电所", "--area-type", "city", "--customer-kind", "居民",
         "--description", "营业员态度生硬"]
    }

    private func jsonValue(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    func testTheAllHallsReportHoldsEachHallsOwnMonthReportAndTheirSums() throws {
        let (daliang, ronggui, bureau) = try twoHalls()
        let at = "2026-11-24 18:00"
        let all = try PracticeHall.json(try bureau.step(["report", "month", "2026-11", "--all-halls", "--json"], staff: nil, at: at))
        let halls = try XCTUnwrap(all["halls"] as? [[String: Any]])
        XCTAssertEqual(Set(halls.compactMap { $0["hall"] as? String }), ["大良", "容桂"], "the bureau's own folder wrote nothing")
        for (name, hall) in [("大良", daliang), ("容桂", ronggui)] {
            let own = try jsonValue(try hall.step(["report", "month", "2026-11", "--json"], staff: nil, at: at)) as? NSDictionary
            let column = halls.first { $0["hall"] as? String == name }?["report"] as? NSDictionary
            XCTAssertEqual(column, own, "\(name)'s column is its own report month")
        }

        let text = try bureau.step(["report", "month", "2026-11", "--all-halls"], staff: nil, at: at)
        let lines = text.split(separator: "\n").map(String.init)
        func row(_ figure: String) throws -> [String] {
            try XCTUnwrap(lines.first { $0.hasPrefix(figure + " ") }, text).split(separator: " ").map(String.init)
        }
        let order = halls.compactMap { $0["hall"] as? String }
        XCTAssertEqual(try row("指标"), ["指标"] + order + ["合计"])
        let issued = ["大良": "2", "容桂": "1"]
        XCTAssertEqual(try row("发号"), ["发号"] + order.map { issued[$0]! } + ["3"])
        XCTAssertEqual(try row("受理工单"), ["受理工单", "1", "1", "2"])
        XCTAssertEqual(try row("已叫号").last, "1")
        XCTAssertEqual(try row("P90等候(分)").last, "-", "a percentile has no sum")

        let md = try makeTemporaryFolder(self).appendingPathComponent("all.md")
        try bureau.step(["report", "month", "2026-11", "--all-halls", "--md", md.path], staff: nil, at: at)
        let markdown = try String(contentsOf: md, encoding: .utf8)
        XCTAssertTrue(markdown.contains("| 指标 | \(order.joined(separator: " | ")) | 合计 |"), markdown)

        let single = try daliang.run(["report", "month", "2026-11", "--all-halls"], staff: nil, at: at)
        XCTAssertEqual(single.status, 0, "a hall's own folder may compare too: it names the same database")
    }

    func testADozenHallsPrintInGroupsThatFitTheTerminalWithTheTotalInTheLast() throws {
        let database = try installedDatabase()
        let names = ["大良营业厅", "容桂营业厅", "伦教营业厅", "勒流营业厅", "陈村营业厅", "北滘营业厅"]
        var last: PracticeHall?
        for name in names {
            let hall = try PracticeHall(for: self, store: try address(database), hall: name)
            try hall.step(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单"], staff: "G01",
                          at: "2026-11-23 09:00")
            last = hall
        }
        let text = try XCTUnwrap(last).step(["report", "month", "2026-11", "--all-halls"], staff: nil, at: "2026-11-24 18:00")
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.allSatisfy { $0.displayWidth <= 80 }, text)
        let headers = lines.filter { $0.hasPrefix("指标 ") }
        XCTAssertEqual(headers.count, 4, "two groups for each of the two tables:\n\(text)")
        XCTAssertTrue(lines.contains("【营业厅排队（各营业厅并列）（2/2）】"), text)
        XCTAssertEqual(headers.filter { $0.hasSuffix("合计") }.count, 2, "the 合计 once per table, in the last group")
        XCTAssertEqual(Set(headers.flatMap { $0.split(separator: " ").map(String.init) }), Set(["指标", "合计"] + names))
        XCTAssertEqual(lines.filter { $0.hasPrefix("发号 ") }.last?.split(separator: " ").last, "6")
    }

    func testBureauStatusGivesEachHallsWaitOrdersAndLastRecordAndMarksTheSilentOne() throws {
        let (_, _, bureau) = try twoHalls()
        let output = try bureau.step(["bureau", "status", "--json"], staff: nil, at: "2026-11-23 10:30")
        let halls = try XCTUnwrap(try jsonValue(output) as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: halls.map { ($0["hall"] as? String ?? "", $0) })
        let daliang = try XCTUnwrap(byName["大良"]), ronggui = try XCTUnwrap(byName["容桂"])
        XCTAssertEqual(daliang["waiting"] as? Int, 1, "A002 waits; A001 was called")
        XCTAssertEqual(daliang["longestWaitMinutes"] as? Double, 60)
        XCTAssertEqual(ronggui["waiting"] as? Int, 1)
        XCTAssertEqual(ronggui["longestWaitMinutes"] as? Double, 90)
        for hall in [daliang, ronggui] {
            XCTAssertEqual((hall["overdue"] as? Int ?? -1) + (hall["dueSoon"] as? Int ?? -1) + (hall["normal"] as? Int ?? -1), 1, "\(hall)")
        }
        XCTAssertEqual(daliang["lastRecordAt"] as? String, "2026-11-23T09:40:00+08:00")
        XCTAssertEqual(daliang["stale"] as? Bool, false, "50 minutes since its last record")
        XCTAssertEqual(ronggui["stale"] as? Bool, true, "85 minutes since its last record")
        XCTAssertNil(byName["区局"], "the bureau's folder is no hall: it wrote nothing")

        let text = try bureau.step(["bureau", "status"], staff: nil, at: "2026-11-23 10:30")
        XCTAssertTrue(text.split(separator: "\n").contains { $0.hasPrefix("容桂") && $0.hasSuffix("2026-11-23 09:05 停滞") }, text)

        let orders = try XCTUnwrap(try jsonValue(try bureau.step(["bureau", "orders", "--hall", "容桂", "--json"], staff: nil, at: "2026-11-23 10:30"))
            as? [[String: Any]])
        XCTAssertEqual(orders.count, 1)
        XCTAssertEqual(orders.first?["status"] as? String, "待派")

        let written = try bureau.run(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单"],
                                     staff: "G01", at: "2026-11-23 10:30")
        XCTAssertEqual(written.status, 3, "the bureau's login cannot write: \(written.errors)")
        XCTAssertTrue(written.errors.contains("SQLSTATE 42501 permission denied"), written.errors)
        XCTAssertTrue(written.errors.contains("本登录只有查看权限"), "a refused write is told as such, not as a lost server: \(written.errors)")

        let unknown = try bureau.run(["bureau", "orders", "--hall", "北滘"], staff: nil, at: "2026-11-23 10:30")
        XCTAssertEqual(unknown.status, 1)
        XCTAssertTrue(unknown.errors.contains("数据库里没有营业厅「北滘」") && unknown.errors.contains("大良") && unknown.errors.contains("容桂"),
                      unknown.errors)
    }

    func testTheBureauStartsEachHallFromItsSnapshotInTheDatabase() throws {
        let (daliang, _, _) = try twoHalls()
        try daliang.step(["log", "snapshot"], staff: nil, at: "2026-11-23 09:45")
        let watch = try BureauWatch(endpoint: try endpoint(database, user: bureauLogin(database)), timeZone: siteZone)
        XCTAssertEqual(watch.halls.map(\.name).sorted(), ["大良", "容桂"].sorted())
        let started = try XCTUnwrap(watch.replica(of: "大良"))
        guard case .snapshot = started.checkedFrom else { return XCTFail("\(started.checkedFrom)") }
        XCTAssertEqual(watch.replica(of: "容桂")?.checkedFrom, .start, "no snapshot there")
        XCTAssertNil(watch.replica(of: "北滘"))
        let connections = try psql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
                                   database)
        XCTAssertEqual(connections, "1", "the bureau reads every hall over one connection")
    }

    func testTheBureauRoleReadsEveryHallAndCannotWriteAny() throws {
        let database = try installedDatabase()
        let bureauLogin = bureauLogin(database)
        try psql("CREATE ROLE \(bureauLogin) LOGIN IN ROLE \(PostgresSchema.bureauRole)", database)
        let owner = try store(database, hall: "大良")
        _ = try owner.append([record()], expecting: 0)
        XCTAssertEqual(try psql("SELECT count(*) FROM records", database, user: bureauLogin), "1")
        XCTAssertEqual(try PostgresHalls.names(at: try endpoint(database, user: bureauLogin)), ["大良"])
        for sql in ["INSERT INTO records SELECT hall || '2', seq, ts, actor, terminal, type, version, body, prev, hash, line_offset FROM records",
                    "INSERT INTO snapshots (hall, seq, bytes) VALUES ('大良', 1, '\\x00')",
                    "DELETE FROM records", "UPDATE records SET actor = 'x'"] {
            let said = try refused(sql, database, user: bureauLogin)
            XCTAssertTrue(said.contains("permission denied"), said)
        }
        let reading = try store(database, hall: "大良", user: bureauLogin)
        XCTAssertThrowsError(try reading.append([record()], expecting: 1), "the store refuses for the server")
    }
}
