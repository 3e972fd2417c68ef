import Foundation
import HallPostgres
import HallStore
import XCTest

/// Given a data folder whose hall is in PostgreSQL, when `halldesk doctor` looks it over,
/// then it names the connection, the schema's version, the append-only grants of the login
/// the folder uses and how soon a follower hears of a record, besides the chain it reads.
final class PostgresDoctorTests: PostgresTestCase {
    private func doctor(_ database: String, user: String) throws -> (status: Int32, output: String, errors: String) {
        let cluster = try cluster
        let url = "postgres://\(user)@/\(database)?host=\(cluster.socketFolder)"
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self, user).appendingPathComponent("data"), seeds: Checkout.seeds,
                                           practice: true, store: StoreSettings(url: url, hall: "shunde"))
        return try runCapturing(try builtHalldesk(), ["doctor", "--data", folder.url.path])
    }

    func testAConsoleLoginPassesAndTheOwnerIsWarned() throws {
        let database = try installedDatabase()
        _ = try store(database).append([record()], expecting: 0)
        try psql("CREATE ROLE door_1 LOGIN IN ROLE \(PostgresSchema.consoleRole)", database)
        let console = try doctor(database, user: "door_1")
        for said in ["已连上数据库 door_1@", "第 \(PostgresSchema.version) 版", "本登录只能新增和读取记录，修改和删除由触发器拒绝",
                     "毫秒后通知到各终端", "1 条记录逐条核对通过"] {
            XCTAssertTrue(console.output.contains(said), "\(said) not in:\n\(console.output)\(console.errors)")
        }
        XCTAssertFalse(console.output.contains("磁盘空间"), "the log is not on this disk")
        let owner = try doctor(database, user: try cluster.owner)
        XCTAssertTrue(owner.output.contains("本登录有修改、删除记录的权限（触发器仍会拒绝）"), owner.output)
    }

    func testTheBureausLoginIsReadOnlyAndSaidSo() throws {
        let database = try installedDatabase()
        _ = try store(database).append([record()], expecting: 0)
        try psql("CREATE ROLE bureau_\(database) LOGIN IN ROLE \(PostgresSchema.bureauRole)", database)
        let run = try doctor(database, user: "bureau_\(database)")
        XCTAssertEqual(run.status, 0, run.output + run.errors)
        XCTAssertTrue(run.output.contains("本登录只能读取（halldesk_bureau 角色）：区局协调"), run.output)
        XCTAssertTrue(run.output.contains("1 条记录逐条核对通过"), run.output)
    }

    func testADatabaseWithoutTheSchemaIsAProblem() throws {
        let database = try cluster.newDatabase()
        let run = try doctor(database, user: try cluster.owner)
        XCTAssertEqual(run.status, 1, run.output + run.errors)
        XCTAssertTrue(run.output.contains("数据库里没有 HallDesk 的表"), run.output)
    }
}
