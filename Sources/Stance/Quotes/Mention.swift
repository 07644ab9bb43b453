/// A phrase that refers to a speaker, before resolution: a pronoun ("hun"), a name ("Charlotte
/// Flindt Pedersen"), or a description ("kvinnene fra Kursk", "en gruppe kvinner fra Kursk fylke",
/// "direktøren"), with the role text found around it.
struct Mention: Sendable {
    enum Kind: UInt8, Sendable {
        case pronoun, name, definite, indefinite
    }

    var kind: Kind
    /// For a pronoun: which (`.han`, `.hun`, `.de`, `.vi`, `.jeg`).
    var pronoun: WordClass = []
    /// Tokens of the description or name (determiner … head … prepositional phrases).
    var tokens: Range<Int>
    /// How far the reader consumed (appositions and relative clauses included).
    var end: Int
    /// Tokens of the proper name, if any.
    var name: Range<Int>?
    /// The head noun of a description (or the title before a name), or -1.
    var head: Int = -1
    /// A second, coordinated head ("mødre og koner"), or -1.
    var secondHead: Int = -1
    /// Role text pieces as token ranges: a title before the name, "ved …", an apposition.
    var roleParts: [Range<Int>] = []
    var plural = false
    /// "en gruppe …", a quantifier, coordinated heads.
    var group = false
    /// "en av soldatene": one member of a group, a new speaker.
    var member = false
    /// Folded-form ids of capitalised words in prepositional phrases ("fra Kursk").
    var places: [Int32] = []
    /// 1 female, 2 male, 0 unknown (from the head noun).
    var gender: Int8 = 0

    var isPersonLike: Bool { kind == .pronoun || kind == .name || head >= 0 && personHead }
    /// Set by the reader: the head is a person noun, role noun or group noun.
    var personHead = false
    /// A genitive owner ("Geologenes konklusjon"): the speaker is named without the final "s".
    var genitive = false
    /// Read as the sender of a document or figures ("en rapport fra Sintef"): a body, whatever
    /// its name looks like, so no "faren" or "moren" quoted later refers to it.
    var sender = false
}

extension ArticleWords {
    /// Lowercase particles inside names: "Miljøpartiet de Grønne", "Rafael van Dijk" (not "da",
    /// "der", "du": "skrev klubben da Maradonas avgang …").
    static let nameParticles: [[UInt8]] = ["de", "van", "von"].map { Array($0.utf8) }

    /// Classes that never belong inside a noun phrase as a modifier or head.
    static let notNominal: WordClass = [.preposition, .conjunction, .subordinator, .verb, .at, .som, .adverb, .seg,
                                        .ikke, .han, .hun, .vi, .jeg, .heter, .accordingTo, .secondPerson]

    /// Reads the phrase that names a speaker starting at `first` (after a cue verb, after
    /// "ifølge", at the start of a sentence or title), not beyond `limit`.
    ///
    /// - Parameters:
    ///   - appositive: also read ", Navn Navnesen," / ", direktør ved …" / ", som er …" after it.
    ///   - skipAdverbs: skip adverbs first ("sier også en gruppe kvinner …").
    /// - Complexity: O(length of the phrase).
    func readMention(from first: Int, limit: Int, appositive: Bool = true, skipAdverbs: Bool = true) -> Mention? {
        var t = first
        if skipAdverbs {
            while t < limit, isWord(t), has(t, .adverb), !has(t, .ikke), !has(t, [.de, .han, .hun]) { t += 1 }
        }
        guard t < limit, isLexical(t) else { return nil }
        let leading = cls(t)
        if !leading.isDisjoint(with: [.han, .hun, .vi, .jeg]) {
            var mention = Mention(kind: .pronoun, pronoun: leading.intersection([.han, .hun, .vi, .jeg]), tokens: t..<(t + 1), end: t + 1)
            mention.plural = leading.contains(.vi)
            mention.gender = leading.contains(.hun) ? 1 : leading.contains(.han) ? 2 : 0
            return mention
        }
        // "De Grønne sier at …": a party's name that opens with "De" (a row of its own, as written).
        if leading.contains(.de), isCapitalised(t), t + 1 < limit, isWord(t + 1), isCapitalised(t + 1), isPartyName(t + 1) {
            var mention = Mention(kind: .name, tokens: t..<(t + 2), end: t + 2)
            mention.name = t..<(t + 2)
            return mention
        }
        // ("De Grønnes leder Arild Hermstad": "De" opens the party's genitive, read as a determiner.)
        if leading.contains(.de) {
            let next = t + 1
            let determiner = next < limit && isWord(next) && (!isCapitalised(next) || isCapitalised(t) && isPartyGenitive(next))
                && !has(next, ArticleWords.notNominal) && cue(next) < 0
            if !determiner {
                var mention = Mention(kind: .pronoun, pronoun: .de, tokens: t..<(t + 1), end: t + 1)
                mention.plural = true
                return mention
            }
        }
        let phraseStart = t
        var mention = Mention(kind: .indefinite, tokens: t..<t, end: t)
        var definiteDeterminer = false
        var quantity = false
        var aged = false
        // Determiners, quantifiers, "en av", "en gruppe (med|av)".
        while t < limit, isLexical(t) {
            let c = cls(t)
            if c.contains(.article) || c.contains(.quantifier), t + 1 < limit, has(t + 1, .av) {
                // "en av soldatene", "noen av passasjerene", "tre av dem".
                mention.member = c.contains(.article)
                if !c.contains(.article) { quantity = true }
                t += 2
                continue
            }
            // "en 78 år gammel kvinne": an age, not a number of people — and the noun it
            // describes is a person ("en 38 år gammel fange fra Kemerovo").
            if segmentation.tokens.kinds[t] == .number, t + 2 < limit, isForm(t + 1, ArticleWords.aar),
               isForm(t + 2, ArticleWords.gammel) || isForm(t + 2, ArticleWords.gamle) {
                aged = true
                t += 3
                continue
            }
            // (Not a name written with digits: "E24", "P4".)
            if segmentation.tokens.kinds[t] == .number && !isWord(t) || c.contains(.quantifier) {
                quantity = true
                t += 1
                continue
            }
            // ("Hans Andreas Limi": a capitalised possessive that opens a name is the first name.)
            if c.contains(.article) || c.contains(.determiner), !(c.contains(.possessive) && isCapitalised(t) && mayStartName(t)) {
                if !c.contains(.article) { definiteDeterminer = true }
                t += 1
                // "den tidligere helseministeren Bent Høie": an adverb used as an adjective between
                // the determiner and a title before a name.
                if t + 2 < limit, has(t, .adverb), !has(t, [.ikke, .de, .han, .hun]), isPersonHead(t + 1), isWord(t + 2),
                   isCapitalised(t + 2), mayStartName(t + 2) {
                    t += 1
                }
                // "sier en tydelig preget Per Hansen", "en svært fornøyd Oftedal": an adverb before
                // the adjective that describes a named person after an article.
                if c.contains(.article), t + 2 < limit, has(t, .adverb), !has(t, [.ikke, .de, .han, .hun]), isWord(t + 1),
                   !isCapitalised(t + 1), !has(t + 1, ArticleWords.notNominal), cue(t + 1) < 0, isWord(t + 2), isCapitalised(t + 2),
                   !isInitial(t + 2), mayStartName(t + 2) {
                    t += 1
                }
                continue
            }
            if c.contains(.groupNoun), t + 1 < limit {
                var next = t + 1
                if has(next, [.med, .av]) { next += 1 }
                if next < limit, isWord(next), !has(next, ArticleWords.notNominal), !isCapitalised(next) || isPersonHead(next) {
                    mention.group = true
                    t = next
                    continue
                }
            }
            break
        }
        // Modifiers and head.
        var modifiers = 0
        var lastContent = -1
        while t < limit, isLexical(t) {
            // "Natur og Ungdom (NU)", "Norsk organisasjon for asylsøkere (NOAS)": a body's name of
            // several words, lower-case ones among them, before its acronym in brackets.
            if t == phraseStart, let bracket = nameBeforeAcronym(from: t, limit: limit) {
                mention.name = t..<bracket
                t = bracket
                break
            }
            if mayStartName(t) {
                let end = nameRunEnd(t, limit: limit)
                // A genitive before a noun: "Gusevs klienter", "Høyres forsvarspolitiske talsperson".
                // ("TV 2s opplysninger": an acronym and the genitive of its number.)
                // (Not an outlet whose name ends in "s": "Ifølge Reuters vurderer Danmark …" is the
                // source and an inverted clause; "Reuters' reporter" has its apostrophe.)
                let channel = end - t == 2 && isAllCaps(t) && !isCapitalised(end - 1)
                if end - t == 1 || channel, end < limit, isWord(end), !isCapitalised(end), !has(end, ArticleWords.notNominal),
                   cue(end) < 0, lastFormByte(end - 1) == 0x73, !endsWithOutletWord(t..<end) {
                    lastContent = end - 1
                    modifiers += 1
                    t = end
                    continue
                }
                // A name's genitive with an apostrophe before a noun: "Røde Kors' generalsekretær",
                // "Hans' advokat".
                if isGenitiveApostrophe(end), isOwnedNoun(end + 1, limit: limit) {
                    lastContent = end - 1
                    modifiers += 1
                    t = end + 1
                    continue
                }
                // The spoken genitive, a name and "sin" before a noun: "Listhaug sin rådgiver",
                // "Kari Holm sitt kontor".
                if end < limit, has(end, .reflexivePossessive), !isCapitalised(end), isOwnedNoun(end + 1, limit: limit) {
                    lastContent = end
                    modifiers += 1
                    t = end + 1
                    continue
                }
                // A longer genitive name before a person noun: "Oslo Høyres helsepolitiker",
                // "Den norske kirkes biskop" (the person, not the party or body).
                if end - t >= 2, end < limit, isWord(end), !isCapitalised(end), isPersonHead(end), cue(end) < 0,
                   lastFormByte(end - 1) == 0x73 {
                    lastContent = end - 1
                    modifiers += 1
                    t = end
                    continue
                }
                // A name before a genitive noun: "Oslo politidistrikts årlige statistikk".
                // (Not an unlisted s-passive verb: "Ifølge Vy skyldes forsinkelsene …", "Ifølge NVE
                // ventes det …" — a genitive is followed by an indefinite noun or its modifier, never
                // by a pronoun or a definite noun, which is the inverted clause's subject.)
                if end + 1 < limit, isWord(end), !isCapitalised(end), lastFormByte(end) == 0x73, !has(end, ArticleWords.notNominal),
                   cue(end) < 0, isWord(end + 1), !has(end + 1, ArticleWords.notNominal), !isCapitalised(end + 1),
                   !opensInvertedSubject(end + 1) {
                    lastContent = end
                    modifiers += 2
                    t = end + 1
                    continue
                }
                // "TV 2-ekspert Jesper Mathisen", "TV 2-kommentator Kari Holm": a channel's name
                // and a hyphen title that starts with its number, then the person's name.
                if end + 1 < limit, segmentation.tokens.kinds[end] == .number || isWord(end), isHyphenatedTitle(end),
                   role(end) >= 0, withForm(end, { $0.first.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }),
                   isWord(end + 1), isCapitalised(end + 1), mayStartName(end + 1) {
                    let nameEnd = nameRunEnd(end + 1, limit: limit)
                    mention.head = end
                    mention.personHead = true
                    mention.roleParts.append(phraseStart..<(end + 1))
                    mention.name = (end + 1)..<nameEnd
                    t = nameEnd
                    break
                }
                let nameStart = nameStart(ofRun: t..<end)
                // "Statistisk sentralbyrå", "Vest politidistrikt", "Ås skole": the institution's name.
                let nameEnd = institutionNameEnd(ofRun: nameStart..<end, limit: limit)
                mention.name = nameStart..<nameEnd
                if nameStart > phraseStart, mention.head < 0 { mention.roleParts.append(phraseStart..<nameStart) }
                t = nameEnd
                break
            }
            if isPersonHead(t) {
                // "Kirkens Bymisjon", "Kirkens Nødhjelp": a capitalised genitive of an institution
                // noun opening the phrase, then a one-word name, is the first word of a body's name.
                if t == phraseStart, isCapitalised(t), lastFormByte(t) == 0x73, role(t) >= 0, roleIsInstitution(role(t)),
                   t + 1 < limit, isWord(t + 1), isCapitalised(t + 1), !has(t + 1, WordClass.function),
                   nameRunEnd(t + 1, limit: limit) == t + 2 {
                    // "Kirkens Nødhjelps generalsekretær (Dagfinn Høybråten)": that name's genitive
                    // before a noun.
                    if isGenitiveBeforeNoun(t + 1, limit: limit) {
                        lastContent = t + 1
                        modifiers += 1
                        t += 2
                        continue
                    }
                    mention.name = t..<(t + 2)
                    t += 2
                    break
                }
                // "Amnesty International": a body the lexicon knows by a proper name ("=Amnesty",
                // "=Nato") opening the phrase, then capitalised words, is one longer name; a body's
                // name is no title before a person's.
                if t == phraseStart, isCapitalised(t), role(t) >= 0, roleIsProperName(role(t)), t + 1 < limit, isWord(t + 1),
                   isCapitalised(t + 1), !isInitial(t + 1), !has(t + 1, WordClass.function) {
                    let end = nameRunEnd(t + 1, limit: limit)
                    mention.name = t..<end
                    t = end
                    break
                }
                // "Leger Uten Grenser": a capitalised noun, then a preposition, article or
                // conjunction written with a capital inside the sentence and a capitalised word —
                // one name, whose first word only looks like a noun.
                if t == phraseStart, isCapitalised(t), t + 2 < limit, isNameLink(t + 1),
                   isWord(t + 2), isCapitalised(t + 2), !has(t + 2, WordClass.function) {
                    let end = nameRunEnd(t + 2, limit: limit)
                    if isGenitiveBeforeNoun(end - 1, limit: limit) {
                        // "Leger Uten Grensers generalsekretær"
                        lastContent = end - 1
                        modifiers += 1
                        t = end
                        continue
                    }
                    mention.name = t..<end
                    t = end
                    break
                }
                // A genitive role noun before a noun ("guvernørens pressetalsmann"), or an
                // adjectival one before another person noun ("mobiliserte soldater").
                if lastFormByte(t) == 0x73 || t + 1 < limit && isPersonHead(t + 1) && !isCapitalised(t + 1),
                   t + 1 < limit, isWord(t + 1), !isCapitalised(t + 1),
                   !has(t + 1, ArticleWords.notNominal), cue(t + 1) < 0 {
                    lastContent = t
                    modifiers += 1
                    t += 1
                    continue
                }
                mention.head = t
                mention.personHead = true
                t += 1
                // ("professor emeritus Kari Holm": a word that belongs to the title.)
                if t + 1 < limit, has(t, .postTitle), isWord(t + 1), isCapitalised(t + 1) { t += 1 }
                // An apposed name: "advokat Pavel Gusev", "menneskerettighetsgruppen Frie Stemmer".
                if t < limit, isWord(t), isCapitalised(t), !isInitial(t), mayStartName(t), !opensRelativeClause(t, afterHead: t - 1, limit: limit) {
                    let end = nameRunEnd(t, limit: limit)
                    mention.name = t..<end
                    mention.roleParts.append(phraseStart..<t)
                    t = end
                }
                break
            }
            // (A weekday or other time word opens an adverbial, never a speaker's phrase: "Fredag
            // starter 23-åringen sitt VM …".)
            if isWord(t), !has(t, ArticleWords.notNominal), !has(t, .time), cue(t) < 0, modifiers < 3, !has(t, .de) || t == phraseStart {
                lastContent = t
                modifiers += 1
                t += 1
                // "Norges vassdrag- og energidirektorat": a split compound; the head is the
                // noun after "og".
                if lastFormByte(t - 1) == 0x2D, t + 1 < limit, has(t, .og), isWord(t + 1), !isCapitalised(t + 1),
                   !has(t + 1, ArticleWords.notNominal), cue(t + 1) < 0 {
                    t += 1
                    continue
                }
                // An unlisted title before a name: "feltkoordinator Anna Sørli".
                if t < limit, isWord(t), isCapitalised(t), !isInitial(t), mayStartName(t) {
                    let end = nameRunEnd(t, limit: limit)
                    mention.name = t..<end
                    mention.roleParts.append(phraseStart..<t)
                    mention.head = t - 1
                    t = end
                    break
                }
                continue
            }
            break
        }
        if mention.head < 0 && mention.name == nil {
            guard lastContent >= 0 else { return nil }
            mention.head = lastContent
            t = lastContent + 1
        }
        if aged, mention.name == nil, mention.head >= 0 { mention.personHead = true }
        // A possessive after the head: "naboen hennes", "sønnen deres".
        if mention.name == nil, mention.head >= 0, t < limit, has(t, .possessive), !isCapitalised(t) {
            t += 1
        }
        // Coordinated heads: "mødre og koner", "koner og mødre" — or two titles of one person:
        // "advokat og politiker Kevin Yam".
        if mention.name == nil, mention.head >= 0, t + 1 < limit, has(t, .og), isPersonHead(t + 1) || role(t + 1) >= 0 {
            mention.secondHead = t + 1
            t += 2
            // ("gründer og daglig leder Kari Holm": a second title of several words.)
            while t < limit, role(t) >= 0, role(t) == role(t - 1) {
                mention.secondHead = t
                t += 1
            }
            if t < limit, mayStartName(t), !isInitial(t) {
                let end = nameRunEnd(t, limit: limit)
                mention.roleParts.append(phraseStart..<t)
                mention.name = t..<end
                t = end
            } else {
                mention.group = true
                mention.plural = true
            }
        }
        // "(58)", "(Ap)".
        if t < limit, isPunct(t, 0x28) {
            var close = t + 1
            while close < limit, close - t <= 5, !isPunct(close, 0x29) { close += 1 }
            if close < limit, isPunct(close, 0x29) { t = close + 1 }
        }
        // Prepositional phrases: "fra Kursk fylke", "ved Det utenrikspolitiske selskab",
        // "til mobiliserte fra Moskva-regionen" (after a kinship noun), "for guvernøren i Omsk".
        let headIsKin = mention.head >= 0 && (roleType(mention.head) == .relative)
        var phraseEnd = t
        var affiliation = false
        var channel = -1
        while t < limit, isWord(t) {
            let c = cls(t)
            var allowed = false
            // "en kilde med kjennskap til saken", "personer med innsikt i forhandlingene": the
            // source's knowledge belongs to its description (read from the noun after "til"/"i").
            let insight = c.contains(.med) && mention.personHead && mention.name == nil && t + 3 < limit
                && has(t + 1, .insightNoun) && has(t + 2, .preposition) && !has(t + 2, .accordingTo)
            if c.contains(.fra) || c.contains(.ved) || insight {
                allowed = true
            } else if c.contains(.paa), let end = channelEnd(after: t, limit: limit) {
                // "skriver kommunen på Facebook", "meldte politiet på Twitter at": the channel is
                // read past (the cue's clause goes on after it) but names no one.
                channel = end
                break
            } else if c.contains(.i) || c.contains(.paa) {
                allowed = t + 1 < limit && isCapitalised(t + 1) && isWord(t + 1)
                // "i organisasjonen Conflict Intelligence Team", "i foreningen Soldatmødre".
                    || t + 2 < limit && isWord(t + 1) && roleType(t + 1) == .organisation && isCapitalised(t + 2) && isWord(t + 2)
                    // "i republikkens regjering", "i byens administrasjon": a genitive and an institution.
                    || mention.name != nil && t + 2 < limit && isWord(t + 1) && isWord(t + 2) && lastFormByte(t + 1) == 0x73
                        && (roleType(t + 2) == .organisation || roleType(t + 2) == .official && role(t + 2) >= 0 && roleIsInstitution(role(t + 2)))
                    // "en ansatt i administrasjonen", "lederen i foreningen": a person and the
                    // body (a definite noun) they belong to.
                    // (Not after an institution, "politiet i rapporten", nor a cue "i intervjuet".)
                    // ("en kilde i den egyptiske regjeringen": the noun after "den" and its adjectives.)
                    || mention.name == nil && mention.personHead && cue(t) < 0 && t + 1 < limit
                        && { let body = doubleDefiniteNoun(at: t + 1, limit: limit)
                             return body < limit && isWord(body) && !isCapitalised(body)
                                && !(role(mention.head) >= 0 && roleIsInstitution(role(mention.head)))
                                && !has(body, WordClass.function) && cue(body) < 0 && number(of: body).definite && !number(of: body).plural
                                // (Not where the words were published or spoken: "forskerne i artikkelen",
                                // "forklarte tiltalte i retten".)
                                && !has(body, [.writtenPiece, .spokenOccasion]) }()
                    // "Gruppeleder Ola Dahl i bystyret", "innsatsleder Tom Ness i politiet": a named
                    // person and the body (a definite institution or organisation noun) they work in.
                    || mention.name != nil && t + 1 < limit && isDefiniteBody(t + 1)
            } else if c.contains(.forWord) || c.contains(.av) {
                allowed = mention.name == nil && mention.head >= 0 || affiliation
            } else if c.contains(.til) {
                allowed = mention.name == nil && headIsKin
            }
            guard allowed else { break }
            var object = insight ? t + 3 : t + 1
            var words = insight ? 1 : 0
            while object < limit, words < 6 {
                if has(object, .article), !isCapitalised(object), object + 2 < limit, has(object + 1, .av) {
                    object += 2 // "til en av soldatene"
                    continue
                }
                // "kommunaldirektør for oppvekst Ingrid Lo": after "for" and a field that is no
                // person ("rådgiver for statsminister X" names the minister), a name is the
                // title-holder's, read after the phrase.
                if c.contains(.forWord), mention.personHead, mention.name == nil, words > 0, isWord(object), isCapitalised(object),
                   !isInitial(object), mayStartName(object), isWord(object - 1), !isCapitalised(object - 1), !isPersonHead(object - 1) {
                    break
                }
                if isWord(object), isCapitalised(object), !has(object, WordClass.pronoun) {
                    // A name: "ved Institutt for fredsforskning", "fra Kursk", then at most an
                    // administrative noun ("fra Kursk fylke") — or, after "Det"/"Den", the rest of
                    // an organisation's name ("ved Det utenrikspolitiske selskab").
                    var end = nameRunEnd(object, limit: limit)
                    // "fra Miljøpartiet de Grønne", "fra Freddy de Ruiter": a lowercase particle inside the name.
                    if end + 1 < limit, isWord(end), !isCapitalised(end), ArticleWords.nameParticles.contains(where: { isForm(end, $0) }),
                       isWord(end + 1), isCapitalised(end + 1) {
                        end = nameRunEnd(end + 1, limit: limit)
                    }
                    // "kollega i SVT Anders Holmberg": an acronym, then the person's name.
                    if isAcronymBeforeName(object..<end) { end = object + 1 }
                    // "kommuneadvokat i Oslo Hanne Harlem": a place, then the person's name.
                    if c.contains(.i), mention.personHead, mention.name == nil, isPlaceBeforeName(object..<end) { end = object + 1 }
                    for token in object..<end where isCapitalised(token) { mention.places.append(form(token)) }
                    if end < limit, segmentation.tokens.kinds[end] == .number { end += 1 } // "Ringvei 3"
                    end = organisationNameEnd(after: end, limit: limit, startsWithArticle: has(object, [.determiner, .expletive]))
                    // "sjefen for Irans atomprogram": a genitive name, then the noun it owns (after a
                    // person's title only: "svar på Trumps siste melding" is no speaker).
                    if mention.personHead, mention.name == nil, end > object, end < limit, lastFormByte(end - 1) == 0x73, isWord(end), !isCapitalised(end),
                       !has(end, ArticleWords.notNominal), !has(end, WordClass.function), cue(end) < 0, role(end) < 0 {
                        end += 1
                    }
                    words += end - object
                    object = end
                    if object < limit, has(object, .og), object + 1 < limit, isCapitalised(object + 1) {
                        object += 1
                        continue
                    }
                    // "ved Aldring og helse sier": a body's name with a lower-case noun after "og",
                    // the phrase ending right after it (at the cue, a comma or the reader's limit).
                    if c.contains(.ved), object + 2 <= limit, has(object, .og), isWord(object + 1), !isCapitalised(object + 1),
                       !has(object + 1, WordClass.function), cue(object + 1) < 0,
                       object + 2 == limit || cue(object + 2) >= 0 || isComma(object + 2) {
                        object += 2
                        words += 2
                    }
                    break
                }
                // "valgundersøkelsen fra 2005 leste …": a year ends the phrase.
                if object > t + 1, segmentation.tokens.kinds[object - 1] == .number, end(object - 1) - start(object - 1) == 4,
                   !isCapitalised(object) {
                    break
                }
                if isLexical(object), cue(object) < 0, isCapitalised(object) || !has(object, ArticleWords.notNominal) {
                    if has(object, [.de, .determiner]), !isCapitalised(object) {
                        object += 1
                        continue
                    }
                    if isCapitalised(object) { mention.places.append(form(object)) }
                    object += 1
                    words += 1
                    continue
                }
                if has(object, .og), object + 1 < limit, isCapitalised(object + 1), words > 0 {
                    object += 1
                    continue
                }
                break
            }
            guard words > 0 else { break }
            // "ved Forsvarets forskningsinstitutt (FFI) Tor Bukkvoll", "ved Norsk institutt for
            // forsvarsstudier (IFS)": the body's acronym in brackets belongs to the phrase.
            if object + 2 < limit, isPunct(object, 0x28), isWord(object + 1), isAllCaps(object + 1), isPunct(object + 2, 0x29) { object += 3 }
            if mention.name != nil {
                // "ved Institutt for fredsforskning", "ved Universitetet i Bergen": the affiliation.
                if c.contains(.ved) || c.contains(.i) && (t + 1..<object).contains(where: {
                    roleType($0) == .organisation || has($0, .orgWord) || role($0) >= 0 && roleIsInstitution(role($0)) }) {
                    // Also "i Norsk Helsearbeiderforbund", "i organisasjonen X" (not "i Kursk").
                    mention.roleParts.append(t..<object)
                    affiliation = true
                } else if affiliation, let last = mention.roleParts.last, last.upperBound == t {
                    mention.roleParts[mention.roleParts.count - 1] = last.lowerBound..<object
                } else {
                    affiliation = false
                }
            }
            t = object
            phraseEnd = t
        }
        // A name after the phrase: "Jengs kollega i SVT Anders Holmberg" (not the subject of a
        // relative clause without "som": "kilder BT har snakket med").
        if mention.name == nil, mention.head >= 0, t < limit, t == phraseEnd, isWord(t), isCapitalised(t), !isInitial(t), mayStartName(t),
           !opensRelativeClause(t, afterHead: mention.head, limit: limit) {
            let end = nameRunEnd(t, limit: limit)
            mention.roleParts.append(phraseStart..<t)
            mention.name = t..<end
            t = end
            phraseEnd = end
        }
        mention.tokens = phraseStart..<phraseEnd
        mention.end = phraseEnd
        if channel > phraseEnd, t == phraseEnd { mention.end = channel; t = channel }
        // Apposition after a comma.
        if appositive, t < limit, isComma(t), t + 1 < limit {
            readApposition(after: t, limit: limit, into: &mention)
        } else if appositive, mention.name == nil, mention.head >= 0, t < limit, has(t, .som) {
            // "En av de to losene som var om bord, Inge Lockert, har …": the name after a short
            // relative clause.
            var comma = t + 1
            while comma < limit, comma - t <= 10, !isComma(comma), !isSentenceFinal(comma), !isDash(comma), !isColon(comma) { comma += 1 }
            if comma + 2 < limit, comma - t <= 10, isComma(comma), isWord(comma + 1), isCapitalised(comma + 1), mayStartName(comma + 1) {
                let end = nameRunEnd(comma + 1, limit: limit)
                if end < limit, isComma(end) {
                    mention.roleParts.insert(mention.tokens, at: 0)
                    mention.name = (comma + 1)..<end
                    mention.end = end + 1
                }
            }
        }
        classify(&mention, quantity: quantity, definiteDeterminer: definiteDeterminer)
        return mention
    }

    /// The noun of a double-definite phrase opened by a lower-case "den"/"det" and one or two
    /// weak adjectives ("den egyptiske regjeringen", "det amerikanske utenriksdepartementet"), or
    /// `token` itself when no such phrase opens there. Norwegian repeats the definiteness on the
    /// noun, so the noun decides what the phrase names, as a bare definite noun does.
    func doubleDefiniteNoun(at token: Int, limit: Int) -> Int {
        guard token + 2 < limit, isWord(token), !isCapitalised(token), isForm(token, ArticleWords.den) || isForm(token, ArticleWords.det) else {
            return token
        }
        var noun = token + 1
        while noun < limit, noun - token <= 2, isWord(noun), !isCapitalised(noun), !has(noun, WordClass.function), cue(noun) < 0,
              endsWith(noun, "e") {
            noun += 1
        }
        return noun > token + 1 && noun < limit ? noun : token
    }

    /// Whether the name at `token` after the plural head noun `head` is the subject of a relative
    /// clause without "som" ("kilder BT har snakket med", "personer NRK har vært i kontakt med"):
    /// a verb follows the name. A title before a name is singular ("kollega Anders Holmberg har …").
    /// The clause's subject is a name or a pronoun ("kilder vi har snakket med"): a verb right
    /// after the noun is the main clause's ("Ifølge kilder har Russland mistet …").
    func opensRelativeClause(_ token: Int, afterHead head: Int, limit: Int) -> Bool {
        guard number(of: head).plural, !number(of: head).definite else { return false }
        guard isWord(token), isCapitalised(token) || has(token, [.vi, .jeg, .han, .hun, .de]) else { return false }
        let end = nameRunEnd(token, limit: limit)
        return end < limit && has(end, .verb)
    }

    /// "(kommuneadvokat i) Oslo Hanne Harlem": a run of three or four capitalised words after "i"
    /// whose first is used as a place in the article and none of which names an organisation.
    func isPlaceBeforeName(_ run: Range<Int>) -> Bool {
        run.count >= 3 && run.count <= 4 && run.lowerBound > 0 && has(run.lowerBound - 1, .i)
            && placeName[Int(form(run.lowerBound))] && !has(run.lowerBound, [.orgWord, .determiner])
            && !run.contains(where: { has($0, [.orgWord, .placeNoun]) || role($0) >= 0 })
            && !isNameSlash(run.lowerBound + 1, limit: run.upperBound) // "i Bodø/Glimt": one name
    }

    /// "(kollega i) SVT Anders Holmberg", "(forsker ved) FFI Tor Bukkvoll": a run of three or
    /// more capitalised words whose first is an acronym and whose second is not: the body, then
    /// the person's name.
    func isAcronymBeforeName(_ run: Range<Int>) -> Bool {
        run.count >= 3 && isAllCaps(run.lowerBound) && !isAllCaps(run.lowerBound + 1)
    }

    /// Whether `token` is a lower-case definite singular noun naming a body a person works in:
    /// an institution role noun ("politiet", "bystyret", "kommunen") or an organisation noun
    /// ("foreningen", "selskapet").
    func isDefiniteBody(_ token: Int) -> Bool {
        guard isWord(token), !isCapitalised(token), !has(token, WordClass.function), cue(token) < 0 else { return false }
        let item = role(token)
        guard item >= 0, roleIsInstitution(item) || roleTypeOf(item) == .organisation else { return false }
        let number = number(of: token)
        return number.definite && !number.plural
    }

    /// Whether `token` reads as the subject of an inverted clause rather than the noun a genitive
    /// owns: a function word ("det", "de") or a definite noun ("brannen", "forsinkelsene"), which
    /// never follows a genitive ("kommunes budsjett", not "kommunes budsjettet").
    func opensInvertedSubject(_ token: Int) -> Bool {
        has(token, WordClass.function) || endsWith(token, "en") || endsWith(token, "et") || endsWith(token, "ene")
    }

    /// Whether a phrase names a body by a name that ends in an institution noun ("Bergen kommune",
    /// "Vest politidistrikt").
    func speaksAsInstitution(_ mention: Mention) -> Bool {
        guard let name = mention.name else { return false }
        return name.count > 1 && isInstitutionNoun(name.upperBound - 1)
    }

    /// The end of "på Twitter", "på sine nettsider", "på sosiale medier" at `preposition`, or nil
    /// when what follows "på" is no publishing channel.
    func channelEnd(after preposition: Int, limit: Int) -> Int? {
        var token = preposition + 1
        if token < limit, has(token, .possessive) { token += 1 }
        guard token < limit, isWord(token), has(token, .channel) else { return nil }
        if token + 1 < limit, has(token + 1, .channel), !isCapitalised(token + 1) { token += 1 } // "sosiale medier"
        return token + 1
    }

    /// The end of a short name (one or two capitalised words) together with the institution noun
    /// after it: "Statistisk sentralbyrå", "Vest politidistrikt", "Ås skole", "Bergen kommune",
    /// "Haukeland universitetssykehus" name a body, not a person called "Statistisk". The noun is
    /// lower-case and indefinite (a definite noun after a name is a phrase of its own), and at
    /// most one lower-case word stands between ("Ås videregående skole").
    ///
    /// - Complexity: O(1).
    func institutionNameEnd(ofRun run: Range<Int>, limit: Int) -> Int {
        let end = run.upperBound
        guard run.count <= 2 else { return end }
        for noun in end..<min(limit, end + 2) {
            guard isWord(noun), !isCapitalised(noun), !has(noun, ArticleWords.notNominal), !has(noun, WordClass.function), cue(noun) < 0
            else { return end }
            if isInstitutionNoun(noun) { return noun + 1 }
        }
        return end
    }

    /// A lower-case indefinite noun that names a kind of body: an organisation or institution role
    /// noun ("sykehus", "politidistrikt", "direktorat", "kommune"), an organisation word
    /// ("institutt", "forbund") or an administrative noun ("fylke").
    func isInstitutionNoun(_ token: Int) -> Bool {
        guard isWord(token), !isCapitalised(token) else { return false }
        let item = role(token)
        let body = item >= 0 && (roleIsInstitution(item) || roleTypeOf(item) == .organisation)
            || has(token, [.orgWord, .institutionName]) || has(token, .placeNoun) && !endsWith(token, "er") // not "kommuner", "fylker"
            || endsWithAny(token, ArticleWords.organisationEndings) // "Norsk kulturråd", "Sintef forskningssenter"
        return body && !number(of: token).definite && !number(of: token).plural
    }

    static let aar: [UInt8] = Array("år".utf8), gammel: [UInt8] = Array("gammel".utf8), gamle: [UInt8] = Array("gamle".utf8)

    /// Endings of compound organisation nouns that are no role nouns ("kulturråd", "forskningssenter").
    static let organisationEndings: [[UInt8]] = ["råd", "senter", "institutt", "forbund", "akademi", "kontor"].map { Array($0.utf8) }

    /// Lower-case words that still belong to a name: "Norsk utenrikspolitisk institutt",
    /// "Forsvarets forskningsinstitutt" (up to an organisation noun), "Kursk fylke" (one
    /// administrative noun), "Det utenrikspolitiske selskab" (after "Det"/"Den").
    func organisationNameEnd(after end: Int, limit: Int, startsWithArticle: Bool) -> Int {
        var index = end
        var last = end
        while index < limit, index - end < 3, isWord(index), !isCapitalised(index), !has(index, ArticleWords.notNominal),
              cue(index) < 0 {
            // "Oslo brann- og redningsetat": a split compound; its head comes after "og".
            if lastFormByte(index) == 0x2D, index + 2 < limit, has(index + 1, .og), isWord(index + 2), !isCapitalised(index + 2) {
                index += 2
                continue
            }
            if has(index, .orgWord) || roleType(index) == .organisation || startsWithArticle || isInstitutionNoun(index) { last = index + 1 }
            if index == end, has(index, .placeNoun) { last = index + 1 }
            index += 1
        }
        return last
    }

    /// ", Olga Kuznetsova," / ", direktør ved …" / ", som er professor …" / ", som presenterer seg som Sergej".
    private func readApposition(after comma: Int, limit: Int, into mention: inout Mention) {
        let start = comma + 1
        var stop = start
        while stop < limit, !isComma(stop), !isSentenceFinal(stop), !isDash(stop), !isColon(stop) { stop += 1 }
        guard stop > start else { return }
        // "Ap, Sp og Venstre sier …", "Høyre, Venstre og KrF mener …": the next names of a list,
        // not an apposition naming or describing the first (`namePair` reads the list). (After
        // "representanter fra Høyre" the list stays part of the phrase.)
        let bare = mention.tokens.count == 1 || mention.name == mention.tokens
        if bare, isNameList(start, limit: limit) { return }
        let closing = stop < limit && isComma(stop) ? stop + 1 : stop
        if has(start, .hvis), start + 1 < stop, roleType(start + 1) == .relative {
            // ", hvis ektemann ble mobilisert": a relative of someone.
            if mention.name != nil { mention.roleParts.append(start..<stop) }
            mention.end = closing
            return
        }
        if has(start, .som) {
            // A relative clause: it may name the speaker or give the role.
            var index = start + 1
            while index < stop {
                if has(index, .naming) {
                    var nameStart = index + 1
                    while nameStart < stop, has(nameStart, [.seg, .som]) { nameStart += 1 }
                    if nameStart < stop, isWord(nameStart), isCapitalised(nameStart) {
                        let end = nameRunEnd(nameStart, limit: stop)
                        if mention.name == nil {
                            mention.roleParts.insert(mention.tokens, at: 0)
                            mention.name = nameStart..<end
                        }
                        break
                    }
                }
                index += 1
            }
            if has(start + 1, .er), start + 2 < stop {
                // "som er professor ved …": a role noun right after "er" (articles and adverbs aside).
                var first = start + 2
                while first < stop, role(first) < 0, has(first, [.article, .adverb]), !has(first, .ikke) { first += 1 }
                if first < stop, role(first) >= 0 { mention.roleParts.append(first..<stop) }
            } else if mention.name != nil, start + 1 < stop, has(start + 1, .verb),
                      let kin = (start + 2..<min(stop, start + 5)).first(where: { roleType($0) == .relative }) {
                // "som har to sønner ved fronten": a relative.
                mention.roleParts.append(kin..<stop)
            }
            mention.end = closing
            return
        }
        if mention.name == nil {
            // "Moren til en av soldatene, Olga Kuznetsova," / "Den tredje forskeren, professor Peder Vik …"
            if let inner = readMention(from: start, limit: stop, appositive: false, skipAdverbs: false), let name = inner.name,
               inner.end == stop || inner.end == name.upperBound {
                mention.roleParts.insert(mention.tokens, at: 0)
                mention.roleParts.append(contentsOf: inner.roleParts)
                mention.name = name
                mention.end = closing
            }
            return
        }
        // ", direktør ved Det utenrikspolitiske selskab": a role noun among the first words.
        var index = start
        while index < stop, index - start < 4 {
            if role(index) >= 0 {
                mention.roleParts.append(start..<stop)
                mention.end = closing
                return
            }
            guard isWord(index), !isCapitalised(index) else { return }
            index += 1
        }
    }

    /// Whether capitalised names separated by commas run from `start` to an "og" and one more
    /// capitalised name ("Sp og Venstre", "SV, Rødt og MDG"): the rest of a list after its first
    /// name. Lower-case words in between make it something else (", leder i Rødt og …").
    func isNameList(_ start: Int, limit: Int) -> Bool {
        var t = start
        var names = 0
        while t < limit {
            if isComma(t) { t += 1; continue }
            if has(t, .og) { return names > 0 && t + 1 < limit && isWord(t + 1) && isCapitalised(t + 1) && mayStartName(t + 1) }
            guard isWord(t), isCapitalised(t) else { return false }
            names += 1
            t += 1
        }
        return false
    }

    /// Kind, number and gender from the head and determiners.
    private func classify(_ mention: inout Mention, quantity: Bool, definiteDeterminer: Bool) {
        if mention.name != nil {
            mention.kind = .name
            if mention.head >= 0 { mention.gender = genderOfNoun(mention.head) }
            let organisation = mention.roleParts.contains { $0.contains { roleType($0) == .organisation } }
            if mention.gender == 0, !organisation, let name = mention.name { mention.gender = genderOfName(name) }
            return
        }
        guard mention.head >= 0 else { return }
        let (plural, definite) = number(of: mention.head)
        mention.plural = mention.plural || plural || mention.group || (quantity && !mention.member)
        if mention.member { mention.plural = false }
        mention.group = mention.group || mention.plural
        if mention.member || quantity {
            mention.kind = .indefinite
        } else if definite || definiteDeterminer {
            mention.kind = .definite
        } else {
            mention.kind = .indefinite
        }
        mention.gender = genderOfNoun(mention.head)
        if mention.gender == 0, mention.secondHead >= 0 { mention.gender = genderOfNoun(mention.secondHead) }
    }

    /// Whether the name word at `token` is a genitive ("Nødhjelps", "Grensers") before a
    /// lower-case noun that is no verb of saying: "Kirkens Nødhjelps generalsekretær".
    func isGenitiveBeforeNoun(_ token: Int, limit: Int) -> Bool {
        lastFormByte(token) == 0x73 && isOwnedNoun(token + 1, limit: limit)
    }

    /// Whether `token` can be the noun a genitive owns: a lower-case word that is neither a
    /// function word nor a verb of saying ("Røde Kors' generalsekretær", "Listhaug sin rådgiver").
    func isOwnedNoun(_ token: Int, limit: Int) -> Bool {
        token < limit && isWord(token) && !isCapitalised(token) && !has(token, ArticleWords.notNominal) && cue(token) < 0
    }

    /// A preposition, article or "og" written with a capital inside a sentence, between the words
    /// of a name: "Leger Uten Grenser", "Start En Drøm" (not "Per", also a first name).
    func isNameLink(_ token: Int) -> Bool {
        isWord(token) && isCapitalised(token) && !isInitial(token) && has(token, [.preposition, .article, .og])
            && !isForm(token, ArticleWords.per)
    }

    /// The bracket after a body's name that opens at `first` with a capital and runs two to six
    /// words (no verb, cue or clause word among them) to its acronym in brackets: "Natur og Ungdom
    /// (NU)", "Norsk organisasjon for asylsøkere (NOAS)". The acronym starts with the name's first
    /// letter and holds its last word's; a party tag ("Kari Holm (SV)") is none. Nil otherwise.
    func nameBeforeAcronym(from first: Int, limit: Int) -> Int? {
        guard isWord(first), isCapitalised(first), !has(first, WordClass.function) else { return nil }
        // (Not a title and where its holder works: "Forsker ved Forsvarets forskningsinstitutt
        // (FFI) Tor Bukkvoll", whose first letters only happen to match.)
        if isPersonHead(first), first + 1 < limit, has(first + 1, [.ved, .i, .fra]) { return nil }
        var bracket = first + 1
        while bracket < limit, bracket - first < 6, isWord(bracket), cue(bracket) < 0, !has(bracket, [.verb, .at, .som]) {
            bracket += 1
        }
        guard bracket - first >= 2, bracket + 2 < limit, isPunct(bracket, 0x28), isAllCaps(bracket + 1), isPunct(bracket + 2, 0x29),
              !isPartyTag(bracket + 1) else { return nil }
        let text = segmentation.text
        let acronym = text.string(bytes((bracket + 1)..<(bracket + 2))).lowercased()
        guard let head = text.string(bytes(first..<(first + 1))).lowercased().first,
              let last = text.string(bytes((bracket - 1)..<bracket)).lowercased().first,
              acronym.first == head, acronym.contains(last) else { return nil }
        return bracket
    }

    /// Where the personal name of a name run starts: after a leading party genitive
    /// ("Høyres Ine Eriksen Søreide", "SVs Kari Holm") or genitive of a name used elsewhere ("Rødts
    /// Mari Fjeld"). Two words are one name unless the first is a party's genitive: "Norges Bank"
    /// stays whole although "Norge" is in the article.
    func nameStart(ofRun run: Range<Int>) -> Int {
        let first = run.lowerBound
        if run.count >= 2, isPartyGenitive(first) {
            return first + 1
        }
        if run.count >= 3, lastFormByte(first) == 0x73, isGenitiveOfKnownName(first) {
            return first + 1
        }
        // "Manchester United-legenden Ryan Giggs", "Hongkong-direktør Filippo Gori".
        if let title = run.dropLast().lastIndex(where: { isHyphenatedTitle($0) }) { return title + 1 }
        // "Landslagstrener Per Olsen" at the start of a sentence.
        if run.count >= 3, isInitial(first), !capitalisedInside[Int(form(first))], hasTitleSuffix(first) { return first + 1 }
        return first
    }

    /// Whether the token minus its final "s" is a name capitalised elsewhere in the article.
    func isGenitiveOfKnownName(_ token: Int) -> Bool {
        let stem: [UInt8] = withForm(token) { Array($0.dropLast()) }
        guard stem.count >= 2 else { return false }
        let id = stem.withUnsafeBufferPointer { segmentation.forms.lookup($0) }
        guard let id else { return false }
        return seenCapitalised[Int(id)] && classes[Int(id)].isDisjoint(with: WordClass.function)
    }

    /// The type of the role noun at `token`, or nil.
    func roleType(_ token: Int) -> SpeakerType? {
        let item = role(token)
        return item >= 0 ? roleTypeOf(item) : nil
    }

    /// 1 female, 2 male, 0 unknown.
    func genderOfNoun(_ token: Int) -> Int8 {
        if has(token, .female) { return 1 }
        if has(token, .male) { return 2 }
        return 0
    }

    /// A weak guess from name endings, used only to rule antecedents out: Russian and Ukrainian
    /// surnames (-ova, -eva, -ina, -skaja / -ov, -ev, -in, -skij), first names in -ina, -ena,
    /// -ana, -nna, -ija (female) and -ej, -ij (male). Many male first names end in -a (Mykola,
    /// Nikita, Ilja), so a final -a alone says nothing.
    func genderOfName(_ name: Range<Int>) -> Int8 {
        let last = name.upperBound - 1
        if name.count >= 2 {
            if endsWithAny(last, ArticleWords.femaleSurnames) { return 1 }
            if endsWithAny(last, ArticleWords.maleSurnames) { return 2 }
        }
        let first = name.lowerBound
        if endsWithAny(first, ArticleWords.maleFirstNames) { return 2 }
        if name.count >= 2 || endsWithAny(first, ArticleWords.femaleSurnames) {
            if endsWithAny(first, ArticleWords.femaleFirstNames) { return 1 }
        }
        return 0
    }

    static let femaleSurnames: [[UInt8]] = ["ova", "eva", "ina", "aja", "kaja", "yna"].map { Array($0.utf8) }
    static let maleSurnames: [[UInt8]] = ["ov", "ev", "in", "skij", "kyj", "ij"].map { Array($0.utf8) }
    static let maleFirstNames: [[UInt8]] = ["ej", "ij", "yj"].map { Array($0.utf8) }
    static let femaleFirstNames: [[UInt8]] = ["ina", "ena", "ana", "nna", "ija", "ova", "eva"].map { Array($0.utf8) }

    /// Whether the token's folded form ends with one of `suffixes` (and is longer by two bytes).
    func endsWithAny(_ token: Int, _ suffixes: [[UInt8]]) -> Bool {
        withForm(token) { form in
            for suffix in suffixes where form.count > suffix.count + 1 {
                var equal = true
                var index = 0
                let offset = form.count - suffix.count
                while index < suffix.count {
                    if form[offset + index] != suffix[index] { equal = false; break }
                    index += 1
                }
                if equal { return true }
            }
            return false
        }
    }

    /// Number and definiteness of a head noun: closed lists first, then the role lemma and the
    /// ending ("-ene" definite plural, "-en"/"-et" definite singular).
    func number(of token: Int) -> (plural: Bool, definite: Bool) {
        let c = cls(token)
        if !c.isDisjoint(with: [.personNoun, .female, .male, .groupNoun]) && !c.isDisjoint(with: [.pluralNoun, .definiteNoun]) {
            return (c.contains(.pluralNoun), c.contains(.definiteNoun) || endsWith(token, "ene"))
        }
        let item = role(token)
        if item >= 0 {
            let lemma = roleLemma(item)
            let isSuffix = roleIsSuffix(item)
            let ending: [UInt8]? = withForm(token) { form in
                var bytes = Array(form)
                if bytes.last == 0x73, bytes.count > lemma.count + 1 { bytes.removeLast() } // genitive
                if isSuffix {
                    // Find the lemma followed by a short ending.
                    var offset = bytes.count - lemma.count
                    while offset >= 0 && bytes.count - offset - lemma.count <= 4 {
                        if Array(bytes[offset..<(offset + lemma.count)]) == lemma { return Array(bytes[(offset + lemma.count)...]) }
                        offset -= 1
                    }
                    return nil
                }
                guard bytes.count >= lemma.count, Array(bytes.prefix(lemma.count)) == lemma else { return nil }
                return Array(bytes[lemma.count...])
            }
            if let ending {
                switch String(decoding: ending, as: UTF8.self) {
                // ("=banken", "=retten", "=partene": an exact lower-case row is an inflected form;
                // its own ending tells the number.)
                case "" where roleIsExactForm(item) && !roleIsProperName(item):
                    if endsWith(token, "ene") || endsWith(token, "rne") { return (true, true) }
                    if endsWith(token, "en") || endsWith(token, "et") { return (false, true) }
                    return (false, false)
                case "": return (false, false)
                case "en", "et", "a", "n", "t": return (false, true)
                case "er", "r", "e", "ere": return (true, false)
                case "ene", "ne", "erne", "rne": return (true, true)
                default: break
                }
            }
        }
        if endsWith(token, "ene") { return (true, true) }
        if endsWith(token, "en") || endsWith(token, "et") { return (false, true) }
        return (false, false)
    }

    func endsWith(_ token: Int, _ suffix: String) -> Bool {
        let utf8 = Array(suffix.utf8)
        return withForm(token) { form in
            form.count > utf8.count && zip(form.suffix(utf8.count), utf8).allSatisfy { $0 == $1 }
        }
    }

    /// The stem of a folded noun for matching descriptions: up to two endings (-ene, -en, -er, -a …)
    /// removed, at least three bytes kept. "forskeren" and "russlandsforsker" give "forsk" and
    /// "russlandsforsk"; "kvinnene" and "kvinner" give "kvinn".
    static func stem(_ form: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var bytes = Array(form)
        if bytes.last == 0x73, bytes.count > 5 { bytes.removeLast() } // genitive
        for _ in 0..<2 {
            var stripped = false
            for ending in ArticleWords.endings where bytes.count - ending.count >= 3 {
                if Array(bytes.suffix(ending.count)) == ending {
                    bytes.removeLast(ending.count)
                    stripped = true
                    break
                }
            }
            if !stripped { break }
        }
        return bytes
    }

    static let endings: [[UInt8]] = ["ene", "ane", "ne", "en", "et", "er", "ar", "a", "e", "n"].map { Array($0.utf8) }

    func stem(of token: Int) -> [UInt8] { withForm(token) { ArticleWords.stem($0) } }
}
