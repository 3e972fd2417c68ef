import Foundation
import XCTest

/// A roster change leaves a trace: the first writer after `seeds/staff.toml` changed records
/// one `rosterChanged` (its SHA-256, who was added, removed or changed), and an unchanged
/// file records nothing.
final class RosterChangeTests: XCTestCase {
    private var halldesk = URL(fileURLWithPath: "/")
    private var data = ""

    override func setUpWithError() throws {
        halldesk = try builtHalldesk()
        let folder = try makeTemporaryFolder(self)
        data = folder.appendingPathComponent("data").path
        XCTAssertEqual(try runToEnd(halldesk, ["init", "--data", data]), 0)
    }

    private func issue() throws {
        let run = try runCapturing(halldesk, ["slip", "issue", "--type", "JF", "--kind", "residential", "--have", "用电户号或电费通知单",
                                              "--staff", "G01", "--data", data])
        XCTAssertEqual(run.status, 0, run.errors)
    }

    private func changes() throws -> [[String: Any]] {
        let lines = try String(contentsOfFile: data + "/events.log", encoding: .utf8).split(separator: "\n")
        return try lines.compactMap { try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
            .filter { $0["type"] as? String == "rosterChanged" }.compactMap { $0["body"] as? [String: Any] }
    }

    private func sha256(ofRoster path: String) throws -> String {
        let run = try runCapturing(URL(fileURLWithPath: "/usr/bin/sha256sum"), [path])
        return String(run.output.prefix(64))
    }

    func testAnEditedRosterIsRecordedOnceByTheNextCommandAndAnUnchangedOneNever() throws {
        let roster = data + "/seeds/staff.toml"
        try issue()
        let first = try changes()
        XCTAssertEqual(first.count, 1, "the roster the hall started with")
        XCTAssertEqual(first.first?["sha256"] as? String, try sha256(ofRoster: roster))
        XCTAssertEqual((first.first?["added"] as? [[String: Any]])?.count, 15, "every member of seeds/staff.toml")
        try issue()
        XCTAssertEqual(try changes().count, 1, "unchanged: nothing more")

        let text = try String(contentsOfFile: roster, encoding: .utf8)
            .replacingOccurrences(of: "login = \"heminyi\"", with: "login = \"heminyi2\"")
        try text.write(toFile: roster, atomically: true, encoding: .utf8)
        try issue()
        try issue()
        let all = try changes()
        XCTAssertEqual(all.count, 2, "one record for the edit")
        XCTAssertEqual(all.last?["sha256"] as? String, try sha256(ofRoster: roster))
        let changed = try XCTUnwrap(all.last?["changed"] as? [[String: Any]])
        XCTAssertEqual(changed.map { $0["id"] as? String }, ["G01"])
        XCTAssertEqual(changed.first?["login"] as? String, "heminyi2")
        XCTAssertEqual((all.last?["added"] as? [Any])?.count, 0)
        XCTAssertEqual(try runToEnd(halldesk, ["log", "verify", "--data", data]), 0)
    }
}
