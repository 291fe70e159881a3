<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Edit account</source>
            <translation>Sửa tài khoản</translation>
        </message>
        <message>
            <source>Add an account</source>
            <translation>Thêm tài khoản</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Handle</source>
            <translation>Tên tài khoản</translation>
        </message>
        <message>
            <source>Profile URL</source>
            <translation>Đường dẫn trang</translation>
        </message>
        <message>
            <source>Followers</source>
            <translation>Người theo dõi</translation>
        </message>
    </context>
    <context>
        <name>AddIndicatorDialog</name>
        <message>
            <source>Add an indicator</source>
            <translation>Thêm chỉ dấu</translation>
        </message>
        <message>
            <source>Recognise it</source>
            <translation>Tự nhận dạng</translation>
        </message>
        <message>
            <source>e.g. 0912 345 678, STK 0123456789 Vietcombank, a link</source>
            <translation>VD: 0912 345 678, STK 0123456789 Vietcombank, một đường dẫn</translation>
        </message>
        <message>
            <source>Where it was seen (optional)</source>
            <translation>Thấy ở đâu (không bắt buộc)</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Giá trị</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
    </context>
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend the decision on {0}</source>
            <translation>Sửa đổi quyết định về {0}</translation>
        </message>
        <message>
            <source>The meeting is finalized. The decision stays on record; the amendment is a new decision that names it.</source>
            <translation>Cuộc họp đã chốt biên bản. Quyết định cũ vẫn được lưu; bản sửa đổi là một quyết định mới dẫn chiếu tới nó.</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hình thức xử lý</translation>
        </message>
        <message>
            <source>Rationale of the amendment</source>
            <translation>Lý do sửa đổi</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Hình thức xử lý</translation>
        </message>
        <message>
            <source>&amp;Rationale</source>
            <translation>&amp;Lý do</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>The platform's answer — case {0}</source>
            <translation>Kết quả xử lý của nền tảng — hồ sơ {0}</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>&amp;Kết quả xử lý</translation>
        </message>
        <message>
            <source>&amp;Reason given</source>
            <translation>&amp;Lý do nền tảng đưa ra</translation>
        </message>
        <message>
            <source>Answered a&amp;t (Vietnam time)</source>
            <translation>&amp;Thời điểm nhận kết quả (giờ Việt Nam)</translation>
        </message>
        <message>
            <source>Answered at (Vietnam time)</source>
            <translation>Thời điểm nhận kết quả (giờ Việt Nam)</translation>
        </message>
        <message>
            <source>Members recorded different answers: the answer recorded now settles it for everyone.</source>
            <translation>Các thành viên đã ghi kết quả xử lý khác nhau: kết quả ghi lúc này sẽ giải quyết xung đột cho mọi người.</translation>
        </message>
        <message>
            <source>Record the answer</source>
            <translation>Ghi kết quả</translation>
        </message>
        <message>
            <source>Required for a refusal: the reason the platform gave.</source>
            <translation>Bắt buộc khi nền tảng từ chối gỡ: lý do nền tảng đưa ra.</translation>
        </message>
        <message>
            <source>Optional: what the platform said.</source>
            <translation>Không bắt buộc: nền tảng đã trả lời những gì.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>Digital Trust Moderator</source>
            <translation>Tự giám sát Niềm tin số</translation>
        </message>
        <message>
            <source>Encrypt the data</source>
            <translation>Mã hóa dữ liệu</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <source>The data on this computer is encrypted.</source>
            <translation>Dữ liệu trên máy tính này đã được mã hóa.</translation>
        </message>
        <message>
            <source>The backup was restored.</source>
            <translation>Đã khôi phục bản sao lưu.</translation>
        </message>
        <message>
            <source>This workspace ({0}) is already open, in another window or a command ({1}). Close it first, then start again.</source>
            <translation>Không gian làm việc này ({0}) đang được mở ở một cửa sổ hoặc một lệnh khác ({1}). Hãy đóng nó trước rồi mở lại.</translation>
        </message>
        <message>
            <source>The disk that holds the workspace is full, so it cannot be opened. Free some space on it and start again; nothing was changed.</source>
            <translation>Ổ đĩa chứa không gian làm việc đã đầy nên không mở được. Hãy giải phóng bớt dung lượng rồi mở lại; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>This workspace was written by a newer version of Digital Trust Moderator. Install that version (or a later one) to open it; nothing was changed.</source>
            <translation>Không gian làm việc này được ghi bởi một phiên bản Tự giám sát Niềm tin số mới hơn. Hãy cài phiên bản đó (hoặc mới hơn) để mở; chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The database {0} failed its integrity check and has not been changed.</source>
            <translation>Cơ sở dữ liệu {0} không qua được bước kiểm tra toàn vẹn và chưa bị thay đổi.</translation>
        </message>
        <message>
            <source>There is no good backup to restore.</source>
            <translation>Không có bản sao lưu nào còn tốt để khôi phục.</translation>
        </message>
        <message>
            <source>The database is damaged</source>
            <translation>Cơ sở dữ liệu bị hỏng</translation>
        </message>
        <message>
            <source>The database failed its integrity check and has not been changed.

Restore the latest good backup, taken {0}? The damaged file is kept aside.</source>
            <translation>Cơ sở dữ liệu không qua được kiểm tra toàn vẹn và chưa bị thay đổi.

Khôi phục bản sao lưu tốt gần nhất, lập lúc {0}? Tệp bị hỏng sẽ được giữ lại riêng.</translation>
        </message>
        <message>
            <source>this device's identity (its signing key)</source>
            <translation>danh tính của máy này (khóa ký của máy)</translation>
        </message>
        <message>
            <source>{0} evidence file(s)</source>
            <translation>{0} tệp chứng cứ</translation>
        </message>
        <message>
            <source>{0} backup(s)</source>
            <translation>{0} bản sao lưu</translation>
        </message>
        <message>
            <source>The database {0} is missing.</source>
            <translation>Không tìm thấy cơ sở dữ liệu {0}.</translation>
        </message>
        <message>
            <source>The database {0} is empty (0 bytes).</source>
            <translation>Cơ sở dữ liệu {0} trống (0 byte).</translation>
        </message>
        <message>
            <source>This data folder still holds {0}: the workspace had work in it, so the application does not start an empty workspace over it.</source>
            <translation>Thư mục dữ liệu này vẫn còn {0}: không gian làm việc này đã có dữ liệu, nên ứng dụng không mở một không gian làm việc trống đè lên.</translation>
        </message>
        <message>
            <source>There is no good backup to restore. To rebuild this workspace from the shared folder, join the committee again from a new data folder (start the application with --data-dir NEW_FOLDER, then Sync ▸ Sync settings… ▸ Join a committee…): once the chair approves the new device, the next sync brings back the committee's history, your published changes included.</source>
            <translation>Không có bản sao lưu nào còn tốt để khôi phục. Để dựng lại không gian làm việc này từ thư mục dùng chung, hãy tham gia lại ban từ một thư mục dữ liệu mới (mở ứng dụng với --data-dir THƯ_MỤC_MỚI, rồi chọn Đồng bộ ▸ Cài đặt đồng bộ… ▸ Tham gia ban…): khi Trưởng ban duyệt máy mới, lần đồng bộ tiếp theo sẽ mang về toàn bộ lịch sử của ban, kể cả các thay đổi bạn đã đồng bộ.</translation>
        </message>
        <message>
            <source>There is no good backup to restore. Put a copy of the database file back if you have one, or move this folder away to start an empty workspace.</source>
            <translation>Không có bản sao lưu nào còn tốt để khôi phục. Nếu có bản sao của tệp cơ sở dữ liệu, hãy đặt lại vào chỗ cũ; hoặc chuyển thư mục này đi nơi khác để bắt đầu một không gian làm việc trống.</translation>
        </message>
        <message>
            <source>Restore the latest good backup, taken {0}?</source>
            <translation>Khôi phục bản sao lưu tốt gần nhất, lập lúc {0}?</translation>
        </message>
        <message>
            <source>After the restore, let the first sync finish (Sync ▸ Sync now) before changing anything: it brings back your changes published to the shared folder after the backup.</source>
            <translation>Sau khi khôi phục, hãy chờ lần đồng bộ đầu tiên xong (Đồng bộ ▸ Đồng bộ ngay) rồi mới thay đổi gì: lần đồng bộ đó lấy lại các thay đổi bạn đã đưa lên thư mục dùng chung sau thời điểm sao lưu.</translation>
        </message>
        <message>
            <source>The database is missing</source>
            <translation>Không tìm thấy cơ sở dữ liệu</translation>
        </message>
        <message>
            <source>The database is empty</source>
            <translation>Cơ sở dữ liệu trống</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Chưa có gì bị thay đổi.</translation>
        </message>
        <message>
            <source>The data of this workspace is encrypted. Passphrase:</source>
            <translation>Dữ liệu của không gian làm việc này được mã hóa. Mật khẩu:</translation>
        </message>
        <message>
            <source>Open the encrypted workspace</source>
            <translation>Mở không gian làm việc đã mã hóa</translation>
        </message>
        <message>
            <source>The data of this workspace is encrypted. That passphrase is not right; try again:</source>
            <translation>Dữ liệu của không gian làm việc này được mã hóa. Mật khẩu vừa nhập không đúng; hãy thử lại:</translation>
        </message>
        <message>
            <source>This device's signing key is protected. Passphrase (needed to sync; Cancel to work without syncing):</source>
            <translation>Khóa ký của máy này được bảo vệ. Mật khẩu (cần để đồng bộ; bấm Hủy để làm việc không đồng bộ):</translation>
        </message>
        <message>
            <source>Unlock the signing key</source>
            <translation>Mở khóa ký</translation>
        </message>
        <message>
            <source>That passphrase is not right. Try again:</source>
            <translation>Mật khẩu không đúng. Thử lại:</translation>
        </message>
    </context>
    <context>
        <name>AppealDialog</name>
        <message>
            <source>Appeal against the decision on {0}</source>
            <translation>Phúc xét quyết định về {0}</translation>
        </message>
        <message>
            <source>Appeals are accepted until {0}. The case goes back onto the next open meeting's agenda; the decision keeps its record.</source>
            <translation>Nhận đơn phúc xét đến hết {0}. Hồ sơ được đưa lại vào chương trình cuộc họp kế tiếp; quyết định cũ vẫn được lưu.</translation>
        </message>
        <message>
            <source>Grounds of the appeal</source>
            <translation>Căn cứ phúc xét</translation>
        </message>
        <message>
            <source>Who appeals and on what grounds</source>
            <translation>Ai đề nghị phúc xét và căn cứ nào</translation>
        </message>
    </context>
    <context>
        <name>Attacher</name>
        <message>
            <source>The files could not be copied because of an error in the application; the details are in the log file.</source>
            <translation>Không sao chép được tệp do lỗi của ứng dụng; chi tiết có trong tệp nhật ký.</translation>
        </message>
        <message>
            <source>Attach evidence</source>
            <translation>Đính kèm chứng cứ</translation>
        </message>
        <message>
            <source>Evidence (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.html *.htm *.mp4 *.webm *.mp3 *.zip);;All files (*)</source>
            <translation>Chứng cứ (*.png *.jpg *.jpeg *.webp *.gif *.bmp *.pdf *.txt *.html *.htm *.mp4 *.webm *.mp3 *.zip);;Tất cả tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>Daily</source>
            <translation>Hằng ngày</translation>
        </message>
        <message>
            <source>Made on request</source>
            <translation>Theo yêu cầu</translation>
        </message>
        <message>
            <source>Before a restore</source>
            <translation>Trước khi khôi phục</translation>
        </message>
        <message>
            <source>Before an update of the application</source>
            <translation>Trước khi cập nhật ứng dụng</translation>
        </message>
        <message>
            <source>The backup was not restored, and nothing was changed: {0}</source>
            <translation>Bản sao lưu chưa được khôi phục và chưa có gì thay đổi: {0}</translation>
        </message>
        <message>
            <source>The backup was restored, but the sync that brings back your changes synced after the backup did not run: {0}

Sync before changing anything, as soon as that is possible.</source>
            <translation>Đã khôi phục bản sao lưu, nhưng lần đồng bộ để lấy lại các thay đổi của bạn đã đồng bộ sau thời điểm sao lưu chưa chạy được: {0}

Hãy đồng bộ trước khi sửa bất cứ điều gì, ngay khi có thể.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Backups…</source>
            <translation>&amp;Sao lưu…</translation>
        </message>
        <message>
            <source>See the database's backups, make one now, or restore one</source>
            <translation>Xem các bản sao lưu cơ sở dữ liệu, sao lưu ngay hoặc khôi phục một bản</translation>
        </message>
    </context>
    <context>
        <name>BackupsDialog</name>
        <message>
            <source>Backups</source>
            <translation>Sao lưu</translation>
        </message>
        <message>
            <source>Copies of this computer's database, kept in {0}: one a day (the last 7 days and one for each of the last 4 weeks), one before every update of the application, and those you make.</source>
            <translation>Các bản sao cơ sở dữ liệu của máy này, lưu trong {0}: mỗi ngày một bản (7 ngày gần nhất và mỗi tuần một bản trong 4 tuần gần nhất), một bản trước mỗi lần cập nhật ứng dụng, và các bản bạn tự tạo.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>Backup status</source>
            <translation>Tình trạng sao lưu</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sao lưu ngay</translation>
        </message>
        <message>
            <source>Back up the database now</source>
            <translation>Sao lưu cơ sở dữ liệu ngay</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Khôi phục…</translation>
        </message>
        <message>
            <source>Restore the selected backup</source>
            <translation>Khôi phục bản sao lưu đã chọn</translation>
        </message>
        <message>
            <source>No backups yet.</source>
            <translation>Chưa có bản sao lưu nào.</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Đang sao lưu…</translation>
        </message>
        <message>
            <source>Backed up: {0}</source>
            <translation>Đã sao lưu: {0}</translation>
        </message>
        <message>
            <source>The backup was not made.</source>
            <translation>Chưa sao lưu được.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Khôi phục bản sao lưu</translation>
        </message>
        <message>
            <source>Restore the backup of {0}?</source>
            <translation>Khôi phục bản sao lưu lúc {0}?</translation>
        </message>
        <message>
            <source>The database will be replaced by this backup: everything recorded on this computer after {0} will no longer be in it.</source>
            <translation>Cơ sở dữ liệu sẽ được thay bằng bản sao lưu này: mọi thứ ghi trên máy này sau {0} sẽ không còn.</translation>
        </message>
        <message>
            <source>The application will then sync once: changes of yours that were already synced come back from the shared folder; changes never synced are lost.</source>
            <translation>Sau đó ứng dụng sẽ đồng bộ một lần: các thay đổi của bạn đã được đồng bộ sẽ được lấy lại từ thư mục dùng chung; thay đổi chưa từng đồng bộ sẽ mất.</translation>
        </message>
        <message>
            <source>The current database is backed up first and kept aside in {0}, so nothing is destroyed.</source>
            <translation>Cơ sở dữ liệu hiện tại được sao lưu trước và cất riêng trong {0}, nên không mất gì.</translation>
        </message>
        <message>
            <source>All windows will close and the application will open again on the restored data.</source>
            <translation>Mọi cửa sổ sẽ đóng và ứng dụng mở lại trên dữ liệu đã khôi phục.</translation>
        </message>
        <message>
            <source>Restore and reopen</source>
            <translation>Khôi phục và mở lại</translation>
        </message>
    </context>
    <context>
        <name>CalendarPage</name>
        <message>
            <source>Year</source>
            <translation>Năm</translation>
        </message>
        <message>
            <source>Working-day deadlines skip weekends and the days below: not counting public holidays and Tết.</source>
            <translation>Các hạn tính theo ngày làm việc bỏ qua thứ Bảy, Chủ nhật và các ngày dưới đây: không tính ngày nghỉ lễ, Tết.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Day off</source>
            <translation>Ngày nghỉ</translation>
        </message>
        <message>
            <source>Set by</source>
            <translation>Theo</translation>
        </message>
        <message>
            <source>Days off</source>
            <translation>Ngày nghỉ</translation>
        </message>
        <message>
            <source>Date of the day off</source>
            <translation>Chọn ngày nghỉ</translation>
        </message>
        <message>
            <source>What the day off is (e.g. the government's announced bridge day)</source>
            <translation>Tên ngày nghỉ (ví dụ: ngày nghỉ bù theo thông báo của Chính phủ)</translation>
        </message>
        <message>
            <source>Name of the day off</source>
            <translation>Tên ngày nghỉ</translation>
        </message>
        <message>
            <source>&amp;Add day off</source>
            <translation>&amp;Thêm ngày nghỉ</translation>
        </message>
        <message>
            <source>&amp;Remove selected</source>
            <translation>&amp;Bỏ ngày đã chọn</translation>
        </message>
        <message>
            <source>Changes are recorded at once and reach the other members with the next sync.</source>
            <translation>Thay đổi được ghi nhận ngay và đến các thành viên khác ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>Only the chair or the secretary changes the calendar ({0}); you are {1}.</source>
            <translation>Chỉ Trưởng ban hoặc Thư ký thay đổi lịch làm việc ({0}); bạn là {1}.</translation>
        </message>
        <message>
            <source>&amp;Make it a day off again</source>
            <translation>&amp;Đặt lại làm ngày nghỉ</translation>
        </message>
        <message>
            <source>{0} (the committee works this day)</source>
            <translation>{0} (Ban vẫn làm việc ngày này)</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Ban</translation>
        </message>
        <message>
            <source>Law</source>
            <translation>Luật định</translation>
        </message>
        <message>
            <source>Day off not added</source>
            <translation>Chưa thêm được ngày nghỉ</translation>
        </message>
        <message>
            <source>Calendar not changed</source>
            <translation>Lịch làm việc chưa được thay đổi</translation>
        </message>
    </context>
    <context>
        <name>Canvas</name>
        <message>
            <source>Sensitive content hidden. Click to show it.</source>
            <translation>Nội dung nhạy cảm đang được che. Bấm để xem.</translation>
        </message>
        <message>
            <source>Show sensitive content</source>
            <translation>Hiện nội dung nhạy cảm</translation>
        </message>
    </context>
    <context>
        <name>CaseDetailWindow</name>
        <message>
            <source>Summary</source>
            <translation>Tóm tắt</translation>
        </message>
        <message>
            <source>Case title</source>
            <translation>Tiêu đề hồ sơ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Urgent: request removal within 24 hours</source>
            <translation>Khẩn cấp: đề nghị gỡ trong 24 giờ</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>Track</source>
            <translation>Hướng xử lý</translation>
        </message>
        <message>
            <source>Normal path</source>
            <translation>Theo quy trình thông thường</translation>
        </message>
        <message>
            <source>Starts a countdown of its own, counted in hours (holidays included)</source>
            <translation>Bắt đầu một thời hạn riêng, tính theo giờ (kể cả ngày nghỉ)</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Open the influencer's profile</source>
            <translation>Mở thông tin người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Loại vi phạm</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ngày mở</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Hoạt động gần nhất</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Merged</source>
            <translation>Đã gộp</translation>
        </message>
        <message>
            <source>Case sections</source>
            <translation>Các phần của hồ sơ</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Export PDF…</source>
            <translation>Xuất PDF…</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>In…</translation>
        </message>
        <message>
            <source>Influencer profile</source>
            <translation>Thông tin người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Request &amp;takedown…</source>
            <translation>Đề nghị &amp;gỡ nội dung…</translation>
        </message>
        <message>
            <source>Record a takedown request sent to a platform about this case's content</source>
            <translation>Ghi đề nghị gỡ nội dung đã gửi tới nền tảng về nội dung của hồ sơ này</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Phản ánh</translation>
        </message>
        <message>
            <source>Selected report</source>
            <translation>Phản ánh đang chọn</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Mục</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Đường dẫn</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ngày thêm</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Chứng cứ</translation>
        </message>
        <message>
            <source>Open in the evidence viewer</source>
            <translation>Mở trong trình xem chứng cứ</translation>
        </message>
        <message>
            <source>Attach evidence…</source>
            <translation>Đính kèm chứng cứ…</translation>
        </message>
        <message>
            <source>Add files to this case</source>
            <translation>Thêm tệp vào hồ sơ này</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>Chưa đính kèm</translation>
        </message>
        <message>
            <source>Notes and comments</source>
            <translation>Ghi chú và nhận xét</translation>
        </message>
        <message>
            <source>Write a comment for the committee… (Ctrl+Enter to add)</source>
            <translation>Viết nhận xét cho ban… (Ctrl+Enter để thêm)</translation>
        </message>
        <message>
            <source>New comment</source>
            <translation>Nhận xét mới</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Thêm nhận xét</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Chú thích</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người tạo</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Nhận xét</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Chú thích</translation>
        </message>
        <message>
            <source>same URL</source>
            <translation>cùng đường dẫn</translation>
        </message>
        <message>
            <source>same evidence file</source>
            <translation>cùng tệp chứng cứ</translation>
        </message>
        <message>
            <source>similar image</source>
            <translation>ảnh tương tự</translation>
        </message>
        <message>
            <source>shared indicators</source>
            <translation>chung chỉ dấu</translation>
        </message>
        <message>
            <source>same influencer</source>
            <translation>cùng người có ảnh hưởng</translation>
        </message>
        <message>
            <source>same {0}</source>
            <translation>cùng {0}</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Lý do liên quan</translation>
        </message>
        <message>
            <source>Related cases</source>
            <translation>Hồ sơ liên quan</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Đã xong</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Quá hạn</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Còn hạn</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn chót</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Các mốc thời hạn</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cuộc họp</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hình thức xử lý</translation>
        </message>
        <message>
            <source>For / against / abstain</source>
            <translation>Tán thành / không tán thành / không ý kiến</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Đã công bố</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>Remedied</source>
            <translation>Đã khắc phục</translation>
        </message>
        <message>
            <source>Indicators ({0})</source>
            <translation>Chỉ dấu ({0})</translation>
        </message>
        <message>
            <source>Takedowns ({0})</source>
            <translation>Gỡ nội dung ({0})</translation>
        </message>
        <message>
            <source>Remedied on {0}</source>
            <translation>Đã khắc phục ngày {0}</translation>
        </message>
        <message>
            <source>Recorded by the chair, the secretary or a reviewer</source>
            <translation>Do Trưởng ban, Thư ký hoặc Thẩm định viên ghi</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Đóng hồ sơ</translation>
        </message>
        <message>
            <source>The comment you are writing has not been added. Close the case and discard it?</source>
            <translation>Nhận xét bạn đang viết chưa được thêm. Đóng hồ sơ và bỏ nhận xét đó?</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Selected decision</source>
            <translation>Quyết định đang chọn</translation>
        </message>
        <message>
            <source>Record completed correction…</source>
            <translation>Ghi nhận đã khắc phục…</translation>
        </message>
        <message>
            <source>This case no longer exists.</source>
            <translation>Hồ sơ này không còn tồn tại.</translation>
        </message>
        <message>
            <source>Case {0} — {1}</source>
            <translation>Hồ sơ {0} — {1}</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>KHẨN CẤP</translation>
        </message>
        <message>
            <source>Conflicting changes to resolve: {0}</source>
            <translation>Thay đổi xung đột cần xử lý: {0}</translation>
        </message>
        <message>
            <source>This case was merged into {0}.</source>
            <translation>Hồ sơ này đã được gộp vào {0}.</translation>
        </message>
        <message>
            <source>→ {0}</source>
            <translation>→ {0}</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Chưa phân công</translation>
        </message>
        <message>
            <source>into {0}</source>
            <translation>vào {0}</translation>
        </message>
        <message>
            <source>from {0}</source>
            <translation>từ {0}</translation>
        </message>
        <message>
            <source>Reports ({0})</source>
            <translation>Phản ánh ({0})</translation>
        </message>
        <message>
            <source>Evidence ({0})</source>
            <translation>Chứng cứ ({0})</translation>
        </message>
        <message>
            <source>Notes ({0})</source>
            <translation>Ghi chú ({0})</translation>
        </message>
        <message>
            <source>Annotations ({0})</source>
            <translation>Chú thích ({0})</translation>
        </message>
        <message>
            <source>Related ({0})</source>
            <translation>Liên quan ({0})</translation>
        </message>
        <message>
            <source>Deadlines ({0})</source>
            <translation>Thời hạn ({0})</translation>
        </message>
        <message>
            <source>Decisions ({0})</source>
            <translation>Quyết định ({0})</translation>
        </message>
        <message>
            <source>No notes or comments yet.</source>
            <translation>Chưa có ghi chú hay nhận xét nào.</translation>
        </message>
        <message>
            <source>Seen</source>
            <translation>Thời điểm phát hiện</translation>
        </message>
        <message>
            <source>Reporter's contact (private)</source>
            <translation>Liên hệ người phản ánh (bảo mật)</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>Đường dẫn</translation>
        </message>
        <message>
            <source>Attachments</source>
            <translation>Tệp đính kèm</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Việc cần làm tiếp</translation>
        </message>
        <message>
            <source>done</source>
            <translation>xong</translation>
        </message>
        <message>
            <source>No decision yet.</source>
            <translation>Chưa có quyết định.</translation>
        </message>
        <message>
            <source>Appeals</source>
            <translation>Phúc xét</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Why is this case now “{0}”?</source>
            <translation>Vì sao hồ sơ này chuyển sang “{0}”?</translation>
        </message>
        <message>
            <source>No evidence yet: attach files first</source>
            <translation>Chưa có chứng cứ: hãy đính kèm tệp trước</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Chưa lưu</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Đã lưu {0}</translation>
        </message>
        <message>
            <source>Export the case file</source>
            <translation>Xuất hồ sơ</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>CaseEvidenceBar</name>
        <message>
            <source>Copying {0} file(s)…</source>
            <translation>Đang sao chép {0} tệp…</translation>
        </message>
        <message>
            <source>Attach evidence…</source>
            <translation>Đính kèm chứng cứ…</translation>
        </message>
        <message>
            <source>Add files to this case (or drop them here)</source>
            <translation>Thêm tệp vào hồ sơ này (hoặc thả tệp vào đây)</translation>
        </message>
        <message>
            <source>Open evidence viewer</source>
            <translation>Mở trình xem chứng cứ</translation>
        </message>
        <message>
            <source>Enter or double-click opens an item</source>
            <translation>Nhấn Enter hoặc bấm đúp để mở</translation>
        </message>
        <message>
            <source>No evidence yet: drop files here</source>
            <translation>Chưa có chứng cứ: thả tệp vào đây</translation>
        </message>
        <message>
            <source>Attached {0} file(s) to {1}</source>
            <translation>Đã đính kèm {0} tệp vào {1}</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Chứng cứ</translation>
        </message>
    </context>
    <context>
        <name>CaseFile</name>
        <message>
            <source>Added</source>
            <translation>Ngày thêm</translation>
        </message>
        <message>
            <source>Annotations</source>
            <translation>Chú thích</translation>
        </message>
        <message>
            <source>Appeals</source>
            <translation>Phúc xét</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>Case file</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Loại vi phạm</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Thay đổi</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Nhận xét</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Remedied</source>
            <translation>Đã khắc phục</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Các mốc hạn</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Đã xong</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Hạn chót</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Chứng cứ</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Mục</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Chú thích</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cuộc họp</translation>
        </message>
        <message>
            <source>Merged from</source>
            <translation>Gộp từ</translation>
        </message>
        <message>
            <source>Merged into</source>
            <translation>Đã gộp vào</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>Không có.</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Notes and comments</source>
            <translation>Ghi chú và nhận xét</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ngày mở</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hình thức xử lý</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Printed on {0} by Digital Trust Moderator {1}</source>
            <translation>In ngày {0} bằng Tự giám sát Niềm tin số {1}</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Phản ánh</translation>
        </message>
        <message>
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gửi</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Kết quả xử lý</translation>
        </message>
        <message>
            <source>Re-checks</source>
            <translation>Kiểm tra lại</translation>
        </message>
        <message>
            <source>Takedown requests</source>
            <translation>Đề nghị gỡ nội dung</translation>
        </message>
        <message>
            <source>{0} h</source>
            <translation>{0} giờ</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>KHẨN CẤP</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Biểu quyết</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
    </context>
    <context>
        <name>CaseIndicatorsPanel</name>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ dấu</translation>
        </message>
        <message>
            <source>Elsewhere</source>
            <translation>Ở nơi khác</translation>
        </message>
        <message>
            <source>Found in</source>
            <translation>Tìm thấy trong</translation>
        </message>
        <message>
            <source>not relevant</source>
            <translation>không liên quan</translation>
        </message>
        <message>
            <source>The case's indicators</source>
            <translation>Các chỉ dấu của hồ sơ</translation>
        </message>
        <message>
            <source>Other cases with this indicator</source>
            <translation>Các hồ sơ khác có chỉ dấu này</translation>
        </message>
        <message>
            <source>No indicators yet. Phone numbers, bank accounts, links, accounts and images are drawn from the case's reports and evidence in the background; add one by hand if it was missed.</source>
            <translation>Chưa có chỉ dấu nào. Số điện thoại, tài khoản ngân hàng, đường dẫn, tài khoản mạng xã hội và hình ảnh được trích xuất từ phản ánh và chứng cứ của hồ sơ trong nền; nếu còn sót, hãy thêm bằng tay.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <source>Take off the case…</source>
            <translation>Gỡ khỏi hồ sơ…</translation>
        </message>
        <message>
            <source>Network…</source>
            <translation>Mạng liên kết…</translation>
        </message>
        <message>
            <source>Influencers and cases linked to this case by shared indicators</source>
            <translation>Người có ảnh hưởng và hồ sơ liên kết với hồ sơ này qua các chỉ dấu chung</translation>
        </message>
        <message>
            <source>only here</source>
            <translation>chỉ có ở đây</translation>
        </message>
        <message numerus="yes">
            <source>%n other case(s)</source>
            <translation>
                <numerusform>%n hồ sơ khác</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n other influencer(s)</source>
            <translation>
                <numerusform>%n người có ảnh hưởng khác</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked not relevant</source>
            <translation>Đã đánh dấu không liên quan</translation>
        </message>
        <message>
            <source>report</source>
            <translation>phản ánh</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>chứng cứ</translation>
        </message>
        <message>
            <source>by hand</source>
            <translation>thêm bằng tay</translation>
        </message>
        <message>
            <source>{0} is also seen in: {1}</source>
            <translation>{0} cũng có ở: {1}</translation>
        </message>
        <message>
            <source>{0} is not seen in any other case.</source>
            <translation>{0} không có trong hồ sơ nào khác.</translation>
        </message>
        <message>
            <source>Take an indicator off the case</source>
            <translation>Gỡ chỉ dấu khỏi hồ sơ</translation>
        </message>
        <message>
            <source>Why is {0} not an indicator of this case? (kept in the history)</source>
            <translation>Vì sao {0} không phải là chỉ dấu của hồ sơ này? (được lưu trong lịch sử)</translation>
        </message>
    </context>
    <context>
        <name>CasePreview</name>
        <message>
            <source>Case preview</source>
            <translation>Xem nhanh hồ sơ</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>URGENT</source>
            <translation>KHẨN CẤP</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Loại vi phạm</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ngày mở</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Conflicting changes to resolve</source>
            <translation>Thay đổi xung đột cần xử lý</translation>
        </message>
        <message>
            <source>Triage actions</source>
            <translation>Thao tác sàng lọc</translation>
        </message>
        <message>
            <source>No case selected.</source>
            <translation>Chưa chọn hồ sơ nào.</translation>
        </message>
        <message>
            <source>The actions below apply to all of them, with one shared reason.</source>
            <translation>Các thao tác dưới đây áp dụng cho tất cả, với cùng một lý do.</translation>
        </message>
        <message>
            <source>{0} cases selected</source>
            <translation>Đã chọn {0} hồ sơ</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… và {0} hồ sơ khác</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Decision (amended)</source>
            <translation>Quyết định (đã sửa đổi)</translation>
        </message>
        <message>
            <source>{0}, meeting “{1}”</source>
            <translation>{0}, cuộc họp “{1}”</translation>
        </message>
        <message>
            <source>{0} for, {1} against, {2} abstaining</source>
            <translation>{0} tán thành, {1} không tán thành, {2} không ý kiến</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Phản ánh</translation>
        </message>
        <message>
            <source>Open the case to see all reports.</source>
            <translation>Mở hồ sơ để xem tất cả phản ánh.</translation>
        </message>
        <message>
            <source>Latest notes</source>
            <translation>Ghi chú gần đây</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Chứng cứ</translation>
        </message>
        <message>
            <source>No evidence attached yet.</source>
            <translation>Chưa có chứng cứ đính kèm.</translation>
        </message>
    </context>
    <context>
        <name>ChoiceDelegate</name>
        <message>
            <source>Choice</source>
            <translation>Lựa chọn</translation>
        </message>
    </context>
    <context>
        <name>ChooseCaseDialog</name>
        <message>
            <source>Attach evidence</source>
            <translation>Đính kèm chứng cứ</translation>
        </message>
        <message>
            <source>Which case is {0} evidence for?</source>
            <translation>{0} là chứng cứ cho hồ sơ nào?</translation>
        </message>
        <message>
            <source>Search: case reference, influencer, any word</source>
            <translation>Tìm: số hồ sơ, người có ảnh hưởng, từ bất kỳ</translation>
        </message>
        <message>
            <source>Search cases</source>
            <translation>Tìm hồ sơ</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Attach</source>
            <translation>Đính kèm</translation>
        </message>
    </context>
    <context>
        <name>ChooseMeetingDialog</name>
        <message>
            <source>Put the suspension proposal on an agenda</source>
            <translation>Đưa đề xuất tạm đình chỉ vào chương trình họp</translation>
        </message>
        <message>
            <source>Choose the meeting that will consider suspending {0}:</source>
            <translation>Chọn cuộc họp sẽ xem xét tạm đình chỉ {0}:</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Cuộc họp</translation>
        </message>
        <message>
            <source>No upcoming meeting: create one first.</source>
            <translation>Chưa có cuộc họp sắp tới: hãy tạo cuộc họp trước.</translation>
        </message>
    </context>
    <context>
        <name>ChooseProfileDialog</name>
        <message>
            <source>Merge a profile into {0}</source>
            <translation>Gộp thông tin người có ảnh hưởng vào {0}</translation>
        </message>
        <message>
            <source>Which profile is the same person as {0}? Its cases, reports, accounts and decisions will move to {0}.</source>
            <translation>Thông tin nào là của cùng một người với {0}? Các hồ sơ, phản ánh, tài khoản và quyết định gắn với thông tin đó sẽ chuyển sang {0}.</translation>
        </message>
        <message>
            <source>Search profiles</source>
            <translation>Tìm người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Name, with or without diacritics</source>
            <translation>Tên, có dấu hoặc không dấu</translation>
        </message>
        <message>
            <source>Profiles</source>
            <translation>Danh sách người có ảnh hưởng</translation>
        </message>
        <message>
            <source>{0} · {1} case(s)</source>
            <translation>{0} · {1} hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>CommandPalette</name>
        <message>
            <source>Command palette</source>
            <translation>Bảng lệnh</translation>
        </message>
        <message>
            <source>Type a command, a view or a case reference…</source>
            <translation>Gõ một lệnh, một danh mục hoặc số hồ sơ…</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>Lệnh</translation>
        </message>
        <message>
            <source>Matching commands</source>
            <translation>Các lệnh phù hợp</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Phím tắt</translation>
        </message>
    </context>
    <context>
        <name>CommitteeDialogs</name>
        <message>
            <source>Browse…</source>
            <translation>Duyệt…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Chọn thư mục dùng chung</translation>
        </message>
        <message>
            <source>The committee's shared folder</source>
            <translation>Thư mục dùng chung của ban</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Resolve conflicts — {0}</source>
            <translation>Xử lý xung đột — {0}</translation>
        </message>
        <message>
            <source>Members changed these at the same time without seeing each other's change. Choose the value to keep; everyone will see your choice after the next sync.</source>
            <translation>Các thành viên đã thay đổi những mục này cùng lúc mà không thấy thay đổi của nhau. Hãy chọn giá trị cần giữ; mọi người sẽ thấy lựa chọn của bạn sau lần đồng bộ kế tiếp.</translation>
        </message>
        <message>
            <source>{0} — {1}, {2}</source>
            <translation>{0} — {1}, {2}</translation>
        </message>
        <message>
            <source>(shown now)</source>
            <translation>(đang hiển thị)</translation>
        </message>
        <message>
            <source>This case has no conflicts to resolve.</source>
            <translation>Hồ sơ này không có xung đột cần xử lý.</translation>
        </message>
        <message>
            <source>Resolve</source>
            <translation>Xử lý</translation>
        </message>
        <message>
            <source>{0}'s answer to the takedown request sent {1}</source>
            <translation>Kết quả xử lý của {0} cho đề nghị gỡ nội dung gửi lúc {1}</translation>
        </message>
        <message>
            <source>{0}, received {1}
recorded by {2}, {3}</source>
            <translation>{0}, nhận lúc {1}
{2} ghi lúc {3}</translation>
        </message>
        <message>
            <source>{0} (reason: {1})</source>
            <translation>{0} (lý do: {1})</translation>
        </message>
        <message>
            <source>Resolve conflicts</source>
            <translation>Xử lý xung đột</translation>
        </message>
    </context>
    <context>
        <name>Conflicts</name>
        <message>
            <source>status</source>
            <translation>trạng thái</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>quyết định</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>hình thức xử lý</translation>
        </message>
        <message>
            <source>role</source>
            <translation>vai trò</translation>
        </message>
        <message>
            <source>the platform's answer</source>
            <translation>kết quả xử lý của nền tảng</translation>
        </message>
        <message>
            <source>the platform's reason</source>
            <translation>lý do của nền tảng</translation>
        </message>
        <message>
            <source>when the platform answered</source>
            <translation>thời điểm nền tảng trả lời</translation>
        </message>
    </context>
    <context>
        <name>ConversionProgress</name>
        <message>
            <source>Encrypting the data</source>
            <translation>Đang mã hóa dữ liệu</translation>
        </message>
        <message>
            <source>Encrypting the database and its backups…</source>
            <translation>Đang mã hóa cơ sở dữ liệu và các bản sao lưu…</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Tiến độ</translation>
        </message>
        <message>
            <source>Encrypting the evidence files: {0} of {1}…</source>
            <translation>Đang mã hóa các tệp chứng cứ: {0} trên {1}…</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Remedied</source>
            <translation>Đã khắc phục</translation>
        </message>
        <message>
            <source>The influencer did what the decision on {0} ({1}) asked: the post was removed or corrected. For reminders and warnings this halves the remaining penalty.</source>
            <translation>Người có ảnh hưởng đã làm theo quyết định về {0} ({1}): bài đăng đã được gỡ hoặc sửa. Với nhắc nhở và cảnh cáo, điểm trừ còn lại giảm một nửa.</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Hoàn thành ngày</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>What was done, and where it can be checked</source>
            <translation>Đã làm gì, và kiểm chứng ở đâu</translation>
        </message>
        <message>
            <source>Withdraw the recorded correction (it was recorded by mistake)</source>
            <translation>Hủy ghi nhận cải chính (đã ghi nhầm)</translation>
        </message>
    </context>
    <context>
        <name>CreateCommitteeDialog</name>
        <message>
            <source>Create a committee</source>
            <translation>Lập ban</translation>
        </message>
        <message>
            <source>Committee name</source>
            <translation>Tên ban</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tên của bạn</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Thư mục dùng chung</translation>
        </message>
        <message>
            <source>Committee name:</source>
            <translation>Tên ban:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Tên của bạn:</translation>
        </message>
        <message>
            <source>Shared folder:</source>
            <translation>Thư mục dùng chung:</translation>
        </message>
        <message>
            <source>You become the committee's chair. Members join from their own computers by choosing the same shared folder; you approve them.</source>
            <translation>Bạn sẽ là Trưởng ban. Thành viên tham gia từ máy tính của họ bằng cách chọn cùng thư mục dùng chung; bạn phê duyệt họ.</translation>
        </message>
        <message>
            <source>Committee created</source>
            <translation>Đã lập ban</translation>
        </message>
        <message>
            <source>The committee is ready. Its root fingerprint is:

{0}

Read it to members when they join so they can check they chose the right folder.</source>
            <translation>Ban đã sẵn sàng. Dấu vân tay gốc của ban là:

{0}

Đọc cho thành viên khi họ tham gia để họ kiểm tra đã chọn đúng thư mục.</translation>
        </message>
    </context>
    <context>
        <name>DemoProgressDialog</name>
        <message>
            <source>Preparing the demo workspace</source>
            <translation>Đang chuẩn bị không gian làm việc mẫu</translation>
        </message>
        <message>
            <source>Simulating a committee's work: {0} cases…</source>
            <translation>Đang mô phỏng công việc của một ban: {0} hồ sơ…</translation>
        </message>
    </context>
    <context>
        <name>DetailWindows</name>
        <message>
            <source>&amp;Influencers</source>
            <translation>&amp;Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Influencer &amp;register…</source>
            <translation>&amp;Sổ tín nhiệm người có ảnh hưởng…</translation>
        </message>
        <message>
            <source>&amp;Suspension proposals…</source>
            <translation>Đề xuất &amp;tạm đình chỉ…</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Out of the committee's scope</source>
            <translation>Ngoài phạm vi của ban</translation>
        </message>
        <message>
            <source>No evidence of a violation</source>
            <translation>Không có chứng cứ vi phạm</translation>
        </message>
        <message>
            <source>Duplicate of another case</source>
            <translation>Trùng với hồ sơ khác</translation>
        </message>
        <message>
            <source>Not about an influencer</source>
            <translation>Không liên quan đến người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Informally resolved: the post was corrected or removed</source>
            <translation>Giải quyết không chính thức: bài đăng đã được sửa hoặc gỡ</translation>
        </message>
        <message>
            <source>The influencer complied after contact</source>
            <translation>Người có ảnh hưởng đã khắc phục sau khi được liên hệ</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Not done</source>
            <translation>Chưa thực hiện</translation>
        </message>
        <message>
            <source>Something went wrong; the details are in the log file. {0}</source>
            <translation>Đã xảy ra lỗi; chi tiết có trong tệp nhật ký. {0}</translation>
        </message>
    </context>
    <context>
        <name>EvidenceLoader</name>
        <message>
            <source>The image cannot be read: {0}</source>
            <translation>Không đọc được ảnh: {0}</translation>
        </message>
        <message>
            <source>This image says it is {0} × {1} pixels: showing it would need {2:,.0f} MB of memory, more than the safety limit of {3} MB. It may be a decompression bomb, so it was not opened. Save a copy to examine it with other tools.</source>
            <translation>Ảnh này khai báo kích thước {0} × {1} điểm ảnh: để hiển thị cần {2:,.0f} MB bộ nhớ, vượt giới hạn an toàn {3} MB. Đây có thể là “bom giải nén” nên ảnh không được mở. Hãy lưu một bản sao để kiểm tra bằng công cụ khác.</translation>
        </message>
        <message>
            <source>The image cannot be decoded: {0}</source>
            <translation>Không giải mã được ảnh: {0}</translation>
        </message>
        <message>
            <source>This PDF cannot be read ({0}).</source>
            <translation>Không đọc được tệp PDF này ({0}).</translation>
        </message>
        <message>
            <source>This file could not be opened because of an error in the application; the details are in the log file.</source>
            <translation>Không mở được tệp do lỗi của ứng dụng; chi tiết có trong tệp nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>EvidenceStrip</name>
        <message>
            <source>erased</source>
            <translation>đã xóa</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>chưa có tệp</translation>
        </message>
        <message>
            <source>damaged</source>
            <translation>bị hỏng</translation>
        </message>
        <message>
            <source>Evidence items</source>
            <translation>Các mục chứng cứ</translation>
        </message>
    </context>
    <context>
        <name>EvidenceViewer</name>
        <message>
            <source>Copying {0} file(s) into the evidence store…</source>
            <translation>Đang sao chép {0} tệp vào kho chứng cứ…</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Trước</translation>
        </message>
        <message>
            <source>Previous item (Alt+Left)</source>
            <translation>Mục trước (Alt+Trái)</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Sau ▶</translation>
        </message>
        <message>
            <source>Next item (Alt+Right)</source>
            <translation>Mục sau (Alt+Phải)</translation>
        </message>
        <message>
            <source>Evidence item</source>
            <translation>Mục chứng cứ</translation>
        </message>
        <message>
            <source>Blur sensitive content</source>
            <translation>Che nội dung nhạy cảm</translation>
        </message>
        <message>
            <source>Blur pictures until you click them</source>
            <translation>Làm mờ hình ảnh cho đến khi bấm vào</translation>
        </message>
        <message>
            <source>Attach evidence…</source>
            <translation>Đính kèm chứng cứ…</translation>
        </message>
        <message>
            <source>Export marked image…</source>
            <translation>Xuất ảnh kèm chú thích…</translation>
        </message>
        <message>
            <source>Save the picture (or the PDF page) with its marks drawn, as PNG</source>
            <translation>Lưu hình (hoặc trang PDF) kèm các chú thích, dạng PNG</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Lưu một bản sao…</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Cảnh báo</translation>
        </message>
        <message>
            <source>About this item</source>
            <translation>Thông tin mục này</translation>
        </message>
        <message>
            <source>Marks and text</source>
            <translation>Chú thích và văn bản</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Chú thích</translation>
        </message>
        <message>
            <source>Text found</source>
            <translation>Văn bản tìm thấy</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Evidence — case {0}</source>
            <translation>Chứng cứ — hồ sơ {0}</translation>
        </message>
        <message>
            <source>The application never opens or downloads links. Copy the address to open it yourself.</source>
            <translation>Ứng dụng không bao giờ mở hay tải đường dẫn. Hãy sao chép địa chỉ để tự mở.</translation>
        </message>
        <message>
            <source>Link kept as evidence</source>
            <translation>Đường dẫn được lưu làm chứng cứ</translation>
        </message>
        <message>
            <source>Checking the file against its fingerprint…</source>
            <translation>Đang đối chiếu tệp với dấu vân tay…</translation>
        </message>
        <message>
            <source>This file cannot be shown</source>
            <translation>Không hiển thị được tệp này</translation>
        </message>
        <message>
            <source>The file name says {0}, but its content is {1}: it is shown as {1}. The name may have been changed to hide what the file is.</source>
            <translation>Tên tệp cho biết {0}, nhưng nội dung là {1}: tệp được hiển thị dạng {1}. Có thể tên tệp đã bị đổi để che giấu loại tệp thật.</translation>
        </message>
        <message>
            <source>The application has no viewer for this kind of file. Save a copy to open it with another program.</source>
            <translation>Ứng dụng chưa có trình xem cho loại tệp này. Hãy lưu một bản sao để mở bằng chương trình khác.</translation>
        </message>
        <message>
            <source>The file “{0}” (SHA-256 {1}) was removed from every member under the committee's personal data rules (an erasure on request, or the retention rules); its record stays, without the file.</source>
            <translation>Tệp “{0}” (SHA-256 {1}) đã bị xóa trên máy của mọi thành viên theo quy định về dữ liệu cá nhân của Ban (xóa theo yêu cầu, hoặc theo quy tắc lưu giữ); thông tin về chứng cứ vẫn được giữ, nhưng không còn tệp.</translation>
        </message>
        <message>
            <source>This file was erased</source>
            <translation>Tệp này đã bị xóa</translation>
        </message>
        <message>
            <source>The file “{0}” (SHA-256 {1}) is damaged: its content no longer matches the fingerprint taken when it was attached. Do not rely on it; ask a member who holds an intact copy.</source>
            <translation>Tệp “{0}” (SHA-256 {1}) đã bị hỏng: nội dung không còn khớp với dấu vân tay lấy khi đính kèm. Đừng dựa vào tệp này; hãy nhờ một thành viên còn giữ bản nguyên vẹn.</translation>
        </message>
        <message>
            <source>The file “{0}” (SHA-256 {1}) is not in this computer's evidence store; it may arrive with the next sync.</source>
            <translation>Tệp “{0}” (SHA-256 {1}) chưa có trong kho chứng cứ của máy này; tệp có thể đến ở lần đồng bộ tới.</translation>
        </message>
        <message>
            <source>This file is damaged and is not shown</source>
            <translation>Tệp này bị hỏng và không được hiển thị</translation>
        </message>
        <message>
            <source>This file is not on this computer yet</source>
            <translation>Tệp này chưa có trên máy tính này</translation>
        </message>
        <message>
            <source>The failure was recorded in the case history.</source>
            <translation>Lỗi đã được ghi vào lịch sử hồ sơ.</translation>
        </message>
        <message>
            <source>No evidence yet</source>
            <translation>Chưa có chứng cứ</translation>
        </message>
        <message>
            <source>Drop files here or use “Attach evidence…” to add screenshots, recordings, documents or captured pages to this case.</source>
            <translation>Thả tệp vào đây hoặc dùng “Đính kèm chứng cứ…” để thêm ảnh chụp màn hình, bản ghi, tài liệu hoặc trang web đã lưu vào hồ sơ này.</translation>
        </message>
        <message>
            <source>link</source>
            <translation>đường dẫn</translation>
        </message>
        <message>
            <source>Added by</source>
            <translation>Người thêm</translation>
        </message>
        <message>
            <source>Added on</source>
            <translation>Ngày thêm</translation>
        </message>
        <message>
            <source>Captured</source>
            <translation>Thời điểm lưu</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>The previous mark was saved with its label</source>
            <translation>Chú thích trước đã được lưu cùng nhãn của nó</translation>
        </message>
        <message>
            <source>New {0}: give it a label and save it</source>
            <translation>{0} mới: đặt nhãn rồi lưu</translation>
        </message>
        <message>
            <source>Mark saved</source>
            <translation>Đã lưu chú thích</translation>
        </message>
        <message>
            <source>Mark updated</source>
            <translation>Đã cập nhật chú thích</translation>
        </message>
        <message>
            <source>Delete mark</source>
            <translation>Xóa chú thích</translation>
        </message>
        <message>
            <source>Delete this mark? It stays in the case history.</source>
            <translation>Xóa chú thích này? Chú thích vẫn còn trong lịch sử hồ sơ.</translation>
        </message>
        <message>
            <source>Mark deleted</source>
            <translation>Đã xóa chú thích</translation>
        </message>
        <message>
            <source>Export marked image</source>
            <translation>Xuất ảnh kèm chú thích</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>Ảnh PNG (*.png)</translation>
        </message>
        <message>
            <source>Could not write {0}</source>
            <translation>Không ghi được {0}</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Đã lưu {0}</translation>
        </message>
        <message>
            <source>Files like the original (*{0})</source>
            <translation>Tệp cùng loại với bản gốc (*{0})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Lưu một bản sao</translation>
        </message>
        <message>
            <source>“{0}” is not opened with another program: its content is {1}, not one of the recording types the application hands to a player (MP4, WebM, QuickTime, Matroska, M4A, MP3, Ogg, WAV). Another program might run it instead of playing it. Use “Save a copy…” if you need the file.</source>
            <translation>“{0}” không được mở bằng chương trình khác: nội dung của tệp là {1}, không thuộc các loại bản ghi âm thanh, video mà ứng dụng giao cho trình phát (MP4, WebM, QuickTime, Matroska, M4A, MP3, Ogg, WAV). Một chương trình khác có thể chạy tệp thay vì phát nó. Hãy dùng “Lưu một bản sao…” nếu bạn cần tệp này.</translation>
        </message>
        <message>
            <source>Open with the system player</source>
            <translation>Mở bằng trình phát của hệ thống</translation>
        </message>
        <message>
            <source>A copy of “{0}” will be written to a temporary folder as {1} and opened by the program this computer uses for that type. That program is outside this application's protection: it may, for example, connect to the internet. Open it?</source>
            <translation>Một bản sao của “{0}” sẽ được ghi vào thư mục tạm với tên {1} và mở bằng chương trình mà máy tính này dùng cho loại tệp đó. Chương trình đó nằm ngoài sự bảo vệ của ứng dụng này: ví dụ, nó có thể kết nối Internet. Vẫn mở?</translation>
        </message>
        <message>
            <source>Opened {0} with the system player</source>
            <translation>Đã mở {0} bằng trình phát của hệ thống</translation>
        </message>
        <message>
            <source>Address copied</source>
            <translation>Đã sao chép địa chỉ</translation>
        </message>
        <message>
            <source>Attached {0} file(s)</source>
            <translation>Đã đính kèm {0} tệp</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Chứng cứ</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Loại vi phạm</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Opened from</source>
            <translation>Mở từ ngày</translation>
        </message>
        <message>
            <source>Opened until</source>
            <translation>Mở đến ngày</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Xóa lọc</translation>
        </message>
        <message>
            <source>Clear the filter bar</source>
            <translation>Xóa các điều kiện lọc</translation>
        </message>
        <message>
            <source>Save filter…</source>
            <translation>Lưu bộ lọc…</translation>
        </message>
        <message>
            <source>Keep this view, filters, search and sort under a name</source>
            <translation>Lưu danh mục, bộ lọc, từ khóa và cách sắp xếp này dưới một tên</translation>
        </message>
        <message>
            <source>Opened:</source>
            <translation>Ngày mở:</translation>
        </message>
        <message>
            <source>any</source>
            <translation>bất kỳ</translation>
        </message>
        <message>
            <source>{0} (choose the earliest date to clear)</source>
            <translation>{0} (chọn ngày sớm nhất để bỏ)</translation>
        </message>
        <message>
            <source>Assignee: anyone</source>
            <translation>Người phụ trách: bất kỳ</translation>
        </message>
        <message>
            <source>Assignee: me</source>
            <translation>Người phụ trách: tôi</translation>
        </message>
        <message>
            <source>Assignee: nobody</source>
            <translation>Người phụ trách: chưa có</translation>
        </message>
    </context>
    <context>
        <name>HistoryView</name>
        <message>
            <source>Show events of kind</source>
            <translation>Hiện sự kiện loại</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <source>Synced</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <source>This device</source>
            <translation>Máy này</translation>
        </message>
        <message>
            <source>Imported from another member's device</source>
            <translation>Nhận từ máy của thành viên khác</translation>
        </message>
        <message>
            <source>Written on this computer</source>
            <translation>Ghi trên máy tính này</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Hiện:</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Tất cả các loại</translation>
        </message>
        <message numerus="yes">
            <source>%n event(s)</source>
            <translation>
                <numerusform>%n sự kiện</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HtmlPane</name>
        <message>
            <source>Captured web page</source>
            <translation>Trang web đã lưu</translation>
        </message>
        <message>
            <source>Safety notice</source>
            <translation>Lưu ý an toàn</translation>
        </message>
        <message>
            <source>Page title: {0}</source>
            <translation>Tiêu đề trang: {0}</translation>
        </message>
        <message>
            <source>Shown as a safe capture: scripts do not run, and {0} outside resource(s) (images, trackers, style sheets) were blocked.</source>
            <translation>Hiển thị dạng bản lưu an toàn: mã kịch bản không chạy, và {0} tài nguyên bên ngoài (ảnh, mã theo dõi, bảng định dạng) đã bị chặn.</translation>
        </message>
        <message>
            <source>Shown as a safe capture: scripts do not run and nothing is loaded from outside.</source>
            <translation>Hiển thị dạng bản lưu an toàn: mã kịch bản không chạy và không tải gì từ bên ngoài.</translation>
        </message>
        <message>
            <source>Link (not opened): {0}</source>
            <translation>Đường dẫn (không mở): {0}</translation>
        </message>
    </context>
    <context>
        <name>ImagePane</name>
        <message>
            <source>Image</source>
            <translation>Hình ảnh</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Vừa khung</translation>
        </message>
        <message>
            <source>Fit the image in the window</source>
            <translation>Thu ảnh vừa cửa sổ</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <source>Actual size: one image pixel per screen pixel</source>
            <translation>Kích thước thật: mỗi điểm ảnh ứng với một điểm màn hình</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <source>Zoom level</source>
            <translation>Mức thu phóng</translation>
        </message>
        <message>
            <source>Rotate left</source>
            <translation>Xoay trái</translation>
        </message>
        <message>
            <source>Rotate right</source>
            <translation>Xoay phải</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Di chuyển</translation>
        </message>
        <message>
            <source>Drag to move around; click a mark to select it</source>
            <translation>Kéo để di chuyển; bấm vào một chú thích để chọn</translation>
        </message>
        <message>
            <source>Rectangle</source>
            <translation>Khung chữ nhật</translation>
        </message>
        <message>
            <source>Drag to frame a region</source>
            <translation>Kéo để khoanh một vùng</translation>
        </message>
        <message>
            <source>Arrow</source>
            <translation>Mũi tên</translation>
        </message>
        <message>
            <source>Drag from the arrow's tail to its head</source>
            <translation>Kéo từ đuôi đến đầu mũi tên</translation>
        </message>
        <message>
            <source>Highlighter</source>
            <translation>Bút dạ quang</translation>
        </message>
        <message>
            <source>Drag to highlight a region</source>
            <translation>Kéo để tô sáng một vùng</translation>
        </message>
        <message>
            <source>{0} × {1} pixels</source>
            <translation>{0} × {1} điểm ảnh</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import reports</source>
            <translation>Nhập phản ánh</translation>
        </message>
        <message>
            <source>No file chosen.</source>
            <translation>Chưa chọn tệp.</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Chọn tệp…</translation>
        </message>
        <message>
            <source>Columns (guessed from the header; change any that is wrong)</source>
            <translation>Các cột (đoán theo dòng tiêu đề; sửa cột nào chưa đúng)</translation>
        </message>
        <message>
            <source>Rows of the file and what happens to each</source>
            <translation>Các dòng của tệp và kết quả từng dòng</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Tiến độ</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Lưu các dòng bị từ chối…</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv);;All files (*)</source>
            <translation>Bảng tính (*.xlsx *.csv);;Tệp Excel (*.xlsx);;Tệp CSV (*.csv);;Tất cả tệp (*)</translation>
        </message>
        <message>
            <source>Reading {0}…</source>
            <translation>Đang đọc {0}…</translation>
        </message>
        <message>
            <source>{0}: header on row {1}, {2} data rows. Nothing is written until you press Import.</source>
            <translation>{0}: dòng tiêu đề ở dòng {1}, {2} dòng dữ liệu. Chưa ghi gì cho đến khi bạn bấm Nhập.</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(không có trong tệp)</translation>
        </message>
        <message>
            <source>Choose the column for: {0}</source>
            <translation>Chọn cột cho: {0}</translation>
        </message>
        <message>
            <source>The file has no data rows.</source>
            <translation>Tệp không có dòng dữ liệu nào.</translation>
        </message>
        <message>
            <source>{0} rows: {1} new cases, {2} added to open cases, {3} duplicates (already stored, skipped), {4} rejected.</source>
            <translation>{0} dòng: {1} hồ sơ mới, {2} thêm vào hồ sơ đang mở, {3} trùng (đã có, bỏ qua), {4} bị từ chối.</translation>
        </message>
        <message>
            <source>Imported. {0} rows: {1} new cases, {2} added to open cases, {3} duplicates skipped, {4} rejected.</source>
            <translation>Đã nhập. {0} dòng: {1} hồ sơ mới, {2} thêm vào hồ sơ đang mở, bỏ qua {3} dòng trùng, {4} bị từ chối.</translation>
        </message>
        <message numerus="yes">
            <source>Sharing a phone number, account or link with open cases: %n row(s) (see the last column).</source>
            <translation>
                <numerusform>Có chung số điện thoại, tài khoản hoặc đường dẫn với hồ sơ đang mở: %n dòng (xem cột cuối).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Import %n report(s)</source>
            <translation>
                <numerusform>Nhập %n phản ánh</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Lưu các dòng bị từ chối</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
            <translation>Tệp CSV (*.csv);;Tệp Excel (*.xlsx)</translation>
        </message>
        <message numerus="yes">
            <source>%n rejected row(s) saved.</source>
            <translation>
                <numerusform>Đã lưu %n dòng bị từ chối.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Something went wrong; nothing was imported. The details are in the log.</source>
            <translation>Đã xảy ra lỗi; chưa nhập gì. Chi tiết có trong nhật ký.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorsWindow</name>
        <message>
            <source>Indicators</source>
            <translation>Chỉ dấu</translation>
        </message>
        <message>
            <source>Search a number, an account, a link…</source>
            <translation>Tìm số điện thoại, số tài khoản, đường dẫn…</translation>
        </message>
        <message>
            <source>Search indicators</source>
            <translation>Tìm chỉ dấu</translation>
        </message>
        <message>
            <source>Kind of indicator</source>
            <translation>Loại chỉ dấu</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>Mọi loại</translation>
        </message>
        <message>
            <source>Seen in at least this many cases</source>
            <translation>Có trong ít nhất ngần này hồ sơ</translation>
        </message>
        <message>
            <source>Show those marked not relevant</source>
            <translation>Hiện cả chỉ dấu đã đánh dấu không liên quan</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Chỉ dấu</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Influencers</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Cases with this indicator</source>
            <translation>Các hồ sơ có chỉ dấu này</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>Mở hồ sơ</translation>
        </message>
        <message>
            <source>Mark not relevant…</source>
            <translation>Đánh dấu không liên quan…</translation>
        </message>
        <message>
            <source>Network…</source>
            <translation>Mạng liên kết…</translation>
        </message>
        <message>
            <source>The influencers and cases this indicator links, and what else links them</source>
            <translation>Những người có ảnh hưởng và hồ sơ mà chỉ dấu này liên kết, cùng những gì khác nối chúng với nhau</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Xuất…</translation>
        </message>
        <message>
            <source>Write the relevant indicators of this kind, seen in at least this many cases, to JSON, CSV or STIX 2.1</source>
            <translation>Ghi các chỉ dấu liên quan thuộc loại này, có trong ít nhất ngần này hồ sơ, ra tệp JSON, CSV hoặc STIX 2.1</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Loại:</translation>
        </message>
        <message>
            <source>Seen in at least</source>
            <translation>Có trong ít nhất</translation>
        </message>
        <message>
            <source>cases</source>
            <translation>hồ sơ</translation>
        </message>
        <message>
            <source>relevant</source>
            <translation>liên quan</translation>
        </message>
        <message>
            <source>not relevant: {0}</source>
            <translation>không liên quan: {0}</translation>
        </message>
        <message>
            <source>not relevant</source>
            <translation>không liên quan</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Đang đọc…</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s)</source>
            <translation>
                <numerusform>%n chỉ dấu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The %n most shared indicator(s); search or filter to find others</source>
            <translation>
                <numerusform>%n chỉ dấu có trong nhiều hồ sơ nhất; hãy tìm hoặc lọc để thấy các chỉ dấu khác</numerusform>
            </translation>
        </message>
        <message>
            <source>No indicator matches these filters. Fewer cases, another kind or a shorter search may find one.</source>
            <translation>Không có chỉ dấu nào khớp với bộ lọc này. Hãy thử giảm số hồ sơ, chọn loại khác hoặc rút ngắn từ tìm kiếm.</translation>
        </message>
        <message>
            <source>No indicators yet. Phone numbers, bank accounts, links, social accounts, e-mails, wallets and similar images are drawn from reports and evidence in the background; those seen in several cases are listed here.</source>
            <translation>Chưa có chỉ dấu nào. Số điện thoại, tài khoản ngân hàng, đường dẫn, tài khoản mạng xã hội, thư điện tử, ví tiền mã hóa và ảnh tương tự được trích xuất từ phản ánh và chứng cứ ở chế độ nền; những chỉ dấu có trong từ hai hồ sơ trở lên sẽ hiện ở đây.</translation>
        </message>
        <message numerus="yes">
            <source>%n report(s) or evidence item(s) still to read.</source>
            <translation>
                <numerusform>Còn %n phản ánh hoặc chứng cứ chưa được đọc.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark relevant</source>
            <translation>Đánh dấu liên quan</translation>
        </message>
        <message>
            <source>Only the chair, the secretary and reviewers mark indicators</source>
            <translation>Chỉ Trưởng ban, Thư ký và thẩm định viên được đánh dấu chỉ dấu</translation>
        </message>
        <message numerus="yes">
            <source>{0} ({1}) is seen in %n case(s):</source>
            <translation>
                <numerusform>{0} ({1}) có trong %n hồ sơ:</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark not relevant</source>
            <translation>Đánh dấu không liên quan</translation>
        </message>
        <message>
            <source>Why does {0} not link cases? It stops linking them for every member, and can be marked relevant again.</source>
            <translation>Vì sao {0} không phải là mối liên kết giữa các hồ sơ? Chỉ dấu này sẽ thôi liên kết các hồ sơ đối với mọi thành viên, và có thể được đánh dấu liên quan trở lại.</translation>
        </message>
        <message>
            <source>Mark {0} relevant again? It links the cases it is seen in again for every member.</source>
            <translation>Đánh dấu {0} là liên quan trở lại? Chỉ dấu này sẽ lại liên kết các hồ sơ có nó đối với mọi thành viên.</translation>
        </message>
        <message>
            <source>A hotline of a bank, a platform or a public service</source>
            <translation>Tổng đài của ngân hàng, nền tảng hoặc dịch vụ công</translation>
        </message>
        <message>
            <source>The committee's own contact</source>
            <translation>Thông tin liên hệ của chính Ban</translation>
        </message>
        <message>
            <source>A marketplace or platform everyone uses</source>
            <translation>Sàn thương mại hoặc nền tảng mà ai cũng dùng</translation>
        </message>
        <message>
            <source>Read wrongly from the text</source>
            <translation>Đọc sai từ văn bản</translation>
        </message>
        <message>
            <source>Export indicators</source>
            <translation>Xuất chỉ dấu</translation>
        </message>
        <message numerus="yes">
            <source>%n indicator(s) written to {0}</source>
            <translation>
                <numerusform>Đã ghi %n chỉ dấu vào {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfluencerRegister</name>
        <message>
            <source>Influencer register</source>
            <translation>Sổ tín nhiệm người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Search by name or handle (no need for diacritics)</source>
            <translation>Tìm theo tên hoặc tài khoản (không cần dấu)</translation>
        </message>
        <message>
            <source>Search influencers</source>
            <translation>Tìm người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <source>All bands</source>
            <translation>Mọi xếp loại</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Penalties</source>
            <translation>Điểm trừ</translation>
        </message>
        <message>
            <source>Decisions whose penalty still counts: {0}</source>
            <translation>Số quyết định còn tính điểm trừ: {0}</translation>
        </message>
        <message>
            <source>Proposal</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>suspension</source>
            <translation>tạm đình chỉ</translation>
        </message>
        <message>
            <source>Suspension proposed by the trigger</source>
            <translation>Đề xuất tạm đình chỉ theo ngưỡng tự động</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Công ty quản lý</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Thành viên từ</translation>
        </message>
        <message>
            <source>Influencers</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Mở thông tin người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Band:</source>
            <translation>Xếp loại:</translation>
        </message>
        <message>
            <source>Computing scores…</source>
            <translation>Đang tính điểm…</translation>
        </message>
        <message numerus="yes">
            <source>%n influencer(s) · scores as of {0}</source>
            <translation>
                <numerusform>%n người có ảnh hưởng · điểm tính đến {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n suspension proposal(s)…</source>
            <translation>
                <numerusform>%n đề xuất tạm đình chỉ…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InfoPane</name>
        <message>
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Lưu một bản sao…</translation>
        </message>
        <message>
            <source>Copy address</source>
            <translation>Sao chép địa chỉ</translation>
        </message>
    </context>
    <context>
        <name>JoinCommitteeDialog</name>
        <message>
            <source>Join a committee</source>
            <translation>Tham gia ban</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Thư mục dùng chung</translation>
        </message>
        <message>
            <source>Committee and root fingerprint</source>
            <translation>Ban và dấu vân tay gốc</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tên của bạn</translation>
        </message>
        <message>
            <source>Shared folder:</source>
            <translation>Thư mục dùng chung:</translation>
        </message>
        <message>
            <source>Committee:</source>
            <translation>Ban:</translation>
        </message>
        <message>
            <source>Your name:</source>
            <translation>Tên của bạn:</translation>
        </message>
        <message>
            <source>Compare the fingerprint with the one the chair reads to you by phone. The chair then approves your request; the next sync brings you the committee's work.</source>
            <translation>Đối chiếu dấu vân tay với dãy Trưởng ban đọc cho bạn qua điện thoại. Sau đó Trưởng ban phê duyệt đề nghị của bạn; lần đồng bộ kế tiếp sẽ mang công việc của ban về máy bạn.</translation>
        </message>
        <message>
            <source>This workspace already holds work of its own, so it cannot join a committee. Choose a new folder for a fresh workspace for the committee; it opens in a new window.</source>
            <translation>Không gian làm việc này đã có công việc riêng nên không thể tham gia ban. Hãy chọn một thư mục mới để tạo không gian làm việc mới cho ban; không gian làm việc đó sẽ mở trong cửa sổ mới.</translation>
        </message>
        <message>
            <source>Folder for the fresh workspace</source>
            <translation>Thư mục cho không gian làm việc mới</translation>
        </message>
        <message>
            <source>Fresh workspace:</source>
            <translation>Không gian làm việc mới:</translation>
        </message>
        <message>
            <source>{0}
Root fingerprint: {1}</source>
            <translation>{0}
Dấu vân tay gốc: {1}</translation>
        </message>
        <message>
            <source>Choose a folder for the fresh workspace.</source>
            <translation>Hãy chọn thư mục cho không gian làm việc mới.</translation>
        </message>
        <message>
            <source>Join request sent</source>
            <translation>Đã gửi đề nghị tham gia</translation>
        </message>
        <message>
            <source>Your request to join {0} was written from device {1}.
Root fingerprint: {2}
Your key fingerprint (read it to the chair): {3}

Once the chair approves it, the next sync brings you the committee's work.</source>
            <translation>Đề nghị tham gia {0} đã được ghi từ thiết bị {1}.
Dấu vân tay gốc: {2}
Dấu vân tay khóa của bạn (đọc cho Trưởng ban): {3}

Khi Trưởng ban phê duyệt, lần đồng bộ kế tiếp sẽ mang công việc của ban về máy bạn.</translation>
        </message>
    </context>
    <context>
        <name>JoinRequestsDialog</name>
        <message>
            <source>Join requests</source>
            <translation>Đề nghị tham gia</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Device</source>
            <translation>Thiết bị</translation>
        </message>
        <message>
            <source>Key fingerprint</source>
            <translation>Dấu vân tay khóa</translation>
        </message>
        <message>
            <source>Pending join requests</source>
            <translation>Đề nghị tham gia đang chờ</translation>
        </message>
        <message>
            <source>Role for the new member</source>
            <translation>Vai trò của thành viên mới</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Phê duyệt</translation>
        </message>
        <message>
            <source>Approve the selected request</source>
            <translation>Phê duyệt đề nghị đã chọn</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Vai trò:</translation>
        </message>
        <message>
            <source>Before approving, compare the key fingerprint with the one the person reads to you from their screen.</source>
            <translation>Trước khi phê duyệt, hãy đối chiếu dấu vân tay khóa với dãy người đó đọc cho bạn từ màn hình của họ.</translation>
        </message>
        <message>
            <source>No join requests are waiting.</source>
            <translation>Không có đề nghị tham gia nào đang chờ.</translation>
        </message>
        <message>
            <source>{0} was approved as {1}; the next sync round tells the committee.</source>
            <translation>{0} đã được phê duyệt với vai trò {1}; lần đồng bộ kế tiếp sẽ thông báo cho cả ban.</translation>
        </message>
    </context>
    <context>
        <name>LetterDialog</name>
        <message>
            <source>Write a letter — case {0}</source>
            <translation>Soạn văn bản — hồ sơ {0}</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <source>Language of the letter</source>
            <translation>Ngôn ngữ văn bản</translation>
        </message>
        <message>
            <source>&amp;Letter</source>
            <translation>&amp;Văn bản</translation>
        </message>
        <message>
            <source>L&amp;anguage</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>Placeholders of the letter</source>
            <translation>Các trường của văn bản</translation>
        </message>
        <message>
            <source>Remember the committee's name for this workspace</source>
            <translation>Ghi nhớ tên ban cho không gian làm việc này</translation>
        </message>
        <message>
            <source>Remember the committee's name</source>
            <translation>Ghi nhớ tên ban</translation>
        </message>
        <message>
            <source>Fields marked * are required. Values come from the case; change any of them for this letter.</source>
            <translation>Trường có dấu * là bắt buộc. Giá trị lấy từ hồ sơ; có thể sửa riêng cho văn bản này.</translation>
        </message>
        <message>
            <source>Missing values</source>
            <translation>Giá trị còn thiếu</translation>
        </message>
        <message>
            <source>Check before sending</source>
            <translation>Cần kiểm tra trước khi gửi</translation>
        </message>
        <message>
            <source>Preview of the letter</source>
            <translation>Xem trước văn bản</translation>
        </message>
        <message>
            <source>Save PDF and attach to the case…</source>
            <translation>Lưu PDF và đính kèm vào hồ sơ…</translation>
        </message>
        <message>
            <source>Then record the takedown request sent with it</source>
            <translation>Sau đó ghi đề nghị gỡ nội dung đã gửi kèm văn bản này</translation>
        </message>
        <message>
            <source>After saving, note when and how the letter went to the platform: its answer and deadline are then followed</source>
            <translation>Sau khi lưu, ghi thời điểm và cách gửi văn bản tới nền tảng: hạn gỡ nội dung và kết quả xử lý của nền tảng khi đó được theo dõi</translation>
        </message>
        <message>
            <source>Template: built in</source>
            <translation>Mẫu: có sẵn</translation>
        </message>
        <message>
            <source>Template: {0}</source>
            <translation>Mẫu: {0}</translation>
        </message>
        <message>
            <source>Required: no value yet</source>
            <translation>Bắt buộc: chưa có giá trị</translation>
        </message>
        <message>
            <source>Check before sending:</source>
            <translation>Cần kiểm tra trước khi gửi:</translation>
        </message>
        <message>
            <source>The letter cannot be produced yet. Missing:</source>
            <translation>Chưa thể tạo văn bản. Còn thiếu:</translation>
        </message>
        <message>
            <source>Every required value is filled in.</source>
            <translation>Đã điền đủ các giá trị bắt buộc.</translation>
        </message>
        <message>
            <source>Fill in the fields marked in red first.</source>
            <translation>Hãy điền các trường tô đỏ trước.</translation>
        </message>
        <message>
            <source>Save the letter</source>
            <translation>Lưu văn bản</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The letter was saved as {0} and attached to case {1}.</source>
            <translation>Văn bản đã được lưu thành {0} và đính kèm vào hồ sơ {1}.</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Write a letter</source>
            <translation>Soạn văn bản</translation>
        </message>
        <message>
            <source>Select a case first.</source>
            <translation>Hãy chọn một hồ sơ trước.</translation>
        </message>
        <message>
            <source>Write a &amp;letter…</source>
            <translation>Soạn &amp;văn bản…</translation>
        </message>
        <message>
            <source>A notice of complaint, a decision letter or a takedown request, saved as a PDF and attached to the case</source>
            <translation>Thông báo phản ánh, thông báo quyết định hoặc đề nghị gỡ nội dung, lưu dạng PDF và đính kèm vào hồ sơ</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Digital Trust Moderator</source>
            <translation>Tự giám sát Niềm tin số</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Tìm kiếm</translation>
        </message>
        <message>
            <source>Case queue</source>
            <translation>Hàng đợi hồ sơ</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>T&amp;hoát</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Làm mới</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Tìm</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About</source>
            <translation>&amp;Giới thiệu</translation>
        </message>
        <message>
            <source>Views and saved filters</source>
            <translation>Danh mục và bộ lọc đã lưu</translation>
        </message>
        <message>
            <source>Search cases: influencer, words, URL, reference… (/ to focus)</source>
            <translation>Tìm hồ sơ: người có ảnh hưởng, từ khóa, đường dẫn, số hồ sơ… (phím / để tìm)</translation>
        </message>
        <message>
            <source>Member: {0} ({1}) · Workspace: {2}</source>
            <translation>Thành viên: {0} ({1}) · Không gian làm việc: {2}</translation>
        </message>
        <message>
            <source>&amp;New report…</source>
            <translation>Phản ánh &amp;mới…</translation>
        </message>
        <message>
            <source>File a report received by phone, email or in person</source>
            <translation>Ghi nhận phản ánh qua điện thoại, email hoặc trực tiếp</translation>
        </message>
        <message>
            <source>&amp;Import reports…</source>
            <translation>&amp;Nhập phản ánh…</translation>
        </message>
        <message>
            <source>Import reports from a hotline's Excel or CSV file</source>
            <translation>Nhập phản ánh từ tệp Excel hoặc CSV của đường dây nóng</translation>
        </message>
        <message>
            <source>&amp;Export these cases to Excel…</source>
            <translation>&amp;Xuất các hồ sơ này ra Excel…</translation>
        </message>
        <message>
            <source>Write the cases of this view, with its search and filters, to a workbook</source>
            <translation>Ghi các hồ sơ của danh sách này, theo từ khóa tìm và bộ lọc đang dùng, ra một tệp Excel</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <source>&amp;Undo last triage action</source>
            <translation>&amp;Hoàn tác thao tác gần nhất</translation>
        </message>
        <message>
            <source>Command &amp;palette…</source>
            <translation>&amp;Bảng lệnh…</translation>
        </message>
        <message>
            <source>Next case</source>
            <translation>Hồ sơ sau</translation>
        </message>
        <message>
            <source>Previous case</source>
            <translation>Hồ sơ trước</translation>
        </message>
        <message>
            <source>&amp;Save filter…</source>
            <translation>&amp;Lưu bộ lọc…</translation>
        </message>
        <message>
            <source>&amp;Clear filters</source>
            <translation>&amp;Xóa bộ lọc</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Mở hồ sơ</translation>
        </message>
        <message>
            <source>&amp;Assign to me</source>
            <translation>&amp;Nhận xử lý</translation>
        </message>
        <message>
            <source>Assign &amp;to…</source>
            <translation>&amp;Giao cho…</translation>
        </message>
        <message>
            <source>Priority {0}: {1}</source>
            <translation>Ưu tiên {0}: {1}</translation>
        </message>
        <message>
            <source>&amp;Priority</source>
            <translation>Mức ư&amp;u tiên</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Toggle &amp;urgent</source>
            <translation>Bật/tắt &amp;khẩn cấp</translation>
        </message>
        <message>
            <source>&amp;Move to</source>
            <translation>&amp;Chuyển sang</translation>
        </message>
        <message>
            <source>&amp;Move to…</source>
            <translation>&amp;Chuyển sang…</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Chuyển sang</translation>
        </message>
        <message>
            <source>Add &amp;note…</source>
            <translation>Thêm &amp;ghi chú…</translation>
        </message>
        <message>
            <source>&amp;Merge duplicates…</source>
            <translation>&amp;Gộp hồ sơ trùng…</translation>
        </message>
        <message>
            <source>&amp;Reject…</source>
            <translation>&amp;Không thụ lý…</translation>
        </message>
        <message>
            <source>Submit &amp;&amp; next: select the next case after an action</source>
            <translation>Xong &amp;&amp; tiếp: chọn hồ sơ kế tiếp sau mỗi thao tác</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Phím tắt</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Hướng dẫn sử dụng</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <source>&amp;Go to view</source>
            <translation>&amp;Đến danh mục</translation>
        </message>
        <message>
            <source>&amp;Case</source>
            <translation>&amp;Hồ sơ</translation>
        </message>
        <message>
            <source>In&amp;dicators…</source>
            <translation>&amp;Chỉ dấu…</translation>
        </message>
        <message>
            <source>Phone numbers, bank accounts, links and images seen across cases</source>
            <translation>Số điện thoại, tài khoản ngân hàng, đường dẫn và hình ảnh xuất hiện ở nhiều hồ sơ</translation>
        </message>
        <message>
            <source>Ta&amp;kedown requests…</source>
            <translation>Đề nghị gỡ nội &amp;dung…</translation>
        </message>
        <message>
            <source>Every takedown request sent to platforms: answers, deadlines, re-checks</source>
            <translation>Mọi đề nghị gỡ nội dung đã gửi các nền tảng: kết quả xử lý, hạn gỡ nội dung, các lần kiểm tra lại</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Thanh công cụ chính</translation>
        </message>
        <message>
            <source>Assign to me [A]</source>
            <translation>Nhận xử lý [A]</translation>
        </message>
        <message>
            <source>Assign… [Shift+A]</source>
            <translation>Giao cho… [Shift+A]</translation>
        </message>
        <message>
            <source>Priority [1–4]</source>
            <translation>Ưu tiên [1–4]</translation>
        </message>
        <message>
            <source>Urgent [U]</source>
            <translation>Khẩn cấp [U]</translation>
        </message>
        <message>
            <source>Move to [S]</source>
            <translation>Chuyển sang [S]</translation>
        </message>
        <message>
            <source>Note [N]</source>
            <translation>Ghi chú [N]</translation>
        </message>
        <message>
            <source>Merge [M]</source>
            <translation>Gộp [M]</translation>
        </message>
        <message>
            <source>Reject [R]</source>
            <translation>Không thụ lý [R]</translation>
        </message>
        <message>
            <source>Open [Enter]</source>
            <translation>Mở [Enter]</translation>
        </message>
        <message>
            <source>The new language applies when the application starts again.</source>
            <translation>Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng.</translation>
        </message>
        <message>
            <source>Saved filters</source>
            <translation>Bộ lọc đã lưu</translation>
        </message>
        <message>
            <source>(none yet: Save filter…)</source>
            <translation>(chưa có: Lưu bộ lọc…)</translation>
        </message>
        <message>
            <source>Saved filter: {0}</source>
            <translation>Bộ lọc đã lưu: {0}</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Đổi tên…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Rename saved filter</source>
            <translation>Đổi tên bộ lọc đã lưu</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>Tên mới:</translation>
        </message>
        <message>
            <source>Save filter</source>
            <translation>Lưu bộ lọc</translation>
        </message>
        <message>
            <source>Name for this view, its filters, search and sort:</source>
            <translation>Tên cho danh mục này cùng bộ lọc, từ khóa và cách sắp xếp:</translation>
        </message>
        <message>
            <source>Replace the saved filter “{0}”?</source>
            <translation>Thay bộ lọc đã lưu “{0}”?</translation>
        </message>
        <message>
            <source>Saved the filter “{0}”.</source>
            <translation>Đã lưu bộ lọc “{0}”.</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Đang tìm…</translation>
        </message>
        <message>
            <source> and {0} more</source>
            <translation> và {0} hồ sơ khác</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>Đã chọn %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n hồ sơ</numerusform>
            </translation>
        </message>
        <message>
            <source>Search all cases</source>
            <translation>Tìm trong tất cả hồ sơ</translation>
        </message>
        <message>
            <source>Clear the search and filters</source>
            <translation>Xóa từ khóa tìm và bộ lọc</translation>
        </message>
        <message>
            <source>No case in “{0}” matches “{1}”.</source>
            <translation>Không có hồ sơ nào trong “{0}” khớp với “{1}”.</translation>
        </message>
        <message>
            <source>No case in “{0}” matches the filters.</source>
            <translation>Không có hồ sơ nào trong “{0}” khớp với bộ lọc.</translation>
        </message>
        <message>
            <source>There is no case in “{0}” now.</source>
            <translation>Hiện không có hồ sơ nào trong “{0}”.</translation>
        </message>
        <message>
            <source>Extracting indicators: {0} of {1}</source>
            <translation>Đang trích xuất chỉ dấu: {0}/{1}</translation>
        </message>
        <message>
            <source>This report is already in case {0}.</source>
            <translation>Phản ánh này đã có trong hồ sơ {0}.</translation>
        </message>
        <message>
            <source>The report was added to the open case {0}.</source>
            <translation>Phản ánh đã được thêm vào hồ sơ đang mở {0}.</translation>
        </message>
        <message>
            <source>Opened case {0}.</source>
            <translation>Đã mở hồ sơ {0}.</translation>
        </message>
        <message>
            <source>Export these cases to Excel</source>
            <translation>Xuất các hồ sơ này ra Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Đang ghi {0}…</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n case(s) to {0}</source>
            <translation>
                <numerusform>Đã ghi %n hồ sơ vào {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved filter</source>
            <translation>Bộ lọc đã lưu</translation>
        </message>
        <message>
            <source>Open case {0}</source>
            <translation>Mở hồ sơ {0}</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>No move allowed for this selection</source>
            <translation>Không có bước chuyển nào hợp lệ cho các hồ sơ đã chọn</translation>
        </message>
        <message>
            <source>About Digital Trust Moderator</source>
            <translation>Giới thiệu Tự giám sát Niềm tin số</translation>
        </message>
        <message>
            <source>Digital Trust Moderator {0}
The desk of the Niềm tin số alliance's self-monitoring committee.</source>
            <translation>Tự giám sát Niềm tin số {0}
Bàn làm việc của Ban tự giám sát thuộc Liên minh Niềm tin số.</translation>
        </message>
    </context>
    <context>
        <name>MarksPanel</name>
        <message>
            <source>Marks</source>
            <translation>Chú thích</translation>
        </message>
        <message>
            <source>Marks on this item</source>
            <translation>Các chú thích trên mục này</translation>
        </message>
        <message>
            <source>No marks yet. Choose a tool above the picture and drag, select text and press “Mark selection”, or mark a moment of a recording.</source>
            <translation>Chưa có chú thích. Chọn một công cụ phía trên hình rồi kéo, chọn đoạn văn bản rồi bấm “Chú thích đoạn chọn”, hoặc chú thích một thời điểm của bản ghi.</translation>
        </message>
        <message>
            <source>Short label, e.g. “No #ad label”</source>
            <translation>Nhãn ngắn, ví dụ “Không gắn nhãn #quangcao”</translation>
        </message>
        <message>
            <source>Mark label</source>
            <translation>Nhãn chú thích</translation>
        </message>
        <message>
            <source>Comment (optional)</source>
            <translation>Nhận xét (không bắt buộc)</translation>
        </message>
        <message>
            <source>Mark comment</source>
            <translation>Nhận xét về chú thích</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Nhãn</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Nhận xét</translation>
        </message>
        <message>
            <source>Marks ({0})</source>
            <translation>Chú thích ({0})</translation>
        </message>
        <message>
            <source>New mark: {0}</source>
            <translation>Chú thích mới: {0}</translation>
        </message>
        <message>
            <source>Mark {0}: {1}</source>
            <translation>Chú thích {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>MediaPane</name>
        <message>
            <source>Open with the system player…</source>
            <translation>Mở bằng trình phát của hệ thống…</translation>
        </message>
        <message>
            <source>Open with the system player</source>
            <translation>Mở bằng trình phát của hệ thống</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Audio recording</source>
            <translation>Bản ghi âm</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>Phát</translation>
        </message>
        <message>
            <source>Play or pause</source>
            <translation>Phát hoặc tạm dừng</translation>
        </message>
        <message>
            <source>−5 s</source>
            <translation>−5 giây</translation>
        </message>
        <message>
            <source>Back five seconds</source>
            <translation>Tua lùi 5 giây</translation>
        </message>
        <message>
            <source>+5 s</source>
            <translation>+5 giây</translation>
        </message>
        <message>
            <source>Forward five seconds</source>
            <translation>Tua tới 5 giây</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <source>Mark this moment</source>
            <translation>Chú thích thời điểm này</translation>
        </message>
        <message>
            <source>the file could not be opened</source>
            <translation>không mở được tệp</translation>
        </message>
        <message>
            <source>This computer cannot play media inside the application ({0}).</source>
            <translation>Máy tính này không phát được âm thanh, video trong ứng dụng ({0}).</translation>
        </message>
        <message>
            <source>The player cannot play this file: {0}</source>
            <translation>Trình phát không phát được tệp này: {0}</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Tạm dừng</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <source>Edit meeting</source>
            <translation>Sửa cuộc họp</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Cuộc họp mới</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>e.g. Meeting no. 012/2026</source>
            <translation>ví dụ: Phiên họp số 012/2026</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Place or online link</source>
            <translation>Địa điểm hoặc đường dẫn họp trực tuyến</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Chủ trì</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Thư ký</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Tiêu đề</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Ngày</translation>
        </message>
        <message>
            <source>&amp;Place or online link</source>
            <translation>Địa &amp;điểm hoặc đường dẫn trực tuyến</translation>
        </message>
        <message>
            <source>C&amp;hair</source>
            <translation>C&amp;hủ trì</translation>
        </message>
        <message>
            <source>&amp;Secretary</source>
            <translation>Thư &amp;ký</translation>
        </message>
    </context>
    <context>
        <name>Meetings</name>
        <message>
            <source>finalized</source>
            <translation>đã chốt</translation>
        </message>
        <message>
            <source>open</source>
            <translation>đang mở</translation>
        </message>
        <message>
            <source>{0} items, {1} decisions</source>
            <translation>{0} mục, {1} quyết định</translation>
        </message>
        <message>
            <source>Suspension proposal: {0}</source>
            <translation>Đề xuất tạm đình chỉ: {0}</translation>
        </message>
        <message>
            <source>not decided</source>
            <translation>chưa quyết định</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Biểu quyết</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>no (observer)</source>
            <translation>không (quan sát viên)</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>chưa ghi nhận</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Biểu quyết</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Việc cần làm</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Add to next meeting</source>
            <translation>Đưa vào cuộc họp kế tiếp</translation>
        </message>
        <message>
            <source>Select one or more cases first.</source>
            <translation>Hãy chọn một hoặc nhiều hồ sơ trước.</translation>
        </message>
        <message>
            <source>{0} case(s) added to “{1}”.</source>
            <translation>Đã thêm {0} hồ sơ vào “{1}”.</translation>
        </message>
        <message>
            <source>Already on its agenda: {0}</source>
            <translation>Đã có trong chương trình: {0}</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>Cuộc &amp;họp</translation>
        </message>
        <message>
            <source>Open &amp;meetings…</source>
            <translation>Mở danh sách &amp;cuộc họp…</translation>
        </message>
        <message>
            <source>Add to &amp;next meeting</source>
            <translation>Đưa vào cuộc họp &amp;kế tiếp</translation>
        </message>
    </context>
    <context>
        <name>MeetingsWindow</name>
        <message>
            <source>Meetings — Digital Trust Moderator</source>
            <translation>Cuộc họp — Tự giám sát Niềm tin số</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Cuộc họp</translation>
        </message>
        <message>
            <source>New meeting…</source>
            <translation>Cuộc họp mới…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Cuộc họp mới</translation>
        </message>
        <message>
            <source>Quorum</source>
            <translation>Túc số</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Finalize</source>
            <translation>Chốt biên bản</translation>
        </message>
        <message>
            <source>Close the record: decisions become read-only, later changes are amendments</source>
            <translation>Chốt biên bản: các quyết định chỉ còn đọc, thay đổi sau này là sửa đổi</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Xuất ra Excel…</translation>
        </message>
        <message>
            <source>Agenda and decisions</source>
            <translation>Chương trình và quyết định</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Điểm danh</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Biên bản</translation>
        </message>
        <message>
            <source>No meeting yet. Create one with “New meeting…”.</source>
            <translation>Chưa có cuộc họp nào. Tạo cuộc họp bằng “Cuộc họp mới…”.</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>Cuộc &amp;họp</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>Cuộc họp &amp;mới…</translation>
        </message>
        <message>
            <source>&amp;Export meeting to Excel…</source>
            <translation>&amp;Xuất cuộc họp ra Excel…</translation>
        </message>
        <message>
            <source>&amp;Print minutes (PDF)…</source>
            <translation>&amp;In biên bản (PDF)…</translation>
        </message>
        <message>
            <source>Export credibility &amp;register…</source>
            <translation>Xuất &amp;sổ tín nhiệm…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Đón&amp;g</translation>
        </message>
        <message>
            <source>Cases ready for a meeting</source>
            <translation>Hồ sơ chờ đưa ra họp</translation>
        </message>
        <message>
            <source>Add to agenda →</source>
            <translation>Đưa vào chương trình →</translation>
        </message>
        <message>
            <source>Cases ready for a meeting — drag them onto the agenda</source>
            <translation>Hồ sơ chờ đưa ra họp — kéo vào chương trình họp</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Chương trình họp</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Lên trên</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Xuống dưới</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>Agenda (drag to reorder)</source>
            <translation>Chương trình họp (kéo để sắp xếp)</translation>
        </message>
        <message>
            <source>Reviewer's recommendation</source>
            <translation>Đề xuất của thẩm định viên</translation>
        </message>
        <message>
            <source>Recommended outcome</source>
            <translation>Hình thức đề xuất</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Đề xuất</translation>
        </message>
        <message>
            <source>Save recommendation</source>
            <translation>Lưu đề xuất</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hình thức xử lý</translation>
        </message>
        <message>
            <source>Opinion</source>
            <translation>Ý kiến</translation>
        </message>
        <message>
            <source>Votes</source>
            <translation>Biểu quyết</translation>
        </message>
        <message>
            <source>Per member</source>
            <translation>Theo từng thành viên</translation>
        </message>
        <message>
            <source>As tallies</source>
            <translation>Theo tổng số phiếu</translation>
        </message>
        <message>
            <source>Votes per member</source>
            <translation>Biểu quyết của từng thành viên</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Tán thành</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>Không tán thành</translation>
        </message>
        <message>
            <source>Abstain</source>
            <translation>Không ý kiến</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>Việc cần làm tiếp</translation>
        </message>
        <message>
            <source>Follow-ups</source>
            <translation>Việc tiếp theo</translation>
        </message>
        <message>
            <source>Action, e.g. send the takedown request</source>
            <translation>Việc cần làm, ví dụ gửi văn bản đề nghị gỡ bài</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>Việc cần làm tiếp</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Người thực hiện</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Đã công bố</translation>
        </message>
        <message>
            <source>Public summary</source>
            <translation>Tóm tắt công khai</translation>
        </message>
        <message>
            <source>What the public register says; empty: a neutral sentence naming the category and the outcome</source>
            <translation>Nội dung hiển thị trên sổ công khai; để trống: một câu trung tính nêu loại vi phạm và hình thức xử lý</translation>
        </message>
        <message>
            <source>Record decision</source>
            <translation>Ghi quyết định</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Lưu thay đổi</translation>
        </message>
        <message>
            <source>Amend…</source>
            <translation>Sửa đổi…</translation>
        </message>
        <message>
            <source>Appeal…</source>
            <translation>Phúc xét…</translation>
        </message>
        <message>
            <source>Mark everyone present</source>
            <translation>Đánh dấu tất cả có mặt</translation>
        </message>
        <message>
            <source>The meeting's minutes, in free text</source>
            <translation>Biên bản cuộc họp, viết tự do</translation>
        </message>
        <message>
            <source>Save minutes</source>
            <translation>Lưu biên bản</translation>
        </message>
        <message>
            <source>Generated summary</source>
            <translation>Tóm tắt tự động</translation>
        </message>
        <message>
            <source>Add the summary to the minutes</source>
            <translation>Thêm tóm tắt vào biên bản</translation>
        </message>
        <message>
            <source>(no owner)</source>
            <translation>(chưa giao)</translation>
        </message>
        <message>
            <source>Chair: {0}</source>
            <translation>Chủ trì: {0}</translation>
        </message>
        <message>
            <source>Secretary: {0}</source>
            <translation>Thư ký: {0}</translation>
        </message>
        <message>
            <source>Finalized: decisions are read-only; changes are amendments</source>
            <translation>Đã chốt: quyết định chỉ còn đọc; thay đổi là sửa đổi</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Đang mở</translation>
        </message>
        <message>
            <source>Quorum {0}: {1} of {2} voting members present, {3} needed ({4})</source>
            <translation>Túc số {0}: {1}/{2} thành viên biểu quyết có mặt, cần {3} ({4})</translation>
        </message>
        <message>
            <source>Select an agenda item.</source>
            <translation>Hãy chọn một mục trong chương trình họp.</translation>
        </message>
        <message>
            <source>Suspension proposal</source>
            <translation>Đề xuất tạm đình chỉ</translation>
        </message>
        <message>
            <source>No voting member is recorded as present yet: record attendance first, or enter the votes as tallies.</source>
            <translation>Chưa có thành viên biểu quyết nào được ghi là có mặt: hãy điểm danh trước, hoặc nhập tổng số phiếu.</translation>
        </message>
        <message>
            <source>No quorum yet: a decision cannot be recorded.</source>
            <translation>Chưa đủ túc số: chưa thể ghi quyết định.</translation>
        </message>
        <message>
            <source>Decided on {0}: {1}</source>
            <translation>Quyết định ngày {0}: {1}</translation>
        </message>
        <message>
            <source>Votes: {0} for, {1} against, {2} abstaining, {3} recused</source>
            <translation>Biểu quyết: {0} tán thành, {1} không tán thành, {2} không ý kiến, {3} rút lui</translation>
        </message>
        <message>
            <source>This is an amendment of an earlier decision of this meeting.</source>
            <translation>Đây là bản sửa đổi một quyết định trước đó của cuộc họp này.</translation>
        </message>
        <message>
            <source>Earlier version, amended: {0} — {1}</source>
            <translation>Bản trước, đã được sửa đổi: {0} — {1}</translation>
        </message>
        <message>
            <source>Appealed: the case went back to a meeting.</source>
            <translation>Đã phúc xét: hồ sơ được đưa lại ra cuộc họp.</translation>
        </message>
        <message>
            <source>Conflicting changes to the outcome await a resolution.</source>
            <translation>Các thay đổi xung đột về hình thức xử lý đang chờ giải quyết.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Chưa thực hiện</translation>
        </message>
        <message>
            <source>Finalize “{0}”? Its decisions become read-only; later changes are amendments.</source>
            <translation>Chốt biên bản “{0}”? Các quyết định sẽ chỉ còn đọc; thay đổi sau này là sửa đổi.</translation>
        </message>
        <message>
            <source>{0} agenda item(s) have no decision.</source>
            <translation>{0} mục trong chương trình chưa có quyết định.</translation>
        </message>
        <message>
            <source>Finalize the meeting</source>
            <translation>Chốt biên bản cuộc họp</translation>
        </message>
        <message>
            <source>Members present vote; a member with a conflict of interest is recused and cannot vote on this item. Keys: ↑ ↓ choose a member, 1 for, 2 against, 3 abstain, 4 recused, 0 clear; a click or Space opens the list.</source>
            <translation>Thành viên có mặt biểu quyết; thành viên có xung đột lợi ích thì rút lui, không tham gia biểu quyết mục này. Phím: ↑ ↓ chọn thành viên, 1 tán thành, 2 không tán thành, 3 không ý kiến, 4 rút lui, 0 xóa; bấm chuột hoặc phím cách để mở danh sách.</translation>
        </message>
        <message>
            <source>Describe the follow-up action first.</source>
            <translation>Hãy mô tả việc cần làm tiếp trước.</translation>
        </message>
        <message>
            <source>Decision recorded for {0}</source>
            <translation>Đã ghi quyết định cho {0}</translation>
        </message>
        <message>
            <source>Right of reply</source>
            <translation>Quyền phản hồi</translation>
        </message>
        <message>
            <source>To go on without the reply, record why it is skipped (the case's history keeps it):</source>
            <translation>Để tiếp tục khi chưa có phản hồi, hãy ghi lý do bỏ qua bước này (lịch sử hồ sơ sẽ lưu lại):</translation>
        </message>
        <message>
            <source>The influencer could not be reached</source>
            <translation>Không liên lạc được với người có ảnh hưởng</translation>
        </message>
        <message>
            <source>The influencer already explained in writing</source>
            <translation>Người có ảnh hưởng đã giải trình bằng văn bản</translation>
        </message>
        <message>
            <source>The content is still online and harms the public</source>
            <translation>Nội dung vẫn còn trên mạng và đang gây hại cho công chúng</translation>
        </message>
        <message numerus="yes">
            <source>%n member(s) present have not voted: {0}. Record the decision without their votes?</source>
            <translation>
                <numerusform>%n thành viên có mặt chưa biểu quyết: {0}. Vẫn ghi quyết định khi chưa có phiếu của họ?</numerusform>
            </translation>
        </message>
        <message>
            <source>The appeal was recorded and {0} is on the next meeting's agenda.</source>
            <translation>Đã ghi nhận phúc xét và {0} đã có trong chương trình cuộc họp kế tiếp.</translation>
        </message>
        <message>
            <source>The appeal was recorded; {0} waits for the next meeting to be created.</source>
            <translation>Đã ghi nhận phúc xét; {0} chờ cuộc họp kế tiếp được tạo.</translation>
        </message>
        <message>
            <source>Appeal</source>
            <translation>Phúc xét</translation>
        </message>
        <message>
            <source>Export the meeting to Excel</source>
            <translation>Xuất cuộc họp ra Excel</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Print the minutes</source>
            <translation>In biên bản họp</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Chưa lưu</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Đã lưu {0}</translation>
        </message>
        <message>
            <source>Export the credibility register</source>
            <translation>Xuất sổ tín nhiệm</translation>
        </message>
        <message>
            <source>Writing {0}…</source>
            <translation>Đang ghi {0}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Xuất</translation>
        </message>
        <message>
            <source>Wrote {0}</source>
            <translation>Đã ghi {0}</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Xuất không thành công</translation>
        </message>
        <message>
            <source>The export failed because of a bug; the details are in the log file of the data folder.</source>
            <translation>Xuất không thành công do lỗi của ứng dụng; chi tiết có trong tệp nhật ký ở thư mục dữ liệu.</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Assign</source>
            <translation>Giao việc</translation>
        </message>
        <message>
            <source>Assign the selected cases to:</source>
            <translation>Giao các hồ sơ đã chọn cho:</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Thành viên</translation>
        </message>
        <message>
            <source>Nobody (unassign)</source>
            <translation>Không ai (bỏ giao)</translation>
        </message>
        <message>
            <source>{0} (me)</source>
            <translation>{0} (tôi)</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge duplicate cases</source>
            <translation>Gộp hồ sơ trùng</translation>
        </message>
        <message>
            <source>Cases to merge</source>
            <translation>Hồ sơ cần gộp</translation>
        </message>
        <message>
            <source>These cases will be merged into the oldest open one of them. Their reports move over; each keeps its history, and the others are closed as merged.</source>
            <translation>Các hồ sơ này sẽ được gộp vào hồ sơ đang mở cũ nhất. Phản ánh được chuyển sang; mỗi hồ sơ giữ lịch sử riêng, các hồ sơ còn lại được đóng do đã gộp.</translation>
        </message>
        <message>
            <source>Tick the open cases that duplicate {0}. They are merged into the oldest open one; reports move over and each case keeps its history.</source>
            <translation>Đánh dấu các hồ sơ đang mở trùng với {0}. Chúng sẽ được gộp vào hồ sơ đang mở cũ nhất; phản ánh được chuyển sang và mỗi hồ sơ giữ lịch sử riêng.</translation>
        </message>
        <message>
            <source>{0} has no other open case about the same influencer. Select two or more cases in the queue to merge them.</source>
            <translation>{0} không có hồ sơ đang mở nào khác về cùng người có ảnh hưởng. Hãy chọn hai hồ sơ trở lên trong hàng đợi để gộp.</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Gộp</translation>
        </message>
    </context>
    <context>
        <name>MultiChoice</name>
        <message>
            <source>Any</source>
            <translation>Bất kỳ</translation>
        </message>
        <message>
            <source>{0}: any</source>
            <translation>{0}: bất kỳ</translation>
        </message>
        <message>
            <source>{0}: {1} chosen</source>
            <translation>{0}: đã chọn {1}</translation>
        </message>
    </context>
    <context>
        <name>NetworkWindow</name>
        <message>
            <source>Network</source>
            <translation>Mạng liên kết</translation>
        </message>
        <message>
            <source>Network of influencers, cases and indicators</source>
            <translation>Mạng liên kết người có ảnh hưởng, hồ sơ và chỉ dấu</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>The network shown before</source>
            <translation>Mạng liên kết đã xem trước đó</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <source>Zoom out (Ctrl+−, or Ctrl and the mouse wheel)</source>
            <translation>Thu nhỏ (Ctrl+−, hoặc giữ Ctrl và lăn chuột)</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <source>Zoom in (Ctrl++, or Ctrl and the mouse wheel)</source>
            <translation>Phóng to (Ctrl++, hoặc giữ Ctrl và lăn chuột)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Vừa khung</translation>
        </message>
        <message>
            <source>Show the whole network (Ctrl+0)</source>
            <translation>Hiện toàn bộ mạng liên kết (Ctrl+0)</translation>
        </message>
        <message>
            <source>Hover a node to see what it links; click a case to open it, an influencer to open the profile; double-click an indicator to centre the network on it.</source>
            <translation>Di chuột lên một điểm để xem nó liên kết với gì; bấm vào hồ sơ để mở hồ sơ, vào người có ảnh hưởng để mở thông tin người có ảnh hưởng; bấm đúp vào chỉ dấu để xem mạng liên kết quanh chỉ dấu đó.</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Laying out the network…</source>
            <translation>Đang sắp xếp mạng liên kết…</translation>
        </message>
        <message>
            <source>Network: {0}</source>
            <translation>Mạng liên kết: {0}</translation>
        </message>
        <message>
            <source>No indicator is shared by two cases yet: nothing links the cases.</source>
            <translation>Chưa có chỉ dấu nào có trong hai hồ sơ trở lên: chưa có gì liên kết các hồ sơ.</translation>
        </message>
        <message numerus="yes">
            <source>%n influencer(s)</source>
            <translation>
                <numerusform>%n người có ảnh hưởng</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n hồ sơ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n shared indicator(s)</source>
            <translation>
                <numerusform>%n chỉ dấu chung</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>more is linked than can be drawn: only the %n nearest the start are shown</source>
            <translation>
                <numerusform>còn nhiều liên kết hơn mức có thể vẽ: chỉ hiện %n điểm gần điểm xuất phát nhất</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0}
%n case(s) in this network; click to open the profile</source>
            <translation>
                <numerusform>{0}
%n hồ sơ trong mạng liên kết này; bấm để mở thông tin người có ảnh hưởng</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} · {1}
{2}
Click to open the case</source>
            <translation>{0} · {1}
{2}
Bấm để mở hồ sơ</translation>
        </message>
        <message numerus="yes">
            <source>{0}: {1}
Seen in %n case(s)</source>
            <translation>
                <numerusform>{0}: {1}
Có trong %n hồ sơ</numerusform>
            </translation>
        </message>
        <message>
            <source>Marked not relevant</source>
            <translation>Đã đánh dấu không liên quan</translation>
        </message>
        <message>
            <source>Double-click to centre the network on it</source>
            <translation>Bấm đúp để xem mạng liên kết quanh chỉ dấu này</translation>
        </message>
    </context>
    <context>
        <name>NewReportDialog</name>
        <message>
            <source>New report</source>
            <translation>Phản ánh mới</translation>
        </message>
        <message>
            <source>Name as people know them, e.g. Đen Vâu</source>
            <translation>Tên thường gọi, ví dụ Đen Vâu</translation>
        </message>
        <message>
            <source>@account (read from the link if empty)</source>
            <translation>@tài khoản (lấy từ đường dẫn nếu để trống)</translation>
        </message>
        <message>
            <source>Choose the platform</source>
            <translation>Chọn nền tảng</translation>
        </message>
        <message>
            <source>Choose the kind of violation</source>
            <translation>Chọn loại vi phạm</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>chưa rõ</translation>
        </message>
        <message>
            <source>What the post, livestream or ad says or does</source>
            <translation>Nội dung bài đăng, buổi livestream hoặc quảng cáo</translation>
        </message>
        <message>
            <source>Name, phone or email (kept private)</source>
            <translation>Tên, số điện thoại hoặc email (được bảo mật)</translation>
        </message>
        <message>
            <source>Urgent: ongoing fraud or harm to a child</source>
            <translation>Khẩn cấp: lừa đảo đang diễn ra hoặc gây hại cho trẻ em</translation>
        </message>
        <message>
            <source>A takedown request is then due within 24 hours</source>
            <translation>Khi đó phải gửi đề nghị gỡ nội dung trong vòng 24 giờ</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Thêm tệp…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>&amp;Influencer:</source>
            <translation>&amp;Người có ảnh hưởng:</translation>
        </message>
        <message>
            <source>&amp;Link:</source>
            <translation>Đường &amp;dẫn:</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>&amp;Nền tảng:</translation>
        </message>
        <message>
            <source>Acc&amp;ount:</source>
            <translation>&amp;Tài khoản:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Loại vi phạm:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>Nội &amp;dung:</translation>
        </message>
        <message>
            <source>&amp;Reporter contact:</source>
            <translation>Liên hệ người &amp;phản ánh:</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>N&amp;guồn:</translation>
        </message>
        <message>
            <source>Seen &amp;on:</source>
            <translation>Phát hiện &amp;ngày:</translation>
        </message>
        <message>
            <source>Evidence files:</source>
            <translation>Tệp chứng cứ:</translation>
        </message>
        <message>
            <source>Evidence files</source>
            <translation>Tệp chứng cứ</translation>
        </message>
        <message>
            <source>Open cases sharing an indicator</source>
            <translation>Hồ sơ đang mở có chung chỉ dấu</translation>
        </message>
        <message>
            <source>File report</source>
            <translation>Ghi nhận phản ánh</translation>
        </message>
        <message>
            <source>Already in open cases — perhaps the same campaign:</source>
            <translation>Đã có trong hồ sơ đang mở — có thể cùng một chiến dịch:</translation>
        </message>
        <message>
            <source>Copying {0} file(s) into the evidence store…</source>
            <translation>Đang chép {0} tệp vào kho chứng cứ…</translation>
        </message>
    </context>
    <context>
        <name>OpenFiles</name>
        <message>
            <source>The package could not be imported because of an error in the application; the details are in the log file.</source>
            <translation>Không nhập được gói do lỗi của ứng dụng; chi tiết có trong tệp nhật ký.</translation>
        </message>
        <message>
            <source>Import a sync package</source>
            <translation>Nhập gói đồng bộ</translation>
        </message>
        <message>
            <source>Import the sync package {0}?

Its signed changes are checked as in a sync round before anything is applied; importing the same package twice changes nothing.</source>
            <translation>Nhập gói đồng bộ {0}?

Các thay đổi đã ký trong gói được kiểm tra như trong một lượt đồng bộ trước khi áp dụng; nhập cùng một gói hai lần không thay đổi gì.</translation>
        </message>
        <message>
            <source>Imported the sync package {0}: {1} change(s) applied.</source>
            <translation>Đã nhập gói đồng bộ {0}: đã áp dụng {1} thay đổi.</translation>
        </message>
        <message>
            <source>Importing {0}…</source>
            <translation>Đang nhập {0}…</translation>
        </message>
    </context>
    <context>
        <name>Pane</name>
        <message>
            <source>Viewer tools</source>
            <translation>Công cụ xem</translation>
        </message>
    </context>
    <context>
        <name>PdfPane</name>
        <message>
            <source>PDF page</source>
            <translation>Trang PDF</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Trang trước</translation>
        </message>
        <message>
            <source>Page number</source>
            <translation>Số trang</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Trang sau</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Vừa trang</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Vừa chiều rộng</translation>
        </message>
        <message>
            <source>100%</source>
            <translation>100%</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>Thu phóng</translation>
        </message>
        <message>
            <source>Zoom: fit the page (0), fit the width (W), actual size (1)</source>
            <translation>Thu phóng: vừa trang (0), vừa chiều rộng (W), kích thước thật (1)</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Di chuyển</translation>
        </message>
        <message>
            <source>Drag to move around the page</source>
            <translation>Kéo để di chuyển trên trang</translation>
        </message>
        <message>
            <source>Select text</source>
            <translation>Chọn văn bản</translation>
        </message>
        <message>
            <source>Drag over text to select it, then copy it</source>
            <translation>Kéo qua văn bản để chọn rồi sao chép</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Vùng</translation>
        </message>
        <message>
            <source>Drag to frame a region of the page</source>
            <translation>Kéo để khoanh một vùng của trang</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Sao chép</translation>
        </message>
        <message>
            <source>Copy the selected text</source>
            <translation>Sao chép văn bản đã chọn</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>Chọn tất cả</translation>
        </message>
        <message>
            <source>This PDF cannot be read.</source>
            <translation>Không đọc được tệp PDF này.</translation>
        </message>
        <message>
            <source>of {0}</source>
            <translation>/ {0}</translation>
        </message>
        <message>
            <source>Page {0} of {1}</source>
            <translation>Trang {0}/{1}</translation>
        </message>
        <message>
            <source>The page is still being drawn; try again when it is shown.</source>
            <translation>Trang vẫn đang được vẽ; hãy thử lại khi trang hiện ra.</translation>
        </message>
        <message>
            <source>Page {0} could not be drawn.</source>
            <translation>Không vẽ được trang {0}.</translation>
        </message>
        <message>
            <source>{0} characters selected: copy them with Ctrl+C</source>
            <translation>Đã chọn {0} ký tự: sao chép bằng Ctrl+C</translation>
        </message>
        <message>
            <source>Copied {0} characters</source>
            <translation>Đã sao chép {0} ký tự</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>The data was not encrypted: {0}</source>
            <translation>Dữ liệu chưa được mã hóa: {0}</translation>
        </message>
        <message>
            <source>The data on this computer is encrypted, but the system's keyring could not keep the key: the passphrase will be asked at every start.</source>
            <translation>Dữ liệu trên máy tính này đã được mã hóa, nhưng kho khóa của hệ điều hành không giữ được khóa: mật khẩu sẽ được hỏi mỗi lần mở ứng dụng.</translation>
        </message>
        <message>
            <source>Personal data is due for removal under the retention rules: File → Personal data…</source>
            <translation>Có dữ liệu cá nhân đến hạn xóa theo quy tắc lưu giữ: Tệp → Dữ liệu cá nhân…</translation>
        </message>
        <message>
            <source>Personal &amp;data…</source>
            <translation>&amp;Dữ liệu cá nhân…</translation>
        </message>
        <message>
            <source>Erase a reporter's personal data on request, set how long personal data is kept, encrypt the data on this computer</source>
            <translation>Xóa dữ liệu cá nhân của người phản ánh theo yêu cầu, đặt thời hạn lưu giữ dữ liệu cá nhân, mã hóa dữ liệu trên máy này</translation>
        </message>
    </context>
    <context>
        <name>PrivacyDialog</name>
        <message>
            <source>Personal data</source>
            <translation>Dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>Erase a reporter's data</source>
            <translation>Xóa dữ liệu của người phản ánh</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Thời hạn lưu giữ</translation>
        </message>
        <message>
            <source>Encryption</source>
            <translation>Mã hóa dữ liệu</translation>
        </message>
        <message>
            <source>Find every report that names a person, by their name or their contact as stored in the reports (a phone number matches however it is written), and erase these details on every member's computer.</source>
            <translation>Tìm mọi phản ánh có ghi tên một người, theo họ tên hoặc thông tin liên hệ như đã lưu trong phản ánh (số điện thoại được nhận ra dù viết theo cách nào), rồi xóa các thông tin này trên máy của mọi thành viên.</translation>
        </message>
        <message>
            <source>Reporter's name or contact</source>
            <translation>Họ tên hoặc thông tin liên hệ của người phản ánh</translation>
        </message>
        <message>
            <source>Name or contact, e.g. Nguyễn Văn An or 0912 345 678</source>
            <translation>Họ tên hoặc liên hệ, VD: Nguyễn Văn An hoặc 0912 345 678</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Tìm</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Reporter, as stored</source>
            <translation>Người phản ánh (như đã lưu)</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Cách xử lý</translation>
        </message>
        <message>
            <source>Reports that name the reporter</source>
            <translation>Các phản ánh có ghi người phản ánh này</translation>
        </message>
        <message>
            <source>Letters to this reporter that will be removed (PDF files):</source>
            <translation>Văn bản gửi người phản ánh này sẽ bị xóa (tệp PDF):</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dung lượng</translation>
        </message>
        <message>
            <source>Letters that will be removed</source>
            <translation>Văn bản sẽ bị xóa</translation>
        </message>
        <message>
            <source>Reason for the erasure</source>
            <translation>Lý do xóa</translation>
        </message>
        <message>
            <source>e.g. Request of 05/12/2026 by telephone</source>
            <translation>VD: Yêu cầu qua điện thoại ngày 05/12/2026</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the history)</source>
            <translation>&amp;Lý do (được lưu trong lịch sử)</translation>
        </message>
        <message>
            <source>Only the chair or the secretary erases personal data.</source>
            <translation>Chỉ Trưởng ban hoặc Thư ký được xóa dữ liệu cá nhân.</translation>
        </message>
        <message>
            <source>&amp;Erase…</source>
            <translation>&amp;Xóa…</translation>
        </message>
        <message>
            <source>Erase the reporter's details listed</source>
            <translation>Xóa thông tin người phản ánh trong danh sách trên</translation>
        </message>
        <message>
            <source>Result of the erasure</source>
            <translation>Kết quả xóa</translation>
        </message>
        <message>
            <source>Sealed: erased for good</source>
            <translation>Đã mã hóa: xóa vĩnh viễn</translation>
        </message>
        <message>
            <source>Filed before sealing: removed from the lists; the signed history keeps it</source>
            <translation>Nộp trước khi có mã hóa: gỡ khỏi danh sách, nhưng lịch sử đã ký vẫn giữ</translation>
        </message>
        <message>
            <source>The details were stored sealed: the erasure destroys the key, on every member, and nothing can read them again.</source>
            <translation>Thông tin được lưu ở dạng mã hóa: việc xóa hủy khóa giải mã trên máy của mọi thành viên, và không ai còn đọc được thông tin này nữa.</translation>
        </message>
        <message>
            <source>This report was filed before details were sealed: its reporter disappears from the case, the lists and the exports, but the signed history still holds the text as it was filed.</source>
            <translation>Phản ánh này được nộp trước khi thông tin được mã hóa: người phản ánh bị gỡ khỏi hồ sơ, các danh sách và tệp xuất, nhưng lịch sử đã ký vẫn giữ nguyên văn như lúc nộp.</translation>
        </message>
        <message>
            <source>No report names this reporter. Check how the name or contact is written in the case.</source>
            <translation>Không có phản ánh nào ghi người phản ánh này. Hãy xem tên hoặc thông tin liên hệ được ghi thế nào trong hồ sơ.</translation>
        </message>
        <message>
            <source>Type the reporter's name or contact and press Find.</source>
            <translation>Nhập họ tên hoặc thông tin liên hệ của người phản ánh rồi bấm Tìm.</translation>
        </message>
        <message>
            <source>Found in {0} reports ({1} cases). This is what will be erased:</source>
            <translation>Tìm thấy trong {0} phản ánh ({1} hồ sơ). Những dữ liệu sau sẽ bị xóa:</translation>
        </message>
        <message>
            <source>This cannot be undone. The erasure travels to every member of the committee at the next sync, and is done on their computers too.</source>
            <translation>Không thể hoàn tác. Lệnh xóa được chuyển đến mọi thành viên của Ban ở lần đồng bộ tiếp theo và dữ liệu cũng bị xóa trên máy của họ.</translation>
        </message>
        <message>
            <source>{0} of these reports were filed before sealing: the reporter is removed from the cases, the lists and the exports, but the signed history keeps the text as filed.</source>
            <translation>{0} phản ánh trong số này được nộp trước khi có mã hóa: người phản ánh bị gỡ khỏi hồ sơ, các danh sách và tệp xuất, nhưng lịch sử đã ký vẫn giữ nguyên văn như lúc nộp.</translation>
        </message>
        <message>
            <source>{0} PDF files of letters to this reporter are removed too.</source>
            <translation>{0} tệp PDF văn bản gửi người phản ánh này cũng bị xóa.</translation>
        </message>
        <message>
            <source>Reason kept in the history: {0}</source>
            <translation>Lý do được lưu trong lịch sử: {0}</translation>
        </message>
        <message>
            <source>Erase this reporter's details from {0} reports ({1} cases)?</source>
            <translation>Xóa thông tin của người phản ánh này khỏi {0} phản ánh ({1} hồ sơ)?</translation>
        </message>
        <message>
            <source>Erase personal data</source>
            <translation>Xóa dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>Xóa vĩnh viễn</translation>
        </message>
        <message>
            <source>Erased: the reporter's details in {0} reports ({1} cases); {2} files removed from this computer. The other members erase them at their next sync.</source>
            <translation>Đã xóa thông tin người phản ánh trong {0} phản ánh ({1} hồ sơ); đã xóa {2} tệp khỏi máy này. Các thành viên khác sẽ xóa ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>{0} backups made earlier on this computer still hold these data until they are deleted (they are in {1}).</source>
            <translation>{0} bản sao lưu tạo trước đó trên máy này vẫn còn các dữ liệu này cho đến khi chúng bị xóa (nằm trong {1}).</translation>
        </message>
        <message>
            <source>How long, after a case is closed or rejected, its reporters' contact details and its evidence files are kept. The rules apply to every member's computer.</source>
            <translation>Thời gian giữ thông tin liên hệ của người phản ánh và tệp chứng cứ của một hồ sơ sau khi hồ sơ được đóng hoặc không thụ lý. Quy tắc áp dụng trên máy của mọi thành viên.</translation>
        </message>
        <message>
            <source>Months the reporters' contact details are kept</source>
            <translation>Số tháng giữ thông tin liên hệ của người phản ánh</translation>
        </message>
        <message>
            <source>Months the evidence files are kept</source>
            <translation>Số tháng giữ tệp chứng cứ</translation>
        </message>
        <message>
            <source>Reporters' &amp;contact details</source>
            <translation>Thông tin liên &amp;hệ của người phản ánh</translation>
        </message>
        <message>
            <source>E&amp;vidence files</source>
            <translation>Tệp &amp;chứng cứ</translation>
        </message>
        <message>
            <source>Only the chair sets the retention rules.</source>
            <translation>Chỉ Trưởng ban đặt quy tắc lưu giữ.</translation>
        </message>
        <message>
            <source>&amp;Save rules</source>
            <translation>Lưu &amp;quy tắc</translation>
        </message>
        <message>
            <source>Due for removal now</source>
            <translation>Đến hạn xóa</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Dữ liệu</translation>
        </message>
        <message>
            <source>Case closed before</source>
            <translation>Hồ sơ đóng trước ngày</translation>
        </message>
        <message>
            <source>Personal data due for removal</source>
            <translation>Dữ liệu cá nhân đến hạn xóa</translation>
        </message>
        <message>
            <source>Remove &amp;now…</source>
            <translation>Xóa &amp;ngay…</translation>
        </message>
        <message>
            <source>Remove the personal data due under the retention rules</source>
            <translation>Xóa dữ liệu cá nhân đến hạn theo quy tắc lưu giữ</translation>
        </message>
        <message>
            <source>Result of the removal</source>
            <translation>Kết quả xóa</translation>
        </message>
        <message>
            <source>Keep until erased</source>
            <translation>Giữ cho đến khi bị xóa</translation>
        </message>
        <message>
            <source> months</source>
            <translation> tháng</translation>
        </message>
        <message>
            <source>Reporter's contact details: {0}</source>
            <translation>Thông tin liên hệ của người phản ánh: {0}</translation>
        </message>
        <message>
            <source>Letter to the reporter: {0} ({1})</source>
            <translation>Văn bản gửi người phản ánh: {0} ({1})</translation>
        </message>
        <message>
            <source>Evidence file: {0} ({1})</source>
            <translation>Tệp chứng cứ: {0} ({1})</translation>
        </message>
        <message>
            <source>Rules saved. The other members receive them at the next sync.</source>
            <translation>Đã lưu quy tắc. Các thành viên khác nhận quy tắc ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>No retention rules are set: nothing is removed.</source>
            <translation>Chưa đặt quy tắc lưu giữ: không có gì bị xóa.</translation>
        </message>
        <message>
            <source>Nothing is due for removal now.</source>
            <translation>Hiện không có dữ liệu nào đến hạn xóa.</translation>
        </message>
        <message>
            <source>The reporter's details in {0} reports and {1} evidence files, in {2} cases, are kept longer than the rules say.</source>
            <translation>Thông tin người phản ánh trong {0} phản ánh và {1} tệp chứng cứ, thuộc {2} hồ sơ, đang được giữ lâu hơn quy tắc cho phép.</translation>
        </message>
        <message>
            <source>Remove now the reporter's details in {0} reports and {1} evidence files, in {2} cases?</source>
            <translation>Xóa ngay thông tin người phản ánh trong {0} phản ánh và {1} tệp chứng cứ, thuộc {2} hồ sơ?</translation>
        </message>
        <message>
            <source>This cannot be undone. The removal travels to every member of the committee at the next sync, and is done on their computers too.</source>
            <translation>Không thể hoàn tác. Lệnh xóa được chuyển đến mọi thành viên của Ban ở lần đồng bộ tiếp theo và dữ liệu cũng bị xóa trên máy của họ.</translation>
        </message>
        <message>
            <source>Remove personal data</source>
            <translation>Xóa dữ liệu cá nhân</translation>
        </message>
        <message>
            <source>Remove for good</source>
            <translation>Xóa vĩnh viễn</translation>
        </message>
        <message>
            <source>Removed under the retention rules: the reporter's details in {0} reports and {1} evidence files; {2} files removed from this computer. The other members remove them at their next sync.</source>
            <translation>Đã xóa theo quy tắc lưu giữ: thông tin người phản ánh trong {0} phản ánh và {1} tệp chứng cứ; đã xóa {2} tệp khỏi máy này. Các thành viên khác sẽ xóa ở lần đồng bộ tiếp theo.</translation>
        </message>
        <message>
            <source>Encryption status</source>
            <translation>Trạng thái mã hóa</translation>
        </message>
        <message>
            <source>Copies made for others stay readable: files saved or opened with another program, evidence packs, packages, exports, and the files in the shared folder (the other members have their own keys).</source>
            <translation>Các bản sao làm ra cho người khác vẫn đọc được: tệp đã lưu hoặc mở bằng chương trình khác, gói chứng cứ, gói đồng bộ, tệp xuất, và các tệp trong thư mục dùng chung (mỗi thành viên khác có khóa riêng của mình).</translation>
        </message>
        <message>
            <source>Encrypt the database, its backups and the evidence files</source>
            <translation>Mã hóa cơ sở dữ liệu, các bản sao lưu và các tệp chứng cứ</translation>
        </message>
        <message>
            <source>The database, its backups and the evidence files on this computer are not encrypted: anyone who copies the data folder can read them.</source>
            <translation>Cơ sở dữ liệu, các bản sao lưu và các tệp chứng cứ trên máy tính này chưa được mã hóa: bất kỳ ai sao chép thư mục dữ liệu đều đọc được chúng.</translation>
        </message>
        <message>
            <source>The database, its backups and the evidence files on this computer are encrypted (AES-256). The key is kept in the system's keyring: the application opens without asking.</source>
            <translation>Cơ sở dữ liệu, các bản sao lưu và các tệp chứng cứ trên máy tính này đã được mã hóa (AES-256). Khóa được giữ trong kho khóa của hệ điều hành: ứng dụng mở mà không cần hỏi mật khẩu.</translation>
        </message>
        <message>
            <source>The database, its backups and the evidence files on this computer are encrypted (AES-256). The passphrase is asked at every start.</source>
            <translation>Cơ sở dữ liệu, các bản sao lưu và các tệp chứng cứ trên máy tính này đã được mã hóa (AES-256). Mật khẩu được hỏi mỗi lần mở ứng dụng.</translation>
        </message>
        <message>
            <source>Encrypt the database, its backups and the evidence files on this computer?</source>
            <translation>Mã hóa cơ sở dữ liệu, các bản sao lưu và các tệp chứng cứ trên máy tính này?</translation>
        </message>
        <message>
            <source>Passphrase for the data</source>
            <translation>Mật khẩu cho dữ liệu</translation>
        </message>
        <message>
            <source>The passphrase again</source>
            <translation>Nhập lại mật khẩu</translation>
        </message>
        <message>
            <source>Keep the key in this computer's &amp;keyring (opens without asking)</source>
            <translation>Giữ khóa trong &amp;kho khóa của máy tính này (mở không cần hỏi mật khẩu)</translation>
        </message>
        <message>
            <source>&amp;Passphrase</source>
            <translation>&amp;Mật khẩu</translation>
        </message>
        <message>
            <source>&amp;Again</source>
            <translation>&amp;Nhập lại</translation>
        </message>
        <message>
            <source>This installation cannot encrypt: the sqlcipher3 package is missing.</source>
            <translation>Bản cài đặt này không mã hóa được: thiếu gói sqlcipher3.</translation>
        </message>
        <message>
            <source>&amp;Encrypt…</source>
            <translation>Mã &amp;hóa…</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Mật khẩu hiện tại</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Mật khẩu mới</translation>
        </message>
        <message>
            <source>The new passphrase again</source>
            <translation>Nhập lại mật khẩu mới</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase</source>
            <translation>Mật khẩu &amp;hiện tại</translation>
        </message>
        <message>
            <source>&amp;New passphrase</source>
            <translation>Mật khẩu &amp;mới</translation>
        </message>
        <message>
            <source>A&amp;gain</source>
            <translation>&amp;Nhập lại</translation>
        </message>
        <message>
            <source>&amp;Change passphrase</source>
            <translation>Đổi mật &amp;khẩu</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>The two passphrases are not the same: type the same one twice.</source>
            <translation>Hai mật khẩu vừa nhập không giống nhau: hãy gõ cùng một mật khẩu hai lần.</translation>
        </message>
        <message>
            <source>A backup of the database is made first.</source>
            <translation>Trước hết, một bản sao lưu cơ sở dữ liệu sẽ được tạo.</translation>
        </message>
        <message>
            <source>All windows will close and the application will open again on the encrypted data.</source>
            <translation>Mọi cửa sổ sẽ đóng lại và ứng dụng sẽ mở lại trên dữ liệu đã mã hóa.</translation>
        </message>
        <message>
            <source>If the passphrase is forgotten and the key in the keyring is lost (a new computer, a reinstalled system), nobody can read the data any more, not even from the backups: write the passphrase down and keep it in a safe place.</source>
            <translation>Nếu quên mật khẩu và khóa trong kho khóa bị mất (máy tính mới, hệ điều hành được cài lại), không ai đọc được dữ liệu nữa, kể cả từ các bản sao lưu: hãy ghi mật khẩu ra và cất ở nơi an toàn.</translation>
        </message>
        <message>
            <source>The passphrase will be asked at every start.</source>
            <translation>Mật khẩu sẽ được hỏi mỗi lần mở ứng dụng.</translation>
        </message>
        <message>
            <source>Encrypt the data</source>
            <translation>Mã hóa dữ liệu</translation>
        </message>
        <message>
            <source>Encrypt and reopen</source>
            <translation>Mã hóa và mở lại</translation>
        </message>
        <message>
            <source>The passphrase is changed: use the new one from now on.</source>
            <translation>Đã đổi mật khẩu: từ nay hãy dùng mật khẩu mới.</translation>
        </message>
    </context>
    <context>
        <name>ProfileWindow</name>
        <message>
            <source>Credibility score</source>
            <translation>Điểm tín nhiệm</translation>
        </message>
        <message>
            <source>Put on a meeting agenda…</source>
            <translation>Đưa vào chương trình họp…</translation>
        </message>
        <message>
            <source>Profile sections</source>
            <translation>Các phần thông tin người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Thông tin</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Merge another profile into this one…</source>
            <translation>Gộp thông tin người có ảnh hưởng khác vào đây…</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Hình thức xử lý</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Loại vi phạm</translation>
        </message>
        <message>
            <source>Penalty</source>
            <translation>Điểm trừ</translation>
        </message>
        <message>
            <source>Repeat</source>
            <translation>Tái phạm</translation>
        </message>
        <message>
            <source>Half-life</source>
            <translation>Chu kỳ bán rã</translation>
        </message>
        <message>
            <source>{0} d</source>
            <translation>{0} ngày</translation>
        </message>
        <message>
            <source>Remedied</source>
            <translation>Đã khắc phục</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Thời gian đã qua</translation>
        </message>
        <message>
            <source>Decay</source>
            <translation>Hệ số suy giảm</translation>
        </message>
        <message>
            <source>Remaining</source>
            <translation>Còn lại</translation>
        </message>
        <message>
            <source>Expires</source>
            <translation>Hết hiệu lực</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Score breakdown</source>
            <translation>Chi tiết điểm</translation>
        </message>
        <message>
            <source>Counting</source>
            <translation>Đang tính</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Hết hiệu lực</translation>
        </message>
        <message>
            <source>No penalty</source>
            <translation>Không trừ điểm</translation>
        </message>
        <message>
            <source>Replaced by another decision on its case</source>
            <translation>Được thay bằng quyết định khác của hồ sơ</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Chi tiết</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Agency</source>
            <translation>Công ty quản lý</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Liên hệ</translation>
        </message>
        <message>
            <source>Alliance member since</source>
            <translation>Thành viên liên minh từ</translation>
        </message>
        <message>
            <source>Signed the alliance's pledge</source>
            <translation>Đã ký cam kết của liên minh</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ghi chú</translation>
        </message>
        <message>
            <source>Save details</source>
            <translation>Lưu thông tin</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Tư cách thành viên</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Tài khoản</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Handle</source>
            <translation>Tên tài khoản</translation>
        </message>
        <message>
            <source>Followers</source>
            <translation>Người theo dõi</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>Đường dẫn</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Sửa…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>Five pillars (pass/fail): their weights replace the base of 100</source>
            <translation>Năm trụ cột (đạt/không đạt): trọng số của chúng thay cho điểm nền 100</translation>
        </message>
        <message>
            <source>{0} ({1} points)</source>
            <translation>{0} ({1} điểm)</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Ngày đánh giá</translation>
        </message>
        <message>
            <source>Record assessment</source>
            <translation>Ghi kết quả đánh giá</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ngày mở</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Phản ánh</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Cuộc họp</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Lý do</translation>
        </message>
        <message>
            <source>Record completed correction…</source>
            <translation>Ghi nhận đã khắc phục…</translation>
        </message>
        <message>
            <source>This profile no longer exists.</source>
            <translation>Thông tin người có ảnh hưởng này không còn tồn tại.</translation>
        </message>
        <message>
            <source>Influencer: {0}</source>
            <translation>Người có ảnh hưởng: {0}</translation>
        </message>
        <message numerus="yes">
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n hồ sơ</numerusform>
            </translation>
        </message>
        <message>
            <source>alliance member since {0}</source>
            <translation>thành viên liên minh từ {0}</translation>
        </message>
        <message>
            <source>This profile was merged into {0}.</source>
            <translation>Thông tin người có ảnh hưởng này đã được gộp vào {0}.</translation>
        </message>
        <message>
            <source>Merged into this profile: {0}.</source>
            <translation>Đã gộp vào hồ sơ này: {0}.</translation>
        </message>
        <message>
            <source>as of {0}</source>
            <translation>tính đến {0}</translation>
        </message>
        <message>
            <source>Score = base {0} − Σ penalty × repeat × correction × 0.5^(age ÷ half-life) = {1}. Penalties halve every 90 days (730 for fraud or referral) and stop counting after 365 days (4 years).</source>
            <translation>Điểm = nền {0} − Σ điểm trừ × tái phạm × khắc phục × 0,5^(thời gian đã qua ÷ chu kỳ bán rã) = {1}. Điểm trừ giảm một nửa sau mỗi 90 ngày (730 ngày với lừa đảo hoặc chuyển cơ quan có thẩm quyền) và thôi tính sau 365 ngày (4 năm).</translation>
        </message>
        <message>
            <source>Cases ({0})</source>
            <translation>Hồ sơ ({0})</translation>
        </message>
        <message>
            <source>Decisions ({0})</source>
            <translation>Quyết định ({0})</translation>
        </message>
        <message>
            <source>History ({0})</source>
            <translation>Lịch sử ({0})</translation>
        </message>
        <message>
            <source>Suspension proposed: {0} decisions of level 2 or above within 90 days ({1}), the last on {2}. The committee should consider it at its next meeting.</source>
            <translation>Đề xuất tạm đình chỉ: {0} quyết định từ mức 2 trở lên trong 90 ngày ({1}), lần gần nhất ngày {2}. Ban nên xem xét tại cuộc họp kế tiếp.</translation>
        </message>
        <message>
            <source>Not assessed: the base is 100.</source>
            <translation>Chưa đánh giá: điểm nền là 100.</translation>
        </message>
        <message>
            <source>Assessed on {0}: the base is {1}.</source>
            <translation>Đánh giá ngày {0}: điểm nền là {1}.</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Xóa tài khoản</translation>
        </message>
        <message>
            <source>Remove the account {0} from this profile?</source>
            <translation>Xóa tài khoản {0} khỏi thông tin người có ảnh hưởng này?</translation>
        </message>
        <message>
            <source>Merge profiles</source>
            <translation>Gộp thông tin người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Merge {0} into {1}?

The {2} case(s), reports, accounts and decisions of {0} move to {1} and count in its score. Both profiles keep their history. This cannot be undone.</source>
            <translation>Gộp {0} vào {1}?

{2} hồ sơ, các phản ánh, tài khoản và quyết định của {0} sẽ chuyển sang {1} và được tính vào điểm tín nhiệm. Lịch sử của cả hai vẫn được giữ nguyên. Không thể hoàn tác.</translation>
        </message>
    </context>
    <context>
        <name>ProposalsNotice</name>
        <message>
            <source>Suspension proposals waiting for a meeting</source>
            <translation>Đề xuất tạm đình chỉ chờ đưa ra họp</translation>
        </message>
        <message numerus="yes">
            <source>⚑ %n suspension proposal(s)</source>
            <translation>
                <numerusform>⚑ %n đề xuất tạm đình chỉ</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ProposalsWindow</name>
        <message>
            <source>Suspension proposals</source>
            <translation>Đề xuất tạm đình chỉ</translation>
        </message>
        <message>
            <source>These influencers received 3 decisions of level 2 or above within 90 days. The application proposes that the next meeting consider suspending them. Put a proposal on a meeting's agenda to take it up.</source>
            <translation>Những người có ảnh hưởng này đã nhận 3 quyết định từ mức 2 trở lên trong vòng 90 ngày. Ứng dụng đề xuất cuộc họp kế tiếp xem xét tạm đình chỉ họ. Đưa đề xuất vào chương trình họp để xem xét.</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Reached on</source>
            <translation>Đạt ngưỡng ngày</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>Band</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>No suspension is waiting for a meeting.</source>
            <translation>Không có đề xuất tạm đình chỉ nào đang chờ.</translation>
        </message>
        <message>
            <source>Open profile</source>
            <translation>Mở thông tin người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Put on a meeting agenda…</source>
            <translation>Đưa vào chương trình họp…</translation>
        </message>
    </context>
    <context>
        <name>PublishDialog</name>
        <message>
            <source>Publish the public register</source>
            <translation>Công bố sổ công khai</translation>
        </message>
        <message>
            <source>Register as of</source>
            <translation>Sổ tính đến ngày</translation>
        </message>
        <message>
            <source>Language of the page</source>
            <translation>Ngôn ngữ của trang</translation>
        </message>
        <message>
            <source>Show how &amp;platforms answered takedown requests (last 12 months)</source>
            <translation>Công bố kết quả xử lý của các &amp;nền tảng đối với đề nghị gỡ nội dung (12 tháng qua)</translation>
        </message>
        <message>
            <source>Per platform: requests sent, answered in time, late, no answer, refused, median hours to removal, content back online. Figures only: no case, content or address.</source>
            <translation>Theo từng nền tảng: số đề nghị đã gửi, trả lời đúng hạn, trả lời muộn, không trả lời, từ chối gỡ, số giờ đến khi gỡ (trung vị), nội dung xuất hiện lại. Chỉ có số liệu: không có hồ sơ, nội dung hay địa chỉ nào.</translation>
        </message>
        <message>
            <source>What the register will list</source>
            <translation>Những gì sổ sẽ liệt kê</translation>
        </message>
        <message>
            <source>Published: date, influencer, accounts, category, outcome and the public summary of each decision marked published, and the named non-compliant list. Never published: reporters and their contacts, notes, rationale, votes, members' names, evidence.</source>
            <translation>Được công bố: ngày, người có ảnh hưởng, tài khoản, loại vi phạm, hình thức xử lý và tóm tắt công khai của từng quyết định được đánh dấu công bố, cùng danh sách không tuân thủ. Không bao giờ công bố: người phản ánh và thông tin liên hệ, ghi chú, lý do, biểu quyết, tên thành viên, chứng cứ.</translation>
        </message>
        <message>
            <source>Register &amp;as of</source>
            <translation>Sổ tính đến &amp;ngày</translation>
        </message>
        <message>
            <source>&amp;Language of the page</source>
            <translation>&amp;Ngôn ngữ của trang</translation>
        </message>
        <message>
            <source>Choose a folder and publish…</source>
            <translation>Chọn thư mục và công bố…</translation>
        </message>
        <message>
            <source>{0} published decision(s) in force; {1} influencer(s) on the named non-compliant list.</source>
            <translation>{0} quyết định đã công bố còn hiệu lực; {1} người có ảnh hưởng trong danh sách không tuân thủ.</translation>
        </message>
        <message>
            <source>Takedown requests of the last 12 months: {0} sent to {1} platform(s), {2} answered in time.</source>
            <translation>Đề nghị gỡ nội dung trong 12 tháng qua: đã gửi {0} đề nghị cho {1} nền tảng, {2} đề nghị được trả lời đúng hạn.</translation>
        </message>
        <message>
            <source>{0} decision(s) naming an influencer as non-compliant in the last 3 months are not marked published and will be left off the list.</source>
            <translation>{0} quyết định công bố người có ảnh hưởng không tuân thủ trong 3 tháng qua chưa được đánh dấu công bố và sẽ không có trong danh sách.</translation>
        </message>
        <message>
            <source>Last published {0} by {1} ({2} decisions).</source>
            <translation>Lần công bố gần nhất {0} bởi {1} ({2} quyết định).</translation>
        </message>
        <message>
            <source>Folder for the public register</source>
            <translation>Thư mục cho sổ công khai</translation>
        </message>
    </context>
    <context>
        <name>QuarterDialog</name>
        <message>
            <source>Quarterly report</source>
            <translation>Báo cáo quý</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Quý</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Định dạng</translation>
        </message>
        <message>
            <source>Excel workbook with charts</source>
            <translation>Tệp Excel kèm biểu đồ</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>&amp;Quarter</source>
            <translation>&amp;Quý</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>Định &amp;dạng</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Reference</source>
            <translation>Số hồ sơ</translation>
        </message>
        <message>
            <source>Elapsed</source>
            <translation>Thời gian đã qua</translation>
        </message>
        <message>
            <source>SLA</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Mức ưu tiên</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Loại vi phạm</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Assignee</source>
            <translation>Người phụ trách</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Phản ánh</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Hoạt động gần nhất</translation>
        </message>
        <message>
            <source>Time since the case was opened</source>
            <translation>Thời gian từ khi mở hồ sơ</translation>
        </message>
        <message>
            <source>Time left until the current deadline (red when overdue)</source>
            <translation>Thời gian còn lại đến hạn hiện tại (màu đỏ khi quá hạn)</translation>
        </message>
        <message>
            <source>Urgent: a takedown request is due within 24 hours</source>
            <translation>Khẩn cấp: phải gửi đề nghị gỡ trong 24 giờ</translation>
        </message>
        <message>
            <source>Number of reports in the case</source>
            <translation>Số phản ánh trong hồ sơ</translation>
        </message>
        <message>
            <source>Not urgent</source>
            <translation>Không khẩn cấp</translation>
        </message>
    </context>
    <context>
        <name>RecheckDialog</name>
        <message>
            <source>Re-check the content — case {0}</source>
            <translation>Kiểm tra lại nội dung — hồ sơ {0}</translation>
        </message>
        <message>
            <source>None (optional)</source>
            <translation>Không có (không bắt buộc)</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>Ảnh chụp màn hình</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Chọn…</translation>
        </message>
        <message>
            <source>Clea&amp;r</source>
            <translation>&amp;Bỏ chọn</translation>
        </message>
        <message>
            <source>Attached to the case as evidence, dated with the re-check.</source>
            <translation>Được đính kèm vào hồ sơ làm chứng cứ, ghi ngày của lần kiểm tra lại.</translation>
        </message>
        <message>
            <source>Checked at (Vietnam time)</source>
            <translation>Thời điểm kiểm tra (giờ Việt Nam)</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>What was seen</source>
            <translation>Kết quả kiểm tra</translation>
        </message>
        <message>
            <source>&amp;Screenshot</source>
            <translation>Ả&amp;nh chụp màn hình</translation>
        </message>
        <message>
            <source>Checked a&amp;t (Vietnam time)</source>
            <translation>&amp;Thời điểm kiểm tra (giờ Việt Nam)</translation>
        </message>
        <message>
            <source>Record the re-check</source>
            <translation>Ghi lần kiểm tra lại</translation>
        </message>
        <message>
            <source>Say whether the content is still up first.</source>
            <translation>Hãy chọn nội dung vẫn còn hay không còn trước.</translation>
        </message>
        <message>
            <source>Choose the screenshot</source>
            <translation>Chọn ảnh chụp màn hình</translation>
        </message>
        <message>
            <source>Screenshots ({0});;All files (*)</source>
            <translation>Ảnh chụp màn hình ({0});;Mọi tệp (*)</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Public register published in {0}: {1} decisions, {2} named</source>
            <translation>Đã công bố sổ công khai tại {0}: {1} quyết định, {2} tên trong danh sách</translation>
        </message>
        <message>
            <source>&amp;Reports</source>
            <translation>&amp;Báo cáo</translation>
        </message>
        <message>
            <source>&amp;Statistics…</source>
            <translation>&amp;Thống kê…</translation>
        </message>
        <message>
            <source>&amp;Publish the public register…</source>
            <translation>&amp;Công bố sổ công khai…</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>New takedown request — case {0}</source>
            <translation>Đề nghị gỡ nội dung mới — hồ sơ {0}</translation>
        </message>
        <message>
            <source>One address per line</source>
            <translation>Mỗi dòng một địa chỉ</translation>
        </message>
        <message>
            <source>&amp;Platform</source>
            <translation>&amp;Nền tảng</translation>
        </message>
        <message>
            <source>Content &amp;addresses</source>
            <translation>Địa &amp;chỉ nội dung</translation>
        </message>
        <message>
            <source>Sent &amp;by</source>
            <translation>Gửi &amp;qua</translation>
        </message>
        <message>
            <source>Sent &amp;at (Vietnam time)</source>
            <translation>&amp;Thời điểm gửi (giờ Việt Nam)</translation>
        </message>
        <message>
            <source>With the &amp;letter</source>
            <translation>&amp;Văn bản kèm theo</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn gỡ nội dung</translation>
        </message>
        <message>
            <source>Record the request</source>
            <translation>Ghi đề nghị</translation>
        </message>
        <message>
            <source>Filled in from the case's reports on this platform; change them as sent.</source>
            <translation>Lấy từ các phản ánh của hồ sơ trên nền tảng này; hãy sửa cho đúng với các địa chỉ đã gửi.</translation>
        </message>
        <message>
            <source>The case's reports give no address on this platform: type them in.</source>
            <translation>Các phản ánh của hồ sơ chưa có địa chỉ nào trên nền tảng này: hãy nhập địa chỉ.</translation>
        </message>
        <message>
            <source>No letter</source>
            <translation>Không kèm văn bản</translation>
        </message>
        <message>
            <source>{0}: 24 hours after sending, as the case was urgent then</source>
            <translation>{0}: 24 giờ sau khi gửi, vì khi đó hồ sơ là Khẩn cấp</translation>
        </message>
        <message>
            <source>{0}: 48 hours after sending</source>
            <translation>{0}: 48 giờ sau khi gửi</translation>
        </message>
    </context>
    <context>
        <name>RoundsModel</name>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Đã ghi</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Đã nhận</translation>
        </message>
        <message>
            <source>Changes in</source>
            <translation>Thay đổi nhận về</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Bị từ chối</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Đang chờ</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Xung đột</translation>
        </message>
    </context>
    <context>
        <name>RowFateModel</name>
        <message>
            <source>Row</source>
            <translation>Dòng</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Case or reason</source>
            <translation>Hồ sơ hoặc lý do</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Loại vi phạm</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Ngày nhận</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Also in open cases</source>
            <translation>Cũng có trong hồ sơ đang mở</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Hồ sơ mới</translation>
        </message>
        <message>
            <source>Added to a case</source>
            <translation>Thêm vào hồ sơ</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Trùng</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Bị từ chối</translation>
        </message>
        <message>
            <source>the case of row {0}</source>
            <translation>hồ sơ của dòng {0}</translation>
        </message>
        <message>
            <source>same as row {0}</source>
            <translation>giống dòng {0}</translation>
        </message>
        <message>
            <source>will be opened</source>
            <translation>sẽ được mở</translation>
        </message>
    </context>
    <context>
        <name>ScoreChart</name>
        <message>
            <source>Score over time</source>
            <translation>Điểm theo thời gian</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Ngày</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Quyết định</translation>
        </message>
    </context>
    <context>
        <name>SeenCases</name>
        <message>
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Người có ảnh hưởng</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ngày mở</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Tiêu đề</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <source>General</source>
            <translation>Chung</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Chứng cứ</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Đồng bộ</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Lịch làm việc</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <source>As the system (Vietnamese unless it is English)</source>
            <translation>Theo hệ thống (tiếng Việt nếu hệ thống không dùng tiếng Anh)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Ngôn ngữ</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Giao diện</translation>
        </message>
        <message>
            <source>As the system</source>
            <translation>Theo hệ thống</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Sáng</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Tối</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>&amp;Giao diện</translation>
        </message>
        <message>
            <source>Font size</source>
            <translation>Cỡ chữ</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>&amp;Font size</source>
            <translation>&amp;Cỡ chữ</translation>
        </message>
        <message>
            <source>A new language applies when the application starts again.</source>
            <translation>Ngôn ngữ mới có hiệu lực khi mở lại ứng dụng.</translation>
        </message>
        <message>
            <source>Blur sensitive pictures until I click them</source>
            <translation>Làm mờ hình ảnh nhạy cảm cho đến khi tôi bấm vào</translation>
        </message>
        <message>
            <source>Largest evidence file</source>
            <translation>Dung lượng tối đa của tệp chứng cứ</translation>
        </message>
        <message>
            <source>Largest evidence &amp;file</source>
            <translation>&amp;Tệp chứng cứ tối đa</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Thư mục dùng chung</translation>
        </message>
        <message>
            <source>No shared folder: this workspace does not sync</source>
            <translation>Chưa có thư mục dùng chung: không gian làm việc này không đồng bộ</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>Shared &amp;folder</source>
            <translation>Thư mục &amp;dùng chung</translation>
        </message>
        <message>
            <source>Sync interval</source>
            <translation>Chu kỳ đồng bộ</translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>Sync &amp;every</source>
            <translation>Đồng bộ &amp;mỗi</translation>
        </message>
        <message>
            <source>Choose the committee's shared folder</source>
            <translation>Chọn thư mục dùng chung của ban</translation>
        </message>
        <message>
            <source>Settings not saved</source>
            <translation>Chưa lưu được cài đặt</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Phím</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Việc cần làm</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>Menu</translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Statistics</source>
            <translation>Thống kê</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Khoảng thời gian</translation>
        </message>
        <message>
            <source>This quarter</source>
            <translation>Quý này</translation>
        </message>
        <message>
            <source>Last quarter</source>
            <translation>Quý trước</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>Năm nay</translation>
        </message>
        <message>
            <source>Last 12 months</source>
            <translation>12 tháng qua</translation>
        </message>
        <message>
            <source>Chosen dates</source>
            <translation>Tự chọn ngày</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Từ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Đến</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Làm mới</translation>
        </message>
        <message>
            <source>Quarterly report…</source>
            <translation>Báo cáo quý…</translation>
        </message>
        <message>
            <source>Export the quarterly activity report as an Excel workbook or a PDF</source>
            <translation>Xuất báo cáo hoạt động quý dạng Excel hoặc PDF</translation>
        </message>
        <message>
            <source>from</source>
            <translation>từ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>đến</translation>
        </message>
        <message>
            <source>Reports received</source>
            <translation>Phản ánh tiếp nhận</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>Hồ sơ mở mới</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Quyết định</translation>
        </message>
        <message>
            <source>Triaged within 5 working days</source>
            <translation>Sàng lọc trong 5 ngày làm việc</translation>
        </message>
        <message>
            <source>Urgent takedown requests within 24 h</source>
            <translation>Đề nghị gỡ khẩn trong 24 giờ</translation>
        </message>
        <message>
            <source>Overdue cases now</source>
            <translation>Hồ sơ đang quá hạn</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Số liệu</translation>
        </message>
        <message>
            <source>Per week</source>
            <translation>Theo tuần</translation>
        </message>
        <message>
            <source>Per month</source>
            <translation>Theo tháng</translation>
        </message>
        <message>
            <source>Reports and cases</source>
            <translation>Phản ánh và hồ sơ</translation>
        </message>
        <message>
            <source>Reports and cases over time</source>
            <translation>Phản ánh và hồ sơ theo thời gian</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Hoạt động</translation>
        </message>
        <message>
            <source>By category</source>
            <translation>Theo loại vi phạm</translation>
        </message>
        <message>
            <source>Categories</source>
            <translation>Loại vi phạm</translation>
        </message>
        <message>
            <source>By platform</source>
            <translation>Theo nền tảng</translation>
        </message>
        <message>
            <source>Platforms</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Deadlines kept</source>
            <translation>Đúng hạn</translation>
        </message>
        <message>
            <source>Cases overdue now</source>
            <translation>Hồ sơ đang quá hạn</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Các mốc thời hạn</translation>
        </message>
        <message>
            <source>Decisions by outcome</source>
            <translation>Quyết định theo hình thức xử lý</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Hình thức xử lý</translation>
        </message>
        <message>
            <source>Influencers by credibility band</source>
            <translation>Người có ảnh hưởng theo xếp loại tín nhiệm</translation>
        </message>
        <message>
            <source>Credibility</source>
            <translation>Tín nhiệm</translation>
        </message>
        <message>
            <source>Platforms' record</source>
            <translation>Đề nghị gỡ theo nền tảng</translation>
        </message>
        <message>
            <source>Takedowns by quarter</source>
            <translation>Đề nghị gỡ theo quý</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>No takedown request was sent to a platform in this period.</source>
            <translation>Không có đề nghị gỡ nội dung nào được gửi cho nền tảng trong kỳ này.</translation>
        </message>
        <message>
            <source>Takedown requests by platform</source>
            <translation>Đề nghị gỡ nội dung theo nền tảng</translation>
        </message>
        <message>
            <source>Requests sent</source>
            <translation>Đề nghị đã gửi</translation>
        </message>
        <message>
            <source>Share answered in time</source>
            <translation>Tỷ lệ trả lời đúng hạn</translation>
        </message>
        <message>
            <source>By quarter</source>
            <translation>Theo quý</translation>
        </message>
        <message>
            <source>Takedown requests by quarter</source>
            <translation>Đề nghị gỡ nội dung theo quý</translation>
        </message>
        <message>
            <source>Chart: {0}</source>
            <translation>Biểu đồ: {0}</translation>
        </message>
        <message>
            <source>Table: {0}</source>
            <translation>Bảng: {0}</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Đang tính…</translation>
        </message>
        <message>
            <source>{0} · figures as of now</source>
            <translation>{0} · số liệu tính đến hiện tại</translation>
        </message>
        <message>
            <source>{0} on time, {1} late, {2} still running</source>
            <translation>{0} đúng hạn, {1} trễ hạn, {2} đang xử lý</translation>
        </message>
        <message>
            <source>{0} days</source>
            <translation>{0} ngày</translation>
        </message>
        <message>
            <source>not counting merged duplicates</source>
            <translation>không tính hồ sơ trùng đã gộp</translation>
        </message>
        <message>
            <source>in force, by meeting date</source>
            <translation>còn hiệu lực, theo ngày họp</translation>
        </message>
        <message>
            <source>open cases past their deadline</source>
            <translation>hồ sơ đang mở đã quá hạn</translation>
        </message>
        <message>
            <source>Save the quarterly report</source>
            <translation>Lưu báo cáo quý</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Tệp Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Tệp PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preparing the quarterly report…</source>
            <translation>Đang chuẩn bị báo cáo quý…</translation>
        </message>
        <message>
            <source>Saved {0}</source>
            <translation>Đã lưu {0}</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>the sync round failed unexpectedly; the details are in the log file</source>
            <translation>vòng đồng bộ gặp lỗi ngoài dự kiến; chi tiết có trong tệp nhật ký</translation>
        </message>
    </context>
    <context>
        <name>SyncLogWindow</name>
        <message>
            <source>Sync log</source>
            <translation>Nhật ký đồng bộ</translation>
        </message>
        <message>
            <source>Sync rounds</source>
            <translation>Các vòng đồng bộ</translation>
        </message>
        <message>
            <source>Round details</source>
            <translation>Chi tiết vòng đồng bộ</translation>
        </message>
        <message>
            <source>No sync round has run yet.</source>
            <translation>Chưa chạy vòng đồng bộ nào.</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Đã ghi</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>Đã nhận</translation>
        </message>
        <message>
            <source>{0}: {1} change(s)</source>
            <translation>{0}: {1} thay đổi</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Bị từ chối</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Đang chờ</translation>
        </message>
        <message>
            <source>Skipped until complete</source>
            <translation>Bỏ qua cho đến khi đủ</translation>
        </message>
        <message>
            <source>Conflicts waiting</source>
            <translation>Xung đột đang chờ</translation>
        </message>
        <message>
            <source>Nothing new in this round.</source>
            <translation>Không có gì mới trong vòng này.</translation>
        </message>
    </context>
    <context>
        <name>SyncNotice</name>
        <message>
            <source>A device signed two different histories (a copied or restored data folder) and was frozen: nothing more is taken from it. The chair should revoke it.
{0}
{1}</source>
            <translation>Một thiết bị đã ký hai lịch sử khác nhau (thư mục dữ liệu bị sao chép hoặc khôi phục) và đã bị tạm dừng: không nhận thêm gì từ thiết bị đó. Trưởng ban nên thu hồi thiết bị này.
{0}
{1}</translation>
        </message>
        <message>
            <source>{0} file(s) from the shared folder were rejected and kept aside:
{1}</source>
            <translation>{0} tệp trong thư mục dùng chung bị từ chối và được cất riêng:
{1}</translation>
        </message>
        <message>
            <source>{0} new conflict(s): members changed the same thing at the same time. See the Conflicts view.</source>
            <translation>{0} xung đột mới: các thành viên đã thay đổi cùng một nội dung cùng lúc. Xem danh mục Xung đột.</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Đồng bộ</translation>
        </message>
    </context>
    <context>
        <name>SyncSettingsDialog</name>
        <message>
            <source>Sync settings</source>
            <translation>Cài đặt đồng bộ</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Ban</translation>
        </message>
        <message>
            <source>Root fingerprint</source>
            <translation>Dấu vân tay gốc</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>Thư mục dùng chung</translation>
        </message>
        <message>
            <source>The committee's shared folder (Syncthing, Dropbox, network share…)</source>
            <translation>Thư mục dùng chung của ban (Syncthing, Dropbox, thư mục mạng…)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Duyệt…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>Chọn thư mục dùng chung</translation>
        </message>
        <message>
            <source> min</source>
            <translation> phút</translation>
        </message>
        <message>
            <source>Sync interval in minutes</source>
            <translation>Chu kỳ đồng bộ (phút)</translation>
        </message>
        <message>
            <source>Committee:</source>
            <translation>Ban:</translation>
        </message>
        <message>
            <source>Root fingerprint:</source>
            <translation>Dấu vân tay gốc:</translation>
        </message>
        <message>
            <source>Shared folder:</source>
            <translation>Thư mục dùng chung:</translation>
        </message>
        <message>
            <source>Sync every:</source>
            <translation>Đồng bộ mỗi:</translation>
        </message>
        <message>
            <source>Create a committee…</source>
            <translation>Lập ban…</translation>
        </message>
        <message>
            <source>Create a committee</source>
            <translation>Lập ban</translation>
        </message>
        <message>
            <source>Join a committee…</source>
            <translation>Tham gia ban…</translation>
        </message>
        <message>
            <source>Join a committee</source>
            <translation>Tham gia ban</translation>
        </message>
        <message>
            <source>This workspace is not part of a committee yet.</source>
            <translation>Không gian làm việc này chưa thuộc ban nào.</translation>
        </message>
        <message>
            <source>{0} (id {1})</source>
            <translation>{0} (mã {1})</translation>
        </message>
        <message>
            <source>The committee's shared folder</source>
            <translation>Thư mục dùng chung của ban</translation>
        </message>
        <message>
            <source>The folder {0} does not exist.</source>
            <translation>Thư mục {0} không tồn tại.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusButton</name>
        <message>
            <source>Sync status</source>
            <translation>Tình trạng đồng bộ</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>Đang đồng bộ…</translation>
        </message>
        <message>
            <source>A sync round is running</source>
            <translation>Đang chạy một vòng đồng bộ</translation>
        </message>
        <message>
            <source>Sync: not set up</source>
            <translation>Đồng bộ: chưa thiết lập</translation>
        </message>
        <message>
            <source>Choose the committee's shared folder in Sync ▸ Sync settings</source>
            <translation>Chọn thư mục dùng chung của ban trong Đồng bộ ▸ Cài đặt đồng bộ</translation>
        </message>
        <message>
            <source>Sync: not yet run</source>
            <translation>Đồng bộ: chưa chạy</translation>
        </message>
        <message>
            <source>Sync failed at {0}</source>
            <translation>Đồng bộ lỗi lúc {0}</translation>
        </message>
        <message>
            <source>Synced {0} · {1} change(s) in · {2} conflict(s)</source>
            <translation>Đã đồng bộ {0} · nhận {1} thay đổi · {2} xung đột</translation>
        </message>
        <message>
            <source>{0} file(s) rejected</source>
            <translation>{0} tệp bị từ chối</translation>
        </message>
        <message>
            <source>Open the sync log</source>
            <translation>Mở nhật ký đồng bộ</translation>
        </message>
        <message>
            <source>⚠ this computer's clock is wrong</source>
            <translation>⚠ đồng hồ máy này bị sai</translation>
        </message>
        <message>
            <source>Other members see this computer's changes dated about {0} hour(s) ahead and are holding them. Set the computer's date and time right; they apply at the next sync.</source>
            <translation>Đồng hồ máy này chạy nhanh khoảng {0} giờ so với máy của các thành viên khác, nên họ đang giữ lại các thay đổi của bạn. Hãy chỉnh lại ngày giờ của máy tính; các thay đổi sẽ được áp dụng ở lần đồng bộ sau.</translation>
        </message>
    </context>
    <context>
        <name>SyncUi</name>
        <message>
            <source>&amp;Sync</source>
            <translation>Đồng &amp;bộ</translation>
        </message>
        <message>
            <source>Sync &amp;now</source>
            <translation>Đồng bộ &amp;ngay</translation>
        </message>
        <message>
            <source>Sync &amp;log…</source>
            <translation>&amp;Nhật ký đồng bộ…</translation>
        </message>
        <message>
            <source>&amp;Resolve conflicts of the selected case…</source>
            <translation>&amp;Xử lý xung đột của hồ sơ đang chọn…</translation>
        </message>
        <message>
            <source>&amp;Join requests…</source>
            <translation>Đề nghị &amp;tham gia…</translation>
        </message>
        <message>
            <source>Sync &amp;settings…</source>
            <translation>&amp;Cài đặt đồng bộ…</translation>
        </message>
        <message>
            <source>&amp;Verify the store</source>
            <translation>&amp;Kiểm tra dữ liệu</translation>
        </message>
        <message>
            <source>Verifying the store…</source>
            <translation>Đang kiểm tra dữ liệu…</translation>
        </message>
        <message>
            <source>Verify the store</source>
            <translation>Kiểm tra dữ liệu</translation>
        </message>
        <message>
            <source>Problems found:
{0}</source>
            <translation>Phát hiện vấn đề:
{0}</translation>
        </message>
        <message>
            <source>No problems: the database, the evidence files, the event chains and the signed bundles all check out.</source>
            <translation>Không có vấn đề: cơ sở dữ liệu, tệp chứng cứ, chuỗi sự kiện và các gói đã ký đều hợp lệ.</translation>
        </message>
    </context>
    <context>
        <name>TakedownReminder</name>
        <message>
            <source>Takedowns overdue: {0}</source>
            <translation>Đề nghị gỡ quá hạn: {0}</translation>
        </message>
        <message>
            <source>Re-checks due: {0}</source>
            <translation>Cần kiểm tra lại: {0}</translation>
        </message>
        <message>
            <source>Back online: {0}</source>
            <translation>Xuất hiện lại: {0}</translation>
        </message>
        <message>
            <source>Takedown requests with no answer recorded after their deadline. Show these cases in the queue</source>
            <translation>Đề nghị gỡ nội dung đã quá hạn mà chưa ghi kết quả xử lý. Xem các hồ sơ này trong hàng đợi</translation>
        </message>
        <message>
            <source>Removed content to look at again (7 and 30 days after its removal). Show these cases in the queue</source>
            <translation>Nội dung đã gỡ cần kiểm tra lại (7 và 30 ngày sau khi gỡ). Xem các hồ sơ này trong hàng đợi</translation>
        </message>
        <message>
            <source>Removed content found up again at its latest re-check. Show these cases in the queue</source>
            <translation>Nội dung đã gỡ nhưng lần kiểm tra lại gần nhất thấy xuất hiện lại. Xem các hồ sơ này trong hàng đợi</translation>
        </message>
    </context>
    <context>
        <name>Takedowns</name>
        <message>
            <source>letter of {0}</source>
            <translation>văn bản ngày {0}</translation>
        </message>
        <message>
            <source>{0} · case {1} · sent {2} · deadline {3}</source>
            <translation>{0} · hồ sơ {1} · gửi {2} · hạn {3}</translation>
        </message>
    </context>
    <context>
        <name>TakedownsPanel</name>
        <message>
            <source>Case</source>
            <translation>Hồ sơ</translation>
        </message>
        <message>
            <source>Platform</source>
            <translation>Nền tảng</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Gửi</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Hạn gỡ nội dung</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Re-checks</source>
            <translation>Kiểm tra lại</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <source>Takedown requests</source>
            <translation>Đề nghị gỡ nội dung</translation>
        </message>
        <message>
            <source>No takedown request recorded for this case yet. A request sent to a platform (by e-mail, its reporting form or an official letter) is recorded here with its deadline, the platform's answer and the re-checks of the content.</source>
            <translation>Hồ sơ này chưa có đề nghị gỡ nội dung nào. Mỗi đề nghị gửi tới nền tảng (qua thư điện tử, biểu mẫu báo cáo của nền tảng hoặc công văn) được ghi ở đây cùng hạn gỡ nội dung, kết quả xử lý của nền tảng và các lần kiểm tra lại nội dung.</translation>
        </message>
        <message>
            <source>No takedown request matches.</source>
            <translation>Không có đề nghị gỡ nội dung nào phù hợp.</translation>
        </message>
        <message>
            <source>&amp;New request…</source>
            <translation>Đề nghị gỡ nội dung &amp;mới…</translation>
        </message>
        <message>
            <source>Record &amp;answer…</source>
            <translation>Ghi &amp;kết quả xử lý…</translation>
        </message>
        <message>
            <source>&amp;Re-check…</source>
            <translation>Kiểm tra &amp;lại…</translation>
        </message>
        <message>
            <source>Open the &amp;letter</source>
            <translation>Mở &amp;văn bản</translation>
        </message>
        <message>
            <source>The letter the request went with, in the evidence viewer</source>
            <translation>Văn bản gửi kèm đề nghị, mở trong trình xem chứng cứ</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>Mở &amp;hồ sơ</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Xuất danh sách…</translation>
        </message>
        <message>
            <source>Write the requests shown (the platform and the requests chosen above) to an Excel workbook or a CSV file, to send the platform or keep</source>
            <translation>Ghi các đề nghị gỡ nội dung đang hiện (theo nền tảng và loại đề nghị đã chọn ở trên) ra tệp Excel hoặc tệp CSV, để gửi cho nền tảng hoặc lưu lại</translation>
        </message>
        <message>
            <source>All platforms</source>
            <translation>Mọi nền tảng</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Hiện</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>Mọi đề nghị</translation>
        </message>
        <message>
            <source>Overdue only</source>
            <translation>Chỉ đề nghị quá hạn</translation>
        </message>
        <message>
            <source>Re-check due</source>
            <translation>Cần kiểm tra lại</translation>
        </message>
        <message>
            <source>&amp;Platform:</source>
            <translation>&amp;Nền tảng:</translation>
        </message>
        <message>
            <source>&amp;Show:</source>
            <translation>&amp;Hiện:</translation>
        </message>
        <message>
            <source>Selected request</source>
            <translation>Đề nghị đã chọn</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Kiểm tra lúc</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Screenshot</source>
            <translation>Ảnh chụp màn hình</translation>
        </message>
        <message>
            <source>Re-checks of the selected request</source>
            <translation>Các lần kiểm tra lại của đề nghị đã chọn</translation>
        </message>
        <message>
            <source>Open the &amp;screenshot</source>
            <translation>Mở ả&amp;nh chụp màn hình</translation>
        </message>
        <message>
            <source>24 hours after sending: the case was urgent when the request was sent</source>
            <translation>24 giờ sau khi gửi: hồ sơ là Khẩn cấp khi gửi đề nghị</translation>
        </message>
        <message>
            <source>48 hours after sending</source>
            <translation>48 giờ sau khi gửi</translation>
        </message>
        <message>
            <source>conflict</source>
            <translation>xung đột</translation>
        </message>
        <message>
            <source>Answered {0}</source>
            <translation>Nhận kết quả lúc {0}</translation>
        </message>
        <message>
            <source>Hours to answer: {0}</source>
            <translation>Số giờ đến khi trả lời: {0}</translation>
        </message>
        <message>
            <source>The same content was asked for again by a later request: that one is followed now.</source>
            <translation>Cùng nội dung này đã được đề nghị lại bằng một đề nghị sau: đề nghị đó đang được theo dõi.</translation>
        </message>
        <message>
            <source>Members recorded different answers: record the answer again to settle it.</source>
            <translation>Các thành viên đã ghi kết quả xử lý khác nhau: hãy ghi lại kết quả để giải quyết xung đột.</translation>
        </message>
        <message>
            <source>{0} h</source>
            <translation>{0} giờ</translation>
        </message>
        <message>
            <source>re-check due ({0} days)</source>
            <translation>cần kiểm tra lại ({0} ngày)</translation>
        </message>
        <message>
            <source>No re-check yet</source>
            <translation>Chưa kiểm tra lại</translation>
        </message>
        <message>
            <source>No letter of the register linked</source>
            <translation>Không liên kết với văn bản nào trong sổ văn bản đi</translation>
        </message>
        <message>
            <source>Sent without a letter</source>
            <translation>Gửi không kèm văn bản</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>đã xóa</translation>
        </message>
        <message>
            <source>Overdue: {0}</source>
            <translation>Quá hạn: {0}</translation>
        </message>
        <message>
            <source>Back online: {0}</source>
            <translation>Xuất hiện lại: {0}</translation>
        </message>
        <message>
            <source>Re-checks due: {0}</source>
            <translation>Cần kiểm tra lại: {0}</translation>
        </message>
        <message>
            <source>Recorded by the chair, the secretary or a reviewer; your role is {0}.</source>
            <translation>Do Trưởng ban, Thư ký hoặc Thẩm định viên ghi; vai trò của bạn là {0}.</translation>
        </message>
        <message>
            <source>Recorded by every member but observers; your role is {0}.</source>
            <translation>Mọi thành viên trừ Quan sát viên đều ghi được; vai trò của bạn là {0}.</translation>
        </message>
        <message>
            <source>Select a request first.</source>
            <translation>Hãy chọn một đề nghị trước.</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Kết quả xử lý</translation>
        </message>
        <message>
            <source>Hours to answer</source>
            <translation>Số giờ đến khi trả lời</translation>
        </message>
        <message>
            <source>Reason given</source>
            <translation>Lý do nền tảng đưa ra</translation>
        </message>
        <message>
            <source>Content addresses</source>
            <translation>Địa chỉ nội dung</translation>
        </message>
        <message>
            <source>Re-checks ({0})</source>
            <translation>Các lần kiểm tra lại ({0})</translation>
        </message>
        <message>
            <source>Export the requests shown</source>
            <translation>Xuất các đề nghị gỡ nội dung đang hiện</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Tệp Excel (*.xlsx);;Tệp CSV (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n request(s) to {0}</source>
            <translation>
                <numerusform>Đã ghi %n đề nghị gỡ nội dung vào {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TakedownsWindow</name>
        <message>
            <source>Takedown requests</source>
            <translation>Đề nghị gỡ nội dung</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>Choose a common reason…</source>
            <translation>Chọn một lý do thường gặp…</translation>
        </message>
        <message>
            <source>Common reasons</source>
            <translation>Lý do thường gặp</translation>
        </message>
    </context>
    <context>
        <name>TextFoundPanel</name>
        <message>
            <source>Text found in this item</source>
            <translation>Văn bản tìm thấy trong chứng cứ này</translation>
        </message>
        <message>
            <source>Read the text now</source>
            <translation>Đọc văn bản ngay</translation>
        </message>
        <message>
            <source>A link has no file to read.</source>
            <translation>Liên kết không có tệp để đọc.</translation>
        </message>
        <message>
            <source>Looking for the text found in this item…</source>
            <translation>Đang tìm văn bản của chứng cứ này…</translation>
        </message>
        <message>
            <source>Reading the text (text recognition can take a few seconds)…</source>
            <translation>Đang đọc văn bản (nhận dạng chữ có thể mất vài giây)…</translation>
        </message>
        <message>
            <source>The text of this item has not been read yet (it is read in the background).</source>
            <translation>Văn bản của chứng cứ này chưa được đọc (việc đọc chạy trong nền).</translation>
        </message>
        <message>
            <source>Text recognised in the picture (OCR)</source>
            <translation>Chữ nhận dạng được trong ảnh (OCR)</translation>
        </message>
        <message>
            <source>The PDF's text layer</source>
            <translation>Lớp văn bản của tệp PDF</translation>
        </message>
        <message>
            <source>The page's text</source>
            <translation>Văn bản của trang</translation>
        </message>
        <message>
            <source>The file's text</source>
            <translation>Văn bản của tệp</translation>
        </message>
        <message>
            <source>Text recognition (OCR) is not installed, so the words in this picture were not read.</source>
            <translation>Chưa cài nhận dạng chữ (OCR) nên chữ trong ảnh này chưa được đọc.</translation>
        </message>
        <message>
            <source>There is no text to extract from this kind of file.</source>
            <translation>Loại tệp này không có văn bản để trích xuất.</translation>
        </message>
        <message>
            <source>Text not extracted: {0}</source>
            <translation>Không trích xuất được văn bản: {0}</translation>
        </message>
        <message>
            <source>Indicators in this text:</source>
            <translation>Chỉ dấu trong văn bản này:</translation>
        </message>
    </context>
    <context>
        <name>TextPane</name>
        <message>
            <source>Text</source>
            <translation>Văn bản</translation>
        </message>
        <message>
            <source>{0} lines, {1} characters</source>
            <translation>{0} dòng, {1} ký tự</translation>
        </message>
    </context>
    <context>
        <name>TextPaneBase</name>
        <message>
            <source>Mark selection</source>
            <translation>Chú thích đoạn chọn</translation>
        </message>
        <message>
            <source>Mark the selected text as a span</source>
            <translation>Thêm chú thích cho đoạn văn bản đã chọn</translation>
        </message>
        <message>
            <source>Find (no need for diacritics)</source>
            <translation>Tìm (không cần dấu)</translation>
        </message>
        <message>
            <source>Find in text</source>
            <translation>Tìm trong văn bản</translation>
        </message>
        <message>
            <source>Previous</source>
            <translation>Trước</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Sau</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <source>Matches found</source>
            <translation>Kết quả tìm</translation>
        </message>
        <message>
            <source>Select some text first, then mark it.</source>
            <translation>Hãy chọn một đoạn văn bản trước rồi thêm chú thích.</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Không tìm thấy</translation>
        </message>
        <message>
            <source>{0} of {1}</source>
            <translation>{0}/{1}</translation>
        </message>
    </context>
    <context>
        <name>TriageController</name>
        <message>
            <source>Select a case first.</source>
            <translation>Hãy chọn một hồ sơ trước.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Chưa thực hiện</translation>
        </message>
        <message>
            <source>(Ctrl+Z to undo)</source>
            <translation>(Ctrl+Z để hoàn tác)</translation>
        </message>
        <message>
            <source>Nothing to change.</source>
            <translation>Không có gì thay đổi.</translation>
        </message>
        <message numerus="yes">
            <source>Assigned %n case(s) to you.</source>
            <translation>
                <numerusform>Đã giao %n hồ sơ cho bạn.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Assigned %n case(s).</source>
            <translation>
                <numerusform>Đã giao %n hồ sơ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Unassigned %n case(s).</source>
            <translation>
                <numerusform>Đã bỏ giao %n hồ sơ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Priority set to {0} on %n case(s).</source>
            <translation>
                <numerusform>Đã đặt mức ưu tiên {0} cho %n hồ sơ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Urgent flag changed on %n case(s).</source>
            <translation>
                <numerusform>Đã đổi cờ khẩn cấp của %n hồ sơ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Không thụ lý</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Why? The reason is kept in each case's history.</source>
            <translation>Vì sao? Lý do được lưu trong lịch sử của từng hồ sơ.</translation>
        </message>
        <message numerus="yes">
            <source>Moved %n case(s) to {0}.</source>
            <translation>
                <numerusform>Đã chuyển %n hồ sơ sang {0}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Note for {0}:</source>
            <translation>Ghi chú cho {0}:</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Thêm ghi chú</translation>
        </message>
        <message>
            <source>What you found or did (Ctrl+Enter to save)</source>
            <translation>Điều bạn phát hiện hoặc đã làm (Ctrl+Enter để lưu)</translation>
        </message>
        <message numerus="yes">
            <source>Note added to %n case(s).</source>
            <translation>
                <numerusform>Đã thêm ghi chú cho %n hồ sơ.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Merged %n case(s).</source>
            <translation>
                <numerusform>Đã gộp %n hồ sơ.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to undo.</source>
            <translation>Không có gì để hoàn tác.</translation>
        </message>
        <message>
            <source>Cannot undo</source>
            <translation>Không hoàn tác được</translation>
        </message>
        <message>
            <source>Undone.</source>
            <translation>Đã hoàn tác.</translation>
        </message>
        <message>
            <source>Left as they are (changed since): {0}</source>
            <translation>Giữ nguyên (đã có thay đổi sau đó): {0}</translation>
        </message>
    </context>
    <context>
        <name>UserGuide</name>
        <message>
            <source>User guide</source>
            <translation>Hướng dẫn sử dụng</translation>
        </message>
    </context>
    <context>
        <name>Views</name>
        <message>
            <source>My cases</source>
            <translation>Hồ sơ của tôi</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Chưa phân công</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>Khẩn cấp</translation>
        </message>
        <message>
            <source>Triage</source>
            <translation>Sàng lọc</translation>
        </message>
        <message>
            <source>Investigating</source>
            <translation>Xác minh</translation>
        </message>
        <message>
            <source>Awaiting reply</source>
            <translation>Chờ phản hồi</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Chờ họp</translation>
        </message>
        <message>
            <source>Decided / Monitoring</source>
            <translation>Đã quyết định / Giám sát</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Đã đóng</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Tất cả</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Xung đột</translation>
        </message>
        <message>
            <source>Takedown requests overdue</source>
            <translation>Đề nghị gỡ nội dung quá hạn</translation>
        </message>
        <message>
            <source>Cases with a takedown request past its deadline and no answer recorded</source>
            <translation>Hồ sơ có đề nghị gỡ nội dung đã quá hạn mà chưa ghi kết quả xử lý của nền tảng</translation>
        </message>
        <message>
            <source>Content back online</source>
            <translation>Nội dung xuất hiện lại</translation>
        </message>
        <message>
            <source>Cases whose content the latest re-check found up again after the platform removed it</source>
            <translation>Hồ sơ có nội dung đã được nền tảng gỡ nhưng lần kiểm tra lại gần nhất thấy nội dung xuất hiện lại</translation>
        </message>
        <message>
            <source>Re-checks due</source>
            <translation>Cần kiểm tra lại</translation>
        </message>
        <message>
            <source>Cases whose content is due to be looked at again, 7 or 30 days after the platform removed it</source>
            <translation>Hồ sơ đến lúc cần kiểm tra lại nội dung, 7 hoặc 30 ngày sau khi nền tảng gỡ</translation>
        </message>
    </context>
    <context>
        <name>WaitingForApproval</name>
        <message>
            <source>Waiting for the chair's approval</source>
            <translation>Đang chờ Trưởng ban phê duyệt</translation>
        </message>
        <message>
            <source>Approval status</source>
            <translation>Tình trạng phê duyệt</translation>
        </message>
        <message>
            <source>Your request to join has been written to the shared folder. Read your key fingerprint to the chair so they can check it before approving:

{0}</source>
            <translation>Đề nghị tham gia của bạn đã được ghi vào thư mục dùng chung. Hãy đọc dấu vân tay khóa của bạn cho Trưởng ban để họ kiểm tra trước khi phê duyệt:

{0}</translation>
        </message>
        <message>
            <source>Check now</source>
            <translation>Kiểm tra ngay</translation>
        </message>
        <message>
            <source>Continue without waiting (read only)</source>
            <translation>Tiếp tục không chờ (chỉ đọc)</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>Chưa được phê duyệt.</translation>
        </message>
        <message>
            <source>Checking the shared folder…</source>
            <translation>Đang kiểm tra thư mục dùng chung…</translation>
        </message>
        <message>
            <source>Approved. Welcome to the committee.</source>
            <translation>Đã được phê duyệt. Chào mừng bạn đến với ban.</translation>
        </message>
        <message>
            <source>Not approved yet (last checked {0}). The application checks again every few seconds.</source>
            <translation>Chưa được phê duyệt (kiểm tra lần cuối {0}). Ứng dụng sẽ tự kiểm tra lại sau ít giây.</translation>
        </message>
        <message>
            <source>The shared folder could not be read: {0}</source>
            <translation>Không đọc được thư mục dùng chung: {0}</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to Digital Trust Moderator</source>
            <translation>Chào mừng đến với Tự giám sát Niềm tin số</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>Xin chào</translation>
        </message>
        <message>
            <source>This is the desk of the Niềm tin số self-monitoring committee. Your work stays on this computer and is shared with the other members through a shared folder. How would you like to start?</source>
            <translation>Đây là bàn làm việc của Ban tự giám sát Niềm tin số. Công việc của bạn được lưu trên máy này và chia sẻ với các thành viên khác qua một thư mục dùng chung. Bạn muốn bắt đầu thế nào?</translation>
        </message>
        <message>
            <source>Open the demo workspace</source>
            <translation>Mở không gian làm việc mẫu</translation>
        </message>
        <message>
            <source>A simulated committee with a few thousand cases, to look around. It is kept apart from your own work.</source>
            <translation>Một ban mô phỏng với vài nghìn hồ sơ để làm quen. Không gian làm việc mẫu được tách riêng khỏi công việc của bạn.</translation>
        </message>
        <message>
            <source>Create a committee</source>
            <translation>Lập ban</translation>
        </message>
        <message>
            <source>You are the chair: name the committee and choose the shared folder members will use.</source>
            <translation>Bạn là Trưởng ban: đặt tên ban và chọn thư mục dùng chung cho các thành viên.</translation>
        </message>
        <message>
            <source>Join a committee</source>
            <translation>Tham gia ban</translation>
        </message>
        <message>
            <source>Choose the committee's shared folder, compare its fingerprint with the chair's, and wait for the chair to approve you.</source>
            <translation>Chọn thư mục dùng chung của ban, đối chiếu dấu vân tay với Trưởng ban và chờ Trưởng ban phê duyệt.</translation>
        </message>
        <message>
            <source>Start on my own for now</source>
            <translation>Tạm thời làm việc một mình</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Tên của bạn</translation>
        </message>
    </context>
    <context>
        <name>YourNameDialog</name>
        <message>
            <source>Your name</source>
            <translation>Tên của bạn</translation>
        </message>
        <message>
            <source>Your full name, as the committee knows you. It is shown in each case's history and signs the letters you write; you can change it later.</source>
            <translation>Họ và tên của bạn, như Ban vẫn biết. Tên này hiện trong lịch sử của từng hồ sơ và ký các văn bản bạn soạn; bạn có thể đổi sau.</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Thu Hà</source>
            <translation>ví dụ: Nguyễn Thu Hà</translation>
        </message>
    </context>
</TS>
