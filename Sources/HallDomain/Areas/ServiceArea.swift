/// One area a supply station covers (属地管理), with the street, road and village names by
/// which an address is recognised as lying in it.
public struct ServiceArea: Sendable, Equatable, Codable {
    public var name: String
    public var station: String
    public var areaType: AreaType
    public var keywords: [String]

    public init(name: String, station: String, areaType: AreaType, keywords: [String]) {
        self.name = name
        self.station = station
        self.areaType = areaType
        self.keywords = keywords
    }
}
