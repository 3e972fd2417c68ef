import Foundation

/// What an import of call-centre orders decided: the events of every order received, in
/// input order, ready for one append; which order each intake became; and which intakes
/// were left out because their 95598 number is already an order.
public struct HotlineImport: Sendable, Equatable {
    public struct Received: Sendable, Equatable {
        /// The intake's index in the input.
        public var index: Int
        /// The work order it became (GD000001…).
        public var order: String
    }

    public var events: [Event] = []
    public var received: [Received] = []
    /// Indices of intakes whose 95598 number the state already holds (已导入过).
    public var skipped: [Int] = []
}

/// Receives each intake as a whole `receive` decision, folding its events into a copy of
/// the state so the next decision sees the orders before it: numbers go up one by one and
/// a number repeated in the input is caught like one already in the log.
///
/// An intake whose 95598 number the state already holds is skipped, not refused: another
/// terminal may have imported the same file meanwhile, and importing it again must add
/// nothing. Any other refusal ends the fold with the intake it belongs to; the caller
/// decides whether that row is dropped and the rest decided again.
public func decideImport(_ intakes: [WorkOrderIntake], state: HallState, catalog: Catalog, settings: WorkOrderSettings,
                         actor: StaffMember, now: Date) throws(ImportRefusal) -> HotlineImport {
    var local = state
    var result = HotlineImport()
    let timestamp = InstantText.text(now)
    for (index, intake) in intakes.enumerated() {
        if let hotline = intake.hotlineNumber, local.workOrders.orders.contains(where: { $0.hotlineNumber == hotline }) {
            result.skipped.append(index)
            continue
        }
        let events: [Event]
        do {
            events = try decide(.receive(intake), state: local, catalog: catalog, settings: settings, actor: actor, now: now)
        } catch {
            throw ImportRefusal(index: index, refusal: error)
        }
        for event in events {
            // Only the local copy sees this record; the log gives the real one its sequence.
            local.evolve(by: RecordedEvent(seq: local.lastSeq + 1, timestamp: timestamp, time: now,
                                           actor: actor.id, terminal: "", event: event))
        }
        if case .workOrder(.received(let body)) = events.first {
            result.received.append(HotlineImport.Received(index: index, order: body.order))
        }
        result.events += events
    }
    return result
}
