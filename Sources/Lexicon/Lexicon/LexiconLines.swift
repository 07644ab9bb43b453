/// The lines of a lexicon or dictionary file as users' editors write them: split on LF, a
/// trailing CR dropped (CRLF files), a leading byte order mark dropped, numbered from 1 for
/// `FILE:LINE` messages. Shared by the TSV reader and the importers.
enum LexiconLines {
    /// Splits on the byte LF, not on the Character "\n": in a String, CR LF is one Character, so
    /// a file saved by a Windows editor or a spreadsheet would otherwise be one long line.
    static func numbered(_ contents: String) -> [(number: Int, text: Substring)] {
        var lines: [(number: Int, text: Substring)] = []
        let utf8 = contents.utf8
        var start = utf8.startIndex
        var number = 1
        while true {
            let newline = utf8[start...].firstIndex(of: 0x0A)
            var end = newline ?? utf8.endIndex
            if end > start, utf8[utf8.index(before: end)] == 0x0D { end = utf8.index(before: end) }
            var line = contents[start..<end]
            if number == 1, line.utf8.starts(with: [0xEF, 0xBB, 0xBF]) { line = line.dropFirst() }
            lines.append((number, line))
            guard let newline else { break }
            start = utf8.index(after: newline)
            number += 1
        }
        return lines
    }
}
