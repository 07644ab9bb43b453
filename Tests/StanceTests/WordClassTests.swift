import Foundation
import Testing
@testable import Stance

/// The two-word bit set behind ``WordClass`` (Sources/Stance/Quotes/WordClass.swift): every
/// class has its own bit, and the set operations agree on both words.
@Suite struct WordClassTests {
    /// The lines of code (comments left out) of WordClass.swift.
    static let sourceLines: [Substring] = {
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Stance/Quotes/WordClass.swift")
        guard let text = try? String(contentsOf: source, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map { $0.drop { $0 == " " } }.filter { !$0.hasPrefix("//") }
    }()

    /// Each `static let name = WordClass(bit: N)` in WordClass.swift, read from the source so that a
    /// class added without being listed anywhere else is still checked.
    static let declaredBits: [(name: String, bit: Int)] = {
        var declared: [(name: String, bit: Int)] = []
        for code in sourceLines {
            guard let match = code.wholeMatch(of: /static let (\w+) = WordClass\(bit: (\d+)\)/),
                  let bit = Int(match.2) else { continue }
            declared.append((String(match.1), bit))
        }
        return declared
    }()

    @Test func everyClassHasABitOfItsOwn() {
        let declared = Self.declaredBits
        #expect(declared.count >= 62, "WordClass.swift not found or not parsed")
        var owner: [Int: String] = [:]
        for (name, bit) in declared {
            #expect((0 ..< WordClass.capacity).contains(bit), "\(name) uses bit \(bit), outside 0..<\(WordClass.capacity)")
            if let other = owner[bit] { Issue.record("\(name) and \(other) share bit \(bit)") }
            owner[bit] = name
        }
        #expect(declared.count <= WordClass.capacity)
    }

    @Test func everyClassIsDeclaredByItsBit() {
        // A class made another way (`WordClass(rawValue: …)`) would escape the check above.
        let constructed = Self.sourceLines.filter { $0.contains(/static let \w+ = WordClass\(/) }
        #expect(constructed.count == Self.declaredBits.count)
    }

    static let edgeBits = [0, 1, 62, 63, 64, 65, 126, 127]

    @Test(arguments: edgeBits) func oneBitIsOneClass(bit: Int) {
        let wordClass = WordClass(bit: bit)
        #expect(!wordClass.isEmpty)
        #expect(wordClass.contains(wordClass))
        #expect(!wordClass.isDisjoint(with: wordClass))
        for other in Self.edgeBits where other != bit {
            let otherClass = WordClass(bit: other)
            #expect(wordClass != otherClass)
            #expect(wordClass.isDisjoint(with: otherClass))
            #expect(!wordClass.contains(otherClass))
            #expect(wordClass.intersection(otherClass).isEmpty)
        }
    }

    @Test func setOperationsSpanBothWords() {
        let low = WordClass(bit: 5), high = WordClass(bit: 100)
        var both: WordClass = [low, high]
        #expect(both == low.union(high))
        #expect(both.contains(low) && both.contains(high))
        #expect(!both.isDisjoint(with: high) && !both.isDisjoint(with: [WordClass(bit: 7), high]))
        #expect(both.isDisjoint(with: [WordClass(bit: 7), WordClass(bit: 101)]))
        #expect(both.intersection(high) == high)
        #expect(both.symmetricDifference(low) == high)
        #expect(both.subtracting(high) == low)
        #expect(low.isSubset(of: both) && both.isSuperset(of: high) && !both.isSubset(of: high))
        #expect(both.insert(high).inserted == false)
        #expect(both.remove(high) == high)
        #expect(both == low)
        #expect(both.insert(WordClass(bit: 127)).inserted)
        #expect(Set([both, low, both]).count == 2)
    }

    @Test func existingClassesKeepTheirMeaning() {
        #expect(WordClass.pronoun == [.han, .hun, .de, .vi, .jeg])
        #expect(WordClass.function.contains(.pronoun))
        #expect(WordClass.function.isDisjoint(with: [.female, .male, .personNoun]))
        let han = WordClass.table.forms.lookup("han").map { WordClass.table.classes[Int($0)] }
        #expect(han == .han)
    }
}
