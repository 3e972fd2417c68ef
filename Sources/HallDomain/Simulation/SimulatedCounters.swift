/// The counters a simulated day staffs: the catalog's first `count`, in number order, with
/// their queue orders; beyond the catalog, extra counters take the queue order of the
/// catalog counter that serves the most queues (the 综合窗口), because a hall that opens
/// one more counter at peak opens a general one.
enum SimulatedCounters {
    /// `catalog` with the counters a day of `policy` staffs for these customers, each of
    /// whose business must be in the catalog.
    static func staff(_ catalog: Catalog, policy: SimulationPolicy, arrivals: [SimulatedArrival]) throws(SimulationError) -> Catalog {
        var used = Set<String>()
        for arrival in arrivals {
            guard let type = catalog.businessType(code: arrival.businessType) else {
                throw SimulationError("客户的业务 \(arrival.businessType) 不在业务目录中")
            }
            used.insert(type.queue)
        }
        var staffed = catalog
        staffed.counters = try layout(catalog, count: policy.counters, queuesUsed: used)
        return staffed
    }

    static func layout(_ catalog: Catalog, count: Int, queuesUsed: Set<String>) throws(SimulationError) -> [CounterDefinition] {
        guard count >= 1 else { throw SimulationError("窗口数至少为 1") }
        let defined = catalog.counters.sorted { $0.number < $1.number }
        guard let general = defined.max(by: { $0.queues.count < $1.queues.count }) else {
            throw SimulationError("营业厅配置里没有窗口")
        }
        var counters = Array(defined.prefix(count))
        var number = (defined.last?.number ?? 0) + 1
        while counters.count < count {
            counters.append(CounterDefinition(number: number, name: "\(number)号综合窗口（模拟加开）", queues: general.queues))
            number += 1
        }
        let served = Set(counters.flatMap(\.queues))
        let orphans = queuesUsed.subtracting(served).sorted()
        guard orphans.isEmpty else {
            throw SimulationError("\(count) 个窗口没有一个叫 \(orphans.joined(separator: "、")) 队，这些客户永远等不到；请增加窗口数")
        }
        return counters
    }
}
