/// For each ``Matcher/Group``, the pattern ids of that group by first atom, as compressed rows,
/// so that ``Matcher/terms(_:in:atoms:)`` visits only the patterns of the group it is asked
/// for instead of every pattern starting at a token and filtering by group.
///
/// Each row also carries what rules a pattern in or out without walking its steps: one-word
/// patterns match at once, and a pattern whose second step is a word is only walked when the
/// next token has that word (the same pre-test as ``HitIndex``).
struct GroupIndex: Sendable {
    /// One pattern to try.
    struct Row: Sendable {
        var pattern: Int32
        /// ``GroupIndex/singleWord``, the atom of the second step, or ``GroupIndex/walk``
        /// (the second step is a gap: walk the pattern).
        var second: Int32
        /// The atom of the last step: a multiword pattern is walked only in a document that has it.
        var last: Int32
    }

    static let singleWord: Int32 = -2
    static let walk: Int32 = -1

    /// Per group (by raw value): row `atom` is `rows[starts[atom] ..< starts[atom + 1]]`, in
    /// ascending pattern id (the order of ``PatternIndex/patternsByFirstAtom``).
    private let starts: [ContiguousArray<Int32>]
    private let rows: [ContiguousArray<Row>]
    /// Per group: bit `atom` set when the atom's row is not empty. Most atoms start no cue, role
    /// or target; this small bit set answers that from cache instead of two loads from ``starts``.
    private let startsAny: [ContiguousArray<UInt64>]

    init(index: PatternIndex, groups: [Matcher.Group]) {
        var allStarts: [ContiguousArray<Int32>] = []
        var allRows: [ContiguousArray<Row>] = []
        var allStartsAny: [ContiguousArray<UInt64>] = []
        for group in Matcher.Group.allCases {
            var startsAny = ContiguousArray<UInt64>(repeating: 0, count: index.atomCount / 64 + 1)
            var starts = ContiguousArray<Int32>()
            starts.reserveCapacity(index.atomCount + 1)
            var rows = ContiguousArray<Row>()
            for (atom, patterns) in index.patternsByFirstAtom.enumerated() {
                starts.append(Int32(rows.count))
                for id in patterns where groups[Int(id)] == group {
                    let steps = index.patterns[Int(id)]
                    var second = GroupIndex.walk
                    if steps.count == 1 {
                        second = GroupIndex.singleWord
                    } else if case .atom(let secondAtom) = steps[1] {
                        second = secondAtom
                    }
                    var last: Int32 = -1
                    if case .atom(let atom) = steps.last { last = atom }
                    rows.append(Row(pattern: id, second: second, last: last))
                    startsAny[atom >> 6] |= 1 << UInt64(atom & 63)
                }
            }
            starts.append(Int32(rows.count))
            allStarts.append(starts)
            allRows.append(rows)
            allStartsAny.append(startsAny)
        }
        self.starts = allStarts
        self.rows = allRows
        self.startsAny = allStartsAny
    }

    /// Every match of `group`'s patterns inside `tokens`, in order of start, then first atom,
    /// then pattern id (the order of ``PatternIndex/matches(in:atoms:only:)`` restricted to
    /// the group).
    func matches(_ group: Matcher.Group, in tokens: Range<Int>, atoms: DocumentAtoms, index: PatternIndex) -> [PatternMatch] {
        var result: [PatternMatch] = []
        matches(group, in: tokens, atoms: atoms, index: index, into: &result)
        return result
    }

    /// Per form of the document: whether one of its atoms starts a pattern of `group`. One pass
    /// over the document's forms lets the token loop skip, with one load, the tokens that start
    /// nothing (most of them) instead of reading each token's atoms.
    func startingForms(_ group: Matcher.Group, atoms: DocumentAtoms) -> ContiguousArray<Bool> {
        let formCount = atoms.formCount
        var result = ContiguousArray<Bool>(repeating: false, count: formCount)
        startsAny[Int(group.rawValue)].withUnsafeBufferPointer { startsAny in
            atoms.rows.withUnsafeBufferPointer { formRows in
                atoms.atoms.withUnsafeBufferPointer { atomList in
                    for form in 0..<formCount {
                        for position in formRows[form].range {
                            let atom = Int(atomList[position])
                            if startsAny[atom >> 6] & (1 << UInt64(atom & 63)) != 0 { result[form] = true; break }
                        }
                    }
                }
            }
        }
        return result
    }

    /// ``matches(_:in:atoms:index:)``, appended to `result` (a scratch array reused by the
    /// caller); `starting` is ``startingForms(_:atoms:)`` when the caller has it.
    func matches(_ group: Matcher.Group, in tokens: Range<Int>, atoms: DocumentAtoms, index: PatternIndex,
                 starting: ContiguousArray<Bool>? = nil, into result: inout [PatternMatch]) {
        // For a whole document the pass over its forms pays for itself.
        let starting = starting ?? (tokens.count > 64 ? startingForms(group, atoms: atoms) : nil)
        if let starting {
            starting.withUnsafeBufferPointer { starting in
                matches(group, in: tokens, atoms: atoms, index: index, starting: starting, into: &result)
            }
        } else {
            matches(group, in: tokens, atoms: atoms, index: index, starting: UnsafeBufferPointer(start: nil, count: 0), into: &result)
        }
    }

    private func matches(_ group: Matcher.Group, in tokens: Range<Int>, atoms: DocumentAtoms, index: PatternIndex,
                         starting: UnsafeBufferPointer<Bool>, into result: inout [PatternMatch]) {
        let limit = tokens.upperBound
        let filtered = starting.count > 0
        // Buffer pointers over the rows and the document's atoms: this loop runs for every token
        // of every document (cues and roles) and would otherwise pay bounds checks and
        // retain/release on each array access. All indices come from the same tables' offsets.
        startsAny[Int(group.rawValue)].withUnsafeBufferPointer { startsAny in
        starts[Int(group.rawValue)].withUnsafeBufferPointer { starts in
        rows[Int(group.rawValue)].withUnsafeBufferPointer { rows in
        atoms.tokenForms.withUnsafeBufferPointer { tokenForms in
        atoms.rows.withUnsafeBufferPointer { formRows in
        atoms.atoms.withUnsafeBufferPointer { atomList in
            for start in tokens {
                let form = Int(tokenForms[start])
                if filtered && !starting[form] { continue }
                for atomPosition in formRows[form].range {
                    let atom = Int(atomList[atomPosition])
                    guard startsAny[atom >> 6] & (1 << UInt64(atom & 63)) != 0 else { continue }
                    for position in Int(starts[atom])..<Int(starts[atom + 1]) {
                        let row = rows[position]
                        if row.second == GroupIndex.singleWord {
                            result.append(PatternMatch(pattern: Int(row.pattern), tokens: start..<start + 1))
                            continue
                        }
                        if row.last >= 0, !atoms.isPresent(row.last) { continue }
                        if row.second >= 0, !(start + 1 < limit && atoms.has(row.second, at: start + 1)) { continue }
                        if let end = index.matchEnd(Int(row.pattern), from: start, limit: limit, atoms: atoms) {
                            result.append(PatternMatch(pattern: Int(row.pattern), tokens: start..<end))
                        }
                    }
                }
            }
        }
        }
        }
        }
        }
        }
    }
}
