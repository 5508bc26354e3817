"""Pairs of texts whose articles are divided into numbered sections, in three
styles, with the pairs a reader finds by reading both versions.

Each version is written out from a list of articles, each holding sections
given by their printed number and their wording; the truth lists which old
section each new one carries on (moved, edited or as it was), and the sections
added and removed.
"""

from __future__ import annotations

from dataclasses import dataclass

# -- American bylaws: "ARTICLE II" / "Section 2.03. Quorum." --------------------------

BYLAW = {
    "name": ("Name", "The name of the corporation is the Riverside Garden Association, "
             "a nonprofit corporation organised under the laws of the State."),
    "office": ("Principal Office", "The principal office of the corporation shall be located "
               "in the City of Springfield, at a place the Board of Directors may fix."),
    "office2": ("Principal Office", "The principal office of the corporation shall be located "
                "in the City of Shelbyville, at a place the Board of Directors may fix."),
    "agent": ("Registered Agent", "The corporation shall continuously maintain a registered "
              "agent whose business office is identical with the registered office."),
    "eligible": ("Eligibility", "Any person who tends a plot in the community garden and "
                 "pays the yearly dues may become a member of the corporation."),
    "annual": ("Annual Meeting", "The annual meeting of members shall be held on the first "
               "Saturday of March at the garden shed, or elsewhere if the Board so decides."),
    "annual2": ("Annual Meeting", "The annual meeting of members shall be held on the second "
                "Saturday of April at the garden shed, or elsewhere if the Board so decides."),
    "special": ("Special Meetings", "Special meetings of members may be called by the "
                "President or by petition signed by one fifth of the membership."),
    "quorum": ("Quorum", "Ten members present in person or by proxy shall constitute a quorum "
               "for the transaction of business at any meeting of members."),
    "voting": ("Voting", "Each member in good standing shall be entitled to one vote on each "
               "matter submitted to a vote of the members."),
    "remote": ("Electronic Participation", "Members may take part in any meeting by telephone "
               "or video conference, and those so taking part count as present."),
    "powers": ("Powers", "The business and affairs of the corporation shall be managed by its "
               "Board of Directors, which may exercise all powers of the corporation."),
    "number": ("Number and Term", "The Board shall consist of seven directors, each elected "
               "for a term of two years at the annual meeting."),
    "number2": ("Number and Term", "The Board shall consist of nine directors, each elected "
                "for a term of three years at the annual meeting."),
    "vacancy": ("Vacancies", "A vacancy on the Board arising from death or resignation may be "
                "filled by a majority of the directors then in office."),
    "pay": ("Compensation", "Directors shall serve without compensation but may be reimbursed "
            "for reasonable expenses incurred on behalf of the corporation."),
    "officers": ("Officers", "The officers of the corporation shall be a President, a "
                 "Secretary and a Treasurer, elected by the Board each year."),
    "president": ("President", "The President shall preside at all meetings of the members and "
                  "of the Board and shall see that its resolutions are carried out."),
    "treasurer": ("Treasurer", "The Treasurer shall keep the accounts of the corporation and "
                  "deposit its funds in a bank chosen by the Board."),
    "secretary": ("Secretary", "The Secretary shall keep the minutes of all meetings and "
                  "give the notices required by these bylaws or by law."),
}  # fmt: skip
ARTICLES_OF_BYLAWS = {"I": "NAME AND OFFICES", "II": "MEMBERS", "III": "BOARD OF DIRECTORS",
                      "IV": "OFFICERS"}  # fmt: skip


def bylaws(layout: dict[str, list[str]]) -> str:
    """Bylaws with the sections named in ``layout`` under each article, numbered 1.01…"""
    out = ["BYLAWS OF THE RIVERSIDE GARDEN ASSOCIATION", ""]
    for n, (article, keys) in enumerate(layout.items(), 1):
        out += [f"ARTICLE {article}", ARTICLES_OF_BYLAWS[article], ""]
        for k, key in enumerate(keys, 1):
            title, body = BYLAW[key]
            out += [f"Section {n}.{k:02d}. {title}. {body}", ""]
    return "\n".join(out)


BYLAWS_OLD = bylaws({
    "I": ["name", "office", "agent"],
    "II": ["eligible", "annual", "special", "quorum", "voting"],
    "III": ["powers", "number", "vacancy", "pay"],
    "IV": ["officers", "president", "treasurer", "secretary"],
})  # fmt: skip
BYLAWS_NEW = bylaws({
    "I": ["name", "office2"],
    "II": ["eligible", "annual2", "quorum", "voting", "remote"],
    "III": ["powers", "number2", "vacancy", "agent"],
    "IV": ["officers", "president", "secretary", "treasurer"],
})  # fmt: skip


@dataclass(frozen=True)
class Truth:
    links: frozenset[tuple[str, str]]
    added: frozenset[str]
    removed: frozenset[str]


def truth(links: str, added: str = "", removed: str = "") -> Truth:
    """``links`` as "old>new" words, ``added`` and ``removed`` as labels."""
    pairs = frozenset(tuple(w.split(">")) for w in links.split())
    return Truth(pairs, frozenset(added.split()), frozenset(removed.split()))  # type: ignore[arg-type]


# Special meetings (2.03) and compensation (3.04) were struck out; quorum and voting
# moved up; the registered agent went from Article I to Article III; electronic
# participation is new; the Treasurer and Secretary swapped places.
BYLAWS_TRUTH = truth(
    "preamble>preamble 1.01>1.01 1.02>1.02 2.01>2.01 2.02>2.02 2.04>2.03 2.05>2.04 "
    "3.01>3.01 3.02>3.02 3.03>3.03 1.03>3.04 4.01>4.01 4.02>4.02 4.03>4.04 4.04>4.03",
    added="2.05",
    removed="2.03 3.04",
)

# -- A statute: "Article 2" / "§ 3 Information", sections numbered through the text --------

STATUTE = {
    "purpose": ("Purpose", "This Act protects consumers who buy goods or services from "
                "traders at a distance or away from business premises."),
    "scope": ("Scope", "(1) This Act applies to contracts between a trader and a consumer.\n\n"
              "(2) It does not apply to contracts for the sale of land."),
    "scope2": ("Scope", "(1) This Act applies to contracts between a trader and a consumer.\n\n"
               "(2) It does not apply to contracts for the sale or lease of land."),
    "terms": ("Definitions", "In this Act a trader is any person acting for purposes of a "
              "trade, business, craft or profession, and a consumer is anyone else."),
    "info": ("Information", "Before the contract is concluded the trader shall tell the "
             "consumer the total price, the delivery costs and his postal address."),
    "withdraw": ("Withdrawal", "(1) The consumer may withdraw from the contract within "
                 "fourteen days without giving any reason.\n\n(2) The period runs from the "
                 "day the goods are delivered."),
    "withdraw2": ("Withdrawal", "(1) The consumer may withdraw from the contract within "
                  "thirty days without giving any reason.\n\n(2) The period runs from the "
                  "day the goods are delivered."),
    "returns": ("Returns", "The consumer shall send back the goods without undue delay and "
                "bears the direct cost of returning them unless the trader agreed otherwise."),
    "authority": ("Authority", "The Consumer Office supervises compliance with this Act and "
                  "may demand any document it needs from a trader."),
    "penalty": ("Penalties", "A trader who withholds the information required by this Act is "
                "liable to a fine of up to ten thousand euros."),
    "appeal": ("Appeals", "A decision of the Consumer Office may be appealed to the "
               "administrative court within one month of its notification."),
}  # fmt: skip
ARTICLES_OF_STATUTE = {"1": "General provisions", "2": "Rights of consumers",
                       "3": "Enforcement"}  # fmt: skip


def statute(layout: dict[str, list[str]]) -> str:
    """A statute whose articles hold sections "§ 1", "§ 2" … numbered through the text."""
    out = ["CONSUMER PROTECTION ACT", ""]
    n = 0
    for article, keys in layout.items():
        out += [f"Article {article}", ARTICLES_OF_STATUTE[article], ""]
        for key in keys:
            n += 1
            title, body = STATUTE[key]
            out += [f"§ {n} {title}", "", body, ""]
    return "\n".join(out)


STATUTE_OLD = statute({
    "1": ["purpose", "scope"], "2": ["info", "withdraw", "returns"],
    "3": ["authority", "penalty", "appeal"],
})  # fmt: skip
STATUTE_NEW = statute({
    "1": ["purpose", "scope2", "terms"], "2": ["info", "withdraw2"],
    "3": ["authority", "appeal", "returns"],
})  # fmt: skip
# Definitions are new (§ 3), penalties struck out, returns moved to the end of
# Article 3; every section after § 2 renumbered.
STATUTE_TRUTH = truth("preamble>preamble 1>1 2>2 3>4 4>5 5>8 6>6 8>7", added="3", removed="7")

# -- A contract: "2. DEFINITIONS" / "2.1" ----------------------------------------------

CLAUSE = {
    "headings": "Headings are for convenience only and do not affect the interpretation "
                "of this Agreement.",
    "plural": "Words in the singular include the plural and words in the plural include "
              "the singular.",
    "services": "\"Services\" means the digitisation, indexing and storage of the archive "
                "records described in the Schedule.",
    "fees": "\"Fees\" means the sums payable by the Customer for the Services as set out "
            "in the price list.",
    "fees2": "\"Fees\" means the sums payable by the Customer for the Services as set out "
             "in the price list attached to the order form.",
    "term": "\"Term\" means the period of three years from the Effective Date, as extended "
            "under clause 4.",
    "secret": "\"Confidential Information\" means all know-how, trade secrets and business "
              "plans disclosed by either party.",
    "invoice": "The Supplier shall invoice the Customer monthly in arrears, and each invoice "
               "is payable within thirty days of receipt.",
    "interest": "Late payments bear interest at four percent a year above the base rate "
                "of the central bank.",
    "notice": "Either party may end this Agreement by giving the other six months' written "
              "notice.",
    "notice2": "Either party may end this Agreement by giving the other three months' "
               "written notice.",
    "breach": "Either party may end this Agreement at once if the other commits a material "
              "breach and fails to remedy it within twenty days.",
}  # fmt: skip
CLAUSE_TITLES = {"1": "INTERPRETATION", "2": "DEFINITIONS", "3": "PAYMENT", "4": "TERMINATION"}


def contract(layout: dict[str, list[str]]) -> str:
    out = ["SERVICES AGREEMENT", "",
           "This Agreement is made between the Archive Trust and Scan Ltd.", ""]  # fmt: skip
    for clause, keys in layout.items():
        out += [f"{clause}. {CLAUSE_TITLES[clause]}", ""]
        out += [f"{clause}.{k} {CLAUSE[key]}\n" for k, key in enumerate(keys, 1)]
    return "\n".join(out)


CONTRACT_OLD = contract({
    "1": ["headings", "plural"], "2": ["services", "fees", "term"],
    "3": ["invoice", "interest"], "4": ["notice", "breach"],
})  # fmt: skip
CONTRACT_NEW = contract({
    "1": ["headings", "plural"], "2": ["services", "fees2", "secret"],
    "3": ["invoice"], "4": ["notice2", "breach", "interest"],
})  # fmt: skip
# The definition of the Term gave way to Confidential Information; interest on
# late payments moved from Payment to Termination.
CONTRACT_TRUTH = truth(
    "preamble>preamble 1.1>1.1 1.2>1.2 2.1>2.1 2.2>2.2 3.1>3.1 3.2>4.3 4.1>4.1 4.2>4.2",
    added="2.3",
    removed="2.3",
)
