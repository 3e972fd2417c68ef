/// The improvement cases as the book holds them: found by number, changed in place, and
/// read by the screens and the suggestions.
extension WorkOrderBook {
    public func improvementCase(_ number: String) -> ImprovementCase? {
        cases.first { $0.number == number }
    }

    /// Applies `change` to the case `number`; false if there is no such case.
    mutating func updateCase(_ number: String, _ change: (inout ImprovementCase) -> Void) -> Bool {
        guard let index = cases.firstIndex(where: { $0.number == number }) else { return false }
        change(&cases[index])
        return true
    }

    /// Every order some case explains, open or done: such an order is no longer a candidate
    /// for a new case.
    public var explainedOrders: Set<String> {
        Set(cases.flatMap(\.orders))
    }

    /// Open cases whose due day is before `today` (`yyyy-MM-dd`, the hall's local day).
    public func overdueCases(today: String) -> [ImprovementCase] {
        cases.filter { $0.isOverdue(today: today) }
    }

    /// Adds one history entry to each of `numbers` that the book holds; false if any is missing.
    mutating func record(_ entry: WorkOrderHistoryEntry, on numbers: [String]) -> Bool {
        numbers.reduce(true) { found, number in
            update(number) { $0.history.append(entry) } && found
        }
    }

    /// The number the next opened case gets: 「GJ0001」 upward.
    var nextCaseNumber: String {
        let digits = String(cases.count + 1)
        return "GJ" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
