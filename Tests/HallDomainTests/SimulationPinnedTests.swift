import Foundation
import XCTest
@testable import HallDomain

/// Figures a seed gave when the day was first written, pinned: a change to how the day is
/// played (the desk it acts through, the order of its actions) must not change what a
/// given seed tells, or `halldesk simulate` results stop being comparable across versions.
/// The digests were taken again when slips began to print the forward simulation's
/// estimate: the bodies changed, the figures did not.
final class SimulationPinnedTests: XCTestCase {
    func testSeedSevenStillTellsTheDayItToldBefore() throws {
        let pinned: [(guide: Bool, slips: Int, served: Int, noShows: Int, visits: Int, average: Double, lastEnd: Double, events: Int, digest: UInt64)] = [
            (false, 104, 80, 5, 104, 7.051940114431758, 246.69361357823752, 423, 11_534_042_878_194_553_396),
            (true, 68, 66, 2, 107, 1.6616287195764148, 253.69677530635033, 320, 2_822_290_358_520_470_035),
        ]
        for pin in pinned {
            let run = try SimulationFixture.run(SimulationFixture.policy(guide: pin.guide, prefill: pin.guide))
            let result = run.result
            XCTAssertEqual([result.slips, result.served, result.noShows, result.visits], [pin.slips, pin.served, pin.noShows, pin.visits], "guide \(pin.guide)")
            XCTAssertEqual(result.waits.average, pin.average, "guide \(pin.guide)")
            XCTAssertEqual(result.lastServiceEnd, pin.lastEnd, "guide \(pin.guide)")
            XCTAssertEqual(run.log.count, pin.events, "guide \(pin.guide)")
            XCTAssertEqual(Self.digest(run.log), pin.digest, "guide \(pin.guide): the same events, actors, times and bodies in the same order")
        }
    }

    /// FNV-1a over each event's sequence number, actor, time and encoded body, in order.
    static func digest(_ log: [RecordedEvent]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for recorded in log {
            let line = Data("\(recorded.seq)|\(recorded.actor)|\(recorded.time.timeIntervalSince1970)|".utf8) + EventCodec.encode(recorded.event).body
            for byte in line {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
        }
        return hash
    }
}
