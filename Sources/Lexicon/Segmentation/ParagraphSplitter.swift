/// Finds paragraphs in a text.
///
/// Rules, in order:
/// - blank lines separate blocks;
/// - a line that starts with a quote dash (U+2013, U+2014, U+2212, or "-" and a space) always
///   starts a new paragraph, and so does a caption label ("HENSTILLING: …");
/// - inside a block, a file written one paragraph per line keeps each line as a paragraph, while a
///   hard-wrapped block (most lines end mid-sentence and are of similar length) is joined, with a
///   paragraph break after a line much shorter than the wrap width.
struct ParagraphSplitter {
    struct Line {
        var range: Range<Int>       // without trailing whitespace
        var isBlank: Bool
    }

    /// Paragraph ranges (trimmed) and kinds.
    static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        var block: [Line] = []
        var lineStart = 0
        var index = 0
        let count = bytes.count
        func flush() {
            if !block.isEmpty { splitBlock(block, bytes, into: &paragraphs) }
            block.removeAll(keepingCapacity: true)
        }
        while index <= count {
            if index == count || bytes[index] == 0x0A {
                let line = makeLine(bytes, lineStart..<index)
                if line.isBlank { flush() } else { block.append(line) }
                lineStart = index + 1
            }
            index += 1
        }
        flush()
        return paragraphs
    }

    static func makeLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Line {
        var start = range.lowerBound, end = range.upperBound
        while start < end, isHorizontalSpace(bytes, start) { start += spaceLength(bytes, start) }
        // The same spaces at the end as at the start (a thin space before a no-break space, too).
        while end > start {
            let previous = UTF8Scan.previousStart(bytes, before: end)
            guard previous >= start, isHorizontalSpace(bytes, previous) else { break }
            end = previous
        }
        return Line(range: start..<end, isBlank: start == end)
    }

    @inline(__always)
    static func isHorizontalSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C { return true }
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 { return true }
        if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
           (bytes[index + 2] >= 0x80 && bytes[index + 2] <= 0x8A) || bytes[index + 2] == 0xAF { return true }
        if byte == 0xE3, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 { return true }
        return false
    }

    @inline(__always)
    static func spaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return 1 }
        return byte == 0xC2 ? 2 : 3
    }

    static func splitBlock(_ lines: [Line], _ bytes: UnsafeBufferPointer<UInt8>, into paragraphs: inout [Paragraph]) {
        if lines.count == 1 {
            paragraphs.append(classify(lines[0].range, bytes))
            return
        }
        let wrapped = isHardWrapped(lines, bytes)
        let width = lines.map { $0.range.count }.max() ?? 0
        var start = lines[0].range.lowerBound
        var end = lines[0].range.upperBound
        for position in 1..<lines.count {
            let line = lines[position]
            let previous = lines[position - 1]
            let newParagraph = !wrapped
                || startsWithQuoteDash(bytes, line.range)
                || captionLabelEnd(bytes, line.range) != nil
                || previous.range.count * 10 < width * 6
            if newParagraph {
                paragraphs.append(classify(start..<end, bytes))
                start = line.range.lowerBound
            }
            end = line.range.upperBound
        }
        paragraphs.append(classify(start..<end, bytes))
    }

    /// A block is hard-wrapped when its non-final lines mostly end without sentence-final
    /// punctuation and are long (a wrap width of 40 bytes or more).
    static func isHardWrapped(_ lines: [Line], _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let inner = lines.dropLast()
        guard !inner.isEmpty else { return false }
        var open = 0
        var totalLength = 0
        for line in inner {
            totalLength += line.range.count
            let last = UTF8Scan.scalar(bytes, at: UTF8Scan.previousStart(bytes, before: line.range.upperBound)).value
            if !(UTF8Scan.isSentenceFinal(last) || UTF8Scan.isCloser(last) || last == 0x3A) { open += 1 }
        }
        return open * 10 >= inner.count * 6 && totalLength >= 40 * inner.count
    }

    static func classify(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Paragraph {
        if let dash = quoteDash(bytes, range) {
            return Paragraph(range: range, kind: .dash, sentences: 0..<0, marker: dash)
        }
        if let labelEnd = captionLabelEnd(bytes, range) {
            return Paragraph(range: range, kind: .caption, sentences: 0..<0, marker: range.lowerBound..<labelEnd)
        }
        if isHeadline(bytes, range) {
            return Paragraph(range: range, kind: .headline, sentences: 0..<0, marker: nil)
        }
        return Paragraph(range: range, kind: .body, sentences: 0..<0, marker: nil)
    }

    static func startsWithQuoteDash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        quoteDash(bytes, range) != nil
    }

    /// The byte range of an opening quote dash: U+2013, U+2014 or U+2212 (followed by anything but
    /// another dash or a digit), or "-" followed by white space.
    static func quoteDash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Range<Int>? {
        guard !range.isEmpty else { return nil }
        let start = range.lowerBound
        let (scalar, length) = UTF8Scan.scalar(bytes, at: start)
        let after = start + length
        if UTF8Scan.isQuoteDash(scalar) {
            if after < range.upperBound {
                let next = UTF8Scan.scalar(bytes, at: after).value
                if UTF8Scan.isDigit(next) || UTF8Scan.isQuoteDash(next) { return nil }
            }
            return start..<after
        }
        if scalar == 0x2D, after < range.upperBound, isHorizontalSpace(bytes, after) {
            return start..<after
        }
        return nil
    }

    /// The end (after the colon) of an all-caps caption label: at least three capital letters,
    /// optionally with spaces, hyphens or digits, then ":" and a space.
    static func captionLabelEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        var letters = 0
        while index < range.upperBound && index - range.lowerBound < 60 {
            let (scalar, length) = UTF8Scan.scalar(bytes, at: index)
            if scalar == 0x3A {
                let after = index + 1
                guard letters >= 3, after < range.upperBound, isHorizontalSpace(bytes, after) else { return nil }
                return after
            }
            if UTF8Scan.isUpper(scalar) {
                letters += 1
            } else if !(scalar == 0x20 || scalar == 0x2D || scalar == 0x26 || UTF8Scan.isDigit(scalar)) {
                return nil
            }
            index += length
        }
        return nil
    }

    /// A short line without sentence-final punctuation: a title or subheading.
    static func isHeadline(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.count <= 200 else { return false }
        let last = UTF8Scan.scalar(bytes, at: UTF8Scan.previousStart(bytes, before: range.upperBound)).value
        if UTF8Scan.isSentenceFinal(last) || last == 0x3A || last == 0x2C || last == 0x3B { return false }
        if UTF8Scan.isCloser(last) {
            // «Sitat.» ends a sentence; a title can end in a quoted name.
            let beforeLast = UTF8Scan.previousStart(bytes, before: UTF8Scan.previousStart(bytes, before: range.upperBound))
            if beforeLast >= range.lowerBound, UTF8Scan.isSentenceFinal(UTF8Scan.scalar(bytes, at: beforeLast).value) { return false }
        }
        return true
    }
}
