import HallDomain

/// One line of Chinese for each kind of event, as staff would say it.
public enum EventDescription {
    public static func text(for event: Event) -> String {
        switch event {
        case .logRepaired(let repair):
            "日志断尾修复：切下 \(repair.bytes) 字节（自偏移 \(repair.offset)），存于 \(repair.quarantineFile)"
        case .snapshotTaken(let snapshot):
            "写快照：截至第 \(snapshot.seq) 条记录，SHA-256 \(snapshot.sha256.prefix(12))…"
        case .batchOpened(let batch):
            "一批记录开始：其后 \(batch.records) 条一并写入"
        case .doorEnquiryAnswered(let answer):
            "门口解答：\(answer.businessType)"
        case .visitTurnedAway(let visit):
            "一次性告知：\(visit.businessType)，缺 \(visit.missingDocuments.joined(separator: "、"))"
        case .slipIssued(let slip):
            "发号 \(slip.number)：\(slip.businessType)\(slip.priority.map { "（\($0.chineseName)）" } ?? "")\(slip.override == nil ? "" : "，资料不全经所长特批")"
        case .formsPrefilled(let forms):
            "\(forms.slip) 已预填表单"
        case .slipReprinted(let reprint):
            "补打小票 \(reprint.slip)（现有两张同号小票）"
        case .slipCalled(let call):
            "\(call.counter) 号窗口叫号 \(call.slip)：\(call.reason)"
        case .slipRecalled(let recall):
            "\(recall.counter) 号窗口第 \(recall.count) 次重呼 \(recall.slip)"
        case .slipMarkedNoShow(let noShow):
            "\(noShow.slip) 过号未到（\(noShow.counter) 号窗口）"
        case .slipReinstated(let reinstated):
            "\(reinstated.slip) 恢复排队"
        case .slipTransferred(let transfer):
            "\(transfer.slip) 由 \(transfer.from) 队转到 \(transfer.to) 队"
        case .serviceStarted(let start):
            "\(start.counter) 号窗口开始办理 \(start.slip)"
        case .serviceFinished(let finish):
            "\(finish.counter) 号窗口办结 \(finish.slip)"
        case .serviceRated(let rated):
            "\(rated.slip) 的服务评价：\(rated.rating.chineseName)（\(rated.counter) 号窗口，\(rated.source.chineseName)）"
        case .counterOpened(let open):
            "\(open.counter) 号窗口开窗（\(open.clerk)）"
        case .counterPaused(let pause):
            "\(pause.counter) 号窗口暂停：\(pause.reason)"
        case .counterClosed(let close):
            "\(close.counter) 号窗口关窗"
        case .counterTakenOver(let takeOver):
            "\(takeOver.counter) 号窗口由 \(takeOver.clerk) 在终端 \(takeOver.terminal ?? "未知") 接管（原终端 \(takeOver.previousTerminal ?? "未知")）"
        case .noticeQueued(let notice):
            "提醒 \(notice.slip) 客户（\(notice.kind.chineseName)）：\(notice.text)"
        case .noticeDelivered(let notice):
            "提醒 \(notice.notice) 已交短信网关"
        case .noticeFailed(let notice):
            "提醒 \(notice.notice) 发送失败：\(notice.reason)"
        case .workOrder(let event):
            event.body.summary
        case .access(let event):
            event.summary
        case .appointment(let event):
            event.summary
        case .unrecognised(let type, let version):
            "较新版本写入的事件 \(type) v\(version)（本版本不认识，已保留）"
        }
    }
}
