/// What deciding about work orders needs beyond the hall's `Catalog`: the categories, the
/// deadlines per kind, and the working calendar to count them on.
///
/// Kept apart from `Catalog` because `Catalog` is Codable and built in many places while
/// the calendar is neither; the due instants `decide` computes with it go into the events,
/// so `evolve` and the screens never need it.
public struct WorkOrderSettings: Sendable, Equatable {
    public var calendar: WorkingCalendar
    public var categories: [WorkOrderCategory]
    public var deadlines: [WorkOrderKind: KindDeadlines]
    /// How many days after an order is closed the same customer coming back about the same
    /// category counts as a repeat (重复诉求).
    public var repeatWindowDays: Int
    public var batchRule: BatchRule
    /// Which area an address lies in, to suggest the owner at receipt (属地管理).
    public var areas: AreaRules
    /// Starting texts for departments' replies, by category.
    public var replyTemplates: ReplyTemplates
    /// When orders go up by themselves as their deadlines near and pass.
    public var escalation: EscalationRule
    /// Other names for the categories (the 95598 call centre's own), name → code, from
    /// `work-order-category-aliases.toml`; used when reading an export.
    public var categoryAliases: [String: String]
    /// How many days after a complaint's follow-up the customer is called again (二次回访);
    /// 0: no second follow-up. From `second_follow_up_days` in `work-order-rules.toml`.
    public var secondFollowUpDays: Int

    public init(calendar: WorkingCalendar, categories: [WorkOrderCategory], deadlines: [WorkOrderKind: KindDeadlines],
                repeatWindowDays: Int = 30, batchRule: BatchRule = BatchRule(), areas: AreaRules = AreaRules(),
                replyTemplates: ReplyTemplates = ReplyTemplates(), escalation: EscalationRule = EscalationRule(),
                categoryAliases: [String: String] = [:], secondFollowUpDays: Int = 0) {
        self.calendar = calendar
        self.categories = categories
        self.deadlines = deadlines
        self.repeatWindowDays = repeatWindowDays
        self.batchRule = batchRule
        self.areas = areas
        self.replyTemplates = replyTemplates
        self.escalation = escalation
        self.categoryAliases = categoryAliases
        self.secondFollowUpDays = secondFollowUpDays
    }

    /// The seeds' category with `code`, or 待归类 for its reserved code: an order may be
    /// received unclassified, never classified as unclassified.
    public func category(code: String) -> WorkOrderCategory? {
        categories.first { $0.code == code } ?? (code == WorkOrderCategory.unclassified.code ? .unclassified : nil)
    }

    /// The department whose business the order's category is (谁主管、谁处理): the lead
    /// dispatch suggests. Nil when the category names none or is no longer in the seeds.
    public func owner(of order: WorkOrder) -> String? {
        category(code: order.category)?.owner
    }
}
