/// The question a second terminal must answer before working a counter.
extension CounterStatus {
    /// Whether `clerk` at `terminal` would have to take this counter over to work it: it is
    /// open or paused, and held by someone else or from another terminal. A terminal that
    /// is unknown on either side never counts as another one.
    public func needsTakeOver(clerk: String, terminal: String?) -> Bool {
        guard state != .closed else { return false }
        if self.clerk != clerk { return true }
        guard let held = self.terminal, let terminal else { return false }
        return held != terminal
    }
}
