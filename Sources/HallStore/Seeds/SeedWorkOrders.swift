import Foundation
import HallDomain

/// `seeds/work-order-categories.toml` and `seeds/deadlines.toml`, checked and turned, with
/// the working calendar, into the `WorkOrderSettings` that work-order decisions need, and
/// with them `work-order-rules.toml`, `areas.toml`, `reply-templates.toml` and
/// `work-order-category-aliases.toml` when present.
/// Every key is checked, because a misspelt deadline read as "no deadline" would let
/// orders run late without anyone seeing it.
public enum SeedWorkOrders {
    public static let rulesFileName = "work-order-rules.toml"

    private struct CategoriesFile: Decodable {
        var category: [CategoryEntry]
    }

    private struct CategoryEntry: Decodable {
        var code: String
        var name: String
        var major: Bool
        var owner: String?
        var compensation: Bool?
    }

    /// A TOML number, integer or not.
    private struct Number: Decodable {
        var value: Double

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let integer = try? container.decode(Int.self) { value = Double(integer) } else { value = try container.decode(Double.self) }
        }
    }

    private static let kindKeys: [String: WorkOrderKind] = [
        "enquiry": .enquiry, "fault_report": .faultReport, "opinion": .opinion, "suggestion": .suggestion,
        "complaint": .complaint, "praise": .praise, "report": .report,
    ]

    private struct RulesFile: Decodable {
        var rules: Rules
        var escalation: Escalation?
    }

    /// `[escalation]`: the ladder by time; absent in data folders made before it existed.
    private struct Escalation: Decodable {
        var warning_working_hours: Number
        var warning_minutes: Int
        var at_warning: String
        var at_deadline: String
    }

    private static let levelKeys: [String: EscalationLevel?] = [
        "department_head": .departmentHead, "station_head": .stationHead, "none": .none,
    ]

    private struct Rules: Decodable {
        var repeat_window_days: Int
        var batch_count: Int
        var batch_hours: Int
        /// 二次回访; absent in data folders made before it existed (then none).
        var second_follow_up_days: Int?
    }

    /// The optional files may be missing from a data folder made before they existed; then
    /// their defaults apply (30 days, 3 orders in 24 hours, no areas, no templates, no aliases).
    /// When present they are checked like the others.
    public static func load(folder: URL, calendar: WorkingCalendar) throws(SeedError) -> WorkOrderSettings {
        func present(_ name: String) -> Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path) }
        var settings = WorkOrderSettings(calendar: calendar,
                                         categories: try loadCategories(folder.appendingPathComponent("work-order-categories.toml")),
                                         deadlines: try loadDeadlines(folder.appendingPathComponent("deadlines.toml")))
        if present(rulesFileName) {
            let rules = try loadRules(folder.appendingPathComponent(rulesFileName))
            settings.repeatWindowDays = rules.repeatWindowDays
            settings.batchRule = rules.batchRule
            settings.secondFollowUpDays = rules.secondFollowUpDays
            if let escalation = rules.escalation { settings.escalation = escalation }
        }
        if present(SeedAreas.fileName) { settings.areas = try SeedAreas.load(folder: folder) }
        if present(SeedCategoryAliases.fileName) {
            settings.categoryAliases = try SeedCategoryAliases.load(folder: folder, categories: settings.categories)
        }
        if present(SeedReplyTemplates.fileName) {
            settings.replyTemplates = try SeedReplyTemplates.load(folder: folder, categories: settings.categories)
        }
        return settings
    }

    private static func loadRules(_ url: URL) throws(SeedError)
        -> (repeatWindowDays: Int, batchRule: BatchRule, escalation: EscalationRule?, secondFollowUpDays: Int) {
        let name = url.lastPathComponent
        try KeyCheck.table(in: url, named: "rules", allowed: ["repeat_window_days", "batch_count", "batch_hours", "second_follow_up_days"],
                           optional: ["escalation": ["warning_working_hours", "warning_minutes", "at_warning", "at_deadline"]])
        let file = try SeedTOML.decode(RulesFile.self, from: url)
        let rules = file.rules
        guard (1...365).contains(rules.repeat_window_days) else {
            throw SeedError(file: name, problem: "[rules] 的 repeat_window_days 应为 1 到 365 天")
        }
        guard rules.batch_count >= 2 else {
            throw SeedError(file: name, problem: "[rules] 的 batch_count 至少为 2（几张同类工单才算批量）")
        }
        guard (1...720).contains(rules.batch_hours) else {
            throw SeedError(file: name, problem: "[rules] 的 batch_hours 应为 1 到 720 小时")
        }
        guard (0...90).contains(rules.second_follow_up_days ?? 0) else {
            throw SeedError(file: name, problem: "[rules] 的 second_follow_up_days 应为 0 到 90 天（0 表示投诉不做二次回访）")
        }
        return (rules.repeat_window_days, BatchRule(count: rules.batch_count, hours: rules.batch_hours),
                try file.escalation.map { entry throws(SeedError) in try escalationRule(entry, file: name) },
                rules.second_follow_up_days ?? 0)
    }

    /// The ladder checked: a warning point inside a working day (or an hour on the road),
    /// and a deadline step no lower than the warning's.
    private static func escalationRule(_ entry: Escalation, file: String) throws(SeedError) -> EscalationRule {
        guard entry.warning_working_hours.value > 0, entry.warning_working_hours.value <= 24 else {
            throw SeedError(file: file, problem: "[escalation] 的 warning_working_hours 应大于 0、不超过 24 小时")
        }
        guard (1...120).contains(entry.warning_minutes) else {
            throw SeedError(file: file, problem: "[escalation] 的 warning_minutes 应为 1 到 120 分钟")
        }
        func level(_ key: String, _ text: String) throws(SeedError) -> EscalationLevel? {
            guard let level = levelKeys[text] else {
                throw SeedError(file: file, problem: "[escalation] 的 \(key) = \"\(text)\" 不认识，应为 department_head（部门负责人）、station_head（供电所所长）或 none（不升级）")
            }
            return level
        }
        let atWarning = try level("at_warning", entry.at_warning), atDeadline = try level("at_deadline", entry.at_deadline)
        if let atWarning, let atDeadline, atDeadline < atWarning {
            throw SeedError(file: file, problem: "[escalation] 的 at_deadline 不能低于 at_warning：超期只会往上升级")
        }
        return EscalationRule(warningWorkingHours: entry.warning_working_hours.value, warningMinutes: entry.warning_minutes,
                              atWarning: atWarning, atDeadline: atDeadline)
    }

    private static func loadCategories(_ url: URL) throws(SeedError) -> [WorkOrderCategory] {
        let name = url.lastPathComponent
        try KeyCheck.tables(in: url, array: "category", allowed: ["code", "name", "major", "owner", "compensation"])
        let file = try SeedTOML.decode(CategoriesFile.self, from: url)
        guard !file.category.isEmpty else { throw SeedError(file: name, problem: "至少要有一个诉求分类 [[category]]") }
        var categories: [WorkOrderCategory] = []
        for (index, entry) in file.category.enumerated() {
            let code = entry.code.trimmingCharacters(in: .whitespaces), title = entry.name.trimmingCharacters(in: .whitespaces)
            guard !code.isEmpty, !title.isEmpty else {
                throw SeedError(file: name, problem: "第 \(index + 1) 个分类的 code 和 name 都不能为空")
            }
            guard !categories.contains(where: { $0.code == code }) else {
                throw SeedError(file: name, problem: "分类代码 \(code) 重复，每个代码只能用一次")
            }
            let owner = entry.owner?.trimmingCharacters(in: .whitespaces)
            guard owner?.isEmpty != true else {
                throw SeedError(file: name, problem: "分类 \(code) 的 owner 为空：写主管部门的名称（与 staff.toml 一致），没有主管部门就删去这一行")
            }
            categories.append(WorkOrderCategory(code: code, name: title, major: entry.major, owner: owner,
                                                compensation: entry.compensation ?? false))
        }
        return categories
    }

    private static func loadDeadlines(_ url: URL) throws(SeedError) -> [WorkOrderKind: KindDeadlines] {
        let name = url.lastPathComponent
        let file = try SeedTOML.decode([String: [String: [String: Number]]].self, from: url)
        var deadlines: [WorkOrderKind: KindDeadlines] = [:]
        for (kindKey, entries) in file.sorted(by: { $0.key < $1.key }) {
            guard let kind = kindKeys[kindKey] else {
                throw SeedError(file: name, problem: "不认识的工单类别 [\(kindKey)]，应为 " + kindKeys.keys.sorted().joined(separator: "、") + " 之一")
            }
            var kindDeadlines = KindDeadlines()
            for (key, value) in entries {
                let place = "[\(kindKey)] 的 \(key)"
                switch key {
                case "first_contact": kindDeadlines.firstContact = try clock(value, place: place, file: name)
                case "reply": kindDeadlines.reply = try clock(value, place: place, file: name)
                case "arrival_minutes":
                    for (areaKey, minutes) in value {
                        guard let area = AreaType(rawValue: areaKey) else {
                            throw SeedError(file: name, problem: "\(place) 里的地区 \(areaKey) 不认识，应为 city、rural 或 remote")
                        }
                        guard minutes.value > 0, minutes.value == minutes.value.rounded() else {
                            throw SeedError(file: name, problem: "\(place).\(areaKey) 应为正整数分钟")
                        }
                        kindDeadlines.arrival[area] = .realTime(minutes: Int(minutes.value))
                    }
                default:
                    throw SeedError(file: name, problem: "\(place) 不认识，时限只有 first_contact、reply 和 arrival_minutes")
                }
            }
            deadlines[kind] = kindDeadlines
        }
        return deadlines
    }

    /// `{ working_days = N }`, `{ working_hours = H }` or `{ minutes = M }`, exactly one, positive.
    private static func clock(_ table: [String: Number], place: String, file: String) throws(SeedError) -> DeadlineClock {
        let usage = "\(place) 应写成 { working_days = 1 }、{ working_hours = 4 } 或 { minutes = 45 } 中的一种，且为正数"
        guard table.count == 1, let (unit, number) = table.first, number.value > 0 else { throw SeedError(file: file, problem: usage) }
        let whole = number.value == number.value.rounded()
        switch unit {
        case "working_days" where whole: return .workingDays(Int(number.value))
        case "working_hours": return .workingHours(number.value)
        case "minutes" where whole: return .realTime(minutes: Int(number.value))
        default: throw SeedError(file: file, problem: usage)
        }
    }

    /// The keys `Decodable` would silently skip: a misspelt optional key must be refused,
    /// not read as absent. Shared by the work-order seed files.
    enum KeyCheck {
        /// Accepts any TOML value; only the key is of interest.
        private struct AnyValue: Decodable {
            init(from decoder: any Decoder) throws {}
        }

        /// The file holds only the array of tables `array`, each with keys from `allowed`.
        static func tables(in url: URL, array: String, allowed: Set<String>) throws(SeedError) {
            try topLevel(in: url, allowed: [array])
            let file = try SeedTOML.decode([String: [[String: AnyValue]]].self, from: url)
            for (index, table) in (file[array] ?? []).enumerated() {
                try check(Array(table.keys), allowed: allowed, place: "第 \(index + 1) 个 [[\(array)]]", file: url.lastPathComponent)
            }
        }

        /// The file holds only the table `named`, with keys from `allowed`, and any of the
        /// `optional` tables, each with its own keys.
        static func table(in url: URL, named: String, allowed: Set<String>, optional: [String: Set<String>] = [:]) throws(SeedError) {
            try topLevel(in: url, allowed: Set(optional.keys).union([named]))
            let file = try SeedTOML.decode([String: [String: AnyValue]].self, from: url)
            try check(Array((file[named] ?? [:]).keys), allowed: allowed, place: "[\(named)]", file: url.lastPathComponent)
            for (table, keys) in optional.sorted(by: { $0.key < $1.key }) {
                try check(Array((file[table] ?? [:]).keys), allowed: keys, place: "[\(table)]", file: url.lastPathComponent)
            }
        }

        private static func topLevel(in url: URL, allowed: Set<String>) throws(SeedError) {
            let file = try SeedTOML.decode([String: AnyValue].self, from: url)
            try check(Array(file.keys), allowed: allowed, place: "文件顶层", file: url.lastPathComponent)
        }

        private static func check(_ keys: [String], allowed: Set<String>, place: String, file: String) throws(SeedError) {
            if let unknown = keys.sorted().first(where: { !allowed.contains($0) }) {
                throw SeedError(file: file, problem: "\(place)的 \(unknown) 不认识，可用的字段只有 " + allowed.sorted().joined(separator: "、"))
            }
        }
    }
}
