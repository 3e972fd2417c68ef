import Foundation
import HallDomain

/// `seeds/work-order-categories.toml` and `seeds/deadlines.toml`, checked and turned, with
/// the working calendar, into the `WorkOrderSettings` that work-order decisions need.
/// Every key is checked, because a misspelt deadline read as "no deadline" would let
/// orders run late without anyone seeing it.
public enum SeedWorkOrders {
    private struct CategoriesFile: Decodable {
        var category: [CategoryEntry]
    }

    private struct CategoryEntry: Decodable {
        var code: String
        var name: String
        var major: Bool
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

    public static func load(folder: URL, calendar: WorkingCalendar) throws(SeedError) -> WorkOrderSettings {
        WorkOrderSettings(calendar: calendar,
                          categories: try loadCategories(folder.appendingPathComponent("work-order-categories.toml")),
                          deadlines: try loadDeadlines(folder.appendingPathComponent("deadlines.toml")))
    }

    private static func loadCategories(_ url: URL) throws(SeedError) -> [WorkOrderCategory] {
        let name = url.lastPathComponent
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
            categories.append(WorkOrderCategory(code: code, name: title, major: entry.major))
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
}
