/// Minutes as the hall's screens print them: whole minutes, a dash when there is nothing
/// to measure yet (no slip waiting, nothing served today).
enum Minutes {
    static func whole(_ value: Double) -> Int {
        Int(max(0, value).rounded(.down))
    }

    static func text(_ value: Double?) -> String {
        value.map { "\(whole($0)) 分钟" } ?? "—"
    }
}
