/// The station's areas from `seeds/areas.toml`, used to suggest who owns an order from the
/// address typed in. Only a suggestion: addresses are written loosely, so staff confirm it.
public struct AreaRules: Sendable, Equatable {
    public var areas: [ServiceArea]

    public init(areas: [ServiceArea] = []) {
        self.areas = areas
    }

    /// The area whose keyword appears in `address`, the longest keyword winning so that
    /// 「荷村工业区」 beats 「荷村」; on a tie, the area listed first. Blanks in the address
    /// are ignored, as people type 「荷村 东街」 and 「荷村东街」 alike.
    public func suggest(address: String) -> AreaSuggestion? {
        let compact = address.filter { !$0.isWhitespace }
        var best: AreaSuggestion?
        for area in areas {
            for keyword in area.keywords where compact.contains(keyword) && keyword.count > (best?.keyword.count ?? 0) {
                best = AreaSuggestion(area: area.name, station: area.station, areaType: area.areaType, keyword: keyword)
            }
        }
        return best
    }
}
