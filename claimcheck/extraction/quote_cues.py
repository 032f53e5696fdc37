"""The cue that credits one quotation, and the token naming its speaker.

Tried in order of how directly a cue credits the words:

1. a cue verb just before the opening mark ("Rutte warned, “...”", "he said: “...”");
2. a colon label: a name, and nothing that is a verb, before a colon ("Jane Doe, on
   radio: “...”"), or a paragraph ending "According to X:" or "X said:";
3. after the closing mark, up to the end of the sentence: a dash credit ("— Jane Doe"),
   "according to X", or a cue verb however far, past appositions and parentheses
   (", Rep. Jane Doe (D-Ore.), the committee's chair, said"); after a quotation that ends
   its sentence, a next sentence that is only a credit ("…?” Borger asked."); after a
   quotation that fills its paragraph, a next line opening with a dash ("- Jane Doe.");
4. a cue verb that governs the quoted words ("a plan he called “...”");
5. a cue verb or noun elsewhere in the sentence ("In a statement, the party said ...");
6. last, the verb whose clausal complement holds the quotation ("Ryan worried that the
   net was becoming “...”"): its subject is the source.

A cue's speaker is its subject (for a relative pronoun, the noun the clause modifies:
"Beck, who called it “...”"); a participle (", saying", ", adding") and a verb joined
by "and" take the subject of the verb they hang on; a cue noun takes its possessor or the
"from"/"by" phrase ("Trump's statement", "a letter from the mayor"), or the subject of the
verb it is the object of ("delivered a retort:"). When the parse gives a cue verb no
subject outside the quotation, ``Cue.others`` holds the noun phrases beside it that may
name the speaker instead, nearest first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from claimcheck.extraction.line_breaks import same_line, text_of
from claimcheck.extraction.quote_marks import Marked
from claimcheck.lang.en.grammar import NON_PERSON_PRONOUNS, RELATIVE_PRONOUNS
from claimcheck.lang.en.speech import (
    CREDIT_VERBS,
    CUE_NOUNS,
    CUE_VERBS,
    HEARER_VERBS,
    PHRASAL_CUES,
)
from claimcheck.models import Span

AFTER_WINDOW = 40
"""Tokens after a closing mark searched for the rest of its sentence's credit."""

SENTENCE_WINDOW = 40
"""Tokens either side of a quotation searched for a cue in its sentence: a quote's cue is
near it, and a text without sentence breaks must not cost quotes x length."""

MAX_CLIMB = 12
"""Head-chain steps from the quoted words up to a governing cue verb."""

BARE_WINDOW = 8
"""Tokens after a quotation's own sentence end within which a bare credit's verb lies."""

LABEL_WINDOW = 8
"""Tokens before a colon that can make a label ("Jane Doe, on radio:")."""

_MARKS = frozenset("“”\"")
_DASHES = frozenset({"—", "–", "--", "-"})
_DASH_CHARS = frozenset("—–-")
_ENDS = frozenset({".", "!", "?"})
_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "dative", "attr", "oprd"})
"""What a cue verb says of its own: a clause, an object, a predicate."""


FALLBACK_WINDOW = 30
"""Tokens before a cue verb searched for its speaker when the parse gave it no subject."""


@dataclass
class Cue:
    verb: Token | None  # None for "according to", a dash credit or a label
    span: Span
    speaker: Token | None  # the token naming the speaker
    adjacent: bool = False  # right before the opening or right after the closing mark
    others: tuple[Token, ...] = field(default=())
    """Where the parse gave the cue verb no subject outside the quotation, or one inside it
    ("…Trump articulates it,” Viguerie notes" with "Trump" as the subject): the heads of the
    noun phrases next to the verb, nearest first, that can name the speaker instead."""
    parsed: Token | None = None
    """The subject the parse gave, even one inside a quotation."""


def is_cue(t: Token, tag: bool = False) -> bool:
    """A verb of communication; with ``tag``, in the tag after a quotation, also a verb
    that credits words only there ("“…,” the sign read")."""
    if t.pos_ not in ("VERB", "AUX") or _hyphenated(t):
        return False
    lemma = t.lemma_.lower()
    if tag and lemma in CREDIT_VERBS and t.dep_ not in ("acl", "amod", "relcl"):
        return True
    return lemma in CUE_VERBS or any(c.dep_ == "prt" and (lemma, c.lower_) in PHRASAL_CUES
                                     for c in t.children)


def _hyphenated(t: Token) -> bool:
    """Part of a hyphenated compound ("body-related", "Trump-backed"): an adjective, not
    a verb of saying."""
    return t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_ \
        and t.i > 1 and not t.doc[t.i - 2].whitespace_


def find_cue(doc: Doc, mark: Marked, words: SpacySpan,
             quoted: Callable[[int], bool] = lambda _: False) -> Cue | None:
    """The cue crediting the quotation ``mark`` (its tokens ``words``); ``quoted(offset)``
    tells a character inside any quotation of the text, which cannot name a speaker."""
    cue = _find(doc, mark, words)
    if cue is not None and cue.verb is not None and (
            cue.speaker is None or mark.start <= cue.speaker.idx < mark.end
            or quoted(cue.speaker.idx)):
        cue.parsed, cue.speaker = cue.speaker, None
        cue.others = _nearby_heads(cue.verb, mark, quoted)
    return cue


def _find(doc: Doc, mark: Marked, words: SpacySpan) -> Cue | None:
    first, last = words[0], words[-1]
    inside = range(first.i, last.i + 1)
    j = first.i - 1
    while j >= 0 and doc[j].is_punct and doc[j].text in (",", ":", "—", "-"):
        j -= 1
    if 0 <= j < first.i and is_cue(doc[j]) and same_line(doc[j], first):
        return _verb_cue(doc[j], adjacent=True)
    label = _label(doc, first)
    if label is not None:
        return label
    after = _after(doc, last)
    if after is not None:
        return after
    head = words.root
    for _ in range(MAX_CLIMB):
        if head.head.i == head.i or not same_line(head, head.head):
            break
        head = head.head
        if is_cue(head) and head.i not in inside:
            return _verb_cue(head)
    sent = first.sent
    near = [t for t in doc[max(sent.start, first.i - SENTENCE_WINDOW):
                           min(sent.end, last.i + SENTENCE_WINDOW)]
            if t.i not in inside and (same_line(t, first) or same_line(t, last))]
    for t in near:
        if _according(doc, t.i) is not None:
            return _according(doc, t.i)
    for t in near:
        if is_cue(t) and subject(t) is not None:
            return _verb_cue(t)
    for t in near:
        if (noun := _noun_cue(t)) is not None:
            return noun
    return _reporting_clause(words)


def _reporting_clause(words: SpacySpan) -> Cue | None:
    """The quoted words sit in the clause a verb reports ("Ryan worried that the net was
    becoming “a hammock …”", "Pew found that “…”"): the verb's clausal complement holds
    its subject's content, so its subject is the source, whatever the verb."""
    inside = range(words[0].i, words[-1].i + 1)
    head = words.root
    for _ in range(MAX_CLIMB):
        up = head.head
        if up.i == head.i or not same_line(head, up):
            return None
        if head.dep_ == "ccomp" and up.pos_ in ("VERB", "AUX") and up.i not in inside:
            who = subject(up)
            return Cue(up, _span(up), who) if who is not None else None
        head = up
    return None


def _after(doc: Doc, last: Token) -> Cue | None:
    """The credit after the closing mark, up to the end of its sentence. A quotation that
    ends its sentence with a full stop inside the marks is credited after only by a dash;
    after "?" or "!" only when the sentence runs on in lower case ("…?” he asked)."""
    start = last.i + 1
    while start < len(doc) and doc[start].text in _MARKS | {","} and same_line(doc[start],
                                                                              last):
        start += 1
    ended = _ends_sentence(doc, last)
    if start < len(doc) and (doc[start].is_space or not same_line(doc[start], last)):
        return _credit_line(doc, start) if _opens_line(doc, last) else None
    if start < len(doc) and doc[start].text in _DASHES and same_line(doc[start], last):
        name = next((t for t in doc[start + 1:min(len(doc), start + 4)]
                     if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"), None)
        if name is not None:
            return Cue(None, _span(doc[start]), name, adjacent=True)
    if ended and start < len(doc) and not doc[start].is_lower and same_line(doc[start], last):
        return _bare_credit(doc, start)
    if ended == "." or start >= len(doc) or ended and not (
            doc[start].is_lower or is_cue(doc[start], tag=True)):
        return None
    for k in range(start, min(start + AFTER_WINDOW, len(doc))):
        t = doc[k]
        if t.text in _MARKS or "\n" in t.text or not same_line(t, last):
            break
        if (according := _according(doc, k)) is not None:
            return according
        if is_cue(t, tag=True):
            return _verb_cue(t, adjacent=k - start < 6)
        if t.lemma_.lower() in CUE_VERBS and k > start and (
                doc[k - 1].pos_ in ("PROPN", "PRON")
                or doc[k - 1].ent_type_ in ("PERSON", "ORG")):
            return Cue(t, _span(t), doc[k - 1], adjacent=k - start < 6)  # "X notes." mis-tagged
        if t.text in _ENDS:
            break
    return None


def _opens_line(doc: Doc, last: Token) -> bool:
    """The quotation ``last`` ends opens its line: no words of the writer's before it."""
    k = last.i
    while k > 0 and same_line(doc[k - 1], last) and not doc[k - 1].is_space:
        k -= 1
    while k < last.i and doc[k].text not in _MARKS:
        if not doc[k].is_punct:
            return False
        k += 1
    return True


def _credit_line(doc: Doc, k: int) -> Cue | None:
    """A quotation that ends its paragraph, credited by the next line opening with a dash:
    "“…”\n\n- Jane Doe, at a rally." (the way digests and fact checks credit quotes)."""
    while k < len(doc) and doc[k].is_space:
        k += 1
    if k >= len(doc) or doc[k].text[:1] not in _DASH_CHARS or not (
            doc[k].text in _DASHES or doc[k].text[1:2].isalpha()):
        return None
    line = [t for t in doc[k + 1:min(len(doc), k + 4)] if same_line(t, doc[k])]
    name = next((t for t in line if t.ent_type_ in ("PERSON", "ORG") or t.pos_ == "PROPN"),
                None)
    return Cue(None, _span(doc[k]), name, adjacent=True) if name is not None else None


def _bare_credit(doc: Doc, k: int) -> Cue | None:
    """After a quotation that ends its sentence, a new sentence that is only a credit:
    a subject and a cue verb with nothing said of its own ("…?” Borger asked.", "…” Lopez
    added on Monday."). A cue with a complement ("Lopez said she would stay") says
    something else and credits nothing before it."""
    for t in doc[k:min(len(doc), k + BARE_WINDOW)]:
        if t.text in _MARKS or t.text in _ENDS or "\n" in t.text:
            return None
        if not is_cue(t, tag=True):
            continue
        who = subject(t)
        if who is None or not k <= who.i < t.i:
            return None
        if any(c.dep_ in _COMPLEMENTS and not (c.dep_ == "dobj" and t.lemma_.lower()
                                               in HEARER_VERBS) for c in t.children):
            return None
        return Cue(t, _span(t), who, adjacent=True)
    return None


def _ends_sentence(doc: Doc, last: Token) -> str:
    """The sentence-final mark just inside the closing quotation mark, or ""."""
    k = last.i
    while k >= 0 and doc[k].text in _MARKS:
        k -= 1
    return doc[k].text[-1:] if k >= 0 and doc[k].text[-1:] in _ENDS else ""


def _label(doc: Doc, first: Token) -> Cue | None:
    """A colon before the opening mark: "Jane Doe, on radio:", "X said:", "According to X:"."""
    j = first.i - 1
    while j >= 0 and (doc[j].is_space or doc[j].text in _MARKS):
        j -= 1
    if j < 0 or doc[j].text != ":":
        return None
    sent = doc[j].sent
    lo = max(sent.start, j - SENTENCE_WINDOW)
    for t in doc[lo:j]:
        if (according := _according(doc, t.i)) is not None:
            return according
        if is_cue(t) and subject(t) is not None:
            return _verb_cue(t)
    segment = [t for t in doc[max(lo, j - LABEL_WINDOW):j] if same_line(t, doc[j])]
    dash = max((k for k, t in enumerate(segment) if t.text[:1] in _DASH_CHARS), default=-1)
    if dash >= 0:  # "HEADLINE WORDS - Jane Doe and Tom Hale:" (a digest's credit)
        segment = segment[dash + 1:] if segment[dash].text in _DASHES else segment[dash:]
    if segment and not any(t.pos_ in ("VERB", "AUX") for t in segment):
        name = next((t for t in segment[:3] if t.ent_type_ in ("PERSON", "ORG")), None)
        if name is None and dash >= 0:  # capitals confuse the entity labels
            name = next((t for t in segment if t.pos_ == "PROPN" and t.text[:1].isalpha()),
                        None)
        if name is not None:
            return Cue(None, _span(doc[j]), name, adjacent=True)
    root = doc[j].sent.root  # "Cruz turned to the moderators: “...”": the clause's subject
    if lo <= root.i < j and root.pos_ in ("VERB", "AUX") and same_line(root, doc[j]):
        speaker = subject(root)
        if speaker is not None and (speaker.ent_type_ in ("PERSON", "ORG", "NORP")
                                    or speaker.lower_ in ("he", "she")):
            return Cue(None, _span(doc[j]), speaker)
    return None


def _span(t: Token) -> Span:
    return Span.of(text_of(t.doc), t.idx, t.idx + len(t.text))


def _verb_cue(verb: Token, adjacent: bool = False) -> Cue:
    return Cue(verb, _span(verb), subject(verb), adjacent)


def _according(doc: Doc, k: int) -> Cue | None:
    if doc[k].lower_ != "according" or k + 1 >= len(doc) or doc[k + 1].lower_ != "to":
        return None
    to = doc[k + 1]
    obj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if obj is None and k + 2 < len(doc):
        obj = doc[k + 2]
    if obj is not None and obj.lemma_.lower() in CUE_NOUNS:  # "according to a statement by X"
        obj = _noun_speaker(obj) or obj
    span = Span.of(text_of(doc), doc[k].idx, to.idx + len(to.text))
    return Cue(None, span, obj)


def _noun_cue(t: Token) -> Cue | None:
    """ "Trump's statement", "a letter from the mayor", "In a statement, the party ...",
    "X issued a statement"."""
    if t.lemma_.lower() not in CUE_NOUNS or t.pos_ != "NOUN":
        return None
    speaker = _noun_speaker(t)
    if speaker is None and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
        speaker = subject(t.head.head)
    if speaker is None and t.dep_ == "dobj" and t.head.pos_ in ("VERB", "AUX"):
        speaker = subject(t.head)  # "Sanders delivered a snappy retort:", "issued a statement"
    return Cue(None, _span(t), speaker) if speaker is not None else None


def _noun_speaker(noun: Token) -> Token | None:
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "our", "my", "your"):
            return c
        if c.dep_ == "prep" and c.lower_ in ("from", "by"):
            obj = next((x for x in c.children if x.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


_PHRASE_POS = frozenset({"DET", "ADJ", "NUM", "PROPN", "NOUN"})
_HEAD_POS = frozenset({"PROPN", "NOUN"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "dative", "attr", "oprd", "npadvmod", "nsubjpass",
                          "acomp", "poss"})
"""Roles of a noun that make it what or whom a clause is about, not the one speaking."""


def _nearby_heads(verb: Token, own: Marked, quoted: Callable[[int], bool]
                  ) -> tuple[Token, ...]:
    """Heads of the noun phrases that can be the cue verb's subject when the parse lost it:
    those before the verb in its clause, nearest first ("…,” Texas delegate Bill Eastland,
    wearing a hat, said"; "…,” Viguerie notes"), none inside a quotation or a prepositional
    phrase ("In an interview with X, the candidate stated"), then, for a verb right after
    a closing mark, the noun phrase after it (the inverted subject: "…,” said the woman").
    A hearer verb's object is never the speaker ("told Fox News")."""
    doc = verb.doc
    lo = max(verb.sent.start, verb.i - FALLBACK_WINDOW)
    left: list[Token] = []
    for k in range(verb.i - 1, lo - 1, -1):
        t = doc[k]
        if own.start <= t.idx < own.end or not same_line(t, verb) or t.text == ";":
            break
        if t.text not in _MARKS and not quoted(t.idx):  # "wearing “Ted Cruz” pins"
            left.append(t)
    walked = {t.i for t in left}
    heads: list[Token] = []
    for near in reversed(_heads(reversed(left))):
        named = near
        while named.dep_ in ("appos", "conj") and named.head.i in walked \
                and named.head.i < named.i:
            named = named.head  # "Trump, the frontrunner, said": the phrase it names
        for h in (named, near):  # an apposition the parse hung on an object stands alone
            if _may_speak(h, verb, walked, quoted):
                if h not in heads:
                    heads.append(h)
                break
    if verb.lemma_.lower() not in HEARER_VERBS and verb.i > 0 and (
            doc[verb.i - 1].text in _MARKS or doc[verb.i - 1].text == ","
            and verb.i > 1 and doc[verb.i - 2].text in _MARKS):
        right = []
        for t in doc[verb.i + 1:min(len(doc), verb.i + 8)]:
            if not _phrase_word(t) or quoted(t.idx) or not same_line(t, verb):
                break
            right.append(t)
        heads += _heads(right)[:1]
    return tuple(heads)


def _heads(tokens) -> list[Token]:
    """The last noun of each run of noun-phrase words ("Texas delegate Bill Eastland")."""
    out: list[Token] = []
    run: list[Token] = []
    for t in [*tokens, None]:
        if t is not None and _phrase_word(t) and (not run or run[-1].i + 1 == t.i):
            run.append(t)
            continue
        nouns = [x for x in run if x.pos_ in _HEAD_POS or _name_like(x)]
        if nouns:
            out.append(nouns[-1])
        run = [t] if t is not None and _phrase_word(t) else []
    return out


def _name_like(t: Token) -> bool:
    """A capitalised word inside a sentence, whatever its tag: the small model tags an
    unknown surname as an adverb or an auxiliary ("…,” said Skelly", "…,” Will wrote")."""
    return t.is_title and t.is_alpha and not t.is_sent_start


def _phrase_word(t: Token) -> bool:
    return t.pos_ in _PHRASE_POS or _name_like(t) or t.dep_ == "amod"  # "retired surgeon"


def _may_speak(head: Token, verb: Token, walked: set[int], quoted: Callable[[int], bool]
               ) -> bool:
    """Whether a noun phrase before a subjectless cue verb can be its subject: not an
    object, not the subject of another clause ("As the crowd began to chant, X joked"), not
    after a preposition ("In an interview with X, the candidate stated"). A phrase the
    parse hung on a word inside a quotation has no role to trust and may be the subject."""
    first = min((t.i for t in head.subtree if t.i in walked), default=head.i)
    if first > 0 and verb.doc[first - 1].pos_ == "ADP":
        return False
    if quoted(head.head.idx):
        return True
    if head.dep_ in _OBJECT_DEPS - {"nsubjpass"} or head.dep_ == "nsubjpass" \
            and head.head.i == verb.i:
        return False
    return not (head.dep_ == "nsubj" and head.head.i != verb.i
                and head.head.pos_ in ("VERB", "AUX")
                and head.head not in verb.ancestors)  # "Clinton, exasperated, responded"


def antecedent(relative: Token) -> Token | None:
    """The noun a relative pronoun's clause modifies ("Beck" for "who" in "Beck, who
    said ..."), or None when ``relative`` is not a relative clause's subject."""
    clause = relative.head
    if relative.lower_ in RELATIVE_PRONOUNS and relative.dep_ == "nsubj" \
            and clause.dep_ == "relcl" \
            and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return None


def subject(verb: Token) -> Token | None:
    """The verb's subject; for a participle or a conjoined verb, its head verb's."""
    for _ in range(3):
        for child in verb.children:
            if child.dep_ == "nsubj" and child.lower_ in RELATIVE_PRONOUNS \
                    and verb.dep_ == "relcl" \
                    and verb.head.pos_ in ("NOUN", "PROPN") and same_line(verb.head, verb):
                return child  # "Beck, who has called Trump “...”": see ``antecedent``
            if child.dep_ == "nsubj" and child.lower_ not in NON_PERSON_PRONOUNS \
                    and same_line(child, verb):
                return child
            if child.dep_ == "nsubjpass":  # "was asked by X": the speaker is the agent
                agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                return next((c for c in agent.children if c.dep_ == "pobj"), None) \
                    if agent is not None else None
        if verb.lemma_.lower() not in HEARER_VERBS:
            for child in verb.rights:  # ", said Rutte": an inverted subject parsed as object
                if not same_line(child, verb):
                    break
                if child.ent_type_ in ("PERSON", "ORG") or child.dep_ == "dobj" \
                        and child.pos_ == "PROPN":
                    return child
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            verb = verb.head.head  # "began by saying"
            continue
        if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX") \
                and verb.head.i != verb.i and same_line(verb.head, verb):
            verb = verb.head  # ", saying ...", "paused and said ..."
            continue
        if verb.dep_ == "acl" and verb.head.dep_ in ("dobj", "pobj"):
            noun = verb.head  # "issued a statement saying ...", "in a statement saying ..."
            up = noun.head.head if noun.dep_ == "pobj" else noun.head
            if up.pos_ in ("VERB", "AUX") and same_line(up, verb):
                verb = up
                continue
        return None
    return None
