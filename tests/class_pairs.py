"""Pairs of treaty texts with injected changes of every class, and the truth.

An old text of numbered articles is written from sentence templates (English
or Russian); the new text is the same with changes injected at least a few
words apart, each recorded with its class and its spans in both texts. The new
text numbers its articles one higher (an article is added at the front) in
roman numerals, so a cross-reference that follows the renumbering is a
``reference`` change and one that does not is ``wording``.

``hard=True`` mixes in what the rules are not built for: real words one letter
apart, typing slips the rules do not know, unknown transliterations, all-caps.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from treatyviewer.core.numerals import to_roman

EN_SENTENCES = [
    "The Contracting Parties recognise that the frontier between the two States shall "
    "run from the village of Sarp , on the Black Sea , to the town of Kars .",
    "Within three months of the signature , the Parties shall appoint a joint commission "
    "of six members to fix the line on the ground , as provided in Article {REF} .",
    "The port of Batum shall remain open to the transit of goods , and the Government "
    "of Turkey shall enjoy free use of its harbour without any customs duties .",
    "Both Governments undertake to encourage the co-operation of their peoples in the "
    "fields of labour , trade and culture , in honour of the friendship proclaimed in "
    "Article {REF} .",
    "The neighbouring territory of Nakhichevan shall form an autonomous territory under "
    "the protection of Azerbaijan , subject to the conditions set out in Article {REF} .",
    "A zone of 30 kilometres on either side of the frontier shall be free of troops for "
    "fifteen years , and the defence of the Straits shall be entrusted to a conference .",
    "The town of Ardahan and the district of Artvin shall pass to Turkey , while the "
    "population of Alexandropol keeps the right to choose its citizenship before "
    "1 March 1922 .",
    "Delegates travelled from Tiflis and Erivan to Moscow in August 1920 to take part "
    "in the talks , and their judgement was recorded in a programme of work .",
    "Each Party shall fulfil its obligations in good faith , and any dispute about the "
    "meaning of Article {REF} shall be settled by a mixed commission of four members .",
    "The Government of the Russian Republic shall pay a sum of 10 million gold roubles "
    "to the treasury of the Grand National Assembly within two years .",
    "Prisoners of war held by either side shall be released within forty days , and "
    "their return shall be organised by the authorities of Erzerum and Julfa .",
    "Nothing in the present Treaty shall prevent the Parties from concluding further "
    "agreements , provided that they are authorised by the centre of each Government .",
]
RU_SENTENCES = [
    "Договаривающиеся Стороны признают , что граница между обоими государствами пройдет "
    "от деревни Сарп на берегу Черного моря до города Карс .",
    "В течение трех месяцев после подписания Стороны назначат смешанную комиссию из "
    "шести членов для установления границы на местности , как указано в статье {REF} .",
    "Порт Батум остается открытым для транзита товаров , и Правительство Турции "
    "пользуется свободным доступом к нему без всяких таможенных пошлин .",
    "Оба Правительства обязуются поощрять сотрудничество своих народов в области "
    "труда , торговли и культуры согласно положениям статьи {REF} нового договора .",
    "Область Нахичевань образует автономную территорию под покровительством "
    "Азербайджана на условиях , изложенных в статье {REF} .",
    "Полоса в 30 километров по обе стороны границы остается свободной от войск в "
    "течение пятнадцати лет , а вопрос о Проливах передается особой конференции .",
    "Город Ардаган и округ Артвин переходят к Турции , а население Александрополя "
    "сохраняет право выбора гражданства до 1 марта 1922 года .",
    "Делегаты прибыли из Тифлиса и Эривани в Москву в августе 1920 года для участия в "
    "переговорах , и их решение было внесено в общий протокол .",
    "Каждая из Сторон добросовестно исполняет свои обязательства , и всякий спор о "
    "толковании статьи {REF} разрешается смешанной комиссией из четырех членов .",
    "Правительство Российской Республики уплачивает сумму в 10 миллионов золотых "
    "рублей казначейству Великого Национального Собрания в течение двух лет .",
    "Военнопленные обеих сторон освобождаются в течение сорока дней , а их "
    "возвращение организуют власти Эрзерума и Джульфы .",
    "Ничто в настоящем договоре не препятствует Сторонам заключать другие соглашения ,"
    " если они одобрены высшим органом каждого государства .",
]
EN_SPELLING = {
    "recognise": "recognize", "harbour": "harbor", "co-operation": "cooperation",
    "labour": "labor", "honour": "honor", "neighbouring": "neighboring",
    "kilometres": "kilometers", "defence": "defense", "travelled": "traveled",
    "judgement": "judgment", "programme": "program", "fulfil": "fulfill",
    "organised": "organized", "authorised": "authorized", "centre": "center",
}  # fmt: skip
NAMES = {
    "Batum": ["Batumi", "Batoum", "Батум"], "Kars": ["Карс"], "Ardahan": ["Ardagan"],
    "Nakhichevan": ["Nakhchivan", "Nakhitchevan"], "Alexandropol": ["Gyumri", "Alexandrapol"],
    "Tiflis": ["Tbilisi", "Tphilisi"], "Erivan": ["Yerevan", "Erevan"], "Erzerum": ["Erzurum"],
    "Julfa": ["Djulfa", "Jolfa"], "Artvin": ["Артвин"],
    "Батум": ["Батуми", "Batum"], "Карс": ["Kars"], "Ардаган": ["Ardahan"],
    "Нахичевань": ["Nakhichevan"], "Александрополя": ["Гюмри"], "Тифлиса": ["Тбилиси"],
    "Эривани": ["Еревана"], "Эрзерума": ["Эрзурума"], "Джульфы": ["Julfa"],
}  # fmt: skip
FIGURES = {
    "three": "six", "six": "eight", "fifteen": "twenty", "four": "five", "two": "three",
    "forty": "sixty", "30": "50", "10": "12", "1920": "1921", "1922": "1923", "1": "15",
    "March": "April", "August": "September", "трех": "шести", "шести": "восьми",
    "пятнадцати": "двадцати", "четырех": "пяти", "двух": "трех", "сорока": "шестидесяти",
    "марта": "апреля", "августе": "сентябре", "миллионов": "тысяч", "million": "thousand",
}  # fmt: skip
EN_WORDS = ["perpetual", "provisional", "exclusive", "military", "commercial", "temporary",
            "sovereign", "maritime", "general", "special", "mutual", "immediate"]  # fmt: skip
RU_WORDS = ["временный", "военный", "торговый", "особый", "общий", "вечный", "морской",
            "взаимный", "немедленно", "полностью", "впредь", "исключительно"]  # fmt: skip
HARD_EN = {
    "adopt": "adapt", "affect": "effect", "marital": "martial", "statute": "statue",
    "later": "latter", "form": "from", "casual": "causal", "principal": "principle",
    "council": "counsel", "precede": "proceed", "prescribe": "proscribe", "expend": "expand",
    "eminent": "imminent", "accept": "except", "ensure": "insure", "discreet": "discrete",
    "Austria": "Australia", "Iran": "Iraq", "Persia": "Prussia", "sever": "severe",
}  # fmt: skip
HARD_FORM = {  # form changes the rules do not know: (old, new, class)
    "government": ("goverment", "spelling"), "receive": ("recieve", "spelling"),
    "Trebizond": ("Trabzon", "name-variant"), "Chicherin": ("Tchitcherine", "name-variant"),
    "Kars": ("KARS", "case"), "anyone": ("any one", "whitespace"),
    "definitely": ("definately", "spelling"), "Erzerum": ("Erzeroum", "name-variant"),
    "commission": ("comission", "spelling"), "Batum": ("Batumi", "name-variant"),
}  # fmt: skip
HARD_RU = {  # inflected or near forms: another word, so wording
    "государствами": "государствам", "границы": "граница", "товаров": "товары",
    "народов": "народа", "условиях": "условия", "решение": "решения", "протокол": "протокола",
    "обязательства": "обязательство", "мир": "мер", "право": "правда", "войск": "войны",
}  # fmt: skip
HARD_FORM_RU = {  # form changes, some the rules know and some they do not
    "Правительство": ("Правителство", "spelling"), "таможенных": ("таможеных", "spelling"),
    "Эрзерума": ("Эрзерюма", "name-variant"), "Тифлиса": ("Тифлиза", "name-variant"),
    "Москву": ("МОСКВУ", "case"), "Проливах": ("Проливахъ", "spelling"),
    "сотрудничество": ("сотрудничиство", "spelling"), "Азербайджана": ("Азербейджана", "name-variant"),
}  # fmt: skip
HARD_SENTENCES = [
    "The council shall adopt a statute that may affect the later form of the casual "
    "labour of principal towns , and precede any decision to prescribe or expend funds .",
    "Nothing shall sever the eminent rights of Austria , Iran or Persia , and each "
    "government shall accept , ensure and receive the discreet and marital guarantees .",
    "The delegation of Trebizond met Chicherin at Kars , and anyone who came from "
    "Erzerum or Batum was definitely heard by the commission .",
]
SAMPLE_OLD = (
    "Treaty\n\nArticle 1\n\nThe port of Batum shall be free within three months, and the"
    " Parties recognise the frontier.\n\nArticle 2\n\nThe commission meets at Kars.\n"
)
SAMPLE_NEW = (
    "Treaty\n\nArticle 1\n\nThe port of Batumi shall be free within six months and the"
    " parties recognize the frontier.\n\nArticle 2\n\nThe commission never meets at Kars.\n"
)
"""A short pair with one change of each of six classes (for the report and window tests)."""
_EN_SYLLABLES = ["ka", "ro", "mi", "ta", "ne", "so", "lu", "da", "ve", "pi", "gor", "tan", "mel"]
_RU_SYLLABLES = ["ка", "ро", "ми", "та", "не", "со", "лу", "да", "ве", "пи", "гор", "тан", "мел"]
_TOKEN = re.compile(r"\{REF\}|\w+(?:-\w+)*|[^\w\s]")
FORM_CLASSES = ("name-variant", "spelling", "case", "punctuation", "whitespace", "reference")


@dataclass
class Injected:
    classes: frozenset[str]
    old: tuple[int, int]
    new: tuple[int, int]
    old_text: str
    new_text: str


@dataclass
class ClassPair:
    old_text: str
    new_text: str
    truth: list[Injected] = field(default_factory=list)


@dataclass
class _Unit:
    old: str
    new: str
    classes: frozenset[str] = frozenset()
    glue: bool = False  # no space before


class _Writer:
    def __init__(self, rng: random.Random, lang: str, n_articles: int, hard: bool) -> None:
        self.rng, self.lang, self.n, self.hard = rng, lang, n_articles, hard
        self.words = EN_WORDS if lang == "en" else RU_WORDS

    def sentences(self) -> list[str]:
        pool = EN_SENTENCES if self.lang == "en" else RU_SENTENCES
        if self.hard and self.lang == "en":
            pool = pool + HARD_SENTENCES * 3
        return pool

    def invented(self) -> str:
        """A made-up word, so that no two articles read alike to the aligner."""
        syllables = _EN_SYLLABLES if self.lang == "en" else _RU_SYLLABLES
        return "".join(self.rng.choice(syllables) for _ in range(self.rng.randint(3, 4)))

    def article(self) -> list[_Unit]:
        tokens: list[str] = []
        for template in self.rng.sample(self.sentences(), 3):
            tokens += _TOKEN.findall(template)
            tokens += [self.invented() for _ in range(4)] + ["."]
        units: list[_Unit] = []
        k, gap = 0, 2
        while k < len(tokens):
            tok = tokens[k]
            if tok == "{REF}":
                units.append(self.reference())
                k, gap = k + 1, 0
                continue
            initial = k == 0 or tokens[k - 1] == "."
            nxt = tokens[k + 1] if k + 1 < len(tokens) else "."
            crowded = gap < 6 or initial or "{REF}" in tokens[k : k + 7]
            made = None if crowded else self.inject(tok, nxt, tokens, k)
            if made is None:
                units.append(_Unit(tok, tok, glue=_is_punct(tok)))
                k, gap = k + 1, gap + 1
            else:
                units.extend(made[0])
                k, gap = k + made[1], 0
        return units

    def reference(self) -> _Unit:
        target = self.rng.randint(1, self.n)
        if self.rng.random() < 0.8:
            return _Unit(str(target), to_roman(target + 1), frozenset({"reference"}))
        wrong = target + self.rng.choice([2, 3, 5])
        return _Unit(str(target), to_roman(wrong), frozenset({"wording"}))

    def inject(
        self, tok: str, nxt: str, tokens: list[str], k: int
    ) -> tuple[list[_Unit], int] | None:
        rng = self.rng
        if rng.random() < 0.35:
            return None
        near = tokens[max(0, k - 8) : k] + tokens[k + 1 : k + 9]
        options: list[tuple[list[_Unit], int]] = []

        def one(new: str, cls: str) -> None:
            options.append(([_Unit(tok, new, frozenset({cls}))], 1))

        if self.hard:
            hard: list[tuple[list[_Unit], int]] = []
            for table in (HARD_EN, HARD_RU):
                if tok in table:
                    hard.append(([_Unit(tok, table[tok], frozenset({"wording"}))], 1))
            for form_table in (HARD_FORM, HARD_FORM_RU):
                if tok in form_table:
                    new, cls = form_table[tok]
                    hard.append(([_Unit(tok, new, frozenset({cls}))], 1))
            if hard and rng.random() < 0.8:
                return rng.choice(hard)
        if tok in FIGURES:
            one(FIGURES[tok], "figure")
        if tok in EN_SPELLING:
            one(EN_SPELLING[tok], "spelling")
        if self.lang == "ru" and tok.isalpha() and len(tok) >= 4 and tok not in NAMES:
            old_style = _old_orthography(tok)
            if old_style != tok:
                one(old_style, "spelling")
        if tok in NAMES:
            one(rng.choice(NAMES[tok]), "name-variant")
            if nxt == ",":
                variant = rng.choice(NAMES[tok])
                options.append(([_Unit(tok + ",", variant + ";", frozenset(
                    {"name-variant", "punctuation"}))], 2))  # fmt: skip
        if tok.isalpha() and len(tok) > 3 and tok not in NAMES and tok not in FIGURES:
            one(tok[0].swapcase() + tok[1:], "case")
            if tok.islower() and tok not in near:
                one(rng.choice([w for w in self.words if w != tok]), "wording")
                options.append(([_Unit(tok, "", frozenset({"wording"}))], 1))
            if tok.islower() and nxt.isalpha() and nxt.islower() and len(nxt) > 2:
                options.append(([_Unit(f"{tok} {nxt}", tok + nxt, frozenset({"whitespace"}))], 2))
        if tok == ",":
            options.append(
                ([_Unit(",", rng.choice(["", ";"]), frozenset({"punctuation"}), True)], 1)
            )
        if tok.isalpha() and nxt not in (",", ".") and tok not in near:
            options.append(([_Unit(tok, tok), _Unit("", ",", frozenset({"punctuation"}), True)], 1))
            extra = rng.choice([w for w in self.words if w not in near])
            options.append(([_Unit(tok, tok), _Unit("", extra, frozenset({"wording"}))], 1))
        return rng.choice(options) if options else None


def _is_punct(tok: str) -> bool:
    return not tok[:1].isalnum()


def _old_orthography(word: str) -> str:
    """The word as printed before 1918: -аго, і before a vowel, ъ after a final consonant."""
    if word.endswith("ого") and len(word) > 5:
        return word[:-3] + "аго"
    if re.search(r"и[аеиоуюяё]", word):
        return re.sub(r"и(?=[аеиоуюяё])", "і", word, count=1)
    if word[-1] in "бвгджзклмнпрстфхцчшщ":
        return word + "ъ"
    return word


def make_class_pair(
    lang: str = "en", n_articles: int = 40, seed: int = 1, hard: bool = False
) -> ClassPair:
    """Old and new text with the injected changes and their classes."""
    writer = _Writer(random.Random(seed), lang, n_articles, hard)
    heading = "Article" if lang == "en" else "Статья"
    old_parts: list[str] = [("Treaty" if lang == "en" else "Договор"), ""]
    new_parts: list[str] = [old_parts[0], "", f"{heading} I", "", _added_article(lang), ""]
    old, new = "\n".join(old_parts) + "\n", "\n".join(new_parts) + "\n"
    pair = ClassPair("", "")
    for number in range(1, n_articles + 1):
        old += f"{heading} {number}\n\n"
        new += f"{heading} {to_roman(number + 1)}\n\n"
        first = True
        for unit in writer.article():
            sep_old = "" if first or unit.glue or not unit.old else " "
            sep_new = "" if first or unit.glue or not unit.new else " "
            old += sep_old
            new += sep_new
            o0, n0 = len(old), len(new)
            old += unit.old
            new += unit.new
            if unit.classes:
                pair.truth.append(
                    Injected(unit.classes, (o0, len(old)), (n0, len(new)), unit.old, unit.new)
                )
            first = first and not (unit.old or unit.new)
        old += "\n\n"
        new += "\n\n"
    pair.old_text, pair.new_text = old, new
    return pair


def _added_article(lang: str) -> str:
    if lang == "en":
        return "The Parties declare that a new era of friendship begins between their peoples."
    return "Стороны заявляют, что между их народами начинается новая эпоха дружбы."


@dataclass
class Score:
    total: int = 0
    correct: int = 0
    substance_as_form: list[Injected] = field(default_factory=list)
    errors: list[tuple[Injected, frozenset[str]]] = field(default_factory=list)
    # per class: [true positives, predicted, actual]
    per_class: dict[str, list[int]] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def precision_recall(self, cls: str) -> tuple[float, float, int]:
        tp, predicted, actual = self.per_class.get(cls, [0, 0, 0])
        return (tp / predicted if predicted else 1.0, tp / actual if actual else 1.0, actual)


def score(pair: ClassPair, changes: list[tuple[int, int, int, int, str]]) -> Score:
    """Match every injected change to the reported changes it overlaps (by span in
    both texts, one character of slack for insertion points) and compare classes."""
    out = Score()
    for inj in pair.truth:
        found = frozenset(
            cls
            for o0, o1, n0, n1, cls in changes
            if o0 <= inj.old[1] + 1 and o1 >= inj.old[0] - 1
            and n0 <= inj.new[1] + 1 and n1 >= inj.new[0] - 1
        )  # fmt: skip
        out.total += 1
        if found == inj.classes:
            out.correct += 1
        else:
            out.errors.append((inj, found))
        if inj.classes <= {"wording", "figure"} and found & set(FORM_CLASSES):
            out.substance_as_form.append(inj)
        for cls in inj.classes | found:
            row = out.per_class.setdefault(cls, [0, 0, 0])
            row[0] += cls in inj.classes and cls in found
            row[1] += cls in found
            row[2] += cls in inj.classes
    return out
