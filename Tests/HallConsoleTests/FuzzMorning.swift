import Foundation
import HallConsole
import HallDomain
import HallSession
import HallStore

/// A morning for the key fuzz to act on, made through the consoles of the guide and the
/// coordinator: slips waiting in every business's queue, and work orders received, three
/// of them dispatched to 营销部 (whose desk the fuzz drives), with the reason their
/// categories' owners ask for.
enum FuzzMorning {
    /// The console `member` would have open on `files` at the fuzz's terminal.
    static func session(_ files: HallFiles, _ member: StaffMember) -> ConsoleSession {
        let identity = Identity(login: member.login ?? member.id, member: member, terminal: "fuzz", session: nil, onTerminal: true, bootTime: nil)
        return ConsoleSession(files: files, identity: identity, chosen: ActingStaff(member: member))
    }

    static func open(_ files: HallFiles, at now: Date) throws {
        guard let guide = files.roster.member(id: "G01"), let coordinator = files.roster.member(id: "K01") else { return }
        let settings = try files.loadWorkOrderSettings()
        let guideDesk = session(files, guide)
        for type in files.catalog.businessTypes {
            guard let kind = CustomerKind.allCases.first(where: { type.documents[$0] != nil }) else { continue }
            for result in guideDesk.perform(.issueSlip(businessType: type.code, customerKind: kind, presented: type.documents[kind] ?? [],
                                                       priority: nil, override: nil, phone: "13800138000"), now: now) {
                _ = try events(result)
            }
        }
        let desk = session(files, coordinator)
        for (index, category) in settings.categories.prefix(6).enumerated() {
            let area = settings.areas.areas[index % settings.areas.areas.count]
            let intake = WorkOrderIntake(kind: index % 2 == 0 ? .complaint : .faultReport, source: .hall, category: category.code,
                                         customer: Customer(name: "客户\(index)", phone: "1380013800\(index)", accountNumber: nil,
                                                            address: "\(area.name) \(index) 号", area: area.name, station: area.station,
                                                            areaType: area.areaType, kind: .residential),
                                         description: "随机按键测试用工单 \(index)")
            let received = try events(desk.perform(workOrders: [.receive(intake)], now: now))
            guard index < 3, case .workOrder(.received(let body))? = received.first?.event else { continue }
            _ = try events(desk.perform(workOrders: [.dispatch(order: body.order, leadDepartment: "营销部", supportingDepartments: [],
                                                               reason: "随机按键测试：派给营销部的桌面")], now: now))
        }
    }

    /// The events a command wrote; a refusal ends the set-up with its message.
    private static func events(_ result: ActionResult) throws -> [RecordedEvent] {
        switch result {
        case .done(let events): return events
        case .refused(let message): throw Refused(message: message)
        }
    }

    struct Refused: Error {
        let message: String
    }
}
