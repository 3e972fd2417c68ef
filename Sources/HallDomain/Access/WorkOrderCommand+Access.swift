extension WorkOrderCommand {
    /// What the permission matrix is asked about this command. Exhaustive on purpose: a new
    /// command does not compile until it names its action.
    public var access: Access {
        switch self {
        case .receive: Access(.receiveOrder)
        case .dispatch(let order, _, _, _): Access(.dispatchOrder, .order(order))
        case .accept(let order): Access(.acceptOrder, .order(order))
        case .firstContact(let order, _, _): Access(.recordFirstContact, .order(order))
        case .contactFailed(let order, _): Access(.recordFirstContact, .order(order))
        case .progressNote(let order, _): Access(.recordProgress, .order(order))
        case .reply(let order, _): Access(.replyToOrder, .order(order))
        // An interim reply is the lead department answering the customer, as the final one is.
        case .interimReply(let order, _, _): Access(.replyToOrder, .order(order))
        // Who a complaint is about is part of saying what it is, as its category is.
        case .recordComplainedAbout(let order, _): Access(.classifyOrder, .order(order))
        case .review(let order, _, _): Access(.reviewReply, .order(order))
        case .followUp(let order, _, _, _): Access(.followUp, .order(order))
        case .close(let order): Access(.closeOrder, .order(order))
        case .ruleResponsibility(let order, _): Access(.ruleResponsibility, .order(order))
        case .push(let order, _, _): Access(.pushOrder, .order(order))
        case .recall(let order, _): Access(.recallOrder, .order(order))
        case .returnOrder(let order, _, _): Access(.returnOrder, .order(order))
        case .confirmReturn(let order): Access(.confirmReturn, .order(order))
        case .rejectReturn(let order, _): Access(.rejectReturn, .order(order))
        case .acknowledgeMajor(let order): Access(.acknowledgeMajor, .order(order))
        case .escalateDue: Access(.escalateByTime)
        case .acknowledgeEscalation(let order): Access(.acknowledgeEscalation, .order(order))
        case .classify(let order, _): Access(.classifyOrder, .order(order))
        case .returnToDispatcher(let order, _): Access(.returnToDispatcher, .order(order))
        case .inviteJointDiagnosis(let order, _, _): Access(.inviteJointDiagnosis, .order(order))
        case .recordFinding(let order, _): Access(.recordFinding, .order(order))
        case .link(let order, _, _): Access(.linkOrders, .order(order))
        case .openCase: Access(.openCase)
        case .addToCase(let number, _): Access(.addToCase, .improvementCase(number))
        case .recordCaseProgress(let number, _): Access(.recordCaseProgress, .improvementCase(number))
        case .finishCase(let number, _): Access(.finishCase, .improvementCase(number))
        case .dismissSuggestion: Access(.dismissSuggestion)
        }
    }
}
