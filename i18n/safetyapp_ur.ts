<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AdvicePage</name>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="85"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="91"/>
        <location filename="../safetyapp/ui/advice_page.py" line="92"/>
        <source>Search the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="97"/>
        <source>Advice pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="111"/>
        <source>Advice page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="117"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="117"/>
        <source>Print this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="118"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="118"/>
        <source>Save this page as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="160"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="173"/>
        <source>For you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="177"/>
        <source>For other readers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="182"/>
        <source>%1 (cannot be shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="221"/>
        <source>Sorry, this page cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="222"/>
        <source>Something is wrong with this page&apos;s file. The rest of the app works as normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="235"/>
        <source>Last reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="237"/>
        <source>This page is not translated yet, so it is shown in English.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audience</name>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="10"/>
        <source>A young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="11"/>
        <source>A parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="12"/>
        <source>Someone who works with young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="13"/>
        <source>An adult (18 or over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="15"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="22"/>
        <source>I am a young person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="23"/>
        <source>I am under 18, and this is about me or a friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="26"/>
        <source>I am a parent or carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="27"/>
        <source>I am worried about my child, or want to be ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="30"/>
        <source>I work with young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="31"/>
        <source>For example in a school, a club or a youth group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="34"/>
        <source>I am an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="35"/>
        <source>I am 18 or over, and this is happening to me</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="48"/>
        <source>Who it is for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="49"/>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="53"/>
        <source>Where: %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="56"/>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="56"/>
        <source>Copy the phone number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="57"/>
        <source>Text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="57"/>
        <source>Copy the text number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="58"/>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="58"/>
        <source>Copy the email address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="67"/>
        <source>Web: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="69"/>
        <source>Copy the web address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="73"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="73"/>
        <source>Open the website of %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="77"/>
        <source>Needs an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="80"/>
        <source>Details checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="87"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="104"/>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="106"/>
        <source>You do not have to deal with this alone. These services are free and used to helping with exactly this. If anyone is in danger right now, call 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="109"/>
        <source>Show services for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="129"/>
        <source>Showing services for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="29"/>
        <source>You are not alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="31"/>
        <source>Whatever has happened, it can be sorted out, and there are people whose job is to help. Choose where to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="35"/>
        <source>Something has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="36"/>
        <source>Answer a few questions and get a step-by-step plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="39"/>
        <source>Learn about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="39"/>
        <source>Read clear advice, written for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="42"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="42"/>
        <source>People you can phone, text or contact online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="52"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="52"/>
        <source>Change who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="58"/>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="67"/>
        <source>Showing advice for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="66"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="69"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="70"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="71"/>
        <location filename="../safetyapp/ui/main_window.py" line="200"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="72"/>
        <location filename="../safetyapp/ui/main_window.py" line="205"/>
        <source>My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="73"/>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="74"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="104"/>
        <source>In danger right now? Call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="108"/>
        <source>Or press Shift three times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="110"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="113"/>
        <source>Closes the app at once. Shortcut: press Shift three times, or Esc twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="124"/>
        <source>Some parts of the app could not be loaded, so they are left out: %1. Everything else works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="23"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="33"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="34"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="35"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="36"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="44"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="45"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="46"/>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="47"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="54"/>
        <source>A new language is used from the next time you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="56"/>
        <source>Where your information is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="58"/>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="59"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="64"/>
        <source>Portable mode is on: everything stays in the app&apos;s own folder, so nothing is left on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../safetyapp/ui/welcome_page.py" line="21"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/welcome_page.py" line="23"/>
        <source>This helps us show the advice that fits you best. You can change it at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/welcome_page.py" line="32"/>
        <source>Skip: show me everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../safetyapp/ui/printing.py" line="36"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/printing.py" line="46"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/printing.py" line="48"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/printing.py" line="60"/>
        <source>Could not save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/printing.py" line="61"/>
        <source>The PDF could not be saved in %1. Try another folder, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
