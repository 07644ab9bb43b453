import Testing
@testable import Lexicon

/// Decoding input bytes: BOM, newlines, invalid UTF-8, scalar offsets.
@Suite struct TextTests {
    @Test func byteOrderMarkIsDropped() throws {
        let text = try Text(decoding: [0xEF, 0xBB, 0xBF] + Array("Hei på deg.".utf8))
        #expect(text.string == "Hei på deg.")
        #expect(text.scalarCount == 11)
    }

    @Test func byteOrderMarkIsDroppedFromSegmentation() throws {
        let segmentation = try segment(bytes: [0xEF, 0xBB, 0xBF] + Array("Første sak. Andre sak.".utf8))
        #expect(segmentation.sentenceTexts == ["Første sak.", "Andre sak."])
        #expect(segmentation.scalarRange(segmentation.sentences[0].range) == 0..<11)
    }

    @Test func byteOrderMarkOnlyInsideTextIsKept() throws {
        let text = try Text(decoding: Array("A\u{FEFF}B".utf8))
        #expect(text.string == "A\u{FEFF}B")
    }

    @Test(arguments: [
        ("Første linje.\r\nAndre linje.\r\n\r\nTredje avsnitt.", "Første linje.\nAndre linje.\n\nTredje avsnitt."),
        ("Første linje.\rAndre linje.\r\rTredje avsnitt.", "Første linje.\nAndre linje.\n\nTredje avsnitt."),
        ("Blandet\r\n\rslutt\n", "Blandet\n\nslutt\n"),
    ])
    func carriageReturnsBecomeLineFeeds(input: String, expected: String) throws {
        #expect(try Text(decoding: Array(input.utf8)).string == expected)
        #expect(Text(input).string == expected)
    }

    @Test(arguments: ["\r\n", "\r"])
    func crlfAndCrInputSegmentLikeLf(newline: String) throws {
        let lines = ["Statsministeren er i Brussel i dag.", "Hun møter NATO-sjefen i morgen.", "", "– Vi har mye å snakke om, sier hun."]
        let withLF = try segment(lines.joined(separator: "\n"))
        let other = try segment(lines.joined(separator: newline))
        #expect(other.sentenceTexts == withLF.sentenceTexts)
        #expect(other.paragraphKinds == [.body, .body, .dash])
        #expect(other.sentences.map { other.scalarRange($0.range) } == withLF.sentences.map { withLF.scalarRange($0.range) })
        #expect(other.scalarRange(other.sentences[2].range) == 69..<104)
    }

    @Test func invalidUTF8ErrorCarriesByteOffsetAndLine() {
        let bytes = Array("Første linje.\nAndre ".utf8) + [0xFF] + Array(" linje.".utf8)
        #expect(throws: TextDecodingError(byteOffset: 21, line: 2)) { try Text(decoding: bytes) }
    }

    @Test func invalidUTF8OffsetCountsByteOrderMarkAndCRLF() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("En.\r\nTo.\r\n".utf8) + [0xC3, 0x28]
        #expect(throws: TextDecodingError(byteOffset: 13, line: 3)) { try Text(decoding: bytes) }
    }

    @Test(arguments: [
        [0xC0, 0xAF],             // overlong "/"
        [0xED, 0xA0, 0x80],       // UTF-16 surrogate
        [0xF4, 0x90, 0x80, 0x80], // beyond U+10FFFF
        [0xE2, 0x80],             // truncated at the end
        [0x80],                   // stray continuation byte
    ] as [[UInt8]])
    func malformedSequencesAreRejected(sequence: [UInt8]) {
        let bytes = Array("Det ".utf8) + sequence
        #expect(throws: TextDecodingError(byteOffset: 4, line: 1)) { try Text(decoding: bytes) }
    }

    @Test func decodingErrorDescriptionSaysWhereAndWhatToDo() {
        let description = TextDecodingError(byteOffset: 812, line: 14).description
        #expect(description.contains("byte offset 812"))
        #expect(description.contains("line 14"))
        #expect(description.contains("--lossy"))
    }

    @Test func lossyDecodingReplacesInvalidBytes() throws {
        let bytes = Array("Pris: 20".utf8) + [0xA4] + Array(" og ".utf8) + [0xE2, 0x82] + Array(" nå.".utf8)
        let text = try Text(decoding: bytes, lossy: true)
        #expect(text.string == "Pris: 20\u{FFFD} og \u{FFFD} nå.")
        #expect(text.replacements == 2)
    }

    @Test func lossySegmentationKeepsSentences() throws {
        let bytes = Array("Han tapte ".utf8) + [0xFF, 0xFE] + Array(" kroner. Hun vant.".utf8)
        let segmentation = try segment(bytes: bytes, lossy: true)
        #expect(segmentation.text.replacements == 2)
        #expect(segmentation.sentenceTexts == ["Han tapte \u{FFFD}\u{FFFD} kroner.", "Hun vant."])
    }

    @Test func validTextHasNoReplacements() throws {
        #expect(try Text(decoding: Array("Blåbærsyltetøy".utf8), lossy: true).replacements == 0)
    }

    @Test func scalarOffsetsCountEmojiAndCombiningMarksAsScalars() {
        let string = "👨‍👩‍👧 ba\u{30A}t ø."
        let text = Text(string)
        // 👨 ZWJ 👩 ZWJ 👧 = 5 scalars (18 bytes); "ba\u{30A}t" = 4 scalars (5 bytes).
        #expect(text.scalarOffset(ofByte: 18) == 5)
        #expect(text.scalarOffset(ofByte: 19) == 6)
        #expect(text.scalarOffset(ofByte: 24) == 10)
        #expect(text.scalarCount == string.unicodeScalars.count)
        #expect(text.scalarOffset(ofByte: text.byteCount) == text.scalarCount)
    }

    @Test(arguments: [0, 1, 63, 64, 65, 127, 128, 129, 500])
    func scalarOffsetsAgreeWithStringAcrossCheckpoints(prefixLength: Int) {
        // Multi-byte letters around the 64-byte checkpoints.
        let string = String(repeating: "æ", count: prefixLength) + "ø" + String(repeating: "a", count: 70) + "😀"
        let text = Text(string)
        var byte = 0
        for (index, scalar) in string.unicodeScalars.enumerated() {
            #expect(text.scalarOffset(ofByte: byte) == index)
            byte += String(scalar).utf8.count
        }
        #expect(text.scalarOffset(ofByte: byte) == string.unicodeScalars.count)
    }

    @Test func stringOfRangeGivesBytesAsText() {
        let text = Text("Hei, Åse!")
        #expect(text.string(5..<9) == "Åse")
        #expect(text.byte(at: 0) == 0x48)
        #expect(text.byte(at: -1) == 0)
        #expect(text.byte(at: 100) == 0)
    }

    @Test func textFromAStringIsNormalisedLikeTextFromBytes() throws {
        // The fast path (no BOM, no carriage return) and the decoding path give the same text.
        for string in ["Kari sa:\r\n– Nei.\rHan gikk.", "\u{FEFF}Kari sa: – Nei.", "Kari sa: – Nei. Æøå 😀", ""] {
            let fromString = Text(string)
            let fromBytes = try Text(decoding: Array(string.utf8))
            #expect(fromString.string == fromBytes.string)
            #expect(fromString.scalarOffset(ofByte: fromString.byteCount) == fromBytes.scalarOffset(ofByte: fromBytes.byteCount))
        }
        #expect(Text("a\r\nb").string == "a\nb")
        #expect(Text("\u{FEFF}abc").string == "abc")
    }
}
