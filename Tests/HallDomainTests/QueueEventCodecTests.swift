import XCTest
@testable import HallDomain

/// Every queue event survives the log: encode, decode, equal; and its bytes are stable.
final class QueueEventCodecTests: XCTestCase {
    static let estimate = WaitEstimate(method: "decayingServiceAverage.v1", peopleAhead: 3, expectedMinutes: 10.3,
                                       lowMinutes: 5, highMinutes: 15, basis: .openCounters)
    static let day = "2026-11-23"

    static let everyEvent: [Event] = [
        .doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: day, utcOffsetSeconds: 28_800, businessType: "ZX", customerKind: .residential)),
        .visitTurnedAway(VisitTurnedAway(businessDay: day, utcOffsetSeconds: 28_800, businessType: "JMXZ", customerKind: .residential,
                                         missingDocuments: ["房屋产权证明"], formsToBring: ["用电申请表"], phone: nil)),
        .slipIssued(SlipIssued(number: "B001", queue: "B", businessDay: day, utcOffsetSeconds: 28_800, businessType: "JMXZ",
                               customerKind: .residential, priority: .greenChannel,
                               override: ChecklistOverrideRecord(approvedBy: "M01", reason: "原件随后送到", missingDocuments: ["房屋产权证明"]),
                               phone: "13800000000", estimate: estimate)),
        .formsPrefilled(FormsPrefilled(businessDay: day, slip: "B001")),
        .slipCalled(SlipCalled(businessDay: day, slip: "B001", counter: 2, clerk: "C02", reason: "绿色通道优先")),
        .slipRecalled(SlipRecalled(businessDay: day, slip: "B001", counter: 2, clerk: "C02", count: 1)),
        .slipMarkedNoShow(SlipMarkedNoShow(businessDay: day, slip: "B001", counter: 2, clerk: "C02")),
        .slipReinstated(SlipReinstated(businessDay: day, slip: "B001")),
        .slipTransferred(SlipTransferred(businessDay: day, slip: "B001", from: "B", to: "A", counter: nil)),
        .serviceStarted(ServiceStarted(businessDay: day, slip: "B001", counter: 1, clerk: "C01")),
        .serviceFinished(ServiceFinished(businessDay: day, slip: "B001", counter: 1, clerk: "C01")),
        .counterOpened(CounterOpened(businessDay: day, counter: 1, clerk: "C01", queues: ["B", "A"])),
        .counterPaused(CounterPaused(businessDay: day, counter: 1, clerk: "C01", reason: "午休")),
        .counterClosed(CounterClosed(businessDay: day, counter: 1, clerk: "C01")),
    ]

    func testEveryQueueEventRoundTripsAtVersionOne() throws {
        var types = Set<String>()
        for event in Self.everyEvent {
            let encoded = EventCodec.encode(event)
            XCTAssertEqual(encoded.version, 1)
            types.insert(encoded.type)
            XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), event)
            XCTAssertEqual(EventCodec.encode(event).body, encoded.body, "same event, same bytes")
        }
        XCTAssertEqual(types.count, Self.everyEvent.count, "each event has its own type")
    }

    func testACalledEventReadsAsSortedJSON() {
        let encoded = EventCodec.encode(.slipCalled(SlipCalled(businessDay: "2026-11-23", slip: "A001", counter: 1, clerk: "C01",
                                                               reason: "A 队等候最久")))
        XCTAssertEqual(encoded.type, "slipCalled")
        XCTAssertEqual(String(decoding: encoded.body, as: UTF8.self),
                       #"{"businessDay":"2026-11-23","clerk":"C01","counter":1,"reason":"A 队等候最久","slip":"A001"}"#)
    }
}
