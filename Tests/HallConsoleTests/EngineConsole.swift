import Foundation
import HallConsole
import HallDomain
import HallStore

/// A console on a real data folder, acting through a real `HallEngine` the way the
/// `halldesk` console session does: a pane's command is decided on fresh state under the
/// log's lock and appended, and the result goes back to the pane. What the key fuzz runs on,
/// so the log it leaves can be verified.
final class EngineConsole {
    let folder: DataFolder
    let catalog: Catalog
    let settings: WorkOrderSettings
    let replica: HallReplica
    private var engines: [String: HallEngine] = [:]
    private(set) var monthReport: PeriodReport?
    private(set) var appended = 0

    init(folder: URL, seeds: URL) throws {
        self.folder = try DataFolder.create(at: folder, seeds: seeds)
        catalog = try SeedCatalog.load(folder: self.folder.seedsURL)
        let calendar = try SeedCalendar.load(folder: self.folder.seedsURL, timeZone: catalog.hall.zone)
        settings = try SeedWorkOrders.load(folder: self.folder.seedsURL, calendar: calendar)
        replica = HallReplica(folder: self.folder)
    }

    func member(_ id: String) -> StaffMember? { catalog.roster.members.first { $0.id == id } }

    /// A morning for the panes to act on: slips waiting in every business's queue, and
    /// work orders received, three of them dispatched to 营销部.
    func openMorning(at now: Date) throws {
        guard let guide = member("G01"), let coordinator = member("K01") else { return }
        let guideEngine = try engine(guide)
        for type in catalog.businessTypes {
            guard let kind = CustomerKind.allCases.first(where: { type.documents[$0] != nil }) else { continue }
            appended += try guideEngine.perform(.issueSlip(businessType: type.code, customerKind: kind, presented: type.documents[kind] ?? [],
                                                           priority: nil, override: nil, phone: "13800138000"), now: now).count
        }
        let desk = try engine(coordinator)
        for (index, category) in settings.categories.prefix(6).enumerated() {
            let area = settings.areas.areas[index % settings.areas.areas.count]
            let intake = WorkOrderIntake(kind: index % 2 == 0 ? .complaint : .faultReport, source: .hall, category: category.code,
                                         customer: Customer(name: "客户\(index)", phone: "1380013800\(index)", accountNumber: nil,
                                                            address: "\(area.name) \(index) 号", area: area.name, station: area.station,
                                                            areaType: area.areaType, kind: .residential),
                                         description: "随机按键测试用工单 \(index)")
            let received = try desk.perform(.receive(intake), settings: settings, now: now)
            appended += received.count
            guard index < 3, case .workOrder(.received(let body))? = received.first?.event else { continue }
            appended += try desk.perform(.dispatch(order: body.order, leadDepartment: "营销部", supportingDepartments: []),
                                         settings: settings, now: now).count
        }
    }

    /// What a console of `member` would show at `now`.
    func facts(member: StaffMember, now: Date) -> ConsoleFacts {
        _ = replica.refresh()
        return ConsoleFacts(catalog: catalog, login: member.login ?? member.id, member: member, terminal: "fuzz", dataFolder: folder.url.path,
                            log: LogStatus(records: replica.head.seq, lastWrite: replica.state.lastEventAt, check: .wholeChain,
                                           readOnlyReason: nil),
                            recent: replica.recent, now: now, clock: LocalTime(now, in: catalog.hall.zone).minuteText,
                            workOrderSettings: settings, monthReport: monthReport)
    }

    /// Runs what a pane asked for as `member`, and reports back to the model.
    func run(_ outcome: ConsoleModel.Outcome, on model: inout ConsoleModel, as member: StaffMember, now: Date) throws {
        switch outcome {
        case .perform(let command):
            let engine = try self.engine(member)
            model.record(result { () throws(EngineFailure) in try engine.perform(command, now: now) })
        case .performWorkOrders(let commands):
            let engine = try self.engine(member)
            model.record(result { () throws(EngineFailure) in
                try engine.perform(now: now) { state, at throws(HallRefusal) in
                    try decideInTurn(commands, state: state, catalog: self.catalog, settings: self.settings, actor: member, now: at)
                }
            })
        case .refreshReport:
            refreshReport(now: now)
        case .keepGoing, .quit, .demo, .switchStaff:
            break
        }
    }

    private func result(_ perform: () throws(EngineFailure) -> [RecordedEvent]) -> ActionResult {
        do {
            let events = try perform()
            appended += events.count
            return .done(events)
        } catch {
            return .refused(error.message)
        }
    }

    private func engine(_ member: StaffMember) throws -> HallEngine {
        if let engine = engines[member.id] { return engine }
        let engine = try HallEngine(folder: folder, catalog: catalog, actor: member, terminal: "fuzz")
        engines[member.id] = engine
        return engine
    }

    /// This month's report, read from the log as the console session reads it.
    private func refreshReport(now: Date) {
        let local = LocalTime(now, in: catalog.hall.zone)
        guard let month = ReportPeriod.month(year: local.day.year, month: local.day.month, zone: catalog.hall.zone) else { return }
        var folds = [PeriodReportFold(period: month, waitTargetMinutes: catalog.hall.waitTargetMinutes, batchRule: settings.batchRule)]
        monthReport = (try? ReportReader.fold(folder.logURL, into: &folds)).map { folds[0].report(asOf: now) }
    }
}
