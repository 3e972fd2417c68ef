import Foundation
import XCTest

/// Who acts, through the real binary: `--staff` only for oneself, an admin, or after a PIN
/// switch on this terminal; wrong PINs locked out and logged; a denied action and an
/// unmasked export on the record. The tests run as root, which the seeds map to the admin
/// A01; to act as a login that is not an admin, the data folder's roster is re-mapped.
final class StaffCommandTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var data = ""
    private let door = ["HALLDESK_TERMINAL": "door-1"]

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
    }

    private func run(_ arguments: [String], input: String? = nil) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, arguments + ["--data", data], environment: door, input: input)
    }

    /// The records of the log of one type, as JSON objects.
    private func records(_ type: String) throws -> [[String: Any]] {
        let lines = try String(contentsOfFile: data + "/events.log", encoding: .utf8).split(separator: "\n")
        return try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }.filter { $0["type"] as? String == type }
    }

    /// Maps root to the guide G01 instead of the admin, as on a door terminal.
    private func rootIsTheGuide() throws {
        let url = URL(fileURLWithPath: data + "/seeds/staff.toml")
        var roster = try String(contentsOf: url, encoding: .utf8)
        roster = roster.replacingOccurrences(of: "login = \"root\"", with: "login = \"retired-admin\"")
            .replacingOccurrences(of: "login = \"heminyi\"", with: "login = \"root\"")
        try roster.write(to: url, atomically: true, encoding: .utf8)
    }

    func testStaffIsOnlyForOneselfUntilAPinSwitch() throws {
        XCTAssertEqual(try run(["staff", "set-pin", "C01"], input: "246813\n").status, 0, "the admin sets anyone's PIN")
        try rootIsTheGuide()
        let refused = try run(["counter", "open", "--counter", "1", "--staff", "C01"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("何敏仪（G01） 不能以 C01 的身份操作"), refused.errors)
        XCTAssertTrue(refused.errors.contains("halldesk staff switch C01"), refused.errors)

        let wrong = try run(["staff", "switch", "C01"], input: "111111\n")
        XCTAssertEqual(wrong.status, 1)
        XCTAssertTrue(wrong.errors.contains("PIN 不对，还可再试 2 次"), wrong.errors)
        XCTAssertEqual(try records("pinRejected").count, 1)

        XCTAssertEqual(try run(["staff", "switch", "C01"], input: "246813\n").status, 0)
        XCTAssertEqual(try records("staffSwitched").first?["actor"] as? String, "G01", "the guide at the terminal handed over")
        XCTAssertEqual(try run(["counter", "open", "--counter", "1", "--staff", "C01"]).status, 0)
        let elsewhere = try runCapturing(halldesk, ["counter", "close", "--counter", "1", "--staff", "C01", "--data", data],
                                         environment: ["HALLDESK_TERMINAL": "door-2"])
        XCTAssertEqual(elsewhere.status, 1, "the switch holds on its own terminal only")
    }

    func testThreeWrongPinsLockTheMemberOut() throws {
        XCTAssertEqual(try run(["staff", "set-pin", "G02"], input: "135790\n").status, 0)
        for _ in 0..<3 { XCTAssertEqual(try run(["staff", "switch", "G02"], input: "000000\n").status, 1) }
        let locked = try run(["staff", "switch", "G02"], input: "135790\n")
        XCTAssertEqual(locked.status, 1)
        XCTAssertTrue(locked.errors.contains("秒后再试"), locked.errors)
        XCTAssertEqual(try records("pinRejected").map { $0["body"] as? [String: Any] }.compactMap { $0?["failures"] as? Int }, [1, 2, 3])
    }

    func testAPinIsStoredOnlyAsASlowHashInAPrivateFile() throws {
        let short = try run(["staff", "set-pin", "G02"], input: "1357\n")
        XCTAssertEqual(short.status, 1, "four digits are too few now")
        XCTAssertTrue(short.errors.contains("PIN 须为 6 到 8 位数字"), short.errors)
        XCTAssertEqual(try run(["staff", "set-pin", "G02"], input: "975310\n").status, 0)
        let pins = try String(contentsOfFile: data + "/pins.json", encoding: .utf8)
        XCTAssertFalse(pins.contains("975310"))
        XCTAssertTrue(pins.contains("\"rounds\" : 210000"), pins)
        let mode = try FileManager.default.attributesOfItem(atPath: data + "/pins.json")[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o640)
        let log = try String(contentsOfFile: data + "/events.log", encoding: .utf8)
        XCTAssertFalse(log.contains("975310"))
        XCTAssertEqual(try records("pinSet").count, 1)
    }

    func testADeniedActionIsRefusedInChineseAndLogged() throws {
        let refused = try run(["counter", "open", "--counter", "1", "--staff", "G01"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("导引员不能开放窗口：开放窗口由营业员办理"), refused.errors)
        let denied = try records("actionDenied")
        XCTAssertEqual(denied.count, 1)
        XCTAssertEqual(denied.first?["actor"] as? String, "G01")
        XCTAssertEqual((denied.first?["body"] as? [String: Any])?["action"] as? String, "openCounter")
        XCTAssertEqual(try runToEnd(halldesk, ["log", "verify", "--data", data]), 0)
    }

    func testAnUnmaskedListNeedsAManagerAndIsLogged() throws {
        let intake = ["order", "new", "--kind", "complaint", "--source", "hall", "--category", "FWTD", "--name", "林美玲",
                      "--phone", "13800138000", "--address", "乐从大道 88 号", "--customer-kind", "residential",
                      "--description", "态度生硬", "--staff", "K01"]
        let created = try run(intake)
        XCTAssertEqual(created.status, 0, created.errors)
        XCTAssertTrue(try run(["order", "list", "--staff", "K01"]).output.contains("138****8000"))
        let refused = try run(["order", "list", "--unmasked", "--staff", "K01"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertFalse(refused.output.contains("13800138000"))
        let whole = try run(["order", "list", "--unmasked", "--staff", "M01"])
        XCTAssertEqual(whole.status, 0, whole.errors)
        XCTAssertTrue(whole.output.contains("13800138000"))
        XCTAssertEqual(try records("unmaskedExported").first?["actor"] as? String, "M01")
        XCTAssertEqual(try records("actionDenied").first?["actor"] as? String, "K01")
    }

    func testThePermissionsCommandPrintsTheMatrix() throws {
        let printed = try runCapturing(halldesk, ["staff", "permissions"])
        XCTAssertEqual(printed.status, 0)
        XCTAssertTrue(printed.output.contains("| 派单 | `dispatchOrder` |"), printed.output)
    }

    /// Root is the admin A01 in the seeds: acting as C01 is allowed, and the log names both,
    /// the admin's record first in the same append.
    func testAnAdminActingAsAMemberIsRecordedAsBoth() throws {
        let opened = try run(["counter", "open", "--counter", "1", "--staff", "C01"])
        XCTAssertEqual(opened.status, 0, opened.errors)
        let lines = try String(contentsOfFile: data + "/events.log", encoding: .utf8).split(separator: "\n")
        let records = try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        // One batch: its opener, the admin's record, the member's, and the roster this first
        // append found (see RosterChangeTests).
        XCTAssertEqual(records.map { $0["type"] as? String }, ["batchOpened", "actedOnBehalf", "counterOpened", "rosterChanged"])
        XCTAssertEqual(records.map { $0["actor"] as? String }, ["A01", "A01", "C01", "C01"])
        let body = try XCTUnwrap(records[1]["body"] as? [String: Any])
        XCTAssertEqual(body["admin"] as? String, "A01")
        XCTAssertEqual(body["member"] as? String, "C01")
        XCTAssertEqual(try runToEnd(halldesk, ["log", "verify", "--data", data]), 0)
    }
}
