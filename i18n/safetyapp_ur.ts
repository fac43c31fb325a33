<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
<context>
    <name>AdvicePage</name>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="89"/>
        <source>Advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="95"/>
        <location filename="../safetyapp/ui/advice_page.py" line="96"/>
        <source>Search the advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="101"/>
        <source>Advice pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="115"/>
        <source>Advice page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="121"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="121"/>
        <source>Print this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="122"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="122"/>
        <source>Save this page as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="164"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="181"/>
        <source>For you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="187"/>
        <source>%1 (cannot be shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="227"/>
        <source>Sorry, this page cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="229"/>
        <source>Something is wrong with this page&apos;s file. The rest of the app works as normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="241"/>
        <source>Last reviewed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/advice_page.py" line="243"/>
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
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="44"/>
        <source>For young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="45"/>
        <source>For parents and carers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="46"/>
        <source>For people who work with young people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/audience_names.py" line="47"/>
        <source>For adults it is happening to</source>
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
        <location filename="../safetyapp/ui/help_page.py" line="68"/>
        <source>Web: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="70"/>
        <source>Copy the web address of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="75"/>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="75"/>
        <source>Open the website of %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="79"/>
        <source>Needs an internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="82"/>
        <source>Details checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="89"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLines</name>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="76"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="76"/>
        <source>Details and copy buttons for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="106"/>
        <source>Get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="112"/>
        <source>You do not have to deal with this alone. These services are free and used to helping with exactly this. If anyone is in danger right now, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="119"/>
        <source>Show services for everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/help_page.py" line="140"/>
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
        <location filename="../safetyapp/ui/home_page.py" line="33"/>
        <source>Whatever has happened, it can be sorted out, and there are people whose job is to help. Choose where to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="39"/>
        <source>Something has happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="40"/>
        <source>Answer a few questions and get a step-by-step plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="42"/>
        <source>Learn about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="42"/>
        <source>Read clear advice, written for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="43"/>
        <source>Get help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/home_page.py" line="43"/>
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
    <name>KeyringChoice</name>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="21"/>
        <source>Also unlock automatically on this computer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="26"/>
        <source>Then you won&apos;t need to type your passphrase on this computer. But anyone who can log in to this computer as you could then open your notes. Leave it off if you share this computer account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="32"/>
        <source>Checking this computer&apos;s keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="41"/>
        <source>So this option is off. Your passphrase always works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="76"/>
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
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="72"/>
        <location filename="../safetyapp/ui/main_window.py" line="226"/>
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
        <location filename="../safetyapp/ui/main_window.py" line="102"/>
        <source>In danger right now? Call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="106"/>
        <source>Or press Shift three times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="109"/>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="112"/>
        <source>Closes the app at once. Shortcut: press Shift three times, or Esc twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/main_window.py" line="123"/>
        <source>Some parts of the app could not be loaded, so they are left out: %1. Everything else works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesFields</name>
    <message>
        <location filename="../safetyapp/ui/notes/fields.py" line="43"/>
        <source>Pictures and files can&apos;t be added to My notes. That&apos;s on purpose, to keep you safe. Leave the picture where it is: don&apos;t copy, save or forward it. Tell the police, CEOP or your school&apos;s safeguarding lead that it exists, and they will know what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/fields.py" line="50"/>
        <source>This box is full: it holds up to %1 characters. You can add another entry for more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPassphrase</name>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="17"/>
        <source>Use at least 8 characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="19"/>
        <source>Too short: use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="21"/>
        <source>Easy to guess. Try three or four words that have nothing to do with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="25"/>
        <source>OK. Longer is safer: try three or four words that have nothing to do with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="29"/>
        <source>Good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="30"/>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesReport</name>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="173"/>
        <source>Contains personal information: keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="174"/>
        <source>This copy is not encrypted. Share it only with the police, CEOP, the platform or a safeguarding lead, and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="179"/>
        <source>Record of online blackmail (sextortion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="180"/>
        <source>Made with Safety Companion from the user&apos;s own notes. It contains no images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="181"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="182"/>
        <source>Report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="183"/>
        <source>Record started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="184"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="185"/>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="186"/>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="187"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="188"/>
        <source>Username or handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="189"/>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="190"/>
        <source>Profile link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="191"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="192"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="193"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="194"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="195"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="196"/>
        <source>Demands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="197"/>
        <source>Demand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="198"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="199"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="200"/>
        <source>How they wanted it paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="201"/>
        <source>Payment details they gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="202"/>
        <source>Reports made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="203"/>
        <source>Made to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="204"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="205"/>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="206"/>
        <source>Other notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="207"/>
        <source>None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="208"/>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="209"/>
        <source>Date not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="210"/>
        <source>%1 (UTC%2) / %3 UTC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesWords</name>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="29"/>
        <source>Omegle-style video chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="30"/>
        <source>Hinge, Tinder or another dating app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="31"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="32"/>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="33"/>
        <source>Another app or website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="41"/>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="42"/>
        <source>Asked for pictures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="43"/>
        <source>Threatened me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="44"/>
        <source>Demanded money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="45"/>
        <source>Money was paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="46"/>
        <source>Blocked them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="47"/>
        <source>Reported them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="48"/>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="56"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="57"/>
        <source>Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="58"/>
        <source>Cryptocurrency (such as Bitcoin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="59"/>
        <source>Another way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="71"/>
        <source>The disk is full. Free up some space (for example, empty the recycle bin) and it will save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="74"/>
        <source>The disk or folder can only be read, not written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="75"/>
        <source>This computer account is not allowed to write to the notes folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="79"/>
        <source>The computer could not write the notes file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="84"/>
        <source>Not saved yet. Your text is still here and nothing you saved before is lost. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="90"/>
        <source>Not saved yet: the notes file was changed outside this window, so Safety Companion will not write over it. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="103"/>
        <source>This computer has no keyring (password store) that Safety Companion can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="106"/>
        <source>The keyring on this computer is set to keep nothing, so it cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="109"/>
        <source>The keyring on this computer keeps passwords in a file without protection, so Safety Companion will not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="114"/>
        <source>The keyring on this computer is locked or is not answering. Unlock it (often by logging in again) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="119"/>
        <source>The key kept in this computer&apos;s keyring was not one Safety Companion made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="123"/>
        <source>The keyring on this computer reported a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="132"/>
        <source>The notes file could not be read. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="134"/>
        <source>The notes file is damaged, so it cannot be opened. This can happen if the computer switched off while saving. It is not your fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="139"/>
        <source>The notes file has been changed by something other than Safety Companion, so it cannot be trusted and has not been opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="144"/>
        <source>These notes were saved by a newer version of Safety Companion. This version cannot open them safely. Use the newer version, or update Safety Companion on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="149"/>
        <source>My notes is open in another window of Safety Companion. Close it there, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="153"/>
        <source>My notes cannot be opened safely in this folder, because the computer will not let Safety Companion lock the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="158"/>
        <source>The notes file is missing, but earlier copies of it are still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="160"/>
        <source>My notes could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="220"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="222"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="18"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="24"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="24"/>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="66"/>
        <source>Show what I type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="67"/>
        <source>Show the passphrase as I type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="86"/>
        <source>Type it again here, to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="88"/>
        <source>Both are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="90"/>
        <source>These two are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="22"/>
        <source>My notes could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="32"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="32"/>
        <source>Try to open My notes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="48"/>
        <source>Safety Companion keeps earlier copies of your notes. You can open one of these instead. It has everything up to the time it was saved, and the damaged file is kept too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="52"/>
        <source>The earlier copies of your notes can&apos;t be opened either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="60"/>
        <source>Open the copy saved on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="48"/>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="108"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="52"/>
        <source>If you ever forget your passphrase, this code is the only other way to open My notes. Write it down or print it, and keep it somewhere safe, away from this computer. It will not be shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="73"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="73"/>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="74"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="74"/>
        <source>Save the recovery code as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="82"/>
        <source>To show that you have it, type the code here. Capitals and dashes don&apos;t matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="86"/>
        <source>Type the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="89"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="94"/>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="94"/>
        <source>Continue to My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="121"/>
        <source>That&apos;s right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="123"/>
        <source>That&apos;s a recovery code, but not this one. Check it against the code above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="137"/>
        <source>Safety Companion: recovery code for My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="139"/>
        <source>Keep this somewhere safe, away from the computer. It opens your notes if you forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="31"/>
        <location filename="../safetyapp/ui/notes/report_export.py" line="33"/>
        <source>Make a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="36"/>
        <source>A report is a copy of this case that is NOT encrypted. It has personal information in it: the accounts, what happened and when. Anyone who opens the file can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="44"/>
        <source>Save it only where you need it, for example to give to the police, CEOP, the platform or your school&apos;s safeguarding lead. Delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="49"/>
        <source>PDF, for printing or sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="50"/>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="51"/>
        <source>Plain text, for copying into a form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="52"/>
        <source>Save the report as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="60"/>
        <source>Save the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="61"/>
        <source>Choose where to save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="64"/>
        <source>Cancel</source>
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
        <location filename="../safetyapp/ui/settings_page.py" line="55"/>
        <source>A new language is used from the next time you open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="58"/>
        <source>Where your information is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="60"/>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="61"/>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/settings_page.py" line="68"/>
        <source>Portable mode is on: everything stays in the app&apos;s own folder, so nothing is left on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="69"/>
        <source>Keep a private record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="73"/>
        <source>My notes is a safe place to write down what happened: the accounts that contacted you, what they asked for, and when. The police, CEOP, the apps and your school will ask for these details, and it is easy to forget them or lose them if a chat is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="82"/>
        <source>Words only: My notes never takes pictures or files. Keep any pictures where they are and don&apos;t forward them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="90"/>
        <source>Your notes are locked with a passphrase. Choose one that only you know, and that you will remember. Nobody else can read your notes without it, not even on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="95"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="95"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="100"/>
        <source>Create My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="123"/>
        <source>Setting up your notes. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCard</name>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="95"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="96"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="97"/>
        <source>Tick when you have done this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="101"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="102"/>
        <source>How to do it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="102"/>
        <source>Show how to do step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="122"/>
        <source>Read more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="122"/>
        <source>Read more about step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="33"/>
        <source>My notes is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="57"/>
        <source>Type your passphrase to open your notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="59"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="61"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="64"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="92"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="64"/>
        <source>Unlock My notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="69"/>
        <source>Use my recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="70"/>
        <source>I forgot my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="82"/>
        <source>Type the recovery code you were given when you set up My notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="84"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="87"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="115"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="117"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="92"/>
        <source>Unlock with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="94"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="129"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="94"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="129"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="109"/>
        <source>That&apos;s OK. Type your recovery code, then choose a new passphrase. Everything in your notes stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="121"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="121"/>
        <source>New passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="127"/>
        <source>Set the new passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="187"/>
        <source>Check the recovery code: it isn&apos;t complete or has a typing mistake.</source>
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
    <name>WizardPage</name>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="146"/>
        <source>What to do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="172"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="185"/>
        <location filename="../safetyapp/ui/wizard_page.py" line="288"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="186"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="188"/>
        <location filename="../safetyapp/ui/wizard_page.py" line="299"/>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="206"/>
        <source>Question %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="284"/>
        <source>Include my answers when printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="290"/>
        <source>Write down the account details now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="293"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="293"/>
        <source>Print the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="294"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="294"/>
        <source>Save the plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="297"/>
        <source>My action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/wizard_page.py" line="315"/>
        <source>Your plan</source>
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
    <message>
        <location filename="../safetyapp/ui/notes/dialogs.py" line="29"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="21"/>
        <source>A recovery code has only letters and numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="23"/>
        <source>Some characters are still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="25"/>
        <source>That&apos;s more characters than a recovery code has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="27"/>
        <source>There&apos;s a typing mistake in group %1 (groups are counted from the left).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
