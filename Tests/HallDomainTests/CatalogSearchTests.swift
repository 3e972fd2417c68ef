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

    /// Synonyms and full pinyin come after everything the guide types on purpose (codes,
    /// initials, the name), so they widen the search without reordering it.
    func testSynonymsAndFullPinyinFindWhatPeopleSay() {
        let payment = BusinessType(code: "DF", name: "电费缴纳", queue: "A", aliases: ["df"], synonyms: ["缴费", "交电费", "户号"],
                                   pinyin: ["dian fei jiao na", "jiao fei", "jiao dian fei"], documents: [.residential: []],
                                   forms: [], serviceMinutes: 2, answerableAtDoor: false)
        let invoice = BusinessType(code: "FP", name: "发票打印", queue: "A", aliases: ["fp"], synonyms: ["电费单", "缴费清单"],
                                   pinyin: ["fa piao da yin", "dian fei dan"], documents: [.residential: []],
                                   forms: [], serviceMinutes: 2, answerableAtDoor: false)
        var catalog = HallFixture.catalog
        catalog.businessTypes = [invoice, payment]
        XCTAssertEqual(catalog.search("交电费").map(\.code), ["DF"])
        XCTAssertEqual(catalog.search("缴费").map(\.code), ["DF", "FP"], "a synonym said exactly before one containing it")
        XCTAssertEqual(catalog.search("户号").map(\.code), ["DF"])
        XCTAssertEqual(catalog.search("dianfei").map(\.code), ["FP", "DF"], "both spellings start with dian fei: catalog order")
        XCTAssertEqual(catalog.search("jiaona").map(\.code), ["DF"], "from a later syllable")
        XCTAssertEqual(catalog.search("Jiao Fei").map(\.code), ["DF"], "case and spaces do not matter")
        XCTAssertEqual(catalog.search("anfei").map(\.code), [], "only from the start of a syllable")
        XCTAssertEqual(catalog.search("fp").map(\.code), ["FP"], "initials still win")
    }
}
