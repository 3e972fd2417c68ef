/// 诉求分类 from `seeds/work-order-categories.toml`. A `major` category (electric shock,
/// theft of power facilities, whistle-blowing, party discipline, media, reputation risk)
/// makes every order of it major: reported up at once and handled first.
public struct WorkOrderCategory: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var major: Bool

    public init(code: String, name: String, major: Bool) {
        self.code = code
        self.name = name
        self.major = major
    }
}
