import Foundation

/// Finds business types from what a guide types at the door: a code, pinyin initials, part
/// of the Chinese name, a word customers say for it (缴费, 户号) or its full pinyin
/// (`dianfei`). Best matches first, so Enter takes the likely one.
extension Catalog {
    /// How well a business type matched, best first.
    public enum SearchRank: Int, Sendable, Comparable {
        case exactCode, exactAlias, aliasPrefix, nameContains, exactSynonym, synonymContains, pinyinPrefix, pinyinInside

        public static func < (lhs: SearchRank, rhs: SearchRank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Matches ranked: exact code, exact alias, alias prefix, name containing the query,
    /// a synonym said exactly or containing it, then full pinyin from its first syllable or
    /// from a later one; the catalog's order within a rank. Codes, aliases and pinyin ignore
    /// case, and pinyin ignores the spaces between syllables.
    public func search(_ query: String) -> [BusinessType] {
        let wanted = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !wanted.isEmpty else { return [] }
        let ranked = businessTypes.enumerated().compactMap { index, type -> (SearchRank, Int, BusinessType)? in
            Catalog.rank(type, wanted).map { ($0, index, type) }
        }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }

    private static func rank(_ type: BusinessType, _ wanted: String) -> SearchRank? {
        let aliases = type.aliases.map { $0.lowercased() }
        if type.code.lowercased() == wanted { return .exactCode }
        if aliases.contains(wanted) { return .exactAlias }
        if aliases.contains(where: { $0.hasPrefix(wanted) }) { return .aliasPrefix }
        if type.name.contains(wanted) { return .nameContains }
        if type.synonyms.contains(wanted) { return .exactSynonym }
        if type.synonyms.contains(where: { $0.contains(wanted) }) { return .synonymContains }
        return pinyinRank(type.pinyin, wanted.filter { $0 != " " })
    }

    /// Full pinyin matches from the start of a syllable only, so `dianfei` finds 电费缴纳
    /// but `anfe` finds nothing; short queries are initials, handled by the aliases.
    private static func pinyinRank(_ spellings: [String], _ wanted: String) -> SearchRank? {
        guard wanted.count >= 3 else { return nil }
        var best: SearchRank?
        for spelling in spellings {
            let syllables = spelling.lowercased().split(separator: " ").map(String.init)
            for start in syllables.indices where syllables[start...].joined().hasPrefix(wanted) {
                let rank: SearchRank = start == 0 ? .pinyinPrefix : .pinyinInside
                if best.map({ rank < $0 }) ?? true { best = rank }
            }
        }
        return best
    }
}
