import XCTest
@testable import HallDomain

final class CatalogSearchTests: XCTestCase {
    private let catalog = HallFixture.catalog

    func testAliasPrefixFindsBothNewConnectionsExactAliasFirst() {
        XCTAssertEqual(catalog.search("xz").map(\.code), ["JMXZ", "FJMXZ"])
        XCTAssertEqual(catalog.search("XZF").map(\.code), ["FJMXZ"])
    }

    func testRankingIsCodeThenAliasThenPrefixThenName() {
        XCTAssertEqual(catalog.search("fjmxz").map(\.code), ["FJMXZ"])
        XCTAssertEqual(catalog.search("jmxz").map(\.code), ["JMXZ"], "exact code; nothing else starts with it")
        XCTAssertEqual(catalog.search("新装").map(\.code), ["JMXZ", "FJMXZ"])
        XCTAssertEqual(catalog.search("f").map(\.code), ["FP", "FJMXZ"], "alias prefix fp before alias prefix fjmxz by catalog order")
    }

    func testCodesAreCaseInsensitiveAndBlankFindsNothing() {
        XCTAssertEqual(catalog.search("df").first?.code, "DF")
        XCTAssertEqual(catalog.search("  ").count, 0)
        XCTAssertEqual(catalog.search("电费").map(\.code), ["DF"])
    }
}
