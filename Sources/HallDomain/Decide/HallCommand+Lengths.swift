extension HallCommand {
    /// Every text the command carries, with the limit it must meet (see `FieldLimit`).
    var limitedFields: [(FieldLimit, String?)] {
        switch self {
        case let .answerAtDoor(businessType, _):
            return [(.businessType, businessType)]
        case let .turnAway(businessType, _, presented, phone):
            return [(.businessType, businessType), (.phone, phone)] + presented.map { (.document, $0) }
        case let .issueSlip(businessType, _, presented, _, override, phone, _):
            return [(.businessType, businessType), (.phone, phone), (.staffID, override?.approvedBy), (.reason, override?.reason)]
                + presented.map { (.document, $0) }
        case let .markFormsPrefilled(slip), let .reinstate(slip):
            return [(.slip, slip)]
        case let .reprintSlip(slip):
            return [(.slip, slip)]
        case let .transfer(slip, toQueue):
            return [(.slip, slip), (.queue, toQueue)]
        case let .pauseCounter(_, reason):
            return [(.reason, reason)]
        case let .callSlip(_, slip, reason):
            return [(.slip, slip), (.reason, reason)]
        case let .recordNotice(_, .failed(_, reason)):
            return [(.reason, reason)]
        case let .bookAppointment(request):
            return request.limitedFields
        case let .importAppointments(requests):
            return requests.flatMap(\.limitedFields)
        case let .cancelAppointment(_, reason):
            return [(.reason, reason)]
        case let .checkInAppointment(_, _, presented, override):
            return [(.staffID, override?.approvedBy), (.reason, override?.reason)] + presented.map { (.document, $0) }
        case .recordMissedAppointments, .queueNotices, .recordNotice,
             .rateService, .callNext, .recall, .markNoShow, .startService, .finishService, .openCounter, .takeOverCounter, .closeCounter:
            return []
        }
    }
}

extension AppointmentRequest {
    var limitedFields: [(FieldLimit, String?)] {
        [(.businessType, businessType), (.phone, phone), (.customerName, name)]
    }
}
