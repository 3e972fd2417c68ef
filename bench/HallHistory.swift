import Foundation
import HallDomain
import HallStore

/// Days of a busy hall decided the way the terminals decide them: every command goes
/// through `decide` on the state so far and its events are folded in with `evolve`, so the
/// benchmark's log holds only what the engine really writes (slips issued, called, served,
/// turned away; counters opened and closed; work orders received and dispatched).
///
/// A day: counters 1–5 open at 08:30, the roster's four clerks and a relief clerk added here
/// (counters are a clerk's under the permission matrix), about 200 customers
/// arrive over eight hours (most for queue A, paying bills), one in ten is answered at the
/// door and one in twenty turned away for missing documents; eight work orders are
/// received and dispatched half an hour later. That is about 850 events a day, so a
/// million events is a little over three years.
/// The random draws are seeded: every run builds the same history.
struct HallHistory {
    let catalog: Catalog
    let settings: WorkOrderSettings
    private(set) var state = HallState.initial
    /// The newest events, at least `HallReplica.recentLimit` of them once there are that
    /// many (trimmed in halves, so keeping them costs nothing per event).
    private(set) var recent: [RecordedEvent] = []
    private var random = SplitMix64(seed: 20_261_123)
    private var dayIndex = 0
    private var customers = 0
    private let timestamps: ISO8601DateFormatter
    /// 08:30 in Shanghai on Monday 2026-01-05, the first day.
    private static let firstOpening = Date(timeIntervalSince1970: 1_767_573_000)

    static let customersPerDay = 200
    static let workOrdersPerDay = 8
    private static let departments = ["营销部", "配电运维班", "计量班"]

    /// Reads the catalog and work-order settings from `seeds` (the checkout's `seeds/`).
    /// Works the fifth counter: the seeds' roster has four clerks.
    static let reliefClerk = StaffMember(id: "C05", name: "顶岗营业员", roles: [.clerk], department: nil, login: nil)

    init(seeds: URL) throws {
        var catalog = try SeedCatalog.load(folder: seeds)
        catalog.roster.members.append(Self.reliefClerk)
        self.catalog = catalog
        settings = try SeedWorkOrders.load(folder: seeds, calendar: try SeedCalendar.load(folder: seeds, timeZone: catalog.hall.zone))
        timestamps = ISO8601DateFormatter()
        timestamps.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        timestamps.timeZone = catalog.hall.zone
    }

    /// The next day's records, in the order the terminals would append them.
    mutating func nextDay() throws -> [NewRecord] {
        let opening = Self.firstOpening.addingTimeInterval(Double(dayIndex) * 86_400)
        dayIndex += 1
        var day = DayRun(opening: opening)
        let clerks = ["C01", "C02", "C03", "C04", Self.reliefClerk.id]
        for (index, clerk) in clerks.enumerated() {
            try run(.openCounter(counter: index + 1), at: 0, by: clerk, in: &day)
        }
        var arrivals = (0..<Self.customersPerDay).map { _ in random.unit() * 480 }.sorted()[...]
        var orders = (0..<Self.workOrdersPerDay).map { _ in random.unit() * 450 }.sorted()[...]
        var toDispatch: [(order: String, minute: Double)] = []
        var minute = 0.0
        while !arrivals.isEmpty || !orders.isEmpty || !toDispatch.isEmpty || !day.finishing.isEmpty
            || !state.today.waiting(in: catalog.queues.map(\.letter)).isEmpty {
            while let next = arrivals.first, next <= minute {
                arrivals.removeFirst()
                try arrive(at: minute, in: &day)
            }
            while let next = orders.first, next <= minute {
                orders.removeFirst()
                toDispatch.append((try receiveOrder(at: minute, in: &day), minute + 30))
            }
            while let next = toDispatch.first, next.minute <= minute {
                toDispatch.removeFirst()
                try dispatch(next.order, at: minute, in: &day)
            }
            for (index, clerk) in clerks.enumerated() {
                try serve(counter: index + 1, clerk: clerk, at: minute, in: &day)
            }
            minute += 1
        }
        for (index, clerk) in clerks.enumerated() {
            try run(.closeCounter(counter: index + 1), at: minute, by: clerk, in: &day)
        }
        return day.records
    }

    /// A morning after `orders` work orders came in over the previous days (two in three
    /// dispatched, none closed), with `waiting` customers in the queues and two counters
    /// serving: the state the frame timings draw. Returns the moment to draw it at.
    mutating func busyMorning(orders: Int, waiting: Int) throws -> Date {
        let perDay = 100
        for _ in 0..<(orders / perDay) {
            var day = DayRun(opening: Self.firstOpening.addingTimeInterval(Double(dayIndex) * 86_400))
            dayIndex += 1
            for index in 0..<perDay {
                let order = try receiveOrder(at: Double(index) * 4, in: &day)
                if index % 3 != 0 { try dispatch(order, at: Double(index) * 4 + 1, in: &day) }
            }
        }
        var day = DayRun(opening: Self.firstOpening.addingTimeInterval(Double(dayIndex) * 86_400))
        dayIndex += 1
        var minute = 0.0
        let letters = catalog.queues.map(\.letter)
        while state.today.waiting(in: letters).count < waiting {
            try arrive(at: minute, in: &day)
            if minute == 10 {
                for (index, clerk) in ["C01", "C02"].enumerated() {
                    try run(.openCounter(counter: index + 1), at: minute, by: clerk, in: &day)
                    try serve(counter: index + 1, clerk: clerk, at: minute, in: &day)
                }
            }
            minute += 0.25
        }
        return day.opening.addingTimeInterval(minute * 60)
    }

    /// Dispatches to the category's owner (谁主管、谁处理), as the coordinator does unless
    /// they write a reason for another lead; a category with no owner goes to any department.
    private mutating func dispatch(_ order: String, at minute: Double, in day: inout DayRun) throws {
        let owner = state.workOrders.order(order).flatMap { settings.owner(of: $0) }
        let department = owner ?? Self.departments[random.below(Self.departments.count)]
        try run(.dispatch(order: order, leadDepartment: department, supportingDepartments: []), at: minute, by: "K01", in: &day)
    }

    /// One customer at the door: a quick answer, a turn-away, or a slip.
    private mutating func arrive(at minute: Double, in day: inout DayRun) throws {
        let draw = random.unit()
        if draw < 0.1, let type = pick(catalog.businessTypes.filter(\.answerableAtDoor)) {
            try run(.answerAtDoor(businessType: type.code, customerKind: .residential), at: minute, by: "G01", in: &day)
            return
        }
        let kind: CustomerKind = random.unit() < 0.85 ? .residential : .nonResidential
        if draw < 0.15, let type = pick(catalog.businessTypes.filter { !($0.documents[kind] ?? []).isEmpty }) {
            try run(.turnAway(businessType: type.code, customerKind: kind, presented: [], phone: nil), at: minute, by: "G01", in: &day)
            return
        }
        // Queue A (bills, invoices) gets five customers for every one of any other business;
        // a business with no checklist for this kind of customer is not offered to it.
        let weighted = catalog.businessTypes.filter { $0.documents[kind] != nil }
            .flatMap { Array(repeating: $0, count: $0.queue == "A" ? 5 : 1) }
        let type = weighted[random.below(weighted.count)]
        try run(.issueSlip(businessType: type.code, customerKind: kind, presented: type.documents[kind]!, priority: nil,
                           override: nil, phone: nil), at: minute, by: random.unit() < 0.5 ? "G01" : "G02", in: &day)
    }

    /// A counter finishes its customer when the service time is up, then calls the next.
    private mutating func serve(counter: Int, clerk: String, at minute: Double, in day: inout DayRun) throws {
        if let until = day.finishing[counter] {
            guard until <= minute else { return }
            try run(.finishService(counter: counter), at: minute, by: clerk, in: &day)
            day.finishing[counter] = nil
        }
        let definition = catalog.counters.first { $0.number == counter }!
        guard !state.today.waiting(in: definition.queues).isEmpty else { return }
        let called = try run(.callNext(counter: counter), at: minute, by: clerk, in: &day)
        try run(.startService(counter: counter), at: minute + 0.5, by: clerk, in: &day)
        guard case .slipCalled(let call) = called.first, let slip = state.today.slip(call.slip),
              let type = catalog.businessTypes.first(where: { $0.code == slip.businessType })
        else { throw BenchFailure("no called slip at counter \(counter)") }
        // Log-normal around the catalog's typical minutes, as service times are.
        day.finishing[counter] = minute + max(1, type.serviceMinutes * exp(0.5 * random.normal()))
    }

    private mutating func receiveOrder(at minute: Double, in day: inout DayRun) throws -> String {
        customers += 1
        let category = settings.categories[random.below(settings.categories.count)]
        let customer = Customer(name: "客户\(customers)", phone: "139\(String(format: "%08d", customers))", accountNumber: nil,
                                address: "乐从镇东平路 \(customers % 300 + 1) 号", area: "东平", station: "乐从供电所",
                                areaType: .city, kind: .residential)
        let intake = WorkOrderIntake(kind: [.complaint, .faultReport, .enquiry, .opinion][random.below(4)], source: .phone,
                                     category: category.code, customer: customer,
                                     description: "客户反映\(category.name)问题，要求尽快处理并回电说明原因")
        let events = try run(.receive(intake), at: minute, by: "K01", in: &day)
        guard case .workOrder(.received(let received)) = events.first else { throw BenchFailure("receive gave no order") }
        return received.order
    }

    @discardableResult
    private mutating func run(_ command: HallCommand, at minute: Double, by actor: String, in day: inout DayRun) throws -> [Event] {
        let now = day.opening.addingTimeInterval(minute * 60)
        return try record(try decide(command, state: state, catalog: catalog, actor: member(actor), now: now), at: now, by: actor, in: &day)
    }

    @discardableResult
    private mutating func run(_ command: WorkOrderCommand, at minute: Double, by actor: String, in day: inout DayRun) throws -> [Event] {
        let now = day.opening.addingTimeInterval(minute * 60)
        let events = try decide(command, state: state, catalog: catalog, settings: settings, actor: member(actor), now: now)
        return try record(events, at: now, by: actor, in: &day)
    }

    private mutating func record(_ events: [Event], at now: Date, by actor: String, in day: inout DayRun) throws -> [Event] {
        let timestamp = timestamps.string(from: now)
        for event in events {
            let encoded = EventCodec.encode(event)
            day.records.append(NewRecord(actor: actor, terminal: "tty-\(actor)", type: encoded.type, version: encoded.version,
                                         body: encoded.body, timestamp: now))
            let recorded = RecordedEvent(seq: state.lastSeq + 1, timestamp: timestamp, time: now, actor: actor,
                                         terminal: "tty-\(actor)", event: event)
            state.evolve(by: recorded)
            recent.append(recorded)
            if recent.count >= 2 * HallReplica.recentLimit { recent.removeFirst(HallReplica.recentLimit) }
        }
        return events
    }

    private func member(_ id: String) throws -> StaffMember {
        guard let member = catalog.roster.member(id: id) else { throw BenchFailure("seeds/staff.toml has no \(id)") }
        return member
    }

    private mutating func pick(_ types: [BusinessType]) -> BusinessType? {
        types.isEmpty ? nil : types[random.below(types.count)]
    }
}

/// What one day has produced so far.
private struct DayRun {
    let opening: Date
    var records: [NewRecord] = []
    /// When each busy counter's current service ends, in minutes after opening.
    var finishing: [Int: Double] = [:]
}

/// A small seeded generator (SplitMix64), so the benchmark's history is the same every run.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// Standard normal (Box–Muller).
    mutating func normal() -> Double {
        sqrt(-2 * log(1 - unit())) * cos(2 * .pi * unit())
    }
}
