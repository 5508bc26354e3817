"""An article put in with matter taken from a paired one names where it came from,
the preamble too (a paragraph of the untitled opening given a section of its own)."""

from __future__ import annotations

from treatyviewer.core.comparison import Comparison, compare
from treatyviewer.core.segment import make_document

AGE = (
    "Our services are not directed to children. Access to and use of the services is "
    "only for those over the age of thirteen, or sixteen in the European Union. If you "
    "are younger than this, you may not register for or use the services."
)
WHO = (
    "These terms govern your access to and use of the websites, the apps and the "
    "hosting products of the company that offers them."
)
SECTIONS = {
    "Backups": "Nightly copies of your site are stored in two data centres and kept "
    "for thirty days; a restore can be asked for from the dashboard.",
    "Shops": "Merchants selling physical goods arrange shipping themselves, and "
    "refunds follow the policy each merchant publishes beside the checkout.",
    "Plugins": "Extensions downloaded from the directory run on your own server, and "
    "their authors answer for the code they wrote.",
    "Fees": "Paid plans renew every year until cancelled; the invoice is sent a week "
    "before the renewal date, and taxes are added where the law requires.",
    "Copyright": "Notices of infringement go to our designated agent by post or "
    "e-mail, with the work claimed and the page where it appears.",
    "Trademarks": "Our names and logos may not be used for any product without leave "
    "in writing from the legal department.",
    "Termination": "We may close an account that breaks these rules, after a warning "
    "unless the breach harms other people or our machines.",
    "Warranty": "The services are given as they are, without any promise that they "
    "will never fail or never lose a byte of what you stored.",
    "Liability": "Neither we nor our suppliers answer for lost profits or for harm "
    "that follows only indirectly from the use of the services.",
    "Law": "These terms are read under the law of California; disputes go before the "
    "courts of San Francisco County, and both sides accept them.",
}


def _terms(sections: list[tuple[str, str]], opening: str) -> str:
    body = "\n\n".join(
        f"{n}. {title}\n\n{text}" for n, (title, text) in enumerate(sections, start=1)
    )
    return f"Terms of Service\n\n{opening}\n\n{body}\n"


def _related(cmp: Comparison) -> dict[str, list[str]]:
    return {
        cmp.new.segments[k].label: [cmp.old.segments[r.index].label for r in items]
        for k, items in cmp.related_new.items()
    }


def test_a_paragraph_of_the_opening_given_a_section_of_its_own_is_related_to_it():
    """The minimum age, a paragraph of the untitled opening, became section 2 word for
    word: it was reported added with nothing related, as an opening was never weighed
    against an article."""
    rest = list(SECTIONS.items())
    old = _terms(rest, f"{WHO}\n\n{AGE}")
    new = _terms([("Who we are", WHO), ("Minimum age", AGE), *rest], "Welcome.")
    cmp = compare(make_document(old), make_document(new))
    added = {cmp.new.segments[j].label for j in cmp.added}
    assert added == {"1", "2"}
    assert _related(cmp) == {"1": ["preamble"], "2": ["preamble"]}
