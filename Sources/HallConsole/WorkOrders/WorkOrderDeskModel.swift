import HallDomain

/// What the coordinator's and the department's panes share about dialogs and results: a
/// refused command reopens the dialog it came from with everything still typed in and the
/// refusal written inside it, so a long reply is never lost to one missing part.
protocol WorkOrderDeskModel {
    var dialog: WorkOrderDialog? { get set }
    /// The dialog whose answer is being performed, until the result comes back.
    var submitted: WorkOrderDialog? { get set }
    var message: PaneMessage? { get set }
}

extension WorkOrderDeskModel {
    mutating func recordResult(_ result: ActionResult) {
        switch result {
        case .done(let records):
            message = .ok(records.map { EventDescription.text(for: $0.event) }.joined(separator: "；"))
        case .refused(let text):
            message = .error(text)
            if let submitted { dialog = submitted.withError(text) }
        }
        submitted = nil
    }
}
