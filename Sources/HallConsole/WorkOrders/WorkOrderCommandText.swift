import HallDomain

/// One line for a command not yet done, for the batch preview.
enum WorkOrderCommandText {
    static func text(_ command: WorkOrderCommand) -> String {
        switch command {
        case let .dispatch(order, lead, supporting):
            "\(order) 派给 \(lead)" + (supporting.isEmpty ? "" : "，协办 \(supporting.joined(separator: "、"))")
        case let .push(order, level, note): "\(order) \(level.chineseName)" + (note.isEmpty ? "" : "：\(note)")
        case .acknowledgeMajor(let order): "\(order) 确认重大工单"
        case .close(let order): "\(order) 办结"
        case .confirmReturn(let order): "\(order) 确认回退"
        case let .recall(order, reason): "\(order) 撤回" + (reason.map { "：\($0)" } ?? "")
        default: String(describing: command)
        }
    }
}
