<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>Advice</name>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="12" />
        <source>No connection to the municipality's server. Check your internet and try again.</source>
        <translation>لا يوجد اتصال بخادم البلدية. تحقّق من اتصالك بالإنترنت ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="17" />
        <source>The municipality's server has a problem right now. Please try again later.</source>
        <translation>يواجه خادم البلدية مشكلة في الوقت الحالي. يرجى المحاولة لاحقًا.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="21" />
        <source>Your session has ended. Please sign in again.</source>
        <translation>انتهت جلستك. يرجى تسجيل الدخول من جديد.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="24" />
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>محاولات كثيرة. يرجى الانتظار بضع دقائق ثم المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="28" />
        <source>This app is not allowed to send requests to this server (API key).</source>
        <translation>هذا التطبيق غير مخوَّل بإرسال الطلبات إلى هذا الخادم (مفتاح الربط).</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="32" />
        <source>Not found on the municipality's server.</source>
        <translation>غير موجود على خادم البلدية.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="33" />
        <source>The server did not accept the request. Check the highlighted fields.</source>
        <translation>لم يقبل الخادم الطلب. راجع الحقول المشار إليها.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/advice.py" line="36" />
        <source>Something went wrong. Please try again.</source>
        <translation>حدث خطأ ما. يرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="37" />
        <source>What would you like to ask the municipality for?</source>
        <extracomment>the service the citizen chose</extracomment>
        <translation>ماذا تريد أن تطلب من البلدية؟</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="38" />
        <source>Search services, e.g. water, light, certificate</source>
        <translation>ابحث في الخدمات، مثل: مياه، إنارة، شهادة</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="39" />
        <source>Search services</source>
        <translation>البحث في الخدمات</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="40" />
        <source>Services</source>
        <translation>الخدمات</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="41" />
        <source>No service matches your search.</source>
        <translation>لا توجد خدمة تطابق بحثك.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/catalogue_page.py" line="60" />
        <source>Other services</source>
        <translation>خدمات أخرى</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="38" />
        <source>Your request has reached the municipality</source>
        <extracomment>the citizen wants to make another request</extracomment>
        <translation>وصل طلبك إلى البلدية</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="39" />
        <source>Make another request</source>
        <translation>تقديم طلب آخر</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="47" />
        <source>Request number: %1</source>
        <translation>رقم الطلب: %1</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="49" />
        <source>Keep this number: you can follow your request with it.</source>
        <translation>احتفظ بهذا الرقم؛ يمكنك متابعة طلبك من خلاله.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="52" />
        <source>No tracking number yet</source>
        <translation>لا يوجد رقم متابعة بعد</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/confirmation_page.py" line="55" />
        <source>The municipality received your request but gives no number for this service.</source>
        <translation>استلمت البلدية طلبك، لكن هذه الخدمة لا تعطي رقم متابعة.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="67" />
        <source>Not given</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="72" />
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="112" />
        <source>This field is required.</source>
        <translation>هذا الحقل مطلوب.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/fields.py" line="120" />
        <source>Enter a number, for example 3 or ٣.</source>
        <translation>أدخل رقمًا، مثل 3 أو ٣.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="52" />
        <source>Municipal e-services</source>
        <translation>الخدمات البلدية الإلكترونية</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="54" />
        <source>Demo mode: a practice municipality on this computer. Requests go nowhere.</source>
        <translation>وضع تجريبي: بلدية للتدريب على هذا الحاسوب، ولا تُرسَل الطلبات إلى أي جهة.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="58" />
        <source>Loading the services…</source>
        <translation>جارٍ تحميل الخدمات…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="62" />
        <source>Starting the demo municipality…</source>
        <translation>جارٍ تشغيل البلدية التجريبية…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/main_window.py" line="79" />
        <source>Loading the form…</source>
        <translation>جارٍ تحميل النموذج…</translation>
    </message>
</context>
<context>
    <name>RequestFormPage</name>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="118" />
        <source>The request</source>
        <extracomment>the SubmitResult once the server has the request the citizen goes back to the catalogue</extracomment>
        <translation>الطلب</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="119" />
        <source>Describe the problem or what you need</source>
        <translation>صِف المشكلة أو ما تحتاج إليه</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="120" />
        <location filename="../citizen_app/ui/request_form_page.py" line="178" />
        <source>Address or place description</source>
        <translation>العنوان أو وصف المكان</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="121" />
        <source>Neighbourhood, street, nearest landmark</source>
        <translation>الحي، الشارع، أقرب معلم</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="122" />
        <source>Coordinates (optional)</source>
        <translation>الإحداثيات (اختياري)</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="123" />
        <source>Latitude, e.g. 31.53</source>
        <translation>خط العرض، مثل 31.53</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="124" />
        <source>Longitude, e.g. 35.09</source>
        <translation>خط الطول، مثل 35.09</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="125" />
        <source>How can the municipality reach you?</source>
        <translation>كيف يمكن للبلدية التواصل معك؟</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="126" />
        <source>Report without my name</source>
        <translation>الإبلاغ دون ذكر اسمي</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="129" />
        <source>Without your name and contact the municipality cannot ask you questions or tell you when the work is done; keep the request number to follow it.</source>
        <translation>من دون اسمك ووسيلة للتواصل معك لن تتمكن البلدية من الاستفسار منك أو إبلاغك بإنجاز العمل؛ احتفظ برقم الطلب لتتابعه بنفسك.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="133" />
        <source>First name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="134" />
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="135" />
        <source>Mobile phone</source>
        <translation>رقم الهاتف المحمول</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="136" />
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="137" />
        <source>Back to services</source>
        <translation>العودة إلى الخدمات</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="138" />
        <source>Submit the request</source>
        <translation>إرسال الطلب</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="209" />
        <source>Coordinates must be two numbers, e.g. 31.53 and 35.09.</source>
        <translation>يجب أن تكون الإحداثيات رقمين، مثل 31.53 و35.09.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="219" />
        <source>Please give an address or a place description.</source>
        <translation>يرجى كتابة العنوان أو وصف المكان.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="223" />
        <source>Please correct the highlighted fields.</source>
        <translation>يرجى تصحيح الحقول المشار إليها.</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="256" />
        <source>Sending your request…</source>
        <translation>جارٍ إرسال طلبك…</translation>
    </message>
    <message>
        <location filename="../citizen_app/ui/request_form_page.py" line="274" />
        <source>The municipality did not accept this value.</source>
        <translation>لم تقبل البلدية هذه القيمة.</translation>
    </message>
</context>
</TS>