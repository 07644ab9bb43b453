/// Validation of ISO 8601 dates and datetimes as the contract accepts them:
/// `YYYY-MM-DD`, optionally followed by `T` or a space and `HH:MM[:SS[.fff]]` and a zone
/// (`Z` or `±HH:MM`).
public enum ISODate {
    /// The `YYYY-MM-DD` part of a valid date or datetime, or nil if it does not parse.
    public static func day(of string: String) -> String? {
        let scalars = Array(string.utf8)
        guard scalars.count >= 10 else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = scalars[index]
                guard byte >= 0x30 && byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard let year = digits(0..<4), scalars[4] == 0x2D, let month = digits(5..<7), scalars[7] == 0x2D,
              let day = digits(8..<10) else { return nil }
        guard (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        if scalars.count > 10 {
            guard scalars[10] == 0x54 || scalars[10] == 0x20, scalars.count >= 16,
                  let hour = digits(11..<13), scalars[13] == 0x3A, let minute = digits(14..<16),
                  hour < 24, minute < 60 else { return nil }
            var index = 16
            if index < scalars.count, scalars[index] == 0x3A {
                guard index + 3 <= scalars.count, let second = digits(index + 1..<index + 3), second < 61 else { return nil }
                index += 3
                if index < scalars.count, scalars[index] == 0x2E {
                    index += 1
                    let fractionStart = index
                    while index < scalars.count, scalars[index] >= 0x30, scalars[index] <= 0x39 { index += 1 }
                    guard index > fractionStart else { return nil }
                }
            }
            if index < scalars.count {
                if scalars[index] == 0x5A { index += 1 } else if scalars[index] == 0x2B || scalars[index] == 0x2D {
                    guard index + 6 <= scalars.count, digits(index + 1..<index + 3) != nil, scalars[index + 3] == 0x3A,
                          digits(index + 4..<index + 6) != nil else { return nil }
                    index += 6
                } else { return nil }
            }
            guard index == scalars.count else { return nil }
        }
        return String(decoding: scalars[0..<10], as: UTF8.self)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
