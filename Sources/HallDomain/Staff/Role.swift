/// What a member of staff does at the terminal; it decides which panes they see.
public enum Role: String, Sendable, Equatable, Codable, CaseIterable {
    case guide, clerk, coordinator, department
    /// 部门负责人: the head of one department, to whom its orders escalate first.
    case departmentHead = "department_head"
    case manager, admin

    /// The job title as the hall says it.
    public var chineseName: String {
        switch self {
        case .guide: "导引员"
        case .clerk: "营业员"
        case .coordinator: "客户问题解决协调员"
        case .department: "专业部门经办人"
        case .manager: "所长/值班经理"
        case .admin: "系统管理员"
        case .departmentHead: "部门负责人"
        }
    }
}
