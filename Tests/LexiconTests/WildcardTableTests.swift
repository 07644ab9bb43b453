import Testing
@testable import Lexicon

/// The wildcard tables (`kanonføde*`, `*mangel`) against a plain comparison with every stem: the
/// hashing, the filters and the early stop of the scan must not lose or invent a match.
@Suite struct WildcardTableTests {
    /// Stems and words from Norwegian pieces (with æøå, so that cuts inside a scalar are tried),
    /// enough stems that the filters grow.
    static let pieces = ["kanon", "føde", "mangel", "en", "våpen", "krig", "s", "ammunisjon", "løs", "hjem", "ære",
                         "sende", "kjøtt", "mat", "ø", "å", "e", "r", "ne", "mobil", "iser", "ing", "sold", "at", "ene"]

    static func naiveMatches(_ word: [UInt8], stems: [([UInt8], Int32)], side: WildcardTable.Side) -> [Int32] {
        var atoms: [Int32] = []
        for (stem, atom) in stems where !stem.isEmpty {
            switch side {
            case .prefix:
                guard stem.count <= word.count, Array(word.prefix(stem.count)) == stem else { continue }
                // Cut at a scalar boundary: the byte after the stem is not a continuation byte.
                if stem.count < word.count && word[stem.count] & 0xC0 == 0x80 { continue }
            case .suffix:
                guard stem.count < word.count, Array(word.suffix(stem.count)) == stem else { continue }
                if stem[0] & 0xC0 == 0x80 { continue }
            }
            atoms.append(atom)
        }
        return atoms.sorted()
    }

    @Test(arguments: [WildcardTable.Side.prefix, .suffix])
    func scanFindsExactlyTheStemsAWordStartsOrEndsWith(side: WildcardTable.Side) {
        var random = SplitMix(seed: side == .prefix ? 7 : 11)
        func compose(_ parts: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            for _ in 0..<parts { bytes += Array(Self.pieces[Int(random.next() % UInt64(Self.pieces.count))].utf8) }
            return bytes
        }
        var table = WildcardTable(side: side)
        var stems: [([UInt8], Int32)] = []
        for atom in 0..<400 {
            let stem = compose(2 + Int(random.next() % 2))
            stems.append((stem, Int32(atom)))
            table.insert(stem, atom: Int32(atom))
        }
        var checked = 0, matched = 0
        for _ in 0..<3000 {
            let word = compose(1 + Int(random.next() % 5))
            var found: [Int32] = []
            word.withUnsafeBufferPointer { table.forEachMatch(in: $0) { found.append($0) } }
            let expected = Self.naiveMatches(word, stems: stems, side: side)
            #expect(found.sorted() == expected, "\(String(decoding: word, as: UTF8.self))")
            checked += 1
            if !expected.isEmpty { matched += 1 }
        }
        // The words must exercise both outcomes.
        #expect(checked == 3000)
        #expect(matched > 300 && matched < 2700, "\(matched) of \(checked) words match")
    }
}

/// A small deterministic generator (the tests must not depend on the system's random numbers).
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
