import HallStore

extension HallFiles {
    /// The member who last switched in on `terminal` with a PIN, as the log has it.
    func memberSwitchedIn(at terminal: String) -> String? {
        HallReplica(folder: folder).state.switchedStaff[terminal]
    }
}
