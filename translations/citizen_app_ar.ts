<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AccountPage</name>
    <message>
        <source>My account</source>
        <extracomment>the profile as the server now has it the account was deleted: sign out here</extracomment>
        <translation>حسابي</translation>
    </message>
    <message>
        <source>My details</source>
        <translation>بياناتي</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>Save my details</source>
        <translation>حفظ بياناتي</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>تغيير كلمة المرور…</translation>
    </message>
    <message>
        <source>Confirmed contact details</source>
        <translation>تأكيد وسائل التواصل</translation>
    </message>
    <message>
        <source>Where I am signed in</source>
        <translation>الأجهزة التي سجّلت الدخول منها</translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation>تسجيل الخروج من كل الأجهزة الأخرى</translation>
    </message>
    <message>
        <source>My data</source>
        <translation>بياناتي لدى البلدية</translation>
    </message>
    <message>
        <source>Download a copy of my data…</source>
        <translation>تنزيل نسخة من بياناتي…</translation>
    </message>
    <message>
        <source>Delete my account…</source>
        <translation>حذف حسابي…</translation>
    </message>
    <message>
        <source>Signed in %1, last active %2</source>
        <translation>تسجيل الدخول في %1، وآخر نشاط في %2</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Write your name.</source>
        <translation>اكتب اسمك.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Your details were saved. Confirm the new address with the code we sent there (below).</source>
        <translation>حُفظت بياناتك. أكِّد العنوان الجديد بالرمز الذي أرسلناه إليه (في الأسفل).</translation>
    </message>
    <message>
        <source>Your details were saved.</source>
        <translation>حُفظت بياناتك.</translation>
    </message>
    <message>
        <source>Your password was changed. You were signed out everywhere else.</source>
        <translation>تم تغيير كلمة المرور، وسُجّل خروجك من كل الأجهزة الأخرى.</translation>
    </message>
    <message>
        <source>Save a copy of my data</source>
        <translation>حفظ نسخة من بياناتي</translation>
    </message>
    <message>
        <source>Preparing the copy…</source>
        <translation>جارٍ تجهيز النسخة…</translation>
    </message>
    <message>
        <source>Saved in %1.</source>
        <translation>حُفظت في %1.</translation>
    </message>
    <message>
        <source>The copy could not be saved there. Choose another folder.</source>
        <translation>تعذّر حفظ النسخة هناك. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>حذف حسابي</translation>
    </message>
    <message>
        <source>Your name, e-mail, mobile number, ID number and photos will be erased. Your requests stay with the municipality without your name. This cannot be undone.
Write your password to confirm:</source>
        <translation>سيُمحى اسمك وبريدك الإلكتروني ورقم جوالك ورقم هويتك وصورك. تبقى طلباتك لدى البلدية دون اسمك. لا يمكن التراجع عن ذلك.
اكتب كلمة المرور للتأكيد:</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>جارٍ الحذف…</translation>
    </message>
    <message>
        <source>This is not your password. Nothing was deleted.</source>
        <translation>هذه ليست كلمة مرورك. لم يُحذف شيء.</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>هذا البريد الإلكتروني أو الرقم مستخدم في حساب آخر.</translation>
    </message>
    <message>
        <source>Check the e-mail and the mobile number.</source>
        <translation>تحقّق من البريد الإلكتروني ورقم الجوال.</translation>
    </message>
</context>
<context>
    <name>AdminWorkspace</name>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>البلدية</translation>
    </message>
    <message>
        <source>Note templates</source>
        <translation>نماذج الملاحظات</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>دليل الخدمات</translation>
    </message>
</context>
<context>
    <name>Advice</name>
    <message>
        <source>The municipality&apos;s server pointed the app to another address, %1. Nothing was sent there. If that address is right, type it under Settings.</source>
        <translation>أحال خادم البلدية التطبيق إلى عنوان آخر هو %1، ولم يُرسَل إليه شيء. إن كان هذا العنوان صحيحًا فاكتبه في الإعدادات.</translation>
    </message>
    <message>
        <source>The app sends nothing to %1: it is plain http:// to another computer, so passwords and personal details would travel unencrypted. Nothing was sent.</source>
        <translation>لا يرسل التطبيق شيئًا إلى %1: فهو http://‎ غير مشفّر إلى حاسوب آخر، فتنتقل كلمات المرور والبيانات الشخصية دون تشفير. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>%1 is not a web address the app can use. Nothing was sent.</source>
        <translation>%1 ليس عنوانًا على الإنترنت يمكن للتطبيق استخدامه. لم يُرسَل شيء.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be verified, so nothing was sent. Ask the municipality&apos;s IT staff (they can run: citizen-app doctor).</source>
        <translation>تعذّر التحقق من هوية خادم البلدية، لذلك لم يُرسَل شيء. يرجى إبلاغ البلدية أو قسم تكنولوجيا المعلومات فيها.</translation>
    </message>
    <message>
        <source>This municipality asks you to confirm your e-mail or mobile number before sending a request. We send you a code; your request is kept as a draft and you can send it afterwards.</source>
        <translation>تطلب هذه البلدية تأكيد بريدك الإلكتروني أو رقم جوالك قبل إرسال أي طلب. سنرسل إليك رمزًا؛ ويبقى طلبك محفوظًا مسودةً لترسله بعد ذلك.</translation>
    </message>
    <message>
        <source>No connection to the municipality&apos;s server. Check your internet and try again.</source>
        <translation>لا يوجد اتصال بخادم البلدية. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The municipality&apos;s server has a problem right now. Please try again later.</source>
        <translation>يواجه خادم البلدية مشكلة في الوقت الحالي. يرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>انتهت جلستك. يرجى تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <source>You have sent as many photos as allowed in one day. They can be sent tomorrow.</source>
        <translation>لقد أرسلت الحد الأقصى المسموح به من الصور في يوم واحد. يمكن إرسالها غدًا.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>محاولات كثيرة. يرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This app is not allowed to send requests to this server (API key).</source>
        <translation>هذا التطبيق غير مخوَّل بإرسال الطلبات إلى هذا الخادم. يرجى إبلاغ البلدية.</translation>
    </message>
    <message>
        <source>Not found on the municipality&apos;s server.</source>
        <translation>لم يُعثر على الطلب على خادم البلدية؛ تحقّق من رقمه.</translation>
    </message>
    <message>
        <source>The server did not accept the request. Check the highlighted fields.</source>
        <translation>لم يقبل الخادم الطلب. راجع الحقول المشار إليها.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>حدث خطأ ما. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This municipality takes requests only from signed-in citizens. Sign in or create an account; your request is kept as a draft and you can send it afterwards.</source>
        <translation>لا تستقبل هذه البلدية الطلبات إلا من المواطنين المسجَّلين. سجِّل الدخول أو أنشئ حسابًا؛ طلبك محفوظ مسودةً ويمكنك إرساله بعد ذلك.</translation>
    </message>
    <message>
        <source>Your other photos are still being sent. This one will follow.</source>
        <translation>ما زالت صورك الأخرى قيد الإرسال. ستُرسَل هذه الصورة بعدها.</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more is sent from this connection. Please try again later, or sign in.</source>
        <translation>طلبت البلدية الانتظار قبل إرسال المزيد من هذا الاتصال. يُرجى المحاولة لاحقًا، أو تسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Staff account created</source>
        <translation>إنشاء حساب موظف</translation>
    </message>
    <message>
        <source>Staff account changed</source>
        <translation>تعديل حساب موظف</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Calendar changed</source>
        <translation>تعديل التقويم</translation>
    </message>
    <message>
        <source>Catalogue imported</source>
        <translation>استيراد دليل الخدمات</translation>
    </message>
    <message>
        <source>Department added</source>
        <translation>إضافة دائرة</translation>
    </message>
    <message>
        <source>Department changed</source>
        <translation>تعديل دائرة</translation>
    </message>
    <message>
        <source>Service added</source>
        <translation>إضافة خدمة</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>تعديل خدمة</translation>
    </message>
    <message>
        <source>Municipality changed</source>
        <translation>تعديل بيانات البلدية</translation>
    </message>
    <message>
        <source>Logo changed</source>
        <translation>تغيير الشعار</translation>
    </message>
    <message>
        <source>Note templates changed</source>
        <translation>تعديل نماذج الملاحظات</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>الخدمة %1</translation>
    </message>
    <message>
        <source>department %1</source>
        <translation>الدائرة %1</translation>
    </message>
    <message>
        <source>names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>descriptions</source>
        <translation>الأوصاف</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>كلمات البحث</translation>
    </message>
    <message>
        <source>department</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>in service</source>
        <translation>متاحة للمواطنين</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>الظهور</translation>
    </message>
    <message>
        <source>target working days</source>
        <translation>أيام العمل المستهدفة</translation>
    </message>
    <message>
        <source>needs a location</source>
        <translation>تتطلب تحديد الموقع</translation>
    </message>
    <message>
        <source>type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>order</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <source>code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <source>contact line</source>
        <translation>سطر التواصل</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>request number prefix</source>
        <translation>بادئة رقم الطلب</translation>
    </message>
    <message>
        <source>added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>عُدِّل</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>أُوقف</translation>
    </message>
    <message>
        <source>a number at once</source>
        <translation>فورية: رقم الطلب في الحال</translation>
    </message>
    <message>
        <source>a number later</source>
        <translation>مؤجلة: رقم الطلب لاحقًا</translation>
    </message>
    <message>
        <source>public issue</source>
        <translation>بلاغ عام</translation>
    </message>
    <message>
        <source>private transaction</source>
        <translation>معاملة خاصة</translation>
    </message>
    <message>
        <source>Search by person, change or account</source>
        <translation>ابحث باسم الشخص أو نوع التغيير أو الحساب</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>مَن</translation>
    </message>
    <message>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التغييرات</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Showing the latest %1 of %2 changes.</source>
        <translation>تُعرض أحدث %1 من أصل %2 تغييرًا.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>عدد البنود: %1</translation>
    </message>
</context>
<context>
    <name>Brand</name>
    <message>
        <source>Logo of %1</source>
        <extracomment>pixels the server&apos;s logo may declare (ours are at most 512×512) the server&apos;s profile arrived (or its kept copy): for receipts</extracomment>
        <translation>شعار %1</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>Weekly rest days</source>
        <translation>أيام العطلة الأسبوعية</translation>
    </message>
    <message>
        <source>Holidays (service targets skip them)</source>
        <translation>العطل الرسمية (لا تُحتسب في مدد إنجاز الخدمات)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>العطلة</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>العطل الرسمية</translation>
    </message>
    <message>
        <source>Date of the holiday</source>
        <translation>تاريخ العطلة</translation>
    </message>
    <message>
        <source>Name, for example Eid al-Fitr</source>
        <translation>الاسم، مثل عيد الفطر</translation>
    </message>
    <message>
        <source>Name of the holiday</source>
        <translation>اسم العطلة</translation>
    </message>
    <message>
        <source>Add holiday</source>
        <translation>إضافة عطلة</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>حذف المحدد</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>حفظ التقويم</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>These are the server&apos;s first-run settings; nothing was saved here yet.</source>
        <translation>هذه إعدادات الخادم الأولية، ولم يُحفظ هنا أي تقويم بعد.</translation>
    </message>
    <message>
        <source>This date is already a holiday.</source>
        <translation>هذا التاريخ عطلة مسجّلة من قبل.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>At least one day of the week must be a working day.</source>
        <translation>يجب أن يكون يوم واحد على الأقل من أيام الأسبوع يوم عمل.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved. New requests&apos; expected dates follow it from now on.</source>
        <translation>تم الحفظ. يُحسب موعد الإنجاز المتوقع للطلبات الجديدة وفق هذا التقويم من الآن.</translation>
    </message>
    <message>
        <source>The server refused the calendar: check the dates.</source>
        <translation>رفض الخادم التقويم: تحقّق من التواريخ.</translation>
    </message>
</context>
<context>
    <name>CatalogueAdminPage</name>
    <message>
        <source>Departments and services</source>
        <translation>الدوائر والخدمات</translation>
    </message>
    <message>
        <source>Show retired services</source>
        <translation>إظهار الخدمات الموقوفة</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>الظهور</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>New department…</source>
        <translation>دائرة جديدة…</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>خدمة جديدة</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عامة</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>خاصة</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>في الخدمة</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Department saved.</source>
        <translation>حُفظت الدائرة.</translation>
    </message>
</context>
<context>
    <name>CatalogueChecks</name>
    <message>
        <source>Give a code.</source>
        <translation>أدخل رمزًا.</translation>
    </message>
    <message>
        <source>A code has 1 to 50 Latin letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;.</source>
        <translation>يتكون الرمز من 1 إلى 50 حرفًا لاتينيًا أو رقمًا أو «-» أو «_» أو «.».</translation>
    </message>
    <message>
        <source>This code is already used.</source>
        <translation>هذا الرمز مستخدم من قبل.</translation>
    </message>
    <message>
        <source>Give the department&apos;s name in Arabic.</source>
        <translation>أدخل اسم الدائرة بالعربية.</translation>
    </message>
    <message>
        <source>Give the service&apos;s name in Arabic.</source>
        <translation>أدخل اسم الخدمة بالعربية.</translation>
    </message>
    <message>
        <source>Choose the department.</source>
        <translation>اختر الدائرة.</translation>
    </message>
    <message>
        <source>Write the question in Arabic.</source>
        <translation>اكتب السؤال بالعربية.</translation>
    </message>
    <message>
        <source>A list question needs at least one value.</source>
        <translation>سؤال القائمة يحتاج إلى قيمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Give the value&apos;s name in Arabic.</source>
        <translation>أدخل اسم القيمة بالعربية.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <source>What would you like to ask the municipality for?</source>
        <extracomment>the pause in typing after which the cards show the matches keys that leave the search for the matches: they are shown first the service the citizen chose the services could not be loaded and the citizen asks to try again</extracomment>
        <translation>ماذا تريد أن تطلب من البلدية؟</translation>
    </message>
    <message>
        <source>Search services, e.g. water, light, certificate</source>
        <translation>ابحث في الخدمات، مثل: مياه، إنارة، شهادة</translation>
    </message>
    <message>
        <source>Search services</source>
        <translation>البحث في الخدمات</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>No service matches your search.</source>
        <translation>لا توجد خدمة تطابق بحثك.</translation>
    </message>
    <message>
        <source>Try another word, or clear the search to see every service.</source>
        <translation>جرّب كلمة أخرى، أو امسح البحث لترى كل الخدمات.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>مسح البحث</translation>
    </message>
    <message>
        <source>The services could not be loaded</source>
        <translation>تعذّر تحميل الخدمات</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Loading the services…</source>
        <translation>جارٍ تحميل الخدمات…</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>خدمات أخرى</translation>
    </message>
</context>
<context>
    <name>ConfigCheck</name>
    <message>
        <source>(set, not shown)</source>
        <translation>(مُعيَّن، لا يُعرض)</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>فحص %1</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
        <source>it is not a file</source>
        <translation>ليس ملفًا</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Problems found: %1. The app ignores each of these values.</source>
        <translation>عدد المشكلات: %1. يتجاهل التطبيق كل قيمة من هذه القيم.</translation>
    </message>
    <message>
        <source>OK: the file is valid. Its settings:</source>
        <translation>سليم: الملف صالح. إعداداته:</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>New administrator PIN: </source>
        <translation>الرمز السري الجديد للمسؤول: </translation>
    </message>
    <message>
        <source>The same PIN again: </source>
        <translation>أعد إدخال الرمز نفسه: </translation>
    </message>
    <message>
        <source>The two PINs differ or are shorter than 4 characters.</source>
        <translation>الرمزان مختلفان أو أقصر من 4 محارف.</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Follow this request</source>
        <translation>متابعة هذا الطلب</translation>
    </message>
    <message>
        <source>Your request has reached the municipality</source>
        <translation>وصل طلبك إلى البلدية</translation>
    </message>
    <message>
        <source>Make another request</source>
        <extracomment>the citizen wants to make another request print the receipt on the system printer save the receipt as a PDF file open the request just sent (its number) saving files is for the citizen&apos;s own computer, not a shared kiosk</extracomment>
        <translation>تقديم طلب آخر</translation>
    </message>
    <message>
        <source>Print the receipt</source>
        <translation>طباعة الإيصال</translation>
    </message>
    <message>
        <source>Save the receipt as PDF…</source>
        <translation>حفظ الإيصال كملف PDF…</translation>
    </message>
    <message>
        <source>Your request is saved on this computer</source>
        <translation>طلبك محفوظ على هذا الحاسوب</translation>
    </message>
    <message>
        <source>No connection to the municipality right now</source>
        <translation>لا يوجد اتصال بالبلدية في الوقت الحالي</translation>
    </message>
    <message>
        <source>The municipality&apos;s server cannot take it right now</source>
        <translation>لا يستطيع خادم البلدية استلامه في الوقت الحالي</translation>
    </message>
    <message>
        <source>It is in your outbox and will be sent by itself as soon as the server can be reached, even after you close and reopen the app. It will not be sent twice. You will get its number then.</source>
        <translation>الطلب في صندوق الصادر، وسيُرسل تلقائيًا حين يتوفر الاتصال بالخادم، حتى لو أغلقت التطبيق وفتحته من جديد. لن يُرسل مرتين، وستحصل على رقمه عند وصوله.</translation>
    </message>
    <message>
        <source>Request number: %1</source>
        <translation>رقم الطلب: %1</translation>
    </message>
    <message>
        <source>Keep this number: you can follow your request with it.</source>
        <translation>احتفظ بهذا الرقم؛ يمكنك متابعة طلبك من خلاله.</translation>
    </message>
    <message>
        <source>No tracking number yet</source>
        <translation>لا يوجد رقم متابعة بعد</translation>
    </message>
    <message>
        <source>The municipality received your request but gives no number for this service.</source>
        <translation>استلمت البلدية طلبك، لكن هذه الخدمة لا تعطي رقم متابعة.</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more requests are sent from here</source>
        <translation>طلبت البلدية الانتظار قبل إرسال مزيد من الطلبات من هنا</translation>
    </message>
</context>
<context>
    <name>ContactVerifyBox</name>
    <message>
        <source>E-mail</source>
        <extracomment>the address was confirmed: the profile as the server now has it</extracomment>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>أرسل لي رمزًا</translation>
    </message>
    <message>
        <source>Code (6 digits)</source>
        <translation>الرمز (6 أرقام)</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Send a code to my %1</source>
        <translation>أرسل رمزًا إلى %1 الخاص بي</translation>
    </message>
    <message>
        <source>Code sent to my %1</source>
        <translation>الرمز المرسَل إلى %1 الخاص بي</translation>
    </message>
    <message>
        <source>Confirm my %1</source>
        <translation>تأكيد %1 الخاص بي</translation>
    </message>
    <message>
        <source>%1 is confirmed and still in use. The new %2 is waiting for its code.</source>
        <translation>%1 مؤكَّد وما زال مستخدمًا. العنوان الجديد %2 بانتظار رمزه.</translation>
    </message>
    <message>
        <source>✔ %1 is confirmed.</source>
        <translation>✔ %1 مؤكَّد.</translation>
    </message>
    <message>
        <source>%1 is not confirmed yet: the municipality does not write to it until you type the code we send there.</source>
        <translation>%1 غير مؤكَّد بعد: لن تراسلك البلدية عليه حتى تكتب الرمز الذي نرسله إليه.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>A code is on its way to %1. It works once, for 10 minutes.</source>
        <translation>الرمز في طريقه إلى %1. يصلح الرمز لمرة واحدة خلال 10 دقائق.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>يتكوّن الرمز من 6 أرقام.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Confirmed. Thank you.</source>
        <translation>تمّ التأكيد. شكرًا لك.</translation>
    </message>
    <message>
        <source>The municipality cannot send codes this way at the moment. Please contact it, or confirm your other contact.</source>
        <translation>لا تستطيع البلدية إرسال الرموز بهذه الطريقة حاليًا. يرجى التواصل معها، أو تأكيد وسيلة التواصل الأخرى.</translation>
    </message>
    <message>
        <source>This is already confirmed.</source>
        <translation>هذا مؤكَّد من قبل.</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>هذا البريد الإلكتروني أو الرقم مستخدم في حساب آخر.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>نسخ التفاصيل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. The app carries on, but what you were doing may not have been finished: please try it again. If it happens again, give the municipality&apos;s IT staff the log file:</source>
        <translation>حدث خطأ غير متوقع. يواصل التطبيق عمله، لكن ما كنتَ تقوم به ربما لم يكتمل، فأعِد المحاولة من فضلك. وإذا تكرّر الخطأ فسلِّم قسم تكنولوجيا المعلومات في البلدية ملف السجل:</translation>
    </message>
    <message numerus="yes">
        <source>%n more errors since.</source>
        <translation>
            <numerusform>لا أخطاء أخرى منذ ذلك.</numerusform>
            <numerusform>خطأ آخر منذ ذلك.</numerusform>
            <numerusform>خطآن آخران منذ ذلك.</numerusform>
            <numerusform>%n أخطاء أخرى منذ ذلك.</numerusform>
            <numerusform>%n خطأً آخر منذ ذلك.</numerusform>
            <numerusform>%n خطأ آخر منذ ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
</context>
<context>
    <name>Datatypes</name>
    <message>
        <source>Short text</source>
        <translation>نص قصير</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>تاريخ ووقت</translation>
    </message>
    <message>
        <source>Long text</source>
        <translation>نص طويل</translation>
    </message>
    <message>
        <source>One choice from a list</source>
        <translation>اختيار واحد من قائمة</translation>
    </message>
    <message>
        <source>Several choices from a list</source>
        <translation>عدة اختيارات من قائمة</translation>
    </message>
</context>
<context>
    <name>DepartmentDialog</name>
    <message>
        <source>New department</source>
        <translation>دائرة جديدة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>No new status</source>
        <translation>دون تغيير الحالة</translation>
    </message>
    <message>
        <source>Citizen (visible to staff only)</source>
        <translation>المواطن (يظهر للموظفين فقط)</translation>
    </message>
    <message>
        <source>Choose a request in the list to see it and act on it.</source>
        <extracomment>the request&apos;s new detail after an action</extracomment>
        <translation>اختر طلبًا من القائمة لعرضه والعمل عليه.</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>الحالة الجديدة</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>إسناد</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>مكرر لطلب</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>موعد الإنجاز المتوقع</translation>
    </message>
    <message>
        <source>Change status (Ctrl+Enter)</source>
        <translation>تغيير الحالة (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Assign to me (Ctrl+M)</source>
        <translation>إسناده إليّ (Ctrl+M)</translation>
    </message>
    <message>
        <source>Number of the original request</source>
        <translation>رقم الطلب الأصلي</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>تحديده كطلب مكرر</translation>
    </message>
    <message>
        <source>Set expected date</source>
        <translation>تحديد موعد الإنجاز</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Expected by %1</source>
        <translation>موعد الإنجاز المتوقع: %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>مُسند إلى %1</translation>
    </message>
    <message>
        <source>Duplicate of %1</source>
        <translation>مكرر للطلب %1</translation>
    </message>
    <message>
        <source>Reported without a name.</source>
        <translation>قُدّم دون ذكر الاسم.</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>الوصف: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
    <message>
        <source>Note with the status change</source>
        <translation>ملاحظة مع تغيير الحالة</translation>
    </message>
    <message>
        <source>Note without a status change</source>
        <translation>ملاحظة دون تغيير الحالة</translation>
    </message>
    <message>
        <source>Who will read the note</source>
        <translation>مَن سيقرأ الملاحظة</translation>
    </message>
    <message>
        <source>Who will read this note</source>
        <translation>مَن سيقرأ هذه الملاحظة</translation>
    </message>
    <message>
        <source>Add note (Ctrl+Shift+N)</source>
        <translation>إضافة الملاحظة (Ctrl+Shift+N)</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The demo municipality that the running app (process %1) started at %2 does not answer. The app starts it again by itself; if this lasts, close the app and open it again.</source>
        <translation>البلدية التجريبية التي شغّلها التطبيق العامل (العملية %1) على %2 لا تستجيب. يعيد التطبيق تشغيلها تلقائيًا؛ فإن استمر ذلك فأغلق التطبيق ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>The demo municipality answers at %1 (started by the running app, process %2).</source>
        <translation>البلدية التجريبية تستجيب على %1 (شغّلها التطبيق العامل، العملية %2).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>سليم</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>تنبيه</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>خلل</translation>
    </message>
    <message>
        <source>Passed: %1, warnings: %2, failed: %3.</source>
        <translation>سليم: %1، تنبيهات: %2، خلل: %3.</translation>
    </message>
    <message>
        <source>Site configuration</source>
        <translation>إعدادات البلدية لهذا الحاسوب</translation>
    </message>
    <message>
        <source>Problems found: %1 (citizen-app config check explains them): %2</source>
        <translation>عدد المشكلات: %1 (يشرحها الأمر citizen-app config check): %2</translation>
    </message>
    <message>
        <source>%1 is valid.</source>
        <translation>الملف %1 صالح.</translation>
    </message>
    <message>
        <source>No site file at %1: the built-in defaults are used.</source>
        <translation>لا يوجد ملف إعدادات موقع في %1: تُستخدم القيم الافتراضية المضمّنة.</translation>
    </message>
    <message>
        <source>Arabic font</source>
        <translation>الخط العربي</translation>
    </message>
    <message>
        <source>Shipped with the app: %1.</source>
        <translation>مرفق مع التطبيق: %1.</translation>
    </message>
    <message>
        <source>The app&apos;s own font is missing; the system&apos;s %1 will be used.</source>
        <translation>خط التطبيق غير موجود؛ سيُستخدم خط النظام %1.</translation>
    </message>
    <message>
        <source>No font can show Arabic: every letter would be a box. Reinstall the app or install an Arabic font.</source>
        <translation>لا يوجد خط يعرض العربية: سيظهر كل حرف مربعًا. أعد تثبيت التطبيق أو ثبّت خطًا عربيًا.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>الطابعة</translation>
    </message>
    <message>
        <source>The receipt_printer %1 is not installed (installed: %2).</source>
        <translation>الطابعة المحددة في receipt_printer ‏(%1) غير مثبتة (المثبتة: %2).</translation>
    </message>
    <message>
        <source>No printer installed: receipts can only be saved as PDF.</source>
        <translation>لا توجد طابعة مثبتة: يمكن حفظ الإيصالات بصيغة PDF فقط.</translation>
    </message>
    <message>
        <source>No default printer; installed: %1. Set one, or receipt_printer.</source>
        <translation>لا توجد طابعة افتراضية؛ المثبتة: %1. حدّد واحدة، أو اضبط receipt_printer.</translation>
    </message>
    <message>
        <source>Receipts go to %1.</source>
        <translation>تُطبع الإيصالات على %1.</translation>
    </message>
    <message>
        <source>Password store (keyring)</source>
        <translation>مخزن كلمات المرور (keyring)</translation>
    </message>
    <message>
        <source>Not used: a kiosk keeps sign-ins in memory only.</source>
        <translation>غير مستخدم: يحتفظ جهاز الخدمة الذاتية بتسجيلات الدخول في الذاكرة فقط.</translation>
    </message>
    <message>
        <source>No usable password store on this computer: the app works, but citizens must sign in again each time.</source>
        <translation>لا يوجد مخزن كلمات مرور صالح للاستخدام على هذا الحاسوب: يعمل التطبيق، لكن على المواطنين تسجيل الدخول في كل مرة.</translation>
    </message>
    <message>
        <source>The password store is locked: sign-ins will not be remembered.</source>
        <translation>مخزن كلمات المرور مقفل: لن يُحفظ تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The password store did not answer within %1 s (an unlock prompt nobody answered?): sign-ins will not be remembered.</source>
        <translation>لم يستجب مخزن كلمات المرور خلال %1 ث (ربما طلب فتح قفل لم يُجب عليه أحد): لن يُحفظ تسجيل الدخول.</translation>
    </message>
    <message>
        <source>The password store refused (%1): sign-ins will not be remembered.</source>
        <translation>رفض مخزن كلمات المرور الطلب (%1): لن يُحفظ تسجيل الدخول.</translation>
    </message>
    <message>
        <source>Usable (%1).</source>
        <translation>صالح للاستخدام (%1).</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>مجلد البيانات</translation>
    </message>
    <message>
        <source>%1 is not writable: %2.</source>
        <translation>تتعذّر الكتابة في %1: %2.</translation>
    </message>
    <message>
        <source>%1 is writable.</source>
        <translation>الكتابة في %1 ممكنة.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>صندوق الصادر</translation>
    </message>
    <message>
        <source>No local database yet: nothing to send.</source>
        <translation>لا توجد قاعدة بيانات محلية بعد: لا شيء للإرسال.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2); the app will set it aside and start a new one.</source>
        <translation>تتعذّر قراءة %1 (%2)؛ سيضعها التطبيق جانبًا ويبدأ قاعدة جديدة.</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1; stopped until the citizen acts in Drafts and outbox: %2.</source>
        <translation>بانتظار الإرسال: %1؛ متوقفة حتى يتصرف المواطن في المسودات والصادر: %2.</translation>
    </message>
    <message>
        <source>Nothing waiting to be sent.</source>
        <translation>لا شيء بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>Server reachable</source>
        <translation>الوصول إلى الخادم</translation>
    </message>
    <message>
        <source>No server configured: the app starts the demo municipality on this computer.</source>
        <translation>لم يُضبط خادم: يشغّل التطبيق البلدية التجريبية على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>%1 is refused: plain http:// to another computer, or not a web address.</source>
        <translation>العنوان %1 مرفوض: ⁦http://⁩ غير مشفّر إلى حاسوب آخر، أو ليس عنوانًا على الإنترنت.</translation>
    </message>
    <message>
        <source>The name %1 is not found (DNS). Check the address and the network.</source>
        <translation>الاسم %1 غير موجود (DNS). تحقّق من العنوان ومن الشبكة.</translation>
    </message>
    <message>
        <source>%1 refuses the connection: nothing listens on that port.</source>
        <translation>يرفض %1 الاتصال: لا يعمل أي خادم على هذا المنفذ.</translation>
    </message>
    <message>
        <source>%1 does not answer (a firewall, or no route to it).</source>
        <translation>لا يستجيب %1 (جدار حماية، أو لا يوجد مسار إليه).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>تعذّر الاتصال بـ %1: %2.</translation>
    </message>
    <message>
        <source>The proxy %1 answers (for %2).</source>
        <translation>الوسيط (proxy) %1 يستجيب (من أجل %2).</translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <translation>%1 يستجيب.</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>شهادة TLS</translation>
    </message>
    <message>
        <source>The TLS handshake failed (%1): is it really an https:// server?</source>
        <translation>فشلت مصافحة TLS ‏(%1): هل هو فعلًا خادم ⁦https://⁩؟</translation>
    </message>
    <message>
        <source>Valid for %1 until %2, issued by %3.</source>
        <translation>صالحة لـ %1 حتى %2، أصدرتها %3.</translation>
    </message>
    <message>
        <source>Trusted through ca_bundle %1.</source>
        <translation>موثوقة عبر ca_bundle ‏%1.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired. The municipality must renew it.</source>
        <translation>انتهت صلاحية شهادة الخادم. على البلدية تجديدها.</translation>
    </message>
    <message>
        <source>The certificate is not valid yet: check this computer&apos;s date and time.</source>
        <translation>الشهادة ليست صالحة بعد: تحقّق من تاريخ هذا الحاسوب ووقته.</translation>
    </message>
    <message>
        <source>Wrong host name: the certificate is not made out to %1.</source>
        <translation>اسم خادم خاطئ: الشهادة ليست صادرة باسم %1.</translation>
    </message>
    <message>
        <source>The certificate is not trusted (%1). If the municipality uses its own certificate authority, set ca_bundle to its PEM file.</source>
        <translation>الشهادة غير موثوقة (%1). إن كانت البلدية تستخدم جهة تصديق خاصة بها، فاضبط ca_bundle على ملف PEM الخاص بها.</translation>
    </message>
    <message>
        <source>Open311 service</source>
        <translation>خدمة Open311</translation>
    </message>
    <message>
        <source>No Open311 discovery or service list answers at %1.</source>
        <translation>لا يستجيب في %1 مستند اكتشاف Open311 ولا قائمة خدمات.</translation>
    </message>
    <message>
        <source>The server fails (HTTP %1).</source>
        <translation>يواجه الخادم عطلًا (⁦HTTP %1⁩).</translation>
    </message>
    <message>
        <source>No answer from %1.</source>
        <translation>لا استجابة من %1.</translation>
    </message>
    <message>
        <source>Endpoint %1 (%2): %3 services.</source>
        <translation>نقطة الخدمة %1 ‏(%2): عدد الخدمات %3.</translation>
    </message>
    <message>
        <source>Extensions (/api/v1)</source>
        <translation>الامتدادات (/api/v1)</translation>
    </message>
    <message>
        <source>Not offered: a plain Open311 server. The app works without accounts and follows the requests made from this computer.</source>
        <translation>غير متاحة: خادم Open311 عادي. يعمل التطبيق دون حسابات ويتابع الطلبات المقدّمة من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Announced at %1 but not answering as expected.</source>
        <translation>مُعلنة في %1 لكنها لا تستجيب كما ينبغي.</translation>
    </message>
    <message>
        <source>Available at %1: accounts, following requests, photos.</source>
        <translation>متاحة في %1: الحسابات ومتابعة الطلبات والصور.</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <source>How was your visit today?</source>
        <extracomment>score -&gt; face colour; the mouth&apos;s shape tells them apart without colour too 1 not good, 2 acceptable, 3 good skipped, or no answer in time</extracomment>
        <translation>كيف كانت زيارتك اليوم؟</translation>
    </message>
    <message>
        <source>Your answer is anonymous: it helps the municipality improve its services.</source>
        <translation>إجابتك لا تحمل اسمك، وتساعد البلدية على تحسين خدماتها.</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Acceptable</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>غير جيدة</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>إنهاء دون تقييم</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Not given</source>
        <extracomment>the citizen changed the answer (for the draft)</extracomment>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <source>Enter a number, for example 3 or ٣.</source>
        <translation>أدخل رقمًا، مثل 3 أو ٣.</translation>
    </message>
</context>
<context>
    <name>FormPreview</name>
    <message>
        <source>Preview of the citizen&apos;s form</source>
        <translation>معاينة نموذج المواطن</translation>
    </message>
    <message>
        <source>Preview in %1</source>
        <translation>المعاينة بـ%1</translation>
    </message>
    <message>
        <source>The form then asks where: an address or a place on the map.</source>
        <translation>ثم يسأل النموذج عن المكان: عنوان أو موقع على الخريطة.</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>week of %1</source>
        <translation>أسبوع %1</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>One-time password</source>
        <translation>كلمة مرور لمرة واحدة</translation>
    </message>
    <message>
        <source>Give this password to %1. It works once: at the first sign-in they must choose their own. It is not shown again.</source>
        <translation>سلّم كلمة المرور هذه إلى %1. تصلح لمرة واحدة فقط: عند أول تسجيل دخول يجب اختيار كلمة مرور خاصة. لن تظهر مرة أخرى.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Continue</source>
        <extracomment>the visitor wants more time the visitor is done</extracomment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>إنهاء الآن</translation>
    </message>
    <message numerus="yes">
        <source>Are you still there? For your privacy, this session ends in %Ln second(s) and everything you entered is erased.</source>
        <translation>
            <numerusform>هل ما زلت هنا؟ حفاظًا على خصوصيتك تنتهي هذه الجلسة الآن وتُمحى كل البيانات التي أدخلتها.</numerusform>
            <numerusform>هل ما زلت هنا؟ حفاظًا على خصوصيتك تنتهي هذه الجلسة بعد ثانية واحدة وتُمحى كل البيانات التي أدخلتها.</numerusform>
            <numerusform>هل ما زلت هنا؟ حفاظًا على خصوصيتك تنتهي هذه الجلسة بعد ثانيتين وتُمحى كل البيانات التي أدخلتها.</numerusform>
            <numerusform>هل ما زلت هنا؟ حفاظًا على خصوصيتك تنتهي هذه الجلسة بعد %Ln ثوانٍ وتُمحى كل البيانات التي أدخلتها.</numerusform>
            <numerusform>هل ما زلت هنا؟ حفاظًا على خصوصيتك تنتهي هذه الجلسة بعد %Ln ثانية وتُمحى كل البيانات التي أدخلتها.</numerusform>
            <numerusform>هل ما زلت هنا؟ حفاظًا على خصوصيتك تنتهي هذه الجلسة بعد %Ln ثانية وتُمحى كل البيانات التي أدخلتها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Done, but this computer could not remember it for the next time.</source>
        <translation>تمّ ذلك، لكن تعذّر على هذا الحاسوب حفظه للمرة القادمة.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>تم تسجيل الدخول باسم %1</translation>
    </message>
    <message>
        <source>You are signed out, but this computer could not erase everything it kept of your session. The IT staff can see why in the app&apos;s log file.</source>
        <translation>تم تسجيل خروجك، لكن تعذّر على هذا الحاسوب محو كل ما احتفظ به من جلستك. يمكن لقسم تكنولوجيا المعلومات معرفة السبب من ملف سجل التطبيق.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>الإدارة</translation>
    </message>
    <message>
        <source>This kiosk could not erase everything from the last visit. Please tell the staff.</source>
        <translation>تعذّر على جهاز الخدمة الذاتية هذا محو كل ما بقي من الزيارة السابقة. يُرجى إبلاغ الموظفين.</translation>
    </message>
    <message>
        <source>This kiosk has no administrator PIN set up (admin_pin_hash in the site configuration); it closes when the computer shuts down.</source>
        <translation>لم يُحدَّد رمز للمسؤول على هذا الجهاز (⁦admin_pin_hash⁩ في ملف إعدادات البلدية)؛ يُغلق الجهاز عند إيقاف تشغيل الحاسوب.</translation>
    </message>
    <message>
        <source>Wrong PIN. PIN to close the kiosk:</source>
        <translation>الرمز غير صحيح. رمز إغلاق الجهاز:</translation>
    </message>
    <message>
        <source>The demo municipality stopped and could not be started again. Close the app and open it again.</source>
        <extracomment>(event, detail) from the keeper thread: delivered queued, on the GUI thread</extracomment>
        <translation>توقّفت البلدية التجريبية وتعذّر تشغيلها من جديد. أغلق التطبيق ثم افتحه من جديد.</translation>
    </message>
    <message>
        <source>The demo municipality had stopped; it has been started again. If what you just did did not go through, please do it again.</source>
        <translation>كانت البلدية التجريبية قد توقّفت، وأُعيد تشغيلها. إن لم يكتمل ما قمتَ به للتو فأعِده من فضلك.</translation>
    </message>
    <message>
        <source>Municipal e-services</source>
        <extracomment>the catalogue is shown: how many services, and whether it is a kept (offline) copy the municipality could not be reached or none is set up; the text the window shows
----------
a load failed or the municipality cannot be reached: the text the window shows notifications given in this session (status changes, late deliveries)</extracomment>
        <translation>الخدمات البلدية الإلكترونية</translation>
    </message>
    <message>
        <source>Demo mode: a practice municipality on this computer. Requests go nowhere.</source>
        <translation>وضع تجريبي: بلدية للتدريب على هذا الحاسوب، ولا تُرسَل الطلبات إلى أي جهة.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <source>My requests</source>
        <translation>طلباتي</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Drafts and outbox</source>
        <translation>المسودات والصادر</translation>
    </message>
    <message>
        <source>Connecting to the municipality…</source>
        <extracomment>the server&apos;s endpoint is known (found, or the kept copy when offline) the session kept in the keyring was restored: the user, or None (nobody signed in) the catalogue was loaded (the list of Service) the catalogue is shown: how many services, and whether it is a kept (offline) copy the services of the catalogue last loaded</extracomment>
        <translation>جارٍ الاتصال بالبلدية…</translation>
    </message>
    <message>
        <source>No connection to the municipality. These are the services as of %1; what you send waits in the outbox until the connection returns.</source>
        <translation>لا يوجد اتصال بالبلدية. هذه قائمة الخدمات كما كانت في %1، وما ترسله ينتظر في صندوق الصادر حتى يعود الاتصال.</translation>
    </message>
    <message>
        <source>No municipality server is set up on this computer. Type your municipality&apos;s address under Settings, or ask your IT staff to set server_url in %1.</source>
        <extracomment>the server is about to change: what is on its way from the old one must be dropped another server answered and is in use now (True: the demo municipality)</extracomment>
        <translation>لم يُضبط خادم البلدية على هذا الحاسوب. اكتب عنوان بلديتك في الإعدادات، أو اطلب من قسم تكنولوجيا المعلومات ضبط server_url في %1.</translation>
    </message>
    <message>
        <source>No municipality&apos;s Open311 service answers at this address.</source>
        <translation>لا توجد خدمة Open311 لبلدية على هذا العنوان.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>تم الاتصال بـ %1.</translation>
    </message>
    <message>
        <source>The app does not connect to %1: it uses plain http:// to another computer, so passwords would travel unencrypted. Use an https:// address (or IT staff may allow plain http in the site configuration).</source>
        <translation>لا يتصل التطبيق بـ %1: لأن هذا العنوان يستخدم ⁦http://⁩ غير المشفّر إلى حاسوب آخر، فقد تنتقل كلمات المرور دون تشفير. استخدم عنوانًا يبدأ بـ ⁦https://⁩، أو اطلب من قسم تكنولوجيا المعلومات السماح بذلك.</translation>
    </message>
    <message>
        <source>The configured server address %1 is not a web address.</source>
        <translation>عنوان الخادم المُعدّ %1 ليس عنوانًا على الإنترنت.</translation>
    </message>
    <message>
        <source>A request from your outbox reached the municipality: number %1</source>
        <translation>وصل طلب من صندوق الصادر إلى البلدية، ورقمه %1</translation>
    </message>
    <message>
        <source>The drafts and outbox saved on this computer were damaged and could not be read. They were kept aside in %1 and the app started afresh. Check My requests to see what reached the municipality.</source>
        <translation>تلفت المسودات والطلبات المحفوظة على هذا الحاسوب ولم تعد قراءتها ممكنة. نُقلت جانبًا إلى %1 وبدأ التطبيق من جديد. راجع «طلباتي» لمعرفة ما وصل إلى البلدية.</translation>
    </message>
    <message>
        <source>This service is not offered by the municipality&apos;s server right now.</source>
        <translation>هذه الخدمة غير متاحة على خادم البلدية حاليًا.</translation>
    </message>
    <message>
        <source>No connection: as of %1</source>
        <translation>لا يوجد اتصال، والقائمة كما كانت في %1</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>حُدّثت في %1</translation>
    </message>
    <message>
        <source>Request %1 is now: %2</source>
        <translation>أصبحت حالة الطلب %1: %2</translation>
    </message>
    <message>
        <source>Starting the demo municipality…</source>
        <translation>جارٍ تشغيل البلدية التجريبية…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in. This computer cannot remember it: sign in again next time.</source>
        <extracomment>someone signed in (the user), or went on without an account (None) the person signed out (or left): the window shows nothing of theirs any more the signed-in person&apos;s details changed (the header shows the new name)</extracomment>
        <translation>تم تسجيل الدخول. لا يستطيع هذا الحاسوب تذكّره، فسجّل الدخول من جديد في المرة القادمة.</translation>
    </message>
    <message>
        <source>Loading the form…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
    <message>
        <source>Work queue</source>
        <translation>قائمة العمل</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Finish</source>
        <extracomment>a visitor chose a language on the start screen (the language code) the visitor&apos;s session is being erased: whatever is not a page forgets them now the session began or ended: the navigation shows other buttons</extracomment>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>PIN to close the kiosk:</source>
        <translation>رمز إغلاق الجهاز:</translation>
    </message>
</context>
<context>
    <name>MapBox</name>
    <message>
        <source>Map: click to mark the place</source>
        <extracomment>the citizen marked a place on the map: latitude, longitude the citizen removed the mark</extracomment>
        <translation>الخريطة: انقر لتحديد المكان</translation>
    </message>
    <message>
        <source>Map of the place</source>
        <translation>خريطة المكان</translation>
    </message>
    <message>
        <source>Arrow keys move the map, plus and minus zoom, Enter marks the centre. You can describe the place in the address field instead.</source>
        <translation>مفاتيح الأسهم تحرّك الخريطة، وزائد وناقص للتكبير والتصغير، وEnter يحدد المركز. ويمكنك بدلًا من ذلك وصف المكان في حقل العنوان.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Remove the mark</source>
        <translation>إزالة العلامة</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>الخريطة: %1</translation>
    </message>
    <message>
        <source>The map cannot be loaded now. Describe the place in the address field instead.</source>
        <translation>لا يمكن عرض الخريطة الآن. يرجى وصف المكان في حقل العنوان.</translation>
    </message>
</context>
<context>
    <name>MunicipalityPage</name>
    <message>
        <source>Name and contact line</source>
        <extracomment>as the server takes it (municipal_server/municipality.py) a preview is decoded under the same budget as any picture from elsewhere</extracomment>
        <translation>الاسم وبيانات التواصل</translation>
    </message>
    <message>
        <source>Name of the municipality</source>
        <translation>اسم البلدية</translation>
    </message>
    <message>
        <source>Contact line (phone, address, hours)</source>
        <translation>بيانات التواصل (الهاتف، العنوان، ساعات الدوام)</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Name of the municipality in %1</source>
        <translation>اسم البلدية بـ%1</translation>
    </message>
    <message>
        <source>Contact line in %1</source>
        <translation>بيانات التواصل بـ%1</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>مطلوب</translation>
    </message>
    <message>
        <source>Time zone and request numbers</source>
        <translation>المنطقة الزمنية وأرقام الطلبات</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Request number prefix</source>
        <translation>بادئة رقم الطلب</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>الشعار</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>معاينة الشعار</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>اختيار شعار…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>إزالة الشعار</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 1 MB. Shown in the app&apos;s header, on receipts and in e-mails.</source>
        <translation>صورة PNG أو JPEG لا يزيد حجمها على ميغابايت واحد. يظهر الشعار في أعلى نافذة التطبيق وعلى الإيصالات وفي رسائل البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>لا يوجد شعار</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>The time zone and prefix are the server&apos;s first-run settings; nothing was saved here yet.</source>
        <translation>المنطقة الزمنية والبادئة هما إعدادا الخادم الأوليّان؛ لم يُحفظ شيء هنا بعد.</translation>
    </message>
    <message>
        <source>Request numbers read: %1</source>
        <translation>تظهر أرقام الطلبات هكذا: %1</translation>
    </message>
    <message>
        <source>Fixed: requests already carry this prefix.</source>
        <translation>ثابتة: توجد طلبات تحمل هذه البادئة.</translation>
    </message>
    <message>
        <source>It can no longer change once the first request is made.</source>
        <translation>لا يمكن تغييرها بعد تقديم أول طلب.</translation>
    </message>
    <message>
        <source>The Arabic name is required.</source>
        <translation>الاسم بالعربية مطلوب.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved. Every app shows it from its next start.</source>
        <translation>تم الحفظ. تظهر البيانات الجديدة في كل تطبيق عند تشغيله في المرة القادمة.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>اختيار شعار</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>صور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Only PNG and JPEG pictures can be the logo.</source>
        <translation>يجب أن يكون الشعار صورة PNG أو JPEG.</translation>
    </message>
    <message>
        <source>Sending the logo…</source>
        <translation>جارٍ إرسال الشعار…</translation>
    </message>
    <message>
        <source>Logo saved.</source>
        <translation>تم حفظ الشعار.</translation>
    </message>
    <message>
        <source>Logo removed.</source>
        <translation>تمت إزالة الشعار.</translation>
    </message>
    <message>
        <source>The logo file is too large: at most 1 MB.</source>
        <translation>ملف الشعار كبير جدًا: يجب ألا يزيد حجمه على ميغابايت واحد.</translation>
    </message>
    <message>
        <source>This file could not be read as a picture.</source>
        <translation>تعذّرت قراءة هذا الملف كصورة. اختر ملف صورة آخر.</translation>
    </message>
    <message>
        <source>The request number prefix can no longer change: requests already carry it.</source>
        <translation>لا يمكن تغيير بادئة رقم الطلب: توجد طلبات تحملها.</translation>
    </message>
    <message>
        <source>This time zone is not known. Choose one from the list, such as %1.</source>
        <translation>هذه المنطقة الزمنية غير معروفة. اختر واحدة من القائمة، مثل %1.</translation>
    </message>
    <message>
        <source>The prefix is 2 to 8 Latin capital letters or digits and starts with a letter, such as HEB.</source>
        <translation>تتكون البادئة من 2 إلى 8 أحرف لاتينية كبيرة أو أرقام، وتبدأ بحرف، مثل ⁦HEB⁩.</translation>
    </message>
    <message>
        <source>The logo is too large: at most 1 MB and 4 megapixels.</source>
        <translation>الشعار كبير جدًا: يجب ألا يزيد حجمه على ميغابايت واحد وأبعاده على أربعة ملايين بكسل.</translation>
    </message>
    <message>
        <source>The server refused a field: check the texts for unusual characters.</source>
        <translation>رفض الخادم أحد الحقول: تحقّق من خلو النصوص من رموز غير معتادة.</translation>
    </message>
</context>
<context>
    <name>MyRequestsPage</name>
    <message>
        <source>My requests</source>
        <extracomment>the request number the citizen opened the citizen asked for a refresh no requests yet, and the citizen wants to make one (to the catalogue)</extracomment>
        <translation>طلباتي</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>كل الطلبات</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>المفتوحة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>المغلقة</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>You have no requests yet.</source>
        <translation>لا توجد لديك طلبات بعد.</translation>
    </message>
    <message>
        <source>When you ask the municipality for a service, you can follow it here.</source>
        <translation>عندما تقدّم طلب خدمة إلى البلدية، يمكنك متابعته هنا.</translation>
    </message>
    <message>
        <source>Ask for a service</source>
        <translation>اطلب خدمة</translation>
    </message>
    <message>
        <source>No request in this list.</source>
        <translation>لا توجد طلبات في هذه القائمة.</translation>
    </message>
    <message>
        <source>Show all requests</source>
        <translation>عرض كل الطلبات</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>لا توجد طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <source>Main navigation</source>
        <translation>التنقل الرئيسي</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>الصفحة الحالية</translation>
    </message>
</context>
<context>
    <name>NoteAudience</name>
    <message>
        <source>Staff only</source>
        <translation>الموظفون فقط</translation>
    </message>
    <message>
        <source>The citizen (and staff)</source>
        <translation>المواطن (والموظفون)</translation>
    </message>
    <message>
        <source>Everyone (public)</source>
        <translation>الجميع (علني)</translation>
    </message>
    <message>
        <source>Only municipal staff will read this note. The citizen will not see it.</source>
        <translation>لن يقرأ هذه الملاحظة إلا موظفو البلدية. لن يراها المواطن.</translation>
    </message>
    <message>
        <source>The citizen who made the request and municipal staff will read this note.</source>
        <translation>سيقرأ هذه الملاحظة المواطنُ صاحب الطلب وموظفو البلدية.</translation>
    </message>
    <message>
        <source>This service is private, so the note is never published.</source>
        <translation>هذه الخدمة خاصة، فلا تُنشَر الملاحظة أبدًا.</translation>
    </message>
    <message>
        <source>Everyone will be able to read this note: the citizen, staff, and anyone who reads the municipality&apos;s public list of requests. Write nothing personal.</source>
        <translation>سيتمكن الجميع من قراءة هذه الملاحظة: المواطن والموظفون وكل من يطّلع على قائمة الطلبات العلنية للبلدية. لا تكتب فيها أي معلومات شخصية.</translation>
    </message>
    <message>
        <source>[Staff only]</source>
        <translation>[للموظفين فقط]</translation>
    </message>
    <message>
        <source>[To the citizen]</source>
        <translation>[إلى المواطن]</translation>
    </message>
    <message>
        <source>[Public]</source>
        <translation>[علني]</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <source>Space</source>
        <extracomment>off until kiosk mode turns it on</extracomment>
        <translation>مسافة</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>الحقل التالي</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>إدخال</translation>
    </message>
    <message>
        <source>Arabic letters</source>
        <translation>حروف عربية</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>حروف لاتينية</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>أرقام</translation>
    </message>
</context>
<context>
    <name>OutboxFlow</name>
    <message>
        <source>Saved on this computer. Sending it to the municipality…</source>
        <extracomment>the form&apos;s own request waits in the outbox (reason code) an earlier request reached the server in the background: item id, SubmitResult the citizen chose a draft to continue: the Draft every delivery: the number, for plain Open311 servers that keep none for the citizen</extracomment>
        <translation>حُفظ الطلب على هذا الحاسوب. جارٍ إرساله إلى البلدية…</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Choose a new password</source>
        <translation>اختر كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own password to go on.</source>
        <translation>سجّلت الدخول بكلمة مرور لمرة واحدة. اختر كلمة مرور خاصة بك للمتابعة.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>كلمة المرور الجديدة (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>أعد كتابة كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Write the password you signed in with.</source>
        <translation>اكتب كلمة المرور التي سجّلت الدخول بها.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>يجب أن تتكوّن كلمة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>This is not your current password.</source>
        <translation>هذه ليست كلمة مرورك الحالية.</translation>
    </message>
    <message>
        <source>Choose a password other than the current one.</source>
        <translation>اختر كلمة مرور مختلفة عن الحالية.</translation>
    </message>
</context>
<context>
    <name>PasswordResetBox</name>
    <message>
        <source>Forgotten password</source>
        <extracomment>the password was changed (the login, to sign in with), or the citizen went back (&quot;&quot;)</extracomment>
        <translation>نسيت كلمة المرور</translation>
    </message>
    <message>
        <source>Write the e-mail or mobile number you sign in with. We send a code there.</source>
        <translation>اكتب البريد الإلكتروني أو رقم الجوال الذي تسجّل الدخول به، وسنرسل إليه رمزًا.</translation>
    </message>
    <message>
        <source>E-mail or mobile number</source>
        <translation>البريد الإلكتروني أو رقم الجوال</translation>
    </message>
    <message>
        <source>Send me a code</source>
        <translation>أرسل لي رمزًا</translation>
    </message>
    <message>
        <source>Code (6 digits)</source>
        <translation>الرمز (6 أرقام)</translation>
    </message>
    <message>
        <source>New password (at least 8 characters)</source>
        <translation>كلمة المرور الجديدة (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>أعد كتابة كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Send a new code</source>
        <translation>أرسل رمزًا جديدًا</translation>
    </message>
    <message>
        <source>Back to sign in</source>
        <translation>العودة إلى تسجيل الدخول</translation>
    </message>
    <message>
        <source>Write your e-mail or mobile number.</source>
        <translation>اكتب بريدك الإلكتروني أو رقم جوالك.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>If %1 belongs to an account, a code is on its way there. It works once, for 10 minutes.</source>
        <translation>إن كان %1 مرتبطًا بحساب، فالرمز في طريقه إليه. يصلح الرمز لمرة واحدة خلال 10 دقائق.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>يتكوّن الرمز من 6 أرقام.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>يجب أن تتكوّن كلمة المرور من 8 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>The code is wrong. Tries left: %1.</source>
        <translation>الرمز غير صحيح. المحاولات المتبقية: %1.</translation>
    </message>
    <message>
        <source>This code no longer works. Ask for a new one.</source>
        <translation>لم يعد هذا الرمز صالحًا. اطلب رمزًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>The photos could not be loaded: %1</source>
        <translation>تعذّر تحميل الصور: %1</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>الصورة %1</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>تعذّر عرض هذه الصورة.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
</context>
<context>
    <name>PhotosBox</name>
    <message>
        <source>Pictures</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove photo %1</source>
        <translation>إزالة الصورة %1</translation>
    </message>
    <message>
        <source>Photos (optional)</source>
        <extracomment>the set of photos changed (for the draft) the prepared JPEGs, in the order chosen their thumbnails (made on a worker: decoding a photo takes the GUI thread too long), None while one is being made</extracomment>
        <translation>الصور (اختياري)</translation>
    </message>
    <message>
        <source>Up to %1 photos. They are made smaller before sending, to save your data.</source>
        <translation>حتى %1 صور. تُصغَّر الصور قبل إرسالها توفيرًا لاستهلاك بياناتك.</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>إضافة صور…</translation>
    </message>
    <message>
        <source>Remove the photos</source>
        <translation>إزالة الصور</translation>
    </message>
    <message>
        <source>Sending photos: %p%</source>
        <translation>جارٍ إرسال الصور: %p%</translation>
    </message>
    <message>
        <source>Sending photos</source>
        <translation>إرسال الصور</translation>
    </message>
    <message>
        <source>Choose photos</source>
        <translation>اختيار الصور</translation>
    </message>
    <message>
        <source>One of the files is not a picture this app can read.</source>
        <translation>أحد الملفات ليس صورة يستطيع التطبيق قراءتها.</translation>
    </message>
    <message>
        <source>Photo %1</source>
        <translation>الصورة %1</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>مجلّد</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>قرص</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;البحث في:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;نوع الملفات:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>Clear text</source>
        <translation>مسح النص</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Questions, in the order the citizen reads them</source>
        <translation>الأسئلة بالترتيب الذي يقرؤها به المواطن</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>إضافة سؤال</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>حذف السؤال</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Question code</source>
        <translation>رمز السؤال</translation>
    </message>
    <message>
        <source>Kind of answer</source>
        <translation>نوع الإجابة</translation>
    </message>
    <message>
        <source>An answer is required</source>
        <translation>الإجابة مطلوبة</translation>
    </message>
    <message>
        <source>Information line (no answer)</source>
        <translation>سطر معلومات (بلا إجابة)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>نص المساعدة</translation>
    </message>
    <message>
        <source>Values of the list (key and names)</source>
        <translation>قيم القائمة (المفتاح والأسماء)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>المفتاح</translation>
    </message>
    <message>
        <source>Add value</source>
        <translation>إضافة قيمة</translation>
    </message>
    <message>
        <source>Remove value</source>
        <translation>حذف القيمة</translation>
    </message>
    <message>
        <source>Information line</source>
        <translation>سطر معلومات</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Number</source>
        <extracomment>pages whose rows are kept (the view&apos;s screenful and its neighbours, several times over) shown in a row whose page was let go, until it is fetched again (field in the item, sort key on the server)</extracomment>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>موعد الإنجاز المتوقع</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسند إلى</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <extracomment>counts per status for the current filters (status aside), and the total shown a page could not be fetched (the error) a page arrived (for measurements and tests): the number of rows now loaded the first page of a new query arrived (the view fits its columns to it) one slot per row loaded so far: its data, or None when its page was let go the pages that keep their rows, the one used last at the end a page let go that the view asked for: fetched again once the scrolling pauses False until a clerk is signed in: sorting the empty view must not ask the server a refresh was asked for, or a row changed, while a fetch was on its way: once more</extracomment>
        <translation>%1، متأخر</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Search: number, name, street, words…</source>
        <extracomment>the request number the clerk selected</extracomment>
        <translation>بحث: الرقم، الاسم، الشارع، كلمات…</translation>
    </message>
    <message>
        <source>Search the requests</source>
        <translation>البحث في الطلبات</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>أي موظف</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>المسندة إليّ</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>غير مسندة</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>مُسند إلى</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>المتأخرة فقط</translation>
    </message>
    <message>
        <source>From</source>
        <translation>من تاريخ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى تاريخ</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>كل الخدمات</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>كل الدوائر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>لا توجد طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Municipal e-services</source>
        <translation>الخدمات البلدية الإلكترونية</translation>
    </message>
    <message>
        <source>Receipt for a request</source>
        <translation>إيصال تقديم طلب</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>تاريخ التقديم</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>موعد الإنجاز المتوقع</translation>
    </message>
    <message>
        <source>Submitted by</source>
        <translation>مقدّم الطلب</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>للاستفسار</translation>
    </message>
    <message>
        <source>Keep this receipt to follow your request.</source>
        <translation>احتفظ بهذا الإيصال لمتابعة طلبك.</translation>
    </message>
    <message>
        <source>No printer is available. Ask the staff for help.</source>
        <translation>لا تتوفر طابعة. يرجى طلب المساعدة من الموظفين.</translation>
    </message>
    <message>
        <source>The receipt was sent to the printer.</source>
        <translation>أُرسل الإيصال إلى الطابعة.</translation>
    </message>
    <message>
        <source>Save the receipt</source>
        <translation>حفظ الإيصال</translation>
    </message>
    <message>
        <source>Receipt saved: %1</source>
        <translation>حُفظ الإيصال: %1</translation>
    </message>
    <message>
        <source>Could not save the receipt.</source>
        <translation>تعذّر حفظ الإيصال.</translation>
    </message>
</context>
<context>
    <name>RequestDetailPage</name>
    <message>
        <source>What has happened so far</source>
        <extracomment>a photo&apos;s thumbnail, in pixels (decoded at this size on a worker thread) back to the list</extracomment>
        <translation>ما جرى حتى الآن</translation>
    </message>
    <message>
        <source>Add a comment for the municipality</source>
        <translation>أضف ملاحظة للبلدية</translation>
    </message>
    <message>
        <source>Send comment</source>
        <translation>إرسال الملاحظة</translation>
    </message>
    <message>
        <source>The municipality says this is resolved</source>
        <translation>تفيد البلدية بأن الطلب مُنجَز</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>تقييمك</translation>
    </message>
    <message>
        <source>Comment on the result (optional)</source>
        <translation>ملاحظة على النتيجة (اختياري)</translation>
    </message>
    <message>
        <source>Send my rating</source>
        <translation>إرسال التقييم</translation>
    </message>
    <message>
        <source>Not solved? Tell us why</source>
        <translation>لم تُحلّ المشكلة؟ أخبرنا بالسبب</translation>
    </message>
    <message>
        <source>Reopen the request</source>
        <translation>إعادة فتح الطلب</translation>
    </message>
    <message>
        <source>Back to my requests</source>
        <translation>العودة إلى طلباتي</translation>
    </message>
    <message>
        <source>Is the problem fixed?</source>
        <translation>هل حُلّت المشكلة؟</translation>
    </message>
    <message>
        <source>Yes, it is fixed</source>
        <translation>نعم، حُلّت</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>If not: what is still wrong?</source>
        <translation>إن لم تُحَلّ، فما الذي ما زال بحاجة إلى إصلاح؟</translation>
    </message>
    <message>
        <source>No, it is not fixed</source>
        <translation>لا، لم تُحل</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>الحالة: %1</translation>
    </message>
    <message>
        <source>Expected by: %1</source>
        <translation>موعد الإنجاز المتوقع: %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>المكان: %1</translation>
    </message>
    <message>
        <source>Same as request %1</source>
        <translation>مكرر للطلب %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Tell the municipality what is still wrong.</source>
        <translation>أخبر البلدية بما لم يُصلَح بعد.</translation>
    </message>
    <message>
        <source>Tell the municipality why the problem is not solved.</source>
        <translation>أخبر البلدية لماذا لم تُحلّ المشكلة.</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <source>Your draft could not be kept on this computer (is the disk full?).</source>
        <translation>تعذّر حفظ مسودتك على هذا الحاسوب (هل القرص ممتلئ؟).</translation>
    </message>
    <message>
        <source>The request</source>
        <translation>الطلب</translation>
    </message>
    <message>
        <source>Sign in to add photos to your request.</source>
        <extracomment>the SubmitResult once the server has the request the citizen goes back to the catalogue Confirm was pressed: a dict for the outbox (service, fields, attributes, key, photos) the server takes requests only from signed-in citizens and nobody is signed in the municipality wants a confirmed e-mail or mobile number before taking requests the draft this form saves into (a new one for each new form) the outbox item sent from this form, until its fate is known</extracomment>
        <translation>سجّل الدخول لإرفاق صور بطلبك.</translation>
    </message>
    <message>
        <source>Describe the problem or what you need</source>
        <translation>صِف المشكلة أو ما تحتاج إليه</translation>
    </message>
    <message>
        <source>Address or place description</source>
        <translation>العنوان أو وصف المكان</translation>
    </message>
    <message>
        <source>Neighbourhood, street, nearest landmark</source>
        <translation>الحي، الشارع، أقرب معلم</translation>
    </message>
    <message>
        <source>Coordinates (optional)</source>
        <translation>الإحداثيات (اختياري)</translation>
    </message>
    <message>
        <source>Or mark the place on the map (optional)</source>
        <translation>أو حدّد المكان على الخريطة (اختياري)</translation>
    </message>
    <message>
        <source>Latitude, e.g. 31.53</source>
        <translation>خط العرض، مثل 31.53</translation>
    </message>
    <message>
        <source>Longitude, e.g. 35.09</source>
        <translation>خط الطول، مثل 35.09</translation>
    </message>
    <message>
        <source>How can the municipality reach you?</source>
        <extracomment>the citizen changed a contact field or the anonymous box</extracomment>
        <translation>كيف يمكن للبلدية التواصل معك؟</translation>
    </message>
    <message>
        <source>Report without my name</source>
        <translation>الإبلاغ دون ذكر اسمي</translation>
    </message>
    <message>
        <source>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</source>
        <translation>من دون اسمك ووسيلة للتواصل معك لن تتمكن البلدية من الاستفسار منك أو إبلاغك بإنجاز العمل؛ احتفظ برقم الطلب لتتابعه بنفسك.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Back to services</source>
        <translation>العودة إلى الخدمات</translation>
    </message>
    <message>
        <source>Please check your request before sending it</source>
        <translation>يرجى مراجعة طلبك قبل إرساله</translation>
    </message>
    <message>
        <source>Confirm and send</source>
        <translation>تأكيد وإرسال</translation>
    </message>
    <message>
        <source>Review the request</source>
        <translation>مراجعة الطلب</translation>
    </message>
    <message numerus="yes">
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>لا توجد صور</numerusform>
            <numerusform>صورة واحدة</numerusform>
            <numerusform>صورتان</numerusform>
            <numerusform>%Ln صور</numerusform>
            <numerusform>%Ln صورة</numerusform>
            <numerusform>%Ln صورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Coordinates must be two numbers, e.g. 31.53 and 35.09.</source>
        <translation>يجب أن تكون الإحداثيات رقمين، مثل 31.53 و35.09.</translation>
    </message>
    <message>
        <source>Please give an address or a place description.</source>
        <translation>يرجى كتابة العنوان أو وصف المكان.</translation>
    </message>
    <message>
        <source>Please correct the highlighted fields.</source>
        <translation>يرجى تصحيح الحقول المشار إليها.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Edit the request</source>
        <translation>تعديل الطلب</translation>
    </message>
    <message>
        <source>Please wait: the photos are still being prepared.</source>
        <translation>يرجى الانتظار، فالصور قيد التجهيز.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>جارٍ إرسال طلبك…</translation>
    </message>
    <message>
        <source>The municipality did not accept this value.</source>
        <translation>لم تقبل البلدية هذه القيمة.</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>Back to the catalogue</source>
        <translation>العودة إلى دليل الخدمات</translation>
    </message>
    <message>
        <source>The service</source>
        <translation>الخدمة</translation>
    </message>
    <message>
        <source>How the citizen finds it</source>
        <translation>كيف يجدها المواطن</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>طريقة المعالجة</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>الظهور</translation>
    </message>
    <message>
        <source>Target (working days)</source>
        <translation>مدة الإنجاز (أيام عمل)</translation>
    </message>
    <message>
        <source>Realtime: a request number at once</source>
        <translation>فورية: رقم الطلب في الحال</translation>
    </message>
    <message>
        <source>Batch: a number later, by token</source>
        <translation>مؤجلة: رقم الطلب لاحقًا عبر رمز متابعة</translation>
    </message>
    <message>
        <source>Public issue (seen on the map, as a pothole)</source>
        <translation>بلاغ عام (يظهر على الخريطة، مثل حفرة)</translation>
    </message>
    <message>
        <source>Private transaction (as a certificate)</source>
        <translation>معاملة خاصة (مثل شهادة)</translation>
    </message>
    <message>
        <source>The citizen gives the place</source>
        <translation>يحدد المواطن المكان</translation>
    </message>
    <message>
        <source>In service (uncheck to retire it; its requests stay)</source>
        <translation>في الخدمة (أزل التحديد لإيقافها؛ تبقى طلباتها)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Search words (comma between)</source>
        <translation>كلمات البحث (بينها فاصلة)</translation>
    </message>
    <message>
        <source>Save the service</source>
        <translation>حفظ الخدمة</translation>
    </message>
    <message>
        <source>Mistakes to correct</source>
        <translation>أخطاء يجب تصحيحها</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>خدمة جديدة</translation>
    </message>
    <message>
        <source>Version %1. Changing the questions makes a new version; requests made already keep theirs.</source>
        <translation>الإصدار %1. تغيير الأسئلة يُنشئ إصدارًا جديدًا، وتبقى الطلبات المقدَّمة على إصدارها.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>Leave the service without saving? What you changed here is lost.</source>
        <translation>هل تغادر الخدمة دون حفظ؟ ستضيع التغييرات التي أجريتها هنا.</translation>
    </message>
    <message>
        <source>Not saved: correct the mistakes listed above.</source>
        <translation>لم تُحفظ: صحّح الأخطاء المذكورة أعلاه.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved (version %1). The citizens&apos; catalogue shows it now.</source>
        <translation>حُفظت (الإصدار %1). تظهر الآن في دليل خدمات المواطنين.</translation>
    </message>
    <message>
        <source>The server refused the service; nothing was saved.</source>
        <translation>رفض الخادم الخدمة، ولم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>Question %1 (%2)</source>
        <translation>السؤال %1 (%2)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Correct these before saving (Enter on one goes to its field):</source>
        <translation>صحّح هذه الأخطاء قبل الحفظ (اضغط Enter على أحدها للانتقال إلى حقله):</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <extracomment>the profile field each way of being told needs a language code the look chosen: a theme (ui/theme.py&apos;s THEMES) and a text size in per cent the citizen wants to sign out the signed-in person wants their account page an address typed for the municipality&apos;s server (&quot;&quot; for the demo municipality) the citizen ticked or unticked a way to be told: {&quot;notify_email&quot;: True} and the like</extracomment>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Municipality server</source>
        <translation>خادم البلدية</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>الألوان</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Like the rest of this computer</source>
        <translation>مثل إعدادات هذا الحاسوب</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتحة</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكنة</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>تباين عالٍ</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>My account…</source>
        <translation>حسابي…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>الاتصال بالخادم</translation>
    </message>
    <message>
        <source>Use the demo municipality</source>
        <translation>استخدام البلدية التجريبية</translation>
    </message>
    <message>
        <source>When your request changes</source>
        <translation>عند تغيّر حالة طلبك</translation>
    </message>
    <message>
        <source>Tell me by e-mail</source>
        <translation>أعلمني بالبريد الإلكتروني</translation>
    </message>
    <message>
        <source>Tell me by SMS</source>
        <translation>أعلمني برسالة نصية قصيرة</translation>
    </message>
    <message>
        <source>Enter the address of the municipality&apos;s server.</source>
        <translation>أدخل عنوان خادم البلدية.</translation>
    </message>
    <message>
        <source>This is not a web address. It looks like https://eservices.example.ps</source>
        <translation>هذا ليس عنوانًا على الإنترنت. يكون العنوان على هذا الشكل: ⁦https://eservices.example.ps⁩</translation>
    </message>
    <message>
        <source>Use an address that starts with https:// so that your password and details travel encrypted.</source>
        <translation>استخدم عنوانًا يبدأ بـ ⁦https://⁩ حتى تنتقل كلمة المرور وبياناتك مشفّرة.</translation>
    </message>
    <message>
        <source>The demo municipality is in use. To reach your municipality, enter the address it publishes for this app.</source>
        <translation>أنت تستخدم البلدية التجريبية. للوصول إلى بلديتك، أدخل العنوان الذي تنشره لهذا التطبيق.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>جارٍ التحقق من الخادم…</translation>
    </message>
    <message>
        <source>You are not signed in.</source>
        <translation>لم تسجّل الدخول.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>تم تسجيل الدخول باسم %1.</translation>
    </message>
    <message>
        <source>This computer has no usable password store, so you will need to sign in again next time.</source>
        <translation>لن يحفظ هذا الحاسوب دخولك، فستحتاج إلى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>Your account has no mobile number, so SMS cannot be chosen.</source>
        <translation>لا يوجد رقم جوال في حسابك، لذا لا يمكن اختيار الرسائل النصية (SMS).</translation>
    </message>
    <message>
        <source>Your account has no e-mail address, so e-mail cannot be chosen.</source>
        <translation>لا يوجد بريد إلكتروني في حسابك، لذا لا يمكن اختيار البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Your choices could not be loaded: %1 Open Settings again to retry.</source>
        <translation>تعذر تحميل اختياراتك: %1 افتح الإعدادات مرة أخرى لإعادة المحاولة.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>تم الحفظ.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>A kiosk is already running with this data folder.</source>
        <extracomment>subcommands, each a module with main(argv) -&gt; exit code</extracomment>
        <translation>يعمل جهاز الخدمة الذاتية بمجلد البيانات هذا بالفعل.</translation>
    </message>
    <message>
        <source>The app is already open: its window is brought to the front.</source>
        <translation>التطبيق مفتوح بالفعل: جرى إظهار نافذته في المقدمة.</translation>
    </message>
    <message>
        <source>The app is already open with this data folder.</source>
        <translation>التطبيق مفتوح بالفعل بمجلد البيانات هذا.</translation>
    </message>
</context>
<context>
    <name>SiteConfig</name>
    <message>
        <source>&apos;time_zone&apos; is &apos;%1&apos; but must be an IANA time zone such as Asia/Hebron.</source>
        <translation>قيمة &apos;time_zone&apos; هي &apos;%1&apos;، ويجب أن تكون منطقة زمنية بصيغة IANA مثل Asia/Hebron.</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>نصًا بين علامتي تنصيص</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>عددًا صحيحًا</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true أو false</translation>
    </message>
    <message>
        <source>a list of language codes, like [&quot;ar&quot;, &quot;en&quot;]</source>
        <translation>قائمة رموز لغات، مثل ⁦[&quot;ar&quot;, &quot;en&quot;]⁩</translation>
    </message>
    <message>
        <source>This is not valid TOML (%1). Check quotes, brackets and the = sign.</source>
        <translation>هذا ليس TOML صالحًا (%1). تحقّق من علامات التنصيص والأقواس وعلامة =.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>تعذّرت قراءة الملف: %1.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;. Did you mean &apos;%2&apos;?</source>
        <translation>إعداد غير معروف &apos;%1&apos;. هل تقصد &apos;%2&apos;؟</translation>
    </message>
    <message>
        <source>Unknown setting &apos;%1&apos;.</source>
        <translation>إعداد غير معروف &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is read from the site configuration only, not from a user&apos;s file.</source>
        <translation>يُقرأ &apos;%1&apos; من إعدادات البلدية فقط، لا من ملف المستخدم.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should be %2.</source>
        <translation>يجب أن تكون قيمة &apos;%1&apos; %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 but must be at least %3.</source>
        <translation>قيمة &apos;%1&apos; هي %2، ويجب ألّا تقلّ عن %3.</translation>
    </message>
    <message>
        <source>&apos;languages&apos; must list one or more of ar, en, fr (not: %1).</source>
        <translation>يجب أن تضم &apos;languages&apos; لغة واحدة أو أكثر من ar وen وfr (لا: %1).</translation>
    </message>
    <message>
        <source>&apos;language&apos; is &apos;%1&apos; but must be ar, en or fr.</source>
        <translation>قيمة &apos;language&apos; هي &apos;%1&apos;، ويجب أن تكون ar أو en أو fr.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 but must be at most %3.</source>
        <translation>قيمة &apos;%1&apos; هي %2، ويجب ألا تزيد على %3.</translation>
    </message>
    <message>
        <source>&apos;theme&apos; is &apos;%1&apos; but must be &quot;system&quot;, &quot;light&quot;, &quot;dark&quot; or &quot;high-contrast&quot;.</source>
        <translation>قيمة &apos;theme&apos; هي &apos;%1&apos;، ويجب أن تكون &quot;system&quot; أو &quot;light&quot; أو &quot;dark&quot; أو &quot;high-contrast&quot;.</translation>
    </message>
    <message>
        <source>&apos;digits&apos; is &apos;%1&apos; but must be &quot;western&quot; or &quot;arabic-indic&quot;.</source>
        <translation>قيمة &apos;digits&apos; هي &apos;%1&apos;، ويجب أن تكون &quot;western&quot; أو &quot;arabic-indic&quot;.</translation>
    </message>
    <message>
        <source>&apos;language&apos; is &apos;%1&apos;, which is not among the languages offered (%2).</source>
        <translation>قيمة &apos;language&apos; هي &apos;%1&apos;، وهي ليست من اللغات المتاحة (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &apos;%2&apos;: the address must start with one of: %3.</source>
        <translation>قيمة &apos;%1&apos; هي &apos;%2&apos;: يجب أن يبدأ العنوان بأحد ما يلي: %3.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is &apos;%2&apos;: this is not a web address with a host name.</source>
        <translation>قيمة &apos;%1&apos; هي &apos;%2&apos;: هذا ليس عنوانًا على الإنترنت يتضمن اسم خادم.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses plain http:// to another computer, so passwords would travel unencrypted. Use https://, or set allow_plain_http = true in the site file.</source>
        <translation>يستخدم &apos;%1&apos; بروتوكول ⁦http://⁩ غير المشفّر إلى حاسوب آخر، فقد تنتقل كلمات المرور دون تشفير. استخدم ⁦https://⁩، أو اضبط ⁦allow_plain_http = true⁩ في ملف الإعدادات.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; should name a system printer, or a thermal printer as escpos:/dev/usb/lp0 or escpos+tcp://host:9100 (%2).</source>
        <translation>يجب أن يكون &apos;%1&apos; اسم طابعة معرَّفة في النظام، أو طابعة إيصالات حرارية بالصيغة ⁦escpos:/dev/usb/lp0⁩ أو ⁦escpos+tcp://host:9100⁩ (%2).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must contain {z}, {x} and {y}, like https://tile.example/{z}/{x}/{y}.png</source>
        <translation>يجب أن يحتوي &apos;%1&apos; على {z} و{x} و{y}، مثل ⁦https://tile.example/{z}/{x}/{y}.png⁩</translation>
    </message>
    <message>
        <source>&apos;ca_bundle&apos; names &apos;%1&apos;, but there is no such file.</source>
        <translation>يشير &apos;ca_bundle&apos; إلى &apos;%1&apos;، ولكن لا يوجد ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>&apos;ca_bundle&apos; names &apos;%1&apos;, which is not a PEM certificate file.</source>
        <translation>يشير &apos;ca_bundle&apos; إلى &apos;%1&apos;، وهو ليس ملف شهادات بصيغة PEM.</translation>
    </message>
    <message>
        <source>&apos;admin_pin_hash&apos; is not a PIN hash made by the app. Make one with: citizen-app config pin-hash</source>
        <translation>قيمة &apos;admin_pin_hash&apos; ليست بصمة رمز سري أنشأها التطبيق. أنشئ واحدة بالأمر: citizen-app config pin-hash</translation>
    </message>
    <message>
        <source>&apos;idle_warning&apos; (%1 s) must be shorter than &apos;idle_timeout&apos; (%2 s).</source>
        <translation>يجب أن تكون &apos;idle_warning&apos; (%1 ث) أقصر من &apos;idle_timeout&apos; (%2 ث).</translation>
    </message>
    <message>
        <source>Environment variable %1: %2</source>
        <translation>متغير البيئة %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>Clerk</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>مشرف</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول النظام</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>New staff account</source>
        <translation>حساب موظف جديد</translation>
    </message>
    <message>
        <source>The whole municipality</source>
        <translation>البلدية كلها</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>اكتب اسم الشخص.</translation>
    </message>
    <message>
        <source>Give an e-mail or a mobile number.</source>
        <translation>أدخل بريدًا إلكترونيًا أو رقم جوال.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Another account already uses this e-mail or number.</source>
        <translation>هذا البريد الإلكتروني أو الرقم مستخدم في حساب آخر.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account.</source>
        <translation>لا يمكنك سحب دور مسؤول النظام من حسابك أنت.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>عنوان البريد الإلكتروني هذا غير صالح.</translation>
    </message>
    <message>
        <source>This mobile number is not valid.</source>
        <translation>رقم الجوال هذا غير صالح.</translation>
    </message>
    <message>
        <source>This department is no longer in the catalogue.</source>
        <translation>لم تعد هذه الدائرة موجودة في دليل الخدمات.</translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation>تحقّق من هذا الحقل.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail or mobile</source>
        <translation>البريد الإلكتروني أو الجوال</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>الدائرة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>New staff account…</source>
        <translation>حساب موظف جديد…</translation>
    </message>
    <message>
        <source>Change role or department…</source>
        <translation>تغيير الدور أو الدائرة…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Waiting for a new password</source>
        <translation>بانتظار كلمة مرور جديدة</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعّال</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>كل الدوائر</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لم يسجّل الدخول بعد</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>تعطيل</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>إعادة التفعيل</translation>
    </message>
    <message>
        <source>You cannot do this to your own account.</source>
        <translation>لا يمكنك فعل ذلك بحسابك أنت.</translation>
    </message>
    <message>
        <source>Deactivate %1? They are signed out at once and cannot sign in until the account is reactivated.</source>
        <translation>هل تريد تعطيل حساب %1؟ سيُسجَّل خروجه فورًا ولن يتمكن من تسجيل الدخول حتى يُعاد تفعيل الحساب.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their current password stops working and they are signed out everywhere.</source>
        <translation>هل تريد إعطاء %1 كلمة مرور جديدة لمرة واحدة؟ ستتوقف كلمة المرور الحالية عن العمل وسيُسجَّل خروجه من كل الأجهزة.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <source>Statistics</source>
        <extracomment>the clerk wants the figures again</extracomment>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>تصدير إلى ملف CSV…</translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation>الطلبات حسب الحالة</translation>
    </message>
    <message>
        <source>Requests by service</source>
        <translation>الطلبات حسب الخدمة</translation>
    </message>
    <message>
        <source>Opened and resolved per week</source>
        <translation>الطلبات الجديدة والمنجزة أسبوعيًا</translation>
    </message>
    <message>
        <source>Median hours to resolve, by service</source>
        <translation>وسيط ساعات الإنجاز حسب الخدمة</translation>
    </message>
    <message>
        <source>%1 requests | %2 overdue | median time to resolve: %3 hours</source>
        <translation>عدد الطلبات: %1 | المتأخرة: %2 | وسيط مدة الإنجاز بالساعات: %3</translation>
    </message>
    <message>
        <source>Kiosk visitors: %1 good | %2 acceptable | %3 not good</source>
        <translation>رضا زوّار أجهزة الخدمة الذاتية — جيدة: %1 | مقبولة: %2 | غير جيدة: %3</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>جديدة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>المنجزة</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>ساعات</translation>
    </message>
    <message>
        <source>Export the statistics</source>
        <translation>تصدير الإحصاءات</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>ملف CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>حُفظ في %1</translation>
    </message>
    <message>
        <source>Could not save the file: %1</source>
        <translation>تعذّر حفظ الملف: %1</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <extracomment>the server&apos;s statuses of a request, in the order a request goes through them</extracomment>
        <translation>مُقدَّم</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>مُستلَم</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>مُنجَز</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرر</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>ملاحظتك</translation>
    </message>
    <message>
        <source>Photo added</source>
        <translation>أُضيفت صورة</translation>
    </message>
    <message>
        <source>Your rating</source>
        <translation>تقييمك</translation>
    </message>
    <message>
        <source>Expected date set</source>
        <translation>حُدّد موعد الإنجاز المتوقع</translation>
    </message>
</context>
<context>
    <name>StatusStepper</name>
    <message>
        <source>Now: %1</source>
        <extracomment>where an off-path status stands on the path</extracomment>
        <translation>الآن: %1</translation>
    </message>
    <message>
        <source>Progress of the request: %1</source>
        <translation>مراحل الطلب: %1</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Statuses</source>
        <extracomment>statuses a clerk moves a request to with a note (&quot;submitted&quot; is where requests start)</extracomment>
        <translation>حالات الطلب</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Template in %1</source>
        <translation>النموذج بـ%1</translation>
    </message>
    <message>
        <source>Save the templates</source>
        <translation>حفظ النماذج</translation>
    </message>
    <message>
        <source>%1 (edited)</source>
        <translation>%1 (معدَّل)</translation>
    </message>
    <message>
        <source>The note a clerk starts from when the request becomes: %1</source>
        <translation>الملاحظة التي يبدأ بها الموظف عندما تصبح حالة الطلب: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>A template may have at most 2000 characters.</source>
        <translation>لا يزيد النموذج على 2000 حرف.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Saved. Clerks get these templates at their next refresh.</source>
        <translation>تم الحفظ. تصل هذه النماذج إلى الموظفين عند التحديث التالي لقائمة العمل.</translation>
    </message>
    <message>
        <source>The server refused a template: check it for unusual characters.</source>
        <translation>رفض الخادم أحد النماذج: تحقّق من خلوه من رموز غير معتادة.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>What has happened so far</source>
        <translation>ما جرى حتى الآن</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>تعذّر عرض هذه الصورة.</translation>
    </message>
</context>
<context>
    <name>UnsentPage</name>
    <message>
        <source>Drafts and outbox</source>
        <extracomment>a draft id to continue a draft id to throw away an outbox item id to try again now an outbox item id to cancel (unsent) or clear from the list (sent)</extracomment>
        <translation>المسودات والصادر</translation>
    </message>
    <message>
        <source>Drafts: requests you started</source>
        <translation>المسودات: طلبات بدأت كتابتها</translation>
    </message>
    <message>
        <source>Outbox: requests on their way to the municipality</source>
        <translation>الصادر: طلبات في طريقها إلى البلدية</translation>
    </message>
    <message>
        <source>No drafts. What you type in a form is kept here.</source>
        <translation>لا توجد مسودات. يُحفظ هنا ما تكتبه في النماذج.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>لا يوجد ما ينتظر الإرسال.</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>متابعة المسودة</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>حذف المسودة</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>إعادة المحاولة الآن</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — حُفظت في %2</translation>
    </message>
    <message>
        <source>Sent. Request number: %1</source>
        <translation>أُرسل. رقم الطلب: %1</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>أُرسل.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Not sent: sign in again, then try again.</source>
        <translation>لم يُرسل: سجّل الدخول من جديد ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Not sent: this app is not allowed to send requests to this server.</source>
        <translation>لم يُرسَل: هذا التطبيق غير مخوَّل بإرسال الطلبات إلى هذا الخادم. يرجى إبلاغ البلدية.</translation>
    </message>
    <message>
        <source>Not sent: confirm your e-mail or mobile number first (My account), then try again.</source>
        <translation>لم يُرسَل: أكِّد بريدك الإلكتروني أو رقم جوالك أولًا (من «حسابي»)، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Not sent: the municipality did not accept it (the service may have changed). Try again, or cancel it and make a new request.</source>
        <translation>لم يُرسل: لم تقبله البلدية (ربما تغيّرت الخدمة). أعد المحاولة، أو ألغِه وقدّم طلبًا جديدًا.</translation>
    </message>
    <message>
        <source>Waiting for a connection. It will be sent by itself.</source>
        <translation>بانتظار الاتصال. سيُرسل تلقائيًا.</translation>
    </message>
    <message>
        <source>The server is busy. It will be sent by itself a little later.</source>
        <translation>الخادم مشغول. سيُرسل تلقائيًا بعد قليل.</translation>
    </message>
    <message>
        <source>The server has a problem. It will be sent by itself a little later.</source>
        <translation>يواجه الخادم مشكلة. سيُرسل تلقائيًا بعد قليل.</translation>
    </message>
    <message>
        <source>Received. Waiting for the municipality to number it.</source>
        <translation>استُلم. بانتظار أن تعطيه البلدية رقمًا.</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>بانتظار الإرسال.</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>إزالة من القائمة</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>إلغاء الإرسال</translation>
    </message>
    <message>
        <source>The municipality asked to wait before more is sent from this connection. It will be sent by itself later; signing in may let it go sooner.</source>
        <translation>طلبت البلدية الانتظار قبل إرسال المزيد من هذا الاتصال. سيُرسَل تلقائيًا لاحقًا، وقد يُرسَل أسرع إن سجّلتَ الدخول.</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>Confirm your e-mail and mobile number</source>
        <extracomment>the person goes on (confirmed or not) an address was confirmed: the profile as the server now has it</extracomment>
        <translation>تأكيد بريدك الإلكتروني ورقم جوالك</translation>
    </message>
    <message>
        <source>We sent a code to each address you gave. Type it here to confirm that the address is yours: the municipality tells you about your requests only at confirmed addresses, and they let you recover your password.</source>
        <translation>أرسلنا رمزًا إلى كل عنوان كتبته. اكتبه هنا لتأكيد أن العنوان لك: لا تراسلك البلدية بشأن طلباتك إلا على العناوين المؤكَّدة، وبها تستعيد كلمة المرور إن نسيتها.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to the e-services of %1</source>
        <extracomment>the citizen is signed in (user dict) or chose to continue without an account (None) a new account was created and signed in (its profile, and the addresses a confirmation code was sent to): the app asks for the codes a request number to look up (no account needed) each field&apos;s error, shown under it until the field is changed</extracomment>
        <translation>أهلًا بك في الخدمات الإلكترونية لـ%1</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>يرجى الانتظار</translation>
    </message>
    <message>
        <source>Enter your full name.</source>
        <translation>أدخل اسمك الكامل.</translation>
    </message>
    <message>
        <source>Enter an e-mail or a mobile phone number.</source>
        <translation>أدخل بريدًا إلكترونيًا أو رقم جوال.</translation>
    </message>
    <message>
        <source>Welcome to your municipality&apos;s e-services</source>
        <translation>أهلًا بك في الخدمات الإلكترونية لبلديتك</translation>
    </message>
    <message>
        <source>I have an account</source>
        <translation>لدي حساب</translation>
    </message>
    <message>
        <source>E-mail or mobile phone</source>
        <translation>البريد الإلكتروني أو رقم الجوال</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>نسيت كلمة المرور؟</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>إنشاء حساب جديد</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>رقم الجوال</translation>
    </message>
    <message>
        <source>Password (at least 8 characters)</source>
        <translation>كلمة المرور (8 أحرف على الأقل)</translation>
    </message>
    <message>
        <source>ID number (optional)</source>
        <translation>رقم الهوية (اختياري)</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>إنشاء الحساب</translation>
    </message>
    <message>
        <source>Continue without an account</source>
        <translation>المتابعة دون حساب</translation>
    </message>
    <message>
        <source>Without an account you can still submit requests; keep their numbers to follow them.</source>
        <translation>يمكنك تقديم الطلبات دون حساب؛ احتفظ بأرقامها لتتابعها.</translation>
    </message>
    <message>
        <source>Follow a request by its number:</source>
        <translation>متابعة طلب برقمه:</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Request number</source>
        <translation>رقم الطلب</translation>
    </message>
    <message>
        <source>Your password was changed. Sign in with the new one.</source>
        <translation>تم تغيير كلمة المرور. سجّل الدخول بكلمة المرور الجديدة.</translation>
    </message>
    <message>
        <source>Enter your e-mail or phone and your password.</source>
        <translation>أدخل بريدك الإلكتروني أو رقم جوالك وكلمة المرور.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Creating your account…</source>
        <translation>جارٍ إنشاء حسابك…</translation>
    </message>
    <message>
        <source>The e-mail, phone or password is not right.</source>
        <translation>البريد الإلكتروني أو الهاتف أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>An account with this e-mail or phone already exists. Sign in instead.</source>
        <translation>يوجد حساب بهذا البريد الإلكتروني أو الهاتف. سجّل الدخول بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The ID number is not valid. Check its nine digits.</source>
        <translation>رقم الهوية غير صحيح. تحقّق من أرقامه التسعة.</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>عنوان البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>رقم الهاتف غير صحيح.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>يجب ألا تقل كلمة المرور عن 8 أحرف.</translation>
    </message>
</context>
</TS>
