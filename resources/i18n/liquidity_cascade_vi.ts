<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>BreakoutNotifications</name>
    <message>
        <location filename="../../app/notifications.py" line="42"/>
        <source>New breakout ({rule}) on {date}: {verdict}</source>
        <extracomment>how long the status line keeps the news (ms)</extracomment>
        <translation>Bứt phá mới ({rule}) ngày {date}: {verdict}</translation>
    </message>
    <message>
        <location filename="../../app/notifications.py" line="46"/>
        <source>Breakout ({rule}) of {date}: now {verdict}, was {before}</source>
        <translation>Bứt phá ({rule}) ngày {date}: nay {verdict}, trước là {before}</translation>
    </message>
    <message>
        <location filename="../../app/notifications.py" line="136"/>
        <source>Liquidity Cascade: breakouts</source>
        <translation>Liquidity Cascade: bứt phá</translation>
    </message>
</context>
<context>
    <name>BreakoutTable</name>
    <message>
        <location filename="../../app/translations.py" line="36"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="37"/>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="38"/>
        <source>Level</source>
        <translation>Mức</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="39"/>
        <source>Volume</source>
        <translation>Khối lượng</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="40"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="41"/>
        <source>+30 d</source>
        <translation>+30 ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="42"/>
        <source>+60 d</source>
        <translation>+60 ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="43"/>
        <source>+90 d</source>
        <translation>+90 ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="44"/>
        <source>At lag</source>
        <translation>Tại độ trễ</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="45"/>
        <source>At {lag}</source>
        <translation>Tại {lag}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="47"/>
        <source>Session date of the breakout close</source>
        <translation>Ngày phiên có giá đóng cửa bứt phá</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="48"/>
        <source>Which detector rule fired</source>
        <translation>Quy tắc phát hiện nào đã kích hoạt</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="49"/>
        <source>The level the close broke above</source>
        <translation>Mức giá mà giá đóng cửa đã vượt lên trên</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="56"/>
        <source>Held: the close stayed above the level for the hold period; failed otherwise. Volume confirmation is shown separately in the Volume column</source>
        <translation>Giữ được: giá đóng cửa nằm trên mức trong suốt thời gian giữ; ngược lại là thất bại. Xác nhận khối lượng được hiển thị riêng ở cột Khối lượng</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="72"/>
        <source>Held</source>
        <translation>Giữ được</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="84"/>
        <source>Held: the close stayed above the level for the hold period</source>
        <translation>Giữ được: giá đóng cửa nằm trên mức trong suốt thời gian giữ</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="61"/>
        <source>Crypto return from the breakout date to 30 days later</source>
        <translation>Lợi nhuận crypto từ ngày bứt phá đến 30 ngày sau</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="50"/>
        <source>Volume on the breakout day over its 50-session average, with the stand-in&apos;s name when another series&apos; volume was used (✓ meets the volume confirmation multiple, ✗ falls short of it)</source>
        <translation>Khối lượng ngày bứt phá so với trung bình 50 phiên; khi dùng khối lượng của chuỗi thay thế thì ghi tên chuỗi đó (✓ đạt hệ số xác nhận khối lượng, ✗ chưa đạt)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="62"/>
        <source>Crypto return from the breakout date to 60 days later</source>
        <translation>Lợi nhuận crypto từ ngày bứt phá đến 60 ngày sau</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="63"/>
        <source>Crypto return from the breakout date to 90 days later</source>
        <translation>Lợi nhuận crypto từ ngày bứt phá đến 90 ngày sau</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="64"/>
        <source>Crypto return from the breakout date to the slider&apos;s current lag</source>
        <translation>Lợi nhuận crypto từ ngày bứt phá đến độ trễ hiện tại của thanh trượt</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="68"/>
        <source>ATH after drought</source>
        <translation>ATH sau quãng lặng</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="69"/>
        <source>N-day high</source>
        <translation>Đỉnh N ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="70"/>
        <source>Failed</source>
        <translation>Thất bại</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="71"/>
        <source>Pending</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="73"/>
        <source>incomplete</source>
        <translation>chưa đủ</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="74"/>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="75"/>
        <source>no volume</source>
        <translation>không có KL</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="77"/>
        <source>Failed: the close fell back below the level within the hold period</source>
        <translation>Thất bại: giá đóng cửa rơi lại dưới mức trong thời gian giữ</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="80"/>
        <source>Pending: too recent to judge whether the close holds above the level</source>
        <translation>Đang chờ: còn quá sớm để biết giá đóng cửa có giữ trên mức hay không</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="87"/>
        <source>Incomplete: this horizon runs past the last bar, so its return is not known yet</source>
        <translation>Chưa đủ: kỳ hạn này vượt quá nến cuối, nên chưa biết lợi nhuận</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="91"/>
        <source>No crypto return here: the series has no data at the event or at the horizon</source>
        <translation>Không có lợi nhuận crypto: chuỗi không có dữ liệu tại sự kiện hoặc tại kỳ hạn</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="95"/>
        <source>Level {level}, close {close}</source>
        <translation>Mức {level}, đóng cửa {close}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="96"/>
        <source>run ends {date}</source>
        <translation>đợt tăng kết thúc {date}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="97"/>
        <source>Click or press Enter to zoom the chart to this breakout</source>
        <translation>Nhấp hoặc nhấn Enter để phóng biểu đồ đến lần bứt phá này</translation>
    </message>
    <message>
        <location filename="../../widgets/breakout_table.py" line="228"/>
        <source>Breakouts found by the detector. Click a row (or select it and press Enter) to zoom the chart to it; click a header to sort.</source>
        <translation>Các lần bứt phá do bộ phát hiện tìm thấy. Nhấp vào một dòng (hoặc chọn rồi nhấn Enter) để phóng biểu đồ đến đó; nhấp tiêu đề cột để sắp xếp.</translation>
    </message>
    <message>
        <location filename="../../widgets/breakout_table.py" line="239"/>
        <source>Synthetic demo data: these breakouts are not real events</source>
        <translation>Dữ liệu demo tổng hợp: các lần bứt phá này không có thật</translation>
    </message>
    <message>
        <location filename="../../widgets/breakout_table.py" line="268"/>
        <source>Returns of {crypto}</source>
        <translation>Lợi suất của {crypto}</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../widgets/evidence/busy_bar.py" line="34"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/busy_bar.py" line="37"/>
        <source>Run again</source>
        <translation>Chạy lại</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/busy_bar.py" line="39"/>
        <source>Compute again from the data shown</source>
        <translation>Tính lại từ dữ liệu đang hiển thị</translation>
    </message>
</context>
<context>
    <name>CacheDialog</name>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="30"/>
        <source>Series</source>
        <extracomment>the cache table&apos;s columns (the last holds each row&apos;s Clear button)</extracomment>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="31"/>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="32"/>
        <source>Timeframe</source>
        <translation>Khung thời gian</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="33"/>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="34"/>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="35"/>
        <source>Bars</source>
        <translation>Số nến</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="36"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="80"/>
        <source>Cache</source>
        <translation>Bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="81"/>
        <source>Measuring the cache…</source>
        <translation>Đang đo bộ nhớ đệm…</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="82"/>
        <source>Cache folder: {path}</source>
        <translation>Thư mục bộ nhớ đệm: {path}</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="94"/>
        <source>Clear cache…</source>
        <translation>Xóa bộ nhớ đệm…</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="96"/>
        <source>Delete every cached series (the chart stays)</source>
        <translation>Xóa mọi chuỗi đã lưu (biểu đồ vẫn giữ nguyên)</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="108"/>
        <source>{count} series, {size} on disk</source>
        <translation>{count} chuỗi, {size} trên đĩa</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="137"/>
        <source>Clear…</source>
        <translation>Xoá…</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="138"/>
        <source>Delete this series from the cache (the chart stays)</source>
        <translation>Xoá chuỗi này khỏi bộ nhớ đệm (biểu đồ vẫn giữ)</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="147"/>
        <source>Clear {series}?</source>
        <translation>Xoá {series}?</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="149"/>
        <source>Delete {series} from the cache? It is fetched again when next charted.</source>
        <translation>Xoá {series} khỏi bộ nhớ đệm? Chuỗi sẽ được tải lại khi vẽ lần sau.</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="160"/>
        <source>Clear the cache?</source>
        <translation>Xóa bộ nhớ đệm?</translation>
    </message>
    <message>
        <location filename="../../widgets/data_dialogs.py" line="161"/>
        <source>Delete every cached series? The next start fetches them again.</source>
        <translation>Xóa mọi chuỗi đã lưu? Lần khởi động sau sẽ tải lại.</translation>
    </message>
</context>
<context>
    <name>Caption</name>
    <message>
        <location filename="../../app/translations.py" line="103"/>
        <source>{equity} ({name}) vs {crypto}</source>
        <translation>{equity} ({name}) so với {crypto}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="104"/>
        <source>{equity} ({name})</source>
        <translation>{equity} ({name})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="105"/>
        <source>DEMO DATA: synthetic series, not market prices.</source>
        <translation>DỮ LIỆU DEMO: chuỗi tổng hợp, không phải giá thị trường.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="106"/>
        <source>As of {date}: only the data known by that day&apos;s close, as the app would have shown it then.</source>
        <translation>Tính đến {date}: chỉ dữ liệu đã biết khi đóng cửa ngày đó, như ứng dụng đã có thể hiển thị khi ấy.</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="111"/>
        <source>Data: {sources}</source>
        <translation>Dữ liệu: {sources}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="112"/>
        <source>{label} (synthetic, {timeframe})</source>
        <translation>{label} (tổng hợp, {timeframe})</translation>
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
        <translation>{exchange} qua {source}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="116"/>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="117"/>
        <source>fetched</source>
        <translation>đã tải</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="118"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="119"/>
        <source>Lag {lag} days (crypto of day t{lag} drawn at t; positive: equity leads)</source>
        <translation>Độ trễ {lag} ngày (crypto của ngày t{lag} vẽ tại t; dương: chỉ số dẫn trước)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="122"/>
        <source>Scale: {scale}, {axis}</source>
        <translation>Thang: {scale}, {axis}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="123"/>
        <source>price</source>
        <translation>giá</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="124"/>
        <source>% change from {anchor}</source>
        <translation>% thay đổi từ {anchor}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="125"/>
        <source>indexed to 100 on {anchor}</source>
        <translation>chỉ số = 100 tại {anchor}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="126"/>
        <source>log axis</source>
        <translation>trục logarit</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="127"/>
        <source>linear axis</source>
        <translation>trục tuyến tính</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="128"/>
        <source>Alignment: {policy}</source>
        <translation>Căn chỉnh: {policy}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="129"/>
        <source>NYSE sessions (crypto close on each session date)</source>
        <translation>phiên NYSE (giá đóng cửa crypto vào ngày của mỗi phiên)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="130"/>
        <source>calendar days (equity close carried over weekends and holidays)</source>
        <translation>ngày lịch (giá đóng cửa chỉ số giữ qua cuối tuần và ngày lễ)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="133"/>
        <source>weekly (last session of each week)</source>
        <translation>hằng tuần (phiên cuối của mỗi tuần)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="134"/>
        <source>Breakout rule: {rule}</source>
        <translation>Quy tắc bứt phá: {rule}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="135"/>
        <source>first close above the all-time high after {n} sessions without one</source>
        <translation>lần đóng cửa đầu tiên trên mức cao nhất mọi thời đại sau {n} phiên không có đỉnh mới</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="138"/>
        <source>close {pct}% above the {n}-session high</source>
        <translation>đóng cửa cao hơn {pct}% so với đỉnh {n} phiên</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="139"/>
        <source>close above {level}</source>
        <translation>đóng cửa trên {level}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="140"/>
        <source>a level not set yet</source>
        <translation>chưa đặt mức</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="141"/>
        <source>{rule}; volume confirmed at {mult}x its {average}-session average within {window} sessions; a breakout holds when the close stays above the level {hold} sessions</source>
        <translation>{rule}; khối lượng xác nhận khi đạt {mult}× trung bình {average} phiên trong vòng {window} phiên; bứt phá giữ được khi giá đóng cửa ở trên mức trong {hold} phiên</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="147"/>
        <source>Correlation of daily log returns, {equity} vs {crypto} at {lag} days: {rho} (N = {n})</source>
        <translation>Tương quan lợi suất log hằng ngày, {equity} và {crypto} tại {lag} ngày: {rho} (N = {n})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="151"/>
        <source>best lag of {sampling} returns in {window}: {lag} days: {rho}, {p} (family-wise over that window, {draws} draws), N = {n}</source>
        <translation>độ trễ tối ưu của lợi suất {sampling} trong {window}: {lag} ngày: {rho}, {p} (toàn họ trên khoảng đó, {draws} lần rút), N = {n}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="156"/>
        <source>daily</source>
        <translation>theo ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="157"/>
        <source>weekly</source>
        <translation>theo tuần</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="158"/>
        <source>all lags</source>
        <translation>mọi độ trễ</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="159"/>
        <source>lead 30-90 d</source>
        <translation>dẫn trước 30-90 ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="160"/>
        <source>{name} ({span})</source>
        <translation>{name} ({span})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="161"/>
        <source>{low}..{high} days</source>
        <translation>{low}..{high} ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="162"/>
        <source>cross-correlation bands: pointwise 95% (each lag alone) and family-wise 95% over {window}</source>
        <translation>dải tương quan chéo: từng điểm 95% (mỗi độ trễ riêng) và toàn họ 95% trên {window}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="168"/>
        <source>headline +{horizon} days, fixed before looking: {crypto} rose after {share}% of N = {n} breakouts against {baseline}% of all {horizon}-day windows, placebo {p}, family-wise over {horizons} horizons {family}</source>
        <translation>mốc chính +{horizon} ngày, chọn trước khi xem: {crypto} tăng sau {share}% trong N = {n} lần bứt phá so với {baseline}% mọi khoảng {horizon} ngày, placebo {p}, toàn họ trên {horizons} mốc {family}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="174"/>
        <source>N = {n}: an anecdote, not evidence</source>
        <translation>N = {n}: chỉ là giai thoại, không phải bằng chứng</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="167"/>
        <source>{n} breakouts ({held} held)</source>
        <translation>{n} lần bứt phá ({held} giữ được)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="175"/>
        <source>no crypto series: the statistics need one</source>
        <translation>không có chuỗi crypto: thống kê cần ít nhất một</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="176"/>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="177"/>
        <source>Last bar: {lasts} · Exported {stamp} · Liquidity Cascade {version} · {disclaimer}</source>
        <translation>Nến cuối: {lasts} · Xuất lúc {stamp} · Liquidity Cascade {version} · {disclaimer}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="181"/>
        <source>Not financial advice.</source>
        <translation>Không phải lời khuyên tài chính.</translation>
    </message>
</context>
<context>
    <name>Cascade</name>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="35"/>
        <source>Hop</source>
        <extracomment>the columns, marked for lupdate in the ``Cascade`` context; most needed first, so a narrow dock shows the hop, its lead, p and N before it scrolls</extracomment>
        <translation>Mắt xích</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="36"/>
        <source>Lead</source>
        <translation>Dẫn trước</translation>
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
        <translation>Khoảng 95%</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="40"/>
        <source>ρ</source>
        <translation>ρ</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="43"/>
        <source>Each stage against the one before it</source>
        <translation>Mỗi giai đoạn so với giai đoạn trước nó</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="44"/>
        <source>The lag (calendar days) at which the follower best tracks the leader</source>
        <translation>Độ trễ (ngày lịch) mà tại đó giai đoạn sau bám theo giai đoạn dẫn tốt nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="47"/>
        <source>Family-wise p over the lags searched (block sign-flip null); its floor is 1 / (draws + 1)</source>
        <translation>p hiệu chỉnh theo cả dải độ trễ đã tìm (mô hình null đổi dấu theo khối); mức sàn là 1 / (số lần rút + 1)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="51"/>
        <source>Return pairs at the lead</source>
        <translation>Số cặp lợi suất tại độ dẫn trước này</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="52"/>
        <source>The lags not rejected as the best at 95% (cautious: wide when the lead is weak)</source>
        <translation>Các độ trễ không bị bác bỏ là tốt nhất ở mức 95% (thận trọng: rộng khi độ dẫn trước yếu)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="56"/>
        <source>Correlation of the returns at the lead</source>
        <translation>Tương quan lợi suất tại độ dẫn trước này</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="111"/>
        <source>Lead ({window})</source>
        <extracomment>a line&apos;s height over the font&apos;s: the table must show its lines in a short dock</extracomment>
        <translation>Dẫn trước ({window})</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="115"/>
        <source>Family-wise p over the lags searched ({low}..{high} d) from {draws} draws of a block sign-flip null; its floor is 1 / (draws + 1)</source>
        <translation>p hiệu chỉnh theo dải độ trễ đã tìm ({low}..{high} ngày) từ {draws} lần rút của mô hình null đổi dấu theo khối; mức sàn là 1 / (số lần rút + 1)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="148"/>
        <source>Sum of the hops</source>
        <translation>Tổng các mắt xích</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="150"/>
        <source>Direct: {first} → {last}</source>
        <translation>Trực tiếp: {first} → {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/chain_table.py" line="180"/>
        <source>The hops&apos; leads added up; the interval is their intervals added end to end (it holds whenever every hop&apos;s interval holds its own)</source>
        <translation>Tổng độ dẫn trước của các mắt xích; khoảng là tổng các khoảng nối đầu cuối (đúng khi khoảng của mỗi mắt xích đều đúng)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="52"/>
        <source>Chain broke at</source>
        <translation>Chuỗi đứt tại</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="83"/>
        <source>held to the last stage</source>
        <translation>giữ đến giai đoạn cuối</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="86"/>
        <source>{stage}: {why}</source>
        <translation>{stage}: {why}</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="125"/>
        <source>{turn}, out of order</source>
        <translation>{turn}, sai thứ tự</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="132"/>
        <source>now
{date}</source>
        <translation>hiện tại
{date}</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="134"/>
        <source>held</source>
        <translation>giữ được</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="136"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/cycles_table.py" line="143"/>
        <source>Turns searched from {start} to {end}</source>
        <translation>Tìm đảo chiều từ {start} đến {end}</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="21"/>
        <source>net liquidity</source>
        <extracomment>longest symbol a name shows (a basket&apos;s full text is in the tooltips and the caption) the roles of ``models.cascade.stages`` (DEFAULT_CHAIN, KNOWN_STAGES, role_of)</extracomment>
        <translation>thanh khoản ròng</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="22"/>
        <source>credit</source>
        <translation>tín dụng</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="23"/>
        <source>bonds</source>
        <translation>trái phiếu</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="24"/>
        <source>large caps</source>
        <translation>vốn hóa lớn</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="25"/>
        <source>small caps</source>
        <translation>vốn hóa nhỏ</translation>
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
        <translation>altcoin</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="29"/>
        <source>Fed balance sheet</source>
        <translation>bảng cân đối Fed</translation>
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
        <translation>đảo chiều</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="35"/>
        <source>out of order</source>
        <translation>sai thứ tự</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="36"/>
        <source>no turn</source>
        <translation>không đảo chiều</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="37"/>
        <source>no data</source>
        <translation>không có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/texts.py" line="57"/>
        <source>{name} (inverted)</source>
        <translation>{name} (đảo ngược)</translation>
    </message>
</context>
<context>
    <name>CascadeController</name>
    <message>
        <location filename="../../app/cascade_controller.py" line="181"/>
        <source>Cancelled: the cascade shown is the last one computed (Refresh runs it).</source>
        <extracomment>the stage whose breakouts start the cycles when the chart&apos;s equity is not a stage the chain is judged again at the replay&apos;s day once the cursor has rested this long the chain of ``loaded`` judged (progress after each hop, cancel between hops), in the child process: on a thread its Python shared the interpreter lock with the GUI, and a pan of the chart while it ran took 60-100 ms instead of 25 (measured under load)</extracomment>
        <translation>Đã hủy: thác đang hiển thị là lần tính gần nhất (Làm mới sẽ chạy lại).</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="197"/>
        <source>Loading the stages</source>
        <translation>Đang tải các giai đoạn</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="297"/>
        <source>nothing cached; import it (File ▸ Import CSV…) or work online</source>
        <translation>chưa có trong bộ nhớ đệm; hãy nhập tệp (Tệp ▸ Nhập CSV…) hoặc làm việc trực tuyến</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="304"/>
        <source>The cascade needs every stage:</source>
        <translation>Thác cần đủ mọi giai đoạn:</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="330"/>
        <source>Judging the chain</source>
        <translation>Đang đánh giá chuỗi</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="353"/>
        <source>The demo chain has no {stage}; it has {stages}.</source>
        <translation>Chuỗi demo không có {stage}; chuỗi có {stages}.</translation>
    </message>
    <message>
        <location filename="../../app/cascade_controller.py" line="370"/>
        <source>Fetching the stages&apos; bars: {what}</source>
        <translation>Đang tải dữ liệu các giai đoạn: {what}</translation>
    </message>
</context>
<context>
    <name>CascadePanel</name>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="70"/>
        <source>&amp;Stages…</source>
        <extracomment>the strip&apos;s share of the panel&apos;s width when the tables sit beside it below this width (px) the strip is a tab beside the chain and the cycles: side by side at 1280x720 neither the strip&apos;s rows nor the chain&apos;s p and N had room</extracomment>
        <translation>&amp;Giai đoạn…</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="71"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="73"/>
        <source>E&amp;xport image…</source>
        <translation>&amp;Xuất ảnh…</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="75"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="87"/>
        <source>Add, remove, move or invert the stages</source>
        <translation>Thêm, bớt, di chuyển hoặc đảo ngược các giai đoạn</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="88"/>
        <source>Fetch the stages&apos; missing bars, then recompute</source>
        <translation>Tải dữ liệu còn thiếu của các giai đoạn rồi tính lại</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="90"/>
        <source>Save the cascade as PNG or SVG with its caption and evidence</source>
        <translation>Lưu thác dưới dạng PNG hoặc SVG kèm chú thích và bằng chứng</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="95"/>
        <source>Rows: z-score of each stage&apos;s log level against its own trailing {days} days, clipped to ±{clip} (inverted: upside down) · ▲ turn by the breakout rule (hollow: pending)</source>
        <translation>Hàng: điểm z của log mức của mỗi giai đoạn so với {days} ngày trước đó của chính nó, cắt ở ±{clip} (đảo ngược: lộn ngược) · ▲ đảo chiều theo quy tắc bứt phá (rỗng: chờ xác nhận)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="113"/>
        <source>Chain</source>
        <translation>Chuỗi</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="114"/>
        <source>Cycles</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="156"/>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="180"/>
        <source>Breakouts of {anchor}, -{back}..+{ahead} d, and now</source>
        <translation>Các lần bứt phá của {anchor}, -{back}..+{ahead} ngày, và hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="182"/>
        <source>Each breakout of {anchor} by the breakout rule, and now: each stage&apos;s first turn from {back} days before to {ahead} days after, on or after the turn of the stage before (its days after that turn)</source>
        <translation>Mỗi lần bứt phá của {anchor} theo quy tắc bứt phá, và hiện tại: lần đảo chiều đầu tiên của mỗi giai đoạn từ {back} ngày trước đến {ahead} ngày sau, vào hoặc sau lần đảo chiều của giai đoạn trước (số ngày sau lần đó)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="187"/>
        <source>No stage is {anchor}: now alone, last {back} d</source>
        <translation>Không có giai đoạn {anchor}: chỉ hiện tại, {back} ngày gần nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="189"/>
        <source>No stage is {anchor}, so the table has now alone: each stage&apos;s first turn over the last {back} days, on or after the turn of the stage before</source>
        <translation>Không giai đoạn nào là {anchor}, nên bảng chỉ có hiện tại: lần đảo chiều đầu tiên của mỗi giai đoạn trong {back} ngày gần nhất, vào hoặc sau lần đảo chiều của giai đoạn trước</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/panel.py" line="214"/>
        <source>%v of %m</source>
        <translation>%v / %m</translation>
    </message>
</context>
<context>
    <name>CcfPlot</name>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="84"/>
        <source>Cross-correlation: waiting for data</source>
        <translation>Tương quan chéo: đang chờ dữ liệu</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="42"/>
        <source>{sampling} returns</source>
        <translation>lợi suất {sampling}</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="45"/>
        <source>pointwise 95% (each lag alone)</source>
        <translation>từng điểm 95% (mỗi độ trễ riêng)</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="46"/>
        <source>family-wise 95% over {window}</source>
        <translation>toàn họ 95% trên {window}</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="102"/>
        <source>Correlation of returns for each lag (crypto shifted by k days).
Shaded: pointwise 95% band, each lag taken alone (most CCFs with no relation cross it somewhere) · dashed: family-wise 95% band over the lags searched (the best lag is significant at 5% when it leaves it) · dot: best lag of the lags searched · vertical line: the slider&apos;s lag.
Click to move the slider to that lag.</source>
        <translation>Tương quan lợi suất cho từng độ trễ (crypto dịch k ngày).
Vùng tô: dải từng điểm 95%, mỗi độ trễ riêng (phần lớn tương quan chéo không liên hệ vẫn vượt nó ở đâu đó) · nét đứt: dải toàn họ 95% trên khoảng tìm (độ trễ tối ưu có ý nghĩa ở mức 5% khi ra ngoài dải) · chấm: độ trễ tối ưu của khoảng tìm · đường dọc: độ trễ của thanh trượt.
Nhấp để đưa thanh trượt về độ trễ đó.</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="119"/>
        <source>lag (days)</source>
        <translation>độ trễ (ngày)</translation>
    </message>
    <message>
        <location filename="../../widgets/ccf_plot.py" line="216"/>
        <source>Cross-correlation: not enough overlapping data</source>
        <translation>Tương quan chéo: không đủ dữ liệu trùng nhau</translation>
    </message>
</context>
<context>
    <name>ChartController</name>
    <message>
        <location filename="../../app/chart_controller.py" line="167"/>
        <source>No breakout under this rule: no cycle to show</source>
        <extracomment>the CCF bootstrap and the event study of a new session start this long after it is drawn, so they do not compete with its first paint for the interpreter the panels are filled this long after the chart of a new session, once it is painted after a pan or zoom rests, indexed and percent lines are re-anchored at the first visible date (as trading platforms&apos; compare scales do) and an auto log axis follows</extracomment>
        <translation>Quy tắc này không có bứt phá nào: không có chu kỳ để xem</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../widgets/chart/chart_view.py" line="40"/>
        <source>All panes are hidden — View menu to show them</source>
        <extracomment>the least height of each pane: a short window shrinks the others, then the docks</extracomment>
        <translation>Mọi khung đều đang ẩn — bật lại trong menu Hiển thị</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/chart_view.py" line="47"/>
        <source>as of %1</source>
        <translation>tính đến %1</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/chart_view.py" line="48"/>
        <source>Nothing is charted yet.

Pick an equity and coins under Instruments, import a price file (File ▸ Import CSV…), or load the demo data.</source>
        <translation>Chưa có gì trên biểu đồ.

Chọn chỉ số và coin trong mục Công cụ, nhập tệp giá (Tệp ▸ Nhập CSV…), hoặc tải dữ liệu demo.</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="31"/>
        <source>price</source>
        <translation>giá</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="32"/>
        <source>% change</source>
        <translation>% thay đổi</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="33"/>
        <source>index = 100</source>
        <translation>chỉ số = 100</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="36"/>
        <location filename="../../widgets/chart/equity_pane.py" line="193"/>
        <source>log axis</source>
        <translation>trục logarit</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="37"/>
        <source>linear axis</source>
        <translation>trục tuyến tính</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="39"/>
        <source>lag %1 (crypto of t%2 drawn at t)</source>
        <translation>độ trễ %1 (crypto của ngày t%2 vẽ tại t)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="40"/>
        <source>statistics</source>
        <translation>thống kê</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="41"/>
        <source>No coin to compare: tick one under Instruments, or type a pair and press Add</source>
        <translation>Chưa có coin để so sánh: đánh dấu một coin trong mục Công cụ, hoặc gõ một cặp rồi bấm Thêm</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="46"/>
        <source>ratio</source>
        <extracomment>what a derived series is, beside its label in the legend</extracomment>
        <translation>tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="47"/>
        <source>basket of %1 (%2 counted)</source>
        <translation>giỏ %1 đồng (tính %2)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="27"/>
        <source>O</source>
        <extracomment>the legend&apos;s names of open, high, low and close (translated: &quot;О&quot;, &quot;Макс&quot;, ...)</extracomment>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="28"/>
        <source>H</source>
        <translation>Cao</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="29"/>
        <source>L</source>
        <translation>Thấp</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="30"/>
        <source>C</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="166"/>
        <source>no session</source>
        <translation>không có phiên</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="196"/>
        <source>held</source>
        <translation>giữ được</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="197"/>
        <source>failed</source>
        <translation>thất bại</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/equity_pane.py" line="205"/>
        <source>pending</source>
        <translation>đang chờ</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/volume_pane.py" line="72"/>
        <source>threshold</source>
        <translation>ngưỡng</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/volume_pane.py" line="88"/>
        <source>Volume</source>
        <translation>Khối lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/volume_pane.py" line="90"/>
        <source>confirmation threshold</source>
        <translation>ngưỡng xác nhận</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/crypto_pane.py" line="243"/>
        <location filename="../../widgets/chart/crypto_pane.py" line="250"/>
        <source>Crypto</source>
        <extracomment>a percent scale on a log axis holds log10(PERCENT_BASE + percent)</extracomment>
        <translation>Crypto</translation>
    </message>
    <message>
        <location filename="../../app/overlays.py" line="65"/>
        <source>{equity} (rebased to {crypto})</source>
        <translation>{equity} (quy về {crypto})</translation>
    </message>
    <message>
        <location filename="../../app/overlays.py" line="67"/>
        <source>{equity} (rebased)</source>
        <translation>{equity} (quy đổi)</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="235"/>
        <source>{equity} vs {crypto}</source>
        <extracomment>a click on a breakout shows it with this much of the chart either side</extracomment>
        <translation>{equity} so với {crypto}</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="280"/>
        <source>{equity} volume</source>
        <translation>Khối lượng {equity}</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="285"/>
        <source>No usable volume: import {proxy} to use its volume instead</source>
        <translation>Không có khối lượng dùng được: nhập {proxy} để dùng khối lượng của nó</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="289"/>
        <source>No usable volume</source>
        <translation>Không có khối lượng dùng được</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="291"/>
        <source>{equity} volume, {proxy} volume where it has none</source>
        <translation>Khối lượng {equity}, chỗ thiếu dùng khối lượng {proxy}</translation>
    </message>
    <message>
        <location filename="../../app/presenter.py" line="296"/>
        <source>{proxy} volume (standing in for {equity})</source>
        <translation>Khối lượng {proxy} (thay cho {equity})</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/correlation_pane.py" line="23"/>
        <source>Add a coin to see how its returns move with the equity&apos;s</source>
        <extracomment>what the correlation pane says without a coin to correlate</extracomment>
        <translation>Thêm một coin để xem lợi suất của nó biến động cùng chỉ số ra sao</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/correlation_pane.py" line="112"/>
        <source>Rolling correlation of returns</source>
        <translation>Tương quan trượt của lợi suất</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/correlation_pane.py" line="116"/>
        <source>%1-session window</source>
        <translation>cửa sổ %1 phiên</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/correlation_pane.py" line="120"/>
        <source>±%1: noise (95%)</source>
        <translation>±%1: nhiễu (95%)</translation>
    </message>
    <message>
        <location filename="../../app/breadth.py" line="57"/>
        <source>It counts {first} on {first_date}, {most} at most, {last} on {last_date}.</source>
        <translation>Tính {first} đồng vào {first_date}, nhiều nhất {most}, {last} đồng vào {last_date}.</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="40"/>
        <source>Altcoin season index</source>
        <extracomment>the public index&apos;s thresholds: at or above, altcoin season; at or below, bitcoin season the link key of the offer to add the index (never a series label: those have no &quot;#&quot;)</extracomment>
        <translation>Chỉ số mùa altcoin</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="41"/>
        <source>%1 alts vs %2 over %3 days · survivorship: a universe picked today</source>
        <translation>%1 altcoin so với %2 trong %3 ngày · thiên lệch kẻ sống sót: danh sách chọn hôm nay</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="44"/>
        <source>shifted by the lag</source>
        <translation>dịch theo độ trễ</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="45"/>
        <source>altcoin season (75)</source>
        <translation>mùa altcoin (75)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="46"/>
        <source>bitcoin season (25)</source>
        <translation>mùa bitcoin (25)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="47"/>
        <source>alts counted, % of the %1</source>
        <translation>số altcoin được tính, % của %1</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="48"/>
        <source>%1 of %2 alts counted</source>
        <translation>tính %1 trên %2 altcoin</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="49"/>
        <source>Add the altcoin season index (altseason)</source>
        <translation>Thêm chỉ số mùa altcoin (altseason)</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="50"/>
        <source>The altcoin season index is not charted: add it above, or type altseason under Instruments (its alts are fetched as one batch).</source>
        <translation>Chỉ số mùa altcoin chưa được vẽ: thêm ở trên, hoặc gõ altseason trong mục Công cụ (các altcoin của nó được tải trong một đợt).</translation>
    </message>
    <message>
        <location filename="../../widgets/chart/breadth_pane.py" line="54"/>
        <source>The altcoin season index: the share (0-100) of a universe of alts whose return over the window beat BTC&apos;s. 75 and above: altcoin season; 25 and below: bitcoin season. The dashed line is the share of the universe counted each day.</source>
        <translation>Chỉ số mùa altcoin: tỷ lệ (0-100) altcoin trong danh sách có lợi nhuận trong khoảng thời gian cao hơn BTC. Từ 75 trở lên: mùa altcoin; từ 25 trở xuống: mùa bitcoin. Đường nét đứt là tỷ lệ danh sách được tính mỗi ngày.</translation>
    </message>
</context>
<context>
    <name>DataBanner</name>
    <message>
        <location filename="../../widgets/banner.py" line="23"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="23"/>
        <source>Try to fetch again</source>
        <translation>Thử tải lại</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="25"/>
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="26"/>
        <source>Chart a Yahoo, TradingView or Binance CSV file you already have</source>
        <translation>Vẽ biểu đồ từ tệp CSV Yahoo, TradingView hoặc Binance bạn đã có</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="29"/>
        <source>Load demo data</source>
        <translation>Tải dữ liệu demo</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="30"/>
        <source>Synthetic data to explore the app; every view is marked DEMO</source>
        <translation>Dữ liệu tổng hợp để khám phá ứng dụng; mọi khung đều ghi DEMO</translation>
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
        <translation>không có gì trong bộ nhớ đệm và ứng dụng đang làm việc ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="51"/>
        <source>not fetched: {source} could not be reached for {first}.</source>
        <translation>chưa tải: không kết nối được {source} cho {first}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="55"/>
        <source>{source} could not be reached ({how}); check the connection.</source>
        <translation>không kết nối được {source} ({how}); hãy kiểm tra kết nối.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="59"/>
        <source>{source} is limiting requests (HTTP 429); try again in a few minutes.</source>
        <translation>{source} đang giới hạn yêu cầu (HTTP 429); hãy thử lại sau vài phút.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="64"/>
        <source>{source} refuses this region (HTTP 451); pin an exchange that serves it, for example BTC/USDT@kraken, or clear the copy cached from it.</source>
        <translation>{source} từ chối khu vực này (HTTP 451); hãy chọn một sàn phục vụ khu vực của bạn, ví dụ BTC/USDT@kraken, hoặc xóa bản lưu đệm lấy từ sàn đó.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="70"/>
        <source>{source} is unavailable right now; try again later.</source>
        <translation>{source} hiện không khả dụng; hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="74"/>
        <source>{source} sent an answer that cannot be right; nothing of it was saved. Try again later.</source>
        <translation>{source} gửi về dữ liệu không thể đúng; không lưu gì từ đó. Hãy thử lại sau.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="80"/>
        <source>{source} does not know this symbol.</source>
        <translation>{source} không có mã này.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="84"/>
        <source>no bars in the requested range.</source>
        <translation>không có nến nào trong khoảng yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="90"/>
        <source>cancelled; the chart and the cache are unchanged.</source>
        <translation>đã hủy; biểu đồ và bộ nhớ đệm không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="100"/>
        <source>The disk holding {path} is full; free some space.</source>
        <translation>Ổ đĩa chứa {path} đã đầy; hãy giải phóng dung lượng.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="104"/>
        <source>{path} is on a read-only disk; choose a writable cache folder (--cache-dir or LIQUIDITY_CASCADE_CACHE_DIR).</source>
        <translation>{path} nằm trên ổ chỉ đọc; hãy chọn thư mục bộ nhớ đệm ghi được (--cache-dir hoặc LIQUIDITY_CASCADE_CACHE_DIR).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="110"/>
        <source>No permission to write at {path}; allow it or choose another cache folder (--cache-dir or LIQUIDITY_CASCADE_CACHE_DIR).</source>
        <translation>Không có quyền ghi vào {path}; hãy cấp quyền hoặc chọn thư mục bộ nhớ đệm khác (--cache-dir hoặc LIQUIDITY_CASCADE_CACHE_DIR).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="116"/>
        <source>The name {path} is too long for the file system.</source>
        <translation>Tên {path} quá dài đối với hệ thống tệp.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="120"/>
        <source>{path} is in the way: a file where a folder is needed; move it or choose another cache folder.</source>
        <translation>{path} đang cản trở: có một tệp ở chỗ cần thư mục; hãy di chuyển nó hoặc chọn thư mục bộ nhớ đệm khác.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="137"/>
        <source>the exchange</source>
        <translation>sàn giao dịch</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="138"/>
        <source>the data source</source>
        <translation>nguồn dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="143"/>
        <source>no answer in time</source>
        <translation>không phản hồi kịp</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="145"/>
        <source>the connection was reset</source>
        <translation>kết nối bị ngắt</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="147"/>
        <source>the name did not resolve</source>
        <translation>không phân giải được tên (DNS)</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="148"/>
        <source>no connection</source>
        <translation>không có kết nối</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="153"/>
        <source>the cached file could not be read and could not be moved aside; it is skipped.</source>
        <translation>không đọc được tệp trong bộ nhớ đệm và không thể chuyển nó sang chỗ khác; đã bỏ qua.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="158"/>
        <source>the cached file could not be read; it was moved to {path} and is fetched again.</source>
        <translation>không đọc được tệp trong bộ nhớ đệm; đã chuyển nó tới {path} và đang tải lại.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="162"/>
        <source>the cached file could not be read; it was set aside and is fetched again.</source>
        <translation>không đọc được tệp trong bộ nhớ đệm; đã để riêng và đang tải lại.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="185"/>
        <source>Unexpected {kind}: {message}</source>
        <translation>Lỗi không lường trước {kind}: {message}</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="212"/>
        <source>the bars fetched before the failure were not kept.</source>
        <translation>các nến tải được trước khi lỗi đã không được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="216"/>
        <source>the source holds less history than was asked for.</source>
        <translation>nguồn có lịch sử ngắn hơn khoảng yêu cầu.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="220"/>
        <source>could not be refreshed; the cached bars are shown.</source>
        <translation>không cập nhật được; đang hiển thị các nến trong bộ nhớ đệm.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="224"/>
        <source>{file} looks like {hint} data but {label} trades on the {calendar} calendar.</source>
        <translation>{file} trông như dữ liệu {hint} nhưng {label} giao dịch theo lịch {calendar}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="229"/>
        <source>{file}: {count} rows without prices were skipped.</source>
        <translation>{file}: đã bỏ qua {count} dòng không có giá.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="233"/>
        <source>kept {count} bars fetched before the failure ({first} .. {last}).</source>
        <translation>đã giữ {count} nến tải được trước khi lỗi ({first} .. {last}).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="237"/>
        <source>{count} gaps in the fetched bars, the first at {first}.</source>
        <translation>có {count} khoảng trống trong các nến tải về, khoảng đầu tiên tại {first}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="241"/>
        <source>served by {exchange} ({failed} failed).</source>
        <translation>dữ liệu từ {exchange} ({failed} bị lỗi).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="245"/>
        <source>{count} cached bars dated after today are ignored; clear the series and import a corrected file.</source>
        <translation>bỏ qua {count} nến trong bộ nhớ đệm có ngày sau hôm nay; hãy xóa chuỗi và nhập tệp đã sửa.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="272"/>
        <source>a universe of {size} alts picked today: coins that died or left the top are missing from earlier years, which flatters the alts (survivorship bias).</source>
        <translation>danh sách {size} altcoin được chọn hôm nay: các đồng đã chết hoặc rời top không có trong những năm trước, khiến altcoin trông tốt hơn thực tế (thiên lệch kẻ sống sót).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="253"/>
        <source>{count} of {size} alts have no bars ({names}); the index counts the others.</source>
        <translation>{count} trên {size} altcoin không có nến ({names}); chỉ số tính các đồng còn lại.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="259"/>
        <source>UTC days</source>
        <translation>ngày theo UTC</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="261"/>
        <source>New York session dates</source>
        <translation>ngày phiên giao dịch New York</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="263"/>
        <source>{file} holds {timeframe} bars; they were made daily bars ({rule}).</source>
        <translation>{file} chứa nến {timeframe}; đã gộp thành nến ngày ({rule}).</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="288"/>
        <source>{reason} Cached: {cached}; a chart needs a crypto series too: retry, import a CSV file or load the demo data.</source>
        <translation>{reason} Đã lưu đệm: {cached}; biểu đồ cần thêm một chuỗi tiền mã hóa: hãy thử lại, nhập tệp CSV hoặc tải dữ liệu demo.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="294"/>
        <source>{reason} Cached: {cached}; a chart needs the equity: retry, import a CSV file or load the demo data.</source>
        <translation>{reason} Đã lưu đệm: {cached}; biểu đồ cần chỉ số: hãy thử lại, nhập tệp CSV hoặc tải dữ liệu demo.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="299"/>
        <source>{reason} There is nothing cached to chart yet: retry, import a CSV file or load the demo data.</source>
        <translation>{reason} Chưa có gì trong bộ nhớ đệm để vẽ: hãy thử lại, nhập tệp CSV hoặc tải dữ liệu demo.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="309"/>
        <source>Offline mode: nothing cached for {labels}.</source>
        <translation>Chế độ ngoại tuyến: không có dữ liệu đệm cho {labels}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="316"/>
        <source>No data for this selection.</source>
        <translation>Không có dữ liệu cho lựa chọn này.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="321"/>
        <source>Data ▸ Refresh tries the failed series again.</source>
        <translation>Dữ liệu ▸ Làm mới sẽ thử lại các chuỗi bị lỗi.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="328"/>
        <source>Offline: showing cached data only.</source>
        <translation>Ngoại tuyến: chỉ hiển thị dữ liệu trong bộ nhớ đệm.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="334"/>
        <source>Fetch cancelled; the chart and cache are unchanged.</source>
        <translation>Đã hủy tải; biểu đồ và bộ nhớ đệm không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="337"/>
        <source>Fetch cancelled.</source>
        <translation>Đã hủy tải.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="342"/>
        <source>Leaving demo data: loading real data from the cache…</source>
        <translation>Rời dữ liệu demo: đang tải dữ liệu thật từ bộ nhớ đệm…</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="349"/>
        <source>Left demo data; real data is charted.</source>
        <translation>Đã rời dữ liệu demo; đang vẽ dữ liệu thật.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="354"/>
        <source>Imported {rows} bars of {symbol}.</source>
        <translation>Đã nhập {rows} nến của {symbol}.</translation>
    </message>
    <message>
        <location filename="../../app/data_wording.py" line="360"/>
        <source>Settings reset to their defaults (the stored values were not valid): {keys}.</source>
        <translation>Đã đặt lại cài đặt về mặc định (giá trị đã lưu không hợp lệ): {keys}.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../app/data_menu.py" line="33"/>
        <source>&amp;Data</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="34"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="35"/>
        <source>&amp;Cancel fetch</source>
        <translation>&amp;Hủy tải</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="36"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="39"/>
        <source>Gap and &amp;provenance report…</source>
        <translation>Báo cáo &amp;khoảng trống và nguồn gốc…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="41"/>
        <source>Cache &amp;size and clear…</source>
        <translation>&amp;Dung lượng và xóa bộ nhớ đệm…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="43"/>
        <source>Work &amp;offline</source>
        <translation>Làm việc &amp;ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="47"/>
        <source>Use the cache only; uncheck to fetch the missing bars again</source>
        <translation>Chỉ dùng bộ nhớ đệm; bỏ chọn để tải lại các nến còn thiếu</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="51"/>
        <source>Fetch only the bars missing since the last one</source>
        <translation>Chỉ tải các nến còn thiếu kể từ nến cuối</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="66"/>
        <source>Import a price file</source>
        <translation>Nhập tệp giá</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="77"/>
        <location filename="../../app/data_menu.py" line="88"/>
        <source>Import {name}</source>
        <translation>Nhập {name}</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="78"/>
        <source>Symbol these prices belong to (e.g. ^RUT, BTC/USDT, ETH-USD):</source>
        <translation>Mã của các giá này (ví dụ ^RUT, BTC/USDT, ETH-USD):</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="103"/>
        <source>Working offline</source>
        <translation>Đang làm việc ngoại tuyến</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="106"/>
        <source>The app is working offline (Data ▸ Work offline, or --offline), so nothing can be fetched.</source>
        <translation>Ứng dụng đang làm việc ngoại tuyến (Dữ liệu ▸ Làm việc ngoại tuyến, hoặc --offline), nên không thể tải gì.</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="110"/>
        <source>Go online and fetch the missing bars?</source>
        <translation>Trực tuyến và tải các nến còn thiếu?</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="111"/>
        <source>Go online</source>
        <translation>Trực tuyến</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="138"/>
        <source>Nothing is charted yet.</source>
        <translation>Chưa có gì được vẽ.</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="139"/>
        <source>Gap and provenance report</source>
        <translation>Báo cáo khoảng trống và nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="90"/>
        <source>Import it anyway?</source>
        <translation>Vẫn nhập tệp này?</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="91"/>
        <source>Import anyway</source>
        <translation>Vẫn nhập</translation>
    </message>
</context>
<context>
    <name>DerivedButton</name>
    <message>
        <location filename="../../widgets/derived_menu.py" line="67"/>
        <source>Ratios and indices</source>
        <translation>Tỷ lệ và chỉ số</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="70"/>
        <source>Add a ready-made derived series: the ETH/BTC ratio, a basket of alts or the altcoin season index. Any other can be typed: A / B (spaces around the slash), basket(A, B, ...), altseason(window=60)</source>
        <translation>Thêm một chuỗi phái sinh có sẵn: tỷ lệ ETH/BTC, một giỏ altcoin hoặc chỉ số mùa altcoin. Chuỗi khác có thể gõ vào: A / B (có dấu cách quanh dấu gạch chéo), basket(A, B, ...), altseason(window=60)</translation>
    </message>
</context>
<context>
    <name>DetectorPanel</name>
    <message>
        <location filename="../../app/translations.py" line="185"/>
        <source>ATH after a drought</source>
        <translation>ATH sau quãng lặng dài</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="186"/>
        <source>N-day high</source>
        <translation>Đỉnh N ngày</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="187"/>
        <source>Level break</source>
        <translation>Phá vỡ mức giá</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="189"/>
        <source>Drought</source>
        <translation>Quãng lặng</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="190"/>
        <source>Sessions without a new all-time high before a new one counts (252 = a year)</source>
        <translation>Số phiên không lập đỉnh mọi thời đại (ATH) mới trước khi một ATH mới được tính (252 = một năm)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="194"/>
        <source>N (lookback)</source>
        <translation>N (nhìn lại)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="195"/>
        <source>The close must beat the highest close of this many previous sessions</source>
        <translation>Giá đóng cửa phải vượt giá đóng cửa cao nhất của ngần này phiên trước đó</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="198"/>
        <source>Clear by</source>
        <translation>Vượt thêm</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="199"/>
        <source>How far above the N-day high the close must be, in percent</source>
        <translation>Giá đóng cửa phải cao hơn đỉnh N ngày bao nhiêu phần trăm</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="202"/>
        <source>Level</source>
        <translation>Mức giá</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="203"/>
        <source>The resistance or round number (e.g. 2,600) a close must cross</source>
        <translation>Kháng cự hoặc số tròn (ví dụ 2,600) mà giá đóng cửa phải vượt qua</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="206"/>
        <source>Volume ×</source>
        <translation>KL ×</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="207"/>
        <source>Volume confirms when it reaches this multiple of its average</source>
        <translation>Khối lượng xác nhận khi đạt bội số này so với mức trung bình</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="210"/>
        <source>Volume window</source>
        <translation>Cửa sổ KL</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="211"/>
        <source>Sessions from the breakout in which the volume may confirm</source>
        <translation>Số phiên kể từ bứt phá mà khối lượng có thể xác nhận</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="214"/>
        <source>Volume average</source>
        <translation>KL trung bình</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="215"/>
        <source>Length of the average that volume is compared with</source>
        <translation>Độ dài đường trung bình dùng để so sánh khối lượng</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="216"/>
        <source>Hold</source>
        <translation>Giữ mức</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="217"/>
        <source>Held if the close stays above the level this long; failed otherwise</source>
        <translation>Giữ được nếu giá đóng cửa giữ trên mức trong ngần này phiên; ngược lại là thất bại</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="221"/>
        <source>Cooldown</source>
        <translation>Giãn cách</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="222"/>
        <source>Signals closer than this to an event merge into it</source>
        <translation>Tín hiệu gần sự kiện hơn khoảng này được gộp vào sự kiện đó</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="223"/>
        <source>Shade until</source>
        <translation>Tô màu đến khi</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="224"/>
        <source>The shading after a breakout stops once the close falls this far below the level</source>
        <translation>Vùng tô sau bứt phá dừng khi giá đóng cửa giảm xuống dưới mức chừng này</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="228"/>
        <source>Shade at most</source>
        <translation>Tô màu tối đa</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="229"/>
        <source>The shading after a breakout stops after this many sessions at the latest</source>
        <translation>Vùng tô sau bứt phá dừng muộn nhất sau ngần này phiên</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="234"/>
        <source> sessions</source>
        <translation> phiên</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="235"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="236"/>
        <source> % under the level</source>
        <translation> % dưới mức</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="237"/>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="239"/>
        <source>Unknown rule {rule}</source>
        <translation>Quy tắc không xác định {rule}</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="240"/>
        <source>Enter the level a close must cross (for example 2,600)</source>
        <translation>Nhập mức giá mà giá đóng cửa phải vượt (ví dụ 2,600)</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="243"/>
        <source>{label} must be between {low} and {high} (got {value})</source>
        <translation>{label} phải nằm trong khoảng {low} đến {high} (nhận được {value})</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="246"/>
        <source>Allowed: {low} to {high}</source>
        <translation>Cho phép: {low} đến {high}</translation>
    </message>
    <message>
        <location filename="../../widgets/detector_panel.py" line="150"/>
        <source>Rule</source>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../../widgets/detector_panel.py" line="170"/>
        <source>Which closes count as a breakout: a new all-time high after a drought, a new N-day high by a margin, or a cross above a level you choose</source>
        <translation>Giá đóng cửa nào được tính là bứt phá: ATH mới sau quãng lặng dài, đỉnh N ngày mới với biên độ vượt, hoặc vượt lên trên mức giá bạn chọn</translation>
    </message>
    <message>
        <location filename="../../widgets/detector_panel.py" line="178"/>
        <source>Defaults</source>
        <translation>Mặc định</translation>
    </message>
    <message>
        <location filename="../../widgets/detector_panel.py" line="180"/>
        <source>Restore the default rule and parameters</source>
        <translation>Khôi phục quy tắc và tham số mặc định</translation>
    </message>
</context>
<context>
    <name>EventStudyView</name>
    <message>
        <location filename="../../widgets/event_study_text.py" line="28"/>
        <source>Horizon</source>
        <extracomment>the per-horizon table: (header, tooltip), translated in the &quot;EventStudyView&quot; context</extracomment>
        <translation>Kỳ hạn</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="29"/>
        <source>Days after the breakout close (the headline, in bold, fixed before looking)</source>
        <translation>Số ngày sau phiên đóng cửa bứt phá (mốc chính, in đậm, chọn trước khi xem)</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="36"/>
        <source>Events with crypto data and a complete return at this horizon</source>
        <translation>Sự kiện có dữ liệu crypto và lợi suất đủ ở mốc này</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="41"/>
        <source>Rose</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="42"/>
        <source>Share of those events after which crypto rose</source>
        <translation>Tỷ lệ các sự kiện đó mà sau đó crypto tăng</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="45"/>
        <location filename="../../widgets/event_study_text.py" line="57"/>
        <source>Base</source>
        <translation>Nền</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="46"/>
        <source>Baseline: share of every window of the crypto&apos;s history that rose over the same horizon</source>
        <translation>Mức nền: tỷ lệ mọi khoảng trong lịch sử crypto có tăng trên cùng mốc</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="53"/>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="54"/>
        <source>Mean crypto return over those events</source>
        <translation>Lợi suất crypto trung bình của các sự kiện đó</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="58"/>
        <source>Baseline: mean return from any day of the history over the same horizon</source>
        <translation>Mức nền: lợi suất trung bình từ mọi ngày trong lịch sử trên cùng mốc</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="64"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="65"/>
        <source>Placebo p: share of random-date draws whose mean rank reaches the events&apos; (one event cannot dominate a rank)</source>
        <translation>p placebo: tỷ lệ lần rút ngày ngẫu nhiên có thứ hạng trung bình đạt mức của các sự kiện (một sự kiện không thể áp đảo thứ hạng)</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="81"/>
        <source>{n} events with crypto data</source>
        <translation>{n} sự kiện có dữ liệu crypto</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="116"/>
        <source>family-wise {p} over {horizons} {unit} (N = {n})</source>
        <translation>toàn họ {p} trên {horizons} {unit} (N = {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="127"/>
        <source>placebo pool {first} – {last}</source>
        <translation>nhóm placebo {first} – {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="135"/>
        <source>N = {n}: an anecdote, not evidence</source>
        <translation>N = {n}: chỉ là giai thoại, không phải bằng chứng</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="35"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="85"/>
        <source>({n} incomplete)</source>
        <translation>({n} chưa đủ)</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="99"/>
        <source>headline {horizon}: rose after {share} (N = {n}), baseline {baseline}</source>
        <translation>mốc chính {horizon}: tăng sau {share} (N = {n}), mức nền {baseline}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="107"/>
        <source>placebo {p}</source>
        <translation>placebo {p}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="153"/>
        <source>path N={n}</source>
        <translation>đường N={n}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_text.py" line="162"/>
        <source>N={n} from {day}</source>
        <translation>N={n} từ {day}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="57"/>
        <source>Event study: no breakouts to study yet</source>
        <translation>Nghiên cứu sự kiện: chưa có lần bứt phá nào</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="86"/>
        <source>The horizon of the headline hit rate and placebo p, chosen before looking at the results; the lag slider never moves it</source>
        <translation>Mốc của tỷ lệ thắng chính và p placebo, chọn trước khi xem kết quả; thanh trượt độ trễ không bao giờ thay đổi nó</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="98"/>
        <source>Headline, fixed before looking</source>
        <translation>Mốc chính, chọn trước khi xem</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="119"/>
        <source>days from breakout</source>
        <translation>ngày kể từ bứt phá</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="120"/>
        <source>crypto return</source>
        <translation>lợi nhuận crypto</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="137"/>
        <source>Per horizon: N, the share that rose beside the baseline, and placebo p</source>
        <translation>Theo từng mốc: N, tỷ lệ tăng bên cạnh mức nền, và p placebo</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="28"/>
        <source>any day</source>
        <translation>mọi ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="29"/>
        <source>each event on its own, no band</source>
        <translation>từng sự kiện riêng, không có dải</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="30"/>
        <source>mean</source>
        <translation>trung bình</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="31"/>
        <source>median</source>
        <translation>trung vị</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="32"/>
        <source>95% band of the mean</source>
        <translation>dải 95% của trung bình</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_plot.py" line="124"/>
        <source>N={n}</source>
        <translation>N={n}</translation>
    </message>
    <message>
        <location filename="../../widgets/event_study_view.py" line="214"/>
        <source>Event study: no breakouts to study with these rules</source>
        <translation>Nghiên cứu sự kiện: không có bứt phá nào với các quy tắc này</translation>
    </message>
</context>
<context>
    <name>EvidenceController</name>
    <message>
        <location filename="../../app/evidence_controller.py" line="78"/>
        <source>Cancelled: the walk shown is the last one finished (Run walks again).</source>
        <extracomment>draws of each month end&apos;s test (as ``leadlag`` draws)</extracomment>
        <translation>Đã hủy: đang hiển thị lần chạy cuối đã xong (Chạy lại để chạy lại).</translation>
    </message>
    <message>
        <location filename="../../app/evidence_controller.py" line="111"/>
        <source>The evidence needs a crypto series beside the equity, with dates in common.</source>
        <translation>Bằng chứng cần một chuỗi crypto bên cạnh chỉ số, có chung ngày.</translation>
    </message>
    <message>
        <location filename="../../app/evidence_controller.py" line="154"/>
        <source>Walking forward</source>
        <translation>Đang chạy tiến</translation>
    </message>
    <message>
        <location filename="../../app/evidence_controller.py" line="155"/>
        <source>Walking forward: {done} of {expected} month ends</source>
        <translation>Đang chạy tiến: {done} / {expected} cuối tháng</translation>
    </message>
</context>
<context>
    <name>EvidenceDocks</name>
    <message>
        <location filename="../../app/evidence_dock.py" line="39"/>
        <source>Evidence</source>
        <translation>Bằng chứng</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="40"/>
        <source>Watch</source>
        <translation>Theo dõi</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="85"/>
        <source>How the evidence grew</source>
        <translation>Bằng chứng lớn dần thế nào</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="86"/>
        <source>Lag × time</source>
        <translation>Độ trễ × thời gian</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="159"/>
        <source>&amp;Notify me of new breakouts</source>
        <translation>&amp;Báo cho tôi về bứt phá mới</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="164"/>
        <source>After a refresh, say a new breakout or a changed verdict on the status line and as a desktop notification (where the desktop has a system tray)</source>
        <translation>Sau khi làm mới, báo bứt phá mới hoặc kết luận thay đổi trên thanh trạng thái và bằng thông báo màn hình (nếu màn hình có khay hệ thống)</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="170"/>
        <source>Refresh &amp;automatically</source>
        <translation>Tự động làm &amp;mới</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="187"/>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="189"/>
        <source>Every {n} minutes</source>
        <translation>Mỗi {n} phút</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="191"/>
        <source>Every hour</source>
        <translation>Mỗi giờ</translation>
    </message>
    <message>
        <location filename="../../app/evidence_dock.py" line="192"/>
        <source>Every {n} hours</source>
        <translation>Mỗi {n} giờ</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/export/actions.py" line="64"/>
        <source>Export &amp;image…</source>
        <extracomment>the evidence&apos;s type on the clipboard the settings&apos; name of the folder export dialogs remember</extracomment>
        <translation>&amp;Xuất ảnh…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="66"/>
        <source>Export &amp;data (CSV)…</source>
        <translation>Xuất &amp;dữ liệu (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="68"/>
        <source>&amp;Copy chart to clipboard</source>
        <translation>&amp;Sao chép biểu đồ</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="91"/>
        <source>Nothing to export yet: no chart is shown.</source>
        <translation>Chưa có gì để xuất: chưa hiển thị biểu đồ.</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="126"/>
        <source>Export image</source>
        <translation>Xuất ảnh</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="152"/>
        <source>Saved {image} ({w}x{h}) and {sidecar}</source>
        <translation>Đã lưu {image} ({w}x{h}) và {sidecar}</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="163"/>
        <source>Export data</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="177"/>
        <source>Saved {files}</source>
        <translation>Đã lưu {files}</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="195"/>
        <source>Chart copied ({w}x{h}), its evidence beside it as JSON</source>
        <translation>Đã chép biểu đồ ({w}x{h}), kèm bằng chứng dạng JSON</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="71"/>
        <source>Export ca&amp;scade image…</source>
        <translation>Xuất ảnh &amp;thác…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="214"/>
        <source>Export cascade image</source>
        <translation>Xuất ảnh thác</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="238"/>
        <source>Nothing to export yet: show the cascade first (View ▸ Cascade).</source>
        <translation>Chưa có gì để xuất: hãy mở thác trước (Xem ▸ Thác).</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <location filename="../../widgets/export_dialog.py" line="72"/>
        <source>Export image</source>
        <translation>Xuất ảnh</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="81"/>
        <source>Window size ({w}x{h})</source>
        <translation>Kích thước cửa sổ ({w}x{h})</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="84"/>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="95"/>
        <source>Caption with instruments, settings and figures</source>
        <translation>Chú thích gồm mã giao dịch, thiết lập và số liệu</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="106"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="107"/>
        <source>Custom pixels</source>
        <translation>Số điểm ảnh tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="108"/>
        <source>Pixel ratio</source>
        <translation>Tỉ lệ điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="109"/>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="151"/>
        <source>SVG of {w}x{h} units</source>
        <translation>SVG {w}x{h} đơn vị</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="155"/>
        <source>PNG of {w}x{h} pixels</source>
        <translation>PNG {w}x{h} điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../widgets/export_dialog.py" line="157"/>
        <source>, plus the caption below</source>
        <translation>, cùng chú thích bên dưới</translation>
    </message>
</context>
<context>
    <name>FanPlot</name>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="46"/>
        <source>Days since the breakout</source>
        <translation>Số ngày sau bứt phá</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="46"/>
        <source>Return since then (%)</source>
        <translation>Lợi nhuận từ đó (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="66"/>
        <source>No prices of the target by then: no fan.</source>
        <translation>Chưa có giá của mục tiêu vào lúc đó: không có quạt.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="99"/>
        <source>Nearest: the smallest root-mean-square gap between the two log paths (log of 1 + the return since the breakout) over the days since the breakout both have</source>
        <translation>Gần nhất: độ lệch căn trung bình bình phương nhỏ nhất giữa hai đường log (log của 1 + lợi nhuận từ bứt phá) trên những ngày sau bứt phá mà cả hai đều có</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="109"/>
        <source>You are here: day {day} of the {date} breakout ({verdict})</source>
        <translation>Bạn ở đây: ngày {day} của bứt phá {date} ({verdict})</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="116"/>
        <source>No breakout in the last {days} days: the past cycles are laid from today&apos;s close ({date})</source>
        <translation>Không có bứt phá trong {days} ngày qua: các chu kỳ trước được đặt từ giá đóng cửa hôm nay ({date})</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="119"/>
        <source>{n} past cycles</source>
        <translation>{n} chu kỳ trước</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="126"/>
        <source>No nearest past cycle named (none before day 5, nor one covering 80% of this cycle&apos;s days).</source>
        <translation>Chưa nêu chu kỳ gần nhất (không trước ngày 5, và chỉ chu kỳ phủ 80% số ngày của chu kỳ này).</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/fan_plot.py" line="129"/>
        <source>Nearest past cycle: {date} ({verdict}), gap {gap} over {days} days</source>
        <translation>Chu kỳ gần nhất: {date} ({verdict}), độ lệch {gap} trên {days} ngày</translation>
    </message>
</context>
<context>
    <name>HeatmapView</name>
    <message>
        <location filename="../../widgets/evidence/heatmap_view.py" line="79"/>
        <source>Lag (days, + = crypto after)</source>
        <extracomment>the diverging map&apos;s ends and middle in each theme</extracomment>
        <translation>Độ trễ (ngày, + = crypto đi sau)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/heatmap_view.py" line="95"/>
        <source>Too few returns in common for the heatmap yet.</source>
        <translation>Chưa đủ lợi nhuận chung cho bản đồ nhiệt.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/heatmap_view.py" line="113"/>
        <source>Rolling correlation of daily returns over {window} returns, every {step}th return date, at every {lag_step} days of lag; outlined: the 30-90 d lead. Red: they moved together; blue: opposite.</source>
        <translation>Tương quan trượt của lợi nhuận ngày trên {window} lợi nhuận, mỗi ngày thứ {step}, độ trễ cách {lag_step} ngày; khung: dẫn trước 30-90 ngày. Đỏ: đi cùng nhau; xanh: ngược chiều.</translation>
    </message>
</context>
<context>
    <name>LagControl</name>
    <message>
        <location filename="../../widgets/lag_control.py" line="89"/>
        <source>Lag</source>
        <translation>Độ trễ</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="112"/>
        <source>Shift the crypto series by calendar days. Positive: the equity leads (crypto at t+k against the equity at t).
Left/Right: one day · Page Up/Down: one week · Home/End: the limits</source>
        <translation>Dịch chuỗi crypto theo ngày lịch. Dương: chỉ số dẫn trước (crypto tại t+k so với chỉ số tại t).
Trái/Phải: một ngày · Page Up/Down: một tuần · Home/End: giới hạn</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="124"/>
        <source> d</source>
        <translation> ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="129"/>
        <source>Exact lag in calendar days (-{limit} to +{limit}); Enter to apply</source>
        <translation>Độ trễ chính xác theo ngày lịch (-{limit} đến +{limit}); nhấn Enter để áp dụng</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="138"/>
        <source>{typed} d is beyond the ±{limit} d range: using {value}</source>
        <translation>{typed} ngày vượt ngoài khoảng ±{limit} ngày: dùng {value}</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="150"/>
        <location filename="../../widgets/lag_control.py" line="176"/>
        <source>Best lag</source>
        <translation>Tối ưu</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="153"/>
        <source>No best lag yet: the cross-correlation is still computing</source>
        <translation>Chưa có độ trễ tối ưu: tương quan chéo vẫn đang được tính</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="178"/>
        <source>No best lag: not enough overlapping data yet</source>
        <translation>Chưa có độ trễ tối ưu: chưa đủ dữ liệu trùng nhau</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="181"/>
        <source>Best {lag}</source>
        <translation>Tối ưu {lag}</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_control.py" line="184"/>
        <source>Snap the slider to the lag with the strongest correlation ({lag})</source>
        <translation>Đưa thanh trượt đến độ trễ có tương quan mạnh nhất ({lag})</translation>
    </message>
</context>
<context>
    <name>LagWindowChoice</name>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="42"/>
        <source>Lags searched</source>
        <extracomment>the combo box&apos;s entry for a window typed as A..B</extracomment>
        <translation>Khoảng tìm</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="49"/>
        <source>from</source>
        <translation>từ</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="50"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="69"/>
        <source>custom A..B</source>
        <translation>khoảng tự chọn</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="72"/>
        <source>Any dependence at any lag, lag 0 included</source>
        <translation>Mọi phụ thuộc ở mọi độ trễ, kể cả độ trễ 0</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="77"/>
        <source>The thesis: the index leads crypto by one to three months</source>
        <translation>Luận điểm: chỉ số dẫn trước crypto từ một đến ba tháng</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="82"/>
        <source>The lags the best lag is searched in: its p-value is family-wise over these lags, and the plot&apos;s family-wise band is drawn over them</source>
        <translation>Các độ trễ để tìm độ trễ tối ưu: p của nó là toàn họ trên các độ trễ này, và dải toàn họ của biểu đồ được vẽ trên chúng</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="96"/>
        <source>Daily log returns: use these to find a lead</source>
        <translation>Lợi suất log theo ngày: dùng chúng để tìm độ dẫn trước</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="99"/>
        <source>The returns the cross-correlation is computed on</source>
        <translation>Lợi suất dùng để tính tương quan chéo</translation>
    </message>
    <message>
        <location filename="../../widgets/lag_window_choice.py" line="110"/>
        <source>A window of lags in calendar days (positive: the index leads)</source>
        <translation>Khoảng độ trễ theo ngày lịch (dương: chỉ số dẫn trước)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="144"/>
        <source>Instruments</source>
        <extracomment>the right-hand docks take this share of the window&apos;s width, within these bounds (px) the breakout table under the chart: this share of the height, within these bounds the lag dock (slider, statistics, cross-correlation) takes this share of the height</extracomment>
        <translation>Mã giao dịch</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="145"/>
        <source>Lag and statistics</source>
        <translation>Độ trễ và thống kê</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="146"/>
        <source>Breakout rules</source>
        <translation>Quy tắc bứt phá</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="147"/>
        <source>Event study</source>
        <translation>Nghiên cứu sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="148"/>
        <source>Breakouts</source>
        <translation>Các lần bứt phá</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="164"/>
        <source>After breakouts</source>
        <translation>Sau bứt phá</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="165"/>
        <source>Every rule</source>
        <translation>Mọi quy tắc</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="166"/>
        <source>Time to target</source>
        <translation>Thời gian đến mục tiêu</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="179"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="184"/>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="188"/>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="189"/>
        <source>&amp;Fit where the series overlap</source>
        <translation>&amp;Vừa khít vùng các chuỗi trùng nhau</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="190"/>
        <source>Snap to &amp;best lag</source>
        <translation>&amp;Chuyển đến độ trễ tối ưu</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="192"/>
        <source>Focus the &amp;lag slider</source>
        <translation>Chọn thanh trượt độ t&amp;rễ</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="205"/>
        <source>&amp;Dark theme</source>
        <translation>Giao diện &amp;tối</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="208"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="209"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="210"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="234"/>
        <source>Fetching…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="379"/>
        <source>About Liquidity Cascade</source>
        <translation>Giới thiệu Liquidity Cascade</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="382"/>
        <source>Does a Russell 2000 breakout lead crypto, and by how long?

Not financial advice. Settings: {path}</source>
        <translation>Bứt phá của Russell 2000 có dẫn trước crypto không, và trước bao lâu?

Không phải lời khuyên tài chính. Thiết lập: {path}</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="149"/>
        <source>Cascade</source>
        <translation>Thác</translation>
    </message>
</context>
<context>
    <name>PanelTheme</name>
    <message>
        <location filename="../../widgets/panel_theme.py" line="113"/>
        <source>Synthetic demo data: not real market prices</source>
        <translation>Dữ liệu demo tổng hợp: không phải giá thị trường thật</translation>
    </message>
</context>
<context>
    <name>PanelsPresenter</name>
    <message>
        <location filename="../../app/presenter_panels.py" line="139"/>
        <source>{equity} alone: add a coin to compare</source>
        <translation>Chỉ có {equity}: thêm một coin để so sánh</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="142"/>
        <source>{crypto} vs {equity}</source>
        <translation>{crypto} so với {equity}</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="143"/>
        <source>Statistics of {subject}</source>
        <translation>Thống kê cho {subject}</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="159"/>
        <source>Event study: add a coin to study its path after breakouts</source>
        <translation>Nghiên cứu sự kiện: thêm một coin để xem diễn biến sau các lần bứt phá</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="163"/>
        <source>{crypto} after {equity} breakouts</source>
        <translation>{crypto} sau các lần bứt phá của {equity}</translation>
    </message>
    <message>
        <location filename="../../app/presenter_panels.py" line="171"/>
        <source>{n} before {crypto} data, not counted</source>
        <translation>{n} trước khi có dữ liệu {crypto}, không tính</translation>
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
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="252"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="253"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="254"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="255"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
</context>
<context>
    <name>ReplayBar</name>
    <message>
        <location filename="../../widgets/replay_bar.py" line="40"/>
        <source>Replay as of</source>
        <translation>Phát lại tính đến</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="46"/>
        <source>The day replayed: everything shown uses only the data known by its close</source>
        <translation>Ngày phát lại: mọi thứ hiển thị chỉ dùng dữ liệu đã biết khi ngày đó đóng cửa</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="50"/>
        <source>One week back (Alt+Shift+Left)</source>
        <translation>Lùi một tuần (Alt+Shift+Left)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="51"/>
        <source>One session back (Alt+Left)</source>
        <translation>Lùi một phiên (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="52"/>
        <source>One session forward (Alt+Right)</source>
        <translation>Tiến một phiên (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="53"/>
        <source>One week forward (Alt+Shift+Right)</source>
        <translation>Tiến một tuần (Alt+Shift+Right)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="58"/>
        <location filename="../../widgets/replay_bar.py" line="95"/>
        <location filename="../../widgets/replay_bar.py" line="129"/>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="58"/>
        <source>Play: one session after another (Alt+P)</source>
        <translation>Phát: lần lượt từng phiên (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="65"/>
        <source>{n}/s</source>
        <translation>{n}/giây</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="66"/>
        <source>Play&apos;s speed, in sessions per second</source>
        <translation>Tốc độ phát, số phiên mỗi giây</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="68"/>
        <source>Live</source>
        <translation>Hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="68"/>
        <source>Leave replay: the live view</source>
        <translation>Thoát phát lại: về chế độ hiện tại</translation>
    </message>
    <message>
        <location filename="../../widgets/replay_bar.py" line="95"/>
        <location filename="../../widgets/replay_bar.py" line="129"/>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
</context>
<context>
    <name>ReplayController</name>
    <message>
        <location filename="../../app/replay_controller.py" line="44"/>
        <source>Replay</source>
        <translation>Phát lại</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="59"/>
        <source>&amp;Replay a past day</source>
        <translation>&amp;Phát lại một ngày đã qua</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="63"/>
        <source>Replay: one session back</source>
        <translation>Phát lại: lùi một phiên</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="64"/>
        <source>Replay: one session forward</source>
        <translation>Phát lại: tiến một phiên</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="65"/>
        <source>Replay: one week back</source>
        <translation>Phát lại: lùi một tuần</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="66"/>
        <source>Replay: one week forward</source>
        <translation>Phát lại: tiến một tuần</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="74"/>
        <source>Replay: play or pause</source>
        <translation>Phát lại: phát hoặc tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="112"/>
        <source>Nothing to replay yet: no chart is shown.</source>
        <translation>Chưa có gì để phát lại: chưa có biểu đồ.</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="219"/>
        <source>Replay: as of {date} — only the data known by that day&apos;s close</source>
        <translation>Phát lại tính đến {date} — chỉ dữ liệu đã biết khi ngày đó đóng cửa</translation>
    </message>
    <message>
        <location filename="../../app/replay_controller.py" line="223"/>
        <source>replay as of {date}</source>
        <translation>phát lại tính đến {date}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../widgets/shortcuts.py" line="145"/>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="148"/>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="148"/>
        <source>Does</source>
        <translation>Chức năng</translation>
    </message>
</context>
<context>
    <name>SpecCurveController</name>
    <message>
        <location filename="../../app/spec_curve_controller.py" line="59"/>
        <source>Breakout rules of {equity} against {coins}</source>
        <translation>Quy tắc bứt phá của {equity} so với {coins}</translation>
    </message>
</context>
<context>
    <name>SpecCurveView</name>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="31"/>
        <source>{n} specifications over {coins}: {tested} with events, {anecdotes} of them anecdotes (N &lt; 8)</source>
        <translation>{n} đặc tả trên {coins}: {tested} có sự kiện, trong đó {anecdotes} chỉ là giai thoại (N &lt; 8)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="45"/>
        <source>no rule has an event with crypto data</source>
        <translation>không quy tắc nào có sự kiện với dữ liệu crypto</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="47"/>
        <source>effect above any day: {share} ({k} of {n})</source>
        <translation>hiệu ứng cao hơn mọi ngày: {share} ({k} trên {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="50"/>
        <source>significant at 5%: {raw} raw; {holm} after Holm (family-wise, any dependence); {bh} after Benjamini-Hochberg (false discovery rate)</source>
        <translation>có ý nghĩa ở mức 5%: {raw} chưa hiệu chỉnh; {holm} sau Holm (lỗi toàn họ, mọi phụ thuộc); {bh} sau Benjamini-Hochberg (tỷ lệ phát hiện sai)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="71"/>
        <source>{share} ({k} of {n})</source>
        <translation>{share} ({k} trên {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="84"/>
        <source>no events with data</source>
        <translation>không có sự kiện có dữ liệu</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="86"/>
        <source>effect {effect}, p = {p}, N = {n}</source>
        <translation>hiệu ứng {effect}, p = {p}, N = {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="95"/>
        <source>default rule ({drought} sessions, {volume}×, hold {hold}, {horizon})</source>
        <translation>quy tắc mặc định ({drought} phiên, {volume}×, giữ {hold}, {horizon})</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="110"/>
        <source>How the default rule was chosen: it was reasoned from the cycles the thesis cites, and its drought of a year was picked knowing it makes November 2016 an event: a forking path. The curve answers it by running every rule of the grid (drought {drought} sessions, volume {volume}×, hold {hold} sessions, horizon {horizon} d, each coin).</source>
        <translation>Quy tắc mặc định được chọn thế nào: nó được suy ra từ các chu kỳ mà luận điểm nêu, và khoảng lặng một năm được chọn khi biết nó biến tháng 11/2016 thành một sự kiện: một ngã rẽ phân tích. Đường cong trả lời điều đó bằng cách chạy mọi quy tắc của lưới (khoảng lặng {drought} phiên, khối lượng {volume}×, giữ {hold} phiên, mốc {horizon} ngày, từng coin).</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="136"/>
        <source>significant after Holm</source>
        <translation>có ý nghĩa sau Holm</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="140"/>
        <source>at 5% raw only</source>
        <translation>chỉ ở 5% chưa hiệu chỉnh</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="144"/>
        <source>not significant</source>
        <translation>không có ý nghĩa</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_text.py" line="147"/>
        <source>default rule</source>
        <translation>quy tắc mặc định</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="55"/>
        <source>Run</source>
        <translation>Chạy</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="58"/>
        <source>Run every rule of the grid on the coins charted (in the background)</source>
        <translation>Chạy mọi quy tắc của lưới trên các coin đang vẽ (chạy nền)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="61"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="76"/>
        <source>excess log return (%)</source>
        <translation>lợi suất log vượt trội (%)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="76"/>
        <source>specifications, sorted by effect</source>
        <translation>đặc tả, xếp theo hiệu ứng</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="78"/>
        <location filename="../../widgets/spec_curve_view.py" line="117"/>
        <source>specifications</source>
        <translation>đặc tả</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="118"/>
        <source>p-value (raw)</source>
        <translation>giá trị p (chưa hiệu chỉnh)</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="190"/>
        <source>Press Run to sweep {n} rules per coin over {coins}</source>
        <translation>Nhấn Chạy để quét {n} quy tắc mỗi coin trên {coins}</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="194"/>
        <source>Add a coin to sweep the breakout rules against it</source>
        <translation>Thêm một coin để quét các quy tắc bứt phá với nó</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="204"/>
        <source>Sweeping the rules…</source>
        <translation>Đang quét các quy tắc…</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="211"/>
        <source>Sweeping the rules: {done} of {expected}</source>
        <translation>Đang quét các quy tắc: {done} trên {expected}</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="219"/>
        <source>Cancelled: press Run to start again</source>
        <translation>Đã hủy: nhấn Chạy để bắt đầu lại</translation>
    </message>
    <message>
        <location filename="../../widgets/spec_curve_view.py" line="230"/>
        <source>Effect: mean log return after the breakouts minus any day&apos;s; p: rank placebo, {draws} draws per test</source>
        <translation>Hiệu ứng: lợi suất log trung bình sau bứt phá trừ đi của mọi ngày; p: placebo thứ hạng, {draws} lần rút mỗi kiểm định</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="64"/>
        <source>Cascade stages</source>
        <extracomment>what ``check_symbol`` is: the reason a typed symbol is not one, or None</extracomment>
        <translation>Các giai đoạn của thác</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="70"/>
        <source>&amp;Inverted: falling is risk on</source>
        <translation>Đảo &amp;ngược: giảm là ưa rủi ro</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="80"/>
        <source>Stage</source>
        <translation>Giai đoạn</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="80"/>
        <source>Symbol</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="80"/>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="95"/>
        <source>A FRED series (FRED:WALCL), NETLIQ, a ticker (^GSPC, TLT), a pair or a derived series (ETH-USD / BTC-USD, basket(...), altseason)</source>
        <translation>Một chuỗi FRED (FRED:WALCL), NETLIQ, một mã (^GSPC, TLT), một cặp hoặc chuỗi dẫn xuất (ETH-USD / BTC-USD, basket(...), altseason)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="118"/>
        <source>Move &amp;up</source>
        <translation>Lên &amp;trên</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="119"/>
        <source>Move &amp;down</source>
        <translation>Xuống &amp;dưới</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="120"/>
        <source>In&amp;vert</source>
        <translation>Đảo &amp;chiều</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="121"/>
        <source>&amp;Remove</source>
        <translation>&amp;Bỏ</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="122"/>
        <source>De&amp;fault chain</source>
        <translation>Chuỗi &amp;mặc định</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="134"/>
        <source>&amp;Series:</source>
        <translation>&amp;Chuỗi:</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="136"/>
        <source>&amp;Add</source>
        <translation>&amp;Thêm</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="171"/>
        <location filename="../../widgets/cascade/stage_editor.py" line="173"/>
        <source>Type or choose a series to add.</source>
        <translation>Hãy nhập hoặc chọn một chuỗi để thêm.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="178"/>
        <source>A chain takes at most {n} stages.</source>
        <translation>Một chuỗi có tối đa {n} giai đoạn.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="181"/>
        <source>{symbol} is in the chain already.</source>
        <translation>{symbol} đã có trong chuỗi.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="195"/>
        <location filename="../../widgets/cascade/stage_editor.py" line="224"/>
        <source>Select a stage first.</source>
        <translation>Hãy chọn một giai đoạn trước.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="197"/>
        <source>A chain needs at least {n} stages.</source>
        <translation>Một chuỗi cần ít nhất {n} giai đoạn.</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="262"/>
        <source>falling is risk on (inverted)</source>
        <translation>giảm là ưa rủi ro (đảo ngược)</translation>
    </message>
    <message>
        <location filename="../../widgets/cascade/stage_editor.py" line="264"/>
        <source>rising is risk on</source>
        <translation>tăng là ưa rủi ro</translation>
    </message>
</context>
<context>
    <name>StatsStrip</name>
    <message>
        <location filename="../../widgets/stats_strip.py" line="43"/>
        <source>best lag —</source>
        <translation>độ trễ tối ưu —</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="35"/>
        <source>ρ at {lag}: {rho} (N = {n})</source>
        <translation>ρ tại {lag}: {rho} (N = {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="45"/>
        <source>best in {window}: {lag}, ρ {rho}, {p}, N = {n}</source>
        <translation>tối ưu trong {window}: {lag}, ρ {rho}, {p}, N = {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="77"/>
        <source>No statistics yet: load an equity and a crypto series</source>
        <translation>Chưa có thống kê: hãy tải một chỉ số và một chuỗi crypto</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="82"/>
        <source>recomputing…</source>
        <translation>đang tính lại…</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="84"/>
        <source>The cross-correlation and its p-value are being recomputed</source>
        <translation>Tương quan chéo và giá trị p của nó đang được tính lại</translation>
    </message>
    <message>
        <location filename="../../widgets/stats_strip.py" line="105"/>
        <source>ρ: correlation of daily log returns with crypto shifted by the lag; N: overlapping return pairs.
Best: the strongest correlation among the lags searched (chosen above); its p-value is family-wise over them, so it allows for having searched every one. At its floor it reads p ≤ 0.001 (1,000 draws): no draw of the null reached it.</source>
        <translation>ρ: tương quan lợi suất log theo ngày khi dịch crypto theo độ trễ; N: số cặp lợi suất trùng nhau.
Tối ưu: tương quan mạnh nhất trong các độ trễ của khoảng tìm (chọn ở trên); p của nó là toàn họ trên chúng, nên đã tính đến việc tìm qua từng độ trễ. Ở mức sàn nó là p ≤ 0,001 (1.000 lần rút): không lần rút nào của giả thuyết không đạt tới.</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../widgets/status_panel.py" line="147"/>
        <source>Source, exchange and last bar of each series</source>
        <translation>Nguồn, sàn và nến cuối của mỗi chuỗi</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="126"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="31"/>
        <source>fetched</source>
        <extracomment>how long a notice stays (ms): long enough to read a sentence widest a single error or notice may be drawn (px) before it is elided longest progress text shown in the bar itself; the whole text is in its tooltip where rows came from, as the bar says it (``MarketSeries.provenance_summary`` parts)</extracomment>
        <translation>đã tải</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="32"/>
        <source>imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="33"/>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="34"/>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="45"/>
        <source>no bars</source>
        <translation>không có nến</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="52"/>
        <source>synthetic</source>
        <translation>tổng hợp</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="56"/>
        <source>derived</source>
        <translation>phái sinh</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="58"/>
        <source>cached</source>
        <translation>bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="60"/>
        <source>fresh</source>
        <translation>mới tải</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="74"/>
        <source>derived from {n} series ({inputs})</source>
        <translation>phái sinh từ {n} chuỗi ({inputs})</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="78"/>
        <source>served from the cache</source>
        <translation>lấy từ bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="80"/>
        <source>fetched now</source>
        <translation>vừa tải</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="82"/>
        <source>source: {where}; {rows} {timeframe} bars, {first} to {last}</source>
        <translation>nguồn: {where}; {rows} nến {timeframe}, từ {first} đến {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="87"/>
        <source>rows: {provenance}; {served}</source>
        <translation>dòng: {provenance}; {served}</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="92"/>
        <source>last fetched: {when} UTC</source>
        <translation>tải lần cuối: {when} UTC</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="94"/>
        <source>note: {text}</source>
        <translation>ghi chú: {text}</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="103"/>
        <source>DEMO synthetic data</source>
        <translation>DEMO: dữ liệu tổng hợp</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="127"/>
        <source>Stop the fetch; chart and cache stay as they are</source>
        <translation>Dừng tải; biểu đồ và bộ nhớ đệm giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="156"/>
        <source>Fetching the missing bars</source>
        <translation>Đang tải các nến còn thiếu</translation>
    </message>
    <message>
        <location filename="../../widgets/status_panel.py" line="196"/>
        <source>{count} errors — hover for details</source>
        <translation>{count} lỗi — di chuột để xem chi tiết</translation>
    </message>
</context>
<context>
    <name>SymbolPicker</name>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="88"/>
        <source>DEMO — synthetic data is charted. Pick an equity or tick a crypto series to load real data.</source>
        <translation>DEMO — biểu đồ đang hiển thị dữ liệu tổng hợp. Chọn một chỉ số hoặc đánh dấu một chuỗi crypto để tải dữ liệu thật.</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="96"/>
        <source>&amp;Equity</source>
        <translation>&amp;Chỉ số</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="97"/>
        <source>C&amp;rypto</source>
        <translation>C&amp;rypto</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="99"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Sàn</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="114"/>
        <source>The equity index or ETF to test. Pick one or type any Yahoo ticker (e.g. ^RUT, IWM) and press Enter.</source>
        <translation>Chỉ số cổ phiếu hoặc ETF cần kiểm tra. Chọn một mã hoặc nhập bất kỳ mã Yahoo nào (ví dụ ^RUT, IWM) rồi nhấn Enter.</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="125"/>
        <source>Crypto series to overlay: tick any (Space toggles the current row; none charts the equity alone)</source>
        <translation>Các chuỗi crypto để chồng lên: đánh dấu tuỳ ý (Phím cách bật/tắt dòng hiện tại; không chọn gì thì chỉ vẽ chỉ số)</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="136"/>
        <source>Add: SOL/USDT, ETH-USD, ETH/USDT / BTC/USDT, altseason</source>
        <translation>Thêm: SOL/USDT, ETH-USD, ETH/USDT / BTC/USDT, altseason</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="138"/>
        <source>Type an exchange pair (optionally @exchange), a Yahoo crypto ticker or a derived series and press Enter to add it: a ratio A / B (spaces around the slash), basket(SOL/USDT, XRP/USDT, ADA/USDT) or altseason</source>
        <translation>Gõ một cặp của sàn (có thể kèm @sàn), một mã crypto của Yahoo hoặc một chuỗi phái sinh rồi nhấn Enter để thêm: tỷ lệ A / B (có dấu cách quanh dấu gạch chéo), basket(SOL/USDT, XRP/USDT, ADA/USDT) hoặc altseason</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="143"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="147"/>
        <source>Remove</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="150"/>
        <source>Remove the selected series you added (Delete); the catalogue&apos;s stay</source>
        <translation>Bỏ chuỗi bạn đã thêm đang chọn (Delete); các chuỗi của danh mục vẫn giữ</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="173"/>
        <source>Exchange for pairs like BTC/USDT. Auto tries the exchanges in order and falls back when one refuses your region.</source>
        <translation>Sàn cho các cặp như BTC/USDT. Tự động thử lần lượt các sàn và chuyển sang sàn khác khi một sàn chặn khu vực của bạn.</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="203"/>
        <source>Auto ({chain})</source>
        <translation>Tự động ({chain})</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="229"/>
        <source>Synthetic demo series</source>
        <translation>Chuỗi demo tổng hợp</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="323"/>
        <source>Type a ticker or a pair first</source>
        <translation>Hãy nhập mã hoặc cặp giao dịch trước</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="326"/>
        <source>The instrument list is not loaded yet</source>
        <translation>Danh sách mã chưa được tải</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="342"/>
        <source>{symbol} is a crypto series: add it under Crypto</source>
        <translation>{symbol} là chuỗi crypto: hãy thêm vào mục Crypto</translation>
    </message>
    <message>
        <location filename="../../widgets/symbol_picker.py" line="360"/>
        <source>{symbol} is not a crypto series</source>
        <translation>{symbol} không phải chuỗi crypto</translation>
    </message>
    <message>
        <location filename="../../widgets/crypto_list.py" line="124"/>
        <source>Not cached: fetched when charted</source>
        <translation>Chưa có trong bộ nhớ đệm: sẽ tải khi vẽ</translation>
    </message>
    <message>
        <location filename="../../widgets/crypto_list.py" line="126"/>
        <source>Cached: {bars} daily bars, {first} to {last}</source>
        <translation>Trong bộ nhớ đệm: {bars} nến ngày, từ {first} đến {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="24"/>
        <source>Ratio</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="26"/>
        <source>Equal-weight basket of {n}</source>
        <translation>Giỏ đồng tỷ trọng gồm {n} đồng</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="30"/>
        <source>Altcoin season index</source>
        <translation>Chỉ số mùa altcoin</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="31"/>
        <source>Derived series</source>
        <translation>Chuỗi phái sinh</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="40"/>
        <source>{a} divided by {b}, on the dates both have a close</source>
        <translation>{a} chia cho {b}, vào những ngày cả hai đều có giá đóng cửa</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="44"/>
        <source>Equal-weight basket of {members}, rebalanced daily; a coin counts from its first bar</source>
        <translation>Giỏ đồng tỷ trọng gồm {members}, tái cân bằng hằng ngày; một đồng được tính từ nến đầu tiên của nó</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="49"/>
        <source>The share (0-100) of {n} alts beating {benchmark} over {window} days; drawn in the breadth pane (View menu)</source>
        <translation>Tỷ lệ (0-100) trong {n} altcoin vượt {benchmark} trong {window} ngày; vẽ ở khung độ rộng thị trường (menu Xem)</translation>
    </message>
    <message>
        <location filename="../../widgets/derived_menu.py" line="54"/>
        <source>Computed from {inputs}</source>
        <translation>Tính từ {inputs}</translation>
    </message>
</context>
<context>
    <name>TargetPicker</name>
    <message>
        <location filename="../../widgets/target_picker.py" line="22"/>
        <source>Statistics of</source>
        <translation>Thống kê của</translation>
    </message>
    <message>
        <location filename="../../widgets/target_picker.py" line="27"/>
        <source>The coin the lag statistics, the cross-correlation, the event study and the breakout table&apos;s returns describe (or click its row in the chart&apos;s key)</source>
        <translation>Coin mà thống kê độ trễ, tương quan chéo, nghiên cứu sự kiện và lợi suất trong bảng bứt phá mô tả (hoặc bấm vào dòng của nó trong chú giải biểu đồ)</translation>
    </message>
    <message>
        <location filename="../../widgets/target_picker.py" line="49"/>
        <source>vs {equity}</source>
        <translation>so với {equity}</translation>
    </message>
    <message>
        <location filename="../../widgets/target_picker.py" line="51"/>
        <source>no coin charted</source>
        <translation>chưa vẽ coin nào</translation>
    </message>
</context>
<context>
    <name>TimeToTargetView</name>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="40"/>
        <source>{label} at or above {level} (altcoin season, where {n}+ alts count)</source>
        <translation>{label} từ {level} trở lên (mùa altcoin, khi tính được từ {n} altcoin)</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="48"/>
        <source>{label} rising over {days} days (where all its coins trade)</source>
        <translation>{label} tăng trong {days} ngày (khi mọi đồng trong giỏ đều giao dịch)</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="53"/>
        <source>{label} beating {benchmark} over {days} days (where all its coins trade)</source>
        <translation>{label} vượt {benchmark} trong {days} ngày (khi mọi đồng trong giỏ đều giao dịch)</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="59"/>
        <source>{label} at a {days}-day high</source>
        <translation>{label} ở mức cao nhất {days} ngày</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="90"/>
        <source>Time to target: add a coin to follow it after breakouts</source>
        <translation>Thời gian đến mục tiêu: thêm một đồng coin để theo dõi nó sau các lần bứt phá</translation>
    </message>
    <message>
        <location filename="../../app/time_to_target_presenter.py" line="109"/>
        <source>Time to target failed: {error}</source>
        <translation>Không tính được thời gian đến mục tiêu: {error}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="42"/>
        <source>Breakout</source>
        <extracomment>the tab asks for no more height than this (it scrolls below its least)</extracomment>
        <translation>Bứt phá</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="43"/>
        <source>Outcome</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="44"/>
        <source>Days</source>
        <translation>Số ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="45"/>
        <source>Members counted</source>
        <translation>Số đồng được tính</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="63"/>
        <source>N = {n} cycles: {reached} reached, {censored} censored</source>
        <translation>N = {n} chu kỳ: {reached} đạt, {censored} bị kiểm duyệt</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="72"/>
        <source>{n} not studied</source>
        <translation>{n} không được xét</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="78"/>
        <source>Days to {target}:</source>
        <translation>Số ngày đến {target}:</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="82"/>
        <source>N = {n}: an anecdote, not evidence</source>
        <translation>N = {n}: chỉ là giai thoại, không phải bằng chứng</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="91"/>
        <source>no cycle could be followed</source>
        <translation>không chu kỳ nào theo dõi được</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="93"/>
        <source>median not reached (fewer than half got there)</source>
        <translation>chưa đạt trung vị (chưa tới một nửa đạt mục tiêu)</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="100"/>
        <source>open</source>
        <translation>mở</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="102"/>
        <source>median {median} ({level} interval {low} to {high})</source>
        <translation>trung vị {median} (khoảng {level}: từ {low} đến {high})</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="117"/>
        <source>censored: not there after {days}</source>
        <translation>bị kiểm duyệt: chưa đạt sau {days}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="121"/>
        <source>reached on {date}</source>
        <translation>đạt vào {date}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="125"/>
        <source>(followed from day {n})</source>
        <translation>(theo dõi từ ngày thứ {n})</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="137"/>
        <source>not studied: the target cannot be judged on any day</source>
        <translation>không được xét: không ngày nào đánh giá được mục tiêu</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="140"/>
        <source>not studied: the target is judged from {first} to {last} only</source>
        <translation>không được xét: mục tiêu chỉ đánh giá được từ {first} đến {last}</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="175"/>
        <location filename="../../widgets/time_to_target_view.py" line="264"/>
        <source>Time to target: no breakouts to follow yet</source>
        <translation>Thời gian đến mục tiêu: chưa có lần bứt phá nào để theo dõi</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="186"/>
        <source>Kaplan-Meier: the share of breakout cycles still waiting for the target, day 0 = the breakout.
+: a cycle followed that long without getting there (censored) · dashed: the median · shaded: its interval.</source>
        <translation>Kaplan-Meier: tỷ lệ chu kỳ sau bứt phá vẫn đang chờ mục tiêu, ngày 0 = ngày bứt phá.
+: chu kỳ được theo dõi chừng ấy ngày mà chưa đạt (bị kiểm duyệt) · nét đứt: trung vị · vùng tô: khoảng của nó.</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="196"/>
        <source>days from breakout</source>
        <translation>số ngày từ lúc bứt phá</translation>
    </message>
    <message>
        <location filename="../../widgets/time_to_target_view.py" line="196"/>
        <source>still waiting</source>
        <translation>vẫn đang chờ</translation>
    </message>
</context>
<context>
    <name>UniverseDialog</name>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="55"/>
        <source>Altcoin universe</source>
        <translation>Danh sách altcoin</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="61"/>
        <source>The alts the altcoin season index (altseason) counts against {benchmark}. Stablecoins, wrapped and asset-backed tokens are refused. A universe picked today flatters the past: coins that died or left the top are missing from the earlier years (survivorship).</source>
        <translation>Các altcoin mà chỉ số mùa altcoin (altseason) so với {benchmark}. Stablecoin, token bọc và token bảo chứng bằng tài sản bị từ chối. Danh sách chọn hôm nay tô đẹp quá khứ: các đồng đã chết hoặc rời top không có trong những năm trước (thiên lệch kẻ sống sót).</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="74"/>
        <source>Add an alt: SOL-USD, SOL/USDT</source>
        <translation>Thêm altcoin: SOL-USD, SOL/USDT</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="91"/>
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="94"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="97"/>
        <source>Reset to default</source>
        <translation>Đặt lại mặc định</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="100"/>
        <source>The catalogue&apos;s {n} alts</source>
        <translation>{n} altcoin của danh mục</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="114"/>
        <source>Use this universe now: the index is computed again, missing alts fetched</source>
        <translation>Dùng danh sách này ngay: chỉ số được tính lại, các altcoin còn thiếu được tải về</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="130"/>
        <source>Type an alt&apos;s symbol first (SOL-USD, SOL/USDT)</source>
        <translation>Hãy gõ mã altcoin trước (SOL-USD, SOL/USDT)</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="147"/>
        <source>The universe needs at least one alt.</source>
        <translation>Danh sách cần ít nhất một altcoin.</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="180"/>
        <source>(edited)</source>
        <translation>(đã sửa)</translation>
    </message>
    <message>
        <location filename="../../widgets/universe_dialog.py" line="181"/>
        <source>{n} alts</source>
        <translation>{n} altcoin</translation>
    </message>
</context>
<context>
    <name>UniverseMenu</name>
    <message>
        <location filename="../../app/universe_menu.py" line="34"/>
        <source>Altcoin &amp;universe…</source>
        <translation>&amp;Danh sách altcoin…</translation>
    </message>
    <message>
        <location filename="../../app/universe_menu.py" line="37"/>
        <source>The alts the altcoin season index counts: add, remove, reset to default</source>
        <translation>Các altcoin mà chỉ số mùa altcoin tính: thêm, xóa, đặt lại mặc định</translation>
    </message>
</context>
<context>
    <name>ViewToolbar</name>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="16"/>
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="98"/>
        <source>Log</source>
        <translation>Logarit</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="17"/>
        <source>Percent</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="18"/>
        <source>Index = 100</source>
        <translation>Chỉ số = 100</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="21"/>
        <source>Auto axis</source>
        <translation>Trục: tự động</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="22"/>
        <source>Log axis</source>
        <translation>Trục logarit</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="23"/>
        <source>Linear axis</source>
        <translation>Trục tuyến tính</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="26"/>
        <source>Equity pane</source>
        <translation>Khung chỉ số</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="27"/>
        <source>Volume pane</source>
        <translation>Khung khối lượng</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="28"/>
        <source>Crypto pane</source>
        <translation>Khung crypto</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="29"/>
        <source>Breadth pane (altcoin season)</source>
        <translation>Khung độ rộng thị trường (mùa altcoin)</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="30"/>
        <source>Correlation pane</source>
        <translation>Khung tương quan</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="36"/>
        <source>1Y</source>
        <extracomment>(preset, button text, tooltip) in toolbar order (models.session.view_ranges.PRESETS)</extracomment>
        <translation>1N</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="37"/>
        <source>The last year</source>
        <translation>Năm gần nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="41"/>
        <source>3Y</source>
        <translation>3N</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="42"/>
        <source>The last three years</source>
        <translation>Ba năm gần nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="46"/>
        <source>5Y</source>
        <translation>5N</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="47"/>
        <source>The last five years</source>
        <translation>Năm năm gần nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="51"/>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="52"/>
        <source>All the data, from the first bar</source>
        <translation>Toàn bộ dữ liệu, từ nến đầu tiên</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="56"/>
        <source>Cycle</source>
        <translation>Chu kỳ</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="57"/>
        <source>This cycle: half a year before the selected breakout (else the latest) to a year and a half after it</source>
        <translation>Chu kỳ này: từ nửa năm trước lần bứt phá đang chọn (nếu không thì lần gần nhất) đến một năm rưỡi sau đó</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="85"/>
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="87"/>
        <source> Equity: </source>
        <translation> Chỉ số: </translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="105"/>
        <source> Crypto: </source>
        <translation> Crypto: </translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="107"/>
        <source>Scale of the crypto pane (anchor follows the lag)</source>
        <translation>Thang đo của khung crypto (điểm neo theo độ trễ)</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="111"/>
        <source>Axis of the crypto pane: Auto draws it logarithmic when the values in view span more than 10x, linear otherwise</source>
        <translation>Trục của khung crypto: Tự động dùng trục logarit khi các giá trị đang xem chênh nhau hơn 10 lần, còn lại dùng trục tuyến tính</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="89"/>
        <source>Candles</source>
        <translation>Nến</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="92"/>
        <source>Candles or a close line for the equity</source>
        <translation>Nến hoặc đường giá đóng cửa cho chỉ số</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="101"/>
        <source>Logarithmic price axis for the equity</source>
        <translation>Trục giá logarit cho chỉ số</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="120"/>
        <source>Breadth</source>
        <translation>Độ rộng</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="123"/>
        <source>Show or hide the breadth pane: the altcoin season index (0-100) under the coins</source>
        <translation>Hiện hoặc ẩn khung độ rộng thị trường: chỉ số mùa altcoin (0-100) bên dưới các đồng coin</translation>
    </message>
    <message>
        <location filename="../../widgets/view_toolbar.py" line="179"/>
        <source>Show or hide this pane</source>
        <translation>Hiện hoặc ẩn khung này</translation>
    </message>
</context>
<context>
    <name>WalkForwardView</name>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="95"/>
        <source>Best lag (days)</source>
        <extracomment>below this height (px) the three plots sit side by side (still sharing the dates) an N label&apos;s width (px): of two changes of N closer than two of them, only the later the p axis&apos; ticks (log axis: pyqtgraph&apos;s minor ticks crowd a short plot) the smallest p drawn (a p of 0 has no place on a log axis)</extracomment>
        <translation>Độ trễ tốt nhất (ngày)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="96"/>
        <source>p (family-wise)</source>
        <translation>p (toàn họ)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="97"/>
        <source>Share that rose at +{h} d</source>
        <translation>Tỷ lệ tăng ở +{h} ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="156"/>
        <source>after breakouts</source>
        <translation>sau bứt phá</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="158"/>
        <source>every day</source>
        <translation>mọi ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="145"/>
        <location filename="../../widgets/evidence/walk_view.py" line="149"/>
        <source>all lags</source>
        <translation>mọi độ trễ</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="147"/>
        <location filename="../../widgets/evidence/walk_view.py" line="150"/>
        <source>30-90 d lead</source>
        <translation>dẫn trước 30-90 ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="212"/>
        <source>N = {n}</source>
        <translation>N = {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_view.py" line="214"/>
        <source>anecdote</source>
        <translation>giai thoại</translation>
    </message>
</context>
<context>
    <name>WalkText</name>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="71"/>
        <source>The 30-90 d lead was significant (p &lt; 0.05) at {lead} of {n} month ends; the best lag over all lags at {all}.</source>
        <extracomment>significant: a family-wise p below this</extracomment>
        <translation>Dẫn trước 30-90 ngày có ý nghĩa (p &lt; 0.05) ở {lead} / {n} cuối tháng; độ trễ tốt nhất trên mọi độ trễ ở {all}.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="81"/>
        <source>Significant at lag {lag} at every month end since {month}.</source>
        <translation>Có ý nghĩa ở độ trễ {lag} ở mọi cuối tháng từ {month}.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="85"/>
        <source>Significant at every month end since {month}.</source>
        <translation>Có ý nghĩa ở mọi cuối tháng từ {month}.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="89"/>
        <source>No breakout with crypto data for the event study yet.</source>
        <translation>Chưa có bứt phá nào có dữ liệu crypto cho nghiên cứu sự kiện.</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="93"/>
        <source>Event study at +{h} d: N = {n} now</source>
        <translation>Nghiên cứu sự kiện ở +{h} ngày: hiện N = {n}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/walk_text.py" line="97"/>
        <source>, an anecdote.</source>
        <translation>, giai thoại.</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <location filename="../../app/watch_controller.py" line="98"/>
        <source>Watching the rules</source>
        <translation>Đang theo dõi các quy tắc</translation>
    </message>
    <message>
        <location filename="../../app/watch_controller.py" line="138"/>
        <source>Cancelled: the watch shown is the last one computed.</source>
        <translation>Đã hủy: đang hiển thị lần theo dõi đã tính cuối cùng.</translation>
    </message>
</context>
<context>
    <name>WatchPanel</name>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="47"/>
        <source>Rule</source>
        <extracomment>below this height (px) the rules and the base rate sit side by side the fan&apos;s share of the panel&apos;s width (at least FAN_MIN_PX) until the user moves it</extracomment>
        <translation>Quy tắc</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="48"/>
        <source>Close</source>
        <translation>Đóng cửa</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="49"/>
        <source>Trigger</source>
        <translation>Ngưỡng kích hoạt</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="50"/>
        <source>Distance</source>
        <translation>Khoảng cách</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="51"/>
        <source>Armed</source>
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="52"/>
        <source>Volume needed</source>
        <translation>KL cần</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="53"/>
        <source>Last breakout</source>
        <translation>Bứt phá gần nhất</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="56"/>
        <source>Horizon</source>
        <translation>Mốc</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="57"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="58"/>
        <source>Rose</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="59"/>
        <source>Mean</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="60"/>
        <source>Every day rose</source>
        <translation>Mọi ngày: tăng</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="61"/>
        <source>Every day N</source>
        <translation>Mọi ngày: N</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="62"/>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="73"/>
        <source>triggered</source>
        <translation>đã kích hoạt</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="76"/>
        <source>n/a</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="77"/>
        <source>{pct} ({points} pts)</source>
        <translation>{pct} ({points} điểm)</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="85"/>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="88"/>
        <source>no: needs a close at or below the level first</source>
        <translation>chưa: cần một phiên đóng cửa bằng hoặc dưới mức trước</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="91"/>
        <source>in {n} sessions</source>
        <translation>sau {n} phiên</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="98"/>
        <source>no volume</source>
        <translation>không có KL</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="103"/>
        <source>last {ratio}</source>
        <translation>gần nhất {ratio}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="113"/>
        <source>none</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="114"/>
        <source>{date}, {verdict}, {days} days ago</source>
        <translation>{date}, {verdict}, {days} ngày trước</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="244"/>
        <source>{equity} as of {day} (session {session}); base rate and fan of {target}</source>
        <translation>{equity} tính đến {day} (phiên {session}); tỷ lệ nền và quạt của {target}</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="280"/>
        <source>After the {rule} rule&apos;s breakouts (N = {n}), how often {target} rose, against every day&apos;s window</source>
        <translation>Sau các bứt phá theo quy tắc {rule} (N = {n}): {target} tăng bao thường xuyên, so với mọi ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/evidence/watch_panel.py" line="284"/>
        <source>: an anecdote, not evidence (fewer than 8 breakouts).</source>
        <translation>: giai thoại, không phải bằng chứng (ít hơn 8 bứt phá).</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../widgets/formatting.py" line="22"/>
        <location filename="../../widgets/lag_window_choice.py" line="108"/>
        <source>d</source>
        <extracomment>the unit after a number of days (&quot;+42 d&quot;); translated in the &quot;formatting&quot; context</extracomment>
        <translation>ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="24"/>
        <source>({n} draws)</source>
        <extracomment>the draws behind a p-value at its floor (&quot;p ≤ 0.001 (1,000 draws)&quot;)</extracomment>
        <translation>({n} lần rút)</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="27"/>
        <source>all lags</source>
        <extracomment>the lag windows&apos; names (``models.analysis.lag_window`` presets), translated here</extracomment>
        <translation>mọi độ trễ</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="28"/>
        <source>lead 30-90 d</source>
        <translation>dẫn trước 30-90 ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="32"/>
        <source>daily</source>
        <extracomment>the returns a cross-correlation is sampled on</extracomment>
        <translation>theo ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/formatting.py" line="33"/>
        <source>weekly</source>
        <translation>theo tuần</translation>
    </message>
    <message>
        <location filename="../../app/translations.py" line="259"/>
        <source>Weekly sampling: when the index moves only on sessions, the best lag can read up to 2 days late (a week&apos;s return cannot tell a lead of L days from L+1 or L+2), and the test has little power (a daily correlation of 0.10 is found in about 5% of 13-year samples, against about 70% with daily returns): use daily sampling to find a lead.</source>
        <translation>Lấy mẫu theo tuần: khi chỉ số chỉ biến động trong các phiên, độ trễ tối ưu có thể trễ tới 2 ngày (lợi suất một tuần không phân biệt được dẫn trước L ngày với L+1 hay L+2), và kiểm định có độ mạnh thấp (tương quan ngày 0,10 chỉ được tìm thấy ở khoảng 5% mẫu 13 năm, so với khoảng 70% với lợi suất ngày): hãy dùng dữ liệu ngày để tìm độ dẫn trước.</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../widgets/shortcuts.py" line="37"/>
        <source>Fetch the bars missing since the last refresh</source>
        <extracomment>actions bound by name in the main window; keys in QKeySequence portable text</extracomment>
        <translation>Tải các nến còn thiếu từ lần làm mới trước</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="39"/>
        <source>Cancel the running fetch</source>
        <translation>Hủy lần tải đang chạy</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="43"/>
        <source>Import a CSV file (Yahoo, TradingView, Binance)</source>
        <translation>Nhập tệp CSV (Yahoo, TradingView, Binance)</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="48"/>
        <source>Export the chart as PNG or SVG with caption and sidecar</source>
        <translation>Xuất biểu đồ dạng PNG hoặc SVG kèm chú thích và tệp JSON</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="53"/>
        <source>Copy the chart image to the clipboard</source>
        <translation>Sao chép ảnh biểu đồ vào bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="58"/>
        <location filename="../../widgets/shortcuts.py" line="127"/>
        <source>Fit the dates where the equity and the coins overlap</source>
        <translation>Vừa khít các ngày mà chỉ số và coin trùng nhau</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="61"/>
        <source>Log scale for the equity pane</source>
        <translation>Thang log cho khung chỉ số</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="66"/>
        <source>Switch the equity pane between candles and line</source>
        <translation>Chuyển khung chỉ số giữa nến và đường</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="68"/>
        <source>Snap the lag to the best lag</source>
        <translation>Đặt độ trễ về mức tối ưu</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="72"/>
        <source>Focus the lag slider (then arrows and Page Up/Down)</source>
        <translation>Chọn thanh trượt độ trễ (rồi dùng phím mũi tên và Page Up/Down)</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="77"/>
        <source>Replay: show everything as of a past day (again: live)</source>
        <translation>Phát lại: mọi thứ tính đến một ngày đã qua (lần nữa: hiện tại)</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="82"/>
        <source>Replay: one session back</source>
        <translation>Phát lại: lùi một phiên</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="87"/>
        <source>Replay: one session forward</source>
        <translation>Phát lại: tiến một phiên</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="92"/>
        <source>Replay: one week back</source>
        <translation>Phát lại: lùi một tuần</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="97"/>
        <source>Replay: one week forward</source>
        <translation>Phát lại: tiến một tuần</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="102"/>
        <source>Replay: play or pause, one session after another</source>
        <translation>Phát lại: phát hoặc tạm dừng, lần lượt từng phiên</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="107"/>
        <source>Switch between the light and the dark theme</source>
        <translation>Chuyển giữa giao diện sáng và tối</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="110"/>
        <source>Gap and provenance report</source>
        <translation>Báo cáo khoảng trống và nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="112"/>
        <source>This list of shortcuts</source>
        <translation>Danh sách phím tắt này</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="114"/>
        <source>Quit (settings and layout are saved)</source>
        <translation>Thoát (thiết lập và bố cục được lưu)</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="120"/>
        <source>Lag slider: one day</source>
        <extracomment>keys handled inside widgets rather than by window actions</extracomment>
        <translation>Thanh trượt độ trễ: một ngày</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="121"/>
        <source>Lag slider: one week</source>
        <translation>Thanh trượt độ trễ: một tuần</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="122"/>
        <source>Zoom time around the cursor</source>
        <translation>Phóng to thời gian quanh con trỏ</translation>
    </message>
    <message>
        <location filename="../../widgets/shortcuts.py" line="123"/>
        <source>Pan the time axis</source>
        <translation>Kéo trục thời gian</translation>
    </message>
</context>
</TS>
