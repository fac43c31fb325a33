<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words (dialog buttons, the file dialog, the text menus) that Qt ships no translation of in
     this language: all of them for Welsh and Urdu, the few Qt's Polish lacks. Loaded after Qt's own translation,
     if any (safetyapp/ui/kit/languages.py). Each source must be Qt's own text, exactly as in its catalogue:
     tests/ui/test_qt_words.py opens the app's file dialog in each language and fails on English left. -->
<TS version="2.1" language="ur_PK">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>سب محفوظ کریں</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ہاں</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>سب کے لیے &amp;ہاں</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;نہیں</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>سب کے لیے &amp;نہیں</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>روک دیں</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>دوبارہ کوشش کریں</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>نظر انداز کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>رد کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>دوبارہ ترتیب دیں</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>پہلے والی ترتیبات بحال کریں</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>اس میں &amp;دیکھیں:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>فائل کی &amp;قسم:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>اس میں دیکھیں:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>فائل کا &amp;نام:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>فائل کی قسم:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;محفوظ کریں</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;کھولیں</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;منتخب کریں</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>پیچھے</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>آگے</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>اوپر والا فولڈر</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>نیا فولڈر بنائیں</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>نیا فولڈر</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;نیا فولڈر</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>فہرست</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تفصیل</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>سائیڈ بار</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>میرا کمپیوٹر</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>پیچھے جائیں</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>آگے جائیں</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>اوپر والے فولڈر میں جائیں</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>فہرست کی صورت میں دکھائیں</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تفصیل کے ساتھ دکھائیں</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>جگہوں اور بُک مارکس کی فہرست</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>حالیہ جگہیں</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 پہلے سے موجود ہے۔
کیا آپ اسے بدلنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
فائل نہیں ملی۔
براہ کرم دیکھ لیں کہ فائل کا نام درست ہے۔</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
فولڈر نہیں ملا۔
براہ کرم دیکھ لیں کہ فولڈر کا نام درست ہے۔</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;چھپی ہوئی فائلیں دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;نام بدلیں</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Are you sure you want to delete '%1'?</source>
        <translation>کیا آپ واقعی '%1' ڈیلیٹ کرنا چاہتے ہیں؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>فولڈر ڈیلیٹ نہیں ہو سکا۔</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>فولڈر:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>کھولیں</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>اس نام سے محفوظ کریں</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>File</source>
        <translation>فائل</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 فائل</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فائلیں</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>شارٹ کٹ</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>سائز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>قسم</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>تبدیلی کی تاریخ</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>میرا کمپیوٹر</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>کمپیوٹر</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>فائل کا نام درست نہیں</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واپس کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;پیسٹ کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;واپس کریں</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;دوبارہ کریں</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;کاٹیں</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;کاپی کریں</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;پیسٹ کریں</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ڈیلیٹ کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>لنک کا &amp;پتہ کاپی کریں</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>تفصیل دکھائیں...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تفصیل چھپائیں...</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>فولڈر</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ڈرائیو</translation>
    </message>
</context>
</TS>
