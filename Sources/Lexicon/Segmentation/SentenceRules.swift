/// Norwegian corrections to ICU's sentence boundaries.
///
/// - No break after an abbreviation from `abbreviations.txt` ("bl.a.", "f.eks.", "3 mill. Kroner"),
///   even before a capital; no break after an initial ("Jens A. Hansen").
/// - No break after an ordinal before a month name or a lower-case word ("3. mars", "1. januar 2023").
/// - No break after "?" or "!" before a lower-case word: "– Hvorfor? spør hun." is one sentence.
/// - A break before a dash that opens direct speech after sentence-final punctuation:
///   "… sier han. – Vi …" is two sentences (ICU keeps them together: U+2013 is SContinue).
public struct SentenceRules: Sendable {
    /// Folded abbreviations with their dots ("bl.a.", "st.").
    var abbreviations = FormTable()
    /// Folded month and weekday names.
    var months = FormTable()
    /// The longest abbreviation in bytes (longer words are never looked up).
    var longestAbbreviation = 0

    public init(abbreviations: [String], months: [String]) {
        for abbreviation in abbreviations {
            let folded = abbreviation.stanceFolded
            _ = self.abbreviations.intern(folded)
            longestAbbreviation = max(longestAbbreviation, folded.utf8.count)
        }
        for month in months { _ = self.months.intern(month.stanceFolded) }
    }

    /// The rules from the default lexicon's `abbreviations.txt` and `months.txt`.
    public static let standard: SentenceRules = SentenceRules(
        abbreviations: DefaultResources.lines(of: "abbreviations.txt"),
        months: DefaultResources.lines(of: "months.txt")
    )

    /// Whether ICU's boundary at `boundary` must be removed. `paragraph` bounds the look-back.
    func suppresses(boundary: Int, in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>,
                    fold buffer: inout ContiguousArray<UInt8>) -> Bool {
        // End of the text before the boundary, without white space.
        var end = boundary
        while end > paragraph.lowerBound {
            let start = UTF8Scan.previousStart(bytes, before: end)
            if !UTF8Scan.isSpace(UTF8Scan.scalar(bytes, at: start).value) { break }
            end = start
        }
        guard end > paragraph.lowerBound else { return false }
        // The next word after the boundary.
        var next = boundary
        while next < paragraph.upperBound, UTF8Scan.isSpace(UTF8Scan.scalar(bytes, at: next).value) {
            next += UTF8Scan.scalar(bytes, at: next).length
        }
        guard next < paragraph.upperBound else { return false }
        let nextScalar = UTF8Scan.scalar(bytes, at: next).value

        // Strip closing quotes and brackets: «… bl.a.» is still an abbreviation inside quotes.
        var coreEnd = end
        while coreEnd > paragraph.lowerBound {
            let start = UTF8Scan.previousStart(bytes, before: coreEnd)
            if !UTF8Scan.isCloser(UTF8Scan.scalar(bytes, at: start).value) { break }
            coreEnd = start
        }
        guard coreEnd > paragraph.lowerBound else { return false }
        let lastStart = UTF8Scan.previousStart(bytes, before: coreEnd)
        let last = UTF8Scan.scalar(bytes, at: lastStart).value

        if last == 0x3F || last == 0x21 || last == 0x2026 {
            // "– Hvorfor? spør hun." / "«Hjelp!» ropte han."
            return UTF8Scan.isLower(nextScalar)
        }
        guard last == 0x2E else { return false }

        // The word before the boundary, from the previous white space, without opening quotes.
        var wordStart = lastStart
        while wordStart > paragraph.lowerBound {
            let start = UTF8Scan.previousStart(bytes, before: wordStart)
            let scalar = UTF8Scan.scalar(bytes, at: start).value
            if UTF8Scan.isSpace(scalar) || scalar == 0x2F { break }
            wordStart = start
        }
        while wordStart < lastStart, UTF8Scan.isOpener(UTF8Scan.scalar(bytes, at: wordStart).value) {
            wordStart += UTF8Scan.scalar(bytes, at: wordStart).length
        }
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<coreEnd])
        if word.count <= longestAbbreviation {
            CaseFolding.fold(word, into: &buffer)
            if buffer.withUnsafeBufferPointer({ abbreviations.lookup($0) }) != nil { return true }
        }
        // An initial: one capital letter and a dot, before a capitalised name.
        let first = UTF8Scan.scalar(bytes, at: wordStart)
        if wordStart + first.length == lastStart, UTF8Scan.isUpper(first.value), UTF8Scan.isUpper(nextScalar) {
            return true
        }
        // An ordinal: digits and a dot, before a month name or a lower-case word.
        var allDigits = wordStart < lastStart
        var index = wordStart
        while index < lastStart {
            if !UTF8Scan.isDigit(UInt32(bytes[index])) { allDigits = false; break }
            index += 1
        }
        if allDigits && lastStart - wordStart <= 4 {
            if UTF8Scan.isLower(nextScalar) { return true }
            var nextEnd = next
            while nextEnd < paragraph.upperBound, UTF8Scan.isLetter(UTF8Scan.scalar(bytes, at: nextEnd).value) {
                nextEnd += UTF8Scan.scalar(bytes, at: nextEnd).length
            }
            CaseFolding.fold(UnsafeBufferPointer(rebasing: bytes[next..<nextEnd]), into: &buffer)
            if buffer.withUnsafeBufferPointer({ months.lookup($0) }) != nil { return true }
        }
        return false
    }

    /// Adds a boundary before every dash that opens direct speech after sentence-final
    /// punctuation inside `paragraph`.
    func dashBoundaries(in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>, into boundaries: inout [Int]) {
        var index = paragraph.lowerBound + 1
        while index < paragraph.upperBound {
            let byte = bytes[index]
            var isDash = false
            if byte == 0xE2, index + 2 < paragraph.upperBound {
                let scalar = UTF8Scan.scalar(bytes, at: index).value
                isDash = UTF8Scan.isQuoteDash(scalar)
            } else if byte == 0x2D, index + 1 < paragraph.upperBound {
                isDash = bytes[index + 1] == 0x20 && bytes[index - 1] == 0x20
            }
            if isDash && followsSentenceEnd(bytes, at: index, paragraph: paragraph) {
                boundaries.append(index)
            }
            index += 1
        }
    }

    /// Whether white space, then sentence-final punctuation (possibly closed by quotes), precede `index`.
    func followsSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, paragraph: Range<Int>) -> Bool {
        var position = index
        var sawSpace = false
        while position > paragraph.lowerBound {
            let start = UTF8Scan.previousStart(bytes, before: position)
            if !UTF8Scan.isSpace(UTF8Scan.scalar(bytes, at: start).value) { break }
            sawSpace = true
            position = start
        }
        guard sawSpace else { return false }
        while position > paragraph.lowerBound {
            let start = UTF8Scan.previousStart(bytes, before: position)
            let scalar = UTF8Scan.scalar(bytes, at: start).value
            if UTF8Scan.isSentenceFinal(scalar) { return true }
            if !UTF8Scan.isCloser(scalar) { return false }
            position = start
        }
        return false
    }
}
