/// A starting text for a department's reply to one category of order, from
/// `seeds/reply-templates.toml`. Placeholders in braces (「{客户}」) are filled from the
/// order; the handler then edits the draft to match the facts on site.
public struct ReplyTemplate: Sendable, Equatable {
    /// What each placeholder is filled with.
    public enum Placeholder: String, Sendable, CaseIterable {
        case customer = "客户"
        case address = "地址"
        case order = "工单号"
        case category = "类别"
        case area = "片区"
        case account = "户号"

        func value(for order: WorkOrder) -> String {
            switch self {
            case .customer: order.customer.name
            case .address: order.customer.address
            case .order: order.number
            case .category: order.categoryName ?? order.category
            case .area: order.customer.area
            case .account: order.customer.accountNumber ?? ""
            }
        }
    }

    /// What was done or explained.
    public var actions: String
    /// The result of the handling.
    public var result: String

    public init(actions: String, result: String) {
        self.actions = actions
        self.result = result
    }

    /// The names written in braces in `text`, in order; nil if a brace is left open or
    /// closed without opening, so the loader can say the text is malformed.
    public static func placeholderNames(in text: String) -> [String]? {
        var names: [String] = []
        var current: String?
        for character in text {
            switch (character, current) {
            case ("{", nil): current = ""
            case ("}", .some(let name)):
                names.append(name)
                current = nil
            case ("{", .some(_)), ("}", nil): return nil
            case (_, .some(let name)): current = name + String(character)
            case (_, nil): break
            }
        }
        return current == nil ? names : nil
    }

    /// `text` with every known placeholder filled from `order`.
    static func fill(_ text: String, from order: WorkOrder) -> String {
        Placeholder.allCases.reduce(text) { text, placeholder in
            text.replacingOccurrences(of: "{\(placeholder.rawValue)}", with: placeholder.value(for: order))
        }
    }
}
