import Foundation
import HallDomain
import HallStore
import XCTest

/// The shipped areas of 乐从供电所 load and recognise addresses; a mistake in the file is
/// refused naming the file, the area and the key.
final class SeedAreasTests: XCTestCase {
    private let oneArea = "[[area]]\nname = \"荷村大墩片\"\nstation = \"乐从供电所\"\narea_type = \"rural\"\nkeywords = [\"荷村\", \"大墩\"]\n"

    private func assertRefused(_ text: String, _ problem: String, line: UInt = #line) throws {
        let folder = try makeTemporaryFolder(self)
        try text.write(to: folder.appendingPathComponent("areas.toml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SeedAreas.load(folder: folder), line: line) { error in
            XCTAssertEqual("\(error)", "配置文件 areas.toml 有误：\(problem)。请改正该文件后重试。", line: line)
        }
    }

    func testTheShippedAreasCoverTheStationInTownVillagesAndTheRiverIsland() throws {
        let rules = try SeedAreas.load(folder: Checkout.seeds)
        let station = try SeedHall.load(Checkout.seeds.appendingPathComponent("hall.toml")).station
        XCTAssertGreaterThanOrEqual(rules.areas.count, 5)
        // The station's own areas, and one neighbour's so that a misrouted order is recognised (属地管理).
        XCTAssertEqual(Set(rules.areas.map(\.station)), [station, "龙江供电所"])
        XCTAssertEqual(Set(rules.areas.filter { $0.station == station }.map(\.areaType)), [.city, .rural, .remote])
        XCTAssertEqual(rules.suggest(address: "龙江镇龙江大道 88 号")?.station, "龙江供电所")
        XCTAssertEqual(rules.suggest(address: "乐从镇荷村东街 12 号")?.areaType, .rural)
        XCTAssertEqual(rules.suggest(address: "乐从镇荷村工业区二路 8 号")?.area, "水藤沙边片")
        XCTAssertEqual(rules.suggest(address: "乐从大道西 3 号")?.area, "乐从城区")
        XCTAssertEqual(rules.suggest(address: "大沙洲 5 巷")?.areaType, .remote)
    }

    func testMistakesAreRefusedNamingTheAreaAndTheKey() throws {
        try assertRefused(oneArea.replacingOccurrences(of: "keywords", with: "keyword"),
                          "第 1 个 [[area]]的 keyword 不认识，可用的字段只有 area_type、keywords、name、station")
        try assertRefused(oneArea.replacingOccurrences(of: "\"rural\"", with: "\"village\""),
                          "片区「荷村大墩片」的 area_type「village」不认识，应为 city、rural 或 remote")
        try assertRefused(oneArea.replacingOccurrences(of: "[\"荷村\", \"大墩\"]", with: "[]"),
                          "片区「荷村大墩片」的 keywords 至少要有一个名称，且不能有空名称")
        try assertRefused(oneArea + oneArea.replacingOccurrences(of: "荷村大墩片", with: "大墩新区"),
                          "名称「荷村」同时写在片区「荷村大墩片」和「大墩新区」中，每个名称只能写一次、归一个片区")
        try assertRefused(oneArea + oneArea, "片区名称「荷村大墩片」重复，每个片区只能写一次")
        try assertRefused(oneArea.replacingOccurrences(of: "station = \"乐从供电所\"\n", with: ""), "缺少字段 area.[0].station")
        try assertRefused("[[areas]]\nname = \"x\"\n", "文件顶层的 areas 不认识，可用的字段只有 area")
    }
}
