/// Decides whether a writer must record the roster it started with: nothing when `sha256`
/// (of `staff.toml`'s bytes) is what the log last recorded, else one `rosterChanged` with
/// the differences from that recorded roster (every member is "added" the first time).
public func decideRosterCheck(_ roster: Roster, sha256: String, state: HallState) -> [Event] {
    guard state.roster?.sha256 != sha256 else { return [] }
    let before = state.roster?.members ?? [:]
    let now = roster.members.map(RosterEntry.init)
    let ids = Set(now.map(\.id))
    let added = now.filter { before[$0.id] == nil }
    let changed = now.filter { entry in before[entry.id].map { $0 != entry } ?? false }
    let removed = before.keys.filter { !ids.contains($0) }.sorted()
    return [.access(.rosterChanged(RosterChanged(sha256: sha256, added: added, removed: removed, changed: changed)))]
}
