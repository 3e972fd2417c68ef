import Foundation

/// Decisions about a slip wherever it is: bring a no-show back, move it to another queue.
extension Decision {
    func reinstate(slip number: String) throws(HallRefusal) -> [Event] {
        let slip = try slip(number)
        guard slip.status == .noShow, let markedAt = slip.noShowAt else {
            throw HallRefusal(.notANoShow, "\(number) 号当前为“\(slip.status.chineseName)”，不是过号，无需恢复")
        }
        let limit = catalog.rules.reinstateMinutes
        guard now.timeIntervalSince(markedAt) <= Double(limit * 60) else {
            throw HallRefusal(.reinstateWindowPassed, "\(number) 号过号已超过 \(limit) 分钟，不能恢复，请重新取号")
        }
        return [.slipReinstated(SlipReinstated(businessDay: businessDay, slip: number))]
    }

    /// A called or serving slip may only be moved by the clerk holding it: the permission
    /// matrix's `Scope.ownCounter` on the slip's counter.
    func transfer(slip number: String, toQueue letter: String) throws(HallRefusal) -> [Event] {
        let slip = try slip(number)
        guard slip.status == .waiting || slip.status.isInHand else {
            throw HallRefusal(.slipNotActive, "\(number) 号已\(slip.status.chineseName)，不能转队")
        }
        guard catalog.queue(letter: letter) != nil else {
            throw HallRefusal(.unknownQueue, "没有 \(letter) 队，请核对队列字母")
        }
        guard letter != slip.queue else {
            throw HallRefusal(.sameQueue, "\(number) 号已在 \(letter) 队，请选择另一个队列")
        }
        return [.slipTransferred(SlipTransferred(businessDay: businessDay, slip: number, from: slip.queue, to: letter,
                                                 counter: slip.counter))]
    }
}
