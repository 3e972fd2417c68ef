import Foundation
import HallDomain
import TermUI

/// The guide's form for the customer in front of them: the business found, 居民 or 非居民,
/// the documents shown, priority and phone. Each key either edits the form or asks for a
/// command; the form is cleared for the next customer once a visit is recorded.
struct GuidePaneModel: Sendable, Equatable {
    var focus: GuideFocus = .search
    var search = TextField()
    var resultSelection = 0
    var business: BusinessType?
    var kind: CustomerKind = .residential
    var ticked: Set<String> = []
    var cursor = 0
    var priority: PriorityClass?
    var phone = TextField()
    var dialog: GuideDialog?
    var message: PaneMessage?

    /// True while keys are text (a field or a dialog has them), so `q` and `?` type.
    var capturesText: Bool { dialog != nil || focus != .checklist }

    var checklist: [String] { business?.checklist(for: kind) ?? [] }
    /// What the customer showed, in checklist order, as the command and notice want it.
    var presented: [String] { checklist.filter(ticked.contains) }
    var missing: [String] { MissingDocumentsNotice.missing(checklist: checklist, presented: presented) }

    func results(in catalog: Catalog) -> [BusinessType] { catalog.search(search.text) }

    mutating func handle(_ key: Key, catalog: Catalog) -> HallCommand? {
        if let dialog { return handle(key, in: dialog) }
        switch key {
        case .function(5): return issueSlip()
        case .function(6): return turnAway()
        case .function(7): return answerAtDoor()
        case .function(8):
            askForPrefilledSlip()
            return nil
        default: break
        }
        switch focus {
        case .search: handleSearch(key, catalog: catalog)
        case .phone:
            if key == .enter || key == .escape { focus = .checklist } else { _ = phone.handle(key) }
        case .checklist: return handleChecklist(key)
        }
        return nil
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
        let endsVisit = records.contains { record in
            switch record.event {
            case .slipIssued, .visitTurnedAway, .doorEnquiryAnswered: true
            default: false
            }
        }
        if endsVisit { self = GuidePaneModel(message: message) }
    }

    private init(message: PaneMessage?) {
        self.message = message
    }

    init() {}

    private func describe(_ event: Event) -> String {
        let name = business?.name ?? ""
        switch event {
        case .slipIssued(let slip):
            let approved = slip.override == nil ? "" : "（资料不全，所长特批）"
            return "已发号 \(slip.number)\(approved)，前面 \(slip.estimate.peopleAhead) 人，\(slip.estimate.chineseText)"
        case .visitTurnedAway(let visit):
            let forms = visit.formsToBring.isEmpty ? "" : "；请带齐并填好 \(visit.formsToBring.joined(separator: "、"))"
            return "已开具一次性告知单（\(name)，\(visit.customerKind.chineseName)）：缺 \(visit.missingDocuments.joined(separator: "、"))\(forms)"
        case .doorEnquiryAnswered:
            return "已记录门口解答：\(name)，不取号"
        case .formsPrefilled(let forms):
            return "已登记 \(forms.slip) 号预填表单"
        default:
            return EventDescription.text(for: event)
        }
    }

    private mutating func handleSearch(_ key: Key, catalog: Catalog) {
        let results = results(in: catalog)
        switch key {
        case .up: resultSelection = max(0, resultSelection - 1)
        case .down: resultSelection = min(max(0, results.count - 1), resultSelection + 1)
        case .enter:
            guard results.indices.contains(resultSelection) else {
                message = .error("没有找到“\(search.text)”：请输入业务代码、拼音首字母（如 xz）或名称")
                return
            }
            choose(results[resultSelection])
        case .escape: focus = .checklist
        default:
            if search.handle(key) { resultSelection = 0 }
        }
    }

    private mutating func choose(_ type: BusinessType) {
        business = type
        ticked = []
        cursor = 0
        focus = .checklist
    }

    private mutating func handleChecklist(_ key: Key) -> HallCommand? {
        switch key {
        case .up, .character("k"): cursor = max(0, cursor - 1)
        case .down, .character("j"): cursor = min(max(0, checklist.count - 1), cursor + 1)
        case .character(" "):
            guard checklist.indices.contains(cursor) else { return nil }
            let item = checklist[cursor]
            if ticked.remove(item) == nil { ticked.insert(item) }
        case .character("m"):
            kind = kind == .residential ? .nonResidential : .residential
            ticked = ticked.filter(checklist.contains)
            cursor = min(cursor, max(0, checklist.count - 1))
        case .character("p"): priority = Self.nextPriority(after: priority)
        case .character("/"): focus = .search
        case .character("t"): focus = .phone
        case .character("s"): return issueSlip()
        case .character("n"): return turnAway()
        case .character("d"): return answerAtDoor()
        case .character("f"): askForPrefilledSlip()
        case .character("o"): askForOverride()
        default: break
        }
        return nil
    }

    /// None → 绿色通道 → 老弱病残孕优先 → none.
    private static func nextPriority(after current: PriorityClass?) -> PriorityClass? {
        guard let current else { return PriorityClass.allCases.first }
        let all = PriorityClass.allCases
        guard let index = all.firstIndex(of: current), index + 1 < all.count else { return nil }
        return all[index + 1]
    }

    private var phoneNumber: String? {
        let text = phone.text.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    private mutating func chosenBusiness() -> BusinessType? {
        if business == nil { message = .error("请先查找并选择业务类型（/ 查找，Enter 选定）") }
        return business
    }

    private mutating func issueSlip() -> HallCommand? {
        guard let type = chosenBusiness() else { return nil }
        guard missing.isEmpty else {
            message = .error("资料不全，不能发号：缺 \(missing.joined(separator: "、"))。按 F6/n 开具一次性告知单，或按 o 由所长特批发号")
            return nil
        }
        return .issueSlip(businessType: type.code, customerKind: kind, presented: presented, priority: priority,
                          override: nil, phone: phoneNumber)
    }

    private mutating func turnAway() -> HallCommand? {
        guard let type = chosenBusiness() else { return nil }
        guard !missing.isEmpty else {
            message = .error("资料已齐全，不必开具告知单：请按 F5/s 发号")
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
            message = .error("资料已齐全，不需要特批：请按 F5/s 发号")
            return
        }
        dialog = .override(OverrideDialog(missing: missing))
    }

    private mutating func handle(_ key: Key, in dialog: GuideDialog) -> HallCommand? {
        switch dialog {
        case .prefill(var prompt):
            switch prompt.handle(key) {
            case .editing: self.dialog = .prefill(prompt)
            case .cancelled: self.dialog = nil
            case .submitted(let number):
                guard !number.isEmpty else { return nil }
                self.dialog = nil
                return .markFormsPrefilled(slip: number.uppercased())
            }
        case .override(var override):
            switch override.handle(key) {
            case .editing: self.dialog = .override(override)
            case .cancelled: self.dialog = nil
            case .approved(let approval):
                self.dialog = nil
                guard let type = business else { return nil }
                return .issueSlip(businessType: type.code, customerKind: kind, presented: presented, priority: priority,
                                  override: approval, phone: phoneNumber)
            }
        }
        return nil
    }
}
