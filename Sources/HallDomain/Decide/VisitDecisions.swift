import Foundation

/// The guide's decisions at the door: answer, turn away with a notice, or issue a slip.
extension Decision {
    func answerAtDoor(businessType code: String, customerKind: CustomerKind?) throws(HallRefusal) -> [Event] {
        let type = try businessType(code)
        if let customerKind { _ = try checklist(type, for: customerKind) }
        return [.doorEnquiryAnswered(DoorEnquiryAnswered(businessDay: businessDay, utcOffsetSeconds: local.utcOffsetSeconds,
                                                         businessType: type.code, customerKind: customerKind))]
    }

    func turnAway(businessType code: String, customerKind: CustomerKind, presented: [String],
                  phone: String?) throws(HallRefusal) -> [Event] {
        let type = try businessType(code)
        let missing = MissingDocumentsNotice.missing(checklist: try checklist(type, for: customerKind), presented: presented)
        guard !missing.isEmpty else {
            throw HallRefusal(.nothingMissing, "\(type.name)（\(customerKind.chineseName)）的资料已齐全，请直接取号，不必开具告知单")
        }
        return [.visitTurnedAway(VisitTurnedAway(businessDay: businessDay, utcOffsetSeconds: local.utcOffsetSeconds,
                                                 businessType: type.code, customerKind: customerKind, missingDocuments: missing,
                                                 formsToBring: type.forms, phone: phone))]
    }

    /// `checkIn`: the slip is an appointment's check-in, the only way to appointment priority.
    func issueSlip(businessType code: String, customerKind: CustomerKind, presented: [String], priority: PriorityClass?,
                   override: ChecklistOverride?, phone: String?, noticeConsent: Bool = false,
                   checkIn: Bool = false) throws(HallRefusal) -> [Event] {
        guard priority != .appointment || checkIn else {
            throw HallRefusal(.appointmentPriorityOnlyByCheckIn, "预约优先只能通过预约签到取得，请在预约列表中为客户签到")
        }
        let type = try businessType(code)
        let phone = phone.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
        guard !noticeConsent || phone != nil else {
            throw HallRefusal(.noticeWithoutPhone, "客户同意短信提醒，但没有留电话。请填写客户手机号，或取消“同意短信提醒”")
        }
        guard catalog.queue(letter: type.queue) != nil else {
            throw HallRefusal(.unknownQueue, "\(type.name) 配置的队列 \(type.queue) 不存在，请管理员检查 business-types.toml")
        }
        let missing = MissingDocumentsNotice.missing(checklist: try checklist(type, for: customerKind), presented: presented)
        let record = try overrideRecord(override, missing: missing, type: type)
        let sequence = day.issuedCount(queue: type.queue) + 1
        guard sequence <= 999 else {
            throw HallRefusal(.slipNumbersExhausted, "\(type.queue) 队今天已发满 999 个号，请转入其他队列或请值班经理安排")
        }
        let digits = String(sequence)
        let number = type.queue + String(repeating: "0", count: 3 - digits.count) + digits
        let estimate = WaitPredictors.default.predict(queue: type.queue, priority: priority, day: day, catalog: catalog, now: now)
        return [.slipIssued(SlipIssued(number: number, queue: type.queue, businessDay: businessDay,
                                       utcOffsetSeconds: local.utcOffsetSeconds, businessType: type.code,
                                       customerKind: customerKind, priority: priority, override: record, phone: phone,
                                       estimate: estimate, noticeConsent: noticeConsent ? true : nil))]
    }

    /// The checklist gate: complete, or overridden by a manager with a reason.
    private func overrideRecord(_ override: ChecklistOverride?, missing: [String],
                                type: BusinessType) throws(HallRefusal) -> ChecklistOverrideRecord? {
        guard let override else {
            guard missing.isEmpty else {
                throw HallRefusal(.documentsMissing,
                                  "资料不齐，缺：\(missing.joined(separator: "、"))。请开具一次性告知单，或由值班经理批准例外放行")
            }
            return nil
        }
        guard !missing.isEmpty else {
            throw HallRefusal(.overrideNotNeeded, "资料已齐全，不需要例外放行，请直接取号")
        }
        guard catalog.roster.member(id: override.approvedBy)?.roles.contains(.manager) == true else {
            throw HallRefusal(.overrideNotByManager, "例外放行须由值班经理批准，\(override.approvedBy) 不是经理，请经理确认")
        }
        guard !override.reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw HallRefusal(.overrideWithoutReason, "例外放行须写明原因，请补充原因后重试")
        }
        return ChecklistOverrideRecord(approvedBy: override.approvedBy, reason: override.reason, missingDocuments: missing)
    }

    /// A slip printed again is the same slip: only one the customer still waits or is
    /// being served with, so a second paper never brings back a finished or missed number.
    func reprintSlip(_ number: String?) throws(HallRefusal) -> [Event] {
        let slip: QueueSlip
        if let number {
            slip = try self.slip(number)
        } else {
            guard let last = day.slips.last else {
                throw HallRefusal(.nothingToReprint, "今天还没有发过号，没有可补打的小票")
            }
            slip = last
        }
        guard slip.status != .finished, slip.status != .noShow else {
            throw HallRefusal(.slipNotActive, "\(slip.number) 号已\(slip.status.chineseName)，不能补打；客户如需再办请重新取号")
        }
        return [.slipReprinted(SlipReprinted(businessDay: businessDay, slip: slip.number))]
    }

    func markFormsPrefilled(slip number: String) throws(HallRefusal) -> [Event] {
        let slip = try slip(number)
        guard slip.status != .finished, slip.status != .noShow else {
            throw HallRefusal(.slipNotActive, "\(number) 号已\(slip.status.chineseName)，无需再预填表单")
        }
        guard !slip.formsPrefilled else {
            throw HallRefusal(.formsAlreadyPrefilled, "\(number) 号的表单已登记为预填，无需重复登记")
        }
        return [.formsPrefilled(FormsPrefilled(businessDay: businessDay, slip: number))]
    }
}
