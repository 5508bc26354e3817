<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name></name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/chain_window.py" line="+83"/>
        <source>Versions</source>
        <translation>Версии</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Open a C&amp;hain of Versions…</source>
        <translation>Открыть &amp;цепочку версий…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open three or more versions of a text, oldest first</source>
        <translation>Открыть три или более версии текста, начиная с самой ранней</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the Bundled &amp;Chain</source>
        <translation>Открыть &amp;прилагаемую цепочку</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 1920 draft, the Treaty of Moscow and the Treaty of Kars (1921)</source>
        <translation>Проект 1920 года, Московский и Карсский договоры (1921)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lineage Ta&amp;ble</source>
        <translation>Таблица &amp;судеб статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histor&amp;y of This Article</source>
        <translation>&amp;История этой статьи</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Compare the neighbouring versions of the chain after (before) these</source>
        <translation>Сравнить соседние версии цепочки после этих (перед ними)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ne&amp;xt Pair of Versions</source>
        <translation>С&amp;ледующая пара версий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;vious Pair of Versions</source>
        <translation>&amp;Предыдущая пара версий</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Open versions, oldest first</source>
        <translation>Открыть версии, начиная с самой ранней</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="+342"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} shows where the places the texts name lie, and the lines and areas the treaty&apos;s articles draw: the frontier of Art. I, Batum, Nakhichevan. The places and lines of the article you are reading stand out. Click a place, or reach it with Tab and the arrow keys and press Enter, to list its mentions in each text and the notes linked to it; click a mention to show the passage. Both, Earlier and Later show what each text names. The lines are our drawings from the treaty, not surveyed boundaries.</source>
        <translation>{0} показывает, где лежат места, названные в текстах, и линии и области, которые проводят статьи договора: граница по ст. I, Батум, Нахичевань. Места и линии читаемой статьи выделены. Щёлкните место или перейдите к нему клавишей Tab и стрелками и нажмите Enter, чтобы увидеть его упоминания в каждом тексте и связанные с ним заметки; щелчок по упоминанию показывает фрагмент. «Оба текста», «Ранний» и «Поздний» показывают, что называет каждый текст. Линии — наши построения по тексту договора, а не результаты съёмки.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/appearance_actions.py" line="+54"/>
        <source>&amp;High Contrast</source>
        <translation>&amp;Высокий контраст</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Black on white with strong colours and bold change marks</source>
        <translation>Чёрный текст на белом, насыщенные цвета и жирная разметка изменений</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language of menus and messages (not of the texts)</source>
        <translation>Язык меню и сообщений (не текстов договора)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;System Default</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Restart Now</source>
        <translation>Перезапустить</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/render.py" line="+185"/>
        <source>Reconstructed: what this passage says comes from published summaries and secondary accounts; its wording is the editors&apos;, not an attested text.</source>
        <translation>Реконструировано: содержание фрагмента взято из опубликованных пересказов и вторичных источников; формулировки принадлежат редакторам, это не засвидетельствованный текст.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paraphrased: a summary of the passage from a source, not a full rendering.</source>
        <translation>Пересказ: краткое изложение фрагмента по источнику, а не полный перевод.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How sure: {0} (of the content and its place, never of the wording)</source>
        <translation>Насколько надёжно: {0} (относится к содержанию и месту, но не к формулировкам)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help → About these texts tells how each text was made.</source>
        <translation>Как составлен каждый текст, см. «Справка → Об этих текстах».</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>its text is not given in this edition</source>
        <translation>в этом издании текст не приводится</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the other text gives this part only as editor&apos;s notes</source>
        <translation>другой текст даёт эту часть лишь примечаниями издателя</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Not known whether it was kept: the other text gives an article in this part only as an editor&apos;s note, so the two cannot be compared</source>
        <translation>Неизвестно, сохранена ли статья: другой текст даёт статью этой части лишь примечанием издателя, и сравнить их нельзя</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Similarity {0}, older wording kept {1}, pairing set by you</source>
        <translation>Сходство {0}, сохранено из прежнего текста {1}, пара задана вами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Similarity {0}, older wording kept {1}, confidence {2} ({3})</source>
        <translation>Сходство {0}, сохранено из прежнего текста {1}, надёжность {2} ({3})</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/related_links.py" line="+125"/>
        <source>What became of it: {0}</source>
        <translation>Что с ней стало: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/render.py" line="-69"/>
        <source>not paired: {0} there reads otherwise</source>
        <translation>не сопоставлена: {0} там с другим текстом</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Paired; the wording is still being compared, changes will follow</source>
        <translation>Пара найдена; формулировки ещё сравниваются, изменения появятся позже</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/inline.py" line="+281"/>
        <source>The older text, {0}:</source>
        <translation>Более ранний текст, {0}:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The newer text, {0}:</source>
        <translation>Более поздний текст, {0}:</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../src/treatyviewer/ui/compare/render.py" line="-71"/>
        <source>no counterpart</source>
        <translation>нет соответствия</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/render.py" line="+33"/>
        <source>Its number is kept over a notice of repeal</source>
        <translation>Номер сохранён с отметкой об утрате силы</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>number kept, its text repealed</source>
        <translation>номер сохранён, текст утратил силу</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/state/undo.py" line="+56"/>
        <source>Link</source>
        <translation>Связать</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} {1} ↔ {2}</source>
        <translation>{0} {1} ↔ {2}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlink {0} ↔ {1}</source>
        <translation>Разъединить {0} ↔ {1}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/window_actions.py" line="+84"/>
        <source>&amp;Open Two Texts…</source>
        <translation>&amp;Открыть два текста…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open an older and a newer text</source>
        <translation>Открыть более ранний и более поздний тексты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the &amp;Bundled Pair</source>
        <translation>Открыть &amp;прилагаемую пару</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The 1920 draft beside the Treaty of Moscow of 1921</source>
        <translation>Проект 1920 года рядом с Московским договором 1921 года</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bundled Pair</source>
        <translation>Встроенная пара</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;load</source>
        <translation>П&amp;еречитать</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read both files again</source>
        <translation>Заново прочитать оба файла</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print the comparison as the PDF export lays it out</source>
        <translation>Напечатать сравнение так, как его раскладывает экспорт в PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/actions.py" line="+61"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find in both texts</source>
        <translation>Поиск в обоих текстах</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find &amp;Next</source>
        <translation>Найти &amp;далее</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Find Pre&amp;vious</source>
        <translation>Найти &amp;ранее</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/window_actions.py" line="+13"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Side by Side</source>
        <translation>&amp;Рядом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Both texts side by side, aligned</source>
        <translation>Оба текста рядом, с выравниванием по статьям</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Inline Redline</source>
        <translation>&amp;Правка в одну колонку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One column: deletions struck, insertions underlined</source>
        <translation>Одна колонка: удалённое зачёркнуто, вставленное подчёркнуто</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Older Text Only</source>
        <translation>Только &amp;ранний текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the older text</source>
        <translation>Только более ранний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Newer Text Only</source>
        <translation>Только &amp;поздний текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only the newer text</source>
        <translation>Только более поздний текст</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Redline</source>
        <translation>Одна колонка</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;wap Sides</source>
        <translation>&amp;Поменять стороны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the older text on the right; it is still compared as the older one</source>
        <translation>Показать ранний текст справа; сравнивается он по-прежнему как ранний</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show Only Chan&amp;ged Articles</source>
        <translation>Только &amp;изменённые статьи</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide articles that did not change</source>
        <translation>Скрыть статьи без изменений</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changed Only</source>
        <translation>Только изменённые</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Concordance</source>
        <translation>&amp;Таблица соответствий</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the concordance table</source>
        <translation>Показать или скрыть таблицу соответствия статей</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ou&amp;tline</source>
        <translation>&amp;Оглавление</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the outline of sections and points</source>
        <translation>Показать или скрыть оглавление разделов и пунктов</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reset P&amp;anels</source>
        <translation>Вернуть &amp;панели на место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the panels back where they were at the first start</source>
        <translation>Вернуть панели туда, где они были при первом запуске</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Во весь экран</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the whole screen to the texts, or leave full screen</source>
        <translation>Отдать текстам весь экран или выйти из полноэкранного режима</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Go to Article…</source>
        <translation>&amp;Перейти к статье…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose an article by name and read it</source>
        <translation>Выбрать статью по названию и перейти к ней</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Next &amp;Pane</source>
        <translation>Следующая &amp;панель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard focus to the next text or panel</source>
        <translation>Перевести фокус клавиатуры на следующий текст или панель</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Previous Pa&amp;ne</source>
        <translation>Предыдущая пан&amp;ель</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move the keyboard focus to the text or panel before</source>
        <translation>Перевести фокус клавиатуры на предыдущий текст или панель</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&amp;Zoom In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>Undo the last change (a correction, a note)</source>
        <translation>Отменить последнее изменение (исправление, заметку)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Redo the change undone last</source>
        <translation>Повторить последнее отменённое изменение</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Your name for the notes you export, and below what confidence pairings are offered for review</source>
        <translation>Ваше имя для экспортируемых заметок и порог надёжности, ниже которого сопоставления предлагаются для проверки</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Zoom O&amp;ut</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reset Zoom</source>
        <translation>&amp;Исходный масштаб</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Te&amp;xt Font…</source>
        <translation>&amp;Шрифт текстов…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the font of the texts</source>
        <translation>Выбрать шрифт текстов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Dark Palette</source>
        <translation>&amp;Тёмная палитра</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light text on a dark ground</source>
        <translation>Светлый текст на тёмном фоне</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/actions.py" line="+10"/>
        <source>&amp;Next Change</source>
        <translation>&amp;Следующее изменение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next</source>
        <translation>Следующее</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Previous Change</source>
        <translation>&amp;Предыдущее изменение</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous</source>
        <translation>Предыдущее</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Next &amp;Article</source>
        <translation>Следующая с&amp;татья</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous A&amp;rticle</source>
        <translation>Предыдущая ст&amp;атья</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/help_menu.py" line="+31"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to read, correct and annotate a comparison; all shortcuts</source>
        <translation>Как читать, исправлять и комментировать сравнение; все сочетания клавиш</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About These &amp;Texts</source>
        <translation>Об этих &amp;текстах</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where the texts come from</source>
        <translation>Происхождение текстов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About treatyviewer</source>
        <translation>&amp;О программе treatyviewer</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/reading_actions.py" line="+34"/>
        <source>Open Sess&amp;ion…</source>
        <translation>Открыть &amp;сеанс…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a saved reading session (.tvproj): texts, corrections, notes</source>
        <translation>Открыть сохранённый сеанс чтения (.tvproj): тексты, правки, заметки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save Session</source>
        <translation>Со&amp;хранить сеанс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the texts, your alignment corrections and your notes</source>
        <translation>Сохранить тексты, ваши правки сопоставления и заметки</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Session &amp;As…</source>
        <translation>Сохранить сеанс &amp;как…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the reading session under a new name</source>
        <translation>Сохранить сеанс чтения под новым именем</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>I&amp;mport Notes…</source>
        <translation>&amp;Импорт заметок…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the notes of a W3C Web Annotation file (JSON-LD)</source>
        <translation>Добавить заметки из файла W3C Web Annotation (JSON-LD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export &amp;Notes…</source>
        <translation>Экспорт &amp;заметок…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write your notes as W3C Web Annotations (JSON-LD)</source>
        <translation>Записать ваши заметки как W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Annotate Selection…</source>
        <translation>&amp;Заметка к выделенному…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a note on the passage selected in a text</source>
        <translation>Написать заметку к фрагменту, выделенному в тексте</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note on This &amp;Pair…</source>
        <translation>Заметка к этой &amp;паре…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a note on the pair of articles selected in the concordance, or else on the pair being read</source>
        <translation>Написать заметку к паре статей, выбранной в конкордансе, а если ни одна не выбрана, то к паре, которую вы читаете</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Parties and Places</source>
        <translation>С&amp;тороны и места</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the index of parties, persons and places</source>
        <translation>Показать или скрыть указатель сторон, лиц и мест</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not&amp;es</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the notes and the note editor</source>
        <translation>Показать или скрыть заметки и редактор заметок</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/file_actions.py" line="+33"/>
        <source>Reopen Older &amp;Text with Encoding</source>
        <translation>Открыть более ранний &amp;текст в другой кодировке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the older text again in another encoding, if it looks garbled</source>
        <translation>Прочитать более ранний текст заново в другой кодировке, если он выглядит искажённым</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen Ne&amp;wer Text with Encoding</source>
        <translation>Открыть более &amp;поздний текст в другой кодировке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the newer text again in another encoding, if it looks garbled</source>
        <translation>Прочитать более поздний текст заново в другой кодировке, если он выглядит искажённым</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A printable PDF of the comparison with the notes as comments</source>
        <translation>PDF сравнения для печати, заметки — в виде комментариев</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;HTML…</source>
        <translation>Экспорт в &amp;HTML…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A self-contained web page of the comparison with the notes</source>
        <translation>Самостоятельная веб-страница сравнения с заметками</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>Экспорт в &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The concordance of articles as a spreadsheet table</source>
        <translation>Таблица соответствия статей для электронных таблиц</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The comparison as JSON, for scripts</source>
        <translation>Сравнение в формате JSON, для скриптов</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;TEI…</source>
        <translation>Экспорт в &amp;TEI…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two texts as a TEI critical apparatus with the notes, for editions</source>
        <translation>Оба текста как критический аппарат TEI с заметками, для изданий</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the comparison as PDF, HTML, CSV, JSON or TEI</source>
        <translation>Записать сравнение в PDF, HTML, CSV, JSON или TEI</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/about.py" line="+72"/>
        <source>Short title</source>
        <translation>Краткое название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of this text</source>
        <translation>Язык этого текста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Original languages</source>
        <translation>Языки оригинала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edition</source>
        <translation>Издание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+268"/>
        <source>Licence</source>
        <translation>Лицензия</translation>
    </message>
    <message>
        <location line="-267"/>
        <location line="+75"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="-70"/>
        <location line="+70"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Signatories</source>
        <translation>Подписавшие</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Used for:</source>
        <translation>Использовано для:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../src/treatyviewer/ui/dialogs/article_dialog.py" line="+140"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Надёжность</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Article by article</source>
        <translation>По статьям</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Known correspondences</source>
        <translation>Известные соответствия</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Other text</source>
        <translation>Другой текст</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How this text was made</source>
        <translation>Как составлен этот текст</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No provenance recorded for this text; this is what is known of the file.</source>
        <translation>Происхождение этого текста не записано; вот что известно о файле.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a preamble</source>
        <translation>преамбула</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>guessed</source>
        <translation>угадана</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>detected with certainty or chosen</source>
        <translation>определена надёжно или выбрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message numerus="yes">
        <location line="-24"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n статья</numerusform>
            <numerusform>%n статьи</numerusform>
            <numerusform>%n статей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n annex(es)</source>
        <translation>
            <numerusform>%n приложение</numerusform>
            <numerusform>%n приложения</numerusform>
            <numerusform>%n приложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n other part(s)</source>
        <translation>
            <numerusform>%n другая часть</numerusform>
            <numerusform>%n другие части</numerusform>
            <numerusform>%n других частей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n часть</numerusform>
            <numerusform>%n части</numerusform>
            <numerusform>%n частей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a closing part</source>
        <translation>заключительная часть</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Divided into</source>
        <translation>Состав</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When reading</source>
        <translation>При чтении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>not installed</source>
        <translation>не установлена</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+23"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>treatyviewer is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; see the licence for details.</source>
        <translation>treatyviewer — свободная программа: вы можете распространять и (или) изменять её на условиях Стандартной общественной лицензии GNU в том виде, в каком она опубликована Фондом свободного программного обеспечения, — версии 3 лицензии или (по вашему выбору) любой более поздней версии. Программа распространяется в надежде, что она будет полезной, но БЕЗ КАКИХ-ЛИБО ГАРАНТИЙ; подробности — в тексте лицензии.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The English texts that come with the program, the gazetteer of parties and places and the curated notes are our own work, licensed under {0}. The treaty itself is an official act and in the public domain.</source>
        <translation>Английские тексты, поставляемые с программой, справочник сторон и мест и подготовленные заметки — наша собственная работа; они распространяются по лицензии {0}. Сам договор — официальный акт и находится в общественном достоянии.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Licence of the program</source>
        <translation>Лицензия программы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Licence of the bundled texts</source>
        <translation>Лицензия поставляемых текстов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Libraries</source>
        <translation>Библиотеки</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/guide_parts.py" line="+30"/>
        <source>the same wording in both texts</source>
        <translation>одинаковая формулировка в обоих текстах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the wording changed; the changed words are marked in the text</source>
        <translation>формулировка изменилась; изменённые слова отмечены в тексте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the wording changed nearly throughout: the two are less than {0} similar (an article written anew); it stands beside “modified”</source>
        <translation>формулировка изменена почти целиком: сходство меньше {0} (статья написана заново); стоит рядом с «изменена»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the article stands at another place in the order of the text</source>
        <translation>статья стоит в другом месте текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the article carries another number</source>
        <translation>у статьи другой номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one article of the older text became several in the newer one</source>
        <translation>одна статья раннего текста стала несколькими в позднем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several articles of the older text became one in the newer one</source>
        <translation>несколько статей раннего текста стали одной в позднем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the newer text</source>
        <translation>есть только в позднем тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the older text</source>
        <translation>есть только в раннем тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>struck out: the newer text keeps its number with a notice of repeal</source>
        <translation>вычеркнута: в новом тексте сохранён её номер с отметкой об утрате силы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unpaired, but not known to be added or removed: the edition gives an article in the same part of the text only as an editor&apos;s note, so the two cannot be compared</source>
        <translation>без пары, но неизвестно, добавлена или исключена: издание даёт статью той же части текста лишь примечанием издателя, и сравнить их нельзя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the wording is reconstructed from secondary accounts, not an attested text</source>
        <translation>формулировка восстановлена по вторичным источникам; это не засвидетельствованный текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a summary of the passage, not a full rendering</source>
        <translation>краткое изложение фрагмента, а не полный текст</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>inserted</source>
        <translation>вставлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only in the newer text; underlined</source>
        <translation>есть только в позднем тексте; подчёркнуто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>only in the older text; struck through</source>
        <translation>есть только в раннем тексте; зачёркнуто</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced</source>
        <translation>заменено</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the older wording, struck through, and beside it the newer wording, underlined; both with a line above</source>
        <translation>прежняя формулировка зачёркнута, рядом с ней новая — подчёркнута; над обеими черта</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Every article only one text has is one stop too; the status bar says how many changes are in the wording and how many are whole articles.</source>
        <translation>Каждая статья, которая есть только в одном тексте, тоже становится остановкой; строка состояния показывает, сколько изменений в формулировках и сколько — целых статей.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every view keeps the article you are reading, and shows the same notes, mentions and badges.</source>
        <translation>Каждый вид сохраняет статью, которую вы читаете, и показывает те же заметки, упоминания и значки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An article only one text has says which articles its matter went to (or came from) when the editors&apos; notes tell, with a line on what became of it; the concordance and the PDF say the same.</source>
        <translation>Статья, которая есть только в одном тексте, показывает, в какие статьи перешло (или откуда пришло) её содержание, если это сказано в редакционных заметках, и строку о том, что с ней стало; то же видно в таблице соответствий и в PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A selection is widened to whole words. Clicking a passage with a note selects the note.</source>
        <translation>Выделение расширяется до целых слов. Щелчок по отрывку с заметкой выбирает эту заметку.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A session also remembers the article you were reading and the note you had selected.</source>
        <translation>Сеанс также запоминает статью, которую вы читали, и выбранную заметку.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its mentions are marked in both texts at once, and the notes linked to it are listed under it.</source>
        <translation>Его упоминания сразу отмечаются в обоих текстах, а связанные с ним заметки перечисляются под ним.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your notes are signed with the name set in {0} (your login name until you set one); choose whether the export carries your notes, the curated ones or both.</source>
        <translation>Ваши заметки подписываются именем, заданным в {0} (пока оно не задано — именем учётной записи); выберите, что попадёт в экспорт: ваши заметки, редакционные или те и другие.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="-312"/>
        <source>treatyviewer: User Guide</source>
        <translation>treatyviewer: руководство пользователя</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>treatyviewer puts two versions of a treaty side by side, pairs their articles and marks what changed between them. Nothing in the texts is altered: what you see is what the files say.</source>
        <translation>treatyviewer показывает две редакции договора рядом, сопоставляет их статьи и отмечает, что изменилось. Сами тексты не меняются: вы видите ровно то, что написано в файлах.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening texts</source>
        <translation>Открытие текстов</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} asks for an older and a newer text: plain text, Markdown, Word (.docx), PDF with a text layer, a web page (HTML) or TEI XML. {1} opens the draft of 1920 beside the Treaty of Moscow of 1921 that come with the program.</source>
        <translation>{0} запрашивает ранний и поздний тексты: простой текст, Markdown, Word (.docx), PDF с текстовым слоем, веб-страница (HTML) или TEI XML. {1} открывает проект 1920 года рядом с Московским договором 1921 года, которые поставляются с программой.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Each text is cut into its units by its headings: articles, sections and clauses as statutes, treaties and contracts number them in many languages (“Article 5”, “§ 5”, “A. Definitions”), or the headings a policy gives without numbers (Markdown “## Your rights”, Word&apos;s Heading styles, a web page&apos;s headings). A text with neither is compared paragraph by paragraph. The metadata a Markdown file opens with and its comment lines are not compared; a note above the texts says so.</source>
        <translation>Каждый текст делится на единицы по своим заголовкам: статьи, разделы и пункты, как их нумеруют законы, договоры и контракты на многих языках («Article 5», «§ 5», «A. Definitions»), или заголовки без номеров, какие бывают в положениях и правилах (Markdown «## Your rights», стили заголовков Word, заголовки веб-страницы). Текст без тех и других сравнивается по абзацам. Метаданные в начале файла Markdown и строки комментариев не сравниваются; об этом сообщает строка над текстами.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the window shows</source>
        <translation>Что показывает окно</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The older text is on the left and the newer on the right, each in its own order: nothing is rearranged, so each text reads as it was written.</source>
        <translation>Ранний текст слева, поздний справа, каждый в собственном порядке: ничего не переставляется, и каждый текст читается так, как был написан.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Articles that correspond are aligned at the same height. Where one text says more, the other leaves space, so the next pair starts level.</source>
        <translation>Соответствующие статьи выровнены на одной высоте. Там, где один текст длиннее, в другом остаётся пустое место, и следующая пара начинается вровень.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The band between the texts joins each pair of articles, in the colour of its badge. A band that slopes or crosses others shows an article that moved.</source>
        <translation>Полоса между текстами соединяет каждую пару статей и окрашена в цвет её значка. Наклонная или пересекающая другие полоса указывает на перемещённую статью.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The overview bar at the edge marks every change in the whole text; click it to go there. Dark olive notches mark passages you annotated.</source>
        <translation>Обзорная полоса у края отмечает все изменения во всём тексте; щёлкните по ней, чтобы перейти к месту. Тёмно-оливковые засечки отмечают фрагменты с вашими заметками.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} and {1} step from change to change.</source>
        <translation>{0} и {1} переходят от изменения к изменению.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} and {1} move the keyboard focus from text to text and panel to panel; a ring shows which text has it.</source>
        <translation>{0} и {1} переводят фокус клавиатуры с текста на текст и с панели на панель; рамка показывает, у какого текста фокус.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} shows one column, with deletions struck through and insertions underlined; {1} hides the articles that did not change.</source>
        <translation>{0} показывает одну колонку, где удаления зачёркнуты, а вставки подчёркнуты; {1} скрывает статьи без изменений.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} puts the older text on the right; it is still compared as the older one, so deletions stay deletions.</source>
        <translation>{0} помещает ранний текст справа; сравнивается он по-прежнему как ранний, так что удаления остаются удалениями.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When a file changes on disk it is read again at once, unless you have notes or corrections on it: then a bar asks first. {0} reads both files again.</source>
        <translation>Если файл изменился на диске, он сразу перечитывается, если только к нему нет ваших заметок или исправлений: тогда сначала появится вопрос. {0} перечитывает оба файла.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges</source>
        <translation>Значки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each article has a badge that says what happened to it between the texts:</source>
        <translation>У каждой статьи есть значок, показывающий, что с ней произошло между текстами:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes inside an article</source>
        <translation>Изменения внутри статьи</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed words are tinted. Colour is never the only sign: inserted words are also underlined and deleted words struck through, so the marks survive a black-and-white print and stay clear to colour-blind readers.</source>
        <translation>Изменённые слова подкрашены. Цвет никогда не бывает единственным признаком: вставленные слова также подчёркнуты, удалённые зачёркнуты, поэтому пометки сохраняются при чёрно-белой печати и понятны читателям с нарушениями цветового зрения.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Correcting the alignment</source>
        <translation>Исправление сопоставления</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The pairing of articles is computed and can be wrong. {0} lists every pair with its status; the “{1}” tab lists the pairings the program is least sure of. Select a row and use the buttons above the table, beside the filter:</source>
        <translation>Сопоставление статей вычисляется автоматически и может быть ошибочным. {0} перечисляет все пары с их статусом; на вкладке «{1}» собраны пары, в которых программа уверена меньше всего. Выберите строку и воспользуйтесь кнопками над таблицей, рядом с фильтром:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>keep the pairing as your own decision (no other pairing changes); in “To review” the next pairing is then chosen;</source>
        <translation>оставить пару как ваше собственное решение (другие пары не меняются); во вкладке «Проверить» затем выбирается следующая пара;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pair the selected article with another one;</source>
        <translation>связать выбранную статью с другой;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>join several selected rows into one pair, for a split or a merge;</source>
        <translation>объединить несколько выбранных строк в одну пару — для разделения или слияния;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>separate the pair: each article then stands alone, as added or removed.</source>
        <translation>разъединить пару: каждая статья станет отдельной, добавленной или исключённой.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Three figures stand beside each pair. Similarity is the share of the two articles&apos; words they have in common, counted over both, so an article kept whole under three new paragraphs is only 26 % similar. Kept is the share of the older article&apos;s words the newer one keeps: 100 % when words were only added, low when the wording was rewritten. Confidence is how likely it is that they are counterparts at all, whatever their wording: an article rewritten in place can be little similar and still surely paired, while two articles built from the same formulas can read alike and not be counterparts. Pairs under the review threshold ({0}) are listed in “{1}”.</source>
        <translation>У каждой пары три числа. Сходство — доля общих слов двух статей, посчитанная по обеим, поэтому статья, сохранённая целиком под тремя новыми абзацами, сходна лишь на 26 %. Сохранено — доля слов более ранней статьи, оставшихся в более поздней: 100 %, если слова только добавлялись, и немного, если формулировка переписана. Надёжность — насколько вероятно, что статьи вообще соответствуют друг другу, как бы ни отличался их текст: статья, переписанная на том же месте, может быть мало сходна и всё же сопоставлена наверняка, а две статьи из одних и тех же формул могут читаться похоже и не соответствовать друг другу. Пары ниже порога проверки ({0}) перечислены во вкладке «{1}».</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A pairing you set yourself (Link with…, Link selected, Accept) reads “{0}” instead of a confidence: the program does not rate your choices.</source>
        <translation>Пара, заданная вами («Связать с…», «Связать выбранные», «Принять»), вместо надёжности помечена «{0}»: программа не оценивает ваш выбор.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} and {1} take back and repeat corrections. Your corrections are saved with the session.</source>
        <translation>{0} и {1} отменяют и повторяют исправления. Ваши исправления сохраняются вместе с сеансом.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a passage in either text and choose {0} to write a note on it.</source>
        <translation>Выделите фрагмент в любом из текстов и выберите {0}, чтобы написать к нему заметку.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In the note editor, link the note to the parties, persons and places it concerns, and add tags of your own.</source>
        <translation>В редакторе заметки свяжите её со сторонами, лицами и местами, которых она касается, и добавьте собственные метки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} shows all notes; search them or filter them by tag, entity or text. {1} writes a note on the pair selected in the concordance.</source>
        <translation>{0} показывает все заметки; их можно искать и отбирать по метке, имени или тексту. {1} создаёт заметку к паре, выбранной в таблице соответствий.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>When a text changes, each note looks for its passage again by the quoted words. A note whose passage is gone is kept as an orphan: the notes list still shows it, with its quote, marked “{0}”.</source>
        <translation>Когда текст меняется, каждая заметка заново ищет свой фрагмент по цитате. Заметка, фрагмент которой исчез, сохраняется без привязки: список заметок по-прежнему показывает её с цитатой и пометкой «{0}».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} and {1} exchange notes with other tools as W3C Web Annotations.</source>
        <translation>{0} и {1} обмениваются заметками с другими программами в формате W3C Web Annotations.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} keeps your work in one file (.tvproj): where the two texts are and their checksums (not the texts themselves), your alignment corrections, notes and view options. {1} opens it again. To share a session, send the two texts with it. Unsaved work is also autosaved a second after each change; if treatyviewer closes unexpectedly, the next start offers to recover it.</source>
        <translation>{0} сохраняет вашу работу в одном файле (.tvproj): где лежат оба текста и их контрольные суммы (но не сами тексты), ваши исправления сопоставления, заметки и настройки вида. {1} открывает его снова. Чтобы передать сеанс другому, отправьте вместе с ним оба текста. Несохранённая работа также сохраняется автоматически через секунду после каждого изменения; если treatyviewer неожиданно закроется, при следующем запуске её можно будет восстановить.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chains of versions</source>
        <translation>Цепочки версий</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} opens three versions of a text or more, oldest first; {1} opens the draft of 1920, the Treaty of Moscow and the Treaty of Kars. The texts are compared two neighbours at a time: the buttons above them choose the pair, and {2} and {3} step to the next or the previous one. {4} follows each article through every version (where it came from, what it became, where it was split, merged or dropped); {5} shows the article you are reading in each version.</source>
        <translation>{0} открывает три версии текста или больше, от самой ранней; {1} открывает проект 1920 года, Московский договор и Карсский договор. Тексты сравниваются попарно, по два соседних: кнопки над ними выбирают пару, а {2} и {3} переходят к следующей или предыдущей. {4} прослеживает каждую статью через все версии (откуда она взялась, чем стала, где её разделили, объединили или исключили); {5} показывает статью, которую вы читаете, в каждой версии.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Parties and places</source>
        <translation>Стороны и места</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} lists the parties, persons and places the texts name, with how often each text names them, in any of their spellings. Select one to highlight its mentions in both texts and go from one to the next.</source>
        <translation>{0} перечисляет стороны, лиц и места, названные в текстах, и показывает, сколько раз каждый текст их упоминает, в любом написании. Выберите имя, чтобы выделить его упоминания в обоих текстах и переходить от одного к другому.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: a printable comparison; your notes become PDF comments (a chain&apos;s report prints them, numbered, under the version they are on).</source>
        <translation>{0}: сравнение для печати; ваши заметки становятся комментариями PDF (в отчёте о цепочке они печатаются с номерами под той редакцией, к которой относятся).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}: the same pages on paper, without the comments and links.</source>
        <translation>{0}: те же страницы на бумаге, без комментариев и ссылок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the same as a single web page that needs no other files.</source>
        <translation>{0}: то же в виде одной веб-страницы, которой не нужны другие файлы.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the concordance of articles as a spreadsheet table.</source>
        <translation>{0}: таблица соответствий статей для электронных таблиц.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the whole comparison as data, for scripts.</source>
        <translation>{0}: всё сравнение в виде данных, для скриптов.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}: the texts as a TEI critical apparatus, with your notes, for editions.</source>
        <translation>{0}: тексты в виде критического аппарата TEI с вашими заметками, для изданий.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text encodings</source>
        <translation>Кодировки текста</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plain-text files are decoded automatically. If a text looks garbled (Cyrillic shown as “Ð¡Ð¾”, for example), choose {0} or {1} and pick the encoding: Windows-1251 or KOI8-R for older Russian files, Windows-1254 for Turkish ones.</source>
        <translation>Кодировка текстовых файлов определяется автоматически. Если текст выглядит искажённым (например, кириллица показана как «Ð¡Ð¾»), выберите {0} или {1} и укажите кодировку: Windows-1251 или KOI8-R для старых русских файлов, Windows-1254 для турецких.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} sets the language of menus and messages; the texts are not translated.</source>
        <translation>{0} задаёт язык меню и сообщений; сами тексты не переводятся.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/about.py" line="-41"/>
        <source>Read and compare versions of a treaty, article by article.</source>
        <translation>Чтение и сравнение редакций договора, статья за статьёй.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/common/reader_warnings.py" line="+29"/>
        <source>decoded as {0} (guessed); choose another encoding if it looks wrong</source>
        <translation>прочитан в кодировке {0} (угадана); если текст выглядит искажённым, выберите другую кодировку</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>decoded as {0} (no byte-order mark); choose another encoding if it looks wrong</source>
        <translation>прочитан в кодировке {0} (без метки порядка байтов); если текст выглядит искажённым, выберите другую кодировку</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{0} appears %n times; the repeat is labelled {1}</source>
        <translation>
            <numerusform>{0} встречается %n раз; повтор обозначен {1}</numerusform>
            <numerusform>{0} встречается %n раза; повтор обозначен {1}</numerusform>
            <numerusform>{0} встречается %n раз; повтор обозначен {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n headings repeat an earlier number (the first: {0}); each repeat is labelled with #2, #3 and so on</source>
        <translation>
            <numerusform>%n заголовок повторяет уже встречавшийся номер (первый: {0}); повторы обозначены #2, #3 и т. д.</numerusform>
            <numerusform>%n заголовка повторяют уже встречавшиеся номера (первый: {0}); повторы обозначены #2, #3 и т. д.</numerusform>
            <numerusform>%n заголовков повторяют уже встречавшиеся номера (первый: {0}); повторы обозначены #2, #3 и т. д.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>article numbers are not in order ({0} is followed by {1})</source>
        <translation>номера статей идут не по порядку (за {0} следует {1})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no article headings found; the text is compared paragraph by paragraph</source>
        <translation>заголовки статей не найдены; текст сравнивается по абзацам</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the PDF is encrypted without a password for reading; opened it</source>
        <translation>PDF зашифрован без пароля на чтение; файл открыт</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>header/footer lines removed ({0})</source>
        <translation>удалены строки колонтитулов ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>line numbers in the margin removed (%n line(s))</source>
        <translation>
            <numerusform>удалены номера строк на полях (%n строка)</numerusform>
            <numerusform>удалены номера строк на полях (%n строки)</numerusform>
            <numerusform>удалены номера строк на полях (%n строк)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 footnote set after the paragraph that cites it</source>
        <translation>1 сноска поставлена после абзаца, который на неё ссылается</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n footnotes set after the paragraphs that cite them</source>
        <translation>
            <numerusform>%n сноска поставлена после абзацев, которые на неё ссылаются</numerusform>
            <numerusform>%n сноски поставлены после абзацев, которые на них ссылаются</numerusform>
            <numerusform>%n сносок поставлены после абзацев, которые на них ссылаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{0} of %n page(s) have no text layer (scanned pages?); their text is missing — run OCR on the PDF first</source>
        <translation>
            <numerusform>у {0} из %n страницы нет текстового слоя (отсканированные страницы?); их текста нет — сначала распознайте PDF (OCR)</numerusform>
            <numerusform>у {0} из %n страниц нет текстового слоя (отсканированные страницы?); их текста нет — сначала распознайте PDF (OCR)</numerusform>
            <numerusform>у {0} из %n страниц нет текстового слоя (отсканированные страницы?); их текста нет — сначала распознайте PDF (OCR)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a passage embedded as {0} was left out</source>
        <translation>пропущен фрагмент, встроенный как {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tracked changes read as accepted ({0}, {1}); to compare the text before them, reject them in Word and save a copy</source>
        <translation>записанные исправления прочитаны как принятые ({0}, {1}); чтобы сравнить текст до них, отклоните их в Word и сохраните копию</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n insertion(s)</source>
        <translation>
            <numerusform>%n вставка</numerusform>
            <numerusform>%n вставки</numerusform>
            <numerusform>%n вставок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n deletion(s)</source>
        <translation>
            <numerusform>%n удаление</numerusform>
            <numerusform>%n удаления</numerusform>
            <numerusform>%n удалений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>box frames drawn with {0} were left out (lines {1})</source>
        <translation>рамки из символов {0} опущены (строки {1})</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n line(s) printed twice across a page break kept once</source>
        <translation>
            <numerusform>%n строка, напечатанная дважды на стыке страниц, оставлена один раз</numerusform>
            <numerusform>%n строки, напечатанные дважды на стыке страниц, оставлены один раз</numerusform>
            <numerusform>%n строк, напечатанных дважды на стыке страниц, оставлены один раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n word(s) hyphenated at line ends rejoined</source>
        <translation>
            <numerusform>%n перенесённое на конце строки слово соединено</numerusform>
            <numerusform>%n перенесённых на конце строки слова соединены</numerusform>
            <numerusform>%n перенесённых на конце строки слов соединены</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a TEI document (no &lt;text&gt; element); all of its text was read</source>
        <translation>это не документ TEI (нет элемента &lt;text&gt;); прочитан весь текст</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its front matter (metadata between &apos;{0}&apos; lines, lines 1-{1}) is not compared</source>
        <translation>его вводные метаданные (между строками «{0}», строки 1–{1}) не сравниваются</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n line(s) of HTML comments (&lt;!-- ... --&gt;) not compared</source>
        <translation>
            <numerusform>%n строка HTML-комментариев (&lt;!-- ... --&gt;) не сравнивается</numerusform>
            <numerusform>%n строки HTML-комментариев (&lt;!-- ... --&gt;) не сравниваются</numerusform>
            <numerusform>%n строк HTML-комментариев (&lt;!-- ... --&gt;) не сравниваются</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the two texts share almost no wording: they may not be versions of one text</source>
        <translation>в двух текстах почти нет общих формулировок: возможно, это не редакции одного текста</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 byte at position {0} is not UTF-8 and shown as {1}; choose another encoding if it looks wrong</source>
        <translation>1 байт в позиции {0} не относится к UTF-8 и показан как {1}; выберите другую кодировку, если текст выглядит неверно</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n bytes (the first at position {0}) are not UTF-8 and shown as {1}; choose another encoding if it looks wrong</source>
        <translation>
            <numerusform>%n байт (первый в позиции {0}) не относится к UTF-8 и показан как {1}; выберите другую кодировку, если текст выглядит неверно</numerusform>
            <numerusform>%n байта (первый в позиции {0}) не относятся к UTF-8 и показаны как {1}; выберите другую кодировку, если текст выглядит неверно</numerusform>
            <numerusform>%n байт (первый в позиции {0}) не относятся к UTF-8 и показаны как {1}; выберите другую кодировку, если текст выглядит неверно</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n page number(s)</source>
        <translation>
            <numerusform>%n номер страницы</numerusform>
            <numerusform>%n номера страниц</numerusform>
            <numerusform>%n номеров страниц</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n running header/footer line(s)</source>
        <translation>
            <numerusform>%n строка колонтитулов</numerusform>
            <numerusform>%n строки колонтитулов</numerusform>
            <numerusform>%n строк колонтитулов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n fence line(s) of Pandoc divs (:::)</source>
        <translation>
            <numerusform>%n строка-ограда блоков Pandoc (:::)</numerusform>
            <numerusform>%n строки-ограды блоков Pandoc (:::)</numerusform>
            <numerusform>%n строк-оград блоков Pandoc (:::)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attribute block(s) ({#id .class})</source>
        <translation>
            <numerusform>%n блок атрибутов ({#id .class})</numerusform>
            <numerusform>%n блока атрибутов ({#id .class})</numerusform>
            <numerusform>%n блоков атрибутов ({#id .class})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} not compared</source>
        <translation>{0}: не сравниваются</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk quota is exceeded</source>
        <translation>превышена дисковая квота</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder is on a read-only file system</source>
        <translation>папка находится в файловой системе только для чтения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>permission denied</source>
        <translation>нет прав доступа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>part of the path is not a folder</source>
        <translation>часть пути — не папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a folder has that name</source>
        <translation>так называется папка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file name is too long</source>
        <translation>имя файла слишком длинное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk reported an input/output error</source>
        <translation>диск сообщил об ошибке ввода-вывода</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a list</source>
        <translation>списком</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>text</source>
        <translation>текстом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a value</source>
        <translation>значением</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>each label in {0}</source>
        <translation>каждая метка в {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} must be {1}</source>
        <translation>{0} должно быть {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} could not be saved: {1}; {2}</source>
        <translation>{0} не удалось сохранить: {1}; {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the previous version is unchanged</source>
        <translation>прежняя версия не изменилась</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was written</source>
        <translation>ничего не записано</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not autosave to {0}: {1}</source>
        <translation>Не удалось автоматически сохранить в {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not remove the autosave {0}: {1}</source>
        <translation>Не удалось удалить автосохранение {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Autosave failed: {0}</source>
        <translation>Автосохранение не удалось: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not open {0}: {1}</source>
        <translation>Не удалось открыть {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} is not a project file: it is not UTF-8 text</source>
        <translation>{0} — не файл сеанса: это не текст в UTF-8</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is not a valid project file: broken JSON at line {1}, column {2} ({3})</source>
        <translation>{0} — некорректный файл сеанса: испорченный JSON в строке {1}, столбце {2} ({3})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} was saved by a newer version of treatyviewer (project format {1}); this version reads format {2} and older. Update treatyviewer to open it</source>
        <translation>{0} сохранён более новой версией treatyviewer (формат сеанса {1}); эта версия читает формат {2} и более старые. Обновите treatyviewer, чтобы открыть его</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is not a valid project file: {1}</source>
        <translation>{0} — некорректный файл сеанса: {1}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a treatyviewer project (no treatyviewer.project schema)</source>
        <translation>это не сеанс treatyviewer (нет схемы treatyviewer.project)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its format version ({0}, version {1}) is not understood</source>
        <translation>версия его формата ({0}, версия {1}) непонятна</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it must hold a JSON object</source>
        <translation>в нём должен быть объект JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>documents.{0} is missing</source>
        <translation>нет documents.{0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>note {0}{1}: {2}</source>
        <translation>заметка {0}{1}: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>annotation {0} has no target</source>
        <translation>у заметки {0} нет цели</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>annotation {0}: {1}</source>
        <translation>заметка {0}: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an annotation must be a JSON object</source>
        <translation>заметка должна быть объектом JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an annotation has no id</source>
        <translation>у заметки нет идентификатора</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>selector offsets must be whole numbers ≥ 0</source>
        <translation>смещения селектора должны быть целыми числами ≥ 0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pair labels must be text</source>
        <translation>метки пары должны быть текстом</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a target must be an object or an IRI</source>
        <translation>цель должна быть объектом или IRI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>selector end {0} is before its start {1}</source>
        <translation>конец селектора {0} стоит раньше его начала {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown change op {0}</source>
        <translation>неизвестный вид изменения {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>numbered sections</source>
        <translation>нумерованные разделы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sections</source>
        <translation>разделы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>clauses</source>
        <translation>пункты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>articles</source>
        <translation>статьи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units</source>
        <translation>единицы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbering found: {0} {1} to {2}, {3} in all</source>
        <translation>найдена нумерация: {0} с {1} по {2}, всего {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ({0} of them numbered again after {1})</source>
        <translation> (из них {0} пронумерованы заново после {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; numbered paragraphs and points inside them: {0}</source>
        <translation>; нумерованных абзацев и пунктов внутри них: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; unnumbered headings kept as segments: {0}</source>
        <translation>; заголовков без номера (отдельные фрагменты): {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; divisions above them (parts, chapters…): {0}</source>
        <translation>; рубрик над ними (части, главы…): {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/formats.py" line="+125"/>
        <source>Change of form: {0}</source>
        <translation>Изменение формы: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="-244"/>
        <source>Every change has a class: wording and figures are changes of substance; name variants, spelling, case, punctuation, spacing, references that only follow a renumbering and the numbers of paragraphs and points are changes of form, drawn lighter. The Show menu hides or shows each class; {0} keeps wording and figures only, and Next Change then visits only those. {1} draws stronger colours and bold marks.</source>
        <translation>У каждого изменения есть вид: формулировки и числа — изменения по существу; варианты названий, орфография, регистр, пунктуация, пробелы, ссылки, лишь следующие за перенумерацией, и номера пунктов и подпунктов — изменения формы, они показаны светлее. Меню «Показать» скрывает или показывает каждый вид; {0} оставляет только формулировки и числа, и тогда «Следующее изменение» переходит только по ним. {1} даёт более яркие цвета и жирные пометки.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/class_filter.py" line="+37"/>
        <source>&amp;Wording</source>
        <translation>&amp;Формулировки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words of substance added, removed or replaced</source>
        <translation>Добавленные, удалённые или заменённые слова по существу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Figures</source>
        <translation>&amp;Числа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Numbers, dates, amounts and periods</source>
        <translation>Числа, даты, суммы и сроки</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name Variants</source>
        <translation>&amp;Варианты названий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two spellings of one place or person: Batum/Batumi, Kars/Карс</source>
        <translation>Два написания одного места или лица: Батум/Батуми, Kars/Карс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;pelling</source>
        <translation>&amp;Орфография</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One word in two orthographies: recognise/recognize, новаго/нового</source>
        <translation>Одно слово в двух орфографиях: recognise/recognize, новаго/нового</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Case</source>
        <translation>&amp;Регистр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capital or small letters only</source>
        <translation>Только прописные или строчные буквы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;unctuation</source>
        <translation>&amp;Пунктуация</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commas, stops, quotes only</source>
        <translation>Только запятые, точки, кавычки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wh&amp;itespace</source>
        <translation>П&amp;робелы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spacing only: words run together or split</source>
        <translation>Только пробелы: слова слиты или разделены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;References</source>
        <translation>&amp;Ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cross-references that only follow the renumbering of articles</source>
        <translation>Ссылки, изменённые только вслед за перенумерацией статей</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Num&amp;bering</source>
        <translation>Нуме&amp;рация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraph and point numbers that changed with their place in the list</source>
        <translation>Номера пунктов и подпунктов, изменившиеся вместе с их местом в перечне</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>&amp;Substance Only</source>
        <translation>Только &amp;существенные</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only changes of wording and figures; hide changes of form</source>
        <translation>Показывать только изменения формулировок и чисел; скрыть изменения формы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;All Changes</source>
        <translation>&amp;Все изменения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show changes of every class again</source>
        <translation>Снова показывать изменения всех видов</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/common/names.py" line="+35"/>
        <location line="+34"/>
        <source>Art. {0}</source>
        <translation>Ст. {0}</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Annex {0}</source>
        <translation>Приложение {0}</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+14"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+12"/>
        <location line="+25"/>
        <source>Preamble</source>
        <translation>Преамбула</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+16"/>
        <location line="+23"/>
        <source>Closing</source>
        <translation>Заключительная часть</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its matter went to {0}</source>
        <translation>её содержание перешло в {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its matter came from {0}</source>
        <translation>её содержание пришло из {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the bundled treaties of 1920–1921: {0}</source>
        <translation>В прилагаемых договорах 1920–1921 годов: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/structure_marks.py" line="+72"/>
        <source>Goes to {0} (click)</source>
        <translation>Переход: {0} (щелчок)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/article_lookup.py" line="+34"/>
        <source>{0} of the newer text, not known whether in the older</source>
        <translation>{0} нового текста, неизвестно, есть ли в старом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of the older text, not known whether in the newer</source>
        <translation>{0} старого текста, неизвестно, есть ли в новом</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}, only in the newer text</source>
        <translation>{0}, только в новом тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, only in the older text</source>
        <translation>{0}, только в старом тексте</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/article_dialog.py" line="-15"/>
        <source>Go to Article</source>
        <translation>Перейти к статье</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Number, name or words: 5, V, old 30, Kars</source>
        <translation>Номер, название или слова: 5, V, стар 30, Карс</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Articles that mention “{0}”: {1}</source>
        <translation>Статьи, где упомянуто «{0}»: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source>Neither text has an article “{0}” or mentions it. Article:</source>
        <translation>Ни в одном из текстов нет статьи «{0}» и нет этих слов. Статья:</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+54"/>
        <source>Article:</source>
        <translation>Статья:</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/hover.py" line="+28"/>
        <source>This article has no counterpart in the other text</source>
        <translation>У этой статьи нет соответствия в другом тексте</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replaced {0}
by {1}</source>
        <translation>Заменено: {0}
на {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted from the older text: {0}</source>
        <translation>Удалено из раннего текста: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inserted in the newer text: {0}</source>
        <translation>Вставлено в поздний текст: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/unpaired.py" line="+204"/>
        <source>{0} — not compared yet</source>
        <translation>{0} — ещё не сравнивался</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/actions.py" line="-82"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy &amp;Older Wording</source>
        <translation>Копировать &amp;прежнюю редакцию</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Copy the selected text; from the inline redline, the newer text&apos;s wording (deleted words left out)</source>
        <translation>Копировать выделенный текст; из сводной правки — в редакции нового текста (удалённые слова опускаются)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy the selected text of the inline redline as the older text has it (inserted words left out)</source>
        <translation>Копировать выделенный текст сводной правки в редакции старого текста (вставленные слова опускаются)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/article_dialog.py" line="-58"/>
        <source>Articles</source>
        <translation>Статьи</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/article_wait.py" line="+42"/>
        <source> ({0} of the text is laid out so far)</source>
        <translation> (пока выведено {0} текста)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} is not laid out yet{1}; the view goes there as soon as it is.</source>
        <translation>{0}: ещё не выведено на экран{1}; переход произойдёт, как только текст будет выведен.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/appearance_actions.py" line="-4"/>
        <source>Language chosen: {0}. It applies the next time treatyviewer starts.</source>
        <translation>Выбран язык: {0}. Он будет применён при следующем запуске treatyviewer.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/placeholders.py" line="+45"/>
        <source>— not in the {0} —</source>
        <translation>— отсутствует в «{0}» —</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— not in the older text —</source>
        <translation>— нет в раннем тексте —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not in the newer text —</source>
        <translation>— нет в позднем тексте —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— not known whether in the older text —</source>
        <translation>— неизвестно, есть ли в раннем тексте —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— not known whether in the newer text —</source>
        <translation>— неизвестно, есть ли в позднем тексте —</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+112"/>
        <location line="+2"/>
        <source>older text</source>
        <translation>ранний текст</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+110"/>
        <location line="+3"/>
        <source>newer text</source>
        <translation>поздний текст</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} of the {1} stood here — now {2}</source>
        <translation>Здесь было: {0} («{1}») — теперь {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of the {1} stands here — moved from {2}</source>
        <translation>Здесь: {0} («{1}»); прежнее место — {2}</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>— not known whether in the {0} —</source>
        <translation>— неизвестно, есть ли в «{0}» —</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/treatyviewer/ui/app/reader_notices.py" line="+101"/>
        <source>%n more warning(s) about this text not shown here</source>
        <translation>
            <numerusform>Ещё %n предупреждение об этом тексте здесь не показано</numerusform>
            <numerusform>Ещё %n предупреждения об этом тексте здесь не показаны</numerusform>
            <numerusform>Ещё %n предупреждений об этом тексте здесь не показаны</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/related_links.py" line="-27"/>
        <source>no counterpart; shares wording with {0} of the newer text</source>
        <translation>нет соответствия; общие формулировки в позднем тексте: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no counterpart; shares wording with {0} of the older text</source>
        <translation>нет соответствия; общие формулировки в раннем тексте: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>What became of it: its matter also went to {0}</source>
        <translation>Что с ней стало: её содержание перешло также в {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The editors&apos; note: {0}</source>
        <translation>Примечание редакторов: {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/concordance/link_dialog.py" line="+62"/>
        <source>{0} — “{1}”</source>
        <translation>{0} — «{1}»</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Link with…</source>
        <translation>Связать с…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Articles of the other text</source>
        <translation>Статьи другого текста</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type part of a name, title or a word of the article to narrow the list</source>
        <translation>Введите часть номера, названия или слово статьи, чтобы сузить список</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the article to link with</source>
        <translation>Найти статью, с которой связать</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No article of the other text matches.</source>
        <translation>Ни одна статья другого текста не подходит.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/state/annotation_transfer.py" line="+43"/>
        <source>{0}: cannot read the annotations ({1})</source>
        <translation>{0}: не удаётся прочитать заметки ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the annotations are not UTF-8 text</source>
        <translation>{0}: заметки — не текст в UTF-8</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: the annotations are not valid JSON (line {1}, column {2})</source>
        <translation>{0}: заметки — некорректный JSON (строка {1}, столбец {2})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}: expected an AnnotationCollection with a list of items</source>
        <translation>{0}: ожидалась коллекция AnnotationCollection со списком элементов</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}: item {1}: {2}</source>
        <translation>{0}: элемент {1}: {2}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/about.py" line="+52"/>
        <source>About treatyviewer</source>
        <translation>О программе treatyviewer</translation>
    </message>
</context>
<context>
    <name>AboutTextsDialog</name>
    <message>
        <location line="-91"/>
        <source>About these texts</source>
        <translation>Об этих текстах</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Provenance of the texts</source>
        <translation>Происхождение текстов</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Older text</source>
        <translation>Ранний текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer text</source>
        <translation>Поздний текст</translation>
    </message>
</context>
<context>
    <name>AnnotationEditor</name>
    <message>
        <location filename="../../src/treatyviewer/ui/notes/annotation_editor.py" line="+192"/>
        <source>Note editor</source>
        <translation>Редактор заметки</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quoted passage</source>
        <translation>Цитируемый отрывок</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note text</source>
        <translation>Текст заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a note…</source>
        <translation>Напишите заметку…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Link an entity</source>
        <translation>Связать с объектом указателя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity: Kars, Карс, Armenia…</source>
        <translation>Объект: Карс, Kars, Армения…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Linked entities</source>
        <translation>Связанные объекты</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add a tag</source>
        <translation>Добавить метку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag, then Enter</source>
        <translation>Метка, затем Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+26"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Remove the link chosen below</source>
        <translation>Убрать связь, выбранную ниже</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove the tag chosen below</source>
        <translation>Убрать метку, выбранную ниже</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy into session</source>
        <translation>Копировать в сеанс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated notes are read-only; edit a copy of it</source>
        <translation>Редакционные заметки только для чтения; правьте их копию</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete note</source>
        <translation>Удалить заметку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the note (Del in the list of notes)</source>
        <translation>Удалить заметку (Del в списке заметок)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Entities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>“{0}” is not in the gazetteer</source>
        <translation>«{0}» нет в справочнике</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>No note selected</source>
        <translation>Заметка не выбрана</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>curated, read-only</source>
        <translation>редакционная, только чтение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mine</source>
        <translation>моя</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete unlinks it</source>
        <translation>Клавиша Delete убирает связь</translation>
    </message>
</context>
<context>
    <name>AnnotationPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/notes/annotation_model.py" line="+128"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entities</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="+110"/>
        <location filename="../../src/treatyviewer/ui/notes/annotation_model.py" line="-48"/>
        <source>⚠ not found</source>
        <translation>⚠ не найдена</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/notes/annotation_model.py" line="+43"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Origin</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>anchored</source>
        <translation>на месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>перемещена</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in another text</source>
        <translation>в другом тексте</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>curated</source>
        <translation>редакционная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mine</source>
        <translation>моя</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>both</source>
        <translation>оба</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The note is on {0}, which is not one of the two texts shown; it is kept.</source>
        <translation>Заметка относится к {0}, а этот текст сейчас не показан; заметка сохранена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passage could not be found in this text; the note is kept.</source>
        <translation>Фрагмент не найден в этом тексте; заметка сохранена.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Found again by its quote, at a new place.</source>
        <translation>Снова найдена по цитате, на новом месте.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At its recorded place.</source>
        <translation>На записанном месте.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/notes/annotation_panel.py" line="+100"/>
        <location line="+33"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Search notes, quotes, tags, entities…</source>
        <translation>Поиск по заметкам, цитатам, меткам, объектам…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search notes</source>
        <translation>Поиск заметок</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by entity</source>
        <translation>Отбор по объекту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by tag</source>
        <translation>Отбор по метке</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by article</source>
        <translation>Отбор по статье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by text</source>
        <translation>Отбор по тексту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by origin</source>
        <translation>Отбор по источнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine and curated</source>
        <translation>Все заметки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Curated</source>
        <translation>Редакционные</translation>
    </message>
    <message>
        <location line="+268"/>
        <source>All entities</source>
        <translation>Все объекты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both texts</source>
        <translation>Оба текста</translation>
    </message>
</context>
<context>
    <name>AnnotationStore</name>
    <message>
        <location filename="../../src/treatyviewer/ui/state/annotation_store.py" line="+211"/>
        <source>Copy curated note on {0}</source>
        <translation>Копировать редакционную заметку ({0})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add note on {0}</source>
        <translation>Добавить заметку ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit note on {0}</source>
        <translation>Изменить заметку ({0})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link note to {0}</source>
        <translation>Связать заметку с объектом: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlink note from {0}</source>
        <translation>Отвязать заметку от объекта: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add tag “{0}”</source>
        <translation>Добавить метку «{0}»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove tag “{0}”</source>
        <translation>Удалить метку «{0}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete note on {0}</source>
        <translation>Удалить заметку ({0})</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Import %n note(s)</source>
        <translation>
            <numerusform>Импортировать %n заметку</numerusform>
            <numerusform>Импортировать %n заметки</numerusform>
            <numerusform>Импортировать %n заметок</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChainState</name>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/chain_state.py" line="+95"/>
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
</context>
<context>
    <name>ComparisonSession</name>
    <message>
        <location filename="../../src/treatyviewer/ui/state/session.py" line="+174"/>
        <source>Reading and comparing the texts…</source>
        <translation>Чтение и сравнение текстов…</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Comparing the texts…</source>
        <translation>Сравнение текстов…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the older text and finding its articles…</source>
        <translation>Чтение раннего текста, поиск статей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the newer text and finding its articles…</source>
        <translation>Чтение позднего текста, поиск статей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading both texts and finding their articles…</source>
        <translation>Чтение текстов и поиск статей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aligning the articles…</source>
        <translation>Сопоставление статей…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the wording of each pair…</source>
        <translation>Сравнение формулировок в каждой паре…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Finding references and names…</source>
        <translation>Поиск ссылок и имён…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Comparing the wording of the pairs marked “comparing…”…</source>
        <translation>Сравнение пар с пометкой «сравнивается…»…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pairing the articles; highlights will follow…</source>
        <translation>Сопоставление статей, затем выделение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparing the wording of each pair; highlights will follow…</source>
        <translation>Сравнение формулировок пар, затем выделение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding references and names; highlights will follow…</source>
        <translation>Поиск ссылок и имён, затем выделение…</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Unexpected error: {0}</source>
        <translation>Непредвиденная ошибка: {0}</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/comparison_view.py" line="+88"/>
        <source>Older text</source>
        <translation>Ранний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer text</source>
        <translation>Поздний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inline comparison</source>
        <translation>Сравнение в одну колонку</translation>
    </message>
</context>
<context>
    <name>ConcordanceDock</name>
    <message>
        <location filename="../../src/treatyviewer/ui/concordance/concordance_dock.py" line="+261"/>
        <source>No pairing below {0} confidence: nothing to review.</source>
        <translation>Нет пар с надёжностью ниже {0}: проверять нечего.</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Concordance</source>
        <translation>Соответствия</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To review</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>Изменённые</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which articles to list</source>
        <translation>Какие статьи показывать</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filter by label or status…</source>
        <translation>Отбор по номеру или состоянию…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the concordance</source>
        <translation>Отбор в таблице соответствий</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concordance of articles</source>
        <translation>Таблица соответствия статей</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Keep this pairing as your own decision</source>
        <translation>Закрепить это соответствие как своё решение</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+56"/>
        <source>Link with…</source>
        <translation>Связать с…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pair the selected article with another one</source>
        <translation>Сопоставить выбранную статью с другой</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Link selected</source>
        <translation>Связать выбранные</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Link all selected rows into one pair (a split or a merge)</source>
        <translation>Связать все выбранные строки в одну пару (разделение или слияние)</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+60"/>
        <source>Unlink</source>
        <translation>Разъединить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separate the selected pair</source>
        <translation>Разъединить выбранную пару</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No article here matches “{0}”.</source>
        <translation>Ни одна статья здесь не подходит под «{0}».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing left to review: every pairing below {0} confidence has been decided.</source>
        <translation>Проверять больше нечего: по каждой паре с надёжностью ниже {0} решение принято.</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>Link {0} ({1} text) with:</source>
        <translation>Связать {0} ({1} текст) с:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>older</source>
        <translation>более ранний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>newer</source>
        <translation>более поздний</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>{0} — unpaired</source>
        <translation>{0} — без пары</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} — paired with {1}</source>
        <translation>{0} — в паре: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}; related</source>
        <translation>{0}; связана по содержанию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · {1} words in common</source>
        <translation>{0} · общих слов: {1}</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Show in the texts</source>
        <translation>Показать в текстах</translation>
    </message>
    <message>
        <location line="-403"/>
        <source>Accept this pairing</source>
        <translation>Принять это соответствие</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Link selected rows (split/merge)</source>
        <translation>Связать выбранные строки (разделение/слияние)</translation>
    </message>
</context>
<context>
    <name>ConcordanceModel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/concordance/concordance.py" line="+69"/>
        <source>Older</source>
        <translation>Ранний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Поздний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link confidence</source>
        <translation>Надёжность связи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The article of the older text</source>
        <translation>Статья более раннего текста</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the newer text made of it</source>
        <translation>Что с ней стало в более позднем тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged, modified, moved, renumbered, split, merged, added or removed</source>
        <translation>Без изменений, изменена, перемещена, перенумерована, разделена, объединена, добавлена или исключена</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How likely it is that these two articles are counterparts at all, however much their wording differs. Pairs below the review threshold (Preferences) are offered for review.</source>
        <translation>Насколько вероятно, что эти две статьи вообще соответствуют друг другу, как бы ни отличался их текст. Пары ниже порога проверки (Настройки) предлагаются для проверки.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Word changes found in the pair</source>
        <translation>Изменения слов, найденные в паре</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether the program paired the articles or you did (Link, Accept, Unlink)</source>
        <translation>Сопоставила ли статьи программа или вы (Связать, Принять, Разъединить)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>How much of the wording the two share, counting both articles&apos; words: an article kept whole under much new text is little similar. Kept, the share of the older article&apos;s words the newer one keeps, tells that apart from a rewording.</source>
        <translation>Какая доля формулировок у двух статей общая, считая слова обеих статей: статья, сохранённая целиком под большим новым текстом, мало сходна. «Сохранено» — доля слов более ранней статьи, оставшихся в более поздней, — отличает такой случай от переработки.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How much of the older article&apos;s wording the newer one keeps: 100% when nothing of it was deleted, however much was added. Similarity counts both articles&apos; words, so it is low both for a rewording and for a long addition.</source>
        <translation>Какую долю формулировок более ранней статьи сохраняет более поздняя: 100 %, если из неё ничего не удалено, сколько бы ни было добавлено. Сходство считает слова обеих статей, поэтому оно низкое и при переработке, и при большом добавлении.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>• They share only {0} of their wording.</source>
        <translation>• Общего в их тексте лишь {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• It stands at another place in the other text.</source>
        <translation>• В другом тексте она стоит на другом месте.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• One text&apos;s article is several of the other&apos;s.</source>
        <translation>• Одной статье одного текста соответствуют несколько статей другого.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>• The two carry different numbers.</source>
        <translation>• У статей разные номера.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>• Its wording stands out only a little from how unrelated articles of these texts read alike.</source>
        <translation>• Её текст лишь немного ближе, чем сходство несвязанных статей этих текстов.</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+3"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reader (unlinked)</source>
        <translation>читатель (пара разорвана)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="-41"/>
        <source>set by you</source>
        <translation>задано вами</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reader</source>
        <translation>читатель</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>automatic</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>(none) · related: {0}</source>
        <translation>(нет) · связанные: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Low confidence: please review this pairing</source>
        <translation>Низкая надёжность: проверьте это соответствие</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whether the pairing was found automatically or set by you</source>
        <translation>Найдено ли соответствие автоматически или задано вами</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You set this pairing (Link with…, Link selected or Accept): the program rates only the pairings it finds</source>
        <translation>Эту пару задали вы («Связать с…», «Связать выбранные» или «Принять»): программа оценивает только найденные ею пары</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not known whether it has a counterpart: one text gives this part only as editor&apos;s notes, so the two cannot be compared</source>
        <translation>Неизвестно, есть ли пара: один из текстов даёт эту часть лишь примечаниями издателя, и сравнить их нельзя</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No counterpart in the old text</source>
        <translation>Нет соответствия в старом тексте</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No counterpart in the new text</source>
        <translation>Нет соответствия в новом тексте</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Not paired; these articles of the other text share part of its wording</source>
        <translation>Без пары; эти статьи другого текста частично совпадают с ней по формулировкам</translation>
    </message>
</context>
<context>
    <name>ConnectorBand</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/connector.py" line="+84"/>
        <source>Article connectors</source>
        <translation>Связи статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each band joins an article to its counterpart</source>
        <translation>Каждая полоса соединяет статью с соответствующей</translation>
    </message>
</context>
<context>
    <name>DockCover</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/dock_cover.py" line="+25"/>
        <source>Comparing…
This panel is filled in once the texts are compared.</source>
        <translation>Идёт сравнение…
Панель заполнится, когда тексты будут сравнены.</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/entities/entity_panel.py" line="+208"/>
        <source>Notes linked to the selected entity</source>
        <translation>Заметки, связанные с выбранным объектом</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Notes linked to it</source>
        <translation>Связанные заметки</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/entities/entity_model.py" line="+47"/>
        <source>Parties and states</source>
        <translation>Стороны и государства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Persons</source>
        <translation>Лица</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Territories and places</source>
        <translation>Территории и места</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waters and mountains</source>
        <translation>Воды и горы</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concepts</source>
        <translation>Понятия</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Entity</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Older</source>
        <translation>Ранний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newer</source>
        <translation>Поздний</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Double-click or press Enter to go to this mention</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы перейти к упоминанию</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/entities/entity_panel.py" line="-99"/>
        <source>Entity index</source>
        <translation>Указатель имён и понятий</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Filter: Kars, Карс, Batum…</source>
        <translation>Отбор: Карс, Kars, Батум…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter entities</source>
        <translation>Отбор объектов</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only mentioned</source>
        <translation>Только упомянутые</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hide entities that neither text names</source>
        <translation>Скрыть объекты, не упомянутые ни в одном тексте</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all mentions</source>
        <translation>Все упоминания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlight every mention of every entity in both texts</source>
        <translation>Выделить все упоминания всех объектов в обоих текстах</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Entities and their mentions in each text</source>
        <translation>Объекты и их упоминания в каждом тексте</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Mentions of the selected entity</source>
        <translation>Упоминания выбранного объекта</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mentions</source>
        <translation>Упоминания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an entity to list its mentions.</source>
        <translation>Выберите объект, чтобы увидеть его упоминания.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Neither text names a party or place that the gazetteer knows. Untick “Only mentioned” to browse all of them.</source>
        <translation>Ни один из текстов не называет сторону или место, известные справочнику. Снимите флажок «Только упомянутые», чтобы просмотреть все.</translation>
    </message>
</context>
<context>
    <name>ExportOptionsDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/export_dialog.py" line="+116"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Only the curated notes</source>
        <translation>Только редакционные заметки</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Every version of each article in turn, with the changes of each step highlighted and the notes under the version they are on.</source>
        <translation>Каждая версия каждой статьи по очереди: изменения каждого шага выделены, заметки напечатаны под той версией, к которой они относятся.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only mine</source>
        <translation>Только мои</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Mine and the curated notes</source>
        <translation>Мои и редакционные заметки</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Export Annotated PDF</source>
        <translation>Экспорт PDF с заметками</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Export the Chain Report</source>
        <translation>Экспорт отчёта о цепочке</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The comparison with every change highlighted and the notes as PDF comments.</source>
        <translation>Сравнение, в котором выделено каждое изменение, а заметки стали комментариями PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Side by side (two columns)</source>
        <translation>&amp;Рядом (две колонки)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inline redline (one column)</source>
        <translation>&amp;Правка в одну колонку</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only &amp;changed articles</source>
        <translation>Только &amp;изменённые статьи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave out articles that did not change</source>
        <translation>Не включать статьи, которые не изменились</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper size</source>
        <translation>Размер бумаги</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Layout:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose &amp;File…</source>
        <translation>Выбрать &amp;файл…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/find.py" line="+56"/>
        <location line="+5"/>
        <source>Find in both texts</source>
        <translation>Поиск в обоих текстах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to find</source>
        <translation>Искомый текст</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match</source>
        <translation>Предыдущее совпадение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match</source>
        <translation>Следующее совпадение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the find bar</source>
        <translation>Закрыть панель поиска</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Whole words</source>
        <translation>Слова целиком</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match whole words only: “the” no longer finds “other” or “Brotherhood”</source>
        <translation>Только слова целиком: «мир» больше не находит «мировой» или «примирение»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match whole words only</source>
        <translation>Искать только слова целиком</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match case</source>
        <translation>С учётом регистра</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Match capitals as typed: “Party” no longer finds “party”</source>
        <translation>Прописные буквы как набраны: «Сторона» больше не находит «сторона»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match capitals as typed</source>
        <translation>Учитывать прописные буквы, как набраны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fi&amp;nd:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>searching…</source>
        <translation>поиск…</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>searching… {0}</source>
        <translation>поиск… {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} · {1} of the texts laid out</source>
        <translation>{0} · выведено {1} текстов</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{0} of {1} so far</source>
        <translation>пока {0} из {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no matches yet</source>
        <translation>совпадений пока нет</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no matches</source>
        <translation>нет совпадений</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} in the older text · {2} in both</source>
        <translation>{0} из {1} в старом тексте · {2} в обоих</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} of {1} in the newer text · {2} in both</source>
        <translation>{0} из {1} в новом тексте · {2} в обоих</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The texts are still being laid out: Find searches what is laid out so far, and searches again when all of it is</source>
        <translation>Тексты ещё выводятся на экран: поиск идёт по уже выведенной части и повторится, когда будет выведено всё</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/chain_window.py" line="-196"/>
        <location filename="../../src/treatyviewer/ui/chains/history_panel.py" line="+19"/>
        <source>History of this article</source>
        <translation>История этой статьи</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/history_panel.py" line="+12"/>
        <source>Choose an article in the lineage table or read on in the texts.</source>
        <translation>Выберите статью в таблице судеб или читайте тексты дальше.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>present</source>
        <translation>есть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not in this version</source>
        <translation>нет в этой версии</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed in this version</source>
        <translation>исключена в этой версии</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known: an edition gives this part of the text only as editor&apos;s notes</source>
        <translation>неизвестно: издание даёт эту часть текста только в примечаниях редактора</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changes since version {0}</source>
        <translation>изменения по сравнению с версией {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, only in {1}</source>
        <translation>{0}, только в {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, of {1}</source>
        <translation>{0}, из {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, confidence {1}</source>
        <translation>{0}, уверенность: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on «{0}»</source>
        <translation>к «{0}»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a note without words)</source>
        <translation>(заметка без текста)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your note</source>
        <translation>ваша заметка</translation>
    </message>
</context>
<context>
    <name>LineagePanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/chain_window.py" line="-7"/>
        <source>Lineages</source>
        <translation>Судьбы статей</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/lineage_dock.py" line="+40"/>
        <source>Lineage table</source>
        <translation>Таблица судеб статей</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter: article number or status (e.g. removed)</source>
        <translation>Фильтр: номер статьи или статус (например, исключена)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter the lineages</source>
        <translation>Фильтр судеб статей</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed only</source>
        <translation>Только изменённые</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/lineage_model.py" line="+42"/>
        <source>returned from version {0}</source>
        <translation>возвращена из версии {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>beside it {0} added</source>
        <translation>рядом добавлена {0}</translation>
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
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/main_window.py" line="+43"/>
        <source>Accept</source>
        <translation>Принять</translation>
    </message>
    <message>
        <location line="-395"/>
        <location filename="../../src/treatyviewer/ui/app/window_actions.py" line="+66"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/window_actions.py" line="+6"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/reader_notices.py" line="-36"/>
        <source>older</source>
        <translation>более ранний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newer</source>
        <translation>более поздний</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Both texts: {0}</source>
        <translation>Оба текста: {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The {0} text: {1}</source>
        <translation>{0} текст: {1}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/main_window.py" line="+223"/>
        <source>treatyviewer cannot start itself again from {0}: quit and start it as usual for the language chosen.</source>
        <translation>treatyviewer не может сам запуститься снова из {0}: закройте его и запустите как обычно, чтобы применить выбранный язык.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>{0} ↔ {1}</source>
        <translation>{0} ↔ {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} (comparing…)</source>
        <translation>{0} (сравнение…)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not saved, notes from {0}</source>
        <translation>не сохранено, заметки из {0}</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+14"/>
        <source>The bundled pair is shown instead.</source>
        <translation>Вместо них показана прилагаемая пара.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Open Two Texts…</source>
        <translation>Открыть два текста…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} could not be opened</source>
        <translation>Не удалось открыть {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Session…</source>
        <translation>Открыть сеанс…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The two texts read the same: no article changed.</source>
        <translation>Тексты совпадают: ни одна статья не изменилась.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No article changed: every article reads the same in both texts.</source>
        <translation>Ни одна статья не изменена: все статьи в обоих текстах читаются одинаково.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show All Articles</source>
        <translation>Показать все статьи</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/app/text_look.py" line="+48"/>
        <source>Font of the texts</source>
        <translation>Шрифт текстов</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/ui/common/actions.py" line="+15"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>П&amp;ереход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Show</source>
        <translation>По&amp;казать</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../src/treatyviewer/ui/map/map_canvas.py" line="+49"/>
        <source>Map of the places the texts name</source>
        <translation>Карта мест, названных в текстах</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Confidence: {0}</source>
        <translation>Уверенность: {0}</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/map/map_panel.py" line="+243"/>
        <source>Too close to name on the map: {0}</source>
        <translation>Слишком тесно для подписи на карте: {0}</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Numbered on the map: {0}</source>
        <translation>Номера на карте: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
            <numerusform>… и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="-194"/>
        <source>Legend of the map</source>
        <translation>Легенда карты</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>named in both texts</source>
        <translation>названо в обоих текстах</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>frontier</source>
        <translation>граница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ceded area (hatched)</source>
        <translation>уступленная область (штриховка)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>autonomous area (dotted)</source>
        <translation>автономная область (точки)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Both texts</source>
        <translation>Оба текста</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+169"/>
        <source>Choose a place on the map (click, or Tab then the arrow keys).</source>
        <translation>Выберите место на карте (щелчком или клавишей Tab и стрелками).</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Mentions and notes of the chosen place</source>
        <translation>Упоминания и заметки о выбранном месте</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Named, not on the map: {0}</source>
        <translation>Названы, но не нанесены на карту: {0}</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Show this passage</source>
        <translation>Показать этот фрагмент</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Art.</source>
        <translation>Ст.</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Older</source>
        <translation>Ранний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Поздний</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>only in the older</source>
        <translation>только в раннем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only in the newer</source>
        <translation>только в позднем</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{0} (older)</source>
        <translation>{0} (ранний)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} (newer)</source>
        <translation>{0} (поздний)</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n mention(s) in {0}</source>
        <translation>
            <numerusform>%n упоминание в {0}</numerusform>
            <numerusform>%n упоминания в {0}</numerusform>
            <numerusform>%n упоминаний в {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n note(s) linked to this place</source>
        <translation>
            <numerusform>%n заметка связана с этим местом</numerusform>
            <numerusform>%n заметки связаны с этим местом</numerusform>
            <numerusform>%n заметок связано с этим местом</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapRoom</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/map_room.py" line="+53"/>
        <location line="+2"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show or hide the map of the places the texts name</source>
        <translation>Показать или скрыть карту мест, названных в текстах</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/message_bar.py" line="+113"/>
        <source>Messages</source>
        <translation>Сообщения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the earlier messages as well</source>
        <translation>Показать и более ранние сообщения</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>1 more message…</source>
        <translation>Ещё одно сообщение…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} more messages…</source>
        <translation>Ещё сообщений: {0}…</translation>
    </message>
</context>
<context>
    <name>OpenPairDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/open_dialog.py" line="+28"/>
        <source>Texts ({0});;All files (*)</source>
        <translation>Тексты ({0});;Все файлы (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open two texts</source>
        <translation>Открыть два текста</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Older text:</source>
        <translation>&amp;Ранний текст:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Newer text:</source>
        <translation>&amp;Поздний текст:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a file, or a bundled id such as draft-1920</source>
        <translation>файл или идентификатор прилагаемого текста, например draft-1920</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a text</source>
        <translation>Выберите текст</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../src/treatyviewer/ui/outline/outline_dock.py" line="+217"/>
        <location line="+69"/>
        <source>Outline</source>
        <translation>Оглавление</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Older text</source>
        <translation>Ранний текст</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Newer text</source>
        <translation>Поздний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Older</source>
        <comment>the older text, where its full name does not fit</comment>
        <translation>Ранний</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <comment>the newer text, where its full name does not fit</comment>
        <translation>Поздний</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which text to outline</source>
        <translation>Оглавление какого текста показать</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Outline of the text</source>
        <translation>Оглавление текста</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>OverviewBar</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/overview.py" line="+46"/>
        <source>Overview of changes</source>
        <translation>Обзор изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every change in the texts; click to go there</source>
        <translation>Все изменения в текстах; щёлкните, чтобы перейти</translation>
    </message>
</context>
<context>
    <name>PairFiles</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/pair_files.py" line="+65"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>older</source>
        <translation>более ранний</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>newer</source>
        <translation>более поздний</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The bundled pair is open already.</source>
        <translation>Прилагаемая пара уже открыта.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Opening {0} as the {1} text</source>
        <translation>Открывается {0} как {1} текст</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{0} changed on disk and was read again</source>
        <translation>Файл {0} изменился на диске и прочитан заново</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} changed on disk</source>
        <translation>{0} изменён на диске</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Перечитать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} was read again.</source>
        <translation>{0} прочитан заново.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n note(s) placed again</source>
        <translation>
            <numerusform>%n заметка размещена заново</numerusform>
            <numerusform>%n заметки размещены заново</numerusform>
            <numerusform>%n заметок размещены заново</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n not found (listed as orphans)</source>
        <translation>
            <numerusform>%n не найдена (в списке без привязки)</numerusform>
            <numerusform>%n не найдены (в списке без привязки)</numerusform>
            <numerusform>%n не найдены (в списке без привязки)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the detected encoding</source>
        <translation>определённой автоматически кодировке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading {0} again as {1}</source>
        <translation>{0} читается заново в кодировке {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Detect Automatically</source>
        <translation>&amp;Определять автоматически</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Detect Automatically (now {0})</source>
        <translation>&amp;Определять автоматически (сейчас {0})</translation>
    </message>
</context>
<context>
    <name>PaneHeader</name>
    <message>
        <location filename="../../src/treatyviewer/ui/compare/pane_header.py" line="+56"/>
        <source>{0} — a reconstruction</source>
        <translation>{0} — реконструкция</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Encoding of the text</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} (guessed)</source>
        <translation>{0} (предположительно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decoded as {0}. Click to read the text again in another encoding.</source>
        <translation>Прочитан в кодировке {0}. Нажмите, чтобы прочитать текст заново в другой кодировке.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The encoding was guessed.</source>
        <translation>Кодировка определена предположительно.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/preferences.py" line="+64"/>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>not set: your notes are exported unsigned</source>
        <translation>не задано: заметки экспортируются без подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signs your notes in exports, beside each note and in its PDF comment. Left empty, your notes are exported without a name.</source>
        <translation>Подписывает ваши заметки при экспорте: рядом с каждой заметкой и в её комментарии PDF. Если поле пусто, заметки экспортируются без имени.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Review pairings below this confidence</source>
        <translation>Проверять сопоставления с надёжностью ниже этой</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pairings the program is less sure of than this are listed under “To review” in the concordance and marked ⚠.</source>
        <translation>Сопоставления, в которых программа уверена меньше, перечислены во вкладке «Проверить» таблицы соответствий и отмечены ⚠.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Review pairings below:</source>
        <translation>&amp;Проверять сопоставления ниже:</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/progress.py" line="+112"/>
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this work (Esc)</source>
        <translation>Прервать эту работу (Esc)</translation>
    </message>
</context>
<context>
    <name>ProjectController</name>
    <message>
        <location filename="../../src/treatyviewer/ui/state/project_controller.py" line="+213"/>
        <source>There is nothing to save: no texts are open.</source>
        <translation>Нечего сохранять: тексты не открыты.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0} is a session on other texts; save this one under a new name.</source>
        <translation>{0} — сеанс для других текстов; сохраните этот сеанс под новым именем.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Opening the session was interrupted.</source>
        <translation>Открытие сеанса прервано.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n note(s) of {0} could not be read and will be saved back unchanged ({1}).</source>
        <translation>
            <numerusform>%n заметку из {0} не удалось прочитать; она будет сохранена обратно без изменений ({1}).</numerusform>
            <numerusform>%n заметки из {0} не удалось прочитать; они будут сохранены обратно без изменений ({1}).</numerusform>
            <numerusform>%n заметок из {0} не удалось прочитать; они будут сохранены обратно без изменений ({1}).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+27"/>
        <source>the recovered session</source>
        <translation>восстановленного сеанса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not open the texts of {0}: {1}</source>
        <translation>Не удалось открыть тексты {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n note(s) could not be placed (listed as orphans).</source>
        <translation>
            <numerusform>%n заметку не удалось разместить (в списке без привязки).</numerusform>
            <numerusform>%n заметки не удалось разместить (в списке без привязки).</numerusform>
            <numerusform>%n заметок не удалось разместить (в списке без привязки).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notes were placed again by the words they quote.</source>
        <translation>Заметки размещены заново по цитируемым в них словам.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Both texts, {0} and {1}, have changed since this session was saved: they are shown as they are now.</source>
        <translation>Оба текста, {0} и {1}, изменились после сохранения сеанса: они показаны в нынешнем виде.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The older text, {0}, has changed since this session was saved: it is shown as it is now.</source>
        <translation>Более ранний текст, {0}, изменился после сохранения сеанса: он показан в нынешнем виде.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The newer text, {0}, has changed since this session was saved: it is shown as it is now.</source>
        <translation>Более поздний текст, {0}, изменился после сохранения сеанса: он показан в нынешнем виде.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/common/qt_strings.py" line="+20"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Папка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Тип файлов:</translation>
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
        <translation>F7 — к следующему изменению ниже места чтения, Shift+F7 — выше</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No change selected</source>
        <translation>Изменение не выбрано</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} → {1} moved (its words kept)</source>
        <translation>{0} → {1} перемещена (слова не изменены)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} removed (a whole article)</source>
        <translation>{0}: исключено целиком</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>{0} added (a whole article)</source>
        <translation>{0}: добавлено целиком</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Position among the changes</source>
        <translation>Положение среди изменений</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No changes</source>
        <translation>Изменений нет</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>past the last change: round to the first</source>
        <translation>после последнего изменения: снова к первому</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the first change: round to the last</source>
        <translation>перед первым изменением: снова к последнему</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last change — press F7 again to start over</source>
        <translation>Последнее изменение — нажмите F7 ещё раз, чтобы начать сначала</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last change</source>
        <translation>последнее изменение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>first change</source>
        <translation>первое изменение</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change {0} of {1} so far</source>
        <translation>Изменение {0} из {1} (пока не все)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln word change(s)</source>
        <translation>
            <numerusform>%Ln изменение в словах</numerusform>
            <numerusform>%Ln изменения в словах</numerusform>
            <numerusform>%Ln изменений в словах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln whole article(s)</source>
        <translation>
            <numerusform>%Ln целая статья</numerusform>
            <numerusform>%Ln целые статьи</numerusform>
            <numerusform>%Ln целых статей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change {0} of {1} ({2}, {3})</source>
        <translation>Изменение {0} из {1} ({2}, {3})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last change written so far — more come as the texts are laid out</source>
        <translation>Последнее изменение из уже выведенных — остальные появятся по мере вывода текстов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>more to come</source>
        <translation>будут ещё</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln change(s): {0}, {1} added, removed or moved</source>
        <translation>
            <numerusform>%Ln изменение: {0}; {1} — добавлены, исключены или перемещены</numerusform>
            <numerusform>%Ln изменения: {0}; {1} — добавлены, исключены или перемещены</numerusform>
            <numerusform>%Ln изменений: {0}; {1} — добавлены, исключены или перемещены</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no longer paired: %1</source>
        <translation>больше не в паре: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>newly paired: %1</source>
        <translation>теперь в паре: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The texts were aligned again around your link; elsewhere, %1.</source>
        <translation>Тексты заново сопоставлены с учётом вашей связи; в других местах: %1.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>First change — press Shift+F7 again to go to the last</source>
        <translation>Первое изменение — нажмите Shift+F7 ещё раз, чтобы перейти к последнему</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change {0} of {1}</source>
        <translation>Изменение {0} из {1}</translation>
    </message>
</context>
<context>
    <name>ReadingTools</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/reading_tools.py" line="+152"/>
        <source>Parties and places</source>
        <translation>Стороны и места</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>mention</source>
        <translation>упоминание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note</source>
        <translation>заметка</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Legend of mentions and notes</source>
        <translation>Обозначения упоминаний и заметок</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>The note on {0} is deleted.</source>
        <translation>Заметка ({0}) удалена.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Outlined: mentions of the entity chosen in Parties and places. </source>
        <translation>В рамке: упоминания объекта, выбранного в панели «Стороны и места». </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tinted with a tick in the margin: a passage with a note.</source>
        <translation>С заливкой и чертой на полях: фрагмент с заметкой.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Show {0} in Parties and Places</source>
        <translation>Показать «{0}» в панели «Стороны и места»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show {0} on the Map</source>
        <translation>Показать «{0}» на карте</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Editors&apos; note</source>
        <translation>Примечание редакции</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your note</source>
        <translation>Ваша заметка</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a passage in one of the texts, or go to a change, then annotate it.</source>
        <translation>Выделите отрывок в одном из текстов или перейдите к изменению, затем добавьте заметку.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Select a pair of articles in the concordance first.</source>
        <translation>Сначала выберите пару статей в таблице соответствий.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../src/treatyviewer/io/html_export.py" line="+307"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+113"/>
        <source>Comparison of two texts</source>
        <translation>Сравнение двух текстов</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+6"/>
        <source>Older text</source>
        <translation>Ранний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+1"/>
        <source>Newer text</source>
        <translation>Поздний текст</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+42"/>
        <source>annotated passage</source>
        <translation>отмеченный фрагмент</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note: numbered marker, note text after the pair</source>
        <translation>примечание: нумерованная метка, текст примечания после пары статей</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../src/treatyviewer/io/map_words.py" line="+15"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="+205"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="-11"/>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+102"/>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+40"/>
        <source>Word changes by class</source>
        <translation>Изменения слов по классам</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+128"/>
        <source>not printed</source>
        <translation>не приводится</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No gazetteer entity is mentioned.</source>
        <translation>Ни одна сторона и ни одно место из справочника не упоминаются.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="+10"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="+44"/>
        <source>Index of parties and places</source>
        <translation>Указатель сторон и мест</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="+17"/>
        <source>Comparison: {0}</source>
        <translation>Сравнение: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="-25"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_pairs.py" line="+26"/>
        <source>Article by article</source>
        <translation>Постатейное сравнение</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="+6"/>
        <location filename="../../src/treatyviewer/io/report_textdoc_pairs.py" line="+195"/>
        <source>Other notes</source>
        <translation>Прочие примечания</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/pdf_export.py" line="+59"/>
        <source>page {0} of {1}</source>
        <translation>стр. {0} из {1}</translation>
    </message>
    <message>
        <location line="+229"/>
        <source>{0} (continued)</source>
        <comment>a running head: the article pair that runs on</comment>
        <translation>{0} (продолжение)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/pdf_export_features.py" line="-10"/>
        <source>Title page</source>
        <translation>Титульный лист</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary and concordance</source>
        <translation>Сводка и таблица соответствия</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} compared with {1}</source>
        <translation>{0} в сравнении с текстом {1}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_classes.py" line="+16"/>
        <source>figure</source>
        <translation>числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name</source>
        <translation>назв.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>spelling</source>
        <translation>орфография</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>case</source>
        <translation>регистр</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>punct</source>
        <translation>пунктуац.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spacing</source>
        <translation>пробелы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ref</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>num</source>
        <translation>номер</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wording</source>
        <translation>формулировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figures</source>
        <translation>числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name variants</source>
        <translation>варианты названий</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>references</source>
        <translation>ссылки</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Only changes of {0} are shown; left out: {1}.</source>
        <translation>Показаны только изменения классов: {0}; опущены: {1}.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>punctuation</source>
        <translation>пунктуация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whitespace</source>
        <translation>пробелы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbering</source>
        <translation>нумерация</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A change of form (here a name variant) is drawn lighter than one of substance.</source>
        <translation>Изменение формы (здесь — вариант названия) выделено светлее, чем изменение по существу.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>; figure, spelling, case as named; no tag = wording.</source>
        <translation>; числа, орфография, регистр — как названы; без метки — формулировки.</translation>
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
        <translation>изменений в словах нет</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none in these texts</source>
        <translation>в этих текстах таких нет</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Substance: {0}. Form: {1}.</source>
        <translation>По существу: {0}. Форма: {1}.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_model.py" line="+104"/>
        <source>similarity {0}</source>
        <translation>сходство {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept {0}</source>
        <translation>сохранено {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n изменение</numerusform>
            <numerusform>%n изменения</numerusform>
            <numerusform>%n изменений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>numbering reconstructed</source>
        <translation>нумерация реконструирована</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number of this article in {0} is the editors&apos; reconstruction, not attested: that it moved or was renumbered is a conjecture, not a fact to cite.</source>
        <translation>Номер этой статьи в тексте «{0}» — реконструкция редакторов, он не засвидетельствован: то, что статья перемещена или перенумерована, — предположение, а не факт для ссылки.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>shares wording with {0} of the newer text</source>
        <translation>имеет общие формулировки со статьями позднего текста: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shares wording with {0} of the older text</source>
        <translation>имеет общие формулировки со статьями раннего текста: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its matter went to {0}</source>
        <translation>её содержание перешло в {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its matter came from {0}</source>
        <translation>её содержание пришло из {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>matter went to {0}</source>
        <translation>содержание перешло в: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matter came from {0}</source>
        <translation>содержание взято из: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n unchanged, not printed</source>
        <translation>
            <numerusform>%n статья без изменений не приводится</numerusform>
            <numerusform>%n статьи без изменений не приводятся</numerusform>
            <numerusform>%n статей без изменений не приводятся</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n article(s) shown</source>
        <translation>
            <numerusform>%n статья в отчёте</numerusform>
            <numerusform>%n статьи в отчёте</numerusform>
            <numerusform>%n статей в отчёте</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(only the changed ones; %n unchanged left out)</source>
        <translation>
            <numerusform>(только изменённые; %n статья без изменений опущена)</numerusform>
            <numerusform>(только изменённые; %n статьи без изменений опущены)</numerusform>
            <numerusform>(только изменённые; %n статей без изменений опущено)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not in the older text ({0})</source>
        <translation>отсутствует в раннем тексте ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not in the newer text ({0})</source>
        <translation>отсутствует в позднем тексте ({0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not in the {0}</source>
        <translation>отсутствует в тексте «{0}»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no text under this heading)</source>
        <translation>(под этим заголовком текста нет)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not known: the {0} gives this article only as a note</source>
        <translation>неизвестно: текст «{0}» приводит эту статью лишь в виде примечания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not known whether in the {0}: it gives this part only as notes</source>
        <translation>неизвестно, есть ли она в тексте «{0}»: эта часть приведена там лишь в примечаниях</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>could not be placed in either text</source>
        <translation>не удалось привязать ни к одному из текстов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its article is left out</source>
        <translation>относится к опущенной статье</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>linked by the reader</source>
        <translation>сопоставлено читателем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unlinked by the reader</source>
        <translation>сопоставление снято читателем</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>attested</source>
        <translation>засвидетельствовано</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paraphrased from a source</source>
        <translation>пересказ по источнику</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sure</source>
        <translation>достоверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probable</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>неясно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}, confidence {1}</source>
        <translation>{0}, уверенность: {1}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>re-anchored: the passage moved</source>
        <translation>перепривязано: фрагмент перемещён</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on «{0}»</source>
        <translation>к «{0}»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>your note</source>
        <translation>ваша заметка</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="+90"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rewritten</source>
        <translation>переписана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>перемещена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renumbered</source>
        <translation>перенумерована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>разделена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>объединена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>исключена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repealed</source>
        <translation>утратила силу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>struck out; the newer text keeps its number with a notice</source>
        <translation>вычеркнута; поздний текст сохраняет её номер с отметкой об этом</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>amber tint, struck through, a line above</source>
        <translation>янтарный фон, зачёркнуто, черта сверху</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>amber tint, underlined, a line above</source>
        <translation>янтарный фон, подчёркнуто, черта сверху</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_model.py" line="-78"/>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="-70"/>
        <source>reconstructed</source>
        <translation>реконструкция</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="+1"/>
        <source>paraphrased</source>
        <translation>пересказ</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>same wording in both texts</source>
        <translation>одинаковая формулировка в обоих текстах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wording changed</source>
        <translation>формулировка изменена</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>stands at another place in the order</source>
        <translation>стоит на другом месте в порядке статей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carries another number</source>
        <translation>имеет другой номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one article became several</source>
        <translation>одна статья стала несколькими</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several articles became one</source>
        <translation>несколько статей стали одной</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/map_words.py" line="-1"/>
        <source>Map of the places the texts name</source>
        <translation>Карта мест, названных в текстах</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>named in both texts</source>
        <translation>названо в обоих текстах</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named in the text</source>
        <translation>названо в тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="+2"/>
        <source>only in the older text</source>
        <translation>только в раннем тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="-1"/>
        <source>only in the newer text</source>
        <translation>только в позднем тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confidence: {0}</source>
        <translation>уверенность: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbered on the map</source>
        <translation>Номера на карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too close to name on the map</source>
        <translation>Слишком тесно для подписи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Named, not on the map</source>
        <translation>Названы, но не на карте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base map</source>
        <translation>Основа карты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Art.</source>
        <translation>Ст.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>high</source>
        <translation>высокая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>medium</source>
        <translation>средняя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>low</source>
        <translation>низкая</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_palette.py" line="-7"/>
        <source>wording changed nearly throughout: less than {0} similar</source>
        <translation>формулировка изменена почти целиком: сходство меньше {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>not known: an edition gives an article in this part only as a note</source>
        <translation>неизвестно: издание приводит статью в этой части лишь в виде примечания</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>content from secondary accounts, wording ours</source>
        <translation>содержание по вторичным источникам, формулировка наша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a summary of the passage, not a full rendering</source>
        <translation>краткое изложение фрагмента, а не полный перевод</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>words</source>
        <translation>слова</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inserted words</source>
        <translation>вставленные слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blue-green tint, underlined</source>
        <translation>сине-зелёный фон, подчёркнуто</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted words</source>
        <translation>удалённые слова</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vermilion tint, struck through</source>
        <translation>киноварный фон, зачёркнуто</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>replaced words (old)</source>
        <translation>заменённые слова (прежние)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>replaced words (new)</source>
        <translation>заменённые слова (новые)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_textdoc_pairs.py" line="-193"/>
        <source>No articles to show.</source>
        <translation>Статей для вывода нет.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>What became of it: {0}</source>
        <translation>Судьба статьи: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What became of it: its matter also went to {0}</source>
        <translation>Судьба статьи: её содержание перешло также в {0}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_textdoc_sections.py" line="-402"/>
        <source>Date and place</source>
        <translation>Дата и место</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rendering</source>
        <translation>О тексте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provenance</source>
        <translation>Происхождение</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n more not listed here.</source>
        <translation>
            <numerusform>ещё %n источник здесь не приведён.</numerusform>
            <numerusform>ещё %n источника здесь не приведены.</numerusform>
            <numerusform>ещё %n источников здесь не приведено.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}, guessed: if letters look wrong, the file is in another encoding</source>
        <translation>{0}, угадана: если буквы выглядят неверно, файл записан в другой кодировке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding</source>
        <translation>Кодировка</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources</source>
        <translation>Источники</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inline redline</source>
        <translation>правка в одном столбце</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>side by side</source>
        <translation>в два столбца</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported on {0} by treatyviewer</source>
        <translation>Экспортировано {0} программой treatyviewer</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>a note: yellow-grey tint with a bar beside it, as in the window (a comment in PDF readers), numbered marker, note text after the pair</source>
        <translation>примечание: жёлто-серый фон с чертой сбоку, как в окне программы (комментарий в программах просмотра PDF), нумерованная метка, текст примечания после пары статей</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Tags after a change:</source>
        <translation>Метки после изменения:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No articles.</source>
        <translation>Статей нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n character(s) deleted</source>
        <translation>
            <numerusform>%n знак удалён</numerusform>
            <numerusform>%n знака удалено</numerusform>
            <numerusform>%n знаков удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n character(s) inserted</source>
        <translation>
            <numerusform>%n знак вставлен</numerusform>
            <numerusform>%n знака вставлено</numerusform>
            <numerusform>%n знаков вставлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n word(s) deleted</source>
        <translation>
            <numerusform>%n слово удалено</numerusform>
            <numerusform>%n слова удалено</numerusform>
            <numerusform>%n слов удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n word(s) inserted</source>
        <translation>
            <numerusform>%n слово вставлено</numerusform>
            <numerusform>%n слова вставлено</numerusform>
            <numerusform>%n слов вставлено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Concordance</source>
        <translation>Таблица соответствия статей</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Similarity: words in common, over both articles. Kept: share of the older article&apos;s words the newer one keeps.</source>
        <translation>Сходство: доля общих слов по обеим статьям. Сохранено: доля слов ранней статьи, оставшихся в поздней.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Similarity: the share of the two articles&apos; words they have in common, counted over both. Kept: the share of the older article&apos;s words the newer one keeps, 100% when words were only added.</source>
        <translation>Сходство: доля общих слов двух статей, посчитанная по обеим. Сохранено: доля слов ранней статьи, оставшихся в поздней, 100&#xa0;%, если слова только добавлялись.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Older</source>
        <translation>Ранний текст</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newer</source>
        <translation>Поздний текст</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Substance</source>
        <translation>По существу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Numbering reconstructed: the article&apos;s number in {0} is the editors&apos; reconstruction, not attested, so its move or renumbering is a conjecture.</source>
        <translation>Нумерация реконструирована: номер статьи в тексте «{0}» — реконструкция редакторов, он не засвидетельствован, поэтому её перемещение или перенумерация — лишь предположение.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Similarity</source>
        <translation>Сходство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page</source>
        <translation>Стр.</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_words.py" line="+60"/>
        <source>en</source>
        <comment>the language of these words as a code: en, ru or tr</comment>
        <translation>ru</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>d MMMM yyyy</source>
        <comment>a date as Qt writes it: day, month&apos;s name, year</comment>
        <translation>d MMMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_names.py" line="+20"/>
        <source>Art. {0}</source>
        <translation>Ст. {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Заглавие</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Preamble</source>
        <translation>Преамбула</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing</source>
        <translation>Заключительная часть</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Annex {0}</source>
        <translation>Приложение {0}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state</source>
        <translation>государство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>territory</source>
        <translation>территория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>town</source>
        <translation>город</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>river</source>
        <translation>река</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mountain</source>
        <translation>гора</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sea</source>
        <translation>море</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strait</source>
        <translation>пролив</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>concept</source>
        <translation>понятие</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/report_legend.py" line="+37"/>
        <source>your own note, from your reading session: its number in blue, labelled; the other notes are the editors&apos; curated notes</source>
        <translation>ваша собственная заметка из вашего сеанса чтения: её номер синий, с пометкой; остальные заметки — редакционные примечания</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/readers.py" line="+50"/>
        <source>a PNG image</source>
        <translation>изображение PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a JPEG image</source>
        <translation>изображение JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a GIF image</source>
        <translation>изображение GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>a TIFF image</source>
        <translation>изображение TIFF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an executable program (ELF)</source>
        <translation>исполняемую программу (ELF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a gzip archive</source>
        <translation>архив gzip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a bzip2 archive</source>
        <translation>архив bzip2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an xz archive</source>
        <translation>архив xz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a 7-Zip archive</source>
        <translation>архив 7-Zip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a RAR archive</source>
        <translation>архив RAR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an old Office file (.doc/.xls); save it as .docx</source>
        <translation>старый файл Office (.doc/.xls); сохраните его как .docx</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an RTF document; save it as .docx or plain text</source>
        <translation>документ RTF; сохраните его как .docx или как простой текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an SQLite database</source>
        <translation>базу данных SQLite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a WebAssembly module</source>
        <translation>модуль WebAssembly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Java class or Mach-O program</source>
        <translation>класс Java или программу Mach-O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Mach-O program</source>
        <translation>программу Mach-O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Ogg audio file</source>
        <translation>аудиофайл Ogg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a FLAC audio file</source>
        <translation>аудиофайл FLAC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an MP3 audio file</source>
        <translation>аудиофайл MP3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PostScript file; convert it to PDF</source>
        <translation>файл PostScript; преобразуйте его в PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an Excel workbook; save the text as .docx or plain text</source>
        <translation>книгу Excel; сохраните текст как .docx или как простой текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PowerPoint presentation</source>
        <translation>презентацию PowerPoint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an OpenDocument file; save it as .docx or plain text</source>
        <translation>файл OpenDocument; сохраните его как .docx или как простой текст</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an EPUB e-book</source>
        <translation>электронную книгу EPUB</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+42"/>
        <source>{0} is a folder, not a file; choose a file inside it</source>
        <translation>{0} — это папка, а не файл; выберите файл в ней</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>{0} is not a regular file (it is a device, pipe or socket)</source>
        <translation>{0} — не обычный файл (это устройство, канал или сокет)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is {1}; the limit is {2} ({3})</source>
        <translation>{0} занимает {1}; предел — {2} ({3})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} does not exist (it may have been moved or deleted)</source>
        <translation>{0} не найден (возможно, файл перемещён или удалён)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} cannot be read: permission denied</source>
        <translation>{0} не удаётся прочитать: нет прав доступа</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} не удаётся прочитать: {1}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} grew beyond the limit of {1} while being read ({2})</source>
        <translation>{0} вырос сверх предела {1}, пока его читали ({2})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is empty (0 bytes)</source>
        <translation>{0} пуст (0 байт)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>a ZIP archive</source>
        <translation>архив ZIP</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{0} is password-protected (an encrypted Office document); remove the password in Word (File &gt; Info &gt; Protect Document) and save a copy</source>
        <translation>{0} защищён паролем (зашифрованный документ Office); снимите пароль в Word (Файл &gt; Сведения &gt; Защита документа) и сохраните копию</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a media file</source>
        <translation>медиафайл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is not text: it looks like {1}</source>
        <translation>{0} — не текст: похоже на {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} is not a Word document although its name ends in .docx</source>
        <translation>{0} — не документ Word, хотя его имя оканчивается на .docx</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is not a PDF although its name ends in .pdf</source>
        <translation>{0} — не PDF, хотя его имя оканчивается на .pdf</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} is empty (it contains only whitespace)</source>
        <translation>{0} пуст (в нём только пробельные символы)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/docx_package.py" line="+30"/>
        <source>open it in Word and save it again</source>
        <translation>откройте его в Word и сохраните заново</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} is not a Word document: the package has no list of its parts ({1}); {2}</source>
        <translation>{0} — не документ Word: в пакете нет списка его частей ({1}); {2}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0} is saved as &quot;Strict Open XML&quot;, which cannot be read here; in Word, save it as &quot;Word Document (*.docx)&quot;</source>
        <translation>{0} сохранён в формате «Strict Open XML», который здесь не читается; сохраните его в Word как «Документ Word (*.docx)»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0} is a damaged Word document (the ZIP package is incomplete or corrupt); {1}</source>
        <translation>{0} — повреждённый документ Word (пакет ZIP неполон или испорчен); {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its part {0}</source>
        <translation>его часть {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a part it names</source>
        <translation>часть, на которую он ссылается</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} is a damaged Word document: {1} is missing; {2}</source>
        <translation>{0} — повреждённый документ Word: отсутствует {1}; {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is not a readable Word document ({1}: {2}); {3}</source>
        <translation>{0} — нечитаемый документ Word ({1}: {2}); {3}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} is a damaged Word document: it has no body; {1}</source>
        <translation>{0} — повреждённый документ Word: в нём нет тела документа; {1}</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/docx_reader.py" line="+389"/>
        <source>{0} is a damaged Word document: one of its parts cannot be read ({1}); open it in Word and save it again</source>
        <translation>{0} — повреждённый документ Word: одну из его частей не удаётся прочитать ({1}); откройте его в Word и сохраните заново</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../src/treatyviewer/io/readers.py" line="+273"/>
        <location filename="../../src/treatyviewer/io/tei_reader.py" line="+297"/>
        <source>{0} contains no text</source>
        <translation>{0} не содержит текста</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/html_reader.py" line="+253"/>
        <source>{0} is a web page with no text outside scripts and navigation</source>
        <translation>{0} — веб-страница без текста вне скриптов и навигации</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/limits.py" line="+21"/>
        <source>{0} GB</source>
        <translation>{0} ГБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} MB</source>
        <translation>{0} МБ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>raise it with --max-size MB, e.g. treatyviewer --max-size {0} OLD NEW</source>
        <translation>его можно увеличить параметром --max-size МБ, например treatyviewer --max-size {0} СТАРЫЙ НОВЫЙ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>raise it with {0} {1}, e.g. {0} {2}</source>
        <translation>его можно увеличить параметром {0} {1}, например {0} {2}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0} {1}; the limit is {2} ({3})</source>
        <translation>{0} {1}; предел — {2} ({3})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1} ({2})</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/pdf_reader.py" line="+43"/>
        <source>{0} is encrypted (password-protected); save an unprotected copy and open that</source>
        <translation>{0} зашифрован (защищён паролем); сохраните незащищённую копию и откройте её</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} is a damaged or incomplete PDF ({1}); try re-downloading it or printing it to a new PDF</source>
        <translation>{0} — повреждённый или неполный PDF ({1}); скачайте его заново или напечатайте в новый PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} is encrypted with a method this installation cannot open; save an unprotected copy and open that</source>
        <translation>{0} зашифрован способом, который эта установка не может открыть; сохраните незащищённую копию и откройте её</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}: the text of page {1} cannot be extracted ({2}: {3}); the PDF may be damaged</source>
        <translation>{0}: не удаётся извлечь текст страницы {1} ({2}: {3}); возможно, PDF повреждён</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>holds a compressed stream that would decode to more than the limit of {0} per stream</source>
        <translation>содержит сжатый поток, который распаковался бы в объём больше предела {0} на поток</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{0} has no text layer; it may be a scan — run OCR first</source>
        <translation>у {0} нет текстового слоя; возможно, это скан — сначала распознайте его (OCR)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} has no text layer beyond its page headers and footers; it may be a scan — run OCR first</source>
        <translation>у {0} нет текстового слоя, кроме колонтитулов; возможно, это скан — сначала распознайте его (OCR)</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/tei_reader.py" line="-96"/>
        <source>nests elements deeper than {0} levels</source>
        <translation>вкладывает элементы глубже {0} уровней</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has more than {0} elements</source>
        <translation>содержит более {0} элементов</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}, the limit</source>
        <translation>{0} — это предел</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declares an external entity ({0}) that would read another file</source>
        <translation>объявляет внешнюю сущность ({0}), которая прочитала бы другой файл</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>declares an XML entity ({0}); entity expansion can exhaust memory</source>
        <translation>объявляет сущность XML ({0}); раскрытие сущностей может исчерпать память</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} {1}; such files are refused for safety — remove the entity declarations from its DOCTYPE</source>
        <translation>{0} {1}; такие файлы не открываются ради безопасности — удалите объявления сущностей из его DOCTYPE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} refers to an external file ({1}); such files are refused for safety — remove the reference from its DOCTYPE</source>
        <translation>{0} ссылается на внешний файл ({1}); такие файлы не открываются ради безопасности — удалите ссылку из его DOCTYPE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0} is not well-formed XML (line {1}, column {2}): {3}; fix the file in an XML editor</source>
        <translation>{0} — некорректный XML (строка {1}, столбец {2}): {3}; исправьте файл в редакторе XML</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} cannot be read as XML ({1})</source>
        <translation>{0} не удаётся прочитать как XML ({1})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>nests elements too deeply to be read</source>
        <translation>вкладывает элементы слишком глубоко, чтобы их можно было прочитать</translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/text_reader.py" line="+274"/>
        <source>{0}: {1} is not an encoding this program knows; choose another encoding</source>
        <translation>{0}: {1} — неизвестная программе кодировка; выберите другую кодировку</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} cannot be decoded as {1}: byte {2} at position {3} does not fit; choose another encoding</source>
        <translation>{0} не удаётся декодировать как {1}: байт {2} в позиции {3} не подходит; выберите другую кодировку</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>{0} is not text: it looks like binary data (it contains NUL bytes)</source>
        <translation>{0} — не текст: похоже на двоичные данные (в нём есть байты NUL)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{0} cannot be decoded: it is not UTF-8 and no known encoding fits; choose the encoding yourself</source>
        <translation>{0} не удаётся декодировать: это не UTF-8, и ни одна известная кодировка не подходит; выберите кодировку сами</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>{0} is not text: it looks like binary data (%n control character(s)); choose another encoding if it is text</source>
        <translation>
            <numerusform>{0} — не текст: похоже на двоичные данные (%n управляющий символ); выберите другую кодировку, если это текст</numerusform>
            <numerusform>{0} — не текст: похоже на двоичные данные (%n управляющих символа); выберите другую кодировку, если это текст</numerusform>
            <numerusform>{0} — не текст: похоже на двоичные данные (%n управляющих символов); выберите другую кодировку, если это текст</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/treatyviewer/io/zip_limits.py" line="+39"/>
        <source>holds a part ({0}) that unpacks to {1}</source>
        <translation>содержит часть ({0}), которая распаковывается в {1}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>holds a part ({0}) compressed {1} to 1, which unpacks to {2}</source>
        <translation>содержит часть ({0}), сжатую в отношении {1} к 1, которая распаковывается в {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} to 1</source>
        <translation>{0} к 1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unpacks to more than {0}</source>
        <translation>распаковывается в объём больше {0}</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/session_files.py" line="+65"/>
        <source>treatyviewer sessions (*{0})</source>
        <translation>Сеансы treatyviewer (*{0})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Open Session</source>
        <translation>Открыть сеанс</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>reading-session</source>
        <translation>сеанс-чтения</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Save Session As</source>
        <translation>Сохранить сеанс как</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Import Notes</source>
        <translation>Импорт заметок</translation>
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
            <numerusform>Импортирована %n заметка из {0}</numerusform>
            <numerusform>Импортированы %n заметки из {0}</numerusform>
            <numerusform>Импортировано %n заметок из {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(%n already here)</source>
        <translation>
            <numerusform>(%n уже есть)</numerusform>
            <numerusform>(%n уже есть)</numerusform>
            <numerusform>(%n уже есть)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export Notes</source>
        <translation>Экспорт заметок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>заметки</translation>
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
            <numerusform>Экспортирована %n заметка в {0}</numerusform>
            <numerusform>Экспортированы %n заметки в {0}</numerusform>
            <numerusform>Экспортировано %n заметок в {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>this reading session</source>
        <translation>этот сеанс чтения</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved work</source>
        <translation>Несохранённая работа</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Save your notes and corrections in {0}?</source>
        <translation>Сохранить заметки и правки в {0}?</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save the changed view (layout, filters) in {0}?</source>
        <translation>Сохранить изменённый вид (расположение, фильтры) в {0}?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Discard</source>
        <translation>&amp;Не сохранять</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>an untitled session</source>
        <translation>безымянный сеанс</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>treatyviewer did not close cleanly. Recover the unsaved work on {0} ({1})?</source>
        <translation>treatyviewer был закрыт некорректно. Восстановить несохранённую работу? Сеанс: {0} ({1}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Отбросить</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/status_line.py" line="+146"/>
        <source>Counts of changes</source>
        <translation>Число изменений</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>inserted</source>
        <translation>вставлено</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced</source>
        <translation>заменено</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Legend:</source>
        <translation>Обозначения:</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Colour legend</source>
        <translation>Цветовые обозначения</translation>
    </message>
    <message numerus="yes">
        <location line="+78"/>
        <source>%Ln unchanged</source>
        <translation>
            <numerusform>без изменений: %Ln</numerusform>
            <numerusform>без изменений: %Ln</numerusform>
            <numerusform>без изменений: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln modified</source>
        <translation>
            <numerusform>изменено: %Ln</numerusform>
            <numerusform>изменено: %Ln</numerusform>
            <numerusform>изменено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln rewritten</source>
        <translation>
            <numerusform>переписано: %Ln</numerusform>
            <numerusform>переписано: %Ln</numerusform>
            <numerusform>переписано: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln moved</source>
        <translation>
            <numerusform>перемещено: %Ln</numerusform>
            <numerusform>перемещено: %Ln</numerusform>
            <numerusform>перемещено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln renumbered</source>
        <translation>
            <numerusform>перенумеровано: %Ln</numerusform>
            <numerusform>перенумеровано: %Ln</numerusform>
            <numerusform>перенумеровано: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln split</source>
        <translation>
            <numerusform>разделено: %Ln</numerusform>
            <numerusform>разделено: %Ln</numerusform>
            <numerusform>разделено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln merged</source>
        <translation>
            <numerusform>объединено: %Ln</numerusform>
            <numerusform>объединено: %Ln</numerusform>
            <numerusform>объединено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln added</source>
        <translation>
            <numerusform>добавлено: %Ln</numerusform>
            <numerusform>добавлено: %Ln</numerusform>
            <numerusform>добавлено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln removed</source>
        <translation>
            <numerusform>исключено: %Ln</numerusform>
            <numerusform>исключено: %Ln</numerusform>
            <numerusform>исключено: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln repealed</source>
        <translation>
            <numerusform>утратило силу: %Ln</numerusform>
            <numerusform>утратило силу: %Ln</numerusform>
            <numerusform>утратило силу: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln not known</source>
        <translation>
            <numerusform>неизвестно: %Ln</numerusform>
            <numerusform>неизвестно: %Ln</numerusform>
            <numerusform>неизвестно: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln character(s) deleted</source>
        <translation>
            <numerusform>%Ln знак удалён</numerusform>
            <numerusform>%Ln знака удалено</numerusform>
            <numerusform>%Ln знаков удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inserted</source>
        <comment>characters</comment>
        <translation>
            <numerusform>%Ln вставлен</numerusform>
            <numerusform>%Ln вставлено</numerusform>
            <numerusform>%Ln вставлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln word(s) deleted</source>
        <translation>
            <numerusform>%Ln слово удалено</numerusform>
            <numerusform>%Ln слова удалено</numerusform>
            <numerusform>%Ln слов удалено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln inserted</source>
        <comment>words</comment>
        <translation>
            <numerusform>%Ln вставлено</numerusform>
            <numerusform>%Ln вставлено</numerusform>
            <numerusform>%Ln вставлено</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>characters: −{0} +{1}</source>
        <translation>знаки: −{0} +{1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>words: −{0} +{1}</source>
        <translation>слова: −{0} +{1}</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%Ln word change(s)</source>
        <translation>
            <numerusform>%Ln изменение в словах</numerusform>
            <numerusform>%Ln изменения в словах</numerusform>
            <numerusform>%Ln изменений в словах</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%Ln pairing(s) to review</source>
        <translation>
            <numerusform>%Ln соответствие к проверке</numerusform>
            <numerusform>%Ln соответствия к проверке</numerusform>
            <numerusform>%Ln соответствий к проверке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln to review</source>
        <comment>pairings</comment>
        <translation>
            <numerusform>%Ln к проверке</numerusform>
            <numerusform>%Ln к проверке</numerusform>
            <numerusform>%Ln к проверке</numerusform>
        </translation>
    </message>
    <message>
        <location line="-136"/>
        <source>form</source>
        <translation>форма</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Changes of form (spelling, name variants, case, punctuation, spacing, </source>
        <translation>Изменения формы (орфография, варианты названий, регистр, пунктуация, пробелы, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>references, numbering) are drawn lighter than changes of substance.</source>
        <translation>ссылки, нумерация) показаны светлее изменений по существу.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Word changes: {0}</source>
        <translation>Изменения в словах: {0}</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%Ln hidden</source>
        <comment>changes</comment>
        <translation>
            <numerusform>скрыто: %Ln</numerusform>
            <numerusform>скрыто: %Ln</numerusform>
            <numerusform>скрыто: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../src/treatyviewer/ui/dialogs/help_guide.py" line="+190"/>
        <source>treatyviewer User Guide</source>
        <translation>Руководство пользователя treatyviewer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>VersionStrip</name>
    <message>
        <location filename="../../src/treatyviewer/ui/chains/version_strip.py" line="+24"/>
        <source>Versions of the chain</source>
        <translation>Версии цепочки</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Side by side:</source>
        <translation>Рядом:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick any two versions; an arrow picks two neighbours</source>
        <translation>Выберите любые две версии; стрелка выбирает две соседние</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare version {0} with version {1}</source>
        <translation>Сравнить версию {0} с версией {1}</translation>
    </message>
</context>
<context>
    <name>WhileLoading</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/while_loading.py" line="+105"/>
        <source>Wait until the texts are compared, or cancel, to correct a pairing.</source>
        <translation>Чтобы исправить соответствие, дождитесь окончания сравнения или отмените его.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Go to Article works once the articles are paired; they are being paired now.</source>
        <translation>«Перейти к статье» заработает, когда статьи будут сопоставлены; сейчас они сопоставляются.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Both texts side by side; lined up once the articles are paired</source>
        <translation>Оба текста рядом; выравниваются, когда статьи сопоставлены</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading {0} and {1}: they are shown once read.</source>
        <translation>Читаются {0} и {1}: они появятся, как только будут прочитаны.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading {0} and {1}: the texts on screen, and their counts, are the previous pair&apos;s until these are read.</source>
        <translation>Читаются {0} и {1}: пока они не прочитаны, на экране — тексты и счёт предыдущей пары.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not compared yet: no counts</source>
        <translation>Ещё не сравнено: счёта нет</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The texts are shown as read, not compared yet: the articles are being paired, and the changes will be highlighted when that is done.</source>
        <translation>Тексты показаны так, как они прочитаны, ещё без сравнения: статьи сопоставляются, а изменения будут выделены, когда это закончится.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{0} of {1} pairs highlighted</source>
        <translation>Выделено пар: {0} из {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The articles are paired. The wording of the pairs marked “comparing…” is still being compared: they are highlighted, and the counts and side panels filled in, when that is done.</source>
        <translation>Статьи сопоставлены. Формулировки пар с пометкой «сравнивается…» ещё сравниваются: когда это закончится, они будут выделены, а счётчики и боковые панели заполнены.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every pair is compared. The side panels are filled in once the texts are searched for references and names.</source>
        <translation>Все пары сравнены. Боковые панели заполнятся, когда в текстах будут найдены ссылки и имена.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Comparison cancelled. The previous texts are still shown.</source>
        <translation>Сравнение отменено. Показаны прежние тексты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Two Texts…</source>
        <translation>Открыть два текста…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the texts was cancelled. The bundled pair is shown instead.</source>
        <translation>Открытие текстов отменено. Вместо них показана прилагаемая пара.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled: no texts are open. Open two texts to compare them.</source>
        <translation>Отменено: ни один текст не открыт. Откройте два текста, чтобы сравнить их.</translation>
    </message>
</context>
<context>
    <name>WindowExport</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/exporting.py" line="+165"/>
        <source>Wait until the texts are compared, or cancel, to export them.</source>
        <translation>Чтобы экспортировать тексты, дождитесь окончания сравнения или отмените его.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Export the Chain Report</source>
        <translation>Экспорт отчёта о цепочке</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Annotated PDF</source>
        <translation>Экспорт PDF с заметками</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export HTML Report</source>
        <translation>Экспорт отчёта в HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Concordance as CSV</source>
        <translation>Экспорт таблицы соответствия в CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export Comparison as JSON</source>
        <translation>Экспорт сравнения в JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export TEI Apparatus</source>
        <translation>Экспорт аппарата TEI</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web pages (*.html)</source>
        <translation>Веб-страницы (*.html)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV tables (*.csv)</source>
        <translation>Таблицы CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TEI XML files (*.xml)</source>
        <translation>Файлы TEI XML (*.xml)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>An export is already running; wait for it or cancel it.</source>
        <translation>Экспорт уже идёт; дождитесь его окончания или отмените его.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting {0}…</source>
        <translation>Экспорт {0}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported {0} (1 page)</source>
        <translation>Экспортирован {0} (1 страница)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Exported {0} (%n page(s))</source>
        <translation>
            <numerusform>Экспортирован {0} (%n страница)</numerusform>
            <numerusform>Экспортирован {0} (%n страницы)</numerusform>
            <numerusform>Экспортирован {0} (%n страниц)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported {0}</source>
        <translation>Экспортирован {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No program here opens {0}; the file is saved there.</source>
        <translation>Здесь нет программы, которая открывает {0}; файл сохранён там.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open File</source>
        <translation>Открыть файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0} could not be exported: {1}</source>
        <translation>Не удалось экспортировать {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: {0}</source>
        <translation>Экспорт не удался: {0}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export of {0} cancelled; nothing was written.</source>
        <translation>Экспорт {0} отменён; ничего не записано.</translation>
    </message>
</context>
<context>
    <name>WindowPrint</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/printing.py" line="+73"/>
        <source>Wait until the texts are compared, or cancel, to print them.</source>
        <translation>Дождитесь, пока тексты будут сравнены, или отмените сравнение, чтобы их напечатать.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The comparison is being printed; wait for it or cancel it.</source>
        <translation>Сравнение уже печатается; дождитесь окончания или отмените печать.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was printed: the comparison has fewer pages than that.</source>
        <translation>Ничего не напечатано: в сравнении меньше страниц.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Printed the comparison to {0} (%n page(s)).</source>
        <translation>
            <numerusform>Сравнение напечатано в {0} (%n страница).</numerusform>
            <numerusform>Сравнение напечатано в {0} (%n страницы).</numerusform>
            <numerusform>Сравнение напечатано в {0} (%n страниц).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Printed the comparison (%n page(s)).</source>
        <translation>
            <numerusform>Сравнение напечатано (%n страница).</numerusform>
            <numerusform>Сравнение напечатано (%n страницы).</numerusform>
            <numerusform>Сравнение напечатано (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing failed: {0}</source>
        <translation>Печать не удалась: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printing cancelled.</source>
        <translation>Печать отменена.</translation>
    </message>
</context>
<context>
    <name>WritingNotices</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/writing_notices.py" line="+42"/>
        <source>The texts are still being laid out ({0} so far): the view stays at the end as it grows, and reaches the real end when all is laid out.</source>
        <translation>Тексты ещё выводятся на экран (пока {0}): вид остаётся в конце по мере того, как текст растёт, и дойдёт до настоящего конца, когда будет выведено всё.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>These texts are longer than the panes can hold at once, so they hold a stretch at a time, now {0} to {1} of the newer text. Scroll on, or go to any article, and the stretch moves with you.</source>
        <translation>Эти тексты длиннее, чем панели могут вместить сразу, поэтому они показывают их по частям, сейчас — с {0} по {1} нового текста. Прокручивайте дальше или переходите к любой статье, и часть сменится вместе с вами.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The redline of these texts is too long to show whole: its last articles are not shown there. Side by Side shows every article.</source>
        <translation>Сводная правка этих текстов слишком длинна, чтобы показать её целиком: её последние статьи там не видны. Вид «рядом» показывает каждую статью.</translation>
    </message>
</context>
<context>
    <name>_Message</name>
    <message>
        <location filename="../../src/treatyviewer/ui/app/message_bar.py" line="-115"/>
        <source>Dismiss</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Закрыть сообщение</translation>
    </message>
</context>
<context>
    <name>change class</name>
    <message>
        <location filename="../../src/treatyviewer/ui/common/vocabulary.py" line="+61"/>
        <source>wording</source>
        <translation>формулировки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>figures</source>
        <translation>числа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name variants</source>
        <translation>варианты названий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>spelling</source>
        <translation>орфография</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>case</source>
        <translation>регистр</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>punctuation</source>
        <translation>пунктуация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>whitespace</source>
        <translation>пробелы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>references</source>
        <translation>ссылки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numbering</source>
        <translation>нумерация</translation>
    </message>
</context>
<context>
    <name>encodings</name>
    <message>
        <location filename="../../src/treatyviewer/ui/common/encodings.py" line="+13"/>
        <location line="+1"/>
        <source>all languages</source>
        <translation>все языки</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Turkish</source>
        <translation>турецкая</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Western</source>
        <translation>западноевропейская</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Central European</source>
        <translation>центральноевропейская</translation>
    </message>
</context>
<context>
    <name>numbers</name>
    <message>
        <location filename="../../src/treatyviewer/io/report_words.py" line="-32"/>
        <source>{0}%</source>
        <translation>{0}&#xa0;%</translation>
    </message>
</context>
<context>
    <name>provenance</name>
    <message>
        <location filename="../../src/treatyviewer/ui/common/vocabulary.py" line="-14"/>
        <source>attested</source>
        <translation>засвидетельствовано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstructed</source>
        <translation>реконструкция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paraphrased from a source</source>
        <translation>пересказ по источнику</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sure</source>
        <translation>достоверно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>probable</source>
        <translation>вероятно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uncertain</source>
        <translation>неясно</translation>
    </message>
</context>
<context>
    <name>status</name>
    <message>
        <location line="-54"/>
        <source>unchanged</source>
        <translation>без изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>modified</source>
        <translation>изменена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved</source>
        <translation>перемещена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>renumbered</source>
        <translation>перенумерована</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split</source>
        <translation>разделена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>объединена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>добавлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>исключена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>repealed</source>
        <translation>утратила силу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comparing…</source>
        <translation>сравнивается…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconstructed</source>
        <translation>реконструкция</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paraphrased</source>
        <translation>пересказ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>returned</source>
        <translation>возвращена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rewritten</source>
        <translation>переписана</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>numbering reconstructed</source>
        <translation>нумерация реконструирована</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The number of this article in {0} is the editors&apos; reconstruction, not attested: that it moved or was renumbered is a conjecture, not a fact to cite.</source>
        <translation>Номер этой статьи в тексте «{0}» — реконструкция редакторов, он не засвидетельствован: то, что статья перемещена или перенумерована, — предположение, а не факт для ссылки.</translation>
    </message>
</context>
</TS>
