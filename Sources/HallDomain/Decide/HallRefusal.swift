/// Why `decide` would not do what was asked, with a message a member of staff can act on.
///
/// `code` is stable for scripts and tests; `message` is Chinese, says what is wrong and
/// what to do instead, and names no customer (it may be shown on any screen).
public struct HallRefusal: Error, Sendable, Equatable {
    public enum Code: String, Sendable, Equatable, CaseIterable {
        case unknownTimeZone, clockBehindLog, clockAheadOfMachine
        case unknownBusinessType, unknownQueue, unknownCounter, unknownSlip
        case notOfferedToCustomerKind
        case nothingMissing, documentsMissing, overrideNotByManager, overrideWithoutReason, overrideNotNeeded
        case slipNumbersExhausted
        case formsAlreadyPrefilled, slipNotActive, nothingToReprint
        case counterClosed, counterPaused, counterAlreadyOpen, counterHeldByOther, counterOnOtherTerminal
        case slipInHand, noSlipInHand, slipAlreadyServing, nothingWaiting
        case recallLimitReached
        case notANoShow, reinstateWindowPassed
        case sameQueue
        case slipNotWaiting, slipNotInCounterQueues, outOfTurnWithoutReason
        case nothingToRate, alreadyRated
        case pauseWithoutReason
        case noticeWithoutPhone, unknownNotice, noticeAlreadyDelivered
        case unknownWorkOrder, unknownCategory, unknownDepartment, workOrderWrongStatus
        case descriptionMissing, noteMissing, replyIncomplete, reasonMissing, dispatchReasonMissing
        case returnPending, noReturnPending, notAwaitingAcknowledgement, rulingIncomplete, alreadyRuled
        case duplicateHotlineNumber, receivedInFuture
        case notAwaitingClassification, awaitingClassification, notOutsideStation
        case noDepartmentsNamed, alreadyInvited, questionMissing, findingMissing
        case linkToItself, alreadyLinked
        case unknownImprovementCase, improvementCaseDone, rootCauseMissing, improvementActionMissing, caseOrdersMissing
        case orderAlreadyInCase, dueDayInvalid, unknownSuggestion
        case tooLong
        case promiseTimeInvalid, notAComplaint, complainedAboutMissing, complainedAboutActs
        /// The process a reply and a follow-up follow (联系在先, 处理时间, 二次回访).
        case contactNotRecorded, handledAtInvalid, secondFollowUpNotDue
        /// The permission matrix refuses the actor this action (or this target); `denied` says which.
        case notPermitted
        case pinLockedOut, pinNotSet, pinOutdated
        /// The appointment book (预约).
        case unknownAppointment, appointmentNotBooked, appointmentSlotInvalid, appointmentSlotFull, appointmentInPast
        case appointmentDetailsMissing, appointmentDuplicate, appointmentOutsideWindow, appointmentPriorityOnlyByCheckIn
        case nothingToImport
    }

    public var code: Code
    public var message: String
    /// The action the permission matrix refused, set only with `.notPermitted`: the engine
    /// logs such a refusal as an `actionDenied` event.
    public var denied: Action?

    public init(_ code: Code, _ message: String, denied: Action? = nil) {
        self.code = code
        self.message = message
        self.denied = denied
    }
}
