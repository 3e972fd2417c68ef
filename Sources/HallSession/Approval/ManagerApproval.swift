import Foundation
import HallDomain
import HallStore

/// 所长特批 given at someone else's terminal: the manager types their id and PIN where the
/// guide stands. The pane and `halldesk slip issue --override-by` both come here, so the
/// PIN is checked, counted and locked out exactly as F4 换人 checks it (`PinFile`,
/// `decideApproved`), and the slip records who approved.
public enum ManagerApproval {
    /// Why an approval did not go through, in words for the guide; `recorded` holds the
    /// `pinRejected` record when the PIN was wrong (it is in the log, and counts).
    public struct Refusal: Error {
        public var message: String
        public var recorded: [RecordedEvent] = []
        public var engineFailure: EngineFailure?
    }

    /// Performs `command` through `engine` once `approverID`'s `pin` checks out; the command
    /// itself must name the same approver (the domain checks that they are a manager).
    public static func perform(_ command: HallCommand, approverID: String, pin: String, files: HallFiles, engine: HallEngine,
                               now: Date, bootTime: BootTime?) throws(Refusal) -> [RecordedEvent] {
        guard let approver = files.roster.member(id: approverID) else {
            throw Refusal(message: "批准人工号 \(approverID) 不在人员名单里，请核对后再输入；特批须由所长或值班经理本人输入工号和 PIN")
        }
        guard !pin.isEmpty else {
            throw Refusal(message: "特批须由 \(approver.id) 本人输入 PIN，PIN 不能为空")
        }
        let check: PinCheck
        do {
            check = try PinFile(folder: files.folder).check(pin, for: approver.id)
        } catch {
            throw Refusal(message: error.message)
        }
        let recorded: [RecordedEvent]
        do {
            recorded = try engine.perform(now: now) { state, at throws(HallRefusal) in
                try decideApproved(by: approver, check: check, state: state, now: at, bootTime: bootTime) { () throws(HallRefusal) in
                    try decide(command, state: state, catalog: engine.catalog, actor: engine.actor, now: at, terminal: engine.terminal)
                }
            }
        } catch {
            throw Refusal(message: error.message, engineFailure: error)
        }
        if case .access(.pinRejected(let rejected))? = recorded.first?.event {
            throw Refusal(message: "特批未通过：\(approver.id) 的\(rejected.message)", recorded: recorded)
        }
        return recorded
    }
}
