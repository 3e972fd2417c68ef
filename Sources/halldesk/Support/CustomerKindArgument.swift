import ArgumentParser
import HallDomain

extension CustomerKind: ExpressibleByArgument {
    /// `residential`/`居民` or `non-residential`/`非居民`.
    public init?(argument: String) {
        switch argument {
        case "residential", "居民": self = .residential
        case "non-residential", "nonResidential", "非居民": self = .nonResidential
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["residential", "non-residential"] }
}

extension PriorityClass: ExpressibleByArgument {
    /// `green-channel`/`绿色通道` or `care`/`优先`.
    public init?(argument: String) {
        switch argument {
        case "green-channel", "greenChannel", "绿色通道": self = .greenChannel
        case "care", "优先": self = .care
        default: return nil
        }
    }

    public static var allValueStrings: [String] { ["green-channel", "care"] }
}
