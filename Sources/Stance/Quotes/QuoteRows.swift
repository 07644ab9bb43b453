import Lexicon

extension QuoteAnalysis {
    /// One output row per quote, with the contract's fields (spec/contract.md): `doc, paragraph,
    /// start, end, text, speaker, speaker_type, role, mode, cue, cue_start, cue_end,
    /// confidence`, and `rule` and `parts`. Offsets are Unicode scalar offsets.
    ///
    /// `text` is the quoted words: for a quote interrupted by its attribution, its parts joined
    /// by " … " (then `start`/`end` span both parts and the attribution between them, and
    /// `parts` lists `[start, end]` of each part, each a slice of the text); otherwise exactly
    /// `text[start:end]`.
    public func rows(document: String, text: Text) -> [OutputRow] {
        quotes.map { quote in
            var row = OutputRow()
            let speaker = speakers[quote.speaker]
            let range = quote.range
            row["doc"] = .string(document)
            row["paragraph"] = .int(quote.paragraph)
            row["start"] = .int(text.scalarOffset(ofByte: range.lowerBound))
            row["end"] = .int(text.scalarOffset(ofByte: range.upperBound))
            row["text"] = .string(quote.parts.map { text.string($0) }.joined(separator: " … "))
            row["speaker"] = .string(speaker.name)
            row["speaker_type"] = .string(speaker.type.rawValue)
            row["role"] = .string(speaker.role)
            row["mode"] = .string(quote.mode.rawValue)
            if let cue = quote.cue {
                row["cue"] = .string(text.string(cue))
                row["cue_start"] = .int(text.scalarOffset(ofByte: cue.lowerBound))
                row["cue_end"] = .int(text.scalarOffset(ofByte: cue.upperBound))
            } else {
                row["cue"] = .null
                row["cue_start"] = .null
                row["cue_end"] = .null
            }
            row["confidence"] = .double((quote.confidence * 100).rounded() / 100)
            row["rule"] = .string(quote.rule.rawValue)
            row["parts"] = .array(quote.parts.map { part in
                .array([.int(text.scalarOffset(ofByte: part.lowerBound)), .int(text.scalarOffset(ofByte: part.upperBound))])
            })
            return row
        }
    }
}
