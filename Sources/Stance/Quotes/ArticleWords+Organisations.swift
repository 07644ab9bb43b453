import Foundation
import Lexicon

/// The words of a lexicon that make a name a news outlet's or a party's (organisations.tsv),
/// computed once per lexicon version and shared by all documents and workers.
///
/// Outlet words and party tags are compared with a token's folded form, party names and
/// genitives with the text as written; both through interned byte tables, so a lookup hashes the
/// word's bytes and allocates nothing.
final class OrganisationTable: Sendable {
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt8
        static let outlet = Kinds(rawValue: 1)
        static let party = Kinds(rawValue: 2)
        static let partyGenitive = Kinds(rawValue: 4)
        static let partyTag = Kinds(rawValue: 8)

        init(rawValue: UInt8) { self.rawValue = rawValue }
        init(_ kind: OrganisationEntry.Kind) {
            switch kind {
            case .outlet: self = .outlet
            case .party: self = .party
            case .partyGenitive: self = .partyGenitive
            case .partyTag: self = .partyTag
            }
        }
    }

    /// Folded outlet words and party tags ("aftenblad", "sp"), and their kinds by id.
    let folded: FormTable
    let foldedKinds: [Kinds]
    /// Folded endings of `*ending` outlet rows ("avisen", "posten").
    let outletEndings: [[UInt8]]
    /// Party names and genitives as written, NFC ("Høyre", "FrPs"), and their kinds by id.
    let written: FormTable
    let writtenKinds: [Kinds]
    /// The same words as `String`s, for text that may not be NFC: `String` equality is canonical
    /// equivalence, so a decomposed "ö" in the text still finds a precomposed one here.
    let writtenByString: [String: Kinds]
    /// Folded outlet words and endings as `String`s, for a last word that is more than one token.
    let outletWords: Set<String>
    let outletEndingStrings: [String]

    init(_ entries: [OrganisationEntry]) {
        var folded = FormTable(), foldedKinds: [Kinds] = []
        var written = FormTable(), writtenKinds: [Kinds] = []
        var writtenByString: [String: Kinds] = [:]
        var endings: [String] = [], outletWords = Set<String>()
        for entry in entries {
            let kinds = Kinds(entry.kind)
            if entry.kind.isCaseSensitive {
                let id = Int(written.intern(entry.word))
                if id == writtenKinds.count { writtenKinds.append([]) }
                writtenKinds[id].formUnion(kinds)
                writtenByString[entry.word, default: []].formUnion(kinds)
            } else if entry.isEnding {
                if !endings.contains(entry.word) { endings.append(entry.word) }
            } else {
                let id = Int(folded.intern(entry.word))
                if id == foldedKinds.count { foldedKinds.append([]) }
                foldedKinds[id].formUnion(kinds)
                if entry.kind == .outlet { outletWords.insert(entry.word) }
            }
        }
        self.folded = folded
        self.foldedKinds = foldedKinds
        self.outletEndings = endings.map { Array($0.utf8) }
        self.written = written
        self.writtenKinds = writtenKinds
        self.writtenByString = writtenByString
        self.outletWords = outletWords
        self.outletEndingStrings = endings
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [String: OrganisationTable] = [:]

    /// The table of `matcher`'s lexicon (shared; keyed by the lexicon's version, which hashes its content).
    static func table(for matcher: Matcher) -> OrganisationTable {
        let key = matcher.lexiconVersion
        lock.lock()
        defer { lock.unlock() }
        if let table = tables[key] { return table }
        let table = OrganisationTable(matcher.lexicon.organisations)
        tables[key] = table
        return table
    }

    /// The kinds of a folded word.
    func kinds(folded bytes: UnsafeBufferPointer<UInt8>) -> Kinds {
        folded.lookup(bytes).map { foldedKinds[Int($0)] } ?? []
    }

    /// Whether a folded word is an outlet word or ends in an outlet ending.
    func isOutlet(folded bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if kinds(folded: bytes).contains(.outlet) { return true }
        return outletEndings.contains { ending in
            bytes.count >= ending.count && zip(bytes.suffix(ending.count), ending).allSatisfy { $0 == $1 }
        }
    }

    /// The kinds of a word as written in the text.
    func kinds(written bytes: UnsafeBufferPointer<UInt8>) -> Kinds {
        if let id = written.lookup(bytes) { return writtenKinds[Int(id)] }
        // Only a word with a scalar from U+0300 on (a combining mark, a singleton such as the
        // ångström sign) can be canonically equal to an NFC word without being byte-equal.
        guard bytes.contains(where: { $0 >= 0xCC }) else { return [] }
        return writtenByString[String(decoding: bytes, as: UTF8.self)] ?? []
    }
}

extension ArticleWords {
    /// Whether the token is written as a party's name ("Høyre", "FrP"; not "rødt").
    func isPartyName(_ token: Int) -> Bool { writtenKinds(start(token)..<end(token)).contains(.party) }

    /// Whether the token is a lower-case noun after a party's name and a hyphen, as written:
    /// "Sp-topp", "Frp-veteran", "KrF-medlemmer", "SV-representant" (not "Frp-Listhaug").
    func hasPartyPrefix(_ token: Int) -> Bool {
        let span = start(token)..<end(token)
        return segmentation.text.utf8.withUnsafeBufferPointer { text in
            let bytes = UnsafeBufferPointer(rebasing: text[span])
            guard let hyphen = bytes.firstIndex(of: 0x2D), hyphen > 0, hyphen + 1 < bytes.count,
                  bytes[hyphen + 1] >= 0x61 && bytes[hyphen + 1] <= 0x7A || bytes[hyphen + 1] >= 0xC3 && !isCapitalisedAfterHyphen(bytes, hyphen) else {
                return false
            }
            return organisations.kinds(written: UnsafeBufferPointer(rebasing: bytes[..<hyphen])).contains(.party)
        }
    }

    /// Whether the letter after the hyphen at `hyphen` is an upper-case Æ, Ø or Å (two UTF-8 bytes).
    private func isCapitalisedAfterHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ hyphen: Int) -> Bool {
        guard hyphen + 2 < bytes.count, bytes[hyphen + 1] == 0xC3 else { return false }
        return bytes[hyphen + 2] == 0x86 || bytes[hyphen + 2] == 0x98 || bytes[hyphen + 2] == 0x85
    }

    /// Whether the token is written as a party's genitive ("Høyres", "FrPs").
    func isPartyGenitive(_ token: Int) -> Bool { writtenKinds(start(token)..<end(token)).contains(.partyGenitive) }

    /// Whether the token's folded form is a party as tagged after a name ("sp" in "(Sp)").
    func isPartyTag(_ token: Int) -> Bool { withForm(token) { organisations.kinds(folded: $0) }.contains(.partyTag) }

    /// Whether `text` starts (before its first space) with a party's genitive: a role text
    /// "Høyres nestleder".
    func startsWithPartyGenitive(_ text: String) -> Bool {
        var rest = Substring(text)
        while rest.first == " " { rest = rest.dropFirst() }
        let word = rest.prefix { $0 != " " }
        guard !word.isEmpty else { return false }
        if let kinds = word.utf8.withContiguousStorageIfAvailable({ organisations.kinds(written: $0) }) {
            return kinds.contains(.partyGenitive)
        }
        return organisations.writtenByString[String(word)]?.contains(.partyGenitive) ?? false
    }

    /// Whether every word of the name at tokens `range` but "og" is written as a party's name:
    /// "Høyre", "Venstre og FrP". Words are the name's text split at spaces ("Høyre/FrP" is one).
    ///
    /// - Complexity: O(bytes of the name); allocation-free for text below U+0300.
    func isPartyList(_ range: Range<Int>) -> Bool {
        var names = 0
        let all = forEachSpacedWord(bytes(range)) { word in
            if word.count == 2, word[0] == 0x6F, word[1] == 0x67 { return true } // "og"
            names += 1
            return organisations.kinds(written: word).contains(.party)
        } stringWord: { word in
            if word == "og" { return true }
            names += 1
            return organisations.writtenByString[String(word)]?.contains(.party) ?? false
        }
        return all && names > 0
    }

    /// Whether some word of the text at bytes `span` (split at spaces) is written as a party's
    /// name: "for Oslo Høyre".
    func containsPartyName(bytes span: Range<Int>) -> Bool {
        !forEachSpacedWord(span) { word in
            !organisations.kinds(written: word).contains(.party)
        } stringWord: { word in
            !(organisations.writtenByString[String(word)]?.contains(.party) ?? false)
        }
    }

    /// Whether the name at tokens `range` ends in an outlet's word, in any case ("Stavanger
    /// Aftenblad", "Adresseavisen"): its last space-separated word is an outlet word or ends in
    /// an outlet ending.
    func endsWithOutletWord(_ range: Range<Int>) -> Bool {
        let last = range.upperBound - 1
        let span = bytes(range)
        // The usual case: the last word is the last token, whose folded form is at hand.
        let usual: Bool? = segmentation.text.utf8.withUnsafeBufferPointer { text in
            let bytes = UnsafeBufferPointer(rebasing: text[span])
            guard !bytes.contains(where: { $0 >= 0xCC }) else { return nil }
            let space = bytes.lastIndex(of: 0x20).map { span.lowerBound + $0 + 1 } ?? span.lowerBound
            guard space == start(last) else { return nil }
            return withForm(last) { organisations.isOutlet(folded: $0) }
        }
        if let usual { return usual }
        // A last word of several tokens ("NTB/Aftenposten"), or text from U+0300 on: fold it here.
        let string = segmentation.text.string(span)
        guard let word = string.split(separator: " ").last else { return false }
        let folded = String(word).stanceFolded
        return organisations.outletWords.contains(folded) || organisations.outletEndingStrings.contains { folded.hasSuffix($0) }
    }

    // MARK: Words of a span

    /// The kinds of the text at bytes `span` as written.
    private func writtenKinds(_ span: Range<Int>) -> OrganisationTable.Kinds {
        segmentation.text.utf8.withUnsafeBufferPointer { organisations.kinds(written: UnsafeBufferPointer(rebasing: $0[span])) }
    }

    /// Calls `byteWord` with each space-separated word of the text at bytes `span`, as
    /// `String.split(separator: " ")` gives them, until it returns false; returns whether none did.
    /// Text with a scalar from U+0300 on goes to `stringWord` instead: there a space followed by a
    /// combining mark is one `Character`, not a separator, so the `String` split is the reference.
    private func forEachSpacedWord(_ span: Range<Int>, _ byteWord: (UnsafeBufferPointer<UInt8>) -> Bool,
                                   stringWord: (Substring) -> Bool) -> Bool {
        segmentation.text.utf8.withUnsafeBufferPointer { text in
            let bytes = UnsafeBufferPointer(rebasing: text[span])
            guard !bytes.contains(where: { $0 >= 0xCC }) else {
                let string = String(decoding: bytes, as: UTF8.self)
                return string.split(separator: " ").allSatisfy(stringWord)
            }
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x20 {
                defer { start = index + 1 }
                guard index > start else { continue }
                if !byteWord(UnsafeBufferPointer(rebasing: bytes[start..<index])) { return false }
            }
            return true
        }
    }
}
