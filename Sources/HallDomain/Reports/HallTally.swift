import Foundation

/// The hall half of the report's fold: takes each queue and visit event once, in log
/// order, keeping a `SlipTrack` per slip of the period and running counts.
///
/// Slip numbers restart every day, so a slip is known by its business day and number.
/// The caller passes nothing from after the period's end.
struct HallTally {
    let period: ReportPeriod
    let waitTargetMinutes: Int
    private var slips: [String: SlipTrack] = [:]
    private var doorAnswers: [HallMoment: Int] = [:]
    private var turnedAway: [TurnedAwayTrack] = []
    /// Turned-away visits not yet seen back, by phone and business type, oldest first.
    private var awaitingReturn: [String: [Int]] = [:]
    private var byCounter: [Int: [Double]] = [:]
    private var byClerk: [String: [Double]] = [:]
    private var ratingsByCounter: [Int: [ServiceRating]] = [:]
    private var ratingsByClerk: [String: [ServiceRating]] = [:]
    private var lastBusinessDay: (text: String, day: CalendarDay?)?

    init(period: ReportPeriod, waitTargetMinutes: Int) {
        self.period = period
        self.waitTargetMinutes = waitTargetMinutes
    }

    mutating func add(_ event: Event, at time: Date) {
        guard let dayEvent = event.dayEvent, let day = businessDay(dayEvent.businessDay), period.contains(day) else { return }
        let moment = HallMoment(day: day, hour: Int(LocalTime(time, in: period.zone).secondOfDay) / 3600)
        switch event {
        case .doorEnquiryAnswered:
            doorAnswers[moment, default: 0] += 1
        case .visitTurnedAway(let body):
            turnedAway.append(TurnedAwayTrack(moment: moment))
            if let key = Self.returnKey(phone: body.phone, businessType: body.businessType) {
                awaitingReturn[key, default: []].append(turnedAway.count - 1)
            }
        case .slipIssued(let body):
            slips[Self.slipKey(day, body.number)] = SlipTrack(day: day, hour: moment.hour, issuedAt: time, queue: body.queue,
                                                               expectedMinutes: body.estimate.expectedMinutes)
            if let key = Self.returnKey(phone: body.phone, businessType: body.businessType),
               let first = awaitingReturn[key]?.first {
                turnedAway[first].cameBack = true
                awaitingReturn[key]?.removeFirst()
            }
        case .slipCalled(let body):
            update(day, body.slip) {
                if $0.firstCalledAt == nil { $0.firstCalledAt = time }
                $0.calledAt = time
                $0.startedAt = nil
            }
        case .serviceStarted(let body):
            update(day, body.slip) { $0.startedAt = time }
        case .serviceFinished(let body):
            var minutes: Double?
            update(day, body.slip) {
                $0.served = true
                $0.noShow = false
                minutes = ($0.startedAt ?? $0.calledAt).map { ElapsedMinutes.between($0, time) }
            }
            if let minutes {
                byCounter[body.counter, default: []].append(minutes)
                byClerk[body.clerk, default: []].append(minutes)
            }
        case .serviceRated(let body):
            ratingsByCounter[body.counter, default: []].append(body.rating)
            ratingsByClerk[body.clerk, default: []].append(body.rating)
        case .slipMarkedNoShow(let body):
            update(day, body.slip) { $0.noShow = true }
        case .slipReinstated(let body):
            update(day, body.slip) { $0.noShow = false }
        case .slipTransferred(let body):
            update(day, body.slip) {
                $0.calledAt = nil
                $0.startedAt = nil
            }
        default:
            return
        }
    }

    func figures() -> HallFigures {
        let allSlips = Array(slips.values)
        let total = row("合计", { _ in true })
        let days = Set(allSlips.map(\.day)).union(doorAnswers.keys.map(\.day)).union(turnedAway.map(\.moment.day)).sorted()
        let hours = Set(allSlips.map(\.hour)).union(doorAnswers.keys.map(\.hour)).union(turnedAway.map(\.moment.hour)).sorted()
        let isPeak = { (moment: HallMoment) in HallFigures.peakDays.contains(moment.day.day) }
        return HallFigures(
            waitTargetMinutes: waitTargetMinutes,
            total: total,
            days: days.map { day in row(day.description, { $0.day == day }) },
            hours: hours.map { hour in row(hour < 10 ? "0\(hour)" : "\(hour)", { $0.hour == hour }) },
            peak: row("高峰日", isPeak),
            offPeak: row("其他日", { !isPeak($0) }),
            counters: Set(byCounter.keys).union(ratingsByCounter.keys).sorted().map {
                ServiceFigures(label: String($0), minutes: byCounter[$0] ?? [], ratings: ratingsByCounter[$0] ?? [])
            },
            clerks: Set(byClerk.keys).union(ratingsByClerk.keys).sorted().map {
                ServiceFigures(label: $0, minutes: byClerk[$0] ?? [], ratings: ratingsByClerk[$0] ?? [])
            },
            estimates: Dictionary(grouping: allSlips, by: \.queue).sorted { $0.key < $1.key }.map { queue, slips in
                EstimateFigures(queue: queue, errors: slips.compactMap { slip in slip.waitMinutes.map { abs($0 - slip.expectedMinutes) } })
            }
        )
    }

    /// One line over everything whose moment `includes` takes.
    private func row(_ label: String, _ includes: (HallMoment) -> Bool) -> HallRow {
        let slips = slips.values.filter { includes(HallMoment(day: $0.day, hour: $0.hour)) }
        let visits = turnedAway.filter { includes($0.moment) }
        return HallRow(label: label, slipsIssued: slips.count,
                       doorAnswered: doorAnswers.reduce(0) { $0 + (includes($1.key) ? $1.value : 0) },
                       turnedAway: visits.count, cameBack: visits.count(where: \.cameBack),
                       served: slips.count(where: \.served), noShows: slips.count(where: \.noShow),
                       wait: WaitFigures(waits: slips.compactMap(\.waitMinutes), targetMinutes: waitTargetMinutes))
    }

    /// `text` as a day; a day's events all name the same one, so the last is kept parsed.
    private mutating func businessDay(_ text: String) -> CalendarDay? {
        if let parsed = lastBusinessDay, parsed.text == text { return parsed.day }
        let day = CalendarDay(text)
        lastBusinessDay = (text, day)
        return day
    }

    private mutating func update(_ day: CalendarDay, _ number: String, _ change: (inout SlipTrack) -> Void) {
        let key = Self.slipKey(day, number)
        guard slips[key] != nil else { return }
        change(&slips[key]!)
    }

    private static func slipKey(_ day: CalendarDay, _ number: String) -> String { "\(day.dayNumber) \(number)" }

    /// Nil without a phone: a visit nobody can recognise again is not followed.
    private static func returnKey(phone: String?, businessType: String) -> String? {
        guard let phone = phone?.trimmingCharacters(in: .whitespaces), !phone.isEmpty else { return nil }
        return phone + " " + businessType
    }
}
