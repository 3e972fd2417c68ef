import Foundation
import HallDomain
import HallStore
import XCTest

/// The shipped categories and deadlines load and give the public complaint rules on the
/// 2026 calendar; a misspelt or malformed entry is refused with the file and the place.
final class SeedWorkOrdersTests: XCTestCase {
    private let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    private var plainCalendar: WorkingCalendar {
        WorkingCalendar(timeZone: shanghai, workingHours: [WorkingPeriod(start: ClockTime(hour: 8, minute: 30), end: ClockTime(hour: 17, minute: 30))],
                        loadedYears: [], festivals: [])
    }

    private let categories = "[[category]]\ncode = \"TD\"\nname = \"停电\"\nmajor = false\n"

    private func seeds(categories: String, deadlines: String) throws -> URL {
        let folder = try makeTemporaryFolder(self)
        try categories.write(to: folder.appendingPathComponent("work-order-categories.toml"), atomically: true, encoding: .utf8)
        try deadlines.write(to: folder.appendingPathComponent("deadlines.toml"), atomically: true, encoding: .utf8)
        return folder
    }

    private func assertRefused(categories: String? = nil, deadlines: String = "", rules: String? = nil, _ message: String,
                               line: UInt = #line) throws {
        let folder = try seeds(categories: categories ?? self.categories, deadlines: deadlines)
        if let rules { try rules.write(to: folder.appendingPathComponent("work-order-rules.toml"), atomically: true, encoding: .utf8) }
        XCTAssertThrowsError(try SeedWorkOrders.load(folder: folder, calendar: plainCalendar), line: line) { error in
            XCTAssertEqual("\(error)", message, line: line)
        }
    }

    func testTheShippedSeedsGiveTheComplaintRulesOnThe2026Calendar() throws {
        let calendar = try SeedCalendar.load(folder: Checkout.seeds, timeZone: shanghai)
        let settings = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: calendar)
        XCTAssertEqual(settings.deadlines[.complaint], KindDeadlines(firstContact: .workingDays(1), reply: .workingDays(5)))
        XCTAssertEqual(settings.deadlines[.faultReport]?.arrival,
                       [.city: .realTime(minutes: 45), .rural: .realTime(minutes: 90), .remote: .realTime(minutes: 120)])
        XCTAssertNil(settings.deadlines[.praise])
        XCTAssertEqual(Set(settings.categories.filter(\.major).map(\.name)),
                       ["触电事故", "盗窃、倒卖电力设施", "举报", "党风廉政", "媒体关注", "声誉风险"])
        XCTAssertEqual(settings.category(code: "FWTD")?.name, "服务态度")

        var clock = Calendar(identifier: .gregorian)
        clock.timeZone = shanghai
        let received = clock.date(from: DateComponents(year: 2026, month: 9, day: 30, hour: 16))!
        let due = settings.calendar.due(from: received, clock: settings.deadlines[.complaint]!.firstContact!)
        XCTAssertEqual(due.instant, clock.date(from: DateComponents(year: 2026, month: 10, day: 8, hour: 16)))
    }

    /// 谁主管、谁处理: every shipped category but the four no one department owns names an
    /// owner with a handler on the shipped roster, so dispatching to it is never refused.
    func testTheShippedCategoriesNameOwnersThatTheRosterHandles() throws {
        let settings = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: plainCalendar)
        let roster = try SeedStaff.load(Checkout.seeds.appendingPathComponent("staff.toml"))
        let handled = Set(roster.members.compactMap(\.handledDepartment))
        XCTAssertEqual(Set(settings.categories.filter { $0.owner == nil }.map(\.code)), ["JB", "DFLZ", "MTGZ", "SYFX"])
        for category in settings.categories {
            if let owner = category.owner { XCTAssertTrue(handled.contains(owner), "\(category.code) → \(owner)") }
        }
        XCTAssertEqual(settings.category(code: "DFZY")?.owner, "营销部")
        XCTAssertEqual(settings.category(code: "TD")?.owner, "配电运维班")
        XCTAssertEqual(settings.category(code: "JLZZ")?.owner, "计量班")
    }

    /// 赔偿类 (seed 000, 3.2): one compensation category, non-marketing, owned by 配电运维班.
    func testTheShippedCompensationCategory() throws {
        let settings = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: plainCalendar)
        XCTAssertEqual(settings.categories.filter(\.compensation).map(\.code), ["PC"])
        XCTAssertEqual(settings.category(code: "PC"), WorkOrderCategory(code: "PC", name: "赔偿", major: false, owner: "配电运维班",
                                                                        compensation: true))
        for (name, code) in ["损坏赔偿": "PC", "赔偿类": "PC", "家电损坏": "PC", "电器损坏赔偿": "PC"] {
            XCTAssertEqual(settings.categoryAliases[name], code, name)
        }
    }

    func testAnEmptyOwnerIsRefused() throws {
        try assertRefused(categories: categories + "owner = \" \"\n",
                          "配置文件 work-order-categories.toml 有误：分类 TD 的 owner 为空：写主管部门的名称（与 staff.toml 一致），没有主管部门就删去这一行。请改正该文件后重试。")
    }

    func testMistakesAreRefusedNamingFileAndPlace() throws {
        try assertRefused(deadlines: "[complaints]\nreply = { working_days = 5 }\n",
                          "配置文件 deadlines.toml 有误：不认识的工单类别 [complaints]，应为 complaint、enquiry、fault_report、opinion、praise、report、suggestion 之一。请改正该文件后重试。")
        try assertRefused(deadlines: "[complaint]\nfrist_contact = { working_days = 1 }\n",
                          "配置文件 deadlines.toml 有误：[complaint] 的 frist_contact 不认识，时限只有 first_contact、reply 和 arrival_minutes。请改正该文件后重试。")
        try assertRefused(deadlines: "[complaint]\nreply = { working_days = 5, minutes = 30 }\n",
                          "配置文件 deadlines.toml 有误：[complaint] 的 reply 应写成 { working_days = 1 }、{ working_hours = 4 } 或 { minutes = 45 } 中的一种，且为正数。请改正该文件后重试。")
        try assertRefused(deadlines: "[complaint]\nreply = { working_days = 1.5 }\n",
                          "配置文件 deadlines.toml 有误：[complaint] 的 reply 应写成 { working_days = 1 }、{ working_hours = 4 } 或 { minutes = 45 } 中的一种，且为正数。请改正该文件后重试。")
        try assertRefused(deadlines: "[fault_report]\narrival_minutes = { town = 45 }\n",
                          "配置文件 deadlines.toml 有误：[fault_report] 的 arrival_minutes 里的地区 town 不认识，应为 city、rural 或 remote。请改正该文件后重试。")
        try assertRefused(categories: categories + categories, deadlines: "",
                          "配置文件 work-order-categories.toml 有误：分类代码 TD 重复，每个代码只能用一次。请改正该文件后重试。")
    }

    func testWorkingHoursMayBeFractional() throws {
        let folder = try seeds(categories: categories, deadlines: "[enquiry]\nreply = { working_hours = 2.5 }\n")
        XCTAssertEqual(try SeedWorkOrders.load(folder: folder, calendar: plainCalendar).deadlines[.enquiry]?.reply, .workingHours(2.5))
    }

    func testTheShippedRulesAreThirtyDaysAndThreeOrdersInADayAndTheAreasAndTemplatesComeAlong() throws {
        let settings = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: plainCalendar)
        XCTAssertEqual(settings.repeatWindowDays, 30)
        XCTAssertEqual(settings.batchRule, BatchRule(count: 3, hours: 24))
        XCTAssertEqual(settings.areas, try SeedAreas.load(folder: Checkout.seeds))
        XCTAssertFalse(settings.replyTemplates.byCategory.isEmpty)
    }

    func testAFolderFromBeforeTheOptionalFilesKeepsTheDefaults() throws {
        let folder = try seeds(categories: categories, deadlines: "")
        let settings = try SeedWorkOrders.load(folder: folder, calendar: plainCalendar)
        XCTAssertEqual(settings.repeatWindowDays, 30)
        XCTAssertEqual(settings.batchRule, BatchRule(count: 3, hours: 24))
        XCTAssertEqual(settings.areas, AreaRules())
        XCTAssertEqual(settings.replyTemplates, ReplyTemplates())
    }

    func testRulesAreReadFromTheRulesTable() throws {
        let folder = try seeds(categories: categories, deadlines: "")
        try "[rules]\nrepeat_window_days = 60\nbatch_count = 5\nbatch_hours = 12\n"
            .write(to: folder.appendingPathComponent("work-order-rules.toml"), atomically: true, encoding: .utf8)
        let settings = try SeedWorkOrders.load(folder: folder, calendar: plainCalendar)
        XCTAssertEqual(settings.repeatWindowDays, 60)
        XCTAssertEqual(settings.batchRule, BatchRule(count: 5, hours: 12))
        XCTAssertEqual(settings.secondFollowUpDays, 0, "no second follow-up unless the file names its days")
    }

    func testTheSecondFollowUpDaysAreRead() throws {
        let folder = try seeds(categories: categories, deadlines: "")
        try "[rules]\nrepeat_window_days = 30\nbatch_count = 3\nbatch_hours = 24\nsecond_follow_up_days = 7\n"
            .write(to: folder.appendingPathComponent("work-order-rules.toml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try SeedWorkOrders.load(folder: folder, calendar: plainCalendar).secondFollowUpDays, 7)
    }

    func testMistakesInTheRulesAndUnknownKeysAreRefused() throws {
        let rules = "[rules]\nrepeat_window_days = 30\nbatch_count = 3\nbatch_hours = 24\n"
        try assertRefused(rules: rules.replacingOccurrences(of: "batch_count", with: "batch_size"),
                          "配置文件 work-order-rules.toml 有误：[rules]的 batch_size 不认识，可用的字段只有 batch_count、batch_hours、repeat_window_days、second_follow_up_days。请改正该文件后重试。")
        try assertRefused(rules: rules + "second_follow_up_days = 100\n",
                          "配置文件 work-order-rules.toml 有误：[rules] 的 second_follow_up_days 应为 0 到 90 天（0 表示投诉不做二次回访）。请改正该文件后重试。")
        try assertRefused(rules: rules.replacingOccurrences(of: "= 3\n", with: "= 1\n"),
                          "配置文件 work-order-rules.toml 有误：[rules] 的 batch_count 至少为 2（几张同类工单才算批量）。请改正该文件后重试。")
        try assertRefused(rules: rules.replacingOccurrences(of: "= 30", with: "= 0"),
                          "配置文件 work-order-rules.toml 有误：[rules] 的 repeat_window_days 应为 1 到 365 天。请改正该文件后重试。")
        try assertRefused(rules: rules.replacingOccurrences(of: "batch_hours = 24\n", with: ""),
                          "配置文件 work-order-rules.toml 有误：缺少字段 rules.batch_hours。请改正该文件后重试。")
        try assertRefused(categories: categories.replacingOccurrences(of: "major", with: "majr") + "major = true\n",
                          "配置文件 work-order-categories.toml 有误：第 1 个 [[category]]的 majr 不认识，可用的字段只有 code、compensation、major、name、owner。请改正该文件后重试。")
    }

    func testTheShippedLadderGoesToTheDepartmentHeadAtTheWarningPointAndTheStationHeadAtTheDeadline() throws {
        let settings = try SeedWorkOrders.load(folder: Checkout.seeds, calendar: plainCalendar)
        XCTAssertEqual(settings.escalation, EscalationRule(warningWorkingHours: 3.5, warningMinutes: 15,
                                                           atWarning: .departmentHead, atDeadline: .stationHead))
    }

    func testMistakesInTheLadderAreRefused() throws {
        let rules = "[rules]\nrepeat_window_days = 30\nbatch_count = 3\nbatch_hours = 24\n"
        let ladder = "[escalation]\nwarning_working_hours = 2\nwarning_minutes = 10\nat_warning = \"none\"\nat_deadline = \"station_head\"\n"
        let folder = try seeds(categories: categories, deadlines: "")
        try (rules + ladder).write(to: folder.appendingPathComponent("work-order-rules.toml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try SeedWorkOrders.load(folder: folder, calendar: plainCalendar).escalation,
                       EscalationRule(warningWorkingHours: 2, warningMinutes: 10, atWarning: nil, atDeadline: .stationHead))
        try assertRefused(rules: rules + ladder.replacingOccurrences(of: "\"none\"", with: "\"director\""),
                          "配置文件 work-order-rules.toml 有误：[escalation] 的 at_warning = \"director\" 不认识，应为 department_head（部门负责人）、station_head（供电所所长）或 none（不升级）。请改正该文件后重试。")
        try assertRefused(rules: rules + ladder.replacingOccurrences(of: "\"none\"", with: "\"station_head\"")
                              .replacingOccurrences(of: "at_deadline = \"station_head\"", with: "at_deadline = \"department_head\""),
                          "配置文件 work-order-rules.toml 有误：[escalation] 的 at_deadline 不能低于 at_warning：超期只会往上升级。请改正该文件后重试。")
        try assertRefused(rules: rules + ladder.replacingOccurrences(of: "warning_minutes", with: "warn_minutes"),
                          "配置文件 work-order-rules.toml 有误：[escalation]的 warn_minutes 不认识，可用的字段只有 at_deadline、at_warning、warning_minutes、warning_working_hours。请改正该文件后重试。")
    }
}
