import HallDomain
import HallStore

/// Hands each call and re-call the log gains to the announcer, in log order. What was on
/// the log when it started is not read out: a board switched on at noon does not announce
/// the morning.
struct CallFollower {
    let replica: HallReplica
    let announcer: Announcer
    private var announcedThrough: Int

    init(replica: HallReplica, announcer: Announcer) {
        self.replica = replica
        self.announcer = announcer
        announcedThrough = replica.head.seq
    }

    /// Queues what the replica folded in since the last call; call it after each refresh.
    mutating func announceNew() {
        for recorded in replica.recent where recorded.seq > announcedThrough {
            if let announcement = CallAnnouncement(recorded.event) { announcer.announce(announcement) }
        }
        announcedThrough = replica.head.seq
    }
}
