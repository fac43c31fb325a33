<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccountCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="138"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="139"/>
        <source>Remove account %1</source>
        <translation>Usuń konto %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="143"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="152"/>
        <source>Platform or app</source>
        <translation>Platforma lub aplikacja</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="160"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="171"/>
        <source>Username or handle</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="161"/>
        <source>Exactly as it is shown, for example @name_123</source>
        <translation>Dokładnie tak, jak jest wyświetlana, na przykład @name_123</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="168"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="168"/>
        <source>Copy the username of account %1</source>
        <translation>Skopiuj nazwę użytkownika konta %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="179"/>
        <source>Display name</source>
        <translation>Wyświetlana nazwa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="180"/>
        <source>Profile link</source>
        <translation>Link do profilu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="181"/>
        <source>The web address of their profile, if you have it</source>
        <translation>Adres profilu w internecie, jeśli go masz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="182"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="182"/>
        <source>Notes about this account</source>
        <translation>Notatki o tym koncie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="192"/>
        <source>How do I find their username?</source>
        <translation>Jak znaleźć nazwę użytkownika tej osoby?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="194"/>
        <source>How do I find their username on %1?</source>
        <translation>Jak znaleźć nazwę użytkownika tej osoby w %1?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="203"/>
        <source>Copied. It will be cleared from the clipboard in 30 seconds.</source>
        <translation>Skopiowano. Za 30 sekund schowek zostanie wyczyszczony.</translation>
    </message>
</context>
<context>
    <name>AddressRows</name>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="26"/>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="30"/>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="49"/>
        <source>Open in browser</source>
        <translation>Otwórz w przeglądarce</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="53"/>
        <source>Needs an internet connection.</source>
        <translation>Potrzebne jest połączenie z internetem.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/address_rows.py" line="56"/>
        <source>Your organisation has turned off opening websites from this app. Copy the address instead.</source>
        <translation>Twoja organizacja wyłączyła otwieranie stron internetowych z tej aplikacji. Zamiast tego skopiuj adres.</translation>
    </message>
</context>
<context>
    <name>AdvicePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="116"/>
        <source>Advice</source>
        <translation>Porady</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="122"/>
        <location filename="../safetyapp/ui/pages/advice.py" line="123"/>
        <source>Search the advice</source>
        <translation>Szukaj w poradach</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="128"/>
        <source>Advice pages</source>
        <translation>Strony z poradami</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="144"/>
        <source>Advice page</source>
        <translation>Strona z poradą</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="156"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="156"/>
        <source>Print this page</source>
        <translation>Wydrukuj tę stronę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="157"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="157"/>
        <source>Save this page as a PDF</source>
        <translation>Zapisz tę stronę jako PDF</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="205"/>
        <location filename="../safetyapp/ui/pages/advice.py" line="239"/>
        <source>Guides for apps</source>
        <translation>Poradniki do aplikacji</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="228"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>Nic nie znaleziono. Spróbuj krótszego albo innego słowa.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="256"/>
        <source>For you</source>
        <translation>Dla ciebie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="264"/>
        <source>%1 (cannot be shown)</source>
        <translation>%1 (nie można wyświetlić)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="366"/>
        <source>Sorry, this page cannot be shown</source>
        <translation>Przepraszamy, nie można wyświetlić tej strony</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="368"/>
        <source>Something is wrong with this page&apos;s file. The rest of the app works as normal.</source>
        <translation>Coś jest nie tak z plikiem tej strony. Reszta aplikacji działa normalnie.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="382"/>
        <source>Last reviewed: %1</source>
        <translation>Ostatnio sprawdzono: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="384"/>
        <source>This page is not translated yet, so it is shown in English.</source>
        <translation>Ta strona nie jest jeszcze przetłumaczona, więc jest wyświetlana po angielsku.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/advice.py" line="386"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>To tłumaczenie jest wstępne: nie sprawdziła go jeszcze osoba, dla której polski jest językiem ojczystym.</translation>
    </message>
</context>
<context>
    <name>BackupSecretDialog</name>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="17"/>
        <source>Open this backup</source>
        <translation>Otwórz tę kopię zapasową</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="25"/>
        <source>Passphrase or recovery code from when the backup was made</source>
        <translation>Fraza dostępu lub kod odzyskiwania z czasu, gdy zrobiono kopię zapasową</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="28"/>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="29"/>
        <source>Open the backup</source>
        <translation>Otwórz kopię zapasową</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/secret_dialog.py" line="31"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="46"/>
        <source>Name of this case</source>
        <translation>Nazwa tej sprawy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="47"/>
        <source>A name to find it by, for example: Instagram, May</source>
        <translation>Nazwa, po której ją znajdziesz, na przykład: Instagram, maj</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="51"/>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="53"/>
        <source>Delete case…</source>
        <translation>Usuń sprawę…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="53"/>
        <source>Delete this case</source>
        <translation>Usuń tę sprawę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="59"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="60"/>
        <source>Parts of this case</source>
        <translation>Części tej sprawy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="65"/>
        <source>The accounts that contacted you or threatened you. Write the username exactly as it is shown: it is how the police and the apps find them.</source>
        <translation>Konta, które się z tobą skontaktowały albo ci groziły. Wpisz nazwę użytkownika dokładnie tak, jak jest wyświetlana: po niej policja i aplikacje mogą znaleźć te konta.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="68"/>
        <source>Add an account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="73"/>
        <source>Remove this account?</source>
        <translation>Usunąć to konto?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="74"/>
        <source>What you wrote about this account will be removed from this case.</source>
        <translation>Twoje notatki o tym koncie zostaną usunięte z tej sprawy.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="75"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="91"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="108"/>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="123"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="81"/>
        <source>Your own account where this is happening (for example on Snapchat or Instagram), and your username there. The police will ask for it, and so will the company that runs that app.</source>
        <translation>Twoje własne konto tam, gdzie to się dzieje (na przykład na Snapchacie albo Instagramie), i Twoja nazwa użytkownika. Zapyta o nie policja, a także firma, która prowadzi tę aplikację.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="84"/>
        <source>Add your account</source>
        <translation>Dodaj swoje konto</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="89"/>
        <source>Remove your account?</source>
        <translation>Usunąć Twoje konto?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="90"/>
        <source>What you wrote about your account will be removed from this case.</source>
        <translation>Twoje notatki o Twoim koncie zostaną usunięte z tej sprawy.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="98"/>
        <source>What they asked for, and how they wanted it paid. Don&apos;t pay: it usually leads to more demands. If something was paid, say so here: it is not your fault, and it helps the police.</source>
        <translation>Czego żądali i jak chcieli dostać zapłatę. Nie płać: zwykle prowadzi to do kolejnych żądań. Jeśli coś zostało zapłacone, zapisz to tutaj: to nie Twoja wina, a pomoże to policji.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="114"/>
        <source>Who you have told or reported it to: CEOP, the police, the app they used, your school. Add each one.</source>
        <translation>Komu już o tym powiedziano albo gdzie to zgłoszono: CEOP, policja, aplikacja, której użyli, twoja szkoła. Dodaj każde zgłoszenie osobno.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="148"/>
        <source>Their accounts</source>
        <translation>Ich konta</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="148"/>
        <source>Their accounts (%1)</source>
        <translation>Ich konta (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="149"/>
        <source>Your accounts</source>
        <translation>Twoje konta</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="149"/>
        <source>Your accounts (%1)</source>
        <translation>Twoje konta (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="101"/>
        <source>Add a demand</source>
        <translation>Dodaj żądanie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="106"/>
        <source>Remove this demand?</source>
        <translation>Usunąć to żądanie?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="107"/>
        <source>What you wrote about this demand will be removed from this case.</source>
        <translation>Twoje notatki o tym żądaniu zostaną usunięte z tej sprawy.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="116"/>
        <source>Add a report</source>
        <translation>Dodaj zgłoszenie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="121"/>
        <source>Remove this report?</source>
        <translation>Usunąć to zgłoszenie?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="122"/>
        <source>What you wrote about this report will be removed from this case.</source>
        <translation>Twoje notatki o tym zgłoszeniu zostaną usunięte z tej sprawy.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="129"/>
        <source>Anything else you want to remember. Words only: never pictures.</source>
        <translation>Wszystko inne, co chcesz zapamiętać. Tylko słowa, nigdy zdjęcia.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="131"/>
        <source>Other notes about this case</source>
        <translation>Inne notatki o tej sprawie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="150"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="150"/>
        <source>Timeline (%1)</source>
        <translation>Oś czasu (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="151"/>
        <source>Demands</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="151"/>
        <source>Demands (%1)</source>
        <translation>Żądania (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="152"/>
        <source>Reports made</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="152"/>
        <source>Reports made (%1)</source>
        <translation>Zgłoszenia (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_editor.py" line="156"/>
        <source>Other notes</source>
        <translation>Inne notatki</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_list.py" line="27"/>
        <source>Untitled case</source>
        <translation>Sprawa bez nazwy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_list.py" line="36"/>
        <source>Changed %1</source>
        <translation>Zmieniono: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="45"/>
        <source>New case</source>
        <translation>Nowa sprawa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="45"/>
        <source>Start a new case</source>
        <translation>Rozpocznij nową sprawę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="50"/>
        <source>Cases</source>
        <translation>Sprawy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="68"/>
        <source>Nothing written yet</source>
        <translation>Na razie nic tu nie ma</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="72"/>
        <source>Press New case to start. A case is one thing that happened, with everything about it in one place. Write down the accounts that contacted you, what they asked for, and when it happened. It&apos;s OK to start small and add more later.</source>
        <translation>Naciśnij „Nowa sprawa”, żeby zacząć. Sprawa to jedna rzecz, która się wydarzyła, i wszystko o niej w jednym miejscu. Zapisz konta, które się z tobą skontaktowały, czego chciały i kiedy to się stało. Możesz zacząć od kilku rzeczy i dopisać więcej później.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="140"/>
        <source>Delete this case?</source>
        <translation>Usunąć tę sprawę?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="142"/>
        <source>Everything in this case will be deleted: its accounts, timeline, demands and reports. You can&apos;t undo this.</source>
        <translation>Wszystko w tej sprawie zostanie usunięte: konta, oś czasu, żądania i zgłoszenia. Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/case_view.py" line="145"/>
        <source>Delete case</source>
        <translation>Usuń sprawę</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="58"/>
        <source>Who it is for: %1</source>
        <translation>Dla kogo: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="59"/>
        <source>When: %1</source>
        <translation>Kiedy: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="63"/>
        <source>Where: %1 only</source>
        <translation>Gdzie: tylko %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="66"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="66"/>
        <source>Copy the phone number of %1</source>
        <translation>Skopiuj numer telefonu: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="67"/>
        <source>Text: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="67"/>
        <source>Copy the text number of %1</source>
        <translation>Skopiuj numer do SMS-ów: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="68"/>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="68"/>
        <source>Copy the email address of %1</source>
        <translation>Skopiuj adres e-mail: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="78"/>
        <source>Web: %1</source>
        <translation>Strona: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="80"/>
        <source>Copy the web address of %1</source>
        <translation>Skopiuj adres strony: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="84"/>
        <source>Open the website of %1 in your browser</source>
        <translation>Otwórz stronę w przeglądarce: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="88"/>
        <source>Details checked: %1</source>
        <translation>Dane sprawdzono: %1</translation>
    </message>
</context>
<context>
    <name>ContactLines</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="35"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="35"/>
        <source>Details and copy buttons for %1</source>
        <translation>Szczegóły i przyciski kopiowania: %1</translation>
    </message>
</context>
<context>
    <name>ContactText</name>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="19"/>
        <source>Checked on %1, more than a year ago: these details may have changed, so check the service&apos;s website.</source>
        <translation>Sprawdzono %1, ponad rok temu: te dane mogły się zmienić, więc sprawdź je na stronie internetowej tej służby.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="32"/>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="34"/>
        <source>Text: %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="36"/>
        <source>Email: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/contact_text.py" line="38"/>
        <source>Web: %1</source>
        <translation>Strona: %1</translation>
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
        <translation>Ten plik nie jest aktualizacją porad Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="26"/>
        <source>That file is too large to be an update for Safety Companion&apos;s advice.</source>
        <translation>Ten plik jest za duży, żeby był aktualizacją porad Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="29"/>
        <source>That update file is damaged. Ask for a new copy.</source>
        <translation>Ten plik aktualizacji jest uszkodzony. Poproś o nową kopię.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="30"/>
        <source>That update is not signed, so it cannot be trusted. Ask for a new copy.</source>
        <translation>Ta aktualizacja nie jest podpisana, więc nie można jej ufać. Poproś o nową kopię.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="33"/>
        <source>That update was not signed by the people who make Safety Companion, so it cannot be trusted.</source>
        <translation>Tej aktualizacji nie podpisali twórcy Safety Companion, więc nie można jej ufać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="37"/>
        <source>That update was changed after it was signed, so it cannot be trusted. Ask for a new copy.</source>
        <translation>Ta aktualizacja została zmieniona po podpisaniu, więc nie można jej ufać. Poproś o nową kopię.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="41"/>
        <source>That update is older than the advice you already have.</source>
        <translation>Ta aktualizacja jest starsza niż porady, które już masz.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="42"/>
        <source>That update is already in use.</source>
        <translation>Ta aktualizacja jest już używana.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="43"/>
        <source>That update was made for another version of Safety Companion.</source>
        <translation>Ta aktualizacja jest przeznaczona dla innej wersji Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="44"/>
        <source>That update did not pass this app&apos;s checks, so it was not used.</source>
        <translation>Ta aktualizacja nie przeszła sprawdzenia w aplikacji, więc nie została użyta.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="45"/>
        <source>The update could not be saved on this computer. Check that there is free space.</source>
        <translation>Nie udało się zapisać aktualizacji na tym komputerze. Sprawdź, czy jest wolne miejsce.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="49"/>
        <source>%1 Your advice has not changed.</source>
        <translation>%1 Twoje porady się nie zmieniły.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="54"/>
        <source>You are using the advice and phone numbers that came with this version of Safety Companion.</source>
        <translation>Używasz porad i numerów telefonów dołączonych do tej wersji aplikacji.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="62"/>
        <source>Advice updated %1 (update %2).</source>
        <translation>Porady zaktualizowane %1 (aktualizacja %2).</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="73"/>
        <source>Advice and phone numbers</source>
        <translation>Porady i numery telefonów</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="77"/>
        <source>Update the advice from a file...</source>
        <translation>Zaktualizuj porady z pliku...</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="80"/>
        <source>Go back to the advice that came with this app</source>
        <translation>Wróć do porad dołączonych do aplikacji</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="110"/>
        <source>Update the advice from a file</source>
        <translation>Zaktualizuj porady z pliku</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="111"/>
        <source>Advice updates (*.scpack)</source>
        <translation>Aktualizacje porad (*.scpack)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="137"/>
        <source>Done. %1</source>
        <translation>Gotowe. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/content_updates.py" line="150"/>
        <source>Done. You are using the advice that came with this app again.</source>
        <translation>Gotowe. Znowu używasz porad dołączonych do aplikacji.</translation>
    </message>
</context>
<context>
    <name>DemandCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="214"/>
        <source>Demand %1</source>
        <translation>Żądanie %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="214"/>
        <source>Remove demand %1</source>
        <translation>Usuń żądanie %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="215"/>
        <source>Amount they asked for, with its currency</source>
        <translation>Kwota, której żądali, z walutą</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="216"/>
        <source>For example £100, 50 USD, or €20 a week</source>
        <translation>Na przykład 100 £, 50 USD albo 20 € tygodniowo</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="221"/>
        <source>Amount asked for</source>
        <translation>Żądana kwota</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="222"/>
        <source>How they wanted it paid</source>
        <translation>Jak chcieli dostać zapłatę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="224"/>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="225"/>
        <source>Payment details they gave</source>
        <translation>Podane przez nich dane do płatności</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="228"/>
        <source>For example an account number, a wallet address or a gift card type</source>
        <translation>Na przykład numer konta, adres portfela albo rodzaj karty podarunkowej</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="230"/>
        <source>Was anything paid?</source>
        <translation>Czy coś zostało zapłacone?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="233"/>
        <source>Amount paid</source>
        <translation>Zapłacona kwota</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="234"/>
        <source>Amount paid, with its currency</source>
        <translation>Zapłacona kwota, z walutą</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="237"/>
        <source>For example £100</source>
        <translation>Na przykład 100 £</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="238"/>
        <source>How it was paid</source>
        <translation>Jak zapłacono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="239"/>
        <source>When it was paid, in this computer&apos;s time</source>
        <translation>Kiedy zapłacono, według zegara tego komputera</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="243"/>
        <source>When it was paid</source>
        <translation>Kiedy zapłacono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="245"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="245"/>
        <source>Notes about this demand</source>
        <translation>Notatki o tym żądaniu</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="65"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../safetyapp/ui/kit/file_dialogs.py" line="132"/>
        <source>Choose another place</source>
        <translation>Wybierz inne miejsce</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/file_dialogs.py" line="133"/>
        <source>That folder is where Safety Companion keeps its own files. Save it somewhere else, such as Documents or a USB stick.</source>
        <translation>W tym folderze Safety Companion trzyma swoje własne pliki. Zapisz to gdzie indziej, na przykład w Dokumentach albo na pendrivie.</translation>
    </message>
</context>
<context>
    <name>GuidePicker</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="50"/>
        <source>Which app is it on? We can show you how to block and report there.</source>
        <translation>W jakiej aplikacji to się dzieje? Pokażemy ci, jak tam zablokować i zgłosić konto.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="53"/>
        <source>Which app is it on? (you can skip this)</source>
        <translation>W jakiej aplikacji to się dzieje? (możesz to pominąć)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="57"/>
        <source>Choose an app (you can skip this)</source>
        <translation>Wybierz aplikację (możesz to pominąć)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="60"/>
        <source>Show the guide</source>
        <translation>Pokaż poradnik</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="60"/>
        <source>Show the guide for the app you chose</source>
        <translation>Pokaż poradnik do wybranej aplikacji</translation>
    </message>
</context>
<context>
    <name>Guides</name>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="27"/>
        <source>Find their username</source>
        <translation>Znajdź nazwę użytkownika</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="28"/>
        <source>Keep the chat</source>
        <translation>Zachowaj czat</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="29"/>
        <source>Block them</source>
        <translation>Zablokuj tę osobę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="30"/>
        <source>Report them</source>
        <translation>Zgłoś tę osobę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="31"/>
        <source>Hide your friends and followers</source>
        <translation>Ukryj swoich znajomych i obserwujących</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="32"/>
        <source>Switch your account off for a while</source>
        <translation>Wyłącz swoje konto na jakiś czas</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="42"/>
        <source>Apps change their menus. If a step does not look like this, look for a menu with three dots, a gear or a flag, on their profile or in your settings, and for the words in quotes.</source>
        <translation>Aplikacje zmieniają swoje menu. Jeśli jakiś krok wygląda inaczej, poszukaj menu z trzema kropkami, kołem zębatym lub flagą na profilu tej osoby albo w swoich ustawieniach, a także słów podanych w cudzysłowie.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="61"/>
        <source>These steps were checked on %1, more than a year ago, and menus change: if a step does not match, look for the same words in its menus or its own help pages.</source>
        <translation>Te kroki sprawdzono %1, ponad rok temu, a menu się zmieniają: jeśli jakiś krok się nie zgadza, poszukaj tych samych słów w menu aplikacji lub na jej stronach pomocy.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="68"/>
        <source>Steps checked: %1</source>
        <translation>Kroki sprawdzono: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="92"/>
        <source>This guide is not translated yet, so it is shown in English.</source>
        <translation>Ten poradnik nie jest jeszcze przetłumaczony, więc jest wyświetlany po angielsku.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="98"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>To tłumaczenie jest wstępne: nie sprawdziła go jeszcze osoba, dla której polski jest językiem ojczystym.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="106"/>
        <source>%1&apos;s own help: %2</source>
        <translation>Pomoc %1: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="108"/>
        <source>Copy the address of %1&apos;s own help</source>
        <translation>Skopiuj adres pomocy %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="114"/>
        <source>Open %1&apos;s own help in your browser</source>
        <translation>Otwórz pomoc %1 w przeglądarce</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="123"/>
        <source>If your report is not acted on, %1 can help.</source>
        <translation>Jeśli nikt nie zajmie się twoim zgłoszeniem, może pomóc %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="131"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/guide_view.py" line="132"/>
        <source>Details and copy buttons for %1</source>
        <translation>Szczegóły i przyciski kopiowania: %1</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="106"/>
        <location filename="../safetyapp/ui/pages/help.py" line="167"/>
        <source>Get help</source>
        <translation>Uzyskaj pomoc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="112"/>
        <source>You do not have to deal with this alone. These services are free and used to helping with exactly this. If anyone is in danger right now, call %1.</source>
        <translation>Nie musisz radzić sobie z tym w pojedynkę. Te miejsca pomocy są bezpłatne i na co dzień pomagają właśnie w takich sprawach. Jeśli komuś grozi teraz niebezpieczeństwo, zadzwoń pod numer %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="122"/>
        <source>The descriptions of these services are not translated yet, so they are shown in English.</source>
        <translation>Opisy tych miejsc pomocy nie są jeszcze przetłumaczone, dlatego są po angielsku.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="126"/>
        <source>Show services for everyone</source>
        <translation>Pokaż miejsca pomocy dla wszystkich</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="135"/>
        <source>Services you can contact</source>
        <translation>Miejsca pomocy, z którymi możesz się skontaktować</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="144"/>
        <location filename="../safetyapp/ui/pages/help.py" line="159"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="162"/>
        <source>Shift three times, or Esc twice</source>
        <translation>Trzy razy Shift albo dwa razy Esc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="162"/>
        <source>Quick exit: close the app at once</source>
        <translation>Szybkie wyjście: natychmiast zamyka aplikację</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="164"/>
        <source>%1 to %2</source>
        <translation>od %1 do %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="165"/>
        <source>Go to Home, Advice, What to do now, My notes, Get help, Settings</source>
        <translation>Przejście do sekcji: Start, Porady, Co robić teraz, Moje notatki, Pomoc, Ustawienia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="168"/>
        <source>Search the advice</source>
        <translation>Wyszukiwanie w poradach</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="169"/>
        <source>Print the page or plan you are reading</source>
        <translation>Drukowanie strony lub planu, który czytasz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="170"/>
        <source>Lock My notes</source>
        <translation>Zablokowanie Moich notatek</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="171"/>
        <source>Tab and Shift+Tab</source>
        <translation>Tab i Shift+Tab</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="171"/>
        <source>Move between buttons and boxes</source>
        <translation>Przechodzenie między przyciskami i polami</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="172"/>
        <source>Up and Down arrows</source>
        <translation>Strzałki w górę i w dół</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="172"/>
        <source>Move through the sections, answers and lists</source>
        <translation>Przechodzenie po sekcjach, odpowiedziach i listach</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="173"/>
        <source>Enter or Space</source>
        <translation>Enter lub spacja</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="173"/>
        <source>Press the button or choose the answer that has the focus</source>
        <translation>Naciśnięcie zaznaczonego przycisku lub wybór zaznaczonej odpowiedzi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="184"/>
        <source>Showing services for: %1</source>
        <translation>Miejsca pomocy dla: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="37"/>
        <source>You are not alone</source>
        <translation>Nie musisz przechodzić przez to w pojedynkę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="48"/>
        <source>Something has happened</source>
        <translation>Coś się stało</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="49"/>
        <source>Answer a few questions and get a step-by-step plan</source>
        <translation>Odpowiedz na kilka pytań i dostań plan krok po kroku</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="51"/>
        <source>Learn about it</source>
        <translation>Dowiedz się więcej</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="51"/>
        <source>Read clear advice, written for you</source>
        <translation>Przeczytaj jasne porady, napisane dla ciebie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="52"/>
        <source>Get help now</source>
        <translation>Uzyskaj pomoc teraz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="52"/>
        <source>People you can phone, text or contact online</source>
        <translation>Ludzie, do których możesz zadzwonić, napisać SMS-a albo odezwać się przez internet</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="61"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="61"/>
        <source>Change who you are</source>
        <translation>Zmień, kim jesteś</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="69"/>
        <source>Start here</source>
        <translation>Zacznij tutaj</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="89"/>
        <source>Showing advice for: %1</source>
        <translation>Porady dla: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="40"/>
        <source>Whatever has happened, it can be sorted out, and there are people whose job is to help.</source>
        <translation>Cokolwiek się stało, da się to rozwiązać. Są ludzie, których zadaniem jest pomagać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="100"/>
        <source>Do these things now</source>
        <translation>Zrób teraz te rzeczy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="104"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="113"/>
        <source>You can talk to %1 about anything, free: %2</source>
        <translation>Możesz porozmawiać z %1 o wszystkim, za darmo: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="124"/>
        <source>Tell your Designated Safeguarding Lead (DSL) now, and follow your child protection policy.</source>
        <translation>Powiedz teraz osobie wyznaczonej do ochrony dzieci (Designated Safeguarding Lead, DSL) i postępuj zgodnie z polityką ochrony dzieci.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="125"/>
        <source>Never look at, copy or ask for the image. Leave that to the DSL.</source>
        <translation>Nigdy nie oglądaj, nie kopiuj i nie proś o to zdjęcie. Zostaw to DSL.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="126"/>
        <source>Tell the young person they are not in trouble, and that you will get them help.</source>
        <translation>Powiedz młodej osobie, że nie ma kłopotów i że załatwisz jej pomoc.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="130"/>
        <source>Do not pay, and help your child not to pay or send anything more.</source>
        <translation>Nie płać i pomóż dziecku, żeby nie płaciło ani nie wysyłało niczego więcej.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="131"/>
        <source>Stop replying to the person who is doing this.</source>
        <translation>Przestań odpowiadać osobie, która to robi.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="132"/>
        <source>Do not delete the messages or the account details. They are evidence.</source>
        <translation>Nie usuwaj wiadomości ani danych konta. To są dowody.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="133"/>
        <source>Tell someone who can help: the police, or the CEOP Safety Centre for under-18s.</source>
        <translation>Powiedz komuś, kto może pomóc: policji albo CEOP Safety Centre (dla osób poniżej 18 lat).</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="134"/>
        <source>Listen to your child calmly. It is not their fault.</source>
        <translation>Spokojnie wysłuchaj dziecka. To nie jego wina.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="138"/>
        <location filename="../safetyapp/ui/pages/home.py" line="144"/>
        <source>Do not pay, and do not send anything more.</source>
        <translation>Nie płać i nie wysyłaj niczego więcej.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="139"/>
        <source>Stop replying to them.</source>
        <translation>Przestań im odpowiadać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="140"/>
        <source>Do not delete the messages or their account details. They are evidence.</source>
        <translation>Nie usuwaj wiadomości ani danych ich konta. To są dowody.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="141"/>
        <source>Tell someone you trust, and report it to the police.</source>
        <translation>Powiedz komuś, komu ufasz, i zgłoś to na policję.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="145"/>
        <source>Stop replying to them. You do not have to answer.</source>
        <translation>Przestań im odpowiadać. Nie musisz odpisywać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="146"/>
        <source>Do not delete the chat or their account. It helps the police find them.</source>
        <translation>Nie usuwaj czatu ani ich konta. To pomaga policji ich znaleźć.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/home.py" line="147"/>
        <source>Tell an adult you trust. You are not in trouble.</source>
        <translation>Powiedz dorosłemu, któremu ufasz. Nie masz kłopotów.</translation>
    </message>
</context>
<context>
    <name>KeyringChoice</name>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="28"/>
        <source>Unlock automatically on this computer</source>
        <translation>Odblokowuj automatycznie na tym komputerze</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="30"/>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="60"/>
        <source>What is this?</source>
        <translation>Co to jest?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="30"/>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="61"/>
        <source>What is unlocking automatically?</source>
        <translation>Czym jest automatyczne odblokowywanie?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="36"/>
        <source>Then you won&apos;t need to type your passphrase on this computer: its keyring, the safe place where it keeps saved passwords, opens My notes for you. But anyone who can log in to this computer as you could then open your notes. Leave it off if you share this computer account.</source>
        <translation>Wtedy nie trzeba będzie wpisywać frazy dostępu na tym komputerze: magazyn haseł, czyli bezpieczne miejsce, w którym komputer przechowuje zapisane dane logowania, otworzy Moje notatki za ciebie. Ale każdy, kto może zalogować się na tym komputerze jako ty, mógłby wtedy otworzyć twoje notatki. Nie włączaj tego, jeśli z kimś dzielisz to konto użytkownika.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="43"/>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Sprawdzanie magazynu haseł na tym komputerze…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="68"/>
        <source>Why is this off?</source>
        <translation>Dlaczego wyłączone?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="69"/>
        <source>Why is unlocking automatically off?</source>
        <translation>Dlaczego automatyczne odblokowywanie jest wyłączone?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="64"/>
        <source>So this option is off. Your passphrase always works.</source>
        <translation>Dlatego ta opcja jest wyłączona. Twoja fraza dostępu zawsze działa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="140"/>
        <location filename="../safetyapp/ui/app/main_window.py" line="250"/>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="151"/>
        <source>Page</source>
        <translation>Strona</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="169"/>
        <source>Home</source>
        <translation>Strona główna</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="170"/>
        <source>Advice</source>
        <translation>Porady</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="171"/>
        <source>What to do now</source>
        <translation>Co robić teraz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="172"/>
        <source>My notes</source>
        <translation>Moje notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="173"/>
        <source>Get help</source>
        <translation>Uzyskaj pomoc</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="174"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="201"/>
        <source>In danger right now? Call %1.</source>
        <translation>Grozi ci teraz niebezpieczeństwo? Zadzwoń pod numer %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="203"/>
        <source>Or press Shift three times</source>
        <translation>Albo naciśnij trzy razy Shift</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="204"/>
        <location filename="../safetyapp/ui/app/main_window.py" line="205"/>
        <source>Quick exit</source>
        <translation>Szybkie wyjście</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="207"/>
        <source>Closes the app at once. Shortcut: press Shift three times, or Esc twice.</source>
        <translation>Od razu zamyka aplikację. Skrót: naciśnij trzy razy Shift albo dwa razy Esc.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/main_window.py" line="454"/>
        <source>Your organisation has turned off My notes on this computer. Everything else works as normal.</source>
        <translation>Twoja organizacja wyłączyła Moje notatki na tym komputerze. Wszystko inne działa normalnie.</translation>
    </message>
</context>
<context>
    <name>NotesBackup</name>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="32"/>
        <source>Safety Companion backups (*.scv)</source>
        <translation>Kopie zapasowe Safety Companion (*.scv)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="42"/>
        <source>A backup can&apos;t go in the same place as My notes itself. Choose another place, such as a USB stick.</source>
        <translation>Kopii zapasowej nie można zapisać w tym samym miejscu co Moje notatki. Wybierz inne miejsce, na przykład pendrive.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="47"/>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="52"/>
        <source>The backup could not be saved. %1</source>
        <translation>Nie udało się zapisać kopii zapasowej. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="49"/>
        <source>The backup could not be made. %1</source>
        <translation>Nie udało się utworzyć kopii zapasowej. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="54"/>
        <source>Backup saved as %1. It is encrypted: it opens with the passphrase or recovery code you have now.</source>
        <translation>Kopia zapasowa została zapisana jako %1. Jest zaszyfrowana: otworzysz ją swoją obecną frazą dostępu lub kodem odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="66"/>
        <source>This backup has been changed by something other than Safety Companion, so it cannot be trusted and was not restored. Nothing has been changed.</source>
        <translation>Ta kopia zapasowa została zmieniona przez coś innego niż Safety Companion. Nie można jej ufać, więc nie została przywrócona. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="72"/>
        <source>This backup was made by a newer version of Safety Companion, so this version can&apos;t restore it. Update Safety Companion, then try again. Nothing has been changed.</source>
        <translation>Ta kopia zapasowa została utworzona w nowszej wersji Safety Companion, więc ta wersja nie może jej przywrócić. Zaktualizuj Safety Companion i spróbuj ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="78"/>
        <source>This file is damaged, or it is not a Safety Companion backup. Nothing has been changed.</source>
        <translation>Ten plik jest uszkodzony albo nie jest kopią zapasową Safety Companion. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="82"/>
        <source>This file could not be read. Nothing has been changed.</source>
        <translation>Nie udało się odczytać tego pliku. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="87"/>
        <source>This backup was made with a different passphrase. Type the passphrase or recovery code you had then.</source>
        <translation>Ta kopia zapasowa została zrobiona z inną frazą dostępu. Wpisz frazę dostępu lub kod odzyskiwania z tamtego czasu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="96"/>
        <source>Check the recovery code: it has a typing mistake.</source>
        <translation>Sprawdź kod odzyskiwania: jest w nim literówka.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="97"/>
        <source>That didn&apos;t open this backup. Check it, and check Caps Lock, then try again, or press Cancel.</source>
        <translation>To nie otworzyło tej kopii zapasowej. Sprawdź, co wpisano, sprawdź też Caps Lock i spróbuj ponownie albo naciśnij Anuluj.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="105"/>
        <source>Your notes now are kept as a copy from before the restore, so they are not lost.</source>
        <translation>Twoje obecne notatki zostaną zachowane jako kopia sprzed przywrócenia, więc nie przepadną.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="110"/>
        <source>This backup was saved on %1. It is a backup of other notes, not of the notes open now.</source>
        <translation>Ta kopia zapasowa została zapisana %1. To kopia innych notatek, nie tych, które są teraz otwarte.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="115"/>
        <source>This backup of your notes was saved on %1. Saves made since then: %2.</source>
        <translation>Ta kopia zapasowa twoich notatek została zapisana %1. Liczba zapisów od tamtej pory: %2.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="117"/>
        <source>This backup of your notes was saved on %1 and is newer than your notes now. Saves it has that your notes do not: %2.</source>
        <translation>Ta kopia zapasowa twoich notatek została zapisana %1 i jest nowsza niż twoje obecne notatki. Liczba zapisów, które ma, a których nie mają twoje notatki: %2.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="123"/>
        <source>This backup of your notes was saved on %1. It is the same as your notes now.</source>
        <translation>Ta kopia zapasowa twoich notatek została zapisana %1. Jest taka sama jak twoje obecne notatki.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="125"/>
        <source>Your notes will be replaced by what is in the backup.</source>
        <translation>Twoje notatki zostaną zastąpione tym, co jest w kopii zapasowej.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="129"/>
        <source>The backup has been restored. Keep using the passphrase and recovery code you have now: they still open your notes.</source>
        <translation>Kopia zapasowa została przywrócona. Używaj dalej frazy dostępu i kodu odzyskiwania, które masz teraz: nadal otwierają twoje notatki.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="139"/>
        <source>Your latest changes could not be saved, so the backup was not restored.</source>
        <translation>Nie udało się zapisać ostatnich zmian, więc kopia zapasowa nie została przywrócona.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="141"/>
        <source>The backup could not be restored. %1</source>
        <translation>Nie udało się przywrócić kopii zapasowej. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/backup_actions.py" line="142"/>
        <source>The backup could not be restored.</source>
        <translation>Nie udało się przywrócić kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>NotesDialogs</name>
    <message>
        <location filename="../safetyapp/ui/notes/dialogs.py" line="27"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>NotesFields</name>
    <message>
        <location filename="../safetyapp/ui/notes/fields.py" line="46"/>
        <source>Pictures and files can&apos;t be added to My notes. That&apos;s on purpose, to keep you safe. Leave the picture where it is: don&apos;t copy, save or forward it. Tell the police, CEOP or your school&apos;s safeguarding lead that it exists, and they will know what to do.</source>
        <translation>Do Moich notatek nie można dodawać zdjęć ani plików. Tak jest celowo, dla twojego bezpieczeństwa. Zostaw zdjęcie tam, gdzie jest: nie kopiuj go, nie zapisuj i nie przesyłaj dalej. Powiedz policji, CEOP albo osobie w szkole, która odpowiada za bezpieczeństwo uczniów, że takie zdjęcie istnieje. Oni będą wiedzieć, co zrobić.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/fields.py" line="53"/>
        <source>This box is full: it holds up to %1 characters. You can add another entry for more.</source>
        <translation>To pole jest pełne: mieści najwyżej %1 znaków. Jeśli chcesz napisać więcej, dodaj kolejny wpis.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="120"/>
        <source>My notes</source>
        <translation>Moje notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="140"/>
        <source>Opening My notes…</source>
        <translation>Otwieranie Moich notatek…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="227"/>
        <source>You are opening an earlier copy of your notes. Open it with the passphrase you had then.</source>
        <translation>Otwierasz wcześniejszą kopię swoich notatek. Otwórz ją frazą dostępu, która obowiązywała w tamtym czasie.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="252"/>
        <source>My notes could not be set up. %1</source>
        <translation>Nie udało się przygotować Moich notatek. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="282"/>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="288"/>
        <source>Opening your notes…</source>
        <translation>Otwieranie twoich notatek…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="294"/>
        <source>Setting your new passphrase…</source>
        <translation>Ustawianie nowej frazy dostępu…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="300"/>
        <source>Opening with this computer&apos;s keyring…</source>
        <translation>Otwieranie za pomocą magazynu haseł tego komputera…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="25"/>
        <source>That passphrase didn&apos;t open My notes. Check it, and check Caps Lock, then try again. Nothing has been changed.</source>
        <translation>Ta fraza dostępu nie otworzyła Moich notatek. Sprawdź je, sprawdź też Caps Lock i spróbuj ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="30"/>
        <source>That recovery code didn&apos;t open My notes. Check it and try again. Nothing has been changed.</source>
        <translation>Ten kod odzyskiwania nie otworzył Moich notatek. Sprawdź go i spróbuj ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="34"/>
        <source>Check the recovery code: it has a typing mistake.</source>
        <translation>Sprawdź kod odzyskiwania: jest w nim literówka.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="37"/>
        <source>This computer&apos;s keyring has no key for My notes. Use your passphrase.</source>
        <translation>W magazynie haseł tego komputera nie ma klucza do Moich notatek. Użyj frazy dostępu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="38"/>
        <source>Use your passphrase instead.</source>
        <translation>Zamiast tego użyj frazy dostępu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="40"/>
        <source>That way of opening isn&apos;t set up for these notes. Use your passphrase.</source>
        <translation>Ten sposób otwierania nie jest ustawiony dla tych notatek. Użyj frazy dostępu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="43"/>
        <source>Your new passphrase could not be saved. %1</source>
        <translation>Nie udało się zapisać nowej frazy dostępu. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="44"/>
        <source>My notes could not be opened. Nothing has been changed.</source>
        <translation>Nie udało się otworzyć Moich notatek. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="370"/>
        <source>These are your notes as they were saved on %1. They are now your current notes; the damaged file has been kept as an earlier copy.</source>
        <translation>To są twoje notatki w wersji zapisanej %1. Teraz są to twoje bieżące notatki, a uszkodzony plik został zachowany jako wcześniejsza kopia.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="66"/>
        <source>Some text looks like a picture, and My notes never keeps pictures.</source>
        <translation>Część tekstu wygląda na zdjęcie, a Moje notatki nigdy nie przechowują zdjęć.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="67"/>
        <source>Something went wrong in Safety Companion.</source>
        <translation>Coś poszło nie tak w Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="422"/>
        <source>Lock without saving?</source>
        <translation>Zablokować bez zapisywania?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="424"/>
        <source>Your latest changes could not be saved. If you lock now, they will be lost. You can keep My notes open and try again in a moment.</source>
        <translation>Nie udało się zapisać ostatnich zmian. Jeśli teraz zablokujesz notatki, te zmiany przepadną. Możesz zostawić Moje notatki otwarte i za chwilę spróbować ponownie.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notes_page.py" line="427"/>
        <source>Lock anyway</source>
        <translation>Zablokuj mimo to</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="148"/>
        <source>My notes locked itself after a minute without use.</source>
        <translation>Moje notatki zablokowały się po minucie bez używania.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="151"/>
        <source>My notes locked when the computer went to sleep.</source>
        <translation>Moje notatki zablokowały się, gdy komputer przeszedł w stan uśpienia.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="153"/>
        <source>My notes locked when the screen was locked.</source>
        <translation>Moje notatki zablokowały się, gdy ekran został zablokowany.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="64"/>
        <location filename="../safetyapp/ui/notes/page_words.py" line="74"/>
        <source>Your notes could not be saved, so this was not changed.</source>
        <translation>Nie udało się zapisać twoich notatek, więc tego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="80"/>
        <source>Get a new recovery code?</source>
        <translation>Utworzyć nowy kod odzyskiwania?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="81"/>
        <source>Your old recovery code will stop opening your notes, and the earlier copies it opens will be removed. Backups you made before still open with the old code.</source>
        <translation>Twój stary kod odzyskiwania przestanie otwierać twoje notatki, a wcześniejsze kopie, które otwiera, zostaną usunięte. Kopie zapasowe zrobione wcześniej nadal będą się otwierać starym kodem.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="86"/>
        <source>Get a new code</source>
        <translation>Utwórz nowy kod</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="75"/>
        <source>This could not be changed. %1</source>
        <translation>Nie udało się tego zmienić. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="84"/>
        <source>The key left in the keyring no longer opens your notes.</source>
        <translation>Klucz, który został w magazynie haseł, nie otwiera już twoich notatek.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="87"/>
        <source>My notes will open without your passphrase on this computer account.</source>
        <translation>Moje notatki będą się otwierać bez frazy dostępu na tym koncie użytkownika.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/key_actions.py" line="61"/>
        <source>Changing your passphrase…</source>
        <translation>Zmienianie frazy dostępu…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="97"/>
        <source>Your passphrase was not changed. %1</source>
        <translation>Fraza dostępu nie została zmieniona. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="105"/>
        <source>Your passphrase was not changed.</source>
        <translation>Fraza dostępu nie została zmieniona.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="49"/>
        <source>The key in this computer&apos;s keyring didn&apos;t open My notes. It may be an old key, or one for other notes. Type your passphrase instead. Nothing has been changed.</source>
        <translation>Klucz z magazynu haseł tego komputera nie otworzył Moich notatek. Może to stary klucz albo klucz do innych notatek. Wpisz zamiast tego frazę dostępu. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="88"/>
        <source>My notes will ask for your passphrase again. The key that was in the keyring no longer opens your notes, and the earlier copies it opened were removed.</source>
        <translation>Moje notatki znowu będą prosić o frazę dostępu. Klucz, który był w magazynie haseł, nie otwiera już twoich notatek, a wcześniejsze kopie, które otwierał, zostały usunięte.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="99"/>
        <source>Your passphrase has been changed. Use the new one from now on. The old one no longer opens your notes, and the earlier copies it opened were removed. Backups you made before still open with the old passphrase.</source>
        <translation>Fraza dostępu została zmieniona. Od teraz używaj nowej. Stara nie otwiera już twoich notatek, a wcześniejsze kopie, które otwierała, zostały usunięte. Kopie zapasowe zrobione wcześniej nadal otwierają się starą frazą dostępu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="111"/>
        <source>These are not the notes Safety Companion last opened on this computer. Someone may have put a different notes file in their place. If these are not your notes, restore yours from a backup in Backups and settings.</source>
        <translation>To nie są notatki, które Safety Companion ostatnio otworzył na tym komputerze. Ktoś mógł podłożyć w ich miejsce inny plik notatek. Jeśli to nie są twoje notatki, przywróć swoje z kopii zapasowej w sekcji Kopie zapasowe i ustawienia.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="118"/>
        <source>These notes are older than the ones Safety Companion last saved on this computer. Number of saves missing: %1. Someone may have put an older copy in their place. If you have a backup, you can restore it in Backups and settings.</source>
        <translation>Te notatki są starsze niż te, które Safety Companion ostatnio zapisał na tym komputerze. Liczba brakujących zapisów: %1. Ktoś mógł podłożyć w ich miejsce starszą kopię. Jeśli masz kopię zapasową, możesz ją przywrócić w sekcji Kopie zapasowe i ustawienia.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="130"/>
        <source>You have a new recovery code. The old one no longer opens your notes, and the earlier copies it opened were removed. Backups you made before still open with the old code.</source>
        <translation>Masz nowy kod odzyskiwania. Stary nie otwiera już twoich notatek, a wcześniejsze kopie, które otwierał, zostały usunięte. Kopie zapasowe zrobione wcześniej nadal otwierają się starym kodem.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="140"/>
        <source>You still have your old recovery code. %1</source>
        <translation>Nadal masz swój stary kod odzyskiwania. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="141"/>
        <source>You still have your old recovery code. Your notes could not be changed.</source>
        <translation>Nadal masz swój stary kod odzyskiwania. Nie udało się zmienić twoich notatek.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/page_words.py" line="149"/>
        <source>My notes locked itself after %n minutes without use.</source>
        <translation>Moje notatki zablokowały się po %n minucie bez używania.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="39"/>
        <source>Save the recovery code</source>
        <translation>Zapisz kod odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="41"/>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="71"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="49"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="52"/>
        <source>The PDF could not be saved in %1. Try another folder.</source>
        <translation>Nie udało się zapisać pliku PDF w folderze %1. Spróbuj w innym folderze.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="55"/>
        <source>Saved as %1. Keep it somewhere safe.</source>
        <translation>Zapisano jako %1. Przechowuj ten plik w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="69"/>
        <source>Save the report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="73"/>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="83"/>
        <source>The report could not be saved in %1. Try another folder.</source>
        <translation>Nie udało się zapisać raportu w folderze %1. Spróbuj w innym folderze.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="88"/>
        <source>Report saved as %1. Remember: it is not encrypted. Delete it when it is no longer needed.</source>
        <translation>Raport zapisano jako %1. Pamiętaj: nie jest zaszyfrowany. Usuń go, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="103"/>
        <source>Your latest changes could not be saved, so no backup was made.</source>
        <translation>Nie udało się zapisać ostatnich zmian, więc kopia zapasowa nie została utworzona.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="109"/>
        <source>Back up My notes</source>
        <translation>Utwórz kopię zapasową Moich notatek</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="128"/>
        <source>Restore My notes from a backup</source>
        <translation>Przywróć Moje notatki z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="135"/>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="152"/>
        <source>Opening the backup…</source>
        <translation>Otwieranie kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="160"/>
        <source>Restore this backup?</source>
        <translation>Przywrócić tę kopię zapasową?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="162"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="184"/>
        <source>Your notes were deleted, but some files could not be removed. Try again after a restart.</source>
        <translation>Twoje notatki zostały usunięte, ale niektórych plików nie udało się usunąć. Uruchom ponownie komputer i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="191"/>
        <source>Everything in My notes has been deleted from this computer. Backups you saved somewhere else, such as on a USB stick, are not deleted.</source>
        <translation>Wszystko z Moich notatek zostało usunięte z tego komputera. Kopie zapasowe zapisane w innym miejscu, na przykład na pendrivie, nie zostały usunięte.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/file_actions.py" line="204"/>
        <source>The key in this computer&apos;s keyring could not be removed, but it opens nothing now.</source>
        <translation>Nie udało się usunąć klucza z magazynu haseł tego komputera, ale ten klucz niczego już nie otwiera.</translation>
    </message>
</context>
<context>
    <name>NotesPassphrase</name>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="22"/>
        <source>Use at least 10 characters. Four or five random words work well.</source>
        <translation>Co najmniej 10 znaków, np. 4 lub 5 przypadkowych słów.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="28"/>
        <source>Too short: use at least 10 characters.</source>
        <translation>Za krótkie: użyj co najmniej 10 znaków.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="30"/>
        <source>A computer could guess this one quickly. Try four or five words that have nothing to do with each other, or press Suggest one for me.</source>
        <translation>Komputer szybko by to odgadł. Spróbuj czterech albo pięciu słów, które nie mają ze sobą nic wspólnego, albo naciśnij Zaproponuj mi frazę.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="36"/>
        <source>Good.</source>
        <translation>Dobre.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="37"/>
        <source>Strong.</source>
        <translation>Silne.</translation>
    </message>
</context>
<context>
    <name>NotesReport</name>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="225"/>
        <source>Contains personal information: keep it safe</source>
        <translation>Zawiera dane osobowe: przechowuj bezpiecznie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="226"/>
        <source>This copy is not encrypted. Share it only with the police, CEOP, the platform or a safeguarding lead, and delete it when it is no longer needed.</source>
        <translation>Ta kopia nie jest zaszyfrowana. Udostępniaj ją tylko policji, CEOP, platformie albo osobie wyznaczonej do ochrony dzieci i usuń ją, gdy nie będzie już potrzebna.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="231"/>
        <source>Record of online blackmail (sextortion)</source>
        <translation>Dokumentacja szantażu w internecie (sekstorsji)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="232"/>
        <source>Made with Safety Companion from the user&apos;s own notes. It contains no images.</source>
        <translation>Utworzono w Safety Companion na podstawie własnych notatek użytkownika. Nie zawiera żadnych zdjęć ani obrazów.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="233"/>
        <source>Case</source>
        <translation>Sprawa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="234"/>
        <source>Report made</source>
        <translation>Raport utworzono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="235"/>
        <source>Record started</source>
        <translation>Sprawę założono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="236"/>
        <source>Last changed</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="237"/>
        <source>Accounts of the person targeted</source>
        <translation>Konta osoby, której to dotyczy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="238"/>
        <source>Their own account %1</source>
        <translation>Jej własne konto %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="239"/>
        <source>Accounts that contacted or threatened them</source>
        <translation>Konta, które się z nią kontaktowały lub jej groziły</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="240"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="241"/>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="242"/>
        <source>Username or handle</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="243"/>
        <source>Display name</source>
        <translation>Wyświetlana nazwa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="244"/>
        <source>Profile link</source>
        <translation>Link do profilu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="245"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="246"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="247"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="248"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="249"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="250"/>
        <source>Demands</source>
        <translation>Żądania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="251"/>
        <source>Demand %1</source>
        <translation>Żądanie %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="252"/>
        <source>Amount asked for</source>
        <translation>Żądana kwota</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="255"/>
        <source>Anything paid</source>
        <translation>Czy coś zapłacono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="268"/>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
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
        <translation>Nie wiadomo</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="278"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="279"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="253"/>
        <source>How they wanted it paid</source>
        <translation>Jak chcieli dostać zapłatę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="254"/>
        <source>Payment details they gave</source>
        <translation>Podane przez nich dane do płatności</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="256"/>
        <source>Amount paid</source>
        <translation>Zapłacona kwota</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="257"/>
        <source>How it was paid</source>
        <translation>Jak zapłacono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="258"/>
        <source>When it was paid</source>
        <translation>Kiedy zapłacono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="259"/>
        <source>Reports made</source>
        <translation>Zgłoszenia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="260"/>
        <source>Made to</source>
        <translation>Komu zgłoszono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="261"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="262"/>
        <source>Reference number</source>
        <translation>Numer referencyjny</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="263"/>
        <source>Other notes</source>
        <translation>Inne notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="264"/>
        <source>None recorded</source>
        <translation>Nic nie zapisano</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="265"/>
        <source>Not given</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="266"/>
        <source>Date not known</source>
        <translation>Data nieznana</translation>
    </message>
</context>
<context>
    <name>NotesWords</name>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="50"/>
        <source>Omegle-style video chat</source>
        <translation>Czat wideo w stylu Omegle</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="51"/>
        <source>Hinge, Tinder or another dating app</source>
        <translation>Hinge, Tinder lub inna aplikacja randkowa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="52"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="53"/>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="54"/>
        <source>Another app or website</source>
        <translation>Inna aplikacja lub strona internetowa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="63"/>
        <source>First contact</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="64"/>
        <source>Asked for pictures</source>
        <translation>Prośba o zdjęcia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="65"/>
        <source>Threatened me</source>
        <translation>Groźby wobec mnie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="66"/>
        <source>Demanded money</source>
        <translation>Żądanie pieniędzy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="67"/>
        <source>Money was paid</source>
        <translation>Zapłata pieniędzy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="68"/>
        <source>Blocked them</source>
        <translation>Zablokowanie tej osoby</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="69"/>
        <source>Reported them</source>
        <translation>Zgłoszenie tej osoby</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="70"/>
        <source>Something else</source>
        <translation>Coś innego</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="77"/>
        <source>Bank transfer</source>
        <translation>Przelew bankowy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="78"/>
        <source>Gift card</source>
        <translation>Karta podarunkowa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="79"/>
        <source>Cryptocurrency (such as Bitcoin)</source>
        <translation>Kryptowaluta (na przykład Bitcoin)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="80"/>
        <source>Another way</source>
        <translation>Inny sposób</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="87"/>
        <source>I don&apos;t know</source>
        <translation>Nie wiem</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="88"/>
        <source>No, nothing was paid</source>
        <translation>Nie, nic nie zapłacono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="89"/>
        <source>Yes, something was paid</source>
        <translation>Tak, coś zostało zapłacone</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="99"/>
        <source>The disk is full. Free up some space (for example, empty the recycle bin) and it will save.</source>
        <translation>Dysk jest pełny. Zwolnij trochę miejsca (na przykład opróżnij kosz), a notatki się zapiszą.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="102"/>
        <source>The disk or folder can only be read, not written to.</source>
        <translation>Dysk lub folder jest tylko do odczytu. Nie można na nim niczego zapisać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="103"/>
        <source>This computer account is not allowed to write to the notes folder.</source>
        <translation>To konto użytkownika nie ma uprawnień do zapisu w folderze notatek.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="107"/>
        <source>The computer could not write the notes file.</source>
        <translation>Komputer nie mógł zapisać pliku notatek.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="112"/>
        <source>Not saved yet. Your text is still here and nothing you saved before is lost. %1</source>
        <translation>Jeszcze nie zapisano. Twój tekst nadal tu jest i nic, co było zapisane wcześniej, nie przepadło. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="118"/>
        <source>Not saved yet: My notes is open in another window or program, so Safety Companion will not write over it. Close it there and your changes will be saved. Your text is still here.</source>
        <translation>Jeszcze nie zapisano: Moje notatki są otwarte w innym oknie lub programie, więc Safety Companion ich nie nadpisze. Zamknij je tam, a twoje zmiany zostaną zapisane. Twój tekst nadal tu jest.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="126"/>
        <source>Not saved yet: the notes file was changed outside this window, so Safety Companion will not write over it. Your text is still here.</source>
        <translation>Jeszcze nie zapisano: plik notatek został zmieniony poza tym oknem, więc Safety Companion go nie nadpisze. Twój tekst nadal tu jest.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="139"/>
        <source>This computer has no keyring (password store) that Safety Companion can use.</source>
        <translation>Na tym komputerze nie ma systemowego magazynu haseł, z którego Safety Companion może korzystać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="142"/>
        <source>The keyring on this computer is set to keep nothing, so it cannot be used.</source>
        <translation>Magazyn haseł na tym komputerze jest ustawiony tak, żeby niczego nie przechowywać, więc nie można go użyć.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="145"/>
        <source>The keyring on this computer keeps passwords in a file without protection, so Safety Companion will not use it.</source>
        <translation>Magazyn haseł na tym komputerze przechowuje hasła w pliku bez zabezpieczeń, więc Safety Companion nie będzie z niego korzystać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="150"/>
        <source>The keyring on this computer is locked or is not answering. Unlock it (often by logging in again) and try again.</source>
        <translation>Magazyn haseł na tym komputerze jest zablokowany albo nie odpowiada. Odblokuj go (często wystarczy zalogować się ponownie) i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="155"/>
        <source>The key kept in this computer&apos;s keyring was not one Safety Companion made.</source>
        <translation>Klucz zapisany w magazynie haseł tego komputera nie został utworzony przez Safety Companion.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="158"/>
        <source>Safety Companion is running from its own folder (portable mode), so it does not use this computer&apos;s keyring: that would leave a trace on the computer.</source>
        <translation>Safety Companion działa z własnego folderu (tryb przenośny), więc nie korzysta z magazynu haseł tego komputera: zostawiłoby to na nim ślad.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="164"/>
        <source>The keyring on this computer reported a problem.</source>
        <translation>Magazyn haseł na tym komputerze zgłosił problem.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="173"/>
        <source>The notes file could not be read. %1</source>
        <translation>Nie udało się odczytać pliku notatek. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="176"/>
        <source>My notes cannot be opened safely here, because its lock file cannot be made. %1</source>
        <translation>Moich notatek nie można tu bezpiecznie otworzyć, bo nie da się utworzyć ich pliku blokady. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="180"/>
        <source>The notes file is damaged, so it cannot be opened. This can happen if the computer switched off while saving. It is not your fault.</source>
        <translation>Plik notatek jest uszkodzony, więc nie można go otworzyć. Może się tak zdarzyć, jeśli komputer wyłączył się podczas zapisywania. To nie twoja wina.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="185"/>
        <source>The notes file has been changed by something other than Safety Companion, so it cannot be trusted and has not been opened.</source>
        <translation>Plik notatek został zmieniony przez coś innego niż Safety Companion. Nie można mu ufać, więc nie został otwarty.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="190"/>
        <source>These notes were saved by a newer version of Safety Companion. This version cannot open them safely. Use the newer version, or update Safety Companion on this computer.</source>
        <translation>Te notatki zostały zapisane w nowszej wersji Safety Companion. Ta wersja nie może ich bezpiecznie otworzyć. Użyj nowszej wersji albo zaktualizuj Safety Companion na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="195"/>
        <source>My notes is open in another window or program. Close it there, then press Try again.</source>
        <translation>Moje notatki są otwarte w innym oknie lub programie. Zamknij je tam, a potem naciśnij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="199"/>
        <source>My notes cannot be opened safely in this folder, because the computer will not let Safety Companion lock the file.</source>
        <translation>Moich notatek nie można bezpiecznie otworzyć w tym folderze, bo komputer nie pozwala Safety Companion zablokować pliku.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="204"/>
        <source>The notes file is missing, but earlier copies of it are still here.</source>
        <translation>Brakuje pliku notatek, ale nadal są tu jego wcześniejsze kopie.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="205"/>
        <source>Opening this notes file would take far more of this computer&apos;s memory and time than My notes ever uses, so it was not tried. If these are your notes, try again when the computer is less busy, or open them on the computer where you made them.</source>
        <translation>Otwarcie tego pliku notatek zajęłoby o wiele więcej pamięci i czasu tego komputera, niż Moje notatki kiedykolwiek używają, więc nie próbowano go otworzyć. Jeśli to twoje notatki, spróbuj ponownie, gdy komputer będzie mniej zajęty, albo otwórz je na komputerze, na którym zostały utworzone.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="212"/>
        <source>My notes could not be opened.</source>
        <translation>Nie udało się otworzyć Moich notatek.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="287"/>
        <source>an unknown time</source>
        <translation>nieznanego dnia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/words.py" line="289"/>
        <source>%1 at %2</source>
        <translation>%1 o godz. %2</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="23"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="29"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/notice.py" line="29"/>
        <source>Close this message</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
</context>
<context>
    <name>OpenView</name>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="61"/>
        <source>Make a report…</source>
        <translation>Utwórz raport…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="61"/>
        <source>Make a report of this case</source>
        <translation>Utwórz raport z tej sprawy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="63"/>
        <source>Backups and settings</source>
        <translation>Kopie zapasowe i ustawienia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="65"/>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="65"/>
        <source>Lock My notes</source>
        <translation>Zablokuj Moje notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="66"/>
        <source>Lock My notes now (Ctrl+L)</source>
        <translation>Zablokuj teraz Moje notatki (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="138"/>
        <source>All changes saved</source>
        <translation>Wszystkie zmiany zapisane</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="139"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/open_view.py" line="140"/>
        <source>Not saved yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="52"/>
        <source>Backups and settings</source>
        <translation>Kopie zapasowe i ustawienia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="53"/>
        <source>Back to my notes</source>
        <translation>Wróć do Moich notatek</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="82"/>
        <source>Locking</source>
        <translation>Blokowanie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="85"/>
        <source>Lock My notes after this long without use</source>
        <translation>Blokuj Moje notatki po takim czasie bez używania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="87"/>
        <source>1 minute</source>
        <translation>1 minuta</translation>
    </message>
    <message numerus="yes">
        <location filename="../safetyapp/ui/notes/options_panel.py" line="87"/>
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="95"/>
        <source>Lock after</source>
        <translation>Zablokuj po</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="100"/>
        <source>My notes also locks when you press Lock or Quick exit, when you close the app, and when the computer goes to sleep or the screen locks.</source>
        <translation>Moje notatki blokują się też, gdy naciśniesz „Zablokuj” albo „Szybkie wyjście”, gdy zamkniesz aplikację oraz gdy komputer przejdzie w stan uśpienia albo ekran się zablokuje.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="108"/>
        <source>Unlock automatically</source>
        <translation>Odblokowuj automatycznie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="110"/>
        <source>Unlock automatically on this computer account</source>
        <translation>Odblokowuj automatycznie na tym koncie użytkownika</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="117"/>
        <source>Then My notes opens without your passphrase on this computer. But anyone who can log in to this computer as you could then open your notes. Leave it off if you share this computer account.</source>
        <translation>Wtedy Moje notatki będą się otwierać na tym komputerze bez frazy dostępu. Ale każdy, kto może zalogować się na tym komputerze jako ty, mógłby wtedy otworzyć twoje notatki. Nie włączaj tego, jeśli z kimś dzielisz to konto użytkownika.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="128"/>
        <source>Passphrase</source>
        <translation>Fraza dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="129"/>
        <source>Choose a new passphrase. Your recovery code stays the same.</source>
        <translation>Wybierz nową frazę dostępu. Twój kod odzyskiwania się nie zmieni.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="130"/>
        <source>New passphrase</source>
        <translation>Nowa fraza dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="130"/>
        <source>New passphrase again</source>
        <translation>Powtórz nową frazę dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="133"/>
        <source>Change passphrase</source>
        <translation>Zmień frazę dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="143"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="147"/>
        <source>If someone else may have seen your recovery code, get a new one. The old code then stops opening your notes.</source>
        <translation>Jeśli ktoś inny mógł zobaczyć twój kod odzyskiwania, utwórz nowy. Stary kod przestanie wtedy otwierać twoje notatki.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="154"/>
        <source>Get a new recovery code</source>
        <translation>Utwórz nowy kod odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="61"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="65"/>
        <source>A backup is an encrypted copy of all your notes, for example on a USB stick. It opens with the passphrase or recovery code you have when you make it.</source>
        <translation>Kopia zapasowa to zaszyfrowana kopia wszystkich twoich notatek, na przykład na pendrivie. Otworzysz ją frazą dostępu lub kodem odzyskiwania, które obowiązują w chwili jej tworzenia.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="72"/>
        <source>Back up…</source>
        <translation>Utwórz kopię…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="72"/>
        <source>Save a backup of My notes</source>
        <translation>Zapisz kopię zapasową Moich notatek</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="73"/>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="73"/>
        <source>Restore My notes from a backup</source>
        <translation>Przywróć Moje notatki z kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="124"/>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Sprawdzanie magazynu haseł na tym komputerze…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="161"/>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="179"/>
        <source>Delete everything</source>
        <translation>Usuń wszystko</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="162"/>
        <source>DELETE</source>
        <translation>USUŃ</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="171"/>
        <source>You can also type it without accents: %1.</source>
        <translation>Możesz też wpisać je bez polskich znaków: %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="165"/>
        <source>This deletes all your notes from this computer, with their earlier copies, and the key in the keyring. Backups you saved somewhere else are not deleted. To do it, type %1 below.</source>
        <translation>To usunie z tego komputera wszystkie twoje notatki razem z ich wcześniejszymi kopiami oraz klucz z magazynu haseł. Kopie zapasowe zapisane w innym miejscu nie zostaną usunięte. Jeśli chcesz to zrobić, wpisz poniżej słowo %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="175"/>
        <source>Type %1 to confirm</source>
        <translation>Wpisz słowo %1, aby potwierdzić</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="179"/>
        <source>Delete everything in My notes</source>
        <translation>Usuń wszystko z Moich notatek</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/options_panel.py" line="225"/>
        <source>So this option is off. Your passphrase always works.</source>
        <translation>Dlatego ta opcja jest wyłączona. Twoja fraza dostępu zawsze działa.</translation>
    </message>
</context>
<context>
    <name>Organisation</name>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="18"/>
        <source>Your Designated Safeguarding Lead (DSL) at %1 is %2.</source>
        <translation>Osobą wyznaczoną do ochrony dzieci (Designated Safeguarding Lead, DSL) w %1 jest %2.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="26"/>
        <source>Your Designated Safeguarding Lead (DSL) is %1.</source>
        <translation>Osobą wyznaczoną do ochrony dzieci (Designated Safeguarding Lead, DSL) jest %1.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="31"/>
        <source>How to reach them: %1</source>
        <translation>Jak się z nią skontaktować: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="35"/>
        <source>How to reach your Designated Safeguarding Lead (DSL): %1</source>
        <translation>Jak skontaktować się z osobą wyznaczoną do ochrony dzieci (DSL): %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="49"/>
        <source>Set by your organisation (%1)</source>
        <translation>Ustawione przez Twoją organizację (%1)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="50"/>
        <source>Set by your organisation</source>
        <translation>Ustawione przez Twoją organizację</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/organisation.py" line="56"/>
        <source>Some of your organisation&apos;s settings could not be used, so the app&apos;s normal settings apply. Please tell your IT team: %1</source>
        <translation>Nie udało się zastosować niektórych ustawień Twojej organizacji, dlatego obowiązują zwykłe ustawienia aplikacji. Przekaż to zespołowi IT: %1</translation>
    </message>
</context>
<context>
    <name>OwnAccountCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="122"/>
        <source>Your account %1</source>
        <translation>Twoje konto %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="122"/>
        <source>Remove your account %1</source>
        <translation>Usuń Twoje konto %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="124"/>
        <source>Platform or app</source>
        <translation>Platforma lub aplikacja</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="126"/>
        <source>Your username</source>
        <translation>Twoja nazwa użytkownika</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="126"/>
        <source>Your username there</source>
        <translation>Twoja nazwa użytkownika w tym miejscu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="128"/>
        <source>Exactly as it is shown, for example @name_123</source>
        <translation>Dokładnie tak, jak jest wyświetlana, na przykład @name_123</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="92"/>
        <source>Show what I type</source>
        <translation>Pokaż, co wpisuję</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="91"/>
        <source>Show the passphrase as I type it</source>
        <translation>Pokazuj frazę dostępu podczas wpisywania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="87"/>
        <source>Suggest one for me</source>
        <translation>Zaproponuj mi frazę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="87"/>
        <source>Suggest a passphrase of five random words</source>
        <translation>Zaproponuj frazę dostępu z pięciu losowych słów</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="122"/>
        <source>Here is a passphrase of five random words. Write it down or learn it before you go on. You can change it: it is yours now.</source>
        <translation>Oto fraza dostępu z pięciu losowych słów. Zapisz ją albo naucz się jej, zanim przejdziesz dalej. Możesz ją zmienić: teraz jest twoja.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="136"/>
        <source>Type it again here, to be sure.</source>
        <translation>Wpisz je tu jeszcze raz, dla pewności.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="138"/>
        <source>Both are the same.</source>
        <translation>Obie frazy są takie same.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/passphrase.py" line="140"/>
        <source>These two are not the same yet.</source>
        <translation>Te dwie frazy jeszcze się różnią.</translation>
    </message>
</context>
<context>
    <name>ProblemBar</name>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="36"/>
        <source>Some parts of the app could not be loaded, so they are left out: %1. Everything else works.</source>
        <translation>Niektórych części aplikacji nie udało się wczytać, więc zostały pominięte: %1. Wszystko inne działa.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="52"/>
        <source>Other people who use this computer may be able to open Safety Companion&apos;s folder %1, and it could not be made private. Ask someone who looks after this computer to help.</source>
        <translation>Inne osoby korzystające z tego komputera mogą otworzyć folder Safety Companion %1 i nie udało się go ustawić jako prywatny. Poproś o pomoc kogoś, kto zajmuje się tym komputerem.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="63"/>
        <source>The disk is full. Free up some space, then change the setting again.</source>
        <translation>Dysk jest pełny. Zwolnij trochę miejsca i zmień ustawienie jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="64"/>
        <source>The disk or folder can only be read, not written to.</source>
        <translation>Dysk lub folder jest tylko do odczytu. Nie można na nim niczego zapisać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="65"/>
        <source>This computer account is not allowed to write to the settings folder.</source>
        <translation>To konto użytkownika nie ma uprawnień do zapisu w folderze ustawień.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="69"/>
        <source>Your settings could not be saved, so they will only last until you close the app. %1</source>
        <translation>Nie udało się zapisać ustawień, więc będą działać tylko do zamknięcia aplikacji. %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/app/problem_bar.py" line="70"/>
        <source>The computer could not write the settings file.</source>
        <translation>Komputer nie mógł zapisać pliku ustawień.</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="22"/>
        <source>My notes could not be opened</source>
        <translation>Nie udało się otworzyć Moich notatek</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="32"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="32"/>
        <source>Try to open My notes again</source>
        <translation>Spróbuj ponownie otworzyć Moje notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="48"/>
        <source>Safety Companion keeps earlier copies of your notes. You can open one of these instead. It has everything up to the time it was saved, and the damaged file is kept too.</source>
        <translation>Safety Companion przechowuje wcześniejsze kopie twoich notatek. Możesz zamiast tego otworzyć jedną z nich. Taka kopia zawiera wszystko do chwili, w której została zapisana, a uszkodzony plik też zostaje zachowany.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="52"/>
        <source>The earlier copies of your notes can&apos;t be opened either.</source>
        <translation>Wcześniejszych kopii twoich notatek też nie da się otworzyć.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/problem_view.py" line="60"/>
        <source>Open the copy saved on %1</source>
        <translation>Otwórz kopię zapisaną %1</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="12"/>
        <source>A young person</source>
        <translation>Młoda osoba</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="13"/>
        <source>A parent or carer</source>
        <translation>Rodzic lub opiekun</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="14"/>
        <source>Someone who works with young people</source>
        <translation>Osoba pracująca z młodzieżą</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="15"/>
        <source>An adult (18 or over)</source>
        <translation>Osoba dorosła (18 lat lub więcej)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="17"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="24"/>
        <source>I am a young person</source>
        <translation>Jestem młodą osobą</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="25"/>
        <source>I am under 18, and this is about me or a friend</source>
        <translation>Mam mniej niż 18 lat i chodzi o mnie albo o kogoś, kogo znam</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="28"/>
        <source>I am a parent or carer</source>
        <translation>Jestem rodzicem lub opiekunem</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="29"/>
        <source>I am worried about my child, or want to be ready</source>
        <translation>Martwię się o swoje dziecko albo chcę wiedzieć, co robić</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="32"/>
        <source>I work with young people</source>
        <translation>Pracuję z młodzieżą</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="33"/>
        <source>For example in a school, a club or a youth group</source>
        <translation>Na przykład w szkole, klubie albo grupie młodzieżowej</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="36"/>
        <source>I am an adult</source>
        <translation>Jestem osobą dorosłą</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="37"/>
        <source>I am 18 or over, and this is happening to me</source>
        <translation>Mam 18 lat lub więcej i to dotyczy mnie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="46"/>
        <source>For young people</source>
        <translation>Dla młodych osób</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="47"/>
        <source>For parents and carers</source>
        <translation>Dla rodziców i opiekunów</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="48"/>
        <source>For people who work with young people</source>
        <translation>Dla osób pracujących z młodzieżą</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/reader_names.py" line="49"/>
        <source>For adults it is happening to</source>
        <translation>Dla dorosłych, których to dotyczy</translation>
    </message>
</context>
<context>
    <name>RecordCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="73"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="31"/>
        <source>A recovery code has only letters and numbers.</source>
        <translation>Kod odzyskiwania zawiera tylko litery i cyfry.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="33"/>
        <source>Some characters are still missing.</source>
        <translation>Brakuje jeszcze kilku znaków.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="35"/>
        <source>That&apos;s more characters than a recovery code has.</source>
        <translation>To więcej znaków, niż ma kod odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="38"/>
        <source>There&apos;s a typing mistake in group %1 (groups are counted from the left).</source>
        <translation>W grupie %1 jest literówka (grupy liczy się od lewej).</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeView</name>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="69"/>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="174"/>
        <source>Your recovery code</source>
        <translation>Twój kod odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="77"/>
        <source>If you ever forget your passphrase, this code is the only other way to open My notes. Write it down or print it, and keep it somewhere safe, away from this computer. Once you carry on to My notes, it will not be shown again.</source>
        <translation>Jeśli kiedyś zapomnisz frazy dostępu, ten kod będzie jedynym innym sposobem na otwarcie Moich notatek. Zapisz go albo wydrukuj i przechowuj w bezpiecznym miejscu, z dala od tego komputera. Gdy przejdziesz dalej do Moich notatek, nie zostanie pokazany ponownie.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="99"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="99"/>
        <source>Print the recovery code</source>
        <translation>Wydrukuj kod odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="101"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="101"/>
        <source>Save the recovery code as a PDF, for example on a USB stick</source>
        <translation>Zapisz kod odzyskiwania jako PDF, na przykład na pendrivie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="111"/>
        <source>I&apos;ve kept a copy</source>
        <translation>Mam kopię</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="111"/>
        <source>I have written down, printed or saved the recovery code</source>
        <translation>Mam kod odzyskiwania zapisany, wydrukowany albo zachowany w pliku</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="127"/>
        <source>A group is a block of 5 letters and numbers between the dashes. Count them from the left. Capitals don&apos;t matter.</source>
        <translation>Grupa to 5 liter i cyfr między kreskami. Licz je od lewej. Wielkość liter nie ma znaczenia.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="158"/>
        <source>Show the code again</source>
        <translation>Pokaż kod jeszcze raz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="226"/>
        <source>That isn&apos;t group %1. Check it against your copy, counting from the left.</source>
        <translation>To nie jest grupa %1. Sprawdź ze swoją kopią, licząc od lewej.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="154"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="154"/>
        <source>Continue to My notes</source>
        <translation>Przejdź do Moich notatek</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="194"/>
        <source>Now check your copy: type group %1 and group %2 of your recovery code.</source>
        <translation>Teraz sprawdź swoją kopię: wpisz grupę %1 i grupę %2 kodu odzyskiwania.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="198"/>
        <source>Group %1</source>
        <translation>Grupa %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="199"/>
        <source>Group %1 of the recovery code</source>
        <translation>Grupa %1 kodu odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="217"/>
        <source>That&apos;s right.</source>
        <translation>Zgadza się.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="242"/>
        <source>Safety Companion: recovery code for My notes</source>
        <translation>Safety Companion: kod odzyskiwania do Moich notatek</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/recovery_code_view.py" line="244"/>
        <source>Keep this somewhere safe, away from the computer. It opens your notes if you forget your passphrase.</source>
        <translation>Przechowuj ten dokument w bezpiecznym miejscu, z dala od komputera. Ten kod otworzy twoje notatki, jeśli zapomnisz frazy dostępu.</translation>
    </message>
</context>
<context>
    <name>Regions</name>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="32"/>
        <source>England</source>
        <translation>Anglia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="33"/>
        <source>Wales</source>
        <translation>Walia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="34"/>
        <source>Scotland</source>
        <translation>Szkocja</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/help.py" line="35"/>
        <source>Northern Ireland</source>
        <translation>Irlandia Północna</translation>
    </message>
</context>
<context>
    <name>ReportCard</name>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="264"/>
        <source>Report %1</source>
        <translation>Zgłoszenie %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="264"/>
        <source>Remove report %1</source>
        <translation>Usuń zgłoszenie %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="266"/>
        <source>Made to</source>
        <translation>Komu zgłoszono</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="266"/>
        <source>Who the report was made to</source>
        <translation>Komu zostało złożone zgłoszenie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="268"/>
        <source>For example CEOP, the police, Instagram, my school</source>
        <translation>Na przykład CEOP, policja, Instagram, moja szkoła</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="270"/>
        <source>Date of the report</source>
        <translation>Data zgłoszenia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="272"/>
        <source>I don&apos;t know the date</source>
        <translation>Nie znam daty</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="273"/>
        <source>I don&apos;t know the date of the report</source>
        <translation>Nie znam daty zgłoszenia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="281"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/record_cards.py" line="282"/>
        <source>Reference number</source>
        <translation>Numer referencyjny</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="33"/>
        <location filename="../safetyapp/ui/notes/report_export.py" line="39"/>
        <source>Make a report</source>
        <translation>Utwórz raport</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="42"/>
        <source>A report is a copy of this case that is NOT encrypted. It has personal information in it: the accounts, what happened and when. Anyone who opens the file can read it.</source>
        <translation>Raport to kopia tej sprawy, która NIE jest zaszyfrowana. Zawiera dane osobowe: konta, to, co się stało, i kiedy. Każdy, kto otworzy ten plik, może go przeczytać.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="50"/>
        <source>Save it only where you need it, for example to give to the police, CEOP, the platform or your school&apos;s safeguarding lead. Delete it when it is no longer needed.</source>
        <translation>Zapisz go tylko tam, gdzie jest potrzebny, na przykład żeby przekazać go policji, CEOP, platformie albo osobie w twojej szkole, która odpowiada za bezpieczeństwo uczniów. Usuń go, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="55"/>
        <source>PDF, for printing or sending</source>
        <translation>PDF do wydrukowania lub wysłania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="56"/>
        <source>Save the report as a PDF</source>
        <translation>Zapisz raport jako PDF</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="57"/>
        <source>Plain text, for copying into a form</source>
        <translation>Zwykły tekst do skopiowania do formularza</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="58"/>
        <source>Save the report as plain text</source>
        <translation>Zapisz raport jako zwykły tekst</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="67"/>
        <source>Save the report…</source>
        <translation>Zapisz raport…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="68"/>
        <source>Choose where to save the report</source>
        <translation>Wybierz, gdzie zapisać raport</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/report_export.py" line="71"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="23"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="34"/>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="35"/>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="36"/>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="37"/>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="45"/>
        <source>%1: draft translation</source>
        <translation>%1: tłumaczenie wstępne</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="48"/>
        <source>Who are you?</source>
        <translation>Kim jesteś?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="49"/>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="50"/>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="51"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="73"/>
        <source>A draft translation has not yet been checked by a native speaker. Where it is unclear, the English version is always right.</source>
        <translation>Wstępnego tłumaczenia nie sprawdziła jeszcze osoba, dla której ten język jest ojczysty. Jeśli coś jest niejasne, rozstrzyga wersja angielska.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="83"/>
        <source>Where your information is kept</source>
        <translation>Gdzie są przechowywane twoje dane</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="85"/>
        <source>Settings: %1</source>
        <translation>Ustawienia: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="86"/>
        <source>Notes: %1</source>
        <translation>Notatki: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/settings.py" line="93"/>
        <source>Portable mode is on: everything stays in the app&apos;s own folder, so nothing is left on this computer.</source>
        <translation>Tryb przenośny jest włączony: wszystko zostaje w folderze aplikacji, więc nic nie zostaje na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="99"/>
        <source>Words only: My notes never takes pictures or files. Keep any pictures where they are and don&apos;t forward them.</source>
        <translation>Tylko słowa: Moje notatki nigdy nie przyjmują zdjęć ani plików. Zostaw zdjęcia tam, gdzie są, i nie przesyłaj ich dalej.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="91"/>
        <source>My notes is a safe place to write down what happened: who contacted you, what they asked for, and when. The police, CEOP and your school will ask for these details, and chats can disappear.</source>
        <translation>Moje notatki to bezpieczne miejsce, w którym możesz zapisać, co się stało: kto się z tobą skontaktował, czego chciał i kiedy. Policja, CEOP i twoja szkoła zapytają o te informacje, a czaty mogą zniknąć.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="107"/>
        <source>Your notes are locked with a passphrase: a password made of a few words, long but easy to remember. Nobody else can read your notes without it.</source>
        <translation>Twoje notatki są zabezpieczone frazą dostępu, czyli kilkoma słowami, które razem działają jak klucz: jest długa, ale łatwo ją zapamiętać. Bez niej nikt inny nie przeczyta twoich notatek.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="112"/>
        <source>Passphrase</source>
        <translation>Fraza dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="112"/>
        <source>Passphrase again</source>
        <translation>Powtórz frazę dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="117"/>
        <source>Create My notes</source>
        <translation>Utwórz Moje notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/setup_view.py" line="146"/>
        <source>Setting up your notes. This takes a few seconds…</source>
        <translation>Przygotowywanie twoich notatek. To potrwa kilka sekund…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../safetyapp/ui/app/single_instance.py" line="258"/>
        <source>Safety Companion is already open, but it is not answering. Wait a moment and open it again. If it still does not appear, restart the computer.</source>
        <translation>Safety Companion jest już otwarty, ale nie odpowiada. Poczekaj chwilę i otwórz go jeszcze raz. Jeśli nadal się nie pojawi, uruchom ponownie komputer.</translation>
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
        <translation>Krok %1: %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="87"/>
        <source>Tick when you have done this step</source>
        <translation>Zaznacz, gdy wykonasz ten krok</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="92"/>
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="93"/>
        <source>How to do it</source>
        <translation>Jak to zrobić</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="93"/>
        <source>Show how to do step %1</source>
        <translation>Pokaż, jak wykonać krok %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="117"/>
        <source>Read more</source>
        <translation>Czytaj więcej</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="117"/>
        <source>Read more about step %1</source>
        <translation>Przeczytaj więcej o kroku %1</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="152"/>
        <source>For example: %1</source>
        <translation>Na przykład: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="154"/>
        <source>This can&apos;t be read as a date and time. Type it like this: %1</source>
        <translation>Nie da się tego odczytać jako daty i godziny. Wpisz to tak: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/time_field.py" line="156"/>
        <source>This can&apos;t be read as a date. Type it like this: %1</source>
        <translation>Nie da się tego odczytać jako daty. Wpisz to tak: %1</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="153"/>
        <source>Write down each thing that happened, and when: first contact, what they asked for, threats, payments, blocking and reporting. Times are in this computer&apos;s time.</source>
        <translation>Zapisz każdą rzecz, która się wydarzyła, i kiedy to było: pierwszy kontakt, czego chcieli, groźby, płatności, blokowanie i zgłaszanie. Godziny są podane według zegara tego komputera.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="160"/>
        <source>Add something that happened</source>
        <translation>Dodaj coś, co się wydarzyło</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="168"/>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="193"/>
        <source>When it happened, in this computer&apos;s time</source>
        <translation>Kiedy to się stało, według zegara tego komputera</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="196"/>
        <source>Now</source>
        <translation>Teraz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="196"/>
        <source>Set the time to now</source>
        <translation>Ustaw obecną godzinę</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="200"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="202"/>
        <location filename="../safetyapp/ui/notes/timeline.py" line="206"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="207"/>
        <source>Details of what happened</source>
        <translation>Szczegóły tego, co się stało</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="208"/>
        <source>In your own words. For example: said they would send it to my friends.</source>
        <translation>Własnymi słowami. Na przykład: napisali, że wyślą to moim znajomym.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="212"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="215"/>
        <source>Remove this event</source>
        <translation>Usuń to zdarzenie</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="307"/>
        <source>Remove this event?</source>
        <translation>Usunąć to zdarzenie?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="308"/>
        <source>What you wrote about it will be removed from this case.</source>
        <translation>Twoje notatki o tym zdarzeniu zostaną usunięte z tej sprawy.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/timeline.py" line="309"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>UnlockView</name>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="49"/>
        <source>My notes is locked</source>
        <translation>Moje notatki są zablokowane</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="62"/>
        <source>Open with this computer&apos;s keyring</source>
        <translation>Otwórz za pomocą magazynu haseł tego komputera</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="88"/>
        <source>Your notes are safe and locked. Type your passphrase to open them.</source>
        <translation>Twoje notatki są bezpieczne i zablokowane. Wpisz frazę dostępu, żeby je otworzyć.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="90"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="92"/>
        <source>Passphrase</source>
        <translation>Fraza dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="95"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="127"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="95"/>
        <source>Unlock My notes</source>
        <translation>Odblokuj Moje notatki</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="102"/>
        <source>Use my recovery code</source>
        <translation>Użyj kodu odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="103"/>
        <source>I forgot my passphrase</source>
        <translation>Nie pamiętam frazy dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="117"/>
        <source>Type the recovery code you were given when you set up My notes.</source>
        <translation>Wpisz kod odzyskiwania, który pojawił się przy zakładaniu Moich notatek.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="119"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="123"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="150"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="153"/>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="127"/>
        <source>Unlock with the recovery code</source>
        <translation>Odblokuj kodem odzyskiwania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="129"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="164"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="129"/>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="164"/>
        <source>Back to the passphrase</source>
        <translation>Wróć do frazy dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="144"/>
        <source>That&apos;s OK. Type your recovery code, then choose a new passphrase. Everything in your notes stays as it is.</source>
        <translation>Nic się nie stało. Wpisz kod odzyskiwania, a potem wybierz nową frazę dostępu. Wszystko w twoich notatkach zostanie tak, jak jest.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="156"/>
        <source>New passphrase</source>
        <translation>Nowa fraza dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="156"/>
        <source>New passphrase again</source>
        <translation>Powtórz nową frazę dostępu</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="162"/>
        <source>Set the new passphrase and unlock</source>
        <translation>Ustaw nową frazę dostępu i odblokuj</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="202"/>
        <source>You can try again now.</source>
        <translation>Możesz teraz spróbować ponownie.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="209"/>
        <source>That was a lot of wrong tries, so My notes is waiting a little before the next one: you can try again in %1. Nothing has been deleted, and your notes are safe.</source>
        <translation>To było wiele błędnych prób, więc Moje notatki czekają chwilę przed następną: możesz spróbować ponownie za %1. Niczego nie usunięto, a twoje notatki są bezpieczne.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/notes/unlock_view.py" line="290"/>
        <source>Check the recovery code: it isn&apos;t complete or has a typing mistake.</source>
        <translation>Sprawdź kod odzyskiwania: jest niepełny albo jest w nim literówka.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="29"/>
        <source>Who are you?</source>
        <translation>Kim jesteś?</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="31"/>
        <source>This helps us show the advice that fits you best. You can change it at any time.</source>
        <translation>Dzięki temu pokażemy porady, które najlepiej do ciebie pasują. Możesz to zmienić w każdej chwili.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="40"/>
        <source>Skip: show me everything</source>
        <translation>Pomiń: pokaż mi wszystko</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/welcome.py" line="23"/>
        <source>It can be sorted out. If someone is threatening to share images, for now: do not pay, stop replying, and do not delete the messages.</source>
        <translation>Da się to rozwiązać. Jeśli ktoś grozi, że udostępni zdjęcia, na razie: nie płać, przestań odpowiadać i nie usuwaj wiadomości.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="70"/>
        <source>What to do now</source>
        <translation>Co robić teraz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="81"/>
        <source>Some of these questions are not translated yet, so they are shown in English.</source>
        <translation>Niektóre z tych pytań nie są jeszcze przetłumaczone, dlatego są po angielsku.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="86"/>
        <source>This translation is a draft: a native speaker has not checked it yet.</source>
        <translation>To tłumaczenie jest wstępne: nie sprawdziła go jeszcze osoba, dla której polski jest językiem ojczystym.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="95"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="97"/>
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="225"/>
        <source>Question %1 of about %2</source>
        <translation>Pytanie %1 z około %2</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="345"/>
        <source>Include my answers when printing</source>
        <translation>Dołącz moje odpowiedzi do wydruku</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="348"/>
        <source>Write down the account details now</source>
        <translation>Zanotuj teraz dane kont</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="351"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="351"/>
        <source>Print the plan</source>
        <translation>Wydrukuj plan</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="352"/>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="352"/>
        <source>Save the plan as a PDF</source>
        <translation>Zapisz plan jako PDF</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="355"/>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="136"/>
        <source>My action plan</source>
        <translation>Mój plan działania</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="337"/>
        <location filename="../safetyapp/ui/pages/wizard.py" line="373"/>
        <source>Your plan</source>
        <translation>Twój plan</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="108"/>
        <source>Start again? Your answers and your plan will be forgotten.</source>
        <translation>Zacząć od nowa? Twoje odpowiedzi i plan zostaną zapomniane.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="112"/>
        <source>No, keep my answers</source>
        <translation>Nie, zachowaj moje odpowiedzi</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="114"/>
        <source>Yes, start again</source>
        <translation>Tak, zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="126"/>
        <source>Change</source>
        <translation>Zmień</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="126"/>
        <source>Change whom the plan is for</source>
        <translation>Zmień, dla kogo jest plan</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="150"/>
        <source>Showing the plan for: %1</source>
        <translation>Plan dla: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard.py" line="195"/>
        <location filename="../safetyapp/ui/pages/wizard.py" line="303"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="150"/>
        <source>Why: %1</source>
        <translation>Dlaczego: %1</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="156"/>
        <source>Read more in this app: Advice, “%1”</source>
        <translation>Więcej w tej aplikacji: Porady, „%1”</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/pages/wizard_plan.py" line="163"/>
        <source>My answers</source>
        <translation>Moje odpowiedzi</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="162"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="193"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="193"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="170"/>
        <location filename="../safetyapp/ui/kit/printing.py" line="202"/>
        <source>Could not save</source>
        <translation>Nie udało się zapisać</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="172"/>
        <location filename="../safetyapp/ui/kit/printing.py" line="203"/>
        <source>The PDF could not be saved in %1. Try another folder, such as Documents.</source>
        <translation>Nie udało się zapisać pliku PDF w folderze %1. Spróbuj w innym folderze, na przykład w Dokumentach.</translation>
    </message>
    <message>
        <location filename="../safetyapp/ui/kit/printing.py" line="206"/>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
</context>
</TS>
