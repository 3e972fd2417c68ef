/// What the PIN file said about a PIN typed for a member: the domain decides what follows
/// without ever seeing the PIN or its hash.
public enum PinCheck: Sendable, Equatable {
    case matches, wrong, notSet
}
