/// A ``LexiconSet`` compiled for matching: every pattern of every group (scoring entries, their
/// context and exclude conditions, modifiers, speech cues, roles, targets) in one
/// ``PatternIndex``. Immutable and `Sendable`: compile once, share across workers.
public final class Matcher: Sendable {
    /// Which list of the lexicon a pattern belongs to.
    public enum Group: UInt8, Sendable, Hashable, CaseIterable {
        case entry, condition, modifier, cue, role, target
    }

    public let lexicon: LexiconSet
    /// ``LexiconSet/version``, computed once (it hashes the whole lexicon).
    public let lexiconVersion: String
    public let index: PatternIndex
    /// For each pattern id: its group and its index in that group's list (for conditions: the
    /// index into ``conditionPatterns``).
    let groupOfPattern: [Group]
    let itemOfPattern: [Int32]
    /// Pattern ids of each entry's context and exclude patterns.
    let entryContext: [[Int]]
    let entryExclude: [[Int]]
    /// Layers, signed weights and modifier roles for ``hits(in:atoms:)`` (Matcher+Hits.swift).
    public let rules: ModifierRules
    /// Whether each pattern has a prefix or suffix wildcard (loses ties against whole words).
    let wildcardPatterns: [Bool]
    /// Entry and modifier patterns by first atom, for ``hits(in:atoms:)`` (HitIndex.swift).
    let hitIndex: HitIndex
    /// Each group's patterns by first atom, for ``terms(_:in:atoms:)`` (GroupIndex.swift).
    let groupIndex: GroupIndex

    public init(lexicon: LexiconSet) {
        var builder = PatternIndexBuilder()
        var groups: [Group] = []
        var items: [Int32] = []
        func add(_ pattern: Pattern, _ group: Group, _ item: Int) -> Int {
            let id = builder.add(pattern)
            groups.append(group)
            items.append(Int32(item))
            return id
        }
        var context: [[Int]] = [], exclude: [[Int]] = []
        for (item, entry) in lexicon.entries.enumerated() {
            _ = add(entry.pattern, .entry, item)
        }
        for (item, entry) in lexicon.entries.enumerated() {
            context.append(entry.context.map { add($0, .condition, item) })
            exclude.append(entry.exclude.map { add($0, .condition, item) })
        }
        for (item, modifier) in lexicon.modifiers.enumerated() { _ = add(modifier.pattern, .modifier, item) }
        for (item, cue) in lexicon.cues.enumerated() { _ = add(cue.pattern, .cue, item) }
        for (item, role) in lexicon.roles.enumerated() { _ = add(role.pattern, .role, item) }
        for (item, target) in lexicon.targets.enumerated() { _ = add(target.pattern, .target, item) }
        self.lexicon = lexicon
        self.lexiconVersion = lexicon.version
        self.index = builder.build()
        self.groupOfPattern = groups
        self.itemOfPattern = items
        self.entryContext = context
        self.entryExclude = exclude
        self.rules = ModifierRules(lexicon: lexicon)
        let compiled = self.index
        self.wildcardPatterns = compiled.patterns.map { steps in
            steps.contains { step in
                if case .atom(let atom) = step { return compiled.isWildcardAtom(atom) } else { return false }
            }
        }
        self.hitIndex = HitIndex(index: index, groups: groups, context: context, exclude: exclude)
        self.groupIndex = GroupIndex(index: index, groups: groups)
    }

    /// Matches of one group's patterns inside `tokens`, resolved left to right: at each position
    /// the longest match wins (ties: the earlier item in the lexicon), and matches do not overlap.
    ///
    /// - Complexity: O(tokens × candidate patterns per token).
    public func terms(_ group: Group, in tokens: Range<Int>, atoms: DocumentAtoms) -> [TermMatch] {
        let candidates = groupIndex.matches(group, in: tokens, atoms: atoms, index: index)
        if candidates.isEmpty { return [] }
        var terms: [TermMatch] = []
        resolve(candidates, into: &terms)
        return terms
    }

    /// `candidates` as term matches of their items, overlaps resolved (``HitBuilder/resolveLongest(_:)``);
    /// `terms` is replaced.
    func resolve(_ candidates: [PatternMatch], into terms: inout [TermMatch]) {
        terms.removeAll(keepingCapacity: true)
        terms.reserveCapacity(candidates.count)
        for candidate in candidates {
            terms.append(TermMatch(item: Int(itemOfPattern[candidate.pattern]), tokens: candidate.tokens,
                                   isWildcard: wildcardPatterns[candidate.pattern]))
        }
        HitBuilder.resolveLongest(&terms)
    }
}

extension Matcher {
    /// ``terms(_:in:atoms:)`` for every sentence of `segmentation`, in order, each match with its
    /// sentence: one pass with scratch arrays instead of two arrays per sentence.
    public func termsBySentence(_ group: Group, in segmentation: Segmentation, atoms: DocumentAtoms) -> [(sentence: Int, match: TermMatch)] {
        var result: [(sentence: Int, match: TermMatch)] = []
        var candidates: [PatternMatch] = []
        var terms: [TermMatch] = []
        let starting = groupIndex.startingForms(group, atoms: atoms)
        let tokenForms = atoms.tokenForms
        for (sentence, span) in segmentation.sentences.enumerated() where !span.tokens.isEmpty {
            // Most sentences have no token starting a pattern of the group (no target, say):
            // skip them without setting up the match loop.
            guard span.tokens.contains(where: { starting[Int(tokenForms[$0])] }) else { continue }
            candidates.removeAll(keepingCapacity: true)
            groupIndex.matches(group, in: span.tokens, atoms: atoms, index: index, starting: starting, into: &candidates)
            guard !candidates.isEmpty else { continue }
            resolve(candidates, into: &terms)
            for term in terms { result.append((sentence, term)) }
        }
        return result
    }
}

/// A match of one item of a lexicon list (a cue, a role, a target, a modifier …) over tokens.
public struct TermMatch: Sendable, Hashable {
    /// Index into the group's list in ``LexiconSet`` (e.g. `lexicon.cues[item]`).
    public var item: Int
    public var tokens: Range<Int>
    /// Whether the pattern has a wildcard (for tie-breaking).
    public var isWildcard = false

    public init(item: Int, tokens: Range<Int>, isWildcard: Bool = false) {
        self.item = item
        self.tokens = tokens
        self.isWildcard = isWildcard
    }
}
