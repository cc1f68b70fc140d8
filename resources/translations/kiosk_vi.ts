<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>Access</name>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="112" />
      <source>This PIN is too short and no longer opens the kiosk. Ask the ward's admin for a new one (or run `kiosk pin reset` on this computer).</source>
      <translation>Mã PIN này quá ngắn và không còn mở được máy nữa. Xin nhờ cán bộ quản trị của phường đặt mã mới (hoặc chạy lệnh `kiosk pin reset` trên máy tính này).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="108" />
      <source>Your role may not do this. Please ask the ward's admin.</source>
      <translation>Vai trò của bạn không được làm việc này. Xin nhờ cán bộ quản trị của phường.</translation>
    </message>
  </context>
  <context>
    <name>Audit</name>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="22" />
      <source>A resident called a volunteer</source>
      <translation>Người dân gọi tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="37" />
      <source>Admin</source>
      <translation>Quản trị</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="168" />
      <source>All actions</source>
      <translation>Tất cả thao tác</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="84" />
      <source>Audit log</source>
      <translation>Nhật ký thao tác</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="42" />
      <source>Automatic</source>
      <translation>Tự động</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="87" />
      <source>Back to the staff menu</source>
      <translation>Về menu cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="30" />
      <source>Cancelled a session</source>
      <translation>Hủy một buổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="24" />
      <source>Changed a PIN</source>
      <translation>Đổi mã PIN</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="29" />
      <source>Changed a session</source>
      <translation>Sửa một buổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="23" />
      <source>Changed the ward settings</source>
      <translation>Thay đổi cài đặt của phường</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="147" />
      <source>Checking that no entry was changed…</source>
      <translation>Đang kiểm tra xem có mục nào bị sửa không…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="21" />
      <source>Closed the kiosk</source>
      <translation>Đóng máy kiosk</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="41" />
      <source>Command line</source>
      <translation>Dòng lệnh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="45" />
      <source>Command line ({0})</source>
      <translation>Dòng lệnh ({0})</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="188" />
      <source>Details</source>
      <translation>Chi tiết</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="15" />
      <source>Erased one resident's data</source>
      <translation>Xóa dữ liệu của một người dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="11" />
      <source>Exported one resident's data</source>
      <translation>Xuất dữ liệu của một người dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="13" />
      <source>Exported the check-ins</source>
      <translation>Xuất danh sách điểm danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="12" />
      <source>Exported the list of residents</source>
      <translation>Xuất danh sách người dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="14" />
      <source>Imported residents from a file</source>
      <translation>Nhập danh sách người dân từ tệp</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="25" />
      <source>Let the PIN pad take PINs again</source>
      <translation>Mở khóa bàn phím nhập mã PIN</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="86" />
      <source>Load more</source>
      <translation>Xem thêm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="121" />
      <source>Loading…</source>
      <translation>Đang tải…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="180" />
      <source>Nothing recorded.</source>
      <translation>Chưa có gì được ghi lại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="18" />
      <source>Printed a certificate again</source>
      <translation>In lại giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="19" />
      <source>Printed a session's certificates</source>
      <translation>In giấy chứng nhận của một buổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="17" />
      <source>Printed an attendance sheet</source>
      <translation>In danh sách điểm danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="16" />
      <source>Removed data past the retention period</source>
      <translation>Xóa dữ liệu quá thời hạn lưu giữ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="40" />
      <source>Resident</source>
      <translation>Người dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="20" />
      <source>Revoked a certificate</source>
      <translation>Thu hồi giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="28" />
      <source>Scheduled a session</source>
      <translation>Lên lịch một buổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="27" />
      <source>Set the first staff PIN</source>
      <translation>Đặt mã PIN cán bộ lần đầu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="26" />
      <source>Set up the kiosk</source>
      <translation>Cài đặt máy kiosk lần đầu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="85" />
      <source>Show</source>
      <translation>Hiển thị</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="38" />
      <source>Staff</source>
      <translation>Cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="162" />
      <source>The audit log could not be checked.</source>
      <translation>Không kiểm tra được nhật ký.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="141" />
      <source>The audit log could not be read.</source>
      <translation>Không đọc được nhật ký thao tác.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="158" />
      <source>The audit log is intact: no entry was changed.</source>
      <translation>Nhật ký nguyên vẹn: không mục nào bị sửa.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="221" />
      <source>The audit log was changed. First wrong entry: no. {0} ({1}): {2}.</source>
      <translation>Nhật ký đã bị thay đổi. Mục sai đầu tiên: số {0} ({1}): {2}.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/audit_words.py" line="39" />
      <source>Volunteer</source>
      <translation>Tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="187" />
      <source>What</source>
      <translation>Thao tác</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="185" />
      <source>When</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="186" />
      <source>Who</source>
      <translation>Người thực hiện</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="214" />
      <source>it was removed</source>
      <translation>mục này đã bị xóa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="212" />
      <source>its content was changed after it was written</source>
      <translation>nội dung đã bị sửa sau khi ghi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="218" />
      <source>its signed record does not carry the ward's signature</source>
      <translation>bản ghi đã ký của mục này không mang chữ ký của phường</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="213" />
      <source>the entry before it was removed, or entries were moved</source>
      <translation>mục ngay trước nó đã bị xóa, hoặc các mục đã bị đổi chỗ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_audit.py" line="215" />
      <source>the log was changed at or before it and then made to look whole again</source>
      <translation>nhật ký đã bị sửa ở mục này hoặc trước đó, rồi bị làm cho trông như nguyên vẹn</translation>
    </message>
  </context>
  <context>
    <name>Camera</name>
    <message>
      <location filename="../../kiosk/ui/camera.py" line="138" />
      <source>Close camera</source>
      <translation>Tắt máy ảnh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/camera.py" line="157" />
      <source>No camera found — use the scanner or type the code</source>
      <translation>Không tìm thấy máy ảnh — dùng máy quét hoặc nhập mã</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/camera.py" line="199" />
      <source>The camera is not working — use the scanner or type the code</source>
      <translation>Máy ảnh không hoạt động — dùng máy quét hoặc nhập mã</translation>
    </message>
  </context>
  <context>
    <name>Catalog</name>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="61" />
      <source>Artificial intelligence</source>
      <translation>Trí tuệ nhân tạo</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="48" />
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="224" />
      <source>Choose a practice lesson</source>
      <translation>Chọn bài thực hành</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="227" />
      <source>Down</source>
      <translation>Xuống</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="225" />
      <source>Finish</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="40" />
      <source>Guided</source>
      <translation>Hướng dẫn</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="49" />
      <source>No hints. Pass to earn your certificate.</source>
      <translation>Không có gợi ý. Làm đúng để được tính vào giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="70" />
      <source>Not started</source>
      <translation>Chưa học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="44" />
      <source>On my own</source>
      <translation>Tự làm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="57" />
      <source>Payments</source>
      <translation>Thanh toán</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="69" />
      <source>Practised</source>
      <translation>Đã thực hành</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="58" />
      <source>Public services</source>
      <translation>Dịch vụ công</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="60" />
      <source>Safety – avoiding scams</source>
      <translation>An toàn – chống lừa đảo</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="41" />
      <source>The kiosk shows and tells you every step.</source>
      <translation>Máy chỉ và đọc cho bạn từng bước.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="226" />
      <source>Up</source>
      <translation>Lên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="56" />
      <source>VNeID</source>
      <translation>VNeID</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="59" />
      <source>VssID</source>
      <translation>VssID</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="45" />
      <source>You try by yourself; ask for a hint when you need one.</source>
      <translation>Bạn tự làm; cần thì bấm xin gợi ý.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="287" />
      <source>{0} minutes</source>
      <translation>{0} phút</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="68" />
      <source>✓ Passed</source>
      <translation>✓ Đã đạt</translation>
    </message>
  </context>
  <context>
    <name>CheckIn</name>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="93" />
      <source>Choose…</source>
      <translation>Chọn…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="127" />
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="123" />
      <source>Female</source>
      <translation>Nữ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="119" />
      <source>First visit: sign up</source>
      <translation>Lần đầu đến: ghi danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="85" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="89" />
      <source>Gender (optional)</source>
      <translation>Giới tính (không bắt buộc)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_scan.py" line="10" />
      <source>Hold the QR code of your learner card or certificate up to the camera.</source>
      <translation>Đưa mã QR trên thẻ học viên hoặc giấy chứng nhận lại gần máy ảnh.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="120" />
      <source>I have been here before</source>
      <translation>Tôi đã từng đến</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="124" />
      <source>Is this you?</source>
      <translation>Có phải bạn không?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="87" />
      <source>Khu phố (neighbourhood)</source>
      <translation>Khu phố</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="122" />
      <source>Male</source>
      <translation>Nam</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="88" />
      <source>Mobile phone (optional)</source>
      <translation>Số điện thoại di động (không bắt buộc)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="126" />
      <source>No</source>
      <translation>Không phải</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="232" />
      <source>No one found. Check the spelling, or choose 'First visit: sign up'.</source>
      <translation>Không tìm thấy. Bạn xem lại cách viết, hoặc chọn “Lần đầu đến: ghi danh”.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_scan.py" line="39" />
      <source>No one with this learner card is registered at this kiosk. Please type your name or phone number.</source>
      <translation>Kiosk này chưa có thông tin của chủ thẻ học viên này. Bạn vui lòng nhập tên hoặc số điện thoại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="124" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/card_offer.py" line="63" />
      <source>Print learner card</source>
      <translation>In thẻ học viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/card_offer.py" line="90" />
      <source>Printing your learner card…</source>
      <translation>Đang in thẻ học viên…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="274" />
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="128" />
      <source>Scan with the camera</source>
      <translation>Quét mã bằng máy ảnh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/card_offer.py" line="126" />
      <source>Sorry, the card could not be made. Please ask a volunteer.</source>
      <translation>Xin lỗi, chưa làm được thẻ. Bạn vui lòng nhờ tình nguyện viên giúp.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="289" />
      <source>Sorry, this could not be saved. Please ask a volunteer.</source>
      <translation>Xin lỗi, chưa lưu được. Bạn vui lòng nhờ tình nguyện viên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_scan.py" line="20" />
      <source>The data of this QR code's owner was erased at their request. Please sign up again with 'First visit: sign up'.</source>
      <translation>Thông tin của chủ mã QR này đã được xóa theo yêu cầu. Xin mời ghi danh lại ở mục “Lần đầu đến: ghi danh”.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_scan.py" line="26" />
      <source>This QR code is not a certificate from this ward.</source>
      <translation>Mã QR này không phải giấy chứng nhận của phường.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_scan.py" line="14" />
      <source>This QR code is not a learner card or a certificate.</source>
      <translation>Mã QR này không phải thẻ học viên hay giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_scan.py" line="44" />
      <source>This learner card cannot be read or is not valid. Please type your name or phone number.</source>
      <translation>Không đọc được thẻ học viên này hoặc thẻ không hợp lệ. Bạn vui lòng nhập tên hoặc số điện thoại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_scan.py" line="33" />
      <source>This learner card is from another ward. Here, please sign up with 'First visit: sign up'.</source>
      <translation>Thẻ học viên này của phường khác. Tại đây, xin mời ghi danh ở mục “Lần đầu đến: ghi danh”.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_scan.py" line="28" />
      <source>This learner card is from {0}. Here, please sign up with 'First visit: sign up'.</source>
      <translation>Thẻ học viên này của {0}. Tại đây, xin mời ghi danh ở mục “Lần đầu đến: ghi danh”.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="122" />
      <source>Type your name (accents not needed) or your phone number.</source>
      <translation>Gõ tên của bạn (không cần dấu) hoặc số điện thoại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/card_offer.py" line="116" />
      <source>Waiting for the printer — a volunteer will print it for you.</source>
      <translation>Đang chờ in — tình nguyện viên sẽ in giúp bạn.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/card_offer.py" line="57" />
      <source>Welcome! Would you like a learner card? Next time, show its QR code at the counter to check in quickly.</source>
      <translation>Chào mừng bạn! Bạn có muốn in thẻ học viên không? Lần sau, chỉ cần đưa mã QR trên thẻ ở quầy là điểm danh nhanh.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="86" />
      <source>Year of birth</source>
      <translation>Năm sinh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="125" />
      <source>Yes, this is me</source>
      <translation>Đúng, là tôi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/card_offer.py" line="112" />
      <source>Your learner card is printed. Please take it from the printer.</source>
      <translation>Thẻ học viên đã in xong. Mời bạn lấy thẻ ở máy in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="92" />
      <source>e.g. 1955</source>
      <translation>ví dụ: 1955</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="91" />
      <source>e.g. Nguyễn Văn An</source>
      <translation>ví dụ: Nguyễn Văn An</translation>
    </message>
  </context>
  <context>
    <name>Completion</name>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="112" />
      <source>Certificates are given to residents who checked in with their name.</source>
      <translation>Giấy chứng nhận dành cho người đã ghi danh bằng họ tên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="127" />
      <source>Check not passed this time. Practise and try again!</source>
      <translation>Lần này chưa đạt. Bạn tập thêm rồi thử lại nhé!</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="125" />
      <source>Check passed: it counts toward your certificate.</source>
      <translation>Đạt bài kiểm tra: bài này được tính cho giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="85" />
      <source>Finish</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="102" />
      <source>Lesson stopped</source>
      <translation>Đã dừng bài học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="84" />
      <source>Practise another lesson</source>
      <translation>Học bài khác</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="83" />
      <source>Print my certificate</source>
      <translation>In giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="139" />
      <source>Print the {0} certificate</source>
      <translation>In giấy chứng nhận {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="156" />
      <source>Printing your certificate…</source>
      <translation>Đang in giấy chứng nhận…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="82" />
      <source>Remember:</source>
      <translation>Hãy nhớ:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="196" />
      <source>Sorry, the certificate could not be made. Please ask a volunteer.</source>
      <translation>Xin lỗi, chưa tạo được giấy chứng nhận. Mời bạn nhờ tình nguyện viên giúp.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="187" />
      <source>Waiting for the printer — a volunteer will print it for you.</source>
      <translation>Đang chờ in — tình nguyện viên sẽ in giúp bạn.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="100" />
      <source>Well done! You finished the lesson.</source>
      <translation>Chúc mừng! Bạn đã hoàn thành bài học.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="180" />
      <source>Your certificate is printed. Please take it from the printer.</source>
      <translation>Đã in xong. Mời bạn lấy giấy chứng nhận ở máy in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="120" />
      <source>{0} of {1} steps without help, in about {2} minutes.</source>
      <translation>{0}/{1} bước tự làm không cần gợi ý, trong khoảng {2} phút.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="142" />
      <source>{0}: {1} of {2} lessons passed in check mode.</source>
      <translation>{0}: đã đạt {1}/{2} bài ở chế độ Kiểm tra.</translation>
    </message>
  </context>
  <context>
    <name>Consent</name>
    <message>
      <location filename="../../kiosk/ui/screens/consent.py" line="55" />
      <source>Before we start</source>
      <translation>Trước khi bắt đầu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/consent.py" line="57" />
      <source>Do you agree?</source>
      <translation>Bạn có đồng ý không?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/consent.py" line="58" />
      <source>I agree</source>
      <translation>Tôi đồng ý</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/consent.py" line="59" />
      <source>I do not agree</source>
      <translation>Không đồng ý</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/consent.py" line="61" />
      <source>If you do not agree, you can still practise without giving your name.</source>
      <translation>Nếu không đồng ý, bạn vẫn có thể thực hành mà không cần cho biết tên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/consent.py" line="16" />
      <source>To give you a certificate and to see you again next time, the ward's help point keeps your full name, year of birth, khu phố and (if you wish) your phone number, and which lessons you practised. We never ask for your ID number, passwords or bank details. Your data stays at the ward, is used only for this programme and is erased after 12 months, or earlier if you ask a volunteer.</source>
      <translation>Để cấp giấy chứng nhận và nhận ra bạn trong lần sau, điểm hỗ trợ của phường lưu họ tên, năm sinh, khu phố, số điện thoại (nếu bạn muốn) và các bài bạn đã học. Chúng tôi không bao giờ hỏi số căn cước, mật khẩu hay thông tin ngân hàng. Thông tin của bạn chỉ lưu tại phường, chỉ dùng cho chương trình này và được xóa sau 12 tháng, hoặc sớm hơn nếu bạn yêu cầu tình nguyện viên.</translation>
    </message>
  </context>
  <context>
    <name>FirstRun</name>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="164" />
      <source>Add a khu phố</source>
      <translation>Thêm khu phố</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="165" />
      <source>Admin PIN (settings, audit log)</source>
      <translation>Mã PIN quản trị (cài đặt, nhật ký thao tác)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="170" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="148" />
      <source>Each role has its own PIN: 6 to 8 digits for the admin and staff, 4 to 8 for volunteers. The kiosk knows who you are by your PIN. The staff menu opens with a long press in the top-left corner of the screen. Keep the PINs secret.</source>
      <translation>Mỗi vai trò có mã PIN riêng: quản trị và cán bộ dùng 6 đến 8 chữ số, tình nguyện viên dùng 4 đến 8 chữ số. Máy nhận ra bạn là ai qua mã PIN. Menu cán bộ mở bằng cách nhấn giữ góc trên bên trái màn hình. Hãy giữ bí mật các mã PIN.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="139" />
      <source>Khu phố</source>
      <translation>Khu phố</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="173" />
      <source>Next</source>
      <translation>Tiếp theo</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="147" />
      <source>PINs</source>
      <translation>Mã PIN</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="140" />
      <source>Residents choose their khu phố from this list when they sign up. Type in a row to rename it. The admin can change the list later in Settings.</source>
      <translation>Người dân chọn khu phố của mình trong danh sách này khi đăng ký. Gõ vào một dòng để đổi tên. Sau này, quản trị có thể sửa danh sách trong phần Cài đặt.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="173" />
      <source>Save and start the kiosk</source>
      <translation>Lưu và bắt đầu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="272" />
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="125" />
      <source>Setting up this kiosk: step {0} of 3</source>
      <translation>Cài đặt máy kiosk: bước {0}/3</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="166" />
      <source>Staff PIN (ward staff)</source>
      <translation>Mã PIN cán bộ (cán bộ phường)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="284" />
      <source>The setup could not be saved.</source>
      <translation>Chưa lưu được phần cài đặt.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="131" />
      <source>The ward</source>
      <translation>Phường</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="132" />
      <source>The ward's name is printed on every certificate and attendance sheet. Write it in full, with accents.</source>
      <translation>Tên phường được in trên mọi giấy chứng nhận và danh sách điểm danh. Vui lòng viết đầy đủ, có dấu.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="168" />
      <source>Volunteer PIN (optional: the volunteer console)</source>
      <translation>Mã PIN tình nguyện viên (không bắt buộc: bàn tình nguyện viên)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="162" />
      <source>Ward name</source>
      <translation>Tên phường</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="163" />
      <source>e.g. Phường Bến Thành</source>
      <translation>ví dụ: Phường Bến Thành</translation>
    </message>
  </context>
  <context>
    <name>Idle</name>
    <message>
      <location filename="../../kiosk/ui/idle.py" line="98" />
      <source>Are you still there?</source>
      <translation>Bạn vẫn đang ở đây chứ?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/idle.py" line="102" />
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/idle.py" line="100" />
      <source>The screen will be cleared in {0} seconds.</source>
      <translation>Màn hình sẽ được xóa sau {0} giây.</translation>
    </message>
  </context>
  <context>
    <name>PdfPreview</name>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="122" />
      <source>+ Bigger</source>
      <translation>+ Phóng to</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="120" />
      <source>Close</source>
      <translation>Đóng</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="118" />
      <source>Next page</source>
      <translation>Trang sau</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="237" />
      <source>Page {0}/{1}</source>
      <translation>Trang {0}/{1}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="169" />
      <source>Preparing the preview…</source>
      <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="117" />
      <source>Previous page</source>
      <translation>Trang trước</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="121" />
      <source>Print</source>
      <translation>In</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="192" />
      <source>This document cannot be shown.</source>
      <translation>Không thể hiển thị tài liệu này.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/pdf_preview.py" line="119" />
      <source>Whole page</source>
      <translation>Vừa khung</translation>
    </message>
  </context>
  <context>
    <name>Phone</name>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="321" />
      <source>Accept</source>
      <translation>Nghe</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="127" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="59" />
      <source>Capital letters</source>
      <translation>Chữ hoa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="320" />
      <source>Decline</source>
      <translation>Từ chối</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="56" />
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="57" />
      <source>Done</source>
      <translation>Xong</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="314" />
      <source>Incoming call</source>
      <translation>Cuộc gọi đến</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="304" />
      <source>Message from {0}</source>
      <translation>Tin nhắn từ {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="230" />
      <source>Off</source>
      <translation>Tắt</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="230" />
      <source>On</source>
      <translation>Bật</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/frame.py" line="134" />
      <source>PRACTICE</source>
      <translation>MÔ PHỎNG</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/frame.py" line="136" />
      <source>Practice phone (not a real phone)</source>
      <translation>Điện thoại tập (không phải điện thoại thật)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/frame.py" line="135" />
      <source>Sample data</source>
      <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="58" />
      <source>Space</source>
      <translation>Dấu cách</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="60" />
      <source>Switch keys</source>
      <translation>Đổi bàn phím</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="286" />
      <source>Tap here to scan</source>
      <translation>Chạm vào đây để quét</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="268" />
      <source>Valid for {0} seconds</source>
      <translation>Còn hiệu lực {0} giây</translation>
    </message>
  </context>
  <context>
    <name>PrintQueue</name>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="24" />
      <source>Attendance sheet</source>
      <translation>Danh sách điểm danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="103" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="22" />
      <source>Certificate</source>
      <translation>Giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="27" />
      <source>Document</source>
      <translation>Tài liệu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="26" />
      <source>Learner card</source>
      <translation>Thẻ học viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="128" />
      <source>Nothing is waiting to print.</source>
      <translation>Không có tài liệu nào đang chờ in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="101" />
      <source>Print queue</source>
      <translation>Hàng chờ in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="102" />
      <source>Retry now</source>
      <translation>In lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="142" />
      <source>Trying again…</source>
      <translation>Đang thử in lại…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="32" />
      <source>printing now</source>
      <translation>đang in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="35" />
      <source>queued</source>
      <translation>đang xếp hàng</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="34" />
      <source>waiting for the printer</source>
      <translation>đang chờ máy in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="126" />
      <source>{0} documents are waiting to print.</source>
      <translation>Có {0} tài liệu đang chờ in.</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="190" />
      <source>Add a category</source>
      <translation>Thêm loại hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="189" />
      <source>Add a khu phố</source>
      <translation>Thêm khu phố</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="193" />
      <source>Admin</source>
      <translation>Quản trị</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="197" />
      <source>Back to the staff menu</source>
      <translation>Về menu cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="196" />
      <source>Change the PIN</source>
      <translation>Đổi mã PIN</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="180" />
      <source>Choose whose PIN to change. Each role needs its own PIN: 6 to 8 digits for staff and the admin, 4 to 8 for volunteers.</source>
      <translation>Chọn vai trò cần đổi mã PIN. Mỗi vai trò cần mã PIN riêng: cán bộ và quản trị dùng 6 đến 8 chữ số, tình nguyện viên dùng 4 đến 8 chữ số.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="319" />
      <source>Could not save.</source>
      <translation>Chưa lưu được.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="165" />
      <source>Help categories</source>
      <translation>Loại hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="164" />
      <source>Khu phố</source>
      <translation>Khu phố</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="194" />
      <source>New PIN for this role</source>
      <translation>Mã PIN mới cho vai trò này</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="282" />
      <source>Nothing changed.</source>
      <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="166" />
      <source>PINs</source>
      <translation>Mã PIN</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="171" />
      <source>Printed on certificates and attendance sheets, and shown on the kiosk.</source>
      <translation>In trên giấy chứng nhận, danh sách điểm danh và hiển thị trên máy kiosk.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="174" />
      <source>Residents choose from this list when they sign up. Type in a row to rename it; residents already registered keep the khu phố they have.</source>
      <translation>Người dân chọn trong danh sách này khi đăng ký. Gõ vào một dòng để đổi tên; người đã đăng ký vẫn giữ khu phố hiện có.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="196" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="279" />
      <source>Saved. The kiosk uses the new values now.</source>
      <translation>Đã lưu. Máy kiosk dùng thông tin mới ngay từ bây giờ.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="302" />
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="161" />
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="192" />
      <source>Staff</source>
      <translation>Cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="297" />
      <source>The PIN was changed for: {0}.</source>
      <translation>Đã đổi mã PIN cho: {0}.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="179" />
      <source>The kinds of real help that volunteers record in their console.</source>
      <translation>Các loại hỗ trợ thực tế mà tình nguyện viên ghi lại trong bàn tình nguyện viên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="191" />
      <source>Volunteer</source>
      <translation>Tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_settings.py" line="163" />
      <source>Ward name</source>
      <translation>Tên phường</translation>
    </message>
  </context>
  <context>
    <name>Setup</name>
    <message>
      <location filename="../../kiosk/ui/setup_widgets.py" line="195" />
      <source>New PIN</source>
      <translation>Mã PIN mới</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/setup_widgets.py" line="106" />
      <source>Remove</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/setup_widgets.py" line="196" />
      <source>The same PIN again</source>
      <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/setup_widgets.py" line="202" />
      <source>The two PINs are not the same.</source>
      <translation>Hai mã PIN không giống nhau.</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="163" />
      <source>A volunteer has been called and will come to you. Please wait a moment.</source>
      <translation>Đã gọi tình nguyện viên, họ sẽ đến ngay. Bạn vui lòng chờ một chút.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="105" />
      <source>Call a volunteer</source>
      <translation>Gọi tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="99" />
      <source>High contrast</source>
      <translation>Tương phản cao</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="98" />
      <source>Text size {0}%</source>
      <translation>Cỡ chữ {0}%</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="103" />
      <source>Voice off</source>
      <translation>Giọng đọc: tắt</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="103" />
      <source>Voice on</source>
      <translation>Giọng đọc: bật</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="117" />
      <source>Attendance sheet sent to the printer ({0} people). See the print queue.</source>
      <translation>Đã gửi danh sách điểm danh tới máy in ({0} người). Xem Hàng chờ in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="121" />
      <source>Audit log</source>
      <translation>Nhật ký thao tác</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="93" />
      <source>Back to the kiosk</source>
      <translation>Quay lại màn hình chính</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="63" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="115" />
      <source>Certificates: reprint</source>
      <translation>Chứng nhận: in lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="104" />
      <source>Check a certificate</source>
      <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="79" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="125" />
      <source>Could not print: the sheet is kept in the outbox folder.</source>
      <translation>Chưa in được: danh sách đã được lưu trong thư mục chờ in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="94" />
      <source>Exit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="108" />
      <source>Import residents</source>
      <translation>Nhập danh sách cư dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/pin_change.py" line="50" />
      <source>Leave</source>
      <translation>Rời đi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="102" />
      <source>Print queue</source>
      <translation>Hàng chờ in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="92" />
      <source>Print today's attendance sheet</source>
      <translation>In danh sách điểm danh hôm nay</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="109" />
      <source>Printing…</source>
      <translation>Đang in…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="106" />
      <source>Residents' data</source>
      <translation>Dữ liệu người dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/pin_change.py" line="49" />
      <source>Save the new PIN</source>
      <translation>Lưu mã PIN mới</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="112" />
      <source>Sessions</source>
      <translation>Lịch buổi học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="119" />
      <source>Settings</source>
      <translation>Cài đặt</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="62" />
      <source>Staff PIN</source>
      <translation>Mã PIN cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="89" />
      <source>Staff menu</source>
      <translation>Menu cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="171" />
      <source>The PIN could not be checked.</source>
      <translation>Không kiểm tra được mã PIN.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="142" />
      <source>The PIN could not be saved.</source>
      <translation>Không lưu được mã PIN.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="97" />
      <source>These tutorial files were skipped because they have errors:</source>
      <translation>Các tệp bài học sau bị bỏ qua vì có lỗi:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="166" />
      <source>Too many wrong PINs. Try again in {0} minutes.</source>
      <translation>Nhập sai quá nhiều lần. Vui lòng thử lại sau {0} phút.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="168" />
      <source>Too many wrong PINs. Try again in {0} seconds.</source>
      <translation>Nhập sai quá nhiều lần. Vui lòng thử lại sau {0} giây.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/staff_screens.py" line="110" />
      <source>Volunteer console</source>
      <translation>Bàn tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="97" />
      <source>Wrong PIN. Please try again.</source>
      <translation>Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/pin_change.py" line="42" />
      <source>Your PIN is too short: staff and admin PINs now have 6 to 8 digits. Choose a new PIN now. The old one will not open the kiosk again.</source>
      <translation>Mã PIN của bạn quá ngắn: mã PIN của cán bộ và quản trị nay có 6 đến 8 chữ số. Xin chọn mã PIN mới ngay bây giờ. Mã cũ sẽ không mở được máy nữa.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/pin_change.py" line="48" />
      <source>Your new PIN</source>
      <translation>Mã PIN mới của bạn</translation>
    </message>
  </context>
  <context>
    <name>StaffCertificates</name>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="29" />
      <source>(holder's data erased)</source>
      <translation>(dữ liệu người nhận đã được xóa)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="169" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="407" />
      <source>Certificate {0} was sent to the printer.</source>
      <translation>Đã gửi giấy chứng nhận {0} tới máy in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="160" />
      <source>Certificates: reprint</source>
      <translation>Chứng nhận: in lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="37" />
      <source>Holder's data erased: cannot be reprinted</source>
      <translation>Dữ liệu người nhận đã được xóa: không thể in lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="361" />
      <source>Making the certificates…</source>
      <translation>Đang tạo giấy chứng nhận…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="167" />
      <source>Name or code</source>
      <translation>Họ tên hoặc mã</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="168" />
      <source>No certificate found.</source>
      <translation>Không tìm thấy giấy chứng nhận nào.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="317" />
      <source>No session in the last days.</source>
      <translation>Không có buổi nào trong những ngày gần đây.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="368" />
      <source>Nothing to print in this session.</source>
      <translation>Buổi này không có giấy chứng nhận nào để in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="286" />
      <source>Preparing the preview…</source>
      <translation>Đang chuẩn bị bản xem trước…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="87" />
      <source>Preview</source>
      <translation>Xem trước</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="334" />
      <source>Print all certificates of this session ({0})</source>
      <translation>In tất cả chứng nhận của buổi này ({0})</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="170" />
      <source>Print by session</source>
      <translation>In theo buổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="93" />
      <source>Reprint</source>
      <translation>In lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="35" />
      <source>Revoked: not reprinted</source>
      <translation>Đã thu hồi: không in lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="412" />
      <source>See the print queue.</source>
      <translation>Xem tình trạng ở mục Hàng đợi in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="298" />
      <source>Sending to the printer…</source>
      <translation>Đang gửi tới máy in…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="57" />
      <source>Something went wrong: {0}</source>
      <translation>Đã có lỗi xảy ra: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="54" />
      <source>This certificate or session no longer exists.</source>
      <translation>Giấy chứng nhận hoặc buổi này không còn tồn tại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="342" />
      <source>This session has {0} certificates.</source>
      <translation>Buổi này có {0} giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="162" />
      <source>Type a name (accents not needed) or the code printed under the QR code.</source>
      <translation>Gõ họ tên (không cần dấu) hoặc mã in dưới mã QR.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="38" />
      <source>Valid</source>
      <translation>Còn hiệu lực</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="172" />
      <source>You see all pages before anything is printed.</source>
      <translation>Anh/chị sẽ xem trước tất cả các trang rồi mới in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="46" />
      <source>{0} certificates</source>
      <translation>{0} giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="409" />
      <source>{0} certificates were sent to the printer.</source>
      <translation>Đã gửi {0} giấy chứng nhận tới máy in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_certificates.py" line="345" />
      <source>{0} of them are revoked or their holder's data was erased: they are not printed.</source>
      <translation>Trong đó {0} giấy đã bị thu hồi hoặc đã xóa dữ liệu người nhận: sẽ không in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/certificate_cards.py" line="76" />
      <source>{0} · code {1}</source>
      <translation>{0} · mã {1}</translation>
    </message>
  </context>
  <context>
    <name>StaffImport</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="179" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="168" />
      <source>Import residents</source>
      <translation>Nhập danh sách cư dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="310" />
      <source>Imported: {0} · Skipped (already there): {1} · Rejected: {2}</source>
      <translation>Đã nhập: {0} · Bỏ qua (đã có): {1} · Từ chối: {2}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="88" />
      <source>Line {0}:</source>
      <translation>Dòng {0}:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="331" />
      <source>Line {0}: skipped, the phone {1} belongs to a resident with another name; add this person by hand if needed.</source>
      <translation>Dòng {0}: bỏ qua, số điện thoại {1} đã thuộc về một cư dân khác tên; nếu cần, hãy thêm người này bằng tay.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="177" />
      <source>Look for files again</source>
      <translation>Tìm lại tệp</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="322" />
      <source>New khu phố added: {0}</source>
      <translation>Khu phố mới đã thêm: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="223" />
      <source>No CSV file found.</source>
      <translation>Không tìm thấy tệp CSV nào.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="338" />
      <source>No line was rejected.</source>
      <translation>Không có dòng nào bị từ chối.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="272" />
      <source>Processed {0} / {1} rows</source>
      <translation>Đã xử lý {0} / {1} dòng</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="170" />
      <source>Put a CSV file (columns ho_ten, nam_sinh, khu_pho, so_dien_thoai, and gioi_tinh if you have it) in the folder {0} or on a USB drive, then choose it below.</source>
      <translation>Chép tệp CSV (các cột ho_ten, nam_sinh, khu_pho, so_dien_thoai, và gioi_tinh nếu có) vào thư mục {0} hoặc vào USB, rồi chọn tệp ở bên dưới.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="248" />
      <source>Reading {0}…</source>
      <translation>Đang đọc {0}…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="178" />
      <source>Stop the import</source>
      <translation>Dừng nhập</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="314" />
      <source>Stopped after {0} of {1} rows. Import the same file again to finish: rows already imported are skipped.</source>
      <translation>Đã dừng sau {0} / {1} dòng. Nhập lại chính tệp này để hoàn tất: những dòng đã nhập sẽ được bỏ qua.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="299" />
      <source>The file could not be imported:</source>
      <translation>Không nhập được tệp:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="291" />
      <source>The import stopped on an error after {0} rows were stored:</source>
      <translation>Việc nhập dừng lại vì gặp lỗi, sau khi đã lưu {0} dòng:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="78" />
      <source>The ward's khu phố list already has 60 entries, so this new khu phố cannot join it.</source>
      <translation>Danh sách khu phố của phường đã đủ 60 mục, nên không thêm được khu phố mới này.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="72" />
      <source>This new khu phố may use letters, digits and punctuation only (no emoji or symbols), so it cannot join the ward's khu phố list.</source>
      <translation>Tên khu phố mới chỉ được gồm chữ, số và dấu câu (không có biểu tượng), nên không thêm được vào danh sách khu phố của phường.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_import.py" line="214" />
      <source>USB drive</source>
      <translation>USB</translation>
    </message>
  </context>
  <context>
    <name>StaffResidents</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="109" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="186" />
      <source>Birth year: {0}</source>
      <translation>Năm sinh: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="198" />
      <source>Certificates: {0}</source>
      <translation>Giấy chứng nhận: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="194" />
      <source>Check-ins: {0}</source>
      <translation>Số lần điểm danh: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="173" />
      <source>Choose a person on the left.</source>
      <translation>Hãy chọn một người ở bên trái.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="121" />
      <source>Confirm erasure</source>
      <translation>Xác nhận xóa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="191" />
      <source>Consent given: {0} time(s)</source>
      <translation>Đã đồng ý xử lý dữ liệu: {0} lần</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="122" />
      <source>Do not erase</source>
      <translation>Không xóa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="112" />
      <source>Erase data</source>
      <translation>Xóa dữ liệu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="115" />
      <source>Erase everything about this person? This cannot be undone. Their certificates stay genuine but will show that the holder's data was erased.</source>
      <translation>Xóa toàn bộ dữ liệu của người này? Không thể hoàn tác. Giấy chứng nhận của họ vẫn có giá trị nhưng sẽ ghi rõ dữ liệu người được cấp đã bị xóa.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="111" />
      <source>Export JSON</source>
      <translation>Xuất JSON</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="110" />
      <source>Export PDF</source>
      <translation>Xuất PDF</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="220" />
      <source>Exporting…</source>
      <translation>Đang xuất…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="185" />
      <source>Full name: {0}</source>
      <translation>Họ và tên: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="189" />
      <source>Gender: {0}</source>
      <translation>Giới tính: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="238" />
      <source>Making the learner card…</source>
      <translation>Đang làm thẻ học viên…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="187" />
      <source>Neighbourhood: {0}</source>
      <translation>Khu phố: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="153" />
      <source>No one found.</source>
      <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="188" />
      <source>Phone: {0}</source>
      <translation>Số điện thoại: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="113" />
      <source>Print learner card</source>
      <translation>In thẻ học viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="105" />
      <source>Residents' data</source>
      <translation>Dữ liệu người dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="224" />
      <source>Saved to {0}</source>
      <translation>Đã lưu vào {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="190" />
      <source>Signed up: {0}</source>
      <translation>Ngày đăng ký: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="276" />
      <source>That did not work:</source>
      <translation>Không thực hiện được:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="268" />
      <source>The data was erased.</source>
      <translation>Đã xóa dữ liệu.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="243" />
      <source>The learner card is in the print queue.</source>
      <translation>Thẻ học viên đã vào hàng chờ in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="196" />
      <source>Tutorials done: {0}</source>
      <translation>Số bài đã học: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="107" />
      <source>Type a name (accents not needed) or a phone number.</source>
      <translation>Nhập họ tên (không cần dấu) hoặc số điện thoại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="178" />
      <source>passed</source>
      <translation>đạt</translation>
    </message>
  </context>
  <context>
    <name>StaffSessions</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="304" />
      <source>Attendance sheet sent to the printer ({0} people). See the print queue.</source>
      <translation>Đã gửi danh sách điểm danh tới máy in ({0} người). Xem hàng đợi in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="183" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="173" />
      <source>Cancel session</source>
      <translation>Hủy buổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="256" />
      <source>Cancel the session “{0}” on {1}?</source>
      <translation>Hủy buổi “{0}” vào {1}?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="148" />
      <source>Cancelled</source>
      <translation>Đã hủy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="172" />
      <source>Change</source>
      <translation>Sửa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="176" />
      <source>Change this session</source>
      <translation>Sửa buổi học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="170" />
      <source>Choose a lesson or type</source>
      <translation>Chọn bài học hoặc tự nhập</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="184" />
      <source>Clear</source>
      <translation>Nhập lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="160" />
      <source>Date</source>
      <translation>Ngày</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="162" />
      <source>Ends</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="41" />
      <source>Friday</source>
      <translation>Thứ Sáu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="181" />
      <source>Keep the session</source>
      <translation>Không hủy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="37" />
      <source>Monday</source>
      <translation>Thứ Hai</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="209" />
      <source>No sessions are scheduled yet.</source>
      <translation>Chưa có buổi học nào được lên lịch.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="148" />
      <source>Now</source>
      <translation>Đang diễn ra</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="164" />
      <source>Place</source>
      <translation>Địa điểm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="174" />
      <source>Print attendance sheet</source>
      <translation>In danh sách điểm danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="292" />
      <source>Printing…</source>
      <translation>Đang in…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="42" />
      <source>Saturday</source>
      <translation>Thứ Bảy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="181" />
      <source>Save changes</source>
      <translation>Lưu thay đổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="240" />
      <source>Saved: {0}</source>
      <translation>Đã lưu: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="181" />
      <source>Schedule</source>
      <translation>Lên lịch</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="178" />
      <source>Schedule a session</source>
      <translation>Lên lịch buổi học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="179" />
      <source>Sessions</source>
      <translation>Lịch buổi học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="161" />
      <source>Starts</source>
      <translation>Bắt đầu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="184" />
      <source>Stop editing</source>
      <translation>Thôi sửa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="43" />
      <source>Sunday</source>
      <translation>Chủ nhật</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="312" />
      <source>That did not work:</source>
      <translation>Không thực hiện được:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="282" />
      <source>The session was cancelled; its attendance is kept.</source>
      <translation>Đã hủy buổi học; danh sách điểm danh vẫn được giữ lại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="284" />
      <source>The session was removed from the schedule.</source>
      <translation>Đã xóa buổi học khỏi lịch.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="40" />
      <source>Thursday</source>
      <translation>Thứ Năm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="163" />
      <source>Title</source>
      <translation>Tên buổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="165" />
      <source>Topic</source>
      <translation>Chủ đề</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="38" />
      <source>Tuesday</source>
      <translation>Thứ Ba</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="39" />
      <source>Wednesday</source>
      <translation>Thứ Tư</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="180" />
      <source>Yes, cancel it</source>
      <translation>Đồng ý hủy buổi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="156" />
      <source>code {0}</source>
      <translation>mã {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/session_form.py" line="169" />
      <source>e.g. Nhà văn hóa Khu phố 3</source>
      <translation>VD: Nhà văn hóa Khu phố 3</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="155" />
      <source>{0} checked in</source>
      <translation>{0} người đã điểm danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_sessions.py" line="258" />
      <source>{0} people have checked in: it stays in the records, marked cancelled.</source>
      <translation>Đã có {0} người điểm danh: buổi học vẫn được lưu lại và ghi là đã hủy.</translation>
    </message>
  </context>
  <context>
    <name>StaffVerify</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="161" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="163" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="155" />
      <source>Certificate code</source>
      <translation>Mã giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="156" />
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="147" />
      <source>Check a certificate</source>
      <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="264" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="108" />
      <source>Code: {0}</source>
      <translation>Mã: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="162" />
      <source>Confirm: revoke</source>
      <translation>Xác nhận thu hồi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="107" />
      <source>Hold the certificate's QR code up to the camera.</source>
      <translation>Đưa mã QR trên giấy chứng nhận lại gần máy ảnh.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="107" />
      <source>Holder: {0}</source>
      <translation>Người nhận: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="104" />
      <source>Issued by: {0}</source>
      <translation>Đơn vị cấp: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="105" />
      <source>Issued on: {0}</source>
      <translation>Ngày cấp: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="154" />
      <source>Issued to the wrong person</source>
      <translation>Cấp nhầm người</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="156" />
      <source>Issued twice</source>
      <translation>Cấp trùng</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="33" />
      <source>It was signed by a ward this kiosk does not trust. Ask the issuing ward for its public key.</source>
      <translation>Được ký bởi một phường mà máy này chưa tin cậy. Hãy xin khóa công khai của phường đã cấp.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="294" />
      <source>Looking for files…</source>
      <translation>Đang tìm tệp…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="106" />
      <source>Module: {0}</source>
      <translation>Học phần: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="85" />
      <source>NOT VALID</source>
      <translation>KHÔNG HỢP LỆ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="327" />
      <source>No certificate QR code was found in this file. Try a closer, sharper photo.</source>
      <translation>Không tìm thấy mã QR của giấy chứng nhận trong tệp này. Hãy chụp lại gần hơn và rõ hơn.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="39" />
      <source>No certificate with this code was issued at this kiosk. Codes only work where they were issued: check the QR code instead.</source>
      <translation>Không có giấy chứng nhận nào với mã này được cấp tại máy này. Mã chỉ tra được ở nơi cấp: hãy kiểm tra bằng mã QR.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="310" />
      <source>No image or PDF files yet. Put the scan or photo in: {0}</source>
      <translation>Chưa có ảnh hoặc tệp PDF nào. Hãy chép ảnh chụp hoặc bản quét vào: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="100" />
      <source>Not recorded at this kiosk</source>
      <translation>Không có thông tin tại máy này</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="157" />
      <source>Open image / PDF</source>
      <translation>Mở ảnh / PDF</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="160" />
      <source>Other reason or note</source>
      <translation>Lý do khác hoặc ghi chú</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="322" />
      <source>Reading {0}…</source>
      <translation>Đang đọc {0}…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="160" />
      <source>Revoke</source>
      <translation>Thu hồi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="161" />
      <source>Revoking cannot be undone.</source>
      <translation>Thu hồi rồi thì không hoàn tác được.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="362" />
      <source>Revoking…</source>
      <translation>Đang thu hồi…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="158" />
      <source>Scan with the camera</source>
      <translation>Quét bằng máy ảnh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="231" />
      <source>Something went wrong: {0}</source>
      <translation>Đã xảy ra lỗi: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="308" />
      <source>Tap a file to check it (newest first). Folder: {0}</source>
      <translation>Chạm vào một tệp để kiểm tra (tệp mới nhất ở trên). Thư mục: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="366" />
      <source>The certificate was revoked.</source>
      <translation>Đã thu hồi giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="98" />
      <source>The holder asked for their data to be erased</source>
      <translation>Người nhận đã yêu cầu xóa dữ liệu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="38" />
      <source>The issuing ward has revoked this certificate.</source>
      <translation>Phường cấp đã thu hồi giấy chứng nhận này.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="30" />
      <source>The signature does not match: the certificate was altered or forged.</source>
      <translation>Chữ ký số không khớp: giấy chứng nhận đã bị sửa hoặc làm giả.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="282" />
      <source>This QR code is not a Morning Coffee certificate.</source>
      <translation>Mã QR này không phải giấy chứng nhận của chương trình Cà phê sáng.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="250" />
      <source>This file cannot be opened as an image or PDF.</source>
      <translation>Không mở được tệp này dưới dạng ảnh hoặc PDF.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="245" />
      <source>This file is larger than {0} MB, so it is not read. Save a smaller copy (only the page with the QR code, or a lower resolution).</source>
      <translation>Tệp này lớn hơn {0} MB nên máy không đọc. Hãy lưu một bản nhỏ hơn (chỉ trang có mã QR, hoặc độ phân giải thấp hơn).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="239" />
      <source>This file is only a link to another place, so it is not read. Copy the file itself into the folder.</source>
      <translation>Tệp này chỉ là một liên kết tới nơi khác nên máy không đọc. Hãy chép chính tệp đó vào thư mục.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="289" />
      <source>This is a learner card (for check-in), not a certificate.</source>
      <translation>Đây là thẻ học viên (dùng để điểm danh), không phải giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="26" />
      <source>This is not a certificate code or QR content. Check what was typed or scanned.</source>
      <translation>Đây không phải mã hay nội dung QR của giấy chứng nhận. Hãy kiểm tra lại chữ đã nhập hoặc ảnh đã quét.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="257" />
      <source>Type a code first.</source>
      <translation>Hãy nhập mã trước.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="149" />
      <source>Type the code printed under the QR code (for example BB98-XD39-8S) or paste the QR content (MC1:…), then press Check.</source>
      <translation>Nhập mã in dưới mã QR (ví dụ BB98-XD39-8S) hoặc dán nội dung mã QR (MC1:…), rồi bấm Kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="82" />
      <source>VALID</source>
      <translation>HỢP LỆ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="152" />
      <source>Why revoke this certificate?</source>
      <translation>Vì sao thu hồi giấy chứng nhận này?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="155" />
      <source>Wrong details printed</source>
      <translation>In sai thông tin</translation>
    </message>
  </context>
  <context>
    <name>Tutorial</name>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="203" />
      <source>Hint</source>
      <translation>Gợi ý</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="199" />
      <source>Leave lesson</source>
      <translation>Thoát bài</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="196" />
      <source>Listen again</source>
      <translation>Nghe lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="204" />
      <source>Not quite. That's all right, try again</source>
      <translation>Chưa đúng. Không sao, bạn thử lại nhé</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="198" />
      <source>Previous step</source>
      <translation>Quay lại bước trước</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/tutorial.py" line="243" />
      <source>Sample data to type (not your real data)</source>
      <translation>Dữ liệu mẫu để nhập (không phải thông tin thật của bạn)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="211" />
      <source>Slower voice</source>
      <translation>Nghe chậm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/tutorial.py" line="175" />
      <source>Step {0} of {1}</source>
      <translation>Bước {0}/{1}</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="18" />
      <source>A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09.</source>
      <translation>Số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="13" />
      <source>A name may contain only letters and spaces.</source>
      <translation>Họ tên chỉ gồm chữ cái và khoảng trắng.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="24" />
      <source>A staff or admin PIN has 6 to 8 digits.</source>
      <translation>Mã PIN của cán bộ và quản trị có từ 6 đến 8 chữ số.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="23" />
      <source>A volunteer PIN has 4 to 8 digits.</source>
      <translation>Mã PIN của tình nguyện viên có từ 4 đến 8 chữ số.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="68" />
      <source>An entry may use letters, digits and punctuation only (no emoji or symbols).</source>
      <translation>Mỗi mục chỉ gồm chữ cái, chữ số và dấu câu (không dùng biểu tượng cảm xúc hay ký hiệu).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="97" />
      <source>Another session is already scheduled at this time on this day.</source>
      <translation>Đã có buổi học khác vào giờ này trong ngày.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="27" />
      <source>Choose what kind of help was given.</source>
      <translation>Hãy chọn loại hỗ trợ đã làm.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="77" />
      <source>Each role needs its own PIN: this one is already used by another role.</source>
      <translation>Mỗi vai trò cần một mã PIN riêng: mã này đã được vai trò khác dùng.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="33" />
      <source>Gender is Male, Female or Other, or left empty.</source>
      <translation>Giới tính là Nam, Nữ hoặc Khác, hoặc để trống.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="101" />
      <source>People have already checked in to this session: its date cannot change.</source>
      <translation>Đã có người điểm danh buổi học này nên không thể đổi ngày.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="21" />
      <source>Please choose your khu phố.</source>
      <translation>Vui lòng chọn khu phố.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="85" />
      <source>Please enter a title for the session.</source>
      <translation>Vui lòng nhập tên buổi học.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="62" />
      <source>Please enter the ward's name.</source>
      <translation>Vui lòng nhập tên phường.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="11" />
      <source>Please enter your full name.</source>
      <translation>Vui lòng nhập họ và tên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="14" />
      <source>Please enter your year of birth.</source>
      <translation>Vui lòng nhập năm sinh.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="48" />
      <source>The holder's data was erased, so this certificate cannot be printed again.</source>
      <translation>Dữ liệu của người nhận đã được xóa nên không thể in lại giấy chứng nhận này.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="52" />
      <source>The holder's name or birth year was changed after this certificate was issued. Revoke it and issue a new one.</source>
      <translation>Họ tên hoặc năm sinh của người nhận đã được sửa sau khi cấp giấy chứng nhận này. Vui lòng thu hồi giấy cũ và cấp giấy mới.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="76" />
      <source>The list is too long (at most 60 entries).</source>
      <translation>Danh sách quá dài (tối đa 60 mục).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="75" />
      <source>The list needs at least one entry.</source>
      <translation>Danh sách cần ít nhất một mục.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="12" />
      <source>The name is too long (at most 80 letters).</source>
      <translation>Họ tên quá dài (tối đa 80 chữ cái).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="28" />
      <source>The note is too long (at most 500 characters).</source>
      <translation>Ghi chú quá dài (tối đa 500 ký tự).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="89" />
      <source>The place is too long (at most 120 characters).</source>
      <translation>Địa điểm quá dài (tối đa 120 ký tự).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="34" />
      <source>The row has more values than the header has columns (a comma inside a value must be in double quotes).</source>
      <translation>Dòng có nhiều giá trị hơn số cột của dòng tiêu đề (dấu phẩy trong một ô phải đặt trong ngoặc kép).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="96" />
      <source>The session must end after it starts.</source>
      <translation>Giờ kết thúc phải sau giờ bắt đầu.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="86" />
      <source>The title is too long (at most 120 characters).</source>
      <translation>Tên buổi học quá dài (tối đa 120 ký tự).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="92" />
      <source>The topic is too long (at most 200 characters).</source>
      <translation>Chủ đề quá dài (tối đa 200 ký tự).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="63" />
      <source>The ward's name is too long (at most 120 characters).</source>
      <translation>Tên phường quá dài (tối đa 120 ký tự).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="15" />
      <source>The year of birth must be between 1900 and {0}.</source>
      <translation>Năm sinh phải từ 1900 đến {0}.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="45" />
      <source>This certificate was revoked: it is not printed again.</source>
      <translation>Giấy chứng nhận này đã bị thu hồi nên không được in lại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="95" />
      <source>This date is past. Choose today or a later day.</source>
      <translation>Ngày này đã qua. Vui lòng chọn hôm nay hoặc một ngày sau.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="72" />
      <source>This entry is already in the list (accents and capitals do not count).</source>
      <translation>Mục này đã có trong danh sách (không phân biệt dấu và chữ hoa).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="67" />
      <source>This entry is too long.</source>
      <translation>Mục này quá dài.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="22" />
      <source>This khu phố name is too long.</source>
      <translation>Tên khu phố quá dài.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="31" />
      <source>This person is no longer on record.</source>
      <translation>Người này không còn trong hồ sơ.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="100" />
      <source>This session was cancelled: it cannot be changed.</source>
      <translation>Buổi học này đã bị hủy, không thể sửa.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="64" />
      <source>Use letters, digits and punctuation only (no emoji or symbols).</source>
      <translation>Chỉ dùng chữ cái, chữ số và dấu câu (không dùng biểu tượng cảm xúc hay ký hiệu).</translation>
    </message>
  </context>
  <context>
    <name>Volunteer</name>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="216" />
      <source>(+{0} without a name)</source>
      <translation>(+{0} không ghi tên)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="246" />
      <source>A different person: add new</source>
      <translation>Người khác: tạo hồ sơ mới</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="240" />
      <source>Already on record? Choose, or add a new person:</source>
      <translation>Có thể đã có hồ sơ. Chọn đúng người, hoặc tạo người mới:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="201" />
      <source>Ask the resident for consent first.</source>
      <translation>Hãy hỏi người dân có đồng ý cho lưu thông tin không trước đã.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="163" />
      <source>Asking for help ({0})</source>
      <translation>Đang cần giúp ({0})</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_console.py" line="134" />
      <source>Back to the kiosk</source>
      <translation>Quay lại máy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_console.py" line="131" />
      <source>Check a certificate</source>
      <translation>Kiểm tra chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="123" />
      <source>Check in (Enter)</source>
      <translation>Điểm danh (Enter)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_console.py" line="135" />
      <source>Check in a walk-in</source>
      <translation>Điểm danh khách mới đến</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="226" />
      <source>Checked in: {0}</source>
      <translation>Đã điểm danh: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="191" />
      <source>Choose a khu phố from the list.</source>
      <translation>Hãy chọn khu phố trong danh sách.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_console.py" line="200" />
      <source>Could not read the database; trying again…</source>
      <translation>Chưa đọc được dữ liệu, đang thử lại…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_console.py" line="223" />
      <source>Could not save. Nothing was lost: try again.</source>
      <translation>Chưa lưu được. Không mất dữ liệu nào, vui lòng thử lại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="71" />
      <source>For whom (optional)</source>
      <translation>Giúp ai (không bắt buộc)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="117" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="252" />
      <source>Has not started a lesson yet</source>
      <translation>Chưa vào bài học nào</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="111" />
      <source>I'm coming</source>
      <translation>Đến giúp</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="242" />
      <source>It is {0}: check in</source>
      <translation>Đúng là {0}: điểm danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="151" />
      <source>Khu phố</source>
      <translation>Khu phố</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="259" />
      <source>Last: {0} ({1}, {2})</source>
      <translation>Vừa học: {0} ({1}, {2})</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="69" />
      <source>Log the help given</source>
      <translation>Ghi lại việc đã hỗ trợ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="76" />
      <source>Logged today ({0})</source>
      <translation>Đã ghi hôm nay ({0})</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="218" />
      <source>No one has checked in yet today.</source>
      <translation>Hôm nay chưa có ai điểm danh.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="164" />
      <source>No one is waiting. A call makes a sound here.</source>
      <translation>Chưa có ai cần giúp. Khi có người gọi, máy sẽ kêu chuông.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="72" />
      <source>Note (optional)</source>
      <translation>Ghi chú (không bắt buộc)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="254" />
      <source>Now in: {0} ({1}, since {2})</source>
      <translation>Đang học: {0} ({1}, từ {2})</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="244" />
      <source>Passed today: {0}</source>
      <translation>Hôm nay đã đạt: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="120" />
      <source>Phone (optional)</source>
      <translation>Số điện thoại (nếu có)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_console.py" line="132" />
      <source>Print queue</source>
      <translation>Hàng chờ in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="127" />
      <source>Resident agrees to keeping the details</source>
      <translation>Người dân đồng ý lưu thông tin</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="73" />
      <source>Save</source>
      <translation>Lưu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="134" />
      <source>Saved.</source>
      <translation>Đã lưu.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="128" />
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_console.py" line="133" />
      <source>Staff menu</source>
      <translation>Menu cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="214" />
      <source>Today: {0} checked in</source>
      <translation>Hôm nay: {0} người</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_console.py" line="130" />
      <source>Volunteer desk</source>
      <translation>Bàn tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="70" />
      <source>What did you help with?</source>
      <translation>Đã giúp việc gì?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="118" />
      <source>Year of birth</source>
      <translation>Năm sinh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="107" />
      <source>a visitor without a name</source>
      <translation>khách không ghi tên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="46" />
      <source>check</source>
      <translation>kiểm tra</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="258" />
      <source>finished</source>
      <translation>đã xong</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="44" />
      <source>guided</source>
      <translation>hướng dẫn</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="45" />
      <source>on their own</source>
      <translation>tự làm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="258" />
      <source>passed</source>
      <translation>đạt</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/walk_in_form.py" line="121" />
      <source>type e.g. 3</source>
      <translation>gõ số, ví dụ 3</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="39" />
      <source>waiting {0} h {1} min</source>
      <translation>đã chờ {0} giờ {1} phút</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="38" />
      <source>waiting {0} min {1} s</source>
      <translation>đã chờ {0} phút {1} giây</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/volunteer_parts.py" line="36" />
      <source>waiting {0} s</source>
      <translation>đã chờ {0} giây</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/assistance_panel.py" line="97" />
      <source>— not for a checked-in person —</source>
      <translation>— không ghi cho ai —</translation>
    </message>
  </context>
</TS>
