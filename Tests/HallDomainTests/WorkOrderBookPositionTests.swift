import XCTest
@testable import HallDomain

/// The book finds an order by its number without searching every order (replay applies an
/// event to it tens of thousands of times), and finds the same one the search did.
final class WorkOrderBookPositionTests: XCTestCase {
    func testEveryOrderIsFoundWhereTheSearchFindsIt() throws {
        var story = WorkOrderStory()
        let first = try story.acceptedComplaint()
        var another = WorkOrderFixture.complaint
        another.hotlineNumber = "95598-20260930-0002"
        let second = try story.receive(another)
        var book = story.state.workOrders
        XCTAssertEqual(book.orders.map(\.number), [first, second])
        for number in [first, second] {
            XCTAssertEqual(book.order(number), book.orders.first { $0.number == number })
        }
        XCTAssertTrue(book.update(second) { $0.handler = "D09" })
        XCTAssertEqual(book.orders[1].handler, "D09")
        XCTAssertFalse(book.update("GD999999") { _ in XCTFail("no such order") })
    }

    func testABookChangedByHandStillFindsTheFirstOrderWithTheNumber() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        var book = story.state.workOrders
        var other = try XCTUnwrap(book.order(number))
        other.number = "GD000777"
        book.orders.insert(other, at: 0)
        XCTAssertTrue(book.update(number) { $0.handler = "D09" })
        XCTAssertEqual(book.orders.map(\.handler), [other.handler, "D09"], "the order moved one place down is still found")

        var twin = book.orders[1]
        twin.description = "后来的同号工单"
        book.orders.append(twin)
        book.append(twin)
        XCTAssertTrue(book.update(number) { $0.reopenCount = 5 })
        XCTAssertEqual(book.orders.map(\.reopenCount), [0, 5, 0, 0], "the first with the number, as firstIndex finds it")
    }

    func testTheIndexIsNotPartOfWhatABookIsOrStores() throws {
        var story = WorkOrderStory()
        let number = try story.acceptedComplaint()
        var built = WorkOrderBook()
        built.orders = story.state.workOrders.orders
        XCTAssertEqual(built, story.state.workOrders, "a book filled by hand equals the one replay built")
        let data = try JSONEncoder().encode(story.state.workOrders)
        XCTAssertEqual(Set(try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any]).keys),
                       ["orders", "unmatched", "cases", "dismissedSuggestions"])
        let decoded = try JSONDecoder().decode(WorkOrderBook.self, from: data)
        XCTAssertEqual(decoded, story.state.workOrders)
        XCTAssertEqual(decoded.order(number)?.number, number)
    }
}
