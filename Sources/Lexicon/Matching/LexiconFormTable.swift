import CICU
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lexicon's folded word forms (every generated form of every lemma atom, every exact form)
/// and the atoms of each: the table a new word type of a corpus is looked up in, once.
///
/// That lookup happens in the middle of a document, when the table (4 MB for the default lexicon)
/// is out of the processor's caches, so its cost is the memory lines it touches, not its
/// instructions. Here it touches one: open addressing over 32-byte slots aligned to cache lines,
/// each holding the form's hash and length, its atom (most forms have one; otherwise where its
/// atoms start in ``lists``) and the form's bytes (up to 16; a longer form's bytes are in
/// ``arena``). A ``FormTable`` plus atom rows touched five (slot, offsets, bytes, row start, row).
///
/// Immutable once built; shared by every worker.
struct LexiconFormTable: @unchecked Sendable {
    struct Slot {
        var hash: UInt32 = 0
        /// The form's atom when it has one, else the start of its atoms in ``lists``.
        var atom: Int32 = 0
        var length: UInt32 = 0
        /// 0: an empty slot (every stored form has an atom).
        var atomCount: UInt32 = 0
        /// The form's bytes, zero-padded, when it has at most 16; else `low` is its start in ``arena``.
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// The slots, in memory aligned to 64 bytes (so that no slot straddles two cache lines).
    private final class Storage {
        let slots: UnsafeMutablePointer<Slot>

        init(count: Int) {
            slots = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Slot>.stride, alignment: 64)
                .bindMemory(to: Slot.self, capacity: count)
            slots.initialize(repeating: Slot(), count: count)
        }

        deinit { slots.deallocate() }
    }

    private var storage = Storage(count: 16)
    private var mask = 15
    /// Atoms of the forms that have more than one.
    private var lists = ContiguousArray<Int32>()
    /// Bytes of the forms longer than 16.
    private var arena = ContiguousArray<UInt8>()
    /// Number of forms.
    private(set) var count = 0

    init() {}

    /// A table of `forms`, each with its atoms (sorted, at least one).
    init(_ forms: [(form: [UInt8], atoms: [Int32])]) {
        var capacity = 16
        while Double(forms.count) > Double(capacity) * 0.6 { capacity *= 2 }
        storage = Storage(count: capacity)
        mask = capacity - 1
        for (form, atoms) in forms where !atoms.isEmpty { insert(form, atoms: atoms) }
    }

    /// The 16-byte key of a form of at most 16 bytes: its bytes, zero-padded.
    @inline(__always)
    private static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64) {
        var key: (UInt64, UInt64) = (0, 0)
        if let base = bytes.baseAddress {
            withUnsafeMutableBytes(of: &key) { $0.baseAddress!.copyMemory(from: base, byteCount: bytes.count) }
        }
        return key
    }

    private mutating func insert(_ form: [UInt8], atoms: [Int32]) {
        var slot = Slot()
        slot.hash = form.withUnsafeBufferPointer { FormTable.hash($0) }
        slot.length = UInt32(form.count)
        slot.atomCount = UInt32(atoms.count)
        if atoms.count == 1 {
            slot.atom = atoms[0]
        } else {
            slot.atom = Int32(lists.count)
            lists.append(contentsOf: atoms)
        }
        if form.count <= 16 {
            (slot.low, slot.high) = form.withUnsafeBufferPointer { LexiconFormTable.key($0) }
        } else {
            slot.low = UInt64(arena.count)
            arena.append(contentsOf: form)
        }
        var index = Int(slot.hash) & mask
        while storage.slots[index].atomCount != 0 { index = (index + 1) & mask }
        storage.slots[index] = slot
        count += 1
    }

    /// Asks for the memory line of the slot where a form of `hash` starts its probe (see
    /// ``PatternIndex/prefetchAtoms(hash:)``).
    @inline(__always)
    func prefetch(hash: UInt32) {
        cicu_prefetch(storage.slots + (Int(hash) & mask))
    }

    /// Appends the atoms of folded `bytes` (sorted), whose ``FormTable/hash(_:)`` is `hash`, to
    /// `list`; nothing when it is no lexicon form.
    @inline(__always)
    func appendAtoms(of bytes: UnsafeBufferPointer<UInt8>, hash: UInt32, to list: inout ContiguousArray<Int32>) {
        let length = UInt32(truncatingIfNeeded: bytes.count)
        guard bytes.count == Int(length) else { return }
        let short = bytes.count <= 16
        let key = short ? LexiconFormTable.key(bytes) : (0, 0)
        let slots = storage.slots
        var index = Int(hash) & mask
        while true {
            let slot = slots[index]
            if slot.atomCount == 0 { return }
            if slot.hash == hash && slot.length == length {
                let equal = short
                    ? slot.low == key.0 && slot.high == key.1
                    : arena.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(slot.low), bytes.baseAddress!, bytes.count) == 0 }
                if equal {
                    if slot.atomCount == 1 {
                        list.append(slot.atom)
                    } else {
                        for position in Int(slot.atom)..<Int(slot.atom) + Int(slot.atomCount) { list.append(lists[position]) }
                    }
                    return
                }
            }
            index = (index + 1) & mask
        }
    }
}
