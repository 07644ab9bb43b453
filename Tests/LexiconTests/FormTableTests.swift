import Testing
@testable import Lexicon

/// Interning folded forms.
@Suite struct FormTableTests {
    @Test func internGivesDenseIdsAndReusesThem() {
        var table = FormTable()
        #expect(table.intern("krigen") == 0)
        #expect(table.intern("soldatene") == 1)
        #expect(table.intern("krigen") == 0)
        #expect(table.count == 2)
        #expect(table.string(1) == "soldatene")
    }

    @Test func lookupFindsOnlyInternedForms() {
        var table = FormTable()
        _ = table.intern("mobilisering")
        #expect(table.lookup("mobilisering") == 0)
        #expect(table.lookup("mobiliseringen") == nil)
        #expect(table.lookup("") == nil)
    }

    @Test func emptyFormIsAFormLikeAnyOther() {
        var table = FormTable()
        let empty = table.intern("")
        #expect(table.lookup("") == empty)
        #expect(table.string(Int(empty)) == "")
    }

    @Test func formsDifferingOnlyInBytesAreDistinct() {
        var table = FormTable()
        let precomposed = table.intern("å")
        let decomposed = table.intern("a\u{30A}")
        // The table compares bytes; folding (not interning) makes the two spellings one form.
        #expect(precomposed != decomposed)
        #expect(table.intern("a\u{30A}".stanceFolded) == precomposed)
    }

    @Test func tableGrowsPastItsInitialCapacity() {
        var table = FormTable()
        let words = (0..<5_000).map { "ord\($0)" }
        let ids = words.map { table.intern($0) }
        #expect(ids == (0..<5_000).map(Int32.init))
        #expect(table.count == 5_000)
        for (index, word) in words.enumerated() {
            #expect(table.lookup(word) == Int32(index))
        }
        #expect(table.string(4_321) == "ord4321")
    }

    @Test func withBytesGivesFormBytes() {
        var table = FormTable()
        let id = table.intern("blåbær")
        let bytes = table.withBytes(Int(id)) { Array($0) }
        #expect(bytes == Array("blåbær".utf8))
    }

    @Test func segmentationInternsEachDistinctFormOnce() throws {
        let segmentation = try segment("Krigen, krigen og KRIGEN. Krigen!")
        #expect(segmentation.forms.count == 5) // krigen , og . !
        #expect(Set(segmentation.tokens.forms).count == segmentation.forms.count)
    }
}
