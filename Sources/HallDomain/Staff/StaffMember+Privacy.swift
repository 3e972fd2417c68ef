extension StaffMember {
    /// Those who must call the customer back see the whole phone and ID number in an
    /// order's detail: coordinators, department handlers and the manager. Everyone else,
    /// and every list, sees them masked.
    public var maySeeCustomerContact: Bool {
        !Set(roles).isDisjoint(with: [.coordinator, .department, .manager])
    }
}
