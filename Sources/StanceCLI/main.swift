import Foundation
import Lexicon
let s = try Segmenter()
let text = Text(try String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8))
let seg = s.segment(text)
for p in seg.paragraphs { print("P", p.kind, p.sentences) }
for (i, s) in seg.sentences.enumerated() { print(i, s.paragraph, "[\(seg.string(s.range))]") }
print(seg.tokens.count, (0..<min(60, seg.tokens.count)).map { seg.surface(token: $0) + "/" + seg.tokens.kinds[$0].description })
