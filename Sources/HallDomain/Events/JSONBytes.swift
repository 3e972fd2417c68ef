/// The bytes of JSON's syntax by name, for the two readers of bodies that work on bytes:
/// `BodyJSON` (every body checked and read) and `BodyReader` (the commonest read by hand).
extension UInt8 {
    static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), slash = UInt8(ascii: "/")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    static let colon = UInt8(ascii: ":"), comma = UInt8(ascii: ","), dot = UInt8(ascii: ".")
    static let minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+")
    static let zero = UInt8(ascii: "0"), nine = UInt8(ascii: "9")
    static let space = UInt8(ascii: " "), newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r"), tab = UInt8(ascii: "\t")
    static let b = UInt8(ascii: "b"), e = UInt8(ascii: "e"), capitalE = UInt8(ascii: "E"), f = UInt8(ascii: "f")
    static let n = UInt8(ascii: "n"), r = UInt8(ascii: "r"), t = UInt8(ascii: "t"), u = UInt8(ascii: "u")
}
