import ArgumentParser
import Lexicon
import Stance

extension StanceCommand {
    /// `stance segment`: paragraphs, sentences and (optionally) tokens.
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split articles into paragraphs, sentences and words.",
            discussion: """
            text: one sentence per line, a blank line between paragraphs, a "==> DOC <==" header \
            per document. jsonl: one object per sentence with doc, paragraph, sentence (0-based, \
            per document), start, end (Unicode scalar offsets), text, paragraph_kind \
            (body|dash|caption|headline); --tokens adds tokens [{start, end, kind, text, form}].
            """
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, jsonl }

        @OptionGroup var input: InputOptions

        @Option(help: "Output format: text or jsonl.")
        var format: Format = .text

        @Flag(help: "Also print each sentence's tokens with their kinds and folded forms.")
        var tokens = false

        func run() throws {
            let run = DocumentRun(input)
            let segmenter = try Segmenter()
            var first = true
            while let document = run.reader.next() {
                let segmentation = segmenter.segment(document.text)
                switch format {
                case .jsonl: writeJSONLines(document, segmentation)
                case .text:
                    writeText(document, segmentation, header: !first || input.inputs.count > 1 || document.id != input.inputs.first)
                }
                first = false
            }
            try run.finish()
        }

        func writeJSONLines(_ document: Document, _ segmentation: Segmentation) {
            let text = segmentation.text
            for (index, sentence) in segmentation.sentences.enumerated() {
                var row: [String: JSONValue] = [
                    "doc": .string(document.id),
                    "paragraph": .int(sentence.paragraph),
                    "sentence": .int(index),
                    "start": .int(text.scalarOffset(ofByte: sentence.range.lowerBound)),
                    "end": .int(text.scalarOffset(ofByte: sentence.range.upperBound)),
                    "text": .string(text.string(sentence.range)),
                    "paragraph_kind": .string(segmentation.paragraphs[sentence.paragraph].kind.rawValue),
                ]
                if tokens {
                    row["tokens"] = .array(sentence.tokens.map { token in
                        let range = segmentation.tokens.range(token)
                        return .object([
                            "start": .int(text.scalarOffset(ofByte: range.lowerBound)),
                            "end": .int(text.scalarOffset(ofByte: range.upperBound)),
                            "kind": .string(segmentation.tokens.kinds[token].description),
                            "text": .string(text.string(range)),
                            "form": .string(segmentation.folded(token: token)),
                        ])
                    })
                }
                Console.shared.write(JSONValue.object(row).encoded)
            }
        }

        func writeText(_ document: Document, _ segmentation: Segmentation, header: Bool) {
            if header { Console.shared.write("==> \(document.id) <==") }
            for (index, paragraph) in segmentation.paragraphs.enumerated() {
                if index > 0 { Console.shared.write("") }
                for sentenceIndex in paragraph.sentences {
                    let sentence = segmentation.sentences[sentenceIndex]
                    Console.shared.write(segmentation.string(sentence.range))
                    if tokens {
                        let line = sentence.tokens.map { token in
                            "\(segmentation.surface(token: token))/\(segmentation.tokens.kinds[token])"
                        }.joined(separator: " ")
                        Console.shared.write("    " + line)
                    }
                }
            }
        }
    }
}
