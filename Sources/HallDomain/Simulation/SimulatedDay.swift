import Foundation

/// One simulated day in progress: the agenda of what happens next, and the tallies the
/// result is made of. Staff act through the desk, which decides on the hall's state as its
/// log has it. On the simulator's own desk a refusal means the simulator asked for
/// something a real hall would not do, and stops the run with the refusal's words; on a
/// shared log (the demo) people at a console act too, so a refused action is passed over.
struct SimulatedDay<Desk: SimulationDesk> {
    private(set) var desk: Desk
    private let scenario: SimulationScenario
    private let policy: SimulationPolicy
    private let catalog: Catalog
    private let guide: StaffMember
    private let clerks: [Int: StaffMember]
    private var agenda = SimulationAgenda()
    private var visits: [SimulatedArrival]
    private let walkIns: Int
    private var visitOfSlip: [String: Int] = [:]
    private var issuedAt: [String: Double] = [:]
    private var prefilled: Set<String> = []
    private var idle: Set<Int> = []

    private var waits: [Double] = []
    /// Slips given at an appointment's check-in, and their waits.
    private var appointmentSlips: Set<String> = []
    private var appointmentWaits: [Double] = []
    private var doorAnswers = 0
    private var turnedAwayAtDoor = 0
    private var slips = 0
    private var served = 0
    private var incompleteAtCounter = 0
    private var noShows = 0
    private var busyMinutes = 0.0
    private var wastedMinutes = 0.0
    private var savedMinutes = 0.0
    private var lastServiceEnd = 0.0

    /// `catalog` as `SimulatedCounters.staff` laid it out for the policy.
    init(arrivals: [SimulatedArrival], scenario: SimulationScenario, policy: SimulationPolicy, catalog: Catalog, desk: Desk) {
        let roster = catalog.roster.members
        guide = roster.first { $0.roles.contains(.guide) }
            ?? StaffMember(id: "SIM-G", name: "模拟导引员", roles: [.guide], department: nil, login: nil)
        var clerkPool = roster.filter { $0.roles.contains(.clerk) }
        var clerks: [Int: StaffMember] = [:]
        for counter in catalog.counters {
            clerks[counter.number] = clerkPool.isEmpty
                ? StaffMember(id: "SIM-C\(counter.number)", name: "模拟营业员\(counter.number)", roles: [.clerk], department: nil, login: nil)
                : clerkPool.removeFirst()
        }
        self.clerks = clerks
        self.catalog = catalog
        self.scenario = scenario
        self.policy = policy
        self.desk = desk
        visits = arrivals.sorted { $0.minute < $1.minute }
        walkIns = visits.count
    }

    var result: SimulationResult {
        let span = max(scenario.openMinutes, lastServiceEnd)
        return SimulationResult(
            policy: policy, visits: visits.count, sameDayReturns: visits.count - walkIns, doorAnswers: doorAnswers,
            turnedAwayAtDoor: turnedAwayAtDoor, slips: slips, served: served, incompleteAtCounter: incompleteAtCounter,
            noShows: noShows, waits: SimulatedWaits(waits, targetMinutes: Double(catalog.hall.waitTargetMinutes)),
            wastedCounterMinutes: wastedMinutes, savedCounterMinutes: savedMinutes,
            utilisation: span > 0 ? busyMinutes / (Double(catalog.counters.count) * span) : 0,
            lastServiceEnd: lastServiceEnd,
            hours: HourStaffing.hours(of: desk.state.today, opening: scenario.opening, hours: scenario.arrivalsPerHour.count,
                                      targetMinutes: catalog.hall.waitTargetMinutes),
            appointmentWaits: policy.appointmentShare > 0
                ? SimulatedWaits(appointmentWaits, targetMinutes: Double(catalog.hall.waitTargetMinutes)) : nil
        )
    }

    /// The counters staffed, the catalog's and any opened beyond it.
    var counters: [CounterDefinition] { catalog.counters }

    /// Plays the agenda to its end, or until the desk's owner stops the day.
    mutating func play() throws(SimulationError) {
        guard try desk.advance(to: time(0)) else { return }
        for counter in catalog.counters {
            try perform(.openCounter(counter: counter.number), by: clerks[counter.number]!, at: 0)
            idle.insert(counter.number)
        }
        for index in visits.indices { agenda.schedule(.arrive(visit: index), at: visits[index].minute) }
        while let (minute, action) = agenda.next() {
            guard try desk.advance(to: time(minute)) else { return }
            switch action {
            case let .arrive(visit): try arrive(visit, at: minute)
            case let .call(counter): try call(counter, at: minute)
            case let .recall(counter, made): try recall(counter, made: made, at: minute)
            case let .finish(counter): try finish(counter, at: minute)
            }
        }
    }

    private mutating func arrive(_ index: Int, at minute: Double) throws(SimulationError) {
        let visit = visits[index]
        let type = catalog.businessType(code: visit.businessType)!
        let checklist = type.checklist(for: visit.customerKind)
        if policy.guide, visit.answerableAtDoor {
            try perform(.answerAtDoor(businessType: type.code, customerKind: visit.customerKind), by: guide, at: minute)
            doorAnswers += 1
            return
        }
        if policy.guide, !visit.documentsComplete {
            try perform(.turnAway(businessType: type.code, customerKind: visit.customerKind,
                                  presented: Array(checklist.dropLast()), phone: nil), by: guide, at: minute)
            turnedAwayAtDoor += 1
            savedMinutes += visit.discoveryMinutes
            comeBack(visit, turnedAwayAt: minute)
            return
        }
        // Without a guide nobody checks at the door: the slip is issued as if complete.
        let events = try checkIn(index, type: type, presented: checklist, at: minute)
            ?? perform(.issueSlip(businessType: type.code, customerKind: visit.customerKind, presented: checklist,
                                  priority: policy.priority ? visit.priority : nil, override: nil, phone: nil),
                       by: guide, at: minute)
        guard case let .slipIssued(slip)? = events.first else { return }
        if slip.priority == .appointment { appointmentSlips.insert(slip.number) }
        slips += 1
        visitOfSlip[slip.number] = index
        issuedAt[slip.number] = minute
        if policy.prefill, visit.documentsComplete, !type.forms.isEmpty {
            try perform(.markFormsPrefilled(slip: slip.number), by: guide, at: minute)
            prefilled.insert(slip.number)
        }
        for counter in idle.sorted() { try call(counter, at: minute) }
    }

    private mutating func call(_ counter: Int, at minute: Double) throws(SimulationError) {
        let events: [Event]
        do {
            events = try desk.act(.callNext(counter: counter), by: clerks[counter]!, at: time(minute))
        } catch .refused(let refusal) where refusal.code == .nothingWaiting || desk.passesOverRefusals {
            idle.insert(counter)
            return
        } catch {
            throw failure(error, at: minute)
        }
        idle.remove(counter)
        guard case let .slipCalled(called)? = events.first else { return }
        guard let index = visitOfSlip[called.slip] else { return try serveStranger(called.slip, at: counter, minute: minute) }
        let visit = visits[index]
        if visit.noShow {
            agenda.schedule(.recall(counter: counter, made: 0), at: minute + scenario.recallIntervalMinutes)
            return
        }
        waits.append(minute - (issuedAt[called.slip] ?? minute))
        if appointmentSlips.contains(called.slip) { appointmentWaits.append(minute - (issuedAt[called.slip] ?? minute)) }
        try perform(.startService(counter: counter), by: clerks[counter]!, at: minute)
        let minutes: Double
        if visit.documentsComplete {
            minutes = visit.serviceMinutes * (prefilled.contains(called.slip) ? scenario.prefillFactor : 1)
        } else {
            minutes = visit.discoveryMinutes
            wastedMinutes += minutes
            incompleteAtCounter += 1
        }
        busyMinutes += minutes
        agenda.schedule(.finish(counter: counter), at: minute + minutes)
    }

    private mutating func recall(_ counter: Int, made: Int, at minute: Double) throws(SimulationError) {
        busyMinutes += scenario.recallIntervalMinutes
        if made < catalog.rules.recallLimit {
            try perform(.recall(counter: counter), by: clerks[counter]!, at: minute)
            agenda.schedule(.recall(counter: counter, made: made + 1), at: minute + scenario.recallIntervalMinutes)
            return
        }
        try perform(.markNoShow(counter: counter), by: clerks[counter]!, at: minute)
        noShows += 1
        try call(counter, at: minute)
    }

    private mutating func finish(_ counter: Int, at minute: Double) throws(SimulationError) {
        let slip = desk.state.today.counter(counter).slipInHand
        try perform(.finishService(counter: counter), by: clerks[counter]!, at: minute)
        lastServiceEnd = max(lastServiceEnd, minute)
        if let slip, let index = visitOfSlip[slip] {
            if visits[index].documentsComplete { served += 1 } else { comeBack(visits[index], turnedAwayAt: minute) }
        }
        try call(counter, at: minute)
    }

    /// A customer sent home for a document comes back later today with it, if they do so at
    /// all and the hall is still taking arrivals then.
    private mutating func comeBack(_ visit: SimulatedArrival, turnedAwayAt minute: Double) {
        guard let delay = visit.returnAfterMinutes, minute + delay < scenario.openMinutes else { return }
        var again = visit
        again.minute = minute + delay
        again.documentsComplete = true
        again.returnAfterMinutes = nil
        visits.append(again)
        agenda.schedule(.arrive(visit: visits.count - 1), at: again.minute)
    }

    /// A slip the day did not issue (someone at a console did): its customer comes up and
    /// is served for their business's usual minutes, so the counter does not stand still.
    private mutating func serveStranger(_ number: String, at counter: Int, minute: Double) throws(SimulationError) {
        let type = desk.state.today.slip(number).flatMap { catalog.businessType(code: $0.businessType) }
        try perform(.startService(counter: counter), by: clerks[counter]!, at: minute)
        agenda.schedule(.finish(counter: counter), at: minute + (type?.serviceMinutes ?? scenario.discoveryMinutes))
    }

    /// Acts at the desk; a refusal the desk passes over gives no events.
    @discardableResult
    /// Whether the visit at `index` booked ahead: every n-th by a fixed spread of the
    /// customers' order (the golden ratio's), not a random draw, so the day's other draws
    /// and the customers themselves are the same with or without appointments.
    private func hasAppointment(_ index: Int) -> Bool {
        guard policy.appointmentShare > 0, index < walkIns else { return false }
        let spread = (Double(index) * 0.618_033_988_749_895).truncatingRemainder(dividingBy: 1)
        return spread < policy.appointmentShare
    }

    /// A customer who booked their arrival's minute as the slot's start: booked and checked
    /// in through the real book, for a slip with appointment priority. Nil when they did not
    /// book, or the book refuses (a slot past closing, a full slot): they queue as walk-ins.
    private mutating func checkIn(_ index: Int, type: BusinessType, presented: [String],
                                  at minute: Double) throws(SimulationError) -> [Event]? {
        guard hasAppointment(index), let local = LocalDay(time(minute), timeZone: catalog.hall.timeZone) else { return nil }
        let secondOfDay = Int((time(minute).timeIntervalSince1970 + Double(local.utcOffsetSeconds)).rounded(.down)) % 86_400
        let start = ClockTime(minutes: secondOfDay / 60)
        let request = AppointmentRequest(day: local.businessDay, start: start.description, end: nil, businessType: type.code,
                                         name: "预约客户\(index + 1)", phone: "1380000\(String(format: "%04d", index % 10_000))",
                                         source: .onlineGrid)
        let booked: [Event]
        do {
            booked = try desk.act(.bookAppointment(request), by: guide, at: time(minute))
        } catch .refused {
            return nil
        } catch {
            throw failure(error, at: minute)
        }
        guard case .appointment(.booked(let appointment))? = booked.first else { return nil }
        let visit = visits[index]
        do {
            return try desk.act(.checkInAppointment(id: appointment.id, customerKind: visit.customerKind, presented: presented),
                                by: guide, at: time(minute))
        } catch .refused {
            return nil
        } catch {
            throw failure(error, at: minute)
        }
    }

    private mutating func perform(_ command: HallCommand, by actor: StaffMember,
                                  at minute: Double) throws(SimulationError) -> [Event] {
        do {
            return try desk.act(command, by: actor, at: time(minute))
        } catch .refused where desk.passesOverRefusals {
            return []
        } catch {
            throw failure(error, at: minute)
        }
    }

    private func time(_ minute: Double) -> Date {
        scenario.opening.addingTimeInterval(minute * 60)
    }

    private func failure(_ failure: DeskFailure, at minute: Double) -> SimulationError {
        switch failure {
        case .refused(let refusal): SimulationError("模拟到开门后第 \(Int(minute)) 分钟时被业务规则拒绝：\(refusal.message)")
        case .failed(let error): error
        }
    }
}
