extension WorkOrderCommand {
    /// Every text the command carries, with the limit it must meet (see `FieldLimit`).
    var limitedFields: [(FieldLimit, String?)] {
        switch self {
        case .receive(let intake):
            let customer = intake.customer
            return [(.hotlineNumber, intake.hotlineNumber), (.category, intake.category), (.customerName, customer.name),
                    (.phone, customer.phone), (.accountNumber, customer.accountNumber), (.address, customer.address),
                    (.area, customer.area), (.station, customer.station), (.tier, customer.tier), (.description, intake.description)]
        case let .dispatch(order, lead, supporting, reason):
            return [(.order, order), (.department, lead), (.reason, reason)] + supporting.map { (.department, $0) }
        case .accept(let order), .close(let order), .confirmReturn(let order), .acknowledgeMajor(let order),
             .acknowledgeEscalation(let order):
            return [(.order, order)]
        case .escalateDue:
            return []
        case let .classify(order, category):
            return [(.order, order), (.category, category)]
        case let .firstContact(order, _, note), let .progressNote(order, note), let .followUp(order, _, note, _),
             let .push(order, _, note), let .returnOrder(order, _, note), let .returnToDispatcher(order, note):
            return [(.order, order), (.note, note)]
        case let .reply(order, reply):
            return [(.order, order), (.handledAt, reply.handledAt), (.handler, reply.handler), (.replyActions, reply.actions),
                    (.replyResult, reply.result), (.customerFeedback, reply.customerFeedback),
                    (.responsiblePerson, reply.responsiblePerson), (.faultCause, reply.faultCause)]
        case let .interimReply(order, promisedAt, note):
            return [(.order, order), (.promisedAt, promisedAt), (.note, note)]
        case let .recordComplainedAbout(order, person):
            return [(.order, order), (.complainedAbout, person)]
        case let .contactFailed(order, reason):
            return [(.order, order), (.reason, reason)]
        case let .review(order, _, reason), let .recall(order, reason):
            return [(.order, order), (.reason, reason)]
        case let .rejectReturn(order, reason):
            return [(.order, order), (.reason, reason)]
        case let .ruleResponsibility(order, ruling):
            return [(.order, order), (.responsibleDepartment, ruling.department), (.responsiblePerson, ruling.person)]
        case let .inviteJointDiagnosis(order, departments, question):
            return [(.order, order), (.question, question)] + departments.map { (.department, $0) }
        case let .recordFinding(order, finding):
            return [(.order, order), (.finding, finding)]
        case let .link(order, other, _):
            return [(.order, order), (.order, other)]
        case .openCase(let draft):
            return [(.rootCause, draft.rootCause), (.improvementAction, draft.action), (.department, draft.ownerDepartment),
                    (.dueDay, draft.dueDay)] + draft.orders.map { (.order, $0) }
        case let .addToCase(number, orders):
            return [(.improvementCase, number)] + orders.map { (.order, $0) }
        case let .recordCaseProgress(number, note):
            return [(.improvementCase, number), (.note, note)]
        case let .finishCase(number, outcome):
            return [(.improvementCase, number), (.outcome, outcome)]
        case let .dismissSuggestion(key, reason):
            return [(.suggestion, key), (.reason, reason)]
        }
    }
}
