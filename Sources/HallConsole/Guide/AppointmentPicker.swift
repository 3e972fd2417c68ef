import HallDomain
import TermUI

/// F11 at the guide's desk: today's appointments still open for check-in, the one due
/// soonest first. Enter takes one into the form (its business chosen), where the documents
/// are checked as for any customer and F5 checks it in for a slip with appointment priority.
struct AppointmentPicker: Sendable, Equatable {
    enum Reply: Equatable {
        case choosing
        case cancelled
        case chosen(Appointment)
    }

    var appointments: [Appointment]
    var list: ListView
    /// Whether the viewer may see the whole phone (`seeCustomerContact`); the guide may not.
    var wholePhone: Bool
    var checkInWindow: AppointmentRules

    init(appointments: [Appointment], rules: AppointmentRules, wholePhone: Bool) {
        self.appointments = appointments
        self.wholePhone = wholePhone
        self.checkInWindow = rules
        list = ListView(items: [], selection: 0)
        list = ListView(items: appointments.map(row), selection: 0)
    }

    static let visibleRows = 8

    mutating func handle(_ key: Key) -> Reply {
        switch key {
        case .escape, .function(11): return .cancelled
        case .up: list.moveSelection(by: -1, visibleRows: Self.visibleRows)
        case .down: list.moveSelection(by: 1, visibleRows: Self.visibleRows)
        case .enter:
            guard let index = list.selection, appointments.indices.contains(index) else { return .choosing }
            return .chosen(appointments[index])
        default: break
        }
        return .choosing
    }

    /// 「09:30–10:00 签到 09:15–09:40  电费缴纳 DF  梁秀英 138****8000 网上国网」.
    func row(_ appointment: Appointment) -> String {
        let phone = wholePhone ? appointment.phone : Masking.phone(appointment.phone)
        return "\(appointment.slotText) 签到\(appointment.checkInWindowText(checkInWindow))  \(appointment.businessType)  \(appointment.name) \(phone) \(appointment.source.chineseName)"
    }

    func draw(into buffer: inout Buffer, in area: Rect, theme: Theme) {
        // The whole width on a narrow screen, so no edge of the panes beneath shows beside it.
        let width = area.width < 90 ? area.width : 76
        let height = min(area.height, Self.visibleRows + 4)
        let rect = Rect(x: area.minX + (area.width - width) / 2, y: area.maxY - height, width: width, height: height)
        let inner = BoxedPane(title: "今天的预约（待签到）", isFocused: true).draw(into: &buffer, in: rect, theme: theme)
        let listArea = Rect(x: inner.minX + 1, y: inner.minY, width: inner.width - 2, height: max(0, inner.height - 1))
        if appointments.isEmpty {
            buffer.put("今天没有待签到的预约", at: listArea.origin, role: .muted, clip: listArea)
        } else {
            list.draw(into: &buffer, in: listArea, theme: theme)
        }
        let hint = Rect(x: inner.minX + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1)
        buffer.put("↑↓ 选择  Enter 带入表单（核对资料后 F5 签到）  Esc 返回", at: hint.origin, role: .muted, clip: hint)
    }
}
