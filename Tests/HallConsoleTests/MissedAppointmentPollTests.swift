import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore
import XCTest

/// Consoles open when an appointment's check-in window closes: each one's poll asks the book
/// what is missed and records it through the engine, so the log holds each miss once however
/// many consoles are open, and nobody pressed a key.
final class MissedAppointmentPollTests: XCTestCase {
    private func at(_ text: String) throws -> Date {
        try XCTUnwrap(ISO8601DateFormatter().date(from: text.replacingOccurrences(of: " ", with: "T") + ":00+08:00"))
    }

    func testThreeConsolesPollingWhenTheWindowClosesRecordTheMissOnce() throws {
        let folder = try makeTemporaryFolder(self)
        let files = try HallFiles(folder: DataFolder.create(at: folder.appendingPathComponent("data"), seeds: Checkout.seeds, practice: true))
        let members = try ["G01", "C01", "M01"].map { try XCTUnwrap(files.roster.member(id: $0)) }
        let consoles = members.map { FuzzMorning.session(files, $0) }
        let booked = consoles[0].perform(.bookAppointment(AppointmentRequest(day: "2026-11-23", start: "09:30", end: nil, businessType: "JF",
                                                                              name: "梁秀英", phone: "13800138000", source: .phone)),
                                         now: try at("2026-11-23 08:00"))
        guard case .done? = booked.first else { return XCTFail("\(booked)") }

        // The seeds' window runs to 10 minutes after the start: 09:40.
        for console in consoles { _ = console.poll(showing: .home, now: try at("2026-11-23 09:40")) }
        XCTAssertEqual(consoles[0].replica.state.appointments.appointments.map(\.status), [.booked])
        let changed = try consoles.map { $0.poll(showing: .home, now: try at("2026-11-23 09:41")) }
        XCTAssertEqual(changed, [true, true, true], "the first recorded it; the others caught up with it")
        for console in consoles { _ = console.poll(showing: .home, now: try at("2026-11-23 09:42")) }
        let missed = consoles[2].replica.recent.filter { if case .appointment(.missed) = $0.event { true } else { false } }
        XCTAssertEqual(missed.map(\.actor), ["G01"], "recorded once, by whoever polled first")
        XCTAssertEqual(consoles[1].replica.state.appointments.appointments.map(\.status), [.missed])
    }
}
