import XCTest
@testable import HallDomain

/// Every work-order event survives the log, and a snapshot from before work orders still loads.
final class WorkOrderCodecTests: XCTestCase {
    private var everyEvent: [WorkOrderEvent] { WorkOrderFixture.everyEvent }

    func testEveryWorkOrderEventRoundTripsThroughTheCodec() throws {
        let events = everyEvent
        XCTAssertEqual(events.count, WorkOrderEvent.bodyTypes.count, "one sample per body type")
        XCTAssertEqual(Set(events.map { type(of: $0.body).type }).count, events.count, "type names are distinct")
        for event in events {
            let encoded = EventCodec.encode(.workOrder(event))
            XCTAssertEqual(try EventCodec.decode(type: encoded.type, version: encoded.version, body: encoded.body), .workOrder(event),
                           encoded.type)
        }
    }

    func testDueInstantsAreReadableInTheLogLine() {
        let encoded = EventCodec.encode(.workOrder(everyEvent[0]))
        XCTAssertEqual(encoded.type, "workOrderRegistered")
        XCTAssertTrue(String(decoding: encoded.body, as: UTF8.self).contains(#""firstContactDue":"2026-10-08T08:00:00Z""#))
    }

    func testAnEventForAnOrderNotInTheBookIsCountedNotApplied() {
        let state = evolve(.initial, RecordedEvent(seq: 1, timestamp: "2026-10-08T09:00:00+08:00", time: Date(timeIntervalSince1970: 1_791_421_200), actor: "D01",
                                                   terminal: "tty2", event: .workOrder(.accepted(WorkOrderAccepted(order: "GD000404")))))
        XCTAssertEqual(state.workOrders.unmatched, ["workOrderAccepted": 1])
        XCTAssertTrue(state.workOrders.orders.isEmpty)
    }

    /// The pre-change shape is today's snapshot without the `workOrders` key, plus the
    /// oldest shape of all (no day at all).
    func testASnapshotFromBeforeWorkOrdersStillDecodes() throws {
        var story = HallStory()
        try story.issue(HallFixture.payment)
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(story.state)) as? [String: Any])
        XCTAssertNotNil(object.removeValue(forKey: "workOrders"))
        let old = try JSONDecoder().decode(HallState.self, from: JSONSerialization.data(withJSONObject: object))
        XCTAssertEqual(old, story.state)
        XCTAssertEqual(old.workOrders, WorkOrderBook())
        let oldest = try JSONDecoder().decode(HallState.self, from: Data(#"{"lastSeq":7,"repairs":[],"unrecognised":{}}"#.utf8))
        XCTAssertEqual(oldest.workOrders, WorkOrderBook())
    }

    func testAStateWithOrdersRoundTripsAsASnapshot() throws {
        var story = WorkOrderStory()
        _ = try story.acceptedComplaint()
        let data = try JSONEncoder().encode(story.state)
        XCTAssertEqual(try JSONDecoder().decode(HallState.self, from: data), story.state)
    }

    /// A snapshot written before improvement cases has a book without `cases` and
    /// `dismissedSuggestions`; it loads with neither.
    func testABookFromBeforeImprovementCasesStillDecodes() throws {
        var story = WorkOrderStory()
        _ = try story.acceptedComplaint()
        var object = try XCTUnwrap(try JSONSerialization.jsonObject(with: JSONEncoder().encode(story.state)) as? [String: Any])
        var book = try XCTUnwrap(object["workOrders"] as? [String: Any])
        XCTAssertNotNil(book.removeValue(forKey: "cases"))
        XCTAssertNotNil(book.removeValue(forKey: "dismissedSuggestions"))
        object["workOrders"] = book
        let old = try JSONDecoder().decode(HallState.self, from: JSONSerialization.data(withJSONObject: object))
        XCTAssertEqual(old, story.state)
    }

    func testAStateWithCasesRoundTripsAsASnapshot() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        try story.run(.openCase(ImprovementCaseDraft(rootCause: "解释口径不一", action: "统一话术", ownerDepartment: "营销部",
                                                     dueDay: "2026-10-31", orders: [number])))
        try story.run(.recordCaseProgress(case: "GJ0001", note: "话术已起草"))
        let data = try JSONEncoder().encode(story.state)
        XCTAssertEqual(try JSONDecoder().decode(HallState.self, from: data), story.state)
    }
}
