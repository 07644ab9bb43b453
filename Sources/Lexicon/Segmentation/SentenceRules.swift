/// Norwegian corrections to ICU's sentence boundaries.
///
/// - No break after an abbreviation from `abbreviations.txt` ("bl.a.", "f.eks.", "3 mill. Kroner"),
///   even before a capital; no break after an initial ("Jens A. Hansen").
/// - No break after an ordinal before a lower-case word ("3. plass"), or after a day of the month
///   before a month name ("3. mars", "1. januar 2023", "den 9. April"; but "i 2022. Mars …" breaks).
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
        if wordStart + first.length == lastStart, UTF8Scan.isUpper(first.value), UTF8Scan.isUpper(nextScalar),
           initialFollowsName(bytes, wordStart: wordStart, paragraph: paragraph) {
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
            // A numbered list item at the start of a paragraph: "1. Virus låser maskinen."
            if wordStart == paragraph.lowerBound && lastStart - wordStart <= 2 { return true }
            // A range of ordinals: "3. – 4. juli".
            if UTF8Scan.isQuoteDash(nextScalar) || nextScalar == 0x2D {
                var after = next + UTF8Scan.scalar(bytes, at: next).length
                while after < paragraph.upperBound, UTF8Scan.isSpace(UTF8Scan.scalar(bytes, at: after).value) { after += 1 }
                if after < paragraph.upperBound, UTF8Scan.isDigit(UInt32(bytes[after])) { return true }
            }
            // Before a capitalised month name only a day of the month (one or two digits) is an
            // ordinal: "… i 2022. Mars ble verst." ends a sentence after the year.
            guard lastStart - wordStart <= 2 else { return false }
            var nextEnd = next
            while nextEnd < paragraph.upperBound, UTF8Scan.isLetter(UTF8Scan.scalar(bytes, at: nextEnd).value) {
                nextEnd += UTF8Scan.scalar(bytes, at: nextEnd).length
            }
            CaseFolding.fold(UnsafeBufferPointer(rebasing: bytes[next..<nextEnd]), into: &buffer)
            if buffer.withUnsafeBufferPointer({ months.lookup($0) }) != nil { return true }
        }
        return false
    }

    /// Whether the word before an initial is capitalised ("Jens A. Hansen") or absent; after a
    /// lower-case word the letter ends a sentence ("… i gruppe D. Irland topper …").
    func initialFollowsName(_ bytes: UnsafeBufferPointer<UInt8>, wordStart: Int, paragraph: Range<Int>) -> Bool {
        var index = wordStart
        while index > paragraph.lowerBound, bytes[index - 1] == 0x20 { index -= 1 }
        guard index > paragraph.lowerBound else { return true }
        var start = index
        while start > paragraph.lowerBound, bytes[start - 1] != 0x20, bytes[start - 1] != 0x0A { start -= 1 }
        return UTF8Scan.isUpper(UTF8Scan.scalar(bytes, at: start).value)
    }

    /// Adds a boundary before every dash that opens direct speech after sentence-final
    /// punctuation inside `paragraph`.
    func dashBoundaries(in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>, into boundaries: inout [Int]) {
        for lead in [UInt8(0xE2), UInt8(0x2D)] {
            var from = paragraph.lowerBound + 1
            while let index = UTF8Scan.find(lead, in: bytes, from..<paragraph.upperBound) {
                from = index + 1
                let isDash: Bool
                if lead == 0xE2 {
                    isDash = index + 2 < paragraph.upperBound && UTF8Scan.isQuoteDash(UTF8Scan.scalar(bytes, at: index).value)
                } else {
                    isDash = index + 1 < paragraph.upperBound && bytes[index + 1] == 0x20 && bytes[index - 1] == 0x20
                }
                if isDash && !precedesDigit(bytes, dash: index, paragraph: paragraph)
                    && followsSentenceEnd(bytes, at: index, paragraph: paragraph) {
                    boundaries.append(index)
                }
            }
        }
    }

    /// Whether a digit follows the dash at `dash` (after spaces): a range, not speech.
    func precedesDigit(_ bytes: UnsafeBufferPointer<UInt8>, dash: Int, paragraph: Range<Int>) -> Bool {
        var index = dash + UTF8Scan.scalar(bytes, at: dash).length
        while index < paragraph.upperBound, bytes[index] == 0x20 { index += 1 }
        return index < paragraph.upperBound && UTF8Scan.isDigit(UInt32(bytes[index]))
    }

    /// Breaks ICU misses in running text: before a sentence that starts with a number after a
    /// full stop ("… å spille. 22-åringen var …": UAX #29 looks past the digits to the lower-case
    /// letter), and around photo credits ("FOTO: Kari Nordmann / NTB scanpix Politiet …",
    /// "(Foto: Reuters) Demonstranter …").
    func extraBoundaries(in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>, into boundaries: inout [Int]) {
        var from = paragraph.lowerBound + 1
        while let dot = UTF8Scan.find(0x2E, in: bytes, from..<paragraph.upperBound) {
            from = dot + 1
            let index = dot + 1
            guard index + 1 < paragraph.upperBound, bytes[index] == 0x20, UTF8Scan.isDigit(UInt32(bytes[index + 1])) else { continue }
            // The word before the full stop: letters (not an abbreviation) or a year-like number.
            var start = dot
            while start > paragraph.lowerBound, bytes[start - 1] != 0x20, bytes[start - 1] != 0x0A { start -= 1 }
            let word = UnsafeBufferPointer(rebasing: bytes[start..<index])
            if isSentenceEndingWord(word) { boundaries.append(index + 1) }
        }
        creditBoundaries(in: bytes, paragraph: paragraph, into: &boundaries)
    }

    /// A word that ends a sentence when followed by a number: "spille." or "2019." but not
    /// "kl.", "nr.", "3." (an ordinal).
    func isSentenceEndingWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 3, word[word.count - 1] == 0x2E else { return false }
        let body = UnsafeBufferPointer(rebasing: word[0..<(word.count - 1)])
        if body.allSatisfy({ UTF8Scan.isDigit(UInt32($0)) }) { return body.count >= 4 }
        if body.contains(0x2E) { return false } // "f.eks.", "bl.a."
        var folded = ContiguousArray<UInt8>()
        CaseFolding.fold(word, into: &folded)
        if folded.withUnsafeBufferPointer({ abbreviations.lookup($0) }) != nil { return false }
        // At least two letters, and ends in a letter or a closing bracket.
        let last = UTF8Scan.scalar(word, at: UTF8Scan.previousStart(word, before: word.count - 1)).value
        return UTF8Scan.isLetter(last) || last == 0x29 || UTF8Scan.isCloser(last)
    }

    /// Agency names that end a photo credit.
    static let creditTerminators: Set<String> = ["scanpix", "ntb", "reuters", "ap", "afp", "epa", "(arkiv)", "arkiv", "getty", "images"]

    /// Photo credits: a paragraph (or sentence) that starts with "FOTO:"/"Foto:" holds a name run
    /// and then, glued on, the caption or the article's first sentence.
    func creditBoundaries(in bytes: UnsafeBufferPointer<UInt8>, paragraph: Range<Int>, into boundaries: inout [Int]) {
        guard paragraph.count > 6 else { return }
        var from = paragraph.lowerBound + 4
        while let colon = UTF8Scan.find(0x3A, in: bytes, from..<paragraph.upperBound) {
            from = colon + 1
            let index = colon - 4
            guard index >= paragraph.lowerBound, index + 6 < paragraph.upperBound else { continue }
            let atWordStart = index == paragraph.lowerBound || bytes[index - 1] == 0x20 || bytes[index - 1] == 0x28
            guard atWordStart, bytes[index] | 0x20 == 0x66, bytes[index + 1] | 0x20 == 0x6F, bytes[index + 2] | 0x20 == 0x74,
                  bytes[index + 3] | 0x20 == 0x6F else { continue }
            let parenthesised = index > paragraph.lowerBound && bytes[index - 1] == 0x28
            if index > paragraph.lowerBound {
                // "… Board AS Foto: Morten" — the credit starts a sentence.
                let start = parenthesised ? index - 1 : index
                if start > paragraph.lowerBound { boundaries.append(start) }
            }
            if let end = creditEnd(bytes, from: index + 5, paragraph: paragraph, parenthesised: parenthesised) {
                boundaries.append(end)
            }
        }
    }

    /// Where the sentence after a credit starts, or nil.
    func creditEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, paragraph: Range<Int>, parenthesised: Bool) -> Int? {
        if parenthesised {
            var index = start
            while index < paragraph.upperBound, bytes[index] != 0x29 { index += 1 }
            guard index < paragraph.upperBound else { return nil }
            var next = index + 1
            while next < paragraph.upperBound, bytes[next] == 0x20 { next += 1 }
            guard next < paragraph.upperBound, UTF8Scan.isUpper(UTF8Scan.scalar(bytes, at: next).value) else { return nil }
            return next
        }
        // Words of the credit: capitalised names, separators, agency names.
        var words: [(start: Int, end: Int)] = []
        var index = start
        while index < paragraph.upperBound && words.count < 12 {
            while index < paragraph.upperBound, bytes[index] == 0x20 { index += 1 }
            let wordStart = index
            while index < paragraph.upperBound, bytes[index] != 0x20 { index += 1 }
            if wordStart < index { words.append((wordStart, index)) }
        }
        var lastTerminator = -1
        for (position, word) in words.enumerated() {
            let scalar = UTF8Scan.scalar(bytes, at: word.start).value
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.start..<word.end]), as: UTF8.self)
            var lower = text.lowercased()
            while lower.hasSuffix(",") { lower.removeLast() }
            if SentenceRules.creditTerminators.contains(lower) { lastTerminator = position; continue }
            if text == "/" || text == "," || text == "&" || text == "og" { continue }
            if word.end - word.start >= 4, word.end < paragraph.upperBound, bytes[word.end - 1] == 0x3A,
               text.dropLast().allSatisfy({ $0.isUppercase || $0 == " " }) {
                // An all-caps caption label: "FOTO: Kari Nordmann TØRT: Så langt …"
                return position > 0 ? word.start : nil
            }
            if UTF8Scan.isUpper(scalar) { continue }
            // The first lower-case word: the sentence began at the last capitalised word, or
            // right after an agency name.
            if lastTerminator >= 0 && lastTerminator + 1 < position { return words[lastTerminator + 1].start }
            if position >= 3 { return words[position - 1].start }
            return nil
        }
        return nil
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
