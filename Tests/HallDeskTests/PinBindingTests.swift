import Foundation
import XCTest

/// PINs bound to their member and to the data folder's secret, through the real binary: an
/// entry copied from G01 onto M01 does not let G01 in as M01, a `pins.json` copied to
/// another hall is useless there, old four-digit hashes are refused with what to do, the
/// secret is for the service account only, and two `staff set-pin` at once both land.
final class PinBindingTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var folder = URL(fileURLWithPath: "/")
    private var data = ""

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
    }

    private func run(_ arguments: [String], data: String? = nil, input: String? = nil) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, arguments + ["--data", data ?? self.data], environment: ["HALLDESK_TERMINAL": "door-1"], input: input)
    }

    private func pins(in data: String? = nil) throws -> [String: Any] {
        let url = URL(fileURLWithPath: (data ?? self.data) + "/pins.json")
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    private func writePins(_ pins: [String: Any], in data: String? = nil) throws {
        try JSONSerialization.data(withJSONObject: pins, options: [.sortedKeys]).write(to: URL(fileURLWithPath: (data ?? self.data) + "/pins.json"))
    }

    func testAnEntryCopiedFromG01OntoM01DoesNotLetG01InAsM01() throws {
        XCTAssertEqual(try run(["staff", "set-pin", "G01"], input: "246813\n").status, 0)
        XCTAssertEqual(try run(["staff", "set-pin", "M01"], input: "975310\n").status, 0)
        var entries = try pins()
        entries["M01"] = entries["G01"]
        try writePins(entries)

        let switched = try run(["staff", "switch", "M01"], input: "246813\n")
        XCTAssertEqual(switched.status, 1, switched.output)
        XCTAssertTrue(switched.errors.contains("PIN 不对"), switched.errors)
        XCTAssertEqual(try run(["staff", "switch", "G01"], input: "246813\n").status, 0, "the entry still works for its own member")
    }

    /// The file is what it claims: a `pins.json` the group may write (the way G01 once copied
    /// an entry) or a symbolic link in its place is refused, and no PIN is checked against it.
    func testAPinsFileOthersCanWriteOrALinkIsRefused() throws {
        XCTAssertEqual(try run(["staff", "set-pin", "G01"], input: "246813\n").status, 0)
        let path = data + "/pins.json"
        XCTAssertEqual(chmod(path, 0o660), 0)
        let writable = try run(["staff", "switch", "G01"], input: "246813\n")
        XCTAssertNotEqual(writable.status, 0)
        XCTAssertTrue(writable.errors.contains("pins.json"), writable.errors)
        XCTAssertEqual(chmod(path, 0o640), 0)
        XCTAssertEqual(try run(["staff", "switch", "G01"], input: "246813\n").status, 0, "put right, it works again")

        let elsewhere = folder.appendingPathComponent("elsewhere.json").path
        try FileManager.default.moveItem(atPath: path, toPath: elsewhere)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: elsewhere)
        let linked = try run(["staff", "switch", "G01"], input: "246813\n")
        XCTAssertNotEqual(linked.status, 0)
        XCTAssertTrue(linked.errors.contains("符号链接"), linked.errors)
    }

    func testAPinsFileCopiedToAnotherHallIsUselessWithoutThatHallsSecret() throws {
        XCTAssertEqual(try run(["staff", "set-pin", "M01"], input: "975310\n").status, 0)
        let other = folder.appendingPathComponent("other").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", other]), 0)
        try writePins(try pins(), in: other)
        let switched = try run(["staff", "switch", "M01"], data: other, input: "975310\n")
        XCTAssertEqual(switched.status, 1, switched.output)
        XCTAssertTrue(switched.errors.contains("PIN 不对"), switched.errors)

        let secret = data + "/pin-secret"
        let attributes = try FileManager.default.attributesOfItem(atPath: secret)
        XCTAssertEqual(attributes[.posixPermissions] as? Int, 0o600)
        XCTAssertEqual(attributes[.size] as? Int, 32)
        XCTAssertNotEqual(try Data(contentsOf: URL(fileURLWithPath: secret)), try Data(contentsOf: URL(fileURLWithPath: other + "/pin-secret")))
    }

    func testAnOldHashIsRefusedWhateverIsTypedAndTheMemberIsToldToSetANewPin() throws {
        try writePins(["G02": ["algorithm": "PBKDF2-HMAC-SHA256", "rounds": 210_000, "salt": String(repeating: "ab", count: 16),
                               "hash": String(repeating: "cd", count: 32)]])
        let switched = try run(["staff", "switch", "G02"], input: "1357\n")
        XCTAssertEqual(switched.status, 1)
        XCTAssertTrue(switched.errors.contains("G02 的 PIN 是旧版本设置的"), switched.errors)
        XCTAssertTrue(switched.errors.contains("halldesk staff set-pin G02"), switched.errors)
        XCTAssertEqual(try run(["staff", "set-pin", "G02"], input: "135790\n").status, 0)
        XCTAssertEqual(try run(["staff", "switch", "G02"], input: "135790\n").status, 0)
    }

    /// The hall's group reads the folder but not the secret: a login of the group running the
    /// binary as itself (not setuid to the service account) cannot check a PIN at all.
    func testTheSecretIsNotReadableByTheHallsGroup() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            throw XCTSkip("needs root, useradd and setpriv to act as a login of the hall's group")
        }
        let login = "hdpin\(getpid() % 100_000)"
        try TestAccounts.temporaryLogin(login, for: self)
        XCTAssertEqual(try run(["staff", "set-pin", "G01"], input: "246813\n").status, 0)
        XCTAssertEqual(try runToEnd(URL(fileURLWithPath: "/usr/bin/chgrp"), ["-R", login, folder.path]), 0)
        XCTAssertEqual(chmod(folder.path, 0o750), 0)
        let id = try XCTUnwrap(getpwnam(login)?.pointee)
        let asGroup = ["--reuid=\(id.pw_uid)", "--regid=\(id.pw_gid)", "--clear-groups"]

        let read = try runCapturing(URL(fileURLWithPath: "/usr/bin/setpriv"), asGroup + ["cat", data + "/pin-secret"])
        XCTAssertNotEqual(read.status, 0, "the group cannot read the secret")
        XCTAssertEqual(try runCapturing(URL(fileURLWithPath: "/usr/bin/setpriv"), asGroup + ["cat", data + "/pins.json"]).status, 0,
                       "while it can read the rest of the folder")
        let switched = try runCapturing(URL(fileURLWithPath: "/usr/bin/setpriv"),
                                        asGroup + [halldesk.path, "staff", "switch", "G01", "--data", data],
                                        environment: ["HALLDESK_TERMINAL": "door-1"], input: "246813\n")
        XCTAssertEqual(switched.status, 1)
        XCTAssertTrue(switched.errors.contains("PIN 密钥文件"), switched.errors)
    }

    func testTwoSetPinsAtTheSameInstantBothLand() throws {
        let members = ["G01", "G02", "C01", "C02", "C03", "C04"]
        for round in 1...3 {
            try? FileManager.default.removeItem(atPath: data + "/pins.json")
            let runs = try members.enumerated().map { index, member in
                let process = Process()
                process.executableURL = halldesk
                process.arguments = ["staff", "set-pin", member, "--data", data]
                let input = Pipe()
                process.standardInput = input
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                return (process, input, "\(round)\(index)24680")
            }
            for (_, input, pin) in runs {
                input.fileHandleForWriting.write(Data((String(pin.prefix(8)) + "\n").utf8))
                try input.fileHandleForWriting.close()
            }
            for (process, _, _) in runs { process.waitUntilExit() }
            XCTAssertEqual(runs.map { $0.0.terminationStatus }, Array(repeating: 0, count: members.count))
            XCTAssertEqual(try pins().keys.sorted(), members.sorted(), "round \(round): every member's PIN is kept")
        }
        XCTAssertEqual(try run(["staff", "switch", "C03"], input: "3424680\n").status, 0, "the last round's PIN of C03")
    }
}
