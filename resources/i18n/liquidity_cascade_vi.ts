<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>CacheDialog</name>
    <message>
        <location filename="../../app/data_menu.py" line="194" />
        <source>Cache</source>
        <translation>Bộ nhớ đệm</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="196" />
        <source>Measuring the cache…</source>
        <translation>Đang đo bộ nhớ đệm…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="201" />
        <source>Clear cache…</source>
        <translation>Xóa bộ nhớ đệm…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="203" />
        <source>Delete every cached series (the chart stays)</source>
        <translation>Xóa mọi chuỗi đã lưu (biểu đồ vẫn giữ nguyên)</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="217" />
        <source>{count} series, {size} on disk</source>
        <translation>{count} chuỗi, {size} trên đĩa</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="226" />
        <source>Clear the cache?</source>
        <translation>Xóa bộ nhớ đệm?</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="227" />
        <source>Delete every cached series? The next start fetches them again.</source>
        <translation>Xóa mọi chuỗi đã lưu? Lần khởi động sau sẽ tải lại.</translation>
    </message>
</context>
<context>
    <name>DataBanner</name>
    <message>
        <location filename="../../widgets/banner.py" line="23" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="23" />
        <source>Try to fetch again</source>
        <translation>Thử tải lại</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="25" />
        <source>Import CSV…</source>
        <translation>Nhập CSV…</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="26" />
        <source>Chart a Yahoo, TradingView or Binance CSV file you already have</source>
        <translation>Vẽ biểu đồ từ tệp CSV Yahoo, TradingView hoặc Binance bạn đã có</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="29" />
        <source>Load demo data</source>
        <translation>Tải dữ liệu demo</translation>
    </message>
    <message>
        <location filename="../../widgets/banner.py" line="30" />
        <source>Synthetic data to explore the app; every view is marked DEMO</source>
        <translation>Dữ liệu tổng hợp để khám phá ứng dụng; mọi khung đều ghi DEMO</translation>
    </message>
</context>
<context>
    <name>DataController</name>
    <message>
        <location filename="../../app/data_controller.py" line="135" />
        <source>Fetch cancelled; the chart and cache are unchanged.</source>
        <extracomment>after the cache is on screen, wait this long before fetching, so the first paint does not share the interpreter with the import of a data source (yfinance/ccxt ~0.5 s) failures that mean "this symbol is wrong", as opposed to "try again later"</extracomment>
        <translation>Đã hủy tải; biểu đồ và bộ nhớ đệm không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="141" />
        <source>Demo data is not available in this build.</source>
        <translation>Bản dựng này không có dữ liệu demo.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="154" />
        <source>CSV import is not available in this build.</source>
        <translation>Bản dựng này không hỗ trợ nhập CSV.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="180" />
        <source>Offline: showing cached data only.</source>
        <translation>Ngoại tuyến: chỉ hiển thị dữ liệu đã lưu.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="267" />
        <source>Offline mode.</source>
        <translation>Chế độ ngoại tuyến.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="285" />
        <source>Imported {rows} bars of {symbol}.</source>
        <translation>Đã nhập {rows} nến của {symbol}.</translation>
    </message>
    <message>
        <location filename="../../app/data_controller.py" line="300" />
        <source>{reason} There is nothing cached to chart yet: retry, import a CSV file or load the demo data.</source>
        <translation>{reason} Chưa có dữ liệu lưu để vẽ: hãy thử lại, nhập tệp CSV hoặc tải dữ liệu demo.</translation>
    </message>
</context>
<context>
    <name>DataMenu</name>
    <message>
        <location filename="../../app/data_menu.py" line="67" />
        <source>&amp;Data</source>
        <translation>&amp;Dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="68" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="69" />
        <source>&amp;Cancel fetch</source>
        <translation>&amp;Hủy tải</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="70" />
        <source>&amp;Import CSV…</source>
        <translation>&amp;Nhập CSV…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="73" />
        <source>Gap and &amp;provenance report…</source>
        <translation>Báo cáo &amp;khoảng trống và nguồn gốc…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="75" />
        <source>Cache &amp;size and clear…</source>
        <translation>&amp;Dung lượng và xóa bộ nhớ đệm…</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="76" />
        <source>Fetch only the bars missing since the last one</source>
        <translation>Chỉ tải các nến còn thiếu kể từ nến cuối</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="86" />
        <source>Import a price file</source>
        <translation>Nhập tệp giá</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="95" />
        <source>Import {name}</source>
        <translation>Nhập {name}</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="96" />
        <source>Symbol these prices belong to (e.g. ^RUT, BTC/USDT, ETH-USD):</source>
        <translation>Mã của các giá này (ví dụ ^RUT, BTC/USDT, ETH-USD):</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="110" />
        <source>Nothing is charted yet.</source>
        <translation>Chưa có gì được vẽ.</translation>
    </message>
    <message>
        <location filename="../../app/data_menu.py" line="111" />
        <source>Gap and provenance report</source>
        <translation>Báo cáo khoảng trống và nguồn gốc</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../app/export/actions.py" line="36" />
        <source>Export &amp;image…</source>
        <translation>Xuất &amp;ảnh…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="38" />
        <source>Export &amp;data (CSV)…</source>
        <translation>Xuất &amp;dữ liệu (CSV)…</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="40" />
        <source>&amp;Copy chart to clipboard</source>
        <translation>&amp;Sao chép biểu đồ</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="64" />
        <source>Nothing to export yet: no chart is shown.</source>
        <translation>Chưa có gì để xuất: chưa hiển thị biểu đồ.</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="81" />
        <source>Export image</source>
        <translation>Xuất ảnh</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="97" />
        <source>Saved {image} ({w}x{h}) and {sidecar}</source>
        <translation>Đã lưu {image} ({w}x{h}) và {sidecar}</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="109" />
        <source>Export data</source>
        <translation>Xuất dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="124" />
        <source>Saved {files}</source>
        <translation>Đã lưu {files}</translation>
    </message>
    <message>
        <location filename="../../app/export/actions.py" line="139" />
        <source>Chart copied ({w}x{h})</source>
        <translation>Đã sao chép biểu đồ ({w}x{h})</translation>
    </message>
</context>
<context>
    <name>ExportImageDialog</name>
    <message>
        <location filename="../../app/export/dialog.py" line="70" />
        <source>Export image</source>
        <translation>Xuất ảnh</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="79" />
        <source>Window size ({w}x{h})</source>
        <translation>Kích thước cửa sổ ({w}x{h})</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="82" />
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="93" />
        <source>Caption with instruments, settings and figures</source>
        <translation>Chú thích gồm công cụ, thiết lập và số liệu</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="104" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="105" />
        <source>Custom pixels</source>
        <translation>Số điểm ảnh tùy chỉnh</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="106" />
        <source>Pixel ratio</source>
        <translation>Tỉ lệ điểm ảnh</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="107" />
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="149" />
        <source>SVG of {w}x{h} units</source>
        <translation>SVG {w}x{h} đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/export/dialog.py" line="153" />
        <source>PNG of {w}x{h} pixels</source>
        <translation>PNG {w}x{h} điểm ảnh</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/main_window.py" line="104" />
        <source>Instruments</source>
        <translation>Công cụ</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="105" />
        <source>Lag and statistics</source>
        <translation>Độ trễ và thống kê</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="106" />
        <source>Breakout rules</source>
        <translation>Quy tắc bứt phá</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="107" />
        <source>Event study</source>
        <translation>Nghiên cứu sự kiện</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="108" />
        <source>Breakouts</source>
        <translation>Các lần bứt phá</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="125" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="130" />
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="132" />
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="133" />
        <source>&amp;Fit all</source>
        <translation>&amp;Xem toàn bộ</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="134" />
        <source>Snap to &amp;best lag</source>
        <translation>Chuyển đến độ trễ &amp;tốt nhất</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="136" />
        <source>Focus the &amp;lag slider</source>
        <translation>Chọn &amp;thanh trượt độ trễ</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="148" />
        <source>&amp;Dark theme</source>
        <translation>Giao diện &amp;tối</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="151" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="152" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="153" />
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="173" />
        <source>Fetching…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="257" />
        <source>About Liquidity Cascade</source>
        <translation>Giới thiệu Liquidity Cascade</translation>
    </message>
    <message>
        <location filename="../../app/main_window.py" line="259" />
        <source>Does a Russell 2000 breakout lead crypto, and by how long?

Not financial advice. Settings: {path}</source>
        <translation>Bứt phá của Russell 2000 có dẫn trước crypto không, và trước bao lâu?

Không phải lời khuyên tài chính. Thiết lập: {path}</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../app/shortcuts.py" line="107" />
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="110" />
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="110" />
        <source>Does</source>
        <translation>Chức năng</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../app/status.py" line="32" />
        <source>Source, exchange and last bar of each series</source>
        <translation>Nguồn, sàn và nến cuối của mỗi chuỗi</translation>
    </message>
    <message>
        <location filename="../../app/status.py" line="37" />
        <source>Fetching the missing bars in the background</source>
        <translation>Đang tải các nến còn thiếu trong nền</translation>
    </message>
    <message>
        <location filename="../../app/status.py" line="38" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/status.py" line="39" />
        <source>Stop the fetch; chart and cache stay as they are</source>
        <translation>Dừng tải; biểu đồ và bộ nhớ đệm giữ nguyên</translation>
    </message>
</context>
<context>
    <name>ViewToolbar</name>
    <message>
        <location filename="../../app/view_toolbar.py" line="13" />
        <source>Price</source>
        <translation>Giá</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="14" />
        <location filename="../../app/view_toolbar.py" line="55" />
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="15" />
        <source>Percent</source>
        <translation>Phần trăm</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="16" />
        <source>Index = 100</source>
        <translation>Chỉ số = 100</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="19" />
        <source>Equity pane</source>
        <translation>Khung chỉ số</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="20" />
        <source>Volume pane</source>
        <translation>Khung khối lượng</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="21" />
        <source>Crypto pane</source>
        <translation>Khung crypto</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="22" />
        <source>Correlation pane</source>
        <translation>Khung tương quan</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="35" />
        <source>Chart</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="41" />
        <source>Scale of the crypto pane (anchor follows the lag)</source>
        <translation>Thang đo của khung crypto (điểm neo theo độ trễ)</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="46" />
        <source>Candles</source>
        <translation>Nến</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="49" />
        <source>Candles or a close line for the equity</source>
        <translation>Nến hoặc đường giá đóng cửa cho chỉ số</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="58" />
        <source>Logarithmic price axis for the equity</source>
        <translation>Trục giá logarit cho chỉ số</translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="61" />
        <source> Crypto scale: </source>
        <translation> Thang đo crypto: </translation>
    </message>
    <message>
        <location filename="../../app/view_toolbar.py" line="78" />
        <source>Show or hide this pane</source>
        <translation>Hiện hoặc ẩn khung này</translation>
    </message>
</context>
<context>
    <name>shortcuts</name>
    <message>
        <location filename="../../app/shortcuts.py" line="37" />
        <source>Fetch the bars missing since the last refresh</source>
        <extracomment>actions bound by name in the main window; keys in QKeySequence portable text</extracomment>
        <translation>Tải các nến còn thiếu từ lần làm mới trước</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="39" />
        <source>Cancel the running fetch</source>
        <translation>Hủy lần tải đang chạy</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="43" />
        <source>Import a CSV file (Yahoo, TradingView, Binance)</source>
        <translation>Nhập tệp CSV (Yahoo, TradingView, Binance)</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="48" />
        <source>Export the chart as PNG or SVG with caption and sidecar</source>
        <translation>Xuất biểu đồ dạng PNG hoặc SVG kèm chú thích và tệp JSON</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="53" />
        <source>Copy the chart image to the clipboard</source>
        <translation>Sao chép ảnh biểu đồ vào bộ nhớ tạm</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="55" />
        <source>Fit the whole history in view</source>
        <translation>Hiển thị toàn bộ lịch sử</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="57" />
        <source>Log scale for the equity pane</source>
        <translation>Thang log cho khung chỉ số</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="62" />
        <source>Switch the equity pane between candles and line</source>
        <translation>Chuyển khung chỉ số giữa nến và đường</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="64" />
        <source>Snap the lag to the best lag</source>
        <translation>Đặt độ trễ về độ trễ tốt nhất</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="68" />
        <source>Focus the lag slider (then arrows and Page Up/Down)</source>
        <translation>Chọn thanh trượt độ trễ (rồi dùng phím mũi tên và Page Up/Down)</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="73" />
        <source>Switch between the light and the dark theme</source>
        <translation>Chuyển giữa giao diện sáng và tối</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="76" />
        <source>Gap and provenance report</source>
        <translation>Báo cáo khoảng trống và nguồn gốc</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="78" />
        <source>This list of shortcuts</source>
        <translation>Danh sách phím tắt này</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="80" />
        <source>Quit (settings and layout are saved)</source>
        <translation>Thoát (thiết lập và bố cục được lưu)</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="86" />
        <source>Lag slider: one day</source>
        <extracomment>keys handled inside widgets rather than by window actions</extracomment>
        <translation>Thanh trượt độ trễ: một ngày</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="87" />
        <source>Lag slider: one week</source>
        <translation>Thanh trượt độ trễ: một tuần</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="88" />
        <source>Zoom time around the cursor</source>
        <translation>Phóng to thời gian quanh con trỏ</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="89" />
        <source>Pan the time axis</source>
        <translation>Kéo trục thời gian</translation>
    </message>
    <message>
        <location filename="../../app/shortcuts.py" line="90" />
        <source>Fit everything in view</source>
        <translation>Hiển thị toàn bộ</translation>
    </message>
</context>
</TS>