extension PeriodReportFold {
    /// The event types a report reads; a reader need not decode any other record, only
    /// pass it on as unrecognised so the count of events read stays whole.
    public static let types: Set<String> = [
        DoorEnquiryAnswered.type, VisitTurnedAway.type, SlipIssued.type, SlipCalled.type, SlipMarkedNoShow.type,
        SlipReinstated.type, SlipTransferred.type, ServiceStarted.type, ServiceFinished.type, ServiceRated.type,
        WorkOrderReceived.type, WorkOrderDispatched.type, WorkOrderRecalled.type, WorkOrderReturnRequested.type,
        WorkOrderReturnConfirmed.type, WorkOrderContacted.type, WorkOrderReplied.type, WorkOrderReviewed.type,
        WorkOrderFollowedUp.type, ResponsibilityRuled.type, WorkOrderClosed.type, WorkOrdersLinked.type,
        ImprovementCaseOpened.type, ImprovementCaseOrdersAdded.type, ImprovementProgressRecorded.type, ImprovementCaseDone.type,
        CaseSuggestionDismissed.type,
    ]

    /// The types a report may read even when recorded after the period's end: an imported
    /// order counts in the month of its 受理时间 whenever it was imported.
    public static let lateTypes: Set<String> = [WorkOrderReceived.type]
}
