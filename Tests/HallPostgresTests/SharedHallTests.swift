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

/// The server away for a while: a console on a hall in PostgreSQL shows a banner and
/// refuses actions, without an alarm, and resumes by itself once the server is back.
final class ServerAwayTests: PostgresTestCase {
    func testAConsoleShowsABannerWhileTheServerIsAwayAndResumesByItself() throws {
        let cluster = try cluster
        let database = try installedDatabase()
        let url = "postgres://\(cluster.owner)@/\(database)?host=\(cluster.socketFolder)"
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds,
                                           practice: true, store: StoreSettings(url: url, hall: "shunde"))
        var files = try HallFiles(folder: folder)
        files.store = try StoreChoice.postgres(endpoint: try XCTUnwrap(PostgresEndpoint(address: url)), hall: "shunde",
                                               timeZone: files.timeZone, place: "数据库 hall 中的营业厅 shunde")
        let clerk = try XCTUnwrap(files.roster.member(id: "C01"))
        let console = ConsoleSession(files: files, identity: Identity(login: "c01", member: clerk, terminal: "tty-c01", session: nil,
                                                                      onTerminal: true, bootTime: nil),
                                     chosen: ActingStaff(member: clerk))
        let monday = Date(timeIntervalSince1970: 1_795_397_400)
        guard case .done? = console.perform(.openCounter(counter: 5), now: monday).first else { return XCTFail("counter 5 did not open") }
        let opened = console.replica.head

        try cluster.halt()
        let refused = console.perform(.closeCounter(counter: 5), now: monday.addingTimeInterval(60))
        guard case .refused(let message)? = refused.first else { return XCTFail("\(refused)") }
        XCTAssertTrue(message.contains("连不上保存日志的数据库服务器"), message)
        _ = console.poll(showing: .home, now: monday.addingTimeInterval(61))
        let banner = try XCTUnwrap(console.facts(now: monday, showing: .home).log.banner)
        XCTAssertTrue(banner.hasPrefix("连不上数据库 hall 中的营业厅 shunde"), banner)
        XCTAssertTrue(banner.contains("恢复后自动继续，无需重启"), banner)
        XCTAssertNil(console.replica.alarm, "a server away is no damage to the log")

        try cluster.resume()
        let back = Date()
        while console.facts(now: monday, showing: .home).log.banner != nil, Date().timeIntervalSince(back) < 10 {
            _ = console.poll(showing: .home, now: monday.addingTimeInterval(62))
            Thread.sleep(forTimeInterval: 0.1)
        }
        XCTAssertNil(console.facts(now: monday, showing: .home).log.banner, "the banner went by itself")
        guard case .done? = console.perform(.closeCounter(counter: 5), now: monday.addingTimeInterval(120)).first else {
            return XCTFail("the counter could not be closed once the server was back")
        }
        XCTAssertEqual(console.replica.head.seq, opened.seq + 1, "nothing lost, nothing doubled")
    }
}
