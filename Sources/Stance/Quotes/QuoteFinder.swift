import Lexicon

/// A quote found in the text, before its speaker is resolved.
struct QuoteDraft: Sendable {
    enum Kind: UInt8, Sendable { case dash, marks, title, reported, nested }

    var kind: Kind
    /// Token ranges of the quoted words.
    var parts: [Range<Int>]
    var paragraph: Int
    var mode: QuoteMode
    var attribution: Attribution?
    /// The quote opens its paragraph (a dash paragraph, a «…» paragraph).
    var opensParagraph = false
    /// The quote starts a sentence: without an attribution it continues the current speaker.
    var startsSentence = false
    /// An interviewer's question (set by ``QuoteFinder/markQuestions()``).
    var isQuestion = false
    /// A short quote paragraph without final punctuation used as a subheading.
    var isSubheading = false
    /// The previous paragraph of a quotation over several paragraphs.
    var chainPrevious: Int?
    /// The enclosing quote of a nested quote.
    var enclosing: Int?
    /// The draft whose speaker this one shares ("…, klager kvinnene – og ber om at …").
    var subjectOf: Int?
    /// The phrase before a title's colon ("Kvinner til Putin: – …"), resolved after the article.
    var titleSpeaker: Mention?
    /// The title speaker is the subject of a clause ("Mødre krever svar: – …"), not a label: a
    /// person who says the title's words in the article comes first.
    var titleSpeakerIsSubject = false
    /// A quote in the title of a linked article ("LEST DENNE? …"): its speaker is no voice of
    /// this article unless the title names one.
    var isLinkTeaser = false

    init(kind: Kind, parts: [Range<Int>], paragraph: Int, mode: QuoteMode = .direct, attribution: Attribution? = nil) {
        self.kind = kind
        self.parts = parts
        self.paragraph = paragraph
        self.mode = mode
        self.attribution = attribution
    }
}

/// A mention in narration: the subject of a sentence (it makes its referent salient for
/// pronouns and unattributed quotes) or any other name (a weaker antecedent).
struct NarrationMention: Sendable {
    var mention: Mention
    var subject: Bool
    /// "Hun er nå direktør ved …": a role given in the predicate.
    var predicateRole: Range<Int>?
    var caption: Bool
}

/// Finds quotes (dash paragraphs, quotation marks, titles, reported speech) and the mentions in
/// narration, paragraph by paragraph. Spans are token ranges; ``QuoteAttribution`` turns them
/// into byte ranges.
struct QuoteFinder {
    let words: ArticleWords
    private(set) var drafts: [QuoteDraft] = []
    private(set) var mentions: [NarrationMention] = []
    /// Per token: the draft whose direct quoted words hold it, or -1.
    private(set) var owner: ContiguousArray<Int32>
    private var usedCue: ContiguousArray<Bool>
    private var opensQuote: [Bool]
    /// Per sentence: the latest draft whose attribution named a subject there.
    private var sentenceSubject: [Int: Int] = [:]
    /// A reported clause cut off after its "at" at the end of a paragraph ("Til NRK sier Kari Holm
    /// at"): the next paragraph holds the reported words.
    private var pendingBlock: (attribution: Attribution, shared: Int?)?
    /// A «…» paragraph left open at its end: the next «…» paragraph continues it.
    private var openChain: Int?


    private var segmentation: Segmentation { words.segmentation }

    init(words: ArticleWords) {
        self.words = words
        owner = ContiguousArray(repeating: -1, count: words.tokenCount)
        usedCue = ContiguousArray(repeating: false, count: words.tokenCount)
        opensQuote = Array(repeating: false, count: words.segmentation.paragraphs.count)
    }

    // MARK: Driver

    mutating func run() {
        let paragraphs = segmentation.paragraphs
        var pendingColon: Attribution?
        var seenContent = false
        // Embedded posts: "— Politiet Oslo (@oslopolitiops) 20. desember 2019" signs the paragraph before it.
        var signatures: [Int: Attribution] = [:]
        var isSignature = Set<Int>()
        var previousSigned = false
        for index in paragraphs.indices {
            let tokens = tokenRange(ofParagraph: index)
            guard !tokens.isEmpty else { continue }
            opensQuote[index] = paragraphs[index].kind == .dash || startsWithQuoteMark(index, tokens) || opensWithGluedHyphen(tokens)
            if paragraphs[index].kind == .dash, let signature = embedSignature(index, tokens) {
                isSignature.insert(index)
                opensQuote[index] = false
                if index > 0, paragraphs[index - 1].kind == .body { signatures[index - 1] = signature }
            }
        }
        let listItems = factListItems()
        var labelled = interviewLabels()
        // "09.05 – Det er ikke trygt, sier …": a live report's time stamp before a quote dash.
        for index in paragraphs.indices where paragraphs[index].kind == .body {
            let tokens = tokenRange(ofParagraph: index)
            if let dash = words.timeStampEnd(tokens.lowerBound, limit: tokens.upperBound), dash + 1 < tokens.upperBound,
               words.isDash(dash) { labelled[index] = dash + 1 }
        }
        for index in labelled.keys { opensQuote[index] = true }
        for index in paragraphs.indices {
            let paragraph = paragraphs[index]
            let tokens = tokenRange(ofParagraph: index)
            guard !tokens.isEmpty, !isSignature.contains(index) else { continue }
            if let title = linkTeaserTitle(index, tokens) {
                if !title.isEmpty { scanLinkTeaser(index, title) }
                continue
            }
            if let signature = signatures[index] {
                var draft = QuoteDraft(kind: .marks, parts: [tokens], paragraph: index, attribution: signature)
                draft.opensParagraph = true
                add(draft)
                continue
            }
            var colon = pendingColon
            pendingColon = nil
            let block = pendingBlock
            pendingBlock = nil
            let chain = openChain
            openChain = nil
            let introduced = previousSigned || introducesBlock(before: index)
            previousSigned = false
            if seenContent, paragraph.kind == .body || paragraph.kind == .headline, !opensQuote[index],
               let (quoted, signature) = signedParagraph(tokens),
               introduced || quoted.contains(where: { words.has($0, [.firstPerson, .secondPerson]) }) {
                // A block quote that lost its quotation marks, signed at its end ("… Kari Holm, Sp"):
                // introduced by the paragraph before, or in the first or second person (a photo
                // caption with its photographer's name is neither).
                var draft = QuoteDraft(kind: .marks, parts: [quoted], paragraph: index, attribution: signature)
                draft.opensParagraph = true
                add(draft)
                previousSigned = true
                continue
            }
            if seenContent, paragraph.kind == .body || paragraph.kind == .headline, let (post, signature) = inlinePost(index, tokens) {
                // An embedded post whose signature stayed in its paragraph: "… &mdash; Kari Holm (@kariholm) May 2, 2015".
                var draft = QuoteDraft(kind: .marks, parts: [post], paragraph: index, attribution: signature)
                draft.opensParagraph = true
                add(draft)
                continue
            }
            if let block { colon = block.attribution }
            if seenContent, colon == nil, paragraph.kind == .body, !opensQuote[index], let intro = namedColonIntro(before: index),
               isQuotedProse(tokens) {
                // "Dette var Kari Holm opptatt av:", "Også her var Holm klar for å svinge pisken:":
                // a person named before a final colon without a speech verb, and a paragraph in
                // the first person or with "[…]" after it: the quotation, its marks lost.
                var draft = QuoteDraft(kind: .marks, parts: [tokens], paragraph: index, attribution: intro)
                draft.opensParagraph = true
                add(draft)
                continue
            }
            if seenContent, paragraph.kind == .body || paragraph.kind == .headline, !opensQuote[index], let colon,
               block != nil || introducesSpeech(colon), !opensWithLabelledQuote(tokens),
               tokens.filter({ words.isWord($0) }).count >= 4 {
                // "Til NRK sier Kari Holm at" or "Som Kari Holm svarte på spørsmålet:" ending the
                // paragraph before: this paragraph is the quotation, its marks lost.
                var draft = QuoteDraft(kind: .marks, parts: [tokens], paragraph: index, attribution: colon)
                draft.opensParagraph = true
                draft.subjectOf = block?.shared
                add(draft)
                continue
            }
            if let start = labelled[index] {
                let before = drafts.count
                scanDashParagraph(index, token(atOrAfter: paragraph.range.lowerBound)..<tokens.upperBound, colon: nil, from: start)
                // ("Spørsmål: Fortell om dagen." is the interviewer's, question mark or not.)
                if start >= 2, words.has(start - 2, .questionLabel) {
                    for draft in before..<drafts.count where drafts[draft].attribution == nil { drafts[draft].isQuestion = true }
                }
                seenContent = true
                continue
            }
            switch paragraph.kind {
            case .caption:
                // "NRK: Fergeselskapet legger ned …": a title prefixed by a source in capitals.
                if !seenContent, index == 0, sourcePrefix(in: tokens) != nil {
                    scanHeadline(index, tokens)
                } else {
                    scanCaption(index, tokens)
                }
            case .headline:
                // A long "headline" is a body paragraph that lost its final full stop.
                if seenContent, tokens.filter({ words.isWord($0) }).count > 10, titleColon(in: tokens) == nil,
                   !words.isDash(tokens.lowerBound), !words.isQuoteMark(tokens.lowerBound) {
                    pendingColon = scanBody(index, tokens, colon: colon, chain: chain)
                } else if seenContent, words.isQuoteMark(tokens.lowerBound),
                          let close = tokens.dropFirst().last(where: { words.isQuoteMark($0) }),
                          signatureAttribution(after: close, limit: tokens.upperBound) != nil {
                    // A signed pull quote without a final stop ("«…» Snorre Valen (SV)").
                    pendingColon = scanBody(index, tokens, colon: colon, chain: chain)
                } else {
                    scanHeadline(index, tokens)
                }
            case .dash:
                if listItems.contains(index) {
                    scanNarration(index, tokens, caption: false)
                } else {
                    scanDashParagraph(index, tokens, colon: colon)
                }
            case .body:
                // A title ending in "?" or "!" is a body paragraph to the segmenter.
                if !seenContent && paragraph.sentences.count == 1 && titleColon(in: tokens) != nil
                    && (words.isQuestionMark(tokens.upperBound - 1) || words.isPunct(tokens.upperBound - 1, 0x21)) {
                    scanHeadline(index, tokens)
                } else if seenContent, opensWithGluedHyphen(tokens) {
                    scanDashParagraph(index, tokens, colon: colon)
                } else {
                    let found = scanBody(index, tokens, colon: colon, chain: chain)
                    pendingColon = found?.subject == nil ? quotationFrom(paragraph: index, tokens) ?? found : found
                }
            }
            if paragraph.kind != .caption { seenContent = true }
        }
        markQuestions()
    }

    func tokenRange(ofParagraph index: Int) -> Range<Int> {
        let sentences = segmentation.paragraphs[index].sentences
        guard !sentences.isEmpty else { return 0..<0 }
        return segmentation.sentences[sentences.lowerBound].tokens.lowerBound..<segmentation.sentences[sentences.upperBound - 1].tokens.upperBound
    }

    /// The first token whose start is at or after `byte`.
    func token(atOrAfter byte: Int) -> Int { words.token(atOrAfter: byte) }

    /// "LES OGSÅ: …", "LEST DENNE? …", "SE OGSÅ …", "FÅTT MED DEG DENNE? …": a link to another
    /// article. Returns the linked title after its capitalised prefix (perhaps empty); nil for
    /// any other paragraph.
    private func linkTeaserTitle(_ paragraph: Int, _ tokens: Range<Int>) -> Range<Int>? {
        let first = tokens.lowerBound
        // ("LES OGSÅ:" is a caption label to the segmenter: its words count as no capitals.)
        if segmentation.paragraphs[paragraph].kind == .caption, let label = segmentation.paragraphs[paragraph].marker {
            guard words.has(first, .linkTeaser), words.end(first) <= label.upperBound else { return nil }
            var end = first
            while end < tokens.upperBound, words.end(end) <= label.upperBound { end += 1 }
            return end..<tokens.upperBound
        }
        guard tokens.count > 2, words.isAllCaps(first), words.isWord(first + 1) && words.isAllCaps(first + 1) || words.isColon(first + 1),
              words.has(first, .linkTeaser) else { return nil }
        var end = first + 1
        while end < tokens.upperBound, end - first < 6, words.isWord(end), words.isAllCaps(end) { end += 1 }
        if end < tokens.upperBound, words.isColon(end) || words.isQuestionMark(end) { end += 1 }
        return end..<tokens.upperBound
    }

    /// The title of a linked article: "Fourcade sliter med formen: – Jeg kjenner ikke meg selv
    /// igjen", "Jarstein fikk beskjeden: «Du kan dra»", "«…»", "… men hun tror ett øyeblikk blir
    /// større". Its quotes are the linked article's; a name opening the title is the speaker of a
    /// quote in the first person after the colon, otherwise the quote has none in this article.
    private mutating func scanLinkTeaser(_ paragraph: Int, _ title: Range<Int>) {
        let first = title.lowerBound
        var part: Range<Int>?
        var colon: Int?
        if words.isDash(first) {
            part = (first + 1)..<title.upperBound
        } else if words.isQuoteMark(first) {
            part = innerTokens(ofMarkAt: first, paragraph: paragraph)
        } else if let (titleColon, quoteStart) = titleColon(in: title), quoteStart < title.upperBound {
            colon = titleColon
            part = words.isQuoteMark(quoteStart) ? innerTokens(ofMarkAt: quoteStart, paragraph: paragraph) : quoteStart..<title.upperBound
        } else {
            // Reported speech in the title: kept as a title quote (a reported clause whose
            // pronoun finds no antecedent would be dropped), by a name only.
            for token in title where words.cue(token) >= 0 && !usedCue[token] && !words.isPassiveCue(token)
                && words.cueKind(words.cue(token)) != .indirect {
                let count = drafts.count
                reported(token, cueEnd: Int(words.cueEnd[token]), sentence: title.lowerBound..<words.sentenceEnd(of: token), paragraph: paragraph)
                guard drafts.count > count, let last = drafts.indices.last else { continue }
                drafts[last].kind = .title
                drafts[last].isLinkTeaser = true
                if let subject = drafts[last].attribution?.subject, subject.kind == .name { drafts[last].titleSpeaker = subject }
                drafts[last].attribution = nil
                break
            }
            return
        }
        guard let part, part.contains(where: { words.isLexical($0) }) else { return }
        var draft = QuoteDraft(kind: .title, parts: [part], paragraph: paragraph)
        draft.isLinkTeaser = true
        // A label before the colon ("Trener Ola Lie: – …"), or a name opening a clause when the
        // quote speaks in the first person ("Fourcade sliter med formen: – Jeg …").
        if let colon, let mention = words.readMention(from: first, limit: colon, appositive: false, skipAdverbs: false),
           mention.end == colon || mention.kind == .name && mention.tokens.lowerBound == first
            && part.contains(where: { words.has($0, .firstPerson) }) {
            draft.titleSpeaker = mention
        }
        add(draft)
    }

    /// "— Name (@handle) Month Day, Year": the signature of an embedded post.
    private func embedSignature(_ paragraph: Int, _ tokens: Range<Int>) -> Attribution? {
        guard tokens.count >= 5, segmentation.tokens.kinds[tokens.upperBound - 1] == .number || words.isPunct(tokens.upperBound - 1, 0x3E)
                || tokens.upperBound >= 2 && segmentation.tokens.kinds[tokens.upperBound - 2] == .number else { return nil }
        let bytes = segmentation.text.utf8
        var open = tokens.lowerBound
        while open < tokens.upperBound {
            if words.isPunct(open, 0x28), words.end(open) < bytes.count, bytes[words.end(open)] == 0x40 { break }
            open += 1
        }
        guard open < tokens.upperBound else { return nil }
        var first = tokens.lowerBound
        while first < open, !words.isLexical(first) { first += 1 }
        guard first < open, let mention = words.readMention(from: first, limit: open, appositive: false, skipAdverbs: false)
                ?? nameOnly(first, open) else { return nil }
        return Attribution(cue: open..<(open + 1), subject: mention, rule: .colon)
    }

    /// "Vi stemte feil i går &mdash; Kari Holm (@kariholm) May 2, 2015": an embedded post whose
    /// signature follows an em dash (or its HTML entity, left in scraped text) in the same
    /// paragraph. Returns the post's words and the signature.
    private func inlinePost(_ paragraph: Int, _ tokens: Range<Int>) -> (Range<Int>, Attribution)? {
        guard tokens.count >= 8 else { return nil }
        var dash = tokens.upperBound - 5
        while dash > tokens.lowerBound + 1 {
            if words.scalar(dash) == 0x2014 {
                break
            }
            if words.isPunct(dash, 0x26), dash + 2 < tokens.upperBound, words.isForm(dash + 1, Self.mdash), words.isPunct(dash + 2, 0x3B) {
                break
            }
            dash -= 1
        }
        guard dash > tokens.lowerBound + 1 else { return nil }
        let signatureStart = words.scalar(dash) == 0x2014 ? dash + 1 : dash + 3
        guard let signature = embedSignature(paragraph, signatureStart..<tokens.upperBound) else { return nil }
        var end = dash
        while end > tokens.lowerBound, !words.isLexical(end - 1), !words.isSentenceFinal(end - 1) { end -= 1 }
        guard end > tokens.lowerBound else { return nil }
        return (tokens.lowerBound..<end, signature)
    }

    private static let mdash: [UInt8] = Array("mdash".utf8)

    /// A mention made of the capitalised words in `start..<end` (an account name).
    private func nameOnly(_ start: Int, _ end: Int) -> Mention? {
        guard words.isCapitalised(start) else { return nil }
        var mention = Mention(kind: .name, tokens: start..<end, end: end)
        mention.name = start..<end
        return mention
    }

    /// "-Det er bløtt i Østfold, sier hun.": a hyphen glued to a capitalised word opens a quote
    /// paragraph in scraped text that lost its dash and space.
    private func opensWithGluedHyphen(_ tokens: Range<Int>) -> Bool {
        let first = tokens.lowerBound
        return first + 1 < tokens.upperBound && words.isPunct(first, 0x2D) && words.end(first) - words.start(first) == 1
            && words.end(first) == words.start(first + 1) && words.isWord(first + 1) && words.isCapitalised(first + 1)
    }

    private func startsWithQuoteMark(_ paragraph: Int, _ tokens: Range<Int>) -> Bool {
        let first = tokens.lowerBound
        guard words.isQuoteMark(first) else { return false }
        let value = words.scalar(first)
        return value == 0xAB || value == 0x22 || value == 0x201C || value == 0x201E || value == 0x201D
    }

    @discardableResult
    private mutating func add(_ draft: QuoteDraft) -> Int {
        let index = drafts.count
        drafts.append(draft)
        if draft.kind == .dash || draft.kind == .marks || draft.kind == .title {
            for part in draft.parts { for token in part where owner[token] < 0 { owner[token] = Int32(index) } }
        }
        if let attribution = draft.attribution, !attribution.cue.isEmpty {
            usedCue[attribution.cue.lowerBound] = true
            // (A speaker named after a quotation with "slik" is no subject of the sentence.)
            if attribution.subject != nil || draft.subjectOf != nil, !(draft.kind == .marks && attribution.rule == .slikClause) {
                sentenceSubject[words.sentence(attribution.cue.lowerBound)] = draft.subjectOf ?? index
            }
        }
        return index
    }

    // MARK: Titles

    /// The colon of "Speaker: – quote" / "Speaker: «quote»" in a title, and where the quote starts.
    private func titleColon(in tokens: Range<Int>) -> (colon: Int, quote: Int)? {
        for token in tokens where words.isColon(token) && token + 1 < tokens.upperBound {
            // A colon right after a word and before a space ("Støre: – …"), not a smiley (":-)").
            guard token > tokens.lowerBound, words.isLexical(token - 1), words.start(token + 1) > words.end(token) else { continue }
            if words.isDash(token + 1) { return (token, token + 2) }
            if words.isQuoteMark(token + 1) { return (token, token + 1) }
            // "Støre: Vi må ruste oss …": a speaker, a colon and words in the first or second
            // person ("Politiken: USA ber Danmark …" reports, it does not quote).
            if token > tokens.lowerBound,
               let mention = words.readMention(from: tokens.lowerBound, limit: token, appositive: false, skipAdverbs: false),
               mention.end == token, mention.isPersonLike, mention.kind != .pronoun, words.isCapitalised(token + 1),
               ((token + 1)..<tokens.upperBound).contains(where: { words.has($0, [.firstPerson, .secondPerson]) }) {
                return (token, token + 1)
            }
            return nil
        }
        return nil
    }

    /// "TV 2: Advokatfirma varsler …", "Reuters: USA og Kina med utkast …", "Forskere: Flere
    /// isbreer kan forsvinne": a title whose words before the colon are only a source — a
    /// person-like noun phrase, or a name the article cites as a source elsewhere ("skriver TV 2",
    /// "ifølge Reuters"; a podcast or column name is not cited so) — and whose words after it are
    /// no quotation of their own; nil for labels ("Farevarsel: …", "Lørdag: …").
    private func sourcePrefix(in tokens: Range<Int>) -> (colon: Int, mention: Mention)? {
        guard let colon = tokens.first(where: { words.isColon($0) }), colon > tokens.lowerBound,
              words.isWord(colon + 1) || segmentation.tokens.kinds[colon + 1] == .number,
              (colon + 1..<tokens.upperBound).filter({ words.isWord($0) }).count >= 3,
              !((colon + 1)..<tokens.upperBound).contains(where: { words.isColon($0) || words.isDash($0) || words.isQuoteMark($0) }),
              !words.has(tokens.lowerBound, .time) else { return nil }
        if segmentation.paragraphs[words.segmentation.sentences[words.sentence(colon)].paragraph].kind == .caption {
            // "NRK: …" is a caption label to the segmenter (its words count as no capitals): a
            // name only if the article cites it.
            guard (tokens.lowerBound..<colon).allSatisfy({ words.isLexical($0) }),
                  isCitedSource(tokens.lowerBound..<colon, after: tokens.upperBound) else { return nil }
            var label = Mention(kind: .name, tokens: tokens.lowerBound..<colon, end: colon)
            label.name = tokens.lowerBound..<colon
            return (colon, label)
        }
        guard var mention = words.readMention(from: tokens.lowerBound, limit: colon, appositive: false, skipAdverbs: false),
              mention.kind != .pronoun else { return nil }
        // "TV 2": a channel's number.
        if mention.end + 1 == colon, mention.kind == .name, segmentation.tokens.kinds[mention.end] == .number {
            mention.end = colon
            mention.tokens = mention.tokens.lowerBound..<colon
            mention.name = mention.name.map { $0.lowerBound..<colon }
        }
        guard mention.end == colon else { return nil }
        if mention.kind == .name, let name = mention.name {
            return isCitedSource(name, after: tokens.upperBound) ? (colon, mention) : nil
        }
        return mention.personHead && (mention.plural || mention.kind == .definite) ? (colon, mention) : nil
    }

    /// Whether the words of `name` stand somewhere after `start` right after a cue ("skriver TV 2",
    /// "opplyser CNN at", "ifølge Reuters").
    private func isCitedSource(_ name: Range<Int>, after start: Int) -> Bool {
        var token = start
        while token + name.count <= words.tokenCount {
            defer { token += 1 }
            guard token > 0, (0..<name.count).allSatisfy({ words.form(token + $0) == words.form(name.lowerBound + $0) }) else { continue }
            var cue = token - 1
            while cue > start, token - cue <= 3, words.cue(cue) < 0 { cue -= 1 }
            if words.cue(cue) >= 0, Int(words.cueEnd[cue]) == token { return true }
        }
        return false
    }

    private mutating func scanHeadline(_ paragraph: Int, _ tokens: Range<Int>) {
        if let (colon, quoteStart) = titleColon(in: tokens), quoteStart < tokens.upperBound {
            var parts = [quoteStart..<tokens.upperBound]
            if words.isQuoteMark(quoteStart) {
                parts = [innerTokens(ofMarkAt: quoteStart, paragraph: paragraph) ?? (quoteStart + 1)..<tokens.upperBound]
            }
            guard let part = parts.first, !part.isEmpty else { return }
            var draft = QuoteDraft(kind: .title, parts: parts, paragraph: paragraph)
            // The words before the colon name the speaker when they are a short label: a noun
            // phrase, perhaps with "om …", "i ny video", "til Putin" after it — not a clause.
            if let mention = words.readMention(from: tokens.lowerBound, limit: colon, appositive: false, skipAdverbs: false),
               mention.end == colon || words.has(mention.end, .preposition)
                && !(mention.end..<colon).contains(where: { words.has($0, .verb) || words.cue($0) >= 0 && $0 > mention.end }) {
                draft.titleSpeaker = mention
            } else if let mention = words.readMention(from: tokens.lowerBound, limit: colon, appositive: false, skipAdverbs: false),
                      mention.isPersonLike, mention.kind != .pronoun, mention.end < colon, words.cue(mention.end) >= 0 {
                // Or the subject of a clause whose verb is a cue: "Mødre krever svar fra Kreml: – …",
                // "Ordføreren advarer: – …" (not "Sønnen ble drept: – …", where someone else speaks).
                draft.titleSpeaker = mention
                draft.titleSpeakerIsSubject = true
            }
            add(draft)
            return
        }
        if let (colon, mention) = sourcePrefix(in: tokens) {
            // "TV 2: Advokatfirma varsler søksmål", "Reuters: USA og Kina med utkast …": a source
            // before the colon, the title reports what it says.
            var draft = QuoteDraft(kind: .title, parts: [(colon + 1)..<tokens.upperBound], paragraph: paragraph, mode: .indirect)
            draft.titleSpeaker = mention
            add(draft)
            return
        }
        // A pull quote: a headline that is itself a quotation.
        let first = tokens.lowerBound
        if words.isDash(first), first + 1 < tokens.upperBound {
            add(QuoteDraft(kind: .title, parts: [(first + 1)..<tokens.upperBound], paragraph: paragraph))
        } else if words.isQuoteMark(first), let inner = innerTokens(ofMarkAt: first, paragraph: paragraph), !inner.isEmpty,
                  inner.upperBound >= tokens.upperBound - 2, inner.filter({ words.isWord($0) }).count >= 3 {
            // A headline that is wholly a quotation ("«Vi gir oss ikke»"); a scare-quoted word
            // in a subheading ("«Uendelig» mengde …") is not.
            add(QuoteDraft(kind: .title, parts: [inner], paragraph: paragraph))
        } else {
            // "Mann forklarer at politiet skjøt ham": reported speech in a headline, only with
            // "at" right after the verb (headlines drop words; anything looser is a guess) — or
            // a name before a verb that leaves out "at" ("Listhaug mener regjeringen sover").
            for sentenceIndex in segmentation.paragraphs[paragraph].sentences {
                let sentence = segmentation.sentences[sentenceIndex].tokens
                for token in sentence where words.cue(token) >= 0 && !usedCue[token] && !words.isPassiveCue(token)
                    && words.cueKind(words.cue(token)) != .indirect {
                    let cueEnd = Int(words.cueEnd[token])
                    guard cueEnd < sentence.upperBound else { continue }
                    if words.has(cueEnd, .at) || words.has(token, .bareClauseCue) && isNamedSubject(of: token, cueEnd: cueEnd, sentence: sentence) {
                        reported(token, cueEnd: cueEnd, sentence: sentence, paragraph: paragraph)
                    }
                }
            }
            headlinePartialQuotes(paragraph, tokens)
        }
    }

    /// Whether the cue at `cueToken` has a name as its subject before it ("Listhaug mener …").
    private func isNamedSubject(of cueToken: Int, cueEnd: Int, sentence: Range<Int>) -> Bool {
        let (subject, side) = words.subjectOfCue(cueToken, cueEnd: cueEnd, from: sentence.lowerBound, limit: sentence.upperBound)
        return side == .before && subject?.kind == .name
    }

    /// "Kalte Siv Jensen «forskjellsdronning» – da reagerte …", "Borgermesteren kaller utspillet
    /// for «barnslig»": a quotation right after a verb of saying or calling in a headline is a title
    /// quote, by the subject before the verb or else by the article's voice (a scare quote in a
    /// headline, "Kvinne i «koma» fødte", has no such verb).
    private mutating func headlinePartialQuotes(_ paragraph: Int, _ tokens: Range<Int>) {
        for span in QuoteMarks.spans(in: segmentation.text.utf8, paragraph: segmentation.paragraphs[paragraph].range) where span.depth == 0 {
            let open = token(atOrAfter: span.open.lowerBound)
            let inner = token(atOrAfter: span.inner.lowerBound)..<token(atOrAfter: span.inner.upperBound)
            guard open > tokens.lowerBound, open < tokens.upperBound, !inner.isEmpty, inner.contains(where: { words.isLexical($0) }),
                  !(open..<inner.upperBound).contains(where: { owner[$0] >= 0 }),
                  let cue = (max(tokens.lowerBound, open - 5)..<open).last(where: {
                      words.cue($0) >= 0 && words.cueKind(words.cue($0)) != .indirect && !words.isPassiveCue($0)
                          && (words.has($0, .verb) || words.cueKind(words.cue($0)) == .speech) }),
                  Int(words.cueEnd[cue]) <= open,
                  !(cue..<open).contains(where: { words.isComma($0) || words.isDash($0) || words.isColon($0) || words.has($0, .at) })
            else { continue }
            var draft = QuoteDraft(kind: .title, parts: [inner], paragraph: paragraph)
            let (subject, side) = words.subjectOfCue(cue, cueEnd: Int(words.cueEnd[cue]), from: tokens.lowerBound, limit: open)
            if let subject, side == .before, subject.kind != .pronoun { draft.titleSpeaker = subject }
            add(draft)
        }
    }

    /// The quoted tokens of the quotation whose opening mark is `token`.
    private func innerTokens(ofMarkAt token: Int, paragraph: Int) -> Range<Int>? {
        let spans = QuoteMarks.spans(in: segmentation.text.utf8, paragraph: segmentation.paragraphs[paragraph].range)
        guard let span = spans.first(where: { $0.open.lowerBound == words.start(token) }) else { return nil }
        return self.token(atOrAfter: span.inner.lowerBound)..<self.token(atOrAfter: span.inner.upperBound)
    }

    // MARK: Dash quotes

    struct Run {
        var parts: [Range<Int>] = []
        var attribution: Attribution?
        /// Where narration takes over inside the paragraph, if it does.
        var narrationFrom: Int?
    }

    /// Reads direct speech from `first` (just after an opening dash) to `limit`: quoted words,
    /// interrupted by attribution clauses ("…, sier hun, – og …", "…, sier hun. – …"), until the
    /// paragraph ends or a sentence after the attribution does not open with a dash.
    func parseRun(from first: Int, to limit: Int) -> Run {
        var run = Run()
        var partStart = first
        var token = first
        scan: while token < limit {
            var found: Attribution?
            var partEnd = token
            if token > partStart {
                if let attribution = words.attributionAfterQuote(at: token, limit: limit) {
                    found = attribution
                    partEnd = words.isComma(token - 1) ? token - 1 : token
                } else if words.isInitial(token), words.isSentenceFinal(token - 1),
                          let attribution = words.attributionSentence(at: token, limit: limit) {
                    found = attribution
                }
            }
            guard let attribution = found else {
                token += 1
                continue
            }
            if partEnd > partStart { run.parts.append(partStart..<partEnd) }
            if run.attribution == nil { run.attribution = attribution }
            // Walk the attribution clause: a dash after a comma or a full stop reopens the quote;
            // a new sentence without a dash is narration.
            let sentence = words.sentence(token)
            var index = token
            while index < limit {
                if words.sentence(index) != sentence {
                    if words.isDash(index) {
                        partStart = index + 1
                        token = index + 1
                        continue scan
                    }
                    run.narrationFrom = index
                    return run
                }
                if index > token, words.isDash(index), words.isComma(index - 1) || words.isSentenceFinal(index - 1) {
                    partStart = index + 1
                    token = index + 1
                    continue scan
                }
                index += 1
            }
            return run
        }
        if partStart < limit, (partStart..<limit).contains(where: { words.isLexical($0) }) {
            run.parts.append(partStart..<limit)
        }
        return run
    }

    private mutating func scanDashParagraph(_ paragraph: Int, _ tokens: Range<Int>, colon: Attribution?, from start: Int? = nil) {
        let marker = segmentation.paragraphs[paragraph].marker ?? words.start(tokens.lowerBound)..<words.start(tokens.lowerBound)
        var first = tokens.lowerBound
        while start == nil, first < tokens.upperBound, words.end(first) <= marker.upperBound { first += 1 }
        if start == nil, segmentation.paragraphs[paragraph].marker == nil, opensWithGluedHyphen(tokens) { first += 1 }
        if let start { first = start }
        // "– 0,5 grader, målt på Finse i 1909.": a list item of figures, not speech.
        if first < tokens.upperBound, segmentation.tokens.kinds[first] == .number {
            scanNarration(paragraph, tokens, caption: false)
            return
        }
        // "– Hvordan føles det? – Helt fantastisk, sier Kari Holm.": the interviewer's question and
        // the attributed answer in one paragraph.
        if colon == nil, let answer = inlineAnswer(from: first, to: tokens.upperBound) {
            var question = QuoteDraft(kind: .dash, parts: [first..<(answer - 1)], paragraph: paragraph)
            question.opensParagraph = true
            question.startsSentence = true
            question.isQuestion = true
            add(question)
            first = answer
        }
        let run = parseRun(from: first, to: tokens.upperBound)
        if !run.parts.isEmpty {
            var draft = QuoteDraft(kind: .dash, parts: run.parts, paragraph: paragraph, attribution: run.attribution ?? colon)
            draft.opensParagraph = true
            draft.startsSentence = true
            if draft.attribution == nil, run.narrationFrom == nil { draft.attribution = nextParagraphAttribution(after: paragraph) }
            if draft.attribution == nil, isSubheading(paragraph, tokens) {
                draft.isSubheading = true
                draft.opensParagraph = false
                draft.startsSentence = false
            }
            add(draft)
        }
        let embedded = scanMarks(paragraph, tokens, colon: nil, chain: nil)
        silenceCues(inPartialQuotes: embedded)
        scanNarration(paragraph, tokens, caption: false)
        // "– …, sa Macron. Han har omtalt situasjonen som «en krise».": a partial quote in the
        // narration after the dash quote.
        for inner in embedded where owner[inner.lowerBound] < 0 {
            let open = inner.lowerBound - 1
            guard open >= tokens.lowerBound, owner[open] < 0 else { continue }
            if let reported = drafts.lastIndex(where: { $0.kind == .reported && $0.parts.contains { $0.overlaps(inner) } }) {
                addPartialQuote(inner, in: reported)
            } else if !words.isInitial(inner.lowerBound), words.sentenceStart(of: open) != open {
                addPartialQuote(inner, open: open, paragraph: paragraph)
            }
        }
    }

    /// Whether the quotation opening at `open` follows only a label and a colon at the start of its
    /// paragraph ("Påstanden: «…»", "Sitatet: «…»"): a noun for a claim or a quotation names no
    /// speaker; the quotation opens the paragraph as if the label were not there.
    private func isLabel(before open: Int, paragraph tokens: Range<Int>) -> Bool {
        guard open - 1 > tokens.lowerBound, words.isColon(open - 1) else { return false }
        let words = (tokens.lowerBound..<(open - 1)).filter { self.words.isLexical($0) }
        guard let last = words.last, words.count <= 2, self.words.has(last, [.reportingNoun, .quotationNoun]) else { return false }
        return words.count == 1 || self.words.has(words[0], [.article, .determiner, .possessive])
    }

    /// Cue verbs inside a quotation in the middle of a sentence are the quoted words, not the
    /// narration's: "Hun sa at «komiteen viser til at kommunene har ansvaret»" quotes her (or the
    /// document she cites), not the committee.
    private mutating func silenceCues(inPartialQuotes embedded: [Range<Int>]) {
        for inner in embedded where !inner.isEmpty && owner[inner.lowerBound] < 0 {
            let open = inner.lowerBound - 1
            guard open >= 0, !words.isInitial(inner.lowerBound), words.sentenceStart(of: open) != open else { continue }
            for token in inner where words.cue(token) >= 0 { usedCue[token] = true }
        }
    }

    /// Where the answer starts when a dash paragraph opens with one question of at most fifteen
    /// words, a dash right after its "?", and an answer whose attribution names someone ("– Var
    /// det straffe? – Ja, helt klart, sier Dahl."); nil otherwise.
    private func inlineAnswer(from first: Int, to limit: Int) -> Int? {
        guard let mark = (first..<limit).first(where: { words.isSentenceFinal($0) }), words.isQuestionMark(mark),
              mark + 2 < limit, words.isDash(mark + 1), (first..<mark).filter({ words.isWord($0) }).count <= 15,
              !(first..<mark).contains(where: { words.isComma($0) && words.attributionAfterQuote(at: $0 + 1, limit: mark) != nil })
        else { return nil }
        let answer = parseRun(from: mark + 2, to: limit)
        guard !answer.parts.isEmpty, answer.attribution?.subject != nil else { return nil }
        return mark + 2
    }

    /// A short paragraph (at most ten words) without final punctuation between body paragraphs:
    /// a subheading ("– Må være oppmerksomme").
    private func isSubheading(_ paragraph: Int, _ tokens: Range<Int>) -> Bool {
        guard segmentation.paragraphs[paragraph].sentences.count == 1 else { return false }
        var last = tokens.upperBound - 1
        while last > tokens.lowerBound, words.isQuoteMark(last) { last -= 1 }
        guard !words.isSentenceFinal(last), !words.isComma(last), !words.isColon(last) else { return false }
        return tokens.filter({ words.isLexical($0) }).count <= 10
    }

    /// "Det sa Nordmann til NTB." opening the next paragraph attributes an unattributed quote.
    private mutating func nextParagraphAttribution(after paragraph: Int) -> Attribution? {
        let next = paragraph + 1
        guard next < segmentation.paragraphs.count, segmentation.paragraphs[next].kind == .body else { return nil }
        let tokens = tokenRange(ofParagraph: next)
        guard !tokens.isEmpty else { return nil }
        return words.attributionSentence(at: tokens.lowerBound, limit: words.sentenceEnd(of: tokens.lowerBound))
    }

    // MARK: Body paragraphs

    /// Scans a body paragraph; returns the attribution of a final colon ("Gusev legger til:")
    /// for the next paragraph.
    private mutating func scanBody(_ paragraph: Int, _ tokens: Range<Int>, colon: Attribution?, chain: Int?) -> Attribution? {
        if let chain { continueChain(chain, paragraph: paragraph, tokens) }
        // Dash quotes inside the paragraph: a sentence opening with a dash, or "X sier: – …".
        let dashList = isDashList(paragraph, tokens)
        for sentenceIndex in segmentation.paragraphs[paragraph].sentences {
            let sentence = segmentation.sentences[sentenceIndex].tokens
            guard !sentence.isEmpty, owner[sentence.lowerBound] < 0 else { continue }
            if sentence.lowerBound > tokens.lowerBound, words.isDash(sentence.lowerBound) {
                if dashList { continue }
                addRun(from: sentence.lowerBound + 1, paragraph: paragraph, limit: tokens.upperBound, colon: nil, startsSentence: true)
                continue
            }
            for token in sentence where words.isColon(token) && token + 1 < sentence.upperBound && words.isDash(token + 1) {
                guard owner[token] < 0 else { break }
                // "Kulderekord for Bergen: – 0,5 grader": a minus sign before a figure.
                if token + 2 < sentence.upperBound, segmentation.tokens.kinds[token + 2] == .number { break }
                let clause = sentence.lowerBound..<token
                let attribution = words.colonAttribution(clause: clause, colon: token)
                addRun(from: token + 2, paragraph: paragraph, limit: tokens.upperBound, colon: attribution, startsSentence: false)
                break
            }
        }
        let embedded = scanMarks(paragraph, tokens, colon: colon, chain: chain)
        silenceCues(inPartialQuotes: embedded)
        scanNarration(paragraph, tokens, caption: false)
        // Quotations left over that start a sentence are quotes of the current speaker; shorter
        // ones inside a sentence are scare quotes or titles, or were part of reported speech.
        for inner in embedded where owner[inner.lowerBound] < 0 {
            let open = inner.lowerBound - 1
            guard open >= tokens.lowerBound else { continue }
            if let reported = drafts.lastIndex(where: { $0.kind == .reported && $0.parts.contains { $0.overlaps(inner) } }) {
                addPartialQuote(inner, in: reported)
                continue
            }
            guard words.isInitial(inner.lowerBound) || words.sentenceStart(of: open) == open else {
                addPartialQuote(inner, open: open, paragraph: paragraph)
                continue
            }
            guard inner.filter({ words.isWord($0) }).count >= 3 else { continue }
            var draft = QuoteDraft(kind: .marks, parts: [inner], paragraph: paragraph)
            draft.startsSentence = true
            add(draft)
        }
        // A final colon introduces the next paragraph's quote.
        let last = tokens.upperBound - 1
        if words.isColon(last), owner[last] < 0 {
            let start = words.sentenceStart(of: last)
            // "Slik er det, mener Kari Holm:": the speaker follows the verb after the comma.
            if let comma = (start..<last).last(where: { words.isComma($0) }), comma + 1 < last,
               let attribution = words.attributionAfterQuote(at: comma + 1, limit: last), let subject = attribution.subject,
               subject.end == last {
                usedCue[attribution.cue.lowerBound] = true
                return Attribution(cue: attribution.cue, subject: subject, rule: .colon)
            }
            // "I stortingsmeldingen står det følgende om målene:": a document formula.
            if let attribution = formulaColon(last) { return attribution }
            if let attribution = words.colonAttribution(clause: start..<last, colon: last) {
                usedCue[attribution.cue.lowerBound] = true
                return attribution
            }
        }
        return nil
    }

    /// "«Vi fikk beskjed torsdag.¶Nå håper vi det ordnes», sier Per Lie.": the paragraph after one
    /// left open by « continues its quotation up to a closing » that nothing in this paragraph
    /// opened (the writer did not repeat the « at its start); the attribution after it names the
    /// speaker of both paragraphs.
    private mutating func continueChain(_ chain: Int, paragraph: Int, _ tokens: Range<Int>) {
        if !opensQuote[paragraph], !tokens.contains(where: { words.isQuoteMark($0) }), closesOpenQuote(after: paragraph) {
            continueUnmarked(chain, paragraph: paragraph, tokens)
            return
        }
        guard !opensQuote[paragraph], let close = tokens.first(where: { words.isQuoteMark($0) }), words.scalar(close) == 0xBB,
              owner[close] < 0, close > tokens.lowerBound,
              (tokens.lowerBound..<close).filter({ words.isWord($0) }).count >= 3 else { return }
        var attribution: Attribution?
        if close + 1 < tokens.upperBound {
            let limit = words.sentenceEnd(of: close + 1)
            attribution = words.attributionAfterQuote(at: close + 1, limit: limit)
                ?? (words.isComma(close + 1) && close + 2 < limit ? words.attributionAfterQuote(at: close + 2, limit: limit) : nil)
        }
        var draft = QuoteDraft(kind: .marks, parts: [tokens.lowerBound..<close], paragraph: paragraph, attribution: attribution)
        draft.opensParagraph = true
        draft.startsSentence = true
        draft.chainPrevious = chain
        add(draft)
    }

    /// "«Det har aldri vært så travelt.¶Mange har sluttet.¶Vi trenger flere hender», sier Moe.":
    /// a middle paragraph with no quotation mark at all, between one left open by « and one whose
    /// first mark is a closing », is inside the quotation (the writer repeated no « at the starts);
    /// it keeps the chain open for the paragraph that closes it.
    private mutating func continueUnmarked(_ chain: Int, paragraph: Int, _ tokens: Range<Int>) {
        var draft = QuoteDraft(kind: .marks, parts: [tokens], paragraph: paragraph, attribution: nil)
        draft.opensParagraph = true
        draft.startsSentence = true
        draft.chainPrevious = chain
        openChain = add(draft)
    }

    /// Whether a paragraph after `paragraph` closes a quotation nothing in it opened before any
    /// paragraph opens a quotation of its own or leaves the body text, looking at most three
    /// paragraphs ahead (unmarked paragraphs may come between).
    private func closesOpenQuote(after paragraph: Int) -> Bool {
        let paragraphs = segmentation.paragraphs
        var index = paragraph + 1
        while index < paragraphs.count, index <= paragraph + 3 {
            let tokens = tokenRange(ofParagraph: index)
            guard paragraphs[index].kind == .body, !opensQuote[index] else { return false }
            if let mark = tokens.first(where: { words.isQuoteMark($0) }) { return words.scalar(mark) == 0xBB }
            index += 1
        }
        return false
    }

    /// "Spørsmål: Forstår du kritikken?¶Svar: Ja, …" and "VG: Hvordan har dere det?¶KH: Vi er
    /// slitne …": an interview printed as questions and answers, each paragraph opened by a label
    /// and a colon where a dash would stand. A label is "Spørsmål"/"Svar" or a short word in
    /// capitals (initials, the outlet) that names no party; the layout needs two different labels
    /// that each open at least two paragraphs, so a lone "NRK: …" title or "FAKTA: …" box is no
    /// interview. Returns, per labelled paragraph, the first token after its colon.
    private func interviewLabels() -> [Int: Int] {
        let paragraphs = segmentation.paragraphs
        var byLabel: [Int32: [Int]] = [:]
        for index in paragraphs.indices.dropFirst() where paragraphs[index].kind == .body || paragraphs[index].kind == .caption {
            // (A label in capitals makes a caption, whose sentences start after it.)
            let label = token(atOrAfter: paragraphs[index].range.lowerBound)
            let tokens = label..<tokenRange(ofParagraph: index).upperBound
            guard tokens.count >= 4, segmentation.tokens.kinds[label] == .word, words.isColon(label + 1),
                  words.isWord(label + 2) || words.isQuoteMark(label + 2) else { continue }
            let bytes = segmentation.text.utf8
            let capitals = (words.start(label)..<words.end(label)).allSatisfy { bytes[$0] >= 0x41 && bytes[$0] <= 0x5A }
            let isInitials = capitals && words.end(label) - words.start(label) <= 4
            // (Not a party's name: "Sp: Vi vil …¶SV: Vi vil …" is a list of the parties' answers,
            // and "Sp"/"Sv", short for spørsmål/svar elsewhere, would make Senterpartiet the interviewer.)
            guard isInitials || words.has(label, [.questionLabel, .answerLabel]) && !(0x61...0x7A).contains(bytes[words.start(label)]),
                  !words.isPartyName(label) else { continue }
            byLabel[words.form(label), default: []].append(index)
        }
        let series = byLabel.values.filter { $0.count >= 2 }
        guard series.count >= 2 else { return [:] }
        var starts: [Int: Int] = [:]
        for index in series.joined() { starts[index] = token(atOrAfter: paragraphs[index].range.lowerBound) + 2 }
        return starts
    }

    /// "Dette sa partilederne:¶Sentralbanksjef Ida Wolden Bache: – Renten …": a paragraph that
    /// opens with a short label (a colon among its first eight tokens) right before a dash or a «
    /// names its own speaker, an item of the list the paragraph before announced, not the
    /// announced words themselves.
    private func opensWithLabelledQuote(_ tokens: Range<Int>) -> Bool {
        guard let colon = tokens.prefix(8).first(where: { words.isColon($0) }), colon > tokens.lowerBound,
              colon + 1 < tokens.upperBound, words.isDash(colon + 1) || words.isQuoteMark(colon + 1) else { return false }
        return (tokens.lowerBound..<colon).allSatisfy { words.isWord($0) || words.isPunct($0, 0x28) || words.isPunct($0, 0x29) }
    }

    /// The dash paragraphs that are the items of a fact list, not speech: two or more dash
    /// paragraphs in a row after a box title ("FAKTA: Vinterlinjen") or after a paragraph ending
    /// in a colon that names no speaker ("Strømstøtte – slik fungerer den:"), none of them with a
    /// verb of saying or a question, fewer than a quarter in the first or second person
    /// ("- Regi: Marte Lunde", "- Hytter er ikke omfattet."). After "Bakke lister opp:" the
    /// items are Bakke's words.
    private func factListItems() -> Set<Int> {
        let paragraphs = segmentation.paragraphs
        var items = Set<Int>()
        var index = 1
        while index < paragraphs.count {
            guard paragraphs[index].kind == .dash, paragraphs[index - 1].kind != .dash else { index += 1; continue }
            var end = index
            while end < paragraphs.count, paragraphs[end].kind == .dash { end += 1 }
            defer { index = end }
            guard end - index >= 2, introducesFactList(index - 1) else { continue }
            var personal = 0
            var speech = false
            for item in index..<end {
                let tokens = tokenRange(ofParagraph: item)
                if tokens.contains(where: { words.has($0, [.firstPerson, .secondPerson]) }) { personal += 1 }
                if tokens.contains(where: { words.cue($0) >= 0 || words.isQuestionMark($0) || words.isQuoteMark($0) }) { speech = true }
            }
            guard !speech, personal * 4 < end - index else { continue }
            items.formUnion(index..<end)
        }
        return items
    }

    /// Whether paragraph `index` is the title of a fact list: a short caption-like label with a
    /// title ("FAKTA: Vinterlinjen") or a paragraph whose last sentence ends in a colon and
    /// names no speaker.
    private func introducesFactList(_ index: Int) -> Bool {
        let tokens = tokenRange(ofParagraph: index)
        guard !tokens.isEmpty else { return false }
        let last = tokens.upperBound - 1
        if segmentation.paragraphs[index].kind == .caption {
            return !words.isSentenceFinal(last) && tokens.filter({ words.isWord($0) }).count <= 6
        }
        guard words.isColon(last) else { return false }
        let clause = words.sentenceStart(of: last)..<last
        return !clause.contains(where: { words.cue($0) >= 0 }) && words.colonAttribution(clause: clause, colon: last) == nil
    }

    /// "Løfter fra erklæringen - Regjeringen vil styrke X. - Regjeringen vil bygge Y. - …": three or
    /// more sentences inside a paragraph open with a dash and fewer than a quarter of them speak in
    /// the first or second person — the bullets of a list that lost its line breaks, not speech.
    private func isDashList(_ paragraph: Int, _ tokens: Range<Int>) -> Bool {
        var items = 0
        var personal = 0
        for sentenceIndex in segmentation.paragraphs[paragraph].sentences {
            let sentence = segmentation.sentences[sentenceIndex].tokens
            guard !sentence.isEmpty, sentence.lowerBound > tokens.lowerBound, words.isDash(sentence.lowerBound) else { continue }
            if sentence.contains(where: { words.has($0, [.firstPerson, .secondPerson]) }) { personal += 1 }
            items += 1
        }
        return items >= 3 && personal * 4 < items
    }

    /// A «partial quote» inside reported speech: the speaker's own words within the reported
    /// clause. When the clause is little more than the quotation ("sier at hun «støtter
    /// forslaget»"), the reported quote becomes the direct partial quote instead of a second one.
    private mutating func addPartialQuote(_ inner: Range<Int>, in reported: Int) {
        guard words.isWord(inner.lowerBound), !words.isCapitalised(inner.lowerBound) || inner.count >= 4, !isQuotedBefore(inner) else { return }
        let clause = drafts[reported].parts
        let outside = clause.reduce(0) { count, part in
            count + part.filter { !inner.contains($0) && words.isLexical($0) && !words.isQuoteMark($0) }.count
        }
        if outside <= 2, clause.count == 1 {
            drafts[reported].parts = [inner]
            drafts[reported].mode = .direct
            drafts[reported].attribution?.rule = .partialQuote
            return
        }
        var draft = QuoteDraft(kind: .reported, parts: [inner], paragraph: drafts[reported].paragraph, mode: .direct,
                               attribution: drafts[reported].attribution.map { Attribution(cue: $0.cue, subject: nil, rule: .partialQuote) })
        draft.subjectOf = reported
        drafts.append(draft)
    }

    /// A «partial quote» in narration after a verb of saying or calling in the same sentence
    /// ("Hun kalte forslaget «et hån mot innbyggerne»"). Titles, names and scare quotes have no
    /// such verb, or start with a capital letter.
    private mutating func addPartialQuote(_ inner: Range<Int>, open: Int, paragraph: Int) {
        if addTranslation(inner, open: open, paragraph: paragraph) || addNounOwnerQuote(inner, open: open, paragraph: paragraph) { return }
        guard words.isWord(inner.lowerBound), !words.isCapitalised(inner.lowerBound), !isQuotedBefore(inner) else { return }
        if let previous = coordinatedPartialQuote(before: open) {
            // "kalte forslaget «useriøst» og «et slag i ansiktet»", "ba MDG «…», ikke kun «…»": a
            // second quotation joined to a partial quote is by the same speaker.
            var draft = QuoteDraft(kind: .reported, parts: [inner], paragraph: paragraph, mode: .direct,
                                   attribution: drafts[previous].attribution.map { Attribution(cue: $0.cue, subject: nil, rule: .partialQuote) })
            draft.subjectOf = previous
            add(draft)
            return
        }
        let start = words.sentenceStart(of: open)
        var cueToken = open - 1
        while cueToken >= start {
            // "kalte reformen «Leve hele livet» for «et løft»": a title in quotation marks between
            // the verb and the quotation is the object named, not another quote.
            if owner[cueToken] < 0, words.isQuoteMark(cueToken), cueToken < open - 1, let title = titleOpening(closing: cueToken, from: start) {
                cueToken = title - 1
                continue
            }
            if owner[cueToken] >= 0 || words.isQuoteMark(cueToken) && cueToken < open - 1 { return }
            if words.cue(cueToken) >= 0, words.cueKind(words.cue(cueToken)) != .indirect, !words.isPassiveCue(cueToken),
               words.has(cueToken, .verb) || words.cueKind(words.cue(cueToken)) == .speech { break }
            cueToken -= 1
        }
        guard cueToken >= start, open - cueToken <= 8 else { return }
        let cueEnd = Int(words.cueEnd[cueToken])
        // "protesterte mot «reformen»", "klager over «…»": the quotation is the verb's topic —
        // unless an infinitive or a clause opens right before it, after a phrase of time or place
        // ("lovet i valgkampen å «…»", "sa i debatten at «…»").
        guard cueEnd < open, !words.has(cueEnd, .preposition) || words.has(cueEnd, .forWord)
                || words.isForm(open - 1, ArticleWords.aa) || words.has(open - 1, .at) else { return }
        let (subject, side) = words.subjectOfCue(cueToken, cueEnd: cueEnd, from: start, limit: open)
        var draft = QuoteDraft(kind: .reported, parts: [inner], paragraph: paragraph, mode: .direct)
        if let subject, side != .coordinated {
            if subject.kind == .pronoun, !subject.pronoun.isDisjoint(with: [.jeg, .vi]) { return }
            draft.attribution = Attribution(cue: cueToken..<cueEnd, subject: subject, rule: .partialQuote)
        } else if let shared = sentenceSubject[words.sentence(cueToken)] {
            draft.subjectOf = shared
            draft.attribution = Attribution(cue: cueToken..<cueEnd, subject: nil, rule: .partialQuote)
        } else if side == .none, let pronoun = relativePronounSubject(before: cueToken, from: start) {
            // "en avtale han har omtalt som «…»", "det hun selv beskriver som et «…»": a relative
            // clause without "som" whose subject is the pronoun before the verb.
            draft.attribution = Attribution(cue: cueToken..<cueEnd, subject: pronoun, rule: .partialQuote)
        } else if words.has(cueEnd, .at), cueEnd + 1 == open,
                  let previous = previousSentenceSpeaker(opening: start, cueToken: cueToken) {
            // "… skrev tilsynet at …. Men legger til at «…»": no subject, the same speaker.
            draft.subjectOf = previous
            draft.attribution = Attribution(cue: cueToken..<cueEnd, subject: nil, rule: .partialQuote)
        } else if side == .coordinated || side == .none, case var first = start, first < cueToken {
            // "Johnson har uttrykt støtte til …, og kalt terroren «nødvendig»", "Johnson har
            // kalt …": the subject that opens the sentence.
            while first < cueToken, !words.isLexical(first) { first += 1 }
            guard let opening = words.readMention(from: first, limit: cueToken, appositive: true, skipAdverbs: false),
                  opening.isPersonLike, opening.kind == .name || opening.kind == .pronoun && !opening.pronoun.isDisjoint(with: [.han, .hun, .de]),
                  side == .coordinated || (opening.end..<cueToken).allSatisfy({ words.has($0, [.verb, .adverb]) })
            else { return }
            draft.attribution = Attribution(cue: cueToken..<cueEnd, subject: opening, rule: .partialQuote)
        } else {
            return
        }
        add(draft)
    }

    /// The opening mark of a short title in quotation marks («Leve hele livet») that the mark at
    /// `closing` ends: its first word is capitalised and nothing claimed it; nil otherwise.
    private func titleOpening(closing: Int, from start: Int) -> Int? {
        var open = closing - 1
        while open >= start, closing - open <= 8, !words.isQuoteMark(open) { open -= 1 }
        guard open >= start, words.isQuoteMark(open), open + 1 < closing, owner[open] < 0,
              words.isWord(open + 1), words.isCapitalised(open + 1) else { return nil }
        return open
    }

    /// The attributed partial quote that ends just before the quotation opening at `open` in the
    /// same sentence, with only a comma, "og"/"eller"/"men" and adverbs between ("«useriøst» og
    /// «…»", "«…», ikke kun «…»"); nil otherwise.
    private func coordinatedPartialQuote(before open: Int) -> Int? {
        var token = open - 1
        var joiners = 0
        while token > 0, words.sentence(token) == words.sentence(open), !words.isQuoteMark(token) {
            guard words.isComma(token) || words.has(token, [.og, .men, .conjunction, .adverb, .ikke]) else { return nil }
            if words.isWord(token) { joiners += 1 }
            token -= 1
        }
        guard joiners >= 1, joiners <= 3, token > 0, words.isQuoteMark(token), words.sentence(token) == words.sentence(open) else { return nil }
        return drafts.lastIndex { draft in
            draft.mode == .direct && draft.kind != .title && draft.parts.count == 1 && draft.parts[0].upperBound == token
                && (draft.attribution?.subject != nil || draft.subjectOf != nil)
        }
    }

    /// Whether the words of `inner` stand inside a quote found before it ("Kalte henne
    /// «forskjellsdronning»" in the title, the same «forskjellsdronning» in the caption; a rule
    /// quoted in full, then «påtrengende nødvendig» from it): a second use of a quoted phrase
    /// repeats the words, it quotes nobody again.
    ///
    /// - Complexity: O(tokens of the earlier quotes).
    private func isQuotedBefore(_ inner: Range<Int>) -> Bool {
        let needle = inner.filter { words.isLexical($0) }.map { words.form($0) }
        guard !needle.isEmpty else { return false }
        for draft in drafts {
            for part in draft.parts where part.upperBound <= inner.lowerBound {
                if part.filter({ words.isLexical($0) }).map({ words.form($0) }).containsRun(needle) { return true }
            }
        }
        return false
    }

    /// "«…», skrev hun. Oversatt til norsk: «…»", "spørsmålet blir på norsk «…»", "en tweet som
    /// oversatt til norsk lød slik: «…»": a translation of the quote just given, by its speaker.
    private mutating func addTranslation(_ inner: Range<Int>, open: Int, paragraph: Int) -> Bool {
        let start = words.sentenceStart(of: open)
        guard let norsk = (max(start, open - 4)..<open).last(where: { words.isForm($0, Self.norsk) }),
              (max(start, norsk - 3)..<norsk).contains(where: { words.isForm($0, Self.oversatt) || words.has($0, .paa) }),
              !((norsk + 1)..<open).contains(where: { words.isQuoteMark($0) || words.has($0, .at) }),
              let original = drafts.indices.filter({ drafts[$0].mode == .direct && drafts[$0].kind != .title
                  && drafts[$0].paragraph >= paragraph - 1 && drafts[$0].parts.last!.upperBound <= open })
                  .max(by: { drafts[$0].parts.last!.upperBound < drafts[$1].parts.last!.upperBound })
        else { return false }
        var draft = QuoteDraft(kind: .reported, parts: [inner], paragraph: paragraph, mode: .direct,
                               attribution: Attribution(cue: norsk..<(norsk + 1), subject: nil, rule: .repeatedQuote))
        draft.subjectOf = original
        add(draft)
        return true
    }
    private static let norsk: [UInt8] = Array("norsk".utf8), oversatt: [UInt8] = Array("oversatt".utf8)

    /// "Sanners påstand i går om at «…»", "hans utsagn fra 2008, om at «…»": a quotation that is all
    /// of what a reporting noun with its owner reports, by the owner.
    private mutating func addNounOwnerQuote(_ inner: Range<Int>, open: Int, paragraph: Int) -> Bool {
        let start = words.sentenceStart(of: open)
        guard open - 3 > start, words.has(open - 1, .at), words.has(open - 2, .om) else { return false }
        var noun = open - 3
        while noun > start, open - 3 - noun < 6, !words.has(noun, .reportingNoun) {
            if owner[noun] >= 0 || words.isQuoteMark(noun) || words.has(noun, [.at, .som]) || words.cue(noun) >= 0 { return false }
            noun -= 1
        }
        let possessor = noun - 1
        guard noun > start, words.has(noun, .reportingNoun), owner[possessor] < 0, words.isWord(possessor) else { return false }
        var subject: Mention?
        if words.isForm(possessor, Self.hans) || words.isForm(possessor, Self.hennes) {
            let pronoun: WordClass = words.isForm(possessor, Self.hans) ? .han : .hun
            var mention = Mention(kind: .pronoun, pronoun: pronoun, tokens: possessor..<(possessor + 1), end: possessor + 1)
            mention.gender = pronoun == .hun ? 1 : 2
            subject = mention
        } else if words.isCapitalised(possessor), words.lastFormByte(possessor) == 0x73, !words.has(possessor, WordClass.function) {
            // "Høyre-nestleder Jan Tore Sanners påstand": the whole name before the noun.
            var first = possessor
            while first > start, words.isWord(first - 1), words.isCapitalised(first - 1), owner[first - 1] < 0 { first -= 1 }
            for from in [first, possessor] where subject == nil {
                if var mention = words.readMention(from: from, limit: possessor + 1, appositive: false, skipAdverbs: false),
                   mention.end == possessor + 1, mention.kind == .name {
                    mention.genitive = true
                    subject = mention
                }
            }
        }
        guard let subject else { return false }
        add(QuoteDraft(kind: .reported, parts: [inner], paragraph: paragraph, mode: .direct,
                       attribution: Attribution(cue: noun..<(noun + 1), subject: subject, rule: .partialQuote)))
        return true
    }

    /// The quote whose speaker the sentence before names, when the sentence from `opening` has no
    /// subject: it opens with the verb at `cueToken`, perhaps after "men" or "og" ("Men legger til
    /// at …").
    private func previousSentenceSpeaker(opening: Int, cueToken: Int) -> Int? {
        let first = words.firstLexical(from: opening, limit: cueToken + 1)
        guard first == cueToken || words.has(first, [.men, .og]) && words.firstLexical(from: first + 1, limit: cueToken + 1) == cueToken,
              words.sentence(opening) > 0 else { return nil }
        return sentenceSubject[words.sentence(opening) - 1]
    }

    /// "han" or "hun" right before the verb at `cueToken`, past adverbs and a perfect auxiliary
    /// ("han har omtalt", "hun selv beskriver"), after a noun or "det" that it modifies.
    private func relativePronounSubject(before cueToken: Int, from start: Int) -> Mention? {
        var token = cueToken - 1
        while token > start, words.has(token, [.adverb, .perfectAux]), !words.has(token, [.han, .hun]) { token -= 1 }
        guard token > start, words.has(token, [.han, .hun]), words.isWord(token - 1), !words.isCapitalised(token - 1),
              !words.has(token - 1, [.verb, .preposition, .at, .som, .subordinator, .conjunction, .adverb]) || words.has(token - 1, .expletive)
        else { return nil }
        return words.readMention(from: token, limit: cueToken, appositive: false, skipAdverbs: false)
    }

    private mutating func addRun(from first: Int, paragraph: Int, limit: Int, colon: Attribution?, startsSentence: Bool) {
        guard first < limit else { return }
        let run = parseRun(from: first, to: limit)
        guard !run.parts.isEmpty else { return }
        var draft = QuoteDraft(kind: .dash, parts: run.parts, paragraph: paragraph, attribution: run.attribution ?? colon)
        draft.startsSentence = startsSentence
        add(draft)
    }

    // MARK: Quotation marks

    /// Classifies the quotations of a paragraph; returns the inner tokens of those embedded in a
    /// sentence without a cue (decided after reported speech is known).
    @discardableResult
    private mutating func scanMarks(_ paragraph: Int, _ tokens: Range<Int>, colon: Attribution?, chain: Int?) -> [Range<Int>] {
        let spans = QuoteMarks.spans(in: segmentation.text.utf8, paragraph: segmentation.paragraphs[paragraph].range)
        guard !spans.isEmpty, !isTermList(spans) else { return [] }
        var embedded: [Range<Int>] = []
        var previousAttributed: (draft: Int, end: Int)?
        var nested: [(open: Int, inner: Range<Int>, enclosing: Int)] = []
        for span in spans {
            let open = token(atOrAfter: span.open.lowerBound)
            var inner = token(atOrAfter: span.inner.lowerBound)..<token(atOrAfter: span.inner.upperBound)
            guard open < tokens.upperBound, !inner.isEmpty, inner.contains(where: { words.isLexical($0) }) else { continue }
            // "… at de «ikke lenger kan støtte prosjektet, skriver Dagen. De understreker …": a
            // quotation inside a sentence whose closing mark was lost ends before an attribution.
            if span.close == nil, span.depth == 0, open > tokens.lowerBound, owner[open] < 0,
               let comma = inner.first(where: { words.isComma($0) && words.attributionAfterQuote(at: $0 + 1, limit: words.sentenceEnd(of: $0)) != nil }),
               comma > inner.lowerBound {
                let attribution = words.attributionAfterQuote(at: comma + 1, limit: words.sentenceEnd(of: comma))
                inner = inner.lowerBound..<comma
                add(QuoteDraft(kind: .marks, parts: [inner], paragraph: paragraph, attribution: attribution))
                continue
            }
            if owner[open] >= 0 || span.depth > 0 {
                let enclosing = owner[open] >= 0 ? Int(owner[open]) : (inner.lowerBound > 0 ? Int(owner[inner.lowerBound - 1]) : -1)
                nested.append((open, inner, enclosing))
                continue
            }
            let close = span.close.map { token(atOrAfter: $0.lowerBound) }
            var attribution: Attribution?
            if let close, close + 1 < tokens.upperBound {
                let limit = words.sentenceEnd(of: close + 1)
                attribution = words.attributionAfterQuote(at: close + 1, limit: limit)
                    ?? (words.isComma(close + 1) ? words.attributionAfterQuote(at: close + 2, limit: limit) : nil)
                // "Navnet «Evil Corp.» minner om …": a name inside a sentence, with no comma
                // before the verb, is no quotation of the verb's subject.
                if attribution != nil, !words.isComma(close + 1), words.firstLexical(from: words.sentenceStart(of: open), limit: open) < open {
                    attribution = nil
                }
            }
            if attribution == nil, let close, close + 2 < tokens.upperBound, words.isPunct(close + 1, 0x28) {
                attribution = parenthesisAttribution(at: close + 1, limit: tokens.upperBound)
            }
            if attribution == nil, let close, open == tokens.lowerBound, close + 2 < tokens.upperBound {
                attribution = signatureAttribution(after: close, limit: tokens.upperBound)
            }
            if attribution == nil, let close, close + 3 < tokens.upperBound, words.isWord(inner.lowerBound),
               !words.isCapitalised(inner.lowerBound) {
                attribution = slikAttribution(after: close, limit: words.sentenceEnd(of: close))
            }
            if attribution == nil, let close {
                attribution = sentenceAttribution(after: close, open: open, limit: tokens.upperBound)
            }
            if attribution == nil, open > tokens.lowerBound, words.isColon(open - 1) {
                attribution = formulaColon(open - 1)
            }
            if attribution == nil, open > tokens.lowerBound, words.isColon(open - 1) {
                attribution = words.colonAttribution(clause: words.sentenceStart(of: open - 1)..<(open - 1), colon: open - 1)
            }
            // ("Han kalles «Doktor Hans» i bygda": a passive verb of calling names him, he says nothing.)
            if attribution == nil, let cueBefore = cueEnding(at: open, from: words.sentenceStart(of: open)), !words.isPassiveCue(cueBefore) {
                let (subject, side) = words.subjectOfCue(cueBefore, cueEnd: open, from: words.sentenceStart(of: open), limit: open)
                if let subject, side == .before || side == .relative {
                    attribution = Attribution(cue: cueBefore..<open, subject: subject, rule: .colon)
                }
            }
            let opensParagraph = open == tokens.lowerBound || attribution == nil && isLabel(before: open, paragraph: tokens)
            if attribution == nil, let close, isTermSubject(inner, open: open, close: close) || isNameSubject(inner, open: open, close: close) { continue }
            if attribution == nil, let previous = previousAttributed, previous.end == open {
                drafts[previous.draft].parts.append(inner)
                for token in inner where owner[token] < 0 { owner[token] = Int32(previous.draft) }
                continue
            }
            if attribution == nil && !opensParagraph {
                embedded.append(inner)
                continue
            }
            var draft = QuoteDraft(kind: .marks, parts: [inner], paragraph: paragraph, attribution: attribution)
            draft.opensParagraph = opensParagraph
            draft.startsSentence = opensParagraph || words.sentenceStart(of: open) == open
            if opensParagraph {
                // (Also when this paragraph has the attribution: the open one before it shares it.)
                if let chain { draft.chainPrevious = chain }
                if draft.attribution == nil, draft.chainPrevious == nil { draft.attribution = colon }
            }
            let index = add(draft)
            if opensParagraph, span.close == nil { openChain = index }
            if let attribution {
                // Where the attribution clause ends: a following quotation there continues this one.
                var end = attribution.subject?.end ?? attribution.cue.upperBound
                while end < tokens.upperBound, !words.isLexical(end), !words.isQuoteMark(end) || !isOpening(end, spans) { end += 1 }
                previousAttributed = (index, end)
            } else {
                previousAttributed = nil
            }
        }
        if let last = drafts.indices.last, drafts[last].paragraph == paragraph, drafts[last].kind == .marks,
           drafts[last].attribution == nil, drafts[last].chainPrevious == nil, openChain != last {
            drafts[last].attribution = nextParagraphAttribution(after: paragraph)
        }
        for (open, inner, enclosing) in nested where enclosing >= 0 {
            addNested(open: open, inner: inner, enclosing: enclosing)
        }
        return embedded
    }

    /// "«for Guds skyld» «gudskjelov» «Gud forby»": three or more quotations that follow each other
    /// with only a space between them are a list of expressions, nobody's words.
    private func isTermList(_ spans: [QuoteMarkSpan]) -> Bool {
        let bytes = segmentation.text.utf8
        var run = 1
        for (first, second) in zip(spans, spans.dropFirst()) where first.depth == 0 && second.depth == 0 {
            if let close = first.close, close.upperBound <= second.open.lowerBound,
               (close.upperBound..<second.open.lowerBound).allSatisfy({ bytes[$0] == 0x20 }) {
                run += 1
                if run >= 3 { return true }
            } else {
                run = 1
            }
        }
        return false
    }

    /// "«Det gylne krysset» er navnet på …", "«Samvittighetsspørsmål» er et uklart begrep": a
    /// short phrase without a verb, opening its sentence as the subject of "er" and a naming
    /// predicate, is a term being explained, not anybody's words.
    private func isTermSubject(_ inner: Range<Int>, open: Int, close: Int) -> Bool {
        guard words.sentenceStart(of: open) == open, close + 2 < words.tokenCount, words.has(close + 1, .er),
              words.sentence(close + 1) == words.sentence(open),
              inner.filter({ words.isLexical($0) }).count <= 4,
              !inner.contains(where: { words.isSentenceFinal($0) || words.isComma($0) || isFiniteVerb($0) })
        else { return false }
        return words.has(close + 2, .termPredicate)
    }

    /// "«Doktor Hans» går av med pensjon", "«Et dukkehjem» har premiere 12. september": a
    /// nickname or a title in quotation marks (no punctuation, no verb of its own) opening its
    /// sentence and going on into the sentence's verb (not a copula) without a comma is the subject being named,
    /// not anybody's words (a quote is followed by a comma and its attribution, or ends its
    /// sentence). A name in capitals only may go on into any lower-case word.
    private func isNameSubject(_ inner: Range<Int>, open: Int, close: Int) -> Bool {
        let lexical = inner.filter { words.isLexical($0) }
        guard words.sentenceStart(of: open) == open, close + 1 < words.tokenCount, words.sentence(close + 1) == words.sentence(open),
              words.isWord(close + 1), !words.isCapitalised(close + 1), (1...4).contains(lexical.count),
              let first = lexical.first, words.isWord(first), words.isCapitalised(first),
              !inner.contains(where: { words.isSentenceFinal($0) || words.isComma($0) }) else { return false }
        if lexical.allSatisfy({ words.isWord($0) && words.isCapitalised($0) }) { return true }
        // (Inside, only a known verb or a present tense counts: "En folkefiende" ends like "-de".
        // A copula after it keeps the quote: "«Helt fantastisk innsats» var dommen" is a verdict.)
        return !lexical.contains(where: { words.has($0, .verb) || isPresentTense($0) }) && isFiniteVerb(close + 1)
            && !words.has(close + 1, .er)
    }

    /// "«…» (Kjersti Toppe, Sp)": a name, then ")" or a comma and a short party or title.
    private func parenthesisAttribution(at paren: Int, limit: Int) -> Attribution? {
        guard let mention = words.readMention(from: paren + 1, limit: limit, appositive: false, skipAdverbs: false),
              mention.kind == .name, mention.end < limit else { return nil }
        var close = mention.end
        if words.isComma(close) {
            close += 1
            while close < limit, close - mention.end <= 4, !words.isPunct(close, 0x29), words.isWord(close) { close += 1 }
        }
        guard close < limit, words.isPunct(close, 0x29) else { return nil }
        return Attribution(cue: paren..<(paren + 1), subject: mention, rule: .parenthesis)
    }

    /// "«Dette fører til at folk blir slitne.» Snorre Valen (SV)": a quotation that opens its
    /// paragraph signed by a full name, with at most a party, place or date after it and no verb.
    private func signatureAttribution(after close: Int, limit: Int) -> Attribution? {
        var first = close + 1
        if first < limit, words.isDash(first) || words.isComma(first) { first += 1 }
        guard first < limit, words.isWord(first), words.isCapitalised(first),
              let mention = words.readMention(from: first, limit: limit, appositive: false, skipAdverbs: false),
              mention.kind == .name, let name = mention.name, name.count >= 2, name.lowerBound == first else { return nil }
        var rest = mention.end
        while rest < limit {
            if rest - mention.end > 8 || words.has(rest, [.verb, .at, .som]) || words.cue(rest) >= 0 || words.isQuoteMark(rest) { return nil }
            rest += 1
        }
        return Attribution(cue: close..<(close + 1), subject: mention, rule: .parenthesis)
    }

    /// Whether the body paragraph before `index` ends by announcing a quotation: with a colon
    /// ("Kari Holm svarte:") or with the "at" of a reported clause whose words follow ("Til NRK
    /// sier Kari Holm at").
    private func introducesBlock(before index: Int) -> Bool {
        guard index > 0, segmentation.paragraphs[index - 1].kind != .caption else { return false }
        let tokens = tokenRange(ofParagraph: index - 1)
        guard !tokens.isEmpty else { return false }
        var last = tokens.upperBound - 1
        if words.isColon(last) {
            if last == tokens.lowerBound { return true }
            last -= 1
            if !words.has(last, .at) { return true }
        }
        return words.has(last, .at)
    }

    /// "Vi er fristilt i slike saker. Kari Holm, Sp", "… fra denne talerstol Per Dal (H)": a
    /// paragraph without quotation marks signed at its end by a person's name — two names or a
    /// title and a name, with at most a short party, outlet, place or date after it and no final
    /// full stop (a block quote whose marks the page lost). Returns the quoted words and the
    /// signature; nil for a paragraph that ends in narration ("… sa Kari Holm", "… av Per Dal").
    private func signedParagraph(_ tokens: Range<Int>) -> (Range<Int>, Attribution)? {
        let end = tokens.upperBound
        guard tokens.count >= 8, words.isWord(end - 1) || words.isPunct(end - 1, 0x29)
                || segmentation.tokens.kinds[end - 1] == .number else { return nil }
        var first = max(tokens.lowerBound + 6, end - 12)
        while first < end {
            defer { first += 1 }
            guard words.isWord(first), words.isCapitalised(first) else { continue }
            let before = first - 1
            // The name starts after the quoted words' end: a stop, a bracket, or a content word.
            guard words.isSentenceFinal(before) || words.isPunct(before, 0x29)
                    || words.isWord(before) && !words.isCapitalised(before) && !words.has(before, WordClass.function)
                    && words.cue(before) < 0 && !words.has(before, .verb) else { continue }
            guard let mention = nameWithParticle(words.readMention(from: first, limit: end, appositive: false, skipAdverbs: false), limit: end),
                  mention.kind == .name, let name = mention.name, mention.tokens.lowerBound == first,
                  name.count >= 2 || name.lowerBound > first else { continue }
            var rest = mention.end
            var signed = true
            while rest < end {
                if rest - mention.end > 8 || words.has(rest, [.verb, .at, .som]) || words.cue(rest) >= 0 || words.isQuoteMark(rest) {
                    signed = false
                    break
                }
                rest += 1
            }
            guard signed else { continue }
            var quotedEnd = first
            while quotedEnd > tokens.lowerBound, !words.isLexical(quotedEnd - 1), !words.isSentenceFinal(quotedEnd - 1) { quotedEnd -= 1 }
            let quoted = tokens.lowerBound..<quotedEnd
            let quotedWords = quoted.filter { words.isWord($0) }
            // Quoted words are a clause, not a list of names ("Kari Holm - Per Dal, Ola Vik").
            guard quotedWords.count >= 6, quotedWords.filter({ !words.isCapitalised($0) }).count * 2 > quotedWords.count
            else { return nil }
            return (quoted, Attribution(cue: first..<end, subject: mention, rule: .parenthesis))
        }
        return nil
    }

    /// The person named in the last sentence of the body paragraph before `index` when that
    /// paragraph ends in a colon: a name opening the sentence or right after "er"/"var" ("Dette var
    /// Kari Holm, partiets leder, opptatt av:"), not one cited with "ifølge".
    private func namedColonIntro(before index: Int) -> Attribution? {
        guard index > 0, segmentation.paragraphs[index - 1].kind == .body else { return nil }
        let tokens = tokenRange(ofParagraph: index - 1)
        guard tokens.count >= 4, words.isColon(tokens.upperBound - 1), owner[tokens.upperBound - 1] < 0 else { return nil }
        let colon = tokens.upperBound - 1
        let start = words.sentenceStart(of: colon)
        // (A speech verb or "at" before the colon is the colon rule's; "ifølge Dagbladet" may stand.)
        guard !(start..<colon).contains(where: { token in
            words.cue(token) >= 0 && !words.has(token, [.accordingTo, .i]) || words.has(token, .at)
        }) else { return nil }
        for token in start..<colon where words.isWord(token) {
            let opens = token == words.firstLexical(from: start, limit: colon)
            // (After the copula: "Dette var Kari Holm opptatt av:"; not "vi har sendt Stortinget:".)
            guard opens || token > start && words.has(token - 1, .er) else { continue }
            // (A name, or a title and a name: "gruppeleder Ola Vik".)
            guard let mention = words.readMention(from: token, limit: colon, appositive: true, skipAdverbs: false),
                  mention.kind == .name, let name = mention.name, mention.tokens.lowerBound == token,
                  words.isCapitalised(token) || name.lowerBound > token,
                  !(opens && name.count == 1) else { continue }
            return Attribution(cue: colon..<(colon + 1), subject: mention, rule: .colon)
        }
        return nil
    }

    /// "… å trekke frem dette sitatet fra statsminister Kari Holm fra en gang hun …:": a quotation
    /// noun with "fra"/"av" and a named person before a final colon introduces the next paragraph.
    private func quotationFrom(paragraph: Int, _ tokens: Range<Int>) -> Attribution? {
        let colon = tokens.upperBound - 1
        guard colon > tokens.lowerBound, words.isColon(colon), owner[colon] < 0 else { return nil }
        let start = words.sentenceStart(of: colon)
        guard colon - start > 3, let noun = (start..<(colon - 2)).first(where: { words.has($0, .quotationNoun) }),
              words.has(noun + 1, [.fra, .av]),
              let mention = words.readMention(from: noun + 2, limit: colon, appositive: false, skipAdverbs: false),
              mention.kind == .name, mention.tokens.lowerBound == noun + 2 else { return nil }
        return Attribution(cue: noun..<(noun + 1), subject: mention, rule: .colon)
    }


    /// A prose paragraph of at least ten words that reads as a quotation: in the first person, or
    /// with an omission mark ("[…]", "(…)").
    private func isQuotedProse(_ tokens: Range<Int>) -> Bool {
        let first = tokens.lowerBound
        guard words.isWord(first), words.isCapitalised(first), words.isSentenceFinal(tokens.upperBound - 1),
              tokens.filter({ words.isWord($0) }).count >= 10 else { return false }
        return tokens.contains { token in
            words.has(token, .firstPerson)
                || words.scalar(token) == 0x2026 && token > first && (words.isPunct(token - 1, 0x5B) || words.isPunct(token - 1, 0x28))
        }
    }

    /// "Freddy de Ruiter", "Rafael van Dijk": a signature's first name followed by a lowercase
    /// particle and a capitalised surname is one name.
    private func nameWithParticle(_ mention: Mention?, limit: Int) -> Mention? {
        guard var mention, mention.kind == .name, let name = mention.name, name.count == 1 else { return mention }
        let particle = name.upperBound
        guard particle + 1 < limit, words.isWord(particle), !words.isCapitalised(particle),
              ArticleWords.nameParticles.contains(where: { words.isForm(particle, $0) }),
              words.isWord(particle + 1), words.isCapitalised(particle + 1),
              let surname = words.readMention(from: particle + 1, limit: limit, appositive: false, skipAdverbs: false),
              surname.kind == .name, let last = surname.name, last.lowerBound == particle + 1 else { return mention }
        mention.name = name.lowerBound..<last.upperBound
        mention.tokens = mention.tokens.lowerBound..<max(surname.tokens.upperBound, last.upperBound)
        mention.end = max(surname.end, last.upperBound)
        return mention
    }

    /// "«under enhver kritikk» slik Aftenposten uttrykte det", "«…», slik Hansson kalte dem": the
    /// speaker named in a slik-clause right after a quotation.
    private func slikAttribution(after close: Int, limit: Int) -> Attribution? {
        var slik = close + 1
        if slik < limit, words.isComma(slik) { slik += 1 }
        guard slik + 2 < limit, words.has(slik, .expletive), words.has(slik, .subordinator), !words.has(slik, .verb),
              let subject = words.readMention(from: slik + 1, limit: limit, appositive: false, skipAdverbs: false),
              subject.isPersonLike, subject.kind != .pronoun || !subject.pronoun.isDisjoint(with: [.han, .hun, .de]) else { return nil }
        var cue = subject.end
        while cue < limit, cue - subject.end < 2, words.has(cue, .adverb), words.cue(cue) < 0 { cue += 1 }
        guard cue < limit, words.cue(cue) >= 0, words.cueKind(words.cue(cue)) != .indirect, !words.isPassiveCue(cue) else { return nil }
        return Attribution(cue: cue..<Int(words.cueEnd[cue]), subject: subject, rule: .slikClause)
    }

    /// "«Ventetidene har gått ned.» Det sa helseministeren i Stortinget.": a whole sentence in
    /// marks followed, in the same paragraph, by a sentence that only names who said it. (The
    /// dash quote's "– …. Det sa X." reads the same sentence in `parseRun`.)
    private func sentenceAttribution(after close: Int, open: Int, limit: Int) -> Attribution? {
        guard words.sentenceStart(of: open) == open || words.isInitial(open + 1) else { return nil }
        var next = close + 1
        if next < limit, words.isSentenceFinal(next) { next += 1 }
        guard next < limit, words.isSentenceFinal(next - 1) || words.isSentenceFinal(close - 1), words.isInitial(next) else { return nil }
        return words.attributionSentence(at: next, limit: words.sentenceEnd(of: next))
    }

    private func isOpening(_ token: Int, _ spans: [QuoteMarkSpan]) -> Bool {
        let start = words.start(token)
        return spans.contains { $0.open.lowerBound == start }
    }

    /// A cue whose last token is just before `token` ("sier «…»", "Han sier ‹…›").
    private func cueEnding(at token: Int, from lowerLimit: Int) -> Int? {
        var index = token - 1
        while index >= lowerLimit, token - index <= 4 {
            if words.cue(index) >= 0, Int(words.cueEnd[index]) == token, words.cueKind(words.cue(index)) != .indirect { return index }
            index -= 1
        }
        return nil
    }

    /// A quotation inside a quote is a quote of its own when a speech verb or a colon inside the
    /// outer quote introduces it ("Han sier ‹alle lover er fulgt›", "De forsikret meg: ‹…›");
    /// otherwise it is a scare quote or a title.
    private mutating func addNested(open: Int, inner: Range<Int>, enclosing: Int) {
        let outerStart = drafts[enclosing].parts.first(where: { $0.contains(open) })?.lowerBound ?? words.sentenceStart(of: open)
        let lower = max(outerStart, words.sentenceStart(of: open))
        var attribution: Attribution?
        if open > lower, words.isColon(open - 1) {
            attribution = words.colonAttribution(clause: lower..<(open - 1), colon: open - 1)
        } else if let cueToken = cueEnding(at: open, from: lower) {
            let (subject, side) = words.subjectOfCue(cueToken, cueEnd: open, from: lower, limit: open)
            if let subject, side == .before { attribution = Attribution(cue: cueToken..<open, subject: subject, rule: .nested) }
        }
        guard var attribution, let subject = attribution.subject else { return }
        if subject.kind == .pronoun, !subject.pronoun.isDisjoint(with: [.jeg, .vi]) { return }
        if subject.kind == .pronoun, let antecedent = quotedAntecedent(from: outerStart, before: lower) { attribution.subject = antecedent }
        attribution.rule = .nested
        var draft = QuoteDraft(kind: .nested, parts: [inner], paragraph: drafts[enclosing].paragraph, attribution: attribution)
        draft.enclosing = enclosing
        drafts.append(draft)
    }

    /// "– Mamma ville ikke bli med. Hun sa: «Jeg er for gammel.»": a pronoun introducing a quote
    /// inside a quote refers to the person the speaker has just named, not to someone in the
    /// article's narration. The subject of the latest sentence before `end` (inside the outer
    /// quote, from `start`) that opens with a person-like name or noun; nil when none does.
    private func quotedAntecedent(from start: Int, before end: Int) -> Mention? {
        var found: Mention?
        var sentenceFirst = start
        while sentenceFirst < end {
            let first = words.firstLexical(from: sentenceFirst, limit: end)
            if first < end, let mention = words.readMention(from: first, limit: words.sentenceEnd(of: first), appositive: false, skipAdverbs: false),
               mention.isPersonLike, mention.kind != .pronoun, !mention.plural {
                found = mention
            }
            sentenceFirst = words.sentenceEnd(of: sentenceFirst)
        }
        return found
    }

    // MARK: Narration

    /// A photo caption: its people (no antecedents for pronouns), and the quotes it carries —
    /// a dash quote after the label ("SKILLE: – Jeg …, sier Jon Fosse.") or a sentence ending in
    /// ", sier X." ("HUMØR: Det er …, mener Mona Jordal."). Reported clauses inside a caption's
    /// description ("Kvinnene ber om at …") stay the caption's, not quotes.
    private mutating func scanCaption(_ paragraph: Int, _ tokens: Range<Int>) {
        if let label = segmentation.paragraphs[paragraph].marker {
            var first = tokens.lowerBound
            while first < tokens.upperBound, words.end(first) <= label.upperBound { first += 1 }
            if first + 1 < tokens.upperBound, words.isDash(first), segmentation.tokens.kinds[first + 1] != .number {
                // Only with a speaker named in the caption: people in captions are no antecedents,
                // so "sier han" would be a guess.
                let run = parseRun(from: first + 1, to: tokens.upperBound)
                if !run.parts.isEmpty, let attribution = run.attribution, let subject = attribution.subject, subject.kind != .pronoun {
                    add(QuoteDraft(kind: .dash, parts: run.parts, paragraph: paragraph, attribution: attribution))
                }
            }
        }
        scanNarration(paragraph, tokens, caption: true)
        for sentenceIndex in segmentation.paragraphs[paragraph].sentences {
            let sentence = segmentation.sentences[sentenceIndex].tokens
            for token in sentence where token > sentence.lowerBound && owner[token] < 0 && words.cue(token) >= 0 && !usedCue[token]
                && words.isComma(token - 1) && words.cueKind(words.cue(token)) != .indirect && !words.isPassiveCue(token) {
                reportedBefore(token, sentence: sentence, paragraph: paragraph, namedOnly: true)
            }
            // "ETTERLYSER FORSKNING: Morten Dahl, direktør i X, påpeker at …": a person named as
            // the subject of a cue reports; a description ("Kvinnene ber om at …") stays the caption's.
            var start = sentence.lowerBound
            if let label = segmentation.paragraphs[paragraph].marker {
                while start < sentence.upperBound, words.end(start) <= label.upperBound { start += 1 }
            }
            let clause = start..<sentence.upperBound
            for token in clause where token > start && owner[token] < 0 && words.cue(token) >= 0 && !usedCue[token]
                && words.cueKind(words.cue(token)) != .indirect && !words.isPassiveCue(token) {
                let cueEnd = Int(words.cueEnd[token])
                let (subject, side) = words.subjectOfCue(token, cueEnd: cueEnd, from: start, limit: clause.upperBound)
                guard let subject, subject.kind == .name, side == .before else { continue }
                reported(token, cueEnd: cueEnd, sentence: clause, paragraph: paragraph)
            }
        }
    }

    /// Subjects, names, reported speech and "ifølge" in the tokens of a paragraph outside quotes.
    private mutating func scanNarration(_ paragraph: Int, _ tokens: Range<Int>, caption: Bool) {
        for sentenceIndex in segmentation.paragraphs[paragraph].sentences {
            let sentence = segmentation.sentences[sentenceIndex].tokens
            guard !sentence.isEmpty else { continue }
            var first = sentence.lowerBound
            // "(Foto: Kari Nordmann / NTB)": a photo credit names no one in the story.
            var credit = first
            while credit < sentence.upperBound, !words.isWord(credit) { credit += 1 }
            if credit + 1 < sentence.upperBound, words.isColon(credit + 1), words.isCapitalised(credit),
               words.endsWithBytes(credit, Array("oto".utf8)) || words.endsWithBytes(credit, Array("ilde".utf8)) {
                continue
            }
            if caption, let label = segmentation.paragraphs[paragraph].marker {
                // Skip the caption label ("SKADET:").
                while first < sentence.upperBound, words.end(first) <= label.upperBound { first += 1 }
            }
            while first < sentence.upperBound, !words.isLexical(first) { first += 1 }
            // "Også LO-økonom Roger Bjørnstad er bekymret.": the focus particle opens the subject.
            var focused = false
            if first + 1 < sentence.upperBound, words.isInitial(first), words.isForm(first, ArticleWords.ogsaa), words.isWord(first + 1),
               words.isCapitalised(first + 1) || words.isPersonHead(first + 1) {
                first += 1
                focused = true
            }
            // "Det var varaordfører Jan Olsen som la fram saken.": a cleft's focus is the subject.
            if !caption, !focused, isCleftFocus(at: first, sentence: sentence) {
                first += 2
                focused = true
            }
            if first < sentence.upperBound, owner[first] < 0, words.isInitial(first) || caption || focused,
               let mention = words.readMention(from: first, limit: sentence.upperBound, appositive: true, skipAdverbs: false)
                ?? (caption ? nil : invertedNarrationName(from: first, limit: sentence.upperBound)),
               mention.isPersonLike, mention.kind != .pronoun || !mention.pronoun.isDisjoint(with: [.han, .hun, .de]) {
                let role = predicateRole(after: mention.end, limit: sentence.upperBound)
                mentions.append(NarrationMention(mention: mention, subject: !caption, predicateRole: role, caption: caption))
            }
            if !caption, first < sentence.upperBound, owner[first] < 0, words.has(first, .determiner), words.has(first, .expletive), first + 1 < sentence.upperBound,
               !usedCue[first + 1], let attribution = words.attributionSentence(at: first, limit: sentence.upperBound),
               let previous = attributedNarration(before: sentenceIndex, paragraph: paragraph) {
                // "Tre ansatte hadde mel i posen. Det skriver CNN.": the sentence before is the
                // outlet's or speaker's words.
                usedCue[attribution.cue.lowerBound] = true
                add(QuoteDraft(kind: .reported, parts: [previous], paragraph: segmentation.sentences[sentenceIndex - 1].paragraph,
                               mode: .indirect, attribution: attribution))
            }
            if !caption {
                for token in sentence where owner[token] < 0 {
                    // "Det går fram av en pressemelding fra politiet at …", "Av brevet framgår det at …".
                    if words.has(token, [.emerges, .goesComes]), !usedCue[token], emergesReported(token, sentence: sentence, paragraph: paragraph) {
                        continue
                    }
                    // "Veien blir dyr, heter det i saksframlegget.", "…, går det fram av dommen."
                    if token > sentence.lowerBound, words.isComma(token - 1), !usedCue[token],
                       formulaAfterClause(token, sentence: sentence, paragraph: paragraph) {
                        continue
                    }
                    if words.has(token, .heter), token + 2 < sentence.upperBound, words.has(token + 1, .expletive), !usedCue[token] {
                        formulaReported(token, sentence: sentence, paragraph: paragraph)
                        continue
                    }
                    // "I brevet står det at …", "Det står også i dommen at …", "Det heter i
                    // varselet at …": what a document says, without a speaker.
                    if words.has(token, [.heter, .documentFormula]), !usedCue[token], token + 2 < sentence.upperBound {
                        if words.has(token, .documentFormula), words.has(token + 1, .expletive), words.has(token + 1, .determiner) {
                            formulaReported(token, sentence: sentence, paragraph: paragraph)
                            continue
                        }
                        // ("…, der det heter at «…»": "det" after a relative "der"/"hvor".)
                        if token > sentence.lowerBound, words.has(token - 1, .expletive), words.has(token - 1, .determiner),
                           owner[token - 1] < 0, words.isInitial(token - 1)
                            || token - 2 >= sentence.lowerBound && words.has(token - 2, .subordinator) && !words.has(token - 2, [.at, .som]) {
                            formulaReported(token - 1, sentence: sentence, paragraph: paragraph)
                            continue
                        }
                    }
                    // "På klubbens nettsted meldes det at …": a passive with its source fronted.
                    if words.cue(token) >= 0, !usedCue[token], words.isPassiveCue(token), token + 2 < sentence.upperBound,
                       words.has(token + 1, .expletive), words.has(token + 1, .determiner), let source = frontedSource(before: token, sentence: sentence) {
                        formulaReported(token, sentence: sentence, paragraph: paragraph, source: source)
                        continue
                    }
                    if words.cue(token) >= 0 && !usedCue[token] && (!words.isPassiveCue(token) || words.has(token, .quotedPassive)) {
                        if words.cueKind(words.cue(token)) != .indirect, slikClause(token, sentence: sentence, paragraph: paragraph) {
                            continue
                        }
                        if words.cueKind(words.cue(token)) == .indirect {
                            accordingTo(token, sentence: sentence, paragraph: paragraph)
                        } else if token > sentence.lowerBound, words.keepsBeforeAttribution(token - 1), !words.isCapitalised(token),
                                  reportedBefore(token, sentence: sentence, paragraph: paragraph) {
                            // "Hvorfor skjer dette igjen? spør Kari Holm.": a question or an
                            // exclamation in narration, its speaker after it.
                        } else if token > sentence.lowerBound, words.isComma(token - 1),
                                  case let (found, side) = words.subjectOfCue(token, cueEnd: Int(words.cueEnd[token]), from: sentence.lowerBound,
                                                                              limit: sentence.upperBound),
                                  side != .before || found.map({ isClauseReadAsSubject($0, comma: token - 1) }) ?? false,
                                  side != .relative, side != .coordinated {
                            // "Etter to timer, kunngjorde NVE at …": the comma closes a fronted
                            // adverbial, and an at-clause follows the speaker.
                            if !reportedBefore(token, sentence: sentence, paragraph: paragraph) {
                                reported(token, cueEnd: Int(words.cueEnd[token]), sentence: sentence, paragraph: paragraph)
                            }
                        } else {
                            reported(token, cueEnd: Int(words.cueEnd[token]), sentence: sentence, paragraph: paragraph)
                        }
                    } else if words.has(token, .er), let cueEnd = adjectivalCue(after: token, limit: sentence.upperBound) {
                        reported(token, cueEnd: cueEnd, sentence: sentence, paragraph: paragraph)
                    } else if words.has(token, .reportingNoun) {
                        reportingNoun(token, sentence: sentence, paragraph: paragraph)
                    }
                }
            }
            // Most sentences have no "snakket med", "intervjuet" …: then no one in them is an
            // interviewee, and the look-back per word is skipped.
            let interview = sentence.contains { words.has($0, .interviewVerb) }
            var token = sentence.lowerBound
            while token < sentence.upperBound {
                // "Avisa har snakket med en soldat i brigaden": an unnamed interviewee, whom a
                // later "sier soldaten" refers to.
                if interview, owner[token] < 0, !caption, !words.mayStartName(token), isInterviewee(token, sentence: sentence),
                   let mention = words.readMention(from: token, limit: sentence.upperBound, appositive: true, skipAdverbs: false),
                   mention.kind == .indefinite, !mention.plural, mention.isPersonLike, mention.end > token {
                    mentions.append(NarrationMention(mention: mention, subject: true, predicateRole: nil, caption: caption))
                    token = mention.end
                    continue
                }
                // "Norsk institutt for vannforskning (NIVA) har målt …": a body's name before its
                // acronym, which may name it later ("ifølge NIVA").
                if owner[token] < 0, !words.isInitial(token), let bracket = words.nameBeforeAcronym(from: token, limit: sentence.upperBound) {
                    var mention = Mention(kind: .name, tokens: token..<bracket, end: bracket)
                    mention.name = token..<bracket
                    mentions.append(NarrationMention(mention: mention, subject: false, predicateRole: nil, caption: caption))
                    token = bracket + 3
                    continue
                }
                if owner[token] < 0, !words.isInitial(token), words.mayStartName(token) {
                    var end = words.nameRunEnd(token, limit: sentence.upperBound)
                    // "kommuneadvokat i Oslo Hanne Harlem", "forsker ved FFI Tor Bukkvoll": the
                    // place or the body's acronym is no part of the name.
                    if token - 2 >= sentence.lowerBound, words.isPersonHead(token - 2),
                       words.isPlaceBeforeName(token..<end) || words.has(token - 1, .preposition) && words.isAcronymBeforeName(token..<end) {
                        end = token + 1
                    }
                    // "Statens vegvesen", "Norges vassdrag- og energidirektorat": a genitive
                    // before an institution noun is part of the institution's name, no name of its own.
                    if end == token + 1, end < sentence.upperBound, !words.isCapitalised(end), words.lastFormByte(token) == 0x73,
                       let body = words.readMention(from: token, limit: sentence.upperBound, appositive: false, skipAdverbs: false),
                       body.name == nil, body.head > token,
                       words.has(body.head, .orgWord) || words.role(body.head) >= 0
                        && (words.roleTypeOf(words.role(body.head)) == .organisation || words.roleIsInstitution(words.role(body.head)))
                        // ("Statens legemiddelverk", "Norges idrettsforbund": a national genitive names a body.)
                        || words.has(token, .nationalPrefix) && body.head == token + 1 && !words.isPersonHead(body.head) {
                        mentions.append(NarrationMention(mention: body, subject: false, predicateRole: nil, caption: caption))
                        token = body.end
                        continue
                    }
                    // "CORNELIUS POPPE / NTB SCANPIX": a credit in capitals.
                    if end - token >= 2, (token..<end).allSatisfy({ words.isAllCaps($0) }) {
                        token = end
                        continue
                    }
                    let start = words.nameStart(ofRun: token..<end)
                    var mention = Mention(kind: .name, tokens: start..<end, end: end)
                    mention.name = start..<end
                    mention.gender = words.genderOfName(start..<end)
                    // "partileder Jonas Gahr Støre": a role noun just before the name (also a
                    // party's hyphen title inside the sentence: "tok SV-representant Kari Holm ordet").
                    let title = start - 1
                    if title >= sentence.lowerBound, words.isWord(title),
                       start == token && !words.isCapitalised(title) && words.role(title) >= 0
                        || words.isHyphenatedTitle(title) && !words.isInitial(title) && (words.role(title) >= 0 || words.hasPartyPrefix(title)) {
                        mention.roleParts = [title..<start]
                        mention.head = title
                        mention.tokens = title..<end
                    }
                    // "Avisa har snakket med (forsker) Kari Holm": the person interviewed is who
                    // the next "sier hun" is about, not the outlet that did the talking.
                    let interviewed = interview && isInterviewee(mention.tokens.lowerBound, sentence: sentence)
                    mentions.append(NarrationMention(mention: mention, subject: interviewed, predicateRole: nil, caption: caption))
                    token = end
                    continue
                }
                token += 1
            }
        }
    }

    /// The words (without the full stop) of the narration sentence before sentence `index` of
    /// `paragraph` — in the same paragraph, or the last of the body paragraph before — when
    /// "Det skriver CNN." may attribute it: a plain statement of at least four words, not yet
    /// part of a quote, with no quotation marks or dash; nil otherwise.
    private func attributedNarration(before index: Int, paragraph: Int) -> Range<Int>? {
        guard index > 0 else { return nil }
        let previous = segmentation.sentences[index - 1]
        guard previous.paragraph == paragraph || previous.paragraph == paragraph - 1
                && segmentation.paragraphs[paragraph].sentences.lowerBound == index,
              segmentation.paragraphs[previous.paragraph].kind == .body else { return nil }
        let tokens = previous.tokens
        guard tokens.count >= 5, words.isPunct(tokens.upperBound - 1, 0x2E), !words.isDash(tokens.lowerBound),
              words.isInitial(words.firstLexical(from: tokens.lowerBound, limit: tokens.upperBound)) else { return nil }
        var count = 0
        for token in tokens {
            // (A sentence with a cue of its own is already someone's: "Kommunen opplyser at …".)
            if owner[token] >= 0 || words.isQuoteMark(token) || words.isColon(token) || usedCue[token] { return nil }
            if words.isWord(token) { count += 1 }
        }
        return count >= 4 ? tokens.lowerBound..<(tokens.upperBound - 1) : nil
    }

    /// "… er nå direktør ved Det utenrikspolitiske selskab": the role after "er"/"var"/"ble".
    private func predicateRole(after start: Int, limit: Int) -> Range<Int>? {
        var token = start
        var steps = 0
        while token < limit, steps < 30 {
            if words.has(token, .er) {
                var role = token + 1
                while role < limit, role - token <= 5, words.role(role) < 0,
                      words.has(role, [.adverb, .article, .av, .quantifier]) && !words.has(role, .ikke)
                        || words.segmentation.tokens.kinds[role] == .number {
                    role += 1
                }
                if role < limit, words.role(role) >= 0,
                   let mention = words.readMention(from: role, limit: limit, appositive: false, skipAdverbs: false) {
                    return role..<max(mention.end, role + 1)
                }
            }
            // "… får fortsette som statsminister", "… går av som partileder": the role after "som"
            // in the subject's own clause (not "X, som …": a relative clause starts after a comma).
            if words.has(token, .som), token > start, !words.isComma(token - 1) {
                var role = token + 1
                while role < limit, role - token <= 3, words.role(role) < 0, words.has(role, [.adverb, .article]), !words.has(role, .ikke) {
                    role += 1
                }
                if role < limit, words.role(role) >= 0, !words.isCapitalised(role),
                   let mention = words.readMention(from: role, limit: limit, appositive: false, skipAdverbs: false),
                   mention.name == nil {
                    return role..<max(mention.end, role + 1)
                }
            }
            // (Not inside a clause of its own: "Han er tydelig på at det ikke er mange klubber …".)
            if words.isSentenceFinal(token) || words.has(token, [.som, .at]) { return nil }
            token += 1
            steps += 1
        }
        return nil
    }

    /// "er enig i at", "er overbevist om at": the end of the adjective after `token` ("er"), if
    /// an at-clause follows.
    private func adjectivalCue(after token: Int, limit: Int) -> Int? {
        var adjective = token + 1
        while adjective < limit, words.has(adjective, .adverb), !words.has(adjective, .opinionAdjective) { adjective += 1 }
        guard adjective < limit, words.has(adjective, .opinionAdjective) else { return nil }
        var next = adjective + 1
        if next < limit, words.has(next, .atPreposition) { next += 1 }
        guard next < limit, words.has(next, .at) else { return nil }
        return adjective + 1
    }

    /// "X sier at …", "X hevder at …", "som i en video sier at …", "X mener regjeringen …".
    private mutating func reported(_ cueToken: Int, cueEnd: Int, sentence: Range<Int>, paragraph: Int) {
        let limit = sentence.upperBound
        // "Kommunen legger opp til at …", "legger til grunn at …": a plan or an assumption.
        if ((cueToken + 1)..<min(cueEnd + 1, limit)).contains(where: { words.has($0, .planParticle) }) { return }
        var (found, side) = words.subjectOfCue(cueToken, cueEnd: cueEnd, from: sentence.lowerBound, limit: limit)
        if let topic = found, side == .before, topic.kind != .name, topic.kind != .pronoun, !topic.personHead,
           cueToken == 0 || !words.isForm(cueToken - 1, ArticleWords.aa),
           let after = words.subjectAfterCue(cueToken, cueEnd: cueEnd, limit: limit), after.kind == .name || after.personHead,
           after.end < limit, words.has(after.end, .at) {
            // "Noen timer senere bekreftet Viking at …": the phrase before the verb was an
            // adverbial, since the subject follows the verb.
            found = after
            side = .after
        }
        if found == nil, side == .none, let topic = topicSubject(of: sentence, before: cueToken) {
            found = topic
            side = .before
        }
        if found == nil, side == .after, let body = bodyBehindGenericMan(cueToken, cueEnd: cueEnd, sentence: sentence) {
            found = body
            side = .before
        }
        if found == nil, side == .after, let named = quotedNameSubject(of: sentence, before: cueToken) {
            found = named
            side = .before
        }
        if found == nil, cueToken > sentence.lowerBound, words.isForm(cueToken - 1, ArticleWords.aa),
           let opening = openingSubject(of: sentence, before: cueToken - 1) {
            // "Representanter fra Høyre parerte med å fortelle at …": the verb is an infinitive;
            // the speaker is the subject of the sentence.
            found = opening
            side = .before
        }
        var subject = found
        var shared: Int?
        if side == .coordinated {
            if let draft = sentenceSubject[words.sentence(cueToken)] {
                shared = draft
                subject = drafts[draft].attribution?.subject
            } else if let opening = openingSubject(of: sentence, before: cueToken, coordinated: true)
                        ?? openingOutlet(of: sentence, before: cueToken) ?? openingBodyOfWe(of: sentence, before: cueToken) {
                // "Al-Hassan gir «infiltratører» skylden og sier at …": the sentence's subject.
                subject = opening
                side = .before
            } else {
                return
            }
        }
        guard subject != nil || shared != nil else { return }
        if let subject, subject.kind == .pronoun, !subject.pronoun.isDisjoint(with: [.jeg, .vi]) { return }
        // Find "at" after the verb, its adverbs, an inverted subject and "til NTB".
        var token = cueEnd
        var steps = 0
        var foundAt = false
        while token < limit, steps < 12 {
            if words.has(token, .at) { foundAt = true; break }
            if side == .after, let subject, token == subject.tokens.lowerBound {
                token = max(subject.end, token + 1)
                // "kunngjorde Norges vassdrag- og energidirektorat (NVE) at …"
                if token < limit, words.isPunct(token, 0x28) {
                    var close = token + 1
                    while close < limit, close - token <= 6, !words.isPunct(close, 0x29) { close += 1 }
                    if close < limit, words.isPunct(close, 0x29) { token = close + 1 }
                }
                // "hevder Israels ambassadør til Norge, Alon Roth, at …": a name in apposition.
                if token < limit, words.isComma(token), token + 1 < limit, words.mayStartName(token + 1) {
                    let end = words.nameRunEnd(token + 1, limit: limit)
                    if end < limit, words.isComma(end), end + 1 < limit, words.has(end + 1, .at) { token = end + 1 }
                } else if token + 1 < limit, words.isComma(token), words.has(token + 1, .at) {
                    token += 1
                }
                continue
            }
            if words.has(token, .atPreposition), token + 1 < limit, words.has(token + 1, .at) { token += 1; continue }
            // "Berg svarer NRK i en e-post at …", "Hun forteller Holder de ord at …": the one told.
            if token == cueEnd, side == .before, let end = words.recipientEnd(at: token, limit: limit), end < limit {
                token = end
                steps += 1
                continue
            }
            // "sier ifølge NRK at …": a second attribution between the verb and "at".
            if words.cue(token) >= 0, words.cueKind(words.cue(token)) == .indirect, Int(words.cueEnd[token]) < limit,
               let source = words.readMention(from: Int(words.cueEnd[token]), limit: limit, appositive: false, skipAdverbs: false),
               source.end < limit, words.has(source.end, [.at, .atPreposition]) {
                token = source.end
                continue
            }
            if words.has(token, [.til, .i, .paa]) {
                var next = token + 1
                // "til NTB", "overfor TV2 Østjylland", "til avisen Nordlys", "krever i et opprop på nett at"
                // (A capitalised word inside the sentence is a name even when its form is a verb's:
                // "opplyser til Holder de ord at".)
                while next < limit, next - token <= 7, !words.isSentenceFinal(next), !words.isComma(next),
                      !words.has(next, [.at, .som]), !words.has(next, .verb) || words.isCapitalised(next) && !words.isInitial(next),
                      words.cue(next) < 0 || words.isChannelCue(next) { next += 1 }
                if next < limit, words.has(next, .at) {
                    token = next
                    foundAt = true
                    break
                }
                // "skrev på X, tidligere Twitter, at …": a short apposition between commas.
                if next < limit, next > token + 1, words.isComma(next) {
                    var close = next + 1
                    while close < limit, close - next <= 4, words.isWord(close), !words.has(close, [.at, .som, .verb]), words.cue(close) < 0 {
                        close += 1
                    }
                    if close + 1 < limit, close > next + 1, words.isComma(close), words.has(close + 1, .at) {
                        // ("hevder Israels ambassadør til Norge, Alon Roth, at …": the apposition
                        // names the subject described after the verb.)
                        if side == .after, var described = subject, described.name == nil, described.personHead,
                           words.mayStartName(next + 1), words.nameRunEnd(next + 1, limit: limit) == close {
                            described.roleParts.append(described.tokens.lowerBound..<described.end)
                            described.name = (next + 1)..<close
                            described.tokens = described.tokens.lowerBound..<close
                            described.end = close
                            subject = described
                        }
                        token = close + 1
                        foundAt = true
                        break
                    }
                }
            }
            if words.has(token, [.adverb, .ikke, .seg, .time]) && !words.has(token, .i) { token += 1; steps += 1; continue }
            // "skrev i en uttalelse mandag at …": a noun cue between the verb and "at".
            if token != cueToken, words.cue(token) >= 0, words.cueKind(words.cue(token)) == .reporting,
               !words.has(token, .verb), words.has(token, [.i, .paa]) {
                token = Int(words.cueEnd[token])
                steps += 1
                continue
            }
            // "sa treffende nok i høringen den 12. mai at …": a few more words, no verb, then "at".
            if side == .before || side == .after, subject?.isPersonLike == true {
                var next = token
                // (A full stop after a number is an ordinal: "den 12. mai".)
                // (A pronoun or a verb in -er starts a clause of its own: "sier han nå venter at".)
                // (A full stop inside the sentence ends an abbreviation: "opplyste kl. 19.33 at".)
                // ("før", "etter" as prepositions: "sa før VM at", "varslet dagen før at"; not "sa før han dro at".)
                while next < limit, next - token < 9, !words.has(next, [.at, .som, .subordinator, .han, .hun, .de, .vi, .jeg])
                        || words.has(next, .preposition) && !words.has(next, [.at, .som, .om]) && next + 1 < limit
                        && !words.has(next + 1, [.han, .hun, .de, .vi, .jeg, .expletive]) && !words.has(next + 1, .verb),
                      !words.isComma(next), !isPresentTense(next),
                      !words.has(next, .verb) || words.has(next, .time),
                      !words.isSentenceFinal(next) || next > token && words.segmentation.tokens.kinds[next - 1] == .number
                        || words.isPunct(next, 0x2E) && next + 1 < limit && next > token && words.isWord(next - 1),
                      !words.isQuoteMark(next), words.cue(next) < 0 {
                    next += 1
                }
                if next < limit, next > token, words.has(next, .at) { token = next; foundAt = true }
            }
            break
        }
        var clauseStart: Int
        var rule = AttributionRule.reportedClause
        var checkedClause = false
        // "har sagt at …": after a participle only an at-clause is reported speech ("har fryktet
        // det verste", "har ment alvor" are objects).
        if !foundAt, words.perfectAuxiliary(before: cueToken, from: sentence.lowerBound) != nil { return }
        if foundAt {
            // An opinion in a relative clause is nobody's in particular ("de som mener at …",
            // "partier som tror at …") unless the clause is set off by a comma after a name or a
            // definite description of a person or body: "Kritikken kommer fra Foreldreutvalget,
            // som mener at …".
            if side == .relative && words.has(cueToken, .opinion), !isSenderOfDocument(subject) {
                guard let subject, subject.kind == .name || subject.kind == .definite && subject.isPersonLike,
                      let som = (subject.end..<cueToken).first(where: { words.has($0, .som) }), som > subject.end,
                      words.isComma(som - 1), !((som + 1)..<cueToken).contains(where: { words.isComma($0) }) else { return }
            }
            // "kommenterte saken etter at kampen var over", "sa det uten at …": "at" after
            // "etter", "uten", "fordi" … opens an adverbial clause, not what was said.
            if token > cueEnd, words.has(token - 1, .notReportingAt), !words.has(token - 1, .atPreposition) { return }
            clauseStart = token + 1
            if endsParagraphWithAt(sentence: sentence, paragraph: paragraph) {
                pendingBlock = (Attribution(cue: cueToken..<cueEnd, subject: subject, rule: .colon), shared)
            }
        } else if side == .before, cueEnd < limit, words.cueTakesAt(words.cue(cueToken)) || words.has(cueToken, .opinion),
                  words.has(cueEnd, [.han, .hun, .de, .vi, .jeg]) || words.has(cueEnd, .expletive) && words.has(cueEnd, .determiner),
                  cueEnd + 1 < limit, words.isWord(cueEnd + 1), !words.has(cueEnd + 1, [.preposition, .conjunction, .at]),
                  // ("sier det slik: – …", "sa det så": the words follow, no clause.)
                  !(words.has(cueEnd, .expletive) && words.has(cueEnd + 1, .expletive)),
                  // ("mente det motsatte", "sier det samme som Vedum": an object that compares,
                  // unless a verb follows it: "mener det motsatte er tilfelle".)
                  !(words.has(cueEnd, .expletive) && words.has(cueEnd + 1, .sameOrOpposite)
                    && !(cueEnd + 2 < limit && (words.has(cueEnd + 2, .verb) || isPresentTense(cueEnd + 2)))),
                  // ("truet de ansatte med kniv": "de" before a noun is its determiner, an object.)
                  !words.has(cueEnd, .de) || isFiniteVerb(cueEnd + 1) && !words.isPersonHead(cueEnd + 1) || words.has(cueEnd + 1, [.adverb, .ikke])
                    || words.cue(cueEnd + 1) >= 0 {
            // "Siv Jensen sier hun nå forventer at …": "at" left out before a pronoun subject.
            clauseStart = cueEnd
        } else if side == .before, cueEnd + 2 < limit, words.cueTakesAt(words.cue(cueToken)), !words.has(cueToken, .opinion), words.isWord(cueEnd),
                  !words.isCapitalised(cueEnd), !words.has(cueEnd, WordClass.function), words.cue(cueEnd) < 0,
                  words.number(of: cueEnd).definite,
                  words.has(cueEnd + 1, .verb) || words.has(cueEnd + 1, .adverb) && words.has(cueEnd + 2, .verb)
                    || isPresentTense(cueEnd + 1) {
            // "Lubinets sier arbeidet går sakte", "sier familiene ofte blir møtt …": "at" left out
            // before a definite noun and its verb.
            clauseStart = cueEnd
        } else if side == .before || side == .coordinated
                    || side == .after && !(cueToken > sentence.lowerBound && words.has(cueToken - 1, .expletive)),
                  words.has(cueToken, .bareClauseCue),
                  let start = bareClause(after: cueEnd, inverted: side == .after ? subject : nil, limit: limit) {
            // "Han sier til NRK han trekker seg", "Guterres sier delstater og byer har …",
            // "I stedet tror nederlenderen det er viktig …": "at" left out before a subject and
            // its finite verb.
            clauseStart = start
            if words.has(cueToken, .opinion) { rule = .opinionClause }
            checkedClause = true
        } else {
            guard words.has(cueToken, .opinion), side == .before else { return }
            clauseStart = cueEnd
            while clauseStart < limit, words.has(clauseStart, .adverb), !words.has(clauseStart, .ikke),
                  !describesNounOfClause(clauseStart, limit: limit) { clauseStart += 1 }
            guard clauseStart < limit, words.isLexical(clauseStart),
                  !words.has(clauseStart, [.preposition, .at, .seg, .conjunction, .subordinator, .ikke, .som])
                    || words.has(clauseStart, [.determiner, .de]) else { return }
            rule = .opinionClause
        }
        if isNegatedTelling(cueToken, cueEnd: cueEnd, clauseStart: clauseStart, sentence: sentence) { return }
        var clauseEnd = self.clauseEnd(from: clauseStart, limit: limit)
        // "Kari Holm, som sist uke bekreftet at hun stiller, forsøkte …": in a relative clause the
        // reported words end where the main clause's verb follows a comma.
        // ("Selv om sentralbanken tror at økonomien vil vokse, er det …": so does a subordinate
        // clause opening the sentence.)
        let opensWithClause = side == .before && words.subjectAfterConjunction(at: words.firstLexical(from: sentence.lowerBound, limit: cueToken),
                                                                                 cueToken: cueToken) != nil
        if side == .relative || opensWithClause,
           let comma = (clauseStart..<clauseEnd).first(where: { words.isComma($0) && $0 + 1 < clauseEnd && !words.isCapitalised($0 + 1)
               && isFiniteVerb($0 + 1) && words.cue($0 + 1) < 0 }) {
            clauseEnd = comma
        }
        // (An opinion's object of two words is no clause, "mener det samme", unless `bareClause`
        // found its subject and finite verb: "mener regjeringen svikter".)
        guard clauseEnd - clauseStart >= (rule == .opinionClause && !checkedClause ? 3 : 2) else { return }
        if let parts = aroundSlikQuote(clauseStart..<clauseEnd, limit: limit) {
            var draft = QuoteDraft(kind: .reported, parts: parts, paragraph: paragraph, mode: .indirect,
                                   attribution: Attribution(cue: cueToken..<cueEnd, subject: subject, rule: rule))
            draft.subjectOf = shared
            add(draft)
            return
        }
        if isLeftBeforeQuotation(clause: clauseStart..<clauseEnd, limit: limit) { return }
        var draft = QuoteDraft(kind: .reported, parts: [clauseStart..<clauseEnd], paragraph: paragraph, mode: .indirect,
                               attribution: Attribution(cue: cueToken..<cueEnd, subject: subject, rule: rule))
        draft.subjectOf = shared
        add(draft)
    }

    /// "påpekte at innstillingen er «et hån» (Kari Holm, Sp)", "I brevet kommer det fram at de
    /// som medlemmer «ikke lenger …": what is left of a reported clause before a quotation found
    /// with its own speaker (fewer than four tokens) is no quote.
    private func isLeftBeforeQuotation(clause: Range<Int>, limit: Int) -> Bool {
        let end = clause.upperBound
        guard end < limit, owner[end] >= 0 || words.isQuoteMark(end) && end + 1 < limit && owner[end + 1] >= 0 else { return false }
        var count = clause.count
        if count > 0, words.isQuoteMark(clause.upperBound - 1) { count -= 1 }
        return count < 4
    }

    /// Whether the cue at `cueToken` is a verb of telling under a negation ("Hun sa ikke at …",
    /// "har aldri sagt at …", "forteller ikke at …"): what someone did not say is no quote of
    /// theirs. Opinions and denials still report when negated ("mener ikke at", "avviser ikke at").
    private func isNegatedTelling(_ cueToken: Int, cueEnd: Int, clauseStart: Int, sentence: Range<Int>) -> Bool {
        guard !words.has(cueToken, [.negatedReport, .opinion]) else { return false }
        if cueEnd < clauseStart, (cueEnd..<clauseStart).contains(where: { words.has($0, .negation) }) { return true }
        if let aux = words.perfectAuxiliary(before: cueToken, from: sentence.lowerBound), aux + 1 < cueToken,
           ((aux + 1)..<cueToken).contains(where: { words.has($0, .negation) }) {
            return true
        }
        return false
    }

    /// "… var «under enhver kritikk» slik Aftenposten uttrykte det, og at …": when a reported
    /// clause runs into a quotation attributed with "slik X …", the clause keeps the quotation
    /// and goes on after the slik-clause; nil otherwise.
    private func aroundSlikQuote(_ clause: Range<Int>, limit: Int) -> [Range<Int>]? {
        var open = clause.upperBound
        if open < limit, words.isQuoteMark(open) { open += 1 }
        guard open < limit, owner[open] >= 0, case let quote = Int(owner[open]), drafts[quote].kind == .marks,
              let attribution = drafts[quote].attribution, attribution.rule == .slikClause,
              let last = drafts[quote].parts.last?.upperBound else { return nil }
        var close = last
        while close < limit, words.isQuoteMark(close) { close += 1 }
        var resume = attribution.cue.upperBound
        while resume < limit, words.has(resume, .expletive) && !words.has(resume, .subordinator) || words.isComma(resume) { resume += 1 }
        guard resume < limit, !words.isSentenceFinal(resume) else { return [clause.lowerBound..<close] }
        let end = clauseEnd(from: resume, limit: limit)
        guard end - resume >= 2 else { return [clause.lowerBound..<close] }
        return [clause.lowerBound..<close, resume..<end]
    }

    /// "Roberts skal ha signert for én sesong, skriver magasinet.": the sentence before a final
    /// ", cue + speaker" is reported speech.
    @discardableResult
    private mutating func reportedBefore(_ cueToken: Int, sentence: Range<Int>, paragraph: Int, namedOnly: Bool = false) -> Bool {
        let cueEnd = Int(words.cueEnd[cueToken])
        let limit = sentence.upperBound
        guard let subject = words.subjectAfterCue(cueToken, cueEnd: cueEnd, limit: limit),
              subject.kind != .pronoun || !namedOnly && !subject.pronoun.isDisjoint(with: [.han, .hun, .de]) else { return false }
        var rest = subject.end
        var colon = false
        while rest < limit, !words.isSentenceFinal(rest) {
            // ", sa Carlsen etter at han vant sitt parti.", ", sier hun da hun kommer i mål.": an
            // adverbial clause after the speaker ends the attribution.
            if words.has(rest, .notReportingAt) && rest + 1 < limit && words.has(rest + 1, .at)
                || !words.has(rest, .at) && isClauseConjunction(rest) {
                break
            }
            // "Kuttene er nødvendige, mener Lie, og legger til at …": a second verb of saying
            // joined after the speaker ends the attribution.
            if words.isComma(rest), rest + 2 < limit, words.has(rest + 1, [.og, .men]), words.cue(rest + 2) >= 0 { break }
            if words.has(rest, [.at, .som]) || words.isComma(rest) || rest - subject.end > 6 { return false }
            if words.isColon(rest) { colon = true }
            rest += 1
        }
        var start = sentence.lowerBound
        // (Not a caption's label: "LOVLIG VARER: Forslaget er …, skriver X.")
        if let label = segmentation.paragraphs[paragraph].marker, segmentation.paragraphs[paragraph].kind == .caption {
            while start < cueToken, words.end(start) <= label.upperBound { start += 1 }
        }
        while start < cueToken, !words.isLexical(start) { start += 1 }
        // "På spørsmål om …, svarte Kari Holm:", "Da hun gikk forbi, sa hun:": a fronted phrase
        // before a cue that introduces the quotation after the colon is no statement.
        if colon, words.has(start, [.preposition, .subordinator]) { return false }
        // "I et klageskrift, offentliggjort i DN, ber lederne …": a fronted phrase without a
        // finite verb is an adverbial of the sentence, no statement.
        // ("I en video som ble lagt ut mandag, ber mødrene …": the verb of a relative clause
        // inside the phrase is not the statement's.)
        if words.has(start, .preposition), !hasMainClauseVerb(start..<cueToken) { return false }
        // (A question keeps its mark: "Hvorfor skjer dette? spør hun.")
        let end = words.isComma(cueToken - 1) ? cueToken - 1 : cueToken
        // (Three words are a statement: "Høringsfristen er forlenget, melder kommunen.")
        // (Not a clause whose own verb of saying reported it: "X mener …, skriver TV 2." is X's
        // words, the outlet a second attribution.)
        // (Or two, a subject and its verb: "Skogen brenner, sier brannsjefen", "Det stemmer,
        // bekrefter SSB.")
        guard end - start >= 3 && (start..<end).filter({ words.isWord($0) }).count >= 3 || isTwoWordClause(start..<end),
              !(start..<end).contains(where: { owner[$0] >= 0 || words.isQuoteMark($0) || usedCue[$0] }) else { return false }
        add(QuoteDraft(kind: .reported, parts: [start..<end], paragraph: paragraph, mode: .indirect,
                       attribution: Attribution(cue: cueToken..<cueEnd, subject: subject, rule: .reportedClause)))
        return true
    }

    /// "en rapport fra SSB som anslår at …": the name after a document noun and "fra" is the
    /// sender, whose estimate the relative clause gives (unlike "partier som tror at …", which
    /// names nobody in particular).
    private func isSenderOfDocument(_ subject: Mention?) -> Bool {
        guard let subject, subject.kind == .name else { return false }
        let fra = subject.tokens.lowerBound - 1
        return fra >= 1 && words.has(fra, .fra) && words.isWord(fra - 1) && words.isSourceNoun(fra - 1)
    }

    /// Whether a "subject" read before ", sier X" is a clause whose unlisted present-tense verb
    /// was taken for a noun ("Skogen forsvinner fra landskapet, sier Kari Holm."): a word in -er
    /// after its first word, no comma or "som" in it (an apposition or a relative clause belongs
    /// to a subject: "Kari Holm, som jobber i NAV, sier").
    private func isClauseReadAsSubject(_ mention: Mention, comma: Int) -> Bool {
        let stretch = mention.tokens.lowerBound..<comma
        if isTwoWordClause(stretch) { return true }
        guard stretch.count >= 3, mention.kind != .pronoun,
              !stretch.contains(where: { words.isComma($0) || words.has($0, .som) || words.isQuoteMark($0) }) else { return false }
        // (Not a noun in -er after an article or determiner: "en forsker", "denne arbeider".)
        return stretch.dropFirst().contains {
            isPresentTense($0) && words.cue($0) < 0 && !words.has($0 - 1, [.article, .determiner, .possessive, .quantifier])
        }
    }

    /// Whether `stretch` is a clause of two words, a subject and its finite verb ("Skogen
    /// brenner", "Prisene stiger", "Vi vant", and a fact-check's confirmation "Det stemmer",
    /// "Dette haster"): a personal pronoun, "det"/"dette" or a definite noun, then a verb that is
    /// no verb of saying. Two words of another shape before ", sier X" are no statement ("Gode
    /// nyheter", "Takk skal", "Kari Hauger").
    private func isTwoWordClause(_ stretch: Range<Int>) -> Bool {
        guard stretch.count == 2, case let (subject, verb) = (stretch.lowerBound, stretch.lowerBound + 1),
              words.isWord(subject), words.isWord(verb), words.cue(verb) < 0, !words.isCapitalised(verb) else { return false }
        // After a personal pronoun in the subject case the one word left can only be its verb,
        // whatever its tense ("Vi vant", "Han kom", "De løy"): a strong past form has no ending
        // to know it by, and a pronoun is followed by no noun. (Not "de", also an article: "De
        // unge".)
        if words.has(subject, [.han, .hun, .vi, .jeg]), !words.has(subject, .objectPronoun),
           !words.has(verb, WordClass.function), !words.has(verb, [.adverb, .ikke, .time]) {
            return true
        }
        guard isFiniteVerb(verb) else { return false }
        if words.has(subject, WordClass.pronoun) || words.has(subject, .expletive) { return true }
        return words.endsWithAny(subject, Self.definiteEndings + Self.pluralDefiniteEndings) && !words.has(subject, WordClass.function)
    }

    /// The ending of definite plural nouns: "prisene", "rentene".
    private static let pluralDefiniteEndings: [[UInt8]] = [Array("ene".utf8)]

    /// Whether a word can end the subject of a clause whose verb is only guessed from its -er
    /// ending: a pronoun, a capitalised name, or a definite noun ("regjeringen", "barna",
    /// "partiet").
    private func mayEndSubject(before verb: Int, from start: Int) -> Bool {
        // ("han i likhet med Pelosi ikke ønsker": past a negation or an adverb.)
        var token = verb - 1
        while token > start, words.has(token, [.ikke, .adverb]), !words.has(token, WordClass.pronoun) { token -= 1 }
        if words.has(token, WordClass.pronoun) || words.isCapitalised(token) { return true }
        return words.endsWithAny(token, Self.definiteEndings)
    }

    /// Endings of definite nouns: "barna", "regjeringen", "partiet".
    private static let definiteEndings: [[UInt8]] = ["a", "en", "et"].map { Array($0.utf8) }

    /// Whether the sentence opening at `first` is a cleft, "Det var/er X som …", whose focus X
    /// (a name or a person noun right after the copula) is followed by "som".
    private func isCleftFocus(at first: Int, sentence: Range<Int>) -> Bool {
        guard first + 3 < sentence.upperBound, words.isInitial(first), words.has(first, .expletive), words.has(first, .determiner),
              words.has(first + 1, .er), words.isForm(first + 1, Self.var_) || words.isForm(first + 1, Self.er_),
              let focus = words.readMention(from: first + 2, limit: sentence.upperBound, appositive: false, skipAdverbs: false),
              focus.isPersonLike, focus.kind != .pronoun, focus.end < sentence.upperBound else { return false }
        return words.has(focus.end, .som)
    }

    private static let var_: [UInt8] = Array("var".utf8), er_: [UInt8] = Array("er".utf8)

    /// Whether `range` has a finite verb outside its relative clauses (the first finite verb
    /// after each "som" is the relative clause's own).
    private func hasMainClauseVerb(_ range: Range<Int>) -> Bool {
        var openRelatives = 0
        for token in range {
            if words.has(token, .som) { openRelatives += 1; continue }
            guard isFiniteVerb(token) else { continue }
            if openRelatives > 0 { openRelatives -= 1 } else { return true }
        }
        return false
    }

    /// "Det hele endte med at …, slik byrådsleder Stian Røsland (H) sa under høringen.": the
    /// clause before ", slik X sa" is X's.
    private mutating func slikClause(_ cueToken: Int, sentence: Range<Int>, paragraph: Int) -> Bool {
        var slik = cueToken - 1
        while slik > sentence.lowerBound, cueToken - slik <= 10, !(words.has(slik, .expletive) && words.has(slik, .subordinator)) {
            if words.isComma(slik) || owner[slik] >= 0 { return false }
            slik -= 1
        }
        guard slik > sentence.lowerBound, cueToken - slik <= 10, words.isComma(slik - 1),
              words.has(slik, .expletive) && words.has(slik, .subordinator),
              let subject = words.readMention(from: slik + 1, limit: cueToken, appositive: true, skipAdverbs: false),
              subject.isPersonLike, subject.kind != .pronoun || !subject.pronoun.isDisjoint(with: [.han, .hun, .de]) else { return false }
        var after = subject.end
        if after < cueToken, words.isPunct(after, 0x28) {
            while after < cueToken, !words.isPunct(after, 0x29) { after += 1 }
            after += 1
        }
        while after < cueToken, words.has(after, [.adverb, .i, .paa]) || words.isCapitalised(after) { after += 1 }
        guard after == cueToken else { return false }
        var start = sentence.lowerBound
        while start < slik, !words.isLexical(start) { start += 1 }
        let end = slik - 1
        guard end - start >= 4, !(start..<end).contains(where: { owner[$0] >= 0 || words.isQuoteMark($0) }) else { return false }
        add(QuoteDraft(kind: .reported, parts: [start..<end], paragraph: paragraph, mode: .indirect,
                       attribution: Attribution(cue: cueToken..<Int(words.cueEnd[cueToken]), subject: subject, rule: .slikClause)))
        return true
    }

    /// "Geologenes konklusjon er at …", "Hennes budskap var at …", "Konklusjonen fra utvalget er
    /// at …", "Utsagn fra politikere om at … er problematisk": a reporting noun whose source is
    /// named (a genitive, a possessive or "fra X") before an at-clause. Without a source, nothing.
    private mutating func reportingNoun(_ noun: Int, sentence: Range<Int>, paragraph: Int) {
        let limit = sentence.upperBound
        var subject: Mention?
        var next = noun + 1
        if noun > sentence.lowerBound, owner[noun - 1] < 0, words.isWord(noun - 1) {
            let owner = noun - 1
            if words.has(owner, .possessive), !words.has(owner, [.quantifier]) {
                // "hans", "hennes", "deres" (not "sin": its owner is the clause's subject).
                let pronoun: WordClass = words.isForm(owner, Self.hans) ? .han : words.isForm(owner, Self.hennes) ? .hun
                    : words.isForm(owner, Self.deres) ? .de : []
                if !pronoun.isEmpty {
                    var mention = Mention(kind: .pronoun, pronoun: pronoun, tokens: owner..<(owner + 1), end: owner + 1)
                    mention.plural = pronoun == .de
                    mention.gender = pronoun == .hun ? 1 : pronoun == .han ? 2 : 0
                    subject = mention
                }
            } else if words.lastFormByte(owner) == 0x73, !words.has(owner, WordClass.function), words.role(owner) < 0 || words.isCapitalised(owner),
                      owner == sentence.lowerBound || !words.isWord(owner - 1) || words.has(owner - 1, [.conjunction, .og, .men]) {
                // "Geologenes konklusjon", "Språkrådets vurdering".
                if var mention = words.readMention(from: owner, limit: owner + 1, appositive: false, skipAdverbs: false),
                   mention.end == owner + 1 {
                    mention.genitive = true
                    subject = mention
                }
            }
        }
        if subject == nil, next < limit, words.has(next, .fra),
           let source = words.readMention(from: next + 1, limit: limit, appositive: false, skipAdverbs: false),
           source.kind != .pronoun, source.isPersonLike || source.kind == .name || source.plural || source.kind == .definite {
            // "Konklusjonen fra utvalget", "Utsagn fra politikere og partistrateger".
            subject = source
            next = source.end
            // A second plural noun the reader does not know as a person: "og partistrateger".
            if next + 2 < limit, words.has(next, .og), words.isWord(next + 1), !words.has(next + 1, WordClass.function),
               words.cue(next + 1) < 0, !words.isCapitalised(next + 1), source.plural, words.has(next + 2, [.om, .er]) {
                next += 2
                subject!.tokens = subject!.tokens.lowerBound..<next
                subject!.end = next
            }
        }
        guard var subject, next + 1 < limit else { return }
        if subject.kind == .pronoun, !subject.pronoun.isDisjoint(with: [.jeg, .vi]) { return }
        var at = next
        var mainVerbFollows = false
        if words.has(at, .er) {
            at += 1
            while at < limit, words.has(at, .adverb), !words.has(at, .ikke) { at += 1 }
        } else if words.has(at, .om), words.firstLexical(from: sentence.lowerBound, limit: noun + 1) == noun {
            // "Utsagn fra X om at …" opening the sentence: the noun phrase is the subject of a
            // verb after the clause.
            at += 1
            mainVerbFollows = true
        } else {
            return
        }
        guard at < limit, words.has(at, .at) else { return }
        let start = at + 1
        var end = clauseEnd(from: start, limit: limit)
        if mainVerbFollows {
            // "… om at programmene er ment for politikerne er således problematisk", "… om at
            // elevene leser mindre er feil": the clause ends before the last "er"/"var" when the
            // clause has a verb of its own before it.
            let copulas = (start..<end).filter { words.has($0, .er) }
            if let last = copulas.last,
               copulas.count >= 2 || (start..<last).contains(where: { words.has($0, .verb) || isPresentTense($0) }) {
                end = last
            }
        }
        guard end - start >= 3, !(start..<end).contains(where: { owner[$0] >= 0 }) else { return }
        subject.end = max(subject.end, subject.tokens.upperBound)
        add(QuoteDraft(kind: .reported, parts: [start..<end], paragraph: paragraph, mode: .indirect,
                       attribution: Attribution(cue: noun..<(noun + 1), subject: subject, rule: .reportingNoun)))
    }

    /// "På klubbens nettsted", "Fra familiens sosiale medier", "I meldingen": a prepositional
    /// phrase opening the sentence and ending at `token`, naming where a passive report comes
    /// from; nil for times and places ("I dag meldes det …", "I Oslo meldes det …").
    private func frontedSource(before token: Int, sentence: Range<Int>) -> Mention? {
        let first = words.firstLexical(from: sentence.lowerBound, limit: token)
        guard first + 1 < token, words.has(first, [.i, .paa, .fra]), !words.has(first + 1, .time) else { return nil }
        var from = first + 1
        // "Fra Kari Holms sosiale medier": a genitive name before the noun.
        if let owner = words.readMention(from: from, limit: token, appositive: false, skipAdverbs: false), owner.kind == .name,
           owner.end < token, words.lastFormByte(owner.end - 1) == 0x73 {
            from = owner.end
        }
        guard var source = words.readMention(from: from, limit: token, appositive: false, skipAdverbs: false),
              source.end == token, source.head >= 0, !words.isCapitalised(source.head) else { return nil }
        source.tokens = (first + 1)..<source.tokens.upperBound
        return source
    }

    /// "I rapporten heter det at …": reported speech whose speaker is the source being reported
    /// (`source`, when the caller found it; otherwise the document the formula names).
    private mutating func formulaReported(_ token: Int, sentence: Range<Int>, paragraph: Int, source given: Mention? = nil) {
        var at = token + 2
        // (A sender may stand between: "heter det i en uttalelse fra Oslo kommune at".)
        let reach = max(6, (words.formulaSender(after: token + 2, limit: sentence.upperBound)?.end ?? 0) - token)
        // (Not past a colon: "I rapporten oppsummeres det slik: Analysene viser at …".)
        while at < sentence.upperBound, at - token <= reach, !words.has(at, .at), !words.isColon(at) { at += 1 }
        guard at < sentence.upperBound, words.has(at, .at) else { return }
        // "Nå står det klart at …" ("it is clear that"): no document.
        guard !((token + 2)..<at).contains(where: { words.isForm($0, Self.klart) }) else { return }
        let source = given ?? formulaSource(token, at: at, sentence: sentence)
        if endsParagraphWithAt(sentence: sentence, paragraph: paragraph) {
            pendingBlock = (Attribution(cue: token..<(token + 2), subject: source, rule: .colon), nil)
        }
        let end = clauseEnd(from: at + 1, limit: sentence.upperBound)
        guard end - (at + 1) >= 2 else { return }
        add(QuoteDraft(kind: .reported, parts: [(at + 1)..<end], paragraph: paragraph, mode: .indirect,
                       attribution: Attribution(cue: token..<(token + 2), subject: source, rule: .reportedClause)))
    }

    /// "I programmet står det: «…»", "Det heter i vedtaket: «…»": a document formula ending in
    /// the colon before a quotation quotes the document it names (or its sender); nil when the
    /// clause is no such formula or names no document.
    private func formulaColon(_ colon: Int) -> Attribution? {
        let sentence = words.sentenceStart(of: colon)..<colon
        let first = words.firstLexical(from: sentence.lowerBound, limit: colon)
        if let wording = wordingColon(colon, first: first) { return wording }
        for token in sentence where words.has(token, [.heter, .documentFormula]) && token + 1 < colon {
            // "I X står det:" (the formula closes the clause) or "Det står i X:".
            let inverted = words.has(token + 1, .expletive) && words.has(token + 1, .determiner)
            let opening = token - 1 == first && words.has(first, .expletive) && words.has(first, .determiner)
            // (Adverbs and "følgende" may stand before the colon: "står det blant annet følgende:";
            // so may what it is about after "følgende": "står det følgende om målene:".)
            var restEnd = colon
            if let following = ((token + 2)..<colon).first(where: { words.isForm($0, Self.folgende) }), following + 1 < colon,
               words.has(following + 1, .om), colon - following <= 6 {
                restEnd = following + 1
            }
            let rest = (token + 2)..<restEnd
            guard inverted && !rest.contains(where: { words.isLexical($0) && !words.has($0, .adverb) && !words.isForm($0, Self.folgende) }) || opening,
                  let source = formulaSource(opening ? token - 1 : token, at: colon, sentence: sentence) else { continue }
            return Attribution(cue: token..<(token + 2), subject: source, rule: .colon)
        }
        return nil
    }

    /// "Vedtaket lyder: «…»", "Forslaget fra SV lød slik: «…»": a document's wording; the
    /// sender after "fra" speaks, else the document (a definite noun that names no person).
    private func wordingColon(_ colon: Int, first: Int) -> Attribution? {
        var verb = colon - 1
        if verb > first, words.isForm(verb, Self.slik) { verb -= 1 }
        guard verb > first, words.has(verb, .sounds), words.isInitial(first),
              let document = words.readMention(from: first, limit: verb, appositive: false, skipAdverbs: false),
              document.kind == .definite, !document.personHead, document.head >= 0 else { return nil }
        if let sender = words.senderAfterFra(from: first, limit: verb), sender.end == verb {
            return Attribution(cue: verb..<(verb + 1), subject: sender, rule: .colon)
        }
        // (A message without its sender names no one: "Beskjeden lød: «…»".)
        guard document.end == verb, !words.has(document.head, [.reportingNoun, .quotationNoun]) else { return nil }
        return Attribution(cue: verb..<(verb + 1), subject: document, rule: .colon)
    }
    private static let slik: [UInt8] = Array("slik".utf8)

    /// "Det går fram av en pressemelding fra Oslo politidistrikt at …", "Det framgår av dommen at
    /// …", "Av brevet går det fram at …", "I rapporten kommer det fram at …": what a document
    /// shows, reported for its sender, owner or the document itself (see
    /// ``ArticleWords/documentSource(after:limit:)``). Without a source ("Det kom fram i retten
    /// at …") nothing is reported: no one is named as saying it.
    private mutating func emergesReported(_ verb: Int, sentence: Range<Int>, paragraph: Int) -> Bool {
        let limit = sentence.upperBound
        guard let (formulaEnd, inverted) = words.emergeFormula(at: verb, limit: limit) else { return false }
        // "Det" before the verb in a main clause, or after it when a phrase is fronted.
        let first = words.firstLexical(from: sentence.lowerBound, limit: verb)
        guard inverted || verb - 1 == first && words.has(first, .expletive) && words.has(first, .determiner) else { return false }
        var token = formulaEnd
        while token < limit, words.has(token, .adverb), !words.has(token, .negation) { token += 1 }
        guard token < limit else { return false }
        var source: Mention?
        var at = token
        if words.has(token, [.av, .i]), let document = words.documentSource(after: token, limit: limit) {
            source = document.source
            at = document.end
            // "… fra Oslo politidistrikt mandag at": a time or an adverb before "at".
            while at < limit, at - document.end < 3, !words.has(at, .at),
                  words.has(at, [.time, .adverb]) || words.segmentation.tokens.kinds[at] == .number { at += 1 }
        } else if inverted, words.has(token, .at), first < verb, words.has(first, [.av, .i]),
                  let document = words.documentSource(after: first, limit: verb), document.end == verb {
            source = document.source
        }
        guard let source, at < limit, words.has(at, .at) else { return false }
        if endsParagraphWithAt(sentence: sentence, paragraph: paragraph) {
            pendingBlock = (Attribution(cue: verb..<formulaEnd, subject: source, rule: .colon), nil)
        }
        let end = clauseEnd(from: at + 1, limit: limit)
        guard end - (at + 1) >= 2, !((at + 1)..<end).contains(where: { owner[$0] >= 0 }),
              !isLeftBeforeQuotation(clause: (at + 1)..<end, limit: limit) else { return false }
        add(QuoteDraft(kind: .reported, parts: [(at + 1)..<end], paragraph: paragraph, mode: .indirect,
                       attribution: Attribution(cue: verb..<formulaEnd, subject: source, rule: .reportedClause)))
        return true
    }

    /// "Veien blir dyr, heter det i saksframlegget.", "Boken kommer i mai, går det fram av
    /// forlagets katalog.", "…, står det i rapporten fra NVE.": a formula after a comma that ends
    /// the sentence attributes the clause before it to the document named (its sender or owner).
    private mutating func formulaAfterClause(_ verb: Int, sentence: Range<Int>, paragraph: Int) -> Bool {
        let limit = sentence.upperBound
        var formulaEnd: Int
        if words.has(verb, [.heter, .documentFormula]), verb + 1 < limit, words.has(verb + 1, .expletive), words.has(verb + 1, .determiner) {
            formulaEnd = verb + 2
        } else if let (end, inverted) = words.emergeFormula(at: verb, limit: limit), inverted {
            formulaEnd = end
        } else {
            return false
        }
        while formulaEnd < limit, words.has(formulaEnd, .adverb), !words.has(formulaEnd, .negation) { formulaEnd += 1 }
        guard formulaEnd < limit, words.has(formulaEnd, [.av, .i]),
              var document = words.documentSource(after: formulaEnd, limit: limit) else { return false }
        // ("…, går det fram av et brev til de ansatte.": a document that names no sender.)
        if document.source == nil, let unsent = words.unsentDocument(after: formulaEnd, limit: limit) { document = (unsent, unsent.end) }
        guard let source = document.source else { return false }
        // Nothing but a short addition may follow the document ("i går", "fra 2023").
        var rest = document.end
        while rest < limit, !words.isSentenceFinal(rest) {
            if words.has(rest, [.at, .som, .verb]) || words.isComma(rest) || rest - document.end > 3 { return false }
            rest += 1
        }
        let start = words.firstLexical(from: sentence.lowerBound, limit: verb)
        let end = verb - 1
        guard end - start >= 3, !(start..<end).contains(where: { owner[$0] >= 0 || words.isQuoteMark($0) || usedCue[$0] }) else { return false }
        usedCue[verb] = true
        add(QuoteDraft(kind: .reported, parts: [start..<end], paragraph: paragraph, mode: .indirect,
                       attribution: Attribution(cue: verb..<formulaEnd, subject: source, rule: .reportedClause)))
        return true
    }

    /// Whether a final colon's attribution names someone saying the next paragraph: a speech verb
    /// and a person-like speaker ("Som Kari Holm svarte på spørsmålet:"), not a bare colon after a
    /// phrase, a capitalised first word ("Kort oppsummert:") or a question ("Eller hvilket parti
    /// som har nevnt ordet oftest:").
    private func introducesSpeech(_ colon: Attribution) -> Bool {
        guard !words.isColon(colon.cue.lowerBound), let subject = colon.subject, subject.isPersonLike else { return false }
        if subject.kind == .pronoun, subject.pronoun.isDisjoint(with: [.han, .hun, .de]) { return false }
        if subject.kind == .name, let name = subject.name, name.count == 1, words.isInitial(name.lowerBound) { return false }
        let clause = words.sentenceStart(of: colon.cue.lowerBound)..<colon.cue.lowerBound
        return !clause.contains { token in Self.questionWords.contains { words.isForm(token, $0) } }
    }

    private static let questionWords: [[UInt8]] = ["hvem", "hva", "hvilket", "hvilken", "hvilke", "hvor", "hvordan", "hvorfor"].map { Array($0.utf8) }

    /// Whether `sentence` ends its paragraph with "at" (perhaps before a colon): the reported
    /// words follow in the next paragraph.
    private func endsParagraphWithAt(sentence: Range<Int>, paragraph: Int) -> Bool {
        guard sentence.upperBound == tokenRange(ofParagraph: paragraph).upperBound else { return false }
        var last = sentence.upperBound - 1
        if last > sentence.lowerBound, words.isColon(last) { last -= 1 }
        return words.has(last, .at)
    }

    /// The document a formula quotes: "heter det i farevarselet at", "I dommen står det at",
    /// "I et åpent brev … står det at"; nil when none is named.
    private func formulaSource(_ token: Int, at: Int, sentence: Range<Int>) -> Mention? {
        func document(after preposition: Int, limit: Int) -> Mention? {
            guard preposition + 1 < limit, words.has(preposition, .i),
                  let mention = words.readMention(from: preposition + 1, limit: limit, appositive: false, skipAdverbs: false),
                  mention.name == nil, mention.head >= 0, !mention.personHead, !words.isCapitalised(mention.head) || words.isInitial(mention.head),
                  // (Not "I en pressemelding heter det at …": a channel, whose sender is the speaker;
                  // "I Høyres program står det at …" is definite through its genitive.)
                  mention.kind != .indefinite || words.opensWithGenitive(mention)
            else { return nil }
            return mention
        }
        let first = words.firstLexical(from: sentence.lowerBound, limit: token)
        var index = token + 2
        while index < at, !words.has(index, .i) { index += 1 }
        // (A sender named with the document wins: "heter det i en uttalelse fra departementet",
        // "I et brev signert 40 leger står det at".)
        if index < at, let sender = words.documentSender(after: index, limit: at) { return sender }
        if index < at, let source = document(after: index, limit: at) { return source }
        if first < token, words.has(first, .i), !words.has(token - 1, .subordinator), let sender = words.documentSender(after: first, limit: token) {
            return sender
        }
        // (In "I den forbindelse viste han til loven, der det heter at …" the opening phrase is
        // no source.)
        if first < token, !words.has(token - 1, .subordinator), let source = document(after: first, limit: token) { return source }
        // "I paragraf 55 i Stortingets forretningsorden heter det at": a section of the document.
        if first < token, words.has(first, .i) {
            for index in (first + 1)..<token where words.has(index, .i) {
                if let source = document(after: index, limit: token) { return source }
            }
        }
        // "… viste til forskriften, der det heter at": the document "der" refers to, after its preposition.
        if token - 2 > sentence.lowerBound, words.has(token - 1, .subordinator) {
            let end = words.isComma(token - 2) ? token - 2 : token - 1
            var preposition = end - 1
            while preposition > sentence.lowerBound, end - preposition <= 6, !words.has(preposition, .preposition) { preposition -= 1 }
            if words.has(preposition, .preposition), let source = document(after: preposition, limit: end) ?? {
                   guard let mention = words.readMention(from: preposition + 1, limit: end, appositive: false, skipAdverbs: false),
                         mention.name == nil, mention.head >= 0, !mention.personHead, mention.kind == .definite else { return nil }
                   return mention
               }(), source.end == end {
                return source
            }
        }
        return nil
    }

    /// The end of a reported clause: the sentence end, or before a coordinated reporting verb
    /// ("… loven – og krever at …"), without final punctuation.
    private func clauseEnd(from start: Int, limit: Int) -> Int {
        var token = start
        while token < limit {
            if owner[token] >= 0 { break }
            if words.isComma(token) || words.has(token, [.og, .men]) || words.isDash(token) {
                var next = token
                while next < limit, words.isComma(next) || words.isDash(next) || words.has(next, [.og, .men, .adverb]) { next += 1 }
                // "… – og krever at …", ", men advarer mot …"; not "og varslet av …" (a passive).
                if next < limit, next > token, words.cue(next) >= 0, !words.isCapitalised(next),
                   words.cueKind(words.cue(next)) != .indirect,
                   !(Int(words.cueEnd[next]) < limit && words.has(Int(words.cueEnd[next]), .av)) { break }
            }
            if words.isPunct(token, 0x3B) { break }
            // "…, mens Terje Moen hevder at …": a contrasting clause with its own speaker.
            if words.isComma(token), token + 1 < limit, words.isForm(token + 1, Self.mens) { break }
            // "… at de ville støtte forslaget, og utgjør sammen med MDG flertall": after a comma,
            // "og" and a finite lexical verb with no subject of its own go on with the main clause
            // (not an auxiliary: "…, og er nå utskrevet", "…, og bør ha som ambisjon" go on with the report).
            if words.isComma(token), token + 2 < limit, words.has(token + 1, .og), isFiniteVerb(token + 2), !words.has(token + 2, .verb),
               !words.has(token + 2, .at), words.cue(token + 2) < 0,
               // (Not a noun in -er: a list's last noun, "…, og komitéinnstillinger.", or the subject
               // of a clause that goes on with the report, "…, og millioner har flyktet".)
               token + 3 < limit, !words.isSentenceFinal(token + 3), !words.has(token + 3, .verb), !isFiniteVerb(token + 3) { break }
            if words.isColon(token), token + 1 < limit, words.isDash(token + 1) || words.isQuoteMark(token + 1) { break }
            token += 1
        }
        var end = token
        while end > start, words.isSentenceFinal(end - 1) || words.isComma(end - 1) || words.isDash(end - 1) || words.isColon(end - 1) {
            end -= 1
        }
        return end
    }

    /// "Ifølge kvinnene var …", "… har ifølge mennene ikke vært …", "…, ifølge NTB."
    private mutating func accordingTo(_ cueToken: Int, sentence: Range<Int>, paragraph: Int) {
        let cueEnd = Int(words.cueEnd[cueToken])
        guard words.has(cueEnd - 1, .accordingTo) else { return }
        let limit = sentence.upperBound
        // A person, a name, or a document, survey or report: "ifølge valgundersøkelsen fra 2005",
        // "ifølge en rapport fra Sivilforsvaret", "ifølge tallene".
        // ("ifølge både politiet og brannvesenet": the focus particle is no part of the source.)
        let sourceStart = cueEnd + 1 < limit && words.isForm(cueEnd, ArticleWords.baade) ? cueEnd + 1 : cueEnd
        guard var mention = words.readMention(from: sourceStart, limit: limit, appositive: true, skipAdverbs: false) else { return }
        if let document = definiteSourceBeforeVerb(in: mention, limit: limit) { mention = document }
        // "ifølge rapporten til Riksrevisjonen", "ifølge partiprogrammet til Arbeiderpartiet": the
        // named owner of the document is the source, as with "ifølge Riksrevisjonens rapport".
        if let owner = documentOwner(after: mention, limit: limit) { mention = owner }
        // "ifølge en rapport fra Sivilforsvaret", "ifølge ferske tall fra SSB": likewise the body
        // the document or figures come from.
        if let owner = sourceSender(in: mention) { mention = owner }
        // "ifølge politiets logg", "ifølge kommunens nettsider": the body named in the genitive.
        if let owner = definiteGenitiveOwner(of: mention) { mention = owner }
        guard mention.isPersonLike || mention.kind == .name || mention.head >= 0 && words.isSourceNoun(mention.head)
                || mention.tokens.contains(where: { words.isCapitalised($0) && !words.isInitial($0) }) else { return }
        // "Ifølge VGs opplysninger", "ifølge NRKs kilder": the owner of the information is the source.
        if let owner = genitiveOwner(of: mention) { mention = owner }
        // "ifølge Norges Banks prognoser", "ifølge SSBs tall", "ifølge Røde Kors' beregninger": the
        // thing a genitive name owns belongs to the source, not to the clause.
        if mention.kind == .name, let name = mention.name, mention.end == name.upperBound, name.upperBound + 1 < limit {
            let apostrophe = words.isGenitiveApostrophe(name.upperBound)
            let noun = apostrophe ? name.upperBound + 1 : name.upperBound
            if apostrophe || words.lastFormByte(name.upperBound - 1) == 0x73 && words.isCapitalised(name.upperBound - 1),
               words.isWord(noun), !words.isCapitalised(noun), !words.has(noun, WordClass.function),
               words.cue(noun) < 0, words.role(noun) < 0, !words.isPersonHead(noun),
               // (The noun ends the phrase: the finite verb or the sentence's end follows; "Ifølge
               // Reuters arbeider forhandlerne …" has its verb right after the name.)
               noun + 1 >= limit || words.isSentenceFinal(noun + 1) || words.isComma(noun + 1) || words.has(noun + 1, [.verb, .perfectAux]) {
                mention.end = noun + 1
                mention.tokens = mention.tokens.lowerBound..<mention.end
            }
        }
        // "ifølge (både) politiet og brannvesenet": two sources, one attribution.
        if mention.kind != .pronoun, mention.name == nil, mention.end + 1 < limit, words.has(mention.end, .og),
           let second = words.readMention(from: mention.end + 1, limit: limit, appositive: false, skipAdverbs: false),
           second.name == nil, second.kind == .definite, second.isPersonLike || mention.isPersonLike {
            mention.tokens = mention.tokens.lowerBound..<second.end
            mention.end = second.end
            mention.plural = true
            mention.group = true
        }
        // "ifølge Støre selv": the emphasis belongs to the source, not to the clause.
        if mention.end < limit, words.isForm(mention.end, ArticleWords.selv) { mention.end += 1 }
        // "Peskov skal ifølge Reuters ha sagt at …": the verb after the source reports its own
        // subject's words (the outlet is a second attribution).
        var verb = mention.end
        while verb < limit, verb - mention.end < 3, words.has(verb, [.perfectAux, .adverb]) { verb += 1 }
        if verb < limit, words.cue(verb) >= 0,
           words.cueKind(words.cue(verb)) != .indirect, Int(words.cueEnd[verb]) < limit, words.has(Int(words.cueEnd[verb]), .at) {
            return
        }
        // "ifølge kilder VG har snakket med": a relative clause without "som" ends the source.
        if mention.head >= 0, mention.end < limit, words.opensRelativeClause(mention.end, afterHead: mention.head, limit: limit) {
            var end = mention.end
            while end < limit, end - mention.end < 10, !words.isComma(end), !words.isSentenceFinal(end) { end += 1 }
            if end >= limit || words.isComma(end) || words.isSentenceFinal(end) { mention.end = end }
        }
        // "Ifølge Norsk helseinformatikk, er …": an organisation name with lower-case words.
        if mention.kind == .name, mention.end < limit, !words.isComma(mention.end) {
            var comma = mention.end
            while comma < limit, comma - mention.end < 4, words.isWord(comma), !words.isCapitalised(comma),
                  !words.has(comma, WordClass.function) { comma += 1 }
            if comma < limit, comma > mention.end, words.isComma(comma) {
                mention.end = comma
                mention.name = mention.name!.lowerBound..<comma
                mention.tokens = mention.tokens.lowerBound..<comma
            }
        }
        var start = sentence.lowerBound
        while start < cueToken, !words.isLexical(start) { start += 1 }
        var after = mention.end
        if after < limit, words.isComma(after) || words.isPunct(after, 0x29) { after += 1 }
        var parts: [Range<Int>] = []
        // "Kl. 06.00: Ifølge politiet kjente de …" (a live report), "Oppdatert: Ifølge NTB …": a
        // label before a colon is no part of the clause.
        if let colon = (start..<cueToken).last(where: { words.isColon($0) }) {
            start = colon + 1
            while start < cueToken, !words.isLexical(start) { start += 1 }
        }
        // "For ifølge jentene er det …": only a conjunction before "ifølge".
        if (start..<cueToken).allSatisfy({ !words.isLexical($0) || words.has($0, [.conjunction, .adverb]) }) { start = cueToken }
        // "Politiet ville ikke kommentere saken, men ifølge lokale medier …": the main clause
        // after ", men" is the source's.
        if start < cueToken, cueToken - 2 > start, words.has(cueToken - 1, [.og, .men]), words.isComma(cueToken - 2) { start = cueToken }
        // "…, ifølge en turist som var der.", "…, ifølge skredvarslingen til Varsom.": a relative
        // clause or a short phrase without a verb after the source still ends the sentence.
        var sourceEnds = mention.end >= limit || words.isSentenceFinal(mention.end)
        if !sourceEnds, cueToken > sentence.lowerBound, words.isComma(cueToken - 1) {
            var rest = mention.end
            let relative = words.has(rest, .som)
            while rest < limit, !words.isSentenceFinal(rest), rest - mention.end <= 8,
                  relative || !words.has(rest, [.verb, .at, .som]) && !words.isComma(rest) { rest += 1 }
            sourceEnds = rest >= limit || words.isSentenceFinal(rest)
        }
        if start == cueToken {
            parts = [after..<clauseEnd(from: after, limit: limit)]
        } else if words.isComma(cueToken - 1), sourceEnds {
            parts = [start..<clauseEnd(from: start, limit: cueToken - 1)]
        } else {
            // "… ble skutt da han ifølge politiet gikk til angrep": inside a subordinate clause,
            // only the clause is the source's.
            var clause = cueToken - 1
            // (Not a relative "som", a preposition "om"/"før" or "hvor", "selv": only the
            // conjunctions that open a finite clause.)
            while clause > start, !isClauseConjunction(clause) { clause -= 1 }
            var end = clauseEnd(from: after, limit: limit)
            if clause > start, clause + 1 < cueToken, isClauseConjunction(clause) {
                start = clause + 1
                // "Utover at dette ifølge X gikk greit, fremlegger hun …": the clause ends at its comma.
                if let comma = (after..<end).first(where: { words.isComma($0) }) { end = comma }
            }
            let openParen = words.isPunct(cueToken - 1, 0x28)
            parts = [start..<(openParen ? cueToken - 1 : cueToken), after..<end]
        }
        parts = parts.filter { part in part.contains(where: { words.isWord($0) }) }
        // "Ifølge NTB sier statsministeren at …", "Statsministeren sier ifølge NRK at …": a verb
        // of saying in the clause reports its own subject's words; the source is a second
        // attribution, not the speaker.
        // (Only when that verb did report, and not a verb inside quotation marks: "og at hun «har
        // gitt uttrykk for at …»" stays the source's.)
        for part in parts {
            for token in part where words.cue(token) >= 0 && words.cueKind(words.cue(token)) != .indirect && !words.isPassiveCue(token) {
                if (part.lowerBound..<token).contains(where: { words.isQuoteMark($0) }) { break }
                if !usedCue[token], token > cueToken, owner[token] < 0 {
                    reported(token, cueEnd: Int(words.cueEnd[token]), sentence: sentence, paragraph: paragraph)
                }
                if usedCue[token] { return }
            }
        }
        guard !parts.isEmpty, parts.reduce(0, { $0 + $1.count }) >= 2,
              !parts.contains(where: { part in part.contains { owner[$0] >= 0 } }) else { return }
        add(QuoteDraft(kind: .reported, parts: parts, paragraph: paragraph, mode: .indirect,
                       attribution: Attribution(cue: cueToken..<cueEnd, subject: mention, rule: .accordingTo)))
    }

    /// The source alone when the phrase after "ifølge" ran past a definite source noun into the
    /// inverted clause: "Ifølge rapporten falt resultatet …", "Ifølge tiltalebeslutningen stakk
    /// mannen …" (an unlisted verb read as one more modifier). A definite noun ends its phrase in
    /// Norwegian (modifiers stand before it), so the words after it belong to the clause; nil when
    /// no such noun stands before the phrase's head.
    private func definiteSourceBeforeVerb(in mention: Mention, limit: Int) -> Mention? {
        guard mention.name == nil, mention.head > mention.tokens.lowerBound else { return nil }
        for token in mention.tokens.lowerBound..<mention.head where words.isWord(token) && !words.isCapitalised(token) {
            guard words.isSourceNoun(token), words.number(of: token).definite else { continue }
            guard var source = words.readMention(from: mention.tokens.lowerBound, limit: token + 1, appositive: false, skipAdverbs: false) else { return nil }
            // ("Ifølge presseteamet hans skal …": a possessive after the noun is part of it.)
            if token + 1 < limit, words.has(token + 1, .possessive), !words.isCapitalised(token + 1) {
                source.tokens = source.tokens.lowerBound..<(token + 2)
                source.end = token + 2
            }
            return source
        }
        return nil
    }

    /// The body or person named in a lower-case definite genitive that opens `mention` ("politiets
    /// logg", "kommunens nettsider", "selskapets årsrapport"), marked as a genitive so the speaker
    /// is shown without its "s"; nil for any other phrase.
    private func definiteGenitiveOwner(of mention: Mention) -> Mention? {
        let first = mention.tokens.lowerBound
        guard mention.name == nil, mention.head > first, words.isWord(first), !words.isCapitalised(first) || words.isInitial(first),
              words.lastFormByte(first) == 0x73, words.role(first) >= 0 || words.isPersonHead(first),
              !words.has(first, WordClass.function), !words.isPersonHead(mention.head),
              var owner = words.readMention(from: first, limit: first + 1, appositive: false, skipAdverbs: false),
              owner.kind == .definite else { return nil }
        owner.genitive = true
        owner.end = mention.end
        return owner
    }

    /// The name after "til" that owns the document `mention` names ("rapporten til Riksrevisjonen"),
    /// ending the phrase; nil for a person ("moren til Kari"), an indefinite noun or no such name.
    private func documentOwner(after mention: Mention, limit: Int) -> Mention? {
        guard mention.name == nil, mention.kind == .definite, mention.head >= 0, !mention.isPersonLike,
              mention.end + 1 < limit, words.has(mention.end, .til), words.isCapitalised(mention.end + 1),
              let owner = words.readMention(from: mention.end + 1, limit: limit, appositive: false, skipAdverbs: false),
              owner.kind == .name, owner.tokens.lowerBound == mention.end + 1 else { return nil }
        return owner
    }

    /// The name after "fra" inside a phrase headed by a source noun ("en rapport fra
    /// Sivilforsvaret", "tall fra Helsedirektoratet"): the body the document comes from; nil for
    /// a person-like phrase or any other shape.
    private func sourceSender(in mention: Mention) -> Mention? {
        guard mention.name == nil, mention.head >= 0, !mention.isPersonLike, words.isSourceNoun(mention.head),
              var sender = words.senderAfterFra(from: mention.head + 1, limit: mention.end), sender.kind == .name,
              words.isCapitalised(sender.tokens.lowerBound) else { return nil }
        sender.sender = true
        return sender
    }

    // MARK: Questions

    /// An unattributed quote paragraph that ends in "?", is one sentence or addresses someone
    /// ("du", "dere"), and is followed by another quote paragraph: the interviewer's question.
    private mutating func markQuestions() {
        let paragraphs = segmentation.paragraphs
        for index in drafts.indices where drafts[index].opensParagraph && drafts[index].attribution == nil
            && drafts[index].chainPrevious == nil {
            let draft = drafts[index]
            guard let last = draft.parts.last?.last else { continue }
            var end = last
            while end > draft.parts.last!.lowerBound, words.isQuoteMark(end) { end -= 1 }
            guard words.isQuestionMark(end) else { continue }
            let sentences = Set(draft.parts.flatMap { $0.map { words.sentence($0) } })
            let addresses = draft.parts.contains { $0.contains { words.has($0, .secondPerson) } }
            guard sentences.count == 1 || addresses else { continue }
            var next = draft.paragraph + 1
            // (An interview's answer labelled in capitals, "POD: …", is a caption that opens a quote.)
            while next < paragraphs.count, paragraphs[next].kind == .caption, !opensQuote[next] { next += 1 }
            guard next < paragraphs.count, opensQuote[next] else { continue }
            drafts[index].isQuestion = true
        }
    }
}


extension QuoteFinder {
    private static let mens: [UInt8] = Array("mens".utf8)

    private static let folgende: [UInt8] = Array("følgende".utf8)

    /// "at", "da", "fordi", "når" …: a conjunction that opens a finite subordinate clause
    /// (compared as bytes; only called while looking back from an "ifølge").
    private func isClauseConjunction(_ token: Int) -> Bool {
        words.has(token, .at) || words.has(token, .subordinator) && ArticleWords.clauseConjunctions.contains { words.isForm(token, $0) }
            // "selv om" (even though).
            || words.has(token, .om) && token > 0 && words.isForm(token - 1, ArticleWords.selv)
    }
    private static let hans: [UInt8] = Array("hans".utf8), hennes: [UInt8] = Array("hennes".utf8), deres: [UInt8] = Array("deres".utf8)

    /// The name owning the information cited ("VGs opplysninger", "NRKs kilder"), marked as a
    /// genitive so the speaker is shown without its "s"; nil for any other phrase (a document
    /// keeps its owner: "Stortingets referater", "USAs justisdepartement").
    private func genitiveOwner(of mention: Mention) -> Mention? {
        let first = mention.tokens.lowerBound
        // ("TV 2s opplysninger": an acronym and the genitive of its channel number.)
        let channel = mention.head == first + 2 && words.isAllCaps(first) && !words.isCapitalised(first + 1)
        guard mention.name == nil, mention.head == first + 1 || channel, words.isCapitalised(first), words.lastFormByte(mention.head - 1) == 0x73,
              words.has(mention.head, .informationNoun),
              var owner = words.readMention(from: first, limit: mention.head, appositive: false, skipAdverbs: false),
              owner.kind == .name else { return nil }
        owner.genitive = true
        owner.end = mention.end
        return owner
    }

    /// The person-like phrase that opens `sentence`, when a finite verb follows it and no comma,
    /// subordinator or cue comes between it and `end`.
    private func openingSubject(of sentence: Range<Int>, before end: Int, coordinated: Bool = false) -> Mention? {
        var first = sentence.lowerBound
        while first < end, !words.isLexical(first) { first += 1 }
        guard first < end else { return nil }
        var opening = words.readMention(from: first, limit: end, appositive: true, skipAdverbs: false)
        // "SV og Venstre har skjerpet løftene og er nå tydelige på at …": two names, one subject.
        if coordinated, let single = opening, let pair = words.namePair(single, limit: end) { opening = pair }
        if coordinated, opening?.isPersonLike != true, let inverted = invertedSubject(from: first, before: end) {
            // "Deretter går han over til … og påpeker at", "Ved flere anledninger har han …
            // og hevdet at": an adverbial first, then the verb and its subject.
            opening = inverted
        }
        guard let mention = opening,
              mention.isPersonLike, mention.kind != .pronoun || !mention.pronoun.isDisjoint(with: [.han, .hun, .de]),
              mention.end < end, words.isWord(mention.end), !words.isCapitalised(mention.end),
              coordinated || words.has(mention.end, .verb) || isPresentTense(mention.end)
                || words.withForm(mention.end, { $0.count > 3 && $0.last == 0x65 && $0[$0.count - 2] == 0x74 }) else { return nil }
        // A coordinated verb ("… og sier at"): the "og" right before it is the only one allowed.
        // (", og sa at …": commas are allowed before it, "…, i begynnelsen av august, og sa at";
        // so is a verb of saying with an object, "Han beklager ulempene, men sier …": a cue that
        // made a quote of its own shares its subject through `sentenceSubject` before this.)
        for token in mention.end..<end where words.isComma(token) && !coordinated
            || words.has(token, [.subordinator, .at, .som])
            || words.cue(token) >= 0 && token < end - 1 && !coordinated
            || coordinated && words.has(token, [.og, .men]) && token < end - 1 {
            return nil
        }
        return mention
    }

    /// "Holder de ord har sett på tallene og mener at …": an outlet's name (organisations.tsv)
    /// opening the sentence before its finite verb, when the mention reader cannot read it
    /// because a word of it looks like a verb ("Holder"). Nil for anything else.
    private func openingOutlet(of sentence: Range<Int>, before end: Int) -> Mention? {
        let first = words.firstLexical(from: sentence.lowerBound, limit: end)
        guard first < end, words.isCapitalised(first) else { return nil }
        var last = first + 1
        while last < end, last - first <= 4, words.isWord(last - 1), words.cue(last - 1) < 0 {
            if words.endsWithOutletWord(first..<last), words.isWord(last), !words.isCapitalised(last),
               words.has(last, [.verb, .perfectAux]) || isPresentTense(last) {
                var mention = Mention(kind: .name, tokens: first..<last, end: last)
                mention.name = first..<last
                return mention
            }
            last += 1
        }
        return nil
    }

    /// "Vi i Holder de ord har sett på tallene og mener at …": "vi" and the body after "i" or
    /// "fra" opening the sentence before its own finite verb, the subject a coordinated verb of
    /// saying shares (see `bodyOfWe`). Nil for anything else.
    private func openingBodyOfWe(of sentence: Range<Int>, before end: Int) -> Mention? {
        let first = words.firstLexical(from: sentence.lowerBound, limit: end)
        guard first < end, words.isInitial(first), words.has(first, .vi) else { return nil }
        var verb = first + 3
        while verb < end, verb - first <= 6, words.isCapitalised(verb) || !words.has(verb, [.verb, .perfectAux]) && !isFiniteVerb(verb) { verb += 1 }
        guard verb < end else { return nil }
        return words.bodyOfWe(at: first, cueToken: verb)
    }

    /// "Nå smiler Kristiansen.", "Selv er Paulsen nøktern.": the name after a one-word adverb and
    /// the finite verb, the inverted subject of a narration sentence; in a portrait it tells who
    /// speaks in the unattributed quote that follows. Names only (an inverted pronoun refers to
    /// whoever is salient already).
    private func invertedNarrationName(from first: Int, limit: Int) -> Mention? {
        let verb = first + 1, subject = first + 2
        guard subject < limit, words.isInitial(first), words.has(first, [.adverb, .time]),
              !words.has(first, [.subordinator, .expletive, .ikke]) || words.isForm(first, ArticleWords.selv),
              words.isWord(verb), !words.isCapitalised(verb), words.cue(verb) < 0, isFiniteVerb(verb),
              words.isCapitalised(subject), words.mayStartName(subject),
              let mention = words.readMention(from: subject, limit: limit, appositive: false, skipAdverbs: false),
              mention.kind == .name, mention.name?.lowerBound == subject else { return nil }
        return mention
    }

    /// The subject after the finite verb in second position of a sentence opened by an
    /// adverbial ("Deretter går han …", "Ved flere anledninger har han …"): a pronoun or a name.
    private func invertedSubject(from first: Int, before end: Int) -> Mention? {
        guard words.has(first, [.preposition, .adverb, .time]), !words.has(first, WordClass.pronoun) else { return nil }
        var verb = first + 1
        while verb < end, verb - first <= 5, words.isWord(verb), !words.has(verb, .verb), !words.has(verb, [.at, .som, .subordinator]) {
            verb += 1
        }
        guard verb + 1 < end, words.has(verb, .verb), !words.isCapitalised(verb) else { return nil }
        let subject = verb + 1
        guard words.has(subject, [.han, .hun]) || words.mayStartName(subject),
              let mention = words.readMention(from: subject, limit: end, appositive: false, skipAdverbs: false),
              mention.kind == .pronoun || mention.kind == .name else { return nil }
        return mention
    }

    /// "Holder de ord mener …", "Flere påpeker at …": the words before a cue verb in second
    /// position that the mention reader cannot read. In a main clause only one phrase comes
    /// before the finite verb; when it is no adverbial (preposition, adverb, subordinator, time,
    /// "det"), it is the subject. A short run of words without punctuation, "at" or "som", that
    /// does not start a person-like phrase the reader knows ("Kvinnene selv sier": those are
    /// resolved as usual).
    private func topicSubject(of sentence: Range<Int>, before cueToken: Int) -> Mention? {
        var first = sentence.lowerBound
        while first < cueToken, !words.isLexical(first) { first += 1 }
        guard first < cueToken, cueToken - first <= 4, words.isInitial(first), words.isCapitalised(first),
              !words.has(first, [.preposition, .adverb, .subordinator, .time, .expletive, .accordingTo, .conjunction,
                                 .firstPerson, .secondPerson, .ikke]),
              words.readMention(from: first, limit: cueToken, appositive: false, skipAdverbs: false)?.isPersonLike != true else { return nil }
        // (A single "En" is the generic pronoun: "En regner med at …".)
        guard cueToken - first > 1 || !words.has(first, .article) else { return nil }
        for token in first..<cueToken {
            // A finite verb after the first word puts the cue out of second position: "Regelverket
            // kan for eksempel si at", "Angrepet ble fordømt".
            guard words.isWord(token), words.cue(token) < 0,
                  !words.has(token, [.at, .som, .subordinator, .ikke, .firstPerson, .secondPerson]),
                  token == first || !words.has(token, .verb) else { return nil }
        }
        var mention = Mention(kind: .name, tokens: first..<cueToken, end: cueToken)
        mention.name = first..<cueToken
        return mention
    }

    /// "Aksjonsgruppen «Ja til park i Nydalen» krever …": a noun and a name in quotation marks
    /// that open the sentence right before the cue verb.
    /// "Hun får støtte fra Legeforeningen. Der mener man at …": "Der"/"Her", the cue and the
    /// generic "man" speak for the body the previous sentence names last after a preposition
    /// ("fra", "i", "hos", "ved"); nil when it names none.
    private func bodyBehindGenericMan(_ cueToken: Int, cueEnd: Int, sentence: Range<Int>) -> Mention? {
        let first = words.firstLexical(from: sentence.lowerBound, limit: cueToken)
        guard first + 1 == cueToken, words.has(first, .thereHere), cueEnd < sentence.upperBound, words.has(cueEnd, .genericMan),
              words.sentence(first) > 0 else { return nil }
        let previous = segmentation.sentences[words.sentence(first) - 1].tokens
        guard let start = previous.reversed().first(where: { token in
            token > previous.lowerBound && words.has(token - 1, .preposition) && words.mayStartName(token)
        }), let body = words.readMention(from: start, limit: previous.upperBound, appositive: false, skipAdverbs: false),
              body.kind == .name else { return nil }
        return body
    }

    private func quotedNameSubject(of sentence: Range<Int>, before cueToken: Int) -> Mention? {
        let close = cueToken - 1
        guard close > sentence.lowerBound, words.isQuoteMark(close), owner[close - 1] < 0 else { return nil }
        var open = close - 1
        while open > sentence.lowerBound, close - open <= 10, !words.isQuoteMark(open) { open -= 1 }
        guard open > sentence.lowerBound, words.isQuoteMark(open), open + 1 < close, words.isCapitalised(open + 1) else { return nil }
        let first = words.firstLexical(from: sentence.lowerBound, limit: open + 1)
        guard first < open, var mention = words.readMention(from: first, limit: open, appositive: false, skipAdverbs: false),
              mention.end == open, mention.kind != .pronoun, mention.name == nil, mention.head >= 0 else { return nil }
        mention.kind = .name
        mention.name = first..<cueToken
        mention.tokens = first..<cueToken
        mention.end = cueToken
        return mention
    }

    /// The start of a clause without "at" after a verb of saying ("sier [til NRK] [ikke]
    /// planen vil …"): a subject of at most seven words (a pronoun, name, noun phrase or a list
    /// "delstater, byer og bedrifter"), then a finite verb; nil when no such clause follows.
    /// `inverted` is the subject after the verb, skipped ("tror nederlenderen det er …").
    private func bareClause(after cueEnd: Int, inverted: Mention?, limit: Int) -> Int? {
        var token = cueEnd
        var steps = 0
        while token < limit, steps < 6 {
            if let inverted, token == inverted.tokens.lowerBound {
                token = max(inverted.end, token + 1)
            } else if words.has(token, .ikke) || words.has(token, .adverb) && !words.has(token, [.de, .han, .hun, .preposition])
                        && !describesNounOfClause(token, limit: limit) {
                token += 1
            } else if words.has(token, .til), token + 1 < limit, words.isCapitalised(token + 1), words.isWord(token + 1) {
                // "til NRK", "til Dagens Næringsliv"
                token = max(words.nameRunEnd(token + 1, limit: limit), token + 2)
            } else {
                break
            }
            steps += 1
        }
        let start = token
        guard start < limit, words.isWord(start), words.cue(start) < 0,
              words.has(start, WordClass.pronoun) || words.has(start, .determiner) && !words.has(start, .preposition)
                || describesNounOfClause(start, limit: limit)
                || !words.has(start, [.preposition, .at, .som, .seg, .subordinator, .conjunction, .verb, .ikke, .secondPerson,
                                      .firstPerson, .adverb])
        else { return nil }
        // "sa ifra til …": a particle, no subject.
        guard !words.isForm(start, Self.ifra) else { return nil }
        // "hevder det stikk motsatte", "sier det samme": an object that compares ("motsatte" is
        // no past tense here); "mener det samme gjelder for …" has a verb after it.
        if words.has(start, .expletive), start + 1 < limit, words.has(start + 1, .sameOrOpposite) {
            var next = start + 1
            while next < limit, words.has(next, .sameOrOpposite) { next += 1 }
            guard next < limit, words.has(next, .verb) || isPresentTense(next) else { return nil }
        }
        var next = start + 1
        var list = false
        while next < limit, next - start <= 7 {
            // (Not right after a list's comma or "og": "lege, arbeidsgiver og …" are nouns in -er.)
            // (A verb guessed from its -er ending after an adjective is a plural noun: "frykter
            // lengre ventetider"; after a definite noun, a pronoun or a name it is the verb:
            // "mener regjeringen svikter".)
            if isFiniteVerb(next), !words.isComma(next - 1), !words.has(next - 1, .og),
               words.has(next, .verb) || !isPresentTense(next) || mayEndSubject(before: next, from: start) { return start }
            // "sier delstater og byer «har kapasitet …»": the verb opens a partial quote.
            if words.isQuoteMark(next), next > start + 1, next + 1 < limit, isFiniteVerb(next + 1) { return start }
            if words.isComma(next) {
                // "delstater, byer og bedrifter har …": a list, not the end of the clause.
                guard next + 1 < limit, words.isWord(next + 1), !words.has(next + 1, WordClass.function) else { return nil }
                list = true
                next += 1
                continue
            }
            guard words.isLexical(next) || words.isPunct(next, 0x28) || words.isPunct(next, 0x29),
                  !words.isSentenceFinal(next), !words.isQuoteMark(next),
                  !words.has(next, [.at, .som, .subordinator, .seg]) || words.has(next, .preposition) && !words.has(next, [.at, .som]),
                  !words.has(next, WordClass.pronoun) || words.has(next, .determiner),
                  !words.has(next, [.og, .men]) || list && words.has(next, .og),
                  words.cue(next) < 0 else { return nil }
            next += 1
        }
        return nil
    }

    private static let ifra: [UInt8] = Array("ifra".utf8)
    private static let klart: [UInt8] = Array("klart".utf8)

    /// A finite verb: a listed auxiliary or common verb, a present tense in -er/-r after a
    /// vowel ("forstår") or a past tense in -te/-de ("skjedde", "trodde").
    /// Whether the adverb-adjective at `token` ("offentlig", "tidligere") describes the noun after
    /// it, which a finite verb follows: "mener offentlig sektor må få samme ramme", "sier tidligere
    /// ansatte har fått brev" — the first word of the reported clause, not an adverb of the cue.
    private func describesNounOfClause(_ token: Int, limit: Int) -> Bool {
        guard words.has(token, .adjectivalAdverb), token + 2 < limit, words.isWord(token + 1), !words.isCapitalised(token + 1),
              !words.has(token + 1, WordClass.function), words.cue(token + 1) < 0 else { return false }
        return isFiniteVerb(token + 2)
    }

    private func isFiniteVerb(_ token: Int) -> Bool {
        if words.has(token, .verb) { return true }
        if isPresentTense(token) { return true }
        guard words.isWord(token), !words.isCapitalised(token), !words.has(token, WordClass.function), words.role(token) < 0 else {
            return false
        }
        return words.withForm(token) { form in
            let n = form.count
            guard n > 4 else { return false }
            let last = form[n - 1], previous = form[n - 2]
            // -år, -ør ("forstår", "gjør"): UTF-8 å = C3 A5, ø = C3 B8.
            if last == 0x72, previous == 0xA5 || previous == 0xB8, form[n - 3] == 0xC3 { return true }
            return last == 0x65 && (previous == 0x74 || previous == 0x64)
        }
    }

    /// "ønsker", "mener", "kjemper": a lower-case open-class word in -er right after a definite
    /// noun is the present-tense verb of a clause ("sier stiftelsen ønsker å …").
    private func isPresentTense(_ token: Int) -> Bool {
        words.isWord(token) && !words.isCapitalised(token) && !words.has(token, WordClass.function) && words.role(token) < 0
            && words.withForm(token) { $0.count > 3 && $0[$0.count - 2] == 0x65 && $0[$0.count - 1] == 0x72 }
    }

    /// Whether the mention starting at `start` is the object of "snakket med", "intervjuet",
    /// "vært i kontakt med", "møtt" … within the three words before it.
    func isInterviewee(_ start: Int, sentence: Range<Int>) -> Bool {
        var token = start - 1
        var seenMed = false
        while token >= sentence.lowerBound, token >= start - 4 {
            if words.has(token, .med) { seenMed = true }
            if words.has(token, .interviewVerb) { return seenMed || token == start - 1 }
            token -= 1
        }
        return false
    }
}
