import Foundation
import XCTest
@testable import HallDomain

/// Due times in event bodies are written and read without a formatter per value: reading
/// must give exactly what `ISO8601DateFormatter` reads, so old logs replay the same; writing
/// gives the same text for whole seconds and cuts fractions to the second.
final class InstantTextTests: XCTestCase {
    func testWritingAndReadingAgreeWithTheFormatter() {
        var generator = SystemRandomNumberGenerator()
        let formatter = ISO8601DateFormatter()
        for _ in 0..<2_000 {
            let whole = Date(timeIntervalSince1970: Double(Int.random(in: 0...4_102_444_800, using: &generator)))
            XCTAssertEqual(InstantText.text(whole), formatter.string(from: whole))
            XCTAssertEqual(InstantText.date(InstantText.text(whole)), whole)
            let date = whole.addingTimeInterval(Double.random(in: 0..<1, using: &generator))
            let text = InstantText.text(date)
            XCTAssertEqual(InstantText.date(text), formatter.date(from: text))
            XCTAssertEqual(InstantText.date(text)?.timeIntervalSince1970 ?? -1, date.timeIntervalSince1970, accuracy: 1)
        }
    }

    func testOtherShapesStillReadAndNonsenseIsNil() {
        XCTAssertEqual(InstantText.date("2026-10-08T16:00:00+08:00"), InstantText.date("2026-10-08T08:00:00Z"))
        XCTAssertEqual(InstantText.date("2026-10-08T08:00:00Z")?.timeIntervalSince1970, 1_791_446_400)
        XCTAssertNil(InstantText.date("2026-02-30T08:00:00Z"))
        XCTAssertNil(InstantText.date("tomorrow"))
    }
}
