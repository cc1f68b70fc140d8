<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
  <context>
    <name>Catalog</name>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="38" />
      <source>Check</source>
      <translation>Kiểm tra</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="119" />
      <source>Choose a practice lesson</source>
      <translation>Chọn bài thực hành</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="120" />
      <source>Finish</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="34" />
      <source>Guided</source>
      <translation>Hướng dẫn</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="39" />
      <source>No hints. Pass to earn your certificate.</source>
      <translation>Không có gợi ý. Làm đúng để được tính vào giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="47" />
      <source>Not started</source>
      <translation>Chưa học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="36" />
      <source>On my own</source>
      <translation>Tự làm</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="46" />
      <source>Practised</source>
      <translation>Đã thực hành</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="35" />
      <source>The kiosk shows and tells you every step.</source>
      <translation>Máy chỉ và đọc cho bạn từng bước.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="37" />
      <source>You try by yourself; ask for a hint when you need one.</source>
      <translation>Bạn tự làm; cần thì bấm xin gợi ý.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="152" />
      <source>{0} minutes</source>
      <translation>{0} phút</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/catalog.py" line="45" />
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
      <location filename="../../kiosk/ui/screens/checkin.py" line="108" />
      <source>Continue</source>
      <translation>Tiếp tục</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="100" />
      <source>First visit: sign up</source>
      <translation>Lần đầu đến: ghi danh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="53" />
      <source>Full name</source>
      <translation>Họ và tên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="101" />
      <source>I have been here before</source>
      <translation>Tôi đã từng đến</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="105" />
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
      <location filename="../../kiosk/ui/screens/checkin.py" line="107" />
      <source>No</source>
      <translation>Không phải</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="172" />
      <source>No one found. Check the spelling, or choose 'First visit: sign up'.</source>
      <translation>Không tìm thấy. Bạn xem lại cách viết, hoặc chọn “Lần đầu đến: ghi danh”.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="214" />
      <source>Saving…</source>
      <translation>Đang lưu…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="228" />
      <source>Sorry, this could not be saved. Please ask a volunteer.</source>
      <translation>Xin lỗi, chưa lưu được. Bạn vui lòng nhờ tình nguyện viên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="103" />
      <source>Type your name (accents not needed) or your phone number.</source>
      <translation>Gõ tên của bạn (không cần dấu) hoặc số điện thoại.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin_form.py" line="54" />
      <source>Year of birth</source>
      <translation>Năm sinh</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/checkin.py" line="106" />
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
      <location filename="../../kiosk/ui/screens/completion.py" line="97" />
      <source>Certificates are given to residents who checked in with their name.</source>
      <translation>Giấy chứng nhận dành cho người đã ghi danh bằng họ tên.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="109" />
      <source>Check not passed this time. Practise and try again!</source>
      <translation>Lần này chưa đạt. Bạn tập thêm rồi thử lại nhé!</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="107" />
      <source>Check passed: it counts toward your certificate.</source>
      <translation>Đạt bài kiểm tra: bài này được tính cho giấy chứng nhận.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="72" />
      <source>Finish</source>
      <translation>Kết thúc</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="87" />
      <source>Lesson stopped</source>
      <translation>Đã dừng bài học</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="71" />
      <source>Practise another lesson</source>
      <translation>Học bài khác</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="70" />
      <source>Print my certificate</source>
      <translation>In giấy chứng nhận</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="120" />
      <source>Print the {0} certificate</source>
      <translation>In giấy chứng nhận {0}</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="133" />
      <source>Printing your certificate…</source>
      <translation>Đang in giấy chứng nhận…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="69" />
      <source>Remember:</source>
      <translation>Hãy nhớ:</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="155" />
      <source>The printer is not ready. Your certificate is saved, and a volunteer will print it for you.</source>
      <translation>Máy in chưa sẵn sàng. Giấy chứng nhận đã được lưu, tình nguyện viên sẽ in giúp bạn.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="85" />
      <source>Well done! You finished the lesson.</source>
      <translation>Chúc mừng! Bạn đã hoàn thành bài học.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="147" />
      <source>Your certificate is printed. Please take it from the printer.</source>
      <translation>Đã in xong. Mời bạn lấy giấy chứng nhận ở máy in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="102" />
      <source>{0} of {1} steps without help, in about {2} minutes.</source>
      <translation>{0}/{1} bước tự làm không cần gợi ý, trong khoảng {2} phút.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/completion.py" line="122" />
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
    <name>Shell</name>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="138" />
      <source>A volunteer has been called and will come to you. Please wait a moment.</source>
      <translation>Đã gọi tình nguyện viên, họ sẽ đến ngay. Bạn vui lòng chờ một chút.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="99" />
      <source>Call a volunteer</source>
      <translation>Gọi tình nguyện viên</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="93" />
      <source>High contrast</source>
      <translation>Tương phản cao</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="92" />
      <source>Text size {0}%</source>
      <translation>Cỡ chữ {0}%</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="97" />
      <source>Voice off</source>
      <translation>Giọng đọc: tắt</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/main_window.py" line="97" />
      <source>Voice on</source>
      <translation>Giọng đọc: bật</translation>
    </message>
  </context>
  <context>
    <name>Staff</name>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="74" />
      <source>Attendance sheet printed ({0} people).</source>
      <translation>Đã in danh sách điểm danh ({0} người).</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="52" />
      <source>Back to the kiosk</source>
      <translation>Quay lại màn hình chính</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="51" />
      <source>Cancel</source>
      <translation>Hủy</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="62" />
      <source>Checking…</source>
      <translation>Đang kiểm tra…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="79" />
      <source>Could not print: the sheet is kept in the outbox folder.</source>
      <translation>Chưa in được: danh sách đã được lưu trong thư mục chờ in.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="53" />
      <source>Exit</source>
      <translation>Thoát</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="51" />
      <source>Print today's attendance sheet</source>
      <translation>In danh sách điểm danh hôm nay</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="67" />
      <source>Printing…</source>
      <translation>Đang in…</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="50" />
      <source>Staff PIN</source>
      <translation>Mã PIN cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="50" />
      <source>Staff menu</source>
      <translation>Menu cán bộ</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_pin.py" line="82" />
      <source>The PIN could not be checked.</source>
      <translation>Không kiểm tra được mã PIN.</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/staff_menu.py" line="56" />
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
    <name>Tutorial</name>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="180" />
      <source>Hint</source>
      <translation>Gợi ý</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="178" />
      <source>Leave lesson</source>
      <translation>Thoát bài</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="175" />
      <source>Listen again</source>
      <translation>Nghe lại</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="181" />
      <source>Not quite. That's all right, try again</source>
      <translation>Chưa đúng. Không sao, bạn thử lại nhé</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/phone/panel.py" line="177" />
      <source>Previous step</source>
      <translation>Quay lại bước trước</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/tutorial.py" line="223" />
      <source>Sample data to type (not your real data)</source>
      <translation>Dữ liệu mẫu để nhập (không phải thông tin thật của bạn)</translation>
    </message>
    <message>
      <location filename="../../kiosk/ui/screens/tutorial.py" line="162" />
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
