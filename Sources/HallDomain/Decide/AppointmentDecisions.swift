import Foundation

/// The appointment book's decisions: book (one or an imported batch), cancel, check in,
/// and record the missed ones.
extension Decision {
    var appointmentRules: AppointmentRules { catalog.rules.appointments }

    /// Books each request in turn, each decided on the book as the ones before it left it
    /// (so a batch cannot overfill a slot); one bad row refuses the whole batch, naming its
    /// line, so an import is whole or absent.
    func bookAppointments(_ requests: [AppointmentRequest]) throws(HallRefusal) -> [Event] {
        guard !requests.isEmpty else {
            throw HallRefusal(.nothingToImport, "文件里没有预约记录，请检查是否选错了文件")
        }
        var book = appointments
        var events: [Event] = []
        for request in requests {
            let booked: AppointmentBooked
            do throws(HallRefusal) {
                booked = try entry(request, in: book)
            } catch {
                guard let line = request.line else { throw error }
                throw HallRefusal(error.code, "第 \(line) 行：" + error.message + "。整批未导入，请改正后重新导入")
            }
            _ = booked.apply(to: &book, at: now)
            events.append(.appointment(.booked(booked)))
        }
        return events
    }

    private func entry(_ request: AppointmentRequest, in book: AppointmentBook) throws(HallRefusal) -> AppointmentBooked {
        let type = try businessType(request.businessType)
        let name = request.name.trimmingCharacters(in: .whitespaces)
        let phone = request.phone.filter { !$0.isWhitespace && $0 != "-" }
        guard !name.isEmpty else {
            throw HallRefusal(.appointmentDetailsMissing, "预约缺少客户姓名，请补上姓名")
        }
        guard phone.count >= 7, phone.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw HallRefusal(.appointmentDetailsMissing, "预约电话应为 7 位以上数字，请核对电话")
        }
        guard let calendarDay = CalendarDay(request.day) else {
            throw HallRefusal(.appointmentSlotInvalid, "预约日期「\(request.day)」应写成 2026-12-07 这样的年-月-日")
        }
        guard let start = ClockTime(request.start) else {
            throw HallRefusal(.appointmentSlotInvalid, "预约时段开始「\(request.start)」应写成 09:00 这样的时:分")
        }
        let end: ClockTime
        if let text = request.end {
            guard let parsed = ClockTime(text) else {
                throw HallRefusal(.appointmentSlotInvalid, "预约时段结束「\(text)」应写成 09:30 这样的时:分")
            }
            end = parsed
        } else {
            end = ClockTime(minutes: start.minutesAfterMidnight + appointmentRules.slotMinutes)
        }
        let slot = "\(start)–\(end)"
        guard start < end else {
            throw HallRefusal(.appointmentSlotInvalid, "预约时段 \(slot) 的结束应晚于开始，请改正时段")
        }
        let hours = catalog.hall.openingHours
        guard hours.contains(where: { $0.start <= start && end <= $0.end }) else {
            let open = hours.map { "\($0.start)–\($0.end)" }.joined(separator: "、")
            throw HallRefusal(.appointmentSlotInvalid, "预约时段 \(slot) 不在营业时间（\(open)）之内，请改约营业时间内的时段")
        }
        let offset = catalog.hall.zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(calendarDay.dayNumber * 86_400 + 43_200)))
        let booked = AppointmentBooked(id: book.nextID(day: request.day), day: request.day, start: start.description,
                                       end: end.description, businessType: type.code, name: name, phone: phone,
                                       source: request.source, utcOffsetSeconds: offset)
        let appointment = Appointment(id: booked.id, day: booked.day, start: start, end: end, businessType: type.code, name: name,
                                      phone: phone, source: request.source, utcOffsetSeconds: offset)
        guard now <= appointment.checkInWindow(appointmentRules).upperBound else {
            throw HallRefusal(.appointmentInPast, "\(request.day) \(slot) 的签到时间已过，不能再预约，请改约以后的时段")
        }
        guard !book.appointments.contains(where: { $0.day == request.day && $0.start == start && $0.phone == phone
                                                   && $0.status == .booked }) else {
            throw HallRefusal(.appointmentDuplicate, "这位客户已预约 \(request.day) \(slot)，不必重复预约")
        }
        guard book.taken(day: request.day, start: start) < appointmentRules.capacityPerSlot else {
            throw HallRefusal(.appointmentSlotFull, "\(request.day) \(slot) 已约满 \(appointmentRules.capacityPerSlot) 位，请改约其他时段")
        }
        return booked
    }

    func cancelAppointment(id: String, reason: String?) throws(HallRefusal) -> [Event] {
        let appointment = try bookedAppointment(id)
        let reason = reason?.trimmingCharacters(in: .whitespaces)
        return [.appointment(.cancelled(AppointmentCancelled(id: appointment.id, reason: reason?.isEmpty == true ? nil : reason)))]
    }

    /// Within the window: the documents are checked as for any slip (a gap only with a
    /// manager's approval, 所长特批), and the slip waits with appointment priority. Outside
    /// it: a refusal that says when the window is, so the guide can tell the customer and
    /// issue an ordinary slip instead.
    func checkInAppointment(id: String, customerKind: CustomerKind, presented: [String],
                            override: ChecklistOverride? = nil) throws(HallRefusal) -> [Event] {
        let appointment = try bookedAppointment(id)
        let window = appointment.checkInWindow(appointmentRules)
        let windowText = "\(appointment.day) \(appointment.checkInWindowText(appointmentRules))"
        guard window.contains(now) else {
            let when = now < window.lowerBound ? "还没到签到时间" : "已过签到时间"
            throw HallRefusal(.appointmentOutsideWindow,
                              "预约 \(appointment.id)（\(appointment.day) \(appointment.slotText)）\(when)：签到时间为 \(windowText)。可请客户到时再来签到，或按普通客户取号")
        }
        let issued = try issueSlip(businessType: appointment.businessType, customerKind: customerKind, presented: presented,
                                   priority: .appointment, override: override, phone: appointment.phone, checkIn: true)
        guard case .slipIssued(let slip)? = issued.first else { return issued }
        return issued + [.appointment(.checkedIn(AppointmentCheckedIn(id: appointment.id, slip: slip.number)))]
    }

    /// Whatever has become missed at `now`, and nothing else (see `AppointmentMissed`).
    func recordMissedAppointments() -> [Event] {
        appointments.missedDue(at: now, rules: appointmentRules).map { .appointment(.missed(AppointmentMissed(id: $0.id))) }
    }

    private func bookedAppointment(_ id: String) throws(HallRefusal) -> Appointment {
        guard let appointment = appointments.appointment(id: id) else {
            throw HallRefusal(.unknownAppointment, "没有编号为 \(id) 的预约，请用 appointment list 或导引台的预约列表核对编号")
        }
        guard appointment.status == .booked else {
            let slip = appointment.slip.map { "（号码 \($0)）" } ?? ""
            throw HallRefusal(.appointmentNotBooked, "预约 \(id) \(appointment.status.chineseName)\(slip)，不能再办理；客户如需办理请按普通客户取号")
        }
        return appointment
    }
}
