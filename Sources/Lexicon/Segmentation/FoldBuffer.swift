/// A growable byte buffer for folding one token at a time without allocating per token.
struct FoldBuffer: ~Copyable {
    private(set) var pointer: UnsafeMutablePointer<UInt8>
    private(set) var capacity: Int
    var count = 0

    init(capacity: Int = 256) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
    }

    deinit { pointer.deallocate() }

    @inline(__always)
    mutating func reserve(_ needed: Int) {
        guard needed > capacity else { return }
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: needed * 2)
        fresh.update(from: pointer, count: count)
        pointer.deallocate()
        pointer = fresh
        capacity = needed * 2
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: pointer, count: count) }

    /// Folds `source` into the buffer (see ``CaseFolding``): ASCII and Latin-1 inline.
    @inline(__always)
    mutating func fold(_ source: UnsafeBufferPointer<UInt8>) {
        count = 0
        reserve(source.count * 2 + 4)
        var index = 0
        let length = source.count
        while index < length {
            let byte = source[index]
            if byte < 0x80 {
                pointer[count] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                count += 1
                index += 1
                continue
            }
            // Anything beyond Latin-1 letters: the general path for the whole token.
            if byte != 0xC3 || index + 1 >= length {
                var out = ContiguousArray<UInt8>()
                CaseFolding.fold(source, into: &out)
                reserve(out.count)
                count = out.count
                out.withUnsafeBufferPointer { pointer.update(from: $0.baseAddress!, count: $0.count) }
                return
            }
            let second = source[index + 1]
            pointer[count] = 0xC3
            pointer[count + 1] = second >= 0x80 && second <= 0x9E && second != 0x97 ? second + 0x20 : second
            count += 2
            index += 2
        }
    }
}
