#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A speaker being assembled from the mentions that refer to it (a class: resolution updates
/// entities in place while scanning all of them for every mention).
final class Entity {
    /// Tokens of the fullest proper name, and their folded-form ids.
    var name: Range<Int>?
    var nameForms: [Int32] = []
    /// Tokens of the fullest description ("en gruppe kvinner fra Kursk fylke").
    var description: Range<Int>?
    /// Stems of head nouns and role nouns ("kvinn", "direktør", "russlandsforsk").
    var stems: [[UInt8]] = []
    /// Stems of the bodies a person speaks for ("Jernbanedirektoratet" in "kommunikasjonssjef X i
    /// Jernbanedirektoratet"): not descriptions of the person, but a title "Jernbanedirektoratet:
    /// – …" may mean its spokesperson.
    var bodyStems: [[UInt8]] = []
    /// Role text pieces (tokens) and role lexicon items, in text order.
    var roleParts: [Range<Int>] = []
    var roleItems: [Int] = []
    /// Role items of head nouns only ("direktør" in "direktøren", not "statsminister" in
    /// "Statsministerens kontor"): what role-noun anaphors are matched against.
    var headRoles: [Int] = []
    /// Known only by a definite description ("guvernøren"): may be merged into a named speaker.
    var definiteOnly = false
    var places: [Int32] = []
    var isGroup = false
    /// 1 female, 2 male, 0 unknown.
    var gender: Int8 = 0
    /// The head is a plain person noun (kvinne, mann, folk): a civilian unless a role says otherwise.
    var personNoun = false
    /// A name only ever seen as a place ("i Italia"): never a pronoun's antecedent.
    var isPlace = false
    /// An organisation or institution ("VG", "Politiet"): "de" may refer to it, "han"/"hun" never.
    var isOrganisation = false
    /// A news outlet ("Adresseavisen", "Washington Post"): cited, never referred to by a pronoun.
    var isOutlet = false
    /// A party by name ("Høyre", "Frp"): "de" refers to it only after it was a subject.
    var isParty = false
    var isSpeaker = false
    var isJournalist = false
    /// Kinship evidence ("sønnen hennes", "hvis ektemann", "er gift med", "Vi er mødre" in its
    /// own quote): a relative unless a role lexicon item says otherwise.
    var isKin = false
    /// The tokens of a genitive mention ("Geologenes"): shown without the final "s" when it is
    /// the entity's fullest name or description.
    var genitive: Range<Int>?
    /// Forms of the one-word names this entity was called by ("Paulsen" for Roar Paulsen): when
    /// two people share a surname, the article keeps the bare surname for one of them.
    var bareNames: [Int32] = []
    /// Forms of the acronyms defined for this entity's name in brackets right after it ("Natur og
    /// Ungdom (NU)", "Ukrainas etterretningstjeneste (HUR)"): a later mention by the acronym
    /// alone is this entity, still named by its full name.
    var acronyms: [Int32] = []
    /// Byte ranges of the mentions.
    var mentions: [Range<Int>] = []
    /// Byte position of the latest subject mention or quote (-1: never a subject).
    var salience = -1
    /// Byte position of the latest mention of any kind.
    var lastSeen = -1
}

/// Resolves mentions to speakers within one article, in text order: names and surnames to one
/// speaker, pronouns to the most salient compatible speaker, descriptions ("direktøren",
/// "kvinnene") to a speaker with the same head or role noun; then gives unattributed quotes
/// their speaker (continuation, interviewer, repeated quote) and the title its speaker.
struct SpeakerResolver {
    let words: ArticleWords
    let drafts: [QuoteDraft]
    private(set) var entities: [Entity] = []
    /// Per draft: entity index (-1 unknown), confidence and rule.
    private(set) var speakerOfDraft: [Int]
    private(set) var confidence: [Double]
    private(set) var rule: [AttributionRule]
    /// Drafts dropped (a reported clause whose subject could not be resolved to a speaker).
    private(set) var dropped: [Bool]
    private var journalist: Int?
    /// Mentions already resolved, by their first token.
    private var resolvedMention: [Int: Int] = [:]
    private var stemCache: [Int32: [UInt8]] = [:]
    /// ``wordForms(of:)`` by draft (empty until first used).
    private var wordFormCache: [Set<Int32>?] = []
    /// Each draft's attribution; the paragraphs of a quotation over several paragraphs share the
    /// attribution of the nearest paragraph after them that has one (else before them).
    private let attributionOf: [Attribution?]

    init(words: ArticleWords, drafts: [QuoteDraft]) {
        self.words = words
        self.drafts = drafts
        speakerOfDraft = Array(repeating: -1, count: drafts.count)
        confidence = Array(repeating: 0, count: drafts.count)
        rule = drafts.map { $0.attribution?.rule ?? .unattributed }
        dropped = Array(repeating: false, count: drafts.count)
        var attributions = drafts.map(\.attribution)
        var next: [Int?] = Array(repeating: nil, count: drafts.count)
        for (index, draft) in drafts.enumerated() { if let previous = draft.chainPrevious { next[previous] = index } }
        for (index, draft) in drafts.enumerated() where draft.attribution == nil && (draft.chainPrevious != nil || next[index] != nil) {
            var after = next[index]
            while let member = after, drafts[member].attribution == nil { after = next[member] }
            if let member = after {
                attributions[index] = drafts[member].attribution
                continue
            }
            var before = draft.chainPrevious
            while let member = before, drafts[member].attribution == nil { before = drafts[member].chainPrevious }
            if let member = before { attributions[index] = drafts[member].attribution }
        }
        attributionOf = attributions
        rule = attributions.map { $0?.rule ?? .unattributed }
    }

    // MARK: Walk

    mutating func resolve(mentions: [NarrationMention]) {
        enum Event { case mention(Int), draft(Int) }
        var events: [(position: Int, order: Int, event: Event)] = []
        for (index, mention) in mentions.enumerated() {
            events.append((words.start(mention.mention.tokens.lowerBound), 0, .mention(index)))
        }
        for (index, draft) in drafts.enumerated() {
            guard let first = draft.parts.first?.lowerBound else { continue }
            events.append((words.start(first), 1, .draft(index)))
        }
        events.sort { $0.position != $1.position ? $0.position < $1.position : $0.order < $1.order }
        var deferred: [Int] = []
        // Per sentence: whether a person is its subject, and the people it names for the first time.
        var subjectInSentence = Set<Int>()
        // The person who asks ("spør"/"spurte") in a sentence of the narration.
        var askerOfSentence: [Int: Int] = [:]
        var introducedIn: [Int: [Int]] = [:]
        var lastQuoteParagraph = -1
        var lastQuoteSpeaker = -1
        for item in events {
            switch item.event {
            case .mention(let index):
                let narration = mentions[index]
                let position = item.position
                // "Kari Holm (Frp)": the party in brackets labels the person; it is no one to refer back to.
                if narration.mention.kind == .name, let name = narration.mention.name, name.lowerBound > 0,
                   name.upperBound < words.tokenCount, words.isPunct(name.lowerBound - 1, 0x28), words.isPunct(name.upperBound, 0x29) {
                    continue
                }
                if narration.caption {
                    // Captions name people (for later role merges) without making them antecedents.
                    guard narration.mention.kind == .name else { continue }
                    let known = entities.count
                    if let entity = resolve(narration.mention, at: position, subject: false), entity >= known {
                        entities[entity].lastSeen = -1
                    }
                    continue
                }
                let subject = narration.subject || narration.mention.kind == .name && isInvertedSubject(narration.mention)
                let known = entities.count
                let sentence = words.sentence(narration.mention.tokens.lowerBound)
                if subject, narration.mention.isPersonLike { subjectInSentence.insert(sentence) }
                let entity = resolve(narration.mention, at: position, subject: subject)
                if narration.mention.isPersonLike, let entity, askerOfSentence[sentence] == nil,
                   isAsker(narration.mention) {
                    askerOfSentence[sentence] = entity
                }
                if let entity, entity >= known, narration.mention.kind == .name, !entities[entity].isPlace,
                   !entities[entity].isOrganisation, !entities[entity].roleItems.isEmpty || (narration.mention.name?.count ?? 0) >= 2 {
                    introducedIn[sentence, default: []].append(entity)
                }
                if let entity, let role = narration.predicateRole {
                    addRole(role, to: entity)
                }
            case .draft(let index):
                let draft = drafts[index]
                if draft.kind == .title || draft.isSubheading { deferred.append(index); continue }
                let position = item.position
                var speaker = -1
                var score = 0.0
                if let shared = draft.subjectOf, speakerOfDraft[shared] >= 0 {
                    speaker = speakerOfDraft[shared]
                    score = confidence[shared] * 0.95
                    rule[index] = draft.attribution?.rule ?? .reportedClause
                } else if let attribution = attributionOf[index], asksAsInterviewer(draft, attribution) {
                    // "– Var det straffe? spør reporteren.": the article's own interviewer.
                    speaker = journalistEntity()
                    rule[index] = .interviewerQuestion
                    score = 0.8
                } else if let attribution = attributionOf[index] {
                    speaker = resolveAttribution(attribution, draft: index, at: position)
                    score = confidence[index]
                    if speaker < 0 && draft.kind == .reported { dropped[index] = true; continue }
                    if speaker < 0 && draft.kind == .nested { dropped[index] = true; continue }
                } else if draft.kind == .reported || draft.kind == .nested {
                    dropped[index] = true
                    continue
                } else if let repeated = repeatedQuote(index, resolvedOnly: true) {
                    speaker = speakerOfDraft[repeated]
                    rule[index] = .repeatedQuote
                    score = 0.8
                } else if draft.isQuestion, let asker = questionAsker(draft, askers: askerOfSentence, lastQuoteParagraph: lastQuoteParagraph) {
                    // "I spørretimen spurte Kari Holm statsministeren om skolematen.¶– Når kommer
                    // den?": the person asking in the paragraph before, not the journalist.
                    speaker = asker
                    rule[index] = .continuation
                    score = 0.7
                } else if draft.isQuestion {
                    speaker = journalistEntity()
                    rule[index] = .interviewerQuestion
                    score = 0.8
                } else if draft.startsSentence {
                    speaker = salientEntity(before: position, exclude: nil, speakersOnly: false)
                    // "Karakteristikken fikk stortingspresident X til å reagere.¶– …": a person
                    // named for the first time in the sentence just before, which has no person
                    // as its subject, speaks next.
                    let previous = words.sentence(draft.parts[0].lowerBound) - 1
                    if draft.opensParagraph, previous >= 0, lastQuoteParagraph < draft.paragraph - 1,
                       words.segmentation.sentences[previous].paragraph == draft.paragraph - 1,
                       !subjectInSentence.contains(previous), let introduced = introducedIn[previous], introduced.count == 1 {
                        speaker = introduced[0]
                    }
                    rule[index] = speaker >= 0 ? .continuation : .unattributed
                    let previousIsQuote = lastQuoteParagraph >= 0 && lastQuoteParagraph >= draft.paragraph - 1 && lastQuoteSpeaker == speaker
                    score = speaker < 0 ? 0.2 : previousIsQuote ? 0.8 : 0.6
                } else {
                    rule[index] = .unattributed
                    score = 0.2
                }
                speakerOfDraft[index] = speaker
                confidence[index] = score
                if speaker >= 0, speaker != journalist {
                    entities[speaker].isSpeaker = true
                    if draft.kind != .nested {
                        let end = words.end(draft.parts.last!.upperBound - 1)
                        entities[speaker].salience = max(entities[speaker].salience, end)
                        entities[speaker].lastSeen = max(entities[speaker].lastSeen, end)
                        lastQuoteParagraph = draft.paragraph
                        lastQuoteSpeaker = speaker
                    }
                }
            }
        }
        mergeCataphora()
        markKinship()
        for index in deferred {
            if drafts[index].isSubheading { resolveSubheading(index) } else { resolveTitle(index) }
        }
        // Quotes still without speaker that repeat an attributed quote (pull quotes).
        for index in drafts.indices where speakerOfDraft[index] < 0 && !dropped[index] {
            if let repeated = repeatedQuote(index, resolvedOnly: true) {
                speakerOfDraft[index] = speakerOfDraft[repeated]
                rule[index] = .repeatedQuote
                confidence[index] = 0.7
            }
        }
    }


    /// Whether a direct question is attributed to "journalisten"/"reporteren" alone (no name, no
    /// outlet before it) or to "vi" asking ("spør vi"): the interviewer of the article.
    private func asksAsInterviewer(_ draft: QuoteDraft, _ attribution: Attribution) -> Bool {
        guard draft.mode == .direct, let subject = attribution.subject,
              subject.name == nil && subject.tokens.count == 1
                && (words.has(subject.tokens.lowerBound, .interviewer)
                    || subject.kind == .pronoun && subject.pronoun.contains(.vi) && words.has(attribution.cue.lowerBound, .asks)),
              var last = draft.parts.last?.last else { return false }
        while last > draft.parts.last!.lowerBound, words.isQuoteMark(last) { last -= 1 }
        return words.isQuestionMark(last)
    }

    /// Whether `mention` is the subject of "spør"/"spurte" next to it: before the verb ("Kari Holm
    /// spurte …") or right after it in an inverted clause ("I spørretimen spurte SV-leder Kari Holm
    /// statsministeren …").
    private func isAsker(_ mention: Mention) -> Bool {
        let first = mention.tokens.lowerBound, end = mention.tokens.upperBound
        if end < words.tokenCount, words.has(end, .asks), words.sentence(end) == words.sentence(first) { return true }
        // (A title the name reader left out may stand between: "spurte SV-leder Kari Holm".)
        let verb = first > 1 && words.isWord(first - 1) && words.role(first - 1) >= 0 ? first - 2 : first - 1
        return verb >= 0 && words.has(verb, .asks) && !words.isInitial(verb) && words.sentence(verb) == words.sentence(first)
    }

    /// The person asking in the narration right before a question that opens its paragraph: the
    /// subject of the previous paragraph's last sentence when it holds "spør"/"spurte" and no quote
    /// stands between ("Bergstø spurte statsministeren om skolematen.¶– Når kommer den?").
    private func questionAsker(_ draft: QuoteDraft, askers: [Int: Int], lastQuoteParagraph: Int) -> Int? {
        guard draft.opensParagraph, lastQuoteParagraph < draft.paragraph - 1 else { return nil }
        let previous = words.sentence(draft.parts[0].lowerBound) - 1
        guard previous >= 0, words.segmentation.sentences[previous].paragraph == draft.paragraph - 1 else { return nil }
        return askers[previous]
    }

    /// A full name right after the finite verb of a sentence that opens with an adverbial: the
    /// subject, inverted ("I tillegg har også Odd With meldt seg ut", "I går sa Kari Holm …",
    /// "Nå har Per Dal …"). Not after a noun phrase ("Saken fikk Kari Holm til å …": an object).
    private func isInvertedSubject(_ mention: Mention) -> Bool {
        // (A full name only: a single capitalised word after the verb is as often a company or a
        // place, "I kåringen kom Rema 1000 på fjerdeplass".)
        guard let name = mention.name, name.count >= 2, !words.isAllCaps(name.lowerBound) else { return false }
        var verb = name.lowerBound - 1
        while verb >= 0, words.isWord(verb), words.has(verb, .adverb), !words.isCapitalised(verb) || words.isInitial(verb) { verb -= 1 }
        guard verb >= 1, words.sentence(verb) == words.sentence(name.lowerBound), words.isWord(verb), !words.isInitial(verb),
              words.has(verb, [.verb, .perfectAux]) || words.cue(verb) >= 0 else { return false }
        // "En annen som tar konsekvensen av dette, er Dag Sele": the clause before the comma names
        // who the name is.
        if words.isComma(verb - 1), words.has(verb, .er), verb - 1 > words.sentenceStart(of: verb) { return true }
        // The first constituent: an adverb, a time word, or a prepositional phrase of at most four words.
        let first = words.sentenceStart(of: verb)
        guard first < verb, words.isWord(first) else { return false }
        if verb - first == 1 { return words.has(first, [.adverb, .time]) }
        guard words.has(first, .preposition), verb - first <= 4 else { return false }
        for token in (first + 1)..<verb where !words.isWord(token) || words.has(token, [.verb, .og, .subordinator]) { return false }
        return true
    }

    /// The attribution that names draft `index`'s speaker (shared within a multi-paragraph quote).
    func attribution(of index: Int) -> Attribution? {
        guard rule[index] != .continuation, rule[index] != .interviewerQuestion, rule[index] != .repeatedQuote,
              rule[index] != .titleColon, rule[index] != .unattributed, rule[index] != .subheading else { return nil }
        return attributionOf[index] ?? drafts[index].attribution
    }

    /// Resolves the subject of an attribution; sets the confidence of the draft.
    private mutating func resolveAttribution(_ attribution: Attribution, draft index: Int, at position: Int) -> Int {
        let exclude = drafts[index].enclosing.map { speakerOfDraft[$0] }
        guard let subject = attribution.subject else {
            if let maker = documentMaker(attribution, draft: index, before: position) {
                confidence[index] = 0.6
                return maker
            }
            // "…, heter det i uttalelsen": the speaker is the one talked about.
            let speaker = salientEntity(before: position, exclude: nil, speakersOnly: true)
            if speaker >= 0 {
                confidence[index] = 0.6
                return speaker
            }
            // ("Arbeiderpartiet lover … «…», heter det i programmet.": before anyone has spoken,
            // the subject of the sentence just before.)
            let topic = salientEntity(before: position, exclude: nil, speakersOnly: false)
            guard topic >= 0, let first = drafts[index].parts.first?.lowerBound else { return -1 }
            let sentence = words.sentence(first)
            guard sentence > 0 else { return -1 }
            let previous = words.segmentation.sentences[sentence - 1].tokens
            guard !previous.isEmpty, entities[topic].salience >= words.start(previous.lowerBound) else { return -1 }
            confidence[index] = 0.4
            return topic
        }
        // ("Nordmannen var fornøyd: – …", "23-åringen var klar: – …": a person anaphor before a
        // colon refers back to the person named so far, as it does after the quote.)
        let anaphorBeforeColon = attribution.rule == .colon && subject.head >= 0 && words.isPersonAnaphor(subject.head)
        let afterQuote = drafts[index].mode == .direct
            && (attribution.rule == .cueAfter || attribution.rule == .cueNextSentence || anaphorBeforeColon)
        if let court = courtBehindRuling(subject, at: position) {
            confidence[index] = 0.8
            return court
        }
        // "Senterpartiet la fram sitt nye program. I programmet står det at …": a document
        // formula whose document is named in the sentence before quotes whoever made it there.
        if attribution.rule == .reportedClause || attribution.rule == .colon, words.has(attribution.cue.lowerBound, [.heter, .documentFormula]),
           subject.kind == .definite, !subject.personHead, !subject.sender, subject.head >= 0, subject.name == nil,
           let maker = documentMaker(attribution, draft: index, before: position, document: subject.head) {
            confidence[index] = 0.6
            return maker
        }
        var speaker = -1
        if let body = bodyOpening(draft: index, pronoun: subject) {
            // "Oslo-politiet har merket mangelen, opplyser de.": the body the reported sentence
            // opens with reports on itself.
            speaker = resolve(body, at: position, subject: true, exclude: exclude) ?? -1
        } else if let named = namedBodyOpening(draft: index, description: subject, at: position) {
            // "Aker BP kutter investeringene, skriver selskapet i en børsmelding.": the company
            // the reported sentence opens with reports on itself.
            speaker = resolve(named, at: position, subject: true, exclude: exclude) ?? -1
            if speaker >= 0 { absorb(subject, into: speaker, at: position, subject: true) }
        } else {
            speaker = resolve(subject, at: position, subject: true, exclude: exclude, afterQuote: afterQuote) ?? -1
        }
        var score: Double
        switch subject.kind {
        case .name: score = 0.95
        case .pronoun: score = 0.85
        case .definite: score = 0.85
        case .indefinite: score = 0.9
        }
        switch attribution.rule {
        case .opinionClause: score -= 0.15
        case .nested: score -= 0.25
        case .colon, .cueNextSentence: score -= 0.05
        default: break
        }
        confidence[index] = speaker >= 0 ? score : 0.2
        return speaker
    }

    /// The body that opens a reported sentence attributed to "de" after it ("Politiet ber om
    /// tips, skriver de på X."): an institution or organisation noun ("politiet", "kommunen"), a
    /// name ending in one ("Bergen kommune") or an institution's name ("Oslo-politiet"), right
    /// at the start of the sentence. Nil for anything else ("Elevene er slitne, sier de").
    private func bodyOpening(draft index: Int, pronoun subject: Mention) -> Mention? {
        let draft = drafts[index]
        guard subject.kind == .pronoun, subject.pronoun.contains(.de), draft.mode == .indirect, let part = draft.parts.first,
              subject.tokens.lowerBound > part.upperBound, words.isInitial(part.lowerBound),
              let body = words.readMention(from: part.lowerBound, limit: part.upperBound, appositive: false, skipAdverbs: false),
              body.kind != .pronoun, !body.plural else { return nil }
        if let name = body.name {
            let institution = name.count == 1 && words.role(name.lowerBound) >= 0 && words.roleIsInstitution(words.role(name.lowerBound))
            return institution || words.speaksAsInstitution(body) ? body : nil
        }
        guard body.kind == .definite, body.head >= 0, words.role(body.head) >= 0 else { return nil }
        let item = words.role(body.head)
        return words.roleIsInstitution(item) || words.roleTypeOf(item) == .organisation ? body : nil
    }

    /// The name that opens a reported sentence attributed after it to a singular definite body
    /// noun the article has not used before ("Norwegian fraktet 2,1 millioner passasjerer, opplyser
    /// selskapet.", "DNB setter opp renten, opplyser banken."): the wire formula in which a body
    /// reports on itself. Nil when the noun refers back to a body already described
    /// ("Sjømatselskapet X … opplyser selskapet"), or the name is a person the article has given a
    /// gender, kin or a role.
    private mutating func namedBodyOpening(draft index: Int, description subject: Mention, at position: Int) -> Mention? {
        let draft = drafts[index]
        guard subject.kind == .definite, !subject.plural, subject.head >= 0, words.role(subject.head) >= 0, draft.mode == .indirect,
              let part = draft.parts.first, subject.tokens.lowerBound > part.upperBound, words.isInitial(part.lowerBound)
        else { return nil }
        let item = words.role(subject.head)
        guard words.roleIsInstitution(item) || words.roleTypeOf(item) == .organisation,
              var opening = words.readMention(from: part.lowerBound, limit: part.upperBound, appositive: false, skipAdverbs: false)
        else { return nil }
        let first = part.lowerBound
        if opening.kind != .name, words.isWord(first), words.isCapitalised(first),
           words.hasInnerCapital(first) || words.capitalisedInside[Int(words.form(first))] {
            // ("DNB setter opp renten", "SR-Bank setter …", "Norwegian fraktet …": a sentence's
            // first word is a name when spelt with an inner capital or capitalised inside a
            // sentence elsewhere.)
            opening = Mention(kind: .name, tokens: first..<words.nameRunEnd(first, limit: part.upperBound),
                              end: words.nameRunEnd(first, limit: part.upperBound))
            opening.name = opening.tokens
        }
        guard opening.kind == .name, let name = opening.name, name.count <= 4, !opening.plural, hasBodyShape(name),
              findByDescription(subject, before: position, afterQuote: false) == nil
        else { return nil }
        let known = findByName(opening)
        if let known {
            let entity = entities[known]
            guard entity.gender == 0, !entity.isKin, !entity.personNoun, entity.headRoles.isEmpty,
                  entity.name.map(hasBodyShape) ?? true else { return nil }
        }
        // Only when no other body was seen before: after "Norwegian har fått problemer med nye
        // fly", "Boeing har ikke levert flyene i tide, opplyser selskapet" is Norwegian's word.
        for (index, entity) in entities.enumerated() where index != known && entity.lastSeen >= 0 && entity.lastSeen < position {
            if entity.isOrganisation && !entity.isOutlet && !entity.isParty { return nil }
            if let name = entity.name, !entity.isPlace, !entity.isOutlet, !entity.isJournalist, entity.gender == 0, !entity.isKin,
               !entity.personNoun, entity.headRoles.isEmpty, hasBodyShape(name) { return nil }
        }
        return opening
    }

    /// Whether a name has the shape of a company's or body's name rather than a person's: one
    /// word ("Norwegian", "Storebrand"), a word in capitals ("Aker BP", "DNB Markets") or a
    /// national word first ("Norges Bank", "Norsk Hydro"). A first name and a surname ("Julia
    /// Roberts") are a person's.
    private func hasBodyShape(_ name: Range<Int>) -> Bool {
        name.count == 1 || name.contains { words.isAcronym($0) } || words.has(name.lowerBound, .nationalPrefix)
    }

    // MARK: Mentions

    /// The entity a mention refers to, creating one for a new name or description.
    @discardableResult
    mutating func resolve(_ mention: Mention, at position: Int, subject: Bool, exclude: Int? = nil,
                          afterQuote: Bool = false) -> Int? {
        // (A pair, "Kari Holm og Ola Dal", starts where its first member does: a key of its own.)
        let start = mention.name?.lowerBound ?? mention.tokens.lowerBound
        var key = mention.name?.contains(where: { words.has($0, .og) }) == true ? -1 - start : start
        // A description that opens with the genitive of an institution ("Stortingets
        // forretningsorden") is not the name read at the same token ("Stortingets"): keyed by its head.
        // So is a body owned by a name ("FNs menneskerettighetskontor", "Ukrainas forsvarsdepartement"),
        // and a person a name has ("Listhaugs rådgiver", "Kari Holms advokat": not Listhaug; an
        // outlet's name in "s" is no genitive: "Ifølge Reuters arbeider forhandlerne …").
        // ("Listhaug sin rådgiver": the spoken genitive, keyed so too.)
        let spokenGenitive = mention.head > start + 1 && words.has(start + 1, .reflexivePossessive)
        if mention.name == nil, mention.kind != .pronoun, mention.head > start, words.isCapitalised(start),
           words.lastFormByte(start) == 0x73 || spokenGenitive,
           words.role(start) >= 0 && words.roleIsInstitution(words.role(start)) || isBodyNoun(mention.head)
            || mention.personHead && !words.endsWithOutletWord(start..<(start + 1)) {
            key = -1_000_000 - mention.head
        }
        if mention.kind != .pronoun, let known = resolvedMention[key] {
            absorb(mention, into: known, at: position, subject: subject)
            return known
        }
        // "den ene", "den andre" (of a group just introduced): a member speaking for the group.
        if mention.name == nil, mention.tokens.count == 2, words.isForm(mention.tokens.lowerBound, Self.den),
           words.isForm(mention.tokens.lowerBound + 1, Self.ene) || words.isForm(mention.tokens.lowerBound + 1, Self.andre) {
            var best = -1, bestSeen = -1
            for (index, entity) in entities.enumerated() where entity.isGroup && !entity.isJournalist && !entity.isPlace && !entity.isOrganisation && index != exclude {
                if entity.lastSeen >= 0, entity.lastSeen < position, entity.lastSeen > bestSeen { best = index; bestSeen = entity.lastSeen }
            }
            if best >= 0 {
                let bytes = words.bytes(mention.tokens)
                if !entities[best].mentions.contains(bytes) { entities[best].mentions.append(bytes) }
                entities[best].lastSeen = max(entities[best].lastSeen, position)
                if subject { entities[best].salience = max(entities[best].salience, position) }
                return best
            }
        }
        var entity: Int?
        switch mention.kind {
        case .pronoun:
            entity = resolvePronoun(mention, before: position, exclude: exclude)
        case .name:
            entity = findByName(mention)
        case .definite:
            // ("21-åringen måtte sjekkes av lege": a person named by age in the narration is the
            // person in focus, as after a quote.)
            let byAge = mention.head >= 0 && words.isAgeNoun(mention.head) && !mention.plural
            entity = findByDescription(mention, before: position, afterQuote: afterQuote || byAge)
        case .indefinite:
            entity = nil
        }
        if entity == nil {
            if mention.kind == .pronoun { return nil }
            entities.append(Entity())
            entity = entities.count - 1
        }
        absorb(mention, into: entity!, at: position, subject: subject)
        if mention.kind != .pronoun { resolvedMention[key] = entity! }
        return entity
    }

    private func compatible(_ entity: Entity, gender: Int8) -> Bool {
        gender == 0 || entity.gender == 0 || entity.gender == gender
    }

    /// An entity known only by a definite noun that names no person: no name, role, person noun,
    /// kin or gender ("I programmet står det at …" makes "programmet" a speaker). "Han"/"hun"
    /// never refer to it: "Da vi spurte Melby, svarte hun at …" is Melby's.
    /// (Only a definite noun: "en annen fange forteller at … – …, sier han" is a person the
    /// lexicon does not list.)
    private func isThing(_ entity: Entity) -> Bool {
        entity.name == nil && entity.definiteOnly && !entity.personNoun && entity.roleItems.isEmpty && entity.headRoles.isEmpty
            && !entity.isKin && entity.gender == 0 && !(entity.description.map { words.isPersonHead($0.upperBound - 1) } ?? false)
    }

    private func resolvePronoun(_ mention: Mention, before position: Int, exclude: Int?) -> Int? {
        let plural = !mention.pronoun.isDisjoint(with: [.de, .vi])
        var best = -1, bestSalience = -1, fallback = -1, fallbackSeen = -1
        for (index, entity) in entities.enumerated() where !entity.isJournalist && !entity.isPlace && !entity.isOutlet && index != exclude {
            // "de" for a group or an institution ("politiet … skriver de"); "han"/"hun" for a person.
            guard plural ? entity.isGroup || entity.isOrganisation : !entity.isGroup && !entity.isOrganisation && !entity.isParty && !isThing(entity),
                  compatible(entity, gender: mention.gender) else { continue }
            if entity.salience >= 0, entity.salience < position, entity.salience > bestSalience {
                best = index
                bestSalience = entity.salience
            }
            // (A party named in passing, "i regjering med Frp", is no fallback for "de".)
            if entity.lastSeen >= 0, entity.lastSeen < position, entity.lastSeen > fallbackSeen, !entity.isParty {
                fallback = index
                fallbackSeen = entity.lastSeen
            }
        }
        if best >= 0 { return best }
        return fallback >= 0 ? fallback : nil
    }

    private func forms(_ range: Range<Int>) -> [Int32] { range.map { words.form($0) } }

    /// Whether `mention` names `entity`: the same name, a final part of it ("Flindt Pedersen"),
    /// a fuller form of it, or its genitive ("Gusevs").
    private func nameMatch(_ entity: [Int32], _ mention: [Int32], mentionLast: Int) -> Int {
        guard !entity.isEmpty, !mention.isEmpty else { return 0 }
        if entity == mention { return 3 }
        // A pair ("Kari Holm og Ola Dal", "Venstre og Rødt") is neither of its members nor
        // another pair that shares one.
        if entity.contains(where: { words.classes[Int($0)].contains(.og) }) || mention.contains(where: { words.classes[Int($0)].contains(.og) }) {
            return 0
        }
        if mention.count < entity.count, endsWith(entity, mention) { return 2 }
        if entity.count < mention.count, endsWith(mention, entity) { return 2 }
        // Genitive of the last name ("Gusevs").
        if words.lastFormByte(mentionLast) == 0x73, mention.count <= entity.count {
            let genitive = words.withForm(mentionLast) { form -> Bool in
                words.segmentation.forms.withBytes(Int(entity.last!)) { last in
                    last.count + 1 == form.count && zip(last, form).allSatisfy { $0 == $1 }
                }
            }
            if genitive {
                var equal = true
                for offset in 1..<mention.count where mention[mention.count - 1 - offset] != entity[entity.count - 1 - offset] {
                    equal = false
                    break
                }
                if equal { return 2 }
            }
        }
        // A first name alone for a full name.
        if mention.count == 1, entity.count >= 2, entity[0] == mention[0] { return 1 }
        // A nickname alone for the name it stands in ("Jojo" for "Jonas «Jojo» Kristiansen").
        if mention.count == 1, entity.count >= 4,
           let index = entity.indices.dropFirst().dropLast().first(where: { entity[$0] == mention[0] }), isOpeningMark(entity[index - 1]) {
            return 1
        }
        return 0
    }

    /// Whether a form is "«" or '"' (the mark before a nickname inside a name).
    private func isOpeningMark(_ form: Int32) -> Bool {
        words.segmentation.forms.withBytes(Int(form)) { bytes in
            bytes.count == 2 && bytes[0] == 0xC2 && bytes[1] == 0xAB || bytes.count == 1 && bytes[0] == 0x22
        }
    }

    private func endsWith(_ longer: [Int32], _ shorter: [Int32]) -> Bool {
        let offset = longer.count - shorter.count
        for index in shorter.indices where longer[offset + index] != shorter[index] { return false }
        return true
    }

    /// The acronym a body's name of several words defines in brackets right after it: "Natur og
    /// Ungdom (NU)", "Norsk institutt for vannforskning (NIVA)". Not a politician's party tag
    /// ("Kari Holm (SV)"), nor a person described by a title ("forsker Kari Holm (NUPI)").
    private func definedAcronym(of mention: Mention) -> Int32? {
        // (Also a body known by a description: "Ukrainas etterretningstjeneste (HUR)".)
        guard mention.gender == 0, !mention.plural, mention.head < 0 ? mention.name != nil : !isDescribedAsPerson(mention) else { return nil }
        let range = mention.name ?? mention.tokens
        let open = range.count > 3 && words.isPunct(range.upperBound - 1, 0x29) ? range.upperBound - 3 : range.upperBound
        guard open - range.lowerBound >= 2 else { return nil }
        guard open + 2 < words.tokenCount, words.isPunct(open, 0x28), words.isWord(open + 1), words.isAllCaps(open + 1),
              words.isPunct(open + 2, 0x29), !words.isPartyTag(open + 1) else { return nil }
        return words.form(open + 1)
    }

    private func findByName(_ mention: Mention) -> Int? {
        guard let name = mention.name else { return nil }
        let mentionForms = forms(name)
        var best = -1, bestScore = 0, bestSeen = -2
        for (index, entity) in entities.enumerated() where !entity.isJournalist {
            var score = nameMatch(entity.nameForms, mentionForms, mentionLast: name.upperBound - 1)
            // "NU" after "Natur og Ungdom (NU)".
            if mentionForms.count == 1, entity.acronyms.contains(mentionForms[0]) { score = 3 }
            // (Not a full name introduced with a person's title or description of its own: "den
            // regionale ombudskvinnen Olga Sokolova", "naboen Ivan Melnyk" are new people, not the
            // "Olga" or "Ivan" met before; "selskapet Altran Technologies" is still "Altran".)
            if score == 0, !isDescribedAsPerson(mention), isFirstNameOf(entity, mentionForms) { score = 1 }
            guard score > 0 else { continue }
            // ("sier Paulsen" after Roar Paulsen, called "Paulsen", and his wife Turid Paulsen,
            // called "Turid": the one the article already calls by the bare surname.)
            let calledSo = mentionForms.count == 1 && entity.bareNames.contains(mentionForms[0])
            let bestCalledSo = best >= 0 && mentionForms.count == 1 && entities[best].bareNames.contains(mentionForms[0])
            if score > bestScore || score == bestScore && (calledSo && !bestCalledSo || calledSo == bestCalledSo && entity.lastSeen > bestSeen) {
                best = index
                bestScore = score
                bestSeen = entity.lastSeen
            }
        }
        if best < 0, name.count == 1 { return misspeltSurname(name.lowerBound) }
        return best >= 0 ? best : nil
    }

    /// Whether a mention carries a description of a person (a title, kin or person noun), not
    /// of a body: "ombudskvinnen Olga Sokolova", not "selskapet Altran Technologies".
    private func isDescribedAsPerson(_ mention: Mention) -> Bool {
        guard mention.head >= 0 else { return false }
        let item = words.role(mention.head)
        return item < 0 || !(words.roleIsInstitution(item) || words.roleTypeOf(item) == .organisation)
    }

    /// Whether a person known so far by one name ("Svein og Liv Dahl startet butikken", "Svein
    /// rister på hodet") is the full name now read ("sier Svein Dahl (70)"): portraits introduce
    /// people by their first name, or a couple by first names and one surname, before the full
    /// name. (Not a place or a body: "Oslo" is not "Oslo kommune".)
    private func isFirstNameOf(_ entity: Entity, _ mention: [Int32]) -> Bool {
        guard entity.nameForms.count == 1, mention.count >= 2, mention[0] == entity.nameForms[0],
              !entity.isPlace, !entity.isOrganisation, !entity.isGroup, !entity.isOutlet, !entity.isJournalist,
              !mention.contains(where: { !words.classes[Int($0)].isDisjoint(with: [.nameConnector, .og]) }) else { return false }
        return true
    }

    /// The one named person whose surname is this word with two neighbouring letters swapped
    /// ("Winkelman" for "Michael Winkleman", spelled both ways in one article); six letters or more.
    private func misspeltSurname(_ token: Int) -> Int? {
        let word: [UInt8] = words.withForm(token) { Array($0) }
        guard word.count >= 6 else { return nil }
        var found: Int?
        for (index, entity) in entities.enumerated() where !entity.isJournalist && !entity.isOrganisation && entity.nameForms.count >= 2 {
            let swapped = words.segmentation.forms.withBytes(Int(entity.nameForms.last!)) { surname -> Bool in
                guard surname.count == word.count else { return false }
                var first = -1, second = -1
                for position in 0..<surname.count where surname[position] != word[position] {
                    if first < 0 { first = position } else if second < 0 { second = position } else { return false }
                }
                return second == first + 1 && surname[first] == word[second] && surname[second] == word[first]
            }
            // (Not a firm named after its partners, "Lipcon, Margulies & Winkleman".)
            guard swapped, !entity.nameForms.contains(where: { !words.classes[Int($0)].isDisjoint(with: [.nameConnector, .og]) }) else { continue }
            if found != nil { return nil }
            found = index
        }
        return found
    }

    private mutating func stems(of mention: Mention) -> [[UInt8]] {
        var result: [[UInt8]] = []
        for head in [mention.head, mention.secondHead] where head >= 0 {
            let stem = stem(of: head)
            if stem.count >= 3 { result.append(stem) }
        }
        return result
    }

    /// The stem of a token's form, computed once per form.
    private mutating func stem(of token: Int) -> [UInt8] {
        let form = words.form(token)
        if let known = stemCache[form] { return known }
        let stem = words.stem(of: token)
        stemCache[form] = stem
        return stem
    }

    private func roleLemma(_ item: Int) -> [UInt8] { words.roleLemma(item) }

    /// "statsråden" refers back to a minister named before ("Klima- og miljøminister X … sier
    /// statsråden"): the two nouns name one office.
    private func isCabinetMember(_ lemma: [UInt8]) -> Bool { lemma == Self.statsraad }

    /// "advokaten" refers back to a defence counsel named before ("Forsvarer X … sier advokaten").
    private func isLawyer(_ lemma: [UInt8]) -> Bool { lemma == Self.advokat }

    /// Whether a role noun used alone (`lemma`) names the office of an entity's role (`entityLemma`)
    /// under another word: a minister is a "statsråd", a defence counsel an "advokat".
    private func synonymRole(_ lemma: [UInt8], _ entityLemma: [UInt8]) -> Bool {
        isCabinetMember(lemma) && entityLemma.suffixMatches(Self.minister) || isLawyer(lemma) && entityLemma == Self.forsvarer
    }

    private static let statsraad: [UInt8] = Array("statsråd".utf8), minister: [UInt8] = Array("minister".utf8)
    private static let advokat: [UInt8] = Array("advokat".utf8), forsvarer: [UInt8] = Array("forsvarer".utf8)

    private func lemmaMatch(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count >= 3, b.count >= 3 else { return false }
        return a == b || a.count > b.count && Array(a.suffix(b.count)) == b || b.count > a.count && Array(b.suffix(a.count)) == a
    }

    /// Whether a description with role item `item` may refer to an entity with role item
    /// `entityItem`: the same role lemma, or one ending the other. A compound found by a suffix
    /// entry ("innenriksminister" by "*minister") is that compound: the bare word ("ministeren")
    /// may refer to it, another compound ("statsministeren") may not (equal compounds match by
    /// their stems).
    private func roleRefers(_ item: Int, to entityItem: Int) -> Bool {
        let lemma = roleLemma(item)
        if synonymRole(lemma, roleLemma(entityItem)) { return true }
        guard lemmaMatch(roleLemma(entityItem), lemma) else { return false }
        return !(words.roleIsSuffix(entityItem) && (words.roleIsSuffix(item) || lemma != roleLemma(entityItem)))
    }

    /// Whether a description's stems fit an entity's: the same stem, a compound ending in it, or
    /// a stem one letter longer than the other ("kvinne" stems to "kvi" but "kvinnen" to "kvin":
    /// the ending rules cut "-ne" from the one and "-en", "-n" from the other).
    private func stemMatch(_ entityStems: [[UInt8]], _ mentionStems: [[UInt8]]) -> Bool {
        for stem in entityStems {
            for other in mentionStems where stem == other || stem.count > other.count && Array(stem.suffix(other.count)) == other
                || oneLetterLonger(stem, other) || oneLetterLonger(other, stem) {
                return true
            }
        }
        return false
    }

    private func oneLetterLonger(_ long: [UInt8], _ short: [UInt8]) -> Bool {
        short.count >= 3 && long.count == short.count + 1 && long.starts(with: short)
    }

    /// A noun naming a body: an institution or organisation role noun or a compound organisation
    /// noun ("menneskerettighetskontor", "forsvarsdepartement").
    private func isBodyNoun(_ token: Int) -> Bool {
        let item = words.role(token)
        return item >= 0 && (words.roleIsInstitution(item) || words.roleTypeOf(item) == .organisation)
            || words.has(token, .orgWord) || words.endsWithAny(token, ArticleWords.organisationEndings)
    }

    /// Whether two descriptions name the bodies of different countries: "det russiske
    /// forsvarsdepartementet" and "Ukrainas forsvarsdepartement" (a nationality adjective or a
    /// country's genitive before the noun, different in each).
    private func nationsDiffer(_ modifiers: Range<Int>, _ description: Range<Int>) -> Bool {
        func nations(_ range: Range<Int>) -> [Int32] {
            range.compactMap { token in
                guard words.isWord(token), !words.has(token, WordClass.function), words.role(token) < 0 else { return nil }
                let adjective = words.endsWithBytes(token, Self.ske) || words.endsWithBytes(token, Self.sk)
                let genitive = words.isCapitalised(token) && !words.isInitial(token) && words.lastFormByte(token) == 0x73
                    || words.isCapitalised(token) && words.lastFormByte(token) == 0x73 && token + 1 < words.tokenCount && !words.isCapitalised(token + 1)
                return adjective || genitive ? words.form(token) : nil
            }
        }
        let own = nations(modifiers), other = nations(description)
        return !own.isEmpty && !other.isEmpty && own.allSatisfy { !other.contains($0) }
    }

    private static let ske: [UInt8] = Array("ske".utf8), sk: [UInt8] = Array("sk".utf8)

    private func placesCompatible(_ a: [Int32], _ b: [Int32]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return true }
        for x in a {
            for y in b {
                if x == y { return true }
                let prefix = words.segmentation.forms.withBytes(Int(x)) { xs in
                    words.segmentation.forms.withBytes(Int(y)) { ys in
                        let short = xs.count <= ys.count ? xs : ys, long = xs.count <= ys.count ? ys : xs
                        return short.count >= 3 && zip(short, long).allSatisfy { $0 == $1 }
                    }
                }
                if prefix { return true }
            }
        }
        return false
    }

    /// Whether a description fits an entity: the same head stem or role lemma, and the same places.
    private func describes(_ mention: Mention, stems mentionStems: [[UInt8]], _ entity: Entity) -> Bool {
        guard placesCompatible(entity.places, mention.places) else { return false }
        if let description = entity.description, mention.head > mention.tokens.lowerBound,
           nationsDiffer(mention.tokens.lowerBound..<mention.head, description) {
            return false
        }
        if stemMatch(entity.stems, mentionStems) { return true }
        // (A compound institution is a body of its own: "Datatilsynet" is not the "tilsynet" that
        // stood for Statens helsetilsyn; and "Frp-lederen" is not the "nestleder" of another party:
        // only their own stems refer to them.)
        if mention.head >= 0, words.role(mention.head) >= 0, !isCompoundName(mention.head, role: words.role(mention.head)),
           !(words.roleIsSuffix(words.role(mention.head))
             && (words.roleIsInstitution(words.role(mention.head)) || words.isHyphenatedTitle(mention.head))) {
            let item = words.role(mention.head)
            if entity.headRoles.contains(where: { roleRefers(item, to: $0) }) { return true }
        }
        return false
    }

    /// "SV reagerer kraftig. Partiet skriver …": "partiet" refers to the party that is the subject
    /// of the sentence before (a party's name gives it no role noun to match). Only then: a party
    /// merely named in passing ("mot et forslag fra FrP") is no antecedent.
    private func partyInFocus(for mention: Mention) -> Int? {
        guard !mention.plural, mention.head >= 0, words.has(mention.head, .partyNoun) else { return nil }
        let sentence = words.sentence(mention.tokens.lowerBound)
        guard sentence > 0 else { return nil }
        let previous = words.segmentation.sentences[sentence - 1].tokens
        guard !previous.isEmpty else { return nil }
        let span = words.start(previous.lowerBound)..<words.end(previous.upperBound - 1)
        let parties = entities.indices.filter { entities[$0].isParty && !entities[$0].isGroup && span.contains(entities[$0].salience) }
        return parties.count == 1 ? parties[0] : nil
    }

    /// "Fremskrittspartiet", "Miljøpartiet": a capitalised compound of a role noun ("parti") is
    /// the name of a body of its own, not a reference back to whatever "partiet" last meant
    /// ("Partiet" opening a sentence still is one: its form starts with the role's lemma).
    private func isCompoundName(_ head: Int, role item: Int) -> Bool {
        guard words.isCapitalised(head) else { return false }
        let lemma = roleLemma(item)
        return words.withForm(head) { form in !form.starts(with: lemma) }
    }

    private mutating func findByDescription(_ mention: Mention, before position: Int, afterQuote: Bool) -> Int? {
        if let party = partyInFocus(for: mention) { return party }
        let mentionStems = stems(of: mention)
        var best = -1, bestSeen = -2
        for (index, entity) in entities.enumerated() where !entity.isJournalist && entity.isGroup == mention.plural {
            guard describes(mention, stems: mentionStems, entity) else { continue }
            let seen = max(entity.salience, entity.lastSeen)
            if seen > bestSeen { best = index; bestSeen = seen }
        }
        if best >= 0 { return best }
        if let named = bodyNamedWithNoun(mention) { return named }
        if mention.plural && mention.gender != 0 {
            // "kvinnene" for "mødre og koner …", "mennene" for "soldater …".
            var bestSalience = -1
            for (index, entity) in entities.enumerated() where entity.isGroup && !entity.isJournalist && entity.gender == mention.gender {
                if entity.salience > bestSalience, entity.salience < position { best = index; bestSalience = entity.salience }
            }
            if best >= 0 { return best }
        }
        // "sa 22-åringen" after "Ola Dal (22)" or "en 22 år gammel mann": the person of that age,
        // before anyone merely in focus.
        if !mention.plural, mention.head >= 0, let age = ageNamed(by: mention.head) {
            var bestSeen = -1
            for (index, entity) in entities.enumerated() where !entity.isGroup && !entity.isJournalist && !entity.isOrganisation
                && entity.lastSeen < position && hasAge(entity, age) {
                if entity.lastSeen > bestSeen { best = index; bestSeen = entity.lastSeen }
            }
            if best >= 0 { return best }
        }
        if afterQuote, !mention.plural, mention.head >= 0, !introducesSomeoneNew(mention),
           words.role(mention.head) >= 0 && words.roleTypeOf(words.role(mention.head)) != .organisation
            && !words.roleIsInstitution(words.role(mention.head))
            || words.role(mention.head) < 0 && words.has(mention.head, [.female, .male])
            || words.isPersonAnaphor(mention.head) {
            // "– …, forteller moren": the person being quoted, when nothing contradicts it. Only a
            // named person: a description that did not match ("en mann i 40-årene" for "naboen")
            // is someone else, and a report or a body ("en fersk rapport fra …") is nobody's mother.
            // ("45-åringen", "nordmannen" may also refer to a person described so far.)
            let anaphor = words.isPersonAnaphor(mention.head)
            let lemma = words.role(mention.head) >= 0 ? roleLemma(words.role(mention.head)) : []
            var bestSalience = -1
            for (index, entity) in entities.enumerated() where entity.salience >= 0 && !entity.isGroup && !entity.isJournalist
                && !entity.isOrganisation && (entity.name != nil || anaphor && entity.personNoun) {
                guard compatible(entity, gender: mention.gender), entity.salience < position else { continue }
                // (A person anaphor, "tyskeren", "44-åringen", says nothing about the role.)
                if !anaphor, !entity.headRoles.isEmpty && !entity.headRoles.contains(where: {
                    lemmaMatch(roleLemma($0), lemma) || synonymRole(lemma, roleLemma($0)) }) { continue }
                // (Nor a person with a title the lexicon does not know: "påtaleansvarlig Eva Moe" is
                // not "broren" or "ordføreren" quoted next; "sosialdirektør X" is "direktøren".)
                if !anaphor, entity.headRoles.isEmpty, hasUnknownTitle(entity, otherThan: lemma) { continue }
                if entity.salience > bestSalience { best = index; bestSalience = entity.salience }
            }
            if best >= 0 { return best }
        }
        return nil
    }

    /// "forbundet" for "Utdanningsforbundet", "tilsynet" for "Mattilsynet": a bare definite body
    /// noun refers back to the latest one-word name that is a compound ending in that very form.
    /// (Not a hyphen compound of a place or owner, "Oslo-politiet": "politiet" in an article on
    /// several districts is any district's.)
    private func bodyNamedWithNoun(_ mention: Mention) -> Int? {
        guard mention.kind == .definite, !mention.plural, mention.tokens.count == 1, mention.head >= 0,
              words.role(mention.head) >= 0, words.roleIsInstitution(words.role(mention.head))
                || words.roleTypeOf(words.role(mention.head)) == .organisation else { return nil }
        let noun: [UInt8] = words.withForm(mention.head) { Array($0) }
        var best = -1, bestSeen = -2
        for (index, entity) in entities.enumerated() where !entity.isJournalist && !entity.isGroup && entity.nameForms.count == 1 {
            let compound = words.segmentation.forms.withBytes(Int(entity.nameForms[0])) { name -> Bool in
                name.count > noun.count + 2 && name.suffix(noun.count).elementsEqual(noun) && !name.contains(0x2D)
            }
            let seen = max(entity.salience, entity.lastSeen)
            if compound, seen > bestSeen { best = index; bestSeen = seen }
        }
        return best >= 0 ? best : nil
    }

    /// "Retten viser til at … – …, står det i dommen.": a ruling quoted right after the court
    /// itself has spoken is the court's words; otherwise the ruling speaks for itself.
    private func courtBehindRuling(_ subject: Mention, at position: Int) -> Int? {
        guard subject.kind == .definite, subject.head >= 0, words.has(subject.head, .ruling) else { return nil }
        let speaker = salientEntity(before: position, exclude: nil, speakersOnly: true)
        guard speaker >= 0, entities[speaker].headRoles.contains(where: {
            words.roleIsInstitution($0) && words.roleTypeOf($0) == .official }) else { return nil }
        return speaker
    }

    /// Whether a description places its person before its head, by a nationality ("den ukrainske
    /// forsvarsministeren") or a genitive name ("Russlands forsvarsminister"): it introduces
    /// someone, rather than referring back to the person quoted ("…, skrev forsvarsministeren",
    /// "…, sier den nye direktøren").
    private static let nationalityEnding = Array("ske".utf8)

    private func introducesSomeoneNew(_ mention: Mention) -> Bool {
        guard mention.kind != .pronoun, mention.name == nil, mention.head > mention.tokens.lowerBound else { return false }
        return (mention.tokens.lowerBound..<mention.head).contains { token in
            guard words.isWord(token), !words.has(token, [.determiner, .de]) else { return false }
            let last = words.lastFormByte(token)
            if words.isCapitalised(token) { return last == 0x73 }  // "Russlands"
            // "ukrainske", "russiske", "amerikanske": -ske (not "nye", "samme", "tidligere").
            return words.endsWithBytes(token, Self.nationalityEnding)
        }
    }

    /// Whether role item `item` is a leader's or director's title ("forbundsleder", "konsernsjef",
    /// "administrerende direktør"): a person, not the body they speak for.
    private func isLeaderTitle(_ item: Int) -> Bool {
        let lemma = words.roleLemma(item)
        return QuoteAttribution.leaderHeads.contains { lemma.suffixMatches($0) } || lemma.suffixMatches(QuoteAttribution.direktør)
    }

    /// The digits of an age noun ("22" of "22-åringen"), or nil for another word.
    private func ageNamed(by token: Int) -> [UInt8]? {
        guard words.isAgeNoun(token) else { return nil }
        return words.withForm(token) { form in
            let digits = Array(form.prefix { $0 >= 0x30 && $0 <= 0x39 })
            return !digits.isEmpty && digits.count < form.count && form[digits.count] == 0x2D ? digits : nil
        }
    }

    /// Whether a mention of the entity gives its age as `age`: "Ola Dal (22)", "en 22 år gammel mann".
    private func hasAge(_ entity: Entity, _ age: [UInt8]) -> Bool {
        entity.mentions.contains { bytes in
            let first = words.token(atOrAfter: bytes.lowerBound), after = words.token(atOrAfter: bytes.upperBound)
            if after + 1 < words.tokenCount, words.isPunct(after, 0x28), words.isForm(after + 1, age) { return true }
            return (first..<min(after, words.tokenCount - 1)).contains { words.isForm($0, age) && words.isForm($0 + 1, ArticleWords.aar) }
        }
    }

    /// Whether the entity's role text opens with a word that is no preposition ("påtaleansvarlig"
    /// before "i Agder politidistrikt"): a title, though not one of the lexicon's role nouns —
    /// unless that title is a compound ending in `lemma` ("sosialdirektør" for "direktøren").
    private func hasUnknownTitle(_ entity: Entity, otherThan lemma: [UInt8]) -> Bool {
        entity.roleParts.contains { part in
            guard let first = part.first, words.isWord(first), !words.isCapitalised(first) || words.isInitial(first) else { return false }
            if !lemma.isEmpty, words.withForm(first, { Array($0) }).suffixMatches(lemma) { return false }
            return !words.has(first, [.i, .ved, .fra, .forWord, .paa, .av, .til, .som, .med]) && !words.has(first, WordClass.function)
        }
    }

    private mutating func absorb(_ mention: Mention, into index: Int, at position: Int, subject: Bool) {
        let entity = entities[index]
        if let acronym = definedAcronym(of: mention), !entity.acronyms.contains(acronym) { entity.acronyms.append(acronym) }
        // (The acronym alone never names the entity: "HUR" stays "Ukrainas etterretningstjeneste".)
        let byAcronym = mention.name.map { $0.count == 1 && entity.acronyms.contains(words.form($0.lowerBound)) } ?? false
        if mention.genitive { entity.genitive = mention.name ?? mention.tokens }
        // A plain name in passing: only the name and where it was seen.
        if mention.kind == .name, mention.head < 0, mention.roleParts.isEmpty, mention.places.isEmpty, let name = mention.name {
            if !byAcronym, entity.name == nil || name.count > entity.name!.count {
                entity.name = name
                entity.nameForms = forms(name)
                entity.isPlace = name.count == 1 && words.placeName[Int(words.form(name.lowerBound))]
                markOrganisation(entity, name: name)
            }
            if entity.gender == 0 { entity.gender = mention.gender }
            if name.count == 1, !entity.bareNames.contains(words.form(name.lowerBound)) { entity.bareNames.append(words.form(name.lowerBound)) }
            if mention.sender { entity.isOrganisation = true }
            // A pair of names ("Kari Holm og Ola Dal") is a group: "de", not "hun".
            if mention.group { entity.isGroup = true }
            let bytes = words.bytes(name)
            if entity.mentions.last != bytes && !entity.mentions.contains(bytes) { entity.mentions.append(bytes) }
            entity.lastSeen = max(entity.lastSeen, position)
            if subject { entity.salience = max(entity.salience, position) }
            return
        }
        if let name = mention.name, !byAcronym, entity.name == nil || name.count > entity.name!.count {
            entity.name = name
            entity.nameForms = forms(name)
            entity.isPlace = name.count == 1 && words.placeName[Int(words.form(name.lowerBound))] && mention.roleParts.isEmpty
            markOrganisation(entity, name: name)
        }
        if mention.sender { entity.isOrganisation = true }
        if isBodyTitled(mention) { entity.isOrganisation = true }
        // ("forbundslederen", "konsernsjefen", "LO-lederen": a leader or director speaks for an
        // organisation but is a person, whom "hun" may refer to.)
        if mention.head >= 0, words.role(mention.head) >= 0, mention.name == nil,
           words.roleTypeOf(words.role(mention.head)) == .organisation && !isLeaderTitle(words.role(mention.head))
            || words.roleIsInstitution(words.role(mention.head)) {
            entity.isOrganisation = true
        }
        if mention.name == nil, mention.kind != .pronoun, mention.head >= 0 {
            if entity.description == nil { entity.definiteOnly = mention.kind == .definite }
            if mention.kind != .definite { entity.definiteOnly = false }
            if entity.description == nil || mention.tokens.count > entity.description!.count { entity.description = mention.tokens }
            if words.has(mention.head, [.personNoun, .female, .male]) && words.role(mention.head) < 0 || words.isAgeNoun(mention.head) {
                entity.personNoun = true
            }
            entity.isGroup = entity.isGroup || mention.plural || mention.group
        }
        for stem in stems(of: mention) where !entity.stems.contains(stem) { entity.stems.append(stem) }
        if mention.kind != .pronoun {
            var items: [Int] = []
            var roleTokens: [Int] = []
            for part in mention.roleParts { roleTokens.append(contentsOf: part) }
            if mention.name == nil { roleTokens.append(contentsOf: mention.tokens) }
            if mention.head >= 0 { roleTokens.append(mention.head) }
            if mention.secondHead >= 0 { roleTokens.append(mention.secondHead) }
            for token in Set(roleTokens).sorted() where words.role(token) >= 0 {
                items.append(words.role(token))
                // (The body a person works for is no description of the person: "avdelingsdirektør
                // Hanne Lie i Bymiljøetaten" is not what "Bymiljøetaten opplyser" refers to.)
                let item = words.role(token)
                if token != mention.head, mention.name != nil || mention.personHead,
                   words.roleIsInstitution(item) || words.roleTypeOf(item) == .organisation {
                    let stem = stem(of: token)
                    if stem.count >= 3, !entity.bodyStems.contains(stem) { entity.bodyStems.append(stem) }
                    continue
                }
                let stem = stem(of: token)
                if stem.count >= 3, !entity.stems.contains(stem) { entity.stems.append(stem) }
            }
            for item in items where !entity.roleItems.contains(item) { entity.roleItems.append(item) }
            for head in [mention.head, mention.secondHead] where head >= 0 && words.role(head) >= 0 {
                if !entity.headRoles.contains(words.role(head)) { entity.headRoles.append(words.role(head)) }
            }
            if entity.roleParts.isEmpty, !mention.roleParts.isEmpty { entity.roleParts = mention.roleParts }
            for place in mention.places where !entity.places.contains(place) { entity.places.append(place) }
        }
        if entity.gender == 0 { entity.gender = mention.gender }
        let bytes = mention.name.map { words.bytes($0) } ?? words.bytes(mention.tokens)
        if !entity.mentions.contains(bytes) { entity.mentions.append(bytes) }
        entity.lastSeen = max(entity.lastSeen, position)
        if subject { entity.salience = max(entity.salience, position) }
    }

    /// Whether a name follows a noun for a group ("gruppen Folkeaksjonen mot ny vei", "gruppa
    /// Stopp Bomringen"): the name is the group's, which "de" refers back to ("De mener at …").
    /// (Not after a company or other body noun: "selskapet Altran" must still be the "Altran
    /// Technologies" named later, which a body's one-word name never is.)
    private func isBodyTitled(_ mention: Mention) -> Bool {
        guard let name = mention.name, mention.head >= 0, mention.head < name.lowerBound else { return false }
        return words.has(mention.head, .groupNoun)
    }

    /// A name that looks like a body's: an acronym ("NRK"), a name with an organisation word
    /// ("Norsk utenrikspolitisk institutt"), a name ending in an institution noun ("Vest
    /// politidistrikt", "Bergen kommune": its noun is also a head role, so "politidistriktet",
    /// "kommunen" refer back to it), an outlet or a party.
    private mutating func markOrganisation(_ entity: Entity, name: Range<Int>) {
        let last = name.upperBound - 1
        if name.count == 1 && words.isAllCaps(name.lowerBound) || name.contains(where: { words.has($0, .orgWord) }) {
            entity.isOrganisation = true
        }
        // "Norges Bank Investment Management", "Norsk Hydro", "DNB Markets": a national word or an
        // acronym opens a body's name (as its speaker type says), no antecedent of "han"/"hun".
        if name.count > 1, words.has(name.lowerBound, .nationalPrefix) || words.isAllCaps(name.lowerBound) && !words.isAllCaps(last) {
            entity.isOrganisation = true
        }
        // A one-word name that is an organisation's compound ("Sykepleierforbundet",
        // "Fagforbundet"): no person, so no "kvinnen" quoted later refers to it. (Not a public
        // institution's, "Stortinget": marked so, it would also become the antecedent of "de".)
        if name.count == 1, words.role(last) >= 0, words.roleTypeOf(words.role(last)) == .organisation {
            entity.isOrganisation = true
        }
        if name.count > 1, words.isInstitutionNoun(last) {
            entity.isOrganisation = true
            if words.role(last) >= 0, !entity.headRoles.contains(words.role(last)) { entity.headRoles.append(words.role(last)) }
            let stem = stem(of: last)
            if stem.count >= 3, !entity.stems.contains(stem) { entity.stems.append(stem) }
        }
        markOutletOrParty(entity, name: name)
        // "ifølge NRKs valgdagsmåling", "SSBs tall": an acronym named in the genitive is a body
        // too, so "sier statsministeren" after a quote does not take it for the person quoted.
        if name.count == 1, words.isAllCapsGenitive(last) { entity.isOrganisation = true }
    }

    /// A news outlet or a party by name: an organisation, and an outlet is no pronoun's
    /// antecedent ("…, skriver Adresseavisen. Han sier til avisen at …" is the person quoted).
    private func markOutletOrParty(_ entity: Entity, name: Range<Int>) {
        // "I Venstres program heter det at …": a party first named in the genitive is the party.
        if name.count == 1, words.isPartyGenitive(name.lowerBound) {
            entity.isOrganisation = true
            entity.isParty = true
            return
        }
        guard QuoteAttribution.isOutletOrParty(name, words: words) else { return }
        entity.isOrganisation = true
        entity.isParty = words.isPartyList(name)
        entity.isOutlet = !entity.isParty
    }

    private mutating func addRole(_ role: Range<Int>, to index: Int) {
        // "Han ble aldri statsminister": a role denied is no role.
        var before = role.lowerBound - 1
        while before >= 0, role.lowerBound - before <= 6, !words.has(before, .er) {
            if words.has(before, .ikke) || words.isForm(before, Self.aldri) { return }
            before -= 1
        }
        if entities[index].roleParts.isEmpty { entities[index].roleParts = [role] }
        for token in role where words.role(token) >= 0 && !entities[index].roleItems.contains(words.role(token)) {
            entities[index].roleItems.append(words.role(token))
            entities[index].headRoles.append(words.role(token))
            let stem = words.stem(of: token)
            if stem.count >= 3 { entities[index].stems.append(stem) }
            break
        }
    }

    /// Marks entities as relatives from kinship phrases: a kinship noun with a possessive that
    /// points back at a person ("Sønnen hennes ble mobilisert", "hvis ektemann", "mennene deres"
    /// for a group), "X er gift med …", and "Vi er mødre" / "Jeg er kone til …" in X's own quote.
    /// One pass over the tokens; byte comparisons only.
    private mutating func markKinship() {
        let count = words.segmentation.tokens.count
        guard count > 2 else { return }
        // Per token: the speaker of the quote it stands in, or nil.
        var owners = [Int32](repeating: -1, count: count)
        for (index, draft) in drafts.enumerated() where speakerOfDraft[index] >= 0 && speakerOfDraft[index] != journalist && !dropped[index] {
            for part in draft.parts { for token in part { owners[token] = Int32(speakerOfDraft[index]) } }
        }
        let quoteOwner = QuoteOwners(owners: owners)
        var articleHasKin = false
        for token in 1..<count where words.isWord(token) {
            let item = words.role(token)
            // Only kinship nouns, person nouns and "gift med" matter: skip everything else cheaply.
            guard item >= 0 || words.has(token, [.male, .female]) || token + 1 < count && words.has(token + 1, .med) else { continue }
            let kinNoun = item >= 0 && words.roleTypeOf(item) == .relative
            if kinNoun { articleHasKin = true }
            if kinNoun, token >= 2, let owner = quoteOwner[token], quoteOwner[token - 1] == owner,
               words.has(token - 1, .er) || words.isForm(token - 1, Self.erForm), words.has(token - 2, [.vi, .jeg]) {
                entities[owner].isKin = true
                continue
            }
            // "hvis mann falt", "mannen hennes": a spouse or child named by a plain person noun.
            let kinLike = kinNoun || words.has(token, [.male, .female]) && words.has(token, .personNoun)
                && (words.has(token - 1, .hvis) || token + 1 < count && words.has(token + 1, .possessive) && !words.isForm(token + 1, Self.sin))
            if kinNoun || words.has(token, [.male, .female]) && words.has(token, .personNoun),
               quoteOwner[token] == nil, token + 3 < count, words.has(token + 1, .til) {
                // "Mannen til Kovalenko, Petro Kovalenko, …": the apposition names the relative.
                var comma = token + 2
                while comma < min(count - 1, token + 7), !words.isComma(comma), !words.isSentenceFinal(comma) { comma += 1 }
                if comma < count - 1, words.isComma(comma), words.isCapitalised(comma + 1) {
                    let start = words.start(comma + 1)
                    if let owner = entities.firstIndex(where: { !$0.isJournalist && $0.mentions.contains { $0.lowerBound == start } }) {
                        entities[owner].isKin = true
                    }
                }
                continue
            }
            if kinLike, quoteOwner[token] == nil {
                // "sønnen hennes", "hennes sønn", "hvis ektemann", "mennene deres".
                var possessive = -1
                if token + 1 < count, words.has(token + 1, .possessive) { possessive = token + 1 }
                else if words.has(token - 1, .possessive) || words.has(token - 1, .hvis) { possessive = token - 1 }
                if possessive < 0, token >= 2, words.has(token - 1, [.article, .quantifier]), words.isForm(token - 2, Self.har) {
                    // "Gilmanov har en sønn ved fronten", "hun har to sønner i krigen".
                    if let owner = nearestEntity(before: words.start(token - 2), sentence: words.sentence(token), gender: 0, group: false) {
                        entities[owner].isKin = true
                    }
                    continue
                }
                guard possessive >= 0 else { continue }
                // "dømt for vold mot sin samboer", "trusler mot sin eksmann": a relative wronged by
                // the subject makes them the accused, not a relative speaking.
                if possessive == token - 1, possessive >= 1, words.isForm(possessive - 1, Self.mot) { continue }
                // "Kona hans, Svetlana Petrova, …": the apposition names the relative, not "hans".
                let after = max(token, possessive) + 1
                if after + 1 < count, words.isComma(after), words.isCapitalised(after + 1) { continue }
                let gender: Int8 = words.isForm(possessive, Self.hennes) ? 1 : words.isForm(possessive, Self.hans) ? 2 : 0
                let plural = words.isForm(possessive, Self.deres)
                if let owner = nearestEntity(before: words.start(min(token, possessive)), sentence: words.sentence(token), gender: gender, group: plural) {
                    entities[owner].isKin = true
                }
            } else if token + 1 < count, words.has(token + 1, .med), quoteOwner[token] == nil, words.isForm(token, Self.gift) {
                if let owner = nearestEntity(before: words.start(token), sentence: words.sentence(token), gender: 0, group: false) {
                    entities[owner].isKin = true
                }
            }
        }
        // A group of women ("kvinnene", "en gruppe kvinner fra Kursk") in an article about
        // mothers, wives or relatives speaks as relatives.
        if articleHasKin {
            for entity in entities where entity.isGroup && entity.personNoun && entity.gender == 1 && entity.roleItems.isEmpty {
                entity.isKin = true
            }
        }
    }

    private struct QuoteOwners {
        let owners: [Int32]
        subscript(_ token: Int) -> Int? { owners[token] >= 0 ? Int(owners[token]) : nil }
    }

    private static let hennes: [UInt8] = Array("hennes".utf8), hans: [UInt8] = Array("hans".utf8)
    private static let deres: [UInt8] = Array("deres".utf8), gift: [UInt8] = Array("gift".utf8)
    private static let den: [UInt8] = Array("den".utf8), ene: [UInt8] = Array("ene".utf8), andre: [UInt8] = Array("andre".utf8)
    private static let sin: [UInt8] = Array("sin".utf8), aldri: [UInt8] = Array("aldri".utf8), mot: [UInt8] = Array("mot".utf8)
    private static let erForm: [UInt8] = Array("er".utf8), har: [UInt8] = Array("har".utf8)


    /// The person (or group) mentioned last before byte `position`, in this sentence or the one
    /// before, that agrees in gender.
    private func nearestEntity(before position: Int, sentence: Int, gender: Int8, group: Bool) -> Int? {
        var best = -1, bestStart = -1
        for (index, entity) in entities.enumerated() where !entity.isJournalist && !entity.isPlace && !entity.isOrganisation {
            guard entity.isGroup == group, compatible(entity, gender: gender) else { continue }
            for mention in entity.mentions where mention.lowerBound < position && mention.lowerBound > bestStart {
                best = index
                bestStart = mention.lowerBound
            }
        }
        guard best >= 0 else { return nil }
        // Only within the sentence or the one before it.
        var token = words.segmentation.tokens.count - 1
        var lo = 0, hi = token
        while lo <= hi {
            let mid = (lo + hi) / 2
            if words.start(mid) <= bestStart { token = mid; lo = mid + 1 } else { hi = mid - 1 }
        }
        return sentence - words.sentence(token) <= 1 ? best : nil
    }

    /// The most salient entity before `position`: the latest subject or speaker.
    /// "Partiet la ut en video fredag. «…», heter det i videoen.": the subject of the sentence
    /// just before, when that sentence names the document of the formula (the same noun, here
    /// indefinite), made or sent it; not whoever spoke last.
    private func documentMaker(_ attribution: Attribution, draft index: Int, before position: Int, document given: Int? = nil) -> Int? {
        guard let first = drafts[index].parts.first?.lowerBound, case let sentence = words.sentence(first), sentence > 0 else { return nil }
        let previous = words.segmentation.sentences[sentence - 1].tokens
        let topic = salientEntity(before: position, exclude: nil, speakersOnly: false)
        guard !previous.isEmpty, topic >= 0, entities[topic].salience >= words.start(previous.lowerBound),
              entities[topic].salience < words.end(previous.upperBound - 1) else { return nil }
        // The document noun: the first open-class word after the formula ("i videoen").
        let limit = min(attribution.cue.upperBound + 4, words.sentenceEnd(of: attribution.cue.lowerBound))
        guard let document = given ?? (attribution.cue.upperBound..<limit).first(where: {
            words.isWord($0) && !words.has($0, WordClass.function) && !words.isCapitalised($0)
        }) else { return nil }
        let noun: [UInt8] = words.withForm(document) { Array($0) }
        let named = previous.contains { token in
            words.isWord(token) && words.withForm(token) { form in
                form.count >= 4 && form.count < noun.count && noun.starts(with: form)
            }
        }
        // ("Bystyret vedtok å stenge skolen. I vedtaket heter det at …": or made by the
        // sentence's verb, the noun's own stem with another vowel or ending: "vedtok" →
        // "vedtaket", "besluttet" → "beslutningen", "uttalte" → "uttalelsen"; only for a
        // document that opens the formula.)
        let made = given != nil && previous.contains { token in
            words.isWord(token) && !words.isCapitalised(token) && !words.has(token, WordClass.function) && words.withForm(token) { form in
                zip(form, noun).prefix(while: { $0 == $1 }).count >= 4
            }
        }
        return named || made ? topic : nil
    }

    func salientEntity(before position: Int, exclude: Int?, speakersOnly: Bool) -> Int {
        var best = -1, bestSalience = -1
        for (index, entity) in entities.enumerated() where !entity.isJournalist && !entity.isPlace && index != exclude {
            guard !speakersOnly || entity.isSpeaker else { continue }
            if entity.salience >= 0, entity.salience < position, entity.salience > bestSalience {
                best = index
                bestSalience = entity.salience
            }
        }
        return best
    }

    private mutating func journalistEntity() -> Int {
        if let journalist { return journalist }
        let entity = Entity()
        entity.isJournalist = true
        entities.append(entity)
        journalist = entities.count - 1
        return journalist!
    }

    // MARK: After the article

    /// A description quoted before the name appears ("Guvernøren … avviser at …", later
    /// "guvernør Aleksej Morozov"): merge it into the only named speaker with that role. An
    /// institution ("klubben", "rederiet") is named before it is referred to so: a club named
    /// only later ("hans tidligere klubb X") is another one.
    private mutating func mergeCataphora() {
        for index in entities.indices where entities[index].name == nil && !entities[index].isGroup && !entities[index].isJournalist
            && entities[index].definiteOnly && !entities[index].headRoles.isEmpty {
            let institution = entities[index].headRoles.allSatisfy { words.roleIsInstitution($0) }
            let first = entities[index].mentions.map(\.lowerBound).min() ?? 0
            // ("Frp-lederen" is only a leader named with the same prefix: "Frp-leder X".)
            let prefixed = entities[index].description.map { $0.contains { words.isWord($0) && words.isHyphenatedTitle($0) } } ?? false
            // ("Fremskrittspartiet" is a name written as one compound: not a description of
            // another party named later.)
            if let description = entities[index].description,
               description.contains(where: { words.role($0) >= 0 && isCompoundName($0, role: words.role($0)) }) { continue }
            let candidates = entities.indices.filter { other in
                other != index && entities[other].name != nil && !entities[other].isGroup
                    && entities[other].headRoles.contains { item in entities[index].headRoles.contains { roleRefers($0, to: item) } }
                    && (!institution || entities[other].mentions.contains { $0.lowerBound < first })
                    && (!prefixed || stemMatch(entities[other].stems, entities[index].stems))
                    // ("anmelderen i Aftenposten" is not "anmelder Ingrid Hansen i Dagbladet".)
                    && placesCompatible(entities[other].places, entities[index].places)
            }
            guard candidates.count == 1, let target = candidates.first else { continue }
            merge(index, into: target)
        }
    }

    private mutating func merge(_ source: Int, into target: Int) {
        for draft in speakerOfDraft.indices where speakerOfDraft[draft] == source { speakerOfDraft[draft] = target }
        entities[target].mentions.append(contentsOf: entities[source].mentions)
        entities[target].isSpeaker = entities[target].isSpeaker || entities[source].isSpeaker
        entities[source].isSpeaker = false
        entities[source].mentions = []
    }

    /// The title's speaker: the phrase before the colon resolved against the whole article
    /// ("Forsvarsministeren" → Kjersti Aamodt, "Soldater fra Omsk" → the group), or the speaker of
    /// a quote the title repeats ("Livet under rakettene: – Vi sover i gangen nå").
    private mutating func resolveTitle(_ index: Int) {
        let draft = drafts[index]
        let position = words.start(draft.parts[0].lowerBound)
        // "Russiske krigsfanger vitner: – Vi fikk en uke opplæring": the prisoner who says the
        // words in the article, before the group the title's clause names.
        if draft.titleSpeakerIsSubject, let repeated = repeatedQuote(index, resolvedOnly: true) ?? similarQuote(index) {
            speakerOfDraft[index] = speakerOfDraft[repeated]
            rule[index] = .repeatedQuote
            confidence[index] = 0.75
            return
        }
        if let mention = draft.titleSpeaker, mention.isPersonLike, mention.kind != .pronoun {
            var speaker = -1
            if mention.kind == .name {
                speaker = findByName(mention) ?? -1
            } else {
                var best = -1, bestQuotes = -1
                let mentionStems = stems(of: mention)
                for (candidate, entity) in entities.enumerated() where !entity.isJournalist && entity.isSpeaker {
                    guard entity.isGroup == mention.plural,
                          describes(mention, stems: mentionStems, entity) || stemMatch(entity.bodyStems, mentionStems) else { continue }
                    let quotes = speakerOfDraft.filter { $0 == candidate }.count
                    if quotes > bestQuotes { best = candidate; bestQuotes = quotes }
                }
                speaker = best
            }
            if speaker < 0 {
                entities.append(Entity())
                speaker = entities.count - 1
                absorb(mention, into: speaker, at: position, subject: false)
                if mention.plural { entities[speaker].isGroup = true }
            }
            entities[speaker].isSpeaker = true
            speakerOfDraft[index] = speaker
            rule[index] = .titleColon
            confidence[index] = 0.75
            return
        }
        // A linked article's title quotes someone in that article, not this one's voices.
        if draft.isLinkTeaser {
            rule[index] = .unattributed
            confidence[index] = 0.2
            return
        }
        if let repeated = repeatedQuote(index, resolvedOnly: true) ?? similarQuote(index) {
            speakerOfDraft[index] = speakerOfDraft[repeated]
            rule[index] = .repeatedQuote
            confidence[index] = 0.75
            return
        }
        // A short title quote ("Helt vanvittig") whose words run inside one speaker's quotes.
        if let speaker = speakerRepeating(index) {
            speakerOfDraft[index] = speaker
            rule[index] = .repeatedQuote
            confidence[index] = 0.7
            return
        }
        // A title quote that repeats nothing: most likely the article's main voice.
        var counts: [Int: Int] = [:]
        for (other, speaker) in speakerOfDraft.enumerated() where speaker >= 0 && speaker != journalist && drafts[other].mode == .direct {
            counts[speaker, default: 0] += 1
        }
        if let main = counts.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }) {
            speakerOfDraft[index] = main.key
            rule[index] = .repeatedQuote
            confidence[index] = 0.4
            return
        }
        rule[index] = .unattributed
        confidence[index] = 0.2
    }

    /// The one speaker whose direct quotes hold the words of draft `index` (two or more) as a
    /// run, case aside: "Thingnes Bø tangerte rekord: – Helt vanvittig" after "– Det er helt
    /// vanvittig av Thingnes Bø, ropte kommentator X". Nil when no one or several do.
    private func speakerRepeating(_ index: Int) -> Int? {
        var needle: [Int32] = []
        for range in drafts[index].parts { for token in range where words.isWord(token) { needle.append(words.form(token)) } }
        guard needle.count >= 2 else { return nil }
        var found: Int?
        for (other, draft) in drafts.enumerated() where other != index && draft.kind != .title && draft.mode == .direct
            && speakerOfDraft[other] >= 0 && speakerOfDraft[other] != journalist {
            var haystack: [Int32] = []
            for range in draft.parts { for token in range where words.isWord(token) { haystack.append(words.form(token)) } }
            guard haystack.count > needle.count, haystack.containsRun(needle) else { continue }
            if let known = found, known != speakerOfDraft[other] { return nil }
            found = speakerOfDraft[other]
        }
        return found
    }

    /// The attributed quote that shares most of the words of draft `index` (60 % or more).
    private mutating func similarQuote(_ index: Int) -> Int? {
        guard let part = drafts[index].parts.first else { return nil }
        let needle = Set(part.filter { words.isWord($0) }.map { words.form($0) })
        guard needle.count >= 3 else { return nil }
        var best: Int?, bestShare = 0.6
        for other in drafts.indices where other != index && drafts[other].kind != .title && speakerOfDraft[other] >= 0
            && speakerOfDraft[other] != journalist {
            let share = Double(needle.intersection(wordForms(of: other)).count) / Double(needle.count)
            if share > bestShare { best = other; bestShare = share }
        }
        return best
    }

    /// The folded forms of the words of draft `index`, computed once per draft (every title and
    /// subheading compares itself with every quote).
    private mutating func wordForms(of index: Int) -> Set<Int32> {
        if wordFormCache.isEmpty { wordFormCache = Array(repeating: nil, count: drafts.count) }
        if let known = wordFormCache[index] { return known }
        var forms = Set<Int32>()
        for range in drafts[index].parts { for token in range where words.isWord(token) { forms.insert(words.form(token)) } }
        wordFormCache[index] = forms
        return forms
    }

    /// A quote subheading belongs to the speaker of the section it heads: the next quote.
    private mutating func resolveSubheading(_ index: Int) {
        if let similar = similarQuote(index) {
            speakerOfDraft[index] = speakerOfDraft[similar]
            rule[index] = .subheading
            confidence[index] = 0.7
            return
        }
        let start = words.start(drafts[index].parts[0].lowerBound)
        var best = -1, bestStart = Int.max
        for (other, draft) in drafts.enumerated() where other != index && !draft.isSubheading && draft.kind != .title
            && draft.kind != .nested && speakerOfDraft[other] >= 0 && speakerOfDraft[other] != journalist {
            let position = words.start(draft.parts[0].lowerBound)
            if position > start, position < bestStart { best = other; bestStart = position }
        }
        if best >= 0 {
            speakerOfDraft[index] = speakerOfDraft[best]
            rule[index] = .subheading
            confidence[index] = 0.6
        } else if let repeated = repeatedQuote(index, resolvedOnly: true) {
            speakerOfDraft[index] = speakerOfDraft[repeated]
            rule[index] = .repeatedQuote
            confidence[index] = 0.6
        } else {
            rule[index] = .unattributed
            confidence[index] = 0.2
        }
    }

    /// Another quote that contains the words of draft `index` (a title or pull quote repeating
    /// it), or, for a resolved one, says them in an at-clause ("Lie sa at strømprisen har doblet
    /// seg på ett år." … "Påstanden: «Strømprisen har doblet seg på ett år.»": a fact-check's
    /// claim box quotes whoever made the claim).
    private func repeatedQuote(_ index: Int, resolvedOnly: Bool) -> Int? {
        guard let part = drafts[index].parts.first, part.filter({ words.isWord($0) }).count >= 3 else { return nil }
        let bytes = words.segmentation.text.utf8
        var needle = words.bytes(part)
        // Without final punctuation.
        while needle.count > 1, [0x2E, 0x21, 0x3F].contains(bytes[needle.upperBound - 1]) { needle = needle.lowerBound..<(needle.upperBound - 1) }
        // Without its first letter, which an at-clause writes in lower case ("Strømprisen" → "strømprisen").
        let lead = bytes[needle.lowerBound]
        let letter = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        let rest = (needle.lowerBound + letter)..<needle.upperBound
        // By index, not by copying each draft: this runs for every unattributed quote against
        // every quote, so a long transcript with thousands of quotes must not pay a copy per pair.
        return bytes.withUnsafeBufferPointer { bytes in
            for other in drafts.indices where other != index && drafts[other].mode == .direct && drafts[other].kind != .title {
                guard !resolvedOnly || speakerOfDraft[other] >= 0 else { continue }
                for haystack in drafts[other].parts where contains(bytes, words.bytes(haystack), needle) { return other }
            }
            guard resolvedOnly, !rest.isEmpty else { return nil }
            for other in drafts.indices where other != index && drafts[other].mode == .indirect && drafts[other].kind == .reported
                && speakerOfDraft[other] >= 0 && speakerOfDraft[other] != journalist {
                for haystack in drafts[other].parts {
                    // (The whole clause is the claim: not a few words that happen to recur.)
                    let clause = words.bytes(haystack)
                    if clause.count >= needle.count, clause.count <= needle.count + 2,
                       same(bytes, (clause.lowerBound + letter)..<(clause.lowerBound + letter + rest.count), rest) {
                        return other
                    }
                }
            }
            return nil
        }
    }

    /// Whether the byte ranges `a` and `b` hold the same bytes.
    private func same(_ bytes: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        guard a.count == b.count, let base = bytes.baseAddress, a.upperBound <= bytes.count else { return false }
        return memcmp(base + a.lowerBound, base + b.lowerBound, a.count) == 0
    }

    /// Whether the bytes `haystack` contain the bytes `needle` and are longer (memchr for the
    /// first byte, memcmp for the rest: a byte-by-byte search with bounds checks made a transcript
    /// of near-identical quotes slow).
    private func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ haystack: Range<Int>, _ needle: Range<Int>) -> Bool {
        guard !needle.isEmpty, haystack.count > needle.count, let base = bytes.baseAddress else { return false }
        let first = Int32(base[needle.lowerBound]), last = haystack.upperBound - needle.count
        var start = haystack.lowerBound
        while start <= last {
            guard let hit = memchr(base + start, first, last - start + 1) else { return false }
            let position = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            if memcmp(base + position, base + needle.lowerBound, needle.count) == 0 { return true }
            start = position + 1
        }
        return false
    }
}
