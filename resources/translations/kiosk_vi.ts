<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>Catalog</name>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="55" />
      <source>Artificial intelligence</source>
      <translation>Trí tuệ nhân tạo</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="43" />
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="212" />
      <source>Choose a practice lesson</source>
      <translation>Chọn bài thực hành</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="215" />
      <source>Down</source>
      <translation>Xuống</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="213" />
      <source>Finish</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="39" />
      <source>Guided</source>
      <translation>Hướng dẫn</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="44" />
      <source>No hints. Pass to earn your certificate.</source>
      <translation>Không có gợi ý. Làm đúng để được tính vào giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="64" />
      <source>Not started</source>
      <translation>Chưa học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="41" />
      <source>On my own</source>
      <translation>Tự làm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="51" />
      <source>Payments</source>
      <translation>Thanh toán</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="63" />
      <source>Practised</source>
      <translation>Đã thực hành</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="52" />
      <source>Public services</source>
      <translation>Dịch vụ công</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="54" />
      <source>Safety – avoiding scams</source>
      <translation>An toàn – chống lừa đảo</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="40" />
      <source>The kiosk shows and tells you every step.</source>
      <translation>Máy chỉ và đọc cho bạn từng bước.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="214" />
      <source>Up</source>
      <translation>Lên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="50" />
      <source>VNeID</source>
      <translation>VNeID</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="53" />
      <source>VssID</source>
      <translation>VssID</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="42" />
      <source>You try by yourself; ask for a hint when you need one.</source>
      <translation>Bạn tự làm; cần thì bấm xin gợi ý.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="271" />
      <source>{0} minutes</source>
      <translation>{0} phút</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="62" />
      <source>✓ Passed</source>
      <translation>✓ Đã đạt</translation>
    </message>
  </context>
  <context>
    <name>CheckIn</name>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="59" />
      <source>Choose…</source>
      <translation>Chọn…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="118" />
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="110" />
      <source>First visit: sign up</source>
      <translation>Lần đầu đến: ghi danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="53" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="111" />
      <source>I have been here before</source>
      <translation>Tôi đã từng đến</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="115" />
      <source>Is this you?</source>
      <translation>Có phải bạn không?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="55" />
      <source>Khu phố (neighbourhood)</source>
      <translation>Khu phố</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="56" />
      <source>Mobile phone (optional)</source>
      <translation>Số điện thoại di động (không bắt buộc)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="117" />
      <source>No</source>
      <translation>Không phải</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="196" />
      <source>No one found. Check the spelling, or choose 'First visit: sign up'.</source>
      <translation>Không tìm thấy. Bạn xem lại cách viết, hoặc chọn “Lần đầu đến: ghi danh”.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="238" />
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="252" />
      <source>Sorry, this could not be saved. Please ask a volunteer.</source>
      <translation>Xin lỗi, chưa lưu được. Bạn vui lòng nhờ tình nguyện viên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="180" />
      <source>This QR code is not a certificate from this ward.</source>
      <translation>Mã QR này không phải giấy chứng nhận của phường.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="113" />
      <source>Type your name (accents not needed) or your phone number.</source>
      <translation>Gõ tên của bạn (không cần dấu) hoặc số điện thoại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="54" />
      <source>Year of birth</source>
      <translation>Năm sinh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="116" />
      <source>Yes, this is me</source>
      <translation>Đúng, là tôi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="58" />
      <source>e.g. 1955</source>
      <translation>ví dụ: 1955</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="57" />
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
      <location filename="../../kiosk/ui/screens/first_run.py" line="64" />
      <source>Choose the staff PIN (4 to 8 digits). It opens the staff menu: a long press in the top-left corner of the screen. Keep it secret.</source>
      <translation>Chọn mã PIN cán bộ (4 đến 8 chữ số). Mã này mở menu cán bộ: nhấn giữ ở góc trên bên trái màn hình. Hãy giữ bí mật.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="62" />
      <source>First start of this kiosk</source>
      <translation>Khởi động lần đầu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="70" />
      <source>New staff PIN</source>
      <translation>Mã PIN cán bộ mới</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="72" />
      <source>Save and start the kiosk</source>
      <translation>Lưu và bắt đầu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="104" />
      <source>The PIN could not be saved.</source>
      <translation>Không lưu được mã PIN.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="71" />
      <source>The same PIN again</source>
      <translation>Nhập lại mã PIN</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/first_run.py" line="86" />
      <source>The two PINs are not the same.</source>
      <translation>Hai mã PIN không giống nhau.</translation>
    </message>
  </context>
  <context>
    <name>Idle</name>
    <message>
      <location filename="../../kiosk/ui/idle.py" line="91" />
      <source>Are you still there?</source>
      <translation>Bạn vẫn đang ở đây chứ?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/idle.py" line="95" />
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/idle.py" line="93" />
      <source>The screen will be cleared in {0} seconds.</source>
      <translation>Màn hình sẽ được xóa sau {0} giây.</translation>
    </message>
  </context>
  <context>
    <name>Phone</name>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="290" />
      <source>Accept</source>
      <translation>Nghe</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="118" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="31" />
      <source>Capital letters</source>
      <translation>Chữ hoa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="289" />
      <source>Decline</source>
      <translation>Từ chối</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="30" />
      <source>Delete</source>
      <translation>Xóa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="30" />
      <source>Done</source>
      <translation>Xong</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="284" />
      <source>Incoming call</source>
      <translation>Cuộc gọi đến</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="275" />
      <source>Message from {0}</source>
      <translation>Tin nhắn từ {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="214" />
      <source>Off</source>
      <translation>Tắt</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="214" />
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
      <location filename="../../kiosk/ui/phone/keypad.py" line="31" />
      <source>Space</source>
      <translation>Dấu cách</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/keypad.py" line="32" />
      <source>Switch keys</source>
      <translation>Đổi bàn phím</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="261" />
      <source>Tap here to scan</source>
      <translation>Chạm vào đây để quét</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/components.py" line="247" />
      <source>Valid for {0} seconds</source>
      <translation>Còn hiệu lực {0} giây</translation>
    </message>
  </context>
  <context>
    <name>PrintQueue</name>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="20" />
      <source>Attendance sheet</source>
      <translation>Danh sách điểm danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="94" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="18" />
      <source>Certificate</source>
      <translation>Giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="21" />
      <source>Document</source>
      <translation>Tài liệu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="119" />
      <source>Nothing is waiting to print.</source>
      <translation>Không có tài liệu nào đang chờ in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="92" />
      <source>Print queue</source>
      <translation>Hàng chờ in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="93" />
      <source>Retry now</source>
      <translation>In lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="128" />
      <source>Trying again…</source>
      <translation>Đang thử in lại…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="26" />
      <source>printing now</source>
      <translation>đang in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="29" />
      <source>queued</source>
      <translation>đang xếp hàng</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="28" />
      <source>waiting for the printer</source>
      <translation>đang chờ máy in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/print_queue_screen.py" line="117" />
      <source>{0} documents are waiting to print.</source>
      <translation>Có {0} tài liệu đang chờ in.</translation>
    </message>
  </context>
  <context>
    <name>Shell</name>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="137" />
      <source>A volunteer has been called and will come to you. Please wait a moment.</source>
      <translation>Đã gọi tình nguyện viên, họ sẽ đến ngay. Bạn vui lòng chờ một chút.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="98" />
      <source>Call a volunteer</source>
      <translation>Gọi tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="92" />
      <source>High contrast</source>
      <translation>Tương phản cao</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="91" />
      <source>Text size {0}%</source>
      <translation>Cỡ chữ {0}%</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="96" />
      <source>Voice off</source>
      <translation>Giọng đọc: tắt</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="96" />
      <source>Voice on</source>
      <translation>Giọng đọc: bật</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="90" />
      <source>Attendance sheet sent to the printer ({0} people). See the print queue.</source>
      <translation>Đã gửi danh sách điểm danh tới máy in ({0} người). Xem Hàng chờ in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="67" />
      <source>Back to the kiosk</source>
      <translation>Quay lại màn hình chính</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="51" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/kiosk.py" line="213" />
      <source>Check a certificate</source>
      <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="62" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="97" />
      <source>Could not print: the sheet is kept in the outbox folder.</source>
      <translation>Chưa in được: danh sách đã được lưu trong thư mục chờ in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="68" />
      <source>Exit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/kiosk.py" line="210" />
      <source>Print queue</source>
      <translation>Hàng chờ in</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="66" />
      <source>Print today's attendance sheet</source>
      <translation>In danh sách điểm danh hôm nay</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="82" />
      <source>Printing…</source>
      <translation>Đang in…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/kiosk.py" line="216" />
      <source>Residents' data</source>
      <translation>Dữ liệu người dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="50" />
      <source>Staff PIN</source>
      <translation>Mã PIN cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="63" />
      <source>Staff menu</source>
      <translation>Menu cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="82" />
      <source>The PIN could not be checked.</source>
      <translation>Không kiểm tra được mã PIN.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="71" />
      <source>These tutorial files were skipped because they have errors:</source>
      <translation>Các tệp bài học sau bị bỏ qua vì có lỗi:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="79" />
      <source>Too many wrong PINs. Try again in {0} seconds.</source>
      <translation>Nhập sai quá nhiều lần. Vui lòng thử lại sau {0} giây.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="69" />
      <source>Wrong PIN. Please try again.</source>
      <translation>Mã PIN không đúng. Vui lòng thử lại.</translation>
    </message>
  </context>
  <context>
    <name>StaffResidents</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="102" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="178" />
      <source>Birth year: {0}</source>
      <translation>Năm sinh: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="189" />
      <source>Certificates: {0}</source>
      <translation>Giấy chứng nhận: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="185" />
      <source>Check-ins: {0}</source>
      <translation>Số lần điểm danh: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="165" />
      <source>Choose a person on the left.</source>
      <translation>Hãy chọn một người ở bên trái.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="113" />
      <source>Confirm erasure</source>
      <translation>Xác nhận xóa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="182" />
      <source>Consent given: {0} time(s)</source>
      <translation>Đã đồng ý xử lý dữ liệu: {0} lần</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="114" />
      <source>Do not erase</source>
      <translation>Không xóa</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="105" />
      <source>Erase data</source>
      <translation>Xóa dữ liệu</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="107" />
      <source>Erase everything about this person? This cannot be undone. Their certificates stay genuine but will show that the holder's data was erased.</source>
      <translation>Xóa toàn bộ dữ liệu của người này? Không thể hoàn tác. Giấy chứng nhận của họ vẫn có giá trị nhưng sẽ ghi rõ dữ liệu người được cấp đã bị xóa.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="104" />
      <source>Export JSON</source>
      <translation>Xuất JSON</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="103" />
      <source>Export PDF</source>
      <translation>Xuất PDF</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="216" />
      <source>Exporting…</source>
      <translation>Đang xuất…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="177" />
      <source>Full name: {0}</source>
      <translation>Họ và tên: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="179" />
      <source>Neighbourhood: {0}</source>
      <translation>Khu phố: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="145" />
      <source>No one found.</source>
      <translation>Không tìm thấy ai.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="180" />
      <source>Phone: {0}</source>
      <translation>Số điện thoại: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="98" />
      <source>Residents' data</source>
      <translation>Dữ liệu người dân</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="220" />
      <source>Saved to {0}</source>
      <translation>Đã lưu vào {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="181" />
      <source>Signed up: {0}</source>
      <translation>Ngày đăng ký: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="249" />
      <source>That did not work:</source>
      <translation>Không thực hiện được:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="245" />
      <source>The data was erased.</source>
      <translation>Đã xóa dữ liệu.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="187" />
      <source>Tutorials done: {0}</source>
      <translation>Số bài đã học: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="100" />
      <source>Type a name (accents not needed) or a phone number.</source>
      <translation>Nhập họ tên (không cần dấu) hoặc số điện thoại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_residents.py" line="170" />
      <source>passed</source>
      <translation>đạt</translation>
    </message>
  </context>
  <context>
    <name>StaffVerify</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="142" />
      <source>Back</source>
      <translation>Quay lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="164" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="138" />
      <source>Certificate code</source>
      <translation>Mã giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="139" />
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="130" />
      <source>Check a certificate</source>
      <translation>Kiểm tra giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="213" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="109" />
      <source>Code: {0}</source>
      <translation>Mã: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="163" />
      <source>Confirm: revoke</source>
      <translation>Xác nhận thu hồi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="108" />
      <source>Holder: {0}</source>
      <translation>Người nhận: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="105" />
      <source>Issued by: {0}</source>
      <translation>Đơn vị cấp: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="106" />
      <source>Issued on: {0}</source>
      <translation>Ngày cấp: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="155" />
      <source>Issued to the wrong person</source>
      <translation>Cấp nhầm người</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="157" />
      <source>Issued twice</source>
      <translation>Cấp trùng</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="33" />
      <source>It was signed by a ward this kiosk does not trust. Ask the issuing ward for its public key.</source>
      <translation>Được ký bởi một phường mà máy này chưa tin cậy. Hãy xin khóa công khai của phường đã cấp.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="219" />
      <source>Looking for files…</source>
      <translation>Đang tìm tệp…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="107" />
      <source>Module: {0}</source>
      <translation>Học phần: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="86" />
      <source>NOT VALID</source>
      <translation>KHÔNG HỢP LỆ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="252" />
      <source>No certificate QR code was found in this file. Try a closer, sharper photo.</source>
      <translation>Không tìm thấy mã QR của giấy chứng nhận trong tệp này. Hãy chụp lại gần hơn và rõ hơn.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="39" />
      <source>No certificate with this code was issued at this kiosk. Codes only work where they were issued: check the QR code instead.</source>
      <translation>Không có giấy chứng nhận nào với mã này được cấp tại máy này. Mã chỉ tra được ở nơi cấp: hãy kiểm tra bằng mã QR.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="235" />
      <source>No image or PDF files yet. Put the scan or photo in: {0}</source>
      <translation>Chưa có ảnh hoặc tệp PDF nào. Hãy chép ảnh chụp hoặc bản quét vào: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="101" />
      <source>Not recorded at this kiosk</source>
      <translation>Không có thông tin tại máy này</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="140" />
      <source>Open image / PDF</source>
      <translation>Mở ảnh / PDF</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="161" />
      <source>Other reason or note</source>
      <translation>Lý do khác hoặc ghi chú</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="247" />
      <source>Reading {0}…</source>
      <translation>Đang đọc {0}…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="141" />
      <source>Revoke</source>
      <translation>Thu hồi</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="162" />
      <source>Revoking cannot be undone.</source>
      <translation>Thu hồi rồi thì không hoàn tác được.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="286" />
      <source>Revoking…</source>
      <translation>Đang thu hồi…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="199" />
      <source>Something went wrong: {0}</source>
      <translation>Đã xảy ra lỗi: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="233" />
      <source>Tap a file to check it (newest first). Folder: {0}</source>
      <translation>Chạm vào một tệp để kiểm tra (tệp mới nhất ở trên). Thư mục: {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="290" />
      <source>The certificate was revoked.</source>
      <translation>Đã thu hồi giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="99" />
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
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="197" />
      <source>This file cannot be opened as an image or PDF.</source>
      <translation>Không mở được tệp này dưới dạng ảnh hoặc PDF.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="26" />
      <source>This is not a certificate code or QR content. Check what was typed or scanned.</source>
      <translation>Đây không phải mã hay nội dung QR của giấy chứng nhận. Hãy kiểm tra lại chữ đã nhập hoặc ảnh đã quét.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="209" />
      <source>Type a code first.</source>
      <translation>Hãy nhập mã trước.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_verify.py" line="132" />
      <source>Type the code printed under the QR code (for example BB98-XD39-8S) or paste the QR content (MC1:…), then press Check.</source>
      <translation>Nhập mã in dưới mã QR (ví dụ BB98-XD39-8S) hoặc dán nội dung mã QR (MC1:…), rồi bấm Kiểm tra.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="83" />
      <source>VALID</source>
      <translation>HỢP LỆ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="153" />
      <source>Why revoke this certificate?</source>
      <translation>Vì sao thu hồi giấy chứng nhận này?</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/verify_parts.py" line="156" />
      <source>Wrong details printed</source>
      <translation>In sai thông tin</translation>
    </message>
  </context>
  <context>
    <name>Tutorial</name>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="194" />
      <source>Hint</source>
      <translation>Gợi ý</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="191" />
      <source>Leave lesson</source>
      <translation>Thoát bài</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="188" />
      <source>Listen again</source>
      <translation>Nghe lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="195" />
      <source>Not quite. That's all right, try again</source>
      <translation>Chưa đúng. Không sao, bạn thử lại nhé</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="190" />
      <source>Previous step</source>
      <translation>Quay lại bước trước</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/tutorial.py" line="235" />
      <source>Sample data to type (not your real data)</source>
      <translation>Dữ liệu mẫu để nhập (không phải thông tin thật của bạn)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="202" />
      <source>Slower voice</source>
      <translation>Nghe chậm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/tutorial.py" line="174" />
      <source>Step {0} of {1}</source>
      <translation>Bước {0}/{1}</translation>
    </message>
  </context>
  <context>
    <name>Validation</name>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="25" />
      <source>A PIN has 4 to 8 digits.</source>
      <translation>Mã PIN gồm 4 đến 8 chữ số.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="20" />
      <source>A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09.</source>
      <translation>Số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="15" />
      <source>A name may contain only letters and spaces.</source>
      <translation>Họ tên chỉ gồm chữ cái và khoảng trắng.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="23" />
      <source>Please choose your khu phố.</source>
      <translation>Vui lòng chọn khu phố.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="13" />
      <source>Please enter your full name.</source>
      <translation>Vui lòng nhập họ và tên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="16" />
      <source>Please enter your year of birth.</source>
      <translation>Vui lòng nhập năm sinh.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="14" />
      <source>The name is too long (at most 80 letters).</source>
      <translation>Họ tên quá dài (tối đa 80 chữ cái).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="17" />
      <source>The year of birth must be between 1900 and {0}.</source>
      <translation>Năm sinh phải từ 1900 đến {0}.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/messages.py" line="24" />
      <source>This khu phố name is too long.</source>
      <translation>Tên khu phố quá dài.</translation>
    </message>
  </context>
</TS>
