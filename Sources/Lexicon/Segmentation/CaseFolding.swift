import CICU

/// Case folding of token bytes into a reusable buffer: ASCII and Latin-1 (æøå) inline, ICU's
/// simple case folding for everything else, and NFC first when the token has combining marks
/// (so decomposed "å" folds to the same form as precomposed "å").
enum CaseFolding {
    /// Writes the folded form of `bytes` into `out` (cleared first).
    ///
    /// - Complexity: O(n); allocation-free once `out` has grown.
    @inline(__always)
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ContiguousArray<UInt8>) {
        out.removeAll(keepingCapacity: true)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                index += 1
                continue
            }
            if byte == 0xCC || byte == 0xCD || byte == 0xE1 {
                // Combining diacritics (U+0300–U+036F) or extended blocks: normalise the token.
                if needsNormalisation(bytes) {
                    foldNormalised(bytes, into: &out)
                    return
                }
            }
            if byte == 0xC3, index + 1 < count {
                let second = bytes[index + 1]
                // U+00C0…U+00DE, except U+00D7 (×): upper case Latin-1 letters → +0x20.
                if second >= 0x80 && second <= 0x9E && second != 0x97 {
                    out.append(0xC3)
                    out.append(second + 0x20)
                } else {
                    out.append(0xC3)
                    out.append(second)
                }
                index += 2
                continue
            }
            let (scalar, length) = UTF8Scan.scalar(bytes, at: index)
            UTF8Scan.append(foldScalar(scalar), to: &out)
            index += length
        }
    }

    @inline(__always)
    static func foldScalar(_ scalar: UInt32) -> UInt32 {
        switch scalar {
        case 0x2019, 0x2018: return 0x27 // typographic apostrophes fold to '
        case 0x2010, 0x2011: return 0x2D // Unicode hyphens fold to -
        default: return cicu_fold_case(scalar)
        }
    }

    static func needsNormalisation(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        cicu_is_nfc(bytes.baseAddress, Int64(bytes.count)) == 0
    }

    /// `bytes` in Unicode normalisation form C, or nil when ICU cannot normalise them.
    static func normalised(_ bytes: UnsafeBufferPointer<UInt8>) -> ContiguousArray<UInt8>? {
        var normal = ContiguousArray<UInt8>(repeating: 0, count: bytes.count * 3 + 8)
        let length = normal.withUnsafeMutableBufferPointer {
            cicu_nfc(bytes.baseAddress, Int64(bytes.count), $0.baseAddress, Int64($0.count))
        }
        guard length >= 0, Int(length) <= normal.count else { return nil }
        normal.removeLast(normal.count - Int(length))
        return normal
    }

    static func foldNormalised(_ bytes: UnsafeBufferPointer<UInt8>, into out: inout ContiguousArray<UInt8>) {
        guard let normal = normalised(bytes) else {
            out.removeAll(keepingCapacity: true)
            out.append(contentsOf: bytes)
            return
        }
        normal.withUnsafeBufferPointer { normalised in
            out.removeAll(keepingCapacity: true)
            var index = 0
            while index < normalised.count {
                let (scalar, length) = UTF8Scan.scalar(normalised, at: index)
                UTF8Scan.append(foldScalar(scalar), to: &out)
                index += length
            }
        }
    }

    /// `string` in Unicode normalisation form C (precomposed "ö"), unchanged when it already is.
    static func nfc(_ string: String) -> String {
        var copy = string
        return copy.withUTF8 { bytes -> String in
            guard needsNormalisation(bytes), let normal = normalised(bytes) else { return string }
            return String(decoding: normal, as: UTF8.self)
        }
    }

    /// The folded form of a `String` (for lexicon entries and tests).
    static func fold(_ string: String) -> String {
        var copy = string
        var out = ContiguousArray<UInt8>()
        copy.withUTF8 { fold($0, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }
}

extension String {
    /// The Stance-folded form (NFC, simple case folding, typographic apostrophes and hyphens unified).
    public var stanceFolded: String { CaseFolding.fold(self) }
}
