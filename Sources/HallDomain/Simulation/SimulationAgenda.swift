/// What happens next in a simulated day: a list kept in time order, ties in the order they
/// were scheduled, so two runs of one seed do the same things in the same order.
struct SimulationAgenda {
    enum Action: Equatable {
        case arrive(visit: Int)
        case call(counter: Int)
        /// The called customer has not come up; `made` re-calls so far.
        case recall(counter: Int, made: Int)
        case finish(counter: Int)
    }

    private struct Entry {
        var minute: Double
        var order: Int
        var action: Action
    }

    private var entries: [Entry] = []
    private var scheduled = 0

    mutating func schedule(_ action: Action, at minute: Double) {
        let entry = Entry(minute: minute, order: scheduled, action: action)
        scheduled += 1
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].minute <= minute { low = middle + 1 } else { high = middle }
        }
        entries.insert(entry, at: low)
    }

    mutating func next() -> (minute: Double, action: Action)? {
        guard !entries.isEmpty else { return nil }
        let entry = entries.removeFirst()
        return (entry.minute, entry.action)
    }
}
