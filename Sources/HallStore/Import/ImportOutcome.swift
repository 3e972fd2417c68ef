import Foundation
import HallDomain

/// What an import of a 95598 export came to on one state of the log: which rows become
/// which orders, which are already orders, which cannot be, and the events to append.
///
/// A refusal that belongs to a row (a receipt time in the future) drops that row and the
/// rest are decided again, so every bad row is found in one run; a refusal that belongs to
/// the whole import (the actor may not receive orders) ends it.
///
/// Here rather than in the command so that the importer fuzz test runs the same fold.
public struct ImportOutcome: Sendable {
    public struct Imported: Encodable, Sendable {
        public var line: Int
        public var hotline: String
        public var order: String
    }

    public struct Skipped: Encodable, Sendable {
        public var line: Int
        public var hotline: String
    }

    public var imported: [Imported] = []
    public var skipped: [Skipped] = []
    public var bad: [RowProblem] = []
    public var events: [Event] = []
    /// The hall's own station, to tell the orders of another station's territory.
    public let hallStation: String

    /// Refusals that say something about one row's content rather than about who imports.
    static let rowRefusals: Set<HallRefusal.Code> = [.unknownCategory, .descriptionMissing, .receivedInFuture, .duplicateHotlineNumber,
                                                      .tooLong]

    public init(_ export: HotlineExport, state: HallState, catalog: Catalog, settings: WorkOrderSettings, actor: StaffMember,
         now: Date) throws(HallRefusal) {
        hallStation = catalog.hall.station
        var pending = export.good
        bad = export.bad
        while true {
            do {
                let decided = try decideImport(pending.map(\.intake), state: state, catalog: catalog, settings: settings, actor: actor, now: now)
                imported = decided.received.map { Imported(line: pending[$0.index].line, hotline: pending[$0.index].intake.hotlineNumber ?? "", order: $0.order) }
                skipped = decided.skipped.map { Skipped(line: pending[$0].line, hotline: pending[$0].intake.hotlineNumber ?? "") }
                events = decided.events
                break
            } catch {
                guard Self.rowRefusals.contains(error.refusal.code) else { throw error.refusal }
                bad.append(RowProblem(line: pending[error.index].line, error.refusal.message))
                pending.remove(at: error.index)
            }
        }
        bad.sort { $0.line < $1.line }
    }

    /// What to append: everything, or nothing while a row is bad, unless bad rows are to be
    /// skipped. Nothing is ever half-imported.
    public func eventsToWrite(skipBad: Bool) -> [Event] {
        bad.isEmpty || skipBad ? events : []
    }

    /// Orders that are major and went up to the station head as they were received.
    public var majorCount: Int {
        events.filter { if case .workOrder(.escalated) = $0 { true } else { false } }.count
    }

    /// Orders received as 待归类: the call centre's category name matched nothing.
    public var unclassifiedCount: Int {
        received.count { $0.category == WorkOrderCategory.unclassified.code }
    }

    /// Orders whose customer belongs to another station (非本所属地), to go back to the dispatcher above.
    public var outsideCount: Int {
        received.count { $0.customer.station != hallStation }
    }

    private var received: [WorkOrderReceived] {
        events.compactMap { if case .workOrder(.received(let body)) = $0 { body } else { nil } }
    }

    /// `GD000001–GD000003`, or the one number.
    public var orderRange: String? {
        guard let first = imported.first?.order, let last = imported.last?.order else { return nil }
        return first == last ? first : "\(first)–\(last)"
    }
}
