import HallDomain

/// One line for a command not yet done, for the batch preview. Only dispatch, push and
/// link are ever done to several orders at once; any other command is named as it is.
enum WorkOrderCommandText {
    static func text(_ command: WorkOrderCommand) -> String {
        switch command {
        case let .dispatch(order, lead, supporting, _):
            "\(order) 派给 \(lead)" + (supporting.isEmpty ? "" : "，协办 \(supporting.joined(separator: "、"))")
        case let .push(order, level, note): "\(order) \(level.chineseName)" + (note.isEmpty ? "" : "：\(note)")
        case let .link(order, other, reason): "\(order) 与 \(other) 关联（\(reason.chineseName)）"
        default: String(describing: command)
        }
    }
}
