import HallDomain

/// The customer on `order show`: the phone whole, or masked for a viewer who need not call them.
struct OrderCustomer: Encodable {
    var name: String
    var phone: String?
    var phoneMasked: Bool
    var accountNumber: String?
    var address: String
    var area: String
    var station: String
    var areaType: String
    var areaTypeName: String
    var kind: String
    var kindName: String
    var tier: String?
    var vip: Bool

    init(_ customer: Customer, contactVisible: Bool) {
        name = customer.name
        phone = contactVisible ? customer.phone : customer.phone.map(Masking.phone)
        phoneMasked = !contactVisible && customer.phone != nil
        accountNumber = customer.accountNumber
        address = customer.address
        area = customer.area
        station = customer.station
        areaType = customer.areaType.rawValue
        areaTypeName = customer.areaType.chineseName
        kind = customer.kind.rawValue
        kindName = customer.kind.chineseName
        tier = customer.tier
        vip = customer.vip
    }
}
