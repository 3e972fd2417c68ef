import Foundation
import XCTest

/// The Unix users and groups tests act as (`hdtest-*` for an installed hall, a login of
/// its own for a test that needs one), made with the system's tools, so only as root.
/// Shared accounts are made once and reused: running the tests again changes nothing.
public enum TestAccounts {
    /// Makes the group `name` unless the system has it.
    public static func group(_ name: String) throws {
        guard try runCapturing(URL(fileURLWithPath: "/usr/bin/getent"), ["group", name]).status != 0 else { return }
        try mustRun("/usr/sbin/groupadd", [name])
    }

    /// Makes `login` in `group`, without a home, unless the system has it: a system account
    /// without a shell for a `service`, else a login with `/bin/sh`.
    public static func login(_ login: String, group: String, service: Bool = false) throws {
        guard try runCapturing(URL(fileURLWithPath: "/usr/bin/id"), ["-u", login]).status != 0 else { return }
        try mustRun("/usr/sbin/useradd", (service ? ["-r", "-s", "/usr/sbin/nologin"] : ["-s", "/bin/sh"]) + ["-M", "-g", group, login])
    }

    /// Makes `login` with a group of its own for `test` alone; it is removed at the test's teardown.
    public static func temporaryLogin(_ login: String, for test: XCTestCase) throws {
        XCTAssertEqual(try runToEnd(URL(fileURLWithPath: "/usr/sbin/useradd"), ["--no-create-home", "--user-group", login]), 0)
        test.addTeardownBlock { _ = try? runToEnd(URL(fileURLWithPath: "/usr/sbin/userdel"), [login]) }
    }
}
