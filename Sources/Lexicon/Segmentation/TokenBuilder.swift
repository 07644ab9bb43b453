/// Turns ICU word segments into tokens: merges hyphen compounds ("NATO" "-" "sjefen" →
/// "NATO-sjefen"; "Sverdlovsk" "-" before a space → "Sverdlovsk-"), folds each token once and
/// interns its form.
struct TokenBuilder: ~Copyable {
    let bytes: UnsafeBufferPointer<UInt8>
    var tokens = TokenTable()
    var forms = FormTable()
    var fold = FoldBuffer()
    /// A word or number not yet committed, because a glued hyphen may extend it.
    var pendingStart = -1
    var pendingEnd = 0
    var pendingKind = TokenKind.word
    /// Start of a trailing hyphen not yet followed by a word ("NATO-" before "sjefen"), or -1.
    var openHyphen = -1

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    @inline(__always)
    mutating func commit(_ start: Int, _ end: Int, _ kind: TokenKind) {
        fold.fold(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        let form = forms.intern(fold.bytes)
        tokens.append(start: start, end: end, kind: kind, form: form)
    }

    @inline(__always)
    mutating func commitPending(keepingHyphen: Bool) {
        guard pendingStart >= 0 else { return }
        let start = pendingStart
        pendingStart = -1
        if openHyphen >= 0 && !keepingHyphen {
            commit(start, openHyphen, pendingKind)
            commit(openHyphen, pendingEnd, .punctuation)
        } else {
            commit(start, pendingEnd, pendingKind)
        }
        openHyphen = -1
    }

    /// Adds an ICU segment that is not white space.
    @inline(__always)
    mutating func add(start: Int, end: Int, kind: TokenKind, first: UInt32, firstLength: Int) {
        if kind == .word || kind == .number {
            if pendingStart >= 0 {
                if openHyphen >= 0 && pendingEnd == start {
                    pendingEnd = end
                    openHyphen = -1
                    if kind == .word { pendingKind = .word }
                    return
                }
                commitPending(keepingHyphen: false)
            }
            pendingStart = start
            pendingEnd = end
            pendingKind = kind
            return
        }
        if pendingStart >= 0, openHyphen < 0, pendingEnd == start, end == start + firstLength,
           first == 0x2D || first == 0x2010 || first == 0x2011 {
            openHyphen = start
            pendingEnd = end
            return
        }
        // "miljø-, plan- og samferdselskomiteen": a suspended compound before a comma keeps its
        // hyphen, as it does before a space.
        commitPending(keepingHyphen: first == 0x2C && openHyphen >= 0 && pendingEnd == start)
        commit(start, end, kind)
    }
}
