import Foundation

/// The work-order half of the report's fold: takes each work-order event once, in log
/// order, and keeps only an `OrderTrack` per order and running counts.
///
/// Orders received before the period are tracked too: their deadlines may fall due in it.
/// The caller passes nothing from after the period's end but the receipt of an order the
/// call centre took in during the period (a late import), which counts in the intake.
///
/// With a `station`, an order whose customer belongs to another station (供电所) gets no
/// track, and every later event about it is passed over: its returns, calls and rulings
/// are another station's.
struct WorkOrderTally {
    let period: ReportPeriod
    let station: String?
    /// Every station an order named, whatever the filter, so a wrong name can be corrected.
    private(set) var stations: Set<String> = []
    private var orders: [String: OrderTrack] = [:]
    private var returns: [String: (requested: Int, confirmed: Int, reasons: [String: Int])] = [:]
    /// By the lead department at the time of the call.
    private var satisfaction: [String: [Satisfaction: Int]] = [:]
    private var rulings: [String: (atFault: Int, notAtFault: Int)] = [:]
    /// By the lead department at the time of the escalation (未派单 for a major order at receipt).
    private var escalations: [String: [EscalationLevel: [EscalationReason: Int]]] = [:]
    /// 有责损坏赔偿 whose reply was accepted in the period, by lead department, then by cause.
    private var compensations: [String: [String: Int]] = [:]
    /// Orders received in the period but recorded (imported) after it ended.
    private var lateImports = 0
    /// Whether some order was received more than once: then a station's tracks cannot be
    /// cut out of the whole hall's (an earlier receipt at the station may be the one kept).
    private var rereceived = false

    /// Who holds an order nobody has dispatched yet, in the tables.
    static let undispatched = "未派单"

    init(period: ReportPeriod, station: String? = nil) {
        self.period = period
        self.station = station
    }

    /// What this tally knows before its period begins, for any later period: the tracks
    /// and the stations named. Nil with a station (its tracks are not the whole hall's).
    var carry: Carry? {
        station == nil ? Carry(orders: orders, stations: stations, rereceived: rereceived) : nil
    }

    struct Carry: Codable {
        var orders: [String: OrderTrack]
        var stations: Set<String>
        var rereceived: Bool
    }

    /// A tally that has read what `carry` read: every period count is still zero (nothing
    /// read was in the period), and with a `station` only that station's tracks are kept,
    /// as reading with the station would have. Nil when that cannot be told exactly.
    init?(period: ReportPeriod, station: String?, carrying carry: Carry) {
        self.init(period: period, station: station)
        if let station {
            guard !carry.rereceived else { return nil }
            orders = carry.orders.filter { $0.value.intake.station == station }
        } else {
            orders = carry.orders
        }
        stations = carry.stations
        rereceived = carry.rereceived
    }

    mutating func add(_ event: WorkOrderEvent, at time: Date) {
        if case .received(let body) = event {
            stations.insert(body.customer.station)
            guard station == nil || body.customer.station == station else { return }
        } else if station != nil, let about = event.body as? any OrderEventBody, orders[about.order] == nil {
            return
        }
        let inPeriod = period.contains(time)
        switch event {
        case .received(let body):
            let receivedAt = body.receivedAt.flatMap(InstantText.date) ?? time
            var track = OrderTrack(intake: OrderTrack.Intake(kind: body.kind, category: body.categoryName ?? body.category,
                                                             source: body.source, area: body.customer.area, major: body.major,
                                                             isRepeat: body.repeatOf != nil, station: body.customer.station,
                                                             receivedAt: receivedAt, recordedAt: time))
            track.firstContactDue = body.firstContactDue.flatMap(InstantText.date)
            track.replyDue = body.replyDue.flatMap(InstantText.date)
            if period.contains(receivedAt), time >= period.end { lateImports += 1 }
            if orders.updateValue(track, forKey: body.order) != nil { rereceived = true }
        case .dispatched(let body):
            orders[body.order]?.lead = body.leadDepartment
        case .contacted(let body):
            if let track = orders[body.order], track.contacted == nil {
                orders[body.order]?.contacted = OrderTrack.Met(at: time, department: track.lead)
            }
        case .replied(let body):
            orders[body.order]?.lastRepliedAt = time
            // A later reply (after a rejected one) says the cause anew; the domain keeps it only on at-fault compensations.
            orders[body.order]?.faultCause = body.reply.faultCause
        case .reviewed(let body):
            // As the order's own rule has it: an accepted reply meets the deadline at the reply's time.
            if body.accepted, let track = orders[body.order], track.replied == nil {
                orders[body.order]?.replied = OrderTrack.Met(at: track.lastRepliedAt ?? time, department: track.lead)
            }
            // A compensation counts in the month its at-fault reply was accepted: settled then, as
            // the month's assessment (seed 000, 3.2) reads it; a reply sent back counts nothing.
            if body.accepted, inPeriod, let track = orders[body.order], let cause = track.faultCause, !track.faultCauseCounted {
                compensations[track.lead ?? Self.undispatched, default: [:]][cause, default: 0] += 1
                orders[body.order]?.faultCauseCounted = true
            }
        case .returnRequested(let body):
            orders[body.order]?.returnAskedBy = body.department
            if inPeriod {
                returns[body.department, default: (0, 0, [:])].requested += 1
                returns[body.department, default: (0, 0, [:])].reasons[body.reason.chineseName, default: 0] += 1
            }
        case .returnConfirmed(let body):
            if inPeriod, let department = orders[body.order]?.returnAskedBy {
                returns[department, default: (0, 0, [:])].confirmed += 1
            }
            orders[body.order]?.returnAskedBy = nil
        case .recalled(let body):
            orders[body.order]?.returnAskedBy = nil
        case .followedUp(let body):
            // A complaint's second call (二次回访) checks the answer the first one counted; a
            // 不满意 there reopens the order, and the next round's follow-up is counted then.
            if inPeriod, body.second != true {
                satisfaction[orders[body.order]?.lead ?? Self.undispatched, default: [:]][body.satisfaction, default: 0] += 1
            }
        case .escalated(let body):
            if inPeriod {
                escalations[orders[body.order]?.lead ?? Self.undispatched, default: [:]][body.level, default: [:]][body.reason, default: 0] += 1
            }
        case .responsibilityRuled(let body):
            guard inPeriod else { return }
            let named = body.ruling.department.flatMap { $0.isEmpty ? nil : $0 }
            let department = named ?? orders[body.order]?.lead ?? Self.undispatched
            switch body.ruling.finding {
            case .atFault: rulings[department, default: (0, 0)].atFault += 1
            case .notAtFault: rulings[department, default: (0, 0)].notAtFault += 1
            }
        default:
            // Pushes, notes, links and the rest change no figure of the report.
            return
        }
    }

    /// The figures; with a `department`, only its orders, deadlines, returns, calls and rulings.
    func figures(previous: WorkOrderFigures?, department: String?) -> WorkOrderFigures {
        let concerns = { (name: String) in department == nil || department == name }
        let intakes = orders.values.filter { period.contains($0.intake.receivedAt) }
            .map { (intake: $0.intake, lead: $0.lead ?? Self.undispatched) }
            .filter { concerns($0.lead) }
        func counted(_ label: (OrderTrack.Intake) -> String) -> [CountRow] {
            CountRow.rows(intakes.reduce(into: [:]) { $0[label($1.intake), default: 0] += 1 })
        }
        let byCategory = counted(\.category)
        return WorkOrderFigures(
            received: intakes.count,
            byKind: counted(\.kind.chineseName),
            byCategory: byCategory,
            bySource: counted(\.source.chineseName),
            byArea: counted(\.area),
            byLeadDepartment: CountRow.rows(intakes.reduce(into: [:]) { $0[$1.lead, default: 0] += 1 }),
            major: intakes.count(where: { $0.intake.major }),
            repeats: intakes.count(where: { $0.intake.isRepeat }),
            repeatsByCategory: CountRow.rows(intakes.filter(\.intake.isRepeat).reduce(into: [:]) { $0[$1.intake.category, default: 0] += 1 }),
            firstContact: deadlines { ($0.firstContactDue, $0.contacted) }.filter { concerns($0.department) },
            reply: deadlines { ($0.replyDue, $0.replied) }.filter { concerns($0.department) },
            returns: returns.filter { concerns($0.key) }.map { ReturnFigures(department: $0.key, requested: $0.value.requested, confirmed: $0.value.confirmed,
                                                 reasons: CountRow.rows($0.value.reasons)) }
                .sorted { $0.requested != $1.requested ? $0.requested > $1.requested : $0.department < $1.department },
            satisfaction: Satisfaction.allCases.map { answer in
                CountRow(label: answer.chineseName,
                         count: satisfaction.reduce(0) { $0 + (concerns($1.key) ? $1.value[answer] ?? 0 : 0) })
            },
            rulings: rulings.filter { concerns($0.key) }.map { RulingFigures(department: $0.key, atFault: $0.value.atFault, notAtFault: $0.value.notAtFault) }
                .sorted { $0.atFault != $1.atFault ? $0.atFault > $1.atFault : $0.department < $1.department },
            categoryChanges: previous.map { CategoryChange.changes(current: byCategory, previous: $0.byCategory) } ?? [],
            escalations: EscalationLevel.allCases.map { level in
                let count = { (reason: EscalationReason) in
                    escalations.reduce(0) { $0 + (concerns($1.key) ? $1.value[level]?[reason] ?? 0 : 0) }
                }
                return EscalationFigures(level: level.chineseName,
                                         reasons: EscalationReason.allCases.map { CountRow(label: $0.chineseName, count: count($0)) },
                                         byTime: count(.warningPoint) + count(.deadlinePassed))
            },
            lateImports: department == nil ? lateImports : intakes.count(where: { $0.intake.recordedAt >= period.end }),
            compensationCauses: CountRow.rows(compensations.filter { concerns($0.key) }.values.reduce(into: [:]) { counts, causes in
                for (cause, count) in causes { counts[cause, default: 0] += count }
            })
        )
    }

    /// Each department's record on the deadline `pick` names, over deadlines due in the period.
    private func deadlines(_ pick: (OrderTrack) -> (due: Date?, met: OrderTrack.Met?)) -> [DeadlineFigures] {
        var rows: [String: (due: Int, onTime: Int, open: Int, late: [Double])] = [:]
        for track in orders.values {
            let (due, met) = pick(track)
            guard let due, period.contains(due) else { continue }
            let department = (met.map { $0.department } ?? track.lead) ?? Self.undispatched
            rows[department, default: (0, 0, 0, [])].due += 1
            if let met {
                if met.at <= due {
                    rows[department]!.onTime += 1
                } else {
                    rows[department]!.late.append(met.at.timeIntervalSince(due) / 60)
                }
            } else {
                rows[department]!.open += 1
            }
        }
        return rows.map {
            DeadlineFigures(department: $0.key, due: $0.value.due, onTime: $0.value.onTime, late: $0.value.late.count,
                            open: $0.value.open, medianLateMinutes: WaitStatistics.median($0.value.late))
        }.sorted { $0.department < $1.department }
    }
}
