/// URLs ("https://…", "www.…") and e-mail addresses, kept as one token each.
enum LinkDetector {
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
                let scalar = UTF8Scan.scalar(bytes, at: end).value
                if UTF8Scan.isSpace(scalar) || UTF8Scan.isCloser(scalar) || UTF8Scan.isOpener(scalar) { break }
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
