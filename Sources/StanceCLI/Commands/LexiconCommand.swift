import ArgumentParser

extension StanceCommand {
    struct LexiconCommand: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "lexicon", abstract: "(being built)", shouldDisplay: false)
        func run() throws { throw ExitStatus.failure }
    }
}
