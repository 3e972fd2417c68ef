import Foundation
import HallDomain

/// `business-types.toml` as written by people, checked and turned into `BusinessType`s in
/// file order. Every code, alias and name leads the guide's search to exactly one business,
/// and every checklist is one the guide can tick off; whether each queue letter exists is
/// `SeedCatalog`'s check, because the queues live in `hall.toml`.
public enum SeedBusinessTypes {
    private struct File: Decodable {
        var business_types: [Entry]
    }

    private struct Entry: Decodable {
        var code: String
        var name: String
        var queue: String
        var aliases: [String]
        /// Optional: older seed folders have neither, and search then works as before.
        var synonyms: [String]?
        var pinyin: [String]?
        var forms: [String]
        var service_minutes: Minutes
        var answerable_at_door: Bool
        var documents: [String: [String]]
    }

    /// People write `12` as often as `2.5`; TOMLKit reads an integer only as `Int`.
    private struct Minutes: Decodable {
        var value: Double

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let whole = try? container.decode(Int.self) {
                value = Double(whole)
            } else {
                value = try container.decode(Double.self)
            }
        }
    }

    /// The TOML keys of the two checklists.
    private static let documentKeys: [String: CustomerKind] = ["residential": .residential, "non_residential": .nonResidential]

    public static func load(_ url: URL) throws(SeedError) -> [BusinessType] {
        let file = try SeedTOML.decode(File.self, from: url)
        let name = url.lastPathComponent
        guard !file.business_types.isEmpty else {
            throw SeedError(file: name, problem: "至少要有一种业务 [[business_types]]")
        }
        var types: [BusinessType] = []
        for (index, entry) in file.business_types.enumerated() {
            types.append(try checked(entry, position: index + 1, file: name))
        }
        try checkUnique(types, file: name)
        return types
    }

    private static func checked(_ entry: Entry, position: Int, file: String) throws(SeedError) -> BusinessType {
        let code = entry.code
        guard (1...8).contains(code.count), code.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
            throw SeedError(file: file, problem: "第 \(position) 个业务的代码 code「\(code)」应为 1 到 8 位大写英文字母或数字")
        }
        guard !entry.name.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SeedError(file: file, problem: "业务 \(code) 的名称 name 不能为空")
        }
        let label = "业务 \(code)（\(entry.name)）"
        guard SeedHallLayout.isQueueLetter(entry.queue) else {
            throw SeedError(file: file, problem: "\(label)的队列 queue「\(entry.queue)」应为一个大写英文字母 A–Z")
        }
        for alias in entry.aliases where alias.isEmpty || !alias.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) }) {
            throw SeedError(file: file, problem: "\(label)的别名 aliases「\(alias)」只能用小写英文字母或数字")
        }
        guard Set(entry.aliases).count == entry.aliases.count else {
            throw SeedError(file: file, problem: "\(label)的 aliases 里有重复的别名")
        }
        let synonyms = entry.synonyms ?? []
        if synonyms.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw SeedError(file: file, problem: "\(label)的 synonyms 里有空的说法")
        }
        let pinyin = entry.pinyin ?? []
        for spelling in pinyin where spelling.trimmingCharacters(in: .whitespaces).isEmpty
            || !spelling.allSatisfy({ ("a"..."z").contains($0) || $0 == " " }) {
            throw SeedError(file: file, problem: "\(label)的全拼 pinyin「\(spelling)」只能用小写英文字母，音节之间用空格隔开（如 \"dian fei jiao na\"）")
        }
        guard entry.service_minutes.value > 0, entry.service_minutes.value < 240 else {
            throw SeedError(file: file, problem: "\(label)的 service_minutes 应大于 0 且小于 240 分钟")
        }
        if entry.forms.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw SeedError(file: file, problem: "\(label)的 forms 里有空的表单名")
        }
        return BusinessType(
            code: code, name: entry.name, queue: entry.queue, aliases: entry.aliases, synonyms: synonyms, pinyin: pinyin,
            documents: try checkedDocuments(entry.documents, label: label, file: file),
            forms: entry.forms, serviceMinutes: entry.service_minutes.value, answerableAtDoor: entry.answerable_at_door
        )
    }

    /// A checklist item the guide cannot tick (blank) or ticks twice (repeated) would make a
    /// slip impossible or a notice confusing; an unknown key is a misspelt kind of customer.
    private static func checkedDocuments(_ lists: [String: [String]], label: String, file: String) throws(SeedError) -> [CustomerKind: [String]] {
        guard !lists.isEmpty else {
            throw SeedError(file: file, problem: "\(label)的 documents 至少要写 residential 或 non_residential 其中一项")
        }
        var documents: [CustomerKind: [String]] = [:]
        for key in lists.keys.sorted() {
            guard let kind = documentKeys[key] else {
                throw SeedError(file: file, problem: "\(label)的 documents 里的「\(key)」不认识，只能是 residential 或 non_residential")
            }
            let items = lists[key] ?? []
            if items.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                throw SeedError(file: file, problem: "\(label)的 documents.\(key) 里有空的资料名")
            }
            guard Set(items).count == items.count else {
                throw SeedError(file: file, problem: "\(label)的 documents.\(key) 里有重复的资料")
            }
            documents[kind] = items
        }
        return documents
    }

    /// Codes, aliases and names are what the guide types at the door: each must find one
    /// business. A code is searched in lower case too, so an alias may not be another
    /// business's code either.
    private static func checkUnique(_ types: [BusinessType], file: String) throws(SeedError) {
        var owners: [String: String] = [:], names = Set<String>()
        for type in types {
            guard owners.updateValue(type.code, forKey: type.code.lowercased()) == nil else {
                throw SeedError(file: file, problem: "业务代码 code \(type.code) 出现了两次")
            }
            guard names.insert(type.name).inserted else {
                throw SeedError(file: file, problem: "业务名称 name「\(type.name)」出现了两次")
            }
        }
        for type in types {
            for alias in type.aliases {
                if let owner = owners[alias], owner != type.code {
                    throw SeedError(file: file, problem: "别名 aliases「\(alias)」同时指向 \(owner) 和 \(type.code)，一个别名只能属于一种业务")
                }
                owners[alias] = type.code
            }
        }
    }
}
