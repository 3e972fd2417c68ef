import Foundation

/// Everything the hall knows of one customer, found by phone number or 户号: every work
/// order (by `Customer.isSameCustomer`'s numbers) and every visit to the hall that left a
/// phone number (a slip, a one-time notice). A caller asking 「我上次的事怎么样了」 is
/// answered from one screen (首问负责).
///
/// Visits keep their phone only in the log (`SlipIssued.phone`, never in the state), so the
/// visits are folded from records by whoever reads the log; the orders come from the book.
public struct CustomerHistory: Sendable, Equatable {
    /// What the customer is looked up by: a phone number or a 户号, compared as bare digits,
    /// whole (a history is about one customer; the `/` filter is the place for a few digits).
    public struct Key: Sendable, Equatable {
        public var phone: String?
        public var accountNumber: String?

        public init(phone: String? = nil, accountNumber: String? = nil) {
            self.phone = Self.digits(phone)
            self.accountNumber = Self.digits(accountNumber)
        }

        /// Nil when neither number has a digit: nothing to look up by.
        public var isEmpty: Bool { phone == nil && accountNumber == nil }

        static func digits(_ text: String?) -> String? {
            guard let digits = text?.filter(\.isNumber), !digits.isEmpty else { return nil }
            return digits
        }

        public func matches(_ customer: Customer) -> Bool {
            (phone != nil && phone == Self.digits(customer.phone))
                || (accountNumber != nil && accountNumber == Self.digits(customer.accountNumber))
        }

        public func matches(phone other: String?) -> Bool {
            phone != nil && phone == Self.digits(other)
        }
    }

    /// A visit to the hall that gave this phone number.
    public struct Visit: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case slip, turnedAway

            public var chineseName: String { self == .slip ? "取号" : "一次性告知" }
        }

        public var time: Date
        public var kind: Kind
        public var businessType: String
        /// The slip's number, for a slip.
        public var slip: String?
        /// What the customer was told to bring, for a one-time notice.
        public var missingDocuments: [String]

        public init(time: Date, kind: Kind, businessType: String, slip: String? = nil, missingDocuments: [String] = []) {
            self.time = time
            self.kind = kind
            self.businessType = businessType
            self.slip = slip
            self.missingDocuments = missingDocuments
        }

        /// The visit `event` records, if it is one and gave `key`'s phone.
        public static func of(_ event: Event, at time: Date, key: Key) -> Visit? {
            switch event {
            case .slipIssued(let slip) where key.matches(phone: slip.phone):
                Visit(time: time, kind: .slip, businessType: slip.businessType, slip: slip.number)
            case .visitTurnedAway(let visit) where key.matches(phone: visit.phone):
                Visit(time: time, kind: .turnedAway, businessType: visit.businessType, missingDocuments: visit.missingDocuments)
            default:
                nil
            }
        }
    }

    public var key: Key
    /// Oldest first.
    public var orders: [WorkOrder]
    /// Oldest first.
    public var visits: [Visit]

    /// The customer's orders in `book` (those in `sight` only) and the visits given.
    public init(key: Key, book: WorkOrderBook, sight: OrderSight, visits: [Visit] = []) {
        self.key = key
        orders = sight.visible(book.orders.filter { key.matches($0.customer) }).sorted { $0.receivedAt < $1.receivedAt }
        self.visits = visits.sorted { $0.time < $1.time }
    }

    /// The customer's name as the latest order has it, for a heading.
    public var name: String? { orders.last?.customer.name }
}
