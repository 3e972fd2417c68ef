import XCTest
@testable import HallDomain

/// Given the roster the log recorded, when a writer starts with a roster file, then one
/// `rosterChanged` with the differences, or nothing when the file's hash is the recorded one.
final class RosterCheckTests: XCTestCase {
    private func member(_ id: String, _ roles: [Role], login: String? = nil) -> StaffMember {
        StaffMember(id: id, name: id, roles: roles, department: nil, login: login)
    }

    private func recorded(_ events: [Event]) -> HallState {
        var state = HallState.initial
        state.fold(events, by: "A01", terminal: "pts/0", at: Date(timeIntervalSince1970: 0), timestamp: "")
        return state
    }

    func testTheFirstWriterRecordsEveryMemberAsAdded() {
        let roster = Roster(members: [member("A01", [.admin], login: "root"), member("G01", [.guide])])
        let events = decideRosterCheck(roster, sha256: "h1", state: .initial)
        XCTAssertEqual(events, [.access(.rosterChanged(RosterChanged(sha256: "h1", added: roster.members.map(RosterEntry.init),
                                                                     removed: [], changed: [])))])
        XCTAssertEqual(decideRosterCheck(roster, sha256: "h1", state: recorded(events)), [], "the same file again: nothing")
    }

    func testAChangedFileRecordsWhoWasAddedRemovedAndChanged() {
        let before = Roster(members: [member("A01", [.admin], login: "root"), member("G01", [.guide], login: "heminyi"), member("C01", [.clerk])])
        let state = recorded(decideRosterCheck(before, sha256: "h1", state: .initial))
        let after = Roster(members: [member("A01", [.admin], login: "retired-admin"), member("G01", [.guide], login: "root"),
                                     member("C01", [.clerk]), member("M02", [.manager])])
        let events = decideRosterCheck(after, sha256: "h2", state: state)
        XCTAssertEqual(events, [.access(.rosterChanged(RosterChanged(
            sha256: "h2", added: [RosterEntry(member("M02", [.manager]))], removed: [],
            changed: [RosterEntry(id: "A01", roles: ["admin"], department: nil, login: "retired-admin"),
                      RosterEntry(id: "G01", roles: ["guide"], department: nil, login: "root")])))])
        let now = recorded(decideRosterCheck(before, sha256: "h1", state: .initial) + events)
        XCTAssertEqual(now.roster?.members["G01"]?.login, "root")
        XCTAssertEqual(now.roster?.members.count, 4)

        let shrunk = Roster(members: [member("A01", [.admin], login: "retired-admin")])
        XCTAssertEqual(decideRosterCheck(shrunk, sha256: "h3", state: now),
                       [.access(.rosterChanged(RosterChanged(sha256: "h3", added: [], removed: ["C01", "G01", "M02"], changed: [])))])
    }

    func testAnEditThatChangesNoOnesRightsStillRecordsTheNewHash() {
        let roster = Roster(members: [member("G01", [.guide])])
        let state = recorded(decideRosterCheck(roster, sha256: "h1", state: .initial))
        XCTAssertEqual(decideRosterCheck(roster, sha256: "h2", state: state),
                       [.access(.rosterChanged(RosterChanged(sha256: "h2", added: [], removed: [], changed: [])))])
    }
}
