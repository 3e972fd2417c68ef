/// Which work orders a member may see, and whose contacts whole: the permission matrix's
/// `viewOrder` and `seeCustomerContact` with their scopes, asked in one place by the
/// console (which panes, which orders in the department's list, a detail's phone) and by
/// `order list` and `order show`, so a department sees its own orders wherever it looks.
public struct OrderSight {
    private let permission: Permission
    private let viewer: StaffMember

    /// `viewer` nil is someone not on the roster: no role, so no order.
    public init(viewer: StaffMember?, book: WorkOrderBook, roster: Roster) {
        let viewer = viewer ?? StaffMember(id: "", name: "", roles: [], department: nil, login: nil)
        self.viewer = viewer
        permission = Permission(actor: viewer, day: nil, book: book, roster: roster)
    }

    /// Whether every order of the station is in sight: the coordinator's pane (工单协调) is
    /// offered only then, since it lists them all.
    public var seesEveryOrder: Bool {
        Self.seesEveryOrder(viewer)
    }

    /// `seesEveryOrder` before there is a book to look at (which panes a console opens with).
    public static func seesEveryOrder(_ viewer: StaffMember?) -> Bool {
        viewer.map { PermissionMatrix.allows($0, .viewOrder) } ?? false
    }

    /// Passes if the viewer may see order `number`; otherwise the matrix's refusal, which
    /// says whose order it is. An unknown number passes, for the caller to say so.
    public func check(_ number: String) throws(HallRefusal) {
        try permission.check(Access(.viewOrder, .order(number)))
    }

    public func sees(_ order: WorkOrder) -> Bool {
        (try? check(order.number)) != nil
    }

    /// Whether every order of a batch warning is in sight: a group that reaches into another
    /// department's orders would name them, so it is not shown in part.
    public func seesAll(_ warning: BatchWarning) -> Bool {
        warning.orders.allSatisfy { (try? check($0)) != nil }
    }

    /// The orders in sight, in the order given.
    public func visible(_ orders: [WorkOrder]) -> [WorkOrder] {
        orders.filter(sees)
    }

    /// Whether the order's detail shows the customer's phone, account and ID numbers whole.
    public func seesContact(of order: WorkOrder) -> Bool {
        (try? permission.check(Access(.seeCustomerContact, .order(order.number)))) != nil
    }
}
