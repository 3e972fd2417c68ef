import HallDomain

/// `order show` for people: the order's facts, its deadlines with why each falls due when it
/// does, the time each department held it, and its whole timeline, oldest first.
extension OrderDetail {
    var lines: [String] {
        var lines = [headline, "来源：\(sourceName)" + (hotlineNumber.map { "（95598 工单号 \($0)）" } ?? "")
                     + "  受理：\(receivedAt) \(receivedByName)"]
        lines += customerLines
        lines.append("诉求：" + (descriptionMissing ? "（\(WorkOrder.emptyDescriptionMark)，请在首次联系时向客户问明）" : description))
        if let reportedKind { lines.append(WorkOrderKind.unconfirmedText(reported: reportedKind) + "：按投诉的时限受理") }
        if let complainedAbout { lines.append("被投诉人：\(complainedAbout.text)（不得处理或答复本单）") }
        if let promise {
            lines.append("阶段回复：承诺 \(promise.dueLocal) 前再答复" + (promise.missed ? "  ！已失约" : "") + "；\(promise.note)")
        }
        lines.append(leadDepartment.map { lead in
            "派单：主办 \(lead)" + (supportingDepartments.isEmpty ? "" : "  协办 \(supportingDepartments.joined(separator: "、"))")
                + (handlerName.map { "  经办人 \($0)" } ?? "")
        } ?? "派单：未派")
        if let pendingReturn {
            lines.append("回退待确认：\(pendingReturn.department) 申请，\(pendingReturn.reason.chineseName)；\(pendingReturn.note)")
        }
        if let returnRejection { lines.append("回退被驳回：\(returnRejection)") }
        lines += relationLines
        lines.append("当前：" + (standing.map { "\($0.deadlineName) \($0.text)，\($0.due) 到期" } ?? "没有待办的时限"))
        lines += deadlineLines
        lines += outcomeLines
        if !held.isEmpty {
            lines.append("各部门持有：" + held.map { "\($0.department) \($0.text)" }.joined(separator: "、"))
        }
        lines.append("经过：")
        lines += timeline.map { "  \($0.time)  \($0.actorName)  \($0.summary)" }
        return lines
    }

    private var headline: String {
        let majorMark = major ? "  重大" + (majorAcknowledgedBy == nil ? "（未确认）" : "") : ""
        return "工单 \(number)  \(kindName)·\(categoryName)（\(category)）  \(statusName)" + majorMark
    }

    private var customerLines: [String] {
        let phone = customer.phone.map { "电话 \($0)" }, account = customer.accountNumber.map { "户号 \($0)" }
        let facts: [String?] = [customer.name, phone, account, customer.kindName, customer.tier, customer.vip ? "VIP" : nil]
        return ["客户：" + facts.compactMap { $0 }.joined(separator: "  "),
                "地址：\(customer.address)  片区 \(customer.area)  供电所 \(customer.station)（\(customer.areaTypeName)）"]
    }

    /// Repeat, links and the joint diagnosis: what else this order is tied to.
    private var relationLines: [String] {
        var lines: [String] = []
        if category == WorkOrderCategory.unclassified.code {
            lines.append("待归类：客服中心分类“\(reportedCategory ?? "")”，请用 order classify 定下分类")
        }
        if outsideStation, status == WorkOrderStatus.awaitingDispatch.rawValue {
            lines.append("非本所属地：客户属 \(customer.station)，核对后用 order return-up 退回上级派单")
        }
        if let repeatOf { lines.append("重复诉求：与 \(repeatOf) 相同") }
        if !links.isEmpty {
            lines.append("关联：" + links.map { "\($0.other)（\($0.reasonName)）" }.joined(separator: "、"))
        }
        if let jointDiagnosis {
            lines.append("联合会诊：" + (jointDiagnosis.question ?? "")
                         + (jointDiagnosis.awaiting.isEmpty ? "  各部门均已答复" : "  待答复 \(jointDiagnosis.awaiting.joined(separator: "、"))"))
            lines += jointDiagnosis.departments.map { "  \($0.department)：\($0.finding ?? "未答复")" }
        }
        return lines
    }

    private var deadlineLines: [String] {
        guard !deadlines.isEmpty else { return ["时限：此类工单不考核时限"] }
        var lines = ["时限："]
        for deadline in deadlines {
            let met = deadline.met.map { "（\($0)）" } ?? ""
            lines.append("  \(deadline.name)  \(deadline.due) 到期  \(deadline.state)\(met)")
            lines.append("    为何此时到期：" + deadline.steps.joined(separator: " → "))
            if let warning = deadline.assumptionWarning { lines.append("    ※" + warning) }
            if let today = deadline.todayWouldBe { lines.append("    ※按现行设置重算应为 \(today)，仍以受理时定下的为准") }
        }
        return lines
    }

    private var outcomeLines: [String] {
        var lines: [String] = []
        if let reply {
            lines.append("答复：\(repliedAt ?? "")  处理时间 \(reply.handledAt)  处理人 \(reply.handler)"
                         + (reply.utilityAtFault ? "  本单位有责，责任人 \(reply.responsiblePerson ?? "")" : "")
                         + (reply.faultCause.map { "  损坏原因 \($0)" } ?? ""))
            lines.append("  处理：\(reply.actions)")
            lines.append("  结果：\(reply.result)")
            lines.append("  客户反馈：\(reply.customerFeedback)")
        }
        if let satisfactionName { lines.append("回访：\(satisfactionName)") }
        if let secondFollowUpAt {
            lines.append("二次回访：已做（\(secondFollowUpAt)）")
        } else if let secondFollowUpDue, status == WorkOrderStatus.awaitingSecondFollowUp.rawValue {
            lines.append("二次回访：待做，\(secondFollowUpDue) 起可回访；做完才能办结")
        }
        if let closedAt { lines.append("办结：\(closedAt)") }
        if let responsibility {
            lines.append("定责：\(responsibility.finding.chineseName)"
                         + [responsibility.department, responsibility.person].compactMap { $0 }.map { "  " + $0 }.joined())
        }
        if pushCount > 0 || escalationName != nil {
            lines.append("催办：\(pushCount) 次" + (escalationName.map { "  已升级至\($0)" } ?? ""))
        }
        return lines
    }
}
