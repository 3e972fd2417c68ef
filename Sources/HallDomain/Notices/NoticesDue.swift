/// Which messages to customers are due now, from today's state alone: the one rule of
/// notices, used by `halldesk notify` whichever terminal runs it.
///
/// Only for slips whose customer gave a phone and agreed (`HallDay.noticePhones`). 前面还有N人
/// once the slip has `peopleAhead` or fewer waiting ahead of it — unless the slip already said
/// so when it was printed; 已叫号 and 再次呼叫 while the slip is called (a customer already at
/// the counter or gone is not told to come). Each notice once: ids already queued are left out.
public enum NoticesDue {
    public static func due(in day: HallDay, peopleAhead threshold: Int, hallName: String) -> [NoticeQueued] {
        var due: [NoticeQueued] = []
        for slip in day.slips where day.noticePhones[slip.number] != nil {
            for (id, kind, text) in candidates(slip, in: day, threshold: threshold, hallName: hallName)
            where !day.notices.contains(where: { $0.id == id }) {
                due.append(NoticeQueued(businessDay: day.businessDay, notice: id, slip: slip.number, kind: kind, text: text))
            }
        }
        return due
    }

    /// The queued notices to hand to the sender now: not delivered, under `attempts`
    /// failures, and still timely — a 前面还有N人 for a slip no longer waiting, or a 叫号 for
    /// a customer already at the counter, would only confuse; it is left unsent.
    public static func toSend(in day: HallDay, attempts: Int) -> [CustomerNotice] {
        day.notices.filter { $0.isPending(attempts: attempts) && isTimely($0, in: day) }
    }

    /// Whether the moment a notice was for has not passed: its slip still waits (前面还有N人)
    /// or is still called (已叫号, 再次呼叫).
    public static func isTimely(_ notice: CustomerNotice, in day: HallDay) -> Bool {
        guard let slip = day.slip(notice.slip) else { return false }
        switch notice.kind {
        case .ahead: return slip.status == .waiting
        case .called, .recalled: return slip.status == .called
        }
    }

    private static func candidates(_ slip: QueueSlip, in day: HallDay, threshold: Int,
                                   hallName: String) -> [(String, NoticeKind, String)] {
        let signature = "【\(hallName)】"
        switch slip.status {
        case .waiting:
            let ahead = PriorityOrder.ahead(of: slip, in: day).count
            guard ahead >= 1, ahead <= threshold, slip.estimate.peopleAhead > threshold else { return [] }
            return [("\(slip.number)-ahead", .ahead,
                     "\(signature)您的 \(slip.number) 号前面还有 \(ahead) 人，请回到等候区留意叫号屏和语音广播。")]
        case .called:
            guard let counter = slip.counter else { return [] }
            var notices = [("\(slip.number)-called", NoticeKind.called,
                            "\(signature)请 \(slip.number) 号到 \(counter) 号窗口办理。")]
            if slip.recallCount > 0 {
                notices.append(("\(slip.number)-recalled-\(slip.recallCount)", .recalled,
                                "\(signature)再次呼叫：请 \(slip.number) 号到 \(counter) 号窗口办理。"))
            }
            return notices
        default:
            return []
        }
    }
}
