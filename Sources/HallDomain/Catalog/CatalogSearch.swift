import Foundation

/// Finds business types from what a guide types at the door: a code, pinyin initials or
/// part of the Chinese name. Best matches first, so Enter takes the likely one.
extension Catalog {
    /// How well a business type matched, best first.
    public enum SearchRank: Int, Sendable, Comparable {
        case exactCode, exactAlias, aliasPrefix, nameContains

        public static func < (lhs: SearchRank, rhs: SearchRank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Matches ranked exact code, exact alias, alias prefix, then name containing the
    /// query; the catalog's order within a rank. Codes and aliases ignore case.
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
        return nil
    }
}
