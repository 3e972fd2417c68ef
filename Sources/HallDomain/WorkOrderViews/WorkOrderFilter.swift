/// The `/` filter: words typed by the coordinator, each of which must appear somewhere in
/// the order — its number, 95598 number, kind, category, customer, address, area, station,
/// departments or description. 「投诉 天河北 营销部」 narrows by kind, area and department at once.
public struct WorkOrderFilter: Sendable, Equatable {
    public var words: [String]

    public init(_ text: String) {
        words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
    }

    public var isEmpty: Bool { words.isEmpty }

    public func matches(_ order: WorkOrder, settings: WorkOrderSettings) -> Bool {
        guard !words.isEmpty else { return true }
        let fields = [order.number, order.hotlineNumber ?? "", order.kind.chineseName, order.category,
                      settings.category(code: order.category)?.name ?? "", order.customer.name, order.customer.address,
                      order.customer.area, order.customer.station, order.leadDepartment ?? "", order.description]
            + order.supportingDepartments
        let haystack = fields.joined(separator: "\u{1F}").lowercased()
        return words.allSatisfy { haystack.contains($0) }
    }
}
