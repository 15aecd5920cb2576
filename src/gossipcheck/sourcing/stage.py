"""``SourcingStage``: entities, attributions, chain, also-cites and the article's outlet."""

from __future__ import annotations

from ..article import Article
from ..pipeline import record
from .attributions import AttributionFinder
from .chain import build_chain
from .coreference import resolve
from .entities import find_entities
from .idioms import refine
from .learned import add_learned
from .outlet_shapes import with_shaped
from .outlets import find_outlets, lookup_outlet
from .own_outlet import own_outlet
from .quoted import attach_quotes
from .quotes import quote_at
from .stances import assign_stances

# 1.24.1: a speaker's reported words end before the same speaker's next act ("…, clarifying
# that"); 1.24.0: "Radar broke the news", "Us broke the story" name the outlet; the poster
# captions the picture ("He posted a pic captioned …"); "clarifying that" is an act;
# 1.23.0: quotations in single marks (British style) where a paragraph has no double
# ones, and the stance lexicon read inside them; "SiriusXM’s The Howard Stern Show" keeps
# its interview; 1.22.0: the agent of a passive cue speaks ("was confirmed to People by
# her rep"); an "organisation" with a person's noun or first-person words is a person
# ("her mother, Deb"); "saying goodbye", "said yes" report nothing;
# 1.21.0: TV and radio shows and more magazines in the outlet table ("told Good Morning
# America"); "a source at Us Weekly" speaks, not the outlet; no negated clause in a
# speaker's modifier; "Reps" opening a sentence is no name, and a rep's post has a stance;
# 1.20.2: the same output sooner (names by str.find, no regex per name); 1.20.1:
# "denied most of" denies again; 1.20.0: "squealed" is a speech cue; 1.19.0:
# denial words in another sense ("made up his mind", "denied bail") deny nothing, "just
# friends", "no feud", "quell" deny; 1.18.0: a relay inside another outlet's reported
# content is its source; 1.17.0: the outlet before a "citing" aside relays, "picked up
# from", a relay after the origin is cited; 1.16.0: a representative negating the claim
# denies, court papers by name, "asked by" an outlet; 1.15.0: the shortest subject
# before a participle, dated pieces, compound speaker nouns ("a police report"), content
# clauses as speakers dropped, more denials;
# 1.14.0: acts nested in reported clauses ("E! notes that X shared a photo"); 1.13.0:
# speech-tags, typewriter quotes, described names, documents and relays; 1.11.0: one-word
# names with a person's cue ("Fergie admitted") are people, not organisations; NW,
# Female First, CBC News, Global News and "Star Mag" in the outlet
# table; 1.10.0 (with 1.9.1's speed work: Viterbi by guess and check, grouped outlet regexes):
# celebrity idioms (.idioms: questions, negations, capital kickers, dates,
# unnamed people; .outlet_shapes; cut lines re-joined; more own-outlet marks); 1.9.0:
# pronouns agree in gender (.gender), one line of relays, own outlet from the text
# (.own_outlet); 1.8.0: celebrity typing (lexicons, names typed by role, .roles); 1.7.0:
# stance, PolNeAR fixes
VERSION = "1.24.1"
ATTACH_QUOTES = True  # .quoted: quotations with a speech cue and speaker beside them


class SourcingStage:
    """Fills ``entities``, ``attributions``, ``reporting_chain``, ``also_cites``;
    canonicalises ``outlet``.

    Reads ``text``, ``sentences``, ``outlet`` and ``url``.
    """

    name = "sourcing"
    version = VERSION

    def __init__(self, *, use_ner: bool = True, learned: bool = True) -> None:
        self.use_ner = use_ner  # people, organisations and places from the name tagger (.names)
        self.learned = learned  # add the learned tagger's attributions (.learned)

    def __call__(self, article: Article) -> Article:
        if not article.sentences and article.text:
            from ..text import split_sentences

            article.sentences = split_sentences(article.text)
        known = lookup_outlet(article.outlet) or lookup_outlet(article.url)
        if known is not None:
            article.outlet = known.name
        mentions = with_shaped(article.text, find_outlets(article.text))
        if article.outlet is None:  # no URL or page named it: the text's own marks may
            article.outlet = own_outlet(article.text, mentions)
        if self.use_ner:
            article.entities = find_entities(article.text, mentions, article.sentences)
        else:
            from ..article import Entity

            article.entities = [
                Entity(m.span, "OUTLET", m.text, canonical=m.outlet.name, stage=self.name)
                for m in mentions
            ]
        # An "organisation" that is a person's first or last name elsewhere in the article
        # ("Cole Sprouse" … "Sprouse revealed") is the name tagger's error for that person.
        names = {part for e in article.entities if e.label == "PERSON" for part in e.text.split()}
        orgs = [e.span for e in article.entities if e.label == "ORG" and e.text not in names]
        finder = AttributionFinder(article, mentions, orgs)
        candidates = finder.find()
        if self.learned:
            candidates = add_learned(finder.scope, candidates)
        if ATTACH_QUOTES:
            candidates = attach_quotes(finder.scope, candidates)
        candidates = refine(finder.scope, candidates)
        starts = [s.span.start for s in article.sentences]
        outside = [e for e in article.entities if quote_at(finder.quotes, e.span.start) is None]
        article.attributions = resolve(article.text, candidates, outside, starts)
        assign_stances(article)
        article.reporting_chain, article.also_cites = build_chain(article, mentions)
        return record(article, self)
