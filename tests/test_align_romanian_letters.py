"""Romanian written with s and t cedilla (ş, ţ: older texts and fonts) and with s and
t comma below (ș, ț: the standard) is one spelling: "judeţean" and "județean" are one
word, so an article is found where it moved, and the letters alone are a change of
spelling, not of wording."""

from __future__ import annotations

from treatyviewer.core.comparison import compare
from treatyviewer.core.segment import make_document

ARTICLES = [
    "Consiliul judeţean este autoritatea administraţiei publice locale, constituită la "
    "nivel judeţean pentru coordonarea activităţii consiliilor comunale şi orăşeneşti.",
    "Consiliul judeţean îşi exercită atribuţiile în condiţiile legii şi răspunde pentru "
    "realizarea serviciilor publice de interes judeţean.",
    "Preşedintele consiliului judeţean reprezintă judeţul în relaţiile cu celelalte "
    "autorităţi publice, cu persoanele fizice şi juridice române şi străine.",
    "Şedinţele consiliului judeţean sunt publice; hotărârile se adoptă cu votul "
    "majorităţii consilierilor prezenţi.",
    "Bugetul judeţului se aprobă de consiliul judeţean în termen de patruzeci şi cinci "
    "de zile de la publicarea legii bugetului de stat.",
    "Consilierii judeţeni sunt aleşi prin vot universal, egal, direct, secret şi liber "
    "exprimat, în condiţiile legii electorale.",
    "Secretarul judeţului participă la şedinţe şi contrasemnează hotărârile pentru "
    "legalitate, fără să aibă drept de vot.",
    "Funcţionarii aparatului de specialitate sunt numiţi prin concurs, organizat potrivit "
    "statutului funcţionarilor publici.",
    "Prefectul poate ataca în faţa instanţei de contencios administrativ hotărârile pe "
    "care le consideră nelegale.",
    "Consiliul judeţean poate înfiinţa instituţii publice şi societăţi comerciale de "
    "interes judeţean, cu avizul ministerului de resort.",
    "Patrimoniul judeţului cuprinde bunurile mobile şi imobile din domeniul public şi "
    "privat al judeţului, precum şi drepturile patrimoniale.",
    "Dizolvarea consiliului judeţean are loc de drept dacă acesta nu se întruneşte timp "
    "de şase luni consecutive.",
]
COMMA_BELOW = str.maketrans("şţŞŢ", "șțȘȚ")


def law(articles: list[str]) -> str:
    return "LEGE privind consiliile judeţene\n\n" + "\n\n".join(
        f"Art. {k}. {text}" for k, text in enumerate(articles, 1)
    )


def test_an_article_moved_to_the_end_is_found_across_the_two_spellings() -> None:
    new_articles = [a.translate(COMMA_BELOW) for a in ARTICLES]
    new_articles.append(new_articles.pop(2).replace("reprezintă", "va reprezenta"))
    cmp = compare(
        make_document(law(ARTICLES), "old"),
        make_document(law(new_articles).translate(COMMA_BELOW), "new"),
    )
    pairs = {
        (tuple(cmp.label_of("old", p.old)), tuple(cmp.label_of("new", p.new))) for p in cmp.pairs
    }
    assert (("3",), ("12",)) in pairs
    assert {o[0]: n[0] for o, n in pairs if o[0] not in ("preamble", "3")} == {
        str(k): str(k - 1 if k > 3 else k) for k in range(1, 13) if k != 3
    }
    assert not cmp.added and not cmp.removed


def test_the_letters_alone_are_spelling_and_a_word_put_in_is_wording() -> None:
    new = law(ARTICLES).translate(COMMA_BELOW).replace("sunt publice", "sunt, de regulă, publice")
    cmp = compare(make_document(law(ARTICLES), "old"), make_document(new, "new"))
    classes = {(c.old_text, c.new_text): c.change_class for p in cmp.pairs for c in p.changes}
    assert classes[("judeţean", "județean")] == "spelling"
    assert classes[("Şedinţele", "Ședințele")] == "spelling"
    assert classes[("", ", de regulă,")] == "wording"
    assert {c for c in classes.values()} == {"spelling", "wording"}
