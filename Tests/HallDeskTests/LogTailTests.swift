import Foundation
import XCTest

/// `log tail` masks customers' numbers on both of its outputs, refuses logins off the
/// roster, and shows them whole only to a manager who asks, which is logged.
final class LogTailTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var folder = URL(fileURLWithPath: "/")
    private var data = ""
    private let whole = ["13812341234", "13900001111", "44010619900101123X", "0301234567"]

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
        let order = try tail(["order", "new", "--kind", "complaint", "--source", "hall", "--category", "DFZY", "--name", "张伟",
                              "--phone", "13812341234", "--account", "0301234567", "--address", "天河北路 1 号", "--area", "天河北",
                              "--station", "天河供电所", "--area-type", "city", "--customer-kind", "居民",
                              "--description", "身份证 44010619900101123X，另留电话 13900001111", "--staff", "K01"], command: [])
        XCTAssertEqual(order.status, 0, order.errors)
        let slip = try tail(["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单",
                             "--phone", "13812341234", "--staff", "G01"], command: [])
        XCTAssertEqual(slip.status, 0, slip.errors)
    }

    /// `halldesk log tail --no-follow --after 0 ARGUMENTS` (or another command).
    private func tail(_ arguments: [String], command: [String] = ["log", "tail", "--no-follow", "--after", "0"]) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, command + arguments + ["--data", data])
    }

    private func types() throws -> [String] {
        let lines = try String(contentsOfFile: data + "/events.log", encoding: .utf8).split(separator: "\n")
        return try lines.compactMap { (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["type"] as? String }
    }

    func testTextAndJSONAreMaskedForEveryoneWhoDoesNotAsk() throws {
        for staff in ["A01", "K01", "G01"] {
            for format in [[], ["--json"]] {
                let shown = try tail(format + ["--staff", staff])
                XCTAssertEqual(shown.status, 0, shown.errors)
                for number in whole { XCTAssertFalse(shown.output.contains(number), "\(staff) \(format): \(number)\n\(shown.output)") }
                XCTAssertTrue(shown.output.contains("138****1234"), shown.output)
                XCTAssertTrue(shown.output.contains("440106********123X"), shown.output)
            }
        }
        let line = try XCTUnwrap(try tail(["--json"]).output.split(separator: "\n").first { $0.contains("workOrderRegistered") })
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        XCTAssertEqual(object["masked"] as? Bool, true)
        XCTAssertFalse(try types().contains("unmaskedExported"), "a masked read is not an export")
    }

    func testAnUnmaskedReadIsAManagersAndIsLogged() throws {
        let refused = try tail(["--unmasked", "--staff", "K01"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.errors.contains("协调员不能导出未遮蔽的客户资料"), refused.errors)
        XCTAssertEqual(refused.output, "")
        XCTAssertEqual(try types().filter { $0 == "actionDenied" }.count, 1)

        let shown = try tail(["--unmasked", "--json", "--staff", "M01"])
        XCTAssertEqual(shown.status, 0, shown.errors)
        for number in whole { XCTAssertTrue(shown.output.contains(number), number) }
        let exported = try XCTUnwrap(shown.output.split(separator: "\n").last { $0.contains("unmaskedExported") })
        XCTAssertTrue(exported.contains(#""export":"log tail --unmasked --after 0 --no-follow --json""#), String(exported))
        XCTAssertTrue(exported.contains(#""actor":"M01""#), String(exported))
    }

    /// A department sees its own orders only; the whole log names every order, so a
    /// department member gets the way to its own instead, and nothing of the log.
    func testADepartmentMemberIsSentToItsOwnOrders() throws {
        for format in [[], ["--json"]] {
            let refused = try tail(format + ["--staff", "D01"])
            XCTAssertEqual(refused.status, 1, refused.output)
            XCTAssertTrue(refused.errors.contains("只能查看本部门的工单") && refused.errors.contains("order list"), refused.errors)
            XCTAssertEqual(refused.output, "", "nothing of the log is printed")
        }
        XCTAssertEqual(try tail(["--staff", "K01"]).status, 0, "the coordinator sees every order, and the log")
    }

    func testALoginOffTheRosterIsRefused() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root, useradd and setpriv to act as a login of the hall's group")
        }
        let login = "hdtail\(getpid() % 100_000)"
        try TestAccounts.temporaryLogin(login, for: self)
        XCTAssertEqual(try runToEnd(URL(fileURLWithPath: "/usr/bin/chgrp"), ["-R", login, folder.path]), 0)
        XCTAssertEqual(chmod(folder.path, 0o750), 0)
        let id = try XCTUnwrap(getpwnam(login)?.pointee)
        let asLogin = ["--reuid=\(id.pw_uid)", "--regid=\(id.pw_gid)", "--clear-groups", halldesk.path]
        for format in [[], ["--json"]] {
            let refused = try runCapturing(URL(fileURLWithPath: "/usr/bin/setpriv"),
                                           asLogin + ["log", "tail", "--no-follow", "--after", "0", "--data", data] + format)
            XCTAssertEqual(refused.status, 1, refused.output)
            XCTAssertTrue(refused.errors.contains("登录名 \(login) 不在人员名单里，不能查看日志"), refused.errors)
            XCTAssertEqual(refused.output, "")
        }
    }
}
