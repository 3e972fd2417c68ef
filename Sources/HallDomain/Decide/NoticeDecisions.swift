/// Notices to customers: queueing what `NoticesDue` finds due, and recording what the
/// sender made of each. Whoever runs the sender, the log's sequence check lets one queue a
/// notice; a notice already delivered is never recorded again, so it is never sent again.
extension Decision {
    func queueNotices(peopleAhead: Int) -> [Event] {
        NoticesDue.due(in: day, peopleAhead: peopleAhead, hallName: catalog.hall.name).map(Event.noticeQueued)
    }

    func recordNotice(_ id: String, result: NoticeResult) throws(HallRefusal) -> [Event] {
        guard let notice = day.notices.first(where: { $0.id == id }) else {
            throw HallRefusal(.unknownNotice, "今天没有排队的提醒 \(id)，请用 halldesk notice list 查看")
        }
        guard notice.deliveredAt == nil else {
            throw HallRefusal(.noticeAlreadyDelivered, "提醒 \(id) 已送达，不再记录发送结果")
        }
        switch result {
        case .delivered:
            return [.noticeDelivered(NoticeDelivered(businessDay: businessDay, notice: id))]
        case let .failed(exitStatus, reason):
            return [.noticeFailed(NoticeFailed(businessDay: businessDay, notice: id, exitStatus: exitStatus, reason: reason))]
        }
    }
}
