/// The stems of prefix wildcards (`kanonføde*`) or suffix wildcards (`*mangel`, with every form
/// of the suffix) and their atoms, as a hash table whose hash grows one byte at a time: all the
/// prefixes (or suffixes) of a word are looked up together in O(length), not O(length²).
///
/// Prefix stems are hashed from their first byte, suffix stems from their last byte backwards,
/// so that a word's suffixes of growing length extend the same hash.
struct WildcardTable: Sendable {
    enum Side: Sendable { case prefix, suffix }

    let side: Side
    private var arena = ContiguousArray<UInt8>()
    private var offsets: ContiguousArray<Int32> = [0]
    /// `hash << 32 | (id + 1)`, 0 empty.
    private var slots = ContiguousArray<UInt64>(repeating: 0, count: 64)
    private var atomLists: [[Int32]] = []
    /// Bit `n` set when some stem is `n` bytes long (stems of 64 bytes and more share bit 63).
    private var lengthBits: UInt64 = 0
    /// Bit `hash & filterMask` set for every stem: most of a word's prefixes and suffixes are no
    /// stem, and this 8 KB filter says so without probing the table.
    private var filter = ContiguousArray<UInt64>(repeating: 0, count: WildcardTable.filterWords)
    private static let filterWords = 1 << 10
    private static let filterMask: UInt32 = UInt32(filterWords * 64 - 1)
    /// Bit `hash & pathMask` set for the hash of every start of every stem (for the prefix table
    /// "k", "ka", "kan" … "kanonføde"; for the suffix table the ends, read backwards): a hashed
    /// trie. A word whose first bytes are no start of a stem stops looking there, so most words
    /// look at two or three of their prefixes and suffixes, not all of them.
    private var pathFilter = ContiguousArray<UInt64>(repeating: 0, count: WildcardTable.pathWords)
    private static let pathWords = 1 << 11
    private static let pathMask: UInt32 = UInt32(pathWords * 64 - 1)
    private var longest = 0

    init(side: Side) { self.side = side }

    var isEmpty: Bool { atomLists.isEmpty }

    static let basis: UInt32 = 2_166_136_261
    static let prime: UInt32 = 16_777_619

    @inline(__always)
    static func extend(_ hash: UInt32, _ byte: UInt8) -> UInt32 { (hash ^ UInt32(byte)) &* prime }

    /// Adds `stem` for `atom`.
    mutating func insert(_ stem: [UInt8], atom: Int32) {
        guard !stem.isEmpty else { return }
        var hash = WildcardTable.basis
        func addPath(_ byte: UInt8) {
            hash = WildcardTable.extend(hash, byte)
            let bit = Int(hash & WildcardTable.pathMask)
            pathFilter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        switch side {
        case .prefix: for byte in stem { addPath(byte) }
        case .suffix: for byte in stem.reversed() { addPath(byte) }
        }
        let found = stem.withUnsafeBufferPointer { find($0, hash: hash) }
        if let found {
            if !atomLists[found].contains(atom) { atomLists[found].append(atom) }
            return
        }
        let id = atomLists.count
        arena.append(contentsOf: stem)
        offsets.append(Int32(arena.count))
        atomLists.append([atom])
        lengthBits |= 1 << UInt64(min(stem.count, 63))
        let bit = Int(hash & WildcardTable.filterMask)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        longest = max(longest, stem.count)
        if (id + 1) * 2 > slots.count { grow() }
        place(hash, id)
    }

    /// Calls `body` with the atoms of every stem that `word` starts with (prefix table, stems up
    /// to the whole word) or ends with (suffix table, stems strictly shorter than the word),
    /// cut at scalar boundaries.
    @inline(__always)
    func forEachMatch(in word: UnsafeBufferPointer<UInt8>, _ body: (Int32) -> Void) {
        guard !atomLists.isEmpty else { return }
        let count = word.count
        var hash = WildcardTable.basis
        @inline(__always) func mayBeStem(_ hash: UInt32) -> Bool {
            let bit = Int(hash & WildcardTable.filterMask)
            return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }
        @inline(__always) func mayStartStem(_ hash: UInt32) -> Bool {
            let bit = Int(hash & WildcardTable.pathMask)
            return pathFilter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }
        switch side {
        case .prefix:
            let limit = min(count, longest)
            var length = 1
            while length <= limit {
                hash = WildcardTable.extend(hash, word[length - 1])
                guard mayStartStem(hash) else { return }
                if lengthBits & (1 << UInt64(min(length, 63))) != 0, mayBeStem(hash), length == count || word[length] & 0xC0 != 0x80,
                   let id = find(UnsafeBufferPointer(rebasing: word[0..<length]), hash: hash) {
                    for atom in atomLists[id] { body(atom) }
                }
                length += 1
            }
        case .suffix:
            let limit = min(count - 1, longest)
            var length = 1
            while length <= limit {
                let start = count - length
                hash = WildcardTable.extend(hash, word[start])
                guard mayStartStem(hash) else { return }
                if lengthBits & (1 << UInt64(min(length, 63))) != 0, mayBeStem(hash), word[start] & 0xC0 != 0x80,
                   let id = find(UnsafeBufferPointer(rebasing: word[start..<count]), hash: hash) {
                    for atom in atomLists[id] { body(atom) }
                }
                length += 1
            }
        }
    }

    @inline(__always)
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int? {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                let start = Int(offsets[id]), end = Int(offsets[id + 1])
                if end - start == bytes.count {
                    var equal = true
                    var index = 0
                    while index < bytes.count {
                        if arena[start + index] != bytes[index] { equal = false; break }
                        index += 1
                    }
                    if equal { return id }
                }
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ hash: UInt32, _ id: Int) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
    }

    private mutating func grow() {
        let old = slots
        slots = ContiguousArray(repeating: 0, count: old.count * 2)
        for entry in old where entry != 0 {
            place(UInt32(truncatingIfNeeded: entry >> 32), Int(UInt32(truncatingIfNeeded: entry)) - 1)
        }
    }
}
