/// `decide` refused one intake of an import: which one (its index in the intakes given)
/// and why. The caller tells whether the refusal is the row's (a receipt time in the
/// future) or the whole import's (the actor may not receive orders).
public struct ImportRefusal: Error, Sendable, Equatable {
    public var index: Int
    public var refusal: HallRefusal

    public init(index: Int, refusal: HallRefusal) {
        self.index = index
        self.refusal = refusal
    }
}
