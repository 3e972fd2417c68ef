import Foundation
import HallDomain
import HallSession

extension Acting {
    /// Performs `command` as 所长特批 by `approverID`, whose PIN is read here (never echoed;
    /// a script passes it on standard input): `slip issue --override-by` and
    /// `appointment check-in --override-by` check it as the guide's F9 does, through
    /// `ManagerApproval`, so a wrong PIN counts towards the same lockout as F4 换人.
    func perform(_ command: HallCommand, approvedBy approverID: String) throws -> [RecordedEvent] {
        let pin = try PinPrompt.read("批准人 \(approverID) 的 PIN：")
        defer { engine.settleAutoSnapshot(wait: true) }
        do {
            return try ManagerApproval.perform(command, approverID: approverID, pin: pin, files: files,
                                               engine: engine, now: now, bootTime: BootClock.now())
        } catch {
            if let failure = error.engineFailure { throw fail(failure) }
            throw fail(error.message)
        }
    }
}
