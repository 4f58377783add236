<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BreakoutNotifications</name>
    <message>
        <location filename="../../app/notifications.py" line="42"/>
        <source>New breakout ({rule}) on {date}: {verdict}</source>
        <extracomment>how long the status line keeps the news (ms)</extracomment>
        <translation>Новый пробой ({rule}) {date}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/notifications.py" line="46"/>
        <source>Breakout ({rule}) of {date}: now {verdict}, was {before}</source>
        <translation>Пробой ({rule}) от {date}: теперь {verdict}, было {before}</translation>
    </message>
    <message>
        <location filename="../../app/notifications.py" line="136"/>
        <source>Liquidity Cascade: breakouts</source>
        <translation>Liquidity Cascade: пробои</translation>
    </message>
</context>
<context>
    <name>BreakoutTable</name>
    <message>
        <location filename="../../app/translations.py" line="36"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="37"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="38"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="39"/>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="40"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="41"/>
        <source>+30 d</source>
        <translation>+30 дн.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="42"/>
        <source>+60 d</source>
        <translation>+60 дн.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="43"/>
        <source>+90 d</source>
        <translation>+90 дн.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="44"/>
        <source>At lag</source>
        <translation>На лаге</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="45"/>
        <source>At {lag}</source>
        <translation>На {lag}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="47"/>
        <source>Session date of the breakout close</source>
        <translation>Дата сессии, на закрытии которой произошёл пробой</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="48"/>
        <source>Which detector rule fired</source>
        <translation>Какое правило детектора сработало</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="49"/>
        <source>The level the close broke above</source>
        <translation>Уровень, выше которого закрылась цена</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="56"/>
        <source>Held: the close stayed above the level for the hold period; failed otherwise. Volume confirmation is shown separately in the Volume column</source>
        <translation>Удержан: цена закрытия оставалась выше уровня весь срок удержания; иначе — ложный. Подтверждение объёмом показано отдельно в столбце «Объём»</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="72"/>
        <source>Held</source>
        <translation>Удержан</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="84"/>
        <source>Held: the close stayed above the level for the hold period</source>
        <translation>Удержан: цена закрытия оставалась выше уровня весь срок удержания</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="61"/>
        <source>Crypto return from the breakout date to 30 days later</source>
        <translation>Доходность крипто от даты пробоя через 30 дней</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="50"/>
        <source>Volume on the breakout day over its 50-session average, with the stand-in&apos;s name when another series&apos; volume was used (✓ meets the volume confirmation multiple, ✗ falls short of it)</source>
        <translation>Объём в день пробоя к его среднему за 50 сессий; если взят объём другого ряда, указано его имя (✓ достигает множителя подтверждения объёмом, ✗ не достигает)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="62"/>
        <source>Crypto return from the breakout date to 60 days later</source>
        <translation>Доходность крипто от даты пробоя через 60 дней</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="63"/>
        <source>Crypto return from the breakout date to 90 days later</source>
        <translation>Доходность крипто от даты пробоя через 90 дней</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="64"/>
        <source>Crypto return from the breakout date to the slider&apos;s current lag</source>
        <translation>Доходность крипто от даты пробоя до текущего лага ползунка</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="68"/>
        <source>ATH after drought</source>
        <translation>ATH после паузы</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="69"/>
        <source>N-day high</source>
        <translation>Макс. за N дней</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="70"/>
        <source>Failed</source>
        <translation>Ложный</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="71"/>
        <source>Pending</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="73"/>
        <source>incomplete</source>
        <translation>неполный</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="74"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="75"/>
        <source>no volume</source>
        <translation>нет объёма</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="77"/>
        <source>Failed: the close fell back below the level within the hold period</source>
        <translation>Ложный: цена закрытия вернулась ниже уровня в пределах срока удержания</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="80"/>
        <source>Pending: too recent to judge whether the close holds above the level</source>
        <translation>Ожидает: пробой слишком свежий, чтобы судить, удержится ли цена выше уровня</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="87"/>
        <source>Incomplete: this horizon runs past the last bar, so its return is not known yet</source>
        <translation>Неполный: горизонт выходит за последний бар, доходность пока неизвестна</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="91"/>
        <source>No crypto return here: the series has no data at the event or at the horizon</source>
        <translation>Нет доходности крипто: у ряда нет данных на дату события или на горизонте</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="95"/>
        <source>Level {level}, close {close}</source>
        <translation>Уровень {level}, закрытие {close}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="96"/>
        <source>run ends {date}</source>
        <translation>конец движения {date}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="97"/>
        <source>Click or press Enter to zoom the chart to this breakout</source>
        <translation>Щёлкните или нажмите Enter, чтобы приблизить график к этому пробою</translation>
    </message>
    <message>
        <location filename="../../widgets/breakout_table.py" line="228"/>
        <source>Breakouts found by the detector. Click a row (or select it and press Enter) to zoom the chart to it; click a header to sort.</source>
        <translation>Пробои, найденные детектором. Щёлкните строку (или выберите её и нажмите Enter), чтобы приблизить к ней график; щёлкните заголовок для сортировки.</translation>
    </message>
    <message>
        <location filename="../../widgets/breakout_table.py" line="239"/>
        <source>Synthetic demo data: these breakouts are not real events</source>
        <translation>Синтетические демо-данные: эти пробои не реальны</translation>
    </message>
    <message>
        <location filename="../../widgets/breakout_table.py" line="268"/>
        <source>Returns of {crypto}</source>
        <translation>Доходность {crypto}</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../widgets/evidence/busy_bar.py" line="34"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/busy_bar.py" line="37"/>
        <source>Run again</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/busy_bar.py" line="39"/>
        <source>Compute again from the data shown</source>
        <translation>Пересчитать по показанным данным</translation>
    </message>
</context>
<context>
    <name>CacheDialog</name>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="30"/>
        <source>Series</source>
        <extracomment>the cache table&apos;s columns (the last holds each row&apos;s Clear button)</extracomment>
        <translation>Ряд</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="31"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="32"/>
        <source>Timeframe</source>
        <translation>Таймфрейм</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="33"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="34"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="35"/>
        <source>Bars</source>
        <translation>Баров</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="36"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="80"/>
        <source>Cache</source>
        <translation>Кэш</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="81"/>
        <source>Measuring the cache…</source>
        <translation>Измерение кэша…</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="82"/>
        <source>Cache folder: {path}</source>
        <translation>Папка кэша: {path}</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="94"/>
        <source>Clear cache…</source>
        <translation>Очистить кэш…</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="96"/>
        <source>Delete every cached series (the chart stays)</source>
        <translation>Удалить все ряды из кэша (график останется)</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="108"/>
        <source>{count} series, {size} on disk</source>
        <translation>Рядов: {count}, на диске {size}</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="137"/>
        <source>Clear…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="138"/>
        <source>Delete this series from the cache (the chart stays)</source>
        <translation>Удалить этот ряд из кэша (график останется)</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="147"/>
        <source>Clear {series}?</source>
        <translation>Удалить {series}?</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="149"/>
        <source>Delete {series} from the cache? It is fetched again when next charted.</source>
        <translation>Удалить {series} из кэша? Ряд загрузится снова, когда понадобится графику.</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="160"/>
        <source>Clear the cache?</source>
        <translation>Очистить кэш?</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="161"/>
        <source>Delete every cached series? The next start fetches them again.</source>
        <translation>Удалить все ряды из кэша? При следующем запуске они загрузятся снова.</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <location filename="../../app/translations.py" line="103"/>
        <source>{equity} ({name}) vs {crypto}</source>
        <translation>{equity} ({name}) и {crypto}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="104"/>
        <source>{equity} ({name})</source>
        <translation>{equity} ({name})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="105"/>
        <source>DEMO DATA: synthetic series, not market prices.</source>
        <translation>ДЕМО-ДАННЫЕ: синтетические ряды, а не рыночные цены.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="106"/>
        <source>As of {date}: only the data known by that day&apos;s close, as the app would have shown it then.</source>
        <translation>На {date}: только данные, известные к закрытию того дня, как приложение показало бы их тогда.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="111"/>
        <source>Data: {sources}</source>
        <translation>Данные: {sources}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="112"/>
        <source>{label} (synthetic, {timeframe})</source>
        <translation>{label} (синтетика, {timeframe})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="113"/>
        <source>{label} ({where}, {timeframe})</source>
        <translation>{label} ({where}, {timeframe})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="114"/>
        <source>{label} ({where}, {origin}, {timeframe})</source>
        <translation>{label} ({where}, {origin}, {timeframe})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="115"/>
        <source>{exchange} via {source}</source>
        <translation>{exchange} через {source}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="116"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="117"/>
        <source>fetched</source>
        <translation>загружено</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="118"/>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="119"/>
        <source>Lag {lag} days (crypto of day t{lag} drawn at t; positive: equity leads)</source>
        <translation>Лаг {lag} дн. (крипта дня t{lag} нарисована в t; плюс: индекс ведёт)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="122"/>
        <source>Scale: {scale}, {axis}</source>
        <translation>Шкала: {scale}, {axis}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="123"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="124"/>
        <source>% change from {anchor}</source>
        <translation>изменение в % от {anchor}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="125"/>
        <source>indexed to 100 on {anchor}</source>
        <translation>индекс = 100 на {anchor}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="126"/>
        <source>log axis</source>
        <translation>логарифмическая ось</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="127"/>
        <source>linear axis</source>
        <translation>линейная ось</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="128"/>
        <source>Alignment: {policy}</source>
        <translation>Выравнивание: {policy}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="129"/>
        <source>NYSE sessions (crypto close on each session date)</source>
        <translation>сессии NYSE (закрытие крипты на дату каждой сессии)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="130"/>
        <source>calendar days (equity close carried over weekends and holidays)</source>
        <translation>календарные дни (закрытие индекса переносится на выходные и праздники)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="133"/>
        <source>weekly (last session of each week)</source>
        <translation>недели (последняя сессия каждой недели)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="134"/>
        <source>Breakout rule: {rule}</source>
        <translation>Правило пробоя: {rule}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="135"/>
        <source>first close above the all-time high after {n} sessions without one</source>
        <translation>первое закрытие выше исторического максимума после {n} сессий без нового</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="138"/>
        <source>close {pct}% above the {n}-session high</source>
        <translation>закрытие на {pct}% выше максимума за {n} сессий</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="139"/>
        <source>close above {level}</source>
        <translation>закрытие выше {level}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="140"/>
        <source>a level not set yet</source>
        <translation>уровень ещё не задан</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="141"/>
        <source>{rule}; volume confirmed at {mult}x its {average}-session average within {window} sessions; a breakout holds when the close stays above the level {hold} sessions</source>
        <translation>{rule}; объём подтверждает при {mult}× от среднего за {average} сессий в пределах {window} сессий; пробой удержан, если закрытие держится выше уровня {hold} сессий</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="147"/>
        <source>Correlation of daily log returns, {equity} vs {crypto} at {lag} days: {rho} (N = {n})</source>
        <translation>Корреляция дневных лог-доходностей, {equity} и {crypto}, лаг {lag} дн.: {rho} (N = {n})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="151"/>
        <source>best lag of {sampling} returns in {window}: {lag} days: {rho}, {p} (family-wise over that window, {draws} draws), N = {n}</source>
        <translation>лучший лаг {sampling} доходностей в окне «{window}»: {lag} дн.: {rho}, {p} (групповой по этому окну, выборок: {draws}), N = {n}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="156"/>
        <source>daily</source>
        <translation>дневных</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="157"/>
        <source>weekly</source>
        <translation>недельных</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="158"/>
        <source>all lags</source>
        <translation>все лаги</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="159"/>
        <source>lead 30-90 d</source>
        <translation>опережение 30–90 дн.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="160"/>
        <source>{name} ({span})</source>
        <translation>{name} ({span})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="161"/>
        <source>{low}..{high} days</source>
        <translation>{low}..{high} дн.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="162"/>
        <source>cross-correlation bands: pointwise 95% (each lag alone) and family-wise 95% over {window}</source>
        <translation>полосы кросс-корреляции: поточечная 95% (каждый лаг отдельно) и совместная 95% по окну «{window}»</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="168"/>
        <source>headline +{horizon} days, fixed before looking: {crypto} rose after {share}% of N = {n} breakouts against {baseline}% of all {horizon}-day windows, placebo {p}, family-wise over {horizons} horizons {family}</source>
        <translation>главный горизонт +{horizon} дн., выбран заранее: {crypto} рос после {share}% из N = {n} пробоев против {baseline}% всех {horizon}-дневных окон, плацебо {p}, групповой по {horizons} горизонтам {family}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="174"/>
        <source>N = {n}: an anecdote, not evidence</source>
        <translation>N = {n}: единичные случаи, а не доказательство</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="167"/>
        <source>{n} breakouts ({held} held)</source>
        <translation>пробоев: {n} (удержано: {held})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="175"/>
        <source>no crypto series: the statistics need one</source>
        <translation>нет криптоактива: статистике он нужен</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="176"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="177"/>
        <source>Last bar: {lasts} · Exported {stamp} · Liquidity Cascade {version} · {disclaimer}</source>
        <translation>Последний бар: {lasts} · Экспорт {stamp} · Liquidity Cascade {version} · {disclaimer}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="181"/>
        <source>Not financial advice.</source>
        <translation>Не является финансовой рекомендацией.</translation>
    </message>
</context>
<context>
    <name>Cascade</name>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="35"/>
        <source>Hop</source>
        <extracomment>the columns, marked for lupdate in the ``Cascade`` context; most needed first, so a narrow dock shows the hop, its lead, p and N before it scrolls</extracomment>
        <translation>Звено</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="36"/>
        <source>Lead</source>
        <translation>Опережение</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="37"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="38"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="39"/>
        <source>95% interval</source>
        <translation>95% интервал</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="40"/>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="43"/>
        <source>Each stage against the one before it</source>
        <translation>Каждая стадия против предыдущей</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="44"/>
        <source>The lag (calendar days) at which the follower best tracks the leader</source>
        <translation>Лаг (календарные дни), при котором ведомая стадия лучше всего следует за ведущей</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="47"/>
        <source>Family-wise p over the lags searched (block sign-flip null); its floor is 1 / (draws + 1)</source>
        <translation>p с учётом поиска по всем лагам (блочная нулевая модель со сменой знака); его нижняя граница 1 / (выборок + 1)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="51"/>
        <source>Return pairs at the lead</source>
        <translation>Пары доходностей при этом опережении</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="52"/>
        <source>The lags not rejected as the best at 95% (cautious: wide when the lead is weak)</source>
        <translation>Лаги, не отвергнутые как лучший на уровне 95% (осторожно: широкий, когда опережение слабое)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="56"/>
        <source>Correlation of the returns at the lead</source>
        <translation>Корреляция доходностей при этом опережении</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="111"/>
        <source>Lead ({window})</source>
        <extracomment>a line&apos;s height over the font&apos;s: the table must show its lines in a short dock</extracomment>
        <translation>Опережение ({window})</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="115"/>
        <source>Family-wise p over the lags searched ({low}..{high} d) from {draws} draws of a block sign-flip null; its floor is 1 / (draws + 1)</source>
        <translation>p с учётом поиска по лагам {low}..{high} дн. из {draws} выборок блочной нулевой модели со сменой знака; его нижняя граница 1 / (выборок + 1)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="148"/>
        <source>Sum of the hops</source>
        <translation>Сумма звеньев</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="150"/>
        <source>Direct: {first} → {last}</source>
        <translation>Напрямую: {first} → {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="180"/>
        <source>The hops&apos; leads added up; the interval is their intervals added end to end (it holds whenever every hop&apos;s interval holds its own)</source>
        <translation>Опережения звеньев, сложенные вместе; интервал — их интервалы, сложенные концами (он верен, когда интервал каждого звена верен)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="52"/>
        <source>Chain broke at</source>
        <translation>Цепь прервалась на</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="83"/>
        <source>held to the last stage</source>
        <translation>дошла до последней стадии</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="86"/>
        <source>{stage}: {why}</source>
        <translation>{stage}: {why}</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="125"/>
        <source>{turn}, out of order</source>
        <translation>{turn}, не по порядку</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="132"/>
        <source>now
{date}</source>
        <translation>сейчас
{date}</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="134"/>
        <source>held</source>
        <translation>удержан</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="136"/>
        <source>failed</source>
        <translation>ложный</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="143"/>
        <source>Turns searched from {start} to {end}</source>
        <translation>Развороты искались с {start} по {end}</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="21"/>
        <source>net liquidity</source>
        <extracomment>longest symbol a name shows (a basket&apos;s full text is in the tooltips and the caption) the roles of ``models.cascade.stages`` (DEFAULT_CHAIN, KNOWN_STAGES, role_of)</extracomment>
        <translation>чистая ликвидность</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="22"/>
        <source>credit</source>
        <translation>кредит</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="23"/>
        <source>bonds</source>
        <translation>облигации</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="24"/>
        <source>large caps</source>
        <translation>крупные компании</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="25"/>
        <source>small caps</source>
        <translation>малые компании</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="26"/>
        <source>BTC</source>
        <translation>BTC</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="27"/>
        <source>ETH</source>
        <translation>ETH</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="28"/>
        <source>alts</source>
        <translation>альткоины</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="29"/>
        <source>Fed balance sheet</source>
        <translation>баланс ФРС</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="30"/>
        <source>ETH/BTC</source>
        <translation>ETH/BTC</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="34"/>
        <source>turned</source>
        <extracomment>how a stage fared in one cycle (``models.cascade.cycles``)</extracomment>
        <translation>разворот</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="35"/>
        <source>out of order</source>
        <translation>не по порядку</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="36"/>
        <source>no turn</source>
        <translation>нет разворота</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="37"/>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="57"/>
        <source>{name} (inverted)</source>
        <translation>{name} (инверсия)</translation>
    </message>
</context>
<context>
    <name>CascadeController</name>
    <message>
        <location filename="../../app/cascade_controller.py" line="181"/>
        <source>Cancelled: the cascade shown is the last one computed (Refresh runs it).</source>
        <extracomment>the stage whose breakouts start the cycles when the chart&apos;s equity is not a stage the chain is judged again at the replay&apos;s day once the cursor has rested this long the chain of ``loaded`` judged (progress after each hop, cancel between hops), in the child process: on a thread its Python shared the interpreter lock with the GUI, and a pan of the chart while it ran took 60-100 ms instead of 25 (measured under load)</extracomment>
        <translation>Отменено: показан последний рассчитанный каскад («Обновить» запустит расчёт).</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="197"/>
        <source>Loading the stages</source>
        <translation>Загрузка стадий</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="297"/>
        <source>nothing cached; import it (File ▸ Import CSV…) or work online</source>
        <translation>в кэше ничего нет; импортируйте файл (Файл ▸ Импорт CSV…) или работайте онлайн</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="304"/>
        <source>The cascade needs every stage:</source>
        <translation>Каскаду нужны все стадии:</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="330"/>
        <source>Judging the chain</source>
        <translation>Оценка цепочки</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="353"/>
        <source>The demo chain has no {stage}; it has {stages}.</source>
        <translation>В демо-цепи нет {stage}; в ней есть {stages}.</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="370"/>
        <source>Fetching the stages&apos; bars: {what}</source>
        <translation>Загрузка баров стадий: {what}</translation>
    </message>
</context>
<context>
    <name>CascadePanel</name>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="70"/>
        <source>&amp;Stages…</source>
        <extracomment>the strip&apos;s share of the panel&apos;s width when the tables sit beside it below this width (px) the strip is a tab beside the chain and the cycles: side by side at 1280x720 neither the strip&apos;s rows nor the chain&apos;s p and N had room</extracomment>
        <translation>&amp;Стадии…</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="71"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="73"/>
        <source>E&amp;xport image…</source>
        <translation>Экспорт и&amp;зображения…</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="75"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="87"/>
        <source>Add, remove, move or invert the stages</source>
        <translation>Добавить, убрать, переставить или инвертировать стадии</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="88"/>
        <source>Fetch the stages&apos; missing bars, then recompute</source>
        <translation>Загрузить недостающие бары стадий и пересчитать</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="90"/>
        <source>Save the cascade as PNG or SVG with its caption and evidence</source>
        <translation>Сохранить каскад в PNG или SVG с подписью и данными для проверки</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="95"/>
        <source>Rows: z-score of each stage&apos;s log level against its own trailing {days} days, clipped to ±{clip} (inverted: upside down) · ▲ turn by the breakout rule (hollow: pending)</source>
        <translation>Строки: z-оценка логарифма уровня каждой стадии относительно её собственных предыдущих {days} дней, обрезанная до ±{clip} (инверсия: вверх ногами) · ▲ разворот по правилу пробоя (полый: не подтверждён)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="113"/>
        <source>Chain</source>
        <translation>Цепь</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="114"/>
        <source>Cycles</source>
        <translation>Циклы</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="156"/>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="180"/>
        <source>Breakouts of {anchor}, -{back}..+{ahead} d, and now</source>
        <translation>Пробои {anchor}, -{back}..+{ahead} дн., и сейчас</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="182"/>
        <source>Each breakout of {anchor} by the breakout rule, and now: each stage&apos;s first turn from {back} days before to {ahead} days after, on or after the turn of the stage before (its days after that turn)</source>
        <translation>Каждый пробой {anchor} по правилу пробоя и сейчас: первый разворот каждой стадии от {back} дней до до {ahead} дней после, не раньше разворота предыдущей стадии (в днях после него)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="187"/>
        <source>No stage is {anchor}: now alone, last {back} d</source>
        <translation>Нет стадии {anchor}: только сейчас, последние {back} дн.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="189"/>
        <source>No stage is {anchor}, so the table has now alone: each stage&apos;s first turn over the last {back} days, on or after the turn of the stage before</source>
        <translation>Среди стадий нет {anchor}, поэтому в таблице только «сейчас»: первый разворот каждой стадии за последние {back} дней, не раньше разворота предыдущей стадии</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="214"/>
        <source>%v of %m</source>
        <translation>%v из %m</translation>
    </message>
</context>
<context>
    <name>CcfPlot</name>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="84"/>
        <source>Cross-correlation: waiting for data</source>
        <translation>Кросс-корреляция: ожидание данных</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="42"/>
        <source>{sampling} returns</source>
        <translation>доходности: {sampling}</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="45"/>
        <source>pointwise 95% (each lag alone)</source>
        <translation>поточечная 95% (каждый лаг отдельно)</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="46"/>
        <source>family-wise 95% over {window}</source>
        <translation>совместная 95% по окну «{window}»</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="102"/>
        <source>Correlation of returns for each lag (crypto shifted by k days).
Shaded: pointwise 95% band, each lag taken alone (most CCFs with no relation cross it somewhere) · dashed: family-wise 95% band over the lags searched (the best lag is significant at 5% when it leaves it) · dot: best lag of the lags searched · vertical line: the slider&apos;s lag.
Click to move the slider to that lag.</source>
        <translation>Корреляция доходностей для каждого лага (крипта сдвинута на k дней).
Заливка: поточечная 95% полоса, каждый лаг отдельно (большинство ККФ без связи где-то её пересекают) · пунктир: совместная 95% полоса по окну поиска (лучший лаг значим на 5%, когда выходит за неё) · точка: лучший лаг окна поиска · вертикальная линия: лаг ползунка.
Щёлкните, чтобы перевести ползунок на этот лаг.</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="119"/>
        <source>lag (days)</source>
        <translation>лаг (дни)</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="216"/>
        <source>Cross-correlation: not enough overlapping data</source>
        <translation>Кросс-корреляция: мало общих данных</translation>
    </message>
</context>
<context>
    <name>ChartController</name>
    <message>
        <location filename="../../app/chart_controller.py" line="167"/>
        <source>No breakout under this rule: no cycle to show</source>
        <extracomment>the CCF bootstrap and the event study of a new session start this long after it is drawn, so they do not compete with its first paint for the interpreter the panels are filled this long after the chart of a new session, once it is painted after a pan or zoom rests, indexed and percent lines are re-anchored at the first visible date (as trading platforms&apos; compare scales do) and an auto log axis follows</extracomment>
        <translation>По этому правилу пробоев нет: нечего показать как цикл</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../widgets/chart/chart_view.py" line="40"/>
        <source>All panes are hidden — View menu to show them</source>
        <extracomment>the least height of each pane: a short window shrinks the others, then the docks</extracomment>
        <translation>Все панели скрыты — включите их в меню «Вид»</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/chart_view.py" line="47"/>
        <source>as of %1</source>
        <translation>на %1</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/chart_view.py" line="48"/>
        <source>Nothing is charted yet.

Pick an equity and coins under Instruments, import a price file (File ▸ Import CSV…), or load the demo data.</source>
        <translation>На графике пока ничего нет.

Выберите индекс и монеты в «Инструментах», импортируйте файл цен (Файл ▸ Импорт CSV…) или загрузите демо-данные.</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="31"/>
        <source>price</source>
        <translation>цена</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="32"/>
        <source>% change</source>
        <translation>изменение, %</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="33"/>
        <source>index = 100</source>
        <translation>индекс = 100</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="36"/>
        <location filename="../../widgets/chart/equity_pane.py" line="193"/>
        <source>log axis</source>
        <translation>логарифмическая ось</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="37"/>
        <source>linear axis</source>
        <translation>линейная ось</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="39"/>
        <source>lag %1 (crypto of t%2 drawn at t)</source>
        <translation>лаг %1 (крипта дня t%2 нарисована в t)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="40"/>
        <source>statistics</source>
        <translation>статистика</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="41"/>
        <source>No coin to compare: tick one under Instruments, or type a pair and press Add</source>
        <translation>Нет монеты для сравнения: отметьте её в «Инструментах» или введите пару и нажмите «Добавить»</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="46"/>
        <source>ratio</source>
        <extracomment>what a derived series is, beside its label in the legend</extracomment>
        <translation>отношение</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="47"/>
        <source>basket of %1 (%2 counted)</source>
        <translation>корзина из %1 (учтено %2)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="27"/>
        <source>O</source>
        <extracomment>the legend&apos;s names of open, high, low and close (translated: &quot;О&quot;, &quot;Макс&quot;, ...)</extracomment>
        <translation>О</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="28"/>
        <source>H</source>
        <translation>Макс</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="29"/>
        <source>L</source>
        <translation>Мин</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="30"/>
        <source>C</source>
        <translation>З</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="166"/>
        <source>no session</source>
        <translation>нет сессии</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="196"/>
        <source>held</source>
        <translation>удержан</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="197"/>
        <source>failed</source>
        <translation>ложный</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="205"/>
        <source>pending</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/volume_pane.py" line="72"/>
        <source>threshold</source>
        <translation>порог</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/volume_pane.py" line="88"/>
        <source>Volume</source>
        <translation>Объём</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/volume_pane.py" line="90"/>
        <source>confirmation threshold</source>
        <translation>порог подтверждения</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="243"/>
        <location filename="../../widgets/chart/crypto_pane.py" line="250"/>
        <source>Crypto</source>
        <extracomment>a percent scale on a log axis holds log10(PERCENT_BASE + percent)</extracomment>
        <translation>Крипто</translation>
    </message>
    <message>
        <location filename="../../app/overlays.py" line="65"/>
        <source>{equity} (rebased to {crypto})</source>
        <translation>{equity} (приведён к {crypto})</translation>
    </message>
    <message>
        <location filename="../../app/overlays.py" line="67"/>
        <source>{equity} (rebased)</source>
        <translation>{equity} (приведён)</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="235"/>
        <source>{equity} vs {crypto}</source>
        <extracomment>a click on a breakout shows it with this much of the chart either side</extracomment>
        <translation>{equity} и {crypto}</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="280"/>
        <source>{equity} volume</source>
        <translation>Объём {equity}</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="285"/>
        <source>No usable volume: import {proxy} to use its volume instead</source>
        <translation>Нет пригодного объёма: импортируйте {proxy}, чтобы взять его объём</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="289"/>
        <source>No usable volume</source>
        <translation>Нет пригодного объёма</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="291"/>
        <source>{equity} volume, {proxy} volume where it has none</source>
        <translation>Объём {equity}, где его нет — объём {proxy}</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="296"/>
        <source>{proxy} volume (standing in for {equity})</source>
        <translation>Объём {proxy} (вместо {equity})</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/correlation_pane.py" line="23"/>
        <source>Add a coin to see how its returns move with the equity&apos;s</source>
        <extracomment>what the correlation pane says without a coin to correlate</extracomment>
        <translation>Добавьте монету, чтобы увидеть, как её доходность связана с индексом</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/correlation_pane.py" line="112"/>
        <source>Rolling correlation of returns</source>
        <translation>Скользящая корреляция доходностей</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/correlation_pane.py" line="116"/>
        <source>%1-session window</source>
        <translation>окно %1 сессий</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/correlation_pane.py" line="120"/>
        <source>±%1: noise (95%)</source>
        <translation>±%1: шум (95%)</translation>
    </message>
    <message>
        <location filename="../../app/breadth.py" line="57"/>
        <source>It counts {first} on {first_date}, {most} at most, {last} on {last_date}.</source>
        <translation>Учтено {first} на {first_date}, не более {most}, {last} на {last_date}.</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="40"/>
        <source>Altcoin season index</source>
        <extracomment>the public index&apos;s thresholds: at or above, altcoin season; at or below, bitcoin season the link key of the offer to add the index (never a series label: those have no &quot;#&quot;)</extracomment>
        <translation>Индекс сезона альткоинов</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="41"/>
        <source>%1 alts vs %2 over %3 days · survivorship: a universe picked today</source>
        <translation>%1 альткоинов против %2 за %3 дн. · ошибка выжившего: набор выбран сегодня</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="44"/>
        <source>shifted by the lag</source>
        <translation>сдвинут на лаг</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="45"/>
        <source>altcoin season (75)</source>
        <translation>сезон альткоинов (75)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="46"/>
        <source>bitcoin season (25)</source>
        <translation>сезон биткоина (25)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="47"/>
        <source>alts counted, % of the %1</source>
        <translation>учтено альткоинов, % от %1</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="48"/>
        <source>%1 of %2 alts counted</source>
        <translation>учтено %1 из %2 альткоинов</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="49"/>
        <source>Add the altcoin season index (altseason)</source>
        <translation>Добавить индекс сезона альткоинов (altseason)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="50"/>
        <source>The altcoin season index is not charted: add it above, or type altseason under Instruments (its alts are fetched as one batch).</source>
        <translation>Индекс сезона альткоинов не показан: добавьте его выше или введите altseason в «Инструментах» (его альткоины загружаются одним пакетом).</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="54"/>
        <source>The altcoin season index: the share (0-100) of a universe of alts whose return over the window beat BTC&apos;s. 75 and above: altcoin season; 25 and below: bitcoin season. The dashed line is the share of the universe counted each day.</source>
        <translation>Индекс сезона альткоинов: доля (0-100) альткоинов набора, чья доходность за окно выше, чем у BTC. 75 и выше — сезон альткоинов; 25 и ниже — сезон биткоина. Пунктир — доля набора, учтённая в каждый день.</translation>
    </message>
</context>
<context>
    <name>DataBanner</name>
    <message>
        <location filename="../../widgets/banner.py" line="23"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="23"/>
        <source>Try to fetch again</source>
        <translation>Попробовать загрузить снова</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="25"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="26"/>
        <source>Chart a Yahoo, TradingView or Binance CSV file you already have</source>
        <translation>Построить график из имеющегося CSV-файла Yahoo, TradingView или Binance</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="29"/>
        <source>Load demo data</source>
        <translation>Загрузить демо-данные</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="30"/>
        <source>Synthetic data to explore the app; every view is marked DEMO</source>
        <translation>Синтетические данные для знакомства с программой; везде пометка DEMO</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <location filename="../../app/data_wording.py" line="31"/>
        <location filename="../../app/data_wording.py" line="174"/>
        <location filename="../../app/data_wording.py" line="201"/>
        <source>{label}: {what}</source>
        <translation>{label}: {what}</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="47"/>
        <source>nothing is cached and the app is working offline.</source>
        <translation>в кэше ничего нет, а приложение работает офлайн.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="51"/>
        <source>not fetched: {source} could not be reached for {first}.</source>
        <translation>не загружено: {source} не ответил(а) для {first}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="55"/>
        <source>{source} could not be reached ({how}); check the connection.</source>
        <translation>{source} недоступен ({how}); проверьте подключение.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="59"/>
        <source>{source} is limiting requests (HTTP 429); try again in a few minutes.</source>
        <translation>{source} ограничивает запросы (HTTP 429); повторите через несколько минут.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="64"/>
        <source>{source} refuses this region (HTTP 451); pin an exchange that serves it, for example BTC/USDT@kraken, or clear the copy cached from it.</source>
        <translation>{source} не обслуживает ваш регион (HTTP 451); укажите биржу, которая его обслуживает, например BTC/USDT@kraken, или очистите копию, загруженную с неё.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="70"/>
        <source>{source} is unavailable right now; try again later.</source>
        <translation>{source} сейчас недоступен; повторите позже.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="74"/>
        <source>{source} sent an answer that cannot be right; nothing of it was saved. Try again later.</source>
        <translation>{source} прислал ответ, который не может быть верным; из него ничего не сохранено. Повторите позже.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="80"/>
        <source>{source} does not know this symbol.</source>
        <translation>{source} не знает такого тикера.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="84"/>
        <source>no bars in the requested range.</source>
        <translation>в запрошенном диапазоне нет баров.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="90"/>
        <source>cancelled; the chart and the cache are unchanged.</source>
        <translation>отменено; график и кэш не изменились.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="100"/>
        <source>The disk holding {path} is full; free some space.</source>
        <translation>Диск, на котором находится {path}, заполнен; освободите место.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="104"/>
        <source>{path} is on a read-only disk; choose a writable cache folder (--cache-dir or LIQUIDITY_CASCADE_CACHE_DIR).</source>
        <translation>{path} находится на диске только для чтения; выберите папку кэша, доступную для записи (--cache-dir или LIQUIDITY_CASCADE_CACHE_DIR).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="110"/>
        <source>No permission to write at {path}; allow it or choose another cache folder (--cache-dir or LIQUIDITY_CASCADE_CACHE_DIR).</source>
        <translation>Нет прав на запись в {path}; разрешите запись или выберите другую папку кэша (--cache-dir или LIQUIDITY_CASCADE_CACHE_DIR).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="116"/>
        <source>The name {path} is too long for the file system.</source>
        <translation>Имя {path} слишком длинное для файловой системы.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="120"/>
        <source>{path} is in the way: a file where a folder is needed; move it or choose another cache folder.</source>
        <translation>{path} мешает: на месте папки находится файл; переместите его или выберите другую папку кэша.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="137"/>
        <source>the exchange</source>
        <translation>биржа</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="138"/>
        <source>the data source</source>
        <translation>источник данных</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="143"/>
        <source>no answer in time</source>
        <translation>нет ответа вовремя</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="145"/>
        <source>the connection was reset</source>
        <translation>соединение сброшено</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="147"/>
        <source>the name did not resolve</source>
        <translation>имя не разрешилось (DNS)</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="148"/>
        <source>no connection</source>
        <translation>нет соединения</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="153"/>
        <source>the cached file could not be read and could not be moved aside; it is skipped.</source>
        <translation>файл в кэше не читается и его не удалось отложить; он пропущен.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="158"/>
        <source>the cached file could not be read; it was moved to {path} and is fetched again.</source>
        <translation>файл в кэше не читается; он перемещён в {path} и загружается заново.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="162"/>
        <source>the cached file could not be read; it was set aside and is fetched again.</source>
        <translation>файл в кэше не читается; он отложен и загружается заново.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="185"/>
        <source>Unexpected {kind}: {message}</source>
        <translation>Непредвиденная ошибка {kind}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="212"/>
        <source>the bars fetched before the failure were not kept.</source>
        <translation>бары, полученные до сбоя, не сохранены.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="216"/>
        <source>the source holds less history than was asked for.</source>
        <translation>у источника история короче запрошенной.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="220"/>
        <source>could not be refreshed; the cached bars are shown.</source>
        <translation>обновить не удалось; показаны бары из кэша.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="224"/>
        <source>{file} looks like {hint} data but {label} trades on the {calendar} calendar.</source>
        <translation>{file} похож на данные {hint}, но {label} торгуется по календарю {calendar}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="229"/>
        <source>{file}: {count} rows without prices were skipped.</source>
        <translation>{file}: пропущено строк без цен: {count}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="233"/>
        <source>kept {count} bars fetched before the failure ({first} .. {last}).</source>
        <translation>сохранены бары, полученные до сбоя: {count} ({first} .. {last}).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="237"/>
        <source>{count} gaps in the fetched bars, the first at {first}.</source>
        <translation>пропусков в полученных барах: {count}, первый — {first}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="241"/>
        <source>served by {exchange} ({failed} failed).</source>
        <translation>данные с {exchange} ({failed} не ответила).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="245"/>
        <source>{count} cached bars dated after today are ignored; clear the series and import a corrected file.</source>
        <translation>баров в кэше с датой позже сегодняшней: {count}, они не используются; очистите ряд и импортируйте исправленный файл.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="272"/>
        <source>a universe of {size} alts picked today: coins that died or left the top are missing from earlier years, which flatters the alts (survivorship bias).</source>
        <translation>набор из {size} альткоинов выбран сегодня: монет, которые умерли или выпали из топа, нет в прошлых годах, и это приукрашивает альткоины (ошибка выжившего).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="253"/>
        <source>{count} of {size} alts have no bars ({names}); the index counts the others.</source>
        <translation>у {count} из {size} альткоинов нет баров ({names}); индекс считает остальные.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="259"/>
        <source>UTC days</source>
        <translation>дни по UTC</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="261"/>
        <source>New York session dates</source>
        <translation>даты торговых сессий Нью-Йорка</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="263"/>
        <source>{file} holds {timeframe} bars; they were made daily bars ({rule}).</source>
        <translation>{file} содержит бары {timeframe}; они сведены в дневные ({rule}).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="288"/>
        <source>{reason} Cached: {cached}; a chart needs a crypto series too: retry, import a CSV file or load the demo data.</source>
        <translation>{reason} В кэше: {cached}; для графика нужен и криптоактив: повторите, импортируйте CSV или загрузите демо-данные.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="294"/>
        <source>{reason} Cached: {cached}; a chart needs the equity: retry, import a CSV file or load the demo data.</source>
        <translation>{reason} В кэше: {cached}; для графика нужен индекс: повторите, импортируйте CSV или загрузите демо-данные.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="299"/>
        <source>{reason} There is nothing cached to chart yet: retry, import a CSV file or load the demo data.</source>
        <translation>{reason} В кэше пока нечего показать: повторите, импортируйте CSV или загрузите демо-данные.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="309"/>
        <source>Offline mode: nothing cached for {labels}.</source>
        <translation>Офлайн-режим: в кэше нет {labels}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="316"/>
        <source>No data for this selection.</source>
        <translation>Нет данных для этого выбора.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="321"/>
        <source>Data ▸ Refresh tries the failed series again.</source>
        <translation>Данные ▸ Обновить повторит загрузку неудавшихся рядов.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="328"/>
        <source>Offline: showing cached data only.</source>
        <translation>Офлайн: показаны только данные из кэша.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="334"/>
        <source>Fetch cancelled; the chart and cache are unchanged.</source>
        <translation>Загрузка отменена; график и кэш не изменились.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="337"/>
        <source>Fetch cancelled.</source>
        <translation>Загрузка отменена.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="342"/>
        <source>Leaving demo data: loading real data from the cache…</source>
        <translation>Выход из демо-режима: загружаются реальные данные из кэша…</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="349"/>
        <source>Left demo data; real data is charted.</source>
        <translation>Демо-режим закрыт; показаны реальные данные.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="354"/>
        <source>Imported {rows} bars of {symbol}.</source>
        <translation>Импортировано баров {symbol}: {rows}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="360"/>
        <source>Settings reset to their defaults (the stored values were not valid): {keys}.</source>
        <translation>Настройки сброшены к значениям по умолчанию (сохранённые значения недопустимы): {keys}.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../app/data_menu.py" line="33"/>
        <source>&amp;Data</source>
        <translation>&amp;Данные</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="34"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="35"/>
        <source>&amp;Cancel fetch</source>
        <translation>О&amp;тменить загрузку</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="36"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="39"/>
        <source>Gap and &amp;provenance report…</source>
        <translation>Отчёт о &amp;пропусках и источниках…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="41"/>
        <source>Cache &amp;size and clear…</source>
        <translation>&amp;Размер и очистка кэша…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="43"/>
        <source>Work &amp;offline</source>
        <translation>Работать &amp;офлайн</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="47"/>
        <source>Use the cache only; uncheck to fetch the missing bars again</source>
        <translation>Только кэш; снимите флажок, чтобы снова загружать недостающие бары</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="51"/>
        <source>Fetch only the bars missing since the last one</source>
        <translation>Загрузить только недостающие бары после последнего</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="66"/>
        <source>Import a price file</source>
        <translation>Импорт файла цен</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="77"/>
        <location filename="../../app/data_menu.py" line="88"/>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="78"/>
        <source>Symbol these prices belong to (e.g. ^RUT, BTC/USDT, ETH-USD):</source>
        <translation>Тикер этих цен (например ^RUT, BTC/USDT, ETH-USD):</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="103"/>
        <source>Working offline</source>
        <translation>Работа офлайн</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="106"/>
        <source>The app is working offline (Data ▸ Work offline, or --offline), so nothing can be fetched.</source>
        <translation>Приложение работает офлайн (Данные ▸ Работать офлайн или --offline), поэтому ничего загрузить нельзя.</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="110"/>
        <source>Go online and fetch the missing bars?</source>
        <translation>Перейти в онлайн и загрузить недостающие бары?</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="111"/>
        <source>Go online</source>
        <translation>Перейти в онлайн</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="138"/>
        <source>Nothing is charted yet.</source>
        <translation>График ещё не построен.</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="139"/>
        <source>Gap and provenance report</source>
        <translation>Отчёт о пропусках и источниках</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="90"/>
        <source>Import it anyway?</source>
        <translation>Всё равно импортировать?</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="91"/>
        <source>Import anyway</source>
        <translation>Импортировать всё равно</translation>
    </message>
</context>
<context>
    <name>DerivedButton</name>
    <message>
        <location filename="../../widgets/derived_menu.py" line="67"/>
        <source>Ratios and indices</source>
        <translation>Отношения и индексы</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="70"/>
        <source>Add a ready-made derived series: the ETH/BTC ratio, a basket of alts or the altcoin season index. Any other can be typed: A / B (spaces around the slash), basket(A, B, ...), altseason(window=60)</source>
        <translation>Добавить готовый производный ряд: отношение ETH/BTC, корзину альткоинов или индекс сезона альткоинов. Любой другой можно ввести: A / B (пробелы вокруг косой черты), basket(A, B, ...), altseason(window=60)</translation>
    </message>
</context>
<context>
    <name>DetectorPanel</name>
    <message>
        <location filename="../../app/translations.py" line="185"/>
        <source>ATH after a drought</source>
        <translation>ATH после долгой паузы</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="186"/>
        <source>N-day high</source>
        <translation>Максимум за N дней</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="187"/>
        <source>Level break</source>
        <translation>Пробой уровня</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="189"/>
        <source>Drought</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="190"/>
        <source>Sessions without a new all-time high before a new one counts (252 = a year)</source>
        <translation>Сколько сессий без нового исторического максимума (ATH) нужно, чтобы новый засчитался (252 = год)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="194"/>
        <source>N (lookback)</source>
        <translation>N (окно)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="195"/>
        <source>The close must beat the highest close of this many previous sessions</source>
        <translation>Закрытие должно превысить максимальное закрытие за столько предыдущих сессий</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="198"/>
        <source>Clear by</source>
        <translation>Запас</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="199"/>
        <source>How far above the N-day high the close must be, in percent</source>
        <translation>На сколько процентов закрытие должно быть выше максимума за N дней</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="202"/>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="203"/>
        <source>The resistance or round number (e.g. 2,600) a close must cross</source>
        <translation>Сопротивление или круглое число (например 2,600), которое должно пробить закрытие</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="206"/>
        <source>Volume ×</source>
        <translation>Объём ×</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="207"/>
        <source>Volume confirms when it reaches this multiple of its average</source>
        <translation>Объём подтверждает пробой, когда достигает этого множителя от своего среднего</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="210"/>
        <source>Volume window</source>
        <translation>Окно объёма</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="211"/>
        <source>Sessions from the breakout in which the volume may confirm</source>
        <translation>Число сессий от пробоя, в течение которых объём может его подтвердить</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="214"/>
        <source>Volume average</source>
        <translation>Средний объём</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="215"/>
        <source>Length of the average that volume is compared with</source>
        <translation>Период среднего, с которым сравнивается объём</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="216"/>
        <source>Hold</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="217"/>
        <source>Held if the close stays above the level this long; failed otherwise</source>
        <translation>Удержан, если закрытие держится выше уровня столько сессий; иначе — ложный</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="221"/>
        <source>Cooldown</source>
        <translation>Кулдаун</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="222"/>
        <source>Signals closer than this to an event merge into it</source>
        <translation>Сигналы ближе этого к событию сливаются с ним</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="223"/>
        <source>Shade until</source>
        <translation>Заливка до</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="224"/>
        <source>The shading after a breakout stops once the close falls this far below the level</source>
        <translation>Заливка после пробоя кончается, когда закрытие опускается настолько ниже уровня</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="228"/>
        <source>Shade at most</source>
        <translation>Заливка не дольше</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="229"/>
        <source>The shading after a breakout stops after this many sessions at the latest</source>
        <translation>Заливка после пробоя кончается самое позднее через столько сессий</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="234"/>
        <source> sessions</source>
        <translation> сессий</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="235"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="236"/>
        <source> % under the level</source>
        <translation> % ниже уровня</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="237"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="239"/>
        <source>Unknown rule {rule}</source>
        <translation>Неизвестное правило {rule}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="240"/>
        <source>Enter the level a close must cross (for example 2,600)</source>
        <translation>Введите уровень, который должно пробить закрытие (например 2,600)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="243"/>
        <source>{label} must be between {low} and {high} (got {value})</source>
        <translation>{label}: допустимо от {low} до {high} (введено {value})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="246"/>
        <source>Allowed: {low} to {high}</source>
        <translation>Допустимо: от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../widgets/detector_panel.py" line="150"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../widgets/detector_panel.py" line="170"/>
        <source>Which closes count as a breakout: a new all-time high after a drought, a new N-day high by a margin, or a cross above a level you choose</source>
        <translation>Какие закрытия считать пробоем: новый исторический максимум после долгой паузы, новый максимум за N дней с запасом или пересечение выбранного вами уровня</translation>
    </message>
    <message>
        <location filename="../../widgets/detector_panel.py" line="178"/>
        <source>Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <location filename="../../widgets/detector_panel.py" line="180"/>
        <source>Restore the default rule and parameters</source>
        <translation>Вернуть правило и параметры по умолчанию</translation>
    </message>
</context>
<context>
    <name>EventStudyView</name>
    <message>
        <location filename="../../widgets/event_study_text.py" line="28"/>
        <source>Horizon</source>
        <extracomment>the per-horizon table: (header, tooltip), translated in the &quot;EventStudyView&quot; context</extracomment>
        <translation>Горизонт</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="29"/>
        <source>Days after the breakout close (the headline, in bold, fixed before looking)</source>
        <translation>Дней после закрытия пробоя (главный горизонт, жирным, выбран заранее)</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="36"/>
        <source>Events with crypto data and a complete return at this horizon</source>
        <translation>События с данными крипты и полной доходностью на этом горизонте</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="41"/>
        <source>Rose</source>
        <translation>Рост</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="42"/>
        <source>Share of those events after which crypto rose</source>
        <translation>Доля этих событий, после которых крипта выросла</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="45"/>
        <location filename="../../widgets/event_study_text.py" line="57"/>
        <source>Base</source>
        <translation>База</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="46"/>
        <source>Baseline: share of every window of the crypto&apos;s history that rose over the same horizon</source>
        <translation>База: доля всех окон истории крипты с ростом на том же горизонте</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="53"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="54"/>
        <source>Mean crypto return over those events</source>
        <translation>Средняя доходность крипты по этим событиям</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="58"/>
        <source>Baseline: mean return from any day of the history over the same horizon</source>
        <translation>База: средняя доходность от любого дня истории на том же горизонте</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="64"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="65"/>
        <source>Placebo p: share of random-date draws whose mean rank reaches the events&apos; (one event cannot dominate a rank)</source>
        <translation>p плацебо: доля выборок случайных дат, чей средний ранг достигает ранга событий (одно событие не может доминировать в ранге)</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="81"/>
        <source>{n} events with crypto data</source>
        <translation>событий с данными крипты: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="116"/>
        <source>family-wise {p} over {horizons} {unit} (N = {n})</source>
        <translation>групповой {p} по {horizons} {unit} (N = {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="127"/>
        <source>placebo pool {first} – {last}</source>
        <translation>пул плацебо {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="135"/>
        <source>N = {n}: an anecdote, not evidence</source>
        <translation>N = {n}: единичные случаи, а не доказательство</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="35"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="85"/>
        <source>({n} incomplete)</source>
        <translation>(неполных: {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="99"/>
        <source>headline {horizon}: rose after {share} (N = {n}), baseline {baseline}</source>
        <translation>главный {horizon}: рост после {share} (N = {n}), база {baseline}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="107"/>
        <source>placebo {p}</source>
        <translation>плацебо {p}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="153"/>
        <source>path N={n}</source>
        <translation>путь N={n}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="162"/>
        <source>N={n} from {day}</source>
        <translation>N={n} с {day}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="57"/>
        <source>Event study: no breakouts to study yet</source>
        <translation>Анализ событий: пока нет пробоев</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="86"/>
        <source>The horizon of the headline hit rate and placebo p, chosen before looking at the results; the lag slider never moves it</source>
        <translation>Горизонт главного винрейта и p плацебо, выбранный до взгляда на результаты; ползунок лага его не меняет</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="98"/>
        <source>Headline, fixed before looking</source>
        <translation>Главный горизонт, выбран заранее</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="119"/>
        <source>days from breakout</source>
        <translation>дней от пробоя</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="120"/>
        <source>crypto return</source>
        <translation>доходность крипто</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="137"/>
        <source>Per horizon: N, the share that rose beside the baseline, and placebo p</source>
        <translation>По горизонтам: N, доля роста рядом с базой и p плацебо</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="28"/>
        <source>any day</source>
        <translation>любой день</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="29"/>
        <source>each event on its own, no band</source>
        <translation>каждое событие отдельно, без полосы</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="30"/>
        <source>mean</source>
        <translation>среднее</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="31"/>
        <source>median</source>
        <translation>медиана</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="32"/>
        <source>95% band of the mean</source>
        <translation>95% полоса среднего</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="124"/>
        <source>N={n}</source>
        <translation>N={n}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="214"/>
        <source>Event study: no breakouts to study with these rules</source>
        <translation>Анализ событий: с этими правилами пробоев нет</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../app/evidence_controller.py" line="78"/>
        <source>Cancelled: the walk shown is the last one finished (Run walks again).</source>
        <extracomment>draws of each month end&apos;s test (as ``leadlag`` draws)</extracomment>
        <translation>Отменено: показан последний законченный проход («Пересчитать» запустит его снова).</translation>
    </message>
    <message>
        <location filename="../../app/evidence_controller.py" line="111"/>
        <source>The evidence needs a crypto series beside the equity, with dates in common.</source>
        <translation>Для доказательств нужен криптоактив рядом с индексом, с общими датами.</translation>
    </message>
    <message>
        <location filename="../../app/evidence_controller.py" line="154"/>
        <source>Walking forward</source>
        <translation>Проход вперёд</translation>
    </message>
    <message>
        <location filename="../../app/evidence_controller.py" line="155"/>
        <source>Walking forward: {done} of {expected} month ends</source>
        <translation>Проход вперёд: {done} из {expected} концов месяцев</translation>
    </message>
</context>
<context>
    <name>EvidenceDocks</name>
    <message>
        <location filename="../../app/evidence_dock.py" line="39"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="40"/>
        <source>Watch</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="85"/>
        <source>How the evidence grew</source>
        <translation>Как росли доказательства</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="86"/>
        <source>Lag × time</source>
        <translation>Лаг × время</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="159"/>
        <source>&amp;Notify me of new breakouts</source>
        <translation>&amp;Уведомлять о новых пробоях</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="164"/>
        <source>After a refresh, say a new breakout or a changed verdict on the status line and as a desktop notification (where the desktop has a system tray)</source>
        <translation>После обновления сообщать о новом пробое или изменённом вердикте в строке состояния и уведомлением на рабочем столе (если есть системный трей)</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="170"/>
        <source>Refresh &amp;automatically</source>
        <translation>Обновлять &amp;автоматически</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="187"/>
        <source>Off</source>
        <translation>Выключено</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="189"/>
        <source>Every {n} minutes</source>
        <translation>Каждые {n} мин</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="191"/>
        <source>Every hour</source>
        <translation>Каждый час</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="192"/>
        <source>Every {n} hours</source>
        <translation>Каждые {n} ч</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/export/actions.py" line="64"/>
        <source>Export &amp;image…</source>
        <extracomment>the evidence&apos;s type on the clipboard the settings&apos; name of the folder export dialogs remember</extracomment>
        <translation>Экспорт и&amp;зображения…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="66"/>
        <source>Export &amp;data (CSV)…</source>
        <translation>Экспорт &amp;данных (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="68"/>
        <source>&amp;Copy chart to clipboard</source>
        <translation>&amp;Копировать график</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="91"/>
        <source>Nothing to export yet: no chart is shown.</source>
        <translation>Пока нечего экспортировать: график не показан.</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="126"/>
        <source>Export image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="152"/>
        <source>Saved {image} ({w}x{h}) and {sidecar}</source>
        <translation>Сохранено: {image} ({w}x{h}) и {sidecar}</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="163"/>
        <source>Export data</source>
        <translation>Экспорт данных</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="177"/>
        <source>Saved {files}</source>
        <translation>Сохранено: {files}</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="195"/>
        <source>Chart copied ({w}x{h}), its evidence beside it as JSON</source>
        <translation>График скопирован ({w}x{h}), рядом — данные в JSON</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="71"/>
        <source>Export ca&amp;scade image…</source>
        <translation>Экспорт изображения ка&amp;скада…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="214"/>
        <source>Export cascade image</source>
        <translation>Экспорт изображения каскада</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="238"/>
        <source>Nothing to export yet: show the cascade first (View ▸ Cascade).</source>
        <translation>Пока нечего экспортировать: сначала откройте каскад (Вид ▸ Каскад).</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <location filename="../../widgets/export_dialog.py" line="72"/>
        <source>Export image</source>
        <translation>Экспорт изображения</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="81"/>
        <source>Window size ({w}x{h})</source>
        <translation>Размер окна ({w}x{h})</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="84"/>
        <source>Custom</source>
        <translation>Свой размер</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="95"/>
        <source>Caption with instruments, settings and figures</source>
        <translation>Подпись с инструментами, настройками и цифрами</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="106"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="107"/>
        <source>Custom pixels</source>
        <translation>Свои пиксели</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="108"/>
        <source>Pixel ratio</source>
        <translation>Плотность пикселей</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="109"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="151"/>
        <source>SVG of {w}x{h} units</source>
        <translation>SVG {w}x{h} единиц</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="155"/>
        <source>PNG of {w}x{h} pixels</source>
        <translation>PNG {w}x{h} пикселей</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="157"/>
        <source>, plus the caption below</source>
        <translation>, плюс подпись снизу</translation>
    </message>
</context>
<context>
    <name>FanPlot</name>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="46"/>
        <source>Days since the breakout</source>
        <translation>Дней после пробоя</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="46"/>
        <source>Return since then (%)</source>
        <translation>Доходность с тех пор (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="66"/>
        <source>No prices of the target by then: no fan.</source>
        <translation>К тому дню цен цели нет: веера нет.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="99"/>
        <source>Nearest: the smallest root-mean-square gap between the two log paths (log of 1 + the return since the breakout) over the days since the breakout both have</source>
        <translation>Ближайший: наименьшее среднеквадратичное расхождение двух логарифмических путей (логарифм 1 + доходности с пробоя) за дни после пробоя, которые есть у обоих</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="109"/>
        <source>You are here: day {day} of the {date} breakout ({verdict})</source>
        <translation>Вы здесь: день {day} после пробоя {date} ({verdict})</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="116"/>
        <source>No breakout in the last {days} days: the past cycles are laid from today&apos;s close ({date})</source>
        <translation>За последние {days} дн. пробоя не было: прошлые циклы отложены от сегодняшнего закрытия ({date})</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="119"/>
        <source>{n} past cycles</source>
        <translation>прошлых циклов: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="126"/>
        <source>No nearest past cycle named (none before day 5, nor one covering 80% of this cycle&apos;s days).</source>
        <translation>Ближайший прошлый цикл не назван (не раньше 5-го дня и только цикл, покрывающий 80% дней этого).</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="129"/>
        <source>Nearest past cycle: {date} ({verdict}), gap {gap} over {days} days</source>
        <translation>Ближайший прошлый цикл: {date} ({verdict}), расхождение {gap} за {days} дн.</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../../widgets/evidence/heatmap_view.py" line="79"/>
        <source>Lag (days, + = crypto after)</source>
        <extracomment>the diverging map&apos;s ends and middle in each theme</extracomment>
        <translation>Лаг (дни, + = крипто позже)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/heatmap_view.py" line="95"/>
        <source>Too few returns in common for the heatmap yet.</source>
        <translation>Пока слишком мало общих доходностей для тепловой карты.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/heatmap_view.py" line="113"/>
        <source>Rolling correlation of daily returns over {window} returns, every {step}th return date, at every {lag_step} days of lag; outlined: the 30-90 d lead. Red: they moved together; blue: opposite.</source>
        <translation>Скользящая корреляция дневных доходностей по {window} доходностям, каждая {step}-я дата, лаг с шагом {lag_step} дн.; в рамке: опережение 30-90 дн. Красный: двигались вместе; синий: наоборот.</translation>
    </message>
</context>
<context>
    <name>LagControl</name>
    <message>
        <location filename="../../widgets/lag_control.py" line="89"/>
        <source>Lag</source>
        <translation>Лаг</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="112"/>
        <source>Shift the crypto series by calendar days. Positive: the equity leads (crypto at t+k against the equity at t).
Left/Right: one day · Page Up/Down: one week · Home/End: the limits</source>
        <translation>Сдвиг ряда крипто на календарные дни. Положительный: индекс опережает (крипто в t+k против индекса в t).
Влево/Вправо: один день · Page Up/Down: неделя · Home/End: пределы</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="124"/>
        <source> d</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="129"/>
        <source>Exact lag in calendar days (-{limit} to +{limit}); Enter to apply</source>
        <translation>Точный лаг в календарных днях (от -{limit} до +{limit}); Enter — применить</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="138"/>
        <source>{typed} d is beyond the ±{limit} d range: using {value}</source>
        <translation>{typed} дн. — за пределами ±{limit} дн.: используется {value}</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="150"/>
        <location filename="../../widgets/lag_control.py" line="176"/>
        <source>Best lag</source>
        <translation>Лучший лаг</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="153"/>
        <source>No best lag yet: the cross-correlation is still computing</source>
        <translation>Лучшего лага пока нет: кросс-корреляция ещё считается</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="178"/>
        <source>No best lag: not enough overlapping data yet</source>
        <translation>Лучшего лага нет: пока мало общих данных</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="181"/>
        <source>Best {lag}</source>
        <translation>Лучший {lag}</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="184"/>
        <source>Snap the slider to the lag with the strongest correlation ({lag})</source>
        <translation>Перевести ползунок на лаг с самой сильной корреляцией ({lag})</translation>
    </message>
</context>
<context>
    <name>LagWindowChoice</name>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="42"/>
        <source>Lags searched</source>
        <extracomment>the combo box&apos;s entry for a window typed as A..B</extracomment>
        <translation>Окно поиска</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="49"/>
        <source>from</source>
        <translation>от</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="50"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="69"/>
        <source>custom A..B</source>
        <translation>своё окно</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="72"/>
        <source>Any dependence at any lag, lag 0 included</source>
        <translation>Любая зависимость на любом лаге, включая лаг 0</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="77"/>
        <source>The thesis: the index leads crypto by one to three months</source>
        <translation>Тезис: индекс опережает крипту на один–три месяца</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="82"/>
        <source>The lags the best lag is searched in: its p-value is family-wise over these lags, and the plot&apos;s family-wise band is drawn over them</source>
        <translation>Лаги, среди которых ищется лучший: его p-значение групповое по этим лагам, и совместная полоса графика рисуется по ним</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="96"/>
        <source>Daily log returns: use these to find a lead</source>
        <translation>Дневные лог-доходности: ищите опережение по ним</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="99"/>
        <source>The returns the cross-correlation is computed on</source>
        <translation>Доходности, по которым считается кросс-корреляция</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="110"/>
        <source>A window of lags in calendar days (positive: the index leads)</source>
        <translation>Окно лагов в календарных днях (положительный: индекс опережает)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="144"/>
        <source>Instruments</source>
        <extracomment>the right-hand docks take this share of the window&apos;s width, within these bounds (px) the breakout table under the chart: this share of the height, within these bounds the lag dock (slider, statistics, cross-correlation) takes this share of the height</extracomment>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="145"/>
        <source>Lag and statistics</source>
        <translation>Лаг и статистика</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="146"/>
        <source>Breakout rules</source>
        <translation>Правила пробоя</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="147"/>
        <source>Event study</source>
        <translation>Анализ событий</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="148"/>
        <source>Breakouts</source>
        <translation>Пробои</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="164"/>
        <source>After breakouts</source>
        <translation>После пробоев</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="165"/>
        <source>Every rule</source>
        <translation>Все правила</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="166"/>
        <source>Time to target</source>
        <translation>Время до цели</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="189"/>
        <source>&amp;Fit where the series overlap</source>
        <translation>&amp;Вписать общий период рядов</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="190"/>
        <source>Snap to &amp;best lag</source>
        <translation>К &amp;лучшему лагу</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="192"/>
        <source>Focus the &amp;lag slider</source>
        <translation>Перейти к &amp;ползунку лага</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="205"/>
        <source>&amp;Dark theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="209"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="210"/>
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="234"/>
        <source>Fetching…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="379"/>
        <source>About Liquidity Cascade</source>
        <translation>О Liquidity Cascade</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="382"/>
        <source>Does a Russell 2000 breakout lead crypto, and by how long?

Not financial advice. Settings: {path}</source>
        <translation>Опережает ли пробой Russell 2000 крипторынок, и на сколько?

Не является финансовой рекомендацией. Настройки: {path}</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="149"/>
        <source>Cascade</source>
        <translation>Каскад</translation>
    </message>
</context>
<context>
    <name>PanelTheme</name>
    <message>
        <location filename="../../widgets/panel_theme.py" line="113"/>
        <source>Synthetic demo data: not real market prices</source>
        <translation>Синтетические демо-данные: не реальные рыночные цены</translation>
    </message>
</context>
<context>
    <name>PanelsPresenter</name>
    <message>
        <location filename="../../app/presenter_panels.py" line="139"/>
        <source>{equity} alone: add a coin to compare</source>
        <translation>Только {equity}: добавьте монету для сравнения</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="142"/>
        <source>{crypto} vs {equity}</source>
        <translation>{crypto} и {equity}</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="143"/>
        <source>Statistics of {subject}</source>
        <translation>Статистика по {subject}</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="159"/>
        <source>Event study: add a coin to study its path after breakouts</source>
        <translation>Анализ событий: добавьте монету, чтобы изучить её путь после пробоев</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="163"/>
        <source>{crypto} after {equity} breakouts</source>
        <translation>{crypto} после пробоев {equity}</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="171"/>
        <source>{n} before {crypto} data, not counted</source>
        <translation>{n} до начала данных {crypto}, не учтены</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/translations.py" line="250"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="251"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="252"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="253"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="254"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="255"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../../widgets/replay_bar.py" line="40"/>
        <source>Replay as of</source>
        <translation>Повтор на дату</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="46"/>
        <source>The day replayed: everything shown uses only the data known by its close</source>
        <translation>День повтора: всё показанное использует только данные, известные к его закрытию</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="50"/>
        <source>One week back (Alt+Shift+Left)</source>
        <translation>На неделю назад (Alt+Shift+Left)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="51"/>
        <source>One session back (Alt+Left)</source>
        <translation>На сессию назад (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="52"/>
        <source>One session forward (Alt+Right)</source>
        <translation>На сессию вперёд (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="53"/>
        <source>One week forward (Alt+Shift+Right)</source>
        <translation>На неделю вперёд (Alt+Shift+Right)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="58"/>
        <location filename="../../widgets/replay_bar.py" line="95"/>
        <location filename="../../widgets/replay_bar.py" line="129"/>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="58"/>
        <source>Play: one session after another (Alt+P)</source>
        <translation>Пуск: сессия за сессией (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="65"/>
        <source>{n}/s</source>
        <translation>{n}/с</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="66"/>
        <source>Play&apos;s speed, in sessions per second</source>
        <translation>Скорость пуска, сессий в секунду</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="68"/>
        <source>Live</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="68"/>
        <source>Leave replay: the live view</source>
        <translation>Выйти из повтора: текущий вид</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="95"/>
        <location filename="../../widgets/replay_bar.py" line="129"/>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>ReplayController</name>
    <message>
        <location filename="../../app/replay_controller.py" line="44"/>
        <source>Replay</source>
        <translation>Повтор</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="59"/>
        <source>&amp;Replay a past day</source>
        <translation>&amp;Повтор прошлого дня</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="63"/>
        <source>Replay: one session back</source>
        <translation>Повтор: на сессию назад</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="64"/>
        <source>Replay: one session forward</source>
        <translation>Повтор: на сессию вперёд</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="65"/>
        <source>Replay: one week back</source>
        <translation>Повтор: на неделю назад</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="66"/>
        <source>Replay: one week forward</source>
        <translation>Повтор: на неделю вперёд</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="74"/>
        <source>Replay: play or pause</source>
        <translation>Повтор: пуск или пауза</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="112"/>
        <source>Nothing to replay yet: no chart is shown.</source>
        <translation>Повторять пока нечего: график не показан.</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="219"/>
        <source>Replay: as of {date} — only the data known by that day&apos;s close</source>
        <translation>Повтор на {date} — только данные, известные к закрытию этого дня</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="223"/>
        <source>replay as of {date}</source>
        <translation>повтор на {date}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../widgets/shortcuts.py" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="148"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="148"/>
        <source>Does</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>SpecCurveController</name>
    <message>
        <location filename="../../app/spec_curve_controller.py" line="59"/>
        <source>Breakout rules of {equity} against {coins}</source>
        <translation>Правила пробоя {equity} против {coins}</translation>
    </message>
</context>
<context>
    <name>SpecCurveView</name>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="31"/>
        <source>{n} specifications over {coins}: {tested} with events, {anecdotes} of them anecdotes (N &lt; 8)</source>
        <translation>спецификаций по {coins}: {n}, с событиями: {tested}, из них единичных случаев (N &lt; 8): {anecdotes}</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="45"/>
        <source>no rule has an event with crypto data</source>
        <translation>ни у одного правила нет события с данными крипты</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="47"/>
        <source>effect above any day: {share} ({k} of {n})</source>
        <translation>эффект выше любого дня: {share} ({k} из {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="50"/>
        <source>significant at 5%: {raw} raw; {holm} after Holm (family-wise, any dependence); {bh} after Benjamini-Hochberg (false discovery rate)</source>
        <translation>значимо на 5%: {raw} без поправки; {holm} по Холму (групповая ошибка, любая зависимость); {bh} по Бенджамини–Хохбергу (доля ложных открытий)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="71"/>
        <source>{share} ({k} of {n})</source>
        <translation>{share} ({k} из {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="84"/>
        <source>no events with data</source>
        <translation>нет событий с данными</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="86"/>
        <source>effect {effect}, p = {p}, N = {n}</source>
        <translation>эффект {effect}, p = {p}, N = {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="95"/>
        <source>default rule ({drought} sessions, {volume}×, hold {hold}, {horizon})</source>
        <translation>правило по умолчанию ({drought} сессий, {volume}×, удержание {hold}, {horizon})</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="110"/>
        <source>How the default rule was chosen: it was reasoned from the cycles the thesis cites, and its drought of a year was picked knowing it makes November 2016 an event: a forking path. The curve answers it by running every rule of the grid (drought {drought} sessions, volume {volume}×, hold {hold} sessions, horizon {horizon} d, each coin).</source>
        <translation>Как выбрано правило по умолчанию: оно выведено из циклов, на которые ссылается тезис, а пауза в год выбрана с расчётом, что ноябрь 2016 станет событием: это развилка анализа. Кривая отвечает на неё, прогоняя каждое правило сетки (пауза {drought} сессий, объём {volume}×, удержание {hold} сессий, горизонт {horizon} дн., каждая монета).</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="136"/>
        <source>significant after Holm</source>
        <translation>значимо по Холму</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="140"/>
        <source>at 5% raw only</source>
        <translation>на 5% только без поправки</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="144"/>
        <source>not significant</source>
        <translation>незначимо</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="147"/>
        <source>default rule</source>
        <translation>правило по умолчанию</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="55"/>
        <source>Run</source>
        <translation>Запустить</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="58"/>
        <source>Run every rule of the grid on the coins charted (in the background)</source>
        <translation>Прогнать каждое правило сетки на монетах графика (в фоне)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="61"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="76"/>
        <source>excess log return (%)</source>
        <translation>избыточная лог-доходность (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="76"/>
        <source>specifications, sorted by effect</source>
        <translation>спецификации по возрастанию эффекта</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="78"/>
        <location filename="../../widgets/spec_curve_view.py" line="117"/>
        <source>specifications</source>
        <translation>спецификации</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="118"/>
        <source>p-value (raw)</source>
        <translation>p-значение (без поправки)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="190"/>
        <source>Press Run to sweep {n} rules per coin over {coins}</source>
        <translation>Нажмите «Запустить», чтобы прогнать {n} правил на монету по {coins}</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="194"/>
        <source>Add a coin to sweep the breakout rules against it</source>
        <translation>Добавьте монету, чтобы прогнать по ней правила пробоя</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="204"/>
        <source>Sweeping the rules…</source>
        <translation>Прогон правил…</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="211"/>
        <source>Sweeping the rules: {done} of {expected}</source>
        <translation>Прогон правил: {done} из {expected}</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="219"/>
        <source>Cancelled: press Run to start again</source>
        <translation>Отменено: нажмите «Запустить», чтобы начать снова</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="230"/>
        <source>Effect: mean log return after the breakouts minus any day&apos;s; p: rank placebo, {draws} draws per test</source>
        <translation>Эффект: средняя лог-доходность после пробоев минус любого дня; p: ранговое плацебо, выборок на тест: {draws}</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="64"/>
        <source>Cascade stages</source>
        <extracomment>what ``check_symbol`` is: the reason a typed symbol is not one, or None</extracomment>
        <translation>Стадии каскада</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="70"/>
        <source>&amp;Inverted: falling is risk on</source>
        <translation>&amp;Инверсия: падение — это аппетит к риску</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="80"/>
        <source>Stage</source>
        <translation>Стадия</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="80"/>
        <source>Symbol</source>
        <translation>Символ</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="80"/>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="95"/>
        <source>A FRED series (FRED:WALCL), NETLIQ, a ticker (^GSPC, TLT), a pair or a derived series (ETH-USD / BTC-USD, basket(...), altseason)</source>
        <translation>Ряд FRED (FRED:WALCL), NETLIQ, тикер (^GSPC, TLT), пара или производный ряд (ETH-USD / BTC-USD, basket(...), altseason)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="118"/>
        <source>Move &amp;up</source>
        <translation>В&amp;верх</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="119"/>
        <source>Move &amp;down</source>
        <translation>В&amp;низ</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="120"/>
        <source>In&amp;vert</source>
        <translation>Ин&amp;вертировать</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="121"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="122"/>
        <source>De&amp;fault chain</source>
        <translation>Цепь по &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="134"/>
        <source>&amp;Series:</source>
        <translation>&amp;Ряд:</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="136"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="171"/>
        <location filename="../../widgets/cascade/stage_editor.py" line="173"/>
        <source>Type or choose a series to add.</source>
        <translation>Введите или выберите ряд для добавления.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="178"/>
        <source>A chain takes at most {n} stages.</source>
        <translation>В цепи не больше {n} стадий.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="181"/>
        <source>{symbol} is in the chain already.</source>
        <translation>{symbol} уже есть в цепи.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="195"/>
        <location filename="../../widgets/cascade/stage_editor.py" line="224"/>
        <source>Select a stage first.</source>
        <translation>Сначала выберите стадию.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="197"/>
        <source>A chain needs at least {n} stages.</source>
        <translation>В цепи должно быть не меньше {n} стадий.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="262"/>
        <source>falling is risk on (inverted)</source>
        <translation>падение — аппетит к риску (инверсия)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="264"/>
        <source>rising is risk on</source>
        <translation>рост — аппетит к риску</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <location filename="../../widgets/stats_strip.py" line="43"/>
        <source>best lag —</source>
        <translation>лучший лаг —</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="35"/>
        <source>ρ at {lag}: {rho} (N = {n})</source>
        <translation>ρ при {lag}: {rho} (N = {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="45"/>
        <source>best in {window}: {lag}, ρ {rho}, {p}, N = {n}</source>
        <translation>лучший в окне «{window}»: {lag}, ρ {rho}, {p}, N = {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="77"/>
        <source>No statistics yet: load an equity and a crypto series</source>
        <translation>Статистики пока нет: загрузите индекс и ряд крипто</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="82"/>
        <source>recomputing…</source>
        <translation>пересчёт…</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="84"/>
        <source>The cross-correlation and its p-value are being recomputed</source>
        <translation>Кросс-корреляция и её p-значение пересчитываются</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="105"/>
        <source>ρ: correlation of daily log returns with crypto shifted by the lag; N: overlapping return pairs.
Best: the strongest correlation among the lags searched (chosen above); its p-value is family-wise over them, so it allows for having searched every one. At its floor it reads p ≤ 0.001 (1,000 draws): no draw of the null reached it.</source>
        <translation>ρ: корреляция дневных лог-доходностей при сдвиге крипты на лаг; N: пары доходностей в пересечении.
Лучший: сильнейшая корреляция среди лагов окна поиска (выбрано выше); её p-значение групповое по ним и учитывает поиск по каждому. На своём минимуме оно читается как p ≤ 0,001 (выборок: 1 000): ни одна выборка нулевой гипотезы его не достигла.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../widgets/status_panel.py" line="147"/>
        <source>Source, exchange and last bar of each series</source>
        <translation>Источник, биржа и последний бар каждого ряда</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="126"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="31"/>
        <source>fetched</source>
        <extracomment>how long a notice stays (ms): long enough to read a sentence widest a single error or notice may be drawn (px) before it is elided longest progress text shown in the bar itself; the whole text is in its tooltip where rows came from, as the bar says it (``MarketSeries.provenance_summary`` parts)</extracomment>
        <translation>загружено</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="32"/>
        <source>imported</source>
        <translation>импортировано</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="33"/>
        <source>demo</source>
        <translation>демо</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="34"/>
        <source>empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="45"/>
        <source>no bars</source>
        <translation>нет баров</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="52"/>
        <source>synthetic</source>
        <translation>синтетика</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="56"/>
        <source>derived</source>
        <translation>производный</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="58"/>
        <source>cached</source>
        <translation>из кэша</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="60"/>
        <source>fresh</source>
        <translation>свежие</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="74"/>
        <source>derived from {n} series ({inputs})</source>
        <translation>производный из рядов ({n}): {inputs}</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="78"/>
        <source>served from the cache</source>
        <translation>взято из кэша</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="80"/>
        <source>fetched now</source>
        <translation>загружено сейчас</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="82"/>
        <source>source: {where}; {rows} {timeframe} bars, {first} to {last}</source>
        <translation>источник: {where}; баров {timeframe}: {rows}, с {first} по {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="87"/>
        <source>rows: {provenance}; {served}</source>
        <translation>строки: {provenance}; {served}</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="92"/>
        <source>last fetched: {when} UTC</source>
        <translation>последняя загрузка: {when} UTC</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="94"/>
        <source>note: {text}</source>
        <translation>примечание: {text}</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="103"/>
        <source>DEMO synthetic data</source>
        <translation>DEMO: синтетические данные</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="127"/>
        <source>Stop the fetch; chart and cache stay as they are</source>
        <translation>Остановить загрузку; график и кэш не изменятся</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="156"/>
        <source>Fetching the missing bars</source>
        <translation>Загрузка недостающих баров</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="196"/>
        <source>{count} errors — hover for details</source>
        <translation>Ошибок: {count} — наведите для подробностей</translation>
    </message>
</context>
<context>
    <name>SymbolPicker</name>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="88"/>
        <source>DEMO — synthetic data is charted. Pick an equity or tick a crypto series to load real data.</source>
        <translation>DEMO — на графике синтетические данные. Выберите индекс или отметьте ряд крипто, чтобы загрузить реальные данные.</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="96"/>
        <source>&amp;Equity</source>
        <translation>&amp;Индекс</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="97"/>
        <source>C&amp;rypto</source>
        <translation>&amp;Крипто</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="99"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Биржа</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="114"/>
        <source>The equity index or ETF to test. Pick one or type any Yahoo ticker (e.g. ^RUT, IWM) and press Enter.</source>
        <translation>Фондовый индекс или ETF для проверки. Выберите из списка или введите любой тикер Yahoo (например ^RUT, IWM) и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="125"/>
        <source>Crypto series to overlay: tick any (Space toggles the current row; none charts the equity alone)</source>
        <translation>Криптоактивы для наложения: отметьте любые (Пробел переключает строку; без отметок — только индекс)</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="136"/>
        <source>Add: SOL/USDT, ETH-USD, ETH/USDT / BTC/USDT, altseason</source>
        <translation>Добавить: SOL/USDT, ETH-USD, ETH/USDT / BTC/USDT, altseason</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="138"/>
        <source>Type an exchange pair (optionally @exchange), a Yahoo crypto ticker or a derived series and press Enter to add it: a ratio A / B (spaces around the slash), basket(SOL/USDT, XRP/USDT, ADA/USDT) or altseason</source>
        <translation>Введите пару биржи (можно с @биржа), криптотикер Yahoo или производный ряд и нажмите Enter, чтобы добавить: отношение A / B (пробелы вокруг косой черты), basket(SOL/USDT, XRP/USDT, ADA/USDT) или altseason</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="143"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="147"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="150"/>
        <source>Remove the selected series you added (Delete); the catalogue&apos;s stay</source>
        <translation>Убрать выбранный добавленный вами ряд (Delete); ряды из каталога остаются</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="173"/>
        <source>Exchange for pairs like BTC/USDT. Auto tries the exchanges in order and falls back when one refuses your region.</source>
        <translation>Биржа для пар вида BTC/USDT. «Авто» перебирает биржи по порядку и переходит к следующей, если одна недоступна в вашем регионе.</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="203"/>
        <source>Auto ({chain})</source>
        <translation>Авто ({chain})</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="229"/>
        <source>Synthetic demo series</source>
        <translation>Синтетический демо-ряд</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="323"/>
        <source>Type a ticker or a pair first</source>
        <translation>Сначала введите тикер или пару</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="326"/>
        <source>The instrument list is not loaded yet</source>
        <translation>Список инструментов ещё не загружен</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="342"/>
        <source>{symbol} is a crypto series: add it under Crypto</source>
        <translation>{symbol} — это крипто: добавьте его в раздел «Крипто»</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="360"/>
        <source>{symbol} is not a crypto series</source>
        <translation>{symbol} — не крипто</translation>
    </message>
    <message>
        <location filename="../../widgets/crypto_list.py" line="124"/>
        <source>Not cached: fetched when charted</source>
        <translation>Не в кэше: загрузится для графика</translation>
    </message>
    <message>
        <location filename="../../widgets/crypto_list.py" line="126"/>
        <source>Cached: {bars} daily bars, {first} to {last}</source>
        <translation>В кэше: дневных баров {bars}, с {first} по {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="24"/>
        <source>Ratio</source>
        <translation>Отношение</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="26"/>
        <source>Equal-weight basket of {n}</source>
        <translation>Равновесная корзина ({n} шт.)</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="30"/>
        <source>Altcoin season index</source>
        <translation>Индекс сезона альткоинов</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="31"/>
        <source>Derived series</source>
        <translation>Производный ряд</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="40"/>
        <source>{a} divided by {b}, on the dates both have a close</source>
        <translation>{a}, делённый на {b}, в даты, где есть закрытие у обоих</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="44"/>
        <source>Equal-weight basket of {members}, rebalanced daily; a coin counts from its first bar</source>
        <translation>Равновесная корзина из {members} с ежедневной ребалансировкой; монета учитывается с первого бара</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="49"/>
        <source>The share (0-100) of {n} alts beating {benchmark} over {window} days; drawn in the breadth pane (View menu)</source>
        <translation>Доля (0-100) из {n} альткоинов, обогнавших {benchmark} за {window} дн.; рисуется на панели ширины рынка (меню «Вид»)</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="54"/>
        <source>Computed from {inputs}</source>
        <translation>Вычисляется из {inputs}</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <location filename="../../widgets/target_picker.py" line="22"/>
        <source>Statistics of</source>
        <translation>Статистика по</translation>
    </message>
    <message>
        <location filename="../../widgets/target_picker.py" line="27"/>
        <source>The coin the lag statistics, the cross-correlation, the event study and the breakout table&apos;s returns describe (or click its row in the chart&apos;s key)</source>
        <translation>Монета, которую описывают статистика лага, кросс-корреляция, анализ событий и доходности в таблице пробоев (или щёлкните её строку в легенде графика)</translation>
    </message>
    <message>
        <location filename="../../widgets/target_picker.py" line="49"/>
        <source>vs {equity}</source>
        <translation>и {equity}</translation>
    </message>
    <message>
        <location filename="../../widgets/target_picker.py" line="51"/>
        <source>no coin charted</source>
        <translation>монет на графике нет</translation>
    </message>
</context>
<context>
    <name>TimeToTargetView</name>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="40"/>
        <source>{label} at or above {level} (altcoin season, where {n}+ alts count)</source>
        <translation>{label} на уровне {level} или выше (сезон альткоинов, где учтено от {n} альткоинов)</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="48"/>
        <source>{label} rising over {days} days (where all its coins trade)</source>
        <translation>{label} растёт за {days} дн. (когда торгуются все её монеты)</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="53"/>
        <source>{label} beating {benchmark} over {days} days (where all its coins trade)</source>
        <translation>{label} обгоняет {benchmark} за {days} дн. (когда торгуются все её монеты)</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="59"/>
        <source>{label} at a {days}-day high</source>
        <translation>{label} на максимуме за {days} дн.</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="90"/>
        <source>Time to target: add a coin to follow it after breakouts</source>
        <translation>Время до цели: добавьте монету, чтобы следить за ней после пробоев</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="109"/>
        <source>Time to target failed: {error}</source>
        <translation>Время до цели не вычислено: {error}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="42"/>
        <source>Breakout</source>
        <extracomment>the tab asks for no more height than this (it scrolls below its least)</extracomment>
        <translation>Пробой</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="43"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="44"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="45"/>
        <source>Members counted</source>
        <translation>Учтено монет</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="63"/>
        <source>N = {n} cycles: {reached} reached, {censored} censored</source>
        <translation>N = {n} циклов: {reached} достигли, {censored} цензурированы</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="72"/>
        <source>{n} not studied</source>
        <translation>не изучено: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="78"/>
        <source>Days to {target}:</source>
        <translation>Дней до цели «{target}»:</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="82"/>
        <source>N = {n}: an anecdote, not evidence</source>
        <translation>N = {n}: это случай, а не доказательство</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="91"/>
        <source>no cycle could be followed</source>
        <translation>ни один цикл нельзя проследить</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="93"/>
        <source>median not reached (fewer than half got there)</source>
        <translation>медиана не достигнута (дошли меньше половины)</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="100"/>
        <source>open</source>
        <translation>не ограничен</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="102"/>
        <source>median {median} ({level} interval {low} to {high})</source>
        <translation>медиана {median} (интервал {level}: от {low} до {high})</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="117"/>
        <source>censored: not there after {days}</source>
        <translation>цензурирован: не достиг за {days}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="121"/>
        <source>reached on {date}</source>
        <translation>достигнута {date}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="125"/>
        <source>(followed from day {n})</source>
        <translation>(отслеживается с дня {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="137"/>
        <source>not studied: the target cannot be judged on any day</source>
        <translation>не изучен: цель нельзя оценить ни в один день</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="140"/>
        <source>not studied: the target is judged from {first} to {last} only</source>
        <translation>не изучен: цель оценивается только с {first} по {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="175"/>
        <location filename="../../widgets/time_to_target_view.py" line="264"/>
        <source>Time to target: no breakouts to follow yet</source>
        <translation>Время до цели: пока нет пробоев для отслеживания</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="186"/>
        <source>Kaplan-Meier: the share of breakout cycles still waiting for the target, day 0 = the breakout.
+: a cycle followed that long without getting there (censored) · dashed: the median · shaded: its interval.</source>
        <translation>Каплан-Мейер: доля циклов после пробоя, ещё ждущих цели; день 0 = пробой.
+: цикл, прослеженный столько дней без достижения цели (цензурирован) · пунктир: медиана · заливка: её интервал.</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="196"/>
        <source>days from breakout</source>
        <translation>дней от пробоя</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="196"/>
        <source>still waiting</source>
        <translation>ещё ждут</translation>
    </message>
</context>
<context>
    <name>UniverseDialog</name>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="55"/>
        <source>Altcoin universe</source>
        <translation>Набор альткоинов</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="61"/>
        <source>The alts the altcoin season index (altseason) counts against {benchmark}. Stablecoins, wrapped and asset-backed tokens are refused. A universe picked today flatters the past: coins that died or left the top are missing from the earlier years (survivorship).</source>
        <translation>Альткоины, которые индекс сезона альткоинов (altseason) сравнивает с {benchmark}. Стейблкоины, обёрнутые токены и токены, обеспеченные активами, не принимаются. Набор, выбранный сегодня, приукрашивает прошлое: монет, которые умерли или выпали из топа, нет в прошлых годах (ошибка выжившего).</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="74"/>
        <source>Add an alt: SOL-USD, SOL/USDT</source>
        <translation>Добавить альткоин: SOL-USD, SOL/USDT</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="91"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="97"/>
        <source>Reset to default</source>
        <translation>Сбросить к стандартному</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="100"/>
        <source>The catalogue&apos;s {n} alts</source>
        <translation>Альткоины каталога: {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="114"/>
        <source>Use this universe now: the index is computed again, missing alts fetched</source>
        <translation>Применить этот набор сейчас: индекс пересчитывается, недостающие альткоины загружаются</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="130"/>
        <source>Type an alt&apos;s symbol first (SOL-USD, SOL/USDT)</source>
        <translation>Сначала введите символ альткоина (SOL-USD, SOL/USDT)</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="147"/>
        <source>The universe needs at least one alt.</source>
        <translation>В наборе должен быть хотя бы один альткоин.</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="180"/>
        <source>(edited)</source>
        <translation>(изменён)</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="181"/>
        <source>{n} alts</source>
        <translation>альткоинов: {n}</translation>
    </message>
</context>
<context>
    <name>UniverseMenu</name>
    <message>
        <location filename="../../app/universe_menu.py" line="34"/>
        <source>Altcoin &amp;universe…</source>
        <translation>&amp;Набор альткоинов…</translation>
    </message>
    <message>
        <location filename="../../app/universe_menu.py" line="37"/>
        <source>The alts the altcoin season index counts: add, remove, reset to default</source>
        <translation>Альткоины, которые считает индекс сезона альткоинов: добавить, убрать, сбросить к стандартному</translation>
    </message>
</context>
<context>
    <name>ViewToolbar</name>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="16"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="98"/>
        <source>Log</source>
        <translation>Лог</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="17"/>
        <source>Percent</source>
        <translation>Проценты</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="18"/>
        <source>Index = 100</source>
        <translation>Индекс = 100</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="21"/>
        <source>Auto axis</source>
        <translation>Ось: авто</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="22"/>
        <source>Log axis</source>
        <translation>Лог. ось</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="23"/>
        <source>Linear axis</source>
        <translation>Линейная ось</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="26"/>
        <source>Equity pane</source>
        <translation>Панель индекса</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="27"/>
        <source>Volume pane</source>
        <translation>Панель объёма</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="28"/>
        <source>Crypto pane</source>
        <translation>Панель крипто</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="29"/>
        <source>Breadth pane (altcoin season)</source>
        <translation>Панель ширины рынка (сезон альткоинов)</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="30"/>
        <source>Correlation pane</source>
        <translation>Панель корреляции</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="36"/>
        <source>1Y</source>
        <extracomment>(preset, button text, tooltip) in toolbar order (models.session.view_ranges.PRESETS)</extracomment>
        <translation>1Г</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="37"/>
        <source>The last year</source>
        <translation>Последний год</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="41"/>
        <source>3Y</source>
        <translation>3Г</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="42"/>
        <source>The last three years</source>
        <translation>Последние три года</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="46"/>
        <source>5Y</source>
        <translation>5Л</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="47"/>
        <source>The last five years</source>
        <translation>Последние пять лет</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="51"/>
        <source>All</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="52"/>
        <source>All the data, from the first bar</source>
        <translation>Все данные, с первого бара</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="56"/>
        <source>Cycle</source>
        <translation>Цикл</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="57"/>
        <source>This cycle: half a year before the selected breakout (else the latest) to a year and a half after it</source>
        <translation>Этот цикл: от полугода до выбранного пробоя (иначе последнего) до полутора лет после него</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="85"/>
        <source>Chart</source>
        <translation>График</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="87"/>
        <source> Equity: </source>
        <translation> Индекс: </translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="105"/>
        <source> Crypto: </source>
        <translation> Крипто: </translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="107"/>
        <source>Scale of the crypto pane (anchor follows the lag)</source>
        <translation>Шкала панели крипто (точка привязки следует за лагом)</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="111"/>
        <source>Axis of the crypto pane: Auto draws it logarithmic when the values in view span more than 10x, linear otherwise</source>
        <translation>Ось панели крипты: «авто» делает её логарифмической, когда видимые значения различаются больше чем в 10 раз, иначе линейной</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="89"/>
        <source>Candles</source>
        <translation>Свечи</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="92"/>
        <source>Candles or a close line for the equity</source>
        <translation>Свечи или линия закрытия для индекса</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="101"/>
        <source>Logarithmic price axis for the equity</source>
        <translation>Логарифмическая ось цены для индекса</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="120"/>
        <source>Breadth</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="123"/>
        <source>Show or hide the breadth pane: the altcoin season index (0-100) under the coins</source>
        <translation>Показать или скрыть панель ширины рынка: индекс сезона альткоинов (0-100) под монетами</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="179"/>
        <source>Show or hide this pane</source>
        <translation>Показать или скрыть панель</translation>
    </message>
</context>
<context>
    <name>WalkForwardView</name>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="95"/>
        <source>Best lag (days)</source>
        <extracomment>below this height (px) the three plots sit side by side (still sharing the dates) an N label&apos;s width (px): of two changes of N closer than two of them, only the later the p axis&apos; ticks (log axis: pyqtgraph&apos;s minor ticks crowd a short plot) the smallest p drawn (a p of 0 has no place on a log axis)</extracomment>
        <translation>Лучший лаг (дни)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="96"/>
        <source>p (family-wise)</source>
        <translation>p (групповой)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="97"/>
        <source>Share that rose at +{h} d</source>
        <translation>Доля роста на +{h} дн.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="156"/>
        <source>after breakouts</source>
        <translation>после пробоев</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="158"/>
        <source>every day</source>
        <translation>все дни</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="145"/>
        <location filename="../../widgets/evidence/walk_view.py" line="149"/>
        <source>all lags</source>
        <translation>все лаги</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="147"/>
        <location filename="../../widgets/evidence/walk_view.py" line="150"/>
        <source>30-90 d lead</source>
        <translation>опережение 30-90 дн.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="212"/>
        <source>N = {n}</source>
        <translation>N = {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="214"/>
        <source>anecdote</source>
        <translation>единичные случаи</translation>
    </message>
</context>
<context>
    <name>WalkText</name>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="71"/>
        <source>The 30-90 d lead was significant (p &lt; 0.05) at {lead} of {n} month ends; the best lag over all lags at {all}.</source>
        <extracomment>significant: a family-wise p below this</extracomment>
        <translation>Опережение 30-90 дн. было значимым (p &lt; 0.05) в {lead} из {n} концов месяцев; лучший лаг по всем лагам — в {all}.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="81"/>
        <source>Significant at lag {lag} at every month end since {month}.</source>
        <translation>Значим на лаге {lag} в каждом конце месяца с {month}.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="85"/>
        <source>Significant at every month end since {month}.</source>
        <translation>Значим в каждом конце месяца с {month}.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="89"/>
        <source>No breakout with crypto data for the event study yet.</source>
        <translation>Пока нет пробоя с данными крипто для анализа событий.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="93"/>
        <source>Event study at +{h} d: N = {n} now</source>
        <translation>Анализ событий на +{h} дн.: сейчас N = {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="97"/>
        <source>, an anecdote.</source>
        <translation>, единичные случаи.</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <location filename="../../app/watch_controller.py" line="98"/>
        <source>Watching the rules</source>
        <translation>Проверка правил</translation>
    </message>
    <message>
        <location filename="../../app/watch_controller.py" line="138"/>
        <source>Cancelled: the watch shown is the last one computed.</source>
        <translation>Отменено: показано последнее вычисленное наблюдение.</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="47"/>
        <source>Rule</source>
        <extracomment>below this height (px) the rules and the base rate sit side by side the fan&apos;s share of the panel&apos;s width (at least FAN_MIN_PX) until the user moves it</extracomment>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="48"/>
        <source>Close</source>
        <translation>Закрытие</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="49"/>
        <source>Trigger</source>
        <translation>Триггер</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="50"/>
        <source>Distance</source>
        <translation>Расстояние</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="51"/>
        <source>Armed</source>
        <translation>Взведено</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="52"/>
        <source>Volume needed</source>
        <translation>Нужный объём</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="53"/>
        <source>Last breakout</source>
        <translation>Последний пробой</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="56"/>
        <source>Horizon</source>
        <translation>Горизонт</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="57"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="58"/>
        <source>Rose</source>
        <translation>Рост</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="59"/>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="60"/>
        <source>Every day rose</source>
        <translation>Все дни: рост</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="61"/>
        <source>Every day N</source>
        <translation>Все дни: N</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="62"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="73"/>
        <source>triggered</source>
        <translation>сработало</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="76"/>
        <source>n/a</source>
        <translation>н/д</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="77"/>
        <source>{pct} ({points} pts)</source>
        <translation>{pct} ({points} п.)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="85"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="88"/>
        <source>no: needs a close at or below the level first</source>
        <translation>нет: сначала нужно закрытие на уровне или ниже</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="91"/>
        <source>in {n} sessions</source>
        <translation>через {n} сесс.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="98"/>
        <source>no volume</source>
        <translation>нет объёма</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="103"/>
        <source>last {ratio}</source>
        <translation>последний {ratio}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="113"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="114"/>
        <source>{date}, {verdict}, {days} days ago</source>
        <translation>{date}, {verdict}, {days} дн. назад</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="244"/>
        <source>{equity} as of {day} (session {session}); base rate and fan of {target}</source>
        <translation>{equity} на {day} (сессия {session}); базовая частота и веер для {target}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="280"/>
        <source>After the {rule} rule&apos;s breakouts (N = {n}), how often {target} rose, against every day&apos;s window</source>
        <translation>После пробоев по правилу «{rule}» (N = {n}): как часто {target} рос, в сравнении со всеми днями</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="284"/>
        <source>: an anecdote, not evidence (fewer than 8 breakouts).</source>
        <translation>: единичные случаи, не доказательство (меньше 8 пробоев).</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../widgets/formatting.py" line="22"/>
        <location filename="../../widgets/lag_window_choice.py" line="108"/>
        <source>d</source>
        <extracomment>the unit after a number of days (&quot;+42 d&quot;); translated in the &quot;formatting&quot; context</extracomment>
        <translation>дн.</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="24"/>
        <source>({n} draws)</source>
        <extracomment>the draws behind a p-value at its floor (&quot;p ≤ 0.001 (1,000 draws)&quot;)</extracomment>
        <translation>(выборок: {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="27"/>
        <source>all lags</source>
        <extracomment>the lag windows&apos; names (``models.analysis.lag_window`` presets), translated here</extracomment>
        <translation>все лаги</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="28"/>
        <source>lead 30-90 d</source>
        <translation>опережение 30–90 дн.</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="32"/>
        <source>daily</source>
        <extracomment>the returns a cross-correlation is sampled on</extracomment>
        <translation>дневные</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="33"/>
        <source>weekly</source>
        <translation>недельные</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="259"/>
        <source>Weekly sampling: when the index moves only on sessions, the best lag can read up to 2 days late (a week&apos;s return cannot tell a lead of L days from L+1 or L+2), and the test has little power (a daily correlation of 0.10 is found in about 5% of 13-year samples, against about 70% with daily returns): use daily sampling to find a lead.</source>
        <translation>Недельная выборка: когда индекс движется только в сессии, лучший лаг может запаздывать до 2 дней (недельная доходность не отличает опережение на L дней от L+1 или L+2), а мощность теста мала (дневная корреляция 0,10 находится примерно в 5% 13-летних выборок против примерно 70% на дневных доходностях): ищите опережение на дневных данных.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../widgets/shortcuts.py" line="37"/>
        <source>Fetch the bars missing since the last refresh</source>
        <extracomment>actions bound by name in the main window; keys in QKeySequence portable text</extracomment>
        <translation>Загрузить бары, недостающие с последнего обновления</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="39"/>
        <source>Cancel the running fetch</source>
        <translation>Отменить текущую загрузку</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="43"/>
        <source>Import a CSV file (Yahoo, TradingView, Binance)</source>
        <translation>Импорт CSV-файла (Yahoo, TradingView, Binance)</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="48"/>
        <source>Export the chart as PNG or SVG with caption and sidecar</source>
        <translation>Экспорт графика в PNG или SVG с подписью и JSON-файлом</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="53"/>
        <source>Copy the chart image to the clipboard</source>
        <translation>Скопировать изображение графика в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="58"/>
        <location filename="../../widgets/shortcuts.py" line="127"/>
        <source>Fit the dates where the equity and the coins overlap</source>
        <translation>Вписать даты, где индекс и монеты пересекаются</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="61"/>
        <source>Log scale for the equity pane</source>
        <translation>Логарифмическая шкала панели индекса</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="66"/>
        <source>Switch the equity pane between candles and line</source>
        <translation>Переключить панель индекса между свечами и линией</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="68"/>
        <source>Snap the lag to the best lag</source>
        <translation>Установить лучший лаг</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="72"/>
        <source>Focus the lag slider (then arrows and Page Up/Down)</source>
        <translation>Перейти к ползунку лага (затем стрелки и Page Up/Down)</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="77"/>
        <source>Replay: show everything as of a past day (again: live)</source>
        <translation>Повтор: всё на прошлую дату (ещё раз: текущий вид)</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="82"/>
        <source>Replay: one session back</source>
        <translation>Повтор: на сессию назад</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="87"/>
        <source>Replay: one session forward</source>
        <translation>Повтор: на сессию вперёд</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="92"/>
        <source>Replay: one week back</source>
        <translation>Повтор: на неделю назад</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="97"/>
        <source>Replay: one week forward</source>
        <translation>Повтор: на неделю вперёд</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="102"/>
        <source>Replay: play or pause, one session after another</source>
        <translation>Повтор: пуск или пауза, сессия за сессией</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="107"/>
        <source>Switch between the light and the dark theme</source>
        <translation>Переключить светлую и тёмную тему</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="110"/>
        <source>Gap and provenance report</source>
        <translation>Отчёт о пропусках и источниках</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="112"/>
        <source>This list of shortcuts</source>
        <translation>Этот список горячих клавиш</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="114"/>
        <source>Quit (settings and layout are saved)</source>
        <translation>Выход (настройки и раскладка сохраняются)</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="120"/>
        <source>Lag slider: one day</source>
        <extracomment>keys handled inside widgets rather than by window actions</extracomment>
        <translation>Ползунок лага: один день</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="121"/>
        <source>Lag slider: one week</source>
        <translation>Ползунок лага: одна неделя</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="122"/>
        <source>Zoom time around the cursor</source>
        <translation>Масштаб времени вокруг курсора</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="123"/>
        <source>Pan the time axis</source>
        <translation>Сдвиг оси времени</translation>
    </message>
</context>
</TS>
