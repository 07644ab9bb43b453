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
    public internal(set) var atomCount = 0
    /// Patterns as steps, by pattern id.
    public internal(set) var patterns: [[Step]] = []
    /// Pattern ids whose first step is atom `a`.
    var patternsByFirstAtom: [[Int32]] = []

    /// Number of patterns.
    public var count: Int { patterns.count }

    /// The atoms a folded form satisfies (sorted, unique).
    ///
    /// - Complexity: O(length + wildcards); call it once per distinct form (``AtomCache`` does).
    func atoms(ofFolded bytes: UnsafeBufferPointer<UInt8>) -> [Int32] {
        var result: [Int32] = []
        if let id = forms.lookup(bytes) { result.append(contentsOf: atomsOfForm[Int(id)]) }
        if !prefixes.isEmpty || !suffixes.isEmpty {
            for (prefix, atom) in prefixes where prefix.count <= bytes.count {
                if zip(prefix, bytes).allSatisfy({ $0 == $1 }) { result.append(atom) }
            }
            for (suffix, atom) in suffixes where suffix.count < bytes.count {
                let offset = bytes.count - suffix.count
                var equal = true
                for index in 0..<suffix.count where bytes[offset + index] != suffix[index] { equal = false; break }
                if equal { result.append(atom) }
            }
        }
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
    private enum AtomKey: Hashable { case lemma(String), exact(String), prefix(String), suffix(String) }
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
            case .lemma(let lemma): steps.append(.atom(atom(.lemma(lemma))))
            case .exact(let form): steps.append(.atom(atom(.exact(form))))
            case .prefix(let prefix): steps.append(.atom(atom(.prefix(prefix))))
            case .suffix(let suffix): steps.append(.atom(atom(.suffix(suffix))))
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
        case .lemma(let lemma):
            for form in inflections(lemma) { formAtoms[form, default: []].insert(id) }
        case .exact(let form):
            formAtoms[form, default: []].insert(id)
        case .prefix(let prefix):
            index.prefixes.append((Array(prefix.utf8), id))
        case .suffix(let suffix):
            for form in inflections(suffix) { index.suffixes.append((Array(form.utf8), id)) }
        }
        return id
    }

    private mutating func inflections(_ lemma: String) -> Set<String> {
        if let cached = inflectionCache[lemma] { return cached }
        let forms = NorwegianInflection.forms(of: lemma)
        inflectionCache[lemma] = forms
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
    private var forms = FormTable()
    private var atomStarts: ContiguousArray<Int32> = [0]
    private var atoms = ContiguousArray<Int32>()

    public init(index: PatternIndex) { self.index = index }

    /// The atoms of each token of `segmentation`.
    ///
    /// - Complexity: O(tokens) plus O(new word types × wildcards).
    public func atoms(for segmentation: Segmentation) -> DocumentAtoms {
        // Doc form id → cache id, once per distinct form of the document.
        var cacheIDs = ContiguousArray<Int32>(repeating: 0, count: segmentation.forms.count)
        for form in 0..<segmentation.forms.count {
            cacheIDs[form] = segmentation.forms.withBytes(form) { bytes in
                if let id = forms.lookup(bytes) { return id }
                let found = index.atoms(ofFolded: bytes)
                let id = forms.intern(bytes)
                atoms.append(contentsOf: found)
                atomStarts.append(Int32(atoms.count))
                return id
            }
        }
        var tokenStarts = ContiguousArray<Int32>()
        tokenStarts.reserveCapacity(segmentation.tokens.count + 1)
        var flat = ContiguousArray<Int32>()
        for token in 0..<segmentation.tokens.count {
            tokenStarts.append(Int32(flat.count))
            let id = Int(cacheIDs[Int(segmentation.tokens.forms[token])])
            let start = Int(atomStarts[id]), end = Int(atomStarts[id + 1])
            if start < end { flat.append(contentsOf: atoms[start..<end]) }
        }
        tokenStarts.append(Int32(flat.count))
        return DocumentAtoms(starts: tokenStarts, atoms: flat)
    }
}

/// The atoms of each token of one document (compressed rows).
public struct DocumentAtoms: Sendable {
    let starts: ContiguousArray<Int32>
    let atoms: ContiguousArray<Int32>

    /// The atoms of token `index` (sorted).
    public func atoms(of token: Int) -> ArraySlice<Int32> { atoms[Int(starts[token])..<Int(starts[token + 1])] }

    public func has(_ atom: Int32, at token: Int) -> Bool {
        var low = Int(starts[token]), high = Int(starts[token + 1])
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
