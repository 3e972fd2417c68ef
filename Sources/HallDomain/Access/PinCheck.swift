/// What the PIN file said about a PIN typed for a member: the domain decides what follows
/// without ever seeing the PIN or its hash. `outdated`: the member's entry was made before
/// PINs were six digits and bound to their member, so it is refused whatever was typed.
public enum PinCheck: Sendable, Equatable {
    case matches, wrong, notSet, outdated
}
