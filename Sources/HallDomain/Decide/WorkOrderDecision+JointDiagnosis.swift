import Foundation

/// 联合会诊: the dispatcher brings several departments onto a hard case, and each invited
/// department records what it found. Any open order may be discussed, even before dispatch,
/// because deciding who owns it is often the hard part.
extension WorkOrderDecision {
    static let openStatuses = Set(WorkOrderStatus.allCases.filter(\.isOpen))

    func inviteJointDiagnosis(_ number: String, departments: [String], question: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        try require(order, in: Self.openStatuses, to: "发起联合会诊")
        var invited: [String] = []
        for department in departments where !invited.contains(department) { invited.append(department) }
        guard !invited.isEmpty else {
            throw HallRefusal(.noDepartmentsNamed, "请至少选择一个参加会诊的部门")
        }
        for department in invited { try requireDepartment(department) }
        let again = invited.filter(order.invitedDepartments.contains)
        guard again.isEmpty else {
            throw HallRefusal(.alreadyInvited, "\(again.joined(separator: "、"))已在工单 \(number) 的会诊中，请只选择尚未邀请的部门")
        }
        try requireText(question, .questionMissing, "请写明需要各部门会诊的问题后再发起")
        return [.jointDiagnosisInvited(JointDiagnosisInvited(order: number, departments: invited, question: question))]
    }

    func recordFinding(_ number: String, finding: String) throws(HallRefusal) -> [WorkOrderEvent] {
        let order = try order(number)
        // The permission matrix lets only a handler of an invited department this far.
        let department = actor.handledDepartment ?? ""
        try require(order, in: Self.openStatuses, to: "填写会诊意见")
        try requireText(finding, .findingMissing, "会诊意见为空，请写明本部门的核查情况和意见后再提交")
        return [.jointFindingRecorded(JointFindingRecorded(order: number, department: department, finding: finding))]
    }
}
