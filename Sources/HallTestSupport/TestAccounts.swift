import Foundation
import XCTest

/// The Unix users and groups tests act as (`hdtest-*` for an installed hall, a login of
/// its own for a test that needs one), made with the system's tools, so only as root.
/// Shared accounts are made once and reused: running the tests again changes nothing.
///
/// `swift test --parallel` runs tests in several processes at once, so two of them may find
/// an account missing at the same moment; each look-and-make therefore holds a lock file
/// (`flock`), and the second finds what the first made.
public enum TestAccounts {
    /// Makes the group `name` unless the system has it.
    public static func group(_ name: String) throws {
        try holdingTheLock {
            guard try runCapturing(URL(fileURLWithPath: "/usr/bin/getent"), ["group", name]).status != 0 else { return }
            try mustRun("/usr/sbin/groupadd", [name])
        }
    }

    /// Makes `login` in `group`, without a home, unless the system has it: a system account
    /// without a shell for a `service`, else a login with `/bin/sh`.
    public static func login(_ login: String, group: String, service: Bool = false) throws {
        try holdingTheLock {
            guard try runCapturing(URL(fileURLWithPath: "/usr/bin/id"), ["-u", login]).status != 0 else { return }
            try mustRun("/usr/sbin/useradd", (service ? ["-r", "-s", "/usr/sbin/nologin"] : ["-s", "/bin/sh"]) + ["-M", "-g", group, login])
        }
    }

    /// Makes `login` with a group of its own for `test` alone; it is removed at the test's teardown.
    public static func temporaryLogin(_ login: String, for test: XCTestCase) throws {
        try holdingTheLock {
            XCTAssertEqual(try runToEnd(URL(fileURLWithPath: "/usr/sbin/useradd"), ["--no-create-home", "--user-group", login]), 0)
        }
        test.addTeardownBlock { try? holdingTheLock { _ = try runToEnd(URL(fileURLWithPath: "/usr/sbin/userdel"), [login]) } }
    }

    /// Runs `body` while holding an exclusive `flock` on a lock file shared by every test process.
    private static func holdingTheLock(_ body: () throws -> Void) throws {
        let descriptor = open("/tmp/halldesk-test-accounts.lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw CocoaError(.fileLocking) }
        }
        try body()
    }
}
