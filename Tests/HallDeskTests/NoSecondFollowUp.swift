import Foundation

/// For a test whose subject is not the second follow-up: the hall in `data` chooses to make
/// none (`second_follow_up_days = 0` in its `work-order-rules.toml`, as any hall may), so a
/// complaint closes right after its follow-up on the machine's clock.
/// `ReplyProcessCommandTests`, the scripted day and the e2e day keep the shipped days.
func withoutSecondFollowUp(data: String) throws {
    let rules = URL(fileURLWithPath: data + "/seeds/work-order-rules.toml")
    let text = try String(contentsOf: rules, encoding: .utf8)
    let off = text.replacingOccurrences(of: #"(?m)^second_follow_up_days = \d+$"#, with: "second_follow_up_days = 0",
                                        options: .regularExpression)
    guard off != text else { throw NoDaysLine() }
    try off.write(to: rules, atomically: true, encoding: .utf8)
}

/// The seeds no longer say `second_follow_up_days = N` on a line of their own.
private struct NoDaysLine: Error {}
