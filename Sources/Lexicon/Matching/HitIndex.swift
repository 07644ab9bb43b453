/// The part of a ``PatternIndex`` that ``Matcher/hits(in:atoms:)`` scans on every token: the
/// entry and modifier patterns (context, exclude, cue, role and target patterns left out),
/// arranged so that a token tries only patterns that can start there.
///
/// - **Direct rows**, by first atom: one-word patterns and patterns whose second step is a gap
///   ("mangle … våpen"): tried whenever a token has the atom.
/// - **Pair rows**, by (first atom, second atom): every other multiword pattern ("mangel på
///   våpen", "ikke bare"), tried only when the next token has the second atom. Function words
///   such as "i", "på" and "ikke" start dozens of phrases; this way they cost one hash lookup
///   per atom of the next token instead of one test per phrase.
struct HitIndex: Sendable {
    /// One pattern to try, with what the scan needs without touching the pattern: its id and
    /// flags in one word, and its last atom (a multiword pattern is only tried in a document
    /// that has its last word).
    struct Row: Sendable {
        /// `pattern << 8 | flags`.
        private var packed: UInt32
        let last: Int32

        init(pattern: Int32, flags: UInt8, last: Int32) {
            precondition(pattern >= 0 && pattern < 1 << 24, "pattern id out of range for a row")
            packed = UInt32(pattern) << 8 | UInt32(flags)
            self.last = last
        }

        var pattern: Int32 { Int32(bitPattern: packed >> 8) }
        var flags: UInt8 { UInt8(truncatingIfNeeded: packed) }
    }

    static let modifier: UInt8 = 1
    /// One word: a match ends right after its first token.
    static let singleWord: UInt8 = 2
    /// The pattern has a gap: its span holds tokens that are not its words.
    static let gap: UInt8 = 4
    /// Exactly two words, no gap: a pair row matches as soon as it is found.
    static let twoWords: UInt8 = 8

    /// Direct row of `atom`: `directRows[directStarts[atom] ..< directStarts[atom + 1]]`.
    let directStarts: ContiguousArray<Int32>
    let directRows: ContiguousArray<Row>
    /// Per atom: ``startsDirect`` | ``startsPairs`` (0: a token with only this atom starts nothing).
    let atomRole: ContiguousArray<UInt8>
    static let startsDirect: UInt8 = 1
    static let startsPairs: UInt8 = 2
    /// In ``atomRole``: some direct row of the atom is a one-word pattern (so a token with the
    /// atom always starts a match, whatever else the document has).
    static let startsDirectSingle: UInt8 = 4
    /// In a word type's role (``typeRole(of:)``): its atoms start direct rows, but only gapped
    /// phrases, which count in a document that has their last word.
    static let startsGappedOnly: UInt8 = 8
    /// Open addressing: key `(first + 1) << 32 | (second + 1)`, 0 empty; rows
    /// `pairRows[pairStarts[slot] ..< pairEnds[slot]]`.
    let pairKeys: ContiguousArray<UInt64>
    let pairStarts: ContiguousArray<Int32>
    let pairEnds: ContiguousArray<Int32>
    let pairRows: ContiguousArray<Row>
    /// Per atom: bit `second & 63` set for every second atom it pairs with (a filter before the
    /// hash lookup).
    let pairMask: ContiguousArray<UInt64>
    /// Per pattern id: ``modifier``, ``singleWord``, ``gap``, ``twoWords``.
    let flags: ContiguousArray<UInt8>
    /// Per pattern id: the atom of its second step, or -1 (one word, or a gap second).
    let secondAtom: ContiguousArray<Int32>

    /// Per entry, its context and exclude patterns sorted by first atom (compressed rows), so
    /// that checking a window looks up each token's few atoms instead of trying every pattern.
    let conditionStarts: ContiguousArray<Int32>
    let conditionAtoms: ContiguousArray<Int32>
    let conditionPatterns: ContiguousArray<Int32>
    let conditionIsContext: ContiguousArray<Bool>
    /// Per entry, the most tokens one of its condition patterns can span.
    let conditionSpan: ContiguousArray<Int32>

    init(index: PatternIndex, groups: [Matcher.Group], context: [[Int]], exclude: [[Int]]) {
        var flags = ContiguousArray<UInt8>(repeating: 0, count: index.count)
        var secondAtom = ContiguousArray<Int32>(repeating: -1, count: index.count)
        var lastAtom = ContiguousArray<Int32>(repeating: 0, count: index.count)
        for id in 0..<index.count {
            let steps = index.patterns[id]
            if groups[id] == .modifier { flags[id] |= HitIndex.modifier }
            if steps.count == 1 { flags[id] |= HitIndex.singleWord }
            if steps.contains(where: { if case .gap = $0 { true } else { false } }) { flags[id] |= HitIndex.gap }
            if steps.count == 2, flags[id] & HitIndex.gap == 0 { flags[id] |= HitIndex.twoWords }
            if steps.count > 1, case .atom(let atom) = steps[1] { secondAtom[id] = atom }
            if case .atom(let atom) = steps.last { lastAtom[id] = atom }
        }
        self.flags = flags
        self.secondAtom = secondAtom

        var directStarts = ContiguousArray<Int32>(), directRows = ContiguousArray<Row>()
        var pairs: [UInt64: [Row]] = [:]
        var atomRole = ContiguousArray<UInt8>(repeating: 0, count: index.atomCount)
        var pairMask = ContiguousArray<UInt64>(repeating: 0, count: index.atomCount)
        directStarts.reserveCapacity(index.atomCount + 1)
        for atom in 0..<index.atomCount {
            directStarts.append(Int32(directRows.count))
            for pattern in index.patternsByFirstAtom[atom] where groups[Int(pattern)] == .entry || groups[Int(pattern)] == .modifier {
                let row = Row(pattern: pattern, flags: flags[Int(pattern)], last: lastAtom[Int(pattern)])
                let second = secondAtom[Int(pattern)]
                if second < 0 {
                    directRows.append(row)
                    atomRole[atom] |= HitIndex.startsDirect
                    if row.flags & HitIndex.singleWord != 0 { atomRole[atom] |= HitIndex.startsDirectSingle }
                } else {
                    pairs[HitIndex.key(Int32(atom), second), default: []].append(row)
                    atomRole[atom] |= HitIndex.startsPairs
                    pairMask[atom] |= 1 << UInt64(second & 63)
                }
            }
        }
        directStarts.append(Int32(directRows.count))
        self.directStarts = directStarts
        self.directRows = directRows
        self.atomRole = atomRole
        self.pairMask = pairMask

        var capacity = 16
        while capacity < pairs.count * 2 { capacity *= 2 }
        var pairKeys = ContiguousArray<UInt64>(repeating: 0, count: capacity)
        var pairStarts = ContiguousArray<Int32>(repeating: 0, count: capacity)
        var pairEnds = ContiguousArray<Int32>(repeating: 0, count: capacity)
        var pairRows = ContiguousArray<Row>()
        for key in pairs.keys.sorted() {
            var slot = HitIndex.slot(of: key, mask: capacity - 1)
            while pairKeys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            pairKeys[slot] = key
            pairStarts[slot] = Int32(pairRows.count)
            pairRows.append(contentsOf: pairs[key]!.sorted { $0.pattern < $1.pattern })
            pairEnds[slot] = Int32(pairRows.count)
        }
        self.pairKeys = pairKeys
        self.pairStarts = pairStarts
        self.pairEnds = pairEnds
        self.pairRows = pairRows

        var conditionStarts = ContiguousArray<Int32>([0])
        var conditionAtoms = ContiguousArray<Int32>(), conditionPatterns = ContiguousArray<Int32>()
        var conditionIsContext = ContiguousArray<Bool>(), conditionSpan = ContiguousArray<Int32>()
        for entry in context.indices {
            var rows: [(atom: Int32, pattern: Int32, context: Bool)] = []
            var span = 1
            for (patterns, isContext) in [(context[entry], true), (exclude[entry], false)] {
                for pattern in patterns {
                    let steps = index.patterns[pattern]
                    guard case .atom(let first) = steps.first else { continue }
                    rows.append((first, Int32(pattern), isContext))
                    span = max(span, steps.reduce(0) { total, step in
                        if case .gap(let max) = step { return total + max }
                        return total + 1
                    })
                }
            }
            rows.sort { $0.atom != $1.atom ? $0.atom < $1.atom : $0.pattern < $1.pattern }
            for row in rows {
                conditionAtoms.append(row.atom)
                conditionPatterns.append(row.pattern)
                conditionIsContext.append(row.context)
            }
            conditionStarts.append(Int32(conditionAtoms.count))
            conditionSpan.append(Int32(span))
        }
        self.conditionStarts = conditionStarts
        self.conditionAtoms = conditionAtoms
        self.conditionPatterns = conditionPatterns
        self.conditionIsContext = conditionIsContext
        self.conditionSpan = conditionSpan
    }

    @inline(__always)
    static func key(_ first: Int32, _ second: Int32) -> UInt64 { UInt64(first + 1) << 32 | UInt64(second + 1) }

    @inline(__always)
    static func slot(of key: UInt64, mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask }

    /// The pair rows of (first, second), as a range of ``pairRows``.
    @inline(__always)
    func pairRows(_ first: Int32, _ second: Int32) -> Range<Int> {
        let key = HitIndex.key(first, second)
        let mask = pairKeys.count - 1
        var slot = HitIndex.slot(of: key, mask: mask)
        while true {
            let found = pairKeys[slot]
            if found == key { return Int(pairStarts[slot])..<Int(pairEnds[slot]) }
            if found == 0 { return 0..<0 }
            slot = (slot + 1) & mask
        }
    }

    /// Whether multiword pattern `id` can match at `token` as far as its second word tells.
    @inline(__always)
    func secondWordFits(_ id: Int, at token: Int, limit: Int, atoms: DocumentAtoms) -> Bool {
        let second = secondAtom[id]
        if second < 0 { return true }
        return token + 1 < limit && atoms.has(second, at: token + 1)
    }

    /// What a word type with `atoms` can start, for ``DocumentAtoms``: its role
    /// (``startsDirect`` when a one-word pattern starts with one of its atoms,
    /// ``startsGappedOnly`` when only gapped phrases do, ``startsPairs``), bit `atom & 63` of
    /// each of its atoms, and the same bits of the second atoms its pair rows want. Computed once
    /// per word type by ``AtomCache``, so that the scan of a document does not loop over the
    /// atoms of every form.
    func typeRole(of atoms: UnsafeBufferPointer<Int32>) -> (role: UInt8, atomBits: UInt64, pairBits: UInt64) {
        var role: UInt8 = 0, atomBits: UInt64 = 0, pairBits: UInt64 = 0
        for atom in atoms {
            atomBits |= 1 << UInt64(atom & 63)
            let atomRole = atomRole[Int(atom)]
            if atomRole & HitIndex.startsPairs != 0 {
                role |= HitIndex.startsPairs
                pairBits |= pairMask[Int(atom)]
            }
            if atomRole & HitIndex.startsDirectSingle != 0 {
                role |= HitIndex.startsDirect
            } else if atomRole & HitIndex.startsDirect != 0 {
                role |= HitIndex.startsGappedOnly
            }
        }
        if role & HitIndex.startsDirect != 0 { role &= ~HitIndex.startsGappedOnly }
        return (role, atomBits, pairBits)
    }

    /// The condition rows of `entry` (indices into the condition arrays).
    @inline(__always)
    func conditionRows(of entry: Int) -> Range<Int> { Int(conditionStarts[entry])..<Int(conditionStarts[entry + 1]) }
}
