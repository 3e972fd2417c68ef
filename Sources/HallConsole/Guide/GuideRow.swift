/// The rows of the guide's form that ↑↓ move over, in screen order: 居民/非居民, each
/// document of the checklist, priority, phone and the customer's consent to notices. Choosing with space or ←→ instead of a
/// letter per field is what lets every letter be search text.
enum GuideRow: Sendable, Equatable {
    case kind
    case document(String)
    case priority
    case phone
    /// 同意短信提醒: asked out loud, ticked only when the customer says yes.
    case consent

    /// The rows for a checklist, in the order the form draws them.
    static func rows(checklist: [String]) -> [GuideRow] {
        [.kind] + checklist.map(GuideRow.document) + [.priority, .phone, .consent]
    }
}
