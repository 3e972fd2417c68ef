/// 诉求分类 from `seeds/work-order-categories.toml`. A `major` category (electric shock,
/// theft of power facilities, whistle-blowing, party discipline, media, reputation risk)
/// makes every order of it major: reported up at once and handled first.
public struct WorkOrderCategory: Sendable, Equatable, Codable {
    public var code: String
    public var name: String
    public var major: Bool
    /// The department whose business this is (谁主管、谁处理): dispatch suggests it as lead,
    /// and another lead needs a recorded reason. Nil where no one department owns the
    /// matter (举报, 党风廉政…): the dispatcher chooses without a reason.
    public var owner: String?
    /// 赔偿类: a reply that finds the utility at fault must say what caused the damage, and
    /// the month's report counts those causes (seed 000, 3.2: 每月对有责的损坏赔偿产生原因进行统计).
    public var compensation: Bool

    public init(code: String, name: String, major: Bool, owner: String? = nil, compensation: Bool = false) {
        self.code = code
        self.name = name
        self.major = major
        self.owner = owner
        self.compensation = compensation
    }
}

extension WorkOrderCategory {
    /// 待归类: what an imported order is filed under when the call centre's category name is
    /// neither a code, a name nor an alias of the seeds. The complaint is taken in all the
    /// same (a customer's problem never stays outside because of how it was labelled) and
    /// waits on the coordinator's desk until someone classifies it (`WorkOrderClassified`).
    /// Not in `work-order-categories.toml`: no one may choose it.
    public static let unclassified = WorkOrderCategory(code: "DGL", name: "待归类", major: false)
}
