import Foundation
@testable import HallStore
import XCTest

/// Reading a record's `ts` back gives the instant it was written at, whatever its offset.
final class LogTimestampTests: XCTestCase {
    func testParseIsTheInverseOfFormatToTheMillisecond() {
        let zones = [TimeZone(identifier: "Asia/Shanghai")!, TimeZone(secondsFromGMT: 0)!, TimeZone(secondsFromGMT: -(3 * 3600 + 30 * 60))!]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let millis = Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &generator)
            let date = Date(timeIntervalSince1970: Double(millis) / 1000)
            let zone = zones.randomElement(using: &generator)!
            let text = LogTimestamp.format(date, in: zone)
            XCTAssertEqual(LogTimestamp.parse(text).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }, millis, text)
        }
    }

    func testAKnownInstant() {
        XCTAssertEqual(LogTimestamp.parse("2026-11-23T09:00:00.000+08:00"), Date(timeIntervalSince1970: 1_795_395_600))
        XCTAssertEqual(LogTimestamp.parse("2026-11-23T01:00:00.250+00:00"), Date(timeIntervalSince1970: 1_795_395_600.25))
    }

    func testTextThatIsNotATimestampIsNil() {
        for text in ["", "2026-11-23", "2026-13-01T00:00:00.000+08:00", "2026-11-23T24:00:00.000+08:00", "2026-11-23T09:00:00.000Z"] {
            XCTAssertNil(LogTimestamp.parse(text), text)
        }
    }
}
