import Foundation
import HallDomain
import HallStore
import XCTest

/// The shipped reply templates cover the common categories with a fallback; a placeholder
/// nobody fills, or a category that does not exist, is refused by name.
final class SeedReplyTemplatesTests: XCTestCase {
    private let categories = [WorkOrderCategory(code: "FWTD", name: "服务态度", major: false)]
    private let attitude = "[[template]]\ncategory = \"FWTD\"\nactions = \"向{客户}致歉\"\nresult = \"客户接受\"\n"

    private func assertRefused(_ text: String, _ problem: String, line: UInt = #line) throws {
        let folder = try makeTemporaryFolder(self)
        try text.write(to: folder.appendingPathComponent("reply-templates.toml"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SeedReplyTemplates.load(folder: folder, categories: categories), line: line) { error in
            XCTAssertEqual("\(error)", "配置文件 reply-templates.toml 有误：\(problem)。请改正该文件后重试。", line: line)
        }
    }

    func testTheShippedTemplatesCoverComplaintsAndFallBackForTheRest() throws {
        let calendar = WorkingCalendar(timeZone: TimeZone(identifier: "Asia/Shanghai")!,
                                       workingHours: [WorkingPeriod(start: ClockTime(hour: 8, minute: 30),
                                                                    end: ClockTime(hour: 17, minute: 30))],
                                       loadedYears: [], festivals: [])
        let shipped = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: calendar)
        let templates = shipped.replyTemplates
        XCTAssertGreaterThanOrEqual(templates.byCategory.count, 8)
        XCTAssertNotNil(templates.fallback)
        for code in ["FWTD", "YYTFW", "QXFW", "DFZY", "TD"] { XCTAssertNotNil(templates.byCategory[code], code) }
        XCTAssertTrue(Set(templates.byCategory.keys).isSubset(of: shipped.categories.map(\.code)))
        XCTAssertTrue(templates.template(for: "CD")?.actions.contains("{客户}") == true, "a major category takes the fallback")
    }

    func testMistakesAreRefusedNamingThePlaceholderOrCategory() throws {
        try assertRefused(attitude.replacingOccurrences(of: "{客户}", with: "{客户名}"),
                          "category = \"FWTD\" 的模板的 actions 里的占位符 {客户名} 不认识，可用：{客户}、{地址}、{工单号}、{类别}、{片区}、{户号}")
        try assertRefused(attitude.replacingOccurrences(of: "{客户}", with: "{客户"),
                          "category = \"FWTD\" 的模板的 actions 里的花括号没有成对，占位符应写成 {客户} 这样")
        try assertRefused(attitude.replacingOccurrences(of: "FWTD", with: "FWDT"),
                          "category = \"FWDT\" 的模板：没有这个诉求分类代码，请按 work-order-categories.toml 填写，或写 default 作为通用模板")
        try assertRefused(attitude + attitude, "category = \"FWTD\" 的模板写了两次，每个分类只能有一个模板")
        try assertRefused(attitude.replacingOccurrences(of: "客户接受", with: " "), "category = \"FWTD\" 的模板的 result 不能为空")
        try assertRefused(attitude + "feedback = \"满意\"\n",
                          "第 1 个 [[template]]的 feedback 不认识，可用的字段只有 actions、category、result")
    }

    func testTheFallbackIsWrittenAsDefault() throws {
        let folder = try makeTemporaryFolder(self)
        try (attitude + "[[template]]\ncategory = \"default\"\nactions = \"核实{类别}诉求\"\nresult = \"已答复\"\n")
            .write(to: folder.appendingPathComponent("reply-templates.toml"), atomically: true, encoding: .utf8)
        let templates = try SeedReplyTemplates.load(folder: folder, categories: categories)
        XCTAssertEqual(templates.fallback, ReplyTemplate(actions: "核实{类别}诉求", result: "已答复"))
        XCTAssertEqual(templates.byCategory["FWTD"], ReplyTemplate(actions: "向{客户}致歉", result: "客户接受"))
    }
}
