<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="138"/>
        <source>Account %1</source>
        <translation>اکاؤنٹ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="139"/>
        <source>Remove account %1</source>
        <translation>اکاؤنٹ %1 ہٹائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="143"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="152"/>
        <source>Platform or app</source>
        <translation>پلیٹ فارم یا ایپ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="160"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="171"/>
        <source>Username or handle</source>
        <translation>یوزر نیم یا ہینڈل</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="161"/>
        <source>Exactly as it is shown, for example @name_123</source>
        <translation>بالکل ویسے ہی جیسے دکھایا گیا ہے، مثلاً @name_123</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="168"/>
        <source>Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="168"/>
        <source>Copy the username of account %1</source>
        <translation>اکاؤنٹ %1 کا یوزر نیم کاپی کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="179"/>
        <source>Display name</source>
        <translation>ڈسپلے نام</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="180"/>
        <source>Profile link</source>
        <translation>پروفائل لنک</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="181"/>
        <source>The web address of their profile, if you have it</source>
        <translation>ان کی پروفائل کا ویب ایڈریس، اگر آپ کے پاس ہو</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="182"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="182"/>
        <source>Notes about this account</source>
        <translation>اس اکاؤنٹ کے بارے میں نوٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="192"/>
        <source>How do I find their username?</source>
        <translation>میں ان کا یوزر نیم کیسے تلاش کروں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="194"/>
        <source>How do I find their username on %1?</source>
        <translation>میں %1 پر ان کا یوزر نیم کیسے تلاش کروں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="203"/>
        <source>Copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation>کاپی ہو گیا۔ 30 سیکنڈ میں یہ کلپ بورڈ سے مٹ جائے گا۔</translation>
    </message>
</context>
<context>
    <name>AddressRows</name>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="26"/>
        <source>Copy</source>
        <translation>کاپی کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="30"/>
        <source>Copied</source>
        <translation>کاپی ہو گیا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="49"/>
        <source>Open in browser</source>
        <translation>براؤزر میں کھولیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="53"/>
        <source>Needs an internet connection.</source>
        <translation>اس کے لیے انٹرنیٹ کنکشن چاہیے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="56"/>
        <source>Your organisation has turned off opening websites from this app. Copy the address instead.</source>
        <translation>آپ کے ادارے نے اس ایپ سے ویب سائٹ کھولنا بند کر دیا ہے۔ اس کے بجائے پتہ کاپی کر لیں۔</translation>
    </message>
</context>
<context>
    <name>AdvicePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="116"/>
        <source>Advice</source>
        <translation>مشورے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="122"/>
        <location filename="../safetyapp/ui/pages/advice.py" line="123"/>
        <source>Search the advice</source>
        <translation>مشوروں میں تلاش کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="128"/>
        <source>Advice pages</source>
        <translation>مشوروں کے صفحات</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="144"/>
        <source>Advice page</source>
        <translation>مشورے کا صفحہ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="156"/>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="156"/>
        <source>Print this page</source>
        <translation>یہ صفحہ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="157"/>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="157"/>
        <source>Save this page as a PDF</source>
        <translation>یہ صفحہ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="205"/>
        <location filename="../safetyapp/ui/pages/advice.py" line="239"/>
        <source>Guides for apps</source>
        <translation>ایپس کے لیے رہنمائی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="228"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>کچھ نہیں ملا۔ کوئی چھوٹا یا مختلف لفظ آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="256"/>
        <source>For you</source>
        <translation>آپ کے لیے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="264"/>
        <source>%1 (cannot be shown)</source>
        <translation>%1 (دکھایا نہیں جا سکتا)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="366"/>
        <source>Sorry, this page cannot be shown</source>
        <translation>معاف کیجیے، یہ صفحہ دکھایا نہیں جا سکتا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="368"/>
        <source>Something is wrong with this page&apos;s file. The rest of the app works as normal.</source>
        <translation>اس صفحے کی فائل میں کچھ خرابی ہے۔ ایپ کا باقی حصہ معمول کے مطابق کام کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="382"/>
        <source>Last reviewed: %1</source>
        <translation>آخری بار جانچا گیا: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="384"/>
        <source>This page is not translated yet, so it is shown in English.</source>
        <translation>اس صفحے کا ابھی ترجمہ نہیں ہوا، اس لیے یہ انگریزی میں دکھایا گیا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="386"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>یہ ترجمہ ابھی مسودہ ہے: کسی اہلِ زبان نے اسے ابھی تک چیک نہیں کیا۔</translation>
    </message>
</context>
<context>
    <name>BackupSecretDialog</name>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="17"/>
        <source>Open this backup</source>
        <translation>یہ بیک اپ کھولیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="25"/>
        <source>Passphrase or recovery code from when the backup was made</source>
        <translation>وہ پاس فریز یا ریکوری کوڈ جو بیک اپ بناتے وقت آپ کا تھا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="28"/>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="29"/>
        <source>Open the backup</source>
        <translation>بیک اپ کھولیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="31"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="46"/>
        <source>Name of this case</source>
        <translation>اس کیس کا نام</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="47"/>
        <source>A name to find it by, for example: Instagram, May</source>
        <translation>ایسا نام جس سے آپ اسے ڈھونڈ سکیں، مثلاً: Instagram، مئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="51"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="53"/>
        <source>Delete case…</source>
        <translation>کیس ڈیلیٹ کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="53"/>
        <source>Delete this case</source>
        <translation>یہ کیس ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="59"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="60"/>
        <source>Parts of this case</source>
        <translation>اس کیس کے حصے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="65"/>
        <source>The accounts that contacted you or threatened you. Write the username exactly as it is shown: it is how the police and the apps find them.</source>
        <translation>وہ اکاؤنٹس جنہوں نے آپ سے رابطہ کیا یا آپ کو دھمکی دی۔ یوزر نیم بالکل ویسے ہی لکھیں جیسے دکھایا گیا ہے: اسی سے پولیس اور ایپس انہیں ڈھونڈتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="68"/>
        <source>Add an account</source>
        <translation>اکاؤنٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="73"/>
        <source>Remove this account?</source>
        <translation>یہ اکاؤنٹ ہٹا دیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="74"/>
        <source>What you wrote about this account will be removed from this case.</source>
        <translation>آپ نے اس اکاؤنٹ کے بارے میں جو لکھا ہے، وہ اس کیس سے ہٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="75"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="91"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="108"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="123"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="81"/>
        <source>Your own account where this is happening (for example on Snapchat or Instagram), and your username there. The police will ask for it, and so will the company that runs that app.</source>
        <translation>آپ کا اپنا اکاؤنٹ جہاں یہ ہو رہا ہے (مثلاً Snapchat یا Instagram پر)، اور وہاں آپ کا یوزر نیم۔ پولیس اس کے بارے میں پوچھے گی، اور وہ کمپنی بھی جو وہ ایپ چلاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="84"/>
        <source>Add your account</source>
        <translation>اپنا اکاؤنٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="89"/>
        <source>Remove your account?</source>
        <translation>اپنا اکاؤنٹ ہٹا دیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="90"/>
        <source>What you wrote about your account will be removed from this case.</source>
        <translation>آپ نے اپنے اکاؤنٹ کے بارے میں جو لکھا ہے، وہ اس کیس سے ہٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="98"/>
        <source>What they asked for, and how they wanted it paid. Don&apos;t pay: it usually leads to more demands. If something was paid, say so here: it is not your fault, and it helps the police.</source>
        <translation>انہوں نے کیا مانگا، اور وہ پیسے کس طرح لینا چاہتے تھے۔ ادائیگی نہ کریں: اس سے عموماً اور مطالبات ہوتے ہیں۔ اگر کچھ ادا کیا گیا ہے تو یہاں بتائیں: یہ آپ کی غلطی نہیں ہے، اور اس سے پولیس کو مدد ملتی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="114"/>
        <source>Who you have told or reported it to: CEOP, the police, the app they used, your school. Add each one.</source>
        <translation>آپ نے کس کو بتایا یا کس کو رپورٹ کی: CEOP، پولیس، وہ ایپ جو انہوں نے استعمال کی، آپ کا اسکول۔ ہر ایک کو الگ سے شامل کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="148"/>
        <source>Their accounts</source>
        <translation>ان کے اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="148"/>
        <source>Their accounts (%1)</source>
        <translation>ان کے اکاؤنٹس (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="149"/>
        <source>Your accounts</source>
        <translation>آپ کے اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="149"/>
        <source>Your accounts (%1)</source>
        <translation>آپ کے اکاؤنٹس (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="101"/>
        <source>Add a demand</source>
        <translation>مطالبہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="106"/>
        <source>Remove this demand?</source>
        <translation>یہ مطالبہ ہٹا دیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="107"/>
        <source>What you wrote about this demand will be removed from this case.</source>
        <translation>آپ نے اس مطالبے کے بارے میں جو لکھا ہے، وہ اس کیس سے ہٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="116"/>
        <source>Add a report</source>
        <translation>رپورٹ شامل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="121"/>
        <source>Remove this report?</source>
        <translation>یہ رپورٹ ہٹا دیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="122"/>
        <source>What you wrote about this report will be removed from this case.</source>
        <translation>آپ نے اس رپورٹ کے بارے میں جو لکھا ہے، وہ اس کیس سے ہٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="129"/>
        <source>Anything else you want to remember. Words only: never pictures.</source>
        <translation>کوئی اور بات جو آپ یاد رکھنا چاہتے ہیں۔ صرف الفاظ لکھیں: تصویریں کبھی نہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="131"/>
        <source>Other notes about this case</source>
        <translation>اس کیس کے بارے میں دوسرے نوٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="150"/>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="150"/>
        <source>Timeline (%1)</source>
        <translation>ٹائم لائن (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="151"/>
        <source>Demands</source>
        <translation>مطالبات</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="151"/>
        <source>Demands (%1)</source>
        <translation>مطالبات (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="152"/>
        <source>Reports made</source>
        <translation>کی گئی رپورٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="152"/>
        <source>Reports made (%1)</source>
        <translation>کی گئی رپورٹس (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="156"/>
        <source>Other notes</source>
        <translation>دوسرے نوٹس</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_list.py" line="27"/>
        <source>Untitled case</source>
        <translation>بے نام کیس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_list.py" line="36"/>
        <source>Changed %1</source>
        <translation>آخری تبدیلی: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="45"/>
        <source>New case</source>
        <translation>نیا کیس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="45"/>
        <source>Start a new case</source>
        <translation>نیا کیس شروع کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="50"/>
        <source>Cases</source>
        <translation>کیسز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="68"/>
        <source>Nothing written yet</source>
        <translation>ابھی کچھ نہیں لکھا گیا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="72"/>
        <source>Press New case to start. A case is one thing that happened, with everything about it in one place. Write down the accounts that contacted you, what they asked for, and when it happened. It&apos;s OK to start small and add more later.</source>
        <translation>شروع کرنے کے لیے &quot;نیا کیس&quot; دبائیں۔ ایک کیس کا مطلب ہے ایک واقعہ جو ہوا، اور اس کے بارے میں سب کچھ ایک جگہ پر۔ وہ اکاؤنٹس لکھیں جنہوں نے آپ سے رابطہ کیا، انہوں نے کیا مانگا، اور یہ کب ہوا۔ تھوڑے سے شروع کرنا بالکل ٹھیک ہے، باقی بعد میں لکھ سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="140"/>
        <source>Delete this case?</source>
        <translation>یہ کیس ڈیلیٹ کر دیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="142"/>
        <source>Everything in this case will be deleted: its accounts, timeline, demands and reports. You can&apos;t undo this.</source>
        <translation>اس کیس میں سب کچھ ڈیلیٹ ہو جائے گا: اس کے اکاؤنٹس، ٹائم لائن، مطالبات اور رپورٹس۔ اسے واپس نہیں لایا جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="145"/>
        <source>Delete case</source>
        <translation>کیس ڈیلیٹ کریں</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="58"/>
        <source>Who it is for: %1</source>
        <translation>کس کے لیے: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="59"/>
        <source>When: %1</source>
        <translation>کب: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="63"/>
        <source>Where: %1 only</source>
        <translation>کہاں: صرف %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="66"/>
        <source>Phone: %1</source>
        <translation>فون: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="66"/>
        <source>Copy the phone number of %1</source>
        <translation>%1 کا فون نمبر کاپی کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="67"/>
        <source>Text: %1</source>
        <translation>ٹیکسٹ میسج: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="67"/>
        <source>Copy the text number of %1</source>
        <translation>%1 کا ٹیکسٹ میسج نمبر کاپی کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="68"/>
        <source>Email: %1</source>
        <translation>ای میل: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="68"/>
        <source>Copy the email address of %1</source>
        <translation>%1 کا ای میل ایڈریس کاپی کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="78"/>
        <source>Web: %1</source>
        <translation>ویب سائٹ: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="80"/>
        <source>Copy the web address of %1</source>
        <translation>%1 کا ویب ایڈریس کاپی کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="84"/>
        <source>Open the website of %1 in your browser</source>
        <translation>%1 کی ویب سائٹ اپنے براؤزر میں کھولیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="88"/>
        <source>Details checked: %1</source>
        <translation>تفصیلات کی جانچ: %1</translation>
    </message>
</context>
<context>
    <name>ContactLines</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="35"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="35"/>
        <source>Details and copy buttons for %1</source>
        <translation>%1 کی تفصیلات اور کاپی کے بٹن</translation>
    </message>
</context>
<context>
    <name>ContactText</name>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="19"/>
        <source>Checked on %1, more than a year ago: these details may have changed, so check the service&apos;s website.</source>
        <translation>یہ تفصیلات %1 کو، یعنی ایک سال سے زیادہ پہلے، چیک کی گئی تھیں: ہو سکتا ہے یہ بدل گئی ہوں، اس لیے سروس کی ویب سائٹ دیکھیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="32"/>
        <source>Phone: %1</source>
        <translation>فون: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="34"/>
        <source>Text: %1</source>
        <translation>ٹیکسٹ میسج: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="36"/>
        <source>Email: %1</source>
        <translation>ای میل: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="38"/>
        <source>Web: %1</source>
        <translation>ویب سائٹ: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ContentUpdates</name>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="25"/>
        <source>That file is not an update for Safety Companion&apos;s advice.</source>
        <translation>یہ فائل Safety Companion کے مشوروں کی اپ ڈیٹ نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="26"/>
        <source>That file is too large to be an update for Safety Companion&apos;s advice.</source>
        <translation>یہ فائل Safety Companion کے مشوروں کی اپ ڈیٹ ہونے کے لیے بہت بڑی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="29"/>
        <source>That update file is damaged. Ask for a new copy.</source>
        <translation>اپ ڈیٹ کی یہ فائل خراب ہے۔ نئی کاپی مانگیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="30"/>
        <source>That update is not signed, so it cannot be trusted. Ask for a new copy.</source>
        <translation>اس اپ ڈیٹ پر دستخط نہیں ہیں، اس لیے اس پر بھروسا نہیں کیا جا سکتا۔ نئی کاپی مانگیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="33"/>
        <source>That update was not signed by the people who make Safety Companion, so it cannot be trusted.</source>
        <translation>اس اپ ڈیٹ پر Safety Companion بنانے والوں کے دستخط نہیں ہیں، اس لیے اس پر بھروسا نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="37"/>
        <source>That update was changed after it was signed, so it cannot be trusted. Ask for a new copy.</source>
        <translation>اس اپ ڈیٹ کو دستخط کے بعد بدلا گیا ہے، اس لیے اس پر بھروسا نہیں کیا جا سکتا۔ نئی کاپی مانگیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="41"/>
        <source>That update is older than the advice you already have.</source>
        <translation>یہ اپ ڈیٹ آپ کے پاس پہلے سے موجود مشوروں سے پرانی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="42"/>
        <source>That update is already in use.</source>
        <translation>یہ اپ ڈیٹ پہلے ہی استعمال ہو رہی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="43"/>
        <source>That update was made for another version of Safety Companion.</source>
        <translation>یہ اپ ڈیٹ Safety Companion کے کسی اور ورژن کے لیے بنی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="44"/>
        <source>That update did not pass this app&apos;s checks, so it was not used.</source>
        <translation>یہ اپ ڈیٹ ایپ کی جانچ میں پوری نہیں اتری، اس لیے استعمال نہیں کی گئی۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="45"/>
        <source>The update could not be saved on this computer. Check that there is free space.</source>
        <translation>اپ ڈیٹ اس کمپیوٹر پر محفوظ نہیں ہو سکی۔ دیکھ لیں کہ جگہ خالی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="49"/>
        <source>%1 Your advice has not changed.</source>
        <translation>%1 آپ کے مشورے نہیں بدلے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="54"/>
        <source>You are using the advice and phone numbers that came with this version of Safety Companion.</source>
        <translation>آپ وہ مشورے اور فون نمبر استعمال کر رہے ہیں جو ایپ کے اس ورژن کے ساتھ آئے تھے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="62"/>
        <source>Advice updated %1 (update %2).</source>
        <translation>مشورے %1 کو اپ ڈیٹ ہوئے (اپ ڈیٹ %2)۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="73"/>
        <source>Advice and phone numbers</source>
        <translation>مشورے اور فون نمبر</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="77"/>
        <source>Update the advice from a file...</source>
        <translation>فائل سے مشورے اپ ڈیٹ کریں...</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="80"/>
        <source>Go back to the advice that came with this app</source>
        <translation>ایپ کے ساتھ آنے والے مشوروں پر واپس جائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="110"/>
        <source>Update the advice from a file</source>
        <translation>فائل سے مشورے اپ ڈیٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="111"/>
        <source>Advice updates (*.scpack)</source>
        <translation>مشوروں کی اپ ڈیٹس (*.scpack)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="137"/>
        <source>Done. %1</source>
        <translation>ہو گیا۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="150"/>
        <source>Done. You are using the advice that came with this app again.</source>
        <translation>ہو گیا۔ آپ دوبارہ وہ مشورے استعمال کر رہے ہیں جو ایپ کے ساتھ آئے تھے۔</translation>
    </message>
</context>
<context>
    <name>DemandCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="214"/>
        <source>Demand %1</source>
        <translation>مطالبہ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="214"/>
        <source>Remove demand %1</source>
        <translation>مطالبہ %1 ہٹائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="215"/>
        <source>Amount they asked for, with its currency</source>
        <translation>انہوں نے جو رقم مانگی، اس کی کرنسی کے ساتھ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="216"/>
        <source>For example £100, 50 USD, or €20 a week</source>
        <translation>مثلاً £100، 50 USD، یا ہر ہفتے €20</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="221"/>
        <source>Amount asked for</source>
        <translation>مانگی گئی رقم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="222"/>
        <source>How they wanted it paid</source>
        <translation>وہ پیسے کس طرح لینا چاہتے تھے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="224"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="225"/>
        <source>Payment details they gave</source>
        <translation>ادائیگی کی تفصیلات جو انہوں نے دیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="228"/>
        <source>For example an account number, a wallet address or a gift card type</source>
        <translation>مثلاً اکاؤنٹ نمبر، والٹ ایڈریس یا گفٹ کارڈ کی قسم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="230"/>
        <source>Was anything paid?</source>
        <translation>کیا کچھ ادا کیا گیا؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="233"/>
        <source>Amount paid</source>
        <translation>ادا کی گئی رقم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="234"/>
        <source>Amount paid, with its currency</source>
        <translation>ادا کی گئی رقم، اس کی کرنسی کے ساتھ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="237"/>
        <source>For example £100</source>
        <translation>مثلاً £100</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="238"/>
        <source>How it was paid</source>
        <translation>ادائیگی کس طرح کی گئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="239"/>
        <source>When it was paid, in this computer&apos;s time</source>
        <translation>ادائیگی کب کی گئی، اس کمپیوٹر کی گھڑی کے مطابق</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="243"/>
        <source>When it was paid</source>
        <translation>ادائیگی کب کی گئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="245"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="245"/>
        <source>Notes about this demand</source>
        <translation>اس مطالبے کے بارے میں نوٹس</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../safetyapp/ui/kit/file_dialogs.py" line="132"/>
        <source>Choose another place</source>
        <translation>کوئی اور جگہ منتخب کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/file_dialogs.py" line="133"/>
        <source>That folder is where Safety Companion keeps its own files. Save it somewhere else, such as Documents or a USB stick.</source>
        <translation>اس فولڈر میں Safety Companion اپنی فائلیں رکھتا ہے۔ اسے کسی اور جگہ محفوظ کریں، جیسے Documents یا USB اسٹک میں۔</translation>
    </message>
</context>
<context>
    <name>GuidePicker</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="50"/>
        <source>Which app is it on? We can show you how to block and report there.</source>
        <translation>یہ کس ایپ پر ہو رہا ہے؟ ہم آپ کو دکھا سکتے ہیں کہ وہاں بلاک اور رپورٹ کیسے کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="53"/>
        <source>Which app is it on? (you can skip this)</source>
        <translation>یہ کس ایپ پر ہو رہا ہے؟ (آپ اسے چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="57"/>
        <source>Choose an app (you can skip this)</source>
        <translation>ایپ منتخب کریں (آپ اسے چھوڑ سکتے ہیں)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="60"/>
        <source>Show the guide</source>
        <translation>رہنمائی دکھائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="60"/>
        <source>Show the guide for the app you chose</source>
        <translation>آپ کی منتخب کردہ ایپ کی رہنمائی دکھائیں</translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="27"/>
        <source>Find their username</source>
        <translation>ان کا یوزر نیم تلاش کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="28"/>
        <source>Keep the chat</source>
        <translation>چیٹ محفوظ رکھیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="29"/>
        <source>Block them</source>
        <translation>انہیں بلاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="30"/>
        <source>Report them</source>
        <translation>ان کی رپورٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="31"/>
        <source>Hide your friends and followers</source>
        <translation>اپنے دوست اور فالوورز چھپائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="32"/>
        <source>Switch your account off for a while</source>
        <translation>اپنا اکاؤنٹ کچھ دیر کے لیے بند کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="42"/>
        <source>Apps change their menus. If a step does not look like this, look for a menu with three dots, a gear or a flag, on their profile or in your settings, and for the words in quotes.</source>
        <translation>ایپس اپنے مینو بدلتی رہتی ہیں۔ اگر کوئی قدم ایسا نظر نہ آئے، تو ان کی پروفائل پر یا اپنی سیٹنگز میں تین نقطوں، گیئر یا جھنڈے والا مینو تلاش کریں، اور واوین میں دیے گئے الفاظ تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="61"/>
        <source>These steps were checked on %1, more than a year ago, and menus change: if a step does not match, look for the same words in its menus or its own help pages.</source>
        <translation>یہ اقدامات %1 کو چیک کیے گئے تھے، ایک سال سے زیادہ پہلے، اور مینو بدلتے رہتے ہیں: اگر کوئی قدم نہ ملے، تو اس کے مینو یا اس کے اپنے مدد کے صفحات میں وہی الفاظ تلاش کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="68"/>
        <source>Steps checked: %1</source>
        <translation>اقدامات چیک کیے گئے: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="92"/>
        <source>This guide is not translated yet, so it is shown in English.</source>
        <translation>اس رہنمائی کا ابھی ترجمہ نہیں ہوا، اس لیے یہ انگریزی میں دکھائی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="98"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>یہ ترجمہ ابھی مسودہ ہے: کسی اہلِ زبان نے اسے ابھی تک چیک نہیں کیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="106"/>
        <source>%1&apos;s own help: %2</source>
        <translation>%1 کی اپنی مدد: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="108"/>
        <source>Copy the address of %1&apos;s own help</source>
        <translation>%1 کی اپنی مدد کا پتہ کاپی کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="114"/>
        <source>Open %1&apos;s own help in your browser</source>
        <translation>%1 کی اپنی مدد اپنے براؤزر میں کھولیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="123"/>
        <source>If your report is not acted on, %1 can help.</source>
        <translation>اگر آپ کی رپورٹ پر کچھ نہ کیا جائے، تو %1 مدد کر سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="131"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="132"/>
        <source>Details and copy buttons for %1</source>
        <translation>%1 کی تفصیلات اور کاپی کے بٹن</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="106"/>
        <location filename="../safetyapp/ui/pages/help.py" line="167"/>
        <source>Get help</source>
        <translation>مدد حاصل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="112"/>
        <source>You do not have to deal with this alone. These services are free and used to helping with exactly this. If anyone is in danger right now, call %1.</source>
        <translation>آپ کو اس سے اکیلے نہیں نمٹنا۔ یہ سروسز مفت ہیں، اور انہیں بالکل اسی معاملے میں مدد کرنے کا تجربہ ہے۔ اگر کوئی ابھی خطرے میں ہے تو %1 پر کال کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="122"/>
        <source>The descriptions of these services are not translated yet, so they are shown in English.</source>
        <translation>ان سروسز کی تفصیل کا ابھی ترجمہ نہیں ہوا، اس لیے یہ انگریزی میں دکھائی گئی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="126"/>
        <source>Show services for everyone</source>
        <translation>سب کے لیے سروسز دکھائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="135"/>
        <source>Services you can contact</source>
        <translation>وہ سروسز جن سے آپ رابطہ کر سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="144"/>
        <location filename="../safetyapp/ui/pages/help.py" line="159"/>
        <source>Keyboard shortcuts</source>
        <translation>کی بورڈ شارٹ کٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="162"/>
        <source>Shift three times, or Esc twice</source>
        <translation>تین بار Shift، یا دو بار Esc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="162"/>
        <source>Quick exit: close the app at once</source>
        <translation>فوراً بند کریں: ایپ کو اسی وقت بند کر دیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="164"/>
        <source>%1 to %2</source>
        <translation>%1 سے %2 تک</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="165"/>
        <source>Go to Home, Advice, What to do now, My notes, Get help, Settings</source>
        <translation>ہوم، مشورے، اب کیا کریں، میرے نوٹس، مدد حاصل کریں، سیٹنگز پر جائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="168"/>
        <source>Search the advice</source>
        <translation>مشوروں میں تلاش کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="169"/>
        <source>Print the page or plan you are reading</source>
        <translation>جو صفحہ یا منصوبہ آپ پڑھ رہے ہیں اسے پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="170"/>
        <source>Lock My notes</source>
        <translation>میرے نوٹس لاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="171"/>
        <source>Tab and Shift+Tab</source>
        <translation>Tab اور Shift+Tab</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="171"/>
        <source>Move between buttons and boxes</source>
        <translation>بٹنوں اور خانوں کے درمیان جائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="172"/>
        <source>Up and Down arrows</source>
        <translation>اوپر اور نیچے والے تیر</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="172"/>
        <source>Move through the sections, answers and lists</source>
        <translation>حصوں، جوابات اور فہرستوں میں آگے پیچھے جائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="173"/>
        <source>Enter or Space</source>
        <translation>Enter یا Space</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="173"/>
        <source>Press the button or choose the answer that has the focus</source>
        <translation>جس بٹن یا جواب پر فوکس ہے اسے دبائیں یا چنیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="184"/>
        <source>Showing services for: %1</source>
        <translation>ان کے لیے سروسز: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="37"/>
        <source>You are not alone</source>
        <translation>آپ اکیلے نہیں ہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="48"/>
        <source>Something has happened</source>
        <translation>کچھ ہو گیا ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="49"/>
        <source>Answer a few questions and get a step-by-step plan</source>
        <translation>چند سوالوں کے جواب دیں اور قدم بہ قدم پلان حاصل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="51"/>
        <source>Learn about it</source>
        <translation>اس کے بارے میں جانیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="51"/>
        <source>Read clear advice, written for you</source>
        <translation>آپ کے لیے لکھے گئے آسان مشورے پڑھیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="52"/>
        <source>Get help now</source>
        <translation>ابھی مدد حاصل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="52"/>
        <source>People you can phone, text or contact online</source>
        <translation>وہ لوگ جن سے آپ فون، ٹیکسٹ میسج یا آن لائن رابطہ کر سکتے ہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="61"/>
        <source>Change</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="61"/>
        <source>Change who you are</source>
        <translation>آپ کون ہیں، یہ بدلیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="69"/>
        <source>Start here</source>
        <translation>یہاں سے شروع کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="89"/>
        <source>Showing advice for: %1</source>
        <translation>یہ مشورے ان کے لیے ہیں: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="40"/>
        <source>Whatever has happened, it can be sorted out, and there are people whose job is to help.</source>
        <translation>جو کچھ بھی ہوا ہے، اس کا حل نکل سکتا ہے، اور ایسے لوگ موجود ہیں جن کا کام ہی مدد کرنا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="100"/>
        <source>Do these things now</source>
        <translation>ابھی یہ کام کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="104"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="113"/>
        <source>You can talk to %1 about anything, free: %2</source>
        <translation>آپ %1 سے کسی بھی بارے میں مفت بات کر سکتے ہیں: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="124"/>
        <source>Tell your Designated Safeguarding Lead (DSL) now, and follow your child protection policy.</source>
        <translation>ابھی اپنے سیف گارڈنگ لیڈ (بچوں کی حفاظت کے ذمہ دار، DSL) کو بتائیں، اور بچوں کے تحفظ کی اپنی پالیسی پر عمل کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="125"/>
        <source>Never look at, copy or ask for the image. Leave that to the DSL.</source>
        <translation>تصویر کو کبھی نہ دیکھیں، نہ اس کی کاپی بنائیں اور نہ اسے مانگیں۔ یہ DSL پر چھوڑ دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="126"/>
        <source>Tell the young person they are not in trouble, and that you will get them help.</source>
        <translation>نوجوان کو بتائیں کہ وہ کسی مصیبت میں نہیں ہے، اور آپ اس کے لیے مدد حاصل کریں گے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="130"/>
        <source>Do not pay, and help your child not to pay or send anything more.</source>
        <translation>پیسے نہ دیں، اور اپنے بچے کی مدد کریں کہ وہ نہ پیسے دے اور نہ کچھ اور بھیجے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="131"/>
        <source>Stop replying to the person who is doing this.</source>
        <translation>یہ کام کرنے والے شخص کو جواب دینا بند کر دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="132"/>
        <source>Do not delete the messages or the account details. They are evidence.</source>
        <translation>پیغامات یا اکاؤنٹ کی تفصیلات نہ مٹائیں۔ یہ ثبوت ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="133"/>
        <source>Tell someone who can help: the police, or the CEOP Safety Centre for under-18s.</source>
        <translation>کسی ایسے شخص کو بتائیں جو مدد کر سکے: پولیس، یا 18 سال سے کم عمر والوں کے لیے CEOP سیفٹی سینٹر۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="134"/>
        <source>Listen to your child calmly. It is not their fault.</source>
        <translation>اپنے بچے کی بات سکون سے سنیں۔ اس میں اس کا کوئی قصور نہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="138"/>
        <location filename="../safetyapp/ui/pages/home.py" line="144"/>
        <source>Do not pay, and do not send anything more.</source>
        <translation>پیسے نہ دیں، اور مزید کچھ نہ بھیجیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="139"/>
        <source>Stop replying to them.</source>
        <translation>انہیں جواب دینا بند کر دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="140"/>
        <source>Do not delete the messages or their account details. They are evidence.</source>
        <translation>پیغامات یا ان کے اکاؤنٹ کی تفصیلات نہ مٹائیں۔ یہ ثبوت ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="141"/>
        <source>Tell someone you trust, and report it to the police.</source>
        <translation>کسی ایسے شخص کو بتائیں جس پر آپ بھروسہ کرتے ہیں، اور پولیس کو اطلاع دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="145"/>
        <source>Stop replying to them. You do not have to answer.</source>
        <translation>انہیں جواب دینا بند کر دیں۔ آپ کو جواب دینے کی ضرورت نہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="146"/>
        <source>Do not delete the chat or their account. It helps the police find them.</source>
        <translation>چیٹ یا ان کا اکاؤنٹ نہ مٹائیں۔ اس سے پولیس کو انہیں ڈھونڈنے میں مدد ملتی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="147"/>
        <source>Tell an adult you trust. You are not in trouble.</source>
        <translation>کسی ایسے بڑے کو بتائیں جس پر آپ بھروسہ کرتے ہیں۔ آپ کسی مصیبت میں نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>KeyringChoice</name>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="28"/>
        <source>Unlock automatically on this computer</source>
        <translation>اس کمپیوٹر پر خود بخود ان لاک ہو جائے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="30"/>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="60"/>
        <source>What is this?</source>
        <translation>یہ کیا ہے؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="30"/>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="61"/>
        <source>What is unlocking automatically?</source>
        <translation>خود بخود ان لاک ہونا کیا ہے؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="36"/>
        <source>Then you won&apos;t need to type your passphrase on this computer: its keyring, the safe place where it keeps saved passwords, opens My notes for you. But anyone who can log in to this computer as you could then open your notes. Leave it off if you share this computer account.</source>
        <translation>پھر آپ کو اس کمپیوٹر پر اپنا پاس فریز نہیں لکھنا پڑے گا: اس کا کی رِنگ، یعنی وہ محفوظ جگہ جہاں کمپیوٹر محفوظ کیے گئے پاس ورڈ رکھتا ہے، آپ کے لیے میرے نوٹس کھول دے گا۔ لیکن جو بھی اس کمپیوٹر پر آپ کے نام سے لاگ اِن کر سکے، وہ بھی آپ کے نوٹس کھول سکے گا۔ اگر آپ یہ کمپیوٹر اکاؤنٹ کسی اور کے ساتھ شیئر کرتے ہیں تو اسے بند رہنے دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="43"/>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>اس کمپیوٹر کا کی رِنگ چیک کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="68"/>
        <source>Why is this off?</source>
        <translation>یہ بند کیوں ہے؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="69"/>
        <source>Why is unlocking automatically off?</source>
        <translation>خود بخود ان لاک ہونا بند کیوں ہے؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="64"/>
        <source>So this option is off. Your passphrase always works.</source>
        <translation>اس لیے یہ آپشن بند ہے۔ آپ کا پاس فریز ہمیشہ کام کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="140"/>
        <location filename="../safetyapp/ui/app/main_window.py" line="250"/>
        <source>Sections</source>
        <translation>حصے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="151"/>
        <source>Page</source>
        <translation>صفحہ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="169"/>
        <source>Home</source>
        <translation>ہوم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="170"/>
        <source>Advice</source>
        <translation>مشورے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="171"/>
        <source>What to do now</source>
        <translation>اب کیا کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="172"/>
        <source>My notes</source>
        <translation>میرے نوٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="173"/>
        <source>Get help</source>
        <translation>مدد حاصل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="174"/>
        <source>Settings</source>
        <translation>سیٹنگز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="201"/>
        <source>In danger right now? Call %1.</source>
        <translation>ابھی خطرے میں ہیں؟ %1 پر کال کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="203"/>
        <source>Or press Shift three times</source>
        <translation>یا Shift تین بار دبائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="204"/>
        <location filename="../safetyapp/ui/app/main_window.py" line="205"/>
        <source>Quick exit</source>
        <translation>فوراً بند کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="207"/>
        <source>Closes the app at once. Shortcut: press Shift three times, or Esc twice.</source>
        <translation>ایپ کو اسی وقت بند کر دیتا ہے۔ شارٹ کٹ: Shift تین بار دبائیں، یا Esc دو بار۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="454"/>
        <source>Your organisation has turned off My notes on this computer. Everything else works as normal.</source>
        <translation>آپ کے ادارے نے اس کمپیوٹر پر میرے نوٹس بند کر دیے ہیں۔ باقی سب کچھ معمول کے مطابق کام کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>NotesBackup</name>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="32"/>
        <source>Safety Companion backups (*.scv)</source>
        <translation>Safety Companion کے بیک اپ (*.scv)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="42"/>
        <source>A backup can&apos;t go in the same place as My notes itself. Choose another place, such as a USB stick.</source>
        <translation>بیک اپ اسی جگہ نہیں رکھا جا سکتا جہاں میرے نوٹس خود ہیں۔ کوئی اور جگہ چنیں، جیسے USB اسٹک۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="47"/>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="52"/>
        <source>The backup could not be saved. %1</source>
        <translation>بیک اپ محفوظ نہیں ہو سکا۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="49"/>
        <source>The backup could not be made. %1</source>
        <translation>بیک اپ نہیں بن سکا۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="54"/>
        <source>Backup saved as %1. It is encrypted: it opens with the passphrase or recovery code you have now.</source>
        <translation>بیک اپ %1 کے نام سے محفوظ ہو گیا۔ یہ انکرپٹڈ ہے: یہ اسی پاس فریز یا ریکوری کوڈ سے کھلتا ہے جو اس وقت آپ کے پاس ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="66"/>
        <source>This backup has been changed by something other than Safety Companion, so it cannot be trusted and was not restored. Nothing has been changed.</source>
        <translation>اس بیک اپ کو Safety Companion کے علاوہ کسی اور چیز نے بدلا ہے، اس لیے اس پر بھروسا نہیں کیا جا سکتا اور اسے واپس نہیں لایا گیا۔ کچھ بھی تبدیل نہیں ہوا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="72"/>
        <source>This backup was made by a newer version of Safety Companion, so this version can&apos;t restore it. Update Safety Companion, then try again. Nothing has been changed.</source>
        <translation>یہ بیک اپ Safety Companion کے نئے ورژن سے بنایا گیا تھا، اس لیے یہ ورژن اسے بحال نہیں کر سکتا۔ Safety Companion کو اپ ڈیٹ کریں، پھر دوبارہ کوشش کریں۔ کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="78"/>
        <source>This file is damaged, or it is not a Safety Companion backup. Nothing has been changed.</source>
        <translation>یہ فائل خراب ہے، یا یہ Safety Companion کا بیک اپ نہیں ہے۔ کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="82"/>
        <source>This file could not be read. Nothing has been changed.</source>
        <translation>یہ فائل پڑھی نہیں جا سکی۔ کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="87"/>
        <source>This backup was made with a different passphrase. Type the passphrase or recovery code you had then.</source>
        <translation>یہ بیک اپ ایک مختلف پاس فریز کے ساتھ بنایا گیا تھا۔ وہ پاس فریز یا ریکوری کوڈ لکھیں جو اُس وقت آپ کا تھا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="96"/>
        <source>Check the recovery code: it has a typing mistake.</source>
        <translation>ریکوری کوڈ چیک کریں: اس میں ٹائپنگ کی غلطی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="97"/>
        <source>That didn&apos;t open this backup. Check it, and check Caps Lock, then try again, or press Cancel.</source>
        <translation>اس سے یہ بیک اپ نہیں کھلا۔ اسے چیک کریں، اور یہ بھی دیکھیں کہ Caps Lock آن تو نہیں، پھر دوبارہ کوشش کریں، یا منسوخ کریں دبائیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="105"/>
        <source>Your notes now are kept as a copy from before the restore, so they are not lost.</source>
        <translation>آپ کے موجودہ نوٹس بحالی سے پہلے کی کاپی کے طور پر رکھے جاتے ہیں، اس لیے وہ ضائع نہیں ہوں گے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="110"/>
        <source>This backup was saved on %1. It is a backup of other notes, not of the notes open now.</source>
        <translation>یہ بیک اپ %1 کو محفوظ کیا گیا تھا۔ یہ کسی اور نوٹس کا بیک اپ ہے، اُن نوٹس کا نہیں جو ابھی کھلے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="115"/>
        <source>This backup of your notes was saved on %1. Saves made since then: %2.</source>
        <translation>آپ کے نوٹس کا یہ بیک اپ %1 کو محفوظ کیا گیا تھا۔ اس کے بعد سے محفوظ کاریوں کی تعداد: %2۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="117"/>
        <source>This backup of your notes was saved on %1 and is newer than your notes now. Saves it has that your notes do not: %2.</source>
        <translation>آپ کے نوٹس کا یہ بیک اپ %1 کو محفوظ کیا گیا تھا اور یہ آپ کے موجودہ نوٹس سے نیا ہے۔ اس میں ایسی محفوظ کاریوں کی تعداد جو آپ کے نوٹس میں نہیں: %2۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="123"/>
        <source>This backup of your notes was saved on %1. It is the same as your notes now.</source>
        <translation>آپ کے نوٹس کا یہ بیک اپ %1 کو محفوظ کیا گیا تھا۔ یہ آپ کے موجودہ نوٹس جیسا ہی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="125"/>
        <source>Your notes will be replaced by what is in the backup.</source>
        <translation>آپ کے نوٹس کی جگہ وہ آ جائے گا جو بیک اپ میں ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="129"/>
        <source>The backup has been restored. Keep using the passphrase and recovery code you have now: they still open your notes.</source>
        <translation>بیک اپ بحال ہو گیا ہے۔ وہی پاس فریز اور ریکوری کوڈ استعمال کرتے رہیں جو ابھی آپ کے پاس ہیں: ان سے آپ کے نوٹس اب بھی کھلتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="139"/>
        <source>Your latest changes could not be saved, so the backup was not restored.</source>
        <translation>آپ کی تازہ ترین تبدیلیاں محفوظ نہیں ہو سکیں، اس لیے بیک اپ بحال نہیں کیا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="141"/>
        <source>The backup could not be restored. %1</source>
        <translation>بیک اپ بحال نہیں ہو سکا۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="142"/>
        <source>The backup could not be restored.</source>
        <translation>بیک اپ بحال نہیں ہو سکا۔</translation>
    </message>
</context>
<context>
    <name>NotesDialogs</name>
    <message>
        <location filename="../safetyapp/ui/notes/dialogs.py" line="27"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>NotesFields</name>
    <message>
        <location filename="../safetyapp/ui/notes/fields.py" line="46"/>
        <source>Pictures and files can&apos;t be added to My notes. That&apos;s on purpose, to keep you safe. Leave the picture where it is: don&apos;t copy, save or forward it. Tell the police, CEOP or your school&apos;s safeguarding lead that it exists, and they will know what to do.</source>
        <translation>میرے نوٹس میں تصویریں اور فائلیں شامل نہیں کی جا سکتیں۔ یہ جان بوجھ کر ہے، تاکہ آپ محفوظ رہیں۔ تصویر جہاں ہے، اسے وہیں رہنے دیں: اسے کاپی یا سیو نہ کریں، اور آگے نہ بھیجیں۔ پولیس، CEOP یا اپنے اسکول کے سیف گارڈنگ لیڈ (بچوں کی حفاظت کے ذمہ دار) کو بتا دیں کہ یہ تصویر موجود ہے۔ وہ جانتے ہیں کہ کیا کرنا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/fields.py" line="53"/>
        <source>This box is full: it holds up to %1 characters. You can add another entry for more.</source>
        <translation>یہ خانہ بھر گیا ہے: اس میں زیادہ سے زیادہ %1 حروف آ سکتے ہیں۔ مزید لکھنے کے لیے ایک اور اندراج شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="120"/>
        <source>My notes</source>
        <translation>میرے نوٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="140"/>
        <source>Opening My notes…</source>
        <translation>میرے نوٹس کھل رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="227"/>
        <source>You are opening an earlier copy of your notes. Open it with the passphrase you had then.</source>
        <translation>آپ اپنے نوٹس کی ایک پرانی کاپی کھول رہے ہیں۔ اسے اس پاس فریز سے کھولیں جو اُس وقت آپ کا تھا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="252"/>
        <source>My notes could not be set up. %1</source>
        <translation>میرے نوٹس سیٹ اپ نہیں ہو سکے۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="282"/>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="288"/>
        <source>Opening your notes…</source>
        <translation>آپ کے نوٹس کھل رہے ہیں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="294"/>
        <source>Setting your new passphrase…</source>
        <translation>آپ کا نیا پاس فریز سیٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="300"/>
        <source>Opening with this computer&apos;s keyring…</source>
        <translation>اس کمپیوٹر کے کی رِنگ سے کھولا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="25"/>
        <source>That passphrase didn&apos;t open My notes. Check it, and check Caps Lock, then try again. Nothing has been changed.</source>
        <translation>اس پاس فریز سے میرے نوٹس نہیں کھلے۔ اسے چیک کریں، اور یہ بھی دیکھیں کہ Caps Lock آن تو نہیں، پھر دوبارہ کوشش کریں۔ کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="30"/>
        <source>That recovery code didn&apos;t open My notes. Check it and try again. Nothing has been changed.</source>
        <translation>اس ریکوری کوڈ سے میرے نوٹس نہیں کھلے۔ اسے چیک کریں اور دوبارہ کوشش کریں۔ کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="34"/>
        <source>Check the recovery code: it has a typing mistake.</source>
        <translation>ریکوری کوڈ چیک کریں: اس میں ٹائپنگ کی غلطی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="37"/>
        <source>This computer&apos;s keyring has no key for My notes. Use your passphrase.</source>
        <translation>اس کمپیوٹر کے کی رِنگ میں میرے نوٹس کی چابی نہیں ہے۔ اپنا پاس فریز استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="38"/>
        <source>Use your passphrase instead.</source>
        <translation>اس کے بجائے اپنا پاس فریز استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="40"/>
        <source>That way of opening isn&apos;t set up for these notes. Use your passphrase.</source>
        <translation>ان نوٹس کے لیے کھولنے کا یہ طریقہ سیٹ اپ نہیں ہے۔ اپنا پاس فریز استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="43"/>
        <source>Your new passphrase could not be saved. %1</source>
        <translation>آپ کا نیا پاس فریز محفوظ نہیں ہو سکا۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="44"/>
        <source>My notes could not be opened. Nothing has been changed.</source>
        <translation>میرے نوٹس نہیں کھل سکے۔ کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="370"/>
        <source>These are your notes as they were saved on %1. They are now your current notes; the damaged file has been kept as an earlier copy.</source>
        <translation>یہ آپ کے نوٹس ہیں، ویسے ہی جیسے وہ %1 کو محفوظ کیے گئے تھے۔ اب یہی آپ کے موجودہ نوٹس ہیں؛ خراب فائل کو ایک پرانی کاپی کے طور پر رکھ لیا گیا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="66"/>
        <source>Some text looks like a picture, and My notes never keeps pictures.</source>
        <translation>کچھ متن تصویر جیسا لگتا ہے، اور میرے نوٹس میں کبھی تصویریں نہیں رکھی جاتیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="67"/>
        <source>Something went wrong in Safety Companion.</source>
        <translation>Safety Companion میں کچھ گڑبڑ ہو گئی۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="422"/>
        <source>Lock without saving?</source>
        <translation>محفوظ کیے بغیر لاک کریں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="424"/>
        <source>Your latest changes could not be saved. If you lock now, they will be lost. You can keep My notes open and try again in a moment.</source>
        <translation>آپ کی تازہ ترین تبدیلیاں محفوظ نہیں ہو سکیں۔ اگر آپ ابھی لاک کریں گے تو یہ ضائع ہو جائیں گی۔ آپ میرے نوٹس کو کھلا رکھ کر تھوڑی دیر میں دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="427"/>
        <source>Lock anyway</source>
        <translation>پھر بھی لاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="148"/>
        <source>My notes locked itself after a minute without use.</source>
        <translation>ایک منٹ تک استعمال نہ ہونے پر میرے نوٹس خود بخود لاک ہو گئے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="151"/>
        <source>My notes locked when the computer went to sleep.</source>
        <translation>کمپیوٹر کے سلیپ موڈ میں جانے پر میرے نوٹس لاک ہو گئے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="153"/>
        <source>My notes locked when the screen was locked.</source>
        <translation>اسکرین لاک ہونے پر میرے نوٹس بھی لاک ہو گئے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="64"/>
        <location filename="../safetyapp/ui/notes/page_words.py" line="74"/>
        <source>Your notes could not be saved, so this was not changed.</source>
        <translation>آپ کے نوٹس محفوظ نہیں ہو سکے، اس لیے یہ تبدیلی نہیں کی گئی۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="80"/>
        <source>Get a new recovery code?</source>
        <translation>نیا ریکوری کوڈ لیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="81"/>
        <source>Your old recovery code will stop opening your notes, and the earlier copies it opens will be removed. Backups you made before still open with the old code.</source>
        <translation>آپ کا پرانا ریکوری کوڈ آپ کے نوٹس کھولنا بند کر دے گا، اور جو پچھلی کاپیاں وہ کھولتا ہے وہ ہٹا دی جائیں گی۔ جو بیک اپ آپ نے پہلے بنائے تھے وہ اب بھی پرانے کوڈ سے کھلیں گے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="86"/>
        <source>Get a new code</source>
        <translation>نیا کوڈ لیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="75"/>
        <source>This could not be changed. %1</source>
        <translation>یہ تبدیل نہیں ہو سکا۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="84"/>
        <source>The key left in the keyring no longer opens your notes.</source>
        <translation>کی رِنگ میں رہ جانے والی چابی سے اب آپ کے نوٹس نہیں کھلتے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="87"/>
        <source>My notes will open without your passphrase on this computer account.</source>
        <translation>اس کمپیوٹر اکاؤنٹ پر میرے نوٹس آپ کے پاس فریز کے بغیر کھل جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="61"/>
        <source>Changing your passphrase…</source>
        <translation>آپ کا پاس فریز بدلا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="97"/>
        <source>Your passphrase was not changed. %1</source>
        <translation>آپ کا پاس فریز نہیں بدلا۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="105"/>
        <source>Your passphrase was not changed.</source>
        <translation>آپ کا پاس فریز نہیں بدلا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="49"/>
        <source>The key in this computer&apos;s keyring didn&apos;t open My notes. It may be an old key, or one for other notes. Type your passphrase instead. Nothing has been changed.</source>
        <translation>اس کمپیوٹر کے کی رِنگ میں موجود چابی سے میرے نوٹس نہیں کھلے۔ ہو سکتا ہے یہ پرانی چابی ہو، یا کسی اور نوٹس کی۔ اس کے بجائے اپنا پاس فریز لکھیں۔ کچھ بھی نہیں بدلا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="88"/>
        <source>My notes will ask for your passphrase again. The key that was in the keyring no longer opens your notes, and the earlier copies it opened were removed.</source>
        <translation>میرے نوٹس اب دوبارہ آپ سے پاس فریز مانگیں گے۔ جو کلید keyring میں تھی وہ اب آپ کے نوٹس نہیں کھولتی، اور جو پچھلی کاپیاں وہ کھولتی تھی وہ ہٹا دی گئی ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="99"/>
        <source>Your passphrase has been changed. Use the new one from now on. The old one no longer opens your notes, and the earlier copies it opened were removed. Backups you made before still open with the old passphrase.</source>
        <translation>آپ کا پاس فریز بدل دیا گیا ہے۔ اب سے نیا پاس فریز استعمال کریں۔ پرانا پاس فریز اب آپ کے نوٹس نہیں کھولتا، اور جو پچھلی کاپیاں وہ کھولتا تھا وہ ہٹا دی گئی ہیں۔ جو بیک اپ آپ نے پہلے بنائے تھے وہ اب بھی پرانے پاس فریز سے کھلتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="111"/>
        <source>These are not the notes Safety Companion last opened on this computer. Someone may have put a different notes file in their place. If these are not your notes, restore yours from a backup in Backups and settings.</source>
        <translation>یہ وہ نوٹس نہیں ہیں جو Safety Companion نے اس کمپیوٹر پر آخری بار کھولے تھے۔ ہو سکتا ہے کسی نے ان کی جگہ نوٹس کی کوئی اور فائل رکھ دی ہو۔ اگر یہ آپ کے نوٹس نہیں ہیں تو &quot;بیک اپ اور ترتیبات&quot; میں جا کر بیک اپ سے اپنے نوٹس واپس لائیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="118"/>
        <source>These notes are older than the ones Safety Companion last saved on this computer. Number of saves missing: %1. Someone may have put an older copy in their place. If you have a backup, you can restore it in Backups and settings.</source>
        <translation>یہ نوٹس ان نوٹس سے پرانے ہیں جو Safety Companion نے اس کمپیوٹر پر آخری بار محفوظ کیے تھے۔ غائب محفوظ کاریوں کی تعداد: %1۔ ہو سکتا ہے کسی نے ان کی جگہ کوئی پرانی کاپی رکھ دی ہو۔ اگر آپ کے پاس بیک اپ ہے تو آپ اسے &quot;بیک اپ اور ترتیبات&quot; میں واپس لا سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="130"/>
        <source>You have a new recovery code. The old one no longer opens your notes, and the earlier copies it opened were removed. Backups you made before still open with the old code.</source>
        <translation>آپ کے پاس نیا ریکوری کوڈ ہے۔ پرانا کوڈ اب آپ کے نوٹس نہیں کھولتا، اور جو پچھلی کاپیاں وہ کھولتا تھا وہ ہٹا دی گئی ہیں۔ جو بیک اپ آپ نے پہلے بنائے تھے وہ اب بھی پرانے کوڈ سے کھلتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="140"/>
        <source>You still have your old recovery code. %1</source>
        <translation>آپ کا پرانا ریکوری کوڈ اب بھی وہی ہے۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="141"/>
        <source>You still have your old recovery code. Your notes could not be changed.</source>
        <translation>آپ کا پرانا ریکوری کوڈ اب بھی وہی ہے۔ آپ کے نوٹس تبدیل نہیں ہو سکے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="149"/>
        <source>My notes locked itself after %n minutes without use.</source>
        <translation>%n منٹ تک استعمال نہ ہونے پر میرے نوٹس خود بخود لاک ہو گئے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="39"/>
        <source>Save the recovery code</source>
        <translation>ریکوری کوڈ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="41"/>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="71"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="49"/>
        <source>Recovery code</source>
        <translation>ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="52"/>
        <source>The PDF could not be saved in %1. Try another folder.</source>
        <translation>PDF کو %1 میں محفوظ نہیں کیا جا سکا۔ کوئی اور فولڈر آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="55"/>
        <source>Saved as %1. Keep it somewhere safe.</source>
        <translation>%1 کے نام سے محفوظ ہو گیا۔ اسے کسی محفوظ جگہ رکھیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="69"/>
        <source>Save the report</source>
        <translation>رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="73"/>
        <source>Text files (*.txt)</source>
        <translation>ٹیکسٹ فائلیں (*.txt)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="83"/>
        <source>The report could not be saved in %1. Try another folder.</source>
        <translation>رپورٹ کو %1 میں محفوظ نہیں کیا جا سکا۔ کوئی اور فولڈر آزمائیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="88"/>
        <source>Report saved as %1. Remember: it is not encrypted. Delete it when it is no longer needed.</source>
        <translation>رپورٹ %1 کے نام سے محفوظ ہو گئی۔ یاد رکھیں: یہ انکرپٹڈ نہیں ہے۔ جب اس کی ضرورت نہ رہے تو اسے ڈیلیٹ کر دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="103"/>
        <source>Your latest changes could not be saved, so no backup was made.</source>
        <translation>آپ کی تازہ ترین تبدیلیاں محفوظ نہیں ہو سکیں، اس لیے کوئی بیک اپ نہیں بنایا گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="109"/>
        <source>Back up My notes</source>
        <translation>میرے نوٹس کا بیک اپ بنائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="128"/>
        <source>Restore My notes from a backup</source>
        <translation>بیک اپ سے میرے نوٹس بحال کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="135"/>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="152"/>
        <source>Opening the backup…</source>
        <translation>بیک اپ کھل رہا ہے…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="160"/>
        <source>Restore this backup?</source>
        <translation>یہ بیک اپ بحال کریں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="162"/>
        <source>Restore</source>
        <translation>بحال کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="184"/>
        <source>Your notes were deleted, but some files could not be removed. Try again after a restart.</source>
        <translation>آپ کے نوٹس ڈیلیٹ ہو گئے، لیکن کچھ فائلیں نہیں ہٹائی جا سکیں۔ کمپیوٹر ری اسٹارٹ کرنے کے بعد دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="191"/>
        <source>Everything in My notes has been deleted from this computer. Backups you saved somewhere else, such as on a USB stick, are not deleted.</source>
        <translation>میرے نوٹس میں جو کچھ تھا، وہ سب اس کمپیوٹر سے ڈیلیٹ ہو گیا ہے۔ جو بیک اپ آپ نے کسی اور جگہ محفوظ کیے تھے، جیسے USB اسٹک پر، وہ ڈیلیٹ نہیں ہوئے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="204"/>
        <source>The key in this computer&apos;s keyring could not be removed, but it opens nothing now.</source>
        <translation>اس کمپیوٹر کے کی رِنگ سے چابی نہیں ہٹائی جا سکی، لیکن اب اس سے کچھ نہیں کھلتا۔</translation>
    </message>
</context>
<context>
    <name>NotesPassphrase</name>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="22"/>
        <source>Use at least 10 characters. Four or five random words work well.</source>
        <translation>کم از کم 10 حروف استعمال کریں۔ چار یا پانچ بے ترتیب الفاظ اچھے رہتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="28"/>
        <source>Too short: use at least 10 characters.</source>
        <translation>بہت چھوٹا ہے: کم از کم 10 حروف استعمال کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="30"/>
        <source>A computer could guess this one quickly. Try four or five words that have nothing to do with each other, or press Suggest one for me.</source>
        <translation>کمپیوٹر اس کا اندازہ جلدی لگا سکتا ہے۔ چار یا پانچ ایسے الفاظ آزمائیں جن کا آپس میں کوئی تعلق نہ ہو، یا میرے لیے ایک تجویز کریں دبائیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="36"/>
        <source>Good.</source>
        <translation>اچھا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="37"/>
        <source>Strong.</source>
        <translation>مضبوط ہے۔</translation>
    </message>
</context>
<context>
    <name>NotesReport</name>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="225"/>
        <source>Contains personal information: keep it safe</source>
        <translation>اس میں ذاتی معلومات ہیں: اسے محفوظ رکھیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="226"/>
        <source>This copy is not encrypted. Share it only with the police, CEOP, the platform or a safeguarding lead, and delete it when it is no longer needed.</source>
        <translation>یہ کاپی انکرپٹڈ نہیں ہے۔ اسے صرف پولیس، CEOP، پلیٹ فارم یا سیف گارڈنگ لیڈ (بچوں کی حفاظت کے ذمہ دار) کے ساتھ شیئر کریں، اور جب ضرورت نہ رہے تو اسے ڈیلیٹ کر دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="231"/>
        <source>Record of online blackmail (sextortion)</source>
        <translation>آن لائن بلیک میل (سیکسٹارشن) کا ریکارڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="232"/>
        <source>Made with Safety Companion from the user&apos;s own notes. It contains no images.</source>
        <translation>Safety Companion کے ذریعے صارف کے اپنے نوٹس سے بنایا گیا۔ اس میں کوئی تصویر نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="233"/>
        <source>Case</source>
        <translation>کیس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="234"/>
        <source>Report made</source>
        <translation>رپورٹ بنائی گئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="235"/>
        <source>Record started</source>
        <translation>ریکارڈ شروع ہوا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="236"/>
        <source>Last changed</source>
        <translation>آخری تبدیلی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="237"/>
        <source>Accounts of the person targeted</source>
        <translation>نشانہ بنائے گئے شخص کے اکاؤنٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="238"/>
        <source>Their own account %1</source>
        <translation>ان کا اپنا اکاؤنٹ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="239"/>
        <source>Accounts that contacted or threatened them</source>
        <translation>وہ اکاؤنٹس جنہوں نے ان سے رابطہ کیا یا انہیں دھمکی دی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="240"/>
        <source>Account %1</source>
        <translation>اکاؤنٹ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="241"/>
        <source>Platform</source>
        <translation>پلیٹ فارم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="242"/>
        <source>Username or handle</source>
        <translation>یوزر نیم یا ہینڈل</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="243"/>
        <source>Display name</source>
        <translation>ڈسپلے نام</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="244"/>
        <source>Profile link</source>
        <translation>پروفائل لنک</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="245"/>
        <source>Notes</source>
        <translation>نوٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="246"/>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="247"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="248"/>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="249"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="250"/>
        <source>Demands</source>
        <translation>مطالبات</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="251"/>
        <source>Demand %1</source>
        <translation>مطالبہ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="252"/>
        <source>Amount asked for</source>
        <translation>مانگی گئی رقم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="255"/>
        <source>Anything paid</source>
        <translation>کچھ ادا کیا گیا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="268"/>
        <source>%1, %2 %3</source>
        <translation>%1، %2 %3</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="270"/>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="272"/>
        <source>UTC%1</source>
        <translation>UTC%1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="277"/>
        <source>Not known</source>
        <translation>معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="278"/>
        <source>No</source>
        <translation>نہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="279"/>
        <source>Yes</source>
        <translation>ہاں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="253"/>
        <source>How they wanted it paid</source>
        <translation>وہ پیسے کس طرح لینا چاہتے تھے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="254"/>
        <source>Payment details they gave</source>
        <translation>ادائیگی کی تفصیلات جو انہوں نے دیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="256"/>
        <source>Amount paid</source>
        <translation>ادا کی گئی رقم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="257"/>
        <source>How it was paid</source>
        <translation>ادائیگی کس طرح کی گئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="258"/>
        <source>When it was paid</source>
        <translation>ادائیگی کب کی گئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="259"/>
        <source>Reports made</source>
        <translation>کی گئی رپورٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="260"/>
        <source>Made to</source>
        <translation>کس کو کی گئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="261"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="262"/>
        <source>Reference number</source>
        <translation>ریفرنس نمبر</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="263"/>
        <source>Other notes</source>
        <translation>دوسرے نوٹس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="264"/>
        <source>None recorded</source>
        <translation>کچھ درج نہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="265"/>
        <source>Not given</source>
        <translation>نہیں دیا گیا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="266"/>
        <source>Date not known</source>
        <translation>تاریخ معلوم نہیں</translation>
    </message>
</context>
<context>
    <name>NotesWords</name>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="50"/>
        <source>Omegle-style video chat</source>
        <translation>Omegle جیسی ویڈیو چیٹ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="51"/>
        <source>Hinge, Tinder or another dating app</source>
        <translation>Hinge، Tinder یا کوئی اور ڈیٹنگ ایپ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="52"/>
        <source>Email</source>
        <translation>ای میل</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="53"/>
        <source>Text message</source>
        <translation>ٹیکسٹ میسج</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="54"/>
        <source>Another app or website</source>
        <translation>کوئی اور ایپ یا ویب سائٹ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="63"/>
        <source>First contact</source>
        <translation>پہلا رابطہ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="64"/>
        <source>Asked for pictures</source>
        <translation>تصویریں مانگیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="65"/>
        <source>Threatened me</source>
        <translation>مجھے دھمکی دی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="66"/>
        <source>Demanded money</source>
        <translation>پیسے مانگے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="67"/>
        <source>Money was paid</source>
        <translation>پیسے دیے گئے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="68"/>
        <source>Blocked them</source>
        <translation>انہیں بلاک کیا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="69"/>
        <source>Reported them</source>
        <translation>ان کی رپورٹ کی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="70"/>
        <source>Something else</source>
        <translation>کچھ اور</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="77"/>
        <source>Bank transfer</source>
        <translation>بینک ٹرانسفر</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="78"/>
        <source>Gift card</source>
        <translation>گفٹ کارڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="79"/>
        <source>Cryptocurrency (such as Bitcoin)</source>
        <translation>کرپٹو کرنسی (جیسے Bitcoin)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="80"/>
        <source>Another way</source>
        <translation>کوئی اور طریقہ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="87"/>
        <source>I don&apos;t know</source>
        <translation>مجھے معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="88"/>
        <source>No, nothing was paid</source>
        <translation>نہیں، کچھ ادا نہیں کیا گیا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="89"/>
        <source>Yes, something was paid</source>
        <translation>ہاں، کچھ ادا کیا گیا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="99"/>
        <source>The disk is full. Free up some space (for example, empty the recycle bin) and it will save.</source>
        <translation>ڈسک بھر گئی ہے۔ کچھ جگہ خالی کریں (مثلاً ری سائیکل بِن خالی کریں)، تو یہ محفوظ ہو جائے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="102"/>
        <source>The disk or folder can only be read, not written to.</source>
        <translation>ڈسک یا فولڈر کو صرف پڑھا جا سکتا ہے، اس میں لکھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="103"/>
        <source>This computer account is not allowed to write to the notes folder.</source>
        <translation>اس کمپیوٹر اکاؤنٹ کو نوٹس کے فولڈر میں لکھنے کی اجازت نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="107"/>
        <source>The computer could not write the notes file.</source>
        <translation>کمپیوٹر نوٹس کی فائل نہیں لکھ سکا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="112"/>
        <source>Not saved yet. Your text is still here and nothing you saved before is lost. %1</source>
        <translation>ابھی محفوظ نہیں ہوا۔ آپ کا لکھا ہوا متن ابھی یہیں ہے، اور پہلے جو کچھ محفوظ کیا تھا وہ ضائع نہیں ہوا۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="118"/>
        <source>Not saved yet: My notes is open in another window or program, so Safety Companion will not write over it. Close it there and your changes will be saved. Your text is still here.</source>
        <translation>ابھی محفوظ نہیں ہوا: میرے نوٹس کسی اور ونڈو یا پروگرام میں کھلے ہیں، اس لیے Safety Companion ان کے اوپر نہیں لکھے گا۔ انہیں وہاں بند کریں تو آپ کی تبدیلیاں محفوظ ہو جائیں گی۔ آپ کا لکھا ہوا متن ابھی یہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="126"/>
        <source>Not saved yet: the notes file was changed outside this window, so Safety Companion will not write over it. Your text is still here.</source>
        <translation>ابھی محفوظ نہیں ہوا: نوٹس کی فائل اس ونڈو کے باہر سے بدلی گئی ہے، اس لیے Safety Companion اس کے اوپر نہیں لکھے گا۔ آپ کا لکھا ہوا متن ابھی یہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="139"/>
        <source>This computer has no keyring (password store) that Safety Companion can use.</source>
        <translation>اس کمپیوٹر میں کوئی ایسا کی رِنگ (پاس ورڈ محفوظ رکھنے کی جگہ) نہیں ہے جسے Safety Companion استعمال کر سکے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="142"/>
        <source>The keyring on this computer is set to keep nothing, so it cannot be used.</source>
        <translation>اس کمپیوٹر کا کی رِنگ اس طرح سیٹ ہے کہ وہ کچھ بھی نہیں رکھتا، اس لیے اسے استعمال نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="145"/>
        <source>The keyring on this computer keeps passwords in a file without protection, so Safety Companion will not use it.</source>
        <translation>اس کمپیوٹر کا کی رِنگ پاس ورڈز کو بغیر حفاظت کے ایک فائل میں رکھتا ہے، اس لیے Safety Companion اسے استعمال نہیں کرے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="150"/>
        <source>The keyring on this computer is locked or is not answering. Unlock it (often by logging in again) and try again.</source>
        <translation>اس کمپیوٹر کا کی رِنگ لاک ہے یا جواب نہیں دے رہا۔ اسے ان لاک کریں (اکثر دوبارہ لاگ اِن کرنے سے یہ ہو جاتا ہے) اور پھر دوبارہ کوشش کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="155"/>
        <source>The key kept in this computer&apos;s keyring was not one Safety Companion made.</source>
        <translation>اس کمپیوٹر کے کی رِنگ میں رکھی چابی Safety Companion کی بنائی ہوئی نہیں تھی۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="158"/>
        <source>Safety Companion is running from its own folder (portable mode), so it does not use this computer&apos;s keyring: that would leave a trace on the computer.</source>
        <translation>Safety Companion اپنے ہی فولڈر سے چل رہا ہے (پورٹیبل موڈ)، اس لیے یہ اس کمپیوٹر کا کی رِنگ استعمال نہیں کرتا: اس سے کمپیوٹر پر نشان رہ جاتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="164"/>
        <source>The keyring on this computer reported a problem.</source>
        <translation>اس کمپیوٹر کے کی رِنگ نے ایک مسئلہ بتایا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="173"/>
        <source>The notes file could not be read. %1</source>
        <translation>نوٹس کی فائل پڑھی نہیں جا سکی۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="176"/>
        <source>My notes cannot be opened safely here, because its lock file cannot be made. %1</source>
        <translation>میرے نوٹس یہاں محفوظ طریقے سے نہیں کھولے جا سکتے، کیونکہ ان کی لاک فائل نہیں بن سکتی۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="180"/>
        <source>The notes file is damaged, so it cannot be opened. This can happen if the computer switched off while saving. It is not your fault.</source>
        <translation>نوٹس کی فائل خراب ہے، اس لیے یہ کھل نہیں سکتی۔ ایسا تب ہو سکتا ہے جب محفوظ کرتے وقت کمپیوٹر بند ہو گیا ہو۔ یہ آپ کی غلطی نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="185"/>
        <source>The notes file has been changed by something other than Safety Companion, so it cannot be trusted and has not been opened.</source>
        <translation>نوٹس کی فائل کو Safety Companion کے علاوہ کسی اور چیز نے بدلا ہے، اس لیے اس پر بھروسہ نہیں کیا جا سکتا اور اسے کھولا نہیں گیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="190"/>
        <source>These notes were saved by a newer version of Safety Companion. This version cannot open them safely. Use the newer version, or update Safety Companion on this computer.</source>
        <translation>یہ نوٹس Safety Companion کے نئے ورژن سے محفوظ کیے گئے تھے۔ یہ ورژن انہیں محفوظ طریقے سے نہیں کھول سکتا۔ نیا ورژن استعمال کریں، یا اس کمپیوٹر پر Safety Companion کو اپ ڈیٹ کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="195"/>
        <source>My notes is open in another window or program. Close it there, then press Try again.</source>
        <translation>میرے نوٹس کسی اور ونڈو یا پروگرام میں کھلے ہیں۔ انہیں وہاں بند کریں، پھر &quot;دوبارہ کوشش کریں&quot; دبائیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="199"/>
        <source>My notes cannot be opened safely in this folder, because the computer will not let Safety Companion lock the file.</source>
        <translation>اس فولڈر میں میرے نوٹس محفوظ طریقے سے نہیں کھولے جا سکتے، کیونکہ کمپیوٹر Safety Companion کو فائل لاک کرنے نہیں دیتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="204"/>
        <source>The notes file is missing, but earlier copies of it are still here.</source>
        <translation>نوٹس کی فائل نہیں مل رہی، لیکن اس کی پرانی کاپیاں ابھی یہاں موجود ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="205"/>
        <source>Opening this notes file would take far more of this computer&apos;s memory and time than My notes ever uses, so it was not tried. If these are your notes, try again when the computer is less busy, or open them on the computer where you made them.</source>
        <translation>نوٹس کی یہ فائل کھولنے میں اس کمپیوٹر کی میموری اور وقت اس سے کہیں زیادہ لگتا جتنا میرے نوٹس کبھی استعمال کرتے ہیں، اس لیے اسے کھولنے کی کوشش نہیں کی گئی۔ اگر یہ آپ کے نوٹس ہیں تو جب کمپیوٹر کم مصروف ہو تو دوبارہ کوشش کریں، یا انہیں اسی کمپیوٹر پر کھولیں جہاں آپ نے انہیں بنایا تھا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="212"/>
        <source>My notes could not be opened.</source>
        <translation>میرے نوٹس نہیں کھل سکے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="287"/>
        <source>an unknown time</source>
        <translation>نامعلوم وقت</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="289"/>
        <source>%1 at %2</source>
        <translation>%1، %2 بجے</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="23"/>
        <source>Message</source>
        <translation>پیغام</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="29"/>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="29"/>
        <source>Close this message</source>
        <translation>یہ پیغام بند کریں</translation>
    </message>
</context>
<context>
    <name>OpenView</name>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="61"/>
        <source>Make a report…</source>
        <translation>رپورٹ بنائیں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="61"/>
        <source>Make a report of this case</source>
        <translation>اس کیس کی رپورٹ بنائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="63"/>
        <source>Backups and settings</source>
        <translation>بیک اپ اور سیٹنگز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="65"/>
        <source>Lock</source>
        <translation>لاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="65"/>
        <source>Lock My notes</source>
        <translation>میرے نوٹس لاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="66"/>
        <source>Lock My notes now (Ctrl+L)</source>
        <translation>میرے نوٹس ابھی لاک کریں (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="138"/>
        <source>All changes saved</source>
        <translation>تمام تبدیلیاں محفوظ ہو گئیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="139"/>
        <source>Saving…</source>
        <translation>محفوظ ہو رہا ہے…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="140"/>
        <source>Not saved yet</source>
        <translation>ابھی محفوظ نہیں ہوا</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="52"/>
        <source>Backups and settings</source>
        <translation>بیک اپ اور سیٹنگز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="53"/>
        <source>Back to my notes</source>
        <translation>واپس میرے نوٹس پر</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="82"/>
        <source>Locking</source>
        <translation>لاک ہونا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="85"/>
        <source>Lock My notes after this long without use</source>
        <translation>اتنی دیر تک استعمال نہ ہونے پر میرے نوٹس لاک ہو جائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="87"/>
        <source>1 minute</source>
        <translation>1 منٹ</translation>
    </message>
    <message numerus="yes">
        <location filename="../safetyapp/ui/notes/options_panel.py" line="87"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n منٹ</numerusform>
            <numerusform>%n منٹ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="95"/>
        <source>Lock after</source>
        <translation>اتنی دیر بعد لاک ہو</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="100"/>
        <source>My notes also locks when you press Lock or Quick exit, when you close the app, and when the computer goes to sleep or the screen locks.</source>
        <translation>جب آپ &quot;لاک کریں&quot; یا &quot;فوراً بند کریں&quot; دبائیں، جب آپ ایپ بند کریں، اور جب کمپیوٹر سلیپ موڈ میں جائے یا اسکرین لاک ہو، تب بھی میرے نوٹس لاک ہو جاتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="108"/>
        <source>Unlock automatically</source>
        <translation>خود بخود ان لاک</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="110"/>
        <source>Unlock automatically on this computer account</source>
        <translation>اس کمپیوٹر اکاؤنٹ پر خود بخود ان لاک ہو جائے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="117"/>
        <source>Then My notes opens without your passphrase on this computer. But anyone who can log in to this computer as you could then open your notes. Leave it off if you share this computer account.</source>
        <translation>پھر میرے نوٹس اس کمپیوٹر پر آپ کے پاس فریز کے بغیر کھل جائیں گے۔ لیکن جو بھی اس کمپیوٹر پر آپ کے نام سے لاگ اِن کر سکے، وہ بھی آپ کے نوٹس کھول سکے گا۔ اگر آپ یہ کمپیوٹر اکاؤنٹ کسی اور کے ساتھ شیئر کرتے ہیں تو اسے بند رہنے دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="128"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="129"/>
        <source>Choose a new passphrase. Your recovery code stays the same.</source>
        <translation>نیا پاس فریز چنیں۔ آپ کا ریکوری کوڈ وہی رہے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="130"/>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="130"/>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="133"/>
        <source>Change passphrase</source>
        <translation>پاس فریز بدلیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="143"/>
        <source>Recovery code</source>
        <translation>ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="147"/>
        <source>If someone else may have seen your recovery code, get a new one. The old code then stops opening your notes.</source>
        <translation>اگر ہو سکتا ہے کسی اور نے آپ کا ریکوری کوڈ دیکھ لیا ہو تو نیا کوڈ لیں۔ پھر پرانا کوڈ آپ کے نوٹس کھولنا بند کر دے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="154"/>
        <source>Get a new recovery code</source>
        <translation>نیا ریکوری کوڈ لیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="61"/>
        <source>Backups</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="65"/>
        <source>A backup is an encrypted copy of all your notes, for example on a USB stick. It opens with the passphrase or recovery code you have when you make it.</source>
        <translation>بیک اپ آپ کے تمام نوٹس کی ایک انکرپٹڈ کاپی ہوتی ہے، مثلاً USB اسٹک پر۔ یہ اسی پاس فریز یا ریکوری کوڈ سے کھلتی ہے جو بیک اپ بناتے وقت آپ کے پاس ہو۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="72"/>
        <source>Back up…</source>
        <translation>بیک اپ بنائیں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="72"/>
        <source>Save a backup of My notes</source>
        <translation>میرے نوٹس کا بیک اپ محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="73"/>
        <source>Restore…</source>
        <translation>بحال کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="73"/>
        <source>Restore My notes from a backup</source>
        <translation>بیک اپ سے میرے نوٹس بحال کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="124"/>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>اس کمپیوٹر کا کی رِنگ چیک کیا جا رہا ہے…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="161"/>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="179"/>
        <source>Delete everything</source>
        <translation>سب کچھ ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="162"/>
        <source>DELETE</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="171"/>
        <source>You can also type it without accents: %1.</source>
        <translation>آپ اسے بغیر اعراب کے بھی لکھ سکتے ہیں: %1۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="165"/>
        <source>This deletes all your notes from this computer, with their earlier copies, and the key in the keyring. Backups you saved somewhere else are not deleted. To do it, type %1 below.</source>
        <translation>اس سے آپ کے تمام نوٹس، ان کی پرانی کاپیوں سمیت، اس کمپیوٹر سے ڈیلیٹ ہو جائیں گے، اور کی رِنگ میں رکھی چابی بھی۔ جو بیک اپ آپ نے کسی اور جگہ محفوظ کیے ہیں، وہ ڈیلیٹ نہیں ہوں گے۔ ایسا کرنے کے لیے نیچے %1 لکھیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="175"/>
        <source>Type %1 to confirm</source>
        <translation>تصدیق کے لیے %1 لکھیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="179"/>
        <source>Delete everything in My notes</source>
        <translation>میرے نوٹس میں سب کچھ ڈیلیٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="225"/>
        <source>So this option is off. Your passphrase always works.</source>
        <translation>اس لیے یہ آپشن بند ہے۔ آپ کا پاس فریز ہمیشہ کام کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="18"/>
        <source>Your Designated Safeguarding Lead (DSL) at %1 is %2.</source>
        <translation>%1 میں آپ کے سیف گارڈنگ لیڈ (بچوں کی حفاظت کے ذمہ دار، DSL) %2 ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="26"/>
        <source>Your Designated Safeguarding Lead (DSL) is %1.</source>
        <translation>آپ کے سیف گارڈنگ لیڈ (بچوں کی حفاظت کے ذمہ دار، DSL) %1 ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="31"/>
        <source>How to reach them: %1</source>
        <translation>ان سے رابطہ کیسے کریں: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="35"/>
        <source>How to reach your Designated Safeguarding Lead (DSL): %1</source>
        <translation>اپنے سیف گارڈنگ لیڈ (DSL) سے رابطہ کیسے کریں: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="49"/>
        <source>Set by your organisation (%1)</source>
        <translation>آپ کے ادارے نے مقرر کیا ہے (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="50"/>
        <source>Set by your organisation</source>
        <translation>آپ کے ادارے نے مقرر کیا ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="56"/>
        <source>Some of your organisation&apos;s settings could not be used, so the app&apos;s normal settings apply. Please tell your IT team: %1</source>
        <translation>آپ کے ادارے کی کچھ سیٹنگز استعمال نہیں ہو سکیں، اس لیے ایپ کی عام سیٹنگز لاگو ہیں۔ براہِ کرم اپنی آئی ٹی ٹیم کو بتائیں: %1</translation>
    </message>
</context>
<context>
    <name>OwnAccountCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="122"/>
        <source>Your account %1</source>
        <translation>آپ کا اکاؤنٹ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="122"/>
        <source>Remove your account %1</source>
        <translation>اپنا اکاؤنٹ %1 ہٹائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="124"/>
        <source>Platform or app</source>
        <translation>پلیٹ فارم یا ایپ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="126"/>
        <source>Your username</source>
        <translation>آپ کا یوزر نیم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="126"/>
        <source>Your username there</source>
        <translation>وہاں آپ کا یوزر نیم</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="128"/>
        <source>Exactly as it is shown, for example @name_123</source>
        <translation>بالکل ویسے ہی جیسے دکھایا گیا ہے، مثلاً @name_123</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="92"/>
        <source>Show what I type</source>
        <translation>جو میں لکھوں وہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="91"/>
        <source>Show the passphrase as I type it</source>
        <translation>لکھتے وقت پاس فریز دکھائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="87"/>
        <source>Suggest one for me</source>
        <translation>میرے لیے ایک تجویز کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="87"/>
        <source>Suggest a passphrase of five random words</source>
        <translation>پانچ بے ترتیب الفاظ کا ایک پاس فریز تجویز کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="122"/>
        <source>Here is a passphrase of five random words. Write it down or learn it before you go on. You can change it: it is yours now.</source>
        <translation>یہ پانچ بے ترتیب الفاظ کا ایک پاس فریز ہے۔ آگے بڑھنے سے پہلے اسے لکھ لیں یا یاد کر لیں۔ آپ اسے بدل سکتے ہیں: اب یہ آپ کا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="136"/>
        <source>Type it again here, to be sure.</source>
        <translation>یقینی بنانے کے لیے اسے یہاں دوبارہ لکھیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="138"/>
        <source>Both are the same.</source>
        <translation>دونوں ایک جیسے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="140"/>
        <source>These two are not the same yet.</source>
        <translation>یہ دونوں ابھی ایک جیسے نہیں ہیں۔</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="36"/>
        <source>Some parts of the app could not be loaded, so they are left out: %1. Everything else works.</source>
        <translation>ایپ کے کچھ حصے لوڈ نہیں ہو سکے، اس لیے انہیں چھوڑ دیا گیا ہے: %1۔ باقی سب کچھ کام کرتا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="52"/>
        <source>Other people who use this computer may be able to open Safety Companion&apos;s folder %1, and it could not be made private. Ask someone who looks after this computer to help.</source>
        <translation>ہو سکتا ہے اس کمپیوٹر کو استعمال کرنے والے دوسرے لوگ Safety Companion کا فولڈر %1 کھول سکیں، اور اسے نجی نہیں بنایا جا سکا۔ اس کمپیوٹر کی دیکھ بھال کرنے والے کسی فرد سے مدد مانگیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="63"/>
        <source>The disk is full. Free up some space, then change the setting again.</source>
        <translation>ڈسک بھر گئی ہے۔ کچھ جگہ خالی کریں، پھر سیٹنگ دوبارہ بدلیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="64"/>
        <source>The disk or folder can only be read, not written to.</source>
        <translation>ڈسک یا فولڈر کو صرف پڑھا جا سکتا ہے، اس میں لکھا نہیں جا سکتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="65"/>
        <source>This computer account is not allowed to write to the settings folder.</source>
        <translation>اس کمپیوٹر اکاؤنٹ کو سیٹنگز کے فولڈر میں لکھنے کی اجازت نہیں ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="69"/>
        <source>Your settings could not be saved, so they will only last until you close the app. %1</source>
        <translation>آپ کی سیٹنگز محفوظ نہیں ہو سکیں، اس لیے یہ صرف ایپ بند کرنے تک رہیں گی۔ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="70"/>
        <source>The computer could not write the settings file.</source>
        <translation>کمپیوٹر سیٹنگز کی فائل نہیں لکھ سکا۔</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="22"/>
        <source>My notes could not be opened</source>
        <translation>میرے نوٹس نہیں کھل سکے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="32"/>
        <source>Try again</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="32"/>
        <source>Try to open My notes again</source>
        <translation>میرے نوٹس دوبارہ کھولنے کی کوشش کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="48"/>
        <source>Safety Companion keeps earlier copies of your notes. You can open one of these instead. It has everything up to the time it was saved, and the damaged file is kept too.</source>
        <translation>Safety Companion آپ کے نوٹس کی پرانی کاپیاں رکھتا ہے۔ آپ اس کے بجائے ان میں سے کوئی ایک کھول سکتے ہیں۔ اس میں وہ سب کچھ ہوتا ہے جو اس کے محفوظ ہونے کے وقت تک لکھا گیا تھا، اور خراب فائل بھی رکھ لی جاتی ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="52"/>
        <source>The earlier copies of your notes can&apos;t be opened either.</source>
        <translation>آپ کے نوٹس کی پرانی کاپیاں بھی نہیں کھل سکتیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="60"/>
        <source>Open the copy saved on %1</source>
        <translation>%1 کو محفوظ کی گئی کاپی کھولیں</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="12"/>
        <source>A young person</source>
        <translation>نوجوان</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="13"/>
        <source>A parent or carer</source>
        <translation>والدین یا سرپرست</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="14"/>
        <source>Someone who works with young people</source>
        <translation>نوجوانوں کے ساتھ کام کرنے والا کوئی فرد</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="15"/>
        <source>An adult (18 or over)</source>
        <translation>بالغ (18 سال یا اس سے زیادہ)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="17"/>
        <source>Everyone</source>
        <translation>سب لوگ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="24"/>
        <source>I am a young person</source>
        <translation>میں نوجوان ہوں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="25"/>
        <source>I am under 18, and this is about me or a friend</source>
        <translation>میری عمر 18 سال سے کم ہے، اور یہ میرے یا کسی دوست کے بارے میں ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="28"/>
        <source>I am a parent or carer</source>
        <translation>میں والد، والدہ یا سرپرست ہوں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="29"/>
        <source>I am worried about my child, or want to be ready</source>
        <translation>مجھے اپنے بچے کی فکر ہے، یا مجھے پہلے سے تیار رہنا ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="32"/>
        <source>I work with young people</source>
        <translation>میرا کام نوجوانوں کے ساتھ ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="33"/>
        <source>For example in a school, a club or a youth group</source>
        <translation>مثلاً کسی اسکول، کلب یا یوتھ گروپ میں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="36"/>
        <source>I am an adult</source>
        <translation>میں بالغ ہوں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="37"/>
        <source>I am 18 or over, and this is happening to me</source>
        <translation>میری عمر 18 سال یا اس سے زیادہ ہے، اور یہ میرے ساتھ ہو رہا ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="46"/>
        <source>For young people</source>
        <translation>نوجوانوں کے لیے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="47"/>
        <source>For parents and carers</source>
        <translation>والدین اور سرپرستوں کے لیے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="48"/>
        <source>For people who work with young people</source>
        <translation>نوجوانوں کے ساتھ کام کرنے والوں کے لیے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="49"/>
        <source>For adults it is happening to</source>
        <translation>ان بالغوں کے لیے جن کے ساتھ یہ ہو رہا ہے</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="73"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="31"/>
        <source>A recovery code has only letters and numbers.</source>
        <translation>ریکوری کوڈ میں صرف حروف اور نمبر ہوتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="33"/>
        <source>Some characters are still missing.</source>
        <translation>کچھ حروف ابھی باقی ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="35"/>
        <source>That&apos;s more characters than a recovery code has.</source>
        <translation>اس میں ریکوری کوڈ سے زیادہ حروف ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="38"/>
        <source>There&apos;s a typing mistake in group %1 (groups are counted from the left).</source>
        <translation>گروپ %1 میں ٹائپنگ کی غلطی ہے (گروپ بائیں طرف سے گنے جاتے ہیں)۔</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="69"/>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="174"/>
        <source>Your recovery code</source>
        <translation>آپ کا ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="77"/>
        <source>If you ever forget your passphrase, this code is the only other way to open My notes. Write it down or print it, and keep it somewhere safe, away from this computer. Once you carry on to My notes, it will not be shown again.</source>
        <translation>اگر آپ کبھی اپنا پاس فریز بھول جائیں، تو میرے نوٹس کھولنے کا واحد دوسرا طریقہ یہی کوڈ ہے۔ اسے لکھ لیں یا پرنٹ کر لیں، اور کسی محفوظ جگہ رکھیں، اس کمپیوٹر سے دور۔ جب آپ میرے نوٹس پر آگے بڑھ جائیں گے، تو یہ دوبارہ نہیں دکھایا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="99"/>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="99"/>
        <source>Print the recovery code</source>
        <translation>ریکوری کوڈ پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="101"/>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="101"/>
        <source>Save the recovery code as a PDF, for example on a USB stick</source>
        <translation>ریکوری کوڈ کو PDF کے طور پر محفوظ کریں، مثلاً USB اسٹک پر</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="111"/>
        <source>I&apos;ve kept a copy</source>
        <translation>میں نے ایک کاپی رکھ لی ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="111"/>
        <source>I have written down, printed or saved the recovery code</source>
        <translation>میں نے ریکوری کوڈ لکھ لیا ہے، پرنٹ کر لیا ہے یا محفوظ کر لیا ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="127"/>
        <source>A group is a block of 5 letters and numbers between the dashes. Count them from the left. Capitals don&apos;t matter.</source>
        <translation>گروپ ڈیش کے درمیان 5 حروف اور نمبروں کا ایک حصہ ہے۔ انہیں بائیں طرف سے گنیں۔ بڑے یا چھوٹے حروف سے فرق نہیں پڑتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="158"/>
        <source>Show the code again</source>
        <translation>کوڈ دوبارہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="226"/>
        <source>That isn&apos;t group %1. Check it against your copy, counting from the left.</source>
        <translation>یہ گروپ %1 نہیں ہے۔ بائیں طرف سے گنتے ہوئے اسے اپنی کاپی سے ملا کر دیکھیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="154"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="154"/>
        <source>Continue to My notes</source>
        <translation>جاری رکھیں اور میرے نوٹس پر جائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="194"/>
        <source>Now check your copy: type group %1 and group %2 of your recovery code.</source>
        <translation>اب اپنی کاپی چیک کریں: اپنے ریکوری کوڈ کا گروپ %1 اور گروپ %2 ٹائپ کریں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="198"/>
        <source>Group %1</source>
        <translation>گروپ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="199"/>
        <source>Group %1 of the recovery code</source>
        <translation>ریکوری کوڈ کا گروپ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="217"/>
        <source>That&apos;s right.</source>
        <translation>بالکل درست۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="242"/>
        <source>Safety Companion: recovery code for My notes</source>
        <translation>Safety Companion: میرے نوٹس کا ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="244"/>
        <source>Keep this somewhere safe, away from the computer. It opens your notes if you forget your passphrase.</source>
        <translation>اسے کسی محفوظ جگہ رکھیں، کمپیوٹر سے دور۔ اگر آپ اپنا پاس فریز بھول جائیں تو اس سے آپ کے نوٹس کھلتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="32"/>
        <source>England</source>
        <translation>انگلینڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="33"/>
        <source>Wales</source>
        <translation>ویلز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="34"/>
        <source>Scotland</source>
        <translation>اسکاٹ لینڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="35"/>
        <source>Northern Ireland</source>
        <translation>شمالی آئرلینڈ</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="264"/>
        <source>Report %1</source>
        <translation>رپورٹ %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="264"/>
        <source>Remove report %1</source>
        <translation>رپورٹ %1 ہٹائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="266"/>
        <source>Made to</source>
        <translation>کس کو کی گئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="266"/>
        <source>Who the report was made to</source>
        <translation>رپورٹ کس کو کی گئی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="268"/>
        <source>For example CEOP, the police, Instagram, my school</source>
        <translation>مثلاً CEOP، پولیس، Instagram، میرا اسکول</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="270"/>
        <source>Date of the report</source>
        <translation>رپورٹ کی تاریخ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="272"/>
        <source>I don&apos;t know the date</source>
        <translation>مجھے تاریخ معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="273"/>
        <source>I don&apos;t know the date of the report</source>
        <translation>مجھے رپورٹ کی تاریخ معلوم نہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="281"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="282"/>
        <source>Reference number</source>
        <translation>ریفرنس نمبر</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="33"/>
        <location filename="../safetyapp/ui/notes/report_export.py" line="39"/>
        <source>Make a report</source>
        <translation>رپورٹ بنائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="42"/>
        <source>A report is a copy of this case that is NOT encrypted. It has personal information in it: the accounts, what happened and when. Anyone who opens the file can read it.</source>
        <translation>رپورٹ اس کیس کی ایک ایسی کاپی ہے جو انکرپٹڈ نہیں ہوتی۔ اس میں ذاتی معلومات ہوتی ہیں: اکاؤنٹس، کیا ہوا اور کب ہوا۔ جو بھی یہ فائل کھولے، وہ اسے پڑھ سکتا ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="50"/>
        <source>Save it only where you need it, for example to give to the police, CEOP, the platform or your school&apos;s safeguarding lead. Delete it when it is no longer needed.</source>
        <translation>اسے صرف وہیں محفوظ کریں جہاں آپ کو اس کی ضرورت ہو، مثلاً پولیس، CEOP، پلیٹ فارم یا اپنے اسکول کے سیف گارڈنگ لیڈ (بچوں کی حفاظت کے ذمہ دار) کو دینے کے لیے۔ جب ضرورت نہ رہے تو اسے ڈیلیٹ کر دیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="55"/>
        <source>PDF, for printing or sending</source>
        <translation>PDF، پرنٹ کرنے یا بھیجنے کے لیے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="56"/>
        <source>Save the report as a PDF</source>
        <translation>رپورٹ PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="57"/>
        <source>Plain text, for copying into a form</source>
        <translation>سادہ ٹیکسٹ، کسی فارم میں کاپی کرنے کے لیے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="58"/>
        <source>Save the report as plain text</source>
        <translation>رپورٹ سادہ ٹیکسٹ کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="67"/>
        <source>Save the report…</source>
        <translation>رپورٹ محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="68"/>
        <source>Choose where to save the report</source>
        <translation>چنیں کہ رپورٹ کہاں محفوظ کرنی ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="71"/>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="23"/>
        <source>Settings</source>
        <translation>سیٹنگز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="34"/>
        <source>Follow the system</source>
        <translation>سسٹم کے مطابق</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="35"/>
        <source>Light</source>
        <translation>روشن</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="36"/>
        <source>Dark</source>
        <translation>تاریک</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="37"/>
        <source>High contrast</source>
        <translation>ہائی کنٹراسٹ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="45"/>
        <source>%1: draft translation</source>
        <translation>%1: ترجمہ (مسودہ)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="48"/>
        <source>Who are you?</source>
        <translation>آپ کون ہیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="49"/>
        <source>Text size</source>
        <translation>متن کا سائز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="50"/>
        <source>Colours</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="51"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="73"/>
        <source>A draft translation has not yet been checked by a native speaker. Where it is unclear, the English version is always right.</source>
        <translation>مسودہ ترجمہ ابھی کسی اہلِ زبان نے چیک نہیں کیا۔ جہاں بات واضح نہ ہو، وہاں انگریزی والا متن ہی درست ہے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="83"/>
        <source>Where your information is kept</source>
        <translation>آپ کی معلومات کہاں رکھی جاتی ہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="85"/>
        <source>Settings: %1</source>
        <translation>سیٹنگز: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="86"/>
        <source>Notes: %1</source>
        <translation>نوٹس: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="93"/>
        <source>Portable mode is on: everything stays in the app&apos;s own folder, so nothing is left on this computer.</source>
        <translation>پورٹیبل موڈ آن ہے: سب کچھ ایپ کے اپنے فولڈر میں رہتا ہے، اس لیے اس کمپیوٹر پر کچھ نہیں رہ جاتا۔</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="99"/>
        <source>Words only: My notes never takes pictures or files. Keep any pictures where they are and don&apos;t forward them.</source>
        <translation>صرف الفاظ: میرے نوٹس کبھی تصویریں یا فائلیں نہیں لیتے۔ تصویریں جہاں ہیں وہیں رہنے دیں، اور انہیں آگے نہ بھیجیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="91"/>
        <source>My notes is a safe place to write down what happened: who contacted you, what they asked for, and when. The police, CEOP and your school will ask for these details, and chats can disappear.</source>
        <translation>میرے نوٹس ایک محفوظ جگہ ہے جہاں آپ لکھ سکتے ہیں کہ کیا ہوا: کس نے آپ سے رابطہ کیا، اس نے کیا مانگا، اور کب۔ پولیس، CEOP اور آپ کا اسکول یہ تفصیلات مانگیں گے، اور چیٹس غائب ہو سکتی ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="107"/>
        <source>Your notes are locked with a passphrase: a password made of a few words, long but easy to remember. Nobody else can read your notes without it.</source>
        <translation>آپ کے نوٹس ایک پاس فریز سے لاک ہوتے ہیں، یعنی کچھ الفاظ سے بنا پاس ورڈ، جو لمبا ہوتا ہے لیکن یاد رکھنا آسان ہوتا ہے۔ اس کے بغیر کوئی اور آپ کے نوٹس نہیں پڑھ سکتا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="112"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="112"/>
        <source>Passphrase again</source>
        <translation>پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="117"/>
        <source>Create My notes</source>
        <translation>میرے نوٹس بنائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="146"/>
        <source>Setting up your notes. This takes a few seconds…</source>
        <translation>آپ کے نوٹس سیٹ اپ ہو رہے ہیں۔ اس میں چند سیکنڈ لگتے ہیں…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../safetyapp/ui/app/single_instance.py" line="258"/>
        <source>Safety Companion is already open, but it is not answering. Wait a moment and open it again. If it still does not appear, restart the computer.</source>
        <translation>Safety Companion پہلے سے کھلا ہے، لیکن جواب نہیں دے رہا۔ تھوڑا انتظار کریں اور اسے دوبارہ کھولیں۔ اگر پھر بھی نظر نہ آئے تو کمپیوٹر ری اسٹارٹ کریں۔</translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="88"/>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="148"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="86"/>
        <source>Step %1: %2</source>
        <translation>قدم %1: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="87"/>
        <source>Tick when you have done this step</source>
        <translation>جب یہ قدم کر لیں تو نشان لگائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="92"/>
        <source>Why: %1</source>
        <translation>کیوں: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="93"/>
        <source>How to do it</source>
        <translation>یہ کیسے کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="93"/>
        <source>Show how to do step %1</source>
        <translation>قدم %1 کرنے کا طریقہ دکھائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="117"/>
        <source>Read more</source>
        <translation>مزید پڑھیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="117"/>
        <source>Read more about step %1</source>
        <translation>قدم %1 کے بارے میں مزید پڑھیں</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="152"/>
        <source>For example: %1</source>
        <translation>مثلاً: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="154"/>
        <source>This can&apos;t be read as a date and time. Type it like this: %1</source>
        <translation>اسے تاریخ اور وقت کے طور پر پڑھا نہیں جا سکتا۔ اسے اس طرح ٹائپ کریں: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="156"/>
        <source>This can&apos;t be read as a date. Type it like this: %1</source>
        <translation>اسے تاریخ کے طور پر پڑھا نہیں جا سکتا۔ اسے اس طرح ٹائپ کریں: %1</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="153"/>
        <source>Write down each thing that happened, and when: first contact, what they asked for, threats, payments, blocking and reporting. Times are in this computer&apos;s time.</source>
        <translation>ہر وہ بات لکھیں جو ہوئی، اور یہ کہ کب ہوئی: پہلا رابطہ، انہوں نے کیا مانگا، دھمکیاں، ادائیگیاں، بلاک کرنا اور رپورٹ کرنا۔ وقت اس کمپیوٹر کی گھڑی کے مطابق ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="160"/>
        <source>Add something that happened</source>
        <translation>جو ہوا وہ شامل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="168"/>
        <source>Timeline</source>
        <translation>ٹائم لائن</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="193"/>
        <source>When it happened, in this computer&apos;s time</source>
        <translation>یہ کب ہوا، اس کمپیوٹر کی گھڑی کے مطابق</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="196"/>
        <source>Now</source>
        <translation>ابھی</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="196"/>
        <source>Set the time to now</source>
        <translation>ابھی کا وقت لگائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="200"/>
        <source>When</source>
        <translation>کب</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="202"/>
        <location filename="../safetyapp/ui/notes/timeline.py" line="206"/>
        <source>What happened</source>
        <translation>کیا ہوا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="207"/>
        <source>Details of what happened</source>
        <translation>جو ہوا اس کی تفصیلات</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="208"/>
        <source>In your own words. For example: said they would send it to my friends.</source>
        <translation>اپنے الفاظ میں۔ مثلاً: انہوں نے کہا کہ وہ اسے میرے دوستوں کو بھیج دیں گے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="212"/>
        <source>Details</source>
        <translation>تفصیلات</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="215"/>
        <source>Remove this event</source>
        <translation>یہ واقعہ ہٹائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="307"/>
        <source>Remove this event?</source>
        <translation>یہ واقعہ ہٹا دیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="308"/>
        <source>What you wrote about it will be removed from this case.</source>
        <translation>آپ نے اس کے بارے میں جو لکھا ہے، وہ اس کیس سے ہٹا دیا جائے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="309"/>
        <source>Remove</source>
        <translation>ہٹائیں</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="49"/>
        <source>My notes is locked</source>
        <translation>میرے نوٹس لاک ہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="62"/>
        <source>Open with this computer&apos;s keyring</source>
        <translation>اس کمپیوٹر کے کی رِنگ سے کھولیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="88"/>
        <source>Your notes are safe and locked. Type your passphrase to open them.</source>
        <translation>آپ کے نوٹس محفوظ اور لاک ہیں۔ انہیں کھولنے کے لیے اپنا پاس فریز لکھیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="90"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="92"/>
        <source>Passphrase</source>
        <translation>پاس فریز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="95"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="127"/>
        <source>Unlock</source>
        <translation>ان لاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="95"/>
        <source>Unlock My notes</source>
        <translation>میرے نوٹس ان لاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="102"/>
        <source>Use my recovery code</source>
        <translation>اپنا ریکوری کوڈ استعمال کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="103"/>
        <source>I forgot my passphrase</source>
        <translation>مجھے اپنا پاس فریز یاد نہیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="117"/>
        <source>Type the recovery code you were given when you set up My notes.</source>
        <translation>وہ ریکوری کوڈ لکھیں جو میرے نوٹس سیٹ اپ کرتے وقت آپ کو دیا گیا تھا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="119"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="123"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="150"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="153"/>
        <source>Recovery code</source>
        <translation>ریکوری کوڈ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="127"/>
        <source>Unlock with the recovery code</source>
        <translation>ریکوری کوڈ سے ان لاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="129"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="164"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="129"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="164"/>
        <source>Back to the passphrase</source>
        <translation>واپس پاس فریز پر</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="144"/>
        <source>That&apos;s OK. Type your recovery code, then choose a new passphrase. Everything in your notes stays as it is.</source>
        <translation>کوئی بات نہیں۔ اپنا ریکوری کوڈ لکھیں، پھر نیا پاس فریز چنیں۔ آپ کے نوٹس میں سب کچھ ویسا ہی رہے گا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="156"/>
        <source>New passphrase</source>
        <translation>نیا پاس فریز</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="156"/>
        <source>New passphrase again</source>
        <translation>نیا پاس فریز دوبارہ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="162"/>
        <source>Set the new passphrase and unlock</source>
        <translation>نیا پاس فریز سیٹ کریں اور ان لاک کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="202"/>
        <source>You can try again now.</source>
        <translation>اب آپ دوبارہ کوشش کر سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="209"/>
        <source>That was a lot of wrong tries, so My notes is waiting a little before the next one: you can try again in %1. Nothing has been deleted, and your notes are safe.</source>
        <translation>یہ بہت سی غلط کوششیں تھیں، اس لیے میرے نوٹس اگلی کوشش سے پہلے تھوڑا انتظار کر رہے ہیں: آپ %1 میں دوبارہ کوشش کر سکتے ہیں۔ کچھ بھی حذف نہیں ہوا، اور آپ کے نوٹس محفوظ ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="290"/>
        <source>Check the recovery code: it isn&apos;t complete or has a typing mistake.</source>
        <translation>ریکوری کوڈ چیک کریں: یہ پورا نہیں ہے یا اس میں ٹائپنگ کی غلطی ہے۔</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="29"/>
        <source>Who are you?</source>
        <translation>آپ کون ہیں؟</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="31"/>
        <source>This helps us show the advice that fits you best. You can change it at any time.</source>
        <translation>اس سے ہمیں وہ مشورے دکھانے میں مدد ملتی ہے جو آپ کے لیے سب سے زیادہ مناسب ہوں۔ آپ اسے کسی بھی وقت بدل سکتے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="40"/>
        <source>Skip: show me everything</source>
        <translation>چھوڑیں: مجھے سب کچھ دکھائیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="23"/>
        <source>It can be sorted out. If someone is threatening to share images, for now: do not pay, stop replying, and do not delete the messages.</source>
        <translation>اس کا حل نکل سکتا ہے۔ اگر کوئی تصاویر شیئر کرنے کی دھمکی دے رہا ہے، تو ابھی کے لیے: پیسے نہ دیں، جواب دینا بند کریں، اور پیغامات نہ مٹائیں۔</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="70"/>
        <source>What to do now</source>
        <translation>اب کیا کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="81"/>
        <source>Some of these questions are not translated yet, so they are shown in English.</source>
        <translation>ان میں سے کچھ سوالات کا ابھی ترجمہ نہیں ہوا، اس لیے وہ انگریزی میں دکھائے گئے ہیں۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="86"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>یہ ترجمہ ابھی مسودہ ہے: کسی اہلِ زبان نے اسے ابھی تک چیک نہیں کیا۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="95"/>
        <source>Back</source>
        <translation>واپس</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="97"/>
        <source>Start again</source>
        <translation>دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="225"/>
        <source>Question %1 of about %2</source>
        <translation>تقریباً %2 میں سے سوال %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="345"/>
        <source>Include my answers when printing</source>
        <translation>پرنٹ کرتے وقت میرے جوابات بھی شامل کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="348"/>
        <source>Write down the account details now</source>
        <translation>اکاؤنٹ کی تفصیلات ابھی لکھ لیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="351"/>
        <source>Print…</source>
        <translation>پرنٹ کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="351"/>
        <source>Print the plan</source>
        <translation>پلان پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="352"/>
        <source>Save as PDF…</source>
        <translation>PDF کے طور پر محفوظ کریں…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="352"/>
        <source>Save the plan as a PDF</source>
        <translation>پلان PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="355"/>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="136"/>
        <source>My action plan</source>
        <translation>میرا ایکشن پلان</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="337"/>
        <location filename="../safetyapp/ui/pages/wizard.py" line="373"/>
        <source>Your plan</source>
        <translation>آپ کا پلان</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="108"/>
        <source>Start again? Your answers and your plan will be forgotten.</source>
        <translation>دوبارہ شروع کریں؟ آپ کے جوابات اور آپ کا منصوبہ بھلا دیے جائیں گے۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="112"/>
        <source>No, keep my answers</source>
        <translation>نہیں، میرے جوابات رکھیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="114"/>
        <source>Yes, start again</source>
        <translation>ہاں، دوبارہ شروع کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="126"/>
        <source>Change</source>
        <translation>بدلیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="126"/>
        <source>Change whom the plan is for</source>
        <translation>بدلیں کہ منصوبہ کس کے لیے ہے</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="150"/>
        <source>Showing the plan for: %1</source>
        <translation>منصوبہ اس کے لیے: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="195"/>
        <location filename="../safetyapp/ui/pages/wizard.py" line="303"/>
        <source>Continue</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="150"/>
        <source>Why: %1</source>
        <translation>کیوں: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="156"/>
        <source>Read more in this app: Advice, “%1”</source>
        <translation>اس ایپ میں مزید پڑھیں: مشورے، “%1”</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="163"/>
        <source>My answers</source>
        <translation>میرے جوابات</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="162"/>
        <source>Print</source>
        <translation>پرنٹ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="193"/>
        <source>Save as PDF</source>
        <translation>PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="193"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="170"/>
        <location filename="../safetyapp/ui/kit/printing.py" line="202"/>
        <source>Could not save</source>
        <translation>محفوظ نہیں ہو سکا</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="172"/>
        <location filename="../safetyapp/ui/kit/printing.py" line="203"/>
        <source>The PDF could not be saved in %1. Try another folder, such as Documents.</source>
        <translation>PDF کو %1 میں محفوظ نہیں کیا جا سکا۔ کوئی اور فولڈر آزمائیں، جیسے Documents (دستاویزات)۔</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="206"/>
        <source>Saved as %1</source>
        <translation>بطور %1 محفوظ ہو گیا</translation>
    </message>
</context>
</TS>
