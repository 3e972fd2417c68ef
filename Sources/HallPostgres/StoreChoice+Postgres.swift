import Foundation
import HallStore

extension StoreChoice {
    /// The log and snapshots of `hall` in the database at `endpoint`, timestamps in
    /// `timeZone`, checked before anything uses them: the server answers, holds HallDesk's
    /// tables in this version and lets this login read the hall. Every writer, reader,
    /// snapshot storage and the health probe made from it share one connection (see
    /// `PostgresLink`): a console holds one, whatever it opens; each store is still used by
    /// one thread at a time.
    public static func postgres(endpoint: PostgresEndpoint, hall: String, timeZone: TimeZone, place: String) throws(LogFailure) -> StoreChoice {
        let link = PostgresLink(endpoint)
        let check = PostgresEventStore(link: link, hall: hall, timeZone: timeZone)
        try check.prepareToAppend(after: .empty)
        let health = PostgresHealth(check)
        return StoreChoice(
            writer: { zone, _, _ in PostgresEventStore(link: link, hall: hall, timeZone: zone) },
            reader: { PostgresEventStore(link: link, hall: hall, timeZone: timeZone) },
            snapshots: { PostgresSnapshotStorage(store: PostgresEventStore(link: link, hall: hall, timeZone: timeZone)) },
            problem: { _ in health.problem() },
            banner: { failure in
                guard case .serverUnavailable(let detail) = failure else { return "\(place) 暂不能写入：\(failure.message)" }
                return "连不上\(place)（\(detail)）：操作会被拒绝，可以照常查看。请检查数据库服务和网络（halldesk doctor）；恢复后自动继续，无需重启。"
            },
            place: place, isFile: false
        )
    }
}

/// A console's once-a-second probe of the server: whether the shared connection is open,
/// or can be opened again.
private final class PostgresHealth: @unchecked Sendable {
    private let store: PostgresEventStore
    private let lock = NSLock()

    init(_ store: PostgresEventStore) {
        self.store = store
    }

    func problem() -> LogFailure? {
        lock.withLock { store.writeProblem() }
    }
}
