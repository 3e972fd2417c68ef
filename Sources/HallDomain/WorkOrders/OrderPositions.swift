/// Where each order number first stands in `WorkOrderBook.orders`: replay applies tens of
/// thousands of events to a book of tens of thousands of orders, and searching the whole
/// list for each one made a full replay quadratic in the number of orders.
///
/// It is a cache, not a fact: it is never stored in a snapshot (rebuilt when one is read)
/// and never makes two books unequal. Every answer is checked against the list before it
/// is used, and anything it does not know is searched for the old way, so a list changed
/// behind its back (a test building a book by hand) still finds the same order the linear
/// search would.
struct OrderPositions: Sendable, Equatable {
    private var first: [String: Int] = [:]
    /// How many orders at the head of the list were recorded as they were appended: an
    /// order appended while the list had grown behind the cache's back is not recorded, as
    /// an earlier order with its number might be among those it never saw.
    private var covered = 0

    init() {}

    /// The positions of `orders`, each number's first.
    init(_ orders: [WorkOrder]) {
        first.reserveCapacity(orders.count)
        for (index, order) in orders.enumerated() where first[order.number] == nil {
            first[order.number] = index
        }
        covered = orders.count
    }

    /// The position of the first order numbered `number`, as `firstIndex(where:)` finds it.
    mutating func index(of number: String, in orders: [WorkOrder]) -> Int? {
        if let known = known(number, in: orders) { return known }
        guard let found = orders.firstIndex(where: { $0.number == number }) else { return nil }
        first[number] = found
        return found
    }

    /// The remembered position, if it still holds that number.
    func known(_ number: String, in orders: [WorkOrder]) -> Int? {
        guard let index = first[number], index < orders.count, orders[index].number == number else { return nil }
        return index
    }

    /// Records an order just appended at `index`, unless its number is already in the list.
    mutating func appended(_ number: String, at index: Int) {
        guard index == covered else { return }
        covered += 1
        if first[number] == nil { first[number] = index }
    }

    /// A cache: equal whatever it holds, so books compare by their orders alone.
    static func == (lhs: OrderPositions, rhs: OrderPositions) -> Bool { true }
}
