import Foundation
import HallStore

extension HallFiles {
    /// The member switched in at `identity`'s terminal and session, as the log has it now.
    public func memberSwitchedIn(for identity: Identity, now: Date) -> String? {
        identity.switchedIn(replica().state, now: now, lasting: clock.switchLasts)
    }
}
