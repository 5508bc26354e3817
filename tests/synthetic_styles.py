"""Writers unlike the generator's own: other languages, numberings and layouts.

Each one drafts in formulas the way ``FormulaicWriter`` does, but in Turkish
("Madde 1"), French ("Article premier", "Art. 2"), German ("§ 1" in the old
text, "Artikel 1" in the new), as an EU-style directive (titled articles of
numbered paragraphs), or as a protocol whose articles repeat one template and
differ by little more than the name of a state.
"""

from __future__ import annotations

import random

from synthetic_writers import FormulaicWriter, Writer


class PhraseWriter(FormulaicWriter):
    """Sentences assembled from a language's stock of formulas, in its word order."""

    parties: tuple[str, ...] = ()
    verbs: tuple[str, ...] = ()
    objects: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()

    def __init__(self, rng: random.Random, vocabulary: int = 0) -> None:
        self.rng = rng
        pieces = self.parties + self.verbs + self.objects + self.places + self.conditions
        self.vocab = sorted({w for p in pieces for w in p.replace("{n}", "").split()})

    def pick(self) -> dict[str, str]:
        r = self.rng
        return {
            "party": r.choice(self.parties),
            "verb": r.choice(self.verbs),
            "object": r.choice(self.objects),
            "place": r.choice(self.places),
            "cond": r.choice(self.conditions).replace("{n}", str(r.randint(2, 60))),
        }

    order = "{party} {verb} {object} {place} {cond}"

    def sentence(self) -> str:
        text = self.order.format(**self.pick())
        if self.rng.random() < 0.4:
            text += " " + self.order.format(**self.pick()).split(" ", 2)[-1]
        return text[0].upper() + text[1:] + "."


class TurkishWriter(PhraseWriter):
    heading = "Madde"
    order = "{cond} {party} {place} {object} {verb}"
    parties = (
        "Âkit Taraflar", "iki Taraftan her biri", "Türkiye Büyük Millet Meclisi Hükümeti",
        "Rusya Hükümeti", "Karma Komisyon", "Sınır Komisyonu", "yerel makamlar",
        "konsolosluk memurları", "Gürcistan Hükümeti", "Ermenistan Hükümeti",
        "Azerbaycan Hükümeti", "askeri komutanlık", "komşu Devletler", "ilgili bakanlıklar",
    )  # fmt: skip
    verbs = (
        "sağlamayı taahhüt eder", "tanımayı kabul eder", "düzenler", "belirler", "korur",
        "kaldırmayı kabul eder", "iade eder", "denetler", "kolaylaştırır",
        "güvence altına alır", "devretmeyi kabul eder", "muhafaza eder", "inceler",
        "izin vermez", "tesis eder", "tanır",
    )  # fmt: skip
    objects = (
        "malların serbest transitini", "savaş esirlerinin iadesini", "sınır hattını",
        "azınlıkların haklarını", "limanın kullanımını", "askerlerin hareketini",
        "gümrük vergilerinin ödenmesini", "mültecilerin mübadelesini", "demiryolu trafiğini",
        "telgraf haberleşmesini", "dini cemaatlerin mülklerini", "Boğazların statüsünü",
        "ticaret gemilerinin seyrüseferini", "balıkçılık haklarını", "bölgenin idaresini",
        "sınırın tahdidini", "alacakların tasfiyesini", "arşivlerin korunmasını",
        "hayvanların otlatılmasını", "suların kullanımını", "emekli maaşlarının ödenmesini",
        "tabiiyet seçimini", "bölgenin tahliyesini", "tahıl ikmalini", "iltica hakkını",
        "konsolosların yetkilerini", "askerlik hizmetinden muafiyeti", "mirasın intikalini",
        "okulları ve hastaneleri", "posta hizmetini", "eski İmparatorluğun borçlarını",
        "sivillerin geri dönüşünü", "madenlerin işletilmesini", "ormanları ve meraları",
    )  # fmt: skip
    places = (
        "Kars'ta", "Ardahan'da", "Batum'da", "Artvin'de", "Nahçıvan'da", "Şarur'da",
        "Erivan'da", "Gümrü'de", "Tiflis'te", "Bakü'de", "Trabzon'da", "Erzurum'da",
        "Sarıkamış'ta", "Kağızman'da", "Oltu'da", "Iğdır'da", "Ahıska'da", "Ahılkelek'te",
        "Poti'de", "Van Gölü kıyısında", "Aras vadisinde", "Arpaçay boyunca",
        "Ağrı Dağı eteklerinde", "Karadeniz kıyısında", "Çoruh vadisinde", "Tuzluca'da",
        "Sinop'ta", "Ankara'da", "Kastamonu'da", "Samsun'da",
    )  # fmt: skip
    conditions = (
        "bu Antlaşmanın imzasından itibaren üç ay içinde", "bu Antlaşmanın onayı şartıyla",
        "karşılıklılık şartıyla", "bu Antlaşmanın eklerine uygun olarak", "gecikmeksizin",
        "Karma Komisyonun gözetimi altında", "şartlar elverir elvermez", "ortak mutabakatla",
        "bu Maddede belirtilen usulde", "eşitlik esasına göre", "yürürlükteki kanunlara göre",
        "iki Tarafın delegeleri huzurunda", "{n} yıl süreyle",
        "onay belgelerinin teatisinden sonra en geç {n} gün içinde", "{n} eşit taksitte",
        "{n} inci Madde hükümleri saklı kalmak üzere",
    )  # fmt: skip


class FrenchWriter(PhraseWriter):
    """French articles headed "Article premier", then "Art. 2", "Art. 3"..."""

    order = "{party} {verb} {object} {place} {cond}"

    def heading_of(self, k: int, roman: bool) -> tuple[str, str]:
        return ("Article premier", "premier") if k == 1 else (f"Art. {k}", str(k))

    parties = (
        "les Hautes Parties contractantes", "chacune des deux Parties",
        "le Gouvernement de la République", "le Gouvernement soviétique",
        "la Commission mixte", "la Commission de délimitation", "les autorités locales",
        "les agents consulaires", "le commandement militaire", "les États voisins",
        "le Gouvernement de la Géorgie", "le Gouvernement de l'Arménie",
        "les ministères compétents", "les États signataires",
    )  # fmt: skip
    verbs = (
        "s'engage à garantir", "s'engagent à reconnaître", "assure", "établit", "règle",
        "s'engage à retirer", "n'autorise pas", "facilite", "détermine", "transfère",
        "maintient", "respecte", "protège", "restitue", "examine", "accorde", "supervise",
    )  # fmt: skip
    objects = (
        "le libre transit des marchandises", "le retour des prisonniers de guerre",
        "la ligne frontière", "les droits des minorités nationales", "l'usage du port",
        "le mouvement des troupes", "le paiement des droits de douane",
        "l'échange des réfugiés", "le trafic ferroviaire", "les communications télégraphiques",
        "les biens des communautés religieuses", "le statut des Détroits",
        "la navigation des navires marchands", "les droits de pêche",
        "l'administration du district", "la délimitation de la frontière",
        "le règlement des créances", "la protection des archives", "le pâturage du bétail",
        "l'usage des eaux", "le paiement des pensions", "le libre choix de la nationalité",
        "l'évacuation de la région", "l'approvisionnement en blé", "le droit d'asile",
        "les pouvoirs des consuls", "l'exemption du service militaire",
        "la succession des biens", "les écoles et les hôpitaux", "le service postal",
        "les dettes de l'ancien Empire", "le rapatriement des civils",
        "l'exploitation des mines", "les forêts et les pâturages",
    )  # fmt: skip
    places = (
        "à Kars", "à Ardahan", "à Batoum", "à Artvin", "au Nakhitchevan", "à Charour",
        "à Erivan", "à Alexandropol", "à Tiflis", "à Bakou", "à Trébizonde", "à Erzeroum",
        "à Sarikamich", "à Kaghyzman", "à Olty", "à Djoulfa", "à Ordoubad", "à Igdir",
        "à Akhaltsikhé", "à Poti", "près du lac de Van", "dans la vallée de l'Araxe",
        "le long de l'Arpa-Tchaï", "au pied du mont Ararat", "sur la côte de la mer Noire",
        "dans la vallée du Tchorokh", "à Sinope", "à Angora", "à Samsoun", "à Odessa",
    )  # fmt: skip
    conditions = (
        "dans un délai de trois mois à compter de la signature du présent Traité",
        "sous réserve de la ratification du présent Traité", "à condition de réciprocité",
        "conformément aux annexes du présent Traité", "sans délai",
        "sous le contrôle de la Commission mixte", "dès que les circonstances le permettront",
        "d'un commun accord", "selon les modalités prévues au présent article",
        "sauf disposition contraire", "aux frais de l'État qui les reçoit",
        "sur la base de l'égalité", "selon les lois en vigueur",
        "en présence de délégués des deux Parties", "sans préjudice de l'article {n}",
        "pour une période de {n} ans",
        "au plus tard {n} jours après l'échange des ratifications", "en {n} versements égaux",
    )  # fmt: skip


class GermanWriter(PhraseWriter):
    """German paragraphs: "§ 1" in the earlier text, "Artikel 1" in the later one."""

    order = "{party} {verb} {object} {place} {cond}"

    def heading_of(self, k: int, roman: bool) -> tuple[str, str]:
        return (f"Artikel {k}", str(k)) if roman else (f"§ {k}", str(k))

    parties = (
        "die Hohen Vertragsparteien", "jede der beiden Parteien", "die Regierung der Republik",
        "die Sowjetregierung", "die Gemischte Kommission", "die Grenzkommission",
        "die örtlichen Behörden", "die Konsularbeamten", "das Militärkommando",
        "die Nachbarstaaten", "die Regierung Georgiens", "die Regierung Armeniens",
        "die zuständigen Ministerien", "die Signatarstaaten",
    )  # fmt: skip
    verbs = (
        "gewährleistet", "verpflichtet sich zur Anerkennung", "regelt", "bestimmt",
        "schützt", "erleichtert", "überwacht", "gewährt", "untersucht", "erhält aufrecht",
        "verpflichtet sich zur Rückgabe", "gestattet nicht", "überträgt", "achtet",
        "stellt wieder her", "schafft ab",
    )  # fmt: skip
    objects = (
        "den freien Warentransit", "die Rückkehr der Kriegsgefangenen", "die Grenzlinie",
        "die Rechte der nationalen Minderheiten", "die Benutzung des Hafens",
        "die Truppenbewegungen", "die Zahlung der Zölle", "den Austausch der Flüchtlinge",
        "den Eisenbahnverkehr", "die Telegrafenverbindungen",
        "das Eigentum der Religionsgemeinschaften", "den Status der Meerengen",
        "die Schifffahrt der Handelsschiffe", "die Fischereirechte",
        "die Verwaltung des Bezirks", "die Abgrenzung der Grenze",
        "die Regelung der Forderungen", "den Schutz der Archive", "das Weiderecht",
        "die Nutzung der Gewässer", "die Zahlung der Renten", "die freie Wahl der Staatsangehörigkeit",
        "die Räumung des Gebiets", "die Getreideversorgung", "das Asylrecht",
        "die Befugnisse der Konsuln", "die Befreiung vom Wehrdienst", "die Erbfolge",
        "die Schulen und Krankenhäuser", "den Postdienst", "die Schulden des früheren Reiches",
        "die Heimschaffung der Zivilpersonen", "den Bergbau", "die Wälder und Weiden",
    )  # fmt: skip
    places = (
        "in Kars", "in Ardahan", "in Batum", "in Artwin", "in Nachitschewan", "in Scharur",
        "in Eriwan", "in Alexandropol", "in Tiflis", "in Baku", "in Trapezunt", "in Erzurum",
        "in Sarykamysch", "in Kagysman", "in Olty", "in Dschulfa", "in Ordubad", "in Igdir",
        "in Achalziche", "in Poti", "am Vansee", "im Araxestal", "entlang des Arpa-Tschai",
        "am Fuß des Ararat", "an der Schwarzmeerküste", "im Tschorochtal", "in Sinope",
        "in Angora", "in Samsun", "in Odessa",
    )  # fmt: skip
    conditions = (
        "binnen drei Monaten nach Unterzeichnung dieses Vertrags",
        "vorbehaltlich der Ratifikation dieses Vertrags", "unter der Bedingung der Gegenseitigkeit",
        "gemäß den Anlagen dieses Vertrags", "unverzüglich",
        "unter Aufsicht der Gemischten Kommission", "sobald die Umstände es erlauben",
        "im gegenseitigen Einvernehmen", "in der in diesem Paragraphen bestimmten Weise",
        "soweit nichts anderes bestimmt ist", "auf Kosten des aufnehmenden Staates",
        "auf der Grundlage der Gleichheit", "nach den geltenden Gesetzen",
        "in Gegenwart von Delegierten beider Parteien", "unbeschadet des § {n}",
        "für die Dauer von {n} Jahren",
        "spätestens {n} Tage nach dem Austausch der Ratifikationsurkunden", "in {n} gleichen Raten",
    )  # fmt: skip


class DirectiveWriter(FormulaicWriter):
    """EU-style articles: a title line, then numbered paragraphs."""

    def heading_of(self, k: int, roman: bool) -> tuple[str, str]:
        return f"Article {k}", str(k)

    def body(self, sentences: list[str]) -> str:
        """A title taken from the first sentence's subject matter, then the sentences
        as numbered paragraphs."""
        title = " ".join(sentences[0].rstrip(".").split()[-4:]).capitalize()
        paras = [f"{k}. {s}" for k, s in enumerate(sentences, start=1)]
        return "\n".join([title, *paras])


_STATES = [
    "Albania", "Austria", "Belgium", "Bulgaria", "Czechoslovakia", "Denmark", "Estonia",
    "Finland", "France", "Greece", "Hungary", "Iceland", "Ireland", "Italy", "Latvia",
    "Lithuania", "Luxembourg", "Monaco", "Netherlands", "Norway", "Poland", "Portugal",
    "Romania", "Spain", "Sweden", "Switzerland", "Yugoslavia", "Egypt", "Persia",
    "Afghanistan", "Siam", "China", "Japan", "Brazil", "Chile", "Argentina", "Mexico",
    "Peru", "Uruguay", "Venezuela", "Colombia", "Bolivia", "Ecuador", "Paraguay", "Cuba",
    "Haiti", "Liberia", "Ethiopia", "Iraq", "Hejaz", "Yemen", "Nepal", "Mongolia", "Tuva",
    "Georgia", "Armenia", "Azerbaijan", "Ukraine", "Belarus", "Bukhara",
]  # fmt: skip
_ACCEDING = [
    "Canada", "Australia", "Newfoundland", "India", "Turkey", "Germany", "Danzig", "Syria",
    "Lebanon", "Palestine", "Transjordan", "Guatemala", "Honduras", "Nicaragua", "Panama",
    "Salvador", "Andorra", "Liechtenstein", "Memel", "Iran",
]  # fmt: skip
"""States that only the later text names (``ProtocolWriter.added``)."""
_TEMPLATES = [
    "The Government of {s} shall accede to the Convention by notice to the depositary "
    "within {n} months of the date of its signature.",
    "The provisions of Articles {n} to {m} shall apply to {s} from the date on which "
    "the instrument of accession of {s} is deposited.",
    "Nationals of {s} residing in the territory of the other Parties shall enjoy the "
    "treatment laid down in Article {n}.",
    "The Government of {s} may denounce this Protocol by notice given not less than {n} "
    "months before the end of each period of five years.",
]


class ProtocolWriter(Writer):
    """Protocol articles cut from a few templates, one state each: near-duplicates that
    differ by the state's name and a figure. Edits leave names and figures alone."""

    def __init__(self, rng: random.Random, vocabulary: int = 0) -> None:
        self.rng = rng
        self.vocab = sorted({w for t in _TEMPLATES for w in t.split() if "{" not in w})
        self.state = rng.choice(_STATES)

    def word(self) -> str:
        return self.rng.choice(self.vocab)

    def sentence(self) -> str:
        r = self.rng
        n = r.randint(2, 12)
        return r.choice(_TEMPLATES).format(s=self.state, n=n, m=n + r.randint(1, 6))

    def article(self, words: int) -> list[str]:
        self.state = self.rng.choice(_STATES)
        return super().article(words)

    def added(self, words: int) -> list[str]:
        """An article on a state that accedes in the later text and that no article of
        the earlier one names. A new article on a state whose article was struck out,
        cut from the same templates, reads as that article rewritten (its clause on
        the state's accession kept word for word but for a figure): a reader pairs the
        two, so truth that calls them unrelated would be wrong."""
        self.state = self.rng.choice(_ACCEDING)
        return Writer.article(self, words)

    def kept(self, word: str) -> bool:
        return word[:1].isupper() or word[:1].isdigit()


class ResolutionWriter(FormulaicWriter):
    """A resolution's operative paragraphs: each numbered "1." on its own first line,
    no "Article" anywhere, every one opening with one of a dozen verbs of the genre
    ("Requests the Secretary-General to…", "Urges all States to…") and drawing on one
    stock of actions, matters and places. Inserting a paragraph renumbers every one
    after it, as drafts of resolutions do."""

    inline = True
    leads = (
        "Decides to", "Requests the Secretary-General to", "Urges all Member States to",
        "Calls upon the parties concerned to", "Invites the specialized agencies to",
        "Encourages the regional organizations to", "Reaffirms its determination to",
        "Emphasizes the need to", "Welcomes the efforts to", "Stresses the importance of efforts to",
        "Requests the Executive Director to", "Recommends that the Council continue to",
        "Appeals to the international community to", "Underlines the obligation to",
    )  # fmt: skip
    actions = (
        "strengthen cooperation on", "submit a report on", "ensure the protection of",
        "provide assistance for", "support the coordination of", "review the progress of",
        "promote the exchange of information on", "refrain from any action affecting",
        "take further measures regarding", "mobilize resources for", "monitor the situation of",
        "facilitate the return of", "guarantee safe access to", "consider the question of",
    )  # fmt: skip
    matters = (
        "refugees and internally displaced persons", "humanitarian personnel",
        "the reconstruction of infrastructure", "the demarcation of the boundary",
        "the withdrawal of foreign forces", "the electoral process", "the rule of law",
        "the rights of minorities", "mine clearance", "the supply of food and medicine",
        "the disarmament of armed groups", "the safety of navigation", "trafficking in persons",
        "the protection of cultural heritage", "the status of the capital", "prisoners of war",
        "the observer mission", "the transit of goods", "water resources", "public health",
    )  # fmt: skip
    places = (
        "in Kars", "in Ardahan", "in Batum", "in Nakhichevan", "along the Araxes",
        "in the Black Sea region", "in the Caucasus", "in the border areas", "in Tiflis",
        "in Baku", "in Erivan", "in the Straits", "in the northern provinces", "in the region",
    )  # fmt: skip
    qualifiers = (
        "within {n} days of the adoption of the present resolution",
        "at its {n}th session", "in close consultation with the parties",
        "in accordance with international law", "without delay",
        "on a regular basis", "as a matter of priority", "within existing resources",
        "in full respect of sovereignty and territorial integrity",
        "under the item entitled \"The situation in the region\"",
        "for a further period of {n} months", "in cooperation with the host country",
    )  # fmt: skip

    def __init__(self, rng: random.Random, vocabulary: int = 0) -> None:
        self.rng = rng
        pieces = self.leads + self.actions + self.matters + self.places + self.qualifiers
        self.vocab = sorted({w for p in pieces for w in p.replace("{n}", "").split()})

    def heading_of(self, k: int, roman: bool) -> tuple[str, str]:
        return f"{k}.", str(k)

    def sentence(self) -> str:
        r = self.rng
        qualifier = r.choice(self.qualifiers).replace("{n}", str(r.randint(2, 70)))
        parts = [r.choice(self.leads), r.choice(self.actions), r.choice(self.matters),
                 r.choice(self.places), qualifier]  # fmt: skip
        if r.random() < 0.4:
            parts += ["and to", r.choice(self.actions), r.choice(self.matters)]
        return " ".join(parts) + "."


STYLE_WRITERS: dict[str, type[Writer]] = {
    "turkish": TurkishWriter,
    "french": FrenchWriter,
    "german": GermanWriter,
    "directive": DirectiveWriter,
    "protocol": ProtocolWriter,
    "resolution": ResolutionWriter,
}
