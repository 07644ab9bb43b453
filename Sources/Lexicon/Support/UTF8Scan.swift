import CICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small helpers for walking UTF-8 bytes scalar by scalar, and Unicode character classes
/// with ASCII fast paths (ICU for the rest).
enum UTF8Scan {
    /// The index of the first `byte` in `bytes[range]`, or nil (vectorised memchr).
    @inline(__always)
    static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = bytes.baseAddress else { return nil }
        guard let found = memchr(base + range.lowerBound, Int32(byte), range.count) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Decodes the scalar starting at `index` (which must be a scalar start).
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let first = UInt32(bytes[index])
        if first < 0x80 { return (first, 1) }
        if first < 0xE0, index + 1 < bytes.count {
            return (((first & 0x1F) << 6) | (UInt32(bytes[index + 1]) & 0x3F), 2)
        }
        if first < 0xF0, index + 2 < bytes.count {
            return (((first & 0x0F) << 12) | ((UInt32(bytes[index + 1]) & 0x3F) << 6) | (UInt32(bytes[index + 2]) & 0x3F), 3)
        }
        if index + 3 < bytes.count {
            return (((first & 0x07) << 18) | ((UInt32(bytes[index + 1]) & 0x3F) << 12)
                | ((UInt32(bytes[index + 2]) & 0x3F) << 6) | (UInt32(bytes[index + 3]) & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }

    /// The start of the scalar that ends just before `index`.
    @inline(__always)
    static func previousStart(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Int {
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    /// Appends the UTF-8 encoding of `scalar`.
    @inline(__always)
    static func append(_ scalar: UInt32, to out: inout ContiguousArray<UInt8>) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (scalar >> 6)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (scalar >> 12)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (scalar >> 18)))
            out.append(UInt8(0x80 | ((scalar >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((scalar >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (scalar & 0x3F)))
        }
    }

    @inline(__always)
    static func isSpace(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar == 0x20 || (scalar >= 0x09 && scalar <= 0x0D) }
        return scalar == 0xA0 || cicu_is_space(scalar) != 0
    }

    @inline(__always)
    static func isUpper(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x41 && scalar <= 0x5A }
        return cicu_is_upper(scalar) != 0
    }

    @inline(__always)
    static func isLower(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return scalar >= 0x61 && scalar <= 0x7A }
        return cicu_is_lower(scalar) != 0
    }

    @inline(__always)
    static func isLetter(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 { return (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A }
        return cicu_is_alpha(scalar) != 0
    }

    @inline(__always)
    static func isDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }

    /// A dash that opens direct speech: en dash, em dash, minus sign (hyphen-minus is checked
    /// separately, since it needs a following space).
    @inline(__always)
    static func isQuoteDash(_ scalar: UInt32) -> Bool { scalar == 0x2013 || scalar == 0x2014 || scalar == 0x2212 }

    /// Closing quotation marks and brackets that may follow sentence-final punctuation.
    @inline(__always)
    static func isCloser(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x27, 0x29, 0x5D, 0xBB, 0x2019, 0x201D, 0x203A, 0xAB, 0x201C: return true
        default: return false
        }
    }

    /// Opening quotation marks and brackets that may precede a word.
    @inline(__always)
    static func isOpener(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x22, 0x27, 0x28, 0x5B, 0xAB, 0xBB, 0x2018, 0x201C, 0x201E, 0x2039: return true
        default: return false
        }
    }

    @inline(__always)
    static func isSentenceFinal(_ scalar: UInt32) -> Bool {
        scalar == 0x2E || scalar == 0x21 || scalar == 0x3F || scalar == 0x2026
    }
}
