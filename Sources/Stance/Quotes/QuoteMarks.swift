/// Quotation marks in one paragraph: «guillemets» with nested ‹›, "double quotes", “curly” and
/// „low“ quotes, with ' ' or ‘ ’ nested inside double quotes (apostrophes inside words are not
/// quotation marks). A mark left open at the end of the paragraph runs to its end: in Norwegian a
/// quotation over several paragraphs opens each paragraph with « and closes only the last.
struct QuoteMarkSpan: Sendable, Hashable {
    /// Byte range of the opening mark.
    var open: Range<Int>
    /// Byte range of the closing mark, or nil when the quotation runs to the paragraph's end.
    var close: Range<Int>?
    /// 0 for a top-level quotation, 1 inside another …
    var depth: Int
    /// The quoted bytes between the marks.
    var inner: Range<Int>
}

enum QuoteMarks {
    private enum Mark: UInt8 { case guillemet, angle, double, curly, low, single }

    /// The quotations of `paragraph` in order of their opening marks.
    ///
    /// - Complexity: O(bytes of the paragraph).
    static func spans(in bytes: ContiguousArray<UInt8>, paragraph: Range<Int>) -> [QuoteMarkSpan] {
        // Most paragraphs have no mark at all: every mark starts with one of these four bytes
        // (C2: « » and no-break space, E2: ‹ › “ ” „ ‘ ’, 22: ", 27: ').
        let mayHaveMark = bytes.withUnsafeBufferPointer { buffer in
            buffer[paragraph].contains { $0 == 0xC2 || $0 == 0xE2 || $0 == 0x22 || $0 == 0x27 }
        }
        guard mayHaveMark else { return [] }
        var result: [QuoteMarkSpan] = []
        var stack: [(mark: Mark, index: Int)] = [] // index into result
        func isSpace(_ index: Int) -> Bool {
            guard index >= paragraph.lowerBound && index < paragraph.upperBound else { return true }
            let byte = bytes[index]
            return byte == 0x20 || byte == 0x0A || byte == 0x09 || (byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0)
        }
        func isWordByte(_ index: Int) -> Bool {
            guard index >= paragraph.lowerBound && index < paragraph.upperBound else { return false }
            let byte = bytes[index]
            return byte >= 0x80 || (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte >= 0x30 && byte <= 0x39
        }
        func previousByteIndex(_ index: Int) -> Int {
            var previous = index - 1
            while previous > paragraph.lowerBound && bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
            return previous
        }
        func push(_ mark: Mark, _ range: Range<Int>) {
            result.append(QuoteMarkSpan(open: range, close: nil, depth: stack.count, inner: range.upperBound..<paragraph.upperBound))
            stack.append((mark, result.count - 1))
        }
        func pop(_ range: Range<Int>) {
            let top = stack.removeLast()
            result[top.index].close = range
            result[top.index].inner = result[top.index].open.upperBound..<range.lowerBound
        }
        var index = paragraph.lowerBound
        while index < paragraph.upperBound {
            let byte = bytes[index]
            var length = 1
            if byte == 0xC2, index + 1 < paragraph.upperBound {
                length = 2
                let second = bytes[index + 1]
                if second == 0xAB { push(.guillemet, index..<(index + 2)) }
                if second == 0xBB, let last = stack.lastIndex(where: { $0.mark == .guillemet }) {
                    while stack.count > last + 1 { pop(index..<index) }
                    pop(index..<(index + 2))
                }
            } else if byte == 0xE2, index + 2 < paragraph.upperBound, bytes[index + 1] == 0x80 {
                length = 3
                let range = index..<(index + 3)
                switch bytes[index + 2] {
                case 0xB9: push(.angle, range)
                case 0xBA: if stack.last?.mark == .angle { pop(range) }
                case 0x9E: push(.low, range)
                case 0x9C:
                    if stack.last?.mark == .low { pop(range) } else { push(.curly, range) }
                case 0x9D:
                    if stack.last?.mark == .curly || stack.last?.mark == .double { pop(range) }
                    else if !isSpace(index + 3) && isSpace(index - 1) { push(.curly, range) }
                case 0x98:
                    if !stack.isEmpty, isSpace(index - 1) || !isWordByte(previousByteIndex(index)), isWordByte(index + 3) {
                        push(.single, range)
                    }
                case 0x99:
                    if stack.last?.mark == .single, !isWordByte(index + 3) { pop(range) }
                default: break
                }
            } else if byte == 0x22 {
                if stack.last?.mark == .double {
                    pop(index..<(index + 1))
                } else if !isSpace(index + 1) {
                    push(.double, index..<(index + 1))
                }
            } else if byte == 0x27, !stack.isEmpty {
                let before = index > paragraph.lowerBound ? previousByteIndex(index) : index - 1
                if stack.last?.mark == .single, isWordByte(before) || bytes[before] == 0x2E || bytes[before] == 0x2C
                    || bytes[before] == 0x21 || bytes[before] == 0x3F, !isWordByte(index + 1) {
                    pop(index..<(index + 1))
                } else if isSpace(index - 1) || !isWordByte(before), isWordByte(index + 1) {
                    push(.single, index..<(index + 1))
                }
            } else if byte >= 0xC0 {
                length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            }
            index += length
        }
        // Unclosed single quotes were apostrophes: drop them; others run to the paragraph end.
        return result.filter { !($0.close == nil && bytes[$0.open.lowerBound] == 0x27) }
    }
}
