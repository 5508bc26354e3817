"""An article edited heavily in place against one that borrows its formulas.

A river convention whose articles are all built of the same five slots (who, which
duty, what act, on what, when). An article edited in one word of three where it
stood, next to an added one that borrows its first clause's opening and its last
clause's close: the edited one keeps far more of its words in order and is the
counterpart.

The seed is one of this generator's where the aligner paired the borrowing article
before it read the words kept in order. With other seeds the borrowing article may
join the edited one's pair as a split part, and an article put in a struck-out
one's place from its formulas (``convention`` without ``rival``) may pair with it:
neither is asserted here."""

from __future__ import annotations

import random

from test_align import document, links_of
from treatyviewer.core.align_order import kept_share
from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

WHO = [
    "the Riparian States",
    "the River Commission",
    "each Signatory Power",
    "the Harbour Board",
    "the Customs Administration",
    "the Inspectors of Navigation",
    "the Signatories",
    "the Secretary-General",
]
DUTY = [
    "shall",
    "may",
    "undertake to",
    "agree to",
    "shall not",
    "are required to",
    "shall endeavour to",
    "are entitled to",
]
ACT = [
    "fix the tolls levied on",
    "keep a register of",
    "report every six months on",
    "settle by arbitration any claim about",
    "dredge and mark",
    "grant free passage to",
    "inspect the cargo of",
    "publish the rules governing",
]
ON_WHAT = [
    "the navigable channel",
    "vessels under a foreign flag",
    "the floating docks",
    "the timber rafts",
    "the pilotage service",
    "the towpaths",
    "the river ports",
    "the bonded warehouses",
    "the ferry crossings",
    "the lock gates",
]
WHEN = [
    "within {k} days",
    "without delay",
    "in agreement with the Commission",
    "as laid down in Article {m}",
    "subject to the approval of the Signatories",
    "at the request of any riparian State",
    "before the {d}th of May",
    "on equal terms for all flags",
]
FILLERS = ["also", "hereby", "jointly", "forthwith", "likewise", "in turn"]

Slots = list[str]


def slots(r: random.Random) -> Slots:
    who, duty, act, on_what = r.choice(WHO), r.choice(DUTY), r.choice(ACT), r.choice(ON_WHAT)
    when = r.choice(WHEN).format(k=r.randint(3, 90), m=r.randint(1, 40), d=r.randint(1, 28))
    return [who, duty, act, on_what, when]


def sentence(parts: Slots) -> str:
    text = " ".join(parts) + "."
    return text[0].upper() + text[1:]


def edit(r: random.Random, text: str, rate: float) -> str:
    """Each word, with chance ``rate``: swapped for a word of another formula, given a
    filler after it, or dropped."""
    out = []
    for word in text.split():
        x = r.random()
        if x < rate / 2:
            out.append(r.choice(r.choice(r.choice([ON_WHAT, WHO, ACT])).split()))
        elif x < rate * 3 / 4:
            out += [word, r.choice(FILLERS)]
        elif x >= rate:
            out.append(word)
    return " ".join(out)


def convention(
    seed: int, rival: bool = False, far: bool = False, articles: int = 120
) -> tuple[list[list[str]], list[list[str]], int]:
    """``articles`` old articles, each edited lightly in place in the new text but one, old
    Art. ``k`` (returned). With ``far``, Art. ``k`` is edited in one word of three
    and moved to the end. Otherwise, without ``rival``, Art. ``k`` is struck out and a new
    article in its place borrows the opening (who, duty, act) of one of its clauses
    and the object of another. With ``rival``, Art. ``k`` is edited in one word of
    three in place, and an added article after it borrows its first clause's
    opening and its last clause's close (act, object, term)."""
    r = random.Random(seed)
    old_slots = [[slots(r) for _ in range(r.randint(2, 4))] for _ in range(articles)]
    old = [[sentence(s) for s in article] for article in old_slots]
    k = r.sample(range(5, articles - 5, 4), 1)[0]
    new: list[list[str]] = []
    moved: list[str] = []
    for n, article in enumerate(old):
        if n != k:
            new.append([edit(r, s, r.uniform(0.02, 0.15)) for s in article])
            continue
        mine = old_slots[n]
        if far:
            moved = [edit(r, s, 0.33) for s in article]
            continue
        if rival:
            new.append([edit(r, s, 0.3) for s in article])
            borrowed = [
                sentence([*mine[0][:3], *slots(r)[3:]]),
                sentence([*slots(r)[:2], *mine[-1][2:]]),
            ]
            new.append(borrowed + [sentence(slots(r)) for _ in range(r.randint(1, 2))])
        else:
            a, b = r.sample(range(len(mine)), 2)
            first, second = slots(r), slots(r)
            put_in = [
                sentence([*mine[a][:3], *first[3:]]),
                sentence([*second[:3], mine[b][3], second[4]]),
            ]
            put_in += [sentence(slots(r)) for _ in range(r.randint(0, 2))]
            r.shuffle(put_in)
            new.append(put_in)
    return old, [*new, moved] if far else new, k + 1


def _compare(old: list[list[str]], new: list[list[str]]):
    return compare(
        make_document(document(old, [str(k + 1) for k in range(len(old))])),
        make_document(document(new, [str(k + 1) for k in range(len(new))])),
    )


def test_kept_share_is_the_longest_common_subsequence():
    """Twice the words kept in order over both lengths, and those words over the
    shorter article's; words kept one by one between edits count as much as runs."""
    assert kept_share(list("abcd"), list("axcd")) == (0.75, 0.75)
    assert kept_share(list("ab"), list("abcd")) == (2 * 2 / 6, 1.0)
    assert kept_share(list("abcdef"), list("xayczefb")) == (2 * 4 / 14, 4 / 6)
    assert kept_share(list("abc"), list("cba")) == (2 / 6, 1 / 3)
    assert kept_share([], ["a"]) == (0.0, 0.0)


def test_an_article_edited_heavily_in_place_wins_over_one_that_borrows_its_formulas():
    """Old Art. ``k``, edited in one word of three where it stood, pairs with that
    edited article, not with the added one after it that borrows a clause opening
    and a clause close of it."""
    old, new, k = convention(11, rival=True)
    cmp = _compare(old, new)
    shift = {n: n if n <= k else n + 1 for n in range(1, 121)}
    kept = {((str(n),), (str(shift[n]),)) for n in range(1, 121)}
    assert links_of(cmp) == {(("preamble",), ("preamble",)), *kept}
    assert cmp.label_of("new", cmp.added) == [str(k + 1)] and not cmp.removed


def test_a_rewritten_section_under_its_title_pairs_in_place_though_renumbered() -> None:
    """A law renumbered by a section put in early rewrote one section from scratch
    under its old title, in its old place: it read as removed and added, though its
    place and its title say it is the same section (a journalist would report a
    section deleted and another added)."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document

    topics = ["Harbour dues", "Pilot licences", "Night crossings", "Research data procedure",
              "Ferry timetables", "Quay repairs"]  # fmt: skip
    old = "".join(
        f"§ {n}. {t}\n\nThe board sets the rules on {t.lower()} every spring after a hearing.\n\n"
        for n, t in enumerate(topics, start=1)
    )
    body = {
        "Research data procedure": "Records compiled for study are released on request "
        "within thirty days unless a court orders otherwise."
    }
    new = "§ 1. Harbour dues\n\nThe board sets the rules on harbour dues every spring after a hearing.\n\n"
    new += "§ 2. Fishing zones\n\nFishing zones are drawn each winter by the fisheries office.\n\n"
    new += "".join(
        f"§ {n + 1}. {t}\n\n"
        + body.get(t, f"The board sets the rules on {t.lower()} every spring after a hearing.")
        + "\n\n"
        for n, t in enumerate(topics[1:], start=2)
    )
    cmp = compare(make_document(old), make_document(new))
    pairs = {cmp.label_of("old", p.old)[0]: p for p in cmp.pairs}
    rewritten = pairs["4"]
    assert cmp.label_of("new", rewritten.new) == ["5"] and rewritten.uncertain
    assert cmp.label_of("new", cmp.added) == ["2"] and not cmp.removed


def test_a_title_many_articles_share_pairs_nothing_in_place() -> None:
    """ "Obligations of the Parties" heads many articles of a formula-built treaty: a
    removed and an added one under it, side by side, are not one article rewritten."""
    from treatyviewer.core.comparison import compare
    from treatyviewer.core.segment import make_document

    rules = ["harbour dues", "pilot licences", "night crossings", "quay repairs"]

    def text(fourth: str, early: str = "") -> str:
        bodies = [
            f"Each Party shall regulate {r} by law and report on {r} to the commission."
            for r in rules
        ]
        bodies.insert(3, fourth)
        if early:  # an article put in early renumbers all after it
            bodies.insert(1, early)
        return "".join(
            f"Article {n}\nObligations of the Parties\n{b}\n\n"
            for n, b in enumerate(bodies, start=1)
        )

    old = text("Customs seals are checked at the frontier posts twice a month by inspectors.")
    new = text(
        "Forest fires near the border are fought jointly, under a plan drawn up in May.",
        "Each Party shall regulate ferry tolls by law and report on them to the commission.",
    )
    cmp = compare(make_document(old), make_document(new))
    assert cmp.label_of("old", cmp.removed) == ["4"]
    assert cmp.label_of("new", cmp.added) == ["2", "5"]


def test_a_title_run_into_its_text_names_the_section_rewritten_under_it() -> None:
    """A licence set its section titles at the head of the text ("5. Gewährleistung.
    Sofern…") and its next version on lines of their own, the warranty rewritten in
    capitals: the one-word title under the same number says it is that section,
    though the short licence gives chance too little to be measured on."""
    rules = [("Definitionen", "Begriffe dieser Lizenz haben die hier genannte Bedeutung."),
             ("Lizenzierung", "Der Lizenzgeber räumt Ihnen ein einfaches Nutzungsrecht ein."),
             ("Gewährleistung", "Sofern nicht anders vereinbart, bietet der Lizenzgeber keine "
              "Gewährleistung für die erteilten Rechte, außer bei arglistig verschwiegenen "
              "Mängeln."),
             ("Haftung", "Der Lizenzgeber haftet nur für Vorsatz und grobe Fahrlässigkeit."),
             ("Schlussbestimmungen", "Es gilt das Recht der Bundesrepublik Deutschland.")]  # fmt: skip
    old = "".join(f"{n}. {t}. {b}\n\n" for n, (t, b) in enumerate(rules, start=1))
    rules[2] = ("Gewährleistung", "DER SCHUTZGEGENSTAND WIRD UNTER AUSSCHLUSS JEGLICHER "
                "GARANTIE ANGEBOTEN; DIES UMFASST INSBESONDERE DAS FREISEIN VON SACHMÄNGELN.")  # fmt: skip
    new = "".join(f"{n}. {t}\n\n{b}\n\n" for n, (t, b) in enumerate(rules, start=1))
    cmp = compare(make_document(old), make_document(new))
    assert links_of(cmp) == {((n,), (n,)) for n in "12345"}
    warranty = next(p for p in cmp.pairs if cmp.label_of("old", p.old) == ["3"])
    assert warranty.uncertain


def test_a_first_sentence_is_no_title() -> None:
    """A title run into the text is a few words in capitals; "3. The Parties agree."
    and GPL-2's "0. This License applies…" open with a sentence."""
    from treatyviewer.core.align_engine import _run_in_title

    assert _run_in_title("Gewährleistung. Sofern dies nicht anders vereinbart") == "Gewährleistung"
    assert _run_in_title("Fair Dealing Rights. Nothing in this License") == "Fair Dealing Rights"
    assert _run_in_title("The Parties agree. The frontier runs") == ""
    assert _run_in_title("This License applies to any program. Each licensee") == ""


def test_a_section_rewritten_under_its_number_and_title_stem_pairs_whatever_names_it_cites():
    """The Estonian Penal Code's § 310 ("Ebaseaduslik süüdistatavana vastutuselevõtmine",
    2004; "Ebaseaduslik süüdistuse esitamine", 2008) opens its sentences with other
    capitalised words ("Uurija või prokuröri…", "Prokuröri poolt…"): read as names,
    they set the two apart, and the section came out removed and added though its
    number stayed and its title kept its first word."""
    filler = [f"§ {n}. Kord {n}\n(1) Ameti kord number {n} kehtib kogu riigis ühtemoodi.\n\n"
              for n in range(1, 13)]  # fmt: skip
    old_310 = (
        "§ 7. Ebaseaduslik süüdistatavana vastutuselevõtmine\n(1) Uurija või prokuröri "
        "poolt teadvalt süütu isiku süüdistatavana vastutuselevõtmise eest - karistatakse "
        "rahalise karistuse või kuni üheaastase vangistusega.\n\n"
    )
    new_310 = (
        "§ 7. Ebaseaduslik süüdistuse esitamine\n(1) Prokuröri poolt teadvalt süütule "
        "isikule süüdistuse esitamise eest – karistatakse rahalise karistuse või kuni "
        "kolmeaastase vangistusega.\n\n"
    )
    old_311 = (
        "§ 8. Seadusele mittevastava kohtuotsuse või -määruse tegemine\n(1) Teadvalt "
        "seadusvastase kohtuotsuse või -määruse tegemise eest kohtuniku poolt - "
        "karistatakse viie- kuni kümneaastase vangistusega.\n\n"
    )
    new_311 = (
        "§ 8. Kohtuniku poolt teadvalt ebaseadusliku kohtulahendi tegemine\n(1) Kohtuniku "
        "poolt teadvalt ebaseadusliku kohtulahendi tegemise eest – karistatakse viie- kuni "
        "kümneaastase vangistusega.\n\n"
    )
    put_in = "".join(
        f"§ 8{mark}. Uus süütegu {mark}\n(1) Menetleja poolt kohtu eksitamise eest "
        f"liigis {mark} – karistatakse rahalise karistusega.\n\n"
        for mark in ("¹", "²", "³")
    )
    old = "".join(filler[:6]) + old_310 + old_311 + "".join(filler[8:])
    new = "".join(filler[:6]) + new_310 + new_311 + put_in + "".join(filler[8:])
    cmp = compare(make_document(old), make_document(new))
    assert (("7",), ("7",)) in links_of(cmp)
    assert sorted(cmp.label_of("new", cmp.added)) == ["8²", "8³", "8¹"] or not cmp.removed


def test_a_number_kept_over_nothing_keeps_its_article_as_repealed() -> None:
    """The Estonian Waste Act of 2017 prints its repealed § 123 as "§ 123." alone; old
    § 123 (unlicensed transport of hazardous waste) was paired, 95 % sure, with the new
    § 126², another offence fined in the same words, and the stub was called added."""
    fine = (
        "– karistatakse rahatrahviga kuni 300 trahviühikut.\n\n(2) Sama teo eest, kui selle "
        "on toime pannud juriidiline isik, – karistatakse rahatrahviga kuni 32 000 eurot.\n\n"
    )
    old = (
        "§ 122. Keelatud toote valmistamine\n\n(1) Keelatud toote valmistamise eest " + fine
        + "§ 123. Ohtlike jäätmete vedu üle riigipiiri vastava loata\n\n(1) Ohtlike ja "
        "riikidevaheliselt kontrollitavate muude jäätmete veo eest üle riigipiiri vastava "
        "loata, kui luba on nõutav, " + fine
    )  # fmt: skip
    new = (
        "§ 122. Keelatud toote turule laskmine\n\n(1) Keelatud toote turule laskmise eest "
        + fine + "§ 123.\n\n"
        + "§ 126². Ohtlike jäätmete käitlemise eritingimuste rikkumine\n\n(1) Ohtlike "
        "jäätmete käitlemise eritingimuste rikkumise eest " + fine
    )  # fmt: skip
    cmp = compare(make_document(old), make_document(new))
    repealed = [p for p in cmp.pairs if cmp.label_of("old", p.old) == ["123"]]
    assert repealed and cmp.label_of("new", repealed[0].new) == ["123"]
    assert repealed[0].repealed
    assert cmp.label_of("new", cmp.added) == ["126²"]


def _rule(number: str, title: str, subs: list[tuple[str, str]]) -> str:
    """A rule of regulations laid out as a treaty's office prints them: "### Rule 82",
    its title, and sub-rules "82.1." with a title in italics (or a notice alone)."""
    out = f"### Rule {number}\n\n#### {title}\n\n"
    for k, (name, body) in enumerate(subs, 1):
        out += f"{number}.{k}. *{name}*\n\n{body}\n\n" if body else f"{number}.{k}. {name}\n\n"
    return out


def test_a_number_kept_over_a_notice_of_lapse_keeps_its_article_as_repealed() -> None:
    """Regulations print a lapsed sub-rule as "82.2. Lapsed." (in Dutch, "Vervallen.")
    and broaden its matter in a rule put in after it ("82quater"): the old sub-rule had
    been paired with the new rule at 0.84, and the notice called added."""
    post = (
        "Delay in Mail",
        "Any party may offer evidence that he mailed the letter five "
        "days before the time limit expired, and the delay is then excused.",
    )
    interrupted = (
        "Interruption in the Mail Service",
        "Any party may offer evidence that on "
        "any of the ten days before the time limit the mail service was interrupted "
        "by war, revolution, civil disorder or strike in his locality, and the delay "
        "is excused if he acted within five days after the service resumed.",
    )
    excuse = (
        "Excuse of Delay",
        "Any interested party may offer evidence that a time limit "
        "was missed due to war, revolution, civil disorder, strike, natural calamity, "
        "epidemic or a general unavailability of electronic communications in his "
        "locality, and the delay is excused if he acted as soon as reasonably possible.",
    )
    before = _rule(
        "81",
        "Modification of Time Limits",
        [
            ("Scope", "No time limit fixed in the Treaty may be modified but by the Assembly."),
            ("Proposal", "Any State may propose that a time limit be modified, by letter."),
        ],
    )
    after = _rule(
        "83",
        "Right to Practice",
        [
            (
                "Proof of Right",
                "The Office may require proof that an agent may practice before it.",
            ),
            ("Information", "The Office shall inform the agent of any doubt it has."),
        ],
    )
    old = before + _rule("82", "Irregularities in the Mail Service", [post, interrupted]) + after
    new = (
        before
        + _rule("82", "Irregularities in the Mail Service", [post, ("Lapsed.", "")])
        + _rule("82quater", "Excuse of Delay in Meeting Time Limits", [excuse])
        + after
    )
    cmp = compare(make_document(old), make_document(new))
    lapsed = [p for p in cmp.pairs if cmp.label_of("old", p.old) == ["82.2"]]
    assert lapsed and cmp.label_of("new", lapsed[0].new) == ["82.2"]
    assert lapsed[0].repealed
    assert cmp.label_of("new", cmp.added) == ["82quater"]
