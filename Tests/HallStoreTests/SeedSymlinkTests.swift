import Foundation
import HallStore
import XCTest

/// A seed file replaced by a symbolic link (to a roster or rules someone else wrote) is not
/// read: the hall's settings must be the files they claim to be.
final class SeedSymlinkTests: XCTestCase {
    func testASymlinkedSeedIsRefusedWithItsName() throws {
        let folder = try makeTemporaryFolder(self)
        let data = try DataFolder.create(at: folder.appendingPathComponent("data"), seeds: Checkout.seeds)
        XCTAssertNoThrow(try SeedCatalog.load(folder: data.seedsURL))
        let staff = data.seedsURL.appendingPathComponent("staff.toml")
        let elsewhere = folder.appendingPathComponent("planted.toml")
        try FileManager.default.moveItem(at: staff, to: elsewhere)
        try FileManager.default.createSymbolicLink(at: staff, withDestinationURL: elsewhere)
        XCTAssertThrowsError(try SeedCatalog.load(folder: data.seedsURL)) { error in
            XCTAssertTrue("\(error)".contains("staff.toml") && "\(error)".contains("符号链接"), "\(error)")
        }
    }
}
