import Foundation
import HallDomain
import HallStore
import XCTest

/// The call centre's names for the hall's categories load with the categories; an alias to
/// a code that does not exist, or one that shadows a category's own name, is refused by name.
final class SeedCategoryAliasesTests: XCTestCase {
    private let categories = [WorkOrderCategory(code: "DFZY", name: "电费、电价争议", major: false),
                              WorkOrderCategory(code: "TD", name: "停电", major: false)]

    private func assertRefused(_ text: String, _ problem: String, line: UInt = #line) throws {
        let folder = try makeTemporaryFolder(self)
        try text.write(to: folder.appendingPathComponent(SeedCategoryAliases.fileName), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try SeedCategoryAliases.load(folder: folder, categories: categories), line: line) { error in
            XCTAssertEqual("\(error)", "配置文件 work-order-category-aliases.toml 有误：\(problem)。请改正该文件后重试。", line: line)
        }
    }

    func testTheShippedAliasesLoadWithTheShippedCategories() throws {
        let calendar = try SeedCalendar.load(folder: Checkout.seeds, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        let settings = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: calendar)
        for (name, code) in ["电费电价": "DFZY", "电价电费": "DFZY", "抄表": "CBCC", "计量": "JLZZ", "经常停电": "PFTD",
                             "电压": "DYZL", "业扩": "YKSX", "供电质量": "DYZL", "服务质量": "FWTD"] {
            XCTAssertEqual(settings.categoryAliases[name], code, name)
        }
        XCTAssertFalse(settings.categoryAliases.values.contains(WorkOrderCategory.unclassified.code))
    }

    func testAnAliasMustPointAtACategoryAndNotShadowAnotherOnesName() throws {
        try assertRefused("[alias]\n\"电费电价\" = \"DF\"\n", "别名“电费电价”指向的分类代码 DF 不在 work-order-categories.toml 里")
        try assertRefused("[alias]\n\"停电\" = \"DFZY\"\n", "别名“停电”已是分类 TD（停电）自己的名称或代码，不能再指向 DFZY")
        try assertRefused("[aliases]\n\"电费电价\" = \"DFZY\"\n", "文件顶层的 aliases 不认识，只能有 [alias] 表")
    }
}
