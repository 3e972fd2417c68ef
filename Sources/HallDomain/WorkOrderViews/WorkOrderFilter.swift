/// The `/` filter: words typed by the coordinator, each of which must appear somewhere in
/// the order — its number, 95598 number, kind, category, customer, phone (whole or its last
/// digits, spaces and dashes ignored), 户号, address, area, station, departments or
/// description. 「投诉 天河北 营销部」 narrows by kind, area and department at once; a caller's
/// number finds their orders, though lists still show it masked (the typist knows it already).
public struct WorkOrderFilter: Sendable, Equatable {
    public var words: [String]

    public init(_ text: String) {
        words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// The orders that match, in the order given; `orders` itself, uncopied, when there are
    /// no words (a desk of thousands is narrowed on every key).
    public func narrowed(_ orders: [WorkOrder], settings: WorkOrderSettings) -> [WorkOrder] {
        isEmpty ? orders : orders.filter { matches($0, settings: settings) }
    }

    public func matches(_ order: WorkOrder, settings: WorkOrderSettings) -> Bool {
        guard !words.isEmpty else { return true }
        let fields = [order.number, order.hotlineNumber ?? "", order.kind.chineseName, order.category,
                      settings.category(code: order.category)?.name ?? "", order.customer.name, order.customer.address,
                      order.customer.area, order.customer.station, order.leadDepartment ?? "", order.description]
            + order.supportingDepartments + Self.numbers(order.customer)
        let haystack = fields.joined(separator: "\u{1F}").lowercased()
        return words.allSatisfy { haystack.contains($0) }
    }

    /// The customer's phone and 户号 as given and as bare digits, so 「138-0013-8000」 is
    /// found by 「13800138000」 or 「8000」.
    static func numbers(_ customer: Customer) -> [String] {
        [customer.phone, customer.accountNumber].compactMap { $0 }.flatMap { [$0, $0.filter(\.isNumber)] }
    }
}
