import CICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interned folded word forms: each distinct byte string gets a dense `Int32` id.
///
/// An open-addressing hash table over one byte arena, so interning a token allocates nothing
/// once the table has grown. Ids are local to the table; the matcher maps them to lexicon forms
/// once per distinct form, not once per token.
public struct FormTable: Sendable {
    /// All form bytes, back to back.
    @usableFromInline var arena = ContiguousArray<UInt8>()
    /// Start of form `id` in `arena`; the form ends at `offsets[id + 1]`.
    @usableFromInline var offsets: ContiguousArray<Int32> = [0]
    @usableFromInline var hashes = ContiguousArray<UInt32>()
    /// Slots hold `hash << 32 | (id + 1)`, 0 is empty: a probe compares hashes without loading
    /// `hashes` (for the lexicon's large table, one cache miss per probe instead of two).
    @usableFromInline var slots = ContiguousArray<UInt64>(repeating: 0, count: 1024)

    public init() {}

    /// Number of distinct forms.
    public var count: Int { offsets.count - 1 }

    /// The bytes of form `id`.
    @inlinable
    public func withBytes<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let start = Int(offsets[id]), end = Int(offsets[id + 1])
        return try arena.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Form `id` as a `String`.
    public func string(_ id: Int) -> String { withBytes(id) { String(decoding: $0, as: UTF8.self) } }

    /// Asks for the memory line of the slot where a probe for `hash` starts (no effect on
    /// results): interning a batch of forms after prefetching all their slots overlaps the
    /// cache misses of a large table.
    @inlinable
    public func prefetch(hash: UInt32) {
        slots.withUnsafeBufferPointer { cicu_prefetch($0.baseAddress! + (Int(hash) & ($0.count - 1))) }
    }

    /// The id of `bytes`, adding it if new.
    ///
    /// - Complexity: O(length of `bytes`) expected.
    @inlinable
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        intern(bytes, hash: FormTable.hash(bytes)).id
    }

    /// The id of `bytes`, whose ``hash(_:)`` is `hash` (another table of the same forms already
    /// computed it), adding it if new; `isNew` says whether it was added.
    @inlinable
    public mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (id: Int32, isNew: Bool) {
        // Probe once: the lookup and the insertion share the slot.
        let (found, slot) = probe(bytes, hash: hash)
        if let found { return (found, false) }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
        hashes.append(hash)
        slots[slot] = UInt64(hash) << 32 | UInt64(id + 1)
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    /// The id of `string`, adding it if new.
    public mutating func intern(_ string: String) -> Int32 {
        var copy = string
        return copy.withUTF8 { intern($0) }
    }

    /// The id of `bytes` if present.
    ///
    /// - Complexity: O(length of `bytes`) expected.
    @inlinable
    public func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        lookup(bytes, hash: FormTable.hash(bytes))
    }

    /// The id of `bytes`, whose ``hash(_:)`` is `hash`, if present.
    @inlinable
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32? {
        probe(bytes, hash: hash).id
    }

    /// The id of `bytes` if present, else the empty slot where it belongs.
    @inlinable
    func probe(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (id: Int32?, slot: Int) {
        slots.withUnsafeBufferPointer { slots in
            offsets.withUnsafeBufferPointer { offsets in
                arena.withUnsafeBufferPointer { arena -> (Int32?, Int) in
                    let mask = slots.count - 1
                    var slot = Int(hash) & mask
                    while true {
                        let entry = slots[slot]
                        if entry == 0 { return (nil, slot) }
                        if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                            let id = Int(UInt32(truncatingIfNeeded: entry)) - 1
                            let start = Int(offsets[id]), end = Int(offsets[id + 1])
                            if end - start == bytes.count
                                && (bytes.isEmpty || memcmp(arena.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0) {
                                return (Int32(id), slot)
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The id of `string` if present.
    public func lookup(_ string: String) -> Int32? {
        var copy = string
        return copy.withUTF8 { lookup($0) }
    }

    @usableFromInline
    mutating func grow() {
        let capacity = slots.count * 2
        var fresh = ContiguousArray<UInt64>(repeating: 0, count: capacity)
        let mask = capacity - 1
        for id in 0..<count {
            var slot = Int(hashes[id]) & mask
            while fresh[slot] != 0 { slot = (slot + 1) & mask }
            fresh[slot] = UInt64(hashes[id]) << 32 | UInt64(id + 1)
        }
        slots = fresh
    }

    /// FNV-1a, 32 bit.
    @inlinable
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        // Final avalanche so the low bits used for the slot depend on every byte.
        hash ^= hash >> 15
        hash = hash &* 0x2C1B_3C6D
        hash ^= hash >> 12
        return hash
    }
}
