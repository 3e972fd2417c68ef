/// Where a customer is (属地管理): the area, the station that owns it and the area type,
/// as staff typed them or as the station's area list reads the address. One rule for every
/// way an order comes in (`order new`, the 95598 import), so an address lands in the same
/// area whichever way it arrived.
public struct AreaPlacement: Sendable, Equatable {
    public var area: String
    public var station: String
    public var areaType: AreaType
    /// What the address says, when the list recognised a name in it; when an area was typed
    /// too and differs, the caller says so.
    public var suggestion: AreaSuggestion?
    /// True when the area came from the address rather than from what was typed.
    public var fromAddress: Bool

    public init(area: String, station: String, areaType: AreaType, suggestion: AreaSuggestion?, fromAddress: Bool) {
        self.area = area
        self.station = station
        self.areaType = areaType
        self.suggestion = suggestion
        self.fromAddress = fromAddress
    }

    /// Why no place could be settled; each caller words it for its own input.
    public enum Failure: Error, Sendable, Equatable {
        /// The typed area is not in the list and no area type was given to go with it.
        case unlistedArea(String)
        /// No area was typed and the address holds no name of the list.
        case unrecognisedAddress
    }
}

extension AreaRules {
    /// A typed `area` wins, taking station and area type from the list when the list knows
    /// it; without one, the area comes from the address. A typed `station` or `areaType`
    /// overrules the area's; an unlisted area's station is the hall's own.
    public func place(address: String, area: String?, station: String?, areaType: AreaType?,
                      hallStation: String) throws(AreaPlacement.Failure) -> AreaPlacement {
        let suggestion = suggest(address: address)
        let known: (name: String, station: String, areaType: AreaType)
        if let area {
            if let listed = areas.first(where: { $0.name == area }) {
                known = (listed.name, listed.station, listed.areaType)
            } else {
                guard let areaType else { throw .unlistedArea(area) }
                known = (area, station ?? hallStation, areaType)
            }
        } else {
            guard let suggestion else { throw .unrecognisedAddress }
            known = (suggestion.area, suggestion.station, suggestion.areaType)
        }
        return AreaPlacement(area: known.name, station: station ?? known.station, areaType: areaType ?? known.areaType,
                             suggestion: suggestion, fromAddress: area == nil)
    }
}
