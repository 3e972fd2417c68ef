import Foundation
import HallStore
import XCTest

/// A data folder's `store.toml`: what `init --store` writes, and a server that cannot be
/// reached refused at start with what to check, whatever the command.
final class StoreSettingsTests: XCTestCase {
    func testInitWritesTheStoreWithItsCommentAndItReadsBack() throws {
        let settings = StoreSettings(url: "postgres://door@/halls?host=/var/run/postgresql", hall: "乐从 \"一\"")
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds,
                                           store: settings)
        let text = try String(contentsOf: folder.storeSettingsURL, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# 本营业厅的事件日志保存在 PostgreSQL 数据库里"), text)
        XCTAssertEqual(try StoreSettings.load(folder), settings)
        XCTAssertNil(try StoreSettings.load(DataFolder(url: folder.url.appendingPathComponent("seeds"))), "no store.toml: the file log")
    }

    func testAnEmptyHallNameIsRefusedNamingTheField() throws {
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds,
                                           store: StoreSettings(url: "postgres://door@/halls", hall: ""))
        XCTAssertThrowsError(try StoreSettings.load(folder)) { error in
            XCTAssertTrue("\(error)".contains("[store] hall"), "\(error)")
        }
    }

    func testAnUnreachableServerIsRefusedAtStartSayingWhatToCheck() throws {
        let folder = try DataFolder.create(at: try makeTemporaryFolder(self).appendingPathComponent("data"), seeds: Checkout.seeds,
                                           practice: true, store: StoreSettings(url: "postgres://door@/halls?host=/nonexistent", hall: "乐从"))
        for command in [["queue", "status"], ["log", "head"], ["log", "verify"], ["display"]] {
            let run = try runCapturing(try builtHalldesk(), command + ["--data", folder.url.path])
            XCTAssertEqual(run.status, 3, "\(command): \(run.errors)")
            XCTAssertTrue(run.errors.contains("数据库 door@/nonexistent/.s.PGSQL.5432/halls 中的营业厅 乐从 现在用不了"), run.errors)
            XCTAssertTrue(run.errors.contains("请检查：PostgreSQL 服务是否在运行"), run.errors)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.logURL.path), "no file log was made instead")
    }
}
