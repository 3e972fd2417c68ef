import Foundation

/// The clerk's decisions at a counter: open, pause, close, and the slip in hand.
extension Decision {
    func openCounter(counter number: Int) throws(HallRefusal) -> [Event] {
        let definition = try definition(number)
        let status = day.counter(number)
        if status.state != .closed, status.clerk == actor.id, isElsewhere(status) { throw onOtherTerminal(status) }
        if status.state == .open {
            if status.clerk == actor.id {
                throw HallRefusal(.counterAlreadyOpen, "\(number) 号窗口已由您开放，可直接叫号")
            }
            throw heldByOther(status)
        }
        if status.state == .paused, status.clerk != actor.id { throw heldByOther(status) }
        return [.counterOpened(CounterOpened(businessDay: businessDay, counter: number, clerk: actor.id,
                                             queues: definition.queues, terminal: terminal))]
    }

    func pauseCounter(counter number: Int, reason: String) throws(HallRefusal) -> [Event] {
        let status = try held(number)
        guard status.state == .open else {
            throw HallRefusal(.counterPaused, "\(number) 号窗口已暂停（\(status.pauseReason ?? "")），恢复请重新开放窗口")
        }
        try emptyHanded(status)
        guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw HallRefusal(.pauseWithoutReason, "暂停窗口须写明原因（如午休、系统故障），请补充后重试")
        }
        return [.counterPaused(CounterPaused(businessDay: businessDay, counter: number, clerk: actor.id, reason: reason))]
    }

    func closeCounter(counter number: Int) throws(HallRefusal) -> [Event] {
        let status = try held(number)
        try emptyHanded(status)
        return [.counterClosed(CounterClosed(businessDay: businessDay, counter: number, clerk: actor.id))]
    }

    /// At a counter set to `callNextFinishes` the slip in hand is finished first, in the
    /// same batch, and the call is chosen on the day as that finish leaves it; when nobody
    /// waits the finish alone is written, so the key still closes the customer served.
    func callNext(counter number: Int) throws(HallRefusal) -> [Event] {
        let definition = try definition(number)
        let (status, day, finished) = try finishingFirst(definition)
        guard let choice = CallSelection.choose(counter: definition, status: status, day: day, catalog: catalog, now: now) else {
            if !finished.isEmpty { return finished }
            throw HallRefusal(.nothingWaiting, "\(definition.queues.joined(separator: "、")) 队当前无人等候")
        }
        return finished + [.slipCalled(SlipCalled(businessDay: businessDay, slip: choice.slip, counter: number, clerk: actor.id,
                                                  reason: choice.reason))]
    }

    /// 指定呼叫: a given number out of the rule's order, only one waiting in this counter's
    /// queues (a slip elsewhere is another counter's to call), and only with a reason, which
    /// the call records beside the rule's own words. The slip in hand is finished first at a
    /// `callNextFinishes` counter, as for call-next; elsewhere it must be finished or marked
    /// 过号 first.
    func callSlip(counter number: Int, slip wanted: String, reason: String) throws(HallRefusal) -> [Event] {
        let definition = try definition(number)
        let (_, _, finished) = try finishingFirst(definition)
        // Read before the finish: the finish changes only the slip in hand, never a waiting one.
        let slip = try slip(wanted.uppercased())
        guard slip.status == .waiting else {
            throw HallRefusal(.slipNotWaiting, "\(slip.number) 号当前为“\(slip.status.chineseName)”，不在等候，不能指定呼叫")
        }
        guard definition.queues.contains(slip.queue) else {
            throw HallRefusal(.slipNotInCounterQueues, "\(slip.number) 号在 \(slip.queue) 队，\(number) 号窗口只叫 \(definition.queues.joined(separator: "、")) 队；请先转队或由服务该队的窗口叫号")
        }
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else {
            throw HallRefusal(.outOfTurnWithoutReason, "指定呼叫须写明原因（如客户预约、资料已核验），请补充后重试")
        }
        return finished + [.slipCalled(SlipCalled(businessDay: businessDay, slip: slip.number, counter: number, clerk: actor.id,
                                                  reason: "指定呼叫：" + why, outOfTurn: why))]
    }

    /// The open counter's status and the day once its slip in hand is finished, for a call:
    /// at a `callNextFinishes` counter the finish is written in the call's batch (one key per
    /// customer); elsewhere a slip in hand refuses the call.
    private func finishingFirst(_ definition: CounterDefinition) throws(HallRefusal) -> (CounterStatus, HallDay, [Event]) {
        var status = try open(definition.number)
        var day = day
        var finished: [Event] = []
        if definition.callNextFinishes, let slip = status.slipInHand {
            let finish = ServiceFinished(businessDay: businessDay, slip: slip, counter: definition.number, clerk: actor.id)
            _ = finish.apply(to: &day, at: now)
            status = day.counter(definition.number)
            finished = [.serviceFinished(finish)]
        }
        try emptyHanded(status)
        return (status, day, finished)
    }

    /// Rates the counter's last finished service today, once: the keypad asks right after
    /// the clerk finishes, so the newest finish at this counter is the one the customer means.
    func rateService(counter number: Int, rating: ServiceRating, source: RatingSource) throws(HallRefusal) -> [Event] {
        let status = try held(number)
        let last = day.slips.filter { $0.counter == number && $0.status == .finished }
            .max { ($0.finishedAt ?? .distantPast) < ($1.finishedAt ?? .distantPast) }
        guard let last else {
            throw HallRefusal(.nothingToRate, "\(number) 号窗口今天还没有办结的业务，无可评价；请办结后再评价")
        }
        if let given = last.rating {
            throw HallRefusal(.alreadyRated, "\(last.number) 号的服务已评价为“\(given.chineseName)”，每次服务只评价一次")
        }
        return [.serviceRated(ServiceRated(businessDay: businessDay, slip: last.number, counter: number,
                                           clerk: status.clerk ?? actor.id, rating: rating, source: source))]
    }

    func recall(counter number: Int) throws(HallRefusal) -> [Event] {
        let slip = try calledSlip(number, action: "重呼")
        let limit = catalog.rules.recallLimit
        guard slip.recallCount < limit else {
            throw HallRefusal(.recallLimitReached, "\(slip.number) 号已重呼 \(limit) 次（上限），请标记过号")
        }
        return [.slipRecalled(SlipRecalled(businessDay: businessDay, slip: slip.number, counter: number, clerk: actor.id,
                                           count: slip.recallCount + 1))]
    }

    func markNoShow(counter number: Int) throws(HallRefusal) -> [Event] {
        let slip = try calledSlip(number, action: "标记过号")
        return [.slipMarkedNoShow(SlipMarkedNoShow(businessDay: businessDay, slip: slip.number, counter: number, clerk: actor.id))]
    }

    func startService(counter number: Int) throws(HallRefusal) -> [Event] {
        let slip = try calledSlip(number, action: "开始办理")
        return [.serviceStarted(ServiceStarted(businessDay: businessDay, slip: slip.number, counter: number, clerk: actor.id))]
    }

    func finishService(counter number: Int) throws(HallRefusal) -> [Event] {
        let slip = try slipInHand(try held(number))
        return [.serviceFinished(ServiceFinished(businessDay: businessDay, slip: slip.number, counter: number, clerk: actor.id))]
    }

    // MARK: Checks shared by the counter actions

    func definition(_ number: Int) throws(HallRefusal) -> CounterDefinition {
        guard let definition = catalog.counter(number: number) else {
            throw HallRefusal(.unknownCounter, "没有 \(number) 号窗口，请核对窗口号")
        }
        return definition
    }

    /// The counter's status, if it is held (open or paused). That the actor is the clerk
    /// holding it the permission matrix has checked already (`Scope.ownCounter`).
    func held(_ number: Int) throws(HallRefusal) -> CounterStatus {
        _ = try definition(number)
        let status = day.counter(number)
        guard status.state != .closed else {
            throw HallRefusal(.counterClosed, "\(number) 号窗口未开放，请先开放窗口")
        }
        if isElsewhere(status) { throw onOtherTerminal(status) }
        return status
    }

    /// The counter's status, if it is open (not paused) and held by the actor.
    func open(_ number: Int) throws(HallRefusal) -> CounterStatus {
        let status = try held(number)
        guard status.state == .open else {
            throw HallRefusal(.counterPaused, "\(number) 号窗口已暂停（\(status.pauseReason ?? "")），请先恢复开放再叫号")
        }
        return status
    }

    func emptyHanded(_ status: CounterStatus) throws(HallRefusal) {
        if let slip = status.slipInHand {
            throw HallRefusal(.slipInHand, "\(status.number) 号窗口手上还有 \(slip) 号，请先办结或标记过号")
        }
    }

    func slipInHand(_ status: CounterStatus) throws(HallRefusal) -> QueueSlip {
        guard let number = status.slipInHand, let slip = day.slip(number) else {
            throw HallRefusal(.noSlipInHand, "\(status.number) 号窗口当前没有叫号，请先叫号")
        }
        return slip
    }

    /// The slip the counter has called but not yet started serving.
    func calledSlip(_ counter: Int, action: String) throws(HallRefusal) -> QueueSlip {
        let slip = try slipInHand(try held(counter))
        guard slip.status == .called else {
            throw HallRefusal(.slipAlreadyServing, "\(slip.number) 号已在办理中，不能\(action)，请办结")
        }
        return slip
    }

    func heldByOther(_ status: CounterStatus) -> HallRefusal {
        HallRefusal(.counterHeldByOther, "\(status.number) 号窗口由 \(holder(status)) 开放，请由其操作，或待其关闭窗口后再开放；确需由您接手时可确认接管（会记入日志）")
    }
}
