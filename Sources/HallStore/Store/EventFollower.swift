/// One reader's place in a store (see `EventStore.follow`): each `poll` hands over the
/// complete records appended since the last one. Each reader (a terminal's replica, a
/// report) keeps its own, and none of them ever changes the log.
public protocol EventFollower: AnyObject {
    /// The last record handed over (before any is: the starting point).
    var head: LogHead { get }

    /// Hands each record appended since the last poll to `each`, in order, one at a time.
    /// Throws `.corrupt` at a damaged record, after handing over the ones before it.
    func poll(each: (LogRecord) -> Void) throws(LogFailure)
}

extension EventFollower {
    /// The records appended since the last poll, in order. When reading stops at a damaged
    /// record, the ones before it are returned first; the next poll throws.
    public func poll() throws(LogFailure) -> [LogRecord] {
        var found: [LogRecord] = []
        do {
            try poll { found.append($0) }
        } catch {
            guard found.isEmpty else { return found }
            throw error
        }
        return found
    }
}
