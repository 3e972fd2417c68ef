extension HallCommand {
    /// What the permission matrix is asked about this command. Exhaustive on purpose: a new
    /// command does not compile until it names its action.
    public var access: Access {
        switch self {
        case .answerAtDoor: Access(.answerAtDoor)
        case .turnAway: Access(.turnAway)
        case .issueSlip(_, _, _, _, let override, _, _): Access(.issueSlip, .override(approvedBy: override?.approvedBy))
        case .markFormsPrefilled(let slip): Access(.markFormsPrefilled, .slip(slip))
        case .reprintSlip(let slip): Access(.reprintSlip, slip.map(AccessTarget.slip) ?? .hall)
        case .callNext(let counter): Access(.callNext, .counter(counter))
        // Calling a given number is still calling at one's own counter: the same grant.
        case .callSlip(let counter, _, _): Access(.callNext, .counter(counter))
        // The keypad at a counter rates for the clerk holding it, as finishing does.
        case .rateService(let counter, _, _): Access(.finishService, .counter(counter))
        case .recall(let counter): Access(.recallSlip, .counter(counter))
        case .markNoShow(let counter): Access(.markNoShow, .counter(counter))
        case .reinstate(let slip): Access(.reinstateSlip, .slip(slip))
        case .transfer(let slip, _): Access(.transferSlip, .slip(slip))
        case .startService(let counter): Access(.startService, .counter(counter))
        case .finishService(let counter): Access(.finishService, .counter(counter))
        case .openCounter(let counter): Access(.openCounter, .counter(counter))
        // Taking over after confirming is opening a counter another terminal holds: the same grant.
        case .takeOverCounter(let counter): Access(.openCounter, .counter(counter))
        case .pauseCounter(let counter, _): Access(.pauseCounter, .counter(counter))
        case .closeCounter(let counter): Access(.closeCounter, .counter(counter))
        case .queueNotices, .recordNotice: Access(.sendNotices)
        // Cancelling or importing is keeping the same book.
        case .bookAppointment, .importAppointments, .cancelAppointment: Access(.keepAppointments)
        // A check-in ends in a slip: the guide's grant to issue one.
        case .checkInAppointment: Access(.issueSlip)
        case .recordMissedAppointments: Access(.recordMissedAppointments)
        }
    }
}
