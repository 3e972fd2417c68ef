/// A queue of the hall, named by the letter its slip numbers start with.
public struct QueueDefinition: Sendable, Equatable, Codable {
    /// One capital letter, `A`–`Z`.
    public var letter: String
    public var name: String

    public init(letter: String, name: String) {
        self.letter = letter
        self.name = name
    }
}
