/// One call or re-call as the hall hears it: the sentence spoken, read as `CallReading`
/// reads numbers. A re-call starts with 「再次呼叫」 so a customer who heard the first
/// knows it is the same number again, not a new one.
public struct CallAnnouncement: Sendable, Equatable {
    public var slip: String
    public var counter: Int
    public var isRecall: Bool

    public init(slip: String, counter: Int, isRecall: Bool) {
        self.slip = slip
        self.counter = counter
        self.isRecall = isRecall
    }

    /// The announcement an event makes; nil for every event that calls nobody.
    public init?(_ event: Event) {
        switch event {
        case .slipCalled(let called): self.init(slip: called.slip, counter: called.counter, isRecall: false)
        case .slipRecalled(let recalled): self.init(slip: recalled.slip, counter: recalled.counter, isRecall: true)
        default: return nil
        }
    }

    /// 「请 A 零零一 号到三号窗口办理」; a re-call prefixed 「再次呼叫，」. The same characters
    /// serve the Cantonese voice, which reads them in Cantonese.
    public var spokenText: String {
        let sentence = "请 \(CallReading.slip(slip)) 号到\(CallReading.counter(counter))号窗口办理"
        return isRecall ? "再次呼叫，" + sentence : sentence
    }

    /// What the board prints: 「请 A001 号 到 3 号窗口」; a re-call 「再次呼叫：请 A001 号 到 3 号窗口」,
    /// as the voice says it.
    public var boardText: String {
        let sentence = "请 \(slip) 号 到 \(counter) 号窗口"
        return isRecall ? "再次呼叫：" + sentence : sentence
    }
}
