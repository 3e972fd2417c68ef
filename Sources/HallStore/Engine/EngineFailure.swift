import HallDomain

/// Why a command did not become events, in words the person at the terminal can act on.
public enum EngineFailure: Error, Sendable, Equatable {
    /// The rules said no; the refusal says what to do instead.
    case refused(HallRefusal)
    /// The log could not take the events (disk full, read-only…); nothing was written.
    case log(LogFailure)
    /// The log is damaged; this terminal only reads until someone looks at it.
    case logAlarm(String)
    /// Lost the race `HallEngine.maximumAttempts` times in a row.
    case tooBusy

    public var message: String {
        switch self {
        case .refused(let refusal): refusal.message
        case .log(let failure): failure.message
        case .logAlarm(let alarm): "日志有问题，暂不能写入：\(alarm)"
        case .tooBusy: "其他终端正在连续写入，本次操作未能完成，什么也没有写。请稍后再试。"
        }
    }
}
