<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words (dialog buttons, the file dialog, the text menus) that Qt ships no translation of in
     this language: all of them for Welsh and Urdu, the few Qt's Polish lacks. Loaded after Qt's own translation,
     if any (safetyapp/ui/kit/languages.py). Each source must be Qt's own text, exactly as in its catalogue:
     tests/ui/test_qt_words.py opens the app's file dialog in each language and fails on English left. -->
<TS version="2.1" language="pl_PL">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Szukaj w:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Pliki &amp;rodzaju:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Napęd</translation>
    </message>
</context>
</TS>
