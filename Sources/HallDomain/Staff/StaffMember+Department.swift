extension StaffMember {
    /// The department whose orders this member handles or heads: set only for a department
    /// handler or head with a department on the roster, so a manager's note of a department
    /// gives no pane. A head who handles nothing still gets the pane: it is where the orders
    /// escalated to them are marked.
    public var handledDepartment: String? {
        roles.contains(.department) || roles.contains(.departmentHead) ? department : nil
    }
}
