/// The lines of a lexicon or dictionary file as users' editors write them: split on LF, a
/// trailing CR dropped (CRLF files), a leading byte order mark dropped, numbered from 1 for
/// `FILE:LINE` messages. Shared by the TSV reader and the importers.
enum LexiconLines {
    static func numbered(_ contents: String) -> [(number: Int, text: Substring)] {
        var lines: [(number: Int, text: Substring)] = []
        for (index, raw) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            if line.hasSuffix("\r") { line = line.dropLast() }
            if index == 0, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
            lines.append((index + 1, line))
        }
        return lines
    }
}
