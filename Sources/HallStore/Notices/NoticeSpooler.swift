import Foundation
import HallDomain

/// One pass of `halldesk notify`: queue what the domain finds due, spool each pending
/// notice's file, hand it to the sender, record the result, settle the file.
///
/// The order makes a crash safe: a notice is recorded (`noticeQueued`) before its file is
/// written, so a killed pass leaves it to the next; a file is rewritten from the state when
/// missing; a notice recorded as delivered is only moved to `sent/`, never handed over
/// again. A kill between a successful hand-over and its record sends it twice — the
/// gateway's message id is the only cure for that, and the contract says so.
public struct NoticeSpooler {
    public let engine: HallEngine
    public let config: NoticeConfig
    public let outbox: Outbox
    /// Seconds between hand-overs of one failed notice (the follower's back-off); nil tries
    /// every pending notice once (`--once`, where cron's cadence is the back-off).
    public var retryAfter: TimeInterval?

    public init(engine: HallEngine, config: NoticeConfig, outbox: Outbox, retryAfter: TimeInterval?) {
        self.engine = engine
        self.config = config
        self.outbox = outbox
        self.retryAfter = retryAfter
    }

    /// What one pass did, for the command's output.
    public struct Pass: Sendable, Equatable {
        public var queued = 0
        public var delivered = 0
        public var failed = 0

        /// Nothing queued, handed over or failed: the follower prints nothing for it.
        public var isEmpty: Bool { queued == 0 && delivered == 0 && failed == 0 }
    }

    public func run(now: Date) throws(EngineFailure) -> Pass {
        var pass = Pass()
        let lock: OutboxLock
        do {
            try outbox.prepare()
            lock = try outbox.lock()
        } catch {
            throw .log(error)
        }
        defer { lock.release() }
        pass.queued = try engine.perform(.queueNotices(peopleAhead: config.peopleAhead), now: now).count
        let day = engine.replica.state.today
        // Yesterday's notices are not sent this morning: the log's day must be today's.
        guard day.businessDay == LocalDay(now, timeZone: engine.catalog.hall.timeZone)?.businessDay else { return pass }
        let toSend = Set(NoticesDue.toSend(in: day, attempts: config.attempts).map(\.id))
        for notice in day.notices {
            let name = outbox.fileName(businessDay: day.businessDay, notice: notice.id)
            if !toSend.contains(notice.id) {
                // Delivered to sent/; given up or no longer timely to failed/.
                if outbox.isPending(name) { try settle(name, delivered: notice.deliveredAt != nil) }
                continue
            }
            if let retryAfter, let last = notice.lastFailureAt, now.timeIntervalSince(last) < retryAfter { continue }
            guard let phone = day.noticePhones[notice.slip] else { continue }
            do {
                if !outbox.isPending(name) { try outbox.spool(name, text: notice.text) }
            } catch {
                throw .log(error)
            }
            let result = NoticeSender.send(config, phone: phone, file: outbox.pendingPath(name))
            try engine.perform(.recordNotice(notice: notice.id, result: result), now: now)
            switch result {
            case .delivered:
                pass.delivered += 1
                try settle(name, delivered: true)
            case .failed:
                pass.failed += 1
                if notice.failures + 1 >= config.attempts { try settle(name, delivered: false) }
            }
        }
        return pass
    }

    private func settle(_ name: String, delivered: Bool) throws(EngineFailure) {
        do {
            try outbox.settle(name, delivered: delivered)
        } catch {
            throw .log(error)
        }
    }
}
