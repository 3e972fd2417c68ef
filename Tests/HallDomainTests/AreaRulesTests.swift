import XCTest
@testable import HallDomain

/// 属地管理: the address typed at receipt suggests the area and station, and says why.
final class AreaRulesTests: XCTestCase {
    private let rules = AreaRules(areas: [
        ServiceArea(name: "水藤沙边片", station: "乐从供电所", areaType: .city, keywords: ["水藤", "荷村工业区"]),
        ServiceArea(name: "荷村大墩片", station: "乐从供电所", areaType: .rural, keywords: ["荷村", "大墩"]),
        ServiceArea(name: "外江江心洲片", station: "乐从供电所", areaType: .remote, keywords: ["江心洲"]),
        ServiceArea(name: "大墩新区", station: "乐从供电所", areaType: .city, keywords: ["大墩"]),
    ])

    func testAVillageAddressSuggestsItsRuralAreaNamingTheVillage() {
        XCTAssertEqual(rules.suggest(address: "佛山市顺德区乐从镇荷村东街 12 号"),
                       AreaSuggestion(area: "荷村大墩片", station: "乐从供电所", areaType: .rural, keyword: "荷村"))
    }

    func testTheLongestNameWinsSoAnIndustrialZoneIsNotTakenForTheVillage() {
        XCTAssertEqual(rules.suggest(address: "乐从镇荷村工业区二路 8 号")?.area, "水藤沙边片")
        XCTAssertEqual(rules.suggest(address: "乐从镇荷村工业区二路 8 号")?.keyword, "荷村工业区")
    }

    func testBlanksTypedInsideTheNameDoNotHideIt() {
        XCTAssertEqual(rules.suggest(address: "江心 洲 渡口旁")?.areaType, .remote)
    }

    func testOnATieTheAreaListedFirstWins() {
        XCTAssertEqual(rules.suggest(address: "大墩村委旁")?.area, "荷村大墩片")
    }

    func testAnAddressNamingNoKnownPlaceGivesNoSuggestion() {
        XCTAssertNil(rules.suggest(address: "广州市天河区天河路 88 号"))
        XCTAssertNil(AreaRules().suggest(address: "乐从镇荷村东街 12 号"))
    }
}
