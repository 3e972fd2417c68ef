import XCTest
final class ScaffoldTests: XCTestCase { func testScaffold() { XCTAssertEqual(1 + 1, 2) } }
