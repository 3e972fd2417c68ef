import Foundation
import XCTest

/// The attacks of issue 12 on who acts and which clock, replayed as they were done: by
/// other Unix users of the hall's group, through the setuid install (`InstalledHall`).
/// Each is now refused, writes nothing in anyone's name, and the log still verifies.
final class IdentityAttackTests: XCTestCase {
    private let managerPIN = "135790"
    private let intake = ["order", "new", "--kind", "complaint", "--source", "hall", "--category", "FWTD", "--name", "林美玲",
                          "--phone", "13800138000", "--address", "乐从大道 88 号", "--customer-kind", "residential", "--description", "态度生硬"]

    /// Records written in `member`'s name.
    private func written(by member: String, _ hall: InstalledHall) throws -> [[String: Any]] {
        try hall.records().filter { $0["actor"] as? String == member }
    }

    /// A live hall with one order in it (taken in by the coordinator's own login) and the
    /// manager's PIN set by the admin.
    private func liveHall() throws -> InstalledHall {
        let hall = try InstalledHall.make(self)
        let order = try hall.run(as: InstalledHall.logins["K01"]!, intake)
        XCTAssertEqual(order.status, 0, order.errors)
        XCTAssertEqual(try hall.run(as: "root", ["staff", "set-pin", "M01"], input: managerPIN + "\n").status, 0)
        return hall
    }

    func testALoginOffTheRosterCannotActAsWhoeverSwitchedInOnATerminal() throws {
        let hall = try liveHall()
        let guide = InstalledHall.logins["G01"]!
        // M01 switches in at the door terminal (the guide's login) and, in that session, may act.
        let door = try hall.runOnTerminal(as: guide, [["staff", "switch", "M01"], ["order", "list", "--unmasked", "--staff", "M01"]],
                                          answer: managerPIN)
        XCTAssertTrue(door.screen.contains("已换人"), door.screen)
        XCTAssertTrue(door.screen.contains("13800138000"), "the switch-in holds in its own session: \(door.screen)")
        let switched = try XCTUnwrap(hall.records().first { $0["type"] as? String == "staffSwitched" })
        let terminal = try XCTUnwrap(switched["terminal"] as? String)
        XCTAssertTrue(terminal.hasPrefix("pts/"), "the terminal is the system's tty: \(terminal)")
        let before = try hall.records().count

        let stranger = InstalledHall.stranger
        let named = ["HALLDESK_TERMINAL": terminal]
        let list = try hall.run(as: stranger, ["order", "list", "--unmasked", "--staff", "M01"], environment: named)
        XCTAssertEqual(list.status, 1)
        XCTAssertTrue(list.errors.contains("环境变量 HALLDESK_TERMINAL 只在练习用的数据目录"), list.errors)
        XCTAssertFalse(list.output.contains("13800138000"))
        let opened = try hall.run(as: stranger, ["case", "open", "GD000001", "--cause", "冒名", "--action", "冒名", "--owner", "营销部",
                                                 "--due", "2026-12-31", "--staff", "M01"], environment: named)
        XCTAssertEqual(opened.status, 1)
        XCTAssertTrue(opened.errors.contains("HALLDESK_TERMINAL"), opened.errors)

        // Without the variable, on a terminal of their own: another session, not M01's.
        let own = try hall.runOnTerminal(as: stranger, [["order", "list", "--unmasked", "--staff", "M01"]])
        XCTAssertNotEqual(own.status, 0)
        XCTAssertTrue(own.screen.contains("不能以 M01 的身份操作"), own.screen)
        XCTAssertFalse(own.screen.contains("13800138000"))
        let script = try hall.run(as: stranger, ["counter", "open", "--counter", "1"])
        XCTAssertTrue(script.errors.contains("不在人员名单里，不能操作"), "off the roster acts as nobody: \(script.errors)")

        XCTAssertEqual(try hall.records().count, before, "nothing written by any of the attempts")
        XCTAssertEqual(try written(by: "M01", hall).map { $0["type"] as? String }, ["unmaskedExported"], "only the door's own read")
        XCTAssertTrue(try hall.verifies())
    }

    func testASwitchPipedInWithoutATerminalIsRefused() throws {
        let hall = try liveHall()
        let piped = try hall.run(as: InstalledHall.logins["G01"]!, ["staff", "switch", "M01"], input: managerPIN + "\n")
        XCTAssertEqual(piped.status, 1)
        XCTAssertTrue(piped.errors.contains("换人须在终端上进行"), piped.errors)
        let other = try hall.run(as: InstalledHall.logins["C01"]!, ["order", "list", "--unmasked", "--staff", "M01"])
        XCTAssertEqual(other.status, 1)
        XCTAssertTrue(other.errors.contains("脚本与管道里不能以他人身份操作"), other.errors)
        XCTAssertFalse(other.output.contains("13800138000"))
        XCTAssertEqual(try hall.records().compactMap { $0["type"] as? String }, ["batchOpened", "workOrderRegistered", "rosterChanged", "pinSet"],
                       "no switch, no try logged")
        XCTAssertTrue(try hall.verifies())
    }

    func testAClockSetFarAheadCannotFreezeALiveHall() throws {
        let hall = try liveHall()
        let guide = InstalledHall.logins["G01"]!
        let frozen = try hall.runOnTerminal(as: guide, [["staff", "switch", "M01"]], environment: ["HALLDESK_NOW": "2099-12-31 23:59"],
                                            answer: "000000")
        XCTAssertNotEqual(frozen.status, 0)
        XCTAssertTrue(frozen.screen.contains("环境变量 HALLDESK_NOW 只在练习用的数据目录"), frozen.screen)
        XCTAssertFalse(try hall.records().contains { ($0["ts"] as? String)?.hasPrefix("2099") == true }, "no record stamped 2099")
        XCTAssertFalse(try hall.records().contains { $0["type"] as? String == "pinRejected" })
        let clerk = try hall.run(as: InstalledHall.logins["C01"]!, ["counter", "open", "--counter", "1"])
        XCTAssertEqual(clerk.status, 0, "the hall goes on: \(clerk.errors)")
        XCTAssertTrue(try hall.verifies())
    }

    func testAPracticeHallRefusesYearsOutOfRange() throws {
        let hall = try InstalledHall.make(self, practice: true)
        for when in ["2099-12-31 23:59", "9999-12-31 00:00"] {
            let run = try hall.run(as: InstalledHall.logins["C01"]!, ["counter", "open", "--counter", "1"], environment: ["HALLDESK_NOW": when])
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue(run.errors.contains("超出可接受的范围（2000–2090 年）"), run.errors)
        }
        XCTAssertEqual(try hall.records().count, 0)
    }

    func testThreeWrongPinsThenAClockTwoMinutesLaterIsStillLocked() throws {
        let hall = try InstalledHall.make(self, practice: true)
        XCTAssertEqual(try hall.run(as: "root", ["staff", "set-pin", "M01"], environment: ["HALLDESK_NOW": "2026-11-23 08:59"],
                                    input: managerPIN + "\n").status, 0)
        let guide = InstalledHall.logins["G01"]!
        for _ in 1...3 {
            let wrong = try hall.runOnTerminal(as: guide, [["staff", "switch", "M01"]], environment: ["HALLDESK_NOW": "2026-11-23 09:00"],
                                               answer: "000000")
            XCTAssertTrue(wrong.screen.contains("PIN 不对"), wrong.screen)
        }
        let later = try hall.runOnTerminal(as: guide, [["staff", "switch", "M01"]], environment: ["HALLDESK_NOW": "2026-11-23 09:02"],
                                           answer: managerPIN)
        XCTAssertNotEqual(later.status, 0)
        XCTAssertTrue(later.screen.contains("秒后再试"), later.screen)
        XCTAssertFalse(try hall.records().contains { $0["type"] as? String == "staffSwitched" })
        XCTAssertEqual(try hall.records().filter { $0["type"] as? String == "pinRejected" }.count, 3)
        XCTAssertTrue(try hall.verifies())
    }

    /// Through the setuid binary a login once wrote a report over the live log: files the
    /// caller names are now opened as the caller, who may not write the data folder.
    func testAReportExportCannotOverwriteTheLog() throws {
        let hall = try liveHall()
        let log = hall.data.appendingPathComponent("events.log")
        let before = try Data(contentsOf: log)
        for login in [InstalledHall.stranger, InstalledHall.logins["M01"]!] {
            let run = try hall.run(as: login, ["report", "month", "2026-11", "--md", log.path])
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue(run.errors.contains("无法写入Markdown 月报"), run.errors)
        }
        XCTAssertEqual(try Data(contentsOf: log), before)
        XCTAssertTrue(try hall.verifies())
    }

    /// A login of the hall reads customers only through the binary, masked, never with `cat`;
    /// a folder whose group holds the logins is a problem doctor names.
    func testALoginReadsTheLogOnlyThroughHallDeskMasked() throws {
        let hall = try liveHall()
        let guide = InstalledHall.logins["G01"]!
        let asGuide = ["--reuid=\(guide)", "--regid=\(InstalledHall.group)", "--clear-groups"]
        for file in ["events.log", "pins.json", "pin-secret"] {
            let cat = try runCapturing(URL(fileURLWithPath: "/usr/bin/setpriv"), asGuide + ["cat", hall.data.appendingPathComponent(file).path])
            XCTAssertNotEqual(cat.status, 0, "\(file) is not the login's to read")
            XCTAssertFalse(cat.output.contains("13800138000"))
        }
        let tail = try hall.run(as: guide, ["log", "tail", "--no-follow", "--json"])
        XCTAssertEqual(tail.status, 0, tail.errors)
        XCTAssertTrue(tail.output.contains("workOrderRegistered"), tail.output)
        XCTAssertFalse(tail.output.contains("13800138000"), "masked through the binary")
        let readers = try doctorReaders(hall)
        XCTAssertEqual(readers["level"] as? String, "ok", "\(readers)")

        XCTAssertEqual(try runCapturing(URL(fileURLWithPath: "/usr/bin/chgrp"), ["-R", InstalledHall.group, hall.data.path]).status, 0)
        let opened = try doctorReaders(hall)
        XCTAssertEqual(opened["level"] as? String, "problem")
        let detail = try XCTUnwrap(opened["detail"] as? String)
        XCTAssertTrue(detail.contains(guide) && detail.contains(InstalledHall.logins["M01"]!), detail)
    }

    /// doctor's `readers` finding on `hall`, run by the service account.
    private func doctorReaders(_ hall: InstalledHall) throws -> [String: Any] {
        let doctor = try hall.runAsService(["doctor", "--json", "--data", hall.data.path])
        let findings = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(doctor.output.utf8)) as? [[String: Any]], doctor.output + doctor.errors)
        return try XCTUnwrap(findings.first { $0["key"] as? String == "readers" })
    }
}
