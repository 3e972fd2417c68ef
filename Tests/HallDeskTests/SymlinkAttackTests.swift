import Foundation
import XCTest

/// The attacks of issue 12, item 2, replayed as root: `events.log` replaced by a symbolic
/// link to a root-only file was called a torn tail, copied into `quarantine/`, cut and
/// written to; `quarantine/` as a link to a root-only folder received the log's bytes.
/// Now nothing is opened through a link: verify says what it is, writers refuse, and
/// neither the link's target nor quarantine is touched; doctor names both.
final class SymlinkAttackTests: XCTestCase {
    private let now = ["HALLDESK_NOW": "2026-11-03 09:20"]

    private func hall() throws -> (halldesk: URL, data: URL, root: URL) {
        let halldesk = try builtHalldesk()
        let root = try makeTemporaryFolder(self)
        let data = root.appendingPathComponent("data")
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data.path]), 0)
        return (halldesk, data, root)
    }

    private func slip(_ data: URL) -> [String] {
        ["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单", "--staff", "G01", "--data", data.path]
    }

    /// A root-only place outside the data folder, as the attacker aimed at.
    private func rootOnly(_ url: URL, folder: Bool) throws {
        if folder {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } else {
            try Data("root:secret-without-newline".utf8).write(to: url)
            XCTAssertEqual(chmod(url.path, 0o600), 0)
        }
    }

    func testTheLogAsASymlinkIsNamedRefusedAndItsTargetUntouched() throws {
        let (halldesk, data, root) = try hall()
        let log = data.appendingPathComponent("events.log")
        let target = root.appendingPathComponent("shadow")
        try rootOnly(target, folder: false)
        let secret = try Data(contentsOf: target)
        try FileManager.default.removeItem(at: log)
        try FileManager.default.createSymbolicLink(at: log, withDestinationURL: target)

        let verify = try runCapturing(halldesk, ["log", "verify", "--data", data.path])
        XCTAssertEqual(verify.status, 3, verify.output + verify.errors)
        XCTAssertTrue(verify.output.contains("符号链接"), verify.output)
        XCTAssertFalse(verify.output.contains("未写完"), "not a torn tail: \(verify.output)")

        let issued = try runCapturing(halldesk, slip(data), environment: now)
        XCTAssertNotEqual(issued.status, 0)
        XCTAssertTrue(issued.errors.contains("\(log.path) 是符号链接"), issued.errors)
        XCTAssertFalse(issued.errors.contains("日志未做任何改动") && issued.errors.contains("修复"), issued.errors)
        XCTAssertEqual(try Data(contentsOf: target), secret, "the link's target is untouched")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: data.appendingPathComponent("quarantine").path), [])

        let doctor = try runCapturing(halldesk, ["doctor", "--data", data.path], environment: now)
        XCTAssertEqual(doctor.status, 1, doctor.output)
        XCTAssertTrue(doctor.output.contains("\(log.path) 是符号链接"), doctor.output)
    }

    func testAQuarantineSymlinkMakesTheRepairRefuseAndWritesNothingThere() throws {
        let (halldesk, data, root) = try hall()
        XCTAssertEqual(try runCapturing(halldesk, slip(data), environment: now).status, 0)
        let log = data.appendingPathComponent("events.log")
        let handle = try FileHandle(forWritingTo: log)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"seq":2,"ts":"attacker-chosen bytes"#.utf8))
        try handle.close()
        let torn = try Data(contentsOf: log)
        let quarantine = data.appendingPathComponent("quarantine")
        let elsewhere = root.appendingPathComponent("root-only")
        try rootOnly(elsewhere, folder: true)
        try FileManager.default.removeItem(at: quarantine)
        try FileManager.default.createSymbolicLink(at: quarantine, withDestinationURL: elsewhere)

        let issued = try runCapturing(halldesk, slip(data), environment: now)
        XCTAssertNotEqual(issued.status, 0)
        XCTAssertTrue(issued.errors.contains("\(quarantine.path) 是符号链接"), issued.errors)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path), [], "nothing written through the link")
        XCTAssertEqual(try Data(contentsOf: log), torn, "the torn tail stays until quarantine is a real folder")

        let doctor = try runCapturing(halldesk, ["doctor", "--data", data.path], environment: now)
        XCTAssertEqual(doctor.status, 1, doctor.output)
        XCTAssertTrue(doctor.output.contains("\(quarantine.path) 是符号链接"), doctor.output)
    }
}
