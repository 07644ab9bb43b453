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
    var forms = LexiconFormTable()
    /// One bit per (rehashed) form hash, 16 bits per form: most new word types of a corpus are
    /// no lexicon form, and this filter (a quarter of a megabyte for the default lexicon) says so
    /// without a probe into ``forms`` (4 MB).
    var formFilter = ContiguousArray<UInt64>(repeating: 0, count: 1)
    var formFilterShift: UInt32 = 26

    @inline(__always)
    func formFilterBit(_ hash: UInt32) -> Int { Int((hash &* 0x9E37_79B1) >> formFilterShift) }
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
    /// The same steps back to back: pattern `id` is `flatSteps[stepStarts[id] ..< stepStarts[id + 1]]`.
    var flatSteps = ContiguousArray<Step>()
    var stepStarts: ContiguousArray<Int32> = [0]
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
        var list = ContiguousArray<Int32>()
        appendAtoms(ofFolded: bytes, hash: FormTable.hash(bytes), to: &list)
        return Array(list)
    }

    /// Brings the lexicon-table slot of a form with `hash` into the caches when the filter says
    /// the form may be in the table: calling this for a batch of new word types before
    /// classifying them overlaps their memory waits.
    @inline(__always)
    func prefetchAtoms(hash: UInt32) {
        let bit = formFilterBit(hash)
        if formFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { forms.prefetch(hash: hash) }
    }

    /// Appends the atoms of a folded form (sorted, unique) to `list`, without allocating; `hash`
    /// is the form's ``FormTable/hash(_:)`` (a document's ``FormTable`` already computed it).
    func appendAtoms(ofFolded bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, to list: inout ContiguousArray<Int32>) {
        let first = list.count
        let bit = formFilterBit(hash)
        if formFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 {
            forms.appendAtoms(of: bytes, hash: hash, to: &list)
        }
        let exact = list.count
        prefixTable.forEachMatch(in: bytes) { list.append($0) }
        suffixTable.forEachMatch(in: bytes) { list.append($0) }
        // Exact atoms are sorted already; wildcard atoms are few: insert each in place.
        guard list.count > exact, list.count - first > 1 else { return }
        var end = exact
        for index in exact..<list.count {
            let atom = list[index]
            var position = end
            while position > first && list[position - 1] > atom { position -= 1 }
            if position > first && list[position - 1] == atom { continue }
            var move = end
            while move > position { list[move] = list[move - 1]; move -= 1 }
            list[position] = atom
            end += 1
        }
        list.removeLast(list.count - end)
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
        let sortedForms = formAtoms.keys.sorted()
        result.forms = LexiconFormTable(sortedForms.map { (Array($0.utf8), formAtoms[$0]!.sorted()) })
        var bits = 64, shift: UInt32 = 26
        while bits < sortedForms.count * 16 { bits *= 2; shift -= 1 }
        result.formFilterShift = shift
        result.formFilter = ContiguousArray(repeating: 0, count: bits / 64)
        for form in sortedForms {
            var bytes = form
            let bit = result.formFilterBit(bytes.withUTF8 { FormTable.hash($0) })
            result.formFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        result.prefixes.sort { $0.atom < $1.atom }
        result.suffixes.sort { $0.atom != $1.atom ? $0.atom < $1.atom : $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for (bytes, atom) in result.prefixes { result.prefixTable.insert(bytes, atom: atom) }
        for (bytes, atom) in result.suffixes { result.suffixTable.insert(bytes, atom: atom) }
        result.flatSteps = []
        result.stepStarts = [0]
        for steps in result.patterns {
            result.flatSteps.append(contentsOf: steps)
            result.stepStarts.append(Int32(result.flatSteps.count))
        }
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
    let hitIndex: HitIndex

    /// The cached word types. A struct moved into a local variable while a document is looked
    /// up: mutating a class's arrays in a loop pays a dynamic exclusivity check per access.
    private struct Store {
        /// The cached types, keyed by the hash the document's own ``FormTable`` stored (the
        /// same function): a known type costs one probe and one byte comparison, no hashing.
        var forms = FormTable()
        /// By type id (`start` indexes ``atoms``): one record, so that a document's lookup of
        /// a rare type misses the cache once instead of once in each of four arrays.
        var types = ContiguousArray<FormAtomRow>()
        var atoms = ContiguousArray<Int32>()
    }
    private var store = Store()
    /// Held by ``store`` while a document works on its own copy (no allocation per document).
    private static let placeholder = Store()

    public init(matcher: Matcher) {
        index = matcher.index
        hitIndex = matcher.hitIndex
    }

    /// Number of word types classified so far.
    public var count: Int { store.forms.count }

    /// The atoms of each token of `segmentation`.
    ///
    /// - Complexity: O(distinct forms of the document) plus O(new word types × their length);
    ///   nothing per token (tokens share their form's row).
    public func atoms(for segmentation: Segmentation) -> DocumentAtoms {
        var store = self.store
        self.store = AtomCache.placeholder  // so that `store` is uniquely referenced while it grows
        defer { self.store = store }
        let documentForms = segmentation.forms
        let formCount = documentForms.count
        let index = self.index, hitIndex = self.hitIndex
        // Pass 1: the cache id of each form, classifying new ones (a document's forms are
        // distinct, so none of them was added by an earlier form of the same document).
        var ids = ContiguousArray<Int32>(repeating: -1, count: formCount)
        var newForms = ContiguousArray<Int32>()
        // Forms are looked up, and new ones classified, this many at a time: the table slots of
        // a batch are asked for first, so that their cache misses overlap instead of queueing.
        let batch = 16
        documentForms.arena.withUnsafeBufferPointer { arena in
            var blockStart = 0
            while blockStart < formCount {
                let blockEnd = min(blockStart + batch, formCount)
                for form in blockStart..<blockEnd { store.forms.prefetch(hash: documentForms.hashes[form]) }
                for form in blockStart..<blockEnd {
                    let bytes = UnsafeBufferPointer(rebasing: arena[Int(documentForms.offsets[form])..<Int(documentForms.offsets[form + 1])])
                    let (id, isNew) = store.forms.intern(bytes, hash: documentForms.hashes[form])
                    ids[form] = id
                    if isNew { newForms.append(Int32(form)) }
                }
                blockStart = blockEnd
            }
            // New types get ids in order of interning; classify them in the same order.
            var first = 0
            while first < newForms.count {
                let end = min(first + batch, newForms.count)
                for position in first..<end { index.prefetchAtoms(hash: documentForms.hashes[Int(newForms[position])]) }
                for position in first..<end {
                    let form = Int(newForms[position])
                    let bytes = UnsafeBufferPointer(rebasing: arena[Int(documentForms.offsets[form])..<Int(documentForms.offsets[form + 1])])
                    AtomCache.classify(bytes, hash: documentForms.hashes[form], in: &store, index: index, hitIndex: hitIndex)
                }
                first = end
            }
        }
        // Pass 2: each form's row (its type's, pointing into the document's own atom list),
        // then the atoms themselves, into buffers sized beforehand.
        var total = 0
        let rows = store.types.withUnsafeBufferPointer { types in
            ids.withUnsafeBufferPointer { ids in
                ContiguousArray<FormAtomRow>(unsafeUninitializedCapacity: formCount) { rows, filled in
                    for (form, id) in ids.enumerated() {
                        var row = types[Int(id)]
                        row.start = Int32(truncatingIfNeeded: total)
                        total += Int(row.count)
                        rows.initializeElement(at: form, to: row)
                    }
                    filled = formCount
                }
            }
        }
        let flat = store.types.withUnsafeBufferPointer { types in
            store.atoms.withUnsafeBufferPointer { atoms in
                ids.withUnsafeBufferPointer { ids in
                    ContiguousArray<Int32>(unsafeUninitializedCapacity: total) { flat, filled in
                        var position = 0
                        for id in ids {
                            for slot in types[Int(id)].range {
                                flat[position] = atoms[slot]
                                position += 1
                            }
                        }
                        filled = position
                    }
                }
            }
        }
        var present = ContiguousArray<UInt64>(repeating: 0, count: index.atomCount / 64 + 1)
        for atom in flat { present[Int(atom) >> 6] |= 1 << UInt64(atom & 63) }
        return DocumentAtoms(tokenForms: segmentation.tokens.forms, rows: rows, atoms: flat, present: present)
    }

    /// Classifies the form most recently interned as new: appends its atoms and role.
    @inline(__always)
    private static func classify(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, in store: inout Store, index: PatternIndex,
                                 hitIndex: HitIndex) {
        let first = store.atoms.count
        index.appendAtoms(ofFolded: bytes, hash: hash, to: &store.atoms)
        let (role, atomBits, pairBits) = store.atoms.withUnsafeBufferPointer {
            hitIndex.typeRole(of: UnsafeBufferPointer(rebasing: $0[first...]))
        }
        store.types.append(FormAtomRow(start: Int32(first), count: UInt16(store.atoms.count - first), role: role,
                                       atomBits: atomBits, pairBits: pairBits))
    }
}

/// The atoms of one word form and what it can start: a cached word type's row in ``AtomCache``
/// (`start` indexing the cache's atom list) and a document form's row in ``DocumentAtoms``
/// (indexing the document's).
struct FormAtomRow {
    /// The form's atoms (sorted): `atoms[start ..< start + count]`.
    var start: Int32
    var count: UInt16
    /// ``HitIndex/typeRole(of:)``: what the form's tokens can start.
    var role: UInt8
    /// Bit `atom & 63` of each of its atoms.
    var atomBits: UInt64
    /// The same bits of the second atoms its pair rows want.
    var pairBits: UInt64

    var range: Range<Int> { Int(start)..<Int(start) + Int(count) }
}

/// The atoms of each token of one document: a row per distinct form of the document (compressed
/// rows), shared by the tokens of that form.
public struct DocumentAtoms: Sendable {
    /// Each token's form id in the document's ``FormTable`` (shared with ``TokenTable/forms``).
    let tokenForms: ContiguousArray<Int32>
    /// By form id: the form's atoms in ``atoms``, its role and bit filters (one array, one
    /// allocation and one load per form).
    let rows: ContiguousArray<FormAtomRow>
    let atoms: ContiguousArray<Int32>
    /// Bit `atom` set when some token of the document has the atom: a multiword pattern whose
    /// last word is absent is not walked.
    let present: ContiguousArray<UInt64>

    /// Number of distinct forms of the document.
    var formCount: Int { rows.count }

    /// Whether some token of the document has `atom`.
    @inline(__always)
    func isPresent(_ atom: Int32) -> Bool { present[Int(atom) >> 6] & (1 << UInt64(atom & 63)) != 0 }

    /// The atoms of token `index` (sorted).
    public func atoms(of token: Int) -> ArraySlice<Int32> {
        atoms[rows[Int(tokenForms[token])].range]
    }

    /// Whether token `token` has `atom`.
    ///
    /// Most calls ask about a token that lacks the atom (a phrase's next word tried at each
    /// position of a gap): the form's 64-bit atom filter (``FormAtomRow/atomBits``) answers those
    /// without the binary search.
    @inline(__always)
    public func has(_ atom: Int32, at token: Int) -> Bool {
        let row = rows[Int(tokenForms[token])]
        guard row.atomBits & (1 << UInt64(atom & 63)) != 0 else { return false }
        var low = Int(row.start), high = low + Int(row.count)
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
    ///
    /// Walks the steps in ``flatSteps`` through a buffer pointer: this runs for every candidate
    /// of every group, and indexing the nested ``patterns`` array retained a step array per call.
    public func matchEnd(_ id: Int, from start: Int, limit: Int, atoms: DocumentAtoms) -> Int? {
        let first = Int(stepStarts[id]), end = Int(stepStarts[id + 1])
        return flatSteps.withUnsafeBufferPointer { steps in
            PatternIndex.match(UnsafeBufferPointer(rebasing: steps[first..<end]), step: 0, at: start, limit: limit, atoms: atoms)
        }
    }

    private static func match(_ steps: UnsafeBufferPointer<Step>, step: Int, at position: Int, limit: Int, atoms: DocumentAtoms) -> Int? {
        var step = step, position = position
        while step < steps.count {
            guard position < limit else { return nil }
            switch steps[step] {
            case .atom(let atom):
                guard atoms.has(atom, at: position) else { return nil }
                step += 1
                position += 1
            case .gap(let max):
                var skip = 0
                while skip <= max && position + skip < limit {
                    if let end = match(steps, step: step + 1, at: position + skip, limit: limit, atoms: atoms) { return end }
                    skip += 1
                }
                return nil
            }
        }
        return position
    }
}
