/// The area an address seems to lie in, and the name in the address that says so, so the
/// receiving screen can show 「按“荷村”判断」 and staff can overrule it.
public struct AreaSuggestion: Sendable, Equatable {
    public var area: String
    public var station: String
    public var areaType: AreaType
    public var keyword: String

    public init(area: String, station: String, areaType: AreaType, keyword: String) {
        self.area = area
        self.station = station
        self.areaType = areaType
        self.keyword = keyword
    }
}
