import Testing
@testable import Lexicon

/// The lexicon's form table: one 32-byte slot per form, bytes inline up to 16, longer ones in an
/// arena, one atom inline or a list.
@Suite struct LexiconFormTableTests {
    static func atoms(_ table: LexiconFormTable, _ form: String) -> [Int32] {
        var list = ContiguousArray<Int32>()
        var bytes = form
        bytes.withUTF8 { table.appendAtoms(of: $0, hash: FormTable.hash($0), to: &list) }
        return Array(list)
    }

    @Test func slotsAreHalfACacheLine() {
        #expect(MemoryLayout<LexiconFormTable.Slot>.stride == 32)
    }

    @Test func findsShortLongAndMultiAtomFormsAndNothingElse() {
        let forms: [(String, [Int32])] = [
            ("kjøtt", [3]), ("kjøttet", [3]), ("våpnene", [7, 12]),
            ("ammunisjonsmangelen", [9]),          // 20 bytes: kept in the arena
            ("ammunisjonsmangelene", [9, 10]),     // same first 16 bytes, longer
            ("sendt", [1]), ("æ", [2]),
        ]
        let table = LexiconFormTable(forms.map { (Array($0.0.utf8), $0.1) })
        #expect(table.count == forms.count)
        for (form, atoms) in forms { #expect(Self.atoms(table, form) == atoms, "\(form)") }
        for absent in ["", "kjøt", "kjøttdeig", "Kjøtt", "våpen", "ammunisjonsmangel", "ammunisjonsmangelenes", "sendte", "ø"] {
            #expect(Self.atoms(table, absent).isEmpty, "\(absent)")
        }
    }

    @Test func manyFormsGrowTheTableAndStayFindable() {
        var forms: [([UInt8], [Int32])] = []
        for index in 0..<5000 {
            let word = "soldat\(index)" + (index % 3 == 0 ? "ene-fra-moskva-regionen" : "")
            forms.append((Array(word.utf8), index % 7 == 0 ? [Int32(index), Int32(index + 1)] : [Int32(index)]))
        }
        let table = LexiconFormTable(forms)
        for (bytes, atoms) in forms {
            #expect(Self.atoms(table, String(decoding: bytes, as: UTF8.self)) == atoms)
        }
        #expect(Self.atoms(table, "soldat5000").isEmpty)
        #expect(Self.atoms(table, "soldat1ene-fra-moskva-regionen").isEmpty)
    }
}
