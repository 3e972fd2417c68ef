import ArgumentParser
import HallDomain

/// Finds the one business type a script or a guide means, by code, alias or name.
enum BusinessLookup {
    static func find(_ text: String, in catalog: Catalog) throws -> BusinessType {
        let found = catalog.search(text)
        if let exact = found.first(where: { $0.code.caseInsensitiveCompare(text) == .orderedSame || $0.name == text }) {
            return exact
        }
        guard let first = found.first else {
            throw fail("没有找到业务「\(ArgumentQuote.short(text))」。可用 halldesk queue status 看队列，或换个代码、简拼、中文名。")
        }
        guard found.count == 1 else {
            throw fail("「\(ArgumentQuote.short(text))」对应多项业务：\(found.prefix(8).map { "\($0.code) \($0.name)" }.joined(separator: "、"))。请写代码。")
        }
        return first
    }
}
