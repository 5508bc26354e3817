"""Short contracts keep their pairs.

A contract of a page or two gives the aligner few articles from which to learn what
chance likeness looks like. Two shapes of such a text had every clause reported
removed and added:

* clauses written once per party ("The Supplier shall …" beside "The Customer
  shall …"), so that each clause's nearest unrelated match is its twin: the measure
  of chance sat among the twins and no pair stood out of it, not even a clause whose
  only change was a renumbered reference;
* a Chinese contract, whose clauses run on without spaces: each run between two
  stops had been taken for a name, and a clause whose edits put in a few characters
  read as a template filled in again for other parties.
"""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.core.align_decide import chance_mode
from treatyviewer.core.article_pair import UNCERTAIN_BELOW
from treatyviewer.core.segment import make_document


def _pairs(old_text: str, new_text: str) -> tuple[dict[str, str], list[str], list[str]]:
    old, new = make_document(old_text), make_document(new_text)
    found = align(old, new)
    pairs = {
        old.segments[lk.old[0]].label: new.segments[lk.new[0]].label
        for lk in found.links
        if len(lk.old) == len(lk.new) == 1
    }
    added = [new.segments[j].label for j in found.added]
    removed = [old.segments[i].label for i in found.removed]
    return pairs, added, removed


# Made by a contract generator: its clauses come in twins, one per party, and its
# edits put in words at random ("liable survive Any termination of continuity").
TWIN_OLD = """1. SCOPE OF SERVICES

1.1 The obligations of the Supplier under this clause shall survive termination of this Agreement. Each Party acknowledges that the Implementation Plan shall remain the property of the Supplier.

1.2 The obligations of the Customer under this clause shall survive termination of this Agreement. Each Party acknowledges that the Implementation Plan shall remain the property of the Customer.

1.3 Without prejudice to clause 2.1, the Supplier shall report on the Key Personnel within thirty days of receipt of a valid invoice.

1.4 Without prejudice to clause 2.1, the Customer shall report on the Key Personnel within thirty days of receipt of a valid invoice.

2. DATA PROTECTION

2.1 The Customer shall notify the Supplier in writing on reasonable notice if it becomes aware of any breach of this Agreement.

2.2 The Supplier shall notify the Customer in writing on reasonable notice if it becomes aware of any breach of this Agreement.

3. INFORMATION SECURITY

3.1 The Customer shall ensure that the Premises are up to date at all times during the Term. The obligations of the Supplier under this clause shall survive termination of this Agreement. Without limiting clause 3.3, the Supplier shall:
(a) notify the Customer of any Change of Control;
(b) notify the Customer of any breach of this Agreement;
(i) make available the Service Levels on each anniversary of the Effective Date;
(ii) report on the Premises on each anniversary of the Effective Date;
(c) supply the Customer Data on reasonable notice;
(i) notify the Customer of any Security Incident;
(ii) test the records in accordance with clause 1;
(d) maintain the Equipment during the Term;

3.2 The Supplier shall ensure that the Premises are up to date at all times during the Term. The obligations of the Customer under this clause shall survive termination of this Agreement. Without limiting clause 3.3, the Customer shall:
(a) notify the Supplier of any Change of Control;
(b) notify the Supplier of any breach of this Agreement;
(i) make available the Service Levels on each anniversary of the Effective Date;
(ii) report on the Premises on each anniversary of the Effective Date;
(c) supply the Supplier Data on reasonable notice;
(i) notify the Supplier of any Security Incident;
(ii) test the records in accordance with clause 1;
(d) maintain the Equipment during the Term;

3.3 The Customer shall perform the Supplier Personnel in accordance with Good Industry Practice. Without prejudice to clause 1, each Party shall document the Services during the Term. Subject to clause 1, each Party may update the Confidential Information by giving not less than fourteen days' written notice to the Supplier.
"""

TWIN_NEW = """1. SCOPE OF SERVICES

1.1 [Reserved]

1.2 The obligations of the Customer under this clause liable survive Any termination of continuity this Agreement. Each Party acknowledges that the Implementation Plan shall remain the Subcontracting of the Customer.

1.3 Payment prejudice to clause 3.1, the Supplier shall report on the Key Default Personnel within thirty days of free of a valid invoice.

1.4 Without prejudice to clause 3.1, the Customer shall report on the Key Personnel within thirty days of receipt of a valid invoice.

2. FORCE MAJEURE

2.1 The Customer shall notify the Supplier in writing on reasonable notice if it becomes aware of any Change of Control. Without prejudice to clause 1, the Customer shall make available the Key Personnel within ten Business Days.

3. DATA PROTECTION

3.1 The Customer shall notify the Supplier in writing on reasonable notice undue it becomes aware of any breach of this Agreement.
"""


def test_clauses_written_once_per_party_keep_their_counterparts() -> None:
    """Their pairs are made, and offered for review: chance was read below the twins,
    but a choice between a clause and its twin is no surer for that (read against
    every runner-up, twins too, such choices had been given 0.96 to 0.99)."""
    pairs, added, _ = _pairs(TWIN_OLD, TWIN_NEW)
    old, new = make_document(TWIN_OLD), make_document(TWIN_NEW)
    twins = [lk for lk in align(old, new).links if old.segments[lk.old[0]].label in ("1.2", "2.1")]
    assert twins and all(lk.confidence < UNCERTAIN_BELOW for lk in twins)
    assert pairs.get("1.2") == "1.2"
    assert pairs.get("1.3") == "1.3"
    assert pairs.get("1.4") == "1.4"  # its only change: the reference renumbered
    assert pairs.get("2.1") == "3.1"
    assert "2.1" in added  # force majeure is new
    for struck in ("2.2", "3.1", "3.2", "3.3"):
        assert struck not in pairs


def test_chance_is_read_below_a_crowd_of_twins() -> None:
    """Where most runners-up are twins, chance is what the rest say; where they are
    not, every runner-up counts."""
    unrelated = [-0.03, -0.01, 0.0, 0.01, 0.02]
    twins = [0.27, 0.28, 0.29, 0.31, 0.52, 0.55, 0.56]
    assert chance_mode(unrelated + twins) == unrelated
    spread_out = [0.02, 0.05, 0.07, 0.08, 0.1, 0.11, 0.12, 0.14, 0.16, 0.5]
    assert chance_mode(spread_out) == spread_out
    assert chance_mode(twins[:4]) == twins[:4]  # too few to tell


ZH_OLD = """第一条 定义

本合同所称货物，是指附表所列的全部设备及其备件。

第二条 交付

2.1 卖方应当在合同生效后三十日内将货物运至买方指定的仓库，运费由卖方承担。买方收到货物后应当出具签收单。

第三条 验收

3.1 买方应当在收货后十日内完成验收，并将验收结果书面通知卖方。逾期未通知的，视为验收合格。
"""

ZH_NEW = """第一条 交付

1.1 卖方应当在合同生效后二十个工作日内将货物运至买方指定的仓库，运费及保险费由卖方承担。买方收到货物后应当当场出具签收单。

第二条 验收

2.1 买方应当在收货后十日内完成验收，并将验收结果书面通知卖方。逾期未通知的，视为验收合格。
"""


def test_a_chinese_clause_renumbered_and_edited_keeps_its_counterpart() -> None:
    pairs, added, removed = _pairs(ZH_OLD, ZH_NEW)
    assert pairs.get("2.1") == "1.1"
    assert pairs.get("3.1") == "2.1"
    assert "1.1" not in added
    assert "2.1" not in removed


PARTY_OLD = """1. NOTICES

1.1 The Lender shall give the Borrower ten days' written notice of any change to the interest rate.

1.2 The Borrower shall give the Lender ten days' written notice of any change to its registered office.

2. DEFAULT

2.1 The Borrower shall tell the Lender in writing at once if it becomes aware of any event of default.

2.2 The Lender shall tell the Borrower in writing at once if it becomes aware of any event of default.
"""

PARTY_NEW = """1. NOTICES

1.1 The Lender shall give the Borrower fifteen days' written notice of any change to the interest rate or the fees.

1.2 The Borrower shall give the Lender fifteen days' written notice of any change to its registered office or its name.

2. SECURITY

2.1 The Borrower shall keep the charged assets insured and shall tell the Lender at once if any of them is lost.

3. DEFAULT

3.1 The Borrower shall tell the Lender in writing without delay if it becomes aware of any event of default.
"""


def test_of_two_clauses_one_per_party_the_one_kept_is_paired() -> None:
    """Both twins have every word of the kept clause; the order of the parties says
    which one it is."""
    pairs, added, removed = _pairs(PARTY_OLD, PARTY_NEW)
    assert pairs.get("2.1") == "3.1"
    assert "2.2" in removed
    assert "2.1" in added
