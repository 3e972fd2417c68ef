/// One kind of business a customer comes to the hall for (电费缴纳, 居民新装…), with what
/// the guide checks at the door and what the queue needs to know.
public struct BusinessType: Sendable, Equatable, Codable {
    /// A short code staff type to find it (`XZ`), unique in the catalog.
    public var code: String
    public var name: String
    /// The letter of the queue its slips go into (`A`).
    public var queue: String
    /// Pinyin initials and other short names (`xz`, `jmxz`) for fast search at the door.
    public var aliases: [String]
    /// The words customers and staff say for it (缴费, 交电费, 电费单…): found by what people
    /// say rather than by the catalog's own name. A word may find several businesses.
    public var synonyms: [String]
    /// Full pinyin of the name and of each synonym, syllables apart (`dian fei jiao na`),
    /// kept in the seeds because no pinyin library is at hand: `dianfei` or `jiaofei` finds it.
    public var pinyin: [String]
    /// Documents the customer must show, per kind of customer. An empty list means none.
    public var documents: [CustomerKind: [String]]
    /// Forms that can be filled in while waiting.
    public var forms: [String]
    /// Typical minutes at the counter, the wait estimate's starting point until the day
    /// has finished services of this type to learn from.
    public var serviceMinutes: Double
    /// Whether the guide can usually answer it in a minute at the door, without a slip.
    public var answerableAtDoor: Bool

    public init(code: String, name: String, queue: String, aliases: [String], synonyms: [String] = [], pinyin: [String] = [],
                documents: [CustomerKind: [String]], forms: [String], serviceMinutes: Double, answerableAtDoor: Bool) {
        self.code = code
        self.name = name
        self.queue = queue
        self.aliases = aliases
        self.synonyms = synonyms
        self.pinyin = pinyin
        self.documents = documents
        self.forms = forms
        self.serviceMinutes = serviceMinutes
        self.answerableAtDoor = answerableAtDoor
    }

    /// The checklist for a kind of customer.
    public func checklist(for kind: CustomerKind) -> [String] {
        documents[kind] ?? []
    }
}
