import Foundation
import XCTest

/// A practice folder made by the built `halldesk` (`init --practice`) for the command tests:
/// its commands may act as any member (`--staff`) at any hall time (`HALLDESK_NOW`), so a
/// test reads the same whatever the machine's date.
public struct PracticeHall {
    public let halldesk: URL
    /// The data folder's path, as `--data` takes it.
    public let data: String

    public init(for test: XCTestCase) throws {
        halldesk = try builtHalldesk()
        data = try makeTemporaryFolder(test).appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--practice", "--data", data]), 0)
    }

    /// A practice folder whose log is the hall `hall` in the database at `url` (`init --store`).
    public init(for test: XCTestCase, store url: String, hall: String) throws {
        halldesk = try builtHalldesk()
        data = try makeTemporaryFolder(test, hall).appendingPathComponent("data").path
        let made = try runCapturing(halldesk, ["init", "--practice", "--data", data, "--store", url, "--hall", hall])
        XCTAssertEqual(made.status, 0, made.errors)
    }

    /// `halldesk ARGUMENTS --data … [--staff STAFF]`, at hall time `now` when one is given.
    public func run(_ arguments: [String], staff: String?, at now: String? = nil) throws -> (status: Int32, output: String, errors: String) {
        try runCapturing(halldesk, arguments + ["--data", data] + (staff.map { ["--staff", $0] } ?? []),
                         environment: now.map { ["HALLDESK_NOW": $0] } ?? [:])
    }

    /// As `run`, for a step that must succeed; its standard output.
    @discardableResult
    public func step(_ arguments: [String], staff: String?, at now: String? = nil,
                     file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let result = try run(arguments, staff: staff, at: now)
        XCTAssertEqual(result.status, 0, "\(arguments.joined(separator: " ")): \(result.errors)", file: file, line: line)
        return result.output
    }

    /// One line of `--json` output as an object.
    public static func json(_ line: some StringProtocol) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], String(line))
    }
}
