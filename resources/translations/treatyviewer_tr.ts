<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name></name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/chain_window.py" line="+83"/>
        <source>Versions</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Open a C&amp;hain of Versions…</source>
        <translation>Sürüm &amp;zinciri aç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open three or more versions of a text, oldest first</source>
        <translation>Bir metnin üç veya daha fazla sürümünü en eskisinden başlayarak aç</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the Bundled &amp;Chain</source>
        <translation>Hazır &amp;zinciri aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 1920 draft, the Treaty of Moscow and the Treaty of Kars (1921)</source>
        <translation>1920 taslağı, Moskova Antlaşması ve Kars Antlaşması (1921)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lineage Ta&amp;ble</source>
        <translation>Madde &amp;soy tablosu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y of This Article</source>
        <translation>Bu maddenin &amp;geçmişi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare the neighbouring versions of the chain after (before) these</source>
        <translation>Zincirde bunlardan sonraki (önceki) komşu sürümleri karşılaştır</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt Pair of Versions</source>
        <translation>Sonraki &amp;sürüm çifti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Pair of Versions</source>
        <translation>Önceki sürüm &amp;çifti</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Open versions, oldest first</source>
        <translation>Sürümleri aç, en eskisi önce</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="+342"/>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} shows where the places the texts name lie, and the lines and areas the treaty&apos;s articles draw: the frontier of Art. I, Batum, Nakhichevan. The places and lines of the article you are reading stand out. Click a place, or reach it with Tab and the arrow keys and press Enter, to list its mentions in each text and the notes linked to it; click a mention to show the passage. Both, Earlier and Later show what each text names. The lines are our drawings from the treaty, not surveyed boundaries.</source>
        <translation>{0}, metinlerin andığı yerlerin nerede olduğunu ve antlaşma maddelerinin çizdiği hatları ve bölgeleri gösterir: I. maddenin sınırı, Batum, Nahçıvan. Okuduğunuz maddenin yerleri ve hatları öne çıkar. Bir yere tıklayın ya da Tab ve ok tuşlarıyla ona gidip Enter&apos;a basın: her metindeki anılmaları ve ona bağlı notlar listelenir; bir anılmaya tıklamak o bölümü gösterir. İki metin, Önceki ve Sonraki, her metnin neleri andığını gösterir. Hatlar antlaşma metninden bizim çizimlerimizdir, ölçülmüş sınırlar değildir.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/appearance_actions.py" line="+54"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;Yüksek Karşıtlık</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black on white with strong colours and bold change marks</source>
        <translation>Beyaz üzerine siyah, canlı renkler ve kalın değişiklik işaretleri</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Arayüz Dili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus and messages (not of the texts)</source>
        <translation>Menülerin ve iletilerin dili (metinlerin değil)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;System Default</source>
        <translation>&amp;Sistem Varsayılanı</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restart Now</source>
        <translation>Şimdi Yeniden Başlat</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/render.py" line="+185"/>
        <source>Reconstructed: what this passage says comes from published summaries and secondary accounts; its wording is the editors&apos;, not an attested text.</source>
        <translation>Yeniden kurulmuş: bu pasajın söyledikleri yayımlanmış özetlerden ve ikincil kaynaklardan gelir; ifadeler editörlerindir, tanıklanmış bir metin değildir.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paraphrased: a summary of the passage from a source, not a full rendering.</source>
        <translation>Özet: pasajın bir kaynaktan özeti, tam bir çeviri değil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How sure: {0} (of the content and its place, never of the wording)</source>
        <translation>Ne kadar kesin: {0} (içerik ve yeri için; ifadeler için asla)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {0}</source>
        <translation>Kaynak: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help → About these texts tells how each text was made.</source>
        <translation>Her metnin nasıl hazırlandığı Yardım → Bu metinler hakkında bölümündedir.</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>its text is not given in this edition</source>
        <translation>metni bu baskıda verilmiyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the other text gives this part only as editor&apos;s notes</source>
        <translation>öbür metin bu kısmı yalnızca yayımcı notlarıyla veriyor</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not known whether it was kept: the other text gives an article in this part only as an editor&apos;s note, so the two cannot be compared</source>
        <translation>Korunup korunmadığı bilinmiyor: öbür metin bu kısımdaki bir maddeyi yalnızca yayımcı notu olarak veriyor, bu yüzden ikisi karşılaştırılamıyor</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Similarity {0}, older wording kept {1}, pairing set by you</source>
        <translation>Benzerlik {0}, eski ifadeden korunan {1}, eşlemeyi siz belirlediniz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similarity {0}, older wording kept {1}, confidence {2} ({3})</source>
        <translation>Benzerlik {0}, eski ifadeden korunan {1}, güven {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/related_links.py" line="+125"/>
        <source>What became of it: {0}</source>
        <translation>Akıbeti: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/render.py" line="-69"/>
        <source>not paired: {0} there reads otherwise</source>
        <translation>eşlenmedi: oradaki {0} farklı metne sahip</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Paired; the wording is still being compared, changes will follow</source>
        <translation>Eşleştirildi; ifadeler hâlâ karşılaştırılıyor, değişiklikler ardından gösterilecek</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>automatic</source>
        <translation>otomatik</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/inline.py" line="+281"/>
        <source>The older text, {0}:</source>
        <translation>Eski metin, {0}:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The newer text, {0}:</source>
        <translation>Yeni metin, {0}:</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../src/treatyviewer/ui/compare/render.py" line="-71"/>
        <source>no counterpart</source>
        <translation>karşılığı yok</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/render.py" line="+33"/>
        <source>Its number is kept over a notice of repeal</source>
        <translation>Numarası bir yürürlükten kaldırma notuyla korunuyor</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>number kept, its text repealed</source>
        <translation>numara korundu, metni yürürlükten kaldırıldı</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/state/undo.py" line="+56"/>
        <source>Link</source>
        <translation>Eşle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1} ↔ {2}</source>
        <translation>{0}: {1} ↔ {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlink {0} ↔ {1}</source>
        <translation>Eşleşmeyi kaldır: {0} ↔ {1}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/window_actions.py" line="+84"/>
        <source>&amp;Open Two Texts…</source>
        <translation>İki Metin &amp;Aç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an older and a newer text</source>
        <translation>Eski ve yeni bir metin aç</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Aç…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the &amp;Bundled Pair</source>
        <translation>&amp;Hazır Metin Çiftini Aç</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 1920 draft beside the Treaty of Moscow of 1921</source>
        <translation>1920 taslağı ile 1921 Moskova Antlaşması yan yana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundled Pair</source>
        <translation>Hazır Çift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;load</source>
        <translation>&amp;Yeniden Yükle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read both files again</source>
        <translation>İki dosyayı yeniden oku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print…</source>
        <translation>&amp;Yazdır…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the comparison as the PDF export lays it out</source>
        <translation>Karşılaştırmayı PDF dışa aktarımının düzeniyle yazdır</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri Al</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/actions.py" line="+61"/>
        <source>&amp;Find…</source>
        <translation>&amp;Bul…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in both texts</source>
        <translation>İki metinde de ara</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find &amp;Next</source>
        <translation>&amp;Sonrakini Bul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Öncekini Bul</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/window_actions.py" line="+13"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Tercihler…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Yan Yana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Both texts side by side, aligned</source>
        <translation>İki metin yan yana, maddelere göre hizalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inline Redline</source>
        <translation>&amp;Birleşik Karşılaştırma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One column: deletions struck, insertions underlined</source>
        <translation>Tek sütun: silinenlerin üstü çizili, eklenenlerin altı çizili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Older Text Only</source>
        <translation>Yalnızca &amp;Eski Metin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the older text</source>
        <translation>Yalnızca eski metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Newer Text Only</source>
        <translation>Yalnızca Ye&amp;ni Metin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the newer text</source>
        <translation>Yalnızca yeni metin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Redline</source>
        <translation>Birleşik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Tarafları Değiştir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the older text on the right; it is still compared as the older one</source>
        <translation>Eski metni sağda göster; yine de eski metin olarak karşılaştırılır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show Only Chan&amp;ged Articles</source>
        <translation>Yalnızca &amp;Değişen Maddeler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide articles that did not change</source>
        <translation>Değişmeyen maddeleri gizle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed Only</source>
        <translation>Yalnızca Değişen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Concordance</source>
        <translation>&amp;Konkordans</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the concordance table</source>
        <translation>Madde karşılıkları tablosunu göster veya gizle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ou&amp;tline</source>
        <translation>&amp;Ana hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the outline of sections and points</source>
        <translation>Bölüm ve bentlerin ana hattını göster veya gizle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset P&amp;anels</source>
        <translation>&amp;Panelleri Sıfırla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the panels back where they were at the first start</source>
        <translation>Panelleri ilk açılıştaki yerlerine geri koy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Tam ekran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the whole screen to the texts, or leave full screen</source>
        <translation>Tüm ekranı metinlere ver ya da tam ekrandan çık</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Go to Article…</source>
        <translation>&amp;Maddeye Git…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an article by name and read it</source>
        <translation>Bir maddeyi adıyla seçip ona gidin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next &amp;Pane</source>
        <translation>Sonraki &amp;Bölme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard focus to the next text or panel</source>
        <translation>Klavye odağını sonraki metne ya da panele taşı</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous Pa&amp;ne</source>
        <translation>Önceki Böl&amp;me</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard focus to the text or panel before</source>
        <translation>Klavye odağını önceki metne ya da panele taşı</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&amp;Zoom In</source>
        <translation>&amp;Yakınlaştır</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Undo the last change (a correction, a note)</source>
        <translation>Son değişikliği geri al (bir düzeltme, bir not)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redo the change undone last</source>
        <translation>Son geri alınan değişikliği yinele</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name for the notes you export, and below what confidence pairings are offered for review</source>
        <translation>Dışa aktardığınız notlar için adınız ve hangi güvenin altındaki eşleşmelerin incelemeye sunulacağı</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Zoom O&amp;ut</source>
        <translation>&amp;Uzaklaştır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset Zoom</source>
        <translation>Yakınlaştırmayı &amp;Sıfırla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Te&amp;xt Font…</source>
        <translation>Metin &amp;Yazı Tipi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the font of the texts</source>
        <translation>Metinlerin yazı tipini seç</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dark Palette</source>
        <translation>&amp;Koyu Renk Düzeni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light text on a dark ground</source>
        <translation>Koyu zemin üzerine açık renk yazı</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/actions.py" line="+10"/>
        <source>&amp;Next Change</source>
        <translation>&amp;Sonraki Değişiklik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>Sonraki</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous Change</source>
        <translation>Ö&amp;nceki Değişiklik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>Önceki</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next &amp;Article</source>
        <translation>Sonraki &amp;Madde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous A&amp;rticle</source>
        <translation>Önceki M&amp;adde</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/help_menu.py" line="+31"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Kullanım Kılavuzu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to read, correct and annotate a comparison; all shortcuts</source>
        <translation>Bir karşılaştırmayı okuma, düzeltme ve not ekleme; tüm kısayollar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About These &amp;Texts</source>
        <translation>Bu &amp;Metinler Hakkında</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the texts come from</source>
        <translation>Metinlerin kaynağı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About treatyviewer</source>
        <translation>treatyviewer &amp;Hakkında</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/reading_actions.py" line="+34"/>
        <source>Open Sess&amp;ion…</source>
        <translation>&amp;Oturum Aç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved reading session (.tvproj): texts, corrections, notes</source>
        <translation>Kaydedilmiş bir okuma oturumu aç (.tvproj): metinler, düzeltmeler, notlar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save Session</source>
        <translation>Oturumu &amp;Kaydet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the texts, your alignment corrections and your notes</source>
        <translation>Metinleri, eşleştirme düzeltmelerinizi ve notlarınızı kaydet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Session &amp;As…</source>
        <translation>Oturumu &amp;Farklı Kaydet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the reading session under a new name</source>
        <translation>Okuma oturumunu yeni bir adla kaydet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&amp;mport Notes…</source>
        <translation>Notları &amp;İçe Aktar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the notes of a W3C Web Annotation file (JSON-LD)</source>
        <translation>Bir W3C Web Annotation dosyasındaki (JSON-LD) notları ekle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Notes…</source>
        <translation>&amp;Notları Dışa Aktar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write your notes as W3C Web Annotations (JSON-LD)</source>
        <translation>Notlarınızı W3C Web Annotations (JSON-LD) olarak yaz</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Annotate Selection…</source>
        <translation>Seçime &amp;Not Ekle…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note on the passage selected in a text</source>
        <translation>Bir metinde seçili pasaja not yaz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on This &amp;Pair…</source>
        <translation>Bu &amp;Çifte Not…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a note on the pair of articles selected in the concordance, or else on the pair being read</source>
        <translation>Konkordansta seçili madde çiftine, seçili yoksa okunan çifte not yaz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Parties and Places</source>
        <translation>&amp;Taraflar ve Yerler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the index of parties, persons and places</source>
        <translation>Taraflar, kişiler ve yerler dizinini göster veya gizle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not&amp;es</source>
        <translation>&amp;Notlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the notes and the note editor</source>
        <translation>Notları ve not düzenleyiciyi göster veya gizle</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/file_actions.py" line="+33"/>
        <source>Reopen Older &amp;Text with Encoding</source>
        <translation>Eski &amp;Metni Başka Kodlamayla Yeniden Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the older text again in another encoding, if it looks garbled</source>
        <translation>Eski metin bozuk görünüyorsa onu başka bir kodlamayla yeniden oku</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen Ne&amp;wer Text with Encoding</source>
        <translation>&amp;Yeni Metni Başka Kodlamayla Yeniden Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the newer text again in another encoding, if it looks garbled</source>
        <translation>Yeni metin bozuk görünüyorsa onu başka bir kodlamayla yeniden oku</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A printable PDF of the comparison with the notes as comments</source>
        <translation>Karşılaştırmanın yazdırılabilir PDF&apos;i, notlar yorum olarak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A self-contained web page of the comparison with the notes</source>
        <translation>Karşılaştırmanın notlarla birlikte bağımsız bir web sayfası</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The concordance of articles as a spreadsheet table</source>
        <translation>Madde karşılıkları tablosu, hesap tablosu olarak</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison as JSON, for scripts</source>
        <translation>Betikler için JSON biçiminde karşılaştırma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;TEI…</source>
        <translation>&amp;TEI Olarak Dışa Aktar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two texts as a TEI critical apparatus with the notes, for editions</source>
        <translation>İki metin, notlarıyla birlikte TEI eleştirel aparatı olarak, basımlar için</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>&amp;Dışa Aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the comparison as PDF, HTML, CSV, JSON or TEI</source>
        <translation>Karşılaştırmayı PDF, HTML, CSV, JSON veya TEI olarak yaz</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/about.py" line="+72"/>
        <source>Short title</source>
        <translation>Kısa ad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>Taraflar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of this text</source>
        <translation>Bu metnin dili</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original languages</source>
        <translation>Özgün diller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>Baskı</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+268"/>
        <source>Licence</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+75"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+70"/>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signatories</source>
        <translation>İmzacılar</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Used for:</source>
        <translation>Kullanıldığı yer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../src/treatyviewer/ui/dialogs/article_dialog.py" line="+140"/>
        <source>Article</source>
        <translation>Madde</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Provenance</source>
        <translation>Köken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Güvenilirlik</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Article by article</source>
        <translation>Madde madde</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Known correspondences</source>
        <translation>Bilinen karşılıklar</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Other text</source>
        <translation>Diğer metin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How this text was made</source>
        <translation>Bu metin nasıl hazırlandı</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No provenance recorded for this text; this is what is known of the file.</source>
        <translation>Bu metnin kaynağı kayıtlı değil; dosya hakkında bilinenler şunlar.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a preamble</source>
        <translation>giriş</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>guessed</source>
        <translation>tahmin edildi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>detected with certainty or chosen</source>
        <translation>kesin olarak algılandı ya da seçildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Kodlama</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n karakter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n madde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n annex(es)</source>
        <translation>
            <numerusform>%n ek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n other part(s)</source>
        <translation>
            <numerusform>%n başka bölüm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n bölüm</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a closing part</source>
        <translation>kapanış bölümü</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Divided into</source>
        <translation>Bölümleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When reading</source>
        <translation>Okurken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>not installed</source>
        <translation>kurulu değil</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+23"/>
        <source>Version</source>
        <translation>Sürüm</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>treatyviewer is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; see the licence for details.</source>
        <translation>treatyviewer özgür bir yazılımdır: Özgür Yazılım Vakfı tarafından yayımlanan GNU Genel Kamu Lisansı’nın 3. sürümü ya da (tercihinize bağlı olarak) daha sonraki bir sürümünün koşulları altında yeniden dağıtabilir ve/veya değiştirebilirsiniz. Yararlı olması umuduyla dağıtılmaktadır, ancak HİÇBİR GARANTİ VERİLMEMEKTEDİR; ayrıntılar için lisansa bakın.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The English texts that come with the program, the gazetteer of parties and places and the curated notes are our own work, licensed under {0}. The treaty itself is an official act and in the public domain.</source>
        <translation>Programla birlikte gelen İngilizce metinler, taraflar ve yerler sözlüğü ve derlenmiş notlar kendi çalışmamızdır ve {0} lisansıyla sunulur. Antlaşmanın kendisi resmî bir belgedir ve kamu malıdır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library</source>
        <translation>Kitaplık</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Licence of the program</source>
        <translation>Programın lisansı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence of the bundled texts</source>
        <translation>Birlikte gelen metinlerin lisansı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libraries</source>
        <translation>Kitaplıklar</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/guide_parts.py" line="+30"/>
        <source>the same wording in both texts</source>
        <translation>iki metinde de aynı ifade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the wording changed; the changed words are marked in the text</source>
        <translation>ifade değişmiş; değişen sözcükler metinde işaretlidir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wording changed nearly throughout: the two are less than {0} similar (an article written anew); it stands beside “modified”</source>
        <translation>ifade neredeyse tümüyle değişti: benzerlik {0} altında (madde yeniden yazılmış); “değiştirildi” etiketinin yanında durur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the article stands at another place in the order of the text</source>
        <translation>madde metnin sıralamasında başka bir yerde duruyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the article carries another number</source>
        <translation>maddenin numarası farklı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one article of the older text became several in the newer one</source>
        <translation>eski metindeki bir madde yeni metinde birkaç maddeye ayrılmış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several articles of the older text became one in the newer one</source>
        <translation>eski metindeki birkaç madde yeni metinde tek maddede birleşmiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the newer text</source>
        <translation>yalnızca yeni metinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the older text</source>
        <translation>yalnızca eski metinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>struck out: the newer text keeps its number with a notice of repeal</source>
        <translation>yürürlükten kaldırıldı: yeni metin numarasını bir mülga notuyla korur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unpaired, but not known to be added or removed: the edition gives an article in the same part of the text only as an editor&apos;s note, so the two cannot be compared</source>
        <translation>eşsiz, ama eklendiği ya da çıkarıldığı bilinmiyor: baskı metnin aynı kısmındaki bir maddeyi yalnızca yayımcı notu olarak veriyor, bu yüzden ikisi karşılaştırılamıyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the wording is reconstructed from secondary accounts, not an attested text</source>
        <translation>ifade ikincil kaynaklardan yeniden oluşturulmuştur, belgelenmiş bir metin değildir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a summary of the passage, not a full rendering</source>
        <translation>pasajın özeti, tam bir aktarım değil</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>inserted</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only in the newer text; underlined</source>
        <translation>yalnızca yeni metinde; altı çizili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only in the older text; struck through</source>
        <translation>yalnızca eski metinde; üstü çizili</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced</source>
        <translation>ikame edildi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the older wording, struck through, and beside it the newer wording, underlined; both with a line above</source>
        <translation>eski ifadenin üstü çizili, yanındaki yeni ifadenin altı çizili; ikisinin de üst kenarında bir çizgi var</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Komut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every article only one text has is one stop too; the status bar says how many changes are in the wording and how many are whole articles.</source>
        <translation>Yalnızca bir metinde bulunan her madde de bir duraktır; durum çubuğu kaç değişikliğin ifadede, kaçının bütün maddeler olduğunu söyler.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every view keeps the article you are reading, and shows the same notes, mentions and badges.</source>
        <translation>Her görünüm okuduğunuz maddede kalır ve aynı notları, anılmaları ve rozetleri gösterir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article only one text has says which articles its matter went to (or came from) when the editors&apos; notes tell, with a line on what became of it; the concordance and the PDF say the same.</source>
        <translation>Yalnızca bir metinde bulunan bir madde, editör notları söylüyorsa içeriğinin hangi maddelere geçtiğini (ya da nereden geldiğini) ve akıbetini bir satırda gösterir; eşleşme tablosu ve PDF de aynısını söyler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A selection is widened to whole words. Clicking a passage with a note selects the note.</source>
        <translation>Seçim tam sözcüklere genişletilir. Notlu bir pasaja tıklamak o notu seçer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A session also remembers the article you were reading and the note you had selected.</source>
        <translation>Oturum, okuduğunuz maddeyi ve seçtiğiniz notu da hatırlar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its mentions are marked in both texts at once, and the notes linked to it are listed under it.</source>
        <translation>Anılmaları iki metinde hemen işaretlenir ve ona bağlı notlar altında listelenir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes are signed with the name set in {0} (your login name until you set one); choose whether the export carries your notes, the curated ones or both.</source>
        <translation>Notlarınız {0} içinde belirlenen adla imzalanır (siz bir ad belirleyene kadar oturum adınızla); dışa aktarmanın sizin notlarınızı mı, editör notlarını mı, yoksa ikisini birden mi taşıyacağını seçin.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="-312"/>
        <source>treatyviewer: User Guide</source>
        <translation>treatyviewer: Kullanım Kılavuzu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>treatyviewer puts two versions of a treaty side by side, pairs their articles and marks what changed between them. Nothing in the texts is altered: what you see is what the files say.</source>
        <translation>treatyviewer bir antlaşmanın iki sürümünü yan yana koyar, maddelerini eşler ve aralarında neyin değiştiğini işaretler. Metinlerde hiçbir şey değiştirilmez: gördüğünüz, dosyalarda yazandır.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening texts</source>
        <translation>Metinleri açmak</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} asks for an older and a newer text: plain text, Markdown, Word (.docx), PDF with a text layer, a web page (HTML) or TEI XML. {1} opens the draft of 1920 beside the Treaty of Moscow of 1921 that come with the program.</source>
        <translation>{0} eski ve yeni bir metin ister: düz metin, Markdown, Word (.docx), metin katmanı olan PDF, bir web sayfası (HTML) ya da TEI XML. {1} programla gelen 1920 taslağını 1921 Moskova Antlaşması&apos;nın yanında açar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each text is cut into its units by its headings: articles, sections and clauses as statutes, treaties and contracts number them in many languages (“Article 5”, “§ 5”, “A. Definitions”), or the headings a policy gives without numbers (Markdown “## Your rights”, Word&apos;s Heading styles, a web page&apos;s headings). A text with neither is compared paragraph by paragraph. The metadata a Markdown file opens with and its comment lines are not compared; a note above the texts says so.</source>
        <translation>Her metin başlıklarına göre birimlerine ayrılır: yasaların, antlaşmaların ve sözleşmelerin birçok dilde numaralandırdığı maddeler, bölümler ve fıkralar («Article 5», «§ 5», «A. Definitions») ya da bir politikanın numarasız başlıkları (Markdown «## Your rights», Word&apos;ün başlık stilleri, bir web sayfasının başlıkları). İkisi de olmayan bir metin paragraf paragraf karşılaştırılır. Bir Markdown dosyasının başındaki üst veriler ve yorum satırları karşılaştırılmaz; metinlerin üstündeki bir not bunu bildirir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the window shows</source>
        <translation>Pencerede neler görünür</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The older text is on the left and the newer on the right, each in its own order: nothing is rearranged, so each text reads as it was written.</source>
        <translation>Eski metin solda, yeni metin sağdadır; her biri kendi sırasıyla: hiçbir şeyin yeri değiştirilmez, her metin yazıldığı gibi okunur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles that correspond are aligned at the same height. Where one text says more, the other leaves space, so the next pair starts level.</source>
        <translation>Birbirine karşılık gelen maddeler aynı yükseklikte hizalanır. Bir metin daha uzun olduğunda öbüründe boşluk kalır, böylece sonraki çift aynı hizadan başlar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The band between the texts joins each pair of articles, in the colour of its badge. A band that slopes or crosses others shows an article that moved.</source>
        <translation>Metinlerin arasındaki şerit her madde çiftini, rozetinin renginde birbirine bağlar. Eğik duran ya da başka şeritleri kesen bir şerit, yeri değişmiş bir maddeyi gösterir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The overview bar at the edge marks every change in the whole text; click it to go there. Dark olive notches mark passages you annotated.</source>
        <translation>Kenardaki genel bakış çubuğu bütün metindeki her değişikliği işaretler; oraya gitmek için üzerine tıklayın. Koyu zeytin yeşili çentikler not eklediğiniz pasajları gösterir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} and {1} step from change to change.</source>
        <translation>{0} ve {1} değişiklikten değişikliğe geçer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} and {1} move the keyboard focus from text to text and panel to panel; a ring shows which text has it.</source>
        <translation>{0} ve {1} klavye odağını metinden metne ve panelden panele taşır; bir çerçeve odağın hangi metinde olduğunu gösterir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} shows one column, with deletions struck through and insertions underlined; {1} hides the articles that did not change.</source>
        <translation>{0} tek sütun gösterir: silinenlerin üstü, eklenenlerin altı çizilidir; {1} değişmeyen maddeleri gizler.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} puts the older text on the right; it is still compared as the older one, so deletions stay deletions.</source>
        <translation>{0} eski metni sağa koyar; yine eski metin olarak karşılaştırılır, yani silinenler silinmiş kalır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When a file changes on disk it is read again at once, unless you have notes or corrections on it: then a bar asks first. {0} reads both files again.</source>
        <translation>Bir dosya diskte değişince hemen yeniden okunur; üzerinde notlarınız ya da düzeltmeleriniz varsa önce bir çubuk sorar. {0} iki dosyayı da yeniden okur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges</source>
        <translation>Rozetler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each article has a badge that says what happened to it between the texts:</source>
        <translation>Her maddenin, iki metin arasında ona ne olduğunu söyleyen bir rozeti vardır:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes inside an article</source>
        <translation>Madde içindeki değişiklikler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed words are tinted. Colour is never the only sign: inserted words are also underlined and deleted words struck through, so the marks survive a black-and-white print and stay clear to colour-blind readers.</source>
        <translation>Değişen sözcükler renklendirilir. Renk hiçbir zaman tek işaret değildir: eklenen sözcüklerin altı, silinenlerin üstü de çizilir; böylece işaretler siyah-beyaz baskıda kaybolmaz ve renk körü okurlar için de açık kalır.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Correcting the alignment</source>
        <translation>Eşlemeyi düzeltmek</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pairing of articles is computed and can be wrong. {0} lists every pair with its status; the “{1}” tab lists the pairings the program is least sure of. Select a row and use the buttons above the table, beside the filter:</source>
        <translation>Maddelerin eşlenmesi hesaplanır ve yanlış olabilir. {0} her çifti durumuyla birlikte listeler; “{1}” sekmesi programın en az emin olduğu eşlemeleri gösterir. Bir satır seçip tablonun üstündeki, filtrenin yanındaki düğmeleri kullanın:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>keep the pairing as your own decision (no other pairing changes); in “To review” the next pairing is then chosen;</source>
        <translation>eşleştirmeyi kendi kararınız olarak tutar (başka eşleştirme değişmez); “İncelenecek” sekmesinde ardından sıradaki eşleştirme seçilir;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pair the selected article with another one;</source>
        <translation>seçili maddeyi başka bir maddeyle eşler;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>join several selected rows into one pair, for a split or a merge;</source>
        <translation>seçili birkaç satırı tek bir çiftte birleştirir (bölünme ya da birleşme için);</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>separate the pair: each article then stands alone, as added or removed.</source>
        <translation>çifti ayırır: her madde tek başına kalır, eklenmiş ya da çıkarılmış olarak.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Three figures stand beside each pair. Similarity is the share of the two articles&apos; words they have in common, counted over both, so an article kept whole under three new paragraphs is only 26 % similar. Kept is the share of the older article&apos;s words the newer one keeps: 100 % when words were only added, low when the wording was rewritten. Confidence is how likely it is that they are counterparts at all, whatever their wording: an article rewritten in place can be little similar and still surely paired, while two articles built from the same formulas can read alike and not be counterparts. Pairs under the review threshold ({0}) are listed in “{1}”.</source>
        <translation>Her eşin yanında üç sayı durur. Benzerlik, iki maddenin ortak sözcüklerinin her ikisinin sözcükleri üzerinden sayılan payıdır; bu yüzden üç yeni paragrafın altında bütünüyle korunan bir madde yalnızca yüzde 26 benzerdir. Korunan, eski maddenin sözcüklerinden yenisinde kalanların payıdır: yalnızca sözcük eklendiyse yüzde 100, ifade yeniden yazıldıysa düşüktür. Güven, ifadeleri ne kadar farklı olursa olsun iki maddenin gerçekten birbirinin karşılığı olma olasılığıdır: yerinde yeniden yazılmış bir madde az benzer olup yine de kesin olarak eşlenebilir; aynı kalıplardan kurulmuş iki madde ise birbirine benzer okunup karşılık olmayabilir. İnceleme eşiğinin ({0}) altındaki eşler “{1}” sekmesinde listelenir.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A pairing you set yourself (Link with…, Link selected, Accept) reads “{0}” instead of a confidence: the program does not rate your choices.</source>
        <translation>Kendi belirlediğiniz bir eşlemede (Eşle…, Seçilenleri eşle, Onayla) güven yerine “{0}” yazar: program sizin seçimlerinizi derecelendirmez.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} and {1} take back and repeat corrections. Your corrections are saved with the session.</source>
        <translation>{0} ve {1} düzeltmeleri geri alır ve yineler. Düzeltmeleriniz oturumla birlikte kaydedilir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a passage in either text and choose {0} to write a note on it.</source>
        <translation>Metinlerden birinde bir pasaj seçin ve ona not yazmak için {0} komutunu seçin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the note editor, link the note to the parties, persons and places it concerns, and add tags of your own.</source>
        <translation>Not düzenleyicisinde notu ilgili olduğu taraflara, kişilere ve yerlere bağlayın ve kendi etiketlerinizi ekleyin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} shows all notes; search them or filter them by tag, entity or text. {1} writes a note on the pair selected in the concordance.</source>
        <translation>{0} bütün notları gösterir; notlarda arama yapabilir, onları etikete, varlığa ya da metne göre süzebilirsiniz. {1} konkordansta seçili çifte not yazar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When a text changes, each note looks for its passage again by the quoted words. A note whose passage is gone is kept as an orphan: the notes list still shows it, with its quote, marked “{0}”.</source>
        <translation>Bir metin değişince her not kendi pasajını alıntılanan sözcüklerle yeniden arar. Pasajı kaybolan not bağsız olarak saklanır: not listesi onu alıntısıyla birlikte “{0}” işaretiyle göstermeye devam eder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} and {1} exchange notes with other tools as W3C Web Annotations.</source>
        <translation>{0} ve {1} notları W3C Web Annotations biçiminde başka araçlarla paylaşır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions</source>
        <translation>Oturumlar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} keeps your work in one file (.tvproj): where the two texts are and their checksums (not the texts themselves), your alignment corrections, notes and view options. {1} opens it again. To share a session, send the two texts with it. Unsaved work is also autosaved a second after each change; if treatyviewer closes unexpectedly, the next start offers to recover it.</source>
        <translation>{0} çalışmanızı tek bir dosyada (.tvproj) saklar: iki metnin nerede olduğu ve sağlama toplamları (metinlerin kendisi değil), hizalama düzeltmeleriniz, notlarınız ve görünüm seçenekleri. {1} onu yeniden açar. Bir oturumu paylaşmak için iki metni de onunla birlikte gönderin. Kaydedilmemiş çalışma ayrıca her değişiklikten bir saniye sonra otomatik kaydedilir; treatyviewer beklenmedik biçimde kapanırsa bir sonraki açılışta kurtarmayı önerir.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chains of versions</source>
        <translation>Sürüm zincirleri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} opens three versions of a text or more, oldest first; {1} opens the draft of 1920, the Treaty of Moscow and the Treaty of Kars. The texts are compared two neighbours at a time: the buttons above them choose the pair, and {2} and {3} step to the next or the previous one. {4} follows each article through every version (where it came from, what it became, where it was split, merged or dropped); {5} shows the article you are reading in each version.</source>
        <translation>{0} bir metnin üç ya da daha fazla sürümünü, en eskisinden başlayarak açar; {1} 1920 taslağını, Moskova Antlaşmasını ve Kars Antlaşmasını açar. Metinler ikişer ikişer, komşu sürümler olarak karşılaştırılır: üstlerindeki düğmeler çifti seçer, {2} ve {3} bir sonraki ya da bir önceki çifte geçer. {4} her maddeyi bütün sürümler boyunca izler (nereden geldiğini, neye dönüştüğünü, nerede bölündüğünü, birleştirildiğini ya da çıkarıldığını); {5} okuduğunuz maddeyi her sürümde gösterir.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parties and places</source>
        <translation>Taraflar ve yerler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} lists the parties, persons and places the texts name, with how often each text names them, in any of their spellings. Select one to highlight its mentions in both texts and go from one to the next.</source>
        <translation>{0} metinlerin andığı tarafları, kişileri ve yerleri, her metnin onları hangi yazılışla olursa olsun kaç kez andığıyla birlikte listeler. Birini seçince iki metindeki anılmaları vurgulanır ve bir anılmadan ötekine gidebilirsiniz.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export</source>
        <translation>Dışa aktarma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: a printable comparison; your notes become PDF comments (a chain&apos;s report prints them, numbered, under the version they are on).</source>
        <translation>{0}: yazdırılabilir bir karşılaştırma; notlarınız PDF yorumları olur (zincir raporu onları numaralı olarak ait oldukları sürümün altına basar).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: the same pages on paper, without the comments and links.</source>
        <translation>{0}: aynı sayfalar kâğıt üzerinde, yorumlar ve bağlantılar olmadan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the same as a single web page that needs no other files.</source>
        <translation>{0}: aynısı, başka dosyaya gerek duymayan tek bir web sayfası olarak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the concordance of articles as a spreadsheet table.</source>
        <translation>{0}: maddelerin konkordansı, hesap tablosu olarak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the whole comparison as data, for scripts.</source>
        <translation>{0}: bütün karşılaştırma, betikler için veri olarak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: the texts as a TEI critical apparatus, with your notes, for editions.</source>
        <translation>{0}: metinler, notlarınızla birlikte TEI eleştirel aparatı olarak, basımlar için.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text encodings</source>
        <translation>Metin kodlamaları</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain-text files are decoded automatically. If a text looks garbled (Cyrillic shown as “Ð¡Ð¾”, for example), choose {0} or {1} and pick the encoding: Windows-1251 or KOI8-R for older Russian files, Windows-1254 for Turkish ones.</source>
        <translation>Düz metin dosyalarının kodlaması kendiliğinden çözülür. Bir metin bozuk görünüyorsa (örneğin Kiril harfleri “Ð¡Ð¾” gibi görünüyorsa) {0} ya da {1} komutunu seçip kodlamayı belirleyin: eski Rusça dosyalar için Windows-1251 ya da KOI8-R, Türkçe dosyalar için Windows-1254.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} sets the language of menus and messages; the texts are not translated.</source>
        <translation>{0} menülerin ve iletilerin dilini belirler; metinlerin kendisi çevrilmez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/about.py" line="-41"/>
        <source>Read and compare versions of a treaty, article by article.</source>
        <translation>Bir antlaşmanın metinlerini madde madde okuyun ve karşılaştırın.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/common/reader_warnings.py" line="+29"/>
        <source>decoded as {0} (guessed); choose another encoding if it looks wrong</source>
        <translation>{0} olarak çözüldü (tahmin); yanlış görünüyorsa başka bir kodlama seçin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decoded as {0} (no byte-order mark); choose another encoding if it looks wrong</source>
        <translation>{0} olarak çözüldü (bayt sırası işareti yok); yanlış görünüyorsa başka bir kodlama seçin</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{0} appears %n times; the repeat is labelled {1}</source>
        <translation>
            <numerusform>{0} %n kez geçiyor; tekrarı {1} olarak etiketlendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n headings repeat an earlier number (the first: {0}); each repeat is labelled with #2, #3 and so on</source>
        <translation>
            <numerusform>%n başlık daha önce geçen bir numarayı yineliyor (ilki: {0}); yinelenenler #2, #3 vb. ile adlandırıldı</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>article numbers are not in order ({0} is followed by {1})</source>
        <translation>madde numaraları sırayla değil ({0} maddesinden sonra {1} geliyor)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no article headings found; the text is compared paragraph by paragraph</source>
        <translation>madde başlığı bulunamadı; metin paragraf paragraf karşılaştırılıyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is encrypted without a password for reading; opened it</source>
        <translation>PDF okuma parolası olmadan şifrelenmiş; yine de açıldı</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>header/footer lines removed ({0})</source>
        <translation>üst/alt bilgi satırları kaldırıldı ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>line numbers in the margin removed (%n line(s))</source>
        <translation>
            <numerusform>kenar boşluğundaki satır numaraları kaldırıldı (%n satır)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 footnote set after the paragraph that cites it</source>
        <translation>1 dipnot, kendisine atıf yapan paragrafın arkasına yerleştirildi</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n footnotes set after the paragraphs that cite them</source>
        <translation>
            <numerusform>%n dipnot, kendilerine atıf yapan paragrafların arkasına yerleştirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{0} of %n page(s) have no text layer (scanned pages?); their text is missing — run OCR on the PDF first</source>
        <translation>
            <numerusform>%n sayfanın {0} tanesinde metin katmanı yok (taranmış sayfalar mı?); metinleri eksik — önce PDF üzerinde OCR çalıştırın</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a passage embedded as {0} was left out</source>
        <translation>{0} olarak gömülü bir bölüm dışarıda bırakıldı</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tracked changes read as accepted ({0}, {1}); to compare the text before them, reject them in Word and save a copy</source>
        <translation>izlenen değişiklikler kabul edilmiş sayılarak okundu ({0}, {1}); onlardan önceki metni karşılaştırmak için Word&apos;de reddedip bir kopya kaydedin</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n insertion(s)</source>
        <translation>
            <numerusform>%n ekleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n silme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>box frames drawn with {0} were left out (lines {1})</source>
        <translation>{0} karakterleriyle çizilmiş kutu çerçeveleri atlandı (satırlar {1})</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) printed twice across a page break kept once</source>
        <translation>
            <numerusform>Sayfa geçişinde iki kez basılmış %n satır bir kez bırakıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n word(s) hyphenated at line ends rejoined</source>
        <translation>
            <numerusform>Satır sonunda tirelenmiş %n sözcük birleştirildi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a TEI document (no &lt;text&gt; element); all of its text was read</source>
        <translation>bir TEI belgesi değil (&lt;text&gt; öğesi yok); tüm metni okundu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its front matter (metadata between &apos;{0}&apos; lines, lines 1-{1}) is not compared</source>
        <translation>ön bilgileri (‘{0}’ satırları arasındaki üst veriler, 1–{1}. satırlar) karşılaştırılmadı</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) of HTML comments (&lt;!-- ... --&gt;) not compared</source>
        <translation>
            <numerusform>%n satır HTML yorumu (&lt;!-- ... --&gt;) karşılaştırılmadı</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the two texts share almost no wording: they may not be versions of one text</source>
        <translation>iki metnin neredeyse hiç ortak ifadesi yok: aynı metnin sürümleri olmayabilirler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 byte at position {0} is not UTF-8 and shown as {1}; choose another encoding if it looks wrong</source>
        <translation>{0}. konumdaki 1 bayt UTF-8 değil ve {1} olarak gösteriliyor; yanlış görünüyorsa başka bir kodlama seçin</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bytes (the first at position {0}) are not UTF-8 and shown as {1}; choose another encoding if it looks wrong</source>
        <translation>
            <numerusform>%n bayt (ilki {0}. konumda) UTF-8 değil ve {1} olarak gösteriliyor; yanlış görünüyorsa başka bir kodlama seçin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n page number(s)</source>
        <translation>
            <numerusform>%n sayfa numarası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n running header/footer line(s)</source>
        <translation>
            <numerusform>%n üst/alt bilgi satırı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n fence line(s) of Pandoc divs (:::)</source>
        <translation>
            <numerusform>Pandoc bloklarının %n çit satırı (:::)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attribute block(s) ({#id .class})</source>
        <translation>
            <numerusform>%n öznitelik bloğu ({#id .class})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} not compared</source>
        <translation>{0} karşılaştırılmadı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> ve </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the disk is full</source>
        <translation>disk dolu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is exceeded</source>
        <translation>disk kotası aşıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is on a read-only file system</source>
        <translation>klasör salt okunur bir dosya sisteminde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>erişim izni yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>klasör yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the path is not a folder</source>
        <translation>yolun bir kısmı klasör değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder has that name</source>
        <translation>bu adda bir klasör var</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>dosya adı çok uzun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an input/output error</source>
        <translation>disk bir giriş/çıkış hatası bildirdi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an object</source>
        <translation>bir nesne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a list</source>
        <translation>bir liste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>bir sayı</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a value</source>
        <translation>bir değer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each label in {0}</source>
        <translation>{0} içindeki her etiket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} must be {1}</source>
        <translation>{0} {1} olmalı</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} could not be saved: {1}; {2}</source>
        <translation>{0} kaydedilemedi: {1}; {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the previous version is unchanged</source>
        <translation>önceki sürüm değişmedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was written</source>
        <translation>hiçbir şey yazılmadı</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not autosave to {0}: {1}</source>
        <translation>{0} konumuna otomatik kaydedilemedi: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not remove the autosave {0}: {1}</source>
        <translation>{0} otomatik kaydı kaldırılamadı: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Autosave failed: {0}</source>
        <translation>Otomatik kayıt başarısız oldu: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open {0}: {1}</source>
        <translation>{0} açılamadı: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a project file: it is not UTF-8 text</source>
        <translation>{0} bir oturum dosyası değil: UTF-8 metin değil</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is not a valid project file: broken JSON at line {1}, column {2} ({3})</source>
        <translation>{0} geçerli bir oturum dosyası değil: {1}. satır, {2}. sütunda bozuk JSON ({3})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} was saved by a newer version of treatyviewer (project format {1}); this version reads format {2} and older. Update treatyviewer to open it</source>
        <translation>{0}, treatyviewer&apos;ın daha yeni bir sürümüyle kaydedilmiş (oturum biçimi {1}); bu sürüm {2} ve daha eski biçimleri okur. Açmak için treatyviewer&apos;ı güncelleyin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is not a valid project file: {1}</source>
        <translation>{0} geçerli bir oturum dosyası değil: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a treatyviewer project (no treatyviewer.project schema)</source>
        <translation>bir treatyviewer oturumu değil (treatyviewer.project şeması yok)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its format version ({0}, version {1}) is not understood</source>
        <translation>biçim sürümü ({0}, sürüm {1}) anlaşılamadı</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it must hold a JSON object</source>
        <translation>bir JSON nesnesi içermeli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>documents.{0} is missing</source>
        <translation>documents.{0} eksik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note {0}{1}: {2}</source>
        <translation>not {0}{1}: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annotation {0} has no target</source>
        <translation>{0} notunun hedefi yok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotation {0}: {1}</source>
        <translation>not {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an annotation must be a JSON object</source>
        <translation>bir not bir JSON nesnesi olmalı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an annotation has no id</source>
        <translation>bir notun kimliği yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>selector offsets must be whole numbers ≥ 0</source>
        <translation>seçici konumları 0 ya da daha büyük tam sayılar olmalı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair labels must be text</source>
        <translation>eş etiketleri metin olmalı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a target must be an object or an IRI</source>
        <translation>hedef bir nesne ya da bir IRI olmalı</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>selector end {0} is before its start {1}</source>
        <translation>seçicinin sonu ({0}) başlangıcından ({1}) önce</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown change op {0}</source>
        <translation>bilinmeyen değişiklik türü {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>numbered sections</source>
        <translation>numaralı bölümler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sections</source>
        <translation>bölümler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clauses</source>
        <translation>hükümler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>articles</source>
        <translation>maddeler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units</source>
        <translation>birimler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbering found: {0} {1} to {2}, {3} in all</source>
        <translation>bulunan numaralandırma: {0} {1}–{2}, toplam {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({0} of them numbered again after {1})</source>
        <translation> (bunların {0} tanesi {1} sonrasında yeniden numaralanmış)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; numbered paragraphs and points inside them: {0}</source>
        <translation>; içlerindeki numaralı fıkra ve bentler: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; unnumbered headings kept as segments: {0}</source>
        <translation>; ayrı parça olarak tutulan numarasız başlıklar: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; divisions above them (parts, chapters…): {0}</source>
        <translation>; üstlerindeki kısım ve bölümler: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/formats.py" line="+125"/>
        <source>Change of form: {0}</source>
        <translation>Biçim değişikliği: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="-244"/>
        <source>Every change has a class: wording and figures are changes of substance; name variants, spelling, case, punctuation, spacing, references that only follow a renumbering and the numbers of paragraphs and points are changes of form, drawn lighter. The Show menu hides or shows each class; {0} keeps wording and figures only, and Next Change then visits only those. {1} draws stronger colours and bold marks.</source>
        <translation>Her değişikliğin bir türü vardır: ifade ve sayılar esasa ilişkin değişikliklerdir; ad biçimleri, yazım, büyük/küçük harf, noktalama, boşluk, yalnızca yeniden numaralamayı izleyen göndermeler ve fıkra ile bent numaraları biçim değişiklikleridir ve daha açık gösterilir. Göster menüsü her türü gizler veya gösterir; {0} yalnızca ifade ve sayıları bırakır, Sonraki Değişiklik de yalnızca onları dolaşır. {1} daha güçlü renkler ve kalın işaretler kullanır.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/class_filter.py" line="+37"/>
        <source>&amp;Wording</source>
        <translation>&amp;İfade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words of substance added, removed or replaced</source>
        <translation>Eklenen, çıkarılan veya değiştirilen esasa ilişkin sözcükler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Figures</source>
        <translation>&amp;Sayılar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbers, dates, amounts and periods</source>
        <translation>Sayılar, tarihler, tutarlar ve süreler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name Variants</source>
        <translation>&amp;Ad Biçimleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two spellings of one place or person: Batum/Batumi, Kars/Карс</source>
        <translation>Bir yerin veya kişinin iki yazılışı: Batum/Batumi, Kars/Карс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;pelling</source>
        <translation>&amp;Yazım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One word in two orthographies: recognise/recognize, новаго/нового</source>
        <translation>Bir sözcüğün iki yazımı: recognise/recognize, новаго/нового</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case</source>
        <translation>&amp;Büyük/Küçük Harf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capital or small letters only</source>
        <translation>Yalnızca büyük veya küçük harf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;unctuation</source>
        <translation>&amp;Noktalama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commas, stops, quotes only</source>
        <translation>Yalnızca virgül, nokta, tırnak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;itespace</source>
        <translation>&amp;Boşluklar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spacing only: words run together or split</source>
        <translation>Yalnızca boşluk: sözcükler bitişik veya ayrı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;References</source>
        <translation>&amp;Göndermeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-references that only follow the renumbering of articles</source>
        <translation>Yalnızca maddelerin yeniden numaralanmasını izleyen göndermeler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Num&amp;bering</source>
        <translation>Numa&amp;ralama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph and point numbers that changed with their place in the list</source>
        <translation>Listedeki yeriyle birlikte değişen fıkra ve bent numaraları</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&amp;Substance Only</source>
        <translation>Yalnızca &amp;Esas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only changes of wording and figures; hide changes of form</source>
        <translation>Yalnızca ifade ve sayı değişikliklerini göster; biçim değişikliklerini gizle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;All Changes</source>
        <translation>&amp;Tüm Değişiklikler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show changes of every class again</source>
        <translation>Her türden değişikliği yeniden göster</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/common/names.py" line="+35"/>
        <location line="+34"/>
        <source>Art. {0}</source>
        <translation>Md. {0}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Annex {0}</source>
        <translation>Ek {0}</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+14"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <location line="+25"/>
        <source>Preamble</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+16"/>
        <location line="+23"/>
        <source>Closing</source>
        <translation>Kapanış</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its matter went to {0}</source>
        <translation>içeriği şuraya geçti: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its matter came from {0}</source>
        <translation>içeriği şuradan geldi: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the bundled treaties of 1920–1921: {0}</source>
        <translation>Uygulamayla gelen 1920–1921 antlaşmalarında: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/structure_marks.py" line="+72"/>
        <source>Goes to {0} (click)</source>
        <translation>{0} konumuna gider (tıklayın)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/article_lookup.py" line="+34"/>
        <source>{0} of the newer text, not known whether in the older</source>
        <translation>yeni metnin {0}, eski metinde olup olmadığı bilinmiyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of the older text, not known whether in the newer</source>
        <translation>eski metnin {0}, yeni metinde olup olmadığı bilinmiyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, only in the newer text</source>
        <translation>{0}, yalnızca yeni metinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, only in the older text</source>
        <translation>{0}, yalnızca eski metinde</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/article_dialog.py" line="-15"/>
        <source>Go to Article</source>
        <translation>Maddeye git</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number, name or words: 5, V, old 30, Kars</source>
        <translation>Numara, ad ya da sözcük: 5, V, eski 30, Kars</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Articles that mention “{0}”: {1}</source>
        <translation>“{0}” geçen maddeler: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Neither text has an article “{0}” or mentions it. Article:</source>
        <translation>İki metinde de “{0}” maddesi yok, bu sözcükler de geçmiyor. Madde:</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+54"/>
        <source>Article:</source>
        <translation>Madde:</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/hover.py" line="+28"/>
        <source>This article has no counterpart in the other text</source>
        <translation>Bu maddenin öteki metinde karşılığı yok</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced {0}
by {1}</source>
        <translation>Değiştirildi: {0}
yerine {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from the older text: {0}</source>
        <translation>Eski metinden silindi: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inserted in the newer text: {0}</source>
        <translation>Yeni metne eklendi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/unpaired.py" line="+204"/>
        <source>{0} — not compared yet</source>
        <translation>{0} — henüz karşılaştırılmadı</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/actions.py" line="-82"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy &amp;Older Wording</source>
        <translation>&amp;Eski İfadeyi Kopyala</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copy the selected text; from the inline redline, the newer text&apos;s wording (deleted words left out)</source>
        <translation>Seçili metni kopyala; satır içi düzeltmeden yeni metnin ifadesiyle (silinen sözcükler dışarıda kalır)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy the selected text of the inline redline as the older text has it (inserted words left out)</source>
        <translation>Satır içi düzeltmede seçili metni eski metindeki haliyle kopyala (eklenen sözcükler dışarıda kalır)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/article_dialog.py" line="-58"/>
        <source>Articles</source>
        <translation>Maddeler</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/article_wait.py" line="+42"/>
        <source> ({0} of the text is laid out so far)</source>
        <translation> (metnin şimdilik {0} kadarı yerleştirildi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not laid out yet{1}; the view goes there as soon as it is.</source>
        <translation>{0} henüz yerleştirilmedi{1}; yerleştirilir yerleştirilmez oraya gidilecek.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/appearance_actions.py" line="-4"/>
        <source>Language chosen: {0}. It applies the next time treatyviewer starts.</source>
        <translation>Seçilen dil: {0}. treatyviewer yeniden başlatıldığında geçerli olur.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/placeholders.py" line="+45"/>
        <source>— not in the {0} —</source>
        <translation>— «{0}» içinde yok —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— not in the older text —</source>
        <translation>— eski metinde yok —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not in the newer text —</source>
        <translation>— yeni metinde yok —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not known whether in the older text —</source>
        <translation>— eski metinde olup olmadığı bilinmiyor —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not known whether in the newer text —</source>
        <translation>— yeni metinde olup olmadığı bilinmiyor —</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+112"/>
        <location line="+2"/>
        <source>older text</source>
        <translation>eski metin</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+110"/>
        <location line="+3"/>
        <source>newer text</source>
        <translation>yeni metin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} of the {1} stood here — now {2}</source>
        <translation>{0} ({1}) burada duruyordu — şimdi {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of the {1} stands here — moved from {2}</source>
        <translation>{0} ({1}) burada duruyor — {2} yerinden taşındı</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>— not known whether in the {0} —</source>
        <translation>— {0} metninde olup olmadığı bilinmiyor —</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/treatyviewer/ui/app/reader_notices.py" line="+101"/>
        <source>%n more warning(s) about this text not shown here</source>
        <translation>
            <numerusform>Bu metinle ilgili %n uyarı daha burada gösterilmiyor</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/related_links.py" line="-27"/>
        <source>no counterpart; shares wording with {0} of the newer text</source>
        <translation>karşılığı yok; yeni metinde ortak ifadeler: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no counterpart; shares wording with {0} of the older text</source>
        <translation>karşılığı yok; eski metinde ortak ifadeler: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What became of it: its matter also went to {0}</source>
        <translation>Akıbeti: içeriği {0} numaralı maddelere de geçti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The editors&apos; note: {0}</source>
        <translation>Editörlerin notu: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/concordance/link_dialog.py" line="+62"/>
        <source>{0} — “{1}”</source>
        <translation>{0} — “{1}”</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Link with…</source>
        <translation>Eşle…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Articles of the other text</source>
        <translation>Öteki metnin maddeleri</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of a name, title or a word of the article to narrow the list</source>
        <translation>Listeyi daraltmak için bir adın, başlığın bir kısmını ya da maddeden bir sözcük yazın</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the article to link with</source>
        <translation>Eşlenecek maddeyi bulun</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No article of the other text matches.</source>
        <translation>Öteki metnin hiçbir maddesi uymuyor.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/state/annotation_transfer.py" line="+43"/>
        <source>{0}: cannot read the annotations ({1})</source>
        <translation>{0}: notlar okunamıyor ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the annotations are not UTF-8 text</source>
        <translation>{0}: notlar UTF-8 metin değil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the annotations are not valid JSON (line {1}, column {2})</source>
        <translation>{0}: notlar geçerli JSON değil (satır {1}, sütun {2})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: expected an AnnotationCollection with a list of items</source>
        <translation>{0}: öğe listesi olan bir AnnotationCollection bekleniyordu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: item {1}: {2}</source>
        <translation>{0}: öğe {1}: {2}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/about.py" line="+52"/>
        <source>About treatyviewer</source>
        <translation>treatyviewer hakkında</translation>
    </message>
</context>
<context>
    <name>AboutTextsDialog</name>
    <message>
        <location line="-91"/>
        <source>About these texts</source>
        <translation>Bu metinler hakkında</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provenance of the texts</source>
        <translation>Metinlerin kökeni</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Older text</source>
        <translation>Eski metin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer text</source>
        <translation>Yeni metin</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../src/treatyviewer/ui/notes/annotation_editor.py" line="+192"/>
        <source>Note editor</source>
        <translation>Not düzenleyici</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quoted passage</source>
        <translation>Alıntılanan bölüm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>Not metni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note…</source>
        <translation>Bir not yazın…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link an entity</source>
        <translation>Dizinden bir öğe bağla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity: Kars, Карс, Armenia…</source>
        <translation>Öğe: Kars, Карс, Ermenistan…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Linked entities</source>
        <translation>Bağlı öğeler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a tag</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag, then Enter</source>
        <translation>Etiket, ardından Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Remove the link chosen below</source>
        <translation>Aşağıda seçilen bağlantıyı kaldır</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the tag chosen below</source>
        <translation>Aşağıda seçilen etiketi kaldır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy into session</source>
        <translation>Oturuma kopyala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated notes are read-only; edit a copy of it</source>
        <translation>Editoryal notlar salt okunurdur; bir kopyasını düzenleyin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete note</source>
        <translation>Notu sil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note (Del in the list of notes)</source>
        <translation>Notu sil (not listesinde Del)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entities</source>
        <translation>Öğeler</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>“{0}” is not in the gazetteer</source>
        <translation>“{0}” dizinde yok</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No note selected</source>
        <translation>Not seçilmedi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>curated, read-only</source>
        <translation>editoryal, salt okunur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mine</source>
        <translation>benim</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete unlinks it</source>
        <translation>Delete tuşu bağlantıyı kaldırır</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/notes/annotation_model.py" line="+128"/>
        <source>Text</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Madde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Alıntı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Not</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities</source>
        <translation>Öğeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="+110"/>
        <location filename="../../src/treatyviewer/ui/notes/annotation_model.py" line="-48"/>
        <source>⚠ not found</source>
        <translation>⚠ bulunamadı</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/notes/annotation_model.py" line="+43"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>anchored</source>
        <translation>yerinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>taşındı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in another text</source>
        <translation>başka bir metinde</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>curated</source>
        <translation>editoryal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine</source>
        <translation>benim</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>both</source>
        <translation>ikisi de</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The note is on {0}, which is not one of the two texts shown; it is kept.</source>
        <translation>Not {0} üzerinde; bu metin gösterilen iki metinden biri değil. Not saklanıyor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passage could not be found in this text; the note is kept.</source>
        <translation>Pasaj bu metinde bulunamadı; not korunuyor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found again by its quote, at a new place.</source>
        <translation>Alıntısından yeniden bulundu, yeni bir yerde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At its recorded place.</source>
        <translation>Kaydedildiği yerde.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/notes/annotation_panel.py" line="+100"/>
        <location line="+33"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Search notes, quotes, tags, entities…</source>
        <translation>Notlarda, alıntılarda, etiketlerde, öğelerde ara…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search notes</source>
        <translation>Notlarda ara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by entity</source>
        <translation>Öğeye göre süz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Etikete göre süz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by article</source>
        <translation>Maddeye göre süz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text</source>
        <translation>Metne göre süz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by origin</source>
        <translation>Kaynağa göre süz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine and curated</source>
        <translation>Tüm notlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Benimkiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated</source>
        <translation>Editoryal</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>All entities</source>
        <translation>Tüm öğeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Tüm etiketler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All articles</source>
        <translation>Tüm maddeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both texts</source>
        <translation>İki metin</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <location filename="../../src/treatyviewer/ui/state/annotation_store.py" line="+211"/>
        <source>Copy curated note on {0}</source>
        <translation>{0} üzerindeki editoryal notu kopyala</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add note on {0}</source>
        <translation>{0} için not ekle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit note on {0}</source>
        <translation>{0} üzerindeki notu düzenle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link note to {0}</source>
        <translation>Notu {0} ile bağla</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlink note from {0}</source>
        <translation>Notun {0} ile bağını kaldır</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add tag “{0}”</source>
        <translation>“{0}” etiketini ekle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove tag “{0}”</source>
        <translation>“{0}” etiketini kaldır</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete note on {0}</source>
        <translation>{0} üzerindeki notu sil</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>%n not içe aktar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainState</name>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/chain_state.py" line="+95"/>
        <source>Unexpected error: {0}</source>
        <translation>Beklenmeyen hata: {0}</translation>
    </message>
</context>
<context>
    <name>ComparisonSession</name>
    <message>
        <location filename="../../src/treatyviewer/ui/state/session.py" line="+174"/>
        <source>Reading and comparing the texts…</source>
        <translation>Metinler okunuyor ve karşılaştırılıyor…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Comparing the texts…</source>
        <translation>Metinler karşılaştırılıyor…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the older text and finding its articles…</source>
        <translation>Eski metin okunuyor, maddeleri bulunuyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the newer text and finding its articles…</source>
        <translation>Yeni metin okunuyor, maddeleri bulunuyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading both texts and finding their articles…</source>
        <translation>Metinler okunuyor, maddeler bulunuyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning the articles…</source>
        <translation>Maddeler eşleştiriliyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the wording of each pair…</source>
        <translation>Her çiftin ifadesi karşılaştırılıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Finding references and names…</source>
        <translation>Göndermeler ve adlar aranıyor…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Comparing the wording of the pairs marked “comparing…”…</source>
        <translation>“karşılaştırılıyor…” işaretli çiftlerin ifadesi karşılaştırılıyor…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pairing the articles; highlights will follow…</source>
        <translation>Maddeler eşleştiriliyor, vurgular sonra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the wording of each pair; highlights will follow…</source>
        <translation>Çiftlerin ifadesi karşılaştırılıyor, vurgular sonra…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding references and names; highlights will follow…</source>
        <translation>Göndermeler ve adlar aranıyor, vurgular sonra…</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Unexpected error: {0}</source>
        <translation>Beklenmeyen hata: {0}</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/comparison_view.py" line="+88"/>
        <source>Older text</source>
        <translation>Eski metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer text</source>
        <translation>Yeni metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline comparison</source>
        <translation>Birleşik karşılaştırma</translation>
    </message>
</context>
<context>
    <name>ConcordanceDock</name>
    <message>
        <location filename="../../src/treatyviewer/ui/concordance/concordance_dock.py" line="+261"/>
        <source>No pairing below {0} confidence: nothing to review.</source>
        <translation>Güveni {0} altında eşleşme yok: gözden geçirilecek bir şey yok.</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Concordance</source>
        <translation>Konkordans</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All articles</source>
        <translation>Tüm maddeler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To review</source>
        <translation>İncelenecek</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Değişen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which articles to list</source>
        <translation>Listelenecek maddeler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by label or status…</source>
        <translation>Madde no. veya duruma göre süz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the concordance</source>
        <translation>Konkordansı süz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concordance of articles</source>
        <translation>Madde konkordansı</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Accept</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Keep this pairing as your own decision</source>
        <translation>Bu eşleşmeyi kendi kararınız olarak koru</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Link with…</source>
        <translation>Eşle…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair the selected article with another one</source>
        <translation>Seçili maddeyi başka bir maddeyle eşle</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Link selected</source>
        <translation>Seçilenleri eşle</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Link all selected rows into one pair (a split or a merge)</source>
        <translation>Seçili tüm satırları tek bir eşleşmede birleştir (bölünme veya birleşme)</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>Unlink</source>
        <translation>Eşleşmeyi kaldır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate the selected pair</source>
        <translation>Seçili eşleşmeyi ayır</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No article here matches “{0}”.</source>
        <translation>Burada “{0}” ile eşleşen madde yok.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing left to review: every pairing below {0} confidence has been decided.</source>
        <translation>İncelenecek bir şey kalmadı: güveni {0} altındaki her eşleşme için karar verildi.</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Link {0} ({1} text) with:</source>
        <translation>{0} ({1} metin) şununla eşlensin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older</source>
        <translation>eski</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>newer</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0} — unpaired</source>
        <translation>{0} — eşsiz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — paired with {1}</source>
        <translation>{0} — {1} ile eşli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; related</source>
        <translation>{0}; içerikçe ilgili</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · {1} words in common</source>
        <translation>{0} · ortak sözcük: {1}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Show in the texts</source>
        <translation>Metinlerde göster</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Accept this pairing</source>
        <translation>Bu eşleşmeyi onayla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link selected rows (split/merge)</source>
        <translation>Seçili satırları eşle (bölünme/birleşme)</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/concordance/concordance.py" line="+69"/>
        <source>Older</source>
        <translation>Eski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Benzerlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Korunan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link confidence</source>
        <translation>Eşleşme güveni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Karar veren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article of the older text</source>
        <translation>Eski metnin maddesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the newer text made of it</source>
        <translation>Yeni metinde ona ne olduğu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged, modified, moved, renumbered, split, merged, added or removed</source>
        <translation>Değişmemiş, değiştirilmiş, taşınmış, yeniden numaralanmış, bölünmüş, birleştirilmiş, eklenmiş veya çıkarılmış</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How likely it is that these two articles are counterparts at all, however much their wording differs. Pairs below the review threshold (Preferences) are offered for review.</source>
        <translation>Metinleri ne kadar farklı olursa olsun bu iki maddenin birbirinin karşılığı olma olasılığı. İnceleme eşiğinin (Tercihler) altındaki eşler incelemeye sunulur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Word changes found in the pair</source>
        <translation>Eşte bulunan kelime değişiklikleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the program paired the articles or you did (Link, Accept, Unlink)</source>
        <translation>Maddeleri programın mı yoksa sizin mi eşlediğiniz (Eşle, Onayla, Eşleşmeyi kaldır)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>How much of the wording the two share, counting both articles&apos; words: an article kept whole under much new text is little similar. Kept, the share of the older article&apos;s words the newer one keeps, tells that apart from a rewording.</source>
        <translation>İki maddenin ifadelerinin ne kadarının ortak olduğu, her iki maddenin sözcükleri sayılarak: çok sayıda yeni metnin altında bütünüyle korunan bir madde az benzer görünür. Eski maddenin sözcüklerinden yenisinde kalanların payı olan Korunan, bunu yeniden yazımdan ayırır.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of the older article&apos;s wording the newer one keeps: 100% when nothing of it was deleted, however much was added. Similarity counts both articles&apos; words, so it is low both for a rewording and for a long addition.</source>
        <translation>Eski maddenin ifadesinin ne kadarının yenisinde korunduğu: ne kadar ekleme yapılmış olursa olsun, hiçbir şey silinmediyse yüzde 100. Benzerlik her iki maddenin sözcüklerini sayar; bu yüzden hem yeniden yazımda hem de uzun bir eklemede düşüktür.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>• They share only {0} of their wording.</source>
        <translation>• İfadelerinin yalnızca {0} kadarı ortak.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• It stands at another place in the other text.</source>
        <translation>• Öteki metinde başka bir yerde duruyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• One text&apos;s article is several of the other&apos;s.</source>
        <translation>• Bir metnin tek maddesi ötekinde birkaç madde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• The two carry different numbers.</source>
        <translation>• İki maddenin numaraları farklı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Its wording stands out only a little from how unrelated articles of these texts read alike.</source>
        <translation>• Metni, bu metinlerin ilgisiz maddelerinin benzerliğinden ancak biraz öne çıkıyor.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reader (unlinked)</source>
        <translation>okur (eşleşme kaldırıldı)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="-41"/>
        <source>set by you</source>
        <translation>siz belirlediniz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reader</source>
        <translation>okur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>otomatik</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(none) · related: {0}</source>
        <translation>(yok) · ilgili: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Low confidence: please review this pairing</source>
        <translation>Düşük güven: lütfen bu eşleşmeyi inceleyin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the pairing was found automatically or set by you</source>
        <translation>Eşleşmenin otomatik olarak mı bulunduğu yoksa sizin tarafınızdan mı belirlendiği</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You set this pairing (Link with…, Link selected or Accept): the program rates only the pairings it finds</source>
        <translation>Bu eşlemeyi siz belirlediniz (Eşle…, Seçilenleri eşle ya da Onayla): program yalnızca kendi bulduğu eşlemeleri derecelendirir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not known whether it has a counterpart: one text gives this part only as editor&apos;s notes, so the two cannot be compared</source>
        <translation>Karşılığı olup olmadığı bilinmiyor: metinlerden biri bu kısmı yalnızca yayımcı notlarıyla veriyor, bu yüzden ikisi karşılaştırılamıyor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No counterpart in the old text</source>
        <translation>Eski metinde karşılığı yok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No counterpart in the new text</source>
        <translation>Yeni metinde karşılığı yok</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not paired; these articles of the other text share part of its wording</source>
        <translation>Eşi yok; öteki metnin bu maddeleri ifadesinin bir kısmını paylaşıyor</translation>
    </message>
</context>
<context>
    <name>ConnectorBand</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/connector.py" line="+84"/>
        <source>Article connectors</source>
        <translation>Madde bağlantıları</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each band joins an article to its counterpart</source>
        <translation>Her şerit bir maddeyi karşılığına bağlar</translation>
    </message>
</context>
<context>
    <name>DockCover</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/dock_cover.py" line="+25"/>
        <source>Comparing…
This panel is filled in once the texts are compared.</source>
        <translation>Karşılaştırılıyor…
Bu panel, metinler karşılaştırıldığında doldurulur.</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/entities/entity_panel.py" line="+208"/>
        <source>Notes linked to the selected entity</source>
        <translation>Seçili öğeye bağlı notlar</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Notes linked to it</source>
        <translation>Bağlı notlar</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/entities/entity_model.py" line="+47"/>
        <source>Parties and states</source>
        <translation>Taraflar ve devletler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories and places</source>
        <translation>Topraklar ve yerler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waters and mountains</source>
        <translation>Sular ve dağlar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concepts</source>
        <translation>Kavramlar</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Entity</source>
        <translation>Öğe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older</source>
        <translation>Eski</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Double-click or press Enter to go to this mention</source>
        <translation>Bu anılmaya gitmek için çift tıklayın veya Enter&apos;a basın</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/entities/entity_panel.py" line="-99"/>
        <source>Entity index</source>
        <translation>Ad ve kavram dizini</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter: Kars, Карс, Batum…</source>
        <translation>Süz: Kars, Карс, Batum…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter entities</source>
        <translation>Öğeleri süz</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only mentioned</source>
        <translation>Yalnızca geçenler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide entities that neither text names</source>
        <translation>İki metinde de geçmeyen öğeleri gizle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all mentions</source>
        <translation>Tüm anılmaları göster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight every mention of every entity in both texts</source>
        <translation>İki metinde her öğenin her anılmasını vurgula</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entities and their mentions in each text</source>
        <translation>Öğeler ve her metindeki anılmaları</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mentions of the selected entity</source>
        <translation>Seçili öğenin anılmaları</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mentions</source>
        <translation>Anılmalar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an entity to list its mentions.</source>
        <translation>Geçtiği yerleri görmek için bir öğe seçin.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Neither text names a party or place that the gazetteer knows. Untick “Only mentioned” to browse all of them.</source>
        <translation>Metinlerin hiçbiri sözlükte bulunan bir taraf ya da yer adı geçirmiyor. Hepsine göz atmak için “Yalnızca geçenler” kutusunun işaretini kaldırın.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/export_dialog.py" line="+116"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notlar:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Only the curated notes</source>
        <translation>Yalnızca editör notları</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Every version of each article in turn, with the changes of each step highlighted and the notes under the version they are on.</source>
        <translation>Her maddenin her sürümü sırayla: her adımın değişiklikleri vurgulanır, notlar ait oldukları sürümün altında basılır.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only mine</source>
        <translation>Yalnızca benimkiler</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Mine and the curated notes</source>
        <translation>Benimkiler ve editör notları</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Export Annotated PDF</source>
        <translation>Notlu PDF Olarak Dışa Aktar</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export the Chain Report</source>
        <translation>Zincir Raporunu Dışa Aktar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comparison with every change highlighted and the notes as PDF comments.</source>
        <translation>Her değişikliği vurgulanmış karşılaştırma; notlar PDF yorumları olarak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Side by side (two columns)</source>
        <translation>&amp;Yan yana (iki sütun)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inline redline (one column)</source>
        <translation>&amp;Satır içi düzeltme (tek sütun)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only &amp;changed articles</source>
        <translation>Yalnızca &amp;değişen maddeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out articles that did not change</source>
        <translation>Değişmeyen maddeleri dışarıda bırak</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translation>Kâğıt boyutu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>ABD Letter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Layout:</source>
        <translation>Düzen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Kâğıt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose &amp;File…</source>
        <translation>Dosya &amp;Seç…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/find.py" line="+56"/>
        <location line="+5"/>
        <source>Find in both texts</source>
        <translation>İki metinde de ara</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Aranacak metin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matches</source>
        <translation>Eşleşmeler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Önceki eşleşme (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Önceki eşleşme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (Enter)</source>
        <translation>Sonraki eşleşme (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Sonraki eşleşme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Kapat (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Arama çubuğunu kapat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole words</source>
        <translation>Tam sözcük</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match whole words only: “the” no longer finds “other” or “Brotherhood”</source>
        <translation>Yalnızca tam sözcükler: “kar” artık “Kars” ya da “karar” bulmaz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match whole words only</source>
        <translation>Yalnızca tam sözcükleri bul</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match case</source>
        <translation>Büyük/küçük harf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match capitals as typed: “Party” no longer finds “party”</source>
        <translation>Büyük harfler yazıldığı gibi: “Taraf” artık “taraf” bulmaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match capitals as typed</source>
        <translation>Büyük harfleri yazıldığı gibi ara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Bul:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>searching…</source>
        <translation>aranıyor…</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>searching… {0}</source>
        <translation>aranıyor… {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} · {1} of the texts laid out</source>
        <translation>{0} · metinlerin {1} kadarı yerleştirildi</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{0} of {1} so far</source>
        <translation>şimdilik {0} / {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no matches yet</source>
        <translation>henüz eşleşme yok</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no matches</source>
        <translation>eşleşme yok</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} of {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} in the older text · {2} in both</source>
        <translation>eski metinde {0}/{1} · ikisinde {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} in the newer text · {2} in both</source>
        <translation>yeni metinde {0}/{1} · ikisinde {2}</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The texts are still being laid out: Find searches what is laid out so far, and searches again when all of it is</source>
        <translation>Metinler hâlâ yerleştiriliyor: Bul, şimdiye dek yerleştirilen kısımda arar ve tamamı yerleştirilince yeniden arar</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/chain_window.py" line="-196"/>
        <location filename="../../src/treatyviewer/ui/chains/history_panel.py" line="+19"/>
        <source>History of this article</source>
        <translation>Bu maddenin geçmişi</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/history_panel.py" line="+12"/>
        <source>Choose an article in the lineage table or read on in the texts.</source>
        <translation>Soy tablosundan bir madde seçin ya da metinleri okumaya devam edin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>present</source>
        <translation>mevcut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in this version</source>
        <translation>bu sürümde yok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed in this version</source>
        <translation>bu sürümde çıkarıldı</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known: an edition gives this part of the text only as editor&apos;s notes</source>
        <translation>bilinmiyor: bir baskı metnin bu bölümünü yalnızca editör notu olarak veriyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes since version {0}</source>
        <translation>{0}. sürümden bu yana değişiklikler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, only in {1}</source>
        <translation>{0}, yalnızca {1} içinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, of {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, confidence {1}</source>
        <translation>{0}, güven: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on «{0}»</source>
        <translation>«{0}» üzerine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a note without words)</source>
        <translation>(metni olmayan not)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your note</source>
        <translation>notunuz</translation>
    </message>
</context>
<context>
    <name>LineagePanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/chain_window.py" line="-7"/>
        <source>Lineages</source>
        <translation>Madde soyları</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/lineage_dock.py" line="+40"/>
        <source>Lineage table</source>
        <translation>Madde soy tablosu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter: article number or status (e.g. removed)</source>
        <translation>Süzgeç: madde numarası veya durum (ör. çıkarıldı)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the lineages</source>
        <translation>Soyları süz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed only</source>
        <translation>Yalnızca değişenler</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/lineage_model.py" line="+42"/>
        <source>returned from version {0}</source>
        <translation>{0}. sürümden geri döndü</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beside it {0} added</source>
        <translation>yanına {0} eklendi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/main_window.py" line="+95"/>
        <location line="+1"/>
        <location line="+475"/>
        <location line="+33"/>
        <source>treatyviewer</source>
        <translation>treatyviewer</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/window_menus.py" line="+25"/>
        <source>Main toolbar</source>
        <translation>Ana araç çubuğu</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/main_window.py" line="+43"/>
        <source>Accept</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <location line="-395"/>
        <location filename="../../src/treatyviewer/ui/app/window_actions.py" line="+66"/>
        <source>Undo</source>
        <translation>Geri Al</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/window_actions.py" line="+6"/>
        <source>Redo</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/reader_notices.py" line="-36"/>
        <source>older</source>
        <translation>eski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Both texts: {0}</source>
        <translation>Her iki metin: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The {0} text: {1}</source>
        <translation>{0} metin: {1}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/main_window.py" line="+223"/>
        <source>treatyviewer cannot start itself again from {0}: quit and start it as usual for the language chosen.</source>
        <translation>treatyviewer kendini {0} konumundan yeniden başlatamıyor: seçilen dil için kapatıp her zamanki gibi başlatın.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{0} ↔ {1}</source>
        <translation>{0} ↔ {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} (comparing…)</source>
        <translation>{0} (karşılaştırılıyor…)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not saved, notes from {0}</source>
        <translation>kaydedilmedi, notlar {0} oturumundan</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>The bundled pair is shown instead.</source>
        <translation>Onların yerine birlikte gelen metin çifti gösteriliyor.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Open Two Texts…</source>
        <translation>İki Metin Aç…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} could not be opened</source>
        <translation>{0} açılamadı</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Session…</source>
        <translation>Oturum Aç…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The two texts read the same: no article changed.</source>
        <translation>İki metin aynı: hiçbir madde değişmedi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No article changed: every article reads the same in both texts.</source>
        <translation>Hiçbir madde değişmedi: her madde iki metinde de aynı.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show All Articles</source>
        <translation>Tüm Maddeleri Göster</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/text_look.py" line="+48"/>
        <source>Font of the texts</source>
        <translation>Metinlerin yazı tipi</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/common/actions.py" line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>G&amp;it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Show</source>
        <translation>&amp;Göster</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../src/treatyviewer/ui/map/map_canvas.py" line="+49"/>
        <source>Map of the places the texts name</source>
        <translation>Metinlerin andığı yerlerin haritası</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Confidence: {0}</source>
        <translation>Güven: {0}</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/map/map_panel.py" line="+243"/>
        <source>Too close to name on the map: {0}</source>
        <translation>Haritada adı sığmayan: {0}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Numbered on the map: {0}</source>
        <translation>Haritada numaralı: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Legend of the map</source>
        <translation>Harita açıklaması</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>named in both texts</source>
        <translation>iki metinde de geçen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frontier</source>
        <translation>sınır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ceded area (hatched)</source>
        <translation>bırakılan bölge (taralı)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autonomous area (dotted)</source>
        <translation>özerk bölge (noktalı)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Show:</source>
        <translation>Göster:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both texts</source>
        <translation>İki metin</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+169"/>
        <source>Choose a place on the map (click, or Tab then the arrow keys).</source>
        <translation>Haritada bir yer seçin (tıklayın ya da Tab ve ok tuşları).</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Mentions and notes of the chosen place</source>
        <translation>Seçilen yerin anılmaları ve notları</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Named, not on the map: {0}</source>
        <translation>Adı geçen, haritada olmayan: {0}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Show this passage</source>
        <translation>Bu bölümü göster</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Art.</source>
        <translation>Md.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Older</source>
        <translation>Eski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>only in the older</source>
        <translation>yalnız eski metinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the newer</source>
        <translation>yalnız yeni metinde</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{0} (older)</source>
        <translation>{0} (eski)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} (newer)</source>
        <translation>{0} (yeni)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n mention(s) in {0}</source>
        <translation>
            <numerusform>{0} içinde %n anılma</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n note(s) linked to this place</source>
        <translation>
            <numerusform>Bu yere bağlı %n not</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapRoom</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/map_room.py" line="+53"/>
        <location line="+2"/>
        <source>Map</source>
        <translation>Harita</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Map</source>
        <translation>&amp;Harita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the map of the places the texts name</source>
        <translation>Metinlerin andığı yerlerin haritasını göster veya gizle</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/message_bar.py" line="+113"/>
        <source>Messages</source>
        <translation>İletiler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the earlier messages as well</source>
        <translation>Önceki mesajları da göster</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>1 more message…</source>
        <translation>1 mesaj daha…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} more messages…</source>
        <translation>{0} mesaj daha…</translation>
    </message>
</context>
<context>
    <name>OpenPairDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/open_dialog.py" line="+28"/>
        <source>Texts ({0});;All files (*)</source>
        <translation>Metinler ({0});;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open two texts</source>
        <translation>İki metin aç</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Older text:</source>
        <translation>&amp;Eski metin:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Newer text:</source>
        <translation>&amp;Yeni metin:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a file, or a bundled id such as draft-1920</source>
        <translation>bir dosya veya draft-1920 gibi hazır bir metin kimliği</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Gözat…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a text</source>
        <translation>Bir metin seçin</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../src/treatyviewer/ui/outline/outline_dock.py" line="+217"/>
        <location line="+69"/>
        <source>Outline</source>
        <translation>Ana hat</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Older text</source>
        <translation>Eski metin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newer text</source>
        <translation>Yeni metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older</source>
        <comment>the older text, where its full name does not fit</comment>
        <translation>Eski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <comment>the newer text, where its full name does not fit</comment>
        <translation>Yeni</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which text to outline</source>
        <translation>Ana hattı gösterilecek metin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outline of the text</source>
        <translation>Metnin ana hattı</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/overview.py" line="+46"/>
        <source>Overview of changes</source>
        <translation>Değişikliklere genel bakış</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change in the texts; click to go there</source>
        <translation>Metinlerdeki tüm değişiklikler; oraya gitmek için tıklayın</translation>
    </message>
</context>
<context>
    <name>PairFiles</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/pair_files.py" line="+65"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>older</source>
        <translation>eski</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>newer</source>
        <translation>yeni</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The bundled pair is open already.</source>
        <translation>Hazır metin çifti zaten açık.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening {0} as the {1} text</source>
        <translation>{0}, {1} metin olarak açılıyor</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} changed on disk and was read again</source>
        <translation>{0} diskte değişti ve yeniden okundu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} changed on disk</source>
        <translation>{0} diskte değişti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Yeniden Yükle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Koru</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} was read again.</source>
        <translation>{0} yeniden okundu.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) placed again</source>
        <translation>
            <numerusform>%n not yeniden yerleştirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not found (listed as orphans)</source>
        <translation>
            <numerusform>%n bulunamadı (bağsız olarak listelendi)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the detected encoding</source>
        <translation>algılanan kodlama</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} again as {1}</source>
        <translation>{0}, {1} olarak yeniden okunuyor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Detect Automatically</source>
        <translation>&amp;Otomatik Algıla</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Detect Automatically (now {0})</source>
        <translation>&amp;Otomatik Algıla (şu an {0})</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/pane_header.py" line="+56"/>
        <source>{0} — a reconstruction</source>
        <translation>{0} — yeniden kurulmuş metin</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Encoding of the text</source>
        <translation>Metnin kodlaması</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} (guessed)</source>
        <translation>{0} (tahmini)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoded as {0}. Click to read the text again in another encoding.</source>
        <translation>{0} olarak çözüldü. Metni başka bir kodlamayla yeniden okumak için tıklayın.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encoding was guessed.</source>
        <translation>Kodlama tahmin edildi.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/preferences.py" line="+64"/>
        <source>Your &amp;name:</source>
        <translation>&amp;Adınız:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>not set: your notes are exported unsigned</source>
        <translation>ayarlanmadı: notlarınız imzasız dışa aktarılır</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Adınız</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs your notes in exports, beside each note and in its PDF comment. Left empty, your notes are exported without a name.</source>
        <translation>Dışa aktarırken notlarınızı her notun yanında ve PDF yorumunda imzalar. Boş bırakılırsa notlarınız adsız dışa aktarılır.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review pairings below this confidence</source>
        <translation>Bu güvenin altındaki eşleşmeleri incele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairings the program is less sure of than this are listed under “To review” in the concordance and marked ⚠.</source>
        <translation>Programın bundan daha az emin olduğu eşleşmeler, karşılıklar tablosunda “İncelenecek” altında listelenir ve ⚠ ile işaretlenir.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Review pairings below:</source>
        <translation>&amp;Şunun altındaki eşleşmeleri incele:</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Preferences</source>
        <translation>Tercihler</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/progress.py" line="+112"/>
        <source>Progress</source>
        <translation>İlerleme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this work (Esc)</source>
        <translation>Bu işi durdur (Esc)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../src/treatyviewer/ui/state/project_controller.py" line="+213"/>
        <source>There is nothing to save: no texts are open.</source>
        <translation>Kaydedilecek bir şey yok: açık metin yok.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} is a session on other texts; save this one under a new name.</source>
        <translation>{0} başka metinlere ait bir oturum; bu oturumu yeni bir adla kaydedin.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved {0}</source>
        <translation>Kaydedildi: {0}</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Opening the session was interrupted.</source>
        <translation>Oturumun açılması yarıda kesildi.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n note(s) of {0} could not be read and will be saved back unchanged ({1}).</source>
        <translation>
            <numerusform>{0} içindeki %n not okunamadı; dosyaya değiştirilmeden geri kaydedilecek ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>the recovered session</source>
        <translation>kurtarılan oturum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the texts of {0}: {1}</source>
        <translation>{0} metinleri açılamadı: {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n note(s) could not be placed (listed as orphans).</source>
        <translation>
            <numerusform>%n not yerleştirilemedi (bağsız olarak listelendi).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notes were placed again by the words they quote.</source>
        <translation>Notlar, alıntıladıkları sözcüklere göre yeniden yerleştirildi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both texts, {0} and {1}, have changed since this session was saved: they are shown as they are now.</source>
        <translation>Her iki metin de, {0} ve {1}, bu oturum kaydedildikten sonra değişti: şimdiki halleriyle gösteriliyor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The older text, {0}, has changed since this session was saved: it is shown as it is now.</source>
        <translation>Eski metin, {0}, bu oturum kaydedildikten sonra değişti: şimdiki haliyle gösteriliyor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newer text, {0}, has changed since this session was saved: it is shown as it is now.</source>
        <translation>Yeni metin, {0}, bu oturum kaydedildikten sonra değişti: şimdiki haliyle gösteriliyor.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/common/qt_strings.py" line="+20"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Konum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Dosya &amp;türü:</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location line="+4"/>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meta</source>
        <translation>Meta</translation>
    </message>
</context>
<context>
    <name>ReadingPosition</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/reading_position.py" line="+200"/>
        <source>F7 goes to the next change below the reading position, Shift+F7 above it</source>
        <translation>F7 okunan yerin altındaki sonraki değişikliğe, Shift+F7 üstündekine gider</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No change selected</source>
        <translation>Seçili değişiklik yok</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} → {1} moved (its words kept)</source>
        <translation>{0} → {1} taşındı (sözcükleri aynı)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} removed (a whole article)</source>
        <translation>{0} çıkarıldı (maddenin tamamı)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0} added (a whole article)</source>
        <translation>{0} eklendi (maddenin tamamı)</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Position among the changes</source>
        <translation>Değişiklikler arasındaki konum</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No changes</source>
        <translation>Değişiklik yok</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>past the last change: round to the first</source>
        <translation>son değişiklik geçildi: başa, ilk değişikliğe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the first change: round to the last</source>
        <translation>ilk değişiklikten önce: sona, son değişikliğe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last change — press F7 again to start over</source>
        <translation>Son değişiklik — baştan başlamak için F7&apos;ye yeniden basın</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last change</source>
        <translation>son değişiklik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first change</source>
        <translation>ilk değişiklik</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change {0} of {1} so far</source>
        <translation>Değişiklik {0}/{1} (şimdilik)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln word change(s)</source>
        <translation>
            <numerusform>%Ln sözcük değişikliği</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln whole article(s)</source>
        <translation>
            <numerusform>%Ln bütün madde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {0} of {1} ({2}, {3})</source>
        <translation>Değişiklik {0}/{1} ({2}, {3})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last change written so far — more come as the texts are laid out</source>
        <translation>Şimdiye dek yazılan son değişiklik — metinler dizildikçe yenileri gelecek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more to come</source>
        <translation>devamı gelecek</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln change(s): {0}, {1} added, removed or moved</source>
        <translation>
            <numerusform>%Ln değişiklik: {0}, {1} eklendi, çıkarıldı ya da taşındı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source> and %n more</source>
        <translation>
            <numerusform> ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no longer paired: %1</source>
        <translation>artık eşleşmeyen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>newly paired: %1</source>
        <translation>yeni eşleşen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The texts were aligned again around your link; elsewhere, %1.</source>
        <translation>Metinler bağlantınıza göre yeniden hizalandı; başka yerlerde %1.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>First change — press Shift+F7 again to go to the last</source>
        <translation>İlk değişiklik — sonuncuya gitmek için Shift+F7&apos;ye yeniden basın</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change {0} of {1}</source>
        <translation>Değişiklik {0}/{1}</translation>
    </message>
</context>
<context>
    <name>ReadingTools</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/reading_tools.py" line="+152"/>
        <source>Parties and places</source>
        <translation>Taraflar ve yerler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Notlar</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>mention</source>
        <translation>anılma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>not</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Legend of mentions and notes</source>
        <translation>Anılma ve not açıklaması</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The note on {0} is deleted.</source>
        <translation>{0} üzerindeki not silindi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Geri Al</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Outlined: mentions of the entity chosen in Parties and places. </source>
        <translation>Çerçeveli: Taraflar ve yerler panelinde seçilen öğenin anılmaları. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tinted with a tick in the margin: a passage with a note.</source>
        <translation>Renkli zemin ve kenarda çizgi: notlu bir pasaj.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Show {0} in Parties and Places</source>
        <translation>{0}: Taraflar ve Yerler panelinde göster</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show {0} on the Map</source>
        <translation>{0}: Haritada göster</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Editors&apos; note</source>
        <translation>Editör notu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your note</source>
        <translation>Notunuz</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a passage in one of the texts, or go to a change, then annotate it.</source>
        <translation>Metinlerden birinde bir bölüm seçin ya da bir değişikliğe gidin, sonra not ekleyin.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Select a pair of articles in the concordance first.</source>
        <translation>Önce konkordansta bir madde çifti seçin.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../src/treatyviewer/io/html_export.py" line="+307"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+113"/>
        <source>Comparison of two texts</source>
        <translation>İki metnin karşılaştırması</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+6"/>
        <source>Older text</source>
        <translation>Eski metin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+1"/>
        <source>Newer text</source>
        <translation>Yeni metin</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+42"/>
        <source>annotated passage</source>
        <translation>not düşülmüş bölüm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note: numbered marker, note text after the pair</source>
        <translation>not: numaralı işaret, not metni madde çiftinden sonra</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../src/treatyviewer/io/map_words.py" line="+15"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="+205"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="-11"/>
        <source>Legend</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+102"/>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Özet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+40"/>
        <source>Word changes by class</source>
        <translation>Sınıflarına göre sözcük değişiklikleri</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+128"/>
        <source>not printed</source>
        <translation>yer verilmedi</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No gazetteer entity is mentioned.</source>
        <translation>Yer adları dizinindeki taraf ve yerlerden hiçbiri geçmiyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="+10"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+44"/>
        <source>Index of parties and places</source>
        <translation>Taraflar ve yerler dizini</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="+17"/>
        <source>Comparison: {0}</source>
        <translation>Karşılaştırma: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="-25"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_pairs.py" line="+26"/>
        <source>Article by article</source>
        <translation>Madde madde</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="+6"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_pairs.py" line="+195"/>
        <source>Other notes</source>
        <translation>Diğer notlar</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/pdf_export.py" line="+59"/>
        <source>page {0} of {1}</source>
        <translation>sayfa {0} / {1}</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{0} (continued)</source>
        <comment>a running head: the article pair that runs on</comment>
        <translation>{0} (devam)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="-10"/>
        <source>Title page</source>
        <translation>Başlık sayfası</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary and concordance</source>
        <translation>Özet ve madde karşılıkları</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} compared with {1}</source>
        <translation>{0} ile {1} karşılaştırması</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_classes.py" line="+16"/>
        <source>figure</source>
        <translation>sayılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>spelling</source>
        <translation>yazım</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>case</source>
        <translation>büyük/küçük harf</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>punct</source>
        <translation>nokt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spacing</source>
        <translation>boşluk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ref</source>
        <translation>gönd.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>num</source>
        <translation>num.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wording</source>
        <translation>ifade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figures</source>
        <translation>sayılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name variants</source>
        <translation>ad biçimleri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>references</source>
        <translation>göndermeler</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Only changes of {0} are shown; left out: {1}.</source>
        <translation>Yalnızca şu sınıfların değişiklikleri gösteriliyor: {0}; dışarıda bırakılanlar: {1}.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>punctuation</source>
        <translation>noktalama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whitespace</source>
        <translation>boşluklar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbering</source>
        <translation>numaralama</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A change of form (here a name variant) is drawn lighter than one of substance.</source>
        <translation>Biçim değişikliği (burada bir ad biçimi), öze ilişkin değişiklikten daha açık renkle gösterilir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; figure, spelling, case as named; no tag = wording.</source>
        <translation>; sayılar, yazım, büyük/küçük harf adlarıyla; etiketsiz = ifade.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} {1}</source>
        <comment>a count and what it counts: 41 wording</comment>
        <translation>{1}: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} {1}</source>
        <comment>a change class and its count: figures 3</comment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no word changes</source>
        <translation>sözcük değişikliği yok</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none in these texts</source>
        <translation>bu metinlerde yok</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Substance: {0}. Form: {1}.</source>
        <translation>Öz: {0}. Biçim: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_model.py" line="+104"/>
        <source>similarity {0}</source>
        <translation>benzerlik {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept {0}</source>
        <translation>korunan {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n değişiklik</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>numbering reconstructed</source>
        <translation>numaralama yeniden oluşturulmuş</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of this article in {0} is the editors&apos; reconstruction, not attested: that it moved or was renumbered is a conjecture, not a fact to cite.</source>
        <translation>Bu maddenin {0} metnindeki numarası editörlerin yeniden oluşturmasıdır, tanıklanmış değildir: taşındığı ya da yeniden numaralandığı bir varsayımdır, kaynak gösterilecek bir olgu değildir.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>shares wording with {0} of the newer text</source>
        <translation>sonraki metnin şu maddeleriyle ortak ifadeler taşıyor: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares wording with {0} of the older text</source>
        <translation>önceki metnin şu maddeleriyle ortak ifadeler taşıyor: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its matter went to {0}</source>
        <translation>içeriği şuraya geçti: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its matter came from {0}</source>
        <translation>içeriği şuradan geldi: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>matter went to {0}</source>
        <translation>içeriği şuraya geçti: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matter came from {0}</source>
        <translation>içeriği şuradan geldi: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n unchanged, not printed</source>
        <translation>
            <numerusform>değişmemiş %n maddeye yer verilmedi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n article(s) shown</source>
        <translation>
            <numerusform>%n madde gösteriliyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(only the changed ones; %n unchanged left out)</source>
        <translation>
            <numerusform>(yalnızca değişenler; değişmemiş %n madde dışarıda bırakıldı)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not in the older text ({0})</source>
        <translation>önceki metinde yok ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the newer text ({0})</source>
        <translation>sonraki metinde yok ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in the {0}</source>
        <translation>{0} metninde yok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no text under this heading)</source>
        <translation>(bu başlık altında metin yok)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not known: the {0} gives this article only as a note</source>
        <translation>bilinmiyor: {0} bu maddeyi yalnızca not olarak veriyor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known whether in the {0}: it gives this part only as notes</source>
        <translation>{0} metninde olup olmadığı bilinmiyor: bu bölümü yalnızca notlarla veriyor</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>could not be placed in either text</source>
        <translation>iki metnin hiçbirine yerleştirilemedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its article is left out</source>
        <translation>ait olduğu madde dışarıda bırakıldı</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>linked by the reader</source>
        <translation>okur tarafından eşleştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlinked by the reader</source>
        <translation>eşleştirmesi okur tarafından kaldırıldı</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>attested</source>
        <translation>belgelenmiş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paraphrased from a source</source>
        <translation>bir kaynaktan özetlenmiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sure</source>
        <translation>kesin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probable</source>
        <translation>olası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>belirsiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, confidence {1}</source>
        <translation>{0}, güven: {1}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>re-anchored: the passage moved</source>
        <translation>yeniden bağlandı: bölümün yeri değişti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags:</source>
        <translation>Etiketler:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on «{0}»</source>
        <translation>«{0}» üzerine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your note</source>
        <translation>notunuz</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parties</source>
        <translation>Taraflar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Yerler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Konular</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="+90"/>
        <source>unchanged</source>
        <translation>değişmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rewritten</source>
        <translation>yeniden yazıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>taşındı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renumbered</source>
        <translation>yeniden numaralandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>bölündü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>birleştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>çıkarıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repealed</source>
        <translation>mülga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>struck out; the newer text keeps its number with a notice</source>
        <translation>çıkarıldı; yeni metin numarasını bir kayıtla koruyor</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>amber tint, struck through, a line above</source>
        <translation>kehribar zemin, üstü çizili, üst kenarında çizgi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amber tint, underlined, a line above</source>
        <translation>kehribar zemin, altı çizili, üst kenarında çizgi</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_model.py" line="-78"/>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="-70"/>
        <source>reconstructed</source>
        <translation>yeniden oluşturulmuş</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="+1"/>
        <source>paraphrased</source>
        <translation>özetlenmiş</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>same wording in both texts</source>
        <translation>iki metinde de aynı ifade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wording changed</source>
        <translation>ifade değişti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stands at another place in the order</source>
        <translation>sıralamada başka bir yerde duruyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carries another number</source>
        <translation>başka bir numara taşıyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one article became several</source>
        <translation>bir madde birkaç madde oldu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several articles became one</source>
        <translation>birkaç madde tek madde oldu</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/map_words.py" line="-1"/>
        <source>Map of the places the texts name</source>
        <translation>Metinlerin andığı yerlerin haritası</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named in both texts</source>
        <translation>iki metinde de geçen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named in the text</source>
        <translation>metinde geçen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="+2"/>
        <source>only in the older text</source>
        <translation>yalnızca eski metinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="-1"/>
        <source>only in the newer text</source>
        <translation>yalnızca yeni metinde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence: {0}</source>
        <translation>güven: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered on the map</source>
        <translation>Haritada numaralı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too close to name on the map</source>
        <translation>Haritada adı sığmayan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named, not on the map</source>
        <translation>Adı geçen, haritada olmayan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base map</source>
        <translation>Altlık harita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art.</source>
        <translation>Md.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>high</source>
        <translation>yüksek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>orta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>düşük</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="-7"/>
        <source>wording changed nearly throughout: less than {0} similar</source>
        <translation>ifade neredeyse tümüyle değişti: benzerlik {0} altında</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not known: an edition gives an article in this part only as a note</source>
        <translation>bilinmiyor: bir basım bu bölümdeki bir maddeyi yalnızca not olarak veriyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>content from secondary accounts, wording ours</source>
        <translation>içerik ikincil kaynaklardan, ifade bizim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a summary of the passage, not a full rendering</source>
        <translation>bölümün özeti, tam çevirisi değil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>words</source>
        <translation>sözcükler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inserted words</source>
        <translation>eklenen sözcükler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue-green tint, underlined</source>
        <translation>mavi-yeşil zemin, altı çizili</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted words</source>
        <translation>silinen sözcükler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vermilion tint, struck through</source>
        <translation>zincifre zemin, üstü çizili</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replaced words (old)</source>
        <translation>değiştirilen sözcükler (eski)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replaced words (new)</source>
        <translation>değiştirilen sözcükler (yeni)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_textdoc_pairs.py" line="-193"/>
        <source>No articles to show.</source>
        <translation>Gösterilecek madde yok.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>What became of it: {0}</source>
        <translation>Maddeye ne oldu: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What became of it: its matter also went to {0}</source>
        <translation>Maddeye ne oldu: içeriği {0} numaralı maddelere de geçti</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="-402"/>
        <source>Date and place</source>
        <translation>Tarih ve yer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rendering</source>
        <translation>Metin hakkında</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provenance</source>
        <translation>Köken</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n more not listed here.</source>
        <translation>
            <numerusform>%n kaynak daha burada sayılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, guessed: if letters look wrong, the file is in another encoding</source>
        <translation>{0}, tahmin edildi: harfler yanlış görünüyorsa dosya başka bir kodlamadadır</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding</source>
        <translation>Kodlama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources</source>
        <translation>Kaynaklar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inline redline</source>
        <translation>tek sütunda düzeltme izli</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>side by side</source>
        <translation>yan yana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported on {0} by treatyviewer</source>
        <translation>{0} tarihinde treatyviewer ile dışa aktarıldı</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>a note: yellow-grey tint with a bar beside it, as in the window (a comment in PDF readers), numbered marker, note text after the pair</source>
        <translation>not: yanında çizgi bulunan sarı-gri zemin, pencerede olduğu gibi (PDF okuyucularında yorum), numaralı işaret, not metni madde çiftinden sonra</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tags after a change:</source>
        <translation>Değişiklikten sonraki etiketler:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No articles.</source>
        <translation>Madde yok.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n character(s) deleted</source>
        <translation>
            <numerusform>%n karakter silindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) inserted</source>
        <translation>
            <numerusform>%n karakter eklendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) deleted</source>
        <translation>
            <numerusform>%n sözcük silindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n word(s) inserted</source>
        <translation>
            <numerusform>%n sözcük eklendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Concordance</source>
        <translation>Madde karşılıkları</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similarity: words in common, over both articles. Kept: share of the older article&apos;s words the newer one keeps.</source>
        <translation>Benzerlik: iki maddenin ortak sözcüklerinin payı. Korunan: eski maddenin sözcüklerinden yenisinde kalanların payı.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Similarity: the share of the two articles&apos; words they have in common, counted over both. Kept: the share of the older article&apos;s words the newer one keeps, 100% when words were only added.</source>
        <translation>Benzerlik: iki maddenin ortak sözcüklerinin, her ikisi üzerinden sayılan payı. Korunan: eski maddenin sözcüklerinden yenisinde kalanların payı; yalnızca sözcük eklendiyse yüzde 100.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older</source>
        <translation>Eski</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Substance</source>
        <translation>Öz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Biçim</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Numbering reconstructed: the article&apos;s number in {0} is the editors&apos; reconstruction, not attested, so its move or renumbering is a conjecture.</source>
        <translation>Numaralama yeniden oluşturulmuş: maddenin {0} metnindeki numarası editörlerin yeniden oluşturmasıdır, tanıklanmış değildir; bu yüzden taşınması ya da yeniden numaralanması bir varsayımdır.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Benzerlik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Korunan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Değişiklik</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_words.py" line="+60"/>
        <source>en</source>
        <comment>the language of these words as a code: en, ru or tr</comment>
        <translation>tr</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>d MMMM yyyy</source>
        <comment>a date as Qt writes it: day, month&apos;s name, year</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_names.py" line="+20"/>
        <source>Art. {0}</source>
        <translation>Md. {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Preamble</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing</source>
        <translation>Kapanış</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Annex {0}</source>
        <translation>Ek {0}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>party</source>
        <translation>taraf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>devlet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>kişi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>territory</source>
        <translation>bölge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>şehir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>river</source>
        <translation>nehir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mountain</source>
        <translation>dağ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sea</source>
        <translation>deniz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strait</source>
        <translation>boğaz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concept</source>
        <translation>kavram</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_legend.py" line="+37"/>
        <source>your own note, from your reading session: its number in blue, labelled; the other notes are the editors&apos; curated notes</source>
        <translation>okuma oturumunuzdan kendi notunuz: numarası mavi ve etiketli; diğer notlar editörlerin notlarıdır</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/readers.py" line="+50"/>
        <source>a PNG image</source>
        <translation>bir PNG resmine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>bir JPEG resmine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>bir GIF resmine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a TIFF image</source>
        <translation>bir TIFF resmine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an executable program (ELF)</source>
        <translation>çalıştırılabilir bir programa (ELF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>bir gzip arşivine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bzip2 archive</source>
        <translation>bir bzip2 arşivine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an xz archive</source>
        <translation>bir xz arşivine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>bir 7-Zip arşivine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>bir RAR arşivine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an old Office file (.doc/.xls); save it as .docx</source>
        <translation>eski bir Office dosyasına (.doc/.xls); .docx olarak kaydedin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an RTF document; save it as .docx or plain text</source>
        <translation>bir RTF belgesine; .docx ya da düz metin olarak kaydedin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database</source>
        <translation>bir SQLite veritabanına</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WebAssembly module</source>
        <translation>bir WebAssembly modülüne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Java class or Mach-O program</source>
        <translation>bir Java sınıfına ya da Mach-O programına</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Mach-O program</source>
        <translation>bir Mach-O programına</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Ogg audio file</source>
        <translation>bir Ogg ses dosyasına</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a FLAC audio file</source>
        <translation>bir FLAC ses dosyasına</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MP3 audio file</source>
        <translation>bir MP3 ses dosyasına</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PostScript file; convert it to PDF</source>
        <translation>bir PostScript dosyasına; PDF&apos;ye dönüştürün</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an Excel workbook; save the text as .docx or plain text</source>
        <translation>bir Excel çalışma kitabına; metni .docx ya da düz metin olarak kaydedin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PowerPoint presentation</source>
        <translation>bir PowerPoint sunusuna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an OpenDocument file; save it as .docx or plain text</source>
        <translation>bir OpenDocument dosyasına; .docx ya da düz metin olarak kaydedin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an EPUB e-book</source>
        <translation>bir EPUB e-kitabına</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>{0} is a folder, not a file; choose a file inside it</source>
        <translation>{0} bir klasör, dosya değil; içindeki bir dosyayı seçin</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{0} is not a regular file (it is a device, pipe or socket)</source>
        <translation>{0} sıradan bir dosya değil (bir aygıt, boru ya da soket)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is {1}; the limit is {2} ({3})</source>
        <translation>{0} boyutu {1}; sınır {2} ({3})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} does not exist (it may have been moved or deleted)</source>
        <translation>{0} bulunamadı (taşınmış ya da silinmiş olabilir)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} cannot be read: permission denied</source>
        <translation>{0} okunamıyor: erişim izni yok</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} okunamıyor: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} grew beyond the limit of {1} while being read ({2})</source>
        <translation>{0} okunurken {1} sınırının ötesine büyüdü ({2})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is empty (0 bytes)</source>
        <translation>{0} boş (0 bayt)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>a ZIP archive</source>
        <translation>bir ZIP arşivine</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} is password-protected (an encrypted Office document); remove the password in Word (File &gt; Info &gt; Protect Document) and save a copy</source>
        <translation>{0} parolayla korunuyor (şifrelenmiş bir Office belgesi); parolayı Word&apos;de kaldırın (Dosya &gt; Bilgi &gt; Belgeyi Koru) ve bir kopya kaydedin</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a media file</source>
        <translation>bir medya dosyasına</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not text: it looks like {1}</source>
        <translation>{0} metin değil: {1} benziyor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not a Word document although its name ends in .docx</source>
        <translation>{0} adı .docx ile bitse de bir Word belgesi değil</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not a PDF although its name ends in .pdf</source>
        <translation>{0} adı .pdf ile bitse de bir PDF değil</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} is empty (it contains only whitespace)</source>
        <translation>{0} boş (yalnızca boşluk karakterleri içeriyor)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/docx_package.py" line="+30"/>
        <source>open it in Word and save it again</source>
        <translation>Word&apos;de açıp yeniden kaydedin</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} is not a Word document: the package has no list of its parts ({1}); {2}</source>
        <translation>{0} bir Word belgesi değil: pakette parçalarının listesi ({1}) yok; {2}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is saved as &quot;Strict Open XML&quot;, which cannot be read here; in Word, save it as &quot;Word Document (*.docx)&quot;</source>
        <translation>{0} burada okunamayan “Strict Open XML” biçiminde kaydedilmiş; Word&apos;de “Word Belgesi (*.docx)” olarak kaydedin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is a damaged Word document (the ZIP package is incomplete or corrupt); {1}</source>
        <translation>{0} hasarlı bir Word belgesi (ZIP paketi eksik ya da bozuk); {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its part {0}</source>
        <translation>{0} parçası</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part it names</source>
        <translation>andığı bir parça</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a damaged Word document: {1} is missing; {2}</source>
        <translation>{0} hasarlı bir Word belgesi: {1} eksik; {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is not a readable Word document ({1}: {2}); {3}</source>
        <translation>{0} okunabilir bir Word belgesi değil ({1}: {2}); {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is a damaged Word document: it has no body; {1}</source>
        <translation>{0} hasarlı bir Word belgesi: gövdesi yok; {1}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/docx_reader.py" line="+389"/>
        <source>{0} is a damaged Word document: one of its parts cannot be read ({1}); open it in Word and save it again</source>
        <translation>{0} hasarlı bir Word belgesi: parçalarından biri okunamıyor ({1}); Word&apos;de açıp yeniden kaydedin</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../src/treatyviewer/io/readers.py" line="+273"/>
        <location filename="../../src/treatyviewer/io/tei_reader.py" line="+297"/>
        <source>{0} contains no text</source>
        <translation>{0} hiç metin içermiyor</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/html_reader.py" line="+253"/>
        <source>{0} is a web page with no text outside scripts and navigation</source>
        <translation>{0} betikler ve gezinme dışında hiç metni olmayan bir web sayfası</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/limits.py" line="+21"/>
        <source>{0} GB</source>
        <translation>{0} GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} MB</source>
        <translation>{0} MB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} KB</source>
        <translation>{0} KB</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>raise it with --max-size MB, e.g. treatyviewer --max-size {0} OLD NEW</source>
        <translation>--max-size MB ile yükseltilebilir, örneğin treatyviewer --max-size {0} ESKİ YENİ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raise it with {0} {1}, e.g. {0} {2}</source>
        <translation>{0} {1} ile yükseltilebilir, örneğin {0} {2}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} {1}; the limit is {2} ({3})</source>
        <translation>{0} {1}; sınır {2} ({3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/pdf_reader.py" line="+43"/>
        <source>{0} is encrypted (password-protected); save an unprotected copy and open that</source>
        <translation>{0} şifrelenmiş (parolayla korunuyor); korumasız bir kopya kaydedip onu açın</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} is a damaged or incomplete PDF ({1}); try re-downloading it or printing it to a new PDF</source>
        <translation>{0} hasarlı ya da eksik bir PDF ({1}); yeniden indirmeyi ya da yeni bir PDF&apos;ye yazdırmayı deneyin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} is encrypted with a method this installation cannot open; save an unprotected copy and open that</source>
        <translation>{0} bu kurulumun açamadığı bir yöntemle şifrelenmiş; korumasız bir kopya kaydedip onu açın</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}: the text of page {1} cannot be extracted ({2}: {3}); the PDF may be damaged</source>
        <translation>{0}: {1}. sayfanın metni çıkarılamıyor ({2}: {3}); PDF hasarlı olabilir</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>holds a compressed stream that would decode to more than the limit of {0} per stream</source>
        <translation>akış başına {0} sınırından fazlasına açılacak sıkıştırılmış bir akış içeriyor</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} has no text layer; it may be a scan — run OCR first</source>
        <translation>{0} metin katmanı içermiyor; taranmış olabilir — önce OCR çalıştırın</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} has no text layer beyond its page headers and footers; it may be a scan — run OCR first</source>
        <translation>{0} sayfa üst ve alt bilgileri dışında metin katmanı içermiyor; taranmış olabilir — önce OCR çalıştırın</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/tei_reader.py" line="-96"/>
        <source>nests elements deeper than {0} levels</source>
        <translation>öğeleri {0} düzeyden daha derin iç içe yerleştiriyor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has more than {0} elements</source>
        <translation>{0} öğeden fazlasını içeriyor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}, the limit</source>
        <translation>{0}, bu sınırdır</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declares an external entity ({0}) that would read another file</source>
        <translation>başka bir dosyayı okuyacak bir dış varlık ({0}) bildiriyor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declares an XML entity ({0}); entity expansion can exhaust memory</source>
        <translation>bir XML varlığı ({0}) bildiriyor; varlık açılımı belleği tüketebilir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1}; such files are refused for safety — remove the entity declarations from its DOCTYPE</source>
        <translation>{0} {1}; böyle dosyalar güvenlik için reddedilir — varlık bildirimlerini DOCTYPE&apos;tan kaldırın</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} refers to an external file ({1}); such files are refused for safety — remove the reference from its DOCTYPE</source>
        <translation>{0} bir dış dosyaya ({1}) başvuruyor; böyle dosyalar güvenlik için reddedilir — başvuruyu DOCTYPE&apos;tan kaldırın</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is not well-formed XML (line {1}, column {2}): {3}; fix the file in an XML editor</source>
        <translation>{0} düzgün biçimli bir XML değil (satır {1}, sütun {2}): {3}; dosyayı bir XML düzenleyicisinde düzeltin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} cannot be read as XML ({1})</source>
        <translation>{0} XML olarak okunamıyor ({1})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nests elements too deeply to be read</source>
        <translation>öğeleri okunamayacak kadar derin iç içe yerleştiriyor</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/text_reader.py" line="+274"/>
        <source>{0}: {1} is not an encoding this program knows; choose another encoding</source>
        <translation>{0}: {1} bu programın bildiği bir kodlama değil; başka bir kodlama seçin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} cannot be decoded as {1}: byte {2} at position {3} does not fit; choose another encoding</source>
        <translation>{0}, {1} olarak çözülemiyor: {3}. konumdaki {2} baytı uymuyor; başka bir kodlama seçin</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{0} is not text: it looks like binary data (it contains NUL bytes)</source>
        <translation>{0} metin değil: ikili veriye benziyor (NUL baytları içeriyor)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} cannot be decoded: it is not UTF-8 and no known encoding fits; choose the encoding yourself</source>
        <translation>{0} çözülemiyor: UTF-8 değil ve bilinen hiçbir kodlama uymuyor; kodlamayı kendiniz seçin</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{0} is not text: it looks like binary data (%n control character(s)); choose another encoding if it is text</source>
        <translation>
            <numerusform>{0} metin değil: ikili veriye benziyor (%n denetim karakteri); metinse başka bir kodlama seçin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/zip_limits.py" line="+39"/>
        <source>holds a part ({0}) that unpacks to {1}</source>
        <translation>{1} boyutuna açılan bir parça ({0}) içeriyor</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>holds a part ({0}) compressed {1} to 1, which unpacks to {2}</source>
        <translation>{1}:1 oranında sıkıştırılmış, {2} boyutuna açılan bir parça ({0}) içeriyor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} to 1</source>
        <translation>{0}:1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unpacks to more than {0}</source>
        <translation>{0} boyutundan fazlasına açılıyor</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/session_files.py" line="+65"/>
        <source>treatyviewer sessions (*{0})</source>
        <translation>treatyviewer oturumları (*{0})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open Session</source>
        <translation>Oturum Aç</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>reading-session</source>
        <translation>okuma-oturumu</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save Session As</source>
        <translation>Oturumu Farklı Kaydet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Notes</source>
        <translation>Notları İçe Aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Imported %n note(s) from {0}</source>
        <translation>
            <numerusform>{0} kaynağından %n not içe aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n already here)</source>
        <translation>
            <numerusform>(%n tanesi zaten vardı)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Notes</source>
        <translation>Notları Dışa Aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>notlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web Annotations (*.jsonld)</source>
        <translation>Web Annotations (*.jsonld)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %n note(s) to {0}</source>
        <translation>
            <numerusform>%n not {0} dosyasına aktarıldı</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this reading session</source>
        <translation>bu okuma oturumu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved work</source>
        <translation>Kaydedilmemiş çalışma</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save your notes and corrections in {0}?</source>
        <translation>Notlarınız ve düzeltmeleriniz {0} içine kaydedilsin mi?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save the changed view (layout, filters) in {0}?</source>
        <translation>Değişen görünüm (düzen, süzgeçler) {0} içine kaydedilsin mi?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>Kaydet&amp;me</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>an untitled session</source>
        <translation>adsız bir oturum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>treatyviewer did not close cleanly. Recover the unsaved work on {0} ({1})?</source>
        <translation>treatyviewer düzgün kapanmadı. Kaydedilmemiş çalışma kurtarılsın mı? Oturum: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover</source>
        <translation>Kurtar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>At</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/status_line.py" line="+146"/>
        <source>Counts of changes</source>
        <translation>Değişiklik sayıları</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>inserted</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>silindi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced</source>
        <translation>ikame edildi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Legend:</source>
        <translation>Açıklama:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Colour legend</source>
        <translation>Renk açıklaması</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>%Ln değişmedi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln modified</source>
        <translation>
            <numerusform>%Ln değiştirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rewritten</source>
        <translation>
            <numerusform>%Ln yeniden yazıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln moved</source>
        <translation>
            <numerusform>%Ln taşındı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln renumbered</source>
        <translation>
            <numerusform>%Ln yeniden numaralandı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln split</source>
        <translation>
            <numerusform>%Ln bölündü</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>%Ln birleştirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>%Ln eklendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln removed</source>
        <translation>
            <numerusform>%Ln çıkarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repealed</source>
        <translation>
            <numerusform>%Ln mülga</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln not known</source>
        <translation>
            <numerusform>%Ln bilinmiyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln character(s) deleted</source>
        <translation>
            <numerusform>%Ln karakter silindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inserted</source>
        <comment>characters</comment>
        <translation>
            <numerusform>%Ln eklendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln word(s) deleted</source>
        <translation>
            <numerusform>%Ln sözcük silindi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inserted</source>
        <comment>words</comment>
        <translation>
            <numerusform>%Ln eklendi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>characters: −{0} +{1}</source>
        <translation>karakterler: −{0} +{1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words: −{0} +{1}</source>
        <translation>sözcük: −{0} +{1}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln word change(s)</source>
        <translation>
            <numerusform>%Ln sözcük değişikliği</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln pairing(s) to review</source>
        <translation>
            <numerusform>%Ln eşleşme incelenecek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln to review</source>
        <comment>pairings</comment>
        <translation>
            <numerusform>%Ln incelenecek</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>form</source>
        <translation>biçim</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Changes of form (spelling, name variants, case, punctuation, spacing, </source>
        <translation>Biçim değişiklikleri (yazım, ad biçimleri, büyük/küçük harf, noktalama, boşluk, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>references, numbering) are drawn lighter than changes of substance.</source>
        <translation>göndermeler, numaralama) esasa ilişkin değişikliklerden daha açık gösterilir.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Word changes: {0}</source>
        <translation>Sözcük değişiklikleri: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln hidden</source>
        <comment>changes</comment>
        <translation>
            <numerusform>%Ln gizli</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="+190"/>
        <source>treatyviewer User Guide</source>
        <translation>treatyviewer Kullanım Kılavuzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Kullanım kılavuzu</translation>
    </message>
</context>
<context>
    <name>VersionStrip</name>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/version_strip.py" line="+24"/>
        <source>Versions of the chain</source>
        <translation>Zincirin sürümleri</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Side by side:</source>
        <translation>Yan yana:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick any two versions; an arrow picks two neighbours</source>
        <translation>Herhangi iki sürümü seçin; ok iki komşu sürümü seçer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare version {0} with version {1}</source>
        <translation>{0}. sürümü {1}. sürümle karşılaştır</translation>
    </message>
</context>
<context>
    <name>WhileLoading</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/while_loading.py" line="+105"/>
        <source>Wait until the texts are compared, or cancel, to correct a pairing.</source>
        <translation>Bir eşleşmeyi düzeltmek için metinlerin karşılaştırılmasını bekleyin ya da iptal edin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to Article works once the articles are paired; they are being paired now.</source>
        <translation>«Maddeye git» maddeler eşleştirildikten sonra çalışır; maddeler şu anda eşleştiriliyor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Both texts side by side; lined up once the articles are paired</source>
        <translation>İki metin yan yana; maddeler eşleştirilince hizalanır</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading {0} and {1}: they are shown once read.</source>
        <translation>{0} ve {1} okunuyor: okununca gösterilecekler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {0} and {1}: the texts on screen, and their counts, are the previous pair&apos;s until these are read.</source>
        <translation>{0} ve {1} okunuyor: bunlar okunana dek ekrandaki metinler ve sayılar önceki çiftindir.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not compared yet: no counts</source>
        <translation>Henüz karşılaştırılmadı: sayım yok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The texts are shown as read, not compared yet: the articles are being paired, and the changes will be highlighted when that is done.</source>
        <translation>Metinler okunduğu hâliyle gösteriliyor, henüz karşılaştırılmadı: maddeler eşleştiriliyor; bu bitince değişiklikler vurgulanacak.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{0} of {1} pairs highlighted</source>
        <translation>Vurgulanan çift: {0} / {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The articles are paired. The wording of the pairs marked “comparing…” is still being compared: they are highlighted, and the counts and side panels filled in, when that is done.</source>
        <translation>Maddeler eşleştirildi. “karşılaştırılıyor…” işaretli çiftlerin ifadesi hâlâ karşılaştırılıyor: bu bitince vurgulanacak, sayılar ve yan paneller doldurulacak.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every pair is compared. The side panels are filled in once the texts are searched for references and names.</source>
        <translation>Bütün çiftler karşılaştırıldı. Yan paneller, metinlerde göndermeler ve adlar arandıktan sonra doldurulacak.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Comparison cancelled. The previous texts are still shown.</source>
        <translation>Karşılaştırma iptal edildi. Önceki metinler gösterilmeye devam ediyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Two Texts…</source>
        <translation>İki Metin Aç…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the texts was cancelled. The bundled pair is shown instead.</source>
        <translation>Metinlerin açılması iptal edildi. Onların yerine hazır metin çifti gösteriliyor.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: no texts are open. Open two texts to compare them.</source>
        <translation>İptal edildi: açık metin yok. Karşılaştırmak için iki metin açın.</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/exporting.py" line="+165"/>
        <source>Wait until the texts are compared, or cancel, to export them.</source>
        <translation>Dışa aktarmak için metinlerin karşılaştırılmasını bekleyin ya da iptal edin.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the Chain Report</source>
        <translation>Sürümler zincirinin raporunu dışa aktar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Annotated PDF</source>
        <translation>Notlu PDF Olarak Dışa Aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export HTML Report</source>
        <translation>HTML Raporu Olarak Dışa Aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Concordance as CSV</source>
        <translation>Karşılık Tablosunu CSV Olarak Dışa Aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Comparison as JSON</source>
        <translation>Karşılaştırmayı JSON Olarak Dışa Aktar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export TEI Apparatus</source>
        <translation>TEI Aparatını Dışa Aktar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF belgeleri (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Web sayfaları (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tabloları (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON dosyaları (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEI XML files (*.xml)</source>
        <translation>TEI XML dosyaları (*.xml)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>An export is already running; wait for it or cancel it.</source>
        <translation>Zaten bir dışa aktarma sürüyor; bitmesini bekleyin ya da iptal edin.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting {0}…</source>
        <translation>{0} dışa aktarılıyor…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported {0} (1 page)</source>
        <translation>{0} dışa aktarıldı (1 sayfa)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported {0} (%n page(s))</source>
        <translation>
            <numerusform>{0} dışa aktarıldı (%n sayfa)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0}</source>
        <translation>{0} dışa aktarıldı</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program here opens {0}; the file is saved there.</source>
        <translation>Burada {0} dosyasını açan bir program yok; dosya oraya kaydedildi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open File</source>
        <translation>Dosyayı Aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Folder</source>
        <translation>Klasörü Aç</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} could not be exported: {1}</source>
        <translation>{0} dışa aktarılamadı: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {0}</source>
        <translation>Dışa aktarma başarısız: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export of {0} cancelled; nothing was written.</source>
        <translation>{0} dışa aktarması iptal edildi; hiçbir şey yazılmadı.</translation>
    </message>
</context>
<context>
    <name>WindowPrint</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/printing.py" line="+73"/>
        <source>Wait until the texts are compared, or cancel, to print them.</source>
        <translation>Metinleri yazdırmak için karşılaştırmanın bitmesini bekleyin ya da onu iptal edin.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The comparison is being printed; wait for it or cancel it.</source>
        <translation>Karşılaştırma şu anda yazdırılıyor; bitmesini bekleyin ya da iptal edin.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was printed: the comparison has fewer pages than that.</source>
        <translation>Hiçbir şey yazdırılmadı: karşılaştırmada bu kadar sayfa yok.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Printing…</source>
        <translation>Yazdırılıyor…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Print</source>
        <translation>Yazdır</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Printed the comparison to {0} (%n page(s)).</source>
        <translation>
            <numerusform>Karşılaştırma {0} dosyasına yazdırıldı (%n sayfa).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Printed the comparison (%n page(s)).</source>
        <translation>
            <numerusform>Karşılaştırma yazdırıldı (%n sayfa).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing failed: {0}</source>
        <translation>Yazdırma başarısız oldu: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing cancelled.</source>
        <translation>Yazdırma iptal edildi.</translation>
    </message>
</context>
<context>
    <name>WritingNotices</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/writing_notices.py" line="+42"/>
        <source>The texts are still being laid out ({0} so far): the view stays at the end as it grows, and reaches the real end when all is laid out.</source>
        <translation>Metinler hâlâ yerleştiriliyor (şimdilik {0}): görünüm, metin uzadıkça sonda kalır ve tamamı yerleştirilince gerçek sona ulaşır.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>These texts are longer than the panes can hold at once, so they hold a stretch at a time, now {0} to {1} of the newer text. Scroll on, or go to any article, and the stretch moves with you.</source>
        <translation>Bu metinler panellerin bir kerede alabileceğinden uzun, bu yüzden paneller onları parça parça gösterir, şu anda yeni metnin {0} ile {1} arası. Kaydırmaya devam edin ya da herhangi bir maddeye gidin, parça sizinle birlikte ilerler.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The redline of these texts is too long to show whole: its last articles are not shown there. Side by Side shows every article.</source>
        <translation>Bu metinlerin satır içi düzeltmesi bütünüyle gösterilemeyecek kadar uzun: son maddeleri orada görünmez. Yan yana görünüm bütün maddeleri gösterir.</translation>
    </message>
</context>
<context>
    <name>_Message</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/message_bar.py" line="-115"/>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>İletiyi kapat</translation>
    </message>
</context>
<context>
    <name>change class</name>
    <message>
        <location filename="../../src/treatyviewer/ui/common/vocabulary.py" line="+61"/>
        <source>wording</source>
        <translation>ifade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figures</source>
        <translation>sayılar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name variants</source>
        <translation>ad biçimleri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling</source>
        <translation>yazım</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case</source>
        <translation>büyük/küçük harf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>punctuation</source>
        <translation>noktalama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whitespace</source>
        <translation>boşluklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>references</source>
        <translation>göndermeler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering</source>
        <translation>numaralama</translation>
    </message>
</context>
<context>
    <name>encodings</name>
    <message>
        <location filename="../../src/treatyviewer/ui/common/encodings.py" line="+13"/>
        <location line="+1"/>
        <source>all languages</source>
        <translation>tüm diller</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>Kiril</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Western</source>
        <translation>Batı Avrupa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European</source>
        <translation>Orta Avrupa</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../../src/treatyviewer/io/report_words.py" line="-32"/>
        <source>{0}%</source>
        <translation>%{0}</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../src/treatyviewer/ui/common/vocabulary.py" line="-14"/>
        <source>attested</source>
        <translation>belgelenmiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstructed</source>
        <translation>yeniden oluşturulmuş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paraphrased from a source</source>
        <translation>bir kaynaktan özetlenmiş</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sure</source>
        <translation>kesin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probable</source>
        <translation>olası</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>belirsiz</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location line="-54"/>
        <source>unchanged</source>
        <translation>değişmedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>değiştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>taşındı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renumbered</source>
        <translation>yeniden numaralandı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>bölündü</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>birleştirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>eklendi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>çıkarıldı</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repealed</source>
        <translation>mülga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comparing…</source>
        <translation>karşılaştırılıyor…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstructed</source>
        <translation>yeniden oluşturulmuş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paraphrased</source>
        <translation>özetlenmiş</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>geri geldi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rewritten</source>
        <translation>yeniden yazıldı</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>numbering reconstructed</source>
        <translation>numaralama yeniden oluşturulmuş</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The number of this article in {0} is the editors&apos; reconstruction, not attested: that it moved or was renumbered is a conjecture, not a fact to cite.</source>
        <translation>Bu maddenin {0} metnindeki numarası editörlerin yeniden oluşturmasıdır, tanıklanmış değildir: taşındığı ya da yeniden numaralandığı bir varsayımdır, kaynak gösterilecek bir olgu değildir.</translation>
    </message>
</context>
</TS>
