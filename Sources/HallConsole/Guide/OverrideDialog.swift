import Foundation
import HallDomain
import TermUI

/// Asks for the manager who approves issuing a slip with documents missing, and why:
/// the override is recorded with both and shows in reports, so neither may be skipped.
struct OverrideDialog: Sendable, Equatable {
    enum Reply: Equatable {
        case editing
        case cancelled
        case approved(ChecklistOverride)
    }

    var missing: [String]
    var approver = TextField()
    var reason = TextField()
    var isOnReason = false

    /// Enter on the staff id moves to the reason; Enter on the reason submits once both
    /// are filled. ↑↓ and Tab move between the two.
    mutating func handle(_ key: Key) -> Reply {
        switch key {
        case .escape: return .cancelled
        case .up, .down, .tab, .backTab: isOnReason.toggle()
        case .enter where !isOnReason: isOnReason = true
        case .enter:
            let id = approver.text.trimmingCharacters(in: .whitespaces)
            let why = reason.text.trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else {
                isOnReason = false
                return .editing
            }
            guard !why.isEmpty else { return .editing }
            return .approved(ChecklistOverride(approvedBy: id, reason: why))
        default:
            if isOnReason { _ = reason.handle(key) } else { _ = approver.handle(key) }
        }
        return .editing
    }

    var view: DialogView {
        DialogView(title: "所长特批发号", rows: [
            .text("资料不全（缺 \(missing.joined(separator: "、"))），须由所长或值班经理批准并写明原因。"),
            .field(label: "批准人工号", field: approver, isFocused: !isOnReason),
            .field(label: "原因", field: reason, isFocused: isOnReason),
        ], hint: "Enter 下一项/确定  ↑↓ 切换  Esc 取消")
    }
}
