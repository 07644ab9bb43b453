/// Many ``Pattern``s compiled into one space of *atoms* (a lemma with its generated forms, an
/// exact form, a prefix or a suffix), so that one pass over a document's distinct word forms
/// tells every pattern group (lexicon entries, context conditions, modifiers, speech verbs, roles,
/// targets) which tokens can start or continue it.
///
/// Immutable and `Sendable`: build it once with ``PatternIndexBuilder``, share it across workers;
/// each worker keeps its own ``AtomCache``.
public struct PatternIndex: Sendable {
    /// One element of a compiled pattern.
    public enum Step: Sendable, Hashable {
        case atom(Int32)
        case gap(Int)
    }

    /// Folded forms that lemma and exact atoms match, and the atoms of each.
    var forms = FormTable()
    var atomsOfForm: [[Int32]] = []
    /// Wildcards: folded bytes and atom id. A suffix atom lists every form of its lemma.
    var prefixes: [(bytes: [UInt8], atom: Int32)] = []
    var suffixes: [(bytes: [UInt8], atom: Int32)] = []
    /// The same wildcards as hash tables (a word looks up its prefixes and suffixes instead of
    /// comparing itself with every wildcard).
    var prefixTable = WildcardTable(side: .prefix)
    var suffixTable = WildcardTable(side: .suffix)
    public internal(set) var atomCount = 0
    /// Patterns as steps, by pattern id.
    public internal(set) var patterns: [[Step]] = []
    /// Pattern ids whose first step is atom `a`.
    var patternsByFirstAtom: [[Int32]] = []

    /// Atoms that come from `prefix*` or `*suffix` patterns.
    var wildcardAtoms = Set<Int32>()

    func isWildcardAtom(_ atom: Int32) -> Bool { wildcardAtoms.contains(atom) }

    /// Number of patterns.
    public var count: Int { patterns.count }

    /// The atoms a folded form satisfies (sorted, unique).
    ///
    /// - Complexity: O(length) hashing for the wildcards (``WildcardTable``); call it once per
    ///   distinct form (``AtomCache`` does).
    func atoms(ofFolded bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var result: [Int32] = []
        if let id = forms.lookup(bytes) { result.append(contentsOf: atomsOfForm[Int(id)]) }
        prefixTable.forEachMatch(in: bytes) { result.append($0) }
        suffixTable.forEachMatch(in: bytes) { result.append($0) }
        if result.count > 1 {
            result.sort()
            var unique: [Int32] = []
            for atom in result where unique.last != atom { unique.append(atom) }
            return unique
        }
        return result
    }
}

/// Compiles patterns into a ``PatternIndex``.
public struct PatternIndexBuilder {
    private var index = PatternIndex()
    private enum AtomKey: Hashable { case lemma(String, PartOfSpeech?), exact(String), prefix(String), suffix(String) }
    private var atomIDs: [AtomKey: Int32] = [:]
    private var formAtoms: [String: Set<Int32>] = [:]
    private var inflectionCache: [String: Set<String>] = [:]

    public init() {}

    /// Adds `pattern`; returns its id in the index.
    public mutating func add(_ pattern: Pattern) -> Int {
        var steps: [PatternIndex.Step] = []
        for element in pattern.elements {
            switch element {
            case .gap(let max): steps.append(.gap(max))
            case .lemma(let lemma):
                let partOfSpeech = pattern.elements.count == 1 ? pattern.partOfSpeech : nil
                steps.append(.atom(atom(.lemma(lemma, partOfSpeech))))
            case .exact(let form): steps.append(.atom(atom(.exact(form))))
            case .prefix(let prefix):
                steps.append(.atom(atom(.prefix(prefix))))
            case .suffix(let suffix):
                steps.append(.atom(atom(.suffix(suffix))))
            }
        }
        index.patterns.append(steps)
        return index.patterns.count - 1
    }

    private mutating func atom(_ key: AtomKey) -> Int32 {
        if let id = atomIDs[key] { return id }
        let id = Int32(index.atomCount)
        index.atomCount += 1
        atomIDs[key] = id
        switch key {
        case .lemma(let lemma, let partOfSpeech):
            for form in inflections(lemma, partOfSpeech) { formAtoms[form, default: []].insert(id) }
        case .exact(let form):
            formAtoms[form, default: []].insert(id)
        case .prefix(let prefix):
            index.wildcardAtoms.insert(id)
            index.prefixes.append((Array(prefix.utf8), id))
        case .suffix(let suffix):
            index.wildcardAtoms.insert(id)
            for form in inflections(suffix) { index.suffixes.append((Array(form.utf8), id)) }
        }
        return id
    }

    private mutating func inflections(_ lemma: String, _ partOfSpeech: PartOfSpeech? = nil) -> Set<String> {
        let key = partOfSpeech.map { lemma + "|" + $0.rawValue } ?? lemma
        if let cached = inflectionCache[key] { return cached }
        let forms = NorwegianInflection.forms(of: lemma, as: partOfSpeech)
        inflectionCache[key] = forms
        return forms
    }

    /// The finished index.
    public func build() -> PatternIndex {
        var result = index
        result.atomsOfForm = []
        for form in formAtoms.keys.sorted() {
            let id = result.forms.intern(form)
            precondition(Int(id) == result.atomsOfForm.count)
            result.atomsOfForm.append(formAtoms[form]!.sorted())
        }
        result.prefixes.sort { $0.atom < $1.atom }
        result.suffixes.sort { $0.atom != $1.atom ? $0.atom < $1.atom : $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for (bytes, atom) in result.prefixes { result.prefixTable.insert(bytes, atom: atom) }
        for (bytes, atom) in result.suffixes { result.suffixTable.insert(bytes, atom: atom) }
        result.patternsByFirstAtom = Array(repeating: [], count: result.atomCount)
        for (id, steps) in result.patterns.enumerated() {
            if case .atom(let first) = steps.first { result.patternsByFirstAtom[Int(first)].append(Int32(id)) }
        }
        return result
    }
}

/// A worker's memory of which atoms each distinct word form satisfies, kept across documents so
/// that each word type of a corpus is classified once. Not thread-safe: one per worker.
public final class AtomCache {
    public let index: PatternIndex
    /// The bytes of each cached word type, back to back; type `id` ends at `offsets[id + 1]`.
    private var arena = ContiguousArray<UInt8>()
    private var offsets: ContiguousArray<Int32> = [0]
    /// Open addressing over the cached types: `hash << 32 | (id + 1)`, 0 empty. The hash is the
    /// one the document's own ``FormTable`` stored, so a known type costs one probe and one
    /// byte comparison, without hashing again.
    private var slots = ContiguousArray<UInt64>(repeating: 0, count: 1 << 12)
    private var atomStarts: ContiguousArray<Int32> = [0]
    private var atoms = ContiguousArray<Int32>()

    public init(index: PatternIndex) { self.index = index }

    /// The atoms of each token of `segmentation`.
    ///
    /// - Complexity: O(distinct forms of the document) plus O(new word types × their length²);
    ///   nothing per token (tokens share their form's row).
    public func atoms(for segmentation: Segmentation) -> DocumentAtoms {
        let documentForms = segmentation.forms
        let formCount = documentForms.count
        // Pass 1: the cache id of each form, -1 for new ones. Read-only, through buffer pointers.
        var ids = ContiguousArray<Int32>(repeating: -1, count: formCount)
        var newForms = 0
        documentForms.arena.withUnsafeBufferPointer { arena in
        slots.withUnsafeBufferPointer { slots in
        self.arena.withUnsafeBufferPointer { cached in
        offsets.withUnsafeBufferPointer { offsets in
            let mask = slots.count - 1
            for form in 0..<formCount {
                let bytes = UnsafeBufferPointer(rebasing: arena[Int(documentForms.offsets[form])..<Int(documentForms.offsets[form + 1])])
                let hash = documentForms.hashes[form]
                var slot = Int(hash) & mask
                while true {
                    let entry = slots[slot]
                    if entry == 0 { newForms += 1; break }
                    if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                        let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                        let start = Int(offsets[id]), end = Int(offsets[id + 1])
                        if end - start == bytes.count, bytes.elementsEqual(UnsafeBufferPointer(rebasing: cached[start..<end])) {
                            ids[form] = Int32(id)
                            break
                        }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
        }
        }
        }
        // Pass 1b: classify the new forms (a document's forms are distinct, so none of them was
        // added by an earlier form of the same document).
        if newForms > 0 {
            documentForms.arena.withUnsafeBufferPointer { arena in
                for form in 0..<formCount where ids[form] < 0 {
                    let bytes = UnsafeBufferPointer(rebasing: arena[Int(documentForms.offsets[form])..<Int(documentForms.offsets[form + 1])])
                    ids[form] = Int32(cacheID(bytes, hash: documentForms.hashes[form]))
                }
            }
        }
        // Pass 2: copy each form's atoms, with the cache no longer changing, through buffer
        // pointers (no per-element uniqueness or exclusivity checks on the class's arrays).
        var starts = ContiguousArray<Int32>()
        starts.reserveCapacity(formCount + 1)
        var flat = ContiguousArray<Int32>()
        atomStarts.withUnsafeBufferPointer { atomStarts in
            atoms.withUnsafeBufferPointer { atoms in
                var total = 0
                for id in ids { total += Int(atomStarts[Int(id) + 1] - atomStarts[Int(id)]) }
                flat.reserveCapacity(total)
                for id in ids {
                    starts.append(Int32(flat.count))
                    let start = Int(atomStarts[Int(id)]), end = Int(atomStarts[Int(id) + 1])
                    flat.append(contentsOf: UnsafeBufferPointer(rebasing: atoms[start..<end]))
                }
            }
        }
        starts.append(Int32(flat.count))
        return DocumentAtoms(tokenForms: segmentation.tokens.forms, starts: starts, atoms: flat)
    }

    /// The cache id of a folded form (classifying it first if it is new).
    @inline(__always)
    private func cacheID(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                if equals(id, bytes) { return id }
            }
            slot = (slot + 1) & mask
        }
        let found = index.atoms(ofFolded: bytes)
        let id = offsets.count - 1
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
        atoms.append(contentsOf: found)
        atomStarts.append(Int32(atoms.count))
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
        if (id + 1) * 2 > slots.count { grow() }
        return id
    }

    @inline(__always)
    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            var index = 0
            while index < bytes.count {
                if arena[start + index] != bytes[index] { return false }
                index += 1
            }
            return true
        }
    }

    private func grow() {
        var fresh = ContiguousArray<UInt64>(repeating: 0, count: slots.count * 2)
        let mask = fresh.count - 1
        for entry in slots where entry != 0 {
            var slot = Int(UInt32(truncatingIfNeeded: entry >> 32)) & mask
            while fresh[slot] != 0 { slot = (slot + 1) & mask }
            fresh[slot] = entry
        }
        slots = fresh
    }
}

/// The atoms of each token of one document: a row per distinct form of the document (compressed
/// rows), shared by the tokens of that form.
public struct DocumentAtoms: Sendable {
    /// Each token's form id in the document's ``FormTable`` (shared with ``TokenTable/forms``).
    let tokenForms: ContiguousArray<Int32>
    /// Row `form` is `atoms[starts[form] ..< starts[form + 1]]`.
    let starts: ContiguousArray<Int32>
    let atoms: ContiguousArray<Int32>

    /// The atoms of token `index` (sorted).
    public func atoms(of token: Int) -> ArraySlice<Int32> {
        let form = Int(tokenForms[token])
        return atoms[Int(starts[form])..<Int(starts[form + 1])]
    }

    public func has(_ atom: Int32, at token: Int) -> Bool {
        let form = Int(tokenForms[token])
        var low = Int(starts[form]), high = Int(starts[form + 1])
        while low < high {
            let middle = (low + high) / 2
            if atoms[middle] == atom { return true }
            if atoms[middle] < atom { low = middle + 1 } else { high = middle }
        }
        return false
    }
}

/// One match of one pattern: its tokens (first ..< end, gaps included).
public struct PatternMatch: Sendable, Hashable {
    public var pattern: Int
    public var tokens: Range<Int>
}

extension PatternIndex {
    /// Every match of every pattern inside `tokens` (a sentence), in order of start, then pattern id.
    /// With gaps, each start takes the shortest gap that completes the pattern.
    ///
    /// - Complexity: O(tokens × patterns starting there × pattern length × gap).
    public func matches(in tokens: Range<Int>, atoms: DocumentAtoms, only allowed: ((Int) -> Bool)? = nil) -> [PatternMatch] {
        var result: [PatternMatch] = []
        for start in tokens {
            for atom in atoms.atoms(of: start) {
                for pattern in patternsByFirstAtom[Int(atom)] {
                    let id = Int(pattern)
                    if let allowed, !allowed(id) { continue }
                    if let end = matchEnd(id, from: start, limit: tokens.upperBound, atoms: atoms) {
                        result.append(PatternMatch(pattern: id, tokens: start..<end))
                    }
                }
            }
        }
        return result
    }

    /// Whether pattern `id` matches starting at `start`; returns the end token (exclusive).
    public func matchEnd(_ id: Int, from start: Int, limit: Int, atoms: DocumentAtoms) -> Int? {
        let steps = patterns[id]
        return match(steps, step: 0, at: start, limit: limit, atoms: atoms)
    }

    private func match(_ steps: [Step], step: Int, at position: Int, limit: Int, atoms: DocumentAtoms) -> Int? {
        if step == steps.count { return position }
        guard position < limit else { return nil }
        switch steps[step] {
        case .atom(let atom):
            guard atoms.has(atom, at: position) else { return nil }
            return match(steps, step: step + 1, at: position + 1, limit: limit, atoms: atoms)
        case .gap(let max):
            var skip = 0
            while skip <= max && position + skip < limit {
                if let end = match(steps, step: step + 1, at: position + skip, limit: limit, atoms: atoms) { return end }
                skip += 1
            }
            return nil
        }
    }
}
