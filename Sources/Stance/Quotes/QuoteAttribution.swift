import Lexicon

/// Who says what in one article: the pure entry point of quote detection and speaker attribution.
///
/// The pipeline, each step in its own file:
/// 1. ``ArticleWords`` (WordClass.swift): closed word classes by form id, capitalisation, where
///    the lexicon's speech cues and role nouns are.
/// 2. ``QuoteFinder``: dash paragraphs and dash sentences, «quotation marks» (nested ‹›, "…"),
///    the title's "Speaker: – quote", reported speech ("X sier at …", "ifølge X …"), and the
///    subjects and names of narration sentences; ``Attribution.swift`` reads the cue and the
///    phrase naming the speaker (``Mention.swift``).
/// 3. ``SpeakerResolver``: mentions to speakers in text order (name → surname → pronoun and role
///    noun), continuation of the current speaker, interviewer questions, the title.
/// 4. Here: byte spans, sentence ranges and the speaker records.
public enum QuoteAttribution {
    /// Finds the quotes of `segmentation` and their speakers.
    ///
    /// A pure function of its arguments: the same text and lexicon give the same analysis.
    ///
    /// - Parameters:
    ///   - atoms: the pattern atoms of the segmentation's tokens (``Lexicon/AtomCache``) for
    ///     `matcher`'s index; the speech cues and role nouns come from `matcher.lexicon`.
    /// - Complexity: O(tokens) for the scan, plus O(mentions × speakers) for resolution.
    public static func analyse(_ segmentation: Segmentation, atoms: DocumentAtoms, matcher: Matcher) -> QuoteAnalysis {
        let captions = segmentation.paragraphs.filter { $0.kind == .caption }.map(\.range)
        guard segmentation.tokens.count > 0 else { return QuoteAnalysis(quotes: [], speakers: [], captions: captions) }
        let words = ArticleWords(segmentation: segmentation, atoms: atoms, matcher: matcher)
        var finder = QuoteFinder(words: words)
        finder.run()
        var resolver = SpeakerResolver(words: words, drafts: finder.drafts)
        resolver.resolve(mentions: finder.mentions)
        return build(words: words, drafts: finder.drafts, resolver: resolver, captions: captions)
    }

    static func build(words: ArticleWords, drafts: [QuoteDraft], resolver: SpeakerResolver, captions: [Range<Int>]) -> QuoteAnalysis {
        var speakerOfEntity: [Int: Int] = [:]
        var speakers: [Speaker] = []
        var unknownSpeaker: Int?
        var quotes: [Quote] = []
        var quoteOfDraft: [Int: Int] = [:]
        let order = drafts.indices.filter { !resolver.dropped[$0] && !drafts[$0].parts.isEmpty }.sorted {
            let a = words.start(drafts[$0].parts[0].lowerBound), b = words.start(drafts[$1].parts[0].lowerBound)
            return a != b ? a < b : (drafts[$0].enclosing == nil && drafts[$1].enclosing != nil)
        }
        for index in order {
            let draft = drafts[index]
            let entity = resolver.speakerOfDraft[index]
            let speaker: Int
            if entity >= 0 {
                if let known = speakerOfEntity[entity] {
                    speaker = known
                } else {
                    speakers.append(makeSpeaker(resolver.entities[entity], words: words))
                    speaker = speakers.count - 1
                    speakerOfEntity[entity] = speaker
                }
            } else if let unknownSpeaker {
                speaker = unknownSpeaker
            } else {
                speakers.append(Speaker(name: "", type: .unknown))
                speaker = speakers.count - 1
                unknownSpeaker = speaker
            }
            let parts = draft.parts.filter { !$0.isEmpty }.map { words.bytes($0) }
            let firstToken = draft.parts.first!.lowerBound, lastToken = draft.parts.last!.upperBound - 1
            let cue = resolver.attribution(of: index).map { words.bytes($0.cue) }
            let quote = Quote(parts: parts, paragraph: draft.paragraph,
                              sentences: words.sentence(firstToken)..<(words.sentence(lastToken) + 1),
                              cue: cue, speaker: speaker, mode: draft.mode,
                              confidence: min(1, max(0, resolver.confidence[index])), rule: resolver.rule[index],
                              enclosing: draft.enclosing.flatMap { quoteOfDraft[$0] })
            quoteOfDraft[index] = quotes.count
            quotes.append(quote)
        }
        return QuoteAnalysis(quotes: quotes, speakers: speakers, captions: captions)
    }

    /// Heads of a body who speak for it: "leder av …", "talsperson for …", "generalsekretær i …".
    static let leaderHeads: [[UInt8]] = ["leder", "sjef", "generalsekretær", "talsperson", "talsmann", "talskvinne"].map { Array($0.utf8) }
    static let direktør: [UInt8] = Array("direktør".utf8), rådgiver: [UInt8] = Array("rådgiver".utf8)

    /// The speaker record of an entity: the fullest name (or description), role text and type.
    static func makeSpeaker(_ entity: Entity, words: ArticleWords) -> Speaker {
        if entity.isJournalist {
            return Speaker(name: "journalist", type: .journalist, role: "", isGroup: false, mentions: entity.mentions.sorted { $0.lowerBound < $1.lowerBound })
        }
        var name = ""
        if let range = entity.name {
            name = words.segmentation.text.string(words.bytes(withoutBracketTail(range, words: words)))
        } else if var description = entity.description.map({ withoutBracketTail($0, words: words) }) {
            // "en gruppe kvinner fra Kursk" → "kvinner fra Kursk".
            if description.count > 2, words.has(description.lowerBound, .article), words.has(description.lowerBound + 1, .groupNoun) {
                description = (description.lowerBound + 2)..<description.upperBound
                if description.count > 1, words.has(description.lowerBound, [.med, .av]) {
                    description = (description.lowerBound + 1)..<description.upperBound
                }
            }
            name = text(description, words: words)
        }
        // "Geologenes konklusjon er at …" → "geologene".
        if let genitive = entity.genitive, genitive == entity.name ?? entity.description, name.count > 2, name.hasSuffix("s") {
            name.removeLast()
        }
        // "I Høyres program står det at …", "Ifølge Norges Banks prognoser …": a name only ever
        // read as the owner of a thing is the body that speaks ("Høyre", "Norges Bank").
        let ownsOnly = entity.genitive == nil && isGenitiveOwnerOnly(entity, words: words)
        if ownsOnly { name.removeLast() }
        let role = entity.roleParts.map { text($0, words: words) }.joined(separator: " ")
        var type = SpeakerType.unknown
        // A generic role ("medlem", "kollega") gives way to the next role that has a type.
        if let item = entity.roleItems.first(where: { words.roleTypeOf($0) != .unknown }) ?? entity.roleItems.first {
            type = words.roleTypeOf(item)
            // "leder av organisasjonen X", "koordinator i foreningen X": a person speaking for an
            // organisation named in the role.
            // (Each rule below is for a leader or spokesperson role that is not itself an institution.)
            let leads = type == .official && !words.roleIsInstitution(item)
                && Self.leaderHeads.contains(where: { words.roleLemma(item).suffixMatches($0) })
            if leads, entity.roleItems.contains(where: { words.roleTypeOf($0) == .organisation }) {
                type = .organisation
            }
            // "talskvinne for Sea Watch", "leder ved Human Rights Watch": a body named after "for"
            // or "ved" with no official role noun, party or acronym in it is no public body.
            if leads, type == .official, speaksForNamedBody(entity.roleParts, words: words) {
                type = .organisation
            }
            // "talsperson for mødrene", "leder for de pårørende": speaks for relatives.
            if leads, type == .official, entity.roleItems.contains(where: { words.roleTypeOf($0) == .relative }) {
                type = .relative
            }
            // "sosialdirektør i republikkens regjering": a director or adviser of a government
            // institution speaks as an official.
            if type == .expert, words.roleLemma(item).suffixMatches(Self.direktør) || words.roleLemma(item).suffixMatches(Self.rådgiver),
               entity.roleItems.dropFirst().contains(where: { words.roleTypeOf($0) == .official && words.roleIsInstitution($0) }) {
                type = .official
            }
            // "pressevakt i Justisdepartementet": a spokesperson of a government institution speaks
            // as an official, not for an organisation.
            if type == .organisation, !words.roleIsInstitution(item),
               entity.roleItems.dropFirst().contains(where: { words.roleTypeOf($0) == .official && words.roleIsInstitution($0) }) {
                type = .official
            }
            // "Mowi-sjef Ivan Vindheim", "Equinor-topp Kari Holm": a leader's title after the
            // name of a company the lexicon knows speaks for the company.
            if type == .official, entity.roleParts.contains(where: { $0.contains { companyHyphenTitle($0, words: words) } }) {
                type = .organisation
            }
            if entity.isKin, type == .civilian || type == .unknown { type = .relative }
        } else if entity.isKin {
            type = .relative
        } else if entity.personNoun {
            type = .civilian
        } else if let full = entity.name {
            let range = withoutBracketTail(full, words: words)
            // "Natur og Ungdom (NU)", "Norsk organisasjon for asylsøkere (NOAS)": an acronym in
            // brackets after a name of several words abbreviates a body's name.
            // (Not a party tag: "Kari Holm (SV)" is a politician.)
            let bracket = range.upperBound
            let abbreviated = range.count > 1 && bracket + 2 < words.tokenCount && words.isPunct(bracket, 0x28)
                && words.isAllCaps(bracket + 1) && words.isPunct(bracket + 2, 0x29) && !words.isPartyTag(bracket + 1)
            // A name without any role: an organisation if it looks like one ("NTB", "Mattilsynet",
            // "Institutt for …"); a private person when it has a first name; else unknown.
            let single = range.count == 1
            let acronym = single && words.segmentation.text.string(words.bytes(range)).allSatisfy { $0.isUppercase || $0 == "-" }
            let institution = single && words.endsWithBytes(range.lowerBound, [0x65, 0x74]) // "-et": Mattilsynet, Rederiet
            if single, words.role(range.lowerBound) >= 0, words.roleIsInstitution(words.role(range.lowerBound)) {
                // "Oslo-politiet", "Stortinget" by name: the institution's type.
                type = words.roleTypeOf(words.role(range.lowerBound))
            } else if !single, let body = range.last(where: { words.role($0) >= 0 && words.roleIsInstitution(words.role($0)) }) {
                // "Vest politidistrikt", "Bergen kommune", "Statistisk sentralbyrå", "OPS Politiet
                // Oslo": the type of the institution noun in the name.
                type = words.roleTypeOf(words.role(body))
            } else if !single, words.has(range.lowerBound, .nationalPrefix), words.isForm(range.lowerBound, Self.statens) {
                // "Statens kartverk", "Statens pensjonskasse": a state body.
                type = .official
            } else if acronym || institution || abbreviated || range.contains(where: { words.has($0, [.orgWord, .institutionName]) })
                        // "Norsk Hydro", "Norges Bank", "DNB Markets": a national word or an acronym opens it.
                        // (Not a name in capitals: "CORNELIUS POPPE".)
                        || !single && (words.has(range.lowerBound, .nationalPrefix)
                                       || words.isAllCaps(range.lowerBound) && !words.isAllCaps(range.upperBound - 1)
                                       // "Bane NOR", "Aker BP", "Ruter AS": a company form or acronym ends it.
                                       || !words.isAllCaps(range.lowerBound) && words.isAcronym(range.upperBound - 1)
                                       // "Kongsberg Gruppen", "Schibsted Gruppen": a capitalised group noun ends it.
                                       || words.isCapitalised(range.upperBound - 1) && words.has(range.upperBound - 1, .groupNoun))
                        || !single && words.isInstitutionNoun(range.upperBound - 1) // "Norsk kulturråd"
                        || !single && words.has(range.upperBound - 1, .nationalBranch) // "Greenpeace Norge"
                        || isOutletOrParty(range, words: words)
                        // ("heter det i Senterpartiets program": a party named in the genitive, as the owner.)
                        || (ownsOnly || entity.genitive != nil && entity.genitive == entity.name) && words.isPartyGenitive(range.upperBound - 1)
                        // "Norges Skøyteforbund", "Oslo Høyre": an organisation noun or a party ends the name.
                        || !single && (words.role(range.upperBound - 1) >= 0 && words.roleTypeOf(words.role(range.upperBound - 1)) == .organisation
                                       || words.isPartyName(range.upperBound - 1)) {
                type = .organisation
            } else {
                type = single ? .unknown : .civilian
            }
        }
        // "ifølge VGs opplysninger", "NRKs kilder": the owner named in the genitive is an outlet
        // or an acronym's body.
        if type == .unknown || type == .civilian, entity.genitive != nil, entity.genitive == entity.name, !name.isEmpty {
            let folded = Array(name.stanceFolded.utf8)
            // (A public body's own row comes first: "NVEs beregninger", "UDIs tall" are official.)
            if let rowType = words.properNameInstitutionType(folded: folded) {
                type = rowType
            } else if folded.withUnsafeBufferPointer({ words.organisations.isOutlet(folded: $0) })
                || name.count >= 2 && name.allSatisfy({ $0.isUppercase || $0 == "-" }) {
                type = .organisation
            }
        }
        // "Ifølge NVEs beregninger", "UDIs tall": a body named only in its genitive has the type of
        // its proper-name row ("=NVE" official), which matches only the bare form in the text.
        if type == .unknown || type == .civilian, ownsOnly || entity.genitive != nil && entity.genitive == entity.name, !name.isEmpty,
           let rowType = words.properNameInstitutionType(folded: Array(name.stanceFolded.utf8)) {
            type = rowType
        }
        // "Martin (24)": a first name with an age is a private person.
        if type == .unknown, entity.name != nil, !entity.isOrganisation, entity.mentions.contains(where: { hasAge(after: $0, words: words) }) {
            type = .civilian
        }
        // "Statens kartverk", "Statens vegvesen" read as a genitive and its noun: a state body.
        if type == .unknown, entity.name == nil, let description = entity.description, words.isCapitalised(description.lowerBound),
           words.isForm(description.lowerBound, Self.statens) {
            type = .official
        }
        let mentions = entity.mentions.sorted { $0.lowerBound < $1.lowerBound }
        // "Kjersti Toppe (Sp)", "(Karin Andersen, SV)": a politician.
        if type == .civilian || type == .unknown, entity.name != nil, mentions.contains(where: { hasParty(after: $0, words: words) }) {
            type = .official
        }
        // What the article says next to the name where no mention was read: "Stortingspresident
        // Olemic Thommessen", "Bård Hoksrud (FrP)" in a line without a full stop, "Ole Tom Guse,
        // tidligere ordfører i Forsand," in a list, "Odd Anders With i Trøndelag KrF".
        if type == .civilian || type == .unknown, entity.roleItems.isEmpty, !entity.isKin, !entity.isOrganisation,
           let name = entity.name, let evidence = nameEvidence(name, words: words) {
            type = evidence
        }
        // "Sp-topp Ola Borten", "Frp-veteran Carl I. Hagen", "seks KrF-medlemmer": a title after a
        // party's name and a hyphen makes a politician, whatever the noun ('topp', 'profil' are no
        // role nouns; 'veteran' alone is a soldier) — unless the noun types a private person or a
        // relative ("Ap-velgere").
        if type == .civilian || type == .unknown || type == .soldier, hasPartyTitle(entity, words: words) {
            type = .official
        }
        // "Kari Holm, medlem av Høyre", "medlem av partiet": a generic role in a party makes a
        // politician.
        if type == .unknown, entity.name != nil, inParty(entity.roleParts, words: words) {
            type = .official
        }
        // "Venstres Abid Raja", "Høyres Kari Holm", "Fremskrittspartiets Sylvi Listhaug" (whose
        // genitive is also the role noun *parti): a party genitive before the name.
        let partyOnly = entity.roleItems.allSatisfy { words.roleTypeOf($0) != .organisation || words.roleLemma($0).suffixMatches(Self.parti) }
        if type == .civilian || type == .unknown || type == .organisation && partyOnly, entity.name != nil,
           words.startsWithPartyGenitive(role)
            || mentions.contains(where: { hasPartyGenitive(before: $0, words: words) }) {
            type = .official
        }
        return Speaker(name: name, type: type, role: role, isGroup: entity.isGroup, mentions: mentions)
    }

    /// The type the article gives a name where it is written: a role noun right before it
    /// (lower or upper case), a role noun opening an apposition after it (", tidligere ordfører i
    /// Forsand,"), its party after it ("(FrP)", "i Trøndelag KrF", "fra Høyre") or a party
    /// genitive before it. Every occurrence of the full name counts; the first role noun wins,
    /// then a party. Nil when nothing is said.
    ///
    /// - Complexity: O(tokens × name length).
    static func nameEvidence(_ name: Range<Int>, words: ArticleWords) -> SpeakerType? {
        let forms = name.map { words.form($0) }
        guard let head = forms.first else { return nil }
        let count = words.tokenCount
        // The genitive of the last word ("Høyre-nestleder Jan Tore Sanners påstand"): its title counts.
        let genitive: Int32? = words.segmentation.forms.withBytes(Int(forms[forms.count - 1])) { last in
            (Array(last) + [0x73]).withUnsafeBufferPointer { words.segmentation.forms.lookup($0) }
        }
        var party = false
        var token = 0
        while token + forms.count <= count {
            defer { token += 1 }
            let lastOffset = forms.count - 1
            guard words.form(token) == head || lastOffset == 0 && words.form(token) == genitive, words.isCapitalised(token) else { continue }
            var equal = true
            for offset in 1..<forms.count where words.form(token + offset) != forms[offset]
                && !(offset == lastOffset && words.form(token + offset) == genitive) { equal = false; break }
            guard equal else { continue }
            let end = token + forms.count
            if words.form(end - 1) == genitive {
                var title = token - 1
                while title >= 0, words.isWord(title), words.isCapitalised(title), words.role(title) < 0, token - title <= 3 { title -= 1 }
                if title >= 0, words.sentence(title) == words.sentence(token), words.role(title) >= 0, !words.number(of: title).definite {
                    let type = words.roleTypeOf(words.role(title))
                    if type != .unknown && type != .relative { return type }
                }
                continue
            }
            // Not the first part of a longer name ("Kari" in "Kari Holm (H)"); a surname after
            // its first names counts.
            if end < count, words.sentence(end) == words.sentence(token), words.isWord(end), words.isCapitalised(end),
               !words.has(end, WordClass.function) {
                continue
            }
            if hasPartyGenitive(before: words.bytes(token..<end), words: words) { party = true }
            // A title: "Stortingspresident Olemic Thommessen", "leder i Arbeiderpartiet Jonas Gahr
            // Støre". (Not a genitive or definite body before the name: "Arbeiderpartiets Freddy
            // de Ruiter", "Arbeiderpartiet Jonas …" are no titles.)
            var title = token - 1
            if title >= 2, words.role(title) >= 0, words.number(of: title).definite, words.has(title - 1, [.i, .forWord]) { title -= 2 }
            if title >= 0, words.sentence(title) == words.sentence(token), words.role(title) >= 0, !words.number(of: title).definite,
               words.lastFormByte(title) != 0x73 || words.roleLemma(words.role(title)).last == 0x73 {
                let type = words.roleTypeOf(words.role(title))
                if type != .unknown { return type }
            }
            if end + 1 < count, words.isComma(end) {
                var first = end + 1
                while first < count, first - end <= 3, words.role(first) < 0, words.isWord(first), !words.isCapitalised(first),
                      words.has(first, [.adverb, .article]) || words.isForm(first, Self.previously) {
                    first += 1
                }
                if first < count, words.sentence(first) == words.sentence(end), words.role(first) >= 0, !words.isCapitalised(first) {
                    let type = words.roleTypeOf(words.role(first))
                    if type != .unknown && type != .relative { return type }
                }
            }
            // "Giuseppe Conte får fortsette som statsminister": a role after "som" close behind.
            var som = end
            while som < min(count, end + 4), words.isWord(som), !words.isCapitalised(som), !words.has(som, [.som, .at, .og]) { som += 1 }
            if som + 1 < count, som > end, words.has(som, .som), words.sentence(som) == words.sentence(end) {
                var role = som + 1
                while role < count, role - som <= 2, words.role(role) < 0, words.has(role, [.article, .adverb]), !words.has(role, .ikke) { role += 1 }
                if role < count, words.role(role) >= 0, !words.isCapitalised(role) {
                    let type = words.roleTypeOf(words.role(role))
                    if type != .unknown && type != .relative { return type }
                }
            }
            if end < count, words.has(end, [.i, .fra]) {
                // "i Trøndelag KrF", "fra Høyre": a party, perhaps after its county or town.
                var last = end + 1
                while last < count, last - end <= 3, words.isWord(last), words.isCapitalised(last) { last += 1 }
                if last > end + 1, words.isPartyName(last - 1) { party = true }
            }
            if hasParty(after: words.bytes(token..<end), words: words) { party = true }
        }
        return party ? .official : nil
    }

    private static let previously: [UInt8] = Array("tidligere".utf8)
    private static let statens: [UInt8] = Array("statens".utf8), parti: [UInt8] = Array("parti".utf8)

    /// Whether a role text names its body after "for" or "ved" ("talskvinne for Sea Watch") by a
    /// capitalised name that holds no official role noun ("for Vest politidistrikt"), party
    /// ("for Oslo Høyre") or acronym ("ved NAV"), and no place ("for Norge").
    private static func speaksForNamedBody(_ parts: [Range<Int>], words: ArticleWords) -> Bool {
        for part in parts {
            for token in part where words.has(token, [.forWord, .ved]) && token + 1 < part.upperBound && words.isCapitalised(token + 1) {
                let body = (token + 1)..<part.upperBound
                if body.contains(where: { words.role($0) >= 0 && words.roleTypeOf(words.role($0)) == .official || words.isAllCaps($0)
                    || words.placeName[Int(words.form($0))] || words.has($0, .placeNoun) })
                    || words.containsPartyName(bytes: words.bytes(body)) {
                    return false
                }
                return true
            }
        }
        return false
    }

    /// Whether a role text names a party: a party's name as written ("medlem av Høyre", "i Oslo
    /// Frp") or the noun *parti ("medlem av partiet", "i Arbeiderpartiet").
    private static func inParty(_ parts: [Range<Int>], words: ArticleWords) -> Bool {
        parts.contains { part in
            words.containsPartyName(bytes: words.bytes(part))
                || part.contains { words.role($0) >= 0 && words.roleLemma(words.role($0)).suffixMatches(Self.parti) }
        }
    }

    /// Whether the entity's title, description or name is a noun after a party's name and a hyphen
    /// ("Sp-topp", "KrF-medlemmer") whose role noun, if any, is not a private person's or a
    /// relative's ("Ap-velger").
    private static func hasPartyTitle(_ entity: Entity, words: ArticleWords) -> Bool {
        var tokens = entity.roleParts.flatMap { Array($0) }
        if let description = entity.description { tokens.append(contentsOf: description) }
        // A group read as a name: "Flere Høyre-medlemmer sier …".
        if let name = entity.name { tokens.append(contentsOf: name) }
        return tokens.contains { token in
            guard words.isWord(token), words.hasPartyPrefix(token) else { return false }
            let role = words.role(token)
            return role < 0 || words.roleTypeOf(role) != .civilian && words.roleTypeOf(role) != .relative
        }
    }

    /// Whether the name at `mention` (byte offsets) comes right after a capitalised party genitive
    /// (organisations.tsv): "FrPs Erlend Wiborg", "Arbeiderpartiets Freddy de Ruiter".
    private static func hasPartyGenitive(before mention: Range<Int>, words: ArticleWords) -> Bool {
        let token = words.token(atOrAfter: mention.lowerBound)
        guard token > 0, token < words.tokenCount, words.isWord(token - 1), words.isCapitalised(token - 1) else { return false }
        return words.isPartyGenitive(token - 1)
    }

    /// A name that is a news outlet or a party (or parties joined by "og"): an organisation. The
    /// words come from the lexicon (organisations.tsv): "Stavanger Aftenblad", "Adresseavisen",
    /// "Venstre og FrP". The last word may be lower case inside a longer name: "Holder de ord".
    static func isOutletOrParty(_ range: Range<Int>, words: ArticleWords) -> Bool {
        if words.isCapitalised(range.upperBound - 1) || range.count > 1 && words.isCapitalised(range.lowerBound),
           words.endsWithOutletWord(range) { return true }
        return words.isPartyList(range)
    }

    /// Whether every mention of the entity's name is a genitive in "-s" before a lower-case noun
    /// that names no person ("Høyres program", "Norges Banks prognoser"; not "Kari Holms advokat",
    /// whose lawyer speaks, nor a name that ends in "s" of itself and stands alone, nor an outlet
    /// whose name ends in "s": "Ifølge Reuters vurderer Danmark …" is Reuters, not "Reuter").
    private static func isGenitiveOwnerOnly(_ entity: Entity, words: ArticleWords) -> Bool {
        guard let range = entity.name, words.lastFormByte(range.upperBound - 1) == 0x73, words.isCapitalised(range.upperBound - 1),
              words.end(range.upperBound - 1) - words.start(range.upperBound - 1) > 2, !words.endsWithOutletWord(range) else { return false }
        let name = words.bytes(range)
        var owned = false
        for mention in entity.mentions {
            if mention == name {
                let next = words.token(atOrAfter: mention.upperBound)
                guard next < words.tokenCount, words.start(next) == mention.upperBound + 1, words.isWord(next), !words.isCapitalised(next),
                      !words.has(next, WordClass.function), words.role(next) < 0, !words.isPersonHead(next),
                      // ("Reuters skrev", "Underveis melder": a name in "s" before its verb.)
                      words.cue(next) < 0 else { return false }
                owned = true
            } else if mention.lowerBound == name.lowerBound, mention.upperBound > name.upperBound {
                // "Høyres program" read as one description: the same genitive.
                continue
            } else {
                return false
            }
        }
        return owned
    }

    /// Whether `token` is a hyphenated title ("Mowi-sjef") whose first part is a company or body
    /// the lexicon types organisation by its proper-name row ("=Mowi", "=Nato").
    static func companyHyphenTitle(_ token: Int, words: ArticleWords) -> Bool {
        guard words.isWord(token), words.isCapitalised(token), words.isHyphenatedTitle(token) else { return false }
        let word = words.segmentation.text.string(words.bytes(token..<(token + 1)))
        guard let hyphen = word.lastIndex(of: "-") else { return false }
        let prefix = Array(String(word[..<hyphen]).stanceFolded.utf8)
        return words.properNameInstitutionType(folded: prefix) == .organisation
    }

    /// Whether the name at `mention` (byte offsets) is followed by an age in brackets: "(24)".
    private static func hasAge(after mention: Range<Int>, words: ArticleWords) -> Bool {
        let token = words.token(atOrAfter: mention.upperBound)
        guard token + 2 < words.tokenCount, words.isPunct(token, 0x28), words.isPunct(token + 2, 0x29) else { return false }
        return words.segmentation.tokens.kinds[token + 1] == .number
    }

    /// Whether the name at `mention` (byte offsets) is followed by its party tag: "(Sp)", ", Sp)".
    private static func hasParty(after mention: Range<Int>, words: ArticleWords) -> Bool {
        var token = words.token(atOrAfter: mention.upperBound)
        let count = words.tokenCount
        guard token + 1 < count, words.isPunct(token, 0x28) || words.isComma(token) else { return false }
        token += 1
        guard words.isWord(token), token + 1 < count, words.isPunct(token + 1, 0x29) else { return false }
        return words.isPartyTag(token)
    }

    /// The text of a token range, with a sentence-initial capital lowered unless the word is a
    /// name ("Kvinnene fra Kursk" → "kvinnene fra Kursk").
    /// `range` without a closing bracketed part: "Natur og Ungdom (NU)", "Forbrukerrådet (FR)" →
    /// the body's name; the acronym or party tag in brackets labels it and is no part of it.
    static func withoutBracketTail(_ range: Range<Int>, words: ArticleWords) -> Range<Int> {
        guard range.count > 2, words.isPunct(range.upperBound - 1, 0x29),
              let open = range.dropLast().lastIndex(where: { words.isPunct($0, 0x28) }), open > range.lowerBound else { return range }
        return range.lowerBound..<open
    }

    static func text(_ range: Range<Int>, words: ArticleWords) -> String {
        let string = words.segmentation.text.string(words.bytes(range))
        let first = range.lowerBound
        guard words.isInitial(first) || words.isCapitalised(first) && words.role(first) >= 0,
              words.isCapitalised(first), !words.capitalisedInside[Int(words.form(first))],
              // (A proper word never written in lower case stays: "Akershus universitetssykehus",
              // "Statens vegvesen".)
              // (A name's genitive before its institution stays: "Statens vegvesen", "Akershus
              // universitetssykehus"; so does a compound institution: "Datatilsynet".)
              !(words.role(first) >= 0 && words.roleIsProperName(words.role(first))),
              !(words.lastFormByte(first) == 0x73 && !words.seenLower[Int(words.form(first))] && !words.isPersonHead(first)),
              !(words.role(first) >= 0 && words.roleIsSuffix(words.role(first)) && !words.number(of: first).plural
                && (words.roleIsInstitution(words.role(first)) || words.roleTypeOf(words.role(first)) == .organisation)),
              // (Nor a name that opens with a noun: "Kirkens Nødhjelp", "Leger Uten Grenser".)
              !(first + 1 < range.upperBound && words.isCapitalised(first + 1) && words.sentence(first + 1) == words.sentence(first)
                && (!words.isPersonHead(first) || words.isNameLink(first + 1)
                    || words.lastFormByte(first) == 0x73 && words.role(first) >= 0 && words.roleIsInstitution(words.role(first))))
        else { return string }
        // Not for acronyms and names in capitals: "FN-lederen"; nor for a name before a hyphen,
        // which a title's compound almost always has: "KrF-medlem", "Tesla-sjef", "Russland-trener";
        // nor for a first word with a capital inside or a party's name ("KrF har lovet at …",
        // "FrP", "Høyre").
        if let second = string.dropFirst().first, second.isUppercase { return string }
        if words.withForm(first, { $0.dropFirst().contains(0x2D) }) { return string }
        if string.prefix(while: { $0 != " " }).dropFirst().contains(where: { $0.isUppercase }) || words.isPartyName(first) { return string }
        return string.prefix(1).lowercased() + string.dropFirst()
    }
}

extension Array where Element == UInt8 {
    /// Whether the bytes end with `suffix`.
    func suffixMatches(_ suffix: [UInt8]) -> Bool {
        count >= suffix.count && self[(count - suffix.count)...].elementsEqual(suffix)
    }
}
