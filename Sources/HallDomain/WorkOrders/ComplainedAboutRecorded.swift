import Foundation

/// The coordinator recorded who a service complaint is about (被投诉人). A later record
/// replaces an earlier one (a name heard wrong on the phone).
public struct ComplainedAboutRecorded: OrderEventBody {
    public static let type = "complainedAboutRecorded"
    public static let version = 1

    public var order: String
    public var person: ComplainedAbout

    public init(order: String, person: ComplainedAbout) {
        self.order = order
        self.person = person
    }

    public var event: WorkOrderEvent { .complainedAboutRecorded(self) }

    public var summary: String { "被投诉人：\(person.text)" }

    public func apply(to order: inout WorkOrder, at time: Date, actor: String) {
        order.complainedAbout = person
    }
}
