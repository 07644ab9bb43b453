import CICU

/// Unicode character properties from ICU.
enum ICUCharacter {
    /// ICU's UCharCategory value (19 Pd, 20 Ps, 21 Pe, 22 Pc, 23 Po, 29 Pi, 30 Pf, …).
    static func category(_ scalar: UInt32) -> Int32 { cicu_char_type(scalar) }
}
