import HallDomain
import TermUI

/// The manager's live wait panel: alerts first (what needs a decision now) and how many
/// counters the current flow needs, the work-order radar, then every queue and counter,
/// then today's flow. Read-only; it changes as any terminal acts. Alerts and the staffing
/// advice wrap rather than lose their ends at 80 columns; the tables widen on a wide screen;
/// Enter on a queue row lists its waiting slips (`QueueSlipList`).
struct ManagerPane {
    var model = ManagerPaneModel()
    var facts: ConsoleFacts
    var state: HallState

    func draw(into buffer: inout Buffer, in rect: Rect, theme: Theme) {
        let area = Rect(x: rect.minX + 1, y: rect.minY, width: rect.width - 2, height: rect.height)
        let queues = facts.queueSummaries(state)
        let counters = state.counterSummaries(catalog: facts.catalog, now: facts.now)
        let day = state.visibleDay(catalog: facts.catalog, now: facts.now)
        if let letter = model.openQueue, let queue = queues.first(where: { $0.letter == letter }) {
            QueueSlipList(queue: queue, day: day, catalog: facts.catalog, now: facts.now).draw(into: &buffer, in: area, theme: theme)
            return
        }
        var y = area.minY
        // Nil when the work-order settings did not load: the radar then says so.
        let standings = facts.workOrderSettings.map { facts.workOrderStandings(state, settings: $0) }
        y += MajorBanner(waiting: standings?.attention.majorNotAcknowledged ?? state.workOrders.majorNotAcknowledged,
                         settings: facts.workOrderSettings).draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: 1))
        if let standings {
            y += EscalationBanner(standings: standings, levels: [.stationHead], hint: "（工单协调窗格按 k 确认）")
                .draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: 1))
        }

        let alerts = ManagerAlert.all(queues: queues, counters: counters, catalog: facts.catalog)
        if alerts.isEmpty {
            buffer.put("无告警：各队等候均在目标 \(facts.hall.waitTargetMinutes) 分钟内", at: Point(x: area.minX, y: y), role: .ok, clip: area)
            y += 1
        }
        for alert in alerts {
            y = put(wrapped: "! " + alert.text, indent: 2, role: alert.role, at: y, into: &buffer, in: area)
        }
        let staffing = StaffingLine(StaffingNeed(day: day, catalog: facts.catalog, now: facts.now))
        y = put(wrapped: staffing.text, indent: 0, role: staffing.role, at: y, into: &buffer, in: area)
        y += WorkOrderRadar(book: state.workOrders, standings: standings, settingsProblem: facts.workOrderSettingsProblem,
                            zone: facts.hall.zone).draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: max(0, area.maxY - y)))
        y += 1

        let queueTable = TableView(columns: [
            TableColumn("队列", width: 16), TableColumn("等候", width: 4, alignment: .trailing),
            TableColumn("最长已等", width: 8, alignment: .trailing), TableColumn("新到预计", width: 13),
            TableColumn("今日办结", width: 8, alignment: .trailing), TableColumn("平均等候", width: 8, alignment: .trailing),
            TableColumn("P90", width: 5, alignment: .trailing), TableColumn("达标率", width: 6, alignment: .trailing),
        ], rows: queues.map(queueRow), selection: min(model.selectedQueue, max(0, queues.count - 1))).fitted(to: area.width)
        queueTable.draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: min(queues.count + 1, max(0, area.maxY - y))), theme: theme)
        y += queues.count + 2

        let counterTable = TableView(columns: [
            TableColumn("窗口", width: 10), TableColumn("状态", width: 4), TableColumn("营业员", width: 12),
            TableColumn("手上的号", width: 8), TableColumn("已办理", width: 8, alignment: .trailing),
            TableColumn("今日办结", width: 8, alignment: .trailing), TableColumn("空闲有人等", width: 10, alignment: .trailing),
        ], rows: counters.map(counterRow)).fitted(to: area.width)
        counterTable.draw(into: &buffer, in: Rect(x: area.minX, y: y, width: area.width, height: min(counters.count + 1, max(0, area.maxY - y))), theme: theme)
        y += counters.count + 2

        guard y < area.maxY else { return }
        let label = buffer.put("今日取号（每15分钟） ", at: Point(x: area.minX, y: y), role: .header, clip: area)
        ArrivalsChart(arrivalsPerQuarterHour: day.tally.arrivalsPerQuarterHour, openingHours: facts.hall.openingHours)
            .draw(into: &buffer, in: Rect(x: label, y: y, width: area.maxX - label, height: 1), theme: theme)
        y += 1
        if let line = AppointmentLine.text(AppointmentHour.hours(of: day.businessDay, in: state.appointments)) {
            y = put(wrapped: line, indent: 2, role: .normal, at: y, into: &buffer, in: area)
        }
        guard y < area.maxY else { return }
        let tally = day.tally
        y = put(wrapped: "门口解答 \(tally.doorAnswers.count)   一次性告知 \(tally.turnedAway.count)   过号 \(day.noShows)   特批发号 \(tally.overriddenSlips.count)",
                indent: 0, role: .normal, at: y, into: &buffer, in: area)
        let accuracy = EstimateFigures.today(day)
        guard !accuracy.isEmpty else { return }
        let text = "小票预计误差（今日已叫号）：" + accuracy.map {
            "\($0.queue) 中位 \(Minutes.whole(($0.medianAbsoluteErrorMinutes ?? 0).rounded()))分 ±5内 \(Int((($0.withinFiveMinutes ?? 0) * 100).rounded()))%"
        }.joined(separator: "  ")
        _ = put(wrapped: text, indent: 0, role: .muted, at: y, into: &buffer, in: area)
    }

    /// Puts `text` wrapped to the area from row `y`, later lines indented by `indent`
    /// columns (under the text after 「! 」); the next free row.
    private func put(wrapped text: String, indent: Int, role: ThemeRole, at y: Int, into buffer: inout Buffer, in area: Rect) -> Int {
        var y = y
        let first = TextFit.wrap(text, width: area.width)
        let lines = first.count <= 1 ? first
            : [first[0]] + TextFit.wrap(String(text.dropFirst(first[0].count).drop(while: { $0 == " " })), width: area.width - indent)
        for (index, line) in lines.enumerated() where y < area.maxY {
            buffer.put(line, at: Point(x: area.minX + (index == 0 ? 0 : indent), y: y), role: role, clip: area)
            y += 1
        }
        return y
    }

    private func queueRow(_ queue: QueueSummary) -> [String] {
        let overTarget = (queue.longestWaitMinutes ?? 0) > Double(facts.hall.waitTargetMinutes)
        return ["\(queue.letter) \(queue.name)", String(queue.waiting),
                short(queue.longestWaitMinutes) + (overTarget ? "超时" : ""),
                queue.expectedWait.chineseText, String(queue.servedToday),
                short(queue.averageWaitMinutes), short(queue.p90WaitMinutes),
                queue.shareWithinTarget.map { "\(Int(($0 * 100).rounded()))%" } ?? "—"]
    }

    /// `21分`: table cells are narrow, so no space before the unit.
    private func short(_ minutes: Double?) -> String {
        minutes.map { "\(Minutes.whole($0))分" } ?? "—"
    }

    private func counterRow(_ counter: CounterSummary) -> [String] {
        [counter.name, CounterStateName.text(counter.state), counter.clerk.map(clerkName) ?? "—", counter.slipInHand ?? "—",
         short(counter.serviceMinutesSoFar), String(counter.servedToday), short(counter.idleWithCustomersMinutes)]
    }

    /// 「陈晓敏 C02」: the manager knows people by name, the log by id; an id the roster
    /// does not know stays as it is.
    private func clerkName(_ id: String) -> String {
        facts.catalog.roster.member(id: id).map { "\($0.name) \(id)" } ?? id
    }
}
