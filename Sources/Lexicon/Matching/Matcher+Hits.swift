extension Matcher {
    /// The hits of the scoring entries in a document, in order of position (sentence, first
    /// token, last token, entry).
    ///
    /// Per sentence: candidate matches of every entry pattern; entries with `exclude` patterns are
    /// dropped when one matches within ``LexiconEntry/excludeWindow`` tokens (overlapping
    /// included), entries with `context` patterns kept only when one matches within
    /// ``LexiconEntry/contextWindow`` tokens; overlaps resolved within a layer (longest span,
    /// then earlier start, then earlier entry in load order; layers may overlap); then the
    /// modifier rules of ``ModifierRules`` (negation, intensifiers and dampeners, contrast).
    ///
    /// - Complexity: O(tokens × patterns starting at a token) for the candidates, plus, for
    ///   sentences with candidates, O(candidates × condition patterns × window) and
    ///   O(hits × modifiers) — modifiers are only looked at in sentences that have a candidate.
    public func hits(in segmentation: Segmentation, atoms: DocumentAtoms) -> [Hit] {
        var builder = HitBuilder(matcher: self, segmentation: segmentation, atoms: atoms, keepRejected: false)
        builder.run()
        return builder.hits
    }

    /// ``hits(in:atoms:)``, and the candidates that did not become hits, with the reason.
    public func hits(in segmentation: Segmentation, atoms: DocumentAtoms, rejected: inout [RejectedHit]) -> [Hit] {
        var builder = HitBuilder(matcher: self, segmentation: segmentation, atoms: atoms, keepRejected: true)
        builder.run()
        rejected = builder.rejected
        return builder.hits
    }

    /// The tokens that the word elements of pattern `id` matched for a match starting at `start`
    /// (gap tokens left out), taking the same path as ``PatternIndex/matchEnd(_:from:limit:atoms:)``.
    func elementTokens(ofPattern id: Int, from start: Int, limit: Int, atoms: DocumentAtoms) -> [Int] {
        let steps = index.patterns[id]
        var positions: [Int] = []
        func walk(_ step: Int, _ position: Int) -> Bool {
            if step == steps.count { return true }
            guard position < limit else { return false }
            switch steps[step] {
            case .atom(let atom):
                guard atoms.has(atom, at: position) else { return false }
                positions.append(position)
                if walk(step + 1, position + 1) { return true }
                positions.removeLast()
                return false
            case .gap(let max):
                var skip = 0
                while skip <= max && position + skip < limit {
                    if walk(step + 1, position + skip) { return true }
                    skip += 1
                }
                return false
            }
        }
        _ = walk(0, start)
        return positions
    }
}

/// The work of ``Matcher/hits(in:atoms:)`` for one document, with scratch buffers reused across
/// its sentences.
struct HitBuilder {
    let matcher: Matcher
    let rules: ModifierRules
    let segmentation: Segmentation
    let atoms: DocumentAtoms
    let keepRejected: Bool
    var hits: [Hit] = []
    var rejected: [RejectedHit] = []

    /// Function-word flags per document form id, computed on first use (0xFF: not yet).
    private var formFlags: ContiguousArray<UInt8>

    /// A candidate that passed its conditions.
    struct Candidate {
        var entry: Int
        var tokens: Range<Int>
        var layer: Int32
        var context: [Range<Int>]
    }

    init(matcher: Matcher, segmentation: Segmentation, atoms: DocumentAtoms, keepRejected: Bool) {
        self.matcher = matcher
        self.rules = matcher.rules
        self.segmentation = segmentation
        self.atoms = atoms
        self.keepRejected = keepRejected
        formFlags = ContiguousArray(repeating: 0xFF, count: segmentation.forms.count)
    }

    mutating func run() {
        let (entries, entryStarts, modifiers, modifierStarts) = collectCandidates()
        // Scratch arrays reused across sentences.
        var candidates: [Candidate] = []
        var resolved: [TermMatch] = []
        for (index, sentence) in segmentation.sentences.enumerated() {
            let entryRange = Int(entryStarts[index])..<Int(entryStarts[index + 1])
            guard !entryRange.isEmpty else { continue }
            candidates.removeAll(keepingCapacity: true)
            check(entries[entryRange], sentence: index, tokens: sentence.tokens, into: &candidates)
            resolve(&candidates, sentence: index)
            guard !candidates.isEmpty else { continue }
            resolved.removeAll(keepingCapacity: true)
            let modifierRange = Int(modifierStarts[index])..<Int(modifierStarts[index + 1])
            if !modifierRange.isEmpty {
                resolved.append(contentsOf: modifiers[modifierRange])
                HitBuilder.resolveLongest(&resolved)
            }
            applyModifiers(candidates, modifiers: resolved, sentence: index, tokens: sentence.tokens)
        }
    }

    /// Sorts a short array without allocating (insertion sort: a sentence has a handful of
    /// candidates).
    @inline(__always)
    static func insertionSort<T>(_ array: inout [T], by less: (T, T) -> Bool) {
        guard array.count > 1 else { return }
        for index in 1..<array.count {
            let element = array[index]
            var position = index
            while position > 0 && less(element, array[position - 1]) {
                array[position] = array[position - 1]
                position -= 1
            }
            array[position] = element
        }
    }

    /// The one overlap rule for term matches (cues, roles, targets, modifiers), in place and
    /// without allocating: non-overlapping matches, longest first, then earliest start, then
    /// patterns without wildcards, then lowest item; the result in order of start.
    static func resolveLongest(_ matches: inout [TermMatch]) {
        guard matches.count > 1 else { return }
        insertionSort(&matches) {
            if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
            if $0.tokens.lowerBound != $1.tokens.lowerBound { return $0.tokens.lowerBound < $1.tokens.lowerBound }
            if $0.isWildcard != $1.isWildcard { return !$0.isWildcard }
            return $0.item < $1.item
        }
        var kept = 0
        for index in matches.indices {
            let match = matches[index]
            var overlaps = false
            for earlier in 0..<kept where matches[earlier].tokens.overlaps(match.tokens) {
                overlaps = true
                break
            }
            if overlaps { continue }
            matches[kept] = match
            kept += 1
        }
        matches.removeLast(matches.count - kept)
        insertionSort(&matches) { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    // MARK: Candidates

    /// Matches of entry and modifier patterns in every sentence, in one pass over the document:
    /// sentence `s` has `entries[entryStarts[s] ..< entryStarts[s + 1]]`, and the same for modifiers.
    private func collectCandidates() -> (entries: [PatternMatch], entryStarts: ContiguousArray<Int32>,
                                         modifiers: [TermMatch], modifierStarts: ContiguousArray<Int32>) {
        var entries: [PatternMatch] = [], modifiers: [TermMatch] = []
        var entryStarts = ContiguousArray<Int32>(repeating: 0, count: segmentation.sentences.count + 1)
        var modifierStarts = ContiguousArray<Int32>(repeating: 0, count: segmentation.sentences.count + 1)
        let hitIndex = matcher.hitIndex
        let index = matcher.index
        let itemOfPattern = matcher.itemOfPattern
        let atoms = self.atoms
        let formCount = segmentation.forms.count
        // Per form of the document (from the word-type cache, see ``HitIndex/typeRole(of:)``):
        // what its tokens can start, and the bit sets of its atoms and of the second atoms its
        // pair rows want. A token whose form starts pairs looks at the next token's atoms only
        // when the two bit sets meet ("i", "på" and "det" start phrases, but rarely before their
        // second word). A multiword pattern whose last word is absent from the document
        // (``DocumentAtoms/present``) is not tried, and a form whose direct rows are all such
        // patterns does not start direct rows in this document ("ingen" and "mangle" start
        // dozens of gapped phrases).
        // Forms whose gapped-only rows are live in this document start direct rows here (kept
        // apart from the rows, which would otherwise be copied whole per document).
        var liveGapped = ContiguousArray<UInt8>(repeating: 0, count: formCount)

        func add(_ row: HitIndex.Row, _ token: Int, _ end: Int) {
            if row.flags & HitIndex.modifier == 0 {
                entries.append(PatternMatch(pattern: Int(row.pattern), tokens: token..<end))
            } else {
                modifiers.append(TermMatch(item: Int(itemOfPattern[Int(row.pattern)]), tokens: token..<end))
            }
        }
        atoms.tokenForms.withUnsafeBufferPointer { tokenForms in
        atoms.atoms.withUnsafeBufferPointer { formAtoms in
        hitIndex.atomRole.withUnsafeBufferPointer { atomRole in
        hitIndex.directStarts.withUnsafeBufferPointer { directStarts in
        hitIndex.directRows.withUnsafeBufferPointer { directRows in
        atoms.rows.withUnsafeBufferPointer { formRows in
        liveGapped.withUnsafeMutableBufferPointer { liveGapped in
        atoms.present.withUnsafeBufferPointer { present in
        hitIndex.pairMask.withUnsafeBufferPointer { pairMask in
        entryStarts.withUnsafeMutableBufferPointer { entryStarts in
        modifierStarts.withUnsafeMutableBufferPointer { modifierStarts in
            @inline(__always) func lastWordPresent(_ row: HitIndex.Row) -> Bool {
                let last = Int(row.last)
                return present[last >> 6] & (1 << UInt64(last & 63)) != 0
            }
            for form in 0..<formCount where formRows[form].role & HitIndex.startsGappedOnly != 0 {
                live: for slot in formRows[form].range {
                    let atom = Int(formAtoms[slot])
                    guard atomRole[atom] & HitIndex.startsDirect != 0 else { continue }
                    for position in Int(directStarts[atom])..<Int(directStarts[atom + 1]) where lastWordPresent(directRows[position]) {
                        liveGapped[form] = HitIndex.startsDirect
                        break live
                    }
                }
            }
            // The tokens that may start something, without a branch per token (whether a token
            // starts something is a coin toss to the branch predictor, and most do not): a
            // token is kept when its form starts live direct rows, or starts pairs and the next
            // token has an atom in their bits (the sentence end is checked below).
            let tokenCount = tokenForms.count
            var work = ContiguousArray<Int32>(repeating: 0, count: tokenCount + 1)
            var workCount = 0
            work.withUnsafeMutableBufferPointer { work in
                guard tokenCount > 0 else { return }
                var nextForm = Int(tokenForms[0])
                for token in 0..<tokenCount {
                    let form = nextForm
                    nextForm = Int(tokenForms[min(token + 1, tokenCount - 1)])
                    // Arithmetic, not `&&` / `||`: the compiler turned those into two branches.
                    let role = UInt64(formRows[form].role | liveGapped[form])
                    let wanted = formRows[form].pairBits & formRows[nextForm].atomBits
                    let meets = (wanted | (0 &- wanted)) >> 63  // 1 when `wanted` has a bit
                    let starts = (role & UInt64(HitIndex.startsDirect)) | (meets & (role >> 1))  // startsPairs is bit 1
                    work[workCount] = Int32(truncatingIfNeeded: token)
                    workCount &+= Int(truncatingIfNeeded: starts & 1)
                }
            }
            var next = 0
            for (sentenceIndex, sentence) in segmentation.sentences.enumerated() {
                entryStarts[sentenceIndex] = Int32(entries.count)
                modifierStarts[sentenceIndex] = Int32(modifiers.count)
                let limit = sentence.tokens.upperBound
                while next < workCount, Int(work[next]) < sentence.tokens.lowerBound { next += 1 }
                while next < workCount, Int(work[next]) < limit {
                    let token = Int(work[next])
                    next += 1
                    let form = Int(tokenForms[token])
                    let formRow = formRows[form]
                    let tokenRole = formRow.role | liveGapped[form]
                    // Pairs only when the next token has a second atom this form's pairs want.
                    let tryPairs = tokenRole & HitIndex.startsPairs != 0 && token + 1 < limit
                        && formRow.pairBits & formRows[Int(tokenForms[token + 1])].atomBits != 0
                    guard tryPairs || tokenRole & HitIndex.startsDirect != 0 else { continue }
                    for slot in formRow.range {
                        let atom = Int(formAtoms[slot])
                        let role = atomRole[atom]
                        if role & HitIndex.startsDirect != 0, tokenRole & HitIndex.startsDirect != 0 {
                            for position in Int(directStarts[atom])..<Int(directStarts[atom + 1]) {
                                let row = directRows[position]
                                if row.flags & HitIndex.singleWord != 0 {
                                    add(row, token, token + 1)
                                } else if lastWordPresent(row),
                                          let end = index.matchEnd(Int(row.pattern), from: token, limit: limit, atoms: atoms) {
                                    add(row, token, end)
                                }
                            }
                        }
                        guard tryPairs, role & HitIndex.startsPairs != 0 else { continue }
                        let next = Int(tokenForms[token + 1])
                        let mask = pairMask[atom]
                        for nextSlot in formRows[next].range {
                            let second = formAtoms[nextSlot]
                            guard mask & (1 << UInt64(second & 63)) != 0 else { continue }
                            for position in hitIndex.pairRows(Int32(atom), second) {
                                let row = hitIndex.pairRows[position]
                                if row.flags & HitIndex.twoWords != 0 {
                                    add(row, token, token + 2)
                                } else if lastWordPresent(row),
                                          let end = index.matchEnd(Int(row.pattern), from: token, limit: limit, atoms: atoms) {
                                    add(row, token, end)
                                }
                            }
                        }
                    }
                }
            }
            entryStarts[segmentation.sentences.count] = Int32(entries.count)
            modifierStarts[segmentation.sentences.count] = Int32(modifiers.count)
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
        return (entries, entryStarts, modifiers, modifierStarts)
    }

    /// Candidates whose exclude patterns do not match and whose context patterns do (if any).
    private mutating func check(_ matches: ArraySlice<PatternMatch>, sentence: Int, tokens: Range<Int>, into passed: inout [Candidate]) {
        for match in matches {
            let entry = Int(matcher.itemOfPattern[match.pattern])
            let rows = matcher.hitIndex.conditionRows(of: entry)
            // An entry without conditions passes. A condition can only match where its first word
            // is: when no token of the document has the first atom of any of them, none matches.
            let conditionAtoms = matcher.hitIndex.conditionAtoms
            guard rows.contains(where: { atoms.isPresent(conditionAtoms[$0]) }) else {
                if rows.isEmpty || matcher.entryContext[entry].isEmpty {
                    passed.append(Candidate(entry: entry, tokens: match.tokens, layer: rules.entryLayer[entry], context: []))
                } else {
                    reject(sentence, match.tokens, entry, .noContext)
                }
                continue
            }
            let (excluded, context) = conditions(of: entry, rows: rows, near: match.tokens, sentence: tokens)
            if let excluded {
                reject(sentence, match.tokens, entry, .excluded(by: excluded))
                continue
            }
            if matcher.entryContext[entry].isEmpty == false && context.isEmpty {
                reject(sentence, match.tokens, entry, .noContext)
                continue
            }
            passed.append(Candidate(entry: entry, tokens: match.tokens, layer: rules.entryLayer[entry], context: context))
        }
    }

    /// The nearest exclude match within ``LexiconEntry/excludeWindow`` tokens of `span` (overlap
    /// included), and the context matches within ``LexiconEntry/contextWindow`` tokens, nearest
    /// first. Distance: 0 when overlapping, else the token steps between the spans (adjacent = 1).
    private func conditions(of entry: Int, rows: Range<Int>, near span: Range<Int>, sentence: Range<Int>) -> (Range<Int>?, [Range<Int>]) {
        let index = matcher.hitIndex
        let window = max(LexiconEntry.contextWindow, LexiconEntry.excludeWindow)
        let from = max(sentence.lowerBound, span.lowerBound - window - Int(index.conditionSpan[entry]) + 1)
        let to = min(sentence.upperBound, span.upperBound + window)
        var excluded: (range: Range<Int>, distance: Int)?
        var context: [(range: Range<Int>, distance: Int)] = []
        for position in from..<to {
            for atom in atoms.atoms(of: position) {
                // The entry's rows for this atom (rows are sorted by atom).
                var low = rows.lowerBound, high = rows.upperBound
                while low < high {
                    let middle = (low + high) / 2
                    if index.conditionAtoms[middle] < atom { low = middle + 1 } else { high = middle }
                }
                var row = low
                while row < rows.upperBound && index.conditionAtoms[row] == atom {
                    defer { row += 1 }
                    let pattern = Int(index.conditionPatterns[row])
                    let end: Int
                    if index.flags[pattern] & HitIndex.singleWord != 0 {
                        end = position + 1
                    } else {
                        guard index.secondWordFits(pattern, at: position, limit: sentence.upperBound, atoms: atoms),
                              let found = matcher.index.matchEnd(pattern, from: position, limit: sentence.upperBound, atoms: atoms) else { continue }
                        end = found
                    }
                    let range = position..<end
                    let distance = HitBuilder.distance(range, span)
                    if index.conditionIsContext[row] {
                        if distance <= LexiconEntry.contextWindow { context.append((range, distance)) }
                    } else if distance <= LexiconEntry.excludeWindow, excluded == nil || distance < excluded!.distance {
                        excluded = (range, distance)
                    }
                }
            }
        }
        if context.count > 1 {
            context.sort { $0.distance != $1.distance ? $0.distance < $1.distance : $0.range.lowerBound < $1.range.lowerBound }
        }
        return (excluded?.range, context.map(\.range))
    }

    /// 0 when the spans overlap, else the token steps from one to the other (adjacent = 1).
    static func distance(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        if a.overlaps(b) { return 0 }
        return a.upperBound <= b.lowerBound ? b.lowerBound - a.upperBound + 1 : a.lowerBound - b.upperBound + 1
    }

    /// Overlaps resolved within each layer: longest span, then earlier start, then earlier entry.
    private mutating func resolve(_ candidates: inout [Candidate], sentence: Int) {
        guard candidates.count > 1 else { return }
        HitBuilder.insertionSort(&candidates) {
            if $0.layer != $1.layer { return $0.layer < $1.layer }
            if $0.tokens.count != $1.tokens.count { return $0.tokens.count > $1.tokens.count }
            if $0.tokens.lowerBound != $1.tokens.lowerBound { return $0.tokens.lowerBound < $1.tokens.lowerBound }
            return $0.entry < $1.entry
        }
        var kept = 0
        for index in candidates.indices {
            let candidate = candidates[index]
            var winner: Int?
            for earlier in 0..<kept where candidates[earlier].layer == candidate.layer && candidates[earlier].tokens.overlaps(candidate.tokens) {
                winner = earlier
                break
            }
            if let winner {
                reject(sentence, candidate.tokens, candidate.entry, .overlapped(byEntry: candidates[winner].entry, tokens: candidates[winner].tokens))
                continue
            }
            candidates[kept] = candidate
            kept += 1
        }
        candidates.removeLast(candidates.count - kept)
        HitBuilder.insertionSort(&candidates) {
            if $0.tokens.lowerBound != $1.tokens.lowerBound { return $0.tokens.lowerBound < $1.tokens.lowerBound }
            if $0.tokens.upperBound != $1.tokens.upperBound { return $0.tokens.upperBound < $1.tokens.upperBound }
            return $0.entry < $1.entry
        }
    }

    private mutating func reject(_ sentence: Int, _ tokens: Range<Int>, _ entry: Int, _ reason: RejectedHit.Reason) {
        guard keepRejected else { return }
        rejected.append(RejectedHit(sentence: sentence, tokens: tokens, entry: entry, reason: reason))
    }

    // MARK: Modifiers

    private mutating func applyModifiers(_ candidates: [Candidate], modifiers: [TermMatch], sentence: Int, tokens: Range<Int>) {
        let first = hits.count
        /// (layer, tokens of an intensifier/dampener that modified a hit, that hit's tokens)
        var usedModifiers: [(layer: Int32, tokens: Range<Int>, of: Range<Int>)] = []
        for candidate in candidates {
            let base = rules.entryBase[candidate.entry]
            var hit = Hit(sentence: sentence, tokens: candidate.tokens,
                          bytes: Int(segmentation.tokens.starts[candidate.tokens.lowerBound])..<Int(segmentation.tokens.ends[candidate.tokens.upperBound - 1]),
                          entry: candidate.entry, baseWeight: base, weight: base)
            if let nearest = candidate.context.first { hit.trace.append(.context(matched: nearest)) }
            if !modifiers.isEmpty {
                weigh(&hit, candidate, modifiers: modifiers, others: candidates, sentence: tokens, used: &usedModifiers)
            }
            hits.append(hit)
        }
        guard !modifiers.isEmpty else { return }
        // An adverb that is both an entry and an intensifier ("helt", "utrolig", "forferdelig")
        // grades the next hit instead of counting on its own; words inside a negator, a contrast
        // marker or a multiword modifier ("heller ikke", "uten tvil") are function words there.
        var kept = first
        for index in first..<hits.count {
            let hit = hits[index]
            let layer = rules.entryLayer[hit.entry]
            if let use = usedModifiers.first(where: { $0.layer == layer && $0.tokens == hit.tokens }) {
                reject(sentence, hit.tokens, hit.entry, .modifierOfHit(tokens: use.of))
                continue
            }
            if let modifier = modifiers.first(where: { isFunctionWordModifier($0) && $0.tokens.lowerBound <= hit.tokens.lowerBound
                                                        && hit.tokens.upperBound <= $0.tokens.upperBound }) {
                reject(sentence, hit.tokens, hit.entry, .partOfModifier(tokens: modifier.tokens))
                continue
            }
            if kept != index { hits[kept] = hit }
            kept += 1
        }
        hits.removeLast(hits.count - kept)
    }

    /// Applies negation, intensifiers and dampeners, and contrast to `hit`.
    private mutating func weigh(_ hit: inout Hit, _ candidate: Candidate, modifiers: [TermMatch], others: [Candidate],
                                sentence tokens: Range<Int>, used: inout [(layer: Int32, tokens: Range<Int>, of: Range<Int>)]) {
        // Tokens the entry's own words matched: a modifier there is part of the entry. Only a
        // pattern with a gap has tokens of its span that are not its own (a negator in the gap
        // negates: "mangler ikke våpen"). Entry patterns come first in the Matcher: id == entry.
        var elements: [Int]?
        if matcher.hitIndex.flags[candidate.entry] & HitIndex.gap != 0,
           modifiers.contains(where: { $0.tokens.overlaps(candidate.tokens) }) {
            elements = matcher.elementTokens(ofPattern: candidate.entry, from: candidate.tokens.lowerBound, limit: tokens.upperBound, atoms: atoms)
        }
        let own = OwnTokens(span: candidate.tokens, elements: elements, context: candidate.context)

        if let (by, value) = negator(for: candidate, modifiers: modifiers, others: others, sentence: tokens, own: own) {
            hit.negated = true
            let factor = rules.entryFlips[candidate.entry] ? ModifierRules.negationDamping * value : 0
            hit.weight *= factor
            hit.trace.append(.negated(by: by, factor: factor))
        }

        var edge = candidate.tokens.lowerBound
        var chain = 0
        while chain < 4, let (match, factor, intensifies) = gradingModifier(endingNear: edge, modifiers: modifiers, sentence: tokens, own: own) {
            hit.weight *= factor
            if intensifies {
                hit.intensified = true
                hit.trace.append(.intensified(by: match.tokens, factor: factor))
            } else {
                hit.trace.append(.dampened(by: match.tokens, factor: factor))
            }
            used.append((candidate.layer, match.tokens, candidate.tokens))
            edge = match.tokens.lowerBound
            chain += 1
        }

        for (side, by, factor) in contrast(for: candidate, modifiers: modifiers, sentence: tokens, own: own) {
            hit.weight *= factor
            hit.trace.append(.contrast(side, by: by, factor: factor))
        }
    }

    /// The tokens that belong to an entry's match: its words (a gap's tokens do not) and the
    /// context matches that let it count. A modifier there does not modify the entry.
    struct OwnTokens {
        let span: Range<Int>
        /// The tokens of the pattern's words, when the pattern has a gap; nil: the whole span.
        let elements: [Int]?
        let context: [Range<Int>]

        func contains(_ match: TermMatch) -> Bool {
            if !context.isEmpty && context.contains(where: { $0.overlaps(match.tokens) }) { return true }
            guard match.tokens.overlaps(span) else { return false }
            guard let elements else { return true }
            return elements.contains { match.tokens.contains($0) }
        }
    }

    /// Negators, contrast markers and multiword modifiers: their words never count as entries.
    /// (A single-word intensifier or dampener may be evaluative on its own: "det er forferdelig".)
    private func isFunctionWordModifier(_ match: TermMatch) -> Bool {
        switch rules.roles[match.item] {
        case .intensifier, .dampener: return match.tokens.count > 1
        default: return true
        }
    }

    /// The nearest negator with scope over `candidate`, and its value (-1 … 0).
    ///
    /// Before the hit: within reach in the same clause (`uten`: only the phrase it governs;
    /// `verken`: across `eller`). Inside a gap of the hit ("mangler ikke våpen"). After the hit
    /// (V2): when the hit opens its clause and a finite verb follows it, then the subject, then the
    /// negator ("Fornøyd er han ikke"), or the negator right after the verb ends the clause
    /// ("Hjelpen kom aldri.").
    private mutating func negator(for candidate: Candidate, modifiers: [TermMatch], others: [Candidate], sentence: Range<Int>,
                                  own: OwnTokens) -> (Range<Int>, Double)? {
        let span = candidate.tokens
        var best: (tokens: Range<Int>, value: Double, distance: Int)?
        for match in modifiers {
            guard case .negator(let scope, let value) = rules.roles[match.item], !own.contains(match) else { continue }
            let range = match.tokens
            var distance: Int?
            if range.lowerBound >= span.lowerBound && range.upperBound <= span.upperBound {
                distance = 0
            } else if range.upperBound <= span.lowerBound {
                let between = span.lowerBound - range.upperBound
                switch scope {
                case .clause:
                    if between < ModifierRules.negatorReach && !hasBoundary(range.upperBound..<span.lowerBound, crossingEller: false) {
                        distance = between + 1
                    }
                case .governed:
                    let otherHitBetween = others.contains {
                        $0.layer == candidate.layer && $0.tokens.lowerBound >= range.upperBound && $0.tokens.lowerBound < span.lowerBound
                    }
                    if between < ModifierRules.governingReach && !otherHitBetween
                        && !hasBoundary(range.upperBound..<span.lowerBound, crossingEller: false) {
                        distance = between + 1
                    }
                case .coordination:
                    if between < ModifierRules.coordinationReach && !hasBoundary(range.upperBound..<span.lowerBound, crossingEller: true) {
                        distance = between + 1
                    }
                }
            } else if range.lowerBound >= span.upperBound, scope == .clause, negatesV2(span, negator: range, sentence: sentence) {
                distance = 100 + range.lowerBound - span.upperBound
            }
            if let distance, best == nil || distance < best!.distance {
                best = (range, value, distance)
            }
        }
        return best.map { ($0.tokens, $0.value) }
    }

    /// V2 order: "Fornøyd er han ikke", "Bra var det aldri", "Hjelpen kom aldri."
    private mutating func negatesV2(_ span: Range<Int>, negator: Range<Int>, sentence: Range<Int>) -> Bool {
        // The hit opens its clause (at most two words before it: "Helt fornøyd", "Den nye støtten").
        var before = 0
        var position = span.lowerBound - 1
        while position >= sentence.lowerBound && !isBoundary(position, crossingEller: false) {
            before += 1
            if before > 2 { return false }
            position -= 1
        }
        let verb = span.upperBound
        guard verb < negator.lowerBound, isFiniteVerb(verb),
              !hasBoundary(span.upperBound..<negator.lowerBound, crossingEller: false) else { return false }
        let between = negator.lowerBound - verb - 1
        if between >= 1 && between <= 2 { return true }
        if between == 0 {
            // "Hjelpen kom aldri." but not "Problemet er ikke løst".
            return negator.upperBound >= sentence.upperBound || isBoundary(negator.upperBound, crossingEller: false)
                || segmentation.tokens.kinds[negator.upperBound] == .punctuation
        }
        return false
    }

    /// The nearest intensifier or dampener ending at most ``ModifierRules/modifierReach`` tokens
    /// before `edge`, in the same clause.
    private mutating func gradingModifier(endingNear edge: Int, modifiers: [TermMatch], sentence: Range<Int>,
                                          own: OwnTokens) -> (TermMatch, Double, Bool)? {
        var best: (TermMatch, Double, Bool)?
        for match in modifiers where match.tokens.upperBound <= edge && edge - match.tokens.upperBound < ModifierRules.modifierReach {
            let factor: Double, intensifies: Bool
            switch rules.roles[match.item] {
            case .intensifier(let value): (factor, intensifies) = (value, true)
            case .dampener(let value): (factor, intensifies) = (value, false)
            default: continue
            }
            guard !own.contains(match), !hasBoundary(match.tokens.upperBound..<edge, crossingEller: false) else { continue }
            if best == nil || match.tokens.upperBound > best!.0.tokens.upperBound { best = (match, factor, intensifies) }
        }
        return best
    }

    /// Contrast steps for `candidate`: after/before the nearest adversative, inside a concessive clause.
    private mutating func contrast(for candidate: Candidate, modifiers: [TermMatch], sentence: Range<Int>,
                                   own: OwnTokens) -> [(HitStep.ContrastSide, Range<Int>, Double)] {
        let span = candidate.tokens
        var after: (Range<Int>, Double)?, before: Range<Int>?, conceded: (Range<Int>, Double)?
        for match in modifiers where !own.contains(match) {
            let range = match.tokens
            switch rules.roles[match.item] {
            case .adversative(let value):
                if range.upperBound <= span.lowerBound {
                    if after == nil || range.upperBound > after!.0.upperBound { after = (range, value) }
                } else if range.lowerBound >= span.upperBound, before == nil {
                    before = range
                }
            case .concessive(let value):
                if range.upperBound <= span.lowerBound, span.lowerBound - range.upperBound < ModifierRules.concessiveReach,
                   !hasPunctuation(range.upperBound..<span.lowerBound) {
                    if conceded == nil || range.upperBound > conceded!.0.upperBound { conceded = (range, value) }
                }
            default: continue
            }
        }
        var steps: [(HitStep.ContrastSide, Range<Int>, Double)] = []
        if let conceded { steps.append((.concessive, conceded.0, conceded.1)) }
        if let after {
            steps.append((.after, after.0, after.1))
        } else if let before {
            steps.append((.before, before, ModifierRules.contrastBefore))
        }
        return steps
    }

    // MARK: Clause structure

    private mutating func hasBoundary(_ range: Range<Int>, crossingEller: Bool) -> Bool {
        for token in range where isBoundary(token, crossingEller: crossingEller) { return true }
        return false
    }

    private func hasPunctuation(_ range: Range<Int>) -> Bool {
        for token in range where isPunctuationBoundary(token) { return true }
        return false
    }

    /// Punctuation other than quotation marks, or a clause-starting conjunction.
    private mutating func isBoundary(_ token: Int, crossingEller: Bool) -> Bool {
        switch segmentation.tokens.kinds[token] {
        case .punctuation:
            return isPunctuationBoundary(token)
        case .word:
            let flags = wordFlags(token)
            if flags.contains(.eller) { return !crossingEller }
            return flags.contains(.clauseBoundary)
        default:
            return false
        }
    }

    private func isPunctuationBoundary(_ token: Int) -> Bool {
        guard segmentation.tokens.kinds[token] == .punctuation else { return false }
        let text = segmentation.text
        let start = Int(segmentation.tokens.starts[token])
        let first = text.byte(at: start)
        switch first {
        case 0x22, 0x27: return false // " '
        case 0xC2: return !(text.byte(at: start + 1) == 0xAB || text.byte(at: start + 1) == 0xBB) // « »
        case 0xE2: return !(text.byte(at: start + 1) == 0x80 && (0x98...0x9F).contains(text.byte(at: start + 2))) // ‘ ’ “ ” „
        default: return true
        }
    }

    private mutating func isFiniteVerb(_ token: Int) -> Bool {
        segmentation.tokens.kinds[token] == .word && wordFlags(token).contains(.finiteVerb)
    }

    private mutating func wordFlags(_ token: Int) -> ModifierRules.WordFlags {
        let form = Int(segmentation.tokens.forms[token])
        let cached = formFlags[form]
        if cached != 0xFF { return ModifierRules.WordFlags(rawValue: cached) }
        let flags = segmentation.forms.withBytes(form) { rules.flags(ofFolded: $0) }
        formFlags[form] = flags.rawValue
        return flags
    }
}
