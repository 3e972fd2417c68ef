import Foundation

/// The customer a work order is about, as told when it was received. `area` and `station`
/// decide who owns the order (属地管理); `areaType` decides the repair arrival deadline.
public struct Customer: Sendable, Equatable, Codable {
    public var name: String
    public var phone: String?
    public var accountNumber: String?
    public var address: String
    public var area: String
    public var station: String
    public var areaType: AreaType
    public var kind: CustomerKind
    /// The customer's service tier where the utility grades customers (e.g. 重要客户); free text.
    public var tier: String?
    /// VIP customers go through the green channel: the screens put them first.
    public var vip: Bool

    /// Whether this is the same customer as `other`, by a non-empty account number or phone
    /// both gave: names and addresses are typed too loosely to match on.
    public func isSameCustomer(as other: Customer) -> Bool {
        func same(_ a: String?, _ b: String?) -> Bool {
            guard let a = a?.trimmingCharacters(in: .whitespaces), !a.isEmpty else { return false }
            return a == b?.trimmingCharacters(in: .whitespaces)
        }
        return same(accountNumber, other.accountNumber) || same(phone, other.phone)
    }

    public init(name: String, phone: String?, accountNumber: String?, address: String, area: String, station: String,
                areaType: AreaType, kind: CustomerKind, tier: String? = nil, vip: Bool = false) {
        self.name = name
        self.phone = phone
        self.accountNumber = accountNumber
        self.address = address
        self.area = area
        self.station = station
        self.areaType = areaType
        self.kind = kind
        self.tier = tier
        self.vip = vip
    }
}
