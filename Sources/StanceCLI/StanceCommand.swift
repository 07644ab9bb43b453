import ArgumentParser
import Lexicon
import Stance

/// `stance`: who says what, and how, in Norwegian news.
@main
struct StanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Who says what, and how: speaker-aware framing and sentiment for Norwegian news.",
        discussion: """
        Reads plain text, JSONL (id, text, outlet, date, title, url) or CSV (a text column), files, \
        directories or - for standard input. Offsets in every output are Unicode scalar offsets \
        into the text as read (Python's text[start:end]).
        """,
        version: "stance \(StanceVersion.string) (ICU \(ICU.version))",
        subcommands: [
            Segment.self,
            Explain.self,
            Quotes.self,
            Score.self,
            Kwic.self,
            LexiconCommand.self,
            Bench.self,
        ]
    )
}
