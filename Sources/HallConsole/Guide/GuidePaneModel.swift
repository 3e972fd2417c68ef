import Foundation
import HallDomain
import TermUI

/// The guide's form for the customer in front of them: the business found, 居民 or 非居民,
/// the documents shown, priority and phone. Letters are only ever text (search or phone);
/// every command is an F-key, so nothing typed by the door can fire one or quit. The form
/// is cleared for the next customer once a visit is recorded, or at once with F12.
struct GuidePaneModel: Sendable, Equatable {
    var focus: GuideFocus = .search
    var search = TextField()
    var resultSelection = 0
    var business: BusinessType?
    var kind: CustomerKind = .residential
    var ticked: Set<String> = []
    /// The row of the form (`GuideRow`) ↑↓ are on.
    var cursor = 0
    var priority: PriorityClass?
    var phone = TextField()
    /// The customer agreed to SMS notices at `phone` (前面还剩几人、叫号); off for every new customer.
    var noticeConsent = false
    var dialog: GuideDialog?
    var message: PaneMessage?
    /// The slip this pane issued last, for F10 补打; it outlives the form (the customer
    /// comes back for it after the guide has moved on).
    var lastSlip: String?
    /// The appointment taken into the form from F11: F5 then checks it in rather than
    /// issuing an ordinary slip.
    var appointment: Appointment?

    /// Always: no key of this pane is a letter command, so `q` and `?` type.
    var capturesText: Bool { true }

    var checklist: [String] { business?.checklist(for: kind) ?? [] }
    var rows: [GuideRow] { GuideRow.rows(checklist: checklist) }
    var row: GuideRow? { focus == .form && rows.indices.contains(cursor) ? rows[cursor] : nil }
    /// What the customer showed, in checklist order, as the command and notice want it.
    var presented: [String] { checklist.filter(ticked.contains) }
    var missing: [String] { MissingDocumentsNotice.missing(checklist: checklist, presented: presented) }

    func results(in catalog: Catalog) -> [BusinessType] { catalog.search(search.text) }

    /// Applies a key: F-keys ask for commands wherever the focus is, every other key edits.
    /// `appointments` gives F11's list as the log stands now.
    mutating func handle(_ key: Key, catalog: Catalog, appointments: () -> AppointmentPicker) -> ConsoleModel.Outcome {
        if let dialog { return handle(key, in: dialog, catalog: catalog) }
        switch key {
        case .function(5): return ask(issueSlip())
        case .function(6): return ask(turnAway())
        case .function(7): return ask(answerAtDoor())
        case .function(8): askForPrefilledSlip()
        case .function(9): askForOverride()
        case .function(10): return .perform(.reprintSlip(slip: lastSlip))
        case .function(11): dialog = .appointments(appointments())
        case .function(12): nextCustomer()
        default:
            switch focus {
            case .search: handleSearch(key, catalog: catalog)
            case .phone:
                if key == .enter || key == .escape { focus = .form } else { _ = phone.handle(key) }
            case .form: handleForm(key)
            }
        }
        return .keepGoing
    }

    private func ask(_ command: HallCommand?) -> ConsoleModel.Outcome {
        command.map(ConsoleModel.Outcome.perform) ?? .keepGoing
    }

    /// Shows how the command went and, once the visit is recorded, starts a fresh form
    /// for the next customer; a refusal keeps the form so the guide can correct it.
    mutating func record(_ result: ActionResult) {
        guard case .done(let records) = result else {
            if case .refused(let text) = result { message = .error(text) }
            return
        }
        let texts = records.map { describe($0.event) }
        message = .ok(texts.joined(separator: "；"))
        for record in records {
            if case .slipIssued(let slip) = record.event { lastSlip = slip.number }
        }
        let endsVisit = records.contains { record in
            switch record.event {
            case .slipIssued, .visitTurnedAway, .doorEnquiryAnswered: true
            default: false
            }
        }
        if endsVisit { self = GuidePaneModel(message: message, lastSlip: lastSlip) }
    }

    private init(message: PaneMessage?, lastSlip: String?) {
        self.message = message
        self.lastSlip = lastSlip
    }

    init() {}

    /// F12: the next customer steps up. Everything of the last one goes, the message too
    /// (「已发号 C001…」 must not sit beside the next customer's form); only the slip F10
    /// would reprint stays.
    private mutating func nextCustomer() {
        self = GuidePaneModel(message: nil, lastSlip: lastSlip)
    }

    private func describe(_ event: Event) -> String {
        let name = business?.name ?? ""
        switch event {
        case .slipIssued(let slip):
            let approved = slip.override.map { "（资料不全，\($0.approvedBy) 特批）" } ?? ""
            let notices = slip.noticeConsent == true ? "，已登记短信提醒" : ""
            return "已发号 \(slip.number)\(approved)，前面 \(slip.estimate.peopleAhead) 人，\(slip.estimate.chineseText)\(notices)"
        case .visitTurnedAway(let visit):
            let forms = visit.formsToBring.isEmpty ? "" : "；请带齐并填好 \(visit.formsToBring.joined(separator: "、"))"
            return "已开具一次性告知单（\(name)，\(visit.customerKind.chineseName)）：缺 \(visit.missingDocuments.joined(separator: "、"))\(forms)"
        case .doorEnquiryAnswered:
            return "已记录门口解答：\(name)，不取号"
        case .formsPrefilled(let forms):
            return "已登记 \(forms.slip) 号预填表单"
        case .slipReprinted(let reprint):
            return "已补打 \(reprint.slip) 号小票（日志已记下补打）"
        default:
            return EventDescription.text(for: event)
        }
    }

    private mutating func handleSearch(_ key: Key, catalog: Catalog) {
        let results = results(in: catalog)
        switch key {
        case .up: resultSelection = max(0, resultSelection - 1)
        case .down where results.isEmpty && business != nil: focus = .form
        case .down: resultSelection = min(max(0, results.count - 1), resultSelection + 1)
        case .enter:
            guard results.indices.contains(resultSelection) else {
                message = .error("没有找到“\(search.text)”：请输入业务代码、拼音首字母（如 xz）、全拼（如 dianfei）、常用说法（如 缴费）或名称")
                return
            }
            choose(results[resultSelection])
        case .escape where business != nil: focus = .form
        default:
            if search.handle(key) {
                resultSelection = 0
                message = nil
            }
        }
    }

    private mutating func choose(_ type: BusinessType) {
        appointment = nil
        business = type
        ticked = []
        cursor = checklist.isEmpty ? 0 : 1
        focus = .form
        message = nil
    }

    private mutating func handleForm(_ key: Key) {
        switch key {
        case .up: cursor = max(0, cursor - 1)
        case .down: cursor = min(rows.count - 1, cursor + 1)
        case .escape: focus = .search
        case .character(" "), .enter, .left, .right: change(row, by: key)
        case .character(let typed):
            // A letter is never a command: on the phone row it is the phone, elsewhere a new search.
            if row == .phone {
                focus = .phone
                phone.insert(String(typed))
            } else {
                focus = .search
                search = TextField(text: String(typed))
                resultSelection = 0
                message = nil
            }
        default: break
        }
    }

    /// Space, Enter, ← or → on a row: tick a document, switch the kind of customer, step
    /// the priority (← back), or start typing the phone.
    private mutating func change(_ row: GuideRow?, by key: Key) {
        switch row {
        case .document(let item):
            guard key == .character(" ") || key == .enter else { return }
            if ticked.remove(item) == nil { ticked.insert(item) }
        case .kind:
            kind = kind == .residential ? .nonResidential : .residential
            ticked = ticked.filter(checklist.contains)
        case .priority:
            guard appointment == nil else {
                // The check-in gives appointment priority whatever the row says, so the row
                // must not seem to change it.
                message = .error("预约客户签到后按“预约优先”排队，不能改选优先类别；如客户属绿色通道或老弱病残孕，请按 F12 清空表单，按普通客户选优先类别取号")
                return
            }
            priority = key == .left ? Self.priority(before: priority) : Self.priority(after: priority)
        case .phone:
            guard key == .character(" ") || key == .enter else { return }
            focus = .phone
        case .consent:
            noticeConsent.toggle()
        case nil: break
        }
    }

    /// None → 绿色通道 → 老弱病残孕优先 → none.
    private static func priority(after current: PriorityClass?) -> PriorityClass? {
        let all: [PriorityClass?] = [nil] + PriorityClass.chosenAtDoor
        let index = all.firstIndex(of: current) ?? 0
        return all[(index + 1) % all.count]
    }

    private static func priority(before current: PriorityClass?) -> PriorityClass? {
        let all: [PriorityClass?] = [nil] + PriorityClass.chosenAtDoor
        let index = all.firstIndex(of: current) ?? 0
        return all[(index + all.count - 1) % all.count]
    }

    private var phoneNumber: String? {
        let text = phone.text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    private mutating func chosenBusiness() -> BusinessType? {
        if business == nil { message = .error("请先在“查找”输入并按 Enter 选定业务类型") }
        return business
    }

    private mutating func issueSlip() -> HallCommand? {
        guard let type = chosenBusiness() else { return nil }
        guard missing.isEmpty else {
            message = .error("资料不全，不能发号：缺 \(missing.joined(separator: "、"))。按 F6 开具一次性告知单，或按 F9 由所长特批发号")
            return nil
        }
        if let appointment {
            return .checkInAppointment(id: appointment.id, customerKind: kind, presented: presented)
        }
        return .issueSlip(businessType: type.code, customerKind: kind, presented: presented, priority: priority,
                          override: nil, phone: phoneNumber, noticeConsent: noticeConsent)
    }

    /// The appointment chosen from F11 fills the form with its business; the guide checks
    /// the documents as for anyone, and F5 checks it in.
    private mutating func take(_ chosen: Appointment, catalog: Catalog) {
        guard let type = catalog.businessType(code: chosen.businessType) else {
            message = .error("预约 \(chosen.id) 的业务 \(chosen.businessType) 已不在业务目录里，请按普通客户查找业务后发号")
            return
        }
        choose(type)
        appointment = chosen
        priority = nil
        message = .ok("已带入预约 \(chosen.id)（\(chosen.slotText)）：核对资料后按 F5 签到发号")
    }

    private mutating func turnAway() -> HallCommand? {
        guard let type = chosenBusiness() else { return nil }
        guard !missing.isEmpty else {
            message = .error("资料已齐全，不必开具告知单：请按 F5 发号")
            return nil
        }
        return .turnAway(businessType: type.code, customerKind: kind, presented: presented, phone: phoneNumber)
    }

    private mutating func answerAtDoor() -> HallCommand? {
        guard let type = chosenBusiness() else { return nil }
        return .answerAtDoor(businessType: type.code, customerKind: kind)
    }

    private mutating func askForPrefilledSlip() {
        dialog = .prefill(Prompt(title: "登记预填表单", question: "客户等候时已预填表单，请输入其小票号（如 C001）："))
    }

    private mutating func askForOverride() {
        guard chosenBusiness() != nil else { return }
        guard !missing.isEmpty else {
            message = .error("资料已齐全，不需要特批：请按 F5 发号")
            return
        }
        dialog = .override(OverrideDialog(missing: missing))
    }

    private mutating func handle(_ key: Key, in dialog: GuideDialog, catalog: Catalog) -> ConsoleModel.Outcome {
        switch dialog {
        case .appointments(var picker):
            switch picker.handle(key) {
            case .choosing: self.dialog = .appointments(picker)
            case .cancelled: self.dialog = nil
            case .chosen(let chosen):
                self.dialog = nil
                take(chosen, catalog: catalog)
            }
        case .prefill(var prompt):
            switch prompt.handle(key) {
            case .editing: self.dialog = .prefill(prompt)
            case .cancelled: self.dialog = nil
            case .submitted(let number):
                guard !number.isEmpty else { return .keepGoing }
                self.dialog = nil
                return .perform(.markFormsPrefilled(slip: number.uppercased()))
            }
        case .override(var override):
            switch override.handle(key) {
            case .editing: self.dialog = .override(override)
            case .cancelled: self.dialog = nil
            case .approved(let approval, let pin):
                self.dialog = nil
                guard let type = business else { return .keepGoing }
                if let appointment {
                    // The appointment's customer keeps appointment priority: the approval
                    // checks them in rather than issuing an ordinary slip beside the booking.
                    return .performApproved(.checkInAppointment(id: appointment.id, customerKind: kind, presented: presented,
                                                                override: approval),
                                            approver: approval.approvedBy, pin: pin)
                }
                return .performApproved(.issueSlip(businessType: type.code, customerKind: kind, presented: presented,
                                                   priority: priority, override: approval, phone: phoneNumber,
                                                   noticeConsent: noticeConsent),
                                        approver: approval.approvedBy, pin: pin)
            }
        }
        return .keepGoing
    }
}
