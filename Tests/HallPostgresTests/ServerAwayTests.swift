import Foundation
import HallConsole
import HallDomain
import HallPostgres
import HallSession
import HallStore
import XCTest

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
