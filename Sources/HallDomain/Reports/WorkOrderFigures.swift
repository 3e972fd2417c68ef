/// The work-order side of a period's report: how many problems, of which kinds, how
/// serious, where, who kept the deadlines, where orders bounced, how customers felt,
/// who was at fault, and which categories grew.
public struct WorkOrderFigures: Sendable, Equatable, Codable {
    /// Orders received in the period (an imported 95598 order counts when the call
    /// centre took it in, not when it was imported).
    public var received: Int
    public var byKind: [CountRow]
    /// By the category's name as recorded at receipt (its code for older logs).
    public var byCategory: [CountRow]
    public var bySource: [CountRow]
    public var byArea: [CountRow]
    /// By the lead department holding the order at the end of the period; 未派单 if none.
    public var byLeadDepartment: [CountRow]
    public var major: Int
    /// Received orders that repeat an earlier closed one (重复诉求).
    public var repeats: Int
    public var repeatsByCategory: [CountRow]
    public var firstContact: [DeadlineFigures]
    public var reply: [DeadlineFigures]
    public var returns: [ReturnFigures]
    /// Follow-up calls made in the period, by answer, in the order 满意, 基本满意, 不满意.
    public var satisfaction: [CountRow]
    public var rulings: [RulingFigures]
    /// Escalations recorded in the period, one entry per level, lowest first.
    public var escalations: [EscalationFigures]
    /// Against the previous period; empty when none was given.
    public var categoryChanges: [CategoryChange]
    /// Up to three categories that grew the most (by count), biggest first.
    public var fastestGrowing: [String]
    /// Of `received`, the orders imported after the period had ended (补录): counted here
    /// by their 受理时间, missing from any report of the period run before they came.
    public var lateImports: Int
    /// 有责损坏赔偿 whose reply was accepted in the period, by the cause the reply named (seed
    /// 000, 3.2: counted month by month as the basis of assessment), most first.
    public var compensationCauses: [CountRow]

    public init(received: Int, byKind: [CountRow], byCategory: [CountRow], bySource: [CountRow], byArea: [CountRow],
                byLeadDepartment: [CountRow], major: Int, repeats: Int, repeatsByCategory: [CountRow],
                firstContact: [DeadlineFigures], reply: [DeadlineFigures], returns: [ReturnFigures],
                satisfaction: [CountRow], rulings: [RulingFigures], categoryChanges: [CategoryChange],
                escalations: [EscalationFigures] = [], lateImports: Int = 0, compensationCauses: [CountRow] = []) {
        self.received = received
        self.byKind = byKind
        self.byCategory = byCategory
        self.bySource = bySource
        self.byArea = byArea
        self.byLeadDepartment = byLeadDepartment
        self.major = major
        self.repeats = repeats
        self.repeatsByCategory = repeatsByCategory
        self.firstContact = firstContact
        self.reply = reply
        self.returns = returns
        self.satisfaction = satisfaction
        self.rulings = rulings
        self.escalations = escalations
        self.categoryChanges = categoryChanges
        self.lateImports = lateImports
        self.compensationCauses = compensationCauses
        fastestGrowing = categoryChanges.filter { $0.change > 0 }.prefix(3).map(\.category)
    }
}
