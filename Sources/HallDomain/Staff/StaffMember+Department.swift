extension StaffMember {
    /// The department whose orders this member handles: set only for a department handler
    /// with a department on the roster, so a manager's note of a department gives no pane.
    public var handledDepartment: String? {
        roles.contains(.department) ? department : nil
    }
}
