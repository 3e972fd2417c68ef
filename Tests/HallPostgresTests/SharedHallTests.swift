import Foundation
import HallConsole
import HallDomain
import HallPostgres
import HallSession
import HallStore
import XCTest

/// Two machines, each with its own data folder whose `store.toml` names the same hall in
/// one database: whatever one console does, the other's board shows, woken by the
/// server's notification, through the same seam every command and console opens its store by.
final class SharedHallTests: PostgresTestCase {
    private let monday = Date(timeIntervalSince1970: 1_795_397_400) // 2026-11-23 09:30 +08:00

    /// A practice data folder naming `database`'s hall `shunde`, opened as the executable
    /// opens one with a `store.toml`.
    private func machine(_ database: String, _ name: String) throws -> HallFiles {
        let cluster = try cluster
        let url = "postgres://\(cluster.owner)@/\(database)?host=\(cluster.socketFolder)"
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self, name).appendingPathComponent("data"), seeds: Checkout.seeds,
                                           practice: true, store: StoreSettings(url: url, hall: "shunde"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.logURL.path), "no second history beside the database's")
        var files = try HallFiles(folder: folder)
        let settings = try XCTUnwrap(try StoreSettings.load(folder))
        XCTAssertEqual(settings, StoreSettings(url: url, hall: "shunde"))
        files.store = try StoreChoice.postgres(endpoint: try XCTUnwrap(PostgresEndpoint(address: settings.url)), hall: settings.hall,
                                               timeZone: files.timeZone, place: "shunde")
        return files
    }

    private func session(_ files: HallFiles, _ id: String) throws -> ConsoleSession {
        let member = try XCTUnwrap(files.roster.member(id: id))
        let identity = Identity(login: member.login ?? member.id, member: member, terminal: "tty-\(id)", session: nil, onTerminal: true,
                                bootTime: nil)
        return ConsoleSession(files: files, identity: identity, chosen: ActingStaff(member: member))
    }

    private func done(_ results: [ActionResult], file: StaticString = #filePath, line: UInt = #line) {
        for case .refused(let message) in results { XCTFail(message, file: file, line: line) }
    }

    func testACallAtOneMachinesCounterShowsOnAnotherMachinesBoard() throws {
        let database = try installedDatabase()
        let hallA = try machine(database, "a"), hallB = try machine(database, "b")
        let guide = try session(hallA, "G01"), counter = try session(hallA, "C01")
        let board = hallB.replica()
        let coordinator = try session(hallB, "K01")
        let type = try XCTUnwrap(hallA.catalog.businessTypes.first { $0.documents[.residential] != nil })
        done(guide.perform(.issueSlip(businessType: type.code, customerKind: .residential, presented: type.documents[.residential] ?? [],
                                      priority: nil, override: nil, phone: nil), now: monday))
        done(counter.perform(.openCounter(counter: 5), now: monday))
        _ = board.refresh()
        let later = monday.addingTimeInterval(120)
        XCTAssertEqual(board.state.recentCalls(catalog: hallB.catalog, now: later, limit: 1), [], "nobody called yet")

        done(counter.perform(.callNext(counter: 5), now: monday.addingTimeInterval(60)))
        let called = Date()
        while board.state.recentCalls(catalog: hallB.catalog, now: later, limit: 1).isEmpty, Date().timeIntervalSince(called) < 5 {
            _ = board.refresh()
            Thread.sleep(forTimeInterval: 0.005)
        }
        let seen = Date().timeIntervalSince(called)
        XCTAssertEqual(board.state.recentCalls(catalog: hallB.catalog, now: later, limit: 1).map(\.counter), [5], "the board saw the call")
        XCTAssertLessThan(seen, 0.3, "woken by the notification, not the one-second poll")
        XCTAssertEqual(board.head, counter.replica.head)
        XCTAssertTrue(coordinator.poll(showing: .home, now: monday.addingTimeInterval(61)), "the other console caught up too")
        XCTAssertEqual(coordinator.replica.head, counter.replica.head)
        XCTAssertEqual(try hallB.store.reader().head(), counter.replica.head, "one log, in the database")
    }
    /// Given two machines on one hall, when one has a guide and a counter at work, a board
    /// and its health probe, and the other a board, then each machine holds one connection
    /// to the server, whatever it opened: a hundred terminals stay within the server's
    /// `max_connections` of 100.
    func testEachMachineHoldsOneConnectionWhateverItOpens() throws {
        let database = try installedDatabase()
        let hallA = try machine(database, "a"), hallB = try machine(database, "b")
        let guide = try session(hallA, "G01"), counter = try session(hallA, "C01")
        let type = try XCTUnwrap(hallA.catalog.businessTypes.first { $0.documents[.residential] != nil })
        done(guide.perform(.issueSlip(businessType: type.code, customerKind: .residential, presented: type.documents[.residential] ?? [],
                                      priority: nil, override: nil, phone: nil), now: monday))
        done(counter.perform(.openCounter(counter: 5), now: monday))
        done(counter.perform(.callNext(counter: 5), now: monday.addingTimeInterval(60)))
        let boardA = hallA.replica(), boardB = hallB.replica()
        _ = boardA.refresh()
        _ = boardB.refresh()
        XCTAssertNil(hallA.store.problem(0))
        XCTAssertEqual(boardB.head, boardA.head)
        let connections = try psql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
                                   database)
        XCTAssertEqual(connections, "2", "one per machine")
    }

    func testLogSnapshotKeepsTheStateInTheDatabaseAndTheNextReplicaStartsFromIt() throws {
        let database = try installedDatabase()
        let hall = try machine(database, "a")
        done(try session(hall, "C01").perform(.openCounter(counter: 5), now: monday))
        let run = try runCapturing(try builtHalldesk(), ["log", "snapshot", "--data", hall.folder.url.path])
        XCTAssertEqual(run.status, 0, run.errors)
        XCTAssertTrue(run.output.contains("已写快照"), run.output)
        XCTAssertEqual(try hall.store.snapshots().storedSeqs().count, 1, "kept in the database, not in the folder")
        let started = try machine(database, "b").replica()
        guard case .snapshot = started.checkedFrom else { return XCTFail("\(started.checkedFrom)") }
        XCTAssertEqual(started.state, hall.replica().state)
    }
}

