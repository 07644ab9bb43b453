/// URLs ("https://…", "www.…") and e-mail addresses, kept as one token each.
enum LinkDetector {
    /// A cheap pre-check on the first word segment of a white-space delimited chunk: links start
    /// with "www", or their first segment is followed by ":" (scheme), "@" or "." then more.
    @inline(__always)
    static func mayStartLink(in bytes: UnsafeBufferPointer<UInt8>, segment: Range<Int>) -> Bool {
        // ICU 72 keeps "tips@vg.no" together as one word segment: the "@" is inside it.
        if UTF8Scan.find(0x40, in: bytes, segment) != nil { return true }
        let end = segment.upperBound
        guard end < bytes.count else { return false }
        let next = bytes[end]
        if next == 0x3A || next == 0x40 { return true }
        if segment.count >= 3, bytes[segment.lowerBound] | 0x20 == 0x77, bytes[segment.lowerBound + 1] | 0x20 == 0x77,
           bytes[segment.lowerBound + 2] | 0x20 == 0x77 { return true }
        // "ola.nordmann@…" is one ICU word; look for an "@" right after a word run with dots.
        if next == 0x2E || next == 0x5F || next == 0x2D {
            var index = end
            while index < bytes.count, index - end < 64 {
                let byte = bytes[index]
                if byte == 0x40 { return true }
                if byte == 0x20 || byte == 0x0A || byte >= 0x80 { return false }
                index += 1
            }
        }
        return false
    }

    /// If a URL or e-mail address starts at `start`, its end (trailing punctuation excluded) and kind.
    static func link(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, TokenKind)? {
        let first = bytes[start]
        // Links start with an ASCII letter or digit.
        guard (first | 0x20 >= 0x61 && first | 0x20 <= 0x7A) || (first >= 0x30 && first <= 0x39) else { return nil }
        var end = start
        var at = -1
        var scheme = -1
        while end < bytes.count {
            let byte = bytes[end]
            if byte == 0x20 || byte == 0x0A || byte == 0x09 { break }
            if byte >= 0x80 {
                // Stop at non-ASCII white space and quotation marks; keep letters like "ø".
                // Step over the whole scalar: its continuation bytes are no scalars of their own.
                let (scalar, length) = UTF8Scan.scalar(bytes, at: end)
                if UTF8Scan.isSpace(scalar) || UTF8Scan.isCloser(scalar) || UTF8Scan.isOpener(scalar) { break }
                end += length
                continue
            }
            if byte == 0x40, at < 0 { at = end }
            if byte == 0x3A, scheme < 0, end + 2 < bytes.count, bytes[end + 1] == 0x2F, bytes[end + 2] == 0x2F { scheme = end }
            end += 1
        }
        // Trailing punctuation belongs to the sentence: "… på vg.no." / "(se www.nrk.no)".
        while end > start {
            let byte = bytes[end - 1]
            if byte == 0x2E || byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x21 || byte == 0x3F
                || byte == 0x29 || byte == 0x22 || byte == 0x27 { end -= 1 } else { break }
        }
        let length = end - start
        guard length >= 5 else { return nil }
        if scheme > start {
            return (end, .url)
        }
        if length > 4, bytes[start] | 0x20 == 0x77, bytes[start + 1] | 0x20 == 0x77, bytes[start + 2] | 0x20 == 0x77, bytes[start + 3] == 0x2E {
            return (end, .url)
        }
        if at > start, at + 1 < end {
            // local@domain.tld: a dot after the @, letters around it.
            var dot = false
            var index = at + 1
            while index < end { if bytes[index] == 0x2E && index + 1 < end && index > at + 1 { dot = true }; index += 1 }
            if dot { return (end, .email) }
        }
        return nil
    }
}
