import XCTest
@testable import HallDomain

/// Orders taken in elsewhere first: the 95598 call centre's time counts, and its number is taken in once.
final class WorkOrderIntakeTests: XCTestCase {
    func testAnOrderReceivedEarlierByTheCallCentreRunsItsDeadlinesFromThen() throws {
        var story = WorkOrderStory()
        story.at("2026-10-08 09:00")
        var intake = WorkOrderFixture.complaint
        intake.receivedAt = HallFixture.shanghai("2026-09-30 16:00")
        let number = try story.receive(intake)
        let order = story.order(number)
        XCTAssertEqual(order.receivedAt, HallFixture.shanghai("2026-09-30 16:00"))
        XCTAssertEqual(order.due[.firstContact], HallFixture.shanghai("2026-10-08 16:00"),
                       "one working day from 09-30 16:00 across the National Day holiday")
        XCTAssertEqual(order.overdue(at: story.now), [], "09:00 on 10-08 is still within the first-contact deadline")
    }

    func testTheSame95598NumberIsNotReceivedTwice() throws {
        var story = WorkOrderStory()
        let first = try story.receive()
        XCTAssertEqual(story.refusal(.receive(WorkOrderFixture.complaint)), .duplicateHotlineNumber)
        do {
            try story.run(.receive(WorkOrderFixture.complaint))
        } catch {
            XCTAssertTrue(error.message.contains(first), "the refusal names the order it already is: \(error.message)")
        }
        var other = WorkOrderFixture.complaint
        other.hotlineNumber = nil
        XCTAssertNil(story.refusal(.receive(other)), "orders without a 95598 number are never duplicates of each other")
    }

    func testAReceiptTimeInTheFutureIsRefused() {
        let story = WorkOrderStory()
        var intake = WorkOrderFixture.complaint
        intake.receivedAt = story.now.addingTimeInterval(3600)
        XCTAssertEqual(story.refusal(.receive(intake)), .receivedInFuture)
    }
}
