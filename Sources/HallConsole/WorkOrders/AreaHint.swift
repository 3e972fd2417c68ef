import HallDomain

/// What the station's area list says about an order's address when dispatching (属地管理):
/// the area the address belongs to and the keyword that decided it, or that it matched none.
enum AreaHint {
    static func text(_ order: WorkOrder, settings: WorkOrderSettings) -> String {
        guard let suggestion = settings.areas.suggest(address: order.customer.address) else {
            return "地址未匹配到区域，请按客户所在地核对属地。"
        }
        let place = "\(suggestion.area)（\(suggestion.station)，\(suggestion.areaType.chineseName)）"
        if suggestion.area == order.customer.area { return "地址含「\(suggestion.keyword)」，属地 \(place)。" }
        return "注意：地址含「\(suggestion.keyword)」，按属地应为 \(place)，工单登记为 \(order.customer.area)。"
    }
}
