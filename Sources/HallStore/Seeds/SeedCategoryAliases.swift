import Foundation
import HallDomain

/// `seeds/work-order-category-aliases.toml`: the names the 95598 call centre (and people)
/// use for the hall's categories, each pointing at a category code. Checked against the
/// categories, since an alias to a code that does not exist would quietly send orders to
/// 待归类; a name may not point two ways, nor shadow a category's own name.
public enum SeedCategoryAliases {
    public static let fileName = "work-order-category-aliases.toml"

    private struct File: Decodable {
        var alias: [String: String]
    }

    public static func load(folder: URL, categories: [WorkOrderCategory]) throws(SeedError) -> [String: String] {
        let url = folder.appendingPathComponent(fileName)
        let file = try SeedTOML.decode([String: [String: String]].self, from: url)
        if let other = file.keys.sorted().first(where: { $0 != "alias" }) {
            throw SeedError(file: fileName, problem: "文件顶层的 \(other) 不认识，只能有 [alias] 表")
        }
        var aliases: [String: String] = [:]
        for (rawName, rawCode) in (file["alias"] ?? [:]).sorted(by: { $0.key < $1.key }) {
            let name = rawName.trimmingCharacters(in: .whitespaces), code = rawCode.trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty else { throw SeedError(file: fileName, problem: "[alias] 里有空的名称") }
            guard categories.contains(where: { $0.code == code }) else {
                throw SeedError(file: fileName, problem: "别名“\(name)”指向的分类代码 \(code) 不在 work-order-categories.toml 里")
            }
            if let own = categories.first(where: { $0.name == name || $0.code.uppercased() == name.uppercased() }), own.code != code {
                throw SeedError(file: fileName, problem: "别名“\(name)”已是分类 \(own.code)（\(own.name)）自己的名称或代码，不能再指向 \(code)")
            }
            guard aliases[name] == nil else {
                throw SeedError(file: fileName, problem: "别名“\(name)”写了两次，每个名称只能指向一个分类")
            }
            aliases[name] = code
        }
        return aliases
    }
}
