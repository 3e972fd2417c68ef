import HallDomain

/// One suggestion as `case suggest` prints it, with the commands that open or dismiss it.
struct CaseSuggestionRow: Encodable {
    var key: String
    var kind: String
    var category: String?
    var categoryName: String?
    var area: String?
    var orders: [String]
    var openWith: String
    var dismissWith: String

    init(_ suggestion: CaseSuggestion, settings: WorkOrderSettings) {
        key = suggestion.key
        kind = suggestion.kind.rawValue
        category = suggestion.category
        categoryName = suggestion.category.map { settings.category(code: $0)?.name ?? $0 }
        area = suggestion.area
        orders = suggestion.orders
        openWith = "halldesk case open \(orders.joined(separator: " ")) --cause 根因 --action 措施 --owner 部门 --due 年-月-日"
        dismissWith = "halldesk case dismiss \(key) --reason 原因"
    }

    var lines: [String] {
        let kindName = CaseSuggestionKind(rawValue: kind)?.chineseName ?? kind
        let matter = [categoryName, area.map { "片区 \($0)" }].compactMap { $0 }.joined(separator: "  ")
        return ["\(key)  \(kindName)  \(matter.isEmpty ? "" : matter + "  ")\(orders.count) 张：\(orders.joined(separator: "、"))",
                "  立案：\(openWith)",
                "  驳回：\(dismissWith)"]
    }
}
