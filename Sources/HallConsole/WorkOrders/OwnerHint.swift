import HallDomain

/// What the categories say about who should lead an order when dispatching (谁主管、谁处理):
/// the owning department, pre-filled in the form, and that another lead needs a reason.
enum OwnerHint {
    static func text(_ order: WorkOrder, settings: WorkOrderSettings) -> String {
        guard let owner = settings.owner(of: order) else { return "" }
        let category = settings.category(code: order.category)?.name ?? order.category
        return "“\(category)”由\(owner)主管，已预填；改派其他部门主办须写明理由。"
    }
}
