<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>CacheDialog</name>
    <message>
        <location filename="../../app/data_menu.py" line="194" />
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="196" />
        <source>Measuring the cache…</source>
        <translation>Измерение кэша…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="201" />
        <source>Clear cache…</source>
        <translation>Очистить кэш…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="203" />
        <source>Delete every cached series (the chart stays)</source>
        <translation>Удалить все ряды из кэша (график останется)</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="217" />
        <source>{count} series, {size} on disk</source>
        <translation>Рядов: {count}, на диске {size}</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="226" />
        <source>Clear the cache?</source>
        <translation>Очистить кэш?</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="227" />
        <source>Delete every cached series? The next start fetches them again.</source>
        <translation>Удалить все ряды из кэша? При следующем запуске они загрузятся снова.</translation>
    </message>
</context>
<context>
    <name>DataBanner</name>
    <message>
        <location filename="../../widgets/banner.py" line="23" />
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="23" />
        <source>Try to fetch again</source>
        <translation>Попробовать загрузить снова</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="25" />
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="26" />
        <source>Chart a Yahoo, TradingView or Binance CSV file you already have</source>
        <translation>Построить график из имеющегося CSV-файла Yahoo, TradingView или Binance</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="29" />
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="30" />
        <source>Synthetic data to explore the app; every view is marked DEMO</source>
        <translation>Синтетические данные для знакомства с программой; везде пометка DEMO</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <location filename="../../app/data_controller.py" line="135" />
        <source>Fetch cancelled; the chart and cache are unchanged.</source>
        <extracomment>after the cache is on screen, wait this long before fetching, so the first paint does not share the interpreter with the import of a data source (yfinance/ccxt ~0.5 s) failures that mean "this symbol is wrong", as opposed to "try again later"</extracomment>
        <translation>Загрузка отменена; график и кэш не изменились.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="141" />
        <source>Demo data is not available in this build.</source>
        <translation>Демо-данные недоступны в этой сборке.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="154" />
        <source>CSV import is not available in this build.</source>
        <translation>Импорт CSV недоступен в этой сборке.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="180" />
        <source>Offline: showing cached data only.</source>
        <translation>Автономно: показаны только данные из кэша.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="267" />
        <source>Offline mode.</source>
        <translation>Автономный режим.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="285" />
        <source>Imported {rows} bars of {symbol}.</source>
        <translation>Импортировано баров {symbol}: {rows}.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="300" />
        <source>{reason} There is nothing cached to chart yet: retry, import a CSV file or load the demo data.</source>
        <translation>{reason} В кэше пока нет данных для графика: повторите попытку, импортируйте CSV-файл или загрузите демо-данные.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../app/data_menu.py" line="67" />
        <source>&amp;Data</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="68" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="69" />
        <source>&amp;Cancel fetch</source>
        <translation>&amp;Отменить загрузку</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="70" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="73" />
        <source>Gap and &amp;provenance report…</source>
        <translation>Отчёт о &amp;пропусках и источниках…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="75" />
        <source>Cache &amp;size and clear…</source>
        <translation>&amp;Размер и очистка кэша…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="76" />
        <source>Fetch only the bars missing since the last one</source>
        <translation>Загрузить только недостающие бары после последнего</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="86" />
        <source>Import a price file</source>
        <translation>Импорт файла цен</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="95" />
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="96" />
        <source>Symbol these prices belong to (e.g. ^RUT, BTC/USDT, ETH-USD):</source>
        <translation>Тикер этих цен (например ^RUT, BTC/USDT, ETH-USD):</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="110" />
        <source>Nothing is charted yet.</source>
        <translation>График ещё не построен.</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="111" />
        <source>Gap and provenance report</source>
        <translation>Отчёт о пропусках и источниках</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/export/actions.py" line="36" />
        <source>Export &amp;image…</source>
        <translation>Экспорт &amp;изображения…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="38" />
        <source>Export &amp;data (CSV)…</source>
        <translation>Экспорт &amp;данных (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="40" />
        <source>&amp;Copy chart to clipboard</source>
        <translation>&amp;Копировать график</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="64" />
        <source>Nothing to export yet: no chart is shown.</source>
        <translation>Пока нечего экспортировать: график не показан.</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="81" />
        <source>Export image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="97" />
        <source>Saved {image} ({w}x{h}) and {sidecar}</source>
        <translation>Сохранено: {image} ({w}x{h}) и {sidecar}</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="109" />
        <source>Export data</source>
        <translation>Экспорт данных</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="124" />
        <source>Saved {files}</source>
        <translation>Сохранено: {files}</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="139" />
        <source>Chart copied ({w}x{h})</source>
        <translation>График скопирован ({w}x{h})</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <location filename="../../app/export/dialog.py" line="70" />
        <source>Export image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="79" />
        <source>Window size ({w}x{h})</source>
        <translation>Размер окна ({w}x{h})</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="82" />
        <source>Custom</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="93" />
        <source>Caption with instruments, settings and figures</source>
        <translation>Подпись с инструментами, настройками и цифрами</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="104" />
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="105" />
        <source>Custom pixels</source>
        <translation>Свои пиксели</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="106" />
        <source>Pixel ratio</source>
        <translation>Плотность пикселей</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="107" />
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="149" />
        <source>SVG of {w}x{h} units</source>
        <translation>SVG {w}x{h} единиц</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="153" />
        <source>PNG of {w}x{h} pixels</source>
        <translation>PNG {w}x{h} пикселей</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="104" />
        <source>Instruments</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="105" />
        <source>Lag and statistics</source>
        <translation>Лаг и статистика</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="106" />
        <source>Breakout rules</source>
        <translation>Правила пробоя</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="107" />
        <source>Event study</source>
        <translation>Анализ событий</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="108" />
        <source>Breakouts</source>
        <translation>Пробои</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="125" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="130" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="133" />
        <source>&amp;Fit all</source>
        <translation>&amp;Показать всё</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="134" />
        <source>Snap to &amp;best lag</source>
        <translation>К &amp;лучшему лагу</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="136" />
        <source>Focus the &amp;lag slider</source>
        <translation>Перейти к &amp;ползунку лага</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="148" />
        <source>&amp;Dark theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="151" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="152" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="153" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="173" />
        <source>Fetching…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="257" />
        <source>About Liquidity Cascade</source>
        <translation>О Liquidity Cascade</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="259" />
        <source>Does a Russell 2000 breakout lead crypto, and by how long?

Not financial advice. Settings: {path}</source>
        <translation>Опережает ли пробой Russell 2000 крипторынок, и на сколько?

Не является финансовой рекомендацией. Настройки: {path}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/shortcuts.py" line="107" />
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="110" />
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="110" />
        <source>Does</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../app/status.py" line="32" />
        <source>Source, exchange and last bar of each series</source>
        <translation>Источник, биржа и последний бар каждого ряда</translation>
    </message>
    <message>
        <location filename="../../app/status.py" line="37" />
        <source>Fetching the missing bars in the background</source>
        <translation>Фоновая загрузка недостающих баров</translation>
    </message>
    <message>
        <location filename="../../app/status.py" line="38" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/status.py" line="39" />
        <source>Stop the fetch; chart and cache stay as they are</source>
        <translation>Остановить загрузку; график и кэш не изменятся</translation>
    </message>
</context>
<context>
    <name>ViewToolbar</name>
    <message>
        <location filename="../../app/view_toolbar.py" line="13" />
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="14" />
        <location filename="../../app/view_toolbar.py" line="55" />
        <source>Log</source>
        <translation>Лог</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="15" />
        <source>Percent</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="16" />
        <source>Index = 100</source>
        <translation>Индекс = 100</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="19" />
        <source>Equity pane</source>
        <translation>Панель индекса</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="20" />
        <source>Volume pane</source>
        <translation>Панель объёма</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="21" />
        <source>Crypto pane</source>
        <translation>Панель крипто</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="22" />
        <source>Correlation pane</source>
        <translation>Панель корреляции</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="35" />
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="41" />
        <source>Scale of the crypto pane (anchor follows the lag)</source>
        <translation>Шкала панели крипто (точка привязки следует за лагом)</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="46" />
        <source>Candles</source>
        <translation>Свечи</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="49" />
        <source>Candles or a close line for the equity</source>
        <translation>Свечи или линия закрытия для индекса</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="58" />
        <source>Logarithmic price axis for the equity</source>
        <translation>Логарифмическая ось цены для индекса</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="61" />
        <source> Crypto scale: </source>
        <translation> Шкала крипто: </translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="78" />
        <source>Show or hide this pane</source>
        <translation>Показать или скрыть панель</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../app/shortcuts.py" line="37" />
        <source>Fetch the bars missing since the last refresh</source>
        <extracomment>actions bound by name in the main window; keys in QKeySequence portable text</extracomment>
        <translation>Загрузить бары, недостающие с последнего обновления</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="39" />
        <source>Cancel the running fetch</source>
        <translation>Отменить текущую загрузку</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="43" />
        <source>Import a CSV file (Yahoo, TradingView, Binance)</source>
        <translation>Импорт CSV-файла (Yahoo, TradingView, Binance)</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="48" />
        <source>Export the chart as PNG or SVG with caption and sidecar</source>
        <translation>Экспорт графика в PNG или SVG с подписью и JSON-файлом</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="53" />
        <source>Copy the chart image to the clipboard</source>
        <translation>Скопировать изображение графика в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="55" />
        <source>Fit the whole history in view</source>
        <translation>Показать всю историю</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="57" />
        <source>Log scale for the equity pane</source>
        <translation>Логарифмическая шкала панели индекса</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="62" />
        <source>Switch the equity pane between candles and line</source>
        <translation>Переключить панель индекса между свечами и линией</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="64" />
        <source>Snap the lag to the best lag</source>
        <translation>Установить лучший лаг</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="68" />
        <source>Focus the lag slider (then arrows and Page Up/Down)</source>
        <translation>Перейти к ползунку лага (затем стрелки и Page Up/Down)</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="73" />
        <source>Switch between the light and the dark theme</source>
        <translation>Переключить светлую и тёмную тему</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="76" />
        <source>Gap and provenance report</source>
        <translation>Отчёт о пропусках и источниках</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="78" />
        <source>This list of shortcuts</source>
        <translation>Этот список горячих клавиш</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="80" />
        <source>Quit (settings and layout are saved)</source>
        <translation>Выход (настройки и раскладка сохраняются)</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="86" />
        <source>Lag slider: one day</source>
        <extracomment>keys handled inside widgets rather than by window actions</extracomment>
        <translation>Ползунок лага: один день</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="87" />
        <source>Lag slider: one week</source>
        <translation>Ползунок лага: одна неделя</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="88" />
        <source>Zoom time around the cursor</source>
        <translation>Масштаб времени вокруг курсора</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="89" />
        <source>Pan the time axis</source>
        <translation>Сдвиг оси времени</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="90" />
        <source>Fit everything in view</source>
        <translation>Показать всё</translation>
    </message>
</context>
</TS>