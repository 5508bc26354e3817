"""A one-line clause is not the counterpart of a long article that happens to repeat
its words.

A statute's old commencement clause ("This Act enters into force on 1 January
1970.") stood alone between two pairs, and the new text had a long transitional
rule there, full of dates "before 1 January 2022": every word of the clause is in
the rule, but the rule holds less of the clause's matter than an unrelated article
would. The aligner paired the two, "modified", at 0.95, similarity 0.10.
"""

from __future__ import annotations

from treatyviewer.core.align import align
from treatyviewer.core.segment import make_document

OLD = """\
### § 20 Deposit of securities

(1) Sections 17 and 18 apply to the deposit of securities and valuables.

(2) The notary may hand securities to a bank for safekeeping and need not manage
them, unless the deposit instructions say otherwise.

### § 21

This Act enters into force on 1 January 1970.

### § 22 Final clause

The rights of the Länder under the Basic Law remain unaffected.
"""

NEW = """\
### § 30 Deposit of securities

(1) Sections 27 and 28 apply to the deposit of securities and valuables.

(2) The notary may hand securities to a bank for safekeeping and need not manage
them, unless the deposit instructions say otherwise.

### § 31 Transitional rule for the electronic archive

(1) For deeds drawn up before 1 January 2022, sections 12 and 13 do not apply; the
original is marked with the day on which a copy was issued and to whom. Additions
and corrections follow the rules in force before 1 January 2022.

(2) Collections of deeds drawn up before 1 January 2022 are kept by the notary in
paper form for one hundred years, and the register of deposits kept before that day
is closed on 31 December 2021.

(3) The chamber of notaries may allow a notary to keep the collections of deeds
drawn up before 1 January 2022 in the electronic archive. This rule of the Act enters
into force on 1 January 2022; the rules on the archive enter into force on 1 July 2022.

### § 32 Final clause

The rights of the Länder under the Basic Law remain unaffected.
"""


def test_a_commencement_clause_is_not_paired_with_a_transitional_rule() -> None:
    old, new = make_document(OLD), make_document(NEW)
    found = align(old, new)
    pairs = {
        tuple(old.segments[i].label for i in lk.old): tuple(new.segments[j].label for j in lk.new)
        for lk in found.links
    }
    assert pairs[("20",)] == ("30",) and pairs[("22",)] == ("32",)
    assert ("21",) not in pairs
    assert [old.segments[i].label for i in found.removed] == ["21"]
    assert [new.segments[j].label for j in found.added] == ["31"]
