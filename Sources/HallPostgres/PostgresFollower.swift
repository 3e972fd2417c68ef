import Foundation
import HallStore

/// A reader's place in a hall's PostgreSQL log (see `EventStore.follow`). It asks the server
/// for new rows only when a notification for the hall came since it last asked, or when
/// `pollInterval` ran out (the fallback for a notification lost with a connection), so a
/// hundred idle terminals polling their screens cost the server nothing.
public final class PostgresFollower: EventFollower {
    private let store: PostgresEventStore
    public private(set) var head: LogHead
    /// The wake-up count when this follower last asked; nil before its first query.
    private var asked: Int?
    private var askedAt = Date.distantPast

    init(_ store: PostgresEventStore, after anchor: LogHead) {
        self.store = store
        head = anchor
    }

    public func poll(each: (LogRecord) -> Void) throws(LogFailure) {
        // Connecting first sends LISTEN before the query, so nothing committed after the
        // query can go unannounced.
        _ = try store.link.connected()
        let now = store.wakeUps.current
        guard asked != now || Date().timeIntervalSince(askedAt) >= store.pollInterval else { return }
        asked = now
        askedAt = Date()
        while true {
            let page = try store.rows(after: head)
            for record in page {
                each(record)
                head = record.head
            }
            if page.count < PostgresEventStore.pageSize { return }
        }
    }

    /// Blocks until a record may have been appended since the last poll (a notification
    /// came) or `timeout` seconds passed; whether one may have. For a loop that waits for
    /// news rather than polling on a timer.
    public func waitForNews(timeout: TimeInterval) -> Bool {
        store.wakeUps.wait(past: asked ?? -1, timeout: timeout)
    }
}
