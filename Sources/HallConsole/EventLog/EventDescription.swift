import HallDomain

/// One line of Chinese for each kind of event, as staff would say it.
enum EventDescription {
    static func text(for event: Event) -> String {
        switch event {
        case .logRepaired(let repair):
            "日志断尾修复：切下 \(repair.bytes) 字节（自偏移 \(repair.offset)），存于 \(repair.quarantineFile)"
        case .unrecognised(let type, let version):
            "较新版本写入的事件 \(type) v\(version)（本版本不认识，已保留）"
        }
    }
}
