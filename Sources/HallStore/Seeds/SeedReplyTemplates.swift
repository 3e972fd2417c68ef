import Foundation
import HallDomain

/// `seeds/reply-templates.toml`, checked against the categories and the known placeholders.
/// An unknown placeholder is refused by name: left in, it would reach the customer as
/// 「{客户名}」 in a reply nobody noticed.
public enum SeedReplyTemplates {
    public static let fileName = "reply-templates.toml"
    /// The `category` value of the template used for categories without their own.
    public static let fallbackCategory = "default"

    private struct File: Decodable {
        var template: [Entry]
    }

    private struct Entry: Decodable {
        var category: String
        var actions: String
        var result: String
    }

    public static func load(folder: URL, categories: [WorkOrderCategory]) throws(SeedError) -> ReplyTemplates {
        let url = folder.appendingPathComponent(fileName)
        try SeedWorkOrders.KeyCheck.tables(in: url, array: "template", allowed: ["category", "actions", "result"])
        let file = try SeedTOML.decode(File.self, from: url)
        var templates = ReplyTemplates()
        for entry in file.template {
            let code = entry.category.trimmingCharacters(in: .whitespaces)
            let label = "category = \"\(code)\" 的模板"
            guard code == fallbackCategory || categories.contains(where: { $0.code == code }) else {
                throw SeedError(file: fileName, problem: "\(label)：没有这个诉求分类代码，请按 work-order-categories.toml 填写，"
                                + "或写 \(fallbackCategory) 作为通用模板")
            }
            guard (code == fallbackCategory ? templates.fallback : templates.byCategory[code]) == nil else {
                throw SeedError(file: fileName, problem: "\(label)写了两次，每个分类只能有一个模板")
            }
            for (key, text) in [("actions", entry.actions), ("result", entry.result)] {
                try check(text, place: "\(label)的 \(key)")
            }
            let template = ReplyTemplate(actions: entry.actions, result: entry.result)
            if code == fallbackCategory { templates.fallback = template } else { templates.byCategory[code] = template }
        }
        return templates
    }

    private static func check(_ text: String, place: String) throws(SeedError) {
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw SeedError(file: fileName, problem: "\(place) 不能为空")
        }
        let known = ReplyTemplate.Placeholder.allCases.map(\.rawValue)
        guard let names = ReplyTemplate.placeholderNames(in: text) else {
            throw SeedError(file: fileName, problem: "\(place) 里的花括号没有成对，占位符应写成 {客户} 这样")
        }
        if let unknown = names.first(where: { !known.contains($0) }) {
            throw SeedError(file: fileName, problem: "\(place) 里的占位符 {\(unknown)} 不认识，可用："
                            + known.map { "{\($0)}" }.joined(separator: "、"))
        }
    }
}
